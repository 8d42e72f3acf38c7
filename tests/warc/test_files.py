"""WarcFileWriter: names, rotation, the .open lifecycle, revisits, failed writes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from lso_crawler.warc.files import WarcFileWriter, warc_filename
from lso_crawler.warc.reader import read_block, read_record
from lso_crawler.warc.verify import verify_archive
from tests.warc.conftest import INFO
from tests.warc.samples import capture

NAME = re.compile(r"^LSO-\d{17}-\d{5}-[A-Za-z0-9._-]+\.warc\.gz$")


def record_types(path: Path) -> list[str]:
    with path.open("rb") as stream:
        return [record.rec_type for record in ArchiveIterator(stream)]


def test_file_name_follows_annex_c() -> None:
    moment = datetime(2026, 3, 4, 5, 6, 7, 891234, tzinfo=UTC)
    name = warc_filename("LSO", moment, 3, "crawl host/1")
    assert name == "LSO-20260304050607891-00003-crawl_host_1.warc.gz"


def test_open_file_is_renamed_on_close(archive_dir: Path) -> None:
    closed: list[Path] = []
    writer = WarcFileWriter(archive_dir, INFO, hostname="h1", on_close=closed.append)
    assert list(archive_dir.iterdir()) == []  # nothing until the first capture
    pointer = writer.write_capture(capture(1))
    assert writer.path is not None and writer.path.name == pointer.filename + ".open"
    assert [p.name for p in archive_dir.iterdir()] == [pointer.filename + ".open"]
    assert read_record(archive_dir, pointer).rec_type == "response"  # readable while open
    writer.close()
    writer.close()
    assert NAME.match(pointer.filename) and pointer.filename.endswith("-h1.warc.gz")
    assert closed == [archive_dir / pointer.filename] == writer.finished
    assert record_types(closed[0]) == ["warcinfo", "response", "request"]


def test_rotation_by_size(archive_dir: Path) -> None:
    max_size = 12_000
    with WarcFileWriter(archive_dir, INFO, max_size=max_size, fsync=False) as writer:
        pointers = [writer.write_capture(capture(n)) for n in range(12)]
    files = writer.finished
    assert len(files) >= 3
    assert len({p.filename for p in pointers}) == len(files)
    serials = [int(f.name.split("-")[2]) for f in files]
    assert serials == list(range(len(files)))
    for path in files:
        assert path.stat().st_size <= max_size
        types = record_types(path)
        assert types[0] == "warcinfo" and types.count("warcinfo") == 1
        assert types[1:] == ["response", "request"] * ((len(types) - 1) // 2)
        # full: the next capture would not have fitted
        if path != files[-1]:
            assert path.stat().st_size + 2 * 2000 > max_size
    for n, pointer in enumerate(pointers):
        assert (
            read_record(archive_dir, pointer).rec_headers.get_header("WARC-Target-URI")
            == f"http://example.com/page/{n}"
        )
    assert verify_archive(archive_dir).ok


def test_a_capture_larger_than_max_size_gets_a_file_of_its_own(archive_dir: Path) -> None:
    with WarcFileWriter(archive_dir, INFO, max_size=5_000, fsync=False) as writer:
        small = writer.write_capture(capture(1, size=100))
        big = writer.write_capture(capture(2, size=20_000))
        after = writer.write_capture(capture(3, size=100))
    assert len({small.filename, big.filename, after.filename}) == 3
    assert record_types(archive_dir / big.filename) == ["warcinfo", "response", "request"]


def test_pointer_offsets_and_lengths(archive_dir: Path) -> None:
    with WarcFileWriter(archive_dir, INFO, fsync=True) as writer:
        pointers = [writer.write_capture(capture(n)) for n in range(3)]
    path = archive_dir / pointers[0].filename
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        offsets = {}
        for record in iterator:
            record.raw_stream.read()
            offsets[record.rec_headers.get_header("WARC-Record-ID")] = (
                iterator.get_record_offset(),
                iterator.get_record_length(),
            )
    for pointer in pointers:
        assert offsets[pointer.record_id] == (pointer.offset, pointer.length)


def test_revisit_of_a_pointer_resolves(archive_dir: Path) -> None:
    first = capture(1)
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        original = writer.write_capture(first)
        later = replace(first, date=datetime.now(UTC), response_headers=[("X-Again", "1")])
        revisit = writer.write_capture(later, revisit_of=original)
        with pytest.raises(ValueError):
            writer.write_capture(capture(2), revisit_of=original)
    assert revisit.record_type == "revisit"
    assert revisit.payload_digest == original.payload_digest
    record = read_record(archive_dir, revisit)
    assert record.rec_headers.get_header("WARC-Refers-To") == original.record_id
    assert read_block(archive_dir, revisit) == b"HTTP/1.1 200 OK\r\nX-Again: 1\r\n\r\n"
    report = verify_archive(archive_dir)
    assert report.ok, report.problems


class FailingWriter(WarcFileWriter):
    """Writes part of the next capture, then fails as a full disk would."""

    fail_next = False

    def _write(self, data: bytes) -> None:
        if self.fail_next:
            self.fail_next = False
            super()._write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")
        super()._write(data)


def test_a_failed_write_leaves_no_partial_record(archive_dir: Path) -> None:
    with FailingWriter(archive_dir, INFO, fsync=False) as writer:
        first = writer.write_capture(capture(1))
        writer.fail_next = True
        with pytest.raises(OSError):
            writer.write_capture(capture(2))
        third = writer.write_capture(capture(3))
    assert record_types(archive_dir / first.filename) == ["warcinfo"] + ["response", "request"] * 2
    assert read_record(archive_dir, third).rec_headers.get_header("WARC-Target-URI").endswith("/3")
    report = verify_archive(archive_dir)
    assert report.ok, report.problems


def test_a_pointer_to_the_wrong_record_is_refused(archive_dir: Path) -> None:
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        pointer = writer.write_capture(capture(1))
    start = pointer.offset + pointer.length  # the request record's member, up to the end
    size = (archive_dir / pointer.filename).stat().st_size
    request_member = replace(pointer, offset=start, length=size - start)
    with pytest.raises(ValueError, match="expected record"):
        read_record(archive_dir, request_member)
    with pytest.raises(ValueError, match="not at the pointer"):
        read_block(archive_dir, request_member)
    with pytest.raises(ValueError, match="bytes at the pointer"):
        read_block(archive_dir, replace(pointer, length=10**6))
