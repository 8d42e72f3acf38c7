"""Reads archived records back, from a WarcPointer or a whole file, in bounded memory.

Every read resolves the file inside the archive directory (``paths.archive_file``) and
inflates the record's gzip member slice by slice, refusing it past ``limit`` bytes
(``MAX_RECORD_BYTES`` by default). Payloads are returned as archived, still content-coded;
``ArchivedResponse.decoded_payload`` removes the coding within its own limit.

Errors: ArchiveReadError (a ValueError, with ``.reason``) for anything wrong with the record
or its file, ArchivePathError (a subclass) for names leading outside the directory,
PayloadError (a ValueError) when a payload cannot be decoded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import cast

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from lso_crawler.warc.files import WarcPointer
from lso_crawler.warc.members import (
    HEAD_BYTES,
    MAX_RECORD_BYTES,
    BrokenMember,
    MemberInflater,
    iter_members,
    record_block,
)
from lso_crawler.warc.paths import ArchiveReadError, archive_file
from lso_crawler.warc.payload import MAX_PAYLOAD_BYTES, PayloadError, decode_payload, iter_decoded

STREAM_CHUNK = 1 << 16
_HTTP_TYPES = ("response", "revisit")
_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.I | re.M)

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class ArchivedResponse:
    """A response or revisit record: HTTP status, headers and payload exactly as archived.

    ``payload`` is still content-coded (gzip when Content-Encoding says so) and empty for a
    revisit; ``http_head`` is the stored status line and header lines, CRLF CRLF included.
    """

    pointer: WarcPointer
    warc_headers: Headers
    status: int
    http_head: bytes
    headers: Headers
    payload: bytes
    truncated: str | None

    def header(self, name: str) -> str | None:
        """The first value of an HTTP header, or None."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)

    def content_encoding(self) -> str | None:
        """All Content-Encoding lines joined, in the order the codings were applied."""
        values = [v for k, v in self.headers if k.lower() == "content-encoding"]
        return ", ".join(values) if values else None

    def decoded_payload(self, limit: int = MAX_PAYLOAD_BYTES) -> bytes:
        """The payload with its Content-Encoding removed; PayloadError when it cannot be."""
        return decode_payload(self.payload, self.content_encoding(), limit)


@dataclass(frozen=True)
class UnreadableRecord:
    """A record of a file that could not be read; what its head says, when it says it."""

    filename: str
    offset: int
    length: int | None
    record_type: str | None
    target_uri: str | None
    record_id: str | None
    reason: str
    message: str


@dataclass(frozen=True)
class BlockStream:
    """A record's block, to be streamed: its size (checked against the limit) and its bytes.

    Iterating ``chunks`` can still raise ArchiveReadError if the member turns out broken.
    """

    length: int
    warc_headers: Headers
    chunks: Iterator[bytes]


def _member_pieces(
    directory: str | os.PathLike[str], pointer: WarcPointer, chunk: int
) -> Iterator[bytes]:
    """The inflated record at the pointer, slice by slice; the member must fill the pointer."""
    path = archive_file(directory, pointer.filename)
    if pointer.offset < 0 or pointer.length <= 0:
        raise ArchiveReadError("short-file", f"{path.name}: no record at a pointer of that shape")
    with path.open("rb") as stream:
        stream.seek(pointer.offset)
        remaining = pointer.length

        def read(size: int) -> bytes:
            nonlocal remaining
            data = stream.read(min(size, remaining))
            remaining -= len(data)
            return data

        inflater = MemberInflater(read, chunk=chunk)
        try:
            yield from inflater.pieces()
        except ValueError as exc:
            if remaining and not stream.read(1):
                got = pointer.length - remaining
                raise ArchiveReadError(
                    "short-file",
                    f"{path.name}: only {got} of {pointer.length} bytes at the pointer",
                ) from None
            raise ArchiveReadError(
                "broken-member", f"{path.name}@{pointer.offset}: {exc}"
            ) from None
        if inflater.consumed != pointer.length:
            raise ArchiveReadError(
                "wrong-record",
                f"{path.name}: the record at offset {pointer.offset} is {inflater.consumed} "
                f"bytes, not the {pointer.length} bytes at the pointer",
            )


def read_member(
    directory: str | os.PathLike[str], pointer: WarcPointer, *, limit: int = MAX_RECORD_BYTES
) -> bytes:
    """The whole WARC record at the pointer (headers and block), refused past ``limit`` bytes."""
    parts, size = [], 0
    for piece in _member_pieces(directory, pointer, STREAM_CHUNK * 16):
        size += len(piece)
        if size > limit:
            raise ArchiveReadError(
                "too-large",
                f"{pointer.filename}@{pointer.offset}: record inflates past {limit} bytes",
            )
        parts.append(piece)
    return b"".join(parts)


