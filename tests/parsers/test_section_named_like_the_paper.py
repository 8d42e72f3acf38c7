"""The general reader on a paper named for a subject ("Báo Văn hóa") filing the article under
the section of that name: the section linked to its own page is the category, while the
name alone, linked home, stays the paper's and files nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


MENU = ("Thời sự", "Văn hóa", "Du lịch")
SLUGS = {"Thời sự": "thoi-su", "Văn hóa": "van-hoa", "Du lịch": "du-lich"}


def read(trail: str, menu: tuple[str, ...] = MENU) -> Article:
    """Parse a page of "Báo Văn hóa": its logo, its menu, the given trail, the article."""
    items = "".join(f"<li><a href='/{SLUGS[name]}.html'>{name}</a></li>" for name in menu)
    page = (
        "<html><head><title>Giữ gìn làn điệu then - Báo Văn hóa</title></head><body>"
        "<div class='top'><a href='/'><img src='/logo.png' alt='Báo Văn hóa'></a></div>"
        f"<ul class='menu'><li><a href='/'>Trang chủ</a></li>{items}</ul>"
        f"<div class='path'>{trail}</div>"
        "<div class='detail'><h1>Giữ gìn làn điệu then</h1><div class='text'>"
        f"{TEXT}</div></div><div class='foot'><p>Báo Văn hóa</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_section_the_paper_is_named_for_is_the_category() -> None:
    article = read("<a href='/'>Trang chủ</a> &gt; <a href='/van-hoa.html'>Văn hóa</a>")
    assert article.category == "Văn hóa"


def test_another_section_of_the_trail_is_still_the_category() -> None:
    article = read("<a href='/'>Trang chủ</a> &gt; <a href='/du-lich.html'>Du lịch</a>")
    assert article.category == "Du lịch"


def test_the_subject_linked_only_home_is_the_papers_name() -> None:
    trail = "<a href='/'>Trang chủ</a> &gt; <a href='/'>Văn hóa</a>"
    assert read(trail, menu=("Thời sự", "Du lịch")).category != "Văn hóa"
