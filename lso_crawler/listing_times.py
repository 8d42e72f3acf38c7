"""Publication times as listings, RSS feeds and news sitemaps show them, made ISO +07:00."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from dateutil.parser import isoparse

from lso_crawler.parsers.site_facts import VIETNAM_TZ

# Listing cards show e.g. "09:56 | 04/02/2022" (day first).
_CARD_TIME = re.compile(r"(\d{1,2}):(\d{2})\s*\|\s*(\d{1,2})/(\d{1,2})/(\d{4})")


def card_time(text: str) -> str | None:
    """Parse a listing card's `HH:MM | DD/MM/YYYY`, else None."""
    match = _CARD_TIME.search(text or "")
    if not match:
        return None
    hour, minute, day, month, year = (int(g) for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, tzinfo=VIETNAM_TZ).isoformat()
    except ValueError:
        return None


def rss_time(text: str | None) -> str | None:
    """Parse an RSS `pubDate` (RFC 822), else None."""
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM_TZ)
    return moment.astimezone(VIETNAM_TZ).isoformat()


def sitemap_time(text: str | None) -> str | None:
    """Parse a sitemap's W3C datetime, else None (a bare date is not a time)."""
    if not text or "T" not in text:
        return None
    try:
        moment = isoparse(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM_TZ)
    return moment.astimezone(VIETNAM_TZ).isoformat()


def more_precise(new: str, old: str) -> bool:
    """Whether time `new` says more than `old`: the same minute, with seconds."""
    return new[:16] == old[:16] and old[16:19] in ("", ":00") and new[16:19] not in ("", ":00")


def best_publication_time(page: str | None, listed: str | None) -> str | None:
    """An article's best known publication time: the page's own, unless a listing shows the
    same minute with seconds; a listing's when the page shows none. Order-independent."""
    if page is None:
        return listed
    if listed is not None and more_precise(listed, page):
        return listed
    return page
