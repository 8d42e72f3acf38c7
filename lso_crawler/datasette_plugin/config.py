"""The plugin's settings, from the `plugins: lso-archive:` block of metadata.yml."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette
    from datasette.database import Database


PLUGIN_NAME = "lso-archive"
DEFAULT_ARCHIVE_DIR = "archive"


def _settings(datasette: Datasette) -> dict:
    return datasette.plugin_config(PLUGIN_NAME) or {}


async def lso_database(datasette: Datasette) -> Database | None:
    """The configured `database`, else the first one with `articles` and `versions` tables."""
    name = _settings(datasette).get("database")
    if name:
        return datasette.databases.get(name)
    for database in datasette.databases.values():
        if await database.table_exists("articles") and await database.table_exists("versions"):
            return database
    return None


def archive_dir(datasette: Datasette) -> Path:
    """The WARC directory (`archive_dir`, relative to the working directory)."""
    return Path(_settings(datasette).get("archive_dir") or DEFAULT_ARCHIVE_DIR)
