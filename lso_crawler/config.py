"""Validation of the project's settings, shared by `scrapy crawl lso` and `lso crawl`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lso_crawler.media import IMAGE_MODES
from lso_crawler.origins import allowed_origins
from lso_crawler.schedule import parse_schedule

RECHECK_POLICIES = ("all", "due", "none")
SQLITE_MAGIC = b"SQLite format 3\x00"


class UsageError(ValueError):
    """A setting or option that cannot work; `lso` reports it with exit code 2."""


def validate(settings: Mapping[str, Any]) -> None:
    """Raise UsageError for settings the crawl cannot run with."""
    base = str(settings.get("LSO_BASE_URL") or "")
    if not base.startswith(("http://", "https://")):
        raise UsageError(f"LSO_BASE_URL must be an http(s) URL, got {base!r}")
    if settings.get("LSO_RECHECK") not in RECHECK_POLICIES:
        raise UsageError(f"LSO_RECHECK must be one of {', '.join(RECHECK_POLICIES)}")
    try:
        parse_schedule(settings.get("LSO_RECHECK_SCHEDULE"))
    except (ValueError, TypeError) as error:
        raise UsageError(f"LSO_RECHECK_SCHEDULE is not a list of [hours, hours]: {error}") from None
    max_pages = settings.get("LSO_MAX_PAGES")
    if max_pages not in (None, "") and not str(max_pages).isdigit():
        raise UsageError(f"LSO_MAX_PAGES must be a whole number, got {max_pages!r}")
    try:
        allowed_origins(base, media_hosts(settings.get("LSO_MEDIA_HOSTS")))
    except ValueError as error:
        raise UsageError(f"LSO_MEDIA_HOSTS: {error}") from None
    try:
        crawl_delay_cap = float(settings.get("LSO_MAX_CRAWL_DELAY") or 0)
    except (TypeError, ValueError):
        crawl_delay_cap = -1.0
    if crawl_delay_cap < 0:
        raise UsageError("LSO_MAX_CRAWL_DELAY must be a number of seconds, 0 or more")
    if settings.get("LSO_IMAGES", "article") not in IMAGE_MODES:
        raise UsageError(f"LSO_IMAGES must be one of {', '.join(IMAGE_MODES)}")
    image_max = str(settings.get("LSO_IMAGE_MAX_BYTES", 1))
    if not image_max.isdigit() or int(image_max) < 1:
        raise UsageError(f"LSO_IMAGE_MAX_BYTES must be a whole number of bytes, got {image_max!r}")
    problem = database_problem(settings.get("LSO_DB_PATH"))
    if problem:
        raise UsageError(f"LSO_DB_PATH: {problem}")


def media_hosts(value: Any) -> list[str]:
    """LSO_MEDIA_HOSTS as a list, whether set as a list or as `-s` comma-separated text."""
    if not value:
        return []
    if isinstance(value, str):
        return [entry.strip() for entry in value.split(",") if entry.strip()]
    return [str(entry) for entry in value]


def database_problem(value: Any) -> str | None:
    """Why `value` cannot be the database (None if it is an SQLite file or does not exist)."""
    if not str(value or "") or Path(str(value)).is_dir():
        return f"{value!r} is not a file path"
    path = Path(str(value))
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return None  # a new database
    except OSError as error:
        return f"cannot read {path}: {error.strerror}"
    if head and head != SQLITE_MAGIC:
        return f"{path} is not an SQLite database"
    return None
