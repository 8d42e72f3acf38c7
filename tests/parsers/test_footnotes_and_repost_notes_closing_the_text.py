"""The general reader on a reposted text closing with its apparatus: a footnote mark after
a line and the numbered note it links to (with a link back), and a note saying the text is
republished; neither is article text, so the credit before them is the text's last line."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(closing: str) -> Article:
    """Parse a page whose text ends with a right-aligned credit, then `closing`."""
    page = (
        "<html><head><title>Lễ hội xuống đồng</title></head><body><main><article>"
        f"<h1>Lễ hội xuống đồng</h1><section>{TEXT}"
        "<p style='text-align:right'><b>Tin, ảnh: Lan Anh</b></p>"
        f"{closing}</section></article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_numbered_footnote_and_its_mark_are_no_text() -> None:
    article = read(
        "<p><i>Tin được đăng lại từ báo in.</i><sup><a href='#n1'>1</a></sup></p>"
        "<div id='n1'><sup>1</sup><p>Nguồn: Báo Lạng Sơn</p></div>"
    )
    assert article.body.endswith("Đoạn 3.")
    assert article.byline == "Tin, ảnh: Lan Anh"
    assert article.authors == ("Lan Anh",)


def test_a_footnote_list_with_links_back_is_no_text() -> None:
    article = read(
        "<p>Bài viết được sưu tầm để lưu giữ tư liệu.<sup id='ref-a'><a href='#fn-a'>[1]</a>"
        "</sup></p><ol><li id='fn-a'><p>Nguồn: baolangson.vn <a href='#ref-a'>↩</a></p></li></ol>"
    )
    assert article.body.endswith("Đoạn 3.")
    assert article.byline == "Tin, ảnh: Lan Anh"


def test_a_mark_in_the_middle_of_the_text_goes_and_the_line_stays() -> None:
    page = (
        "<html><head><title>Lễ hội xuống đồng</title></head><body><main><article>"
        f"<h1>Lễ hội xuống đồng</h1><section>{TEXT}<p>{PARAGRAPH} Câu có chú thích."
        f"<sup><a href='#c'>2</a></sup></p><p>{PARAGRAPH} Hết.</p></section></article></main>"
        "</body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert "Câu có chú thích.\n\n" in article.body


def test_a_text_line_opening_like_a_repost_note_stays_when_text_follows() -> None:
    article = read(f"<p>Bài viết được đăng lại nhiều lần trên mạng xã hội. {PARAGRAPH}</p>")
    assert article.body.endswith(PARAGRAPH)
