"""Walks the gzip members of a .warc.gz file, one WARC record per member."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

_CHUNK = 1 << 20
_CONTENT_LENGTH = re.compile(
    rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE
)


@dataclass(frozen=True)
class Member:
    """A complete gzip member: where it sits in the file and what it decompresses to."""

    offset: int
    length: int
    data: bytes


class BrokenMember(Exception):
    """The member starting at ``offset`` is cut short or corrupt."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(f"offset {offset}: {reason}")
        self.offset = offset
        self.reason = reason


def iter_members(stream: BinaryIO) -> Iterator[Member]:
    """Yield each gzip member from the stream's start; raise BrokenMember at the first bad one.

    Like ``gzip -t``: every member must end with a matching CRC-32 and length.
    """
    offset = 0
    pending = b""
    while True:
        if not pending:
            pending = stream.read(_CHUNK)
            if not pending:
                return
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        parts: list[bytes] = []
        consumed = 0
        while True:
            try:
                parts.append(inflater.decompress(pending))
            except zlib.error as exc:
                raise BrokenMember(offset, f"not a valid gzip member ({exc})") from None
            if inflater.eof:
                consumed += len(pending) - len(inflater.unused_data)
                pending = inflater.unused_data
                break
            consumed += len(pending)
            pending = stream.read(_CHUNK)
            if not pending:
                raise BrokenMember(offset, "gzip member cut short")
        yield Member(offset, consumed, b"".join(parts))
        offset += consumed


def record_problem(data: bytes) -> str | None:
    """Why ``data`` is not exactly one whole WARC record, or None when it is."""
    if not data.startswith(b"WARC/"):
        return "does not start with a WARC version line"
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return "WARC header block not terminated"
    match = _CONTENT_LENGTH.search(data, 0, end + 2)
    if not match:
        return "no Content-Length in WARC headers"
    expected = end + 4 + int(match.group(1)) + 4
    if len(data) != expected:
        return f"record is {len(data)} bytes, its headers announce {expected}"
    if not data.endswith(b"\r\n\r\n"):
        return "record does not end with CRLF CRLF"
    return None


def record_block(data: bytes) -> bytes:
    """The block (HTTP headers and body, as stored) of one whole WARC record."""
    end = data.index(b"\r\n\r\n") + 4
    return data[end:-4]
