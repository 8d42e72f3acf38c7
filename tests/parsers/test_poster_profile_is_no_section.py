"""A community post shows its poster's name over the title, linked to the poster's profile
(a top folder the page links to again in the author card): the name the page declares as
the author is never the article's section."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(author: str) -> Article:
    """Parse a post by "Hoàng Mai" whose JSON-LD names `author`."""
    data = {"@type": "Article", "headline": "Chợ phiên vùng cao", "author": {"name": author}}
    page = (
        "<html><head><title>Chợ phiên vùng cao</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        "<main><article><header><a href='/hoangmai'>Hoàng Mai</a><h1>Chợ phiên vùng cao</h1>"
        "</header><div>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
        + "</div></article><aside><a href='/hoangmai'>Hoàng Mai</a></aside></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_declared_authors_profile_link_is_no_section() -> None:
    assert read("Hoàng Mai").category is None


def test_the_same_link_is_a_section_when_nobody_declares_it_the_author() -> None:
    assert read("Lộc Văn Hải").category == "Hoàng Mai"
