"""The general reader on a headline closed by its anchor mark (a documentation tool's "¶"
link to the heading itself): the mark is no part of the title; a word linked is."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def title(heading: str) -> str:
    """The title read from a page whose heading is `heading`."""
    page = f"<html><body><article><h1 id='cho'>{heading}</h1>{TEXT}</article></body></html>"
    return parse_article(page, CURRENT_URL, CAPTURED).title


def test_a_pilcrow_linking_to_the_heading_is_no_title() -> None:
    assert title("Chợ phiên vùng cao<a href='#cho' title='Permanent link'>¶</a>") == (
        "Chợ phiên vùng cao"
    )


def test_a_hash_mark_is_no_title_either() -> None:
    assert title("Chợ phiên vùng cao <a href='#cho'>#</a>") == "Chợ phiên vùng cao"


def test_a_word_linked_to_a_place_on_the_page_stays() -> None:
    assert title("Chợ phiên <a href='#cho'>vùng cao</a>") == "Chợ phiên vùng cao"
