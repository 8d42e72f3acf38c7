"""The general reader on a breadcrumb trail held in one list item that declares itself the
trail (schema.org `BreadcrumbList`) inside a list the page marks as a menu bar: a trail, so
its section is the category; and a first step naming the news of a place ("Tin tức vùng
cao") is the site's news root, so the step after it is the section."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


MENU = "".join(
    f"<li><a href='/{slug}'>{name}</a></li>"
    for slug, name in (("faq", "Hỏi đáp"), ("login", "Đăng nhập"), ("register", "Đăng ký"))
)


def page(item_type: str, root: str) -> str:
    """A page whose navigation bar holds a menu, then a `role=menubar` list whose one `li`
    (with `item_type`) holds the trail."""
    crumbs = "".join(
        f"<span class='crumb'><a href='{href}'><span>{name}</span></a></span>"
        for href, name in (
            ("./index.php", "Trang chủ"),
            ("./f.php?f=3", root),
            ("./f.php?f=24", "Du lịch"),
        )
    )
    return (
        "<html><head><title>Mùa hoa đào trên núi cao</title></head><body>"
        f"<div role='navigation'><ul role='menubar'>{MENU}</ul>"
        f"<ul role='menubar'><li itemscope itemtype='{item_type}'>{crumbs}</li></ul></div>"
        f"<main><h1>Mùa hoa đào trên núi cao</h1><div>{TEXT}</div></main></body></html>"
    )


def test_a_list_item_declaring_the_trail_makes_its_list_a_trail() -> None:
    article = parse_article(
        page("https://schema.org/BreadcrumbList", "Tin tức vùng cao"), CURRENT_URL, CAPTURED
    )
    assert article.category == "Du lịch"


def test_a_menu_bar_item_not_declaring_a_trail_files_nothing() -> None:
    article = parse_article(
        page("https://schema.org/SiteNavigationElement", "Tin tức vùng cao"),
        CURRENT_URL,
        CAPTURED,
    )
    assert article.category is None


def test_a_first_step_that_is_no_news_root_is_the_section() -> None:
    article = parse_article(
        page("https://schema.org/BreadcrumbList", "Văn hóa"), CURRENT_URL, CAPTURED
    )
    assert article.category == "Văn hóa"
