"""When to look at a known article again (`LSO_RECHECK=due`), in the spirit of NewsDiffs.

The schedule is data: rows of (while the article is younger than, or changed more
recently than, `within` -> look again every `every`). The first row that fits wins;
past the last row the article is checked `RECHECK_AFTER_LAST`. Override it with the
setting `LSO_RECHECK_SCHEDULE`, a JSON list of `[within_hours, every_hours]` pairs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Step:
    """While younger (or more recently changed) than `within`, check every `every`."""

    within: timedelta
    every: timedelta


DEFAULT_SCHEDULE: tuple[Step, ...] = (
    Step(within=3 * HOUR, every=timedelta(0)),  # fresh news changes most: every run
    Step(within=24 * HOUR, every=HOUR),
    Step(within=7 * 24 * HOUR, every=3 * HOUR),
    Step(within=30 * 24 * HOUR, every=24 * HOUR),
    Step(within=365 * 24 * HOUR, every=7 * 24 * HOUR),
)
RECHECK_AFTER_LAST = 30 * 24 * HOUR  # monthly for ever: deletions of old articles matter too


def parse_schedule(value: str | Sequence[Sequence[float]] | None) -> tuple[Step, ...]:
    """The schedule from a setting value (JSON text or pairs of hours), or the default."""
    if value in (None, ""):
        return DEFAULT_SCHEDULE
    pairs = json.loads(value) if isinstance(value, str) else value
    steps = tuple(Step(within=h * HOUR, every=e * HOUR) for h, e in pairs)
    if list(steps) != sorted(steps, key=lambda step: step.within):
        raise ValueError("LSO_RECHECK_SCHEDULE rows must grow in `within`")
    return steps


def recheck_interval(
    now: datetime, published: datetime, last_changed: datetime | None, schedule: Sequence[Step]
) -> timedelta:
    """How long to wait between checks of an article of this age and change history.

    `published` is the publication time (or when the article was first seen); `last_changed`
    when a new version was last found, None if it never changed.
    """
    age = now - published
    freshness = min(age, now - last_changed) if last_changed else age
    for step in schedule:
        if freshness < step.within:
            return step.every
    return RECHECK_AFTER_LAST


def is_due(
    now: datetime,
    published: datetime,
    last_changed: datetime | None,
    last_checked: datetime,
    schedule: Sequence[Step] = DEFAULT_SCHEDULE,
) -> bool:
    """Whether the article should be fetched again now."""
    return now - last_checked >= recheck_interval(now, published, last_changed, schedule)
