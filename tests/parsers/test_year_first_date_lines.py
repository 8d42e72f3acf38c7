"""Date lines printed year first ("2022-02-04 09:56"): read when they carry a clock time and
nothing is written day first; a bare ISO date or a machine value with an offset is no
printed date line, and day first still wins for the ambiguous forms."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.dates import parse_dateline
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("2022-02-04 09:56", date(2022, 2, 4), time(9, 56)),
        ("2022/02/04 - 09:56", date(2022, 2, 4), time(9, 56)),
        ("Ngày đăng: 2022-02-04, 09:56:32", date(2022, 2, 4), time(9, 56, 32)),
        ("2022-02-04 09:56 CH", date(2022, 2, 4), time(21, 56)),
        # Day first wins wherever it is written.
        ("04/02/2022 09:56", date(2022, 2, 4), time(9, 56)),
        ("05/02/2022 09:56 (2022-02-04 09:00)", date(2022, 2, 5), time(9, 56)),
    ],
)
def test_year_first_date_lines_with_a_time_are_read(text: str, day: date, clock: time) -> None:
    assert parse_dateline(text) == (day, clock)


@pytest.mark.parametrize(
    "text",
    [
        "2022-02-04",
        "2022-02-04T09:56:00+07:00",
        "2022-02-04 09:56:12+07:00",
        "2022-02-04 09:56 UTC",
        "2022-02-04 09:56:12.345",
        "2022-13-04 09:56",
        "/uploads/2022-02-04 09:56",
    ],
)
def test_bare_or_machine_year_first_values_are_no_date_line(text: str) -> None:
    assert parse_dateline(text).day is None


def test_a_page_printing_its_date_year_first() -> None:
    page = (
        "<html><head><title>Hội nghị</title></head><body><article><h1>Hội nghị triển khai</h1>"
        f"<div class='meta'>2022-02-04 09:56</div><div class='t'>{TEXT}</div></article>"
        "</body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.dateline == "2022-02-04 09:56"
    assert article.dateline_date == "2022-02-04"
    assert article.published_at == "2022-02-04T09:56:00+07:00"


def test_a_hidden_machine_time_is_not_taken_for_the_printed_date_line() -> None:
    page = (
        "<html><head><title>Hội nghị</title></head><body><article><h1>Hội nghị triển khai</h1>"
        "<span hidden>2022-02-04T09:56:32+07:00</span>"
        f"<div class='meta'>Thứ Sáu - 04/02/2022 09:56</div><div class='t'>{TEXT}</div>"
        "</article></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.dateline == "Thứ Sáu - 04/02/2022 09:56"


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Ngày 04/02/2022 lúc 09 giờ 56", time(9, 56)),
        ("04/02/2022 9 giờ 56 phút chiều", time(21, 56)),
        ("04/02/2022, 2 giờ trước", None),
    ],
)
def test_a_clock_time_spelt_in_words(text: str, clock: time | None) -> None:
    assert parse_dateline(text) == (date(2022, 2, 4), clock)
