"""Commands for running the crawler unattended: crawl, status."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from lso_crawler import drift, runs
from lso_crawler.cli.options import archive_option, connect_read_only, db_option
from lso_crawler.config import UsageError
from lso_crawler.crawl import runner
from lso_crawler.runlock import CrawlLock, lock_path_for, process_alive
from lso_crawler.store.media import media_totals

if TYPE_CHECKING:
    from scrapy.settings import Settings

_RUN_FIELDS = (
    "id",
    "started_at",
    "finished_at",
    "outcome",
    "finish_reason",
    "new_articles",
    "new_versions",
    "pages_fetched",
)


@click.command("crawl", context_settings={"ignore_unknown_options": False})
@click.option("-s", "--set", "pairs", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting.")
@click.option("--quiet", is_flag=True, help="Print only the one-line summary (for cron).")
@click.option(
    "--backfill",
    is_flag=True,
    help="Walk every listing page to the end (or LSO_MAX_PAGES), resuming an interrupted walk; "
    "known articles are not fetched again unless LSO_RECHECK says so.",
)
@db_option
@archive_option
@click.pass_context
def crawl(
    ctx: click.Context,
    pairs: tuple[str, ...],
    quiet: bool,
    backfill: bool,
    db_path: str,
    archive_dir: str,
) -> None:
    """Crawl the site once, safely: one run at a time, logged, summarised.

    The cron entry point. Takes a lock beside the database (a second run exits at once
    with code 75), writes logs/lso.log (rotated daily), records the run in `runs`, and
    prints `lso: N new, N changed, N gone, N errors in N s (outcome)`. When the run did
    not end `ok`, one more line on stderr gives the cause, e.g. `lso: cannot resolve
    baolangson.vn`, `lso: site unreachable: ...`, `lso: robots.txt disallows this crawler`.

    By default a run is incremental: each category's listing is walked only until a page
    holds no article unknown before the run. --backfill walks to the end instead.
    `-s NAME=VALUE` wins over --db/--archive and the environment.

    \b
    Exit codes:
        0   the run finished: ok, or partial (most requests failed; a warning says so)
        1   the run failed (site unreachable, robots.txt, disk low, database error)
            or was interrupted (SIGTERM, Ctrl-C)
        2   usage error: a bad option or setting; nothing was crawled
        75  another crawl holds the lock; nothing was touched

    A run whose parsing drifted from the recent runs' (a site redesign) still exits 0; its
    summary line ends `; layout drift: ...`, and `lso status` exits 3 while it lasts.

    \b
    Example:
        lso crawl --quiet
        lso crawl --backfill -s LSO_MAX_PAGES=50
        lso crawl -s LSO_RECHECK=all
    """
    defaults = {"LSO_BACKFILL": "True", "LSO_RECHECK": "none"} if backfill else {}
    settings = crawl_settings(ctx, pairs, db_path, archive_dir, defaults)
    sys.exit(runner.run(settings, quiet=quiet))


def crawl_settings(
    ctx: click.Context,
    pairs: tuple[str, ...],
    db_path: str,
    archive_dir: str,
    defaults: dict[str, str] | None = None,
) -> Settings:
    """The crawl's settings: `defaults`, then --db/--archive when given, then `-s` pairs.

    A bad pair or setting prints one line and exits with the usage code.
    """
    try:
        overrides: dict[str, str] = dict(defaults or {})
        for name, setting, value in (
            ("db_path", "LSO_DB_PATH", db_path),
            ("archive_dir", "LSO_ARCHIVE_DIR", archive_dir),
        ):
            if ctx.get_parameter_source(name) != click.core.ParameterSource.DEFAULT:
                overrides[setting] = value
        overrides.update(runs.parse_overrides(pairs))
        return runner.load_settings(overrides)
    except UsageError as error:
        click.echo(f"lso: {error}", err=True)
        sys.exit(runs.EX_USAGE)


def _archive_size(archive_dir: Path) -> int:
    if not archive_dir.is_dir():
        return 0
    return sum(path.stat().st_size for path in archive_dir.rglob("*") if path.is_file())


def _free_mb(path: Path) -> float:
    target = path.resolve()
    while not target.exists():
        target = target.parent
    return shutil.disk_usage(target).free / 1_000_000


def _last_run(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The newest run, as `lso status` reports it (a dead `running` run is `interrupted`)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    row = cursor.execute("select * from runs order by id desc limit 1").fetchone()
    if row is None:
        return None
    run = dict(row)
    if run.get("outcome") == "running" and not process_alive(run.get("pid")):
        # Read-only: the next crawl records this in the database (Store.close_stale_runs).
        run.update(outcome="interrupted", finish_reason="killed")
    return run


def _last_drift(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The layout drift of the newest run judged for it, or None when it raised no alert."""
    columns = {row[1] for row in conn.execute("pragma table_info(runs)")}
    if "drift" not in columns:  # a database no crawl has opened since the column came
        return None
    row = conn.execute(
        "select id, drift from runs where drift is not null order by id desc limit 1"
    ).fetchone()
    alerts = drift.from_json(row[1]) if row else []
    if not alerts:
        return None
    return {"run": row[0], "alerts": [alert.as_dict() for alert in alerts]}


