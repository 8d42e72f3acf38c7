"""Read articles, versions, events and changes from the database (sqlite3, read-only)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from lso_crawler.parsers.base import CONTENT_FIELDS

KindFilter = Literal["substantive", "minor", "all"]
_JSON_FIELDS = ("captions", "authors", "tags")


def connect(path: str | Path) -> sqlite3.Connection:
    """Open an existing database read-only; FileNotFoundError if there is none."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no database at {path}")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    """Rows as dicts, whatever the connection's own row factory (Datasette sets one)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return [dict(row) for row in cursor.execute(sql, params).fetchall()]


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """Column names of `table` (empty if the table does not exist)."""
    return {row["name"] for row in _rows(conn, "select name from pragma_table_info(?)", [table])}


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """The `articles` row, or None."""
    rows = _rows(conn, "select * from articles where id = ?", [article_id])
    return rows[0] if rows else None


def versions(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """All `versions` rows of an article, oldest first."""
    return _rows(conn, "select * from versions where article_id = ? order by version", [article_id])


def content(row: Mapping[str, Any]) -> dict[str, Any]:
    """A `versions` row as an `Article.content()`-shaped dict (JSON columns decoded)."""
    out = {name: row.get(name) for name in CONTENT_FIELDS}
    for name in _JSON_FIELDS:
        value = out[name]
        out[name] = json.loads(value) if isinstance(value, str) and value else []
    return out


def events(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """Lifecycle events (gone, back, redirected, ...) of an article, newest first."""
    if not columns(conn, "events"):
        return []
    return _rows(
        conn,
        "select time, kind, detail from events where article_id = ? order by time desc, id desc",
        [article_id],
    )


def capture_pointer(conn: sqlite3.Connection, fetch_id: int | None) -> tuple[str, int] | None:
    """(warc_file, warc_offset) of a fetch, or None if unknown or not recorded."""
    if fetch_id is None or not {"warc_file", "warc_offset"} <= columns(conn, "fetches"):
        return None
    rows = _rows(conn, "select warc_file, warc_offset from fetches where id = ?", [fetch_id])
    if not rows or rows[0]["warc_file"] is None or rows[0]["warc_offset"] is None:
        return None
    return rows[0]["warc_file"], int(rows[0]["warc_offset"])


_VERSION_CHANGES = """
select v.captured_at as time, v.article_id, v.version, v.title, v.changed_fields,
       v.change_kind as kind, v.chars_added, v.chars_removed, null as detail
from versions v
where v.version > 1
  and (:kind = 'all' or v.change_kind = :kind)
  and (:since is null or v.captured_at >= :since)
"""
_EVENT_CHANGES = """
select e.time, e.article_id, null, a.title, null, e.kind, null, null, e.detail
from events e left join articles a on a.id = e.article_id
where :kind != 'minor' and (:since is null or e.time >= :since)
"""


def recent_changes(
    conn: sqlite3.Connection, *, since: str | None = None, kind: KindFilter = "all", limit: int = 50
) -> list[dict[str, Any]]:
    """New versions (v2 onwards) and lifecycle events, newest first.

    `kind` filters versions by change_kind; events are shown except with `minor`.
    `since` is compared as text with the stored ISO 8601 UTC times.
    """
    sql = _VERSION_CHANGES
    if columns(conn, "events"):
        sql += " union all " + _EVENT_CHANGES
    sql = f"select * from ({sql}) order by time desc, article_id desc limit :limit"
    out = []
    for item in _rows(conn, sql, {"kind": kind, "since": since, "limit": limit}):
        fields = item["changed_fields"]
        item["changed_fields"] = json.loads(fields) if fields else []
        out.append(item)
    return out
