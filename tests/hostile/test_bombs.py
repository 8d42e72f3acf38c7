"""Decompression bombs (defect 12.3): sitemaps and archived records never inflate unbounded."""

from __future__ import annotations

import gzip
import tracemalloc

import pytest
from scrapy.http import Response

from lso_crawler.listings import SITEMAP_MAX_BYTES, as_xml, sitemap_entries
from lso_crawler.warc.payload import PayloadError
from tests.warc.bombs import GIB, MIB, gzip_of_zeros

SITEMAP = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>https://baolangson.vn/bai-viet-5071654.html</loc></url></urlset>"
)
SITEMAP_URL = "https://baolangson.vn/sitemap-news.xml.gz"


def served(body: bytes) -> Response:
    return Response(SITEMAP_URL, body=body, headers={"Content-Type": "application/x-gzip"})


def test_a_gzipped_sitemap_is_read() -> None:
    entries = sitemap_entries(as_xml(served(gzip.compress(SITEMAP))))
    assert [e.url for e in entries] == ["https://baolangson.vn/bai-viet-5071654.html"]


def test_a_2_gib_sitemap_bomb_is_refused_in_bounded_memory() -> None:
    bomb = gzip_of_zeros(2 * GIB)
    tracemalloc.start()
    try:
        with pytest.raises(PayloadError) as caught:
            as_xml(served(bomb))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too-large"
    assert "sitemap inflates past 52428800 bytes" in str(caught.value)
    # The input itself (2 MB) is already held by the response; the rest is bounded output.
    assert peak < SITEMAP_MAX_BYTES + 16 * MIB, f"peak {peak / MIB:.1f} MiB"


def test_a_sitemap_just_over_the_protocol_limit_is_refused() -> None:
    with pytest.raises(PayloadError, match="too-large"):
        as_xml(served(gzip_of_zeros(51 * MIB)))
    assert as_xml(served(gzip_of_zeros(50 * MIB))).body == bytes(50 * MIB)


def test_a_truncated_gzipped_sitemap_is_refused() -> None:
    with pytest.raises(PayloadError) as caught:
        as_xml(served(gzip.compress(SITEMAP)[:-6]))
    assert caught.value.reason == "truncated-gzip"
