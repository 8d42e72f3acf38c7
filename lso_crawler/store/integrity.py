"""The WARC pointers the database holds: finding them, and checking that they read back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from lso_crawler.store import Store
from lso_crawler.warc import Problem, WarcPointer, read_response

_POINTER_COLUMNS = (
    "warc_file, warc_offset, warc_length, warc_record_id, payload_digest, url, warc_date, warc_type"
)


def _connection(source: Store | sqlite3.Connection) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.conn


def find_pointer(
    source: Store | sqlite3.Connection, condition: str, params: list[object]
) -> WarcPointer | None:
    """The pointer of the first archived fetch matching `condition` (fixed SQL, `?` params)."""
    row = (
        _connection(source)
        .execute(
            f"select {_POINTER_COLUMNS} from fetches where warc_file is not null and {condition} "
            "order by id limit 1",
            params,
        )
        .fetchone()
    )
    return WarcPointer(*row) if row else None


def fetch_pointer(source: Store | sqlite3.Connection, fetch_id: int) -> WarcPointer | None:
    """The WARC pointer of one fetch, or None when it has none."""
    return find_pointer(source, "id = ?", [fetch_id])


def check_pointers(
    archive_dir: str | Path, source: Store | sqlite3.Connection
) -> Iterator[Problem]:
    """A Problem for each fetch whose record is missing, unreadable or not the one named.

    Each record is read within MAX_RECORD_BYTES and its block and payload digests checked;
    the payload is not decoded (a content-coded bomb costs its archived size, no more).
    """
    rows = _connection(source).execute(
        f"select id, {_POINTER_COLUMNS} from fetches where warc_file is not null order by id"
    )
    for fetch_id, *pointer_fields in rows:
        pointer = WarcPointer(*pointer_fields)
        try:
            read_response(archive_dir, pointer)
        except Exception as error:  # any failure to read back is a finding, not a crash
            message = f"fetch {fetch_id}: {type(error).__name__}: {error}"
            yield Problem(pointer.filename, pointer.offset, message[:300])
    yield from _media_problems(_connection(source))


def _media_problems(conn: sqlite3.Connection) -> Iterator[Problem]:
    """A media row must point at the same record as the fetch it came from (which the
    loop above reads back)."""
    try:
        rows = conn.execute(
            "select m.id, m.warc_file, m.warc_offset from media m left join fetches f "
            "on f.id = m.fetch_id where f.id is null or f.warc_record_id is not m.warc_record_id"
        ).fetchall()
    except sqlite3.OperationalError:  # a database from before images
        return
    for media_id, filename, offset in rows:
        message = f"media {media_id}: its pointer is not its fetch's record"
        yield Problem(filename or "", offset or 0, message)
