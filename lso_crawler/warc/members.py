"""Walks the gzip members of a .warc.gz file, one WARC record per member, in bounded memory.

A WARC file is itself compressed: a hostile or damaged member can inflate to gigabytes. Members
are inflated in slices of at most ``CHUNK`` bytes and only those within ``limit`` are kept.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from lso_crawler.warc.payload import MAX_PAYLOAD_BYTES

CHUNK = 1 << 20
# The largest record any reader inflates: a DOWNLOAD_MAXSIZE body plus room for the WARC and
# HTTP headers around it.
MAX_RECORD_BYTES = MAX_PAYLOAD_BYTES + (1 << 20)
# How much of an oversized record is kept to check its WARC header and end.
HEAD_BYTES = 1 << 16
_GZIP_WBITS = zlib.MAX_WBITS | 16
_CONTENT_LENGTH = re.compile(
    rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE
)


@dataclass(frozen=True)
class Member:
    """A complete gzip member: where it sits in the file and what it decompresses to.

    ``data`` is the whole record, or None when it inflates past the walker's limit; ``head``
    (the first bytes, all of them when ``data`` is kept), ``tail`` (the last four) and
    ``size`` are always there.
    """

    offset: int
    length: int
    size: int
    head: bytes
    tail: bytes
    data: bytes | None


class BrokenMember(Exception):
    """The member starting at ``offset`` is cut short or corrupt."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(f"offset {offset}: {reason}")
        self.offset = offset
        self.reason = reason


class MemberInflater:
    """Inflates the one gzip member that starts at the beginning of ``pending`` + ``read()``.

    ``pieces()`` yields output slices of at most ``chunk`` bytes; afterwards ``consumed`` is the
    member's compressed length and ``rest`` what was read past its end. Raises ValueError when
    the member is corrupt or the input ends before it does.
    """

    def __init__(
        self, read: Callable[[int], bytes], pending: bytes = b"", chunk: int = CHUNK
    ) -> None:
        self._read = read
        self.rest = pending
        self.chunk = chunk
        self.consumed = 0

    def pieces(self) -> Iterator[bytes]:
        """The inflated bytes of the member, slice by slice."""
        inflater = zlib.decompressobj(_GZIP_WBITS)
        pending, full = self.rest, False
        while not inflater.eof:
            if not pending and not full:
                pending = self._read(CHUNK)
                if not pending:
                    raise ValueError("gzip member cut short")
            try:
                piece = inflater.decompress(pending, self.chunk)
            except zlib.error as exc:
                raise ValueError(f"not a valid gzip member ({exc})") from None
            left = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
            self.consumed += len(pending) - len(left)
            pending, full = left, len(piece) == self.chunk
            if piece:
                yield piece
        self.rest = pending


def iter_members(stream: BinaryIO, limit: int = MAX_RECORD_BYTES) -> Iterator[Member]:
    """Yield each gzip member from the stream's start; raise BrokenMember at the first bad one.

    Like ``gzip -t``: every member must end with a matching CRC-32 and length. A member that
    inflates past ``limit`` is still walked to its end (memory stays about one slice) and
    yielded with ``data=None``.
    """
    offset = 0
    pending = b""
    while True:
        if not pending:
            pending = stream.read(CHUNK)
            if not pending:
                return
        inflater = MemberInflater(stream.read, pending)
        parts: list[bytes] | None = []
        size, head, tail = 0, b"", b""
        try:
            for piece in inflater.pieces():
                size += len(piece)
                if len(head) < HEAD_BYTES:
                    head += piece[: HEAD_BYTES - len(head)]
                tail = (tail + piece[-4:])[-4:]
                if parts is not None and size <= limit:
                    parts.append(piece)
                else:
                    parts = None  # too large: keep walking, keep nothing
        except ValueError as exc:
            raise BrokenMember(offset, str(exc)) from None
        data = b"".join(parts) if parts is not None else None
        yield Member(offset, inflater.consumed, size, data or head, tail, data)
        offset += inflater.consumed
        pending = inflater.rest


def record_length_problem(head: bytes, size: int, tail: bytes) -> str | None:
    """Why a record of ``size`` bytes starting with ``head`` is not one whole WARC record."""
    if not head.startswith(b"WARC/"):
        return "does not start with a WARC version line"
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return "WARC header block not terminated"
    match = _CONTENT_LENGTH.search(head, 0, end + 2)
    if not match:
        return "no Content-Length in WARC headers"
    expected = end + 4 + int(match.group(1)) + 4
    if size != expected:
        return f"record is {size} bytes, its headers announce {expected}"
    if tail != b"\r\n\r\n":
        return "record does not end with CRLF CRLF"
    return None


def member_problem(member: Member) -> str | None:
    """Why the member is not exactly one whole WARC record, or None when it is."""
    return record_length_problem(member.head, member.size, member.tail)


def record_problem(data: bytes) -> str | None:
    """Why ``data`` is not exactly one whole WARC record, or None when it is."""
    return record_length_problem(data, len(data), data[-4:])


def record_block(data: bytes) -> bytes:
    """The block (HTTP headers and body, as stored) of one whole WARC record."""
    end = data.index(b"\r\n\r\n") + 4
    return data[end:-4]
