"""Real, decodable image files of any pixel size for the model site's photos (no imaging
library): a flat-grey baseline JPEG and a flat-colour PNG, with a label that makes the bytes
of two images differ."""

from __future__ import annotations

import struct
import zlib


def _segment(marker: int, data: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(data) + 2) + data


def jpeg(width: int, height: int, label: str = "", quality: int = 1, padding: int = 0) -> bytes:
    """A grey baseline JPEG of `width` × `height`; `label`, `quality` and `padding` (bytes of
    comment) change its bytes but not its pixels' size."""
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    # Huffman tables with one 1-bit code each: DC difference 0, AC end-of-block.
    one_code = bytes([1] + [0] * 15)
    dht = _segment(0xC4, b"\x00" + one_code + b"\x00") + _segment(
        0xC4, b"\x10" + one_code + b"\x00"
    )
    dqt = _segment(0xDB, b"\x00" + bytes([max(1, min(255, quality))] * 64))
    sof = _segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    sos = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    bits = 2 * blocks  # "0" (DC) + "0" (EOB) per block
    data = bytearray(bits // 8)
    if bits % 8:
        data.append(0xFF >> (bits % 8))  # pad the last byte with 1s (never 0xFF: bits > 0)
    comment = (label.encode("utf-8") + b" " * padding) or b"model"
    return (
        b"\xff\xd8"
        + _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + _segment(0xFE, comment)
        + dqt
        + sof
        + dht
        + sos
        + bytes(data)
        + b"\xff\xd9"
    )


def png(width: int, height: int, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A flat-colour PNG of `width` × `height`."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = (b"\x00" + bytes(rgb) * width) * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def content_type_of(data: bytes) -> str:
    """The image Content-Type of these bytes, by their magic."""
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"GIF8"):
        return "image/gif"
    return "image/jpeg"
