"""`lso reparse`: rebuild the database from the WARC archive through the crawl's own ingest."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

import click

from lso_crawler.cli.options import archive_option, db_option


@click.command("reparse")
@archive_option
@db_option
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=os.cpu_count() or 1,
    show_default="the number of cores",
    help="Worker processes that parse pages (0: parse in this process, no time limit).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the one-line summary.")
def reparse(archive_dir: str, db_path: str, jobs: int, quiet: bool) -> None:
    """Rebuild or update the database from the WARC files alone, with the current parsers.

    Captures already in the database are skipped, and captures whose parse failed are
    tried again, so running it after a parser fix stores what the old parser missed. To
    re-read the whole history with a new parser, delete the database (or use a new --db)
    and reparse: nothing is fetched again. Takes the crawl lock: while a crawl runs it
    exits with code 75 and touches nothing.

    Exit codes: 0 done, 1 the database could not be written, 2 usage error, 75 locked.

    \b
    Example:
        lso reparse
        rm db/lso.db && lso reparse --archive archive --db db/lso.db --jobs 2
    """
    from lso_crawler.crawl import settings
    from lso_crawler.ingest import Limits
    from lso_crawler.ingest.pool import PoolBroken
    from lso_crawler.ingest.reparse import reparse as rebuild
    from lso_crawler.ingest.reparse import warc_files
    from lso_crawler.runlock import CrawlLock, lock_path_for
    from lso_crawler.store import Store, StoreError

    if not Path(archive_dir).is_dir():
        raise click.UsageError(f"no archive directory at {archive_dir}")
    lock = CrawlLock(lock_path_for(db_path))
    if not lock.acquire():
        click.echo(f"lso: a crawl is running ({lock.holder()}); not reparsing", err=True)
        sys.exit(75)
    try:
        try:
            store = Store(db_path)
        except StoreError as error:
            raise click.UsageError(str(error)) from None
        total = sum(path.stat().st_size for path in warc_files(archive_dir))
        limits = Limits(
            max_payload_bytes=settings.DOWNLOAD_MAXSIZE,
            max_page_bytes=settings.LSO_MAX_PAGE_BYTES,
        )
        started = time.monotonic()
        show_bar = not quiet and sys.stderr.isatty()
        with (
            store,
            click.progressbar(
                length=max(total, 1),
                label="reparsing",
                file=sys.stderr if show_bar else open(os.devnull, "w"),
                show_eta=True,
                show_percent=True,
                item_show_func=lambda text: text,
            ) as bar,
        ):
            done = {"bytes": 0}

            def progress(read_bytes: int, captures: int) -> None:
                bar.update(read_bytes - done["bytes"], _rate(captures, started))
                done["bytes"] = read_bytes

            try:
                report = rebuild(archive_dir, store, jobs=jobs, limits=limits, on_progress=progress)
            except (sqlite3.Error, OSError, PoolBroken) as error:
                # Batches already written stay; the next reparse goes on from there.
                click.echo(f"lso: reparse stopped: {error}", err=True)
                sys.exit(1)
    finally:
        lock.release()
    seconds = time.monotonic() - started
    ingested = sum(report.outcomes.values())
    outcomes = ", ".join(f"{n} {k}" for k, n in sorted(report.outcomes.items())) or "nothing new"
    click.echo(
        f"lso: {report.records} captures in {report.files} files, {report.skipped} already "
        f"indexed, {report.retried} retried: {outcomes} "
        f"({ingested / seconds if seconds else 0:.0f} captures/s)"
    )


def _rate(captures: int, started: float) -> str:
    seconds = time.monotonic() - started
    return f"{captures} captures, {captures / seconds:.0f}/s" if seconds > 0 else ""
