"""The archive replays in pywb, and a crawl killed at any moment loses nothing it indexed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lso_crawler.store import Store
from lso_crawler.store.integrity import check_pointers
from tests.archive.pywb import HTTP, make_collection, require_wayback, running_pywb
from tests.crawl import REPO, run_crawl
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))


@pytest.fixture
def wayback_available():
    require_wayback()


def test_pywb_replays_a_captured_article(wayback_available, model_site: ModelSite, tmp_path):
    crawl = run_crawl(model_site.base_url, tmp_path / "data")
    assert crawl.returncode == 0, crawl.log[-2000:]
    root = make_collection(tmp_path / "replay", crawl.archive_dir)
    article = model_site.content.expected_articles()[0]
    with running_pywb(root) as base:
        url = f"{base}/id_/{model_site.url(article.path)}"
        with HTTP.open(url, timeout=10) as reply:
            body = reply.read()
        assert body, "pywb did not answer"
        text = body.decode("utf-8")
        assert article.title.split()[0] in text
        assert "<h1" in text


def wait_for_fetches(db_path: Path, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if (
                sqlite3.connect(db_path).execute("select count(*) from fetches").fetchone()[0]
                >= count
            ):
                return
        except sqlite3.Error:
            pass
        time.sleep(0.02)
    raise AssertionError(f"no {count} fetches within {timeout} s")


def test_sigkill_at_several_points_loses_nothing_the_database_references(tmp_path):
    data = tmp_path / "data"
    db_path, archive = data / "db" / "lso.db", data / "archive"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with ModelSite() as site:
        for kill_after in (1, 12, 40):
            victim = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "scrapy",
                    "crawl",
                    "lso",
                    "-s",
                    f"LSO_BASE_URL={site.base_url}",
                    "-s",
                    f"LSO_DB_PATH={db_path}",
                    "-s",
                    f"LSO_ARCHIVE_DIR={archive}",
                    "-s",
                    "DOWNLOAD_DELAY=0.03",
                    "-s",
                    "AUTOTHROTTLE_ENABLED=False",
                    "-s",
                    "LSO_RECHECK=all",
                ],
                cwd=REPO,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            already = 0
            if db_path.exists():
                already = (
                    sqlite3.connect(db_path).execute("select count(*) from fetches").fetchone()[0]
                )
            wait_for_fetches(db_path, already + kill_after)
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=30)
        assert list(archive.glob("*.open")), "a killed crawl leaves its file open"
        final = run_crawl(site.base_url, data)
    assert final.returncode == 0, final.log[-3000:]
    assert "repaired" in final.log
    assert not list(archive.glob("*.open"))
    store = Store(db_path)
    try:
        assert list(check_pointers(archive, store)) == []
        articles = store.db.execute("select count(*) from articles").fetchone()[0]
    finally:
        store.close()
    assert articles == 25
    verified = subprocess.run(
        [LSO, "verify", "--archive", str(archive), "--db", str(db_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
