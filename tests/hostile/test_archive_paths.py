"""Archive reads resolve inside the archive directory only (defect 12.8)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from lso_crawler.warc.files import WarcFileWriter, WarcPointer
from lso_crawler.warc.paths import ArchivePathError, archive_file, closed_warc_files
from lso_crawler.warc.reader import (
    open_block,
    read_block,
    read_member,
    read_record,
    read_response,
)
from lso_crawler.warc.verify import verify_archive
from tests.warc.conftest import INFO
from tests.warc.samples import capture

READERS = [read_member, read_block, read_record, read_response, open_block]


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path, WarcPointer]:
    """An archive and, beside it, an ``outside`` directory holding a real WARC file."""
    archive, outside = tmp_path / "archive", tmp_path / "outside"
    with WarcFileWriter(outside, INFO, fsync=False) as writer:
        pointer = writer.write_capture(capture(1))
    os.rename(outside / pointer.filename, outside / "x.warc.gz")
    archive.mkdir()
    return archive, outside, replace(pointer, filename="x.warc.gz")


@pytest.mark.parametrize(
    "name",
    ["../outside/x.warc.gz", "..", ".", "", "sub/x.warc.gz", "x.warc.gz\0", "PLACEHOLDER"],
)
@pytest.mark.parametrize("read", READERS)
def test_names_that_are_not_bare_file_names_are_refused(layout, read, name: str) -> None:
    archive, outside, pointer = layout
    name = str(outside / "x.warc.gz") if name == "PLACEHOLDER" else name  # absolute
    with pytest.raises(ArchivePathError) as caught:
        read(archive, replace(pointer, filename=name))
    assert caught.value.reason == "outside-archive"


@pytest.mark.parametrize("read", READERS)
def test_a_symlink_out_of_the_archive_is_refused(layout, read) -> None:
    archive, outside, pointer = layout
    (archive / "x.warc.gz").symlink_to(outside / "x.warc.gz")
    with pytest.raises(ArchivePathError, match="outside the archive"):
        read(archive, pointer)


def test_a_symlinked_open_twin_out_of_the_archive_is_refused(layout) -> None:
    archive, outside, pointer = layout
    (archive / "x.warc.gz.open").symlink_to(outside / "x.warc.gz")
    with pytest.raises(ArchivePathError):
        read_response(archive, pointer)


def test_a_symlinked_archive_directory_still_reads(layout, tmp_path: Path) -> None:
    """The directory itself may be a link (e.g. to a bigger disk); its files are inside it."""
    _, outside, pointer = layout
    link = tmp_path / "linked-archive"
    link.symlink_to(outside, target_is_directory=True)
    assert read_response(link, pointer).status == 200


def test_a_symlink_within_the_archive_reads(layout) -> None:
    archive, outside, pointer = layout
    os.rename(outside / "x.warc.gz", archive / "real.warc.gz")
    (archive / "x.warc.gz").symlink_to("real.warc.gz")
    assert read_response(archive, pointer).status == 200
    assert archive_file(archive, "x.warc.gz").name == "x.warc.gz"


def test_a_directory_named_like_a_warc_file_is_refused(layout) -> None:
    archive, _, pointer = layout
    (archive / "x.warc.gz").mkdir()
    with pytest.raises(ArchivePathError, match="not a regular file"):
        read_block(archive, pointer)


def test_listing_and_verify_skip_and_report_escaping_entries(layout) -> None:
    archive, outside, _ = layout
    (archive / "LSO-20260101000000000-00000-h.warc.gz").symlink_to(outside / "x.warc.gz")
    assert closed_warc_files(archive) == []
    report = verify_archive(archive)
    assert [(p.file, p.message) for p in report.problems] == [
        (
            "LSO-20260101000000000-00000-h.warc.gz",
            "leads outside the archive directory or is not a file",
        )
    ]
