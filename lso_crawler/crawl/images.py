"""Stops an image download at LSO_IMAGE_MAX_BYTES, so the cut response is still archived.

Settings:
LSO_IMAGES           ``article`` (default): fetch the caption images of each new or changed
                     article version; ``none``: fetch no images
LSO_IMAGE_MAX_BYTES  an image body is cut after this many bytes (default 10 MB) and its
                     WARC record marked ``WARC-Truncated: length``

Scrapy's DOWNLOAD_MAXSIZE drops a larger response without a trace (before any byte when the
server announces its length). Image requests therefore carry ``download_maxsize = 0`` and
``IMAGE_LIMIT_META``; this extension counts their bytes on ``bytes_received`` and raises
``StopDownload(fail=False)`` at the limit: the response goes on through the middlewares with
the bytes read so far, flagged ``download_stopped``, and ``capture.truncation`` maps it to
``length`` through ``CUT_META``.
"""

from __future__ import annotations

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import StopDownload

from lso_crawler.crawl.capture import CUT_META

IMAGE_LIMIT_META = "lso_max_bytes"  # request.meta: cut the body after this many bytes
_RECEIVED_META = "lso_bytes_received"


class ImageSizeCap:
    """Extension: cut any request carrying IMAGE_LIMIT_META at that many body bytes."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ImageSizeCap:
        return cls(crawler)

    def bytes_received(self, data: bytes, request: Request, spider: object = None) -> None:
        limit = request.meta.get(IMAGE_LIMIT_META)
        if not limit:
            return
        received = request.meta.get(_RECEIVED_META, 0) + len(data)
        request.meta[_RECEIVED_META] = received
        if received > limit:
            request.meta[CUT_META] = "length"
            if self.stats is not None:
                self.stats.inc_value("lso/images/cut")
            raise StopDownload(fail=False)
