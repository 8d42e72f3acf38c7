"""The plugin's settings, from the `plugins: lso-archive:` block of metadata.yml.

database     the database to serve pages from (default: the first with `articles`
             and `versions` tables)
archive_dir  the WARC directory raw captures and images are read from (default: `archive`)
image_max_bytes  the largest image the image route serves (default: the crawl's
             LSO_IMAGE_MAX_BYTES default, 10 MB; metadata.yml takes `$env: LSO_IMAGE_MAX_BYTES`)
settings     Datasette settings applied at start-up (Datasette 0.65 reads settings only
             from the command line): each applies unless `--setting` gave another value
public       true (or "1"/"yes", e.g. from `$env: LSO_PUBLIC`) serves the archive to
             others: no arbitrary SQL, no database download, and the pages that show
             server paths and process ids answer 404 (see `public.py`)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lso_crawler.crawl.settings import LSO_IMAGE_MAX_BYTES

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette
    from datasette.database import Database


PLUGIN_NAME = "lso-archive"
DEFAULT_ARCHIVE_DIR = "archive"
_TRUE = {"1", "true", "yes", "on"}


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


def image_max_bytes(datasette: Datasette) -> int:
    """`image_max_bytes`, else the crawl's default; a value that is not a positive whole
    number reads as the default."""
    value = str(_settings(datasette).get("image_max_bytes") or "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else LSO_IMAGE_MAX_BYTES


def is_public(datasette: Datasette) -> bool:
    """Whether `public` is on."""
    value = _settings(datasette).get("public")
    return value is True or str(value).strip().lower() in _TRUE


def apply_settings(datasette: Datasette) -> None:
    """Apply `settings` where the command line left Datasette's default."""
    from datasette.app import DEFAULT_SETTINGS

    wanted: dict[str, Any] = _settings(datasette).get("settings") or {}
    current = datasette._settings  # Datasette 0.65 has no public setter
    for key, value in wanted.items():
        if key in DEFAULT_SETTINGS and current.get(key) == DEFAULT_SETTINGS[key]:
            current[key] = type(DEFAULT_SETTINGS[key])(value)
    if is_public(datasette):
        current["default_allow_sql"] = False
        current["allow_download"] = False
        current["allow_csv_stream"] = False
