"""The fault table (issue 12): each network or server fault ends the run without a traceback,
with an honest outcome and exit code, is recorded in `fetches`/`runs`, leaves an archive that
`lso verify` passes, and the next clean run picks up what was missed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.harness import (
    Done,
    assert_no_traceback,
    crawl,
    db,
    last_run,
    stored_ids,
    verify,
)
from tests.site import ModelSite
from tests.site.faults import BAD_UTF8, Fault
from tests.site.model import Article

pytestmark = pytest.mark.e2e


@pytest.fixture
def site() -> Iterator[ModelSite]:
    with ModelSite() as served:
        yield served


def _victim(site: ModelSite) -> Article:
    """An article the crawl reaches only by its own URL (listed, in the sitemap)."""
    return next(a for a in site.content.newest_first() if a.discovery.sitemap)


def _fetches(cwd: Path, url: str) -> list[dict]:
    with db(cwd) as connection:
        rows = connection.execute("select * from fetches where url = ? order by id", [url])
        return [dict(r) for r in rows]


def _first_run_is_clean(cwd: Path, done: Done) -> None:
    assert_no_traceback(cwd, done)
    checked = verify(cwd)
    assert checked.code == 0, checked.text


def _next_clean_run_recovers(site: ModelSite, cwd: Path, *settings: str) -> None:
    site.faults.clear()
    again = crawl(site.base_url, cwd, *settings)
    assert_no_traceback(cwd, again)
    assert again.code == 0, again.text[-3000:]
    assert last_run(cwd)["outcome"] == "ok"
    assert stored_ids(cwd) == set(site.content.articles)
    checked = verify(cwd)
    assert checked.code == 0, checked.text


@pytest.mark.parametrize(
    ("fault", "settings", "error"),
    [
        (Fault("reset"), ("RETRY_TIMES=1",), ("ResponseFailed", "ConnectionLost", "truncated")),
        (Fault("stall", stall=20), ("DOWNLOAD_TIMEOUT=1", "RETRY_TIMES=1"), ("TimeoutError",)),
        (Fault("huge", size=20 * 1024 * 1024 + 1), ("RETRY_TIMES=0",), ("Cancel", "size")),
    ],
    ids=["reset", "stall", "huge"],
)
def test_a_failed_download_is_recorded_and_fetched_next_run(
    site: ModelSite, tmp_path: Path, fault: Fault, settings: tuple[str, ...], error: tuple
) -> None:
    victim = _victim(site)
    site.faults[victim.path] = fault
    done = crawl(site.base_url, tmp_path, *settings)
    _first_run_is_clean(tmp_path, done)
    assert done.code == 0, done.text[-3000:]
    run = last_run(tmp_path)
    assert run["outcome"] == "ok"  # one page of eighty failed: the run itself went fine
    assert stored_ids(tmp_path) == set(site.content.articles) - {victim.article_id}
    rows = _fetches(tmp_path, site.url(victim.path))
    assert rows and all(r["error"] for r in rows), rows
    assert any(word in rows[-1]["error"] for word in error), rows[-1]["error"]
    assert sum(n for kind, n in run["errors"].items() if kind.startswith("download_error/")) >= 1
    _next_clean_run_recovers(site, tmp_path)


def test_a_truncated_gzip_body_is_an_error_never_a_version(site: ModelSite, tmp_path: Path):
    victim = _victim(site)
    site.faults[victim.path] = Fault("truncated_gzip")
    done = crawl(site.base_url, tmp_path, "RETRY_TIMES=0")
    _first_run_is_clean(tmp_path, done)
    assert done.code == 0
    assert victim.article_id not in stored_ids(tmp_path)
    rows = _fetches(tmp_path, site.url(victim.path))
    assert rows and rows[-1]["error"], rows
    assert last_run(tmp_path)["errors"], "the damaged body counts as an error of the run"
    with db(tmp_path) as connection:
        validators = connection.execute(
            "select etag, last_modified from articles where id = ?", [victim.article_id]
        ).fetchone()
    assert validators is None or tuple(validators) == (None, None)  # no 304 for ever after
    _next_clean_run_recovers(site, tmp_path)
    with db(tmp_path) as connection:
        text = connection.execute(
            "select body from versions where article_id = ?", [victim.article_id]
        ).fetchone()[0]
    assert victim.paragraphs[-1].text.split()[-1] in text  # the whole body, not two thirds


def test_invalid_utf8_is_stored_as_valid_text(site: ModelSite, tmp_path: Path) -> None:
    victim = _victim(site)
    site.faults[victim.path] = Fault("bad_utf8")
    done = crawl(site.base_url, tmp_path)
    _first_run_is_clean(tmp_path, done)
    assert done.code == 0 and last_run(tmp_path)["outcome"] == "ok"
    rows = _fetches(tmp_path, site.url(victim.path))
    assert [r["status"] for r in rows] == [200]
    assert stored_ids(tmp_path) == set(site.content.articles)
    with db(tmp_path) as connection:
        (title,) = connection.execute(
            "select title from versions where article_id = ?", [victim.article_id]
        ).fetchone()
    title.encode("utf-8")  # no lone surrogates reached the database
    head, tail = victim.title[: len(victim.title) // 3], victim.title[-len(victim.title) // 3 :]
    assert title.startswith(head) and title.endswith(tail), title
    assert BAD_UTF8.decode("utf-8", "replace") not in victim.title
    # The damaged page was what the site served, so it is kept; a recheck replaces it.
    _next_clean_run_recovers(site, tmp_path, "LSO_RECHECK=all")
    with db(tmp_path) as connection:
        (title,) = connection.execute(
            "select v.title from versions v join articles a on a.id = v.article_id "
            "and a.current_version = v.version where a.id = ?",
            [victim.article_id],
        ).fetchone()
    assert title == victim.title  # the clean page replaced the damaged one


def test_a_429_storm_is_waited_out(site: ModelSite, tmp_path: Path) -> None:
    site.faults["*"] = Fault("status", times=8, status=429, headers={"Retry-After": "1"})
    done = crawl(site.base_url, tmp_path, "LSO_BACKOFF_DEFAULT=5")
    _first_run_is_clean(tmp_path, done)
    assert done.code == 0, done.text[-3000:]
    requests = site.requests
    storm = [r.at for r in requests if r.status == 429]
    assert len(storm) == 8
    for answered in storm:  # after a 429 only what was already under way may still arrive
        soon = [r for r in requests if answered < r.at < answered + 0.9 and r.status != 429]
        assert len(soon) <= 4, soon
    run = last_run(tmp_path)
    assert run["stats"]["lso/backoff/429"] == 8
    with db(tmp_path) as connection:
        recorded = connection.execute("select count(*) from fetches where status = 429")
        assert recorded.fetchone()[0] == 8
    _next_clean_run_recovers(site, tmp_path)


def test_a_500_burst_is_retried_and_recorded(site: ModelSite, tmp_path: Path) -> None:
    site.faults["*"] = Fault("status", after=20, times=8, status=500)
    done = crawl(site.base_url, tmp_path)
    _first_run_is_clean(tmp_path, done)
    assert done.code == 0, done.text[-3000:]
    run = last_run(tmp_path)
    assert run["outcome"] == "ok"
    assert run["errors"].get("http_error/500", 0) >= 8
    with db(tmp_path) as connection:
        recorded = connection.execute("select count(*) from fetches where status = 500")
        assert recorded.fetchone()[0] >= 8
    burst = {r.path for r in site.requests if r.fault == "status"}
    retried = {r.path for r in site.requests if r.fault is None and r.path in burst}
    assert retried == burst  # every request of the burst was tried again in the same run
    _next_clean_run_recovers(site, tmp_path)


def test_a_site_that_goes_down_mid_crawl(site: ModelSite, tmp_path: Path) -> None:
    site.down_after(25)
    done = crawl(site.base_url, tmp_path, "RETRY_TIMES=1")
    _first_run_is_clean(tmp_path, done)
    run = last_run(tmp_path)
    assert run["outcome"] in ("partial", "failed"), run["outcome"]
    assert done.code == (0 if run["outcome"] == "partial" else 1)
    assert len(done.err.strip().splitlines()) == 1, done.err  # one clear line
    assert stored_ids(tmp_path) < set(site.content.articles)
    assert sum(n for k, n in run["errors"].items() if k.startswith("download_error/")) > 0
    with db(tmp_path) as connection:
        refused = connection.execute(
            "select count(*) from fetches where run_id = ? and status is null and error != ''",
            [run["id"]],
        )
        assert refused.fetchone()[0] > 0
    site.start()
    _next_clean_run_recovers(site, tmp_path)
