"""The SQLite database: schema, transactions and the rows the project reads and writes.

A data layer only: what a capture means (a new version, a gone article, an alias) is decided
in `lso_crawler.ingest` and the pure modules it calls; this module stores the decision.

Writes go through plain parameterised `sqlite3` statements inside `transaction()`, which
opens `BEGIN IMMEDIATE` (or a savepoint when nested): a writer waits for the write lock up to
BUSY_TIMEOUT_MS instead of failing half-way, and a batch of captures commits at once.
sqlite-utils serves the schema migrations and ad-hoc reads (`store.db`).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from lso_crawler.listing_times import best_publication_time, more_precise
from lso_crawler.runlock import process_alive
from lso_crawler.schedule import Step, is_due
from lso_crawler.store.schema import migrate

# Kept through a bulk load: reparse finds the original of a revisit by its record id.
RECORD_ID_INDEX = "idx_fetches_warc_record_id"
# A writer (crawl, reparse) holds the lock for one batch; readers never block in WAL mode.
BUSY_TIMEOUT_MS = 60_000

# Columns each table may be written with: the statements below are built from these names
# only, never from input.
_COLUMNS: dict[str, frozenset[str]] = {
    table: frozenset(names.split())
    for table, names in {
        "fetches": "run_id url method status fetched_at article_id content_type size error "
        "outcome warc_file warc_offset warc_length warc_record_id warc_date warc_type "
        "payload_digest",
        "articles": "id url title category published_at first_seen last_seen last_checked "
        "last_changed status current_version etag last_modified",
        "versions": "article_id version captured_at url title dateline dateline_date "
        "published_at lead body captions byline authors category tags parser parse_notes "
        "content_hash fetch_id changed_fields change_kind chars_added chars_removed diff "
        "diff_snippet",
        "events": "article_id time kind detail fetch_id",
        "runs": "started_at finished_at outcome finish_reason base_url pages_fetched "
        "new_articles new_versions unchanged parse_errors http_errors robots_blocked stats pid "
        "errors bytes_archived warc_files gone redirected parser_stats",
    }.items()
}


class StoreError(RuntimeError):
    """The database cannot be opened as asked (missing for a reader, not SQLite)."""


def iso_utc(moment: datetime) -> str:
    """Format an aware datetime as ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class Store:
    """The project's SQLite database. A context manager; `readonly=True` never creates it."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        memory = self.path == ":memory:"
        if readonly:
            if memory or not Path(self.path).is_file():
                raise StoreError(f"no database at {self.path}")
            conn = sqlite3.connect(
                f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
        else:
            if not memory:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            conn.close()
            raise StoreError(f"{self.path} is not an SQLite database ({error})") from None
        self.conn = conn
        self.db = Database(conn)
        self.readonly = readonly
        self._depth = 0
        if not readonly:
            if not memory:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.db)
            self.finish_bulk_load()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    # Transactions -------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: BEGIN IMMEDIATE at the outermost level, a savepoint inside."""
        name = f"sp{self._depth}"
        self.conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction() is open."""
        return self._depth > 0

    # Generic rows -------------------------------------------------------------

    def _insert(self, table: str, row: Mapping[str, Any]) -> int:
        names = [name for name in row if name in _COLUMNS[table] or name == "id"]
        if len(names) != len(row):
            unknown = sorted(set(row) - set(names))
            raise KeyError(f"not a column of {table}: {', '.join(unknown)}")
        placeholders = ", ".join("?" for _ in names)
        cursor = self.conn.execute(
            f"insert into {table} ({', '.join(names)}) values ({placeholders})",
            [row[name] for name in names],
        )
        return int(cursor.lastrowid or 0)

    def _update(self, table: str, row_id: int, row: Mapping[str, Any]) -> None:
        if not row:
            return
        names = [name for name in row if name in _COLUMNS[table]]
        if len(names) != len(row):
            raise KeyError(f"not a column of {table}: {', '.join(sorted(set(row) - set(names)))}")
        assignments = ", ".join(f"{name} = ?" for name in names)
        self.conn.execute(
            f"update {table} set {assignments} where id = ?", [*(row[n] for n in names), row_id]
        )

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        cursor = self.conn.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def count(self, table: str) -> int:
        """Rows in one of the project's tables."""
        if table not in _COLUMNS and table not in ("aliases", "frontier", "listing_times"):
            raise KeyError(table)
        return int(self.conn.execute(f"select count(*) from {table}").fetchone()[0])

    # Runs ---------------------------------------------------------------------

    def start_run(self, started_at: datetime, base_url: str) -> int:
        """Insert a run row for a crawl that starts now; returns its id."""
        self.close_stale_runs()
        with self.transaction():
            return self._insert(
                "runs",
                {
                    "started_at": iso_utc(started_at),
                    "base_url": base_url,
                    "outcome": "running",
                    "pid": os.getpid(),
                },
            )

    def close_stale_runs(self) -> list[int]:
        """Mark runs left 'running' by a process that no longer exists as 'interrupted'."""
        stale = [
            run_id
            for run_id, pid in self.conn.execute(
                "select id, pid from runs where outcome = 'running'"
            ).fetchall()
            if pid != os.getpid() and not process_alive(pid)
        ]
        if stale and not self.readonly:
            with self.transaction():
                for run_id in stale:
                    self._update(
                        "runs", run_id, {"outcome": "interrupted", "finish_reason": "killed"}
                    )
        return stale

    def last_run(self) -> dict[str, Any] | None:
        """The most recent run row, or None."""
        return self._one("select * from runs order by id desc limit 1")

    def run(self, run_id: int) -> dict[str, Any] | None:
        """One run row, or None."""
        return self._one("select * from runs where id = ?", [run_id])

    def recent_runs(self, limit: int) -> list[dict[str, Any]]:
        """The last `limit` finished runs, newest first."""
        cursor = self.conn.execute(
            "select * from runs where finished_at is not null order by id desc limit ?", [limit]
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def finish_run(
        self, run_id: int, finished_at: datetime, outcome: str, counts: Mapping[str, Any]
    ) -> None:
        """Complete a run row with its outcome and counts (dicts stored as JSON)."""
        row = {"finished_at": iso_utc(finished_at), "outcome": outcome, **counts}
        for name in ("stats", "errors", "parser_stats", "warc_files"):
            if isinstance(row.get(name), dict | list):
                row[name] = json.dumps(row[name], default=str, sort_keys=True)
        with self.transaction():
            self._update("runs", run_id, row)

    # Fetches ------------------------------------------------------------------

    def insert_fetch(self, row: Mapping[str, Any]) -> int:
        """Insert a `fetches` row; returns its id."""
        return self._insert("fetches", row)

    def update_fetch(self, fetch_id: int, row: Mapping[str, Any]) -> None:
        """Change columns of a `fetches` row."""
        self._update("fetches", fetch_id, row)

    def fetch_by_record(self, record_id: str) -> dict[str, Any] | None:
        """The fetch row of a WARC record, or None."""
        return self._one("select * from fetches where warc_record_id = ?", [record_id])

    def ingested_records(self) -> set[str]:
        """WARC-Record-IDs whose ingest is final (parse failures are tried again)."""
        rows = self.conn.execute(
            "select warc_record_id from fetches where warc_record_id is not null "
            "and coalesce(outcome, '') != 'parse_failed'"
        )
        return {row[0] for row in rows}

    # Articles and versions ----------------------------------------------------

    def article(self, article_id: int) -> dict[str, Any] | None:
        """The `articles` row, or None."""
        return self._one("select * from articles where id = ?", [article_id])

    def current_version(self, article_id: int) -> dict[str, Any] | None:
        """The article's current `versions` row, or None."""
        return self._one(
            "select v.* from articles a join versions v "
            "on v.article_id = a.id and v.version = a.current_version where a.id = ?",
            [article_id],
        )

    def insert_article(self, row: Mapping[str, Any]) -> None:
        """Insert an `articles` row (with its id)."""
        self._insert("articles", row)

    def update_article(self, article_id: int, row: Mapping[str, Any]) -> None:
        """Change columns of an `articles` row."""
        self._update("articles", article_id, row)

    def insert_version(self, row: Mapping[str, Any]) -> int:
        """Insert a `versions` row; returns its id."""
        return self._insert("versions", row)

    def first_seen(self, article_id: int) -> datetime | None:
        """When the article was first stored, or None if it is unknown."""
        row = self.conn.execute(
            "select first_seen from articles where id = ?", [article_id]
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def is_known(self, article_id: int) -> bool:
        """Whether the article has been stored."""
        return self.first_seen(article_id) is not None

    def validators(self, article_id: int) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified the site last gave for the article."""
        row = self.conn.execute(
            "select etag, last_modified from articles where id = ?", [article_id]
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    # Lifecycle ----------------------------------------------------------------

    def add_event(
        self, article_id: int, time: str, kind: str, detail: str, fetch_id: int | None = None
    ) -> None:
        """Record a lifecycle event (gone, back, redirected, url_changed)."""
        self._insert(
            "events",
            {
                "article_id": article_id,
                "time": time,
                "kind": kind,
                "detail": detail,
                "fetch_id": fetch_id,
            },
        )

    # Aliases ------------------------------------------------------------------

    def record_alias(self, alias_id: int, article_id: int, seen_at: datetime) -> None:
        """Remember that the URL with `alias_id` redirects to the article `article_id`."""
        self.conn.execute(
            "insert into aliases (alias_id, article_id, seen_at) values (?, ?, ?) "
            "on conflict(alias_id) do update set article_id = excluded.article_id, "
            "seen_at = excluded.seen_at",
            [alias_id, article_id, iso_utc(seen_at)],
        )

    def resolve_alias(self, article_id: int) -> int:
        """The article an id stands for: itself, or where its URL redirected."""
        row = self.conn.execute(
            "select article_id from aliases where alias_id = ?", [article_id]
        ).fetchone()
        return int(row[0]) if row else article_id

    # What to fetch ------------------------------------------------------------

    def should_fetch(
        self, article_id: int, policy: str, now: datetime, schedule: Sequence[Step]
    ) -> bool:
        """Whether to fetch an article under a recheck policy (`all`, `due`, `none`)."""
        row = self.conn.execute(
            "select coalesce(published_at, first_seen), last_changed, "
            "coalesce(last_checked, last_seen) from articles where id = ?",
            [self.resolve_alias(article_id)],
        ).fetchone()
        if row is None or policy == "all":
            return True
        if policy == "none":
            return False
        published, last_changed, last_checked = (
            datetime.fromisoformat(value) if value else None for value in row
        )
        if published is None or last_checked is None:
            return True  # a stored article always has both; without them, look again
        return is_due(now, published, last_changed, last_checked, schedule)

    def recheck_candidates(
        self, policy: str, now: datetime, schedule: Sequence[Step]
    ) -> Iterator[tuple[int, str]]:
        """Known articles to fetch again under `policy`, whatever links lead to them."""
        if policy == "none":
            return
        rows = self.conn.execute(
            "select id, url, coalesce(published_at, first_seen), last_changed, "
            "coalesce(last_checked, last_seen) from articles order by id"
        ).fetchall()
        for article_id, url, published, last_changed, last_checked in rows:
            if policy == "all" or is_due(
                now,
                datetime.fromisoformat(published),
                datetime.fromisoformat(last_changed) if last_changed else None,
                datetime.fromisoformat(last_checked),
                schedule,
            ):
                yield article_id, url

    # Frontier: articles found but not yet handled, kept across killed runs ------------

    # After this many runs that could not fetch it (5xx, timeouts), an article is dropped.
    MAX_ATTEMPTS = 5

    def add_pending(self, article_id: int, url: str, discovered_at: datetime) -> None:
        """Remember an article to fetch, unless it is already pending."""
        with self.transaction():
            self.conn.execute(
                "insert into frontier (article_id, url, discovered_at, attempts) "
                "values (?, ?, ?, 0) on conflict(article_id) do nothing",
                [article_id, url, iso_utc(discovered_at)],
            )

    def forget_pending(self, article_id: int) -> None:
        """The article was handled (stored, unchanged, not an article, gone)."""
        self.conn.execute("delete from frontier where article_id = ?", [article_id])

    def take_pending(self) -> list[tuple[int, str]]:
        """Pending articles left by earlier runs, counting this run as one more attempt."""
        with self.transaction():
            self.conn.execute("delete from frontier where attempts >= ?", [self.MAX_ATTEMPTS])
            self.conn.execute("update frontier set attempts = attempts + 1")
            rows = self.conn.execute(
                "select article_id, url from frontier order by discovered_at"
            ).fetchall()
        return [(row[0], row[1]) for row in rows]

    # Backfill progress --------------------------------------------------------

    def walked(self, category: str) -> bool:
        """Whether any walk of `category`'s listing has been recorded."""
        return (
            self.conn.execute(
                "select 1 from listing_progress where category = ?", [category]
            ).fetchone()
            is not None
        )

    def listing_start_page(self, category: str) -> int:
        """Where a backfill walk of `category` resumes (1 when it has not started or finished)."""
        row = self.conn.execute(
            "select next_page, finished_at from listing_progress where category = ?", [category]
        ).fetchone()
        return 1 if row is None or row[1] else int(row[0])

    def save_listing_progress(
        self, category: str, next_page: int, now: datetime, finished: bool = False
    ) -> None:
        """Record that a backfill walk of `category` got to `next_page` (or finished)."""
        with self.transaction():
            self.conn.execute(
                "insert into listing_progress (category, next_page, finished_at, updated_at) "
                "values (?, ?, ?, ?) on conflict(category) do update set "
                "next_page = excluded.next_page, finished_at = excluded.finished_at, "
                "updated_at = excluded.updated_at",
                [category, next_page, iso_utc(now) if finished else None, iso_utc(now)],
            )

    # Listing times ------------------------------------------------------------

    def record_listing_time(self, article_id: int, published_at: str, listing_url: str) -> bool:
        """Remember the publication time a listing shows, and the article's best time.

        Listings, feeds and sitemaps show the same time at different precisions (09:30 on a
        card, 09:30:12 in a feed): the most precise one is kept, whatever order they came in,
        and `articles.published_at` follows `best_publication_time`. Returns whether a
        stored article's time changed (its derived columns then change too).
        """
        row = self.conn.execute(
            "select published_at from listing_times where article_id = ?", [article_id]
        ).fetchone()
        if row is not None and not more_precise(published_at, row[0]):
            return False
        self.conn.execute(
            "insert into listing_times (article_id, published_at, listing_url) values (?, ?, ?) "
            "on conflict(article_id) do update set published_at = excluded.published_at, "
            "listing_url = excluded.listing_url",
            [article_id, published_at, listing_url],
        )
        stored = self.conn.execute(
            "select a.published_at, v.published_at from articles a left join versions v "
            "on v.article_id = a.id and v.version = a.current_version where a.id = ?",
            [article_id],
        ).fetchone()
        if stored is None:
            return False
        best = best_publication_time(stored[1], published_at)
        if best == stored[0]:
            return False
        self.conn.execute("update articles set published_at = ? where id = ?", [best, article_id])
        return True

    def listing_time(self, article_id: int) -> str | None:
        """The publication time a listing showed for the article, if any."""
        row = self.conn.execute(
            "select published_at from listing_times where article_id = ?", [article_id]
        ).fetchone()
        return row[0] if row else None

    # Bulk rebuilds ------------------------------------------------------------

    def is_empty(self) -> bool:
        """No fetch has been indexed yet (a rebuild from scratch)."""
        return self.conn.execute("select 1 from fetches limit 1").fetchone() is None

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Drop full-text triggers and non-unique indexes while loading; rebuild them after.

        Row-by-row index and FTS maintenance is most of the cost of a full rebuild; building
        them once at the end is several times faster and gives the same database. The
        dropped definitions are kept in `_deferred_schema`, in the same transaction as the
        drop, so a load killed half-way is finished by the next writer that opens the store.
        """
        with self.transaction():
            saved = self.conn.execute(
                "select type, name, sql from sqlite_master where sql is not null and ("
                "(type = 'trigger' and tbl_name = 'versions') or "
                "(type = 'index' and tbl_name in ('fetches', 'versions', 'events') "
                "and sql not like 'CREATE UNIQUE%' and name != ?))",
                [RECORD_ID_INDEX],
            ).fetchall()
            self.conn.execute(
                "create table if not exists _deferred_schema (name text primary key, sql text)"
            )
            for kind, name, sql in saved:
                self.conn.execute(
                    "insert or replace into _deferred_schema values (?, ?)", [name, sql]
                )
                self.conn.execute(f'drop {kind} if exists "{name}"')
        yield
        self.finish_bulk_load()

    def finish_bulk_load(self) -> None:
        """Recreate what `bulk_load` dropped (after it, or after a killed one).

        In the same transaction, every article's browsing columns are rebuilt
        (`browse.rebuild`), which a bulk load leaves to its end.
        """
        from lso_crawler.store import browse  # derived columns, built from the rows stored here

        if not self.conn.execute(
            "select 1 from sqlite_master where name = '_deferred_schema'"
        ).fetchone():
            return
        with self.transaction():
            for (sql,) in self.conn.execute("select sql from _deferred_schema").fetchall():
                self.conn.execute(sql)
            if self.conn.execute(
                "select 1 from sqlite_master where name = 'versions_fts'"
            ).fetchone():
                self.conn.execute("insert into versions_fts(versions_fts) values ('rebuild')")
            browse.rebuild(self.conn)
            self.conn.execute("drop table _deferred_schema")
