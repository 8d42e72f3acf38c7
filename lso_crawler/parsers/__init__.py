"""Site-specific article parsers (no Scrapy imports: they also re-parse archived captures).

`parse_article` decodes a capture, parses it once with lxml, lets the registry pick the
parser version by the page's markers (capture date as tie-breaker) and returns an Article
or raises ParseError.
"""

from __future__ import annotations

from datetime import datetime

from lso_crawler.parsers.base import Article, ArticleParser, Caption, ParseError
from lso_crawler.parsers.current import CurrentV1
from lso_crawler.parsers.decoding import declared_charset, decode_html, looks_binary
from lso_crawler.parsers.document import load_document
from lso_crawler.parsers.hostile import MAX_PAGE_CHARS, sanitize_markup
from lso_crawler.parsers.legacy import LegacyV1
from lso_crawler.parsers.registry import ParserRegistry
from lso_crawler.urls import article_id

__all__ = [
    "PARSERS",
    "REGISTRY",
    "Article",
    "ArticleParser",
    "Caption",
    "ParseError",
    "decode_html",
    "parse_article",
]

# Every parser version in use, oldest first; building the registry checks their dates.
REGISTRY = ParserRegistry([LegacyV1, CurrentV1])
PARSERS: tuple[type[ArticleParser], ...] = REGISTRY.versions


def parse_article(
    html: bytes | str,
    url: str,
    captured_at: datetime,
    *,
    encoding: str | None = None,
    max_chars: int = MAX_PAGE_CHARS,
) -> Article:
    """Parse one captured article page; `encoding` is the charset the HTTP header declared.

    Raises only ParseError, whatever the input: a page longer than `max_chars` (decoded)
    is "too-large", and an unexpected failure inside a parser is "parser-error".
    """
    try:
        return _parse_article(html, url, captured_at, encoding, max_chars)
    except ParseError:
        raise
    except Exception as error:  # hostile input must cost one page, never the caller
        raise ParseError("parser-error", f"{type(error).__name__}: {error}"[:300]) from error


def _parse_article(
    html: bytes | str, url: str, captured_at: datetime, encoding: str | None, max_chars: int
) -> Article:
    if len(html) > max_chars:
        raise ParseError("too-large", f"{len(html)} characters, over the {max_chars} limit")
    if article_id(url) is None:
        raise ParseError("not-article", f"no article id in {url}")
    if looks_binary(html):
        raise ParseError("not-html", "the payload is binary")
    if isinstance(html, bytes):
        html = decode_html(html, encoding or declared_charset(html))
    if len(html) > max_chars:
        raise ParseError("too-large", f"{len(html)} characters, over the {max_chars} limit")
    doc = load_document(sanitize_markup(html))
    parser = REGISTRY.select(doc, url, captured_at)
    return parser().parse(doc, url, captured_at)
