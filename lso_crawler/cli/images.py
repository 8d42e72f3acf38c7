"""`lso fetch-images`: fetch the missing caption images of archived versions."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import UTC
from pathlib import Path

import click
from dateutil.parser import isoparse

from lso_crawler import runs
from lso_crawler.cli.ops import crawl_settings
from lso_crawler.cli.options import archive_option, db_option
from lso_crawler.config import media_hosts
from lso_crawler.crawl import runner
from lso_crawler.origins import Origin, allowed_origins, is_allowed
from lso_crawler.runs import RunReport
from lso_crawler.store import Store
from lso_crawler.store.database import iso_utc
from lso_crawler.store.media import unfetched_image_count, unfetched_images

_PAGE = 1000


def parse_since(value: str) -> str:
    """An ISO 8601 date or timestamp in the stored form (UTC, to the second); naive is UTC.

    Raises ValueError for anything else.
    """
    try:
        moment = isoparse(value.strip())
    except (ValueError, OverflowError):
        raise ValueError(
            f"{value!r} is not a date or ISO 8601 time (e.g. 2024-05-01 or 2024-05-01T08:00+07:00)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return iso_utc(moment)
    except OverflowError:
        raise ValueError(f"{value!r} is out of range") from None


def _since_callback(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_since(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _nothing_to_do(origins: frozenset[Origin], since: str | None) -> Callable[[Path], str | None]:
    """The check `runner.run` makes under the lock: a line when no allowed image is missing."""

    def check(db_path: Path) -> str | None:
        with Store(db_path) as store:
            after, elsewhere = (0, -1), set()
            while page := unfetched_images(store, _PAGE, since=since, after=after):
                after = page[-1][:2]
                for _article, _position, url in page:
                    if is_allowed(url, origins):
                        return None
                    elsewhere.add(url)
        scope = f" of versions captured since {since}" if since else ""
        line = f"lso: no missing images to fetch{scope}"
        if elsewhere:
            line += f" ({len(elsewhere)} on hosts not allowed: see LSO_MEDIA_HOSTS)"
        return line

    return check


def _summary(db_path: Path, since: str | None) -> Callable[[RunReport], str]:
    """The one-line report of an image run, with what is still missing after it."""

    def summary(report: RunReport) -> str:
        stats = runs.json_dict(report.run.get("stats"))
        errors = sum(v for v in runs.json_dict(report.run.get("errors")).values() if v)
        fetched = stats.get("lso/images/fetched", 0)
        revisits = stats.get("lso/images/revisits", 0)
        size = stats.get("lso/images/bytes_archived", 0) / 1e6
        line = (
            f"lso: {fetched} images fetched, {revisits} revisits, {size:.1f} MB, "
            f"{errors} errors in {report.seconds:.0f} s ({report.outcome})"
        )
        try:
            with closing(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)) as db:
                missing, _articles = unfetched_image_count(db, since)
        except sqlite3.Error:
            return line
        return f"{line}; {missing} images still missing" if missing else line

    return summary


@click.command("fetch-images")
@click.option(
    "--since",
    metavar="DATE",
    callback=_since_callback,
    help="Only versions captured on or after DATE (2024-05-01, or an ISO 8601 time; "
    "without a zone, UTC).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    metavar="N",
    help="Request at most N images in this run.",
)
@click.option("-s", "--set", "pairs", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting.")
@click.option("--quiet", is_flag=True, help="Print only the one-line summary (for cron).")
@db_option
@archive_option
@click.pass_context
def fetch_images(
    ctx: click.Context,
    since: str | None,
    limit: int | None,
    pairs: tuple[str, ...],
    quiet: bool,
    db_path: str,
    archive_dir: str,
) -> None:
    """Fetch the missing caption images of archived versions.

    For each article's current version, requests every caption image no run has tried
    yet (no media row, no recorded fetch): versions archived before images were, or left
    by a run stopped in between. Requests nothing else: no home page, listing, feed,
    sitemap or article. The crawl is the same as `lso crawl`'s: the same settings,
    robots.txt, delay and back-off, disk guard, allowed hosts (LSO_BASE_URL's and
    LSO_MEDIA_HOSTS), WARC files and ingest (media rows, caption digests, `images` in
    `changed_fields` where the photo differs), a row in `runs`, and the lock.

    Resumable: each image is archived as it arrives, so a killed or --limit run is
    continued by running it again, and nothing is asked twice (a 404 or a failed download
    counts as tried). Only images robots.txt refused are asked again by the next run.
    Progress goes to stderr; the summary line says what was fetched and what is still
    missing.

    \b
    Exit codes: those of `lso crawl`; 0 also when nothing is missing.

    \b
    Example:
        lso fetch-images
        lso fetch-images --since 2024-05-01 --limit 500 --quiet
        lso fetch-images -s DOWNLOAD_DELAY=5
    """
    settings = crawl_settings(ctx, pairs, db_path, archive_dir)
    database = Path(settings.get("LSO_DB_PATH"))
    if not database.is_file():
        click.echo(f"lso: no database at {database}; run `lso crawl` first", err=True)
        sys.exit(runs.EX_USAGE)
    origins = allowed_origins(
        settings.get("LSO_BASE_URL"), media_hosts(settings.get("LSO_MEDIA_HOSTS"))
    )
    spider_args: dict[str, object] = {"since": since, "limit": limit}
    sys.exit(
        runner.run(
            settings,
            quiet=quiet,
            spider="lso-images",
            spider_args=spider_args,
            nothing_to_do=_nothing_to_do(origins, since),
            summary=_summary(database, since),
        )
    )
