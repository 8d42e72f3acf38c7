"""The pure half of ingest: what a capture says, without the database.

`analyse` decodes the body within bounds and parses it: an article page into an Article, a
listing, feed or sitemap into the publication times it shows. It runs in worker processes
(see `pool`), so it takes and returns picklable values, and it never raises: hostile bytes
cost one capture a recorded failure, never the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from lso_crawler.ingest.capture import ArchivedCapture
from lso_crawler.listings import Listed, listed_on_page
from lso_crawler.media import image_size, is_image_type
from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article, ParseError, hash_content
from lso_crawler.parsers.decoding import header_charset
from lso_crawler.urls import article_id
from lso_crawler.versions.decide import VersionDecision, decide
from lso_crawler.warc import payload_digest
from lso_crawler.warc.payload import PayloadError, decode_payload

# Defaults of LSO_MAX_PAGE_BYTES and DOWNLOAD_MAXSIZE (settings.py is their one home; the
# crawl and `lso reparse` pass the configured values).
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_PAYLOAD_BYTES = 20 * 1024 * 1024
_DETAIL_CHARS = 300


@dataclass(frozen=True)
class Limits:
    """How much decoded body ingest accepts: to store at all, and to parse as an article."""

    max_payload_bytes: int = MAX_PAYLOAD_BYTES
    max_page_bytes: int = MAX_PAGE_BYTES


@dataclass(frozen=True)
class Judged:
    """What can be judged of a parse without the stored history (done in the worker)."""

    content: dict[str, Any]  # Article.content()
    content_hash: str
    as_first: VersionDecision  # the decision if the article were new


@dataclass(frozen=True)
class ImageInfo:
    """A complete image response: its digest, type, byte size and pixel size if readable."""

    digest: str
    content_type: str
    size: int
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class Analysis:
    """What one capture says. At most one of `article` and `parse_failure` is set."""

    error: str | None = None  # a fetch error: HTTP error, cut-off or undecodable body
    article: Article | None = None
    parse_failure: tuple[str, str] | None = None  # (reason key, detail)
    listed: tuple[Listed, ...] = field(default_factory=tuple)
    judged: Judged | None = None  # set with `article`
    image: ImageInfo | None = None  # a complete 200 image response

    @property
    def decodable(self) -> bool:
        """The body was complete and decoded: its validators may be trusted."""
        return self.error is None


DEFAULT_LIMITS = Limits()


def http_error_text(status: int) -> str | None:
    """'HTTP 404 Not Found' for error statuses, None for the rest."""
    if status < 400:
        return None
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def analyse(capture: ArchivedCapture, limits: Limits = DEFAULT_LIMITS) -> Analysis:
    """Decode and parse one capture; any failure becomes part of the Analysis."""
    try:
        return _analyse(capture, limits)
    except Exception as error:  # a parser bug costs one capture, recorded, never the run
        detail = f"{type(error).__name__}: {error}"[:_DETAIL_CHARS]
        return Analysis(parse_failure=("crash", detail))


def _analyse(capture: ArchivedCapture, limits: Limits) -> Analysis:
    if capture.truncated:
        return Analysis(error=f"truncated download ({capture.truncated})")
    if capture.status != 200:
        return Analysis(error=http_error_text(capture.status))
    try:
        body = decode_payload(
            capture.payload, capture.header("Content-Encoding"), limits.max_payload_bytes
        )
    except PayloadError as error:
        return Analysis(error=f"undecodable body: {error}"[:_DETAIL_CHARS])
    content_type = capture.header("Content-Type")
    if is_image_type(content_type):
        return Analysis(image=image_info(capture, body, content_type or ""))
    charset = header_charset(content_type)
    if article_id(capture.url) is None:
        listed = listed_on_page(body, capture.url, capture.header("Content-Type"), charset)
        return Analysis(listed=tuple(listed))
    if len(body) > limits.max_page_bytes:
        detail = f"{len(body)} bytes is over LSO_MAX_PAGE_BYTES ({limits.max_page_bytes})"
        return Analysis(parse_failure=("too-large", detail))
    try:
        article = parse_article(body, capture.url, capture.captured_at, encoding=charset)
    except ParseError as error:
        return Analysis(parse_failure=(error.reason, error.detail[:_DETAIL_CHARS]))
    return Analysis(article=article, judged=judge_parse(article))


def image_info(capture: ArchivedCapture, body: bytes, content_type: str) -> ImageInfo:
    """What an image response is: the archived payload digest, and its decoded bytes' size."""
    digest = capture.pointer.payload_digest if capture.pointer else None
    size = image_size(body)
    return ImageInfo(
        digest=digest or payload_digest(capture.payload),
        content_type=content_type.split(";", 1)[0].strip().lower(),
        size=len(body),
        width=size[0] if size else None,
        height=size[1] if size else None,
    )


def judge_parse(article: Article) -> Judged:
    """The content, its hash and the first-version decision, computed once per parse."""
    content = article.content()
    return Judged(content, hash_content(content), decide(None, content))