def _warc_field(head: bytes, name: str) -> str | None:
    end = head.find(b"\r\n\r\n")
    block = head[: end if end >= 0 else len(head)]
    match = re.search(rb"\r\n" + re.escape(name.encode()) + rb":[ \t]*([^\r\n]*)", block, re.I)
    return match.group(1).strip().decode("utf-8", "replace") if match else None


def _check_id(head: bytes, pointer: WarcPointer) -> None:
    found = _warc_field(head, "WARC-Record-ID")
    if found != pointer.record_id:
        raise ArchiveReadError(
            "wrong-record", f"expected record {pointer.record_id} at the pointer, found {found}"
        )


def _lenient_decode(payload: bytes, content_encoding: str | None, limit: int) -> bytes:
    """Decoded as warcio would (partial when cut short, raw when unsupported), but bounded."""
    parts: list[bytes] = []
    try:
        parts.extend(iter_decoded([payload], content_encoding, limit))
    except PayloadError as error:
        if error.reason == "too-large":
            raise
        if error.reason == "unsupported-encoding":
            return payload
    return b"".join(parts)


def read_record(
    directory: str | os.PathLike[str], pointer: WarcPointer, *, limit: int = MAX_RECORD_BYTES
) -> ArcWarcRecord:
    """The warcio record at the pointer, digests checked as its raw content is read.

    Its ``content_stream()`` is bounded: warcio's own removes Content-Encoding without any
    limit (a payload bomb), so here it returns the payload decoded within
    MAX_PAYLOAD_BYTES (PayloadError past it). Prefer read_response and decoded_payload.
    """
    data = read_member(directory, pointer, limit=limit)
    _check_id(data[:HEAD_BYTES], pointer)
    try:
        record = next(iter(ArchiveIterator(BytesIO(data), check_digests=True)))
    except Exception as exc:  # warcio raises several types on malformed records
        raise ArchiveReadError("malformed-record", f"warcio cannot read it: {exc!r}") from None
    if record.http_headers is not None:
        coding = ", ".join(
            v for k, v in record.http_headers.headers if k.lower() == "content-encoding"
        )

        def bounded_content_stream() -> BytesIO:
            payload = record.raw_stream.read()
            return BytesIO(_lenient_decode(payload, coding or None, MAX_PAYLOAD_BYTES))

        record.content_stream = bounded_content_stream
    return record


def read_block(
    directory: str | os.PathLike[str], pointer: WarcPointer, *, limit: int = MAX_RECORD_BYTES
) -> bytes:
    """The record's block byte for byte: HTTP status line, headers and body as received."""
    data = read_member(directory, pointer, limit=limit)
    head = data[: data.find(b"\r\n\r\n") + 2]
    if f"\r\nWARC-Record-ID: {pointer.record_id}\r\n".encode() not in head:
        raise ArchiveReadError("wrong-record", f"record {pointer.record_id} is not at the pointer")
    return record_block(data)


def _block_generator(
    directory: str | os.PathLike[str], pointer: WarcPointer, chunk: int, limit: int
) -> Iterator[tuple[int, Headers] | bytes]:
    pieces = _member_pieces(directory, pointer, chunk)
    head = b""
    while (end := head.find(b"\r\n\r\n")) < 0:
        if len(head) > HEAD_BYTES:
            raise ArchiveReadError("malformed-record", "WARC header block not terminated")
        piece = next(pieces, b"")
        if not piece:
            raise ArchiveReadError("malformed-record", "WARC header block not terminated")
        head += piece
    _check_id(head[: end + 4], pointer)
    match = _CONTENT_LENGTH.search(head, 0, end + 2)
    if not match:
        raise ArchiveReadError("malformed-record", "no Content-Length in WARC headers")
    length = int(match.group(1))
    if length > limit:
        raise ArchiveReadError("too-large", f"a block of {length} bytes, the limit is {limit}")
    lines = head[:end].decode("utf-8", "replace").split("\r\n")[1:]
    yield length, [(k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in lines)]
    buffered, left, trailer = head[end + 4 :], length, b""
    while True:
        out = buffered[:left]
        if out:
            left -= len(out)
            yield out
        trailer += buffered[len(out) :]
        if len(trailer) > 4:
            break
        following = next(pieces, None)
        if following is None:
            break
        buffered = following
    if left or trailer != b"\r\n\r\n":
        raise ArchiveReadError("malformed-record", "the block does not match its Content-Length")


