"""The raw capture of a fetch, streamed from its WARC record as plain text in bounded memory.

The page shows the record's WARC headers, the HTTP status line and headers, then the body
with its Content-Encoding removed. Nothing is sent before the record has been checked: a
record announcing more than MAX_RECORD_BYTES, or a body that decodes past
MAX_PAYLOAD_BYTES (a gzip bomb), gets a short refusal page (403) instead, and a pointer
that cannot be read (outside the archive, missing, the wrong record) a 404. The record is
then streamed slice by slice, each slice read in a worker thread.
"""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from datasette.utils.asgi import Request, Response

from lso_crawler.datasette_plugin.config import archive_dir, lso_database
from lso_crawler.datasette_plugin.errors import error_page, not_found
from lso_crawler.datasette_plugin.ids import parse_id
from lso_crawler.store.integrity import fetch_pointer
from lso_crawler.warc import (
    MAX_PAYLOAD_BYTES,
    ArchiveReadError,
    PayloadError,
    WarcPointer,
    open_block,
)
from lso_crawler.warc.payload import content_codings, iter_decoded

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

HTTP_HEAD_BYTES = 1 << 16  # past this without a blank line, the block is shown as is
TOO_LARGE = "too-large"
# Served as inert text: the archived page must never run in the archive viewer's origin.
SAFE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
}


class CaptureRefused(Exception):
    """A record this page will not show; ``status`` and a short ``message`` for the visitor."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class CaptureStream:
    """A checked capture: the bytes to send, a slice at a time."""

    pieces: Iterator[bytes]

    def close(self) -> None:
        """Close the underlying archive file (the generators' own cleanup)."""
        _close(self.pieces)


def _close(chunks: Iterator[bytes]) -> None:
    close = getattr(chunks, "close", None)
    if close is not None:
        close()


def _why(error: Exception) -> str:
    """What went wrong, without the server's paths (public mode shows this to anyone)."""
    return str(getattr(error, "reason", "") or type(error).__name__)


def _split_head(chunks: Iterator[bytes]) -> tuple[bytes, Iterator[bytes]]:
    """The HTTP head (blank line included) and the body's slices; no head if none is found."""
    seen = b""
    for chunk in chunks:
        seen += chunk
        end = seen.find(b"\r\n\r\n")
        if end >= 0:
            return seen[: end + 4], itertools.chain([seen[end + 4 :]], chunks)
        if len(seen) > HTTP_HEAD_BYTES:
            break
    return b"", itertools.chain([seen], chunks)


def _coding(http_head: bytes) -> str | None:
    values = []
    for line in http_head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-encoding":
            values.append(value.strip().decode("latin-1"))
    return ", ".join(values) or None


def _check_decodes(directory: Path, pointer: WarcPointer, coding: str) -> str | None:
    """Inflate the body once, keeping nothing: None if it decodes, else why it does not.

    Raises CaptureRefused when it inflates past MAX_PAYLOAD_BYTES.
    """
    block = open_block(directory, pointer)
    _, body = _split_head(block.chunks)
    try:
        for _ in iter_decoded(body, coding, MAX_PAYLOAD_BYTES):
            pass
    except PayloadError as error:
        if error.reason == TOO_LARGE:
            raise CaptureRefused(
                403,
                f"This capture is not shown: its body inflates past {MAX_PAYLOAD_BYTES} bytes "
                "(a decompression bomb or an oversized page). It stays in the archive.",
            ) from None
        return error.reason
    finally:
        _close(block.chunks)
    return None


def _pieces(
    warc_headers: list[tuple[str, str]],
    http_head: bytes,
    body: Iterator[bytes],
    note: str | None,
) -> Iterator[bytes]:
    yield "".join(f"{name}: {value}\r\n" for name, value in warc_headers).encode() + b"\r\n"
    if note:
        yield f"[lso-archive: {note}]\r\n\r\n".encode()
    yield http_head
    try:
        yield from body
    except ValueError as error:  # the headers are sent: end the page with a note instead
        yield f"\r\n\r\n[lso-archive: the record cannot be read further: {_why(error)}]".encode()


def open_capture(directory: Path, pointer: WarcPointer) -> CaptureStream:
    """Check the record at `pointer`, then return its page as slices (blocking: a thread).

    Raises CaptureRefused for a record that is too large, or cannot be read.
    """
    try:
        block = open_block(directory, pointer)
    except ArchiveReadError as error:
        if error.reason == TOO_LARGE:
            raise CaptureRefused(
                403,
                "This capture is not shown: its archived record is larger than the page reads "
                "(a decompression bomb or a damaged file). It stays in the archive.",
            ) from None
        raise CaptureRefused(404, f"Its WARC record cannot be read ({_why(error)}).") from None
    except (ValueError, OSError, OverflowError) as error:
        raise CaptureRefused(404, f"Its WARC record cannot be read ({_why(error)}).") from None
    try:
        http_head, body = _split_head(block.chunks)
        coding = _coding(http_head)
        note = None
        if content_codings(coding):
            problem = _check_decodes(directory, pointer, coding or "")
            if problem is None:
                body = iter_decoded(body, coding, MAX_PAYLOAD_BYTES)
            else:
                note = (
                    f"the body's Content-Encoding cannot be removed ({problem}): shown as archived"
                )
    except CaptureRefused:
        _close(block.chunks)
        raise
    except (ValueError, OSError) as error:
        _close(block.chunks)
        raise CaptureRefused(404, f"Its WARC record cannot be read ({_why(error)}).") from None
    return CaptureStream(_pieces(block.warc_headers, http_head, body, note))


class CaptureResponse:
    """An ASGI response streaming a CaptureStream's bytes.

    Datasette's AsgiStream writes text only; an archived body is bytes in any charset.
    """

    def __init__(self, stream: CaptureStream) -> None:
        self.stream = stream

    async def asgi_send(self, send: Any) -> None:
        """Send the headers, then each slice as a worker thread reads it."""
        headers = {"content-type": "text/plain; charset=utf-8", **SAFE_HEADERS}
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [[k.lower().encode(), v.encode()] for k, v in headers.items()],
            }
        )
        loop = asyncio.get_running_loop()
        try:
            while (
                piece := await loop.run_in_executor(None, next, self.stream.pieces, None)
            ) is not None:
                if piece:
                    await send({"type": "http.response.body", "body": piece, "more_body": True})
        finally:
            self.stream.close()
        await send({"type": "http.response.body", "body": b""})


