"""Read-only views of `media` for the pages that show archived images."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

# Digests per query: well under SQLite's bound-parameter limit (999 before 3.32).
_BATCH = 500
# The rows the image route serves (see store.media.first_image_capture): responses only.
_ARCHIVED = """
select payload_digest, content_type, size, width, height
from media
where payload_digest in ({marks}) and warc_type = 'response' and warc_file is not null
order by id
"""


def archived_images(conn: sqlite3.Connection, digests: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Content type, size, width and height of each digest whose bytes an archived response
    holds (its first such row); digests without one are left out. {} without a `media` table.
    """
    wanted = sorted({d for d in digests if isinstance(d, str) and d})
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), _BATCH):
        batch = wanted[start : start + _BATCH]
        try:
            rows = conn.execute(_ARCHIVED.format(marks=", ".join("?" * len(batch))), batch)
        except sqlite3.OperationalError:  # an archive from before the media table
            return {}
        for digest, content_type, size, width, height in rows:
            found.setdefault(
                digest,
                {"content_type": content_type, "size": size, "width": width, "height": height},
            )
    return found
