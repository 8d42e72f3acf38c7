"""Rebuild (or bring up to date) the database from the WARC archive alone.

Every response and revisit record is indexed in `fetches` with its pointer; article
pages go through the current parsers and the same version logic as a crawl; listings,
feeds and sitemaps give their publication times; redirects give aliases. Records already
indexed (same WARC-Record-ID) are skipped, so running it twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dateutil.parser import isoparse
from scrapy.http import HtmlResponse, TextResponse
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from lso_crawler.archiving import http_error_text, pointer_columns, redirect_alias
from lso_crawler.integrity import find_pointer
from lso_crawler.lifecycle import record_answer
from lso_crawler.listings import as_xml, feed_items, listing_cards, sitemap_entries
from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import ParseError
from lso_crawler.parsers.decoding import header_charset
from lso_crawler.store import Implausible, Store
from lso_crawler.urls import article_id
from lso_crawler.warc import WarcPointer, read_record

WARC_GLOB = "*.warc.gz"


@dataclass
class ReparseReport:
    """What a reparse did."""

    files: int = 0
    records: int = 0
    skipped: int = 0  # already indexed
    outcomes: dict[str, int] = field(
        default_factory=dict
    )  # new / changed / unchanged / parse errors

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


@dataclass(frozen=True)
class _Captured:
    pointer: WarcPointer
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # payload with content and transfer encodings removed
    truncated: str | None

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


def warc_files(archive_dir: str | Path) -> list[Path]:
    """Closed WARC files, oldest first (their names start with the creation time)."""
    return sorted(Path(archive_dir).glob(WARC_GLOB), key=lambda p: p.name.split("-", 1)[-1])


def reparse(
    archive_dir: str | Path,
    store: Store,
    on_file: Callable[[Path], None] | None = None,
) -> ReparseReport:
    """Index and parse every capture in `archive_dir` into `store`."""
    report = ReparseReport()
    indexed = {row[0] for row in store.db.execute("select warc_record_id from fetches")}
    for path in warc_files(archive_dir):
        report.files += 1
        for capture in _captures(Path(archive_dir), path, store):
            report.records += 1
            if capture.pointer.record_id in indexed:
                report.skipped += 1
                continue
            _index(capture, store, report)
        if on_file:
            on_file(path)
    return report


def _captures(archive_dir: Path, path: Path, store: Store) -> Iterator[_Captured]:
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type not in ("response", "revisit"):
                continue
            body = b""
            if record.rec_type == "response":
                body = record.content_stream().read()
            pointer = WarcPointer(
                filename=path.name,
                offset=records.get_record_offset(),
                length=0,  # known only once the record has been read to its end
                record_id=record.rec_headers.get_header("WARC-Record-ID"),
                payload_digest=record.rec_headers.get_header("WARC-Payload-Digest"),
                target_uri=record.rec_headers.get_header("WARC-Target-URI"),
                date=record.rec_headers.get_header("WARC-Date"),
                record_type=record.rec_type,
            )
            headers = list(record.http_headers.headers) if record.http_headers else []
            status = int(record.http_headers.get_statuscode()) if record.http_headers else 0
            truncated = record.rec_headers.get_header("WARC-Truncated")
            if record.rec_type == "revisit":
                body = _revisited_body(archive_dir, record, store)
            records.read_to_end(record)
            pointer = WarcPointer(**{**pointer.__dict__, "length": records.get_record_length()})
            yield _Captured(pointer, status, headers, body, truncated)


def _revisited_body(archive_dir: Path, revisit: ArcWarcRecord, store: Store) -> bytes:
    """The payload of the earlier response a revisit refers to, found through `fetches`."""
    refers_to = revisit.rec_headers.get_header("WARC-Refers-To")
    original = find_pointer(store, "warc_record_id = ?", [refers_to])
    if original is None:
        return b""
    return read_record(archive_dir, original).content_stream().read()


def _index(capture: _Captured, store: Store, report: ReparseReport) -> None:
    pointer, url = capture.pointer, capture.pointer.target_uri
    captured_at = isoparse(pointer.date)
    error = http_error_text(capture.status)
    if capture.truncated:
        error = f"truncated download ({capture.truncated})"
    fetch_id = store.record_fetch(
        url=url,
        fetched_at=captured_at,
        status=capture.status,
        article_id=article_id(url),
        content_type=capture.header("Content-Type"),
        size=len(capture.body),
        error=error,
        warc=pointer_columns(pointer),
    )
    record_answer(store, url, capture.status, captured_at, capture.header("Location"))
    if 300 <= capture.status < 400:
        if alias := redirect_alias(url, capture.header("Location")):
            store.record_alias(*alias, captured_at)
        return
    if capture.status != 200 or capture.truncated:
        return
    if article_id(url) is not None:
        _parse_article(capture, fetch_id, captured_at, store, report)
    else:
        _record_listing_times(capture, store)


def _parse_article(
    capture: _Captured, fetch_id: int, captured_at: datetime, store: Store, report: ReparseReport
) -> None:
    url = capture.pointer.target_uri
    try:
        article = parse_article(
            capture.body, url, captured_at, encoding=header_charset(capture.header("Content-Type"))
        )
    except ParseError as error:
        store.mark_fetch_error(fetch_id, f"parse failed: {error}")
        report.count(f"parse_error/{error.reason}")
        return
    validators = (capture.header("ETag"), capture.header("Last-Modified"))
    try:
        result = store.save_article(article, captured_at, fetch_id, validators)
    except Implausible as error:
        store.mark_fetch_error(fetch_id, f"parse failed: implausible: {error}")
        report.count(f"parse_error/{error.reason}")
        return
    report.count(str(result.outcome))


def _as_response(capture: _Captured) -> object:
    headers = {k: v for k, v in capture.headers if k.lower() == "content-type"}
    cls = responsetypes.from_args(
        headers=headers, url=capture.pointer.target_uri, body=capture.body
    )
    return cls(url=capture.pointer.target_uri, body=capture.body, headers=headers)


def _record_listing_times(capture: _Captured, store: Store) -> None:
    response = _as_response(capture)
    if not isinstance(response, TextResponse):
        return
    if isinstance(response, HtmlResponse):
        listed = listing_cards(response)
    else:
        xml = as_xml(response)
        listed = feed_items(xml) + sitemap_entries(xml)
    for item in listed:
        if item.url and item.published_at and (found := article_id(item.url)):
            store.record_listing_time(found, item.published_at, response.url)