def status_report(conn: sqlite3.Connection, db_path: Path, archive_dir: Path) -> dict[str, Any]:
    """The data `lso status` prints, JSON-ready."""
    last = _last_run(conn)
    counts = {
        name: conn.execute(f"select count(*) from {name}").fetchone()[0]  # fixed names
        for name in ("articles", "versions", "fetches", "runs")
    }
    last_run = None
    if last is not None:
        errors = runs.json_dict(last.get("errors"))
        last_run = {
            **{key: last.get(key) for key in _RUN_FIELDS},
            "outcome": runs.honest_outcome(last),
            "errors": errors,
            "problem": runs.run_problem(last),
        }
    return {
        "active": CrawlLock(lock_path_for(db_path)).is_held(),
        "last_run": last_run,
        "delay": _request_delay(last),
        "drift": _last_drift(conn),
        **counts,
        **_media(conn),
        "archive_bytes": _archive_size(archive_dir),
        "disk_free_mb": round(_free_mb(db_path)),
    }


def _request_delay(run: dict[str, Any] | None) -> dict[str, float | None] | None:
    """The last run's delay between requests to one host: DOWNLOAD_DELAY, the robots.txt
    Crawl-delay honoured (None when robots.txt set none), and the larger, which applied."""
    stats = runs.json_dict(run.get("stats")) if run else {}
    download, asked = stats.get("lso/download_delay"), stats.get("lso/crawl_delay")
    if not isinstance(download, int | float):  # a run from before the delay was recorded
        return None
    asked = asked if isinstance(asked, int | float) else None
    return {
        "download_delay": download,
        "crawl_delay": asked,
        "effective": max(download, asked or 0),
    }


def _media(conn: sqlite3.Connection) -> dict[str, int]:
    """Article images archived: rows and bytes (0 for a database from before images)."""
    try:
        count, size = media_totals(conn)
    except sqlite3.OperationalError:  # no media table yet (opened read-only, not migrated)
        count, size = 0, 0
    return {"media": count, "media_bytes": size}


def _print_text(report: dict[str, Any], archive_dir: str) -> None:
    run = report["last_run"]
    click.echo(f"active run:    {'yes' if report['active'] else 'no'}")
    if run:
        click.echo(
            f"last run:      #{run['id']} {run['outcome']} "
            f"({run['started_at']} → {run['finished_at'] or '-'}), "
            f"{run['new_articles'] or 0} new articles, {run['pages_fetched'] or 0} pages"
        )
        if run["problem"]:
            click.echo(f"why:           {run['problem']}")
        if run["errors"]:
            kinds = ", ".join(f"{count} {kind}" for kind, count in run["errors"].items())
            click.echo(f"errors:        {kinds}")
    else:
        click.echo("last run:      none")
    delay = report["delay"]
    if delay:
        asked = (
            f"robots.txt Crawl-delay {delay['crawl_delay']:g} s"
            if delay["crawl_delay"] is not None
            else "no robots.txt Crawl-delay"
        )
        click.echo(
            f"request delay: at least {delay['effective']:g} s per host in the last run "
            f"({asked}; DOWNLOAD_DELAY {delay['download_delay']:g} s)"
        )
    if report["drift"]:
        for alert in drift.from_json(report["drift"]["alerts"]):
            click.echo(f"layout drift:  {alert.message()} (run #{report['drift']['run']})")
    click.echo(f"articles:      {report['articles']}  versions: {report['versions']}")
    click.echo(f"images:        {report['media']} ({report['media_bytes'] / 1e6:.1f} MB)")
    click.echo(f"archive:       {report['archive_bytes'] / 1e6:.1f} MB in {archive_dir}")
    click.echo(f"disk free:     {report['disk_free_mb']} MB")


@click.command("status")
@db_option
@archive_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status(db_path: str, archive_dir: str, as_json: bool) -> None:
    """Show the crawler's health: last run, totals, archive size, disk, whether a run is active.

    Says why the last run failed, if it did, and prints a `layout drift:` line for each
    alert of the newest run that read enough articles to be judged (its parsing markedly
    worse than the recent runs': the site's templates probably changed). Never writes to
    the database.

    \b
    Exit codes (for monitoring):
        0   the last run ended ok or partial, with no layout drift
        1   the last run did not end ok or partial
        2   there is no database
        3   layout drift: the newest judged run raised an alert (see lso_crawler.drift)

    \b
    Example:
        lso status
        lso status --json --db db/lso.db
    """
    if not Path(db_path).exists():
        click.echo(f"lso: no database at {db_path}; run `lso crawl` first", err=True)
        sys.exit(runs.EX_USAGE)
    with closing(connect_read_only(db_path)) as conn:
        report = status_report(conn, Path(db_path), Path(archive_dir))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_text(report, archive_dir)
    last = report["last_run"]
    if last is not None and last["outcome"] not in ("ok", "partial", "running"):
        sys.exit(runs.EX_FAILED)
    sys.exit(runs.EX_DRIFT if report["drift"] else runs.EX_OK)
