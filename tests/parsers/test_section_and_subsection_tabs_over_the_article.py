"""A page that files the article by two tabs over it, the section's link and its
subsection's link into a folder under the section's ("/tin/32/" then "/tin/32/nong-nghiep/"),
with no breadcrumb: the category is the section; two unrelated links there are no section."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(tabs: str) -> Article:
    """Parse a page with the given tabs right over its article box."""
    page = (
        "<html><head><title>Tin tức</title></head><body>"
        "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin/31/'>Thời sự</a></li>"
        "<li><a href='/tin/33/'>Kinh tế</a></li><li><a href='/tin/34/'>Xã hội</a></li></ul></nav>"
        f"<div class='left'><div class='tabs'>{tabs}</div><div class='detail'>"
        "<h1>Nông dân Bắc Sơn vào vụ lúa xuân</h1>"
        f"<div class='content'>{TEXT}</div></div></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_section_tab_before_its_subsection_tab_names_the_category() -> None:
    article = read(
        "<a href='/tin/33/'>Kinh tế</a><span><a href='/tin/33/nong-nghiep/'>Nông nghiệp</a></span>"
    )
    assert article.category == "Kinh tế"


def test_two_links_into_unrelated_folders_are_no_section_tabs() -> None:
    article = read("<a href='/tin/33/'>Kinh tế</a><a href='/lien-he/'>Liên hệ</a>")
    assert article.category != "Kinh tế"
