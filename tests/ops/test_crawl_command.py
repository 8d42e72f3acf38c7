"""`lso crawl` as cron runs it: one at a time, honest run rows, clear exit codes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lso_crawler.runlock import CrawlLock, lock_path_for
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))
REPO = Path(__file__).resolve().parents[2]


def lso(args: list[str], cwd: Path, **popen) -> subprocess.Popen:
    """Start `lso ARGS` in `cwd` (its db/, archive/ and logs/ go there)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.Popen(
        [LSO, *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def crawl_args(site: ModelSite, delay: float = 0) -> list[str]:
    return [
        "crawl",
        "--quiet",
        "-s",
        f"LSO_BASE_URL={site.base_url}",
        "-s",
        f"DOWNLOAD_DELAY={delay}",
        "-s",
        "DOWNLOAD_DELAY_JITTER=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=1",
    ]


def wait_for_fetches(db_path: Path, count: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db_path.exists():
            try:
                done = sqlite3.connect(db_path).execute("select count(*) from fetches").fetchone()
                if done[0] >= count:
                    return
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} fetches after {timeout} s")


def last_run(db_path: Path) -> dict:
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    return dict(connection.execute("select * from runs order by id desc limit 1").fetchone())


def test_a_run_prints_one_line_and_records_itself(model_site: ModelSite, tmp_path):
    process = lso(crawl_args(model_site), tmp_path)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err[-2000:]
    lines = out.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lso: 25 new, 0 changed, 0 gone, ")
    assert lines[0].endswith("(ok)")
    run = last_run(tmp_path / "db" / "lso.db")
    assert run["outcome"] == "ok" and run["finished_at"]
    assert json.loads(run["errors"])["http_error/404"] >= 1
    assert "Spider closed (finished)" in (tmp_path / "logs" / "lso.log").read_text()


def test_two_runs_at_once_exactly_one_crawls(model_site: ModelSite, tmp_path):
    first = lso(crawl_args(model_site, delay=0.05), tmp_path)
    wait_for_fetches(tmp_path / "db" / "lso.db", 1)
    second = lso(crawl_args(model_site, delay=0.05), tmp_path)
    out2, err2 = second.communicate(timeout=60)
    first.communicate(timeout=120)
    assert (first.returncode, second.returncode) == (0, 75)
    assert out2 == "" and "another crawl is running (pid" in err2
    runs = sqlite3.connect(tmp_path / "db" / "lso.db").execute("select count(*) from runs")
    assert runs.fetchone()[0] == 1


def test_a_held_lock_means_nothing_is_touched(model_site: ModelSite, tmp_path):
    db_path = tmp_path / "db" / "lso.db"
    with CrawlLock(lock_path_for(db_path)) as lock:
        assert lock.acquire()
        process = lso(crawl_args(model_site), tmp_path)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 75, err
    assert not db_path.exists()
    assert not (tmp_path / "logs").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["db", "lso.db.lock"]


def test_a_killed_run_is_reported_interrupted_and_never_blocks_the_next(
    model_site: ModelSite, tmp_path
):
    db_path = tmp_path / "db" / "lso.db"
    victim = lso(crawl_args(model_site, delay=0.1), tmp_path)
    wait_for_fetches(db_path, 5)
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)
    status = lso(["status", "--json"], tmp_path)
    out, _ = status.communicate(timeout=60)
    report = json.loads(out)
    assert status.returncode == 1
    assert report["last_run"]["outcome"] == "interrupted"
    assert report["active"] is False
    again = lso(crawl_args(model_site), tmp_path)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err[-2000:]
    outcomes = [r[0] for r in sqlite3.connect(db_path).execute("select outcome from runs")]
    assert outcomes == ["interrupted", "ok"]


def test_sigterm_ends_the_run_gracefully_as_interrupted(model_site: ModelSite, tmp_path):
    db_path = tmp_path / "db" / "lso.db"
    process = lso(crawl_args(model_site, delay=0.1), tmp_path)
    wait_for_fetches(db_path, 5)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert out.strip().endswith("(interrupted)")
    assert "interrupted" in err
    run = last_run(db_path)
    assert (run["outcome"], run["finish_reason"]) == ("interrupted", "shutdown")
    assert run["finished_at"]


def test_low_disk_stops_the_run_as_failed(model_site: ModelSite, tmp_path):
    process = lso([*crawl_args(model_site), "-s", "LSO_MIN_FREE_MB=1000000000000"], tmp_path)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "LSO_MIN_FREE_MB" in err
    run = last_run(tmp_path / "db" / "lso.db")
    assert (run["outcome"], run["finish_reason"]) == ("failed", "disk_full")
    assert run["new_articles"] == 0


def test_an_unreachable_site_fails_with_code_1(tmp_path):
    with ModelSite() as site:
        args = crawl_args(site)
    # The site is stopped now: nothing listens on its port.
    process = lso([*args, "-s", "RETRY_TIMES=0"], tmp_path)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, out + err
    assert last_run(tmp_path / "db" / "lso.db")["outcome"] == "failed"


@pytest.mark.parametrize(
    "bad",
    [
        ["-s", "LSO_RECHECK=sometimes"],
        ["-s", "NOEQUALS"],
        ["-s", "LSO_MAX_PAGES=x"],
        ["-s", "LSO_DB_PATH=/etc/passwd"],
    ],
)
def test_usage_errors_exit_2_without_crawling(tmp_path, bad):
    process = lso(["crawl", "--quiet", *bad], tmp_path)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.startswith("lso: ") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "db").exists()


