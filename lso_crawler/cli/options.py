"""Options shared by several `lso` commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from lso_crawler import settings

db_option: Callable[[Any], Any] = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=settings.LSO_DB_PATH,
    show_default=True,
    help="The SQLite database.",
)
archive_option: Callable[[Any], Any] = click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False),
    default=settings.LSO_ARCHIVE_DIR,
    show_default=True,
    help="The directory of WARC files.",
)
