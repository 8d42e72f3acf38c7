"""decode_payload and gunzip_bounded: content codings removed, never past a limit."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib

import pytest

from lso_crawler.warc.payload import (
    MAX_PAYLOAD_BYTES,
    PayloadError,
    decode_payload,
    gunzip_bounded,
    iter_decoded,
)
from tests.warc.bombs import GIB, MIB, deflate_of_zeros, gzip_of_zeros

TEXT = "<p>Lạng Sơn: đoạn văn thứ nhất.</p><p>Đoạn thứ hai.</p><p>Tác giả</p>".encode() * 50


def raw_deflate(data: bytes) -> bytes:
    deflater = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return deflater.compress(data) + deflater.flush()


@pytest.mark.parametrize(
    ("encoded", "coding"),
    [
        (gzip.compress(TEXT), "gzip"),
        (gzip.compress(TEXT), "x-gzip"),
        (gzip.compress(TEXT), " GZIP "),
        (zlib.compress(TEXT), "deflate"),
        (raw_deflate(TEXT), "deflate"),
        (gzip.compress(gzip.compress(TEXT)), "gzip, gzip"),
        (gzip.compress(TEXT), "identity, gzip"),
        (TEXT, "identity"),
        (TEXT, None),
        (TEXT, ""),
    ],
)
def test_codings_are_removed(encoded: bytes, coding: str | None) -> None:
    assert decode_payload(encoded, coding, MAX_PAYLOAD_BYTES) == TEXT


def test_concatenated_gzip_members_all_decode() -> None:
    both = gzip.compress(TEXT) + gzip.compress(b"tail")
    assert decode_payload(both, "gzip", MAX_PAYLOAD_BYTES) == TEXT + b"tail"


def test_trailing_garbage_after_gzip_is_ignored() -> None:
    assert decode_payload(gzip.compress(TEXT) + b"\0\0junk", "gzip", 10**6) == TEXT


def test_empty_body_decodes_to_nothing() -> None:
    assert decode_payload(b"", "gzip", 10) == b""


@pytest.mark.parametrize("cut", [5, 11, 40, -8, -1])
def test_a_gzip_cut_short_is_refused(cut: int) -> None:
    """As defect 12.9: cut short with a Content-Length matching the cut still fails."""
    whole = gzip.compress(TEXT)
    with pytest.raises(PayloadError) as caught:
        decode_payload(whole[:cut], "gzip", MAX_PAYLOAD_BYTES)
    assert caught.value.reason == "truncated-gzip"


def test_a_deflate_cut_short_is_refused() -> None:
    with pytest.raises(PayloadError) as caught:
        decode_payload(zlib.compress(TEXT)[:-10], "deflate", MAX_PAYLOAD_BYTES)
    assert caught.value.reason == "truncated-deflate"


@pytest.mark.parametrize(
    "damage", [lambda b: b[:20] + bytes(30) + b[50:], lambda b: b[:-8] + b"\0\0\0\0" + b[-4:]]
)
def test_corrupt_gzip_is_refused(damage) -> None:
    with pytest.raises(PayloadError) as caught:
        decode_payload(damage(gzip.compress(TEXT)), "gzip", MAX_PAYLOAD_BYTES)
    assert caught.value.reason == "corrupt-gzip"


def test_corrupt_deflate_is_refused() -> None:
    with pytest.raises(PayloadError) as caught:
        decode_payload(b"\x78\x9c\xff\xff\xff\xff" + bytes(20), "deflate", 100)
    assert caught.value.reason == "corrupt-deflate"


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, br"])
def test_unknown_codings_are_refused(coding: str) -> None:
    with pytest.raises(PayloadError) as caught:
        decode_payload(b"\x28\xb5\x2f\xfd", coding, 100)
    assert caught.value.reason == "unsupported-encoding"


def test_output_past_the_limit_is_refused() -> None:
    data = gzip.compress(bytes(1000))
    assert decode_payload(data, "gzip", 1000) == bytes(1000)
    with pytest.raises(PayloadError) as caught:
        decode_payload(data, "gzip", 999)
    assert caught.value.reason == "too-large"
    with pytest.raises(PayloadError, match="too-large"):
        decode_payload(bytes(1000), None, 999)


def test_payload_error_is_a_value_error() -> None:
    assert issubclass(PayloadError, ValueError)


def test_streaming_decode_yields_bounded_slices() -> None:
    bomb = gzip_of_zeros(64 * MIB)
    pieces = iter_decoded([bomb[i : i + 4096] for i in range(0, len(bomb), 4096)], "gzip", GIB)
    sizes = [len(piece) for piece in pieces]
    assert sum(sizes) == 64 * MIB and max(sizes) <= MIB


@pytest.mark.parametrize(
    ("make", "coding"),
    [(gzip_of_zeros, "gzip"), (deflate_of_zeros, "deflate")],
)
def test_a_2_gib_bomb_is_refused_in_bounded_memory(make, coding: str) -> None:
    """A 2 MB stream that would inflate to 2 GiB: refused, and Python never holds > ~limit."""
    bomb = make(2 * GIB)
    assert len(bomb) < 3 * MIB
    tracemalloc.start()
    try:
        with pytest.raises(PayloadError) as caught:
            decode_payload(bomb, coding, MAX_PAYLOAD_BYTES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too-large"
    # The output kept up to the limit, one input slice and one output slice.
    assert peak < MAX_PAYLOAD_BYTES + 8 * MIB, f"peak {peak / MIB:.1f} MiB"


def test_gunzip_bounded_refuses_a_bomb() -> None:
    assert gunzip_bounded(gzip.compress(TEXT), 10**6) == TEXT
    with pytest.raises(PayloadError, match="too-large"):
        gunzip_bounded(gzip_of_zeros(2 * GIB), 50 * 1000 * 1000)
    with pytest.raises(PayloadError, match="truncated-gzip"):
        gunzip_bounded(gzip.compress(TEXT)[:-3], 10**6)
