"""The raw-capture page (defect 12.3): any visitor can open it, so it never inflates a bomb.

A real archive holds a payload bomb (2 MB of gzip that inflates to 2 GiB, as a hostile server
would send it), a record bomb (a planted WARC record inflating to 2 GiB), a gzip body just
under the limit and ordinary pages; a real `datasette` process serves them.
"""

from __future__ import annotations

import gzip
import sqlite3
import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from lso_crawler.ingest import ArchivedCapture, analyse, apply
from lso_crawler.store import Store
from lso_crawler.warc import MAX_PAYLOAD_BYTES, WarcFileWriter, WarcPointer
from lso_crawler.warc.records import Capture
from tests.browse import helpers
from tests.browse.helpers import datasette_process
from tests.hostile.server import peak_rss_mib, server_log
from tests.hostile.test_bombs import _archive_with_bombs
from tests.warc.bombs import GIB, MIB, gzip_of_zeros
from tests.warc.conftest import INFO
from tests.warc.test_bounded_reader import gzip_capture

PAGE = b"<html><body><script>alert(1)</script><p>T\xc3\xa2n Thanh</p></body></html>"
TRUNCATED = gzip.compress(PAGE * 50, mtime=0)[:-40]
RSS_LIMIT_MIB = 300
ANSWER_SECONDS = 10


def _ingest(store: Store, capture: Capture, pointer: WarcPointer, body: bytes) -> int:
    """The fetch row a crawl would write for this archived capture; its id."""
    archived = ArchivedCapture(
        url=capture.url,
        status=capture.status,
        headers=tuple(capture.response_headers),
        payload=body,
        captured_at=datetime.now(UTC),
        pointer=pointer,
    )
    return apply(store, archived, analyse(archived)).fetch_id


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("capture")
    archive = tmp / "archive"
    archive.mkdir()
    payload_bomb, record_bomb, after = _archive_with_bombs(archive)
    near_limit = gzip_of_zeros(MAX_PAYLOAD_BYTES - 4 * MIB)
    page = gzip.compress(PAGE)
    extra = {
        "near": gzip_capture(near_limit, 11),
        "page": gzip_capture(page, 12),
        "truncated": gzip_capture(TRUNCATED, 13),
    }
    pointers = {}
    with WarcFileWriter(archive, INFO, fsync=False) as writer:
        for name, capture in extra.items():
            pointers[name] = writer.write_capture(capture)
    db_path = helpers.build(tmp / "lso.db")
    store = Store(db_path)
    bomb_capture = gzip_capture(gzip_of_zeros(2 * GIB), 9)
    ids = {
        "payload_bomb": _ingest(store, bomb_capture, payload_bomb, bomb_capture.body),
        "record_bomb": _ingest(
            store, replace(bomb_capture, url="http://example.com/planted"), record_bomb, b""
        ),
        "after": _ingest(store, replace(bomb_capture, url="http://example.com/page/3"), after, b""),
    }
    for name, capture in extra.items():
        ids[name] = _ingest(store, capture, pointers[name], capture.body)
    store.close()
    with datasette_process(db_path, tmp, env={"LSO_ARCHIVE_DIR": str(archive)}) as (base, pid):
        yield base, pid, ids, db_path, tmp


def _timed_get(url: str) -> tuple[int, dict[str, str], bytes, float]:
    started = time.monotonic()
    status, headers, body = _get(url)
    return status, headers, body, time.monotonic() - started


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and body."""
    status, headers, body = helpers.http_get(url, timeout=60)
    return status, {k.lower(): v for k, v in headers.items()}, body


@pytest.mark.parametrize("name", ["payload_bomb", "record_bomb"])
def test_a_bomb_is_refused_quickly_and_in_bounded_memory(served, name):
    base, pid, ids, _, _ = served
    status, headers, body, seconds = _timed_get(f"{base}/-/lso/capture/{ids[name]}")
    assert status == 403, body[:300]
    assert b"is not shown" in body
    assert headers["content-type"].startswith("text/html")
    assert seconds < ANSWER_SECONDS
    peak = peak_rss_mib(pid)
    print(f"{name}: {status} in {seconds:.2f} s; server peak RSS {peak:.0f} MiB")
    assert peak < RSS_LIMIT_MIB


def test_a_body_under_the_limit_streams_in_full_in_bounded_memory(served):
    base, pid, ids, _, _ = served
    status, headers, body, seconds = _timed_get(f"{base}/-/lso/capture/{ids['near']}")
    assert status == 200
    assert headers["x-content-type-options"] == "nosniff"
    assert body.endswith(bytes(MAX_PAYLOAD_BYTES - 4 * MIB))
    assert b"WARC-Target-URI: http://example.com/gz/11\r\n" in body
    assert b"Content-Encoding: gzip\r\n" in body  # the archived head, as received
    peak = peak_rss_mib(pid)
    print(f"near the limit: {len(body) / MIB:.0f} MiB in {seconds:.2f} s; peak {peak:.0f} MiB")
    assert peak < RSS_LIMIT_MIB


def test_an_ordinary_gzip_page_is_shown_decoded_as_inert_text(served):
    base, _, ids, _, _ = served
    status, headers, body = _get(f"{base}/-/lso/capture/{ids['page']}")
    assert status == 200
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert "sandbox" in headers["content-security-policy"]
    assert body.endswith(b"\r\n\r\n" + PAGE)
    # The capture after both bombs in their file still reads.
    status, _, body = _get(f"{base}/-/lso/capture/{ids['after']}")
    assert status == 200 and b"WARC-Target-URI: http://example.com/page/3" in body


def test_a_truncated_gzip_body_is_shown_as_archived_with_a_note(served):
    base, _, ids, _, _ = served
    status, _, body = _get(f"{base}/-/lso/capture/{ids['truncated']}")
    assert status == 200
    assert b"[lso-archive: the body's Content-Encoding cannot be removed (truncated-gzip)" in body
    assert body.endswith(TRUNCATED)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("warc_file", "../lso.db"),
        ("warc_file", "/etc/passwd"),
        ("warc_file", "missing.warc.gz"),
        ("warc_file", ""),
        ("warc_offset", 2**63 - 1),
        ("warc_offset", -1),
        ("warc_offset", 1),
        ("warc_length", 0),
        ("warc_length", None),
        ("warc_length", 2**62),
        ("warc_record_id", "<urn:uuid:00000000-0000-0000-0000-000000000000>"),
        ("warc_record_id", None),
    ],
)
def test_a_damaged_pointer_is_404_never_500(served, column, value):
    base, _, ids, db_path, tmp = served
    conn = sqlite3.connect(db_path)
    with conn:
        row = conn.execute(f"select {column} from fetches where id = ?", [ids["page"]]).fetchone()
        conn.execute(f"update fetches set {column} = ? where id = ?", [value, ids["page"]])
    try:
        status, _, body = _get(f"{base}/-/lso/capture/{ids['page']}")
    finally:
        with conn:
            conn.execute(f"update fetches set {column} = ? where id = ?", [row[0], ids["page"]])
        conn.close()
    assert status == 404, body[:300]
    assert str(tmp).encode() not in body  # no server paths
    assert "Traceback" not in server_log(tmp)
