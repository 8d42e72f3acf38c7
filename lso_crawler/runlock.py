"""One crawl at a time: an exclusive `flock` on a lock file beside the database.

The kernel drops the lock when its process dies, so a killed crawl never leaves a stale
lock behind; the file's text (pid and start time) is only a hint for the message.
"""

from __future__ import annotations

import fcntl
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import IO


def process_alive(pid: object) -> bool:
    """Whether a process with this id exists (someone else's live process counts)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_path_for(db_path: str | Path) -> Path:
    """The lock file that guards the database at `db_path`."""
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class CrawlLock:
    """A non-blocking exclusive lock; `acquire()` is False when another process holds it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """Take the lock, or return False at once if another process has it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")  # "a+": never truncates a holder's note
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}\n")
        handle.flush()
        self._file = handle
        return True

    def release(self) -> None:
        """Let the next run in."""
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def holder(self) -> str:
        """Who holds (or last held) the lock, as written in the file."""
        try:
            return self.path.read_text(encoding="utf-8").strip() or "unknown"
        except OSError:
            return "unknown"

    def is_held(self) -> bool:
        """Whether some process holds the lock right now (without taking it)."""
        if not self.path.exists():
            return False
        with self.path.open("a+", encoding="utf-8") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle, fcntl.LOCK_UN)
        return False

    def __enter__(self) -> CrawlLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
