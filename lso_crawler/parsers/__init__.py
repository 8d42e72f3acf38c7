"""Article parsers: pure functions of (page, URL, capture time) that also re-parse archives.

`parse_article` decodes a capture, parses it once with lxml, lets the registry pick the
parser version by the page's markers (capture date as tie-breaker), falls back to the
general reader when a site parser's result is missing or implausible (or, chosen on part
of its markers, lacks what the page declares: `contradictions`), and returns an
Article or raises ParseError (and nothing else, whatever the input). `read_capture` does
the same and also says how the parser was chosen.

The site parsers are `current` and `legacy` (sharing `block_parser`); the general reader is
`generic`, which orchestrates `landmarks`, `titles` (with `reposted_titles`), `datelines`,
`credits`, `taxonomy`, `sources`, `footnotes`, `properties`, `continued`, `quoted`,
`feed_posts` and `article_block` (and reads a converted print page through `positioned`);
`dates`, `bylines`, `captions`, `leads` and `parts` read fields for both;
`decoding`, `hostile` and `document` make untrusted bytes safe to parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml.html import HtmlElement

from lso_crawler.parsers.base import Article, ArticleParser, Caption, ParseError
from lso_crawler.parsers.contradictions import contradiction, declared_but_missing
from lso_crawler.parsers.current import CurrentV1
from lso_crawler.parsers.decoding import (
    declared_charset,
    decode_html,
    decode_html_utf8,
    looks_binary,
)
from lso_crawler.parsers.density import main_text_chars
from lso_crawler.parsers.document import load_document
from lso_crawler.parsers.generic import GenericV1
from lso_crawler.parsers.hostile import MAX_PAGE_CHARS, clean_article, sanitize_markup_utf8
from lso_crawler.parsers.legacy import LegacyV1
from lso_crawler.parsers.registry import ParserRegistry, Selection
from lso_crawler.parsers.structured import read_metadata
from lso_crawler.urls import article_id

__all__ = [
    "PARSERS",
    "REGISTRY",
    "Article",
    "ArticleParser",
    "Caption",
    "ParseError",
    "Reading",
    "decode_html",
    "parse_article",
    "read_document",
]

# Every parser version in use, oldest first; building the registry checks their dates.
REGISTRY = ParserRegistry([LegacyV1, CurrentV1, GenericV1])
PARSERS: tuple[type[ArticleParser], ...] = REGISTRY.versions
# A site parser's text shorter than this share of the page's main text is implausible.
MIN_SHARE_OF_MAIN_TEXT = 0.5
# Bodies at least this long are not checked against the page's main text (saves the work).
PLAUSIBLE_TEXT_CHARS = 1500


@dataclass(frozen=True)
class Reading:
    """An article, how its parser was chosen, and why the general reader stood in (if it did)."""

    article: Article
    selection: Selection
    fallback_reason: str | None


def implausible(article: Article, doc: HtmlElement) -> str | None:
    """Say why a site parser's article cannot be right, or None if it can."""
    if not article.title:
        return "no-title"
    text = len(article.body) + len(article.lead or "")
    if text >= PLAUSIBLE_TEXT_CHARS:
        return None
    main = main_text_chars(doc)
    if text < MIN_SHARE_OF_MAIN_TEXT * main:
        return f"text-too-short: {text} of {main} characters"
    return None


def _reads_more_of_page(fallback: Article, article: Article, doc: HtmlElement) -> bool:
    # The general reader stands in for a contradicted site reading when it finds what the
    # page declares and no less text.
    declared = read_metadata(doc)
    return len(declared_but_missing(fallback, declared)) < len(
        declared_but_missing(article, declared)
    ) and len(fallback.body) + len(fallback.lead or "") >= len(article.body) + len(
        article.lead or ""
    )


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
    return read_capture(html, url, captured_at, encoding=encoding, max_chars=max_chars).article


def read_capture(
    html: bytes | str,
    url: str,
    captured_at: datetime,
    *,
    encoding: str | None = None,
    max_chars: int = MAX_PAGE_CHARS,
) -> Reading:
    """Like `parse_article`, with how the parser was chosen (for `lso parse` and stats)."""
    try:
        return _read_capture(html, url, captured_at, encoding, max_chars)
    except ParseError:
        raise
    except Exception as error:  # hostile input must cost one page, never the caller
        raise ParseError("parser-error", f"{type(error).__name__}: {error}"[:300]) from error


def load_capture(
    html: bytes | str, encoding: str | None = None, max_chars: int = MAX_PAGE_CHARS
) -> HtmlElement:
    """Decode and parse a captured page into an lxml document (ParseError if it is none)."""
    if len(html) > max_chars:
        raise ParseError("too-large", f"{len(html)} characters, over the {max_chars} limit")
    if looks_binary(html):
        raise ParseError("not-html", "the payload is binary")
    encoded = None
    if isinstance(html, bytes):
        html, encoded = decode_html_utf8(html, encoding or declared_charset(html))
    if len(html) > max_chars:
        raise ParseError("too-large", f"{len(html)} characters, over the {max_chars} limit")
    return load_document(sanitize_markup_utf8(html, encoded))


def _read_capture(
    html: bytes | str, url: str, captured_at: datetime, encoding: str | None, max_chars: int
) -> Reading:
    if len(html) > max_chars:
        raise ParseError("too-large", f"{len(html)} characters, over the {max_chars} limit")
    if article_id(url) is None:
        raise ParseError("not-article", f"no article id in {url}")
    reading = read_document(load_capture(html, encoding, max_chars), url, captured_at)
    article = clean_article(reading.article)
    if article is reading.article:
        return reading
    return Reading(article, reading.selection, reading.fallback_reason)


def read_document(doc: HtmlElement, url: str, captured_at: datetime) -> Reading:
    """Parse an lxml document with the chosen parser, falling back to the general reader
    when the site parser's result is missing or implausible; say what happened."""
    selection = REGISTRY.explain(doc, url, captured_at)
    chosen = selection.parser
    if not chosen.SITE_SPECIFIC:
        return Reading(chosen().parse(doc, url, captured_at), selection, None)
    try:
        article: Article | None = chosen().parse(doc, url, captured_at)
        problem: str | ParseError | None = implausible(article, doc) if article else None
    except ParseError as error:
        if error.reason == "removed":
            raise
        article, problem = None, error
    contradicted = False
    if problem is None and article is not None:
        # A site parser is chosen only on its template's own markers: its reading stands,
        # unless it was chosen on part of them and misses what the page declares.
        problem = contradiction(article, doc, selection.scores.get(chosen.NAME, 0.0))
        if problem is None:
            return Reading(article, selection, None)
        contradicted = True
    try:
        fallback = GenericV1().parse(doc, url, captured_at)
    except ParseError:
        if article is not None:
            return Reading(article, selection, None)
        raise problem if isinstance(problem, ParseError) else ParseError("no-body") from None
    if article is not None and not (
        _reads_more_of_page(fallback, article, doc)
        if contradicted
        else len(fallback.body) > len(article.body)
    ):
        return Reading(article, selection, None)
    reason = problem.reason if isinstance(problem, ParseError) else str(problem)
    fallback.parse_notes["fallback_from"] = chosen.NAME
    fallback.parse_notes["fallback_reason"] = reason
    return Reading(fallback, selection, reason)
