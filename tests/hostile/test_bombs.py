"""Decompression bombs (defect 12.3): sitemaps and archived records never inflate unbounded."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from lso_crawler.listings import SITEMAP_MAX_BYTES, sitemap_entries, xml_selector
from lso_crawler.warc.files import WarcFileWriter, WarcPointer
from lso_crawler.warc.index import index_archive, index_path, write_cdxj
from lso_crawler.warc.members import MAX_RECORD_BYTES
from lso_crawler.warc.paths import ArchiveReadError, closed_warc_files
from lso_crawler.warc.payload import MAX_PAYLOAD_BYTES, PayloadError, gunzip_bounded
from lso_crawler.warc.reader import (
    iter_file,
    open_block,
    read_block,
    read_member,
    read_record,
    read_response,
)
from lso_crawler.warc.verify import VerifyReport, verify_archive
from tests.warc.bombs import GIB, MIB, gzip_of_zeros, warc_bomb_member
from tests.warc.conftest import INFO
from tests.warc.samples import capture
from tests.warc.test_bounded_reader import gzip_capture

SITEMAP = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>https://baolangson.vn/bai-viet-5071654.html</loc></url></urlset>"
)
SITEMAP_URL = "https://baolangson.vn/sitemap-news.xml.gz"


def test_a_gzipped_sitemap_is_read() -> None:
    entries = sitemap_entries(xml_selector(gzip.compress(SITEMAP)), SITEMAP_URL)
    assert [e.url for e in entries] == ["https://baolangson.vn/bai-viet-5071654.html"]


def test_a_2_gib_sitemap_bomb_is_refused_in_bounded_memory() -> None:
    bomb = gzip_of_zeros(2 * GIB)
    tracemalloc.start()
    try:
        with pytest.raises(PayloadError) as caught:
            xml_selector(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too-large"
    assert "sitemap inflates past 52428800 bytes" in str(caught.value)
    # The input itself (2 MB) is held by the caller; the rest is bounded output.
    assert peak < SITEMAP_MAX_BYTES + 16 * MIB, f"peak {peak / MIB:.1f} MiB"


def test_a_sitemap_just_over_the_protocol_limit_is_refused() -> None:
    with pytest.raises(PayloadError, match="too-large"):
        xml_selector(gzip_of_zeros(51 * MIB))
    assert gunzip_bounded(gzip_of_zeros(50 * MIB), SITEMAP_MAX_BYTES) == bytes(50 * MIB)


def test_a_truncated_gzipped_sitemap_is_refused() -> None:
    with pytest.raises(PayloadError) as caught:
        xml_selector(gzip.compress(SITEMAP)[:-6])
    assert caught.value.reason == "truncated-gzip"


# --- Bombs inside the archive -------------------------------------------------------------


def _archive_with_bombs(
    archive_dir: Path, record_bomb_size: int = 2 * GIB
) -> tuple[WarcPointer, WarcPointer, WarcPointer]:
    """A closed file holding a payload bomb, a record bomb, then a normal capture.

    The payload bomb is what a crawl archives from a hostile server: 2 MB of gzip served with
    Content-Encoding: gzip. The record bomb is a WARC record whose own gzip member inflates
    to 2 GiB: a damaged or planted archive file.
    """
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        payload_bomb = writer.write_capture(gzip_capture(gzip_of_zeros(2 * GIB)))
    spare = archive_dir / "spare"
    with WarcFileWriter(spare, INFO, fsync=False) as writer:
        normal = writer.write_capture(capture(3))
    normal_members = (spare / normal.filename).read_bytes()[normal.offset :]
    path = archive_dir / payload_bomb.filename
    member = warc_bomb_member("http://example.com/planted", record_bomb_size, BOMB_ID)
    offset = path.stat().st_size
    with path.open("ab") as out:
        out.write(member + normal_members)
    shutil.rmtree(spare)
    record_bomb = WarcPointer(
        payload_bomb.filename, offset, len(member), BOMB_ID, "", "http://example.com/planted", ""
    )
    after = replace(normal, filename=payload_bomb.filename, offset=offset + len(member))
    return payload_bomb, record_bomb, after


BOMB_ID = "<urn:uuid:00000000-0000-4000-8000-00000000b0b0>"


@pytest.fixture
def bombed(tmp_path: Path) -> tuple[Path, tuple[WarcPointer, WarcPointer, WarcPointer]]:
    archive_dir = tmp_path / "archive"
    archive_dir.mkdir()
    return archive_dir, _archive_with_bombs(archive_dir)


@pytest.fixture
def small_bombed(tmp_path: Path) -> tuple[Path, tuple[WarcPointer, WarcPointer, WarcPointer]]:
    """As ``bombed`` with a record bomb of 64 MiB: past the limit, quicker to walk."""
    archive_dir = tmp_path / "archive"
    archive_dir.mkdir()
    return archive_dir, _archive_with_bombs(archive_dir, 64 * MIB)


def _peak(action) -> tuple[object, int]:
    tracemalloc.start()
    try:
        try:
            outcome: object = action()
        except Exception as error:  # the outcome under test
            outcome = error
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


BOUND = MAX_RECORD_BYTES * 2 + 16 * MIB  # a record and its copy, plus slices


def test_every_reader_refuses_the_record_bomb_in_bounded_memory(bombed) -> None:
    archive_dir, (_, record_bomb, after) = bombed
    for read in (read_member, read_block, read_record, read_response):
        error, peak = _peak(lambda read=read: read(archive_dir, record_bomb))
        assert isinstance(error, ArchiveReadError) and error.reason == "too-large", read
        assert peak < BOUND, f"{read.__name__}: peak {peak / MIB:.0f} MiB"
    error, peak = _peak(lambda: open_block(archive_dir, record_bomb))
    assert isinstance(error, ArchiveReadError) and error.reason == "too-large"
    assert peak < 4 * MIB
    assert read_response(archive_dir, after).status == 200  # the rest reads as before


def test_the_payload_bomb_is_archived_but_never_decoded_past_the_limit(bombed) -> None:
    archive_dir, (payload_bomb, _, _) = bombed
    response = read_response(archive_dir, payload_bomb)
    assert len(response.payload) < 3 * MIB
    error, peak = _peak(response.decoded_payload)
    assert isinstance(error, PayloadError) and error.reason == "too-large"
    assert peak < MAX_PAYLOAD_BYTES + 16 * MIB


def test_verify_reports_the_record_bomb_in_bounded_memory(bombed) -> None:
    archive_dir, (_, record_bomb, _) = bombed
    report, peak = _peak(lambda: verify_archive(archive_dir))
    assert isinstance(report, VerifyReport)
    messages = [(p.offset, p.message) for p in report.problems]
    assert len(messages) == 1, messages
    assert messages[0][0] == record_bomb.offset
    assert "past the" in messages[0][1] and "not checked" in messages[0][1]
    assert peak < BOUND, f"peak {peak / MIB:.0f} MiB"


def test_indexing_refuses_a_file_with_a_record_bomb(small_bombed) -> None:
    archive_dir, (payload_bomb, _, _) = small_bombed
    path = archive_dir / payload_bomb.filename
    with pytest.raises(ArchiveReadError, match="inflates to"):
        write_cdxj(path)
    assert not index_path(path).exists()
    assert index_archive(archive_dir) == []  # logged, not raised


def test_indexing_a_payload_bomb_inflates_nothing(tmp_path: Path) -> None:
    """cdxj-indexer reads raw payloads: the 2 MB gzip stays 2 MB."""
    archive_dir = tmp_path / "archive"
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        writer.write_capture(gzip_capture(gzip_of_zeros(2 * GIB)))
    [path] = closed_warc_files(archive_dir)
    written, peak = _peak(lambda: write_cdxj(path))
    assert written == index_path(path)
    assert peak < 32 * MIB, f"peak {peak / MIB:.0f} MiB"
    report = verify_archive(archive_dir, require_index=True)
    assert report.ok, (report, index_path(path).read_text())


def test_iter_file_reports_the_bomb_and_goes_on(small_bombed) -> None:
    archive_dir, (payload_bomb, _, after) = small_bombed
    items, peak = _peak(lambda: list(iter_file(archive_dir / payload_bomb.filename)))
    assert isinstance(items, list)
    kinds = [(type(item).__name__, getattr(item, "reason", None)) for item in items]
    assert kinds == [
        ("ArchivedResponse", None),
        ("UnreadableRecord", "too-large"),
        ("ArchivedResponse", None),
    ]
    assert items[1].target_uri == "http://example.com/planted"
    assert items[2].pointer == after
    assert peak < BOUND


PEAK_SCRIPT = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(done.returncode, peak)
sys.stderr.write(done.stdout + done.stderr)
"""


def test_lso_verify_on_the_bombs_stays_small(bombed, tmp_path: Path) -> None:
    """The command the issue measured at 4.2 GiB: now a problem line and a small peak."""
    archive_dir, _ = bombed
    lso = str(Path(sys.executable).with_name("lso"))
    args = [lso, "verify", "--archive", str(archive_dir), "--db", str(tmp_path / "none.db")]
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, *args], capture_output=True, text=True, timeout=300
    )
    code, peak_mib = map(int, done.stdout.split())
    assert code == 1, done.stderr
    assert "not checked" in done.stderr and "Traceback" not in done.stderr
    assert peak_mib < 400, f"lso verify peaked at {peak_mib} MiB"
    assert not (tmp_path / "none.db").exists()


def test_read_record_content_stream_is_bounded(bombed) -> None:
    """warcio's content_stream() inflated the payload bomb whole (4.2 GiB in lso verify)."""
    archive_dir, (payload_bomb, _, _) = bombed
    record = read_record(archive_dir, payload_bomb)
    error, peak = _peak(lambda: record.content_stream().read())
    assert isinstance(error, PayloadError) and error.reason == "too-large"
    assert peak < MAX_PAYLOAD_BYTES + 16 * MIB
