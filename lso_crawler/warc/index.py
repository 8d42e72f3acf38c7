"""CDXJ indexes of finished WARC files, made by cdxj-indexer.

Each ``DIR/NAME.warc.gz`` gets a sorted ``DIR/indexes/NAME.cdxj`` (the ``indexes/`` folder of a
pywb collection or a WACZ), indexing response and revisit records (cdxj-indexer's default).
cdxj-indexer inflates whole records, so a file is first walked in bounded memory and refused
when a record inflates past the limit.
"""

from __future__ import annotations

import fcntl
import io
import logging
import os
from pathlib import Path

from cdxj_indexer.main import CDXJIndexer

from lso_crawler.warc.files import WARC_SUFFIX
from lso_crawler.warc.members import MAX_RECORD_BYTES, BrokenMember, iter_members
from lso_crawler.warc.paths import ArchiveReadError, closed_warc_files

INDEX_DIR = "indexes"
TMP_SUFFIX = ".tmp"
# Named, not cdxj-indexer's default: importing `wacz` appends "warcinfo" to that list.
INDEXED_RECORDS = "response,revisit"

logger = logging.getLogger(__name__)


def index_path(warc_path: str | os.PathLike[str]) -> Path:
    """Where the CDXJ index of a WARC file goes."""
    warc_path = Path(warc_path)
    return warc_path.parent / INDEX_DIR / (warc_path.name.removesuffix(WARC_SUFFIX) + ".cdxj")


def check_record_sizes(warc_path: str | os.PathLike[str], limit: int = MAX_RECORD_BYTES) -> None:
    """Raise ArchiveReadError (``too-large``) if any record of the file inflates past limit.

    A broken member ends the check quietly: cdxj-indexer cannot read past it either.
    """
    with Path(warc_path).open("rb") as stream:
        try:
            for member in iter_members(stream, limit=0):
                if member.size > limit:
                    raise ArchiveReadError(
                        "too-large",
                        f"{Path(warc_path).name}@{member.offset}: record inflates to "
                        f"{member.size} bytes, past {limit}",
                    )
        except BrokenMember:
            return


def cdxj_lines(
    warc_path: str | os.PathLike[str], *, limit: int = MAX_RECORD_BYTES, checked: bool = False
) -> list[str]:
    """The sorted CDXJ lines of one WARC file (``checked``: its sizes are known to be fine)."""
    if not checked:
        check_record_sizes(warc_path, limit)
    out = io.StringIO()
    CDXJIndexer(out, [str(warc_path)], sort=True, records=INDEXED_RECORDS).process_all()
    return out.getvalue().splitlines(keepends=True)


def write_cdxj(warc_path: str | os.PathLike[str], *, limit: int = MAX_RECORD_BYTES) -> Path:
    """Write (or rewrite) the index of one finished WARC file; returns its path.

    The partial ``NAME.cdxj.tmp`` is flocked while written, so repair can tell an orphan
    (left by a killed process) from one being written now.
    """
    lines = cdxj_lines(warc_path, limit=limit)
    target = index_path(warc_path)
    target.parent.mkdir(exist_ok=True)
    partial = target.with_name(target.name + TMP_SUFFIX)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        try:
            fcntl.flock(out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            message = f"{target.name} is being written by another process"
            raise ArchiveReadError("busy", message) from None
        out.truncate()
        out.write("".join(lines))
        out.flush()
        os.replace(partial, target)
    return target


def index_archive(
    directory: str | os.PathLike[str], *, limit: int = MAX_RECORD_BYTES
) -> list[Path]:
    """Index every finished WARC file in ``directory`` whose index is missing or older.

    A file that cannot be indexed (a record past ``limit``, cdxj-indexer failing) is logged
    and left without an index, which ``verify_archive`` reports.
    """
    written = []
    for warc_path in closed_warc_files(directory):
        target = index_path(warc_path)
        if target.exists() and target.stat().st_mtime >= warc_path.stat().st_mtime:
            continue
        try:
            written.append(write_cdxj(warc_path, limit=limit))
        except Exception as error:  # cdxj-indexer's errors are not one type
            logger.error("cannot index %s: %s", warc_path.name, error)
    return written


def remove_orphaned_partials(directory: str | os.PathLike[str]) -> list[Path]:
    """Delete ``indexes/*.cdxj.tmp`` files no live process is writing; returns them."""
    removed = []
    for partial in sorted((Path(directory) / INDEX_DIR).glob(f"*.cdxj{TMP_SUFFIX}")):
        try:
            fd = os.open(partial, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # being written right now
        else:
            if partial.exists() and os.path.samestat(os.fstat(fd), partial.stat()):
                partial.unlink()
                removed.append(partial)
        finally:
            os.close(fd)
    return removed
