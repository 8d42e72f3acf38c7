"""The WARC pointers the database holds: finding them, and checking that they read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lso_crawler.store import Store
from lso_crawler.warc import Problem, WarcPointer, read_record

_POINTER_COLUMNS = (
    "warc_file, warc_offset, warc_length, warc_record_id, payload_digest, url, warc_date, warc_type"
)


def find_pointer(store: Store, condition: str, params: list[object]) -> WarcPointer | None:
    """The pointer of the first archived fetch matching `condition` (fixed SQL, `?` params)."""
    row = store.db.execute(
        f"select {_POINTER_COLUMNS} from fetches where warc_file is not null and {condition} "
        "order by id limit 1",
        params,
    ).fetchone()
    return WarcPointer(*row) if row else None


def fetch_pointer(store: Store, fetch_id: int) -> WarcPointer | None:
    """The WARC pointer of one fetch, or None when it has none."""
    return find_pointer(store, "id = ?", [fetch_id])


def check_pointers(archive_dir: str | Path, store: Store) -> Iterator[Problem]:
    """A Problem for each fetch whose record is missing, unreadable or not the one named."""
    rows = store.db.execute(
        f"select id, {_POINTER_COLUMNS} from fetches where warc_file is not null order by id"
    )
    for fetch_id, *pointer_fields in rows:
        pointer = WarcPointer(*pointer_fields)
        try:
            record = read_record(archive_dir, pointer)
            record.content_stream().read()  # reading to the end checks the digests
        except Exception as error:  # any failure to read back is a finding, not a crash
            message = f"fetch {fetch_id}: {type(error).__name__}: {error}"
            yield Problem(pointer.filename, pointer.offset, message[:300])
