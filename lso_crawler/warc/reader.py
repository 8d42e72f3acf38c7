"""Reads one archived record back from a WarcPointer."""

from __future__ import annotations

import os
import zlib
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from lso_crawler.warc.files import OPEN_SUFFIX, WarcPointer
from lso_crawler.warc.members import record_block


def _member_bytes(directory: str | os.PathLike[str], pointer: WarcPointer) -> bytes:
    path = Path(directory) / pointer.filename
    if not path.exists():  # the file may still be being written
        path = path.with_name(path.name + OPEN_SUFFIX)
    with path.open("rb") as stream:
        stream.seek(pointer.offset)
        data = stream.read(pointer.length)
    if len(data) != pointer.length:
        raise ValueError(f"{path.name}: only {len(data)} of {pointer.length} bytes at the pointer")
    return data


def read_record(directory: str | os.PathLike[str], pointer: WarcPointer) -> ArcWarcRecord:
    """The warcio record at the pointer, digests checked as its content is read."""
    stream = BytesIO(_member_bytes(directory, pointer))
    record = next(iter(ArchiveIterator(stream, check_digests=True)))
    found = record.rec_headers.get_header("WARC-Record-ID")
    if found != pointer.record_id:
        raise ValueError(f"expected record {pointer.record_id} at the pointer, found {found}")
    return record


def read_block(directory: str | os.PathLike[str], pointer: WarcPointer) -> bytes:
    """The record's block byte for byte: HTTP status line, headers and body as received."""
    data = zlib.decompress(_member_bytes(directory, pointer), zlib.MAX_WBITS | 16)
    head = data[: data.find(b"\r\n\r\n") + 2]
    if f"\r\nWARC-Record-ID: {pointer.record_id}\r\n".encode() not in head:
        raise ValueError(f"record {pointer.record_id} is not at the pointer")
    return record_block(data)
