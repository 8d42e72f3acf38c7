"""A date line set as a row keeps its date pieces; other people's times are never its date."""

from __future__ import annotations

from datetime import date

import pytest

from lso_crawler.parsers.blocks import Paragraph
from lso_crawler.parsers.dates import date_part, dateline_iso_date
from lso_crawler.parsers.parts import split_article

_PUBLISHED = date(2015, 12, 31)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thứ năm, 31/12/2015, 16:45 | Lượt xem: 5.287", "Thứ năm, 31/12/2015, 16:45"),
        (
            "16:45 31 thg 12, 2015 · Đã nhận: 23/11/2026 10:00 · 1 phút đọc",
            "16:45 31 thg 12, 2015",
        ),
        ("31/12/2015 • Printed 23/11/2026 10:00 • 3 min read", "31/12/2015"),
        ("Ngày đăng: 31/12/2015 | 16:45", "Ngày đăng: 31/12/2015 | 16:45"),
        ("16:45 | 31/12/2015", "16:45 | 31/12/2015"),
        ("Đã nhận: 23/11/2026 10:00", ""),
        ("Thứ Hai, 7/2/2022 08:30 (GMT+7)", "Thứ Hai, 7/2/2022 08:30 (GMT+7)"),
    ],
)
def test_a_date_row_keeps_only_its_date_pieces(text: str, want: str) -> None:
    assert date_part(text, _PUBLISHED) == want


def test_a_received_date_is_never_the_article_day() -> None:
    text = date_part("16:45 31 thg 12, 2015 · Đã nhận: 23/11/2026 10:00")
    assert dateline_iso_date(text) == "2015-12-31"


def test_the_declared_day_picks_the_printed_date_when_several_are_printed() -> None:
    row = "Thứ Hai, 23/11/2026 | 31/12/2015 16:45"
    assert date_part(row, _PUBLISHED) == "31/12/2015 16:45"
    assert date_part(row) == row  # without evidence nothing is guessed away


def _body(*texts: str) -> tuple[str, ...]:
    return split_article([Paragraph(text) for text in texts], lead="Lead.").paragraphs


def test_a_bracketed_source_line_closing_the_text_is_a_sign_off() -> None:
    text = "Một đoạn văn của bài viết, đủ dài để là nội dung bài."
    assert _body(text, "Đoạn thứ hai của bài.", "(Báo Lạng Sơn)") == (
        text,
        "Đoạn thứ hai của bài.",
    )
    assert _body(text, "(Báo Lạng Sơn)", "Đoạn cuối.") == (text, "(Báo Lạng Sơn)", "Đoạn cuối.")
