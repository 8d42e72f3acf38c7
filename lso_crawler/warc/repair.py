"""Finishes WARC files left ``.open`` by a killed writer."""

from __future__ import annotations

import fcntl
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from lso_crawler.warc.files import OPEN_SUFFIX, fsync_directory
from lso_crawler.warc.index import index_archive, remove_orphaned_partials
from lso_crawler.warc.members import BrokenMember, iter_members, member_problem

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RepairReport:
    """What repair did to one leftover ``.open`` file.

    ``repaired`` is the finished ``.warc.gz``, or None when no whole record was left and the
    file was removed; ``cut_reason`` says why the tail was cut (None when nothing was).
    """

    open_path: Path
    repaired: Path | None
    records_kept: int
    bytes_kept: int
    bytes_cut: int
    cut_reason: str | None


def _complete_prefix(fd: int) -> tuple[int, int, str | None]:
    """Length and record count of the file's whole-record prefix, and why it stops there."""
    kept = records = 0
    with os.fdopen(os.dup(fd), "rb") as stream:
        try:
            # limit=0: only each member's size, head and tail are needed, never its data.
            for member in iter_members(stream, limit=0):
                problem = member_problem(member)
                if problem:
                    return kept, records, f"offset {member.offset}: {problem}"
                kept, records = member.offset + member.length, records + 1
        except BrokenMember as exc:
            return kept, records, str(exc)
    return kept, records, None


def _repair_one(open_path: Path) -> RepairReport | None:
    fd = os.open(open_path, os.O_RDWR)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.warning("%s is being written by a live process; left alone", open_path)
            return None
        size = os.fstat(fd).st_size
        kept, records, reason = _complete_prefix(fd)
        final = open_path.with_name(open_path.name.removesuffix(OPEN_SUFFIX))
        if records and final.exists():
            logger.error("%s not repaired: %s already exists", open_path, final.name)
            return None
        if kept < size:
            os.ftruncate(fd, kept)
        os.fsync(fd)
        if records:
            os.rename(open_path, final)
        else:
            os.unlink(open_path)
    finally:
        os.close(fd)
    fsync_directory(open_path.parent)
    return RepairReport(open_path, final if records else None, records, kept, size - kept, reason)


def repair(directory: str | os.PathLike[str]) -> list[RepairReport]:
    """Cut every leftover ``.open`` file after its last whole record and finish it.

    A member counts when it decompresses completely (CRC and length match) and holds exactly
    one whole WARC record; everything from the first member that does not is cut. A file with
    no whole record left is removed. Files still locked by a live writer are skipped.
    """
    reports = []
    for open_path in sorted(Path(directory).glob(f"*{OPEN_SUFFIX}")):
        report = _repair_one(open_path)
        if report is not None:
            if report.bytes_cut:
                logger.warning(
                    "%s: cut %d bytes (%s)", open_path.name, report.bytes_cut, report.cut_reason
                )
            reports.append(report)
    return reports


@dataclass(frozen=True)
class ArchiveRepair:
    """What repair_archive did: files finished, indexes written, orphaned partials removed."""

    reports: list[RepairReport]
    indexed: list[Path]
    removed: list[Path]


def repair_archive(directory: str | os.PathLike[str]) -> ArchiveRepair:
    """Finish leftover ``.open`` files, index every closed file lacking a current index, and
    remove orphaned ``.cdxj.tmp`` files (a kill or ENOSPC between rename and index)."""
    reports = repair(directory)
    removed = remove_orphaned_partials(directory)
    for partial in removed:
        logger.warning("removed the orphaned partial index %s", partial.name)
    indexed = index_archive(directory)
    return ArchiveRepair(reports, indexed, removed)


def repair_and_index(directory: str | os.PathLike[str]) -> list[RepairReport]:
    """repair_archive, returning only the reports on ``.open`` files (used at crawl start)."""
    return repair_archive(directory).reports
