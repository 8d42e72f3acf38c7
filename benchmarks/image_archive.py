"""Images on the model site: how many are fetched versus referenced, what deduplication
saves, and how much a repeat crawl adds to the archive.

Run: .venv/bin/python benchmarks/image_archive.py [--reuse 4] [--kib 60,240]

Every caption image of the model site's articles gets a real JPEG of a photo's size (between
the --kib bounds, in KiB), served from a second model server standing in for
media.baolangson.vn (LSO_MEDIA_HOSTS); every --reuse-th image shows the same photo as the
one before it under its own URL, as the paper does when it illustrates a follow-up story.
The site is crawled, then crawled again with nothing changed (LSO_RECHECK=all).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sqlite3
import struct
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.crawl import run_crawl  # noqa: E402
from tests.site import ModelSite, SiteContent  # noqa: E402
from tests.site.images import jpeg  # noqa: E402
from tests.site.model import Image  # noqa: E402

REAL_MEDIA = "https://media.baolangson.vn"


def photos(site: ModelSite, media: ModelSite, reuse: int, low: int, high: int) -> int:
    """Give each article image bytes of a photo's size; returns how many are reused copies."""
    copies = 0
    previous: bytes | None = None
    for n, article in enumerate(sorted(site.content.articles.values(), key=lambda a: a.article_id)):
        blocks = []
        for block in article.blocks:
            if isinstance(block, Image):
                url = block.src.replace(REAL_MEDIA, media.base_url)
                server = media if url.startswith(media.base_url) else site
                path = url.removeprefix(media.base_url)
                if previous is not None and reuse and (n + len(blocks)) % reuse == 0:
                    photo, copies = previous, copies + 1
                else:
                    size = low + zlib.crc32(path.encode()) % max(high - low, 1)
                    photo = photo_of_size(path, size)
                server.content.images[path] = photo
                previous = photo
                block = dataclasses.replace(block, src=url)
            blocks.append(block)
        site.content.replace(article.article_id, blocks=tuple(blocks))
    return copies


def photo_of_size(label: str, size: int) -> bytes:
    """A real 800 × 533 JPEG of about `size` bytes (comment segments stand in for detail)."""
    base = jpeg(800, 533, label)
    chunk = 60_000
    filler = b"".join(
        b"\xff\xfe"
        + struct.pack(">H", min(chunk, size - done) + 2)
        + os.urandom(min(chunk, size - done))
        for done in range(0, max(size - len(base), 0), chunk)
    )
    return base[:2] + filler + base[2:]


def archive_bytes(archive: Path) -> int:
    return sum(p.stat().st_size for p in archive.glob("*.warc.gz"))


def report(db: sqlite3.Connection, label: str) -> None:
    stats = json.loads(db.execute("select stats from runs order by id desc limit 1").fetchone()[0])
    keys = ("requested", "fetched", "revisits", "not_modified", "cut", "bytes_archived")
    print(label, ", ".join(f"{k} {stats.get(f'lso/images/{k}', 0)}" for k in keys))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", type=int, default=4, help="every Nth image is a reused photo")
    parser.add_argument("--kib", default="60,240", help="photo sizes, LOW,HIGH KiB")
    args = parser.parse_args()
    low, high = (int(x) * 1024 for x in args.kib.split(","))
    with (
        tempfile.TemporaryDirectory() as tmp,
        ModelSite() as site,
        ModelSite(SiteContent((), {})) as media,
    ):
        copies = photos(site, media, args.reuse, low, high)
        data = Path(tmp)
        setting = f"LSO_MEDIA_HOSTS={media.base_url}"
        first = run_crawl(site.base_url, data, setting, timeout=600)
        if first.returncode != 0:
            print(first.log[-3000:])
            return 1
        after_first = archive_bytes(first.archive_dir)
        db = sqlite3.connect(first.db_path)
        referenced = db.execute(
            "select count(*), count(distinct json_extract(c.value, '$.image_url')) "
            "from versions v, json_each(v.captions) c "
            "where json_extract(c.value, '$.image_url') is not null"
        ).fetchone()
        distinct = db.execute(
            "select count(*), coalesce(sum(size), 0) from "
            "(select payload_digest, max(size) as size from media group by payload_digest)"
        ).fetchone()
        every = db.execute("select count(*), coalesce(sum(size), 0) from media").fetchone()
        print(f"articles {db.execute('select count(*) from articles').fetchone()[0]}")
        print(
            f"images referenced by captions {referenced[0]} ({referenced[1]} distinct URLs, "
            f"{copies} of them reused photos under their own URL)"
        )
        report(db, "first crawl:")
        print(
            f"image bytes without deduplication {every[1]:,} ({every[0]} URL payloads); "
            f"stored once per distinct photo {distinct[1]:,} ({distinct[0]} photos), "
            f"saving {every[1] - distinct[1]:,}"
        )
        print(f"archive after the first crawl {after_first:,} bytes")
        second = run_crawl(site.base_url, data, setting, "LSO_RECHECK=all", timeout=600)
        if second.returncode != 0:
            print(second.log[-3000:])
            return 1
        report(sqlite3.connect(second.db_path), "repeat crawl:")
        growth = archive_bytes(second.archive_dir) - after_first
        print(
            f"repeat crawl, nothing changed: archive grew {growth:,} bytes "
            f"({growth / after_first * 100:.2f} % of the first crawl)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
