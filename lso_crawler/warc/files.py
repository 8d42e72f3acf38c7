"""Appends captures to rotating, crash-safe WARC 1.1 files named per WARC 1.1 Annex C."""

from __future__ import annotations

import fcntl
import os
import re
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from types import TracebackType

from warcio.recordloader import ArcWarcRecord
from warcio.warcwriter import WARCWriter

from lso_crawler.warc.records import (
    WARC_VERSION,
    Capture,
    CrawlInfo,
    RevisitTarget,
    build_capture_records,
    build_revisit_records,
    build_warcinfo,
)

WARC_SUFFIX = ".warc.gz"
OPEN_SUFFIX = ".open"
DEFAULT_MAX_SIZE = 1_000_000_000


@dataclass(frozen=True)
class WarcPointer:
    """Where a response or revisit record lies: enough to read the raw capture back.

    ``filename`` is the finished name (``….warc.gz``), also while the file is still open;
    ``date`` is the record's WARC-Date verbatim, as a later revisit must cite it.
    """

    filename: str
    offset: int
    length: int
    record_id: str
    payload_digest: str
    target_uri: str
    date: str
    record_type: str = "response"


def crawl_hostname(hostname: str | None = None) -> str:
    """The crawling machine's name, made safe for a file name."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", hostname or socket.gethostname()) or "localhost"


def warc_filename(prefix: str, moment: datetime, serial: int, hostname: str) -> str:
    """``Prefix-YYYYMMDDhhmmssfff-NNNNN-host.warc.gz`` (WARC 1.1 Annex C, UTC, milliseconds)."""
    utc = moment.astimezone(UTC)
    stamp = utc.strftime("%Y%m%d%H%M%S") + f"{utc.microsecond // 1000:03d}"
    return f"{prefix}-{stamp}-{serial:05d}-{crawl_hostname(hostname)}{WARC_SUFFIX}"


def fsync_directory(directory: Path) -> None:
    """Make a file creation or rename in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class WarcFileWriter:
    """Writes captures as gzip-per-record WARC files in ``directory``; not thread-safe.

    Settings:
        info      the crawl description written as warcinfo at the head of every file.
        prefix    first part of each file name.
        max_size  start a new file rather than let one grow past this many bytes (1 GB);
                  a single capture larger than that still gets a file of its own.
        fsync     fsync after every capture (default). Without it a capture survives a killed
                  process (it is in the kernel) but not a power cut.
        hostname  crawl host for file names and warcinfo; default: this machine's name.
        on_close  called with the path of each finished ``.warc.gz`` (e.g. to index it).

    A file is written as ``NAME.warc.gz.open`` under an exclusive flock and renamed to
    ``NAME.warc.gz`` when closed; ``repair()`` finishes files left open by a killed process.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        info: CrawlInfo,
        *,
        prefix: str = "LSO",
        max_size: int = DEFAULT_MAX_SIZE,
        fsync: bool = True,
        hostname: str | None = None,
        on_close: Callable[[Path], object] | None = None,
    ) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.info = info
        self.prefix = prefix
        self.max_size = max_size
        self.fsync = fsync
        self.hostname = crawl_hostname(hostname)
        self.on_close = on_close
        self.finished: list[Path] = []
        self._fd: int | None = None
        self._name = ""
        self._size = 0
        self._head_size = 0
        self._serial = 0
        self._buffer = BytesIO()
        self._warc_writer = WARCWriter(self._buffer, gzip=True, warc_version=WARC_VERSION)

    @property
    def path(self) -> Path | None:
        """The ``.open`` file being written, if any."""
        return self.directory / (self._name + OPEN_SUFFIX) if self._fd is not None else None

    def write_capture(
        self, capture: Capture, revisit_of: RevisitTarget | None = None
    ) -> WarcPointer:
        """Append a response (or, with ``revisit_of``, a revisit) and its request record."""
        if revisit_of is None:
            records = build_capture_records(capture)
        else:
            records = build_revisit_records(capture, revisit_of)
        data, lengths = self._serialize(records)
        too_big = self._size + len(data) > self.max_size
        if self._fd is not None and too_big and self._size > self._head_size:
            self.close()
        if self._fd is None:
            self._open_file()
        offset = self._size
        self._append(data)
        head = records.response.rec_headers
        return WarcPointer(
            filename=self._name,
            offset=offset,
            length=lengths[0],
            record_id=head.get_header("WARC-Record-ID"),
            payload_digest=head.get_header("WARC-Payload-Digest"),
            target_uri=head.get_header("WARC-Target-URI"),
            date=head.get_header("WARC-Date"),
            record_type=records.response.rec_type,
        )

    def close(self) -> None:
        """Finish the current file: sync it, rename it to ``.warc.gz``, call ``on_close``."""
        if self._fd is None:
            return
        open_path = self.directory / (self._name + OPEN_SUFFIX)
        final = self.directory / self._name
        fd, self._fd = self._fd, None
        try:
            if self.fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(open_path, final)
        if self.fsync:
            fsync_directory(self.directory)
        self.finished.append(final)
        if self.on_close is not None:
            self.on_close(final)

    def __enter__(self) -> WarcFileWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _serialize(self, records: Iterable[ArcWarcRecord]) -> tuple[bytes, list[int]]:
        """Each record as its own gzip member; returns the bytes and each member's length."""
        self._buffer.seek(0)
        self._buffer.truncate()
        lengths = []
        for record in records:
            start = self._buffer.tell()
            self._warc_writer.write_record(record)
            lengths.append(self._buffer.tell() - start)
        return self._buffer.getvalue(), lengths

    def _open_file(self) -> None:
        while True:
            name = warc_filename(self.prefix, datetime.now(UTC), self._serial, self.hostname)
            self._serial += 1
            if (self.directory / name).exists():
                continue
            try:
                fd = os.open(
                    self.directory / (name + OPEN_SUFFIX),
                    os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC,
                    0o644,
                )
            except FileExistsError:
                continue
            break
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._fd, self._name, self._size = fd, name, 0
        info = build_warcinfo(name, self.info, hostname=self.hostname)
        self._append(self._serialize([info])[0])
        self._head_size = self._size
        if self.fsync:
            fsync_directory(self.directory)

    def _append(self, data: bytes) -> None:
        """Write whole members at the end of the file, or leave the file as it was."""
        assert self._fd is not None
        try:
            self._write(data)
            if self.fsync:
                os.fsync(self._fd)
        except BaseException:
            # A half-written member would corrupt every record appended after it.
            os.ftruncate(self._fd, self._size)
            os.lseek(self._fd, self._size, os.SEEK_SET)
            raise
        self._size += len(data)

    def _write(self, data: bytes) -> None:
        assert self._fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]
