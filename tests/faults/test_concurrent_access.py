"""Readers while `lso crawl` writes: Datasette, plain SQLite readers and `lso status`."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

from lso_crawler.runlock import CrawlLock, lock_path_for
from tests.faults.harness import LSO, crawl_args, env, last_run, lso, stored_ids
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
LOCKED = "database is locked"
SQL_READS = (
    "select count(*) from articles",
    "select count(*) from fetches where error is not null",
    "select a.id, v.title, v.captured_at from articles a join versions v "
    "on v.article_id = a.id order by v.captured_at desc limit 50",
    "select outcome, pages_fetched from runs order by id desc limit 5",
)
PAGES = (
    "/lso/articles.json?_size=50",
    "/lso/versions.json?_sort_desc=id&_size=20",
    "/lso/fetches.json?_size=100",
    "/lso/runs.json",
    "/lso/recent_changes.json",
)


def _start_crawl(
    site: ModelSite, cwd: Path, *settings: str, delay: float = 0.04
) -> subprocess.Popen:
    # Slow enough that readers overlap many writes; still a few seconds in all.
    args = crawl_args(
        site.base_url, f"DOWNLOAD_DELAY={delay}", "CONCURRENT_REQUESTS_PER_DOMAIN=1", *settings
    )
    return subprocess.Popen(
        [LSO, *args], cwd=cwd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for_db(db_path: Path, crawler: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and crawler.poll() is None:
        if db_path.exists():
            try:
                with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
                    if connection.execute("select count(*) from fetches").fetchone()[0]:
                        return
            except sqlite3.OperationalError:
                pass  # not created yet
        time.sleep(0.02)
    raise AssertionError("the crawl wrote nothing")


def _wait_for_lock(db_path: Path, crawler: subprocess.Popen) -> None:
    """Until the crawl process holds the run lock (the database may exist from before)."""
    lock = CrawlLock(lock_path_for(db_path))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and crawler.poll() is None:
        if lock.is_held():
            return
        time.sleep(0.02)
    raise AssertionError("the crawl never took the lock")


async def _read_while(crawler: subprocess.Popen, db_path: Path, cwd: Path) -> dict:
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    datasette = Datasette(files=[str(db_path)], metadata=metadata)
    seen: dict = {"sql": 0, "pages": 0, "status": 0, "errors": [], "articles": []}
    status_next = 0.0
    while crawler.poll() is None:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as connection:
            for query in SQL_READS:
                try:
                    connection.execute(query).fetchall()
                    seen["sql"] += 1
                except sqlite3.OperationalError as error:
                    seen["errors"].append(f"sql: {error}")
            seen["articles"].append(connection.execute("select count(*) from articles").fetchone())
        for page in PAGES:
            response = await datasette.client.get(page)
            seen["pages"] += 1
            if response.status_code >= 500 or LOCKED in response.text:
                seen["errors"].append(f"{page}: {response.status_code} {response.text[:300]}")
        if time.monotonic() >= status_next:
            status = lso(["status", "--json"], cwd, timeout=60)
            seen["status"] += 1
            if status.code != 0 or LOCKED in status.text:
                seen["errors"].append(f"lso status: {status.code} {status.text[-300:]}")
            status_next = time.monotonic() + 0.5
    return seen


def test_readers_never_see_a_locked_database(tmp_path: Path) -> None:
    db_path = tmp_path / "db" / "lso.db"
    with ModelSite() as site:
        crawler = _start_crawl(site, tmp_path)
        try:
            _wait_for_db(db_path, crawler)
            seen = asyncio.run(_read_while(crawler, db_path, tmp_path))
        finally:
            _, err = crawler.communicate(timeout=180)
    assert crawler.returncode == 0, err[-3000:]
    assert seen["errors"] == []
    assert seen["sql"] >= 40 and seen["pages"] >= 25 and seen["status"] >= 2, seen
    counts = [c[0] for c in seen["articles"]]
    assert counts[0] < counts[-1], "the readers ran while articles were being written"
    assert last_run(tmp_path)["outcome"] == "ok"
    assert stored_ids(tmp_path) == set(site.content.articles)


def test_reparse_into_a_live_database_waits_or_refuses(tmp_path: Path) -> None:
    with ModelSite() as site:
        first = lso(crawl_args(site.base_url), tmp_path)  # an archive to reparse
        assert first.code == 0, first.text[-3000:]
        crawler = _start_crawl(site, tmp_path, "LSO_RECHECK=all", delay=0.1)  # a long run
        try:
            _wait_for_lock(tmp_path / "db" / "lso.db", crawler)  # the crawl runs now
            reparse = lso(["reparse"], tmp_path, timeout=180)
            reparse_done = time.monotonic()
        finally:
            _, err = crawler.communicate(timeout=180)
            crawl_done = time.monotonic()
    assert crawler.returncode == 0, err[-3000:]
    assert LOCKED not in reparse.text
    # Either it refused at once (75, like a second crawl), or it waited for the crawl to end.
    assert reparse.code == 75 or (reparse.code == 0 and reparse_done >= crawl_done - 0.5), (
        reparse.code,
        crawl_done - reparse_done,
    )
    assert last_run(tmp_path)["outcome"] == "ok"
    assert stored_ids(tmp_path) == set(site.content.articles)
