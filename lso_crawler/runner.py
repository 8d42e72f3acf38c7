"""Runs one crawl for `lso crawl`: lock, crawl in-process, log to a daily file, report.

Exit codes a cron wrapper can act on:
0   the run finished (`ok`, or `partial` with a warning on stderr)
1   the run failed or was interrupted (site unreachable, disk low, database error, SIGTERM)
2   usage error (bad option or setting)
75  another crawl holds the lock (EX_TEMPFAIL); nothing was touched

Scrapy is imported only inside `load_settings` and `run`, so `lso status` can read a run's
outcome (`run_problem`) without it.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lso_crawler.config import UsageError, validate
from lso_crawler.runlock import CrawlLock, lock_path_for

if TYPE_CHECKING:
    from scrapy.settings import Settings

EX_OK, EX_FAILED, EX_USAGE, EX_TEMPFAIL = 0, 1, 2, 75

# Exception names (from `lso/download_error/NAME` stats) that mean the host name did not resolve.
_DNS_ERRORS = ("DNSLookupError", "CannotResolveHostError", "gaierror")
_CONNECTION_WORDS = {
    "Refused": "connection refused",
    "Timeout": "timed out",
    "TimedOut": "timed out",
    "NoRoute": "no route to host",
    "ConnectionLost": "connection lost",
    "ResponseNeverReceived": "no response",
    "ConnectionDone": "connection closed",
    "SSL": "TLS handshake failed",
}


def load_settings(overrides: dict[str, str]) -> Settings:
    """The project's settings with command-line overrides, validated."""
    from scrapy.utils.project import get_project_settings

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


def json_dict(value: Any) -> dict[str, Any]:
    """A JSON object column as a dict ({} for NULL or anything that is not an object)."""
    if isinstance(value, dict):
        return value
    try:
        decoded = json.loads(value or "{}")
    except (TypeError, ValueError):
        return {}
    return decoded if isinstance(decoded, dict) else {}


def _download_errors(stats: Mapping[str, Any]) -> dict[str, int]:
    """{'CannotResolveHostError': 1, ...}: download exceptions by class name."""
    errors: dict[str, int] = {}
    for key, count in stats.items():
        for prefix in ("lso/download_error/", "downloader/exception_type_count/"):
            if key.startswith(prefix) and isinstance(count, int):
                name = key.removeprefix(prefix).rsplit(".", 1)[-1]
                if name != "IgnoreRequest":  # robots.txt refusals, counted separately
                    errors[name] = max(errors.get(name, 0), count)
    return errors


def _connection_reason(errors: Mapping[str, int]) -> str:
    name = max(errors, key=lambda key: errors[key])
    for word, reason in _CONNECTION_WORDS.items():
        if word in name:
            return reason
    return name


def _robots_refused_everything(stats: Mapping[str, Any]) -> bool:
    """robots.txt answered and forbade every request: no other page was fetched."""
    responses = int(stats.get("downloader/response_count") or 0)
    robots = int(stats.get("robotstxt/response_count") or 0)
    return bool(stats.get("robotstxt/forbidden")) and responses <= robots


def honest_outcome(run: Mapping[str, Any]) -> str:
    """The run's outcome, except that a run robots.txt refused entirely is `failed`.

    `runs.outcome` (runlog.run_outcome) counts the robots.txt response as the site
    answering, so such a run is recorded `ok` although nothing was crawled.
    """
    outcome = str(run.get("outcome") or "failed")
    if outcome in ("ok", "partial") and _robots_refused_everything(json_dict(run.get("stats"))):
        return "failed"
    return outcome


