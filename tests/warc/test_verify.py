"""verify_archive finds what warcio check misses."""

from __future__ import annotations

import gzip
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from lso_crawler.warc import verify
from lso_crawler.warc.files import WarcFileWriter, WarcPointer
from lso_crawler.warc.index import cdxj_lines, index_archive, index_path
from lso_crawler.warc.records import payload_digest
from lso_crawler.warc.verify import encoding_problem, verify_archive
from tests.warc.conftest import INFO
from tests.warc.samples import capture


def write(directory: Path, captures) -> list[WarcPointer]:
    with WarcFileWriter(directory, INFO, fsync=False) as writer:
        return [writer.write_capture(c) for c in captures]


def messages(directory: Path, **kwargs) -> list[tuple[int | None, str]]:
    report = verify_archive(directory, **kwargs)
    assert report.ok == (not report.problems)
    return [(p.offset, p.message) for p in report.problems]


@pytest.fixture
def pointers(archive_dir: Path) -> list[WarcPointer]:
    return write(archive_dir, [capture(n, 5000) for n in range(4)])


def test_a_sound_archive_passes(archive_dir: Path, pointers) -> None:
    index_archive(archive_dir)
    report = verify_archive(archive_dir, require_index=True)
    assert report.ok, report.problems
    assert (report.files, report.records) == (1, 9)


