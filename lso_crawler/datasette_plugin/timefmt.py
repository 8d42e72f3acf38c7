"""Times as readers in Lạng Sơn read them: Vietnam time (+07:00), UTC kept for a tooltip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from markupsafe import Markup

from lso_crawler.parsers.site_facts import VIETNAM_TZ


def parse(value: str | None) -> datetime | None:
    """A stored ISO 8601 time (UTC unless it has an offset), or None."""
    if not value or not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def vietnam(value: str | None) -> str:
    """`2026-11-01 15:00 (+07:00)`, or the value unchanged when it is not a usable time."""
    moment = parse(value)
    if moment is None:
        return value or ""
    try:
        return moment.astimezone(VIETNAM_TZ).strftime("%Y-%m-%d %H:%M") + " (+07:00)"
    except (AttributeError, OverflowError, ValueError):
        return value or ""


def time_tag(value: str | None) -> Markup:
    """<time> showing Vietnam time, with UTC in its tooltip and datetime attribute."""
    moment = parse(value)
    try:
        utc = moment.astimezone(UTC).isoformat(timespec="seconds")  # type: ignore[union-attr]
    except (AttributeError, OverflowError, ValueError):
        return Markup("{}").format(value or "")
    return Markup('<time datetime="{}" title="UTC: {}">{}</time>').format(
        utc, utc.replace("+00:00", "Z"), vietnam(value)
    )


def day_start_utc(day: str | None, *, next_day: bool = False) -> str | None:
    """The UTC time at which a Vietnam calendar day (YYYY-MM-DD) starts; None if invalid."""
    if not day:
        return None
    try:
        moment = datetime.strptime(day.strip()[:10], "%Y-%m-%d").replace(tzinfo=VIETNAM_TZ)
        if next_day:
            moment += timedelta(days=1)
        return moment.astimezone(UTC).isoformat(timespec="seconds")
    except (OverflowError, ValueError):
        return None