def open_block(
    directory: str | os.PathLike[str],
    pointer: WarcPointer,
    *,
    chunk: int = STREAM_CHUNK,
    limit: int = MAX_RECORD_BYTES,
) -> BlockStream:
    """Check the record at the pointer (file, id, announced size ≤ ``limit``), then stream it.

    Only the WARC header is inflated before this returns; raises ArchiveReadError otherwise.
    """
    generator = _block_generator(directory, pointer, chunk, limit)
    first = next(generator)
    assert isinstance(first, tuple)
    length, warc_headers = first
    # After its first item (the header tuple) the generator yields only bytes.
    return BlockStream(length, warc_headers, cast(Iterator[bytes], generator))


def iter_block(
    directory: str | os.PathLike[str],
    pointer: WarcPointer,
    *,
    chunk: int = STREAM_CHUNK,
    limit: int = MAX_RECORD_BYTES,
) -> Iterator[bytes]:
    """The record's block in slices of at most ``chunk`` bytes (see open_block)."""
    yield from open_block(directory, pointer, chunk=chunk, limit=limit).chunks


def _parse_response(data: bytes, pointer: WarcPointer) -> ArchivedResponse:
    try:
        record = next(iter(ArchiveIterator(BytesIO(data), check_digests=True)))
        payload = record.raw_stream.read()
    except Exception as exc:  # warcio raises several types on malformed records
        raise ArchiveReadError("malformed-record", f"warcio cannot read it: {exc!r}") from None
    if record.digest_checker.problems:
        raise ArchiveReadError("digest-mismatch", "; ".join(record.digest_checker.problems))
    http = record.http_headers
    head_end = data.find(b"\r\n\r\n") + 4
    http_head = data[head_end : len(data) - 4 - len(payload)]
    try:
        status = int(http.get_statuscode() or 0) if http else 0
    except ValueError:
        status = 0
    return ArchivedResponse(
        pointer=pointer,
        warc_headers=list(record.rec_headers.headers),
        status=status,
        http_head=http_head,
        headers=list(http.headers) if http else [],
        payload=payload,
        truncated=record.rec_headers.get_header("WARC-Truncated"),
    )


def read_response(
    directory: str | os.PathLike[str], pointer: WarcPointer, *, limit: int = MAX_RECORD_BYTES
) -> ArchivedResponse:
    """The response or revisit at the pointer, its digests checked, never inflating past limit."""
    data = read_member(directory, pointer, limit=limit)
    _check_id(data[:HEAD_BYTES], pointer)
    return _parse_response(data, pointer)


def _pointer_from(filename: str, offset: int, length: int, head: bytes) -> WarcPointer:
    return WarcPointer(
        filename=filename,
        offset=offset,
        length=length,
        record_id=_warc_field(head, "WARC-Record-ID") or "",
        payload_digest=_warc_field(head, "WARC-Payload-Digest") or "",
        target_uri=_warc_field(head, "WARC-Target-URI") or "",
        date=_warc_field(head, "WARC-Date") or "",
        record_type=_warc_field(head, "WARC-Type") or "",
    )


def iter_file(
    path: str | os.PathLike[str], *, limit: int = MAX_RECORD_BYTES
) -> Iterator[ArchivedResponse | UnreadableRecord]:
    """Every response and revisit of one WARC file, in order, each within ``limit`` bytes.

    A record that cannot be read (too large, malformed, digest mismatch) comes as an
    UnreadableRecord and the walk goes on; a broken gzip member ends the file with one.
    Take ``path`` from ``paths.closed_warc_files`` so it lies inside the archive.
    """
    path = Path(path)
    name = path.name.removesuffix(".open")
    with path.open("rb") as stream:
        try:
            for member in iter_members(stream, limit):
                pointer = _pointer_from(name, member.offset, member.length, member.head)
                if pointer.record_type not in _HTTP_TYPES and member.data is not None:
                    continue
                if member.data is None:
                    yield _unreadable(pointer, "too-large", f"inflates past {limit} bytes")
                    continue
                try:
                    yield _parse_response(member.data, pointer)
                except ArchiveReadError as error:
                    yield _unreadable(pointer, error.reason, str(error))
        except BrokenMember as broken:
            yield UnreadableRecord(
                name, broken.offset, None, None, None, None, "broken-member", broken.reason
            )


def _unreadable(pointer: WarcPointer, reason: str, message: str) -> UnreadableRecord:
    return UnreadableRecord(
        pointer.filename,
        pointer.offset,
        pointer.length,
        pointer.record_type or None,
        pointer.target_uri or None,
        pointer.record_id or None,
        reason,
        f"{pointer.filename}@{pointer.offset}: {message}",
    )
