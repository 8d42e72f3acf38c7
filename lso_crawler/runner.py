"""Runs one crawl for `lso crawl`: lock, crawl in-process, log to a daily file, report.

Exit codes a cron wrapper can act on:
0   the run finished (`ok`, or `partial` with a warning on stderr)
1   the run failed or was interrupted (site unreachable, disk low, database error, SIGTERM)
2   usage error (bad option or setting)
75  another crawl holds the lock (EX_TEMPFAIL); nothing was touched
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from lso_crawler.config import UsageError, validate
from lso_crawler.context import CrawlContext
from lso_crawler.runlock import CrawlLock, lock_path_for
from lso_crawler.store import Store

EX_OK, EX_FAILED, EX_USAGE, EX_TEMPFAIL = 0, 1, 2, 75


def load_settings(overrides: dict[str, str]) -> Settings:
    """The project's settings with command-line overrides, validated."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "lso_crawler.settings")
    settings = get_project_settings()
    settings.setdict(overrides, priority="cmdline")
    validate(settings)
    return settings


def parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    """Turn `-s NAME=VALUE` pairs into a dict."""
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"-s expects NAME=VALUE, got {pair!r}")
        overrides[name.strip()] = value
    return overrides


@dataclass(frozen=True)
class RunReport:
    """The finished run as the `runs` table recorded it."""

    run: dict[str, Any]
    seconds: float

    @property
    def outcome(self) -> str:
        return self.run.get("outcome") or "failed"

    def summary(self) -> str:
        """One line for cron: `lso: 12 new, 3 changed, 0 gone, 0 errors in 41 s (ok)`."""
        errors = sum(json.loads(self.run.get("errors") or "{}").values())
        changed = (self.run.get("new_versions") or 0) - (self.run.get("new_articles") or 0)
        gone = self.run.get("gone") or 0
        return (
            f"lso: {self.run.get('new_articles') or 0} new, {changed} changed, {gone} gone, "
            f"{errors} errors in {self.seconds:.0f} s ({self.outcome})"
        )

    def problem(self) -> str | None:
        """One clear line about what went wrong, or None."""
        if self.outcome == "ok":
            return None
        reason = self.run.get("finish_reason")
        if self.outcome == "interrupted":
            return "lso: the run was interrupted before it finished"
        if reason == "disk_full":
            return "lso: stopped: free disk space fell below LSO_MIN_FREE_MB"
        stats = json.loads(self.run.get("stats") or "{}")
        if stats.get("lso/robots_unavailable"):
            return "lso: robots.txt could not be fetched, so nothing was crawled"
        if self.outcome == "partial":
            return "lso: most requests failed; the run is partial (see the log)"
        return f"lso: the run failed ({reason}); the site may be unreachable (see the log)"

    def exit_code(self) -> int:
        return EX_OK if self.outcome in ("ok", "partial") else EX_FAILED


def _configure_logging(settings: Settings, quiet: bool) -> Path:
    """A daily-rotated log file always; the console too unless quiet."""
    log_dir = Path(settings.get("LSO_LOG_DIR", "logs"))
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "lso.log"
    formatter = logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT"))
    file_handler = logging.handlers.TimedRotatingFileHandler(
        log_file, when="midnight", backupCount=settings.getint("LSO_LOG_DAYS", 30), encoding="utf-8"
    )
    file_handler.setFormatter(formatter)
    file_handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if settings.get("LOG_LEVEL") == "DEBUG" else logging.INFO)
    root.addHandler(file_handler)
    if not quiet:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(formatter)
        console.setLevel(settings.get("LOG_LEVEL", "INFO"))
        root.addHandler(console)
    return log_file


def run(settings: Settings, *, quiet: bool = False) -> int:
    """Run one locked crawl with `settings`; print the summary; return the exit code."""
    db_path = Path(settings.get("LSO_DB_PATH"))
    lock = CrawlLock(lock_path_for(db_path))
    if not lock.acquire():
        print(f"lso: another crawl is running ({lock.holder()}); exiting", file=sys.stderr)
        return EX_TEMPFAIL
    try:
        log_file = _configure_logging(settings, quiet)
        if not quiet and settings.getfloat("LSO_PROGRESS_INTERVAL") <= 0:
            # Our progress line replaces Scrapy's per-minute stats line on the terminal.
            settings.set("LSO_PROGRESS_INTERVAL", 15.0, priority="cmdline")
            settings.set("LOGSTATS_INTERVAL", 0, priority="cmdline")
        started = time.monotonic()
        settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # ours, above
        process = CrawlerProcess(settings)
        crawler = process.create_crawler("lso")
        process.crawl(crawler)
        process.start()
        run_id = CrawlContext.of(crawler).run_id
        store = Store(db_path)
        try:
            row = store.db["runs"].get(run_id) if run_id is not None else None
        finally:
            store.close()
        if row is None:
            print(f"lso: the crawl did not start; see {log_file}", file=sys.stderr)
            return EX_FAILED
        report = RunReport(row, time.monotonic() - started)
        print(report.summary())
        if problem := report.problem():
            print(f"{problem}; details in {log_file}", file=sys.stderr)
        return report.exit_code()
    finally:
        lock.release()
