"""Decompression bombs built in seconds: gzip streams far smaller than what they inflate to."""

from __future__ import annotations

import struct
import zlib

MIB = 1 << 20
GIB = 1 << 30


def gzip_of_zeros(size: int, *, block: int = MIB) -> bytes:
    """A real gzip member of ``size`` zero bytes (``size`` a multiple of ``block``).

    Each block is deflated once after a full flush, which resets the compressor, so every
    block compresses to the same bytes and 2 GiB cost 2048 copies of about 1 KB.
    """
    assert size % block == 0
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = bytes(block)
    piece = deflater.compress(zeros) + deflater.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // block):
        crc = zlib.crc32(zeros, crc)
    end = deflater.flush(zlib.Z_FINISH)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    return header + piece * (size // block) + end + trailer


def deflate_of_zeros(size: int, *, block: int = MIB) -> bytes:
    """A zlib-wrapped deflate stream of ``size`` zero bytes, built like gzip_of_zeros."""
    assert size % block == 0
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = bytes(block)
    piece = deflater.compress(zeros) + deflater.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(size // block):
        adler = zlib.adler32(zeros, adler)
    end = deflater.flush(zlib.Z_FINISH)
    return b"\x78\xda" + piece * (size // block) + end + struct.pack(">I", adler)
