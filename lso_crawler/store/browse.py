"""Columns and tables that the browsing pages read, derived from versions and events.

Pages must answer quickly at 100,000+ articles, so nothing they show is computed per
request from `versions` (joins, json_each, diffs). Instead, after each batch of writes,
ingest calls `refresh_articles(db, ids)`, which recomputes for those articles:

- on `articles`: byline, authors, tags (JSON lists), year, version_count,
  current_version_id, and the last change: last_change_at, last_change_kind,
  last_changed_fields, last_diff_snippet;
- the `changes` table: one row per change (each version from 2 on, each lifecycle event)
  with the title, category, kind, changed fields and a plain-text word-diff snippet, so
  "recent changes" is an index range scan (see `lso_crawler.store.queries`).

`rebuild(db)` does the same for every article (after a full `lso reparse`).
Full-text search needs nothing here: `versions_fts` is kept by triggers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlite_utils import Database

from lso_crawler.store import history
from lso_crawler.versions import diff_articles
from lso_crawler.versions.diff import diff_snippet
from lso_crawler.versions.views import create_views

BATCH = 400  # articles per round of IN (...) queries
SNIPPET_LIMIT = 280
INITIAL = "initial"

# Columns of versions read here; lead and body only when a snippet must be computed.
_META = (
    "id, article_id, version, captured_at, title, byline, authors, tags, category,"
    " dateline_date, published_at, change_kind, changed_fields, chars_added, chars_removed"
)


def _connection(db: Database | sqlite3.Connection) -> sqlite3.Connection:
    return db.conn if isinstance(db, Database) else db


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return [dict(row) for row in cursor.execute(sql, params).fetchall()]


def _chunks(ids: Sequence[int], size: int = BATCH) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _year(row: dict[str, Any], article: dict[str, Any]) -> str | None:
    for value in (row.get("dateline_date"), row.get("published_at"), article.get("published_at")):
        if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
            return value[:4]
    return None


def refresh_articles(db: Database | sqlite3.Connection, article_ids: Iterable[int]) -> None:
    """Recompute the derived columns and `changes` rows of these articles (one transaction)."""
    conn = _connection(db)
    ids = sorted({int(i) for i in article_ids})
    if not ids:
        return
    has = history.columns(conn, "versions")
    conn.execute("savepoint lso_browse_refresh")
    try:
        for chunk in _chunks(ids):
            _refresh_chunk(conn, chunk, has)
    except BaseException:
        conn.execute("rollback to lso_browse_refresh")
        conn.execute("release lso_browse_refresh")
        raise
    # Commits unless the caller had a transaction open: then it is the caller's to commit.
    conn.execute("release lso_browse_refresh")


def rebuild(db: Database | sqlite3.Connection) -> int:
    """Recompute every article's derived columns and changes; returns the article count."""
    conn = _connection(db)
    ids = [row[0] for row in conn.execute("select id from articles order by id")]
    for chunk in _chunks(ids, BATCH * 10):
        refresh_articles(conn, chunk)
    return len(ids)


def _refresh_chunk(conn: sqlite3.Connection, ids: Sequence[int], has: set[str]) -> None:
    marks = ",".join("?" * len(ids))
    articles = {
        a["id"]: a for a in _rows(conn, f"select * from articles where id in ({marks})", ids)
    }
    extra = ", diff_snippet" if "diff_snippet" in has else ""
    versions: dict[int, list[dict[str, Any]]] = {}
    for row in _rows(
        conn,
        f"select {_META}{extra} from versions where article_id in ({marks})"
        " order by article_id, version",
        ids,
    ):
        versions.setdefault(row["article_id"], []).append(row)
    events: dict[int, list[dict[str, Any]]] = {}
    for row in _rows(
        conn,
        f"select id, article_id, time, kind, detail from events where article_id in ({marks})"
        " order by article_id, time, id",
        ids,
    ):
        events.setdefault(row["article_id"], []).append(row)
    # Snippets already computed for a version are kept; only new versions need a diff.
    known = {
        (row["article_id"], row["version"]): row["diff_snippet"]
        for row in _rows(
            conn,
            f"select article_id, version, diff_snippet from changes"
            f" where article_id in ({marks}) and version is not null",
            ids,
        )
    }
    conn.execute(f"delete from changes where article_id in ({marks})", ids)
    change_rows: list[tuple[Any, ...]] = []
    updates: list[dict[str, Any]] = []
    for article_id in ids:
        article = articles.get(article_id)
        if article is None:
            continue
        rows = versions.get(article_id, [])
        changes = _article_changes(conn, article, rows, events.get(article_id, []), known)
        change_rows.extend(changes)
        updates.append(_article_columns(article, rows, changes))
    conn.executemany(
        "insert into changes (article_id, time, version, kind, changed_fields, chars_added,"
        " chars_removed, detail, diff_snippet, title, category, latest)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        change_rows,
    )
    conn.executemany(
        "update articles set byline = :byline, authors = :authors, tags = :tags, year = :year,"
        " version_count = :version_count, current_version_id = :current_version_id,"
        " last_change_at = :last_change_at, last_change_kind = :last_change_kind,"
        " last_changed_fields = :last_changed_fields, last_diff_snippet = :last_diff_snippet"
        " where id = :id",
        updates,
    )


