"""The crawl fails closed on robots.txt trouble and waits when the site asks it to."""

from __future__ import annotations

import sqlite3
from itertools import pairwise

import pytest

from lso_crawler.crawl.robots import SlotDelay, crawl_delay_slot
from tests.crawl import run_crawl
from tests.faults.harness import crawl, last_run, log_text, lso
from tests.scripted_site import scripted_site
from tests.site import ModelSite, tiny_content

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


def test_crawl_delay_spaces_requests_even_with_jitter_and_autothrottle(tmp_path):
    with ModelSite(tiny_content(1), robots="crawl-delay") as site:
        done = crawl(
            site.base_url,
            tmp_path,
            "LSO_MAX_PAGES=1",
            "DOWNLOAD_DELAY_JITTER=0.5",
            "AUTOTHROTTLE_ENABLED=True",
            "AUTOTHROTTLE_START_DELAY=0",
        )
        times = [r.at for r in site.requests]
    assert done.code == 0, done.text[-3000:]
    assert len(times) >= 4, site.requests
    gaps = [later - earlier for earlier, later in pairwise(times)]
    assert min(gaps) >= 3 - 0.05, gaps
    assert "asks Crawl-delay: 3; requests to 127.0.0.1 go at least 3 s apart" in log_text(tmp_path)
    assert last_run(tmp_path)["stats"]["lso/crawl_delay"] == 3
    status = lso(["status"], tmp_path)
    assert (
        "request delay: at least 3 s per host in the last run "
        "(robots.txt Crawl-delay 3 s; DOWNLOAD_DELAY 0 s)"
    ) in status.out, status.out


def test_status_shows_the_delay_when_robots_txt_sets_none(tmp_path):
    with ModelSite(tiny_content(1)) as site:
        done = crawl(site.base_url, tmp_path, "LSO_MAX_PAGES=1", "DOWNLOAD_DELAY=0.2")
    assert done.code == 0, done.text[-3000:]
    status = lso(["status"], tmp_path)
    assert (
        "request delay: at least 0.2 s per host in the last run "
        "(no robots.txt Crawl-delay; DOWNLOAD_DELAY 0.2 s)"
    ) in status.out, status.out


@pytest.mark.parametrize(
    ("asked", "cap", "jitter", "expected"),
    [
        (3.0, 60.0, 0.5, SlotDelay(3.0, 3.75, 0.2)),
        (3.0, 60.0, 0.0, SlotDelay(3.0, 3.0, 0.0)),
        (1e9, 60.0, 0.1, SlotDelay(60.0, 60.0 / 0.9, 0.1)),  # capped
        (None, 60.0, 0.5, None),
        (0.0, 60.0, 0.5, None),
        (float("inf"), 60.0, 0.5, None),
        (5.0, 0.0, 0.5, None),  # LSO_MAX_CRAWL_DELAY=0 turns it off
    ],
)
def test_crawl_delay_slot(asked, cap, jitter, expected):
    slot = crawl_delay_slot(asked, cap, jitter)
    assert slot == (pytest.approx(expected) if expected else None)
    if slot:
        assert slot.delay * (1 - slot.jitter) == pytest.approx(slot.minimum)
