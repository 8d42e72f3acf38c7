"""Capture → rows: the one path by which an archived response enters the database.

A live crawl archives a response, then calls `analyse` (in a worker process) and `apply`;
`lso reparse` reads the same records back from the WARC files and calls the same two.

- `capture`: ArchivedCapture, the archived exchange.
- `analysis`: `analyse`, pure; decodes within bounds and parses; never raises.
- `rows`: `apply`, the only writer of fetches, versions, events, aliases and listing times.
- `pool`: analyse in worker processes with a time limit.
- `reparse`: rebuild the database from the archive.
"""

from lso_crawler.ingest.analysis import DEFAULT_LIMITS, Analysis, Limits, analyse
from lso_crawler.ingest.capture import ArchivedCapture
from lso_crawler.ingest.rows import IngestResult, apply, record_failure

__all__ = [
    "DEFAULT_LIMITS",
    "Analysis",
    "ArchivedCapture",
    "IngestResult",
    "Limits",
    "analyse",
    "apply",
    "record_failure",
]
