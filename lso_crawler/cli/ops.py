"""Commands for running the crawler unattended: crawl, status."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from lso_crawler import runner
from lso_crawler.cli import main
from lso_crawler.cli.options import archive_option, db_option
from lso_crawler.config import UsageError
from lso_crawler.diskguard import free_mb
from lso_crawler.runlock import CrawlLock, lock_path_for
from lso_crawler.store import Store


@main.command(context_settings={"ignore_unknown_options": False})
@click.option("-s", "--set", "pairs", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting.")
@click.option("--quiet", is_flag=True, help="Print only the one-line summary (for cron).")
@click.option(
    "--backfill",
    is_flag=True,
    help="Walk every listing page to the end (or LSO_MAX_PAGES), resuming an interrupted walk; "
    "known articles are not fetched again unless LSO_RECHECK says so.",
)
def crawl(pairs: tuple[str, ...], quiet: bool, backfill: bool) -> None:
    """Crawl the site once, safely: one run at a time, logged, summarised.

    The cron entry point. Takes a lock beside the database (a second run exits at once
    with code 75), writes logs/lso.log (rotated daily), records the run in `runs`, and
    prints `lso: N new, N changed, N gone, N errors in N s (outcome)`.

    By default a run is incremental: each category's listing is walked only until a page
    holds no article unknown before the run. --backfill walks to the end instead.

    Exit codes: 0 finished, 1 failed or interrupted, 2 usage error, 75 already running.

    \b
    Example:
        lso crawl --quiet
        lso crawl --backfill -s LSO_MAX_PAGES=50
        lso crawl -s LSO_RECHECK=all
    """
    try:
        overrides = runner.parse_overrides(pairs)
        if backfill:
            overrides = {"LSO_BACKFILL": "True", "LSO_RECHECK": "none", **overrides}
        settings = runner.load_settings(overrides)
    except UsageError as error:
        click.echo(f"lso: {error}", err=True)
        sys.exit(runner.EX_USAGE)
    sys.exit(runner.run(settings, quiet=quiet))


def _archive_size(archive_dir: Path) -> int:
    if not archive_dir.is_dir():
        return 0
    return sum(path.stat().st_size for path in archive_dir.rglob("*") if path.is_file())


@main.command()
@db_option
@archive_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status(db_path: str, archive_dir: str, as_json: bool) -> None:
    """Show the crawler's health: last run, totals, archive size, disk, whether a run is active.

    Exits 1 when the last run did not end `ok` or `partial`, so monitoring can alert on it.

    \b
    Example:
        lso status
        lso status --json --db db/lso.db
    """
    if not Path(db_path).exists():
        click.echo(f"lso: no database at {db_path}; run `lso crawl` first", err=True)
        sys.exit(runner.EX_USAGE)
    store = Store(db_path)
    try:
        store.close_stale_runs()
        last = store.last_run()
        counts = {
            name: store.db.execute(f"select count(*) from {name}").fetchone()[0]  # fixed names
            for name in ("articles", "versions", "fetches", "runs")
        }
    finally:
        store.close()
    report = {
        "active": CrawlLock(lock_path_for(db_path)).is_held(),
        "last_run": {
            key: last[key]
            for key in (
                "id",
                "started_at",
                "finished_at",
                "outcome",
                "new_articles",
                "new_versions",
                "pages_fetched",
                "errors",
            )
        }
        if last
        else None,
        **counts,
        "archive_bytes": _archive_size(Path(archive_dir)),
        "disk_free_mb": round(free_mb(db_path)),
    }
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        run = report["last_run"]
        click.echo(f"active run:    {'yes' if report['active'] else 'no'}")
        if run:
            click.echo(
                f"last run:      #{run['id']} {run['outcome']} "
                f"({run['started_at']} → {run['finished_at'] or '-'}), "
                f"{run['new_articles'] or 0} new articles, {run['pages_fetched'] or 0} pages"
            )
        else:
            click.echo("last run:      none")
        click.echo(f"articles:      {report['articles']}  versions: {report['versions']}")
        click.echo(f"archive:       {report['archive_bytes'] / 1e6:.1f} MB in {archive_dir}")
        click.echo(f"disk free:     {report['disk_free_mb']} MB")
    healthy = last is None or last["outcome"] in ("ok", "partial", "running")
    sys.exit(0 if healthy else 1)
