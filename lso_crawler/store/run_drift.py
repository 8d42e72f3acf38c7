"""Reads and writes of the layout drift figures of runs (the decision is `lso_crawler.drift`)."""

from __future__ import annotations

import json
from typing import Any

from lso_crawler.drift import DriftAlert, to_json
from lso_crawler.store.database import Store


def baseline_parser_stats(store: Store, before_run: int | None, limit: int) -> list[Any]:
    """The `parser_stats` of the last `limit` finished runs before `before_run`, newest first."""
    rows = store.conn.execute(
        "select parser_stats from runs where finished_at is not null and parser_stats is not null"
        " and parser_stats != '{}'"  # a run that read no article (an image backfill) is no baseline
        " and id < coalesce(?, 9223372036854775807) order by id desc limit ?",
        [before_run, limit],
    ).fetchall()
    out = []
    for (value,) in rows:
        try:
            out.append(json.loads(value))
        except (TypeError, ValueError):
            continue  # a damaged row is no baseline
    return out


def save_drift(store: Store, run_id: int, alerts: list[DriftAlert] | None) -> None:
    """Record a run's drift alerts in `runs.drift`: `[]` checked and none, None not judged."""
    value = None if alerts is None else to_json(alerts)
    with store.transaction():
        store.conn.execute("update runs set drift = ? where id = ?", [value, run_id])
