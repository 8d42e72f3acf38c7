"""Crawl the model site at growing sizes; print requests, time, CPU per page and peak memory.

Run: .venv/bin/python benchmarks/crawl_scale.py [--sizes 25,250,1000]

The model site is grown by cloning its current-generation articles under new ids, so
listings get longer and pagination deeper. Peak RSS of the `scrapy crawl` process should
stay nearly flat as the site grows (the frontier lives in SQLite, pages are not kept).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.site import ModelSite  # noqa: E402


def grown_site(size: int) -> ModelSite:
    site = ModelSite()
    content = site.content
    templates = [a for a in content.expected_articles() if a.generation == "current"]
    next_id = 6_000_000
    while len(content.articles) < size:
        template = templates[next_id % len(templates)]
        content.add(
            dataclasses.replace(
                template, article_id=next_id, slug=f"{template.slug}-ban-{next_id}", related=()
            )
        )
        next_id += 1
    return site


def crawl(size: int) -> dict[str, float]:
    with grown_site(size) as site, tempfile.TemporaryDirectory() as data:
        command = [
            "/usr/bin/time",
            "-f",
            "%M %U %S",
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "lso",
            "-s",
            f"LSO_BASE_URL={site.base_url}",
            "-s",
            f"LSO_DB_PATH={data}/lso.db",
            "-s",
            f"LSO_ARCHIVE_DIR={data}/archive",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=8",
            "-s",
            "LOG_LEVEL=WARNING",
        ]
        started = time.monotonic()
        done = subprocess.run(
            command,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            check=True,
        )
        elapsed = time.monotonic() - started
        peak_kb, user, system = done.stderr.strip().splitlines()[-1].split()
        requests = len(site.requests)
        archive = sum(p.stat().st_size for p in Path(data, "archive").glob("*.warc.gz"))
    return {
        "articles": len(site.content.articles),
        "requests": requests,
        "seconds": elapsed,
        "cpu_ms_per_request": (float(user) + float(system)) * 1000 / requests,
        "peak_rss_mb": int(peak_kb) / 1024,
        "archive_kb": archive / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,250,1000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    print(
        f"{'articles':>8} {'requests':>8} {'seconds':>8} {'cpu ms/req':>10} "
        f"{'peak RSS MB':>11} {'archive KB':>10}"
    )
    for size in sizes:
        r = crawl(size)
        print(
            f"{r['articles']:>8} {r['requests']:>8} {r['seconds']:>8.1f} "
            f"{r['cpu_ms_per_request']:>10.2f} {r['peak_rss_mb']:>11.1f} {r['archive_kb']:>10.0f}"
        )


if __name__ == "__main__":
    main()
