"""A reparse killed at any point leaves a database that the next reparse completes.

The archive of two real crawls of the model site is rebuilt once uninterrupted, then five
times with a SIGKILL at spread points (the last one during the final index and full-text
rebuild); each time a second `lso reparse` must give exactly the uninterrupted result.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.crawl import REPO, run_crawl
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

# Small batches, so that the kills land between many commits.
REPARSE = (
    "import sys\n"
    "import lso_crawler.ingest.reparse as reparse\n"
    "reparse.BATCH_SIZE = 7\n"
    "from lso_crawler.cli import main\n"
    "sys.exit(main(['reparse', '--archive', sys.argv[1], '--db', sys.argv[2], '--jobs', '1']))\n"
)
COMPARED = [
    "select id, url, title, category, published_at, status, current_version, year, "
    "version_count, last_change_kind, last_diff_snippet from articles order by id",
    "select article_id, version, captured_at, title, body, captions, parser, parse_notes, "
    "content_hash, change_kind, changed_fields, diff, diff_snippet from versions order by 1, 2",
    "select url, status, error, outcome, warc_record_id, warc_offset, warc_length "
    "from fetches order by warc_record_id",
    "select article_id, time, kind, detail from events order by 1, 2, 3",
    "select alias_id, article_id from aliases order by 1",
    "select article_id, published_at from listing_times order by 1",
    "select type, name from sqlite_master where name not like 'sqlite_%' order by 1, 2",
    "select rowid from versions_fts where versions_fts match 'Lạng' order by 1",
]


def reparse(archive: Path, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", REPARSE, str(archive), str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def fetch_rows(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return int(conn.execute("select count(*) from fetches").fetchone()[0])
    except sqlite3.Error:
        return 0


def rebuilding(db: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return (
                bool(
                    conn.execute(
                        "select 1 from sqlite_master where name = '_deferred_schema'"
                    ).fetchone()
                )
                and fetch_rows(db) >= TOTAL[0]
            )
    except sqlite3.Error:
        return False


TOTAL = [0]


def snapshot(db: Path) -> list[list[tuple]]:
    with sqlite3.connect(db) as conn:
        return [conn.execute(query).fetchall() for query in COMPARED]


@pytest.fixture(scope="module")
def archive(model_site: ModelSite, tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("killed-reparse")
    assert run_crawl(model_site.base_url, data).returncode == 0
    again = run_crawl(model_site.base_url, data, "LSO_RECHECK=all")  # revisits, 304s
    assert again.returncode == 0, again.log[-2000:]
    return data / "archive"


@pytest.mark.parametrize("share", [0.1, 0.3, 0.5, 0.8, 1.0])
def test_a_killed_reparse_is_completed_by_the_next(archive: Path, tmp_path: Path, share: float):
    reference = tmp_path / "reference.db"
    done = reparse(archive, reference)
    assert done.wait(timeout=120) == 0, done.communicate()
    TOTAL[0] = fetch_rows(reference)
    expected = snapshot(reference)
    assert expected[1], "the archive holds versions"

    killed_db = tmp_path / "killed.db"
    running = reparse(archive, killed_db)
    target = max(1, int(TOTAL[0] * share))
    deadline = time.monotonic() + 120
    while running.poll() is None and time.monotonic() < deadline:
        ready = rebuilding(killed_db) if share >= 1.0 else fetch_rows(killed_db) >= target
        if ready:
            break
        time.sleep(0.005)
    assert running.poll() is None, "the kill must land before the rebuild ends"
    running.send_signal(signal.SIGKILL)
    assert running.wait(timeout=30) == -signal.SIGKILL

    resumed = reparse(archive, killed_db)
    _, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert snapshot(killed_db) == expected
