"""A field list under the heading (`<dl>`: "Ngày đăng", "Tác giả", "Nguồn", as docutils
writes one) whose author term labels a bare name: the name is the credit, though it has no
colon, role or styling of its own."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(term: str) -> Article:
    """Parse a page whose field list names `term` over the value "Lan Chi"."""
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><main><div>"
        "<h1>Chợ phiên vùng cao</h1><dl class='fields'>"
        "<dt>Ngày đăng:</dt><dd><p>04/02/2022 09:56</p></dd>"
        f"<dt>{term}</dt><dd><p>Lan Chi</p></dd></dl>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
        + "</div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_name_under_an_author_term_is_the_credit() -> None:
    article = read("Tác giả<span>:</span>")
    assert article.byline == "Lan Chi"
    assert article.authors == ("Lan Chi",)
    assert "Lan Chi" not in article.body


def test_a_name_under_another_term_is_no_credit() -> None:
    assert read("Địa điểm:").byline is None
