"""The `LSO-` marker is taken off the lead in every spelling."""

from __future__ import annotations

import pytest

from lso_crawler.parsers.leads import has_lead_prefix, strip_lead_prefix

LEAD = "Ngày 31/12/2015, Ban Dân vận Tỉnh ủy tổ chức hội nghị."


@pytest.mark.parametrize(
    "prefix", ["LSO-", "LSO- ", "LSO -", "LSO - ", "(LSO) - ", "(LSO)-", "LSO–", "LSO-\u00a0", ""]
)
def test_lead_prefix_spellings(prefix: str) -> None:
    assert strip_lead_prefix(prefix + LEAD) == LEAD
    assert has_lead_prefix(prefix + LEAD) == bool(prefix)


def test_only_a_leading_marker_is_removed() -> None:
    text = "Đoàn công tác LSO - Báo Lạng Sơn đến thăm."
    assert strip_lead_prefix(text) == text
    assert strip_lead_prefix("LSO-LSO- x") == "LSO- x"


def test_lead_is_normalised() -> None:
    assert strip_lead_prefix("  LSO-\u00a0 Ngày\n 31/12 ") == "Ngày 31/12"
    assert strip_lead_prefix(None) == ""
