"""The real older-generation page we know: its fixture shows the seed text, and the parser
returns that text exactly in the right fields."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from lxml import html

from lso_crawler.parsers import parse_article
from lso_crawler.text import normalize
from tests.parsers.fixture_files import FIXTURES, meta, page_bytes

SEED_COPY = FIXTURES / "seed_article.txt"
SEED_ORIGINAL = Path("/work/shared/seed/000_d5bbc8cf4fbe1b76.txt")
# Line numbers in the seed: date header, title, lead, body..., caption, body..., byline.
HEADER, TITLE, LEAD, CAPTION, BYLINE = 0, 2, 4, 10, 18
BODY = (6, 8, 12, 14, 16)

_BLOCK_TAGS = frozenset({"div", "p", "h1", "h2", "h3", "td", "li", "table", "tr", "tbody"})
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")  # browsers collapse ASCII whitespace, not NBSP


def seed_lines() -> list[str]:
    return SEED_COPY.read_text(encoding="utf-8").split("\n")


def rendered_text(element: html.HtmlElement) -> str:
    return _COLLAPSIBLE.sub(" ", element.text_content()).strip(" \t\n\r\f")


def visible_text(page: bytes) -> str:
    """The date header and the article block as a reader sees them, one block per line."""
    doc = html.document_fromstring(page)
    (header,) = doc.find_class("header-date")
    (article,) = doc.find_class("news-detail")
    lines = [rendered_text(header)]
    for element in article.iter(*_BLOCK_TAGS):
        is_leaf = not any(child.tag in _BLOCK_TAGS for child in element.iterdescendants())
        if is_leaf and rendered_text(element):
            lines.append(rendered_text(element))
    return "\n\n".join(lines)


def test_seed_copy_matches_the_shared_original() -> None:
    if not SEED_ORIGINAL.exists():
        pytest.skip("the shared seed is only on the project's own machines")
    assert SEED_COPY.read_bytes() == SEED_ORIGINAL.read_bytes()


def test_seed_fixture_shows_the_seed_text_byte_for_byte() -> None:
    assert visible_text(page_bytes("legacy_seed")).encode("utf-8") == SEED_COPY.read_bytes()


def test_parser_returns_the_seed_text_exactly() -> None:
    lines = seed_lines()
    info = meta("legacy_seed")
    article = parse_article(
        page_bytes("legacy_seed"), info["url"], datetime.fromisoformat(info["captured_at"])
    )
    assert article.parser == "legacy_v1"
    # The date header is the serving day (site chrome): the article's day is its photo's.
    assert normalize(lines[HEADER]) == "Thứ sáu, 23/04/2021"
    assert article.dateline is None
    assert article.dateline_date == "2015-12-31"
    assert article.parse_notes["dateline_date_from"] == "upload-path"
    assert article.published_at is None
    assert article.title == lines[TITLE]
    assert "LSO- " + article.lead == lines[LEAD]
    # normalize() only trims the NBSP the page shows at the end of the first body paragraph.
    assert article.body == "\n\n".join(normalize(lines[number]) for number in BODY)
    assert [caption.text for caption in article.captions] == [lines[CAPTION]]
    assert article.captions[0].image_url == "http://baolangson.vn/uploads/2015/12/31/3.jpg"
    assert article.byline == lines[BYLINE] == lines[-1]
    assert article.authors == ("Hoàng Tùng",)
    assert lines[CAPTION] not in article.body
