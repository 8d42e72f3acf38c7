"""Captures from a real HTTP server, written and read back with warcio and cdxj-indexer."""

from __future__ import annotations

import base64
import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from lso_crawler.warc.files import WarcFileWriter
from lso_crawler.warc.index import cdxj_lines, index_archive, index_path
from lso_crawler.warc.reader import read_block, read_record
from lso_crawler.warc.verify import verify_archive
from tests.warc.server import GZIP_PAGE, PAGE, LocalServer
from tests.warc.wire import fetch

TARGETS = ["/gzip", "/chunked?page=2&x=%C4%90", "/cookies", "/redirect", "/http10", "/missing"]


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


@pytest.fixture
def archived(local_server: LocalServer, writer: WarcFileWriter, archive_dir: Path):
    """Every target fetched and written, the file closed; maps target to its pointer."""
    pointers = {target: writer.write_capture(fetch(local_server, target)) for target in TARGETS}
    writer.close()
    return pointers


def records_by_uri(archive_dir: Path) -> dict[tuple[str, str], object]:
    found = {}
    for path in archive_dir.glob("*.warc.gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests=True):
                uri = record.rec_headers.get_header("WARC-Target-URI")
                raw = record.raw_stream.read()
                assert record.digest_checker.passed is not False, record.digest_checker.problems
                found[(record.rec_type, uri)] = (record, raw)
    return found


def test_gzip_body_stays_encoded(archived, archive_dir: Path, local_server: LocalServer) -> None:
    found = records_by_uri(archive_dir)
    record, raw = found[("response", local_server.url("/gzip"))]
    assert record.http_headers.get_header("Content-Encoding") == "gzip"
    assert record.http_headers.get_header("Content-Length") == str(len(GZIP_PAGE))
    assert raw == GZIP_PAGE
    assert PAGE in gzip.decompress(raw)
    assert record.rec_headers.get_header("WARC-Payload-Digest") == sha1_b32(GZIP_PAGE)
    assert record.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"


def test_chunked_body_is_stored_dechunked(archived, archive_dir: Path, local_server) -> None:
    found = records_by_uri(archive_dir)
    record, raw = found[("response", local_server.url("/chunked?page=2&x=%C4%90"))]
    assert record.http_headers.get_header("Transfer-Encoding") is None
    assert raw == GZIP_PAGE
    assert record.rec_headers.get_header("WARC-Payload-Digest") == sha1_b32(GZIP_PAGE)
    # what a replay tool serves: warcio removes the content coding itself
    with (archive_dir / archived["/gzip"].filename).open("rb") as stream:
        stream.seek(archived["/chunked?page=2&x=%C4%90"].offset)
        replayed = next(iter(ArchiveIterator(stream))).content_stream().read()
    assert PAGE in replayed


def test_request_record_matches_what_the_server_received(
    archived, archive_dir: Path, local_server: LocalServer
) -> None:
    target = "/chunked?page=2&x=%C4%90"
    record, body = records_by_uri(archive_dir)[("request", local_server.url(target))]
    head = record.http_headers
    sent = f"{head.protocol} {head.statusline}\r\n".encode()
    sent += b"".join(f"{k}: {v}\r\n".encode() for k, v in head.headers) + b"\r\n"
    assert sent == local_server.heads[target]
    assert head.get_header("Host") == f"127.0.0.1:{local_server.port}"
    assert record.rec_headers.get_header("WARC-Concurrent-To") == archived[target].record_id
    assert body == b""


def test_repeated_headers_kept_in_order(archived, archive_dir: Path, local_server) -> None:
    block = read_block(archive_dir, archived["/cookies"])
    assert block == (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
        b"Set-Cookie: first=1; Path=/\r\nX-Between: yes\r\n"
        b"Set-Cookie: second=2; Path=/; HttpOnly\r\n\r\ntwo cookies"
    )


def test_status_lines(archived, archive_dir: Path) -> None:
    assert read_block(archive_dir, archived["/redirect"]).startswith(
        b"HTTP/1.1 301 Moved Permanently\r\nLocation: /gzip\r\n"
    )
    assert read_block(archive_dir, archived["/http10"]).startswith(b"HTTP/1.0 200 OK\r\n")
    assert read_block(archive_dir, archived["/missing"]).startswith(b"HTTP/1.1 404 Not Found\r\n")


def test_read_record_by_pointer(archived, archive_dir: Path) -> None:
    pointer = archived["/gzip"]
    record = read_record(archive_dir, pointer)
    assert record.rec_headers.get_header("WARC-Record-ID") == pointer.record_id
    assert record.raw_stream.read() == GZIP_PAGE
    assert record.digest_checker.passed is True


def test_warcio_check_cdxj_and_verify_accept_the_files(archived, archive_dir: Path) -> None:
    files = sorted(archive_dir.glob("*.warc.gz"))
    assert files
    checked = subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", "-v", *map(str, files)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("digest pass") == 1 + 2 * len(TARGETS)
    lines = [line for path in files for line in cdxj_lines(path)]
    assert len(lines) == len(TARGETS)
    assert all('"filename": "' + files[0].name in line for line in lines)
    index_archive(archive_dir)
    assert index_path(files[0]).read_text().count("\n") == len(TARGETS)
    report = verify_archive(archive_dir, require_index=True)
    assert report.ok, report.problems
    assert report.records == 1 + 2 * len(TARGETS)
