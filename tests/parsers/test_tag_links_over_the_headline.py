"""The general reader on tags shown as a `<nav>` of tag links over the headline, inside the
article (a documentation site's blog): they are the tags, never the section, though every
other `<nav>` is page chrome."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
MENU = "<nav><a href='/'>Trang chủ</a> <a href='/tags/'>Thẻ</a> <a href='/blog/'>Blog</a></nav>"


def read(over: str) -> Article:
    """Parse a page showing `over` above the headline inside the article."""
    page = (
        f"<html><body><header>{MENU}</header><main><article>{over}"
        f"<h1>Chợ phiên vùng cao</h1>{TEXT}</article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_nav_of_tag_links_over_the_headline_gives_the_tags() -> None:
    article = read(
        "<nav><a href='../../tags/#tag:cho-phien'>chợ phiên</a>"
        "<a href='../../tags/#tag:vung-cao'>vùng cao</a></nav>"
    )
    assert article.tags == ("chợ phiên", "vùng cao")
    assert article.category is None


def test_a_nav_with_other_links_stays_chrome() -> None:
    article = read("<nav><a href='../../tags/#tag:cho-phien'>chợ phiên</a><a href='/'>Về</a></nav>")
    assert article.tags == ()
