"""How the site writes dates, slugs and text: shared by the pages and the expected records."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

VIETNAM = timezone(timedelta(hours=7))

CURRENT_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
LEGACY_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")

_WHITESPACE = re.compile(r"\s+")  # str's \s includes NBSP


def clean(text: str) -> str:
    """NFC, whitespace runs (NBSP included) collapsed to one space, trimmed."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def current_dateline(moment: datetime) -> str:
    """The current template's `div.date` text: `Thứ Sáu, 04/02/2022 09:56 [GMT+7]`."""
    return f"{CURRENT_WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y %H:%M} [GMT+7]"


def legacy_date_header(day: date) -> str:
    """The older template's site date header, with its NBSP: `Thứ sáu,\\xa0 23/04/2021`."""
    return f"{LEGACY_WEEKDAYS[day.weekday()]},\xa0 {day:%d/%m/%Y}"


def card_time(moment: datetime) -> str:
    """A listing card's time: `09:56 | 04/02/2022`."""
    return f"{moment:%H:%M | %d/%m/%Y}"


def iso_vietnam(moment: datetime) -> str:
    """ISO 8601 with seconds and +07:00."""
    return moment.replace(tzinfo=VIETNAM).isoformat(timespec="seconds")


def rfc822(moment: datetime) -> str:
    """RSS pubDate: `Fri, 04 Feb 2022 09:56:32 +0700`."""
    return format_datetime(moment.replace(tzinfo=VIETNAM))


def http_date(moment: datetime) -> str:
    """HTTP Last-Modified value in GMT."""
    return format_datetime(moment.replace(tzinfo=VIETNAM).astimezone(UTC), usegmt=True)


def slugify(text: str) -> str:
    """Vietnamese text to an ASCII URL slug: `Cửa khẩu Hữu Nghị` -> `cua-khau-huu-nghi`."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    ascii_text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def author_name(name: str) -> str:
    """An upper-case byline name in the usual capitalisation: `ĐẶNG DŨNG` -> `Đặng Dũng`."""
    return name.title() if name.isupper() else name
