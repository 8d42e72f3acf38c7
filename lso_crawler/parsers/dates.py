"""Day-first dates and Vietnam-time timestamps as the site writes them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime
from typing import NamedTuple

from dateutil import parser as dateutil_parser
from lxml.html import HtmlElement

from lso_crawler.parsers.site_facts import VIETNAM_TZ
from lso_crawler.text import normalize

# DD/MM/YYYY (also with - or .); never read month first.
_DAY_FIRST_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
# HH:MM[:SS], also the "09h56" and "09 giờ 56 (phút)" spellings.
_CLOCK_TIME = re.compile(
    r"(?<![\d:])(\d{1,2})\s*(?:[:hH]|giờ)\s*(\d{2})(?:\s*phút(?!\w))?(?::(\d{2}))?(?![\d:])"
    r"(?:\s*(am|pm|a\.m\.|p\.m\.|sa|ch|sáng|trưa|chiều|tối)(?!\w))?",
    re.IGNORECASE,
)
# A 12-hour clock's half of the day: "08:30 PM", "8:30 CH" (chiều), "8h30 tối".
_AFTERNOON = frozenset({"pm", "p.m.", "ch", "chiều", "tối"})
_MORNING = frozenset({"am", "a.m.", "sa", "sáng"})
# "ngày 23 tháng 4 năm 2021", "23 tháng 04, 2021".
_WORDED_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(\d{4})(?!\d)", re.IGNORECASE
)
# Month numbers as Vietnamese words: "Tháng Mười Hai", "tháng Giêng" (longest first).
_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_MONTH = r"(\d{1,2}|mười\s+một|mười\s+hai|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp)"
# "tháng" and its abbreviations in the Vietnamese locales of Ghost, Google and Intl ("Thg"),
# and of forum language packs, written onto the month's number ("Th2").
_MONTH_LABEL = r"(?:tháng|thg\.?|th(?=\d))"
# Joomla's "31 Tháng 12 2015", "31 tháng Mười Hai, 2015", "ngày 31 tháng 12 năm 2015",
# Ghost's "31 Thg 12 2015", strftime's "%e. %B %Y" in Vietnamese: " 5. Tháng hai 2022".
_DAY_MONTH_WORD_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.?\s+{_MONTH_LABEL}\s*{_MONTH}\s*(?:,|năm)?\s*(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# WordPress' Vietnamese locale: "Tháng Mười Hai 31, 2015", "tháng 12 31, 2015".
_MONTH_WORD_DAY_YEAR = re.compile(
    rf"(?<!\w){_MONTH_LABEL}\s*{_MONTH}\s+(\d{{1,2}})\s*,\s*(\d{{4}})(?!\d)", re.IGNORECASE
)
# A theme left in English: "31 Dec 2015", "31 December, 2015", "Dec 31, 2015".
ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_ENGLISH_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_ENGLISH_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+{_ENGLISH_MONTH}\s*,?\s*(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_ENGLISH_MONTH_DAY_YEAR = re.compile(
    rf"(?<!\w){_ENGLISH_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# Year first as some templates print it, read only when nothing is written day first:
# "2022-02-04 09:56", "2022/02/04 - 09:56". A four-digit year first leaves no doubt about
# the order; a bare "2022-02-04" or a machine value ("2022-02-04T09:56:00+07:00", with an
# offset) is not a printed date line.
_PRINTED_YEAR_FIRST = re.compile(
    r"(?<![\d/.-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/.-])"
    r"(?=\s*(?:[,|-]\s*)?(?:lúc\s*)?\d{1,2}\s*[:hH]\s*\d{2}(?::\d{2})?"
    r"(?![\d:.]|\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)))",
    re.IGNORECASE,
)
# A bare year-first day is a printed date line only after a publication label, which says
# what the day is ("Ngày đăng: 2022-02-04", "Published: 2022-02-04").
_LABELLED_YEAR_FIRST = re.compile(
    r"(?:ngày\s*đăng|đăng\s*(?:lúc|ngày|vào)|xuất\s*bản|published(?:\s*on)?|posted(?:\s*on)?)"
    r"\s*:?\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-]|T\d)",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
# The older site's date header: "Thứ sáu,  23/04/2021", "Chủ nhật, 27/09/2020".
# A time right after the date makes it an article's date line, not the site's "today".
_SITE_DATE_HEADER = re.compile(
    rf"(?<!\w){_WEEKDAY}\s*,\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}(?!\d)"
    r"(?!\s*[,|-]?\s*(?:lúc\s*)?\d{1,2}\s*[:hH]\s*\d{2})",
    re.IGNORECASE,
)
# The same header as the older template printed it: `Thứ sáu,&nbsp; 23/04/2021` (the seed page
# shows the NBSP). Other CMSes' "today" dates use a plain space: the NBSP is the template's own.
_SITE_OWN_DATE_HEADER = re.compile(
    rf"(?<!\w){_WEEKDAY}\s*,[^\S\xa0]*\xa0\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}(?!\d)", re.IGNORECASE
)


# Dates outside these years are not an article's: they are treated as absent.
MIN_YEAR = 1900
MAX_YEAR = 2200


# Older images live under /uploads/YYYY/MM/DD/<n>.jpg: the day the article's photo was filed.
_UPLOAD_PATH = re.compile(r"/uploads?/(\d{4})/(\d{1,2})/(\d{1,2})/")


class Dateline(NamedTuple):
    """The calendar date and, when shown, the time of day a date line carries."""

    day: date | None
    clock: time | None


def parse_dateline(text: str | None) -> Dateline:
    """Read a date line such as `Thứ Sáu, 04/02/2022 09:56 [GMT+7]` (day first)."""
    text = normalize(text)
    found = _find_date(text)
    if found is None:
        return Dateline(None, None)
    match, (day_, month, year) = found
    if not MIN_YEAR <= year <= MAX_YEAR:
        return Dateline(None, None)
    try:
        day = date(year, month, day_)
    except ValueError:
        return Dateline(None, None)
    return Dateline(day, _clock_time(text[: match.start()] + " " + text[match.end() :]))


def _find_date(text: str) -> tuple[re.Match[str], tuple[int, int, int]] | None:
    """Find the first date written day first or with a worded month; (day, month, year)."""
    match = _DAY_FIRST_DATE.search(text) or _WORDED_DATE.search(text)
    if match:
        day_, month, year = (int(group) for group in match.groups())
        return match, (day_, month, year)
    match = _DAY_MONTH_WORD_YEAR.search(text)
    if match:
        return match, (int(match[1]), _month_number(match[2]), int(match[3]))
    match = _MONTH_WORD_DAY_YEAR.search(text)
    if match:
        return match, (int(match[2]), _month_number(match[1]), int(match[3]))
    match = _DAY_ENGLISH_MONTH_YEAR.search(text)
    if match:
        return match, (int(match[1]), ENGLISH_MONTHS[match[2].lower()], int(match[3]))
    match = _ENGLISH_MONTH_DAY_YEAR.search(text)
    if match:
        return match, (int(match[2]), ENGLISH_MONTHS[match[1].lower()], int(match[3]))
    match = _PRINTED_YEAR_FIRST.search(text)
    if match:
        return match, (int(match[4]), int(match[3]), int(match[1]))
    match = _LABELLED_YEAR_FIRST.search(text)
    if match:
        return match, (int(match[3]), int(match[2]), int(match[1]))
    return None


def _month_number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return _MONTH_WORDS.get(" ".join(word.lower().split()), 0)


def _clock_time(text: str) -> time | None:
    match = _CLOCK_TIME.search(text)
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    half = (match[4] or "").lower()
    if half in _AFTERNOON and 1 <= hour < 12:
        hour += 12
    elif half in _MORNING and hour == 12:
        hour = 0
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def dateline_iso_date(text: str | None) -> str | None:
    """Return the date of a date line as ISO `YYYY-MM-DD`, else None."""
    day = parse_dateline(text).day
    return day.isoformat() if day else None


def dateline_timestamp(text: str | None) -> str | None:
    """Return the date line's moment as ISO 8601 in Vietnam time, or None if it shows no time."""
    day, clock = parse_dateline(text)
    if day is None or clock is None:
        return None
    return datetime.combine(day, clock, tzinfo=VIETNAM_TZ).isoformat(timespec="seconds")


