"""The analysis pool: real worker processes, a real time limit."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from lso_crawler.ingest import ArchivedCapture, Limits
from lso_crawler.ingest.pool import AnalysisPool, PoolBroken
from tests.ingest.helpers import T0, URL

REPO = str(Path(__file__).resolve().parents[2])
PAGE = (
    "<html><head><title>Hành trình</title></head><body><h1 class='name'>Hành trình</h1>"
    "<div id='content-detail'><p>Đoạn một của bài viết, đủ dài để là một bài báo.</p>"
    "<p>Đoạn hai.</p></div></body></html>"
)


def page_capture(body: bytes, url: str = URL, encoding: str | None = None) -> ArchivedCapture:
    headers = [("Content-Type", "text/html; charset=utf-8")]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    return ArchivedCapture(
        url=url, status=200, headers=tuple(headers), payload=body, captured_at=T0
    )


def attribute_bomb(count: int) -> bytes:
    """A body tag with `count` attributes: libxml2 checks duplicates quadratically."""
    attributes = " ".join(f"a{i}=x" for i in range(count))
    return f"<html><body {attributes}><h1>x</h1><p>y</p></body></html>".encode()


def test_workers_analyse_in_order_of_submission():
    with AnalysisPool(2) as pool:
        futures = [pool.submit(page_capture(PAGE.encode())) for _ in range(6)]
        results = [future.result(timeout=60) for future in futures]
    assert all(r.article is not None and r.article.title == "Hành trình" for r in results)


SLOW_PARSER = """
import time

import lso_crawler.ingest.analysis as analysis

_real = analysis.parse_article


def _stalls_on_one_page(html, url, captured_at, **kwargs):
    if url.endswith("-9999999.html"):
        time.sleep(600)  # as libxml2 does inside one C call on pathological markup
    return _real(html, url, captured_at, **kwargs)


analysis.parse_article = _stalls_on_one_page
"""


def test_a_page_that_overruns_is_a_timeout_and_the_worker_is_replaced(tmp_path, monkeypatch):
    (tmp_path / "sitecustomize.py").write_text(SLOW_PARSER)
    monkeypatch.setenv("PYTHONPATH", f"{tmp_path}{os.pathsep}{REPO}")
    with AnalysisPool(1, timeout=1.0) as pool:
        slow = pool.submit(page_capture(PAGE.encode(), url="https://baolangson.vn/x-9999999.html"))
        after = pool.submit(page_capture(PAGE.encode()))
        assert slow.result(timeout=60).parse_failure == ("timeout", "parsing took over 1 s")
        assert after.result(timeout=60).article is not None, "the next page still parses"
        assert pool.timeouts == 1


def test_pathological_markup_is_refused_quickly():
    with AnalysisPool(0) as pool:
        analysis = pool.submit(page_capture(attribute_bomb(100_000))).result()
    assert analysis.article is None and analysis.parse_failure is not None


def test_bodies_are_bounded_before_parsing():
    limits = Limits(max_payload_bytes=1_000_000, max_page_bytes=100_000)
    bomb = gzip.compress(b"<p>" + b"a" * 50_000_000)
    big = ("<p>" + "Đoạn. " * 40_000 + "</p>").encode()
    cut = gzip.compress(PAGE.encode())[:-12]
    with AnalysisPool(0, limits) as pool:
        assert (
            pool.submit(page_capture(bomb, encoding="gzip"))
            .result()
            .error.startswith("undecodable body: too-large")
        )
        assert pool.submit(page_capture(big)).result().parse_failure[0] == "too-large"
        assert (
            pool.submit(page_capture(cut, encoding="gzip"))
            .result()
            .error.startswith("undecodable body: truncated-gzip")
        )


def test_workers_that_cannot_start_break_the_pool_loudly(tmp_path, monkeypatch):
    # A worker whose interpreter cannot import the project dies at once, every time.
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    (tmp_path / "sitecustomize.py").write_text("import os\nos._exit(3)\n")
    pool = AnalysisPool(1)
    try:
        futures = [pool.submit(page_capture(PAGE.encode())) for _ in range(5)]
        for future in futures:
            assert isinstance(future.exception(timeout=60), PoolBroken)
    finally:
        pool.close()
