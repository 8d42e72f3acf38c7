"""repair_archive: a closed file without its index gets one; orphaned partials go (12.9)."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from lso_crawler.warc.files import WarcFileWriter
from lso_crawler.warc.index import index_path
from lso_crawler.warc.repair import repair_and_index, repair_archive
from lso_crawler.warc.verify import verify_archive
from tests.warc.conftest import INFO
from tests.warc.samples import capture


def killed_between_rename_and_index(archive_dir: Path) -> Path:
    """A closed file whose on_close (the indexing) never ran, and a half-written index."""
    with WarcFileWriter(archive_dir, INFO, fsync=False) as writer:
        writer.write_capture(capture(1))
        writer.write_capture(capture(2))
    [closed] = writer.finished
    partial = index_path(closed).with_name(index_path(closed).name + ".tmp")
    partial.parent.mkdir()
    partial.write_text("com,example)/page/1 2026 {")  # cut off mid-line
    return closed


def test_repair_indexes_what_a_kill_left_unindexed(archive_dir: Path) -> None:
    closed = killed_between_rename_and_index(archive_dir)
    before = verify_archive(archive_dir, require_index=True)
    assert [p.message for p in before.problems] == ["no CDXJ index"]
    done = repair_archive(archive_dir)
    assert done.indexed == [index_path(closed)]
    assert [p.name for p in done.removed] == [index_path(closed).name + ".tmp"]
    assert done.reports == []
    assert verify_archive(archive_dir, require_index=True).ok
    assert repair_archive(archive_dir).indexed == []  # nothing left to do


def test_repair_and_index_at_crawl_start_does_the_same(archive_dir: Path) -> None:
    killed_between_rename_and_index(archive_dir)
    assert repair_and_index(archive_dir) == []
    assert verify_archive(archive_dir, require_index=True).ok
    assert list((archive_dir / "indexes").glob("*.tmp")) == []


def test_an_index_being_written_is_left_alone(archive_dir: Path) -> None:
    closed = killed_between_rename_and_index(archive_dir)
    partial = index_path(closed).with_name(index_path(closed).name + ".tmp")
    fd = os.open(partial, os.O_WRONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as write_cdxj holds it while writing
        assert repair_archive(archive_dir).removed == []
        assert partial.exists()
    finally:
        os.close(fd)


def test_a_stale_index_is_rewritten(archive_dir: Path) -> None:
    closed = killed_between_rename_and_index(archive_dir)
    repair_archive(archive_dir)
    index_path(closed).write_text("")
    os.utime(index_path(closed), (1, 1))
    assert not verify_archive(archive_dir, require_index=True).ok
    assert repair_archive(archive_dir).indexed == [index_path(closed)]
    assert verify_archive(archive_dir, require_index=True).ok
