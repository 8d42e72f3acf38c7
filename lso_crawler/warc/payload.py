"""Bounded removal of HTTP content codings (gzip, deflate) from archived or fetched payloads.

Every inflation in the project goes through here or through ``members`` (the WARC file's own
gzip members): output is produced in slices of at most ``CHUNK`` bytes and refused as soon as
it passes the caller's limit, so a 2 MB bomb costs about ``limit`` bytes of memory, not 2 GiB.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

CHUNK = 1 << 20
# Scrapy's DOWNLOAD_MAXSIZE in settings.py: nothing larger is ever downloaded or decoded.
MAX_PAYLOAD_BYTES = 20 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_WBITS = zlib.MAX_WBITS | 16
_CODINGS = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}


class PayloadError(ValueError):
    """A payload that cannot be decoded; ``reason`` is short and stable, e.g. ``too-large``.

    Reasons: ``unsupported-encoding``, ``truncated-gzip``, ``corrupt-gzip``,
    ``truncated-deflate``, ``corrupt-deflate``, ``too-large``.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def content_codings(content_encoding: str | None) -> list[str]:
    """The codings a Content-Encoding value lists, in the order they were applied."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    return [c for c in codings if c and c != "identity"]


def _inflate_stream(
    chunks: Iterable[bytes], coding: str, limit: int, total: list[int]
) -> Iterator[bytes]:
    """Inflate one coded stream (gzip members back to back, or one deflate stream)."""
    wbits = _GZIP_WBITS if coding == "gzip" else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    started = finished = False
    pending = b""
    source = iter(chunks)
    while True:
        if not pending:
            pending = next(source, b"")
            if not pending:
                break
        if finished:
            # After a complete gzip member only another member may follow; anything else is
            # trailing garbage, ignored as gzip(1) and browsers do.
            if coding != "gzip" or not pending.startswith(_GZIP_MAGIC[: len(pending)]):
                return
            inflater, finished = zlib.decompressobj(wbits), False
        if coding == "deflate" and not started:
            started = True
            if (pending[0] & 0x0F) != 8 or int.from_bytes(pending[:2], "big") % 31:
                # Many servers send raw deflate without the zlib wrapper RFC 9110 asks for.
                inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        started = True
        try:
            piece = inflater.decompress(pending, min(CHUNK, limit + 1 - total[0]))
        except zlib.error as exc:
            raise PayloadError(f"corrupt-{coding}", str(exc)) from None
        total[0] += len(piece)
        if total[0] > limit:
            raise PayloadError("too-large", f"inflates past {limit} bytes")
        if piece:
            yield piece
        if inflater.eof:
            pending, finished = inflater.unused_data, True
        elif inflater.unconsumed_tail:
            pending = inflater.unconsumed_tail
        else:
            pending = b""
            # All input taken; output may still be buffered inside zlib.
            while not inflater.eof:
                piece = inflater.decompress(b"", min(CHUNK, limit + 1 - total[0]))
                if not piece:
                    break
                total[0] += len(piece)
                if total[0] > limit:
                    raise PayloadError("too-large", f"inflates past {limit} bytes")
                yield piece
            if inflater.eof:
                pending, finished = inflater.unused_data, True
    if started and not finished:
        raise PayloadError(f"truncated-{coding}", "the stream ends before its end marker")


def iter_decoded(
    chunks: Iterable[bytes], content_encoding: str | None, limit: int
) -> Iterator[bytes]:
    """Decode a payload given in chunks, yielding at most ``limit`` bytes in all.

    Raises PayloadError (possibly after yielding some output) when a stream is cut short,
    corrupt, coded with something other than gzip/deflate, or inflates past ``limit``. An
    empty payload decodes to nothing whatever its coding (HEAD, 204 and 304 answers).
    """
    codings = content_codings(content_encoding)
    for coding in codings:
        if coding not in _CODINGS:
            raise PayloadError("unsupported-encoding", coding)
    stream: Iterable[bytes] = chunks
    for coding in reversed(codings):
        stream = _inflate_stream(stream, _CODINGS[coding], limit, [0])
    total = 0
    for piece in stream:
        total += len(piece)
        if total > limit:
            raise PayloadError("too-large", f"more than {limit} bytes")
        yield piece


def decode_payload(raw: bytes, content_encoding: str | None, limit: int) -> bytes:
    """The payload with its Content-Encoding removed; PayloadError when it cannot be.

    ``identity`` or no coding passes the bytes through (still refused over ``limit``).
    """
    if not content_codings(content_encoding):
        if len(raw) > limit:
            raise PayloadError("too-large", f"{len(raw)} bytes, the limit is {limit}")
        return raw
    view = memoryview(raw)
    slices = (bytes(view[i : i + CHUNK]) for i in range(0, len(raw), CHUNK))
    return b"".join(iter_decoded(slices, content_encoding, limit))


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Gunzip a ``.gz`` file (such as a sitemap), refusing output past ``limit``."""
    return decode_payload(data, "gzip", limit)
