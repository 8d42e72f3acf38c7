"""capture_from_scrapy on Scrapy objects, and inside a real crawl of the local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from ipaddress import ip_address
from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator

from lso_crawler.crawl.capture import capture_from_scrapy
from lso_crawler.warc.files import WarcPointer
from lso_crawler.warc.reader import read_block, read_record
from lso_crawler.warc.records import build_capture_records
from lso_crawler.warc.verify import verify_archive
from tests.warc.server import GZIP_PAGE, LocalServer

ROOT = Path(__file__).resolve().parents[2]


def test_capture_from_scrapy_objects() -> None:
    request = Request(
        "https://example.com:8443/a?b=1#frag",
        method="POST",
        body=b"x=1",
        headers={"User-Agent": "ua", "Accept-Encoding": "gzip"},
    )
    response = HtmlResponse(
        "https://example.com:8443/a?b=1#frag",
        status=200,
        headers=[
            ("Content-Type", "text/html"),
            ("Set-Cookie", "a=1"),
            ("Set-Cookie", "b=2"),
            ("X-Raw", b"caf\xe9"),
        ],
        body=b"<html></html>",
        flags=["dataloss"],
        ip_address=ip_address("2001:db8::1"),
        protocol="h2",
    )
    moment = datetime(2026, 5, 6, 7, 8, 9, tzinfo=UTC)
    capture = capture_from_scrapy(request, response, date=moment)
    assert capture.method == "POST" and capture.request_body == b"x=1"
    assert capture.request_headers == [
        ("Content-Length", "3"),
        ("User-Agent", "ua"),
        ("Accept-Encoding", "gzip"),
        ("Host", "example.com:8443"),
    ]
    assert capture.response_headers == [
        ("Content-Type", "text/html"),
        ("Set-Cookie", "a=1"),
        ("Set-Cookie", "b=2"),
        ("X-Raw", "caf\xe9"),
    ]
    assert (capture.protocol, capture.ip_address) == ("h2", "2001:db8::1")
    assert (capture.truncated, capture.date) == ("disconnect", moment)
    response_record, _ = build_capture_records(capture)
    head = response_record.rec_headers
    assert head.get_header("WARC-Protocol") == "h2"
    assert head.get_header("WARC-Truncated") == "disconnect"
    assert head.get_header("WARC-Target-URI") == "https://example.com:8443/a?b=1"


def test_untruncated_http11_response() -> None:
    request = Request("http://example.com/")
    response = HtmlResponse("http://example.com/", body=b"", flags=["partial"])
    capture = capture_from_scrapy(request, response)
    assert capture.protocol == "HTTP/1.1"
    assert capture.truncated is None and capture.ip_address is None
    assert capture.request_headers == [("Host", "example.com")]
    assert capture.date.tzinfo is not None


SPIDER = """
import dataclasses, json, sys
from scrapy import Request, Spider, signals
from scrapy.crawler import CrawlerProcess
from lso_crawler.warc.files import WarcFileWriter
from lso_crawler.warc.records import CrawlInfo
from lso_crawler.crawl.capture import capture_from_scrapy

BASE, ARCHIVE, POINTERS = sys.argv[1:4]
TARGETS = json.loads(sys.argv[4])


class Archiver(Spider):
    name = "archiver"
    custom_settings = {
        "USER_AGENT": "lso-archive-test/1 (+https://example.org)",
        "DEFAULT_REQUEST_HEADERS": {
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": "gzip",
        },
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "DOWNLOAD_FAIL_ON_DATALOSS": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
    }

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.writer = WarcFileWriter(ARCHIVE, CrawlInfo("lso-archive-test/1", "tests"))
        spider.pointers = open(POINTERS, "w")
        crawler.signals.connect(spider.downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(spider.closed_, signal=signals.spider_closed)
        return spider

    def downloaded(self, response, request, spider):
        pointer = self.writer.write_capture(capture_from_scrapy(request, response))
        self.pointers.write(json.dumps(dataclasses.asdict(pointer)) + "\\n")

    def closed_(self, spider):
        self.writer.close()
        self.pointers.close()

    async def start(self):
        for target in TARGETS:
            yield Request(BASE + target, dont_filter=True)

    def parse(self, response):
        pass


process = CrawlerProcess()
process.crawl(Archiver)
process.start()
"""

TARGETS = ["/gzip", "/chunked?page=2&q=%C4%90", "/cookies", "/redirect", "/http10", "/short"]


def test_real_crawl_is_archived_as_sent_and_received(
    tmp_path: Path, local_server: LocalServer
) -> None:
    spider = tmp_path / "archiver.py"
    spider.write_text(textwrap.dedent(SPIDER))
    archive, pointers_file = tmp_path / "archive", tmp_path / "pointers.jsonl"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, str(spider), local_server.url(""), str(archive)]
    command += [str(pointers_file), json.dumps(TARGETS)]
    done = subprocess.run(
        command, cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    pointers = [WarcPointer(**json.loads(line)) for line in pointers_file.read_text().splitlines()]
    by_uri = {p.target_uri: p for p in pointers}
    url = local_server.url

    # robots.txt, every target, and the redirect's target: each request as the server got it
    for target in ["/robots.txt", *TARGETS]:
        pointer = by_uri[url(target)]
        with (archive / pointer.filename).open("rb") as stream:
            stream.seek(pointer.offset + pointer.length)
            request = next(iter(ArchiveIterator(stream)))
        assert request.rec_type == "request"
        assert request.rec_headers.get_header("WARC-Concurrent-To") == pointer.record_id
        assert request.content_stream().read() == b""
        head = request.http_headers
        wire = f"{head.protocol} {head.statusline}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in head.headers
        )
        assert (wire + "\r\n").encode() == local_server.heads[target]

    gzip_block = read_block(archive, by_uri[url("/gzip")])
    assert gzip_block.endswith(b"\r\n\r\n" + GZIP_PAGE)
    assert b"\r\nContent-Encoding: gzip\r\n" in gzip_block
    assert gzip_block.startswith(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n" % len(GZIP_PAGE))

    chunked = read_block(archive, by_uri[url(TARGETS[1])])
    assert chunked.endswith(b"\r\n\r\n" + GZIP_PAGE)
    assert b"transfer-encoding" not in chunked.lower()

    cookies = read_block(archive, by_uri[url("/cookies")]).split(b"\r\n")
    assert [line for line in cookies if line.startswith(b"Set-Cookie")] == [
        b"Set-Cookie: first=1; Path=/",
        b"Set-Cookie: second=2; Path=/; HttpOnly",
    ]
    assert b"X-Between: yes" in cookies

    assert read_block(archive, by_uri[url("/redirect")]).startswith(
        b"HTTP/1.1 301 Moved Permanently\r\n"
    )
    assert read_block(archive, by_uri[url("/http10")]).startswith(b"HTTP/1.0 200 OK\r\n")

    short = read_record(archive, by_uri[url("/short")])
    assert short.rec_headers.get_header("WARC-Truncated") == "disconnect"
    assert short.http_headers.get_header("Content-Length") == "100"
    assert short.raw_stream.read() == b"x" * 10

    for pointer in pointers:
        assert read_record(archive, pointer).rec_headers.get_header("WARC-IP-Address") == (
            "127.0.0.1"
        )
    report = verify_archive(archive)
    assert report.ok, report.problems
