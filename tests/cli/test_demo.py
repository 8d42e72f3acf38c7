"""`make demo` leaves an archive in which every change view has something to show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import demo

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
LSO = str(Path(sys.executable).with_name("lso"))


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    data = tmp_path_factory.mktemp("demo") / "demo-data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("LSO_")}
    done = subprocess.run(
        [sys.executable, "-m", "tests.demo", "--port", "0", "--data", str(data)],
        cwd=REPO,
        env={**env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done, data


def lso(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "LSO_DB_PATH": str(data / "db" / "lso.db")}
    env["LSO_ARCHIVE_DIR"] = str(data / "archive")
    return subprocess.run(
        [LSO, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_the_demo_crawls_twice_and_prints_what_to_run(demo_run):
    done, data = demo_run
    out = done.stdout
    assert "first crawl: lso: 25 new, 0 changed, 0 gone" in out
    assert "second crawl: lso: 1 new, 3 changed, 1 gone" in out
    assert f"lso changes --db {data / 'db' / 'lso.db'}" in out
    assert f"lso diff {demo.BODY_EDIT} --db" in out
    assert f"make browse LSO_DB={data / 'db' / 'lso.db'} LSO_ARCHIVE={data / 'archive'}" in out


def test_lso_changes_lists_every_kind_of_change_after_the_demo(demo_run):
    _, data = demo_run
    listed = lso("changes", data=data)
    assert listed.returncode == 0, listed.stderr
    rows = {
        (line.split()[1], line.split()[2], line.split()[3]) for line in listed.stdout.splitlines()
    }
    assert (str(demo.BODY_EDIT), "v2", "substantive") in rows
    assert (str(demo.RETITLED), "v2", "substantive") in rows
    assert any(kind == "minor" for _, version, kind in rows if version == "v2")
    assert (str(demo.REMOVED), "event", "gone") in rows
    assert (str(demo.MOVED), "event", "url_changed") in rows


def test_lso_diff_shows_the_edited_figures_after_the_demo(demo_run):
    _, data = demo_run
    shown = lso("diff", str(demo.BODY_EDIT), "--color", "never", data=data)
    assert shown.returncode == 0, shown.stderr
    assert "substantive: lead, body" in shown.stdout
    # 1.000 → 1.250 (shown whole or by digits, depending on the diff tokens) and 700 → 750.
    assert "250" in shown.stdout and "750" in shown.stdout
    status = lso("status", data=data)
    assert status.returncode == 0 and "#2 ok" in status.stdout
