"""Ids taken from URLs: digits only, within SQLite's integer range, else not found."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]{1,19}")
MAX_ID = 2**63 - 1


def parse_id(text: str | None) -> int | None:
    """The id, or None for anything that cannot be a stored id."""
    if text is None or not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if value <= MAX_ID else None


def parse_small(text: str | None, default: int | None = None) -> int | None:
    """A small positive number from a query string (a version, a page), else `default`."""
    if text is None or not re.fullmatch(r"[0-9]{1,6}", text.strip()):
        return default
    return int(text) or default
