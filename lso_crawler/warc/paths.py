"""Archive files by name, resolved inside the archive directory only.

File names come from the database and from directory listings, both of which a hostile party
may have touched: ``../outside/x.warc.gz``, absolute paths and symlinks that lead out of the
directory are refused.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from lso_crawler.warc.files import OPEN_SUFFIX, WARC_SUFFIX

logger = logging.getLogger(__name__)


class ArchiveReadError(ValueError):
    """An archived record that cannot be read as asked; ``reason`` is short and stable.

    Reasons: ``outside-archive``, ``missing-file``, ``short-file``, ``broken-member``,
    ``too-large``, ``wrong-record``, ``digest-mismatch``, ``malformed-record``, ``busy``
    (an index another process is writing).
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


class ArchivePathError(ArchiveReadError):
    """A file name that leads outside the archive directory."""

    def __init__(self, detail: str) -> None:
        super().__init__("outside-archive", detail)


def _inside(base: Path, path: Path) -> bool:
    return base in path.parents


def archive_file(directory: str | os.PathLike[str], filename: str) -> Path:
    """The regular file ``filename`` (or, while it is being written, its ``.open`` twin).

    ``filename`` must be a bare name; the file, symlinks followed, must lie inside
    ``directory``. Raises ArchivePathError for anything else, ArchiveReadError
    (``missing-file``) when neither file exists.
    """
    if (
        not filename
        or "\0" in filename
        or "/" in filename
        or os.sep in filename
        or filename in (".", "..")
    ):
        raise ArchivePathError(f"{filename!r} is not a file name inside the archive directory")
    base = Path(directory).resolve()
    for name in (filename, filename + OPEN_SUFFIX):
        path = (base / name).resolve()
        if not _inside(base, path):
            raise ArchivePathError(f"{filename} leads outside the archive directory")
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(mode):
            raise ArchivePathError(f"{filename} is not a regular file")
        return base / name  # the entry's own name: pointers cite it, not a link's target
    raise ArchiveReadError("missing-file", f"{filename}: no such file in {directory}")


def closed_warc_files(directory: str | os.PathLike[str]) -> list[Path]:
    """Finished ``.warc.gz`` files in ``directory``, oldest first by their Annex C names.

    Entries that lead outside the directory or are not regular files are skipped (logged).
    """
    base = Path(directory).resolve()
    found = []
    for path in Path(directory).glob(f"*{WARC_SUFFIX}"):
        try:
            found.append(archive_file(base, path.name))
        except ArchiveReadError as error:
            logger.warning("skipping %s: %s", path, error)
    return sorted(found, key=lambda p: p.name.split("-", 1)[-1])


def escaping_entries(directory: str | os.PathLike[str]) -> list[str]:
    """Names of ``.warc.gz``/``.open`` entries that lead outside or are not regular files."""
    base = Path(directory).resolve()
    bad = []
    for path in sorted(Path(directory).iterdir()):
        if not path.name.endswith((WARC_SUFFIX, WARC_SUFFIX + OPEN_SUFFIX)):
            continue
        resolved = path.resolve()
        if not _inside(base, resolved) or not resolved.is_file():
            bad.append(path.name)
    return bad