def test_flipped_byte(archive_dir: Path, pointers) -> None:
    path = archive_dir / pointers[2].filename
    data = bytearray(path.read_bytes())
    data[pointers[2].offset + pointers[2].length // 2] ^= 0x01
    path.write_bytes(bytes(data))
    found = messages(archive_dir)
    assert found and found[0][0] == pointers[2].offset
    assert "gzip" in found[0][1]


def test_truncated_file(archive_dir: Path, pointers) -> None:
    path = archive_dir / pointers[3].filename
    path.write_bytes(path.read_bytes()[: pointers[3].offset + 100])
    assert (pointers[3].offset, "gzip member cut short") in messages(archive_dir)


def test_digest_mismatch_inside_a_sound_gzip_member(archive_dir: Path, pointers) -> None:
    path = archive_dir / pointers[1].filename
    data = path.read_bytes()
    start, end = pointers[1].offset, pointers[1].offset + pointers[1].length
    record = bytearray(zlib.decompress(data[start:end], zlib.MAX_WBITS | 16))
    record[-10] ^= 0x01  # a body byte
    path.write_bytes(data[:start] + gzip.compress(bytes(record)) + data[end:])
    found = messages(archive_dir)
    assert len(found) == 2  # block and payload digest
    assert all(offset == start and "digest" in message for offset, message in found)


def test_content_length_mismatch(archive_dir: Path) -> None:
    short = capture(1, 100)
    headers = [("Content-Type", "text/plain"), ("Content-Length", "150")]
    write(archive_dir, [replace(short, response_headers=headers)])
    [(_, message)] = messages(archive_dir)
    assert message == "HTTP Content-Length 150 but 100 body bytes stored"


def test_truncated_capture_may_be_shorter(archive_dir: Path) -> None:
    headers = [("Content-Type", "text/plain"), ("Content-Length", "150")]
    cut = replace(capture(1, 100), response_headers=headers, truncated="disconnect")
    write(archive_dir, [cut, replace(cut, method="HEAD", body=b"", truncated=None)])
    assert messages(archive_dir) == []


@pytest.mark.parametrize(
    ("headers", "body", "problem"),
    [
        ([("Content-Encoding", "gzip")], b"<html>plain</html>", "not gzip"),
        ([("Content-Type", "text/html")], gzip.compress(b"<html>"), "without Content-Encoding"),
        ([("Content-Encoding", "deflate")], b"<html>plain</html>", "not deflate"),
        ([("Content-Encoding", "zstd")], b"<html>plain</html>", "not zstd"),
        ([("Content-Encoding", "gzip")], gzip.compress(b"<html>"), None),
        ([("Content-Encoding", "deflate")], zlib.compress(b"<html>"), None),
        ([("Content-Type", "application/gzip")], gzip.compress(b"data"), None),
        ([("Content-Encoding", "gzip")], b"", None),
    ],
)
def test_content_encoding_against_magic_bytes(headers, body: bytes, problem: str | None) -> None:
    found = encoding_problem(headers, body)
    assert (found is None) if problem is None else (problem in found)


def test_content_encoding_mismatch_is_reported(archive_dir: Path) -> None:
    plain = replace(
        capture(1, 10),
        response_headers=[("Content-Encoding", "gzip"), ("Content-Length", "18")],
        body=b"<html>plain</html>",
    )
    write(archive_dir, [plain])
    [(_, message)] = messages(archive_dir)
    assert message == "Content-Encoding gzip but the body is not gzip"


def test_leftover_open_file(archive_dir: Path, pointers) -> None:
    writer = WarcFileWriter(archive_dir, INFO, fsync=False)
    writer.write_capture(capture(9))
    assert (None, "left open by a writer: run repair()") in messages(archive_dir)
    writer.close()
    assert messages(archive_dir) == []


class RequestOnlyWriter(WarcFileWriter):
    """Drops the response record of every capture."""

    def _serialize(self, records):
        records = list(records)
        return super()._serialize(records[1:] if len(records) == 2 else records)


def test_request_without_response(archive_dir: Path) -> None:
    with RequestOnlyWriter(archive_dir, INFO, fsync=False) as writer:
        writer.write_capture(capture(1))
    [(_, message)] = messages(archive_dir)
    assert message.startswith("request without its response")


def test_unresolved_revisit(archive_dir: Path) -> None:
    original = capture(7)
    elsewhere = WarcPointer(
        "other.warc.gz", 0, 1, "<urn:uuid:x>", payload_digest(original.body), original.url, "d"
    )
    write(archive_dir, [original])
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        writer.write_capture(original, revisit_of=elsewhere)
    [(_, message)] = messages(archive_dir)
    assert message.startswith("revisit does not resolve")


def test_revisit_without_record_id_resolves_by_uri_and_date(archive_dir: Path) -> None:
    original = capture(7)
    [pointer] = write(archive_dir, [original])
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        writer.write_capture(original, revisit_of=replace(pointer, record_id=None))
    assert messages(archive_dir) == []
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        writer.write_capture(original, revisit_of=replace(pointer, record_id=None, date="x"))
    [(_, message)] = messages(archive_dir)
    assert message.startswith("revisit does not resolve")


def test_stale_or_missing_index(archive_dir: Path, pointers) -> None:
    assert messages(archive_dir, require_index=True) == [(None, "no CDXJ index")]
    [index] = index_archive(archive_dir)
    assert index == index_path(archive_dir / pointers[0].filename)
    index.write_text("".join(index.read_text().splitlines(keepends=True)[1:]))
    [(_, message)] = messages(archive_dir)
    assert message.endswith("does not match the file")


def test_records_the_indexer_drops(archive_dir: Path, pointers, monkeypatch) -> None:
    real = verify.cdxj_lines
    monkeypatch.setattr(verify, "cdxj_lines", lambda path, **kw: real(path, **kw)[1:])
    assert (None, "cdxj-indexer indexed 3 of 4 records") in messages(archive_dir)


def test_a_sound_gzip_member_without_a_warc_record(archive_dir: Path) -> None:
    [pointer] = write(archive_dir, [capture(1)])
    path = archive_dir / pointer.filename
    end = path.stat().st_size
    path.write_bytes(path.read_bytes() + gzip.compress(b"not a warc record"))  # sound gzip
    found = messages(archive_dir)
    assert found[0] == (end, "does not start with a WARC version line")
    assert found[1][1].startswith("cdxj-indexer failed")


def test_indexes_do_not_change_once_wacz_is_imported(archive_dir: Path, pointers) -> None:
    """The wacz package appends "warcinfo" to cdxj-indexer's default record types."""
    [path] = sorted(archive_dir.glob("*.warc.gz"))
    before = cdxj_lines(path)
    pytest.importorskip("wacz.waczindexer")

    assert cdxj_lines(path) == before
    assert not any('"application/warc-fields"' in line for line in before)
