"""The general reader on a lead in a summary box titled "Tóm tắt" opening the text: the
title is neither the lead nor a line of the text, with or without the `LSO-` marker."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
LEAD = "Sáng 4/2, chợ phiên vùng cao họp đông vui với hàng trăm gian hàng nông sản."


def read(label: str, lead: str) -> Article:
    """Parse a page whose text opens with a box titled `label` holding `lead`."""
    page = (
        "<html><body><article><h1>Chợ phiên vùng cao</h1>"
        f"<div class='note'><p class='note-title'>{label}</p><p>{lead}</p></div>{TEXT}"
        "</article></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_summary_title_is_no_lead_and_no_text() -> None:
    article = read("Tóm tắt", LEAD)
    assert article.lead == LEAD
    assert article.body.startswith(PARAGRAPH)


def test_the_summary_title_over_a_marked_lead_is_no_text() -> None:
    article = read("Tóm tắt", f"LSO- {LEAD}")
    assert article.lead == LEAD
    assert "Tóm tắt" not in article.body


def test_another_short_title_stays() -> None:
    assert read("Lưu ý", LEAD).lead == "Lưu ý"