def _article_changes(
    conn: sqlite3.Connection,
    article: dict[str, Any],
    rows: list[dict[str, Any]],
    events: list[dict[str, Any]],
    known: dict[tuple[int, int], str | None],
) -> list[tuple[Any, ...]]:
    """The article's changes as `changes` rows, oldest first, the newest marked latest."""
    items: list[list[Any]] = []
    for row in rows[1:]:
        key = (row["article_id"], row["version"])
        snippet = row.get("diff_snippet")
        if snippet is None:
            snippet = known.get(key)
        if snippet is None:
            snippet = _compute_snippet(conn, row["article_id"], row["version"])
        items.append(
            [
                row["article_id"],
                row["captured_at"],
                row["version"],
                row["change_kind"] or "unclassified",
                row["changed_fields"],
                row["chars_added"],
                row["chars_removed"],
                None,
                snippet,
                row["title"],
                row["category"] or article.get("category"),
                0,
            ]
        )
    for event in events:
        items.append(
            [
                event["article_id"],
                event["time"],
                None,
                event["kind"],
                None,
                None,
                None,
                event["detail"],
                None,
                article.get("title") or (rows[-1]["title"] if rows else None),
                article.get("category"),
                0,
            ]
        )
    # Stable: at equal times a version sorts before the event recorded with it.
    items.sort(key=lambda item: item[1] or "")
    if items:
        items[-1][-1] = 1
    return [tuple(item) for item in items]


def _article_columns(
    article: dict[str, Any], rows: list[dict[str, Any]], changes: list[tuple[Any, ...]]
) -> dict[str, Any]:
    current = next(
        (r for r in rows if r["version"] == article.get("current_version")),
        rows[-1] if rows else {},
    )
    out: dict[str, Any] = {
        "id": article["id"],
        "byline": current.get("byline"),
        "authors": current.get("authors"),
        "tags": current.get("tags"),
        "year": _year(current, article),
        "version_count": len(rows),
        "current_version_id": current.get("id"),
    }
    if changes:
        last = changes[-1]
        out.update(
            last_change_at=last[1],
            last_change_kind=last[3],
            last_changed_fields=last[4],
            last_diff_snippet=last[8],
        )
    else:
        out.update(
            last_change_at=rows[0]["captured_at"] if rows else article.get("first_seen"),
            last_change_kind=INITIAL if rows else None,
            last_changed_fields=None,
            last_diff_snippet=None,
        )
    return out


def _compute_snippet(conn: sqlite3.Connection, article_id: int, version: int) -> str | None:
    """The word-diff snippet of `version` against the one before it, computed now."""
    pair = _rows(
        conn,
        "select * from versions where article_id = ? and version in (?, ?) order by version",
        [article_id, version - 1, version],
    )
    if len(pair) != 2:
        return None
    try:
        diff = diff_articles(history.content(pair[0]), history.content(pair[1]))
    except Exception:  # a broken stored row must not stop the refresh of the others
        return None
    return diff_snippet(diff, SNIPPET_LIMIT)


# Schema ---------------------------------------------------------------------------

ARTICLE_COLUMNS = {
    "byline": str,
    "authors": str,  # JSON list, from the current version
    "tags": str,  # JSON list, from the current version
    "year": str,  # of dateline_date, else published_at
    "version_count": int,
    "current_version_id": int,  # versions.id of the current version
    "last_change_at": str,  # the newest change (version 2+ or event), else version 1's time
    "last_change_kind": str,  # initial, substantive, minor, gone, back, redirected, ...
    "last_changed_fields": str,  # JSON list
    "last_diff_snippet": str,
}
# Every sort and facet the pages use, so none scans the large versions rows.
INDEXES = {
    "articles": [
        ["last_change_at"],
        ["last_change_kind", "last_change_at"],
        ["category", "last_change_at"],
        ["status", "last_change_at"],
        ["year"],
        ["last_seen"],
    ],
    "versions": [
        ["captured_at"],
        ["change_kind", "captured_at"],
        # Covers the category and parser facets, filtered by change_kind or not. (Indexes
        # on category or parser alone tempt the planner into scanning the table.)
        ["change_kind", "category", "parser"],
    ],
    "events": [["kind", "time"]],
    "fetches": [["fetched_at"], ["status"], ["run_id"]],
    "changes": [
        ["time"],
        ["kind", "time"],
        ["category", "time"],
        ["latest", "time"],
        ["article_id", "time"],
    ],
}
# unicode61 with remove_diacritics 2 folds every Vietnamese vowel mark (1 leaves letters
# with two marks, such as ế, alone); đ is not a diacritic to it: see lso_crawler.search.
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


def install(db: Database) -> None:
    """Add the derived columns, the changes table, the indexes and the diacritic-blind FTS."""
    articles = db.table("articles")
    existing = set(articles.columns_dict)
    for name, kind in ARTICLE_COLUMNS.items():
        if name not in existing:
            articles.add_column(name, kind)
    db.table("changes").create(
        {
            "id": int,
            "article_id": int,
            "time": str,  # UTC ISO 8601, like every stored time
            "version": int,  # null for a lifecycle event
            "kind": str,
            "changed_fields": str,
            "chars_added": int,
            "chars_removed": int,
            "detail": str,  # an event's detail
            "diff_snippet": str,
            "title": str,
            "category": str,
            "latest": int,  # 1 on each article's newest change
        },
        pk="id",
        if_not_exists=True,
    )
    for table, indexes in INDEXES.items():
        for columns in indexes:
            db.table(table).create_index(columns, if_not_exists=True)
    db.table("versions").enable_fts(
        ["title", "lead", "body"], create_triggers=True, tokenize=FTS_TOKENIZE, replace=True
    )
    db.execute("drop view if exists article_overview")
    create_views(db)
