"""Dates are read day first, in Vietnam time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from lso_crawler.parsers.dates import (
    dateline_iso_date,
    dateline_timestamp,
    find_site_date_header,
    has_site_own_date_header,
    meta_timestamp,
    parse_dateline,
    vietnam_day,
)


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("Thứ Sáu, 04/02/2022 09:56 [GMT+7]", date(2022, 2, 4), time(9, 56)),
        ("04 Thg 02 2022", date(2022, 2, 4), None),
        ("Thứ Sáu, 4 thg 2, 2022 lúc 09:56", date(2022, 2, 4), time(9, 56)),
        ("04 Feb 2022", date(2022, 2, 4), None),
        ("February 4th, 2022 9:56 PM", date(2022, 2, 4), time(21, 56)),
        ("Thứ sáu,\u00a0 23/04/2021", date(2021, 4, 23), None),
        ("Chủ nhật,  27/09/2020", date(2020, 9, 27), None),
        ("09:56 | 05/06/2024", date(2024, 6, 5), time(9, 56)),
        ("Cập nhật 7h05, 1-3-2022", date(2022, 3, 1), time(7, 5)),
        ("13/12/2021 23:59:30 GMT+7", date(2021, 12, 13), time(23, 59, 30)),
        ("Thứ năm, 31 Tháng 12 2015 16:45", date(2015, 12, 31), time(16, 45)),
        ("31 tháng Mười Hai, 2015", date(2015, 12, 31), None),
        ("Tháng Mười Một 5, 2020 lúc 8:30", date(2020, 11, 5), time(8, 30)),
        ("ngày 1 tháng Giêng năm 2021", date(2021, 1, 1), None),
        ("23-04-2021 - 08:30 PM", date(2021, 4, 23), time(20, 30)),
        ("23/04/2021 12:05 SA", date(2021, 4, 23), time(0, 5)),
        ("Thứ Sáu, 23/4/2021 | 3:15 chiều", date(2021, 4, 23), time(15, 15)),
        ("Cập nhật 21:05 23/04/2021 (GMT+7)", date(2021, 4, 23), time(21, 5)),
    ],
)
def test_datelines_are_read_day_first(text: str, day: date, clock: time | None) -> None:
    assert parse_dateline(text) == (day, clock)


@pytest.mark.parametrize(
    "text", ["31/02/2022 10:00", "no date here", "", None, "2022-02-04", "cuối tháng Giêng âm lịch"]
)
def test_missing_or_impossible_dates_give_none(text: str | None) -> None:
    assert parse_dateline(text).day is None
    assert dateline_iso_date(text) is None
    assert dateline_timestamp(text) is None


def test_an_impossible_time_keeps_the_date_but_gives_no_timestamp() -> None:
    assert parse_dateline("04/02/2022 25:61") == (date(2022, 2, 4), None)
    assert dateline_timestamp("04/02/2022 25:61") is None


def test_dateline_timestamp_is_vietnam_time() -> None:
    assert dateline_timestamp("Thứ Sáu, 04/02/2022 09:56 [GMT+7]") == "2022-02-04T09:56:00+07:00"
    assert dateline_timestamp("Thứ sáu, 23/04/2021") is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2022-02-04T09:56:00+07:00", "2022-02-04T09:56:00+07:00"),
        ("2022-02-04T02:56:00Z", "2022-02-04T09:56:00+07:00"),
        ("2022-02-03T21:56:00-05:00", "2022-02-04T09:56:00+07:00"),
        ("2022-02-04T09:56:00", "2022-02-04T09:56:00+07:00"),
        ("2022-02-04 09:56:12.345+07:00", "2022-02-04T09:56:12+07:00"),
        ("04/02/2022 09:56", "2022-02-04T09:56:00+07:00"),
        ("2022-02-04", None),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_meta_timestamps_become_vietnam_time(value: str | None, iso: str | None) -> None:
    assert meta_timestamp(value) == iso


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Thứ sáu,\u00a0 23/04/2021", "Thứ sáu, 23/04/2021"),
        ("Chủ nhật,  27/09/2020 | Liên hệ", "Chủ nhật, 27/09/2020"),
        ("THỨ HAI, 8/4/2013", "THỨ HAI, 8/4/2013"),
        ("Hôm nay: Thứ Bảy, 05/02/2022", "Thứ Bảy, 05/02/2022"),
        ("Thứ 7, 05/02/2022", "Thứ 7, 05/02/2022"),
        ("Thu\u031b\u0301 tư, 15/08/2012", "Thứ tư, 15/08/2012"),  # NFD source text
        ("23/04/2021", None),
        ("Thứ sáu", None),
        ("Thứ chín, 23/04/2021", None),
    ],
)
def test_site_date_header(text: str, header: str | None) -> None:
    assert find_site_date_header(text) == header


def test_vietnam_day_of_a_capture() -> None:
    # 18:30 UTC is already the next day in Vietnam; naive WARC dates are UTC.
    assert vietnam_day(datetime(2021, 10, 31, 18, 30, tzinfo=UTC)) == date(2021, 11, 1)
    assert vietnam_day(datetime(2021, 10, 31, 18, 30)) == date(2021, 11, 1)
    plus7 = timezone(timedelta(hours=7))
    assert vietnam_day(datetime(2021, 10, 31, 23, 0, tzinfo=plus7)) == date(2021, 10, 31)


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        ("2021/04/23 08:30", "2021-04-23T08:30:00+07:00"),
        ("Fri, 23 Apr 2021 01:30:00 +0000", "2021-04-23T08:30:00+07:00"),
        ("Fri, 99 Apr 2021 08:30:00 +0700", None),
    ],
)
def test_other_meta_date_spellings(value: str, moment: str | None) -> None:
    assert meta_timestamp(value) == moment


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Thứ sáu,\u00a0 23/04/2021", True),
        ("Chủ nhật,\u00a027/09/2020", True),
        ("Thứ Hai, 23/11/2026", False),  # another CMS's masthead "today"
        ("Thứ Hai,  23/11/2026", False),  # two plain spaces render as one
        ("", False),
    ],
)
def test_the_older_templates_own_header_has_its_nbsp(text: str, own: bool) -> None:
    assert has_site_own_date_header(text) is own
