"""`make demo`: serve the model of baolangson.vn on loopback, crawl it, show what was stored.

Example:
    python -m tests.demo --port 8765 --data demo-data
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from tests.crawl import run_crawl
from tests.site import ModelSite


def main(argv: list[str] | None = None) -> int:
    """Run the demo; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765, help="port for the model site")
    parser.add_argument("--data", type=Path, default=Path("demo-data"), help="output directory")
    args = parser.parse_args(argv)
    if args.data.exists():
        shutil.rmtree(args.data)
    with ModelSite(port=args.port) as site:
        print(f"model site serving at {site.base_url}")
        started = time.monotonic()
        # A short delay keeps the demo quick while still exercising the polite code path.
        result = run_crawl(site.base_url, args.data, "DOWNLOAD_DELAY=0.05", "LOG_LEVEL=INFO")
        elapsed = time.monotonic() - started
    summary = [line for line in result.log.splitlines() if "lso: " in line]
    print("\n".join(summary) or result.log[-2000:])
    if result.returncode != 0:
        print(f"crawl failed with exit code {result.returncode}", file=sys.stderr)
        return result.returncode
    db = sqlite3.connect(result.db_path)
    count = db.execute("select count(*) from articles").fetchone()[0]
    print(f"\n{count} articles in {result.db_path} after {elapsed:.1f} s; the newest five:")
    rows = db.execute(
        "select a.id, v.dateline_date, v.title, v.byline from articles a join versions v "
        "on v.article_id = a.id and v.version = a.current_version "
        "order by coalesce(a.published_at, v.dateline_date) desc limit 5"
    )
    for article_id, day, title, byline in rows:
        print(f"  {article_id:>8}  {day}  {title}  ({byline or 'no byline'})")
    print(f"\nBrowse it: make browse LSO_DB={result.db_path} LSO_ARCHIVE={result.archive_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