def test_an_incremental_run_on_an_unchanged_site_reads_only_first_pages(tmp_path):
    with ModelSite() as site:
        first = lso(crawl_args(site), tmp_path)
        first.communicate(timeout=120)
        first_count = len(site.requests)
        site.clear_requests()
        again = lso(crawl_args(site), tmp_path)  # LSO_RECHECK=due: nothing is due yet
        out, err = again.communicate(timeout=120)
        paths = [r.path for r in site.requests]
    assert again.returncode == 0, err[-2000:]
    assert out.startswith("lso: 0 new, 0 changed")
    assert not [p for p in paths if "page=" in p], "only first listing pages"
    # Pages that never gave an article (a 500, an empty shell) are tried again; nothing else.
    unresolved = set(site.content.errors) | set(site.content.shells)
    articles = {p for p in paths if p.endswith(".html")}
    assert articles <= unresolved
    assert len(paths) < first_count / 2
    print(f"requests: full crawl {first_count}, incremental {len(paths)}")


def test_a_killed_backfill_resumes_and_ends_like_an_uninterrupted_one(tmp_path):
    def articles(db_path: Path) -> set[tuple]:
        rows = sqlite3.connect(db_path).execute(
            "select v.article_id, v.content_hash from versions v join articles a "
            "on a.id = v.article_id and a.current_version = v.version"
        )
        return set(rows)

    with ModelSite() as site:
        whole = tmp_path / "whole"
        whole.mkdir()
        lso([*crawl_args(site), "--backfill"], whole).communicate(timeout=120)
        killed = tmp_path / "killed"
        killed.mkdir()
        victim = lso([*crawl_args(site, delay=0.1), "--backfill"], killed)
        wait_for_fetches(killed / "db" / "lso.db", 25)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        partial = articles(killed / "db" / "lso.db")
        site.clear_requests()
        resumed = lso([*crawl_args(site), "--backfill"], killed)
        _, err = resumed.communicate(timeout=120)
        second_paths = [r.path for r in site.requests]
    assert resumed.returncode == 0, err[-2000:]
    expected = articles(whole / "db" / "lso.db")
    assert partial < expected, "the kill came mid-crawl"
    assert articles(killed / "db" / "lso.db") == expected
    refetched = {p for p in second_paths if p.endswith(".html")}
    stored_before = {row for row, _ in partial}
    assert not [p for p in refetched if any(p.endswith(f"{i}.html") for i in stored_before)]
    outcomes = [
        r[0]
        for r in sqlite3.connect(killed / "db" / "lso.db").execute(
            "select outcome from runs order by id"
        )
    ]
    assert outcomes == ["interrupted", "ok"]


def test_an_interactive_run_shows_progress(model_site: ModelSite, tmp_path):
    args = [a for a in crawl_args(model_site, delay=0.05) if a != "--quiet"]
    process = lso([*args, "-s", "LSO_PROGRESS_INTERVAL=0.5"], tmp_path)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err[-2000:]
    progress = [line for line in err.splitlines() if "progress: " in line]
    assert progress, err[-2000:]
    assert " pages (" in progress[-1] and "/s), articles " in progress[-1]
    assert out.startswith("lso: 25 new")


def test_status_of_a_healthy_archive(model_site: ModelSite, tmp_path):
    lso(crawl_args(model_site), tmp_path).communicate(timeout=120)
    status = lso(["status"], tmp_path)
    out, err = status.communicate(timeout=60)
    assert status.returncode == 0, err
    assert "active run:    no" in out
    assert "#1 ok" in out and "25 new articles" in out
    assert "articles:      25  versions: 25" in out
    missing = lso(["status", "--db", "nowhere/lso.db"], tmp_path)
    _, err = missing.communicate(timeout=60)
    assert missing.returncode == 2 and "no database" in err
