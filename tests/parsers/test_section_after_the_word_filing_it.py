"""The general reader on a post panel beside the text (a blog's sidebar, in a `<nav>`) that
files the entry "trong <a>Thời sự</a>": the link into the categories folder after the word
filing it there is the section; a category link in a menu is not."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def category(item: str) -> str | None:
    """The section read from a page whose sidebar panel holds `item`."""
    page = (
        f"<html><body><main><article><h1>Chợ phiên vùng cao</h1>{TEXT}</article>"
        "<div class='side'><nav><ul><li>Thông tin</li>"
        f"<li><span>{item}</span></li></ul></nav></div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED).category


def test_the_category_link_after_trong_is_the_section() -> None:
    assert category("trong <a href='/blog/category/kinh-te/'>Kinh tế</a>") == "Kinh tế"


def test_a_category_link_without_the_word_is_no_section() -> None:
    assert category("<a href='/blog/category/kinh-te/'>Kinh tế</a>") is None