# A zone spelled after the time rather than as an ISO offset: "… 09:56:32 GMT+7",
# "… 09:56:32 UTC+07:00", "… 09:56:32 ICT", or an offset set apart by a space.
_ZONE_NAMED = re.compile(
    r"^(?P<moment>.*\d)\s*(?:(?:GMT|UTC)(?:\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?"
    r"|(?P<ict>ICT)|\s(?P<offset>[+-]\d{2}:?\d{2}|Z))$",
    re.IGNORECASE,
)


def _offset_spelled(value: str) -> str:
    """Return an ISO value with a named or spaced zone written as an ISO offset."""
    match = _ZONE_NAMED.match(value)
    if match is None or not _ISO_MOMENT.match(match["moment"]):
        return value
    if match["ict"]:
        return match["moment"] + "+07:00"
    if match["offset"]:
        return match["moment"] + match["offset"]
    if not match["sign"]:
        return match["moment"] + "+00:00"  # "GMT", "UTC" alone
    return f"{match['moment']}{match['sign']}{int(match['hours']):02}:{match['minutes'] or '00'}"


def meta_timestamp(value: str | None) -> str | None:
    """Return an ISO 8601 meta value (e.g. `article:published_time`) in Vietnam time, else None."""
    value = _offset_spelled(normalize(value))
    if len(value) <= len("YYYY-MM-DD"):
        return None  # a bare date says nothing about the time of day
    try:
        moment = dateutil_parser.isoparse(value)
    except (ValueError, OverflowError):
        return _other_meta_timestamp(value) or dateline_timestamp(value)
    if moment.tzinfo is None:
        # The CMS writes local time; a value without an offset is Vietnam time.
        moment = moment.replace(tzinfo=VIETNAM_TZ)
    return vietnam_isoformat(moment)


