"""The parse flow both generations share: find the heading and the article block, read the
page-level fields, then split the block into lead, body, captions and byline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.base import Article, ArticleParser, Caption, ParseError
from lso_crawler.parsers.blocks import read_blocks
from lso_crawler.parsers.bylines import authors_from_byline
from lso_crawler.parsers.cleaning import copy_with, drop_through, strip_boilerplate
from lso_crawler.parsers.dates import dateline_iso_date, dateline_timestamp, meta_timestamp
from lso_crawler.parsers.document import (
    BLOCK_TAGS,
    class_tokens,
    element_text,
    is_inside,
    iter_following,
    meta_values,
)
from lso_crawler.parsers.leads import has_lead_prefix
from lso_crawler.parsers.parts import ArticleParts, split_article
from lso_crawler.parsers.site_facts import (
    HOME_CRUMBS,
    NOT_FOUND_MAX_CHARS,
    NOT_FOUND_MESSAGE,
    TITLE_SITE_PREFIX,
    TITLE_SITE_SUFFIX,
)
from lso_crawler.text import normalize
from lso_crawler.urls import article_id

# Fields whose absence `parse_notes["missing"]` reports (tags and captions are often
# legitimately empty, so their absence says nothing about the parser).
NOTED_FIELDS = (
    "dateline",
    "dateline_date",
    "published_at",
    "lead",
    "byline",
    "authors",
    "category",
)


@dataclass
class Page:
    """One page being parsed, with the landmarks its parser found in it."""

    doc: HtmlElement
    url: str
    meta: dict[str, str]
    heading: HtmlElement | None = None
    block: HtmlElement | None = None
    notes: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)  # a parser's per-page working values


class BlockArticleParser(ArticleParser):
    """Shared flow and fields; a generation supplies the landmarks and page-level fields.

    Settings:
        ITALIC_CAPTIONS: an all-italic paragraph right under an uncaptioned image is its
            caption (the older bodies' markup, kept by migrated current ones).
        LEAD_CLASS: class names of a lead shown between the heading and the article block.
        LEAD_SEARCH_LIMIT: how many elements after the heading may hold that lead.
    """

    ITALIC_CAPTIONS: ClassVar[bool] = True
    LEAD_CLASS: ClassVar[re.Pattern[str]] = re.compile(
        r"sapo|lead|summary|description|tom-?tat|chapeau|short-?desc|desc", re.IGNORECASE
    )
    LEAD_SEARCH_LIMIT: ClassVar[int] = 60
    _document_title = XPath("/html/head/title")

    # --- landmarks, one per generation ---------------------------------------------------

    def heading_element(self, page: Page) -> HtmlElement | None:
        """Return the element holding the headline."""
        raise NotImplementedError

    def body_element(self, page: Page) -> HtmlElement | None:
        """Return the element holding the article text."""
        raise NotImplementedError

    def dateline(self, page: Page) -> str | None:
        """Return the date line as shown on the page, normalised."""
        raise NotImplementedError

    def category(self, page: Page) -> str | None:
        """Return the breadcrumb's category name."""
        raise NotImplementedError

    def tags(self, page: Page) -> tuple[str, ...]:
        """Return the article's tags in page order."""
        raise NotImplementedError

    # --- the flow ---------------------------------------------------------------------------

    def parse(self, page: object, url: str, captured_at: datetime) -> Article:
        """Return the Article of an lxml document, or raise ParseError.

        The document is never changed: the article block is cleaned on a copy, so the
        fields can be read in any order and by any subclass.
        """
        if not isinstance(page, HtmlElement):
            raise TypeError("parse() takes an lxml document; call parse_article() with bytes")
        identifier = article_id(url)
        if identifier is None:
            raise ParseError("not-article", f"no article id in {url}")
        state = Page(doc=page, url=url, meta=meta_values(page))
        state.heading = self.heading_element(state)
        state.block = self.body_element(state)
        title = self.title(state)
        parts = self.article_parts(state)
        lead, body = self.lead(parts), self.body(parts)
        self.check_content(state, title, lead, body)
        dateline = self.dateline(state)
        byline = self.byline(state, parts)
        article = Article(
            article_id=identifier,
            url=url,
            title=title or "",
            body=body,
            parser=self.NAME,
            dateline=dateline,
            dateline_date=self.dateline_date(state, dateline, parts),
            published_at=self.published_at(state, dateline),
            lead=lead,
            captions=self.captions(parts),
            byline=byline,
            authors=self.authors(state, byline),
            category=self.category(state),
            tags=self.tags(state),
            parse_notes=state.notes,
        )
        missing = [name for name in NOTED_FIELDS if not getattr(article, name)]
        if missing:
            state.notes["missing"] = missing
        return article

    def article_parts(self, page: Page) -> ArticleParts:
        """Divide a cleaned copy of the article block into the article's fields."""
        if page.block is None:
            return ArticleParts()
        lead_element = self.lead_element(page)
        block, heading = copy_with(page.block, page.heading)
        if heading is not None:
            drop_through(heading, block)
        strip_boilerplate(block)
        return split_article(
            read_blocks(block, page.url),
            lead=element_text(lead_element) if lead_element is not None else None,
            italic_captions=self.ITALIC_CAPTIONS,
        )

    def check_content(self, page: Page, title: str | None, lead: str | None, body: str) -> None:
        """Raise ParseError unless the page holds an article: "removed" for a shell saying
        the article is gone (or an empty template), else "no-body" or "no-title"."""
        text = f"{lead or ''} {body}".strip()
        if len(text) <= NOT_FOUND_MAX_CHARS and (
            NOT_FOUND_MESSAGE.search(text) or NOT_FOUND_MESSAGE.search(title or "")
        ):
            raise ParseError("removed", "the page says the article does not exist")
        if not text:
            if self.is_empty_template(page, title):
                raise ParseError("removed", "the article template is empty")
            raise ParseError("no-body", "no article text found")
        if not title:
            raise ParseError("no-title", "no headline found")

    def is_empty_template(self, page: Page, title: str | None) -> bool:
        """Tell whether the page is this generation's article template with nothing in it."""
        return False

    def lead_element(self, page: Page) -> HtmlElement | None:
        """Return a lead shown apart, between the heading and the block (`div.sapo`, `LSO-`)."""
        if page.heading is None or page.block is None or is_inside(page.heading, page.block):
            return None
        block_line = {page.block, *page.block.iterancestors()}
        for seen, element in enumerate(iter_following(page.heading)):
            if element is page.block or seen >= self.LEAD_SEARCH_LIMIT:
                return None
            if element in block_line:
                continue
            if any(self.LEAD_CLASS.fullmatch(token) for token in class_tokens(element)):
                return element if element_text(element) else None
            if _is_leaf_block(element) and has_lead_prefix(element.text_content()):
                return element
        return None

    # --- fields -------------------------------------------------------------------------------

    def title(self, page: Page) -> str | None:
        """Return the headline: the heading's text, else the page's og:title or <title>."""
        return element_text(page.heading) or self.meta_title(page)

    def meta_title(self, page: Page) -> str | None:
        """Return og:title or <title> without the site-name suffix."""
        titles = self._document_title(page.doc)
        raw = page.meta.get("og:title") or (element_text(titles[0]) if titles else "")
        title = TITLE_SITE_PREFIX.sub("", TITLE_SITE_SUFFIX.sub("", normalize(raw)))
        return normalize(title) or None

    def dateline_date(self, page: Page, dateline: str | None, parts: ArticleParts) -> str | None:
        """Return the date line's date as ISO `YYYY-MM-DD` (read day first)."""
        day = dateline_iso_date(dateline)
        if day:
            page.notes["dateline_date_from"] = "dateline"
        return day

    def published_at(self, page: Page, dateline: str | None) -> str | None:
        """Return `article:published_time`, else the date line's time, in Vietnam time."""
        return meta_timestamp(page.meta.get("article:published_time")) or dateline_timestamp(
            dateline
        )

    def lead(self, parts: ArticleParts) -> str | None:
        """Return the lead without its `LSO-` marker."""
        return parts.lead

    def body(self, parts: ArticleParts) -> str:
        """Return the body paragraphs joined by blank lines."""
        return "\n\n".join(parts.paragraphs)

    def captions(self, parts: ArticleParts) -> tuple[Caption, ...]:
        """Return the article's images with their captions, in page order."""
        return parts.captions

    def byline(self, page: Page, parts: ArticleParts) -> str | None:
        """Return the credit line as shown."""
        return parts.byline

    def authors(self, page: Page, byline: str | None) -> tuple[str, ...]:
        """Return the names in the credit line."""
        return authors_from_byline(byline)

    @staticmethod
    def crumb_category(links: list[HtmlElement]) -> str | None:
        """Return the first breadcrumb after the home link: the top-level category.

        Subcategories (older URLs carry one) are left out so that an article keeps the
        same category across the two site generations.
        """
        names = (element_text(link) for link in links)
        return next((name for name in names if name and name.casefold() not in HOME_CRUMBS), None)

    @staticmethod
    def link_texts(links: list[HtmlElement]) -> tuple[str, ...]:
        """Return the distinct texts of links (a leading '#' dropped), in order."""
        texts: list[str] = []
        for link in links:
            text = element_text(link).lstrip("#").strip()
            if text and text not in texts:
                texts.append(text)
        return tuple(texts)


def _is_leaf_block(element: HtmlElement) -> bool:
    return not any(
        isinstance(child.tag, str) and child.tag in BLOCK_TAGS
        for child in element.iterdescendants()
    )
