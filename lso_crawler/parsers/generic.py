"""The general reader: any Vietnamese news article page, read by structure and evidence.

Used when no site parser's markers match a page, or when a site parser's result is
implausible. It knows no class names of any CMS: the metadata a page declares (JSON-LD,
OpenGraph, `article:*`, `<time>`, `rel=author`), the main heading checked against it, the
block holding most paragraph text, and how captions, date lines and bylines are written.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers import article_block, credits, datelines, taxonomy, titles
from lso_crawler.parsers.base import Article, ParseError
from lso_crawler.parsers.block_parser import BlockArticleParser, Page
from lso_crawler.parsers.chrome import in_chrome
from lso_crawler.parsers.document import element_text
from lso_crawler.parsers.landmarks import main_block_of
from lso_crawler.parsers.leads import holds_time, lead_between
from lso_crawler.parsers.parts import ArticleParts
from lso_crawler.parsers.positioned import article_document
from lso_crawler.parsers.quoted import dated_by_repost, is_quoted
from lso_crawler.parsers.site_facts import (
    NOT_FOUND_MAX_CHARS,
    NOT_FOUND_MESSAGE,
    NOT_FOUND_TITLE_MAX_CHARS,
)

_SHORT_TEXTS = XPath(
    "/html/body/descendant::*"
    "[self::h1 or self::h2 or self::h3 or self::p or self::div or self::span]"
    "[string-length(normalize-space()) > 0][string-length(normalize-space()) < 300]"
)


class GenericV1(BlockArticleParser):
    """Read any article page by structure; see the module docstring.

    Settings:
        SCORE: the marker score it gives every page: site generations with more evidence
            than this win; below it the general reader reads the page.
    """

    NAME = "generic_v1"
    GENERATION = "generic"
    VALID_UNTIL = None
    SITE_SPECIFIC = False
    SCORE: ClassVar[float] = 0.35
    FIELD_SOURCES: ClassVar[dict[str, str]] = {
        "title": "the <h1> matching og:title/JSON-LD headline, else nearest the text",
        "dateline": "a short dated element by the headline, inside the article region",
        "published_at": "JSON-LD datePublished, article:published_time, <time datetime>,"
        " a machine time on the date line's element, the date line's time",
        "lead": "sapo-like element, LSO- marker or the description, else the first paragraph",
        "body": "the block with most paragraph text, links discounted",
        "captions": "figure/figcaption, wp-caption, table cells, boxes beside an image",
        "byline": "trailing credit line, else a byline before or after the text",
        "authors": "names in the byline and author line, else the declared authors",
        "category": "article:section/JSON-LD, else breadcrumbs, else a section link",
        "tags": "article:tag/JSON-LD keywords, else tag-page links",
    }

    @classmethod
    def matches(cls, page: object, url: str, captured_at: datetime) -> float:
        """Give every HTML page the same low score: any site generation with evidence wins."""
        return cls.SCORE if isinstance(page, HtmlElement) else 0.0

    def parse(self, page: object, url: str, captured_at: datetime) -> Article:
        """Read the page; a converted print page as the article its placed lines show."""
        shown = article_document(page) if isinstance(page, HtmlElement) else None
        article = super().parse(page if shown is None else shown, url, captured_at)
        if shown is not None:
            article.parse_notes["layout"] = "positioned-lines"
        return article

    def heading_element(self, page: Page) -> HtmlElement | None:
        """Return the main heading (see `titles.heading_element`), or the line showing its
        headline alone when it is a saved <title> with the site's name."""
        heading = titles.heading_element(page)
        alone = titles.headline_shown_alone(page, heading)
        return heading if alone is None else alone

    def body_element(self, page: Page) -> HtmlElement | None:
        """Return the block with the most paragraph text, links discounted."""
        return main_block_of(page)

    def lead_element(self, page: Page) -> HtmlElement | None:
        """Return a lead shown between the heading and the text: a `sapo`-like element, one
        starting `LSO-`, the declared description, or an all-bold paragraph."""
        if "lead_element" not in page.data:
            found = super().lead_element(page)
            if found is not None and holds_time(found):
                found = None  # the info row under the headline (poster, date), not a lead
            page.data["lead_element"] = (
                found if found is not None else lead_between(page, self.LEAD_CLASS)
            )
        found = page.data["lead_element"]
        return found if isinstance(found, HtmlElement) else None

    def title(self, page: Page) -> str | None:
        """Return the heading's text, else the declared headline, else <title> without the
        site's name."""
        return titles.title(page)

    def dateline(self, page: Page) -> str | None:
        """Return the article's date line (see `datelines.dateline`), none of a repost's."""
        if dated_by_repost(page, datelines.dateline_element(page)):
            return None
        return datelines.dateline(page)

    def dateline_date(self, page: Page, dateline: str | None, parts: ArticleParts) -> str | None:
        """Return the date line's day, else the declared publication day (a quoted
        article's: its date line's, else its pictures' upload day)."""
        if is_quoted(page) and not dateline:
            return datelines.upload_day(page, parts)
        return datelines.dateline_date(page, dateline, parts)

    def published_at(self, page: Page, dateline: str | None) -> str | None:
        """Return the declared publication time, else the date line's time; a quoted
        article's is its date line's only (the page declares the repost's)."""
        if is_quoted(page):
            return datelines.dateline_timestamp(dateline) if dateline else None
        return datelines.published_at(page, dateline)

    def category(self, page: Page) -> str | None:
        """Return the article's section (see `taxonomy.category`)."""
        return taxonomy.category(page)

    def tags(self, page: Page) -> tuple[str, ...]:
        """Return the article's tags (see `taxonomy.tags`)."""
        return taxonomy.tags(page)

    def byline(self, page: Page, parts: ArticleParts) -> str | None:
        """Return the article's credit line (see `credits.byline`)."""
        return credits.byline(page, parts)

    def authors(self, page: Page, byline: str | None) -> tuple[str, ...]:
        """Return the byline's names, then an author line's, else the declared authors."""
        return credits.authors(page, byline)

    def check_content(self, page: Page, title: str | None, lead: str | None, body: str) -> None:
        """Like the site parsers, and a short page whose own text says the article is gone
        is "removed" even when no article block was found."""
        if title and len(title) <= NOT_FOUND_TITLE_MAX_CHARS and NOT_FOUND_MESSAGE.search(title):
            # The page's own headline says so: whatever text the reader found is chrome
            # (the "latest news" cards such a shell shows), never an article.
            raise ParseError("removed", "the page's title says the article does not exist")
        if len(f"{lead or ''} {body}".strip()) <= NOT_FOUND_MAX_CHARS:
            for element in _SHORT_TEXTS(page.doc):
                if NOT_FOUND_MESSAGE.search(element_text(element)) and not in_chrome(element):
                    raise ParseError("removed", "the page says the article does not exist")
        super().check_content(page, title, lead, body)

    def article_parts(self, page: Page) -> ArticleParts:
        """Clean a copy of the main block by structure and divide it into the fields."""
        return article_block.article_parts(page, self.lead_element(page))
