"""The general reader's dates: the article's own date line (never a masthead date), the
declared publication time, and the day the article is dated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import chain, islice
from typing import TYPE_CHECKING

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.chrome import in_chrome
from lso_crawler.parsers.dates import (
    ENGLISH_MONTHS,
    Dateline,
    attribute_moment,
    date_part,
    dateline_iso_date,
    dateline_timestamp,
    first_upload_day,
    meta_has_zone,
    meta_timestamp,
    parse_dateline,
)
from lso_crawler.parsers.document import element_text, is_inside, spaced_text
from lso_crawler.parsers.feed_posts import own_time
from lso_crawler.parsers.landmarks import (
    above_heading,
    article_region,
    between_heading_and_text,
    metadata,
    opening_lines,
)
from lso_crawler.parsers.parts import ArticleParts
from lso_crawler.parsers.properties import property_row
from lso_crawler.parsers.quoted import dated_by_repost
from lso_crawler.text import normalize

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page

# The longest element read as a date line.
DATELINE_MAX_CHARS = 100
_TIME = XPath("/html/body/descendant::time")
# Labels of a moment that is not the publication: updated, edited, received, approved,
# printed or fetched ("Cập nhật:", "Ngày nhận bài:", "In ngày:", "Truy cập:").
_OTHER_MOMENT_LABEL = re.compile(
    r"cập\s*nhật|sửa\s*đổi|chỉnh\s*sửa|updated|modified|last\s*edited"
    r"|(?:ngày|thời\s*gian)\s*(?:nhận|gửi|duyệt)|tiếp\s*nhận|received|submitted"
    r"|(?<!\w)in\s*(?:ngày|lúc)|ngày\s*in(?!\w)|printed|truy\s*cập|accessed|fetched"
    # Created: when the item was drafted, not published ("Ngày tạo:", "Tạo lúc").
    r"|ngày\s*tạo|(?<!\w)tạo\s*(?:lúc|ngày)|created",
    re.IGNORECASE,
)
# How a page marks a machine time that is not the publication.
_OTHER_MOMENT_PROPS = frozenset(
    {"datemodified", "dateupdated", "lastreviewed", "datereceived", "datecreated"}
)
_PUBLISHED_LABEL = re.compile(r"đăng|xuất\s*bản|published|posted", re.IGNORECASE)
# Nodes inside a date line looked at for a machine time (bounded work).
_DATE_ELEMENT_MAX_NODES = 20
# The text before a `<time>` read as its label.
_TIME_LABEL_CHARS = 30
# A date line's publication label before the date ("Ngày đăng:", "Đăng lúc:", "Posted on:").
_FIELD_LABEL = re.compile(
    r"^(?:ngày(?:\s+(?:đăng|xuất\s+bản|phát\s+hành))?|đăng(?:\s+(?:lúc|ngày|vào))?"
    r"|xuất\s+bản(?:\s+(?:lúc|ngày))?|thời\s+gian(?:\s+đăng)?|published(?:\s+on)?"
    r"|posted(?:\s+on)?|date)\s*:",
    re.IGNORECASE,
)
_DATE_HEADER_LEVELS = 3
_DATE_HEADER_MAX_CHARS = 40
_DATE_WORDS = re.compile(
    r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|ngày|tháng|năm|lúc|giờ|sa|ch|am|pm)",
    re.IGNORECASE,
)


def _only_date(text: str) -> bool:
    """Tell whether a short text is nothing but a date (weekday, numbers, date words)."""
    rest = _DATE_WORDS.sub(" ", text)
    return not re.search(r"[^\W\d_]", rest)


def dateline(page: Page) -> str | None:
    """Return the article's date line: a short dated element between the heading and the
    text (a masthead date above the heading is site chrome), else a dated `<time>`."""
    element = dateline_element(page)
    if element is None:
        return None
    if page.data.get("dateline_short_time"):
        return _with_time_label(element)
    printed = page_date_part(page, element)
    return _label_beside_date(page, element, printed) or without_poster(printed) or None


def _label_beside_date(page: Page, element: HtmlElement, printed: str) -> str | None:
    """The date line of a row that opens with its publication label in a plain element of
    its own, the whole date in the next ("<span>Đăng:</span> <time>…</time> bởi …"): the
    label and that date, never the rest of the row (the poster, the section after it)."""
    match = _FIELD_LABEL.match(printed)
    if match is None or normalize(element.text):
        return None
    first = next((c for c in element if isinstance(c.tag, str)), None)
    if first is None or element_text(first) != normalize(match[0]) or normalize(first.tail):
        return None
    value = first.getnext()
    if value is None or not isinstance(value.tag, str):
        return None
    shown = page_date_part(page, value)
    if not shown or parse_dateline(shown) != parse_dateline(printed):
        return None
    return f"{element_text(first)} {shown}"


# "3/2/17": a day, a month and a two-digit year, nothing else (a forum's short date); "Feb
# 4 '22": an English month, a day and an apostrophed two-digit year (a community's short date
# for an earlier year).
_SHORT_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})$")
_SHORT_ENGLISH_DATE = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+['’](\d{2})$",
    re.IGNORECASE,
)


def _short_date(text: str) -> tuple[int, int, int] | None:
    """The (day, month, two-digit year) of a short date ("3/2/17", "Feb 4 '22"), or None."""
    match = _SHORT_DATE.match(text)
    if match:
        return int(match[1]), int(match[2]), int(match[3])
    match = _SHORT_ENGLISH_DATE.match(text)
    if match:
        return int(match[2]), ENGLISH_MONTHS[match[1].lower()], int(match[3])
    return None


# `<time>` elements of the main landmark looked at (bounded work on a page of times).
_MAIN_TIMES_READ = 8


def _dated_time_in_main(page: Page) -> HtmlElement | None:
    """The one `<time>` of the page's main landmark (outside its header and footer) that
    prints only a date its machine time falls on: the post's date shown in a panel beside
    the text (a blog's post sidebar), when nothing by the headline is dated."""
    main = next(
        (a for a in _ancestors(page.block) if a.tag == "main" or a.get("role") == "main"), None
    )
    if main is None:
        return None
    found = None
    for seen, element in enumerate(main.iter("time")):
        if seen >= _MAIN_TIMES_READ:
            return None
        text = element_text(element)
        printed = parse_dateline(text)
        moment = attribute_moment(element)
        if (
            printed.day is None
            or moment is None
            or date.fromisoformat(moment[0][:10]) != printed.day
            or not _only_date(text)
            or _other_moment_time(element)
            or any(a.tag in ("header", "footer") for a in _ancestors(element, main))
        ):
            continue
        if found is not None:
            return None  # two dated times: nothing tells which is the article's
        found = element
    return found


def _ancestors(element: HtmlElement | None, stop: HtmlElement | None = None) -> list[HtmlElement]:
    """The element's ancestors, innermost first, up to (not including) `stop`."""
    found: list[HtmlElement] = []
    for ancestor in element.iterancestors() if element is not None else ():
        if ancestor is stop:
            break
        found.append(ancestor)
    return found


def _short_dated_time(page: Page) -> HtmlElement | None:
    # A `<time>` by the heading (between it and the text, or over it in the article's
    # region) printing only a short date ("3/2/17", "Feb 4 '22") that its own machine time
    # confirms (on its own day or, written in UTC, Vietnam's): the post's date, as a forum
    # or a community writes it. The two-digit year is read nowhere else (a bare "12/3/20"
    # could be anything).
    for element in [*between_heading_and_text(page), *above_heading(page)]:
        if element.tag != "time" or in_chrome(element) or _other_moment_time(element):
            continue
        shown = _short_date(element_text(element))
        found = attribute_moment(element) if shown else None
        if shown is None or found is None:
            continue
        written = (element.get("datetime") or "").strip()[:10]
        for day in {found[0][:10], written}:
            try:
                machine = date.fromisoformat(day)
            except ValueError:
                continue
            if (machine.day, machine.month, machine.year % 100) == shown:
                return element
    return None


def _with_time_label(element: HtmlElement) -> str:
    """A short-dated `<time>`'s text with the publication label printed right before it
    ("Posted on Feb 4 '22")."""
    previous = element.getprevious()
    parent = element.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    tail = normalize(before)[-_TIME_LABEL_CHARS:]
    label = next((m for m in _BARE_LABEL.finditer(tail) if m.end() == len(tail)), None)
    text = element_text(element)
    return f"{normalize(label[0])} {text}" if label else text


# "Gửi bởi bientap vào", "Đăng bởi Quản trị lúc", "Posted by admin on": who posted the item
# and the word joining the date, before the date itself.
_POSTER = re.compile(
    r"^(?:(?:được\s+)?(?:gửi|đăng|viết|posted|submitted|written)\s+)?(?:bởi|by)\s+"
    r"\S+(?:\s+\S+){0,4}?\s+(?:vào(?:\s+lúc)?|lúc|on|at)\s+",
    re.IGNORECASE,
)

# What a date opens with: a number, a weekday, a date word or an English month or day.
_DATE_START = re.compile(
    r"\d|thứ|chủ\s*nhật|ngày|tháng|lúc|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)


def without_poster(text: str) -> str:
    """A date line without the account that posted the item before it ("Gửi bởi bientap vào
    Thứ Năm, 31/12/2015 - 16:45" is dated "Thứ Năm, 31/12/2015 - 16:45")."""
    found = _POSTER.match(text) if len(text) <= DATELINE_MAX_CHARS else None
    if found is None:
        return text
    rest = text[found.end() :]
    return rest if _DATE_START.match(rest) and parse_dateline(rest).day else text


def dateline_date(page: Page, dateline: str | None, parts: ArticleParts) -> str | None:
    """Return the date line's day, else the declared publication day."""
    day = dateline_iso_date(dateline)
    if day:
        page.notes["dateline_date_from"] = "dateline"
        return day
    published = published_at(page, dateline)
    if published:
        page.notes["dateline_date_from"] = "published"
        return published[:10]
    return upload_day(page, parts)


def upload_day(page: Page, parts: ArticleParts) -> str | None:
    """Return the day the article's pictures were uploaded on, read from their paths."""
    day = first_upload_day(caption.image_url for caption in parts.captions)
    if day:
        page.notes["dateline_date_from"] = "upload-path"
    return day


def published_at(page: Page, dateline: str | None) -> str | None:
    """Return the declared publication time (JSON-LD, meta, `<time datetime>`), else the
    date line's time, in Vietnam time."""
    moment, source = declared_published(page, dateline, strict=True)
    if moment:
        page.notes["published_at_from"] = source
        return moment
    moment = _dateline_machine_time(page, dateline)
    if moment:
        page.notes["published_at_from"] = "dateline-attribute"
        return moment
    moment = dateline_timestamp(dateline)
    if moment:
        page.notes["published_at_from"] = "dateline"
    return moment


def declared_published(
    page: Page, dateline: str | None = None, *, strict: bool = False
) -> tuple[str | None, str]:
    """Return the declared publication time and its source, else (None, ""); `strict`, a
    time without a zone counts only when the printed date line confirms it."""
    # The article's own publication evidence: JSON-LD or meta, else a `<time datetime>`
    # outside the page chrome that is not labelled as another moment (an update).
    # The first declared value that reads as a time wins: a CMS may fill one field with a
    # value no parser reads ("2022-02-04ICT09:56:32") and another with the exact time.
    printed = parse_dateline(dateline)
    values = chain(metadata(page).published_candidates, _time_values(page))
    for value, source in values:
        moment = meta_timestamp(value)
        if not moment:
            continue
        if strict and not meta_has_zone(value) and not _confirms(printed, moment):
            # A time without a zone ("2022-02-04 02:56:32") may be UTC or local: only the
            # printed date line showing the same day and clock time tells which.
            page.notes["published_unconfirmed"] = value
            continue
        return moment, source
    return None, ""


def _time_values(page: Page) -> Iterator[tuple[str, str]]:
    # Lazily: the page's `<time>` elements are looked up only when no meta time serves;
    # in a feed of posts, the text's own post's time first.
    own = own_time(page)
    if own is not None:
        yield own.get("datetime") or "", "time"
    for element in _TIME(page.doc):
        if not in_chrome(element) and not _other_moment_time(element):
            yield element.get("datetime") or "", "time"


def _confirms(printed: Dateline, moment: str) -> bool:
    """Tell whether a printed date line shows a moment's day and clock time."""
    return (
        printed.day is not None
        and printed.clock is not None
        and printed.day.isoformat() == moment[:10]
        and f"{printed.clock:%H:%M}" == moment[11:16]
    )


def _dateline_machine_time(page: Page, dateline: str | None) -> str | None:
    # The element printing the article's date may carry its machine time in an attribute
    # (`<span title="2022-02-04T09:56:00+07:00">4 tháng 2, 2022</span>`): the element,
    # what it holds, and the wrappers holding nothing but that date. The time must fall
    # on the printed day (and minute, when one is printed): a different one is another
    # moment (an update, a cache time).
    element = dateline_element(page)
    printed = parse_dateline(dateline)
    if element is None or printed.day is None:
        return None
    candidates = [element, *element.iterdescendants()][:_DATE_ELEMENT_MAX_NODES]
    for ancestor in element.iterancestors():
        if (
            ancestor is page.block
            or len(element_text(ancestor)) > DATELINE_MAX_CHARS
            or parse_dateline(page_date_part(page, ancestor)) != printed
        ):
            break
        candidates.append(ancestor)
    for candidate in candidates:
        if not isinstance(candidate.tag, str):
            continue
        if (candidate.get("itemprop") or "").strip().lower() in _OTHER_MOMENT_PROPS:
            continue  # marked as the creation or an update
        found = attribute_moment(candidate)
        if found is None or date.fromisoformat(found[0][:10]) != printed.day:
            continue
        moment, zoned = found
        if printed.clock is not None and moment[11:16] != f"{printed.clock:%H:%M}":
            continue
        if not zoned and printed.clock is None:
            continue  # a zone-less time only the printed clock time could confirm
        return moment
    return None


def _declared_day(page: Page) -> date | None:
    if "declared_day" not in page.data:
        moment, _ = declared_published(page)
        page.data["declared_day"] = date.fromisoformat(moment[:10]) if moment else None
    day = page.data["declared_day"]
    return day if isinstance(day, date) else None


def page_date_part(page: Page, element: HtmlElement) -> str:
    """The date pieces of an element's text (see `date_part`), words in separate elements
    kept apart ("4:45 CH" then a "Chia sẻ" button is no "4:45 CHChia sẻ")."""
    return date_part(spaced_text(element), _declared_day(page))


def dateline_element(page: Page) -> HtmlElement | None:
    """Return (once per page) the element printing the article's own date."""
    if "dateline_element" in page.data:
        cached = page.data["dateline_element"]
        return cached if isinstance(cached, HtmlElement) else None
    found = _property_date(page)
    if found is not None:
        page.data["dateline_element"] = found
        return found
    dated: list[HtmlElement] = []
    for element in [*between_heading_and_text(page), *above_heading(page)]:
        if dated_by_repost(page, element):
            continue  # the time of the post quoting the article
        text = element_text(element)
        if len(text) <= DATELINE_MAX_CHARS and parse_dateline(page_date_part(page, element)).day:
            if any(is_inside(element, other) for other in dated):
                continue
            if _tooltip_names_other_moment(element):
                continue  # "Cập nhật lần cuối" on the icon before it: the page's revision
            dated.append(element)
            if len(dated) == 3:
                break
    if dated:
        found = dated[0]
        if _OTHER_MOMENT_LABEL.search(element_text(found)):
            found = _published_among(page, found, dated)
    if found is None:
        found = _date_opening_text(page)
    if found is None:
        found = _date_over_article(page)
    if found is None:
        found = _date_in_trail_bar(page)
    if found is None:
        found = _dated_time_in_main(page)
    if found is None:
        found = _short_dated_time(page)
        if found is not None:
            page.data["dateline_short_time"] = True
            page.data["dateline_element"] = found
            return found
    if found is not None:
        # The innermost element that still holds the whole date and time, and its label
        # ("Ngày đăng:" in an element of its own before the date's).
        printed = page_date_part(page, found)
        whole = parse_dateline(printed)
        match = _FIELD_LABEL.match(printed)
        label = match[0] if match else _label_set_apart(found, printed)
        for inner in found.iterdescendants():
            if not isinstance(inner.tag, str):
                continue
            text = page_date_part(page, inner)
            if parse_dateline(text) == whole and (label is None or text.startswith(label)):
                found = inner
    page.data["dateline_element"] = found
    return found


# A publication label without its colon ("Đăng ngày", "Ngày đăng", "Posted on").
_BARE_LABEL = re.compile(
    r"(?:ngày\s+(?:đăng|xuất\s+bản|phát\s+hành)|đăng(?:\s+(?:lúc|ngày|vào))?"
    r"|xuất\s+bản(?:\s+(?:lúc|ngày))?|published(?:\s+on)?|posted(?:\s+on)?)\s*:?",
    re.IGNORECASE,
)


def _label_set_apart(element: HtmlElement, printed: str) -> str | None:
    """The publication label an element opens with in bold of its own ("<strong>Đăng
    ngày</strong> <time>…</time>"): set as a field label, it needs no colon to be one (a
    plain "<span>Ngày đăng</span>" or "Đăng ngày <a>…</a>" is words before the date)."""
    if normalize(element.text):
        return None
    first = next((c for c in element if isinstance(c.tag, str) and element_text(c)), None)
    if first is None or first.tag not in ("b", "strong"):
        return None
    text = element_text(first)
    return text if _BARE_LABEL.fullmatch(text) and printed.startswith(text) else None


def _property_date(page: Page) -> HtmlElement | None:
    # The article's properties table names its publication date ("Ngày đăng | 04/02/2022
    # 09:56"): the row is the date line, label and value, whatever other date is printed
    # by the heading (a "last modified" line).
    row = property_row(page, "date")
    if row is None or not parse_dateline(page_date_part(page, row[1])).day:
        return None
    return row[0]


# The date line's row: the widest box around it that stays short and outside the text.
_DATE_ROW_MAX_CHARS = 150


def date_row(page: Page) -> HtmlElement | None:
    """The row the article's date line is printed in, outside the text block; None if none."""
    element = dateline_element(page)
    if element is None or page.block is None or is_inside(element, page.block):
        return None
    row = element
    for parent in element.iterancestors():
        if is_inside(page.block, parent) or len(element_text(parent)) > _DATE_ROW_MAX_CHARS:
            break
        row = parent
    return row


_ZONE = re.compile(r"\(?\s*(?:GMT|UTC|ICT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?", re.IGNORECASE)


def _date_opening_text(page: Page) -> HtmlElement | None:
    # The text block opens with the date line when the heading stands apart from it: one
    # of its first short lines that is a date and nothing else, or a publication label
    # and a date ("Đăng lúc 16:45 ngày 31/12/2015 (GMT+7)").
    for line in opening_lines(page):
        text = element_text(line)
        label = _BAR_DATE_LABEL.match(text)
        bare = _ZONE.sub(" ", text[label.end() :] if label else text)
        if parse_dateline(text).day and _only_date(bare) and not in_chrome(line):
            return line
    return None


_KICKER_MAX_WORDS = 5


def opening_kicker(page: Page) -> HtmlElement | None:
    """Return the short line right before a date line the text block opens with (the
    section's name over the date, "Chính trị"), when it is a few words and no sentence."""
    lines = opening_lines(page)
    found = dateline_element(page)
    for index, line in enumerate(lines[1:], start=1):
        if found is not None and is_inside(found, line):
            kicker = lines[index - 1]
            text = element_text(kicker)
            if (
                len(text.split()) <= _KICKER_MAX_WORDS
                and not any(char.isdigit() for char in text)
                and not re.search(r"[.:!?,;]", text)
            ):
                return kicker
    return None


def _date_over_article(page: Page) -> HtmlElement | None:
    # A date set on its own just over the article (a blog's date header over each day's
    # posts): the element right before the article's region, or right before one of its
    # nearest ancestors, holding nothing but a date; a masthead date sits further up,
    # with menus between it and the article.
    region = article_region(page)
    if region is None:
        region = page.heading
    if region is None:
        return None
    for level, node in enumerate((region, *region.iterancestors())):
        if level > _DATE_HEADER_LEVELS or node.tag in ("body", "html"):
            break
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is None:
            continue
        text = element_text(previous)
        if not text:
            continue
        if (
            len(text) <= _DATE_HEADER_MAX_CHARS
            and parse_dateline(text).day
            and not in_chrome(previous)
            and previous.find(".//a") is None
            and _only_date(text)
        ):
            return previous
        break  # other content comes first: no date header
    return None


_BEFORE_HEADING = XPath("preceding::*")
_TRAIL_BAR_REACH = 40
# "Ngày đăng:", "Đăng lúc", "Xuất bản:": a publication label before the bar's date.
_BAR_DATE_LABEL = re.compile(
    r"^\s*(?:ngày\s*đăng|đăng\s*(?:lúc|ngày)?|xuất\s*bản(?:\s*lúc)?|published)\s*:?\s*",
    re.IGNORECASE,
)
_DATE_LEAF_CHILDREN = 3
_TRAIL_LINKS = (2, 6)


def _date_in_trail_bar(page: Page) -> HtmlElement | None:
    # "Trang chủ › Du lịch      Thứ Sáu, 03/02/2017 - 15:10": the article's date set in
    # the breadcrumb bar over it. The bar holds the trail (two to six links, home first)
    # and the date alone; a masthead's today date sits among menus, logos and weather.
    if page.heading is None:
        return None
    before: list[HtmlElement] = _BEFORE_HEADING(page.heading)[-_TRAIL_BAR_REACH:]
    for element in reversed(before):
        if len(element) > _DATE_LEAF_CHILDREN or element.find(".//a") is not None:
            continue  # a box of several things, or a link: no date set on its own
        text = element_text(element)
        if not text or len(text) > _DATE_HEADER_MAX_CHARS or not any(c.isdigit() for c in text):
            continue
        printed = parse_dateline(text)
        label = _BAR_DATE_LABEL.match(text)
        bare = text[label.end() :] if label else text
        if printed.day is None or not _only_date(bare):
            continue
        if in_chrome(element) and not _in_declared_trail(element):
            continue
        declared = _declared_day(page)
        if declared is not None and printed.day != declared:
            continue
        bar = element.getparent()
        if bar is None:
            continue
        links = [a for a in bar.iter("a") if a.get("href") is not None]
        if not _TRAIL_LINKS[0] <= len(links) <= _TRAIL_LINKS[1]:
            continue
        home = (links[0].get("href") or "").strip()
        rest = element_text(bar).replace(text, " ")
        for link in links:
            rest = rest.replace(element_text(link) or "\x00", " ")
        at_home = home in ("", "/", "./") or ("//" in home and home.rstrip("/").count("/") <= 2)
        if at_home and not re.sub(r"[\s>/»›|→:\-–]", "", rest):
            return element
    return None


def _in_declared_trail(element: HtmlElement) -> bool:
    """Tell whether an element lies in a `<nav>` that declares itself the breadcrumb trail
    (`aria-label`, schema.org `BreadcrumbList`): page chrome that still files the article."""
    for node in element.iterancestors("nav"):
        label = f"{node.get('aria-label') or ''} {node.get('itemtype') or ''}".lower()
        return "breadcrumb" in label or "đường dẫn" in label
    return False


def _published_among(page: Page, found: HtmlElement, dated: list[HtmlElement]) -> HtmlElement:
    # "Ngày cập nhật: …" (or "Ngày nhận: …", "In ngày: …") first and "Ngày đăng: …" after,
    # in separate elements or in one row: the article's own date is the day it was
    # published; a date with no label beats one labelled as another moment.
    pool = [*dated[1:]]
    for inner in [*found.iterdescendants()][:_DATE_ELEMENT_MAX_NODES]:
        if isinstance(inner.tag, str) and parse_dateline(page_date_part(page, inner)).day:
            pool.append(inner)
    texts = {id(element): element_text(element) for element in pool}
    published = [
        e
        for e in pool
        if _PUBLISHED_LABEL.search(texts[id(e)]) and not _OTHER_MOMENT_LABEL.search(texts[id(e)])
    ]
    if published:
        return published[0]
    inside = [
        e for e in pool if is_inside(e, found) and not _OTHER_MOMENT_LABEL.search(texts[id(e)])
    ]
    return inside[0] if inside else found


_TOOLTIPS = ("title", "aria-label")


def _tooltip_names_other_moment(element: HtmlElement) -> bool:
    """Tell whether the icons labelling a date only by their tooltip (`title`,
    `aria-label`: on the element, inside it or right before it) name another moment than
    publication ("Cập nhật lần cuối", "Ngày tạo"), and neither they nor the printed text
    name the publication ("Ngày đăng:")."""
    previous = element.getprevious()
    nodes = [element, *islice(element.iterdescendants(), _DATE_ELEMENT_MAX_NODES)]
    if previous is not None:
        nodes.append(previous)
    labels = " ".join(
        n.get(name) or "" for n in nodes if isinstance(n.tag, str) for name in _TOOLTIPS
    )
    shown = f"{element_text(previous)} {element_text(element)}"
    return bool(_OTHER_MOMENT_LABEL.search(labels)) and not _PUBLISHED_LABEL.search(
        f"{labels} {shown}"
    )


def _other_moment_time(element: HtmlElement) -> bool:
    """Tell whether a `<time>` is marked or labelled as another moment than publication
    (`itemprop="dateModified"`, "Cập nhật: <time>")."""
    if (element.get("itemprop") or "").strip().lower() in _OTHER_MOMENT_PROPS:
        return True
    previous = element.getprevious()
    if previous is not None:
        label = f"{element_text(previous)} {previous.tail or ''}"
    else:
        parent = element.getparent()
        label = (parent.text or "") if parent is not None else ""
    return bool(_OTHER_MOMENT_LABEL.search(label[-_TIME_LABEL_CHARS:]))
