"""The bounded readers: read_response, read_member, open_block/iter_block, iter_file."""

from __future__ import annotations

import gzip
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lso_crawler.warc.files import WarcFileWriter, WarcPointer
from lso_crawler.warc.members import MAX_RECORD_BYTES
from lso_crawler.warc.paths import ArchiveReadError
from lso_crawler.warc.payload import MAX_PAYLOAD_BYTES, PayloadError
from lso_crawler.warc.reader import (
    ArchivedResponse,
    UnreadableRecord,
    iter_block,
    iter_file,
    open_block,
    read_block,
    read_member,
    read_response,
)
from lso_crawler.warc.records import Capture
from tests.warc.conftest import INFO
from tests.warc.samples import capture

HTML = "<html><body><p>Đoạn một.</p><p>Đoạn hai.</p></body></html>".encode() * 40


def gzip_capture(body: bytes, n: int = 9) -> Capture:
    return Capture(
        url=f"http://example.com/gz/{n}",
        method="GET",
        request_headers=[("Accept-Encoding", "gzip")],
        request_body=b"",
        protocol="HTTP/1.1",
        status=200,
        response_headers=[
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Encoding", "gzip"),
            ("Content-Length", str(len(body))),
            ("ETag", '"v1"'),
        ],
        body=body,
        ip_address="192.0.2.1",
        date=datetime.now(UTC),
    )


@pytest.fixture
def archived(archive_dir: Path) -> list[WarcPointer]:
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        return [
            writer.write_capture(capture(1)),
            writer.write_capture(gzip_capture(gzip.compress(HTML))),
            writer.write_capture(gzip_capture(gzip.compress(HTML)[:-20], n=10)),
        ]


def test_read_response_gives_the_payload_as_archived(archive_dir: Path, archived) -> None:
    response = read_response(archive_dir, archived[1])
    assert response.status == 200
    assert response.header("etag") == '"v1"'
    assert gzip.decompress(response.payload) == HTML
    assert response.decoded_payload() == HTML
    assert response.http_head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert response.http_head.endswith(b"\r\n\r\n")
    assert read_block(archive_dir, archived[1]) == response.http_head + response.payload


def test_a_truncated_gzip_payload_is_refused_when_decoded(archive_dir: Path, archived) -> None:
    """Defect 12.9: archived faithfully, but never decoded into a clean partial page."""
    response = read_response(archive_dir, archived[2])
    with pytest.raises(PayloadError) as caught:
        response.decoded_payload()
    assert caught.value.reason == "truncated-gzip"


def test_a_record_past_the_limit_is_refused(archive_dir: Path, archived) -> None:
    size = len(read_member(archive_dir, archived[0]))
    assert read_member(archive_dir, archived[0], limit=size)
    for read in (read_member, read_response, read_block):
        with pytest.raises(ArchiveReadError) as caught:
            read(archive_dir, archived[0], limit=size - 1)
        assert caught.value.reason == "too-large"


def test_open_block_checks_before_streaming(archive_dir: Path, archived) -> None:
    whole = read_block(archive_dir, archived[0])
    stream = open_block(archive_dir, archived[0], chunk=100)
    assert stream.length == len(whole)
    assert ("WARC-Type", "response") in stream.warc_headers
    chunks = list(stream.chunks)
    assert b"".join(chunks) == whole and max(map(len, chunks)) <= 100
    assert b"".join(iter_block(archive_dir, archived[0])) == whole
    with pytest.raises(ArchiveReadError, match="a block of"):
        open_block(archive_dir, archived[0], limit=len(whole) - 1)
    with pytest.raises(ArchiveReadError, match="expected record"):
        open_block(archive_dir, replace(archived[0], record_id="<urn:uuid:other>"))


def test_a_pointer_past_the_end_of_the_file(archive_dir: Path, archived) -> None:
    size = (archive_dir / archived[0].filename).stat().st_size
    with pytest.raises(ArchiveReadError) as caught:
        read_member(archive_dir, replace(archived[0], offset=size - 10))
    assert caught.value.reason == "short-file"
    with pytest.raises(ArchiveReadError):
        read_member(archive_dir, replace(archived[0], offset=-5))


def test_a_damaged_member_is_an_archive_error(archive_dir: Path, archived) -> None:
    path = archive_dir / archived[1].filename
    data = bytearray(path.read_bytes())
    middle = archived[1].offset + archived[1].length // 2
    data[middle : middle + 16] = bytes(16)
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveReadError) as caught:
        read_response(archive_dir, archived[1])
    assert caught.value.reason == "broken-member"


def test_iter_file_yields_every_response_then_reports_what_it_cannot_read(
    archive_dir: Path, archived
) -> None:
    path = archive_dir / archived[0].filename
    found = list(iter_file(path))
    assert all(isinstance(item, ArchivedResponse) for item in found)
    assert [item.pointer for item in found] == archived  # type: ignore[union-attr]
    small = list(iter_file(path, limit=len(read_member(archive_dir, archived[1]))))
    assert [type(item) for item in small] == [UnreadableRecord, ArchivedResponse, ArchivedResponse]
    assert small[0].reason == "too-large"  # type: ignore[union-attr]
    assert small[0].target_uri == "http://example.com/page/1"  # type: ignore[union-attr]


def test_limits_match_the_download_limit() -> None:
    from lso_crawler.crawl import settings

    assert settings.DOWNLOAD_MAXSIZE == MAX_PAYLOAD_BYTES < MAX_RECORD_BYTES


def test_read_record_content_stream_decodes_like_warcio(archive_dir: Path, archived) -> None:
    """Callers of warcio's API get the decoded body, partial when the gzip was cut short."""
    from lso_crawler.warc.reader import read_record

    assert read_record(archive_dir, archived[1]).content_stream().read() == HTML
    partial = read_record(archive_dir, archived[2]).content_stream().read()
    assert partial and HTML.startswith(partial) and partial != HTML
