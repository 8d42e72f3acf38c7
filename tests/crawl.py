"""Run the real `scrapy crawl lso` against a model site, as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class CrawlResult:
    """A finished crawl: its exit code, its log, and where it wrote."""

    returncode: int
    log: str
    db_path: Path
    archive_dir: Path


def run_crawl(
    base_url: str,
    data_dir: Path,
    *settings: str,
    timeout: float = 120,
    env: dict[str, str] | None = None,
) -> CrawlResult:
    """Crawl `base_url` into `data_dir` with test-speed politeness; extra `NAME=VALUE` settings.

    `env` adds to (or replaces) environment variables of the crawl process.
    """
    db_path = data_dir / "db" / "lso.db"
    archive_dir = data_dir / "archive"
    command = [sys.executable, "-m", "scrapy", "crawl", "lso"]
    for setting in (
        f"LSO_BASE_URL={base_url}",
        f"LSO_DB_PATH={db_path}",
        f"LSO_ARCHIVE_DIR={archive_dir}",
        "DOWNLOAD_DELAY=0",
        "AUTOTHROTTLE_ENABLED=False",
        "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        *settings,
    ):
        command += ["-s", setting]
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    environment.pop("SCRAPY_SETTINGS_MODULE", None)
    done = subprocess.run(
        command,
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return CrawlResult(done.returncode, done.stdout + done.stderr, db_path, archive_dir)
