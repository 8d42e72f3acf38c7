"""Rebuild (or bring up to date) the database from the WARC archive alone.

Every response and revisit record becomes an ArchivedCapture and goes through the same
`analyse` + `apply` as a live crawl. Records already ingested are skipped; captures whose
parse failed before are tried again (a parser fix reaches them), so running it twice
changes nothing and a killed run is completed by the next one.

Speed: workers analyse while this process reads the archive and writes; rows are written
in batches of BATCH_SIZE captures per transaction; on an empty database, indexes and the
full-text triggers are dropped during the load and rebuilt once at the end (`Store.bulk_load`,
which a killed run's successor finishes).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from dateutil.parser import isoparse
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from lso_crawler.ingest.analysis import DEFAULT_LIMITS, Analysis, Limits
from lso_crawler.ingest.capture import ArchivedCapture
from lso_crawler.ingest.pool import AnalysisPool
from lso_crawler.ingest.rows import apply
from lso_crawler.store import Store, browse
from lso_crawler.warc import WarcPointer, read_record

logger = logging.getLogger(__name__)

WARC_GLOB = "*.warc.gz"
# Captures per write transaction: large enough that commits cost nothing measurable,
# small enough that a killed reparse loses seconds of work.
BATCH_SIZE = 2000
# Captures handed to the workers ahead of the writer, per worker.
AHEAD_PER_JOB = 16
# Responses remembered for the revisits that follow them (most refer to a recent capture);
# older originals are found in `fetches` by their record id (an index a bulk load keeps).
# Bounded, so memory stays flat at any archive size.
RECENT_ORIGINALS = 20_000

Progress = Callable[[int, int], None]  # (bytes of WARC read, captures ingested)


@dataclass
class ReparseReport:
    """What a reparse did."""

    files: int = 0
    records: int = 0  # responses and revisits read
    skipped: int = 0  # already ingested
    retried: int = 0  # earlier parse failures tried again
    outcomes: dict[str, int] = field(default_factory=dict)  # new / changed / parse_failed ...
    counters: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str, counters: tuple[str, ...]) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        for key in counters:
            self.counters[key] = self.counters.get(key, 0) + 1


def warc_files(archive_dir: str | Path) -> list[Path]:
    """Closed WARC files, oldest first (their names start with the creation time)."""
    return sorted(Path(archive_dir).glob(WARC_GLOB), key=lambda p: p.name.split("-", 1)[-1])


def reparse(
    archive_dir: str | Path,
    store: Store,
    *,
    jobs: int = 1,
    limits: Limits = DEFAULT_LIMITS,
    on_progress: Progress | None = None,
) -> ReparseReport:
    """Ingest every capture in `archive_dir` that `store` does not hold yet.

    The browsing columns follow: refreshed for the articles of each batch, or rebuilt once
    at the end of a load into an empty database.
    """
    report = ReparseReport()
    files = warc_files(archive_dir)
    report.files = len(files)
    done = store.ingested_records()
    retry = dict(
        store.conn.execute(
            "select warc_record_id, id from fetches where outcome = 'parse_failed' "
            "and warc_record_id is not null"
        ).fetchall()
    )
    captures = _captures(Path(archive_dir), files, store, report, done, limits)
    bulk = store.is_empty()
    after_batch = None if bulk else _refresh_batch
    with store.bulk_load() if bulk else nullcontext(), AnalysisPool(jobs, limits) as pool:
        ahead: deque[tuple[ArchivedCapture, Future[Analysis], int]] = deque()
        batch: list[tuple[ArchivedCapture, Analysis]] = []
        for capture, read_bytes in captures:
            ahead.append((capture, pool.submit(capture), read_bytes))
            while len(ahead) > max(1, jobs) * AHEAD_PER_JOB:
                _take(ahead, batch, store, report, retry, on_progress, after_batch)
        while ahead:
            _take(ahead, batch, store, report, retry, on_progress, after_batch)
        _write(batch, store, report, retry, after_batch)
    return report


def _refresh_batch(store: Store, article_ids: set[int]) -> None:
    browse.refresh_articles(store.conn, sorted(article_ids))


def _take(
    ahead: deque[tuple[ArchivedCapture, Future[Analysis], int]],
    batch: list[tuple[ArchivedCapture, Analysis]],
    store: Store,
    report: ReparseReport,
    retry: dict[str, int],
    on_progress: Progress | None,
    after_batch: Callable[[Store, set[int]], None] | None,
) -> None:
    capture, future, read_bytes = ahead.popleft()
    batch.append((capture, future.result()))
    if len(batch) >= BATCH_SIZE:
        _write(batch, store, report, retry, after_batch)
    if on_progress is not None:
        on_progress(read_bytes, sum(report.outcomes.values()) + len(batch))


def _write(
    batch: list[tuple[ArchivedCapture, Analysis]],
    store: Store,
    report: ReparseReport,
    retry: dict[str, int],
    after_batch: Callable[[Store, set[int]], None] | None,
) -> None:
    if not batch:
        return
    touched: set[int] = set()
    with store.transaction():
        for capture, analysis in batch:
            record_id = capture.pointer.record_id if capture.pointer else None
            retry_of = retry.pop(record_id, None) if record_id else None
            try:
                result = apply(store, capture, analysis, retry_of=retry_of, refresh=False)
            except sqlite3.Error:
                raise  # the database itself failed: stop, the batch is rolled back
            except Exception:  # a bug in ingest: this capture stays un-ingested, for next time
                logger.exception("could not ingest %s", capture.url)
                report.add("ingest_error", ("ingest_error",))
                continue
            if retry_of is not None:
                report.retried += 1
            touched.update(result.touched)
            report.add(result.outcome, result.counters)
        if after_batch is not None:
            after_batch(store, touched)
    batch.clear()


def _captures(
    archive_dir: Path,
    files: list[Path],
    store: Store,
    report: ReparseReport,
    done: set[str],
    limits: Limits,
) -> Iterator[tuple[ArchivedCapture, int]]:
    """(capture, bytes of the archive read so far) for each record still to ingest."""
    originals: OrderedDict[str, tuple[str, int, int]] = OrderedDict()
    read_before = 0
    for path in files:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, check_digests=False)
            for record in records:
                if record.rec_type not in ("response", "revisit") or record.http_headers is None:
                    records.read_to_end(record)
                    continue
                report.records += 1
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                skip = record_id in done
                payload = b""
                if record.rec_type == "revisit" and not skip:
                    payload = _revisited_payload(archive_dir, record, originals, store, limits)
                elif not skip:
                    payload = read_up_to(record.raw_stream, limits.max_payload_bytes + 1)
                # warcio reads the record to its end to know its offset and length.
                pointer = _pointer(path, records, record)
                if record.rec_type == "response":
                    originals[record_id] = (pointer.filename, pointer.offset, pointer.length)
                    if len(originals) > RECENT_ORIGINALS:
                        originals.popitem(last=False)
                if skip:
                    report.skipped += 1
                    continue
                yield _capture(record, pointer, payload), read_before + stream.tell()
        read_before += path.stat().st_size


def read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """Up to `limit` bytes of a stream whose read() may return less than asked."""
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _pointer(path: Path, records: ArchiveIterator, record: ArcWarcRecord) -> WarcPointer:
    headers = record.rec_headers
    return WarcPointer(
        filename=path.name,
        offset=records.get_record_offset(),
        length=records.get_record_length(),
        record_id=headers.get_header("WARC-Record-ID"),
        payload_digest=headers.get_header("WARC-Payload-Digest"),
        target_uri=headers.get_header("WARC-Target-URI"),
        date=headers.get_header("WARC-Date"),
        record_type=record.rec_type,
    )


def _capture(record: ArcWarcRecord, pointer: WarcPointer, payload: bytes) -> ArchivedCapture:
    http = record.http_headers
    return ArchivedCapture(
        url=pointer.target_uri,
        status=int(http.get_statuscode() or 0),
        headers=tuple(http.headers),
        payload=payload,
        captured_at=isoparse(pointer.date),
        pointer=pointer,
        truncated=record.rec_headers.get_header("WARC-Truncated"),
    )


def _revisited_payload(
    archive_dir: Path,
    revisit: ArcWarcRecord,
    originals: OrderedDict[str, tuple[str, int, int]],
    store: Store,
    limits: Limits,
) -> bytes:
    """The wire payload of the earlier response a revisit refers to (b"" if unknown)."""
    refers_to = revisit.rec_headers.get_header("WARC-Refers-To")
    if not refers_to:
        return b""
    place = originals.get(refers_to)
    if place is None:
        row = store.fetch_by_record(refers_to)
        if row and row["warc_file"]:
            place = (row["warc_file"], row["warc_offset"], row["warc_length"])
    original = None
    if place is not None:
        filename, offset, length = place
        original = WarcPointer(filename, offset, length, refers_to, "", "", "")
    if original is None:
        return b""
    try:
        record = read_record(archive_dir, original)
        return read_up_to(record.raw_stream, limits.max_payload_bytes + 1)
    except Exception:  # an unreadable original: the revisit is ingested without a body
        logger.warning("revisit %s: cannot read the original %s", refers_to, original.filename)
        return b""