_ISO_OFFSET_END = re.compile(r"(?:\d(?:Z|[+-]\d{2}(?::?\d{2})?))$", re.IGNORECASE)


def meta_has_zone(value: str | None) -> bool:
    """Tell whether a meta time names its zone (an ISO offset or `Z`, an RFC 2822 zone,
    `GMT+7`, `ICT`)."""
    value = _offset_spelled(normalize(value))
    if _ISO_OFFSET_END.search(value) and _ISO_MOMENT.match(value):
        return True  # the usual case, without a second parse
    try:
        return dateutil_parser.isoparse(value).tzinfo is not None
    except (ValueError, OverflowError):
        pass
    if "," in value[:5]:
        try:
            return parsedate_to_datetime(value).tzinfo is not None
        except (ValueError, TypeError, OverflowError, IndexError):
            return False
    return False


# Year first with slashes, as some CMSes fill their date meta: "2021/04/23 08:30[:00]".
_YEAR_FIRST_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _other_meta_timestamp(value: str) -> str | None:
    # RFC 2822 ("Fri, 23 Apr 2021 08:30:00 +0700", RSS-style), or year first with slashes.
    match = _YEAR_FIRST_SLASHED.match(value)
    try:
        if match:
            year, month, day_, hour, minute, second = (int(g or 0) for g in match.groups())
            moment = datetime(year, month, day_, hour, minute, second, tzinfo=VIETNAM_TZ)
        elif "," in value[:5]:
            moment = parsedate_to_datetime(value)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=VIETNAM_TZ)
        else:
            return None
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    return vietnam_isoformat(moment)


# A machine-readable time in an attribute: ISO 8601 with a clock time, or epoch seconds or
# milliseconds (ten or thirteen digits).
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# Attributes a date element carries its machine time in (besides every `data-*`).
_TIME_ATTRIBUTES = ("datetime", "content", "title")
_ATTRIBUTE_MAX_CHARS = 40


def attribute_timestamp(element: HtmlElement) -> str | None:
    """Return the machine-readable time an element carries in `datetime`, `content`, `title`
    or a `data-*` attribute (ISO 8601 with a time of day, epoch seconds or ms), in Vietnam
    time, else None."""
    found = attribute_moment(element)
    return found[0] if found else None


def attribute_moment(element: HtmlElement) -> tuple[str, bool] | None:
    """Like `attribute_timestamp`, with whether the value fixes its zone (an epoch or an ISO
    time with an offset does; "2015-12-31 09:45:00" may be UTC or local)."""
    for name, value in element.attrib.items():
        if name not in _TIME_ATTRIBUTES and not name.startswith("data-"):
            continue
        value = value.strip()
        if not value or len(value) > _ATTRIBUTE_MAX_CHARS:
            continue
        if _EPOCH.match(value):
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            moment = vietnam_isoformat(datetime.fromtimestamp(seconds, UTC))
            zoned = True
        elif _ISO_MOMENT.match(value):
            moment = meta_timestamp(value)
            zoned = meta_has_zone(value)
        else:
            continue
        if moment:
            return moment, zoned
    return None


def vietnam_isoformat(moment: datetime) -> str | None:
    """Return an aware moment as ISO 8601 in Vietnam time; None if outside plausible years."""
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None  # also keeps astimezone() from overflowing at year 1 or 9999
    return moment.astimezone(VIETNAM_TZ).isoformat(timespec="seconds")


def find_site_date_header(text: str | None) -> str | None:
    """Return the older site's weekday date header found in `text`, normalised, else None."""
    match = _SITE_DATE_HEADER.search(normalize(text))
    return match.group(0) if match else None


def has_site_own_date_header(text: str | None) -> bool:
    """Tell whether raw (not whitespace-collapsed) `text` shows the older template's header."""
    if not text:
        return False
    return _SITE_OWN_DATE_HEADER.search(unicodedata.normalize("NFC", text)) is not None


