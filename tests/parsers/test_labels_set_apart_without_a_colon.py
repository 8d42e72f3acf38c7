"""The general reader on the section and keyword lines after the text whose labels sit in
elements of their own without a colon ("<strong>Chuyên mục</strong> <a>Du lịch</a>",
"<strong>Từ khóa</strong> <span>a,b</span>"): set apart by markup, the words are the field's
label. Keywords printed as one string joined by bare commas, as a CMS stores them, are split
only there: a comma and a space is inside a keyword ("văn hóa Tày, Nùng")."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(after: str) -> Article:
    """Parse a page with `after` printed right after its text."""
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
    page = (
        "<html><head><title>Lễ hội Lồng tồng</title></head><body><main><article>"
        f"<h1>Lễ hội Lồng tồng</h1><p>04/02/2022 09:56</p><div>{text}</div>{after}"
        "</article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_section_labelled_in_its_own_element() -> None:
    article = read('<p><strong>Chuyên mục</strong> <a href="/muc/van-hoa">Văn hóa</a></p>')
    assert article.category == "Văn hóa"


def test_keywords_joined_by_bare_commas() -> None:
    article = read(
        "<p><strong>Từ khóa</strong> <span>lễ hội Lồng tồng,văn hóa Tày, Nùng,Bắc Sơn</span></p>"
    )
    assert article.tags == ("lễ hội Lồng tồng", "văn hóa Tày, Nùng", "Bắc Sơn")


def test_one_keyword_after_its_label() -> None:
    article = read("<p><b>Từ khóa</b> <span>học sinh giỏi</span></p>")
    assert article.tags == ("học sinh giỏi",)


def test_keywords_parted_by_comma_and_space() -> None:
    article = read("<p><strong>Từ khóa:</strong> lễ hội, Bắc Sơn</p>")
    assert article.tags == ("lễ hội", "Bắc Sơn")


def test_a_label_over_a_box_of_blocks_is_no_tag_line() -> None:
    # A tag widget with its label and an empty list's notice in boxes of their own.
    article = read("<div><div>Thẻ</div><div><div>Chưa có mục nào.</div></div></div>")
    assert article.tags == ()
