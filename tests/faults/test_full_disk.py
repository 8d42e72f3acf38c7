"""A full disk: archive and database on a tiny tmpfs (root only), then room again."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.harness import Done, crawl, db, last_run, stored_ids, verify
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

# A whole first crawl of the model site writes about 250 KB of WARC and 600 KB of
# database and WAL: 400 KB fills up at the first pages, 700 KB after a few articles.
SIZES = ("400k", "700k")


@dataclass
class Disk:
    """A mounted tmpfs holding db/ and archive/; the log lives outside it."""

    path: Path
    log_dir: Path

    def grow(self, size: str) -> None:
        subprocess.run(["mount", "-o", f"remount,size={size}", str(self.path)], check=True)

    def crawl(self, site: ModelSite) -> Done:
        return crawl(site.base_url, self.path, f"LSO_LOG_DIR={self.log_dir}", "LSO_MIN_FREE_MB=0")


@pytest.fixture(params=SIZES)
def disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Disk]:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    path = tmp_path / "disk"
    path.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={request.param}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield Disk(path, tmp_path / "logs")
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path / "db" / "lso.db")
    try:
        return connection.execute("pragma integrity_check").fetchone()[0]
    finally:
        connection.close()


def test_a_full_disk_leaves_a_sound_database_and_the_next_run_recovers(disk: Disk) -> None:
    with ModelSite() as site:
        disk.crawl(site)  # its exit code: see the test below
        assert _integrity(disk.path) == "ok"
        assert stored_ids(disk.path) < set(site.content.articles)
        disk.grow("50m")
        again = disk.crawl(site)
        assert again.code == 0, again.text[-3000:]
        assert last_run(disk.path)["outcome"] == "ok"
        assert stored_ids(disk.path) == set(site.content.articles)
        assert _integrity(disk.path) == "ok"


def test_a_full_disk_is_one_clear_line_and_the_archive_verifies(disk: Disk) -> None:
    with ModelSite() as site:
        full = disk.crawl(site)
        assert full.code == 1
        problem = full.err.strip().splitlines()
        # "disk" in the message itself (the log path may contain the word too).
        assert len(problem) == 1 and "disk" in problem[0].split("; ")[0].lower(), full.err
        if "cannot open the database" in problem[0] or "could not start" in problem[0]:
            # Too full to create the database, or to record a run in it: nothing was
            # fetched, nothing archived.
            assert not any(disk.path.glob("archive/*.warc.gz")), "no run, no archive"
        else:
            run = last_run(disk.path)
            if "could not record its end" in problem[0]:
                assert run["outcome"] == "running", run  # the next run closes it (test below)
            else:
                assert run["outcome"] == "failed", run
            log = (disk.log_dir / "lso.log").read_text(encoding="utf-8")
            assert "Traceback (most recent call last)" not in log
            # What was written verifies. A file closed on the full disk may lack its CDXJ
            # index (derived data: `lso verify --repair` and the next run write it), but no
            # record may be damaged.
            checked = verify(disk.path)
            problems = [line for line in checked.err.splitlines() if line.strip()]
            assert all(line.endswith(": no CDXJ index") for line in problems), checked.text
        disk.grow("50m")
        again = disk.crawl(site)
        assert again.code == 0
        checked = verify(disk.path)
        assert checked.code == 0, checked.text
        with db(disk.path) as connection:
            left = connection.execute("select count(*) from runs where outcome = 'running'")
            assert left.fetchone()[0] == 0, "the next run closes a run that could not"
