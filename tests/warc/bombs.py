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


def gzip_member_around_zeros(prefix: bytes, zeros: int, suffix: bytes, block: int = MIB) -> bytes:
    """One gzip member of ``prefix``, ``zeros`` zero bytes and ``suffix``, built like above."""
    assert zeros % block == 0
    zero_block = bytes(block)
    once = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    piece = once.compress(zero_block) + once.flush(zlib.Z_FULL_FLUSH)
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    # After a full flush nothing refers back, so the zero blocks can be spliced in between.
    head = deflater.compress(prefix) + deflater.flush(zlib.Z_FULL_FLUSH)
    end = deflater.compress(suffix) + deflater.flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(zeros // block):
        crc = zlib.crc32(zero_block, crc)
    crc = zlib.crc32(suffix, crc)
    size = len(prefix) + zeros + len(suffix)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return (
        header + head + piece * (zeros // block) + end + struct.pack("<II", crc, size & 0xFFFFFFFF)
    )


def warc_bomb_member(uri: str, zeros: int, record_id: str) -> bytes:
    """A WARC response record whose body is ``zeros`` zero bytes, as one small gzip member."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % zeros
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: {record_id}\r\nWARC-Date: 2026-11-29T17:13:02.025044Z\r\n"
        f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + zeros}\r\n\r\n"
    ).encode()
    return gzip_member_around_zeros(head + http, zeros, b"\r\n\r\n")
