"""A row of links under the headline each written as a hashtag ("#mẫusơn", the "#" often a
mark of its own inside the link) is the article's tags, whatever address the links lead to;
a row of links that are not all hashtags is not."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(row: str) -> Article:
    """Parse a page with `row` between the headline and the text."""
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><main><article>"
        f"<header><h1>Chợ phiên vùng cao</h1><div class='row'>{row}</div></header><div>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
        + "</div></article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_hashtag_links_under_the_heading_are_the_tags() -> None:
    article = read(
        "<a href='/t/chophien'><span class='mark'>#</span>chợphiên</a>\n"
        "<a href='/t/dongdang'><span class='mark'>#</span>đồngđăng</a>"
    )
    assert article.tags == ("chợphiên", "đồngđăng")


def test_links_not_all_hashtags_are_no_tags() -> None:
    article = read("<a href='/t/chophien'>#chợphiên</a> <a href='/ve-chung-toi'>Giới thiệu</a>")
    assert article.tags == ()


def test_a_numbered_post_link_is_no_tag() -> None:
    assert read("<a href='/threads/cho-phien.27/post-3306'>#1</a>").tags == ()
