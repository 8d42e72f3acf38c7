"""`make demo`: serve the model of baolangson.vn on loopback, crawl it twice with edits in
between, and show what was stored and how to look at it.

Between the two crawls the site changes as a real one does (the same mechanism as
tests/e2e/test_changes.py): a body edit with changed figures, a retitle, a punctuation fix
(a minor change), an unpublished article (404), an article moved to a new slug (301 from
the old URL) and a newly published article. So `lso changes`, `lso diff`, the history
pages and the feed all have something to show.

Example:
    python -m tests.demo --port 8765 --data demo-data
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.site import ModelSite
from tests.site.model import Paragraph

REPO = Path(__file__).resolve().parents[1]
LSO = Path(sys.executable).with_name("lso")

BODY_EDIT = 5071702  # figures updated, words added
RETITLED = 5071760
REMOVED = 5072044  # unpublished: 404 from the second crawl on
MOVED = 5071690  # same article under a new slug; the old URL answers 301
NEW_ID = 5072200  # published between the two crawls
# Test-speed politeness: the demo crawls only a loopback model of the site.
FAST = [
    "DOWNLOAD_DELAY=0.02",
    "DOWNLOAD_DELAY_JITTER=0",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=4",
]


def second_state(site: ModelSite) -> dict[str, int]:
    """Edit the site between the crawls; returns {what: article id}."""
    content = site.content
    edited = content.article(BODY_EDIT)
    blocks = list(edited.blocks)
    first = next(i for i, block in enumerate(blocks) if isinstance(block, Paragraph))
    words = blocks[first].text.split()
    blocks[first] = dataclasses.replace(
        blocks[first], text=" ".join([*words[:3], "đã", *words[3:]])
    )
    last = max(i for i, block in enumerate(blocks) if isinstance(block, Paragraph))
    blocks[last] = dataclasses.replace(
        blocks[last], text=blocks[last].text.replace("700 triệu USD", "750 triệu USD")
    )
    content.replace(
        BODY_EDIT, blocks=tuple(blocks), lead=edited.lead.replace("1.000 lượt", "1.250 lượt")
    )
    content.replace(RETITLED, title="Tỉnh ủy Lạng Sơn triển khai 6 nhiệm vụ trọng tâm năm 2022")
    used = {BODY_EDIT, RETITLED, REMOVED, MOVED}
    minor = next(
        a for a in content.expected_articles() if a.article_id not in used and " và " in a.lead
    )
    content.replace(minor.article_id, lead=minor.lead.replace(" và ", ", và ", 1))
    content.remove(REMOVED)
    moved = content.article(MOVED)
    content.replace(MOVED, slug=moved.slug + "-cap-nhat")
    content.add_redirect(moved.path, content.article(MOVED).path)
    content.add(
        dataclasses.replace(
            content.article(BODY_EDIT),
            article_id=NEW_ID,
            slug="lang-son-don-khach-du-lich-dau-xuan",
            title="Lạng Sơn đón khách du lịch đầu xuân",
        )
    )
    return {
        "body edit": BODY_EDIT,
        "retitle": RETITLED,
        "minor fix": minor.article_id,
        "removed": REMOVED,
        "moved": MOVED,
        "new": NEW_ID,
    }


def crawl(base_url: str, data: Path, *settings: str) -> subprocess.CompletedProcess:
    """`lso crawl --quiet` into `data`, as cron would run it."""
    command = [str(LSO), "crawl", "--quiet"]
    for setting in (f"LSO_BASE_URL={base_url}", f"LSO_LOG_DIR={data / 'logs'}", *FAST, *settings):
        command += ["-s", setting]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    env.update(
        PYTHONPATH=str(REPO),
        LSO_DB_PATH=str(data / "db" / "lso.db"),
        LSO_ARCHIVE_DIR=str(data / "archive"),
    )
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


def _report(done: subprocess.CompletedProcess, label: str) -> bool:
    print(f"{label}: {done.stdout.strip() or '(no summary)'}")
    if done.returncode != 0:
        print(done.stderr.strip()[-2000:], file=sys.stderr)
        print(f"the {label} failed with exit code {done.returncode}", file=sys.stderr)
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Run the demo; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765, help="port for the model site")
    parser.add_argument("--data", type=Path, default=Path("demo-data"), help="output directory")
    args = parser.parse_args(argv)
    if args.data.exists():
        shutil.rmtree(args.data)
    started = time.monotonic()
    with ModelSite(port=args.port) as site:
        print(f"model site serving at {site.base_url}")
        if not _report(crawl(site.base_url, args.data), "first crawl"):
            return 1
        changed = second_state(site)
        print("site changed: " + ", ".join(f"{what} {aid}" for what, aid in changed.items()))
        if not _report(crawl(site.base_url, args.data, "LSO_RECHECK=all"), "second crawl"):
            return 1
    db_path, archive = args.data / "db" / "lso.db", args.data / "archive"
    with sqlite3.connect(db_path) as db:
        articles, versions = (
            db.execute(f"select count(*) from {table}").fetchone()[0]  # fixed names
            for table in ("articles", "versions")
        )
    elapsed = time.monotonic() - started
    print(f"\n{articles} articles, {versions} versions in {db_path} after {elapsed:.1f} s.")
    lso = os.path.relpath(LSO)
    print(
        f"""
Look at it (or `export LSO_DB_PATH={db_path} LSO_ARCHIVE_DIR={archive}` and drop --db):
  {lso} changes --db {db_path}
  {lso} diff {BODY_EDIT} --db {db_path}
  {lso} diff {RETITLED} --db {db_path} --format html > diff.html
  {lso} status --db {db_path} --archive {archive}
  make browse LSO_DB={db_path} LSO_ARCHIVE={archive}
      then http://127.0.0.1:8001/-/lso/article/{BODY_EDIT} (the history page)"""
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