def run_problem(run: Mapping[str, Any]) -> str | None:
    """One line saying why a run did not end `ok` (from its `runs` row), or None."""
    outcome = honest_outcome(run)
    if outcome in ("ok", "running"):
        return None
    reason = run.get("finish_reason")
    if outcome == "interrupted":
        if reason == "killed":
            return "the run was killed before it finished"
        return "the run was interrupted before it finished"
    if reason == "disk_full":
        return "stopped: free disk space fell below LSO_MIN_FREE_MB"
    stats = json_dict(run.get("stats"))
    base = urlsplit(run.get("base_url") or "")
    host, netloc = base.hostname or "the site", base.netloc or "the site"
    responses = int(stats.get("downloader/response_count") or 0)
    errors = _download_errors(stats)
    if responses == 0 and any(name in _DNS_ERRORS for name in errors):
        return f"cannot resolve {host}: check the network and LSO_BASE_URL"
    if responses == 0 and errors:
        return f"site unreachable: {netloc} ({_connection_reason(errors)})"
    if stats.get("lso/robots_unavailable"):
        statuses = sorted(
            key.rsplit("/", 1)[-1]
            for key in stats
            if key.startswith("robotstxt/response_status_count/5")
        )
        answered = f" (HTTP {', '.join(statuses)})" if statuses else ""
        return f"robots.txt of {host} could not be fetched{answered}, so nothing was crawled"
    if outcome == "failed" and _robots_refused_everything(stats):
        return (
            f"robots.txt disallows this crawler ({stats['robotstxt/forbidden']} requests "
            f"blocked on {host})"
        )
    if outcome == "partial":
        return "most requests failed; the run is partial"
    if outcome == "failed" and responses == 0:
        return f"site unreachable: {netloc} never answered"
    return f"the run failed ({reason or 'no reason recorded'})"


@dataclass(frozen=True)
class RunReport:
    """The finished run as the `runs` table recorded it."""

    run: dict[str, Any]
    seconds: float

    @property
    def outcome(self) -> str:
        """`ok`, `partial`, `failed` or `interrupted`."""
        return honest_outcome(self.run)

    def summary(self) -> str:
        """One line for cron: `lso: 12 new, 3 changed, 0 gone, 0 errors in 41 s (ok)`."""
        errors = sum(v for v in json_dict(self.run.get("errors")).values() if isinstance(v, int))
        changed = (self.run.get("new_versions") or 0) - (self.run.get("new_articles") or 0)
        gone = self.run.get("gone") or 0
        return (
            f"lso: {self.run.get('new_articles') or 0} new, {changed} changed, {gone} gone, "
            f"{errors} errors in {self.seconds:.0f} s ({self.outcome})"
        )

    def problem(self) -> str | None:
        """One clear line about what went wrong, or None."""
        problem = run_problem(self.run)
        return f"lso: {problem}" if problem else None

    def exit_code(self) -> int:
        """0 for `ok` and `partial`, 1 otherwise."""
        return EX_OK if self.outcome in ("ok", "partial") else EX_FAILED


class ConsoleFormatter(logging.Formatter):
    """Log lines without tracebacks: the terminal gets one line per event, the file the rest."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record).splitlines()[0]
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


class ConsoleFilter(logging.Filter):
    """At INFO, only the project's own messages (progress, summary) and real warnings."""

    OWN = ("lso_crawler", "lso")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return record.name.split(".", 1)[0] in self.OWN


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
    level = settings.get("LOG_LEVEL", "INFO")
    root.setLevel(logging.DEBUG if level == "DEBUG" else logging.INFO)
    root.addHandler(file_handler)
    if not quiet:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(level)
        if level != "DEBUG":  # DEBUG asks for everything, tracebacks included
            console.setFormatter(
                ConsoleFormatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT"))
            )
            console.addFilter(ConsoleFilter())
        else:
            console.setFormatter(formatter)
        root.addHandler(console)
    return log_file


def _finished_run(db_path: Path, run_id: int | None) -> dict[str, Any] | None:
    """The run's `runs` row, read after the crawl closed."""
    import sqlite3

    if run_id is None or not db_path.is_file():
        return None
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("select * from runs where id = ?", [run_id]).fetchone()
    return dict(row) if row else None


def run(settings: Settings, *, quiet: bool = False) -> int:
    """Run one locked crawl with `settings`; print the summary; return the exit code."""
    db_path = Path(settings.get("LSO_DB_PATH"))
    lock = CrawlLock(lock_path_for(db_path))
    if not lock.acquire():
        print(f"lso: another crawl is running ({lock.holder()}); exiting", file=sys.stderr)
        return EX_TEMPFAIL
    try:
        from scrapy.crawler import CrawlerProcess

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
        # Not CrawlContext.of(): that would open (and create) the database of a crawl that
        # never started.
        context = getattr(crawler, "_lso_context", None)
        row = _finished_run(db_path, getattr(context, "run_id", None))
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
