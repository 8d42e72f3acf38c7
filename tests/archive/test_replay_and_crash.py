"""The archive replays in pywb, and a crawl killed at any moment loses nothing it indexed."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from lso_crawler.store import Store
from lso_crawler.store.integrity import check_pointers
from tests.crawl import REPO, run_crawl
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))
# pywb pins older cryptography than Scrapy needs, so `make test` installs it in its own venv.
WAYBACK = REPO / ".venv-replay" / "bin" / "wayback"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def wayback_available():
    if not WAYBACK.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{WAYBACK} is missing: `make test` installs it")
        pytest.skip(f"{WAYBACK} is missing; run `make test` to install pywb")


def test_pywb_replays_a_captured_article(wayback_available, model_site: ModelSite, tmp_path):
    crawl = run_crawl(model_site.base_url, tmp_path / "data")
    assert crawl.returncode == 0, crawl.log[-2000:]
    collection = tmp_path / "replay" / "collections" / "lso"
    (collection / "archive").mkdir(parents=True)
    (collection / "indexes").mkdir()
    for warc in crawl.archive_dir.glob("*.warc.gz"):
        shutil.copy(warc, collection / "archive")
    lines = sorted(
        line
        for index in (crawl.archive_dir / "indexes").glob("*.cdxj")
        for line in index.read_text().splitlines()
    )
    (collection / "indexes" / "index.cdxj").write_text("\n".join(lines) + "\n")
    article = model_site.content.expected_articles()[0]
    port = free_port()
    server = subprocess.Popen(
        [str(WAYBACK), "--port", str(port), "--bind", "127.0.0.1"],
        cwd=tmp_path / "replay",
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/lso/id_/{model_site.url(article.path)}"
        body = b""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=5) as reply:
                    body = reply.read()
                    break
            except OSError:
                time.sleep(0.3)
        assert body, "pywb did not answer"
        text = body.decode("utf-8")
        assert article.title.split()[0] in text
        assert "<h1" in text
    finally:
        server.terminate()
        server.wait(timeout=10)


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
