"""SQLite storage of articles, versions, fetches and runs (sqlite-utils; no Scrapy)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from lso_crawler.parsers.base import CONTENT_FIELDS, Article
from lso_crawler.schedule import Step, is_due
from lso_crawler.schema import migrate
from lso_crawler.versions import classify, implausible


def iso_utc(moment: datetime) -> str:
    """Format an aware datetime as ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class Implausible(ValueError):
    """A parse that lost required fields or most of the body: a parser failure."""

    @property
    def reason(self) -> str:
        """The stable key before any colon, e.g. `body-shrank`."""
        return str(self).split(":", 1)[0]


def _content_of(row: dict[str, Any]) -> dict[str, Any]:
    """A versions row back into `Article.content()` form."""
    content = {name: row[name] for name in CONTENT_FIELDS}
    for name in ("captions", "authors", "tags"):
        content[name] = json.loads(content[name] or "[]")
    return content


def _process_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


class SaveOutcome(StrEnum):
    """What storing a parsed article did."""

    NEW = "new"  # first version of an article never seen before
    CHANGED = "changed"  # a new version of a known article
    UNCHANGED = "unchanged"  # same content as the current version


@dataclass(frozen=True)
class SaveResult:
    outcome: SaveOutcome
    version: int


class Store:
    """The project's SQLite database, created and migrated on open."""

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self.db = Database(self.path)
        if self.path != ":memory:":
            self.db.enable_wal()
        self.db.execute("PRAGMA synchronous=NORMAL")
        migrate(self.db)

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    # Runs -----------------------------------------------------------------

    def start_run(self, started_at: datetime, base_url: str) -> int:
        """Insert a run row for a crawl that starts now; returns its id."""
        self.close_stale_runs()
        table = self.db["runs"]
        table.insert(
            {
                "started_at": iso_utc(started_at),
                "base_url": base_url,
                "outcome": "running",
                "pid": os.getpid(),
            }
        )
        return int(table.last_pk)

    def close_stale_runs(self) -> list[int]:
        """Mark runs left 'running' by a process that no longer exists as 'interrupted'."""
        stale = [
            run_id
            for run_id, pid in self.db.execute(
                "select id, pid from runs where outcome = 'running'"
            ).fetchall()
            if pid != os.getpid() and not _process_alive(pid)
        ]
        for run_id in stale:
            self.db["runs"].update(run_id, {"outcome": "interrupted", "finish_reason": "killed"})
        return stale

    def last_run(self) -> dict[str, Any] | None:
        """The most recent run row, or None."""
        rows = list(self.db.query("select * from runs order by id desc limit 1"))
        return rows[0] if rows else None

    def finish_run(
        self, run_id: int, finished_at: datetime, outcome: str, counts: dict[str, Any]
    ) -> None:
        """Complete a run row with its outcome and counts."""
        row = {"finished_at": iso_utc(finished_at), "outcome": outcome, **counts}
        for name in ("stats", "errors"):
            if isinstance(row.get(name), dict):
                row[name] = json.dumps(row[name], default=str, sort_keys=True)
        self.db["runs"].update(run_id, row)

    # Fetches --------------------------------------------------------------

    def record_fetch(
        self,
        *,
        url: str,
        fetched_at: datetime,
        status: int | None,
        run_id: int | None = None,
        method: str = "GET",
        article_id: int | None = None,
        content_type: str | None = None,
        size: int | None = None,
        error: str | None = None,
        warc: dict[str, Any] | None = None,
    ) -> int:
        """Record one HTTP response (or a failed download); returns the fetch id.

        `warc` holds the pointer columns (warc_file, warc_offset, ...) of its WARC record.
        """
        table = self.db["fetches"]
        table.insert(
            {
                **(warc or {}),
                "run_id": run_id,
                "url": url,
                "method": method,
                "status": status,
                "fetched_at": iso_utc(fetched_at),
                "article_id": article_id,
                "content_type": content_type,
                "size": size,
                "error": error,
            }
        )
        return int(table.last_pk)

    def mark_fetch_error(self, fetch_id: int, error: str) -> None:
        """Attach an error (e.g. a failed parse) to an already recorded fetch."""
        self.db["fetches"].update(fetch_id, {"error": error})

    # Articles -------------------------------------------------------------

    def first_seen(self, article_id: int) -> datetime | None:
        """When the article was first stored, or None if it is unknown."""
        row = self.db.execute(
            "select first_seen from articles where id = ?", [article_id]
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def record_alias(self, alias_id: int, article_id: int, seen_at: datetime) -> None:
        """Remember that the URL with `alias_id` redirects to the article `article_id`."""
        self.db["aliases"].upsert(
            {"alias_id": alias_id, "article_id": article_id, "seen_at": iso_utc(seen_at)},
            pk="alias_id",
        )

    def resolve_alias(self, article_id: int) -> int:
        """The article an id stands for: itself, or where its URL redirected."""
        row = self.db.execute(
            "select article_id from aliases where alias_id = ?", [article_id]
        ).fetchone()
        return row[0] if row else article_id

    def is_known(self, article_id: int) -> bool:
        """Whether the article has been stored."""
        return self.first_seen(article_id) is not None

    def should_fetch(
        self, article_id: int, policy: str, now: datetime, schedule: Sequence[Step]
    ) -> bool:
        """Whether to fetch an article under a recheck policy (`all`, `due`, `none`)."""
        row = self.db.execute(
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
        return is_due(now, published, last_changed, last_checked, schedule)

    def recheck_candidates(
        self, policy: str, now: datetime, schedule: Sequence[Step]
    ) -> Iterator[tuple[int, str]]:
        """Known articles to fetch again under `policy`, whatever links lead to them."""
        if policy == "none":
            return
        rows = self.db.execute(
            "select id, url, coalesce(published_at, first_seen), last_changed, "
            "coalesce(last_checked, last_seen) from articles order by id"
        )
        for article_id, url, published, last_changed, last_checked in rows:
            if policy == "all" or is_due(
                now,
                datetime.fromisoformat(published),
                datetime.fromisoformat(last_changed) if last_changed else None,
                datetime.fromisoformat(last_checked),
                schedule,
            ):
                yield article_id, url

    def validators(self, article_id: int) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified the site last gave for the article."""
        row = self.db.execute(
            "select etag, last_modified from articles where id = ?", [article_id]
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_article(
        self,
        article: Article,
        captured_at: datetime,
        fetch_id: int | None,
        validators: tuple[str | None, str | None] = (None, None),
    ) -> SaveResult:
        """Store a parsed article: a new article, a new version, or just a sighting.

        Raises Implausible (and stores nothing) when the parse looks like a parser failure.
        """
        seen = iso_utc(captured_at)
        new_content = article.content()
        with self.db.atomic():
            current = next(
                self.db.query(
                    "select v.*, a.current_version, a.status as article_status, "
                    "a.url as article_url from articles a left join versions v "
                    "on v.article_id = a.id and v.version = a.current_version where a.id = ?",
                    [article.article_id],
                ),
                None,
            )
            old_content = _content_of(current) if current else None
            if reason := implausible(old_content, new_content):
                raise Implausible(reason)
            change = classify(old_content, new_content)
            checked = {
                "last_seen": seen,
                "last_checked": seen,
                "url": article.url,
                "status": "live",
                "etag": validators[0],
                "last_modified": validators[1],
            }
            if current is not None:
                self._note_return(article, current, seen)
            self.forget_pending(article.article_id)
            if change.kind is None:  # same normalised content: a sighting, not a version
                self.db["articles"].update(article.article_id, checked)
                return SaveResult(SaveOutcome.UNCHANGED, current["current_version"])
            version = 1 if current is None else (current["current_version"] or 0) + 1
            article_row = {
                **checked,
                "title": article.title,
                "category": article.category,
                "published_at": article.published_at or self._listing_time(article.article_id),
                "current_version": version,
            }
            if current is not None:
                article_row["last_changed"] = seen  # a real change, not the first sighting
            if current is None:
                self.db["articles"].insert(
                    {"id": article.article_id, "first_seen": seen, **article_row}
                )
            else:
                self.db["articles"].update(article.article_id, article_row)
            self.db["versions"].insert(
                {
                    **self._version_row(article, version, seen, article.content_hash(), fetch_id),
                    **change.columns(),
                }
            )
        outcome = SaveOutcome.NEW if current is None else SaveOutcome.CHANGED
        return SaveResult(outcome, version)

    def _note_return(self, article: Article, current: dict[str, Any], seen: str) -> None:
        """Events for an article seen again: back after gone/redirected, or at a new URL."""
        status, url = current["article_status"], current["article_url"]
        if status in ("gone", "redirected"):
            self.add_event(article.article_id, seen, "back", f"was {status}; live at {article.url}")
        if url and url != article.url:
            self.add_event(article.article_id, seen, "url_changed", f"{url} → {article.url}")

    # Lifecycle ------------------------------------------------------------

    def add_event(self, article_id: int, time: str, kind: str, detail: str) -> None:
        """Record a lifecycle event (gone, back, redirected, url_changed)."""
        self.db["events"].insert(
            {"article_id": article_id, "time": time, "kind": kind, "detail": detail}
        )

    def mark_checked(self, article_id: int, when: datetime) -> None:
        """The article was looked at and had not changed (e.g. 304 Not Modified)."""
        seen = iso_utc(when)
        self.db.execute(
            "update articles set last_checked = ?, last_seen = ? where id = ?",
            [seen, seen, article_id],
        )

    def mark_gone(self, article_id: int, when: datetime, detail: str) -> bool:
        """A known article answers 404/410: status `gone` plus an event (once)."""
        return self._set_status(article_id, when, "gone", detail)

    def mark_redirected(self, article_id: int, when: datetime, target: str) -> bool:
        """A known article redirects to another article or off-site."""
        return self._set_status(article_id, when, "redirected", f"→ {target}")

    def move_article(self, article_id: int, when: datetime, url: str) -> bool:
        """The article now lives at `url` (a redirect with the same id): keep its history."""
        with self.db.atomic():
            row = self.db.execute("select url from articles where id = ?", [article_id]).fetchone()
            if row is None or row[0] == url:
                return False
            self.db["articles"].update(article_id, {"url": url})
            self.add_event(article_id, iso_utc(when), "url_changed", f"{row[0]} → {url}")
        return True

    def _set_status(self, article_id: int, when: datetime, status: str, detail: str) -> bool:
        with self.db.atomic():
            row = self.db.execute(
                "select status from articles where id = ?", [article_id]
            ).fetchone()
            if row is None or row[0] == status:
                return False
            seen = iso_utc(when)
            self.db["articles"].update(article_id, {"status": status, "last_checked": seen})
            self.add_event(article_id, seen, status, detail)
        return True

    # Frontier: articles found but not yet handled, kept across killed runs ------------

    # After this many runs that could not fetch it (5xx, timeouts), an article is dropped.
    MAX_ATTEMPTS = 5

    def add_pending(self, article_id: int, url: str, discovered_at: datetime) -> None:
        """Remember an article to fetch, unless it is already pending."""
        self.db.execute(
            "insert into frontier (article_id, url, discovered_at, attempts) values (?, ?, ?, 0) "
            "on conflict(article_id) do nothing",
            [article_id, url, iso_utc(discovered_at)],
        )

    def forget_pending(self, article_id: int) -> None:
        """The article was handled (stored, unchanged, not an article, gone)."""
        self.db.execute("delete from frontier where article_id = ?", [article_id])

    def take_pending(self) -> list[tuple[int, str]]:
        """Pending articles left by earlier runs, counting this run as one more attempt."""
        with self.db.atomic():
            self.db.execute("delete from frontier where attempts >= ?", [self.MAX_ATTEMPTS])
            self.db.execute("update frontier set attempts = attempts + 1")
            rows = self.db.execute(
                "select article_id, url from frontier order by discovered_at"
            ).fetchall()
        return [(row[0], row[1]) for row in rows]

    def listing_start_page(self, category: str) -> int:
        """Where a backfill walk of `category` resumes (1 when it has not started or finished)."""
        row = self.db.execute(
            "select next_page, finished_at from listing_progress where category = ?", [category]
        ).fetchone()
        return 1 if row is None or row[1] else row[0]

    def save_listing_progress(
        self, category: str, next_page: int, now: datetime, finished: bool = False
    ) -> None:
        """Record that a backfill walk of `category` got to `next_page` (or finished)."""
        self.db["listing_progress"].upsert(
            {
                "category": category,
                "next_page": next_page,
                "finished_at": iso_utc(now) if finished else None,
                "updated_at": iso_utc(now),
            },
            pk="category",
        )

    def record_listing_time(self, article_id: int, published_at: str, listing_url: str) -> None:
        """Remember the publication time a listing shows; fills articles lacking their own."""
        with self.db.atomic():
            self.db["listing_times"].upsert(
                {
                    "article_id": article_id,
                    "published_at": published_at,
                    "listing_url": listing_url,
                },
                pk="article_id",
            )
            self.db.execute(
                "update articles set published_at = ? where id = ? and published_at is null",
                [published_at, article_id],
            )

    def _listing_time(self, article_id: int) -> str | None:
        row = self.db.execute(
            "select published_at from listing_times where article_id = ?", [article_id]
        ).fetchone()
        return row[0] if row else None

    @staticmethod
    def _version_row(
        article: Article, version: int, seen: str, content_hash: str, fetch_id: int | None
    ) -> dict[str, Any]:
        content = article.content()
        for name in ("captions", "authors", "tags"):
            content[name] = json.dumps(content[name], ensure_ascii=False)
        return {
            "article_id": article.article_id,
            "version": version,
            "captured_at": seen,
            "url": article.url,
            **content,
            "parser": article.parser,
            "content_hash": content_hash,
            "fetch_id": fetch_id,
        }