def has_day_first_date(text: str | None) -> bool:
    """Tell whether `text` contains something shaped like DD/MM/YYYY (or `23 tháng 4 năm ...`)."""
    if not text:
        return False
    return _DAY_FIRST_DATE.search(text) is not None or _WORDED_DATE.search(text) is not None


def vietnam_day(moment: datetime) -> date:
    """Return the Vietnam calendar day of `moment`; a naive moment is taken as UTC (WARC-Date)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM_TZ).date()


def first_upload_day(urls: Iterable[str | None]) -> str | None:
    """Return the day of the first `/uploads/YYYY/MM/DD/` address among `urls`, else None."""
    return next((day for day in map(upload_path_date, urls) if day), None)


def upload_path_date(url: str | None) -> str | None:
    """Return the ISO day of an `/uploads/YYYY/MM/DD/` image address, else None."""
    match = _UPLOAD_PATH.search(url or "")
    if not match:
        return None
    year, month, day_ = (int(group) for group in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day_).isoformat()
    except ValueError:
        return None


def innermost_dated(element: HtmlElement) -> HtmlElement:
    """Return the innermost element under `element` still holding its whole date and time."""
    whole = parse_dateline(element.text_content())
    found = element
    for inner in element.iterdescendants():
        if isinstance(inner.tag, str) and parse_dateline(inner.text_content()) == whole:
            found = inner
    return found


# A date line set as a row: "Thứ năm, 31/12/2015, 16:45 | Lượt xem: 5.287", "16:45 31 thg 12,
# 2015 · Đã nhận: 23/11/2026 10:00 · 1 phút đọc". Its pieces are parted like a credit row's.
# A spaced dash parts them too ("Hoàng Tùng - 04/02/2022 09:56"); a weekday beside the date
# stays with it ("Thứ Sáu - 04/02/2022").
_ROW_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_ONLY_WEEKDAY = re.compile(rf"^{_WEEKDAY}\s*,?$", re.IGNORECASE)
# Times that are not the article's: when a reader received or fetched it, a print or a view,
# the counts and reading times beside them, and when a poster joined the site.
_NOT_ARTICLE_TIME = re.compile(
    r"(?<!\w)tham\s*gia(?!\w)|joined|member\s*since|đã\s*nhận|nhận\s*lúc|lấy\s*về|tải\s*về|truy\s*cập|(?:ngày|lúc|giờ)\s*in(?!\w)|in\s*lúc"
    r"|(?:lượt|số)\s*(?:xem|đọc|thích|chia\s*sẻ)|phút\s*đọc|đọc\s*trong|đang\s*xem"
    r"|received|fetched|retrieved|accessed|printed|viewed|saved|(?<!\w)views?(?!\w)"
    r"|(?<!\w)min(?:ute)?s?\s*read",
    re.IGNORECASE,
)


def is_weekday(text: str | None) -> bool:
    """Tell whether a short text is only a weekday ("Thứ Hai", "Chủ nhật,")."""
    return _ONLY_WEEKDAY.match(normalize(text)) is not None


def date_part(text: str | None, published: date | None = None) -> str:
    """Return the date pieces of a date line set as a row (parted at `|`, `·`, `•`), each with
    its label: never a received, printed or viewed time, a view count or a reading time. When
    the pieces print different days, `published` (the article's declared day) picks its own."""
    text = normalize(text)
    pieces: list[str] = []
    separators: list[str] = []
    start = 0
    for match in _ROW_SEPARATOR.finditer(text):
        pieces.append(text[start : match.start()])
        separators.append(match.group(0))
        start = match.end()
    pieces.append(text[start:])
    kept = [index for index, piece in enumerate(pieces) if _article_time(piece)]
    days = {index: parse_dateline(pieces[index]).day for index in kept}
    if published is not None and len({day for day in days.values() if day}) > 1:
        own = [index for index in kept if days[index] == published]
        if own:
            kept = [index for index in kept if days[index] in (None, published)]
    if not kept:
        return ""
    found = pieces[kept[0]]
    for index in kept[1:]:
        found += separators[index - 1] + pieces[index]
    return found


def _article_time(piece: str) -> bool:
    # A piece with a date or a clock time not labelled as someone else's time, or a weekday.
    if _ONLY_WEEKDAY.match(piece.strip()):
        return True
    found = _find_date(piece)
    clock = _CLOCK_TIME.search(piece)
    if found is None and clock is None:
        return False
    first = min(m.start() for m in (found[0] if found else None, clock) if m is not None)
    return _NOT_ARTICLE_TIME.search(piece[:first]) is None
