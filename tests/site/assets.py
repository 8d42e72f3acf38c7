"""Tiny static files (CSS, JS, images) so that the pages' own references resolve."""

from __future__ import annotations

import base64
import struct
import zlib

_PREFIXES = ("/assets/", "/uploads/", "/css/", "/js/", "/images/")


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1 RGB
    pixels = zlib.compress(b"\x00\xdd\xdd\xdd")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


_GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////"
    "////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="
)

_FILES = {
    ".css": ("text/css; charset=utf-8", b"body{font-family:Arial,sans-serif}.lazy{opacity:.9}\n"),
    ".js": ("application/javascript; charset=utf-8", b"/* model site */\n"),
    ".png": ("image/png", _png()),
    ".gif": ("image/gif", _GIF),
    ".jpg": ("image/jpeg", _JPEG),
    ".ico": ("image/x-icon", _png()),
}


def asset(path: str) -> tuple[str, bytes] | None:
    """(content type, bytes) for a static file path, or None when it is not one."""
    if path != "/favicon.ico" and not path.startswith(_PREFIXES):
        return None
    for extension, found in _FILES.items():
        if path.endswith(extension):
            return found
    return None
