"""The crawl fails closed on robots.txt trouble and waits when the site asks it to."""

from __future__ import annotations

import sqlite3
from itertools import pairwise

import pytest

from tests.crawl import run_crawl
from tests.scripted_site import scripted_site

pytestmark = pytest.mark.e2e

ALLOW_ALL = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n")


def test_unavailable_robots_txt_blocks_the_crawl(tmp_path):
    def script(path: str, seen: int):
        if path == "/robots.txt":
            return 503, {}, b"busy"
        return 200, {}, b"<html></html>"

    with scripted_site(script) as site:
        result = run_crawl(site.base_url, tmp_path, "RETRY_TIMES=1", "LSO_BACKOFF_MAX=0")
    assert result.returncode == 0, result.log[-3000:]
    assert set(site.paths()) == {"/robots.txt"}
    assert "refusing to crawl" in result.log
    run = sqlite3.connect(result.db_path).execute("select robots_blocked from runs").fetchone()
    assert run[0] > 0


@pytest.mark.parametrize(
    ("status", "retry_after", "expected_wait"),
    [(429, "2", 2.0), (503, None, 1.5)],  # no Retry-After: LSO_BACKOFF_DEFAULT
)
def test_overload_answers_pause_the_crawl(tmp_path, status, retry_after, expected_wait):
    def script(path: str, seen: int):
        if path == "/robots.txt":
            return ALLOW_ALL
        if path == "/" and seen == 0:
            return status, ({"Retry-After": retry_after} if retry_after else {}), b"slow down"
        return 200, {}, b"<html><body>home</body></html>"

    with scripted_site(script) as site:
        result = run_crawl(site.base_url, tmp_path, "LSO_BACKOFF_DEFAULT=1.5")
    assert result.returncode == 0, result.log[-3000:]
    home = [t for path, t in site.hits if path == "/"]
    assert len(home) == 2, site.paths()
    assert home[1] - home[0] >= expected_wait - 0.1
    assert f"answered {status}: pausing the crawl" in result.log


def test_robots_txt_retries_wait_for_retry_after(tmp_path):
    def script(path: str, seen: int):
        if path == "/robots.txt":
            return 503, {"Retry-After": "2"}, b"busy"
        return 200, {}, b"<html></html>"

    with scripted_site(script) as site:
        result = run_crawl(site.base_url, tmp_path, "RETRY_TIMES=2")
    assert result.returncode == 0, result.log[-3000:]
    attempts = [t for path, t in site.hits if path == "/robots.txt"]
    assert len(attempts) == 3, site.paths()
    gaps = [later - earlier for earlier, later in pairwise(attempts)]
    assert min(gaps) >= 2 - 0.1, gaps  # a pause of Retry-After before each retry
    assert "refusing to crawl" in result.log
