"""Where a site parser's reading contradicts what the page declares about itself: a redesign
that kept some of the template's markers is read by the site parser's selectors, which find
the text but miss the date and section the page plainly declares."""

from __future__ import annotations

from lxml.html import HtmlElement

from lso_crawler.parsers.base import Article
from lso_crawler.parsers.site_facts import HOME_CRUMBS
from lso_crawler.parsers.structured import Metadata, read_metadata

# A site parser chosen on all its template's markers is trusted whatever it misses.
FULL_MARKER_SCORE = 1.0


def declared_but_missing(article: Article, declared: Metadata) -> list[str]:
    """Return the fields the page declares (its publication time, its section or a trail
    past home) that the reading left empty."""
    missing = []
    if declared.published and not (article.dateline or article.published_at):
        missing.append("date")
    if not article.category and (declared.section or _past_home(declared, article.title)):
        missing.append("category")
    return missing


def contradiction(article: Article, doc: HtmlElement, marker_score: float) -> str | None:
    """Say what a site parser chosen on part of its markers missed that the page declares,
    or None (always None for a parser that matched every marker)."""
    if marker_score >= FULL_MARKER_SCORE or (article.category and article.published_at):
        return None  # nothing to check: a cheap answer for the site's own pages
    missing = declared_but_missing(article, read_metadata(doc))
    if not missing:
        return None
    return "contradicts-page: the page declares " + ", ".join(missing) + " the reading lacks"


def _past_home(declared: Metadata, title: str | None) -> bool:
    own = (title or "").casefold()
    return any(
        name.casefold() not in HOME_CRUMBS and name.casefold() != own
        for name in declared.breadcrumb
    )
