"""Read articles, versions and events from the database (sqlite3, read-only).

Recent changes are defined in `lso_crawler.store.queries`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lso_crawler.parsers.base import CONTENT_FIELDS

_JSON_FIELDS = ("captions", "authors", "tags")


def connect(path: str | Path) -> sqlite3.Connection:
    """Open an existing database read-only; FileNotFoundError if there is none."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no database at {path}")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def select_rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    """Rows as dicts, whatever the connection's own row factory (Datasette sets one)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return [dict(row) for row in cursor.execute(sql, params).fetchall()]


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """Column names of `table` (empty if the table does not exist)."""
    return {
        row["name"] for row in select_rows(conn, "select name from pragma_table_info(?)", [table])
    }


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """The `articles` row, or None."""
    rows = select_rows(conn, "select * from articles where id = ?", [article_id])
    return rows[0] if rows else None


def versions(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """All `versions` rows of an article, oldest first."""
    return select_rows(
        conn, "select * from versions where article_id = ? order by version", [article_id]
    )


def json_list(value: Any) -> list[Any]:
    """A stored JSON list column decoded; [] for null, broken JSON or JSON of another shape."""
    if not isinstance(value, str) or not value:
        return []
    try:
        decoded = json.loads(value)
    except ValueError:
        return []
    return decoded if isinstance(decoded, list) else []


def _stored_list(name: str, value: Any) -> list[Any]:
    """A JSON column decoded to the shape content has; [] for null, broken or other JSON."""
    decoded = json_list(value)
    if name != "captions":
        return [str(item) for item in decoded if item is not None]
    return [
        {"image_url": str(item.get("image_url") or ""), "text": _optional_text(item.get("text"))}
        for item in decoded
        if isinstance(item, dict)
    ]


def _optional_text(value: Any) -> str | None:
    return None if value is None else str(value)


def content(row: Mapping[str, Any]) -> dict[str, Any]:
    """A `versions` row as an `Article.content()`-shaped dict (JSON columns decoded).

    A stored JSON column that is broken or of another shape reads as an empty list.
    """
    out = {name: row.get(name) for name in CONTENT_FIELDS}
    for name in _JSON_FIELDS:
        out[name] = _stored_list(name, out[name])
    return out


def events(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """Lifecycle events (gone, back, redirected, ...) of an article, newest first."""
    if not columns(conn, "events"):
        return []
    return select_rows(
        conn,
        "select time, kind, detail from events where article_id = ? order by time desc, id desc",
        [article_id],
    )


def capture_pointer(conn: sqlite3.Connection, fetch_id: int | None) -> tuple[str, int] | None:
    """(warc_file, warc_offset) of a fetch, or None if unknown or not recorded."""
    if fetch_id is None or not {"warc_file", "warc_offset"} <= columns(conn, "fetches"):
        return None
    rows = select_rows(conn, "select warc_file, warc_offset from fetches where id = ?", [fetch_id])
    if not rows or rows[0]["warc_file"] is None or rows[0]["warc_offset"] is None:
        return None
    return rows[0]["warc_file"], int(rows[0]["warc_offset"])
