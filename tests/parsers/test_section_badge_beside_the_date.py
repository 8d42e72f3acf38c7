"""The general reader on a documentation site's article: the headline, a meta row with the
section as a plain badge beside the date, and the text, all in one block; the badge is the
section when the site's navigation lists its name."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
SIDEBAR = (
    "<nav><section><h3>Kinh tế</h3><a href='/tin/cho-phien'>Chợ phiên vùng cao</a></section>"
    "<section><h3>Văn hóa</h3><a href='/tin/hat-then'>Hát then đàn tính</a></section></nav>"
)


def read(badge: str, sidebar: str = SIDEBAR) -> Article:
    """Parse the page: the sidebar, then the block of headline, meta row and text."""
    page = (
        "<html><head><title>Chợ phiên vùng cao | Cẩm nang số</title></head><body>"
        f"<aside>{sidebar}</aside><main><div><h1>Chợ phiên vùng cao</h1>"
        f"<div><span>{badge}</span><time datetime='2022-02-04T09:56:00+07:00'>"
        f"09:56 ngày 04/02/2022</time></div>{TEXT}</div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_badge_the_navigation_names_beside_the_date_is_the_section() -> None:
    article = read("Kinh tế")
    assert article.category == "Kinh tế"
    assert article.dateline == "09:56 ngày 04/02/2022"


def test_a_word_beside_the_date_that_no_navigation_names_is_no_section() -> None:
    assert read("Nổi bật").category is None
    assert read("Kinh tế", sidebar="<p>Kinh tế</p>").category is None
