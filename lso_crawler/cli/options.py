"""Options and database access shared by several `lso` commands.

`--db` and `--archive` fall back to the LSO_DB_PATH and LSO_ARCHIVE_DIR environment
variables, then to the defaults in `lso_crawler.crawl.settings`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from lso_crawler.config import database_problem
from lso_crawler.crawl import settings

# The tables every lso database has had since its first migration.
REQUIRED_TABLES = frozenset({"articles", "versions", "runs"})


class NotFound(click.ClickException):
    """A one-line error about the database or its contents; exit status 2, like a usage error."""

    exit_code = 2


class DatabasePath(click.Path):
    """A path to an SQLite file; an existing file that is not SQLite is rejected at once."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=str)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = os.fsdecode(super().convert(value, param, ctx))
        problem = database_problem(path)
        if problem:
            self.fail(problem, param, ctx)
        return path


db_option: Callable[[Any], Any] = click.option(
    "--db",
    "db_path",
    type=DatabasePath(),
    envvar="LSO_DB_PATH",
    show_envvar=True,
    default=settings.LSO_DB_PATH,
    show_default=True,
    help="The SQLite database.",
)
archive_option: Callable[[Any], Any] = click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False),
    envvar="LSO_ARCHIVE_DIR",
    show_envvar=True,
    default=settings.LSO_ARCHIVE_DIR,
    show_default=True,
    help="The directory of WARC files.",
)


def connect_read_only(db_path: str | Path) -> sqlite3.Connection:
    """Open an existing lso database read-only (never creating one); NotFound otherwise."""
    path = Path(db_path)
    if not path.is_file():
        raise NotFound(f"no database at {path}")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("select name from sqlite_master")}
    except sqlite3.DatabaseError as error:
        conn.close()
        raise NotFound(f"{path} is not a readable SQLite database ({error})") from None
    missing = REQUIRED_TABLES - tables
    if missing:
        conn.close()
        raise NotFound(f"{path} is not an lso database (no {', '.join(sorted(missing))} table)")
    return conn


def parse_moment(value: str) -> str:
    """An ISO 8601 date or time as stored (UTC, to the second); naive means UTC.

    Raises ValueError for text that is not a date or a moment outside what UTC can hold.
    """
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date or time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).isoformat(timespec="seconds")
    except OverflowError:
        raise ValueError(f"{value!r} is out of range") from None


def moment_callback(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A click callback for date options: the stored UTC form, or a usage error."""
    if value is None:
        return None
    try:
        return parse_moment(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
