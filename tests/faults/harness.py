"""Run `lso crawl` / `lso verify` / `lso status` as cron would, and read back what they left."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
LSO = str(Path(sys.executable).with_name("lso"))

# Test-speed politeness, as tests/crawl.py uses: no delays, no AutoThrottle.
FAST = (
    "DOWNLOAD_DELAY=0",
    "DOWNLOAD_DELAY_JITTER=0",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=4",
    "LSO_BACKOFF_DEFAULT=0.5",
    "LSO_MIN_FREE_MB=0",
)


@dataclass(frozen=True)
class Done:
    """A finished `lso` command: exit code and output."""

    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def env() -> dict[str, str]:
    """The environment `lso` runs with: this checkout first on the path."""
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    environment.pop("SCRAPY_SETTINGS_MODULE", None)
    return environment


def lso(args: list[str], cwd: Path, timeout: float = 180) -> Done:
    """Run `lso ARGS` in `cwd` (its db/, archive/ and logs/ live there) to the end."""
    done = subprocess.run(
        [LSO, *args], cwd=cwd, env=env(), capture_output=True, text=True, timeout=timeout
    )
    return Done(done.returncode, done.stdout, done.stderr)


def crawl_args(base_url: str, *settings: str) -> list[str]:
    """`lso crawl --quiet` against `base_url` at test speed, extra NAME=VALUE settings last."""
    args = ["crawl", "--quiet"]
    for setting in (f"LSO_BASE_URL={base_url}", *FAST, *settings):
        args += ["-s", setting]
    return args


def crawl(base_url: str, cwd: Path, *settings: str, timeout: float = 180) -> Done:
    """One `lso crawl` to the end."""
    return lso(crawl_args(base_url, *settings), cwd, timeout=timeout)


def log_text(cwd: Path) -> str:
    """Everything `lso crawl` logged in `cwd` so far."""
    path = cwd / "logs" / "lso.log"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def db(cwd: Path) -> sqlite3.Connection:
    """The crawl database in `cwd`, rows as sqlite3.Row."""
    connection = sqlite3.connect(cwd / "db" / "lso.db", timeout=30)
    connection.row_factory = sqlite3.Row
    return connection


def last_run(cwd: Path) -> dict[str, Any]:
    """The newest `runs` row, with its JSON columns decoded."""
    with db(cwd) as connection:
        row = dict(connection.execute("select * from runs order by id desc limit 1").fetchone())
    row["errors"] = json.loads(row["errors"] or "{}")
    row["stats"] = json.loads(row["stats"] or "{}")
    return row


def stored_ids(cwd: Path) -> set[int]:
    """Ids of the articles with at least one version."""
    with db(cwd) as connection:
        return {r[0] for r in connection.execute("select distinct article_id from versions")}


def verify(cwd: Path) -> Done:
    """`lso verify` of the archive and database in `cwd`."""
    return lso(["verify"], cwd)


def assert_no_traceback(cwd: Path, done: Done) -> None:
    """Neither the command's output nor the crawl log holds a Python traceback."""
    for text in (done.text, log_text(cwd)):
        assert "Traceback (most recent call last)" not in text, text[-4000:]
