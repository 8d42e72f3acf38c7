"""Crawl the model site at growing sizes; print requests, time, CPU per page and peak memory.

Run: .venv/bin/python benchmarks/crawl_scale.py [--sizes 25,250,1000] [--bare]

The model site is grown by cloning its current-generation articles under new ids, so
listings get longer and pagination deeper. Peak RSS of the `scrapy crawl` process should
stay nearly flat as the site grows (the frontier lives in SQLite, pages are not kept).

--bare also crawls each site with a bare Scrapy spider that only follows same-host links
and writes each raw response with warcio (the same politeness-free settings): the floor the
framework sets, against which the project's own per-page cost is measured. CPU includes
the parse worker processes.
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


BARE_SPIDER = """
import io
import sys
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BASE, OUT = sys.argv[1], sys.argv[2]


class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "ROBOTSTXT_OBEY": True,
        "LOG_LEVEL": "WARNING",
        "DEFAULT_REQUEST_HEADERS": {"Accept-Encoding": "gzip"},
    }

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.out = open(OUT, "wb")
        spider.writer = WARCWriter(spider.out, gzip=True)
        crawler.signals.connect(spider.archive, signal=signals.response_downloaded)
        return spider

    def archive(self, response, request, spider):
        headers = [
            (k.decode(), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs
        ]
        http = StatusAndHeaders(f"{response.status} OK", headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            response.url, "response", payload=io.BytesIO(response.body), http_headers=http
        )
        self.writer.write_record(record)

    async def start(self):
        yield scrapy.Request(BASE + "/")

    def parse(self, response):
        if not hasattr(response, "css"):
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == urlsplit(BASE).netloc:
                yield scrapy.Request(url.split("#")[0])


process = CrawlerProcess()
process.crawl(Bare)
process.start()
"""


def crawl(size: int, bare: bool = False) -> dict[str, float]:
    with grown_site(size) as site, tempfile.TemporaryDirectory() as data:
        if bare:
            script = Path(data, "bare.py")
            script.write_text(BARE_SPIDER)
            Path(data, "archive").mkdir()
            target = [str(script), site.base_url, f"{data}/archive/bare.warc.gz"]
        else:
            target = ["-m", "scrapy", "crawl", "lso"]
        command = [
            "/usr/bin/time",
            "-f",
            "%M %U %S",
            sys.executable,
            *target,
        ]
        if not bare:
            command += [
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
                "CONCURRENT_REQUESTS=8",  # the same concurrency as the bare spider
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
        "pages_per_s": requests / elapsed,
        "cpu_ms_per_request": (float(user) + float(system)) * 1000 / requests,
        "peak_rss_mb": int(peak_kb) / 1024,
        "archive_kb": archive / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,250,1000")
    parser.add_argument("--bare", action="store_true", help="also run the bare spider")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"{'crawler':>8} {'articles':>8} {'requests':>8} {'seconds':>8} {'pages/s':>8} "
        f"{'cpu ms/req':>10} {'peak RSS MB':>11} {'archive KB':>10}"
    )
    for size in sizes:
        for bare in (False, True) if args.bare else (False,):
            r = crawl(size, bare)
            print(
                f"{'bare' if bare else 'lso':>8} {r['articles']:>8} {r['requests']:>8} "
                f"{r['seconds']:>8.1f} {r['pages_per_s']:>8.1f} {r['cpu_ms_per_request']:>10.2f} "
                f"{r['peak_rss_mb']:>11.1f} {r['archive_kb']:>10.0f}"
            )


if __name__ == "__main__":
    main()
