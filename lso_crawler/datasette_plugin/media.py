"""GET /-/lso/media/<digest>: an archived article image, served from its WARC record.

The digest is the image's WARC-Payload-Digest (``sha1:`` and 32 base32 characters), so the
URL names the bytes and an answer is cached for a year (``immutable``). The record is the
first `response` row of `media` with that digest (``store.media.first_image_capture``): a
revisit's bytes are in the response it refers to, under whichever URL came first. The record
is read whole, within ``image_max_bytes`` plus HEAD_ROOM (files resolved inside the archive
directory only, never inflated past that), warcio checks its digests, and its payload digest
must be the one asked for: the bytes served are the bytes the URL names.

Only raster images are served: JPEG, PNG, GIF or WebP, decided from the bytes' magic, never
from the archived Content-Type (an SVG or an HTML page archived as ``image/png`` would run
script in the archive's origin). Every answer carries ``nosniff`` and a sandboxing CSP.

Answers:
  200  the payload as archived (its Content-Encoding, if any, removed within the limit)
  403  refused: a capture the crawler cut short (WARC-Truncated: a partial photo is not
       shown as if it were the photo; ingest gives those no `media` row anyway), a record
       or payload over the limit, a payload that is not one of the four image types
  404  a malformed or unknown digest, an archive without `media`, a record that cannot be
       read, is not a 200 response, or holds other bytes than the digest names
Memory: one image at a time per request, at most a few times ``image_max_bytes``.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from datasette.utils.asgi import Request, Response

from lso_crawler.datasette_plugin.config import archive_dir, image_max_bytes, lso_database
from lso_crawler.store.media import first_image_capture
from lso_crawler.warc import ArchiveReadError, PayloadError, WarcPointer, read_response

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

MEDIA_PATH = "/-/lso/media/{}"
DIGEST = re.compile(r"sha1:[A-Z2-7]{32}")
HEAD_ROOM = 64 * 1024  # WARC and HTTP headers around the payload
SAFE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
}
CACHED = "public, max-age=31536000, immutable"
_TOO_LARGE = "too-large"


class ImageRefused(Exception):
    """An image this route will not serve; ``status`` and a short ``message`` (no paths)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class ArchivedImage:
    """An image's bytes as archived, and the type its magic shows."""

    content_type: str
    body: bytes


def raster_type(data: bytes) -> str | None:
    """The Content-Type of JPEG, PNG, GIF or WebP bytes, by their magic; None for all else."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def media_path(digest: str) -> str:
    """The route's path for an image digest."""
    return MEDIA_PATH.format(digest)


def _warc_header(headers: list[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    return next((v for k, v in headers if k.lower() == wanted), None)


def _too_large(limit: int) -> str:
    return f"Not served: the image is larger than the {limit} bytes images may be."


def load_image(directory: Path, pointer: WarcPointer, digest: str, limit: int) -> ArchivedImage:
    """Read and check the image record at `pointer` (blocking: run it in a thread).

    Raises ImageRefused (403 or 404) for anything the route does not serve.
    """
    try:
        record = read_response(directory, pointer, limit=limit + HEAD_ROOM)
    except ArchiveReadError as error:
        if error.reason == _TOO_LARGE:
            raise ImageRefused(403, _too_large(limit)) from None
        raise ImageRefused(404, f"The image's record cannot be read ({error.reason}).") from None
    except (ValueError, TypeError, OSError, OverflowError) as error:  # a hostile pointer row
        why = type(error).__name__
        raise ImageRefused(404, f"The image's record cannot be read ({why}).") from None
    headers = record.warc_headers
    if (
        _warc_header(headers, "WARC-Type") != "response"
        or _warc_header(headers, "WARC-Payload-Digest") != digest
        or record.status != 200
    ):
        raise ImageRefused(404, "The record at the image's pointer is not that image.")
    if record.truncated:
        raise ImageRefused(403, f"The crawler cut this image short ({record.truncated}).")
    try:
        body = record.decoded_payload(limit)
    except PayloadError as error:
        if error.reason == _TOO_LARGE:
            raise ImageRefused(403, _too_large(limit)) from None
        raise ImageRefused(404, f"The image cannot be decoded ({error.reason}).") from None
    content_type = raster_type(body)
    if content_type is None:
        raise ImageRefused(403, "Not served: the archived bytes are not a JPEG, PNG, GIF or WebP.")
    return ArchivedImage(content_type, body)


def _pointer(conn: sqlite3.Connection, digest: str) -> WarcPointer | None:
    try:
        return first_image_capture(conn, digest)
    except sqlite3.Error:  # an archive from before the media table
        return None


def _refusal(status: int, message: str) -> Response:
    headers = {**SAFE_HEADERS, "Cache-Control": "no-store"}
    return Response(message, status=status, headers=headers, content_type="text/plain")


async def media_page(request: Request, datasette: Datasette) -> Response:
    """GET /-/lso/media/<digest>: the archived image's bytes."""
    digest = request.url_vars["digest"]
    if not DIGEST.fullmatch(digest):
        return _refusal(404, "Not an image digest.")
    database = await lso_database(datasette)
    if database is None:
        return _refusal(404, "No lso-archive database is being served.")
    pointer = await database.execute_fn(lambda conn: _pointer(conn, digest))
    if pointer is None:
        return _refusal(404, f"No archived image has the digest {digest}.")
    loop = asyncio.get_running_loop()
    directory, limit = archive_dir(datasette), image_max_bytes(datasette)
    try:
        image = await loop.run_in_executor(None, load_image, directory, pointer, digest, limit)
    except ImageRefused as refused:
        return _refusal(refused.status, refused.message)
    headers = {**SAFE_HEADERS, "Cache-Control": CACHED, "ETag": f'"{digest}"'}
    return Response(image.body, headers=headers, content_type=image.content_type)
