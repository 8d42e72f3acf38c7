"""A reposting site opens the lead with its own marker ("GD&TĐ - ", "(VOV) – "), an
abbreviation in capitals and a spaced dash: it is taken off like the paper's `LSO-`; a
lead opening with a word that merely holds a dash ("COVID-19 …") keeps it."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.leads import strip_lead_prefix
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def test_a_site_marker_before_a_sapo_is_taken_off() -> None:
    page = (
        "<html><head><title>Tin</title></head><body><main><h1>Mùa hoa đào trên núi</h1>"
        "<div class='sapo'>ND&amp;ĐS - Những ngày đầu xuân, hoa đào nở khắp các sườn đồi.</div>"
        f"<div class='story'>{''.join(f'<p>{PARAGRAPH} {n}.</p>' for n in range(4))}</div>"
        "</main></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.lead == "Những ngày đầu xuân, hoa đào nở khắp các sườn đồi."


def test_site_markers_in_brackets_or_with_an_en_dash_are_taken_off() -> None:
    assert strip_lead_prefix("(VOV) – Sáng 9/3, tỉnh tổ chức tiêm vắc xin.") == (
        "Sáng 9/3, tỉnh tổ chức tiêm vắc xin."
    )


def test_a_lead_opening_with_a_word_or_a_number_keeps_it() -> None:
    for lead in (
        "COVID-19 - dịch bệnh vẫn diễn biến phức tạp.",
        "2022 - năm của những đổi mới.",
        "Lạng Sơn - vùng đất biên cương.",
    ):
        assert strip_lead_prefix(lead) == lead
