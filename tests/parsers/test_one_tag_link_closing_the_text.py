"""The general reader on a text block that closes with a box of nothing but links to tag
pages, even a single one ("#chợ phiên"): the article's tags, never a line of its text, so
the credit before it is still the text's last line."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(closing: str) -> Article:
    """Parse a page whose text block ends with the credit, then `closing`."""
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><main><div>"
        f"<h1>Chợ phiên vùng cao</h1>{TEXT}<p><strong>Bài, ảnh: Hải Yến</strong></p>"
        f"{closing}</div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_single_tag_link_closing_the_text_is_no_text_line() -> None:
    article = read("<div><a href='/tu-khoa/cho-phien'>#chợ phiên</a></div>")
    assert article.body.endswith("Đoạn 3.")
    assert article.byline == "Bài, ảnh: Hải Yến"
    assert article.tags == ("chợ phiên",)


def test_a_closing_line_with_words_besides_a_tag_link_stays_text() -> None:
    article = read(
        "<p>Phiên chợ họp vào <a href='/tu-khoa/cho-phien'>chợ phiên</a> mỗi sáng Chủ nhật.</p>"
    )
    assert article.body.endswith("mỗi sáng Chủ nhật.")
