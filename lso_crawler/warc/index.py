"""CDXJ indexes of finished WARC files, made by cdxj-indexer.

Each ``DIR/NAME.warc.gz`` gets a sorted ``DIR/indexes/NAME.cdxj`` (the ``indexes/`` folder of a
pywb collection or a WACZ), indexing response and revisit records (cdxj-indexer's default).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from cdxj_indexer.main import CDXJIndexer

from lso_crawler.warc.files import WARC_SUFFIX

INDEX_DIR = "indexes"


def index_path(warc_path: str | os.PathLike[str]) -> Path:
    """Where the CDXJ index of a WARC file goes."""
    warc_path = Path(warc_path)
    return warc_path.parent / INDEX_DIR / (warc_path.name.removesuffix(WARC_SUFFIX) + ".cdxj")


def cdxj_lines(warc_path: str | os.PathLike[str]) -> list[str]:
    """The sorted CDXJ lines of one WARC file."""
    out = io.StringIO()
    CDXJIndexer(out, [str(warc_path)], sort=True).process_all()
    return out.getvalue().splitlines(keepends=True)


def write_cdxj(warc_path: str | os.PathLike[str]) -> Path:
    """Write (or rewrite) the index of one finished WARC file; returns its path."""
    target = index_path(warc_path)
    target.parent.mkdir(exist_ok=True)
    partial = target.with_name(target.name + ".tmp")
    partial.write_text("".join(cdxj_lines(warc_path)), encoding="utf-8")
    os.replace(partial, target)
    return target


def index_archive(directory: str | os.PathLike[str]) -> list[Path]:
    """Index every finished WARC file in ``directory`` whose index is missing or older."""
    written = []
    for warc_path in sorted(Path(directory).glob(f"*{WARC_SUFFIX}")):
        target = index_path(warc_path)
        if not target.exists() or target.stat().st_mtime < warc_path.stat().st_mtime:
            written.append(write_cdxj(warc_path))
    return written
