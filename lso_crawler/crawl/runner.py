"""Runs one crawl for `lso crawl` (and `lso fetch-images`): lock, crawl in-process, log to a
daily file, report.

Exit codes are those of `lso_crawler.runs`. Scrapy is imported only inside
`load_settings` and `run`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lso_crawler.config import validate
from lso_crawler.runlock import CrawlLock, lock_path_for
from lso_crawler.runs import EX_FAILED, EX_OK, EX_TEMPFAIL, RunReport
from lso_crawler.store import Store

if TYPE_CHECKING:
    from scrapy.settings import Settings


def load_settings(overrides: dict[str, str]) -> Settings:
    """The project's settings with command-line overrides, validated."""
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "lso_crawler.crawl.settings")
    settings = get_project_settings()
    settings.setdict(overrides, priority="cmdline")
    validate(settings)
    return settings


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
    log_dir = Path(settings.get("LSO_LOG_DIR"))
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "lso.log"
    formatter = logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT"))
    file_handler = logging.handlers.TimedRotatingFileHandler(
        log_file, when="midnight", backupCount=settings.getint("LSO_LOG_DAYS"), encoding="utf-8"
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


def _storage_problem(db_path: Path) -> str | None:
    """Open (create, migrate) the database before the crawl starts: a full disk or a
    read-only directory is then one clear line, not a traceback from inside the engine."""
    try:
        Store(db_path).close()
    except (OSError, sqlite3.Error) as error:
        return str(error)
    return None


def run(
    settings: Settings,
    *,
    quiet: bool = False,
    spider: str = "lso",
    spider_args: Mapping[str, Any] | None = None,
    nothing_to_do: Callable[[Path], str | None] | None = None,
    summary: Callable[[RunReport], str] = RunReport.summary,
) -> int:
    """Run one locked crawl with `settings`; print the summary; return the exit code.

    `spider` and `spider_args` choose the spider; `nothing_to_do(db_path)`, asked under the
    lock before the crawl, may return a line to print instead of crawling (exit 0): a crawl
    that requests nothing would be recorded as a site that never answered. `summary` words
    the one-line report.
    """
    db_path = Path(settings.get("LSO_DB_PATH"))
    lock = CrawlLock(lock_path_for(db_path))
    if not lock.acquire():
        print(f"lso: another crawl is running ({lock.holder()}); exiting", file=sys.stderr)
        return EX_TEMPFAIL
    try:
        from scrapy.crawler import CrawlerProcess

        if problem := _storage_problem(db_path):
            print(f"lso: cannot open the database {db_path}: {problem}", file=sys.stderr)
            return EX_FAILED
        if nothing_to_do is not None and (line := nothing_to_do(db_path)):
            print(line)
            return EX_OK
        log_file = _configure_logging(settings, quiet)
        if not quiet and settings.getfloat("LSO_PROGRESS_INTERVAL") <= 0:
            # Our progress line replaces Scrapy's per-minute stats line on the terminal.
            settings.set("LSO_PROGRESS_INTERVAL", 15.0, priority="cmdline")
            settings.set("LOGSTATS_INTERVAL", 0, priority="cmdline")
        started = time.monotonic()
        settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # ours, above
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(spider)
        process.crawl(crawler, **(spider_args or {}))
        process.start()
        # Not CrawlContext.of(): that would open (and create) the database of a crawl that
        # never started.
        context = getattr(crawler, "_lso_context", None)
        row = _finished_run(db_path, getattr(context, "run_id", None))
        stats = crawler.stats.get_stats() if crawler.stats else {}
        storage = sorted(k.rsplit("/", 1)[-1] for k in stats if "/storage_error/" in k)
        cause = f" ({', '.join(storage)})" if storage else ""
        if row is None and storage:
            print(
                f"lso: the crawl could not start: the database or its disk could not be "
                f"written{cause}; details in {log_file}",
                file=sys.stderr,
            )
            return EX_FAILED
        if row is None:
            print(f"lso: the crawl did not start; see {log_file}", file=sys.stderr)
            return EX_FAILED
        if row.get("outcome") == "running":
            # The run could not even record its end: the database (or its disk) failed.
            print(
                f"lso: the run failed and could not record its end: the database or its disk "
                f"could not be written{cause}; details in {log_file}",
                file=sys.stderr,
            )
            return EX_FAILED
        report = RunReport(row, time.monotonic() - started)
        print(summary(report))
        if problem := report.problem():
            print(f"{problem}; details in {log_file}", file=sys.stderr)
        return report.exit_code()
    finally:
        lock.release()