def _complete(pointer: WarcPointer | None) -> WarcPointer | None:
    """The pointer if every field a read needs has a plausible value."""
    if (
        pointer is None
        or not isinstance(pointer.filename, str)
        or not isinstance(pointer.record_id, str)
        or not isinstance(pointer.offset, int)
        or not isinstance(pointer.length, int)
    ):
        return None
    return pointer


def _lookup(conn: sqlite3.Connection, fetch_id: int) -> WarcPointer | None:
    try:
        return _complete(fetch_pointer(conn, fetch_id))
    except sqlite3.Error:  # an archive from before the WARC pointer columns
        return None


async def capture_page(request: Request, datasette: Datasette) -> Response | CaptureResponse:
    """GET /-/lso/capture/<fetch_id>: the archived response as text/plain."""
    fetch_id = parse_id(request.url_vars["fetch_id"])
    if fetch_id is None:
        return await not_found(datasette, request, "No such fetch")
    database = await lso_database(datasette)
    if database is None:
        return await not_found(datasette, request, "No lso-archive database is being served")
    pointer = await database.execute_fn(lambda conn: _lookup(conn, fetch_id))
    if pointer is None:
        return await not_found(datasette, request, f"Fetch {fetch_id} has no WARC record")
    directory = archive_dir(datasette)
    loop = asyncio.get_running_loop()
    try:
        stream = await loop.run_in_executor(None, open_capture, directory, pointer)
    except CaptureRefused as refused:
        message = f"Fetch {fetch_id}: {refused.message}"
        return await error_page(datasette, request, message, refused.status)
    return CaptureResponse(stream)
