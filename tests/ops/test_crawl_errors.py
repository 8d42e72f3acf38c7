"""A failed crawl says why in one line, with the real cause, and exits non-zero.

Run as a newcomer runs it: `make crawl` (the Makefile's own recipe, with this venv) and
`lso crawl` against an unresolvable host, a closed port and a site whose robots.txt
forbids everything.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.site import ModelSite

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parent.parent
LSO = str(Path(sys.executable).with_name("lso"))


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def crawl_settings(base_url: str, tmp_path: Path) -> list[str]:
    return [
        "-s",
        f"LSO_BASE_URL={base_url}",
        "-s",
        f"LSO_LOG_DIR={tmp_path / 'logs'}",
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
    ]


def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LSO_", "SCRAPY_"))}
    return {**clean, "PYTHONPATH": str(REPO)}


def lso_crawl(base_url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    """`lso crawl` (not quiet: the console must stay readable too) with data in tmp_path."""
    return subprocess.run(
        [LSO, "crawl", *crawl_settings(base_url, tmp_path), *extra],
        cwd=tmp_path,
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def make_crawl(base_url: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """The Makefile's `crawl` recipe, run with this test's venv (not reinstalled)."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    stamp = VENV / "bin" / ".installed-runtime"
    args = " ".join(["--quiet", *crawl_settings(base_url, tmp_path)])
    return subprocess.run(
        [
            make,
            "-s",
            "-f",
            str(REPO / "Makefile"),
            "crawl",
            f"VENV={VENV}",
            "-o",
            str(stamp),
            f"LSO_DB={tmp_path / 'db' / 'lso.db'}",
            f"LSO_ARCHIVE={tmp_path / 'archive'}",
            f"CRAWL_ARGS={args}",
        ],
        cwd=tmp_path,
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def lso_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("lso: ")]


def assert_clean_failure(done: subprocess.CompletedProcess, tmp_path: Path, cause: str) -> None:
    """Exit 1, the summary on stdout, one cause line on stderr, no traceback on the console."""
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.strip().endswith("(failed)")
    assert lso_lines(done.stderr) == [f"lso: {cause}; details in {tmp_path / 'logs' / 'lso.log'}"]
    assert "Traceback" not in done.stderr
    assert "ROBOTSTXT_OBEY" not in lso_lines(done.stderr)[0]
    assert len(done.stderr.splitlines()) < 20, done.stderr
    # The full story, tracebacks included, is in the log file.
    assert (tmp_path / "logs" / "lso.log").stat().st_size > 0


def test_an_unresolvable_host_is_named(tmp_path):
    done = lso_crawl("http://baolangson.invalid", tmp_path)
    assert_clean_failure(
        done, tmp_path, "cannot resolve baolangson.invalid: check the network and LSO_BASE_URL"
    )


def test_a_closed_port_is_site_unreachable(tmp_path):
    port = closed_port()
    done = lso_crawl(f"http://127.0.0.1:{port}", tmp_path)
    assert_clean_failure(done, tmp_path, f"site unreachable: 127.0.0.1:{port} (connection refused)")


def test_a_site_whose_robots_txt_forbids_everything(tmp_path):
    with ModelSite(robots="strict") as site:
        done = lso_crawl(site.base_url, tmp_path)
        paths = [request.path for request in site.requests]
    assert paths == ["/robots.txt"]
    assert_clean_failure(
        done, tmp_path, "robots.txt disallows this crawler (3 requests blocked on 127.0.0.1)"
    )


def test_status_afterwards_says_why(tmp_path):
    lso_crawl("http://baolangson.invalid", tmp_path)
    done = subprocess.run(
        [LSO, "status", "--db", str(tmp_path / "db" / "lso.db")],
        cwd=tmp_path,
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "why:           cannot resolve baolangson.invalid" in done.stdout


@pytest.mark.parametrize("where", ["unresolvable", "closed port"])
def test_make_crawl_fails_with_the_one_line(tmp_path, where):
    if where == "unresolvable":
        base, cause = "http://baolangson.invalid", "cannot resolve baolangson.invalid"
    else:
        port = closed_port()
        base, cause = f"http://127.0.0.1:{port}", f"site unreachable: 127.0.0.1:{port}"
    done = make_crawl(base, tmp_path)
    assert done.returncode != 0  # make's own status (2) for a failed recipe
    assert done.stdout.strip().endswith("(failed)")
    lines = lso_lines(done.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"lso: {cause}"), done.stderr
    assert "Traceback" not in done.stderr
    run = sqlite3.connect(tmp_path / "db" / "lso.db").execute("select outcome from runs")
    assert [row[0] for row in run] == ["failed"]


def test_make_crawl_succeeds_on_the_model_site(tmp_path, model_site):
    done = make_crawl(model_site.base_url, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("lso: 25 new, 0 changed")
    assert (tmp_path / "archive").is_dir() and (tmp_path / "db" / "lso.db").is_file()
