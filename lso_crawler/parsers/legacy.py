"""The older CMS (2012–2021), whose markup is not known for sure: read by content patterns."""

from __future__ import annotations

import re
from datetime import datetime
from typing import ClassVar
from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers import markers
from lso_crawler.parsers.block_parser import BlockArticleParser, Page
from lso_crawler.parsers.blocks import credit_hint
from lso_crawler.parsers.bylines import looks_like_byline
from lso_crawler.parsers.cleaning import is_boilerplate, is_page_furniture
from lso_crawler.parsers.dates import (
    dateline_iso_date,
    dateline_timestamp,
    find_site_date_header,
    first_upload_day,
    has_day_first_date,
    innermost_dated,
    meta_timestamp,
)
from lso_crawler.parsers.document import absolute_url, element_text, is_inside, iter_following
from lso_crawler.parsers.parts import ArticleParts
from lso_crawler.parsers.site_facts import END_OF_ARTICLE, LEGACY_LAST_DAY, SITE_NAME
from lso_crawler.parsers.structured import read_metadata
from lso_crawler.text import normalize


class LegacyV1(BlockArticleParser):
    """Pages of the older template, found by what they say rather than by class names.

    The weekday date header before the headline is the day the page was served, so
    `dateline` is only a date printed under the headline, and `dateline_date` comes from
    the article's own evidence; the
    headline is the
    main <h1> (else a title-class <h2>, else og:title/<title>); the article block is the
    element with the most direct-child paragraph text after the headline; the byline is
    its last short paragraph if that reads as a credit line.

    Settings:
        TITLE_CLASS: class words that let an <h2> stand in for a missing <h1>.
        CRUMB_WORD / TAG_WORD: class or id words of the breadcrumb and tag containers.
        MIN_WIDEN_CHARS: direct paragraph text that makes the block's parent the block
            (bodies whose paragraphs are split between a div and its wrapper).
        DATE_OWNER_MAX_CHARS: longest element read whole when a date header is split
            across elements.
        PRINTED_DATE_MAX_CHARS: longest line after the headline read as the article's date.
    """

    NAME = "legacy_v1"
    GENERATION = "legacy"
    VALID_UNTIL = LEGACY_LAST_DAY
    FIELD_SOURCES: ClassVar[dict[str, str]] = {
        "title": "main <h1> (else a title <h2>, else the element showing <title>)",
        "dateline": "a date printed under the headline (the header date is chrome)",
        "published_at": "article:published_time, else the printed date's time",
        "lead": "sapo/LSO- element after the headline, else the first paragraph",
        "body": "the element with most paragraph text after the headline",
        "captions": "table/figure/wp-caption, italic line under an image",
        "byline": "last short credit paragraph, else a credit line after the text",
        "authors": "names in the byline",
        "category": "breadcrumb before the headline, else the URL folder's menu name",
        "tags": "article:tag / JSON-LD keywords, else a tags container's links",
    }
    TITLE_CLASS = re.compile(r"title|tieu-?de|headline|name|heading", re.IGNORECASE)
    CRUMB_WORD = re.compile(
        r"(?:^|[ _-])(?:path|breadcrumbs?|crumbs?|duong-?dan|location)(?:[ _-]|$)"
    )
    TAG_WORD = re.compile(r"(?:^|[ _-])(?:tags?|keywords?|tu-?khoa)(?:[ _-]|$)")
    MIN_WIDEN_CHARS = 40
    DATE_OWNER_MAX_CHARS = 200
    PRINTED_DATE_MAX_CHARS = 80
    LEAD_SEARCH_LIMIT = 60

    _h1 = XPath("/html/body/descendant::h1")
    _h2 = XPath("/html/body/descendant::h2[@class]")
    _paragraphs = XPath("/html/body/descendant::p")
    _paragraphs_after = XPath("following::p")
    _line_breaks = XPath("/html/body/descendant::br")
    _line_breaks_after = XPath("following::br")
    # Breadcrumb and tag containers are told by their class or id words, matched in Python:
    # XPath string functions over every element cost more than the whole lxml parse.
    _named = XPath("/html/body/descendant::*[@class or @id]")
    _named_before = XPath("preceding::*[@class or @id]")
    _links_containing = XPath("/html/body/descendant::a[contains(@href, $fragment)]")
    _text_holders = XPath(
        "/html/body/descendant::*[not(self::a)]"
        "[text()[string-length(normalize-space()) > 10]]"
        "[string-length(normalize-space()) < 300]"
    )
    _tag_hrefs = XPath(
        "/html/body/descendant::a[contains(@href, '/tag/') or contains(@href, '/tags/')"
        " or contains(@href, '/tu-khoa/')]"
    )

    @classmethod
    def matches(cls, page: object, url: str, captured_at: datetime) -> float:
        """Score the page by the older template's own signs (URL shape, date header, uploads)."""
        if not isinstance(page, HtmlElement):
            return 0.0
        return markers.legacy_evidence(page, url)

    def heading_element(self, page: Page) -> HtmlElement | None:
        """Return the main <h1> (the one matching <title>, else the longest), else an h2."""
        hint = (self.meta_title(page) or "").casefold()
        title_h2s: list[HtmlElement] = [
            h2 for h2 in self._h2(page.doc) if self.TITLE_CLASS.search(h2.get("class"))
        ]
        for headings in (self._h1(page.doc), title_h2s):
            candidates: list[tuple[HtmlElement, str]] = [
                (element, text)
                for element in headings
                if _could_be_headline(element, text := element_text(element))
            ]
            for element, text in candidates:
                if hint and (text.casefold() == hint or hint.startswith(text.casefold())):
                    return element
            if candidates:
                return max(candidates, key=lambda candidate: len(candidate[1]))[0]
        # No heading tag: the element showing exactly the page's title (a bold table cell).
        if hint:
            for element in self._text_holders(page.doc):
                text = element_text(element)
                if text.casefold() == hint and not _in_page_furniture(element):
                    return _outermost_with_text(element, text)
        return None

    def body_element(self, page: Page) -> HtmlElement | None:
        """Return the element with the most direct-child paragraph text after the headline."""
        heading = page.heading
        paragraphs = (
            self._paragraphs_after(heading) if heading is not None else self._paragraphs(page.doc)
        )
        line_breaks = (
            self._line_breaks_after(heading) if heading is not None else self._line_breaks(page.doc)
        )
        scores = _paragraph_text_by_parent(paragraphs)
        for holder, length in _line_text_by_parent(line_breaks).items():
            scores[holder] = scores.get(holder, 0) + length
        if not scores:
            return None
        block = max(scores, key=scores.__getitem__)
        counted = set(paragraphs)
        parent = block.getparent()
        while parent is not None and parent.tag != "body":
            own = [paragraph for paragraph in parent.findall("p") if paragraph in counted]
            if _paragraph_text_by_parent(own).get(parent, 0) < self.MIN_WIDEN_CHARS:
                break
            if _in_page_furniture(parent):
                break
            block, parent = parent, parent.getparent()
        return block

    def dateline(self, page: Page) -> str | None:
        """Return a date line printed for the article after the headline, else None.

        The weekday date header above the headline is the day the page was served (site
        chrome), never the article's date line.
        """
        return self.printed_date(page)

    def dateline_date(self, page: Page, dateline: str | None, parts: ArticleParts) -> str | None:
        """Return the article's day from its own evidence: article:published_time, the date
        line printed under the headline, else the image upload path
        `/uploads/YYYY/MM/DD/`; None without such evidence (never the serving day)."""
        published = meta_timestamp(page.meta.get("article:published_time"))
        if published:
            page.notes["dateline_date_from"] = "meta"
            return published[:10]
        printed = dateline_iso_date(dateline)
        if printed:
            page.notes["dateline_date_from"] = "dateline"
            return printed
        day = first_upload_day(caption.image_url for caption in parts.captions)
        if day:
            page.notes["dateline_date_from"] = "upload-path"
        return day

    def published_at(self, page: Page, dateline: str | None) -> str | None:
        """Return `article:published_time`, else the printed article date's time."""
        return meta_timestamp(page.meta.get("article:published_time")) or dateline_timestamp(
            self.printed_date(page)
        )

    def printed_date(self, page: Page) -> str | None:
        """Return a short date line printed after the headline, before the article text."""
        if page.heading is None:
            return None
        for seen, element in enumerate(iter_following(page.heading)):
            if seen >= self.LEAD_SEARCH_LIMIT or element is page.block:
                return None
            if page.block is not None and is_inside(page.block, element):
                continue  # an ancestor of the block: look inside it, element by element
            text = element_text(element)
            if len(text) <= self.PRINTED_DATE_MAX_CHARS and has_day_first_date(text):
                return element_text(innermost_dated(element))
            if len(text) > self.PRINTED_DATE_MAX_CHARS and not len(element):
                return None  # article text reached
        return None

    def serving_date_header(self, page: Page) -> str | None:
        """Return the site date header (`Thứ sáu, 23/04/2021`) found before the headline."""
        body = page.doc.find("body")
        if body is None:
            return None
        stop = page.heading if page.heading is not None else page.block
        stop_line = set(stop.iterancestors()) if stop is not None else set()
        for element in body.iter():
            if element is stop:
                break
            if not isinstance(element.tag, str):
                continue
            header = self._date_header(element.text, element)
            if header is None and element not in stop_line:
                header = self._date_header(element.tail, element.getparent())
            if header:
                return header
        return None

    def category(self, page: Page) -> str | None:
        """Return the first breadcrumb before the headline, else the menu name of the URL's
        top-level category folder."""
        containers = (
            self._named_before(page.heading) if page.heading is not None else self._named(page.doc)
        )
        for container in containers:
            if self.CRUMB_WORD.search(_class_and_id(container)):
                name = self.crumb_category(container.findall(".//a"))
                if name:
                    return name
        return self._category_from_menu(page)

    def tags(self, page: Page) -> tuple[str, ...]:
        """Return the declared tags (`article:tag`, JSON-LD keywords), else the texts of links
        in a tags/keywords container, else of links to tag pages."""
        declared = read_metadata(page.doc).tags
        if declared:
            return tuple(declared)
        for container in self._named(page.doc):
            if self.TAG_WORD.search(_class_and_id(container)):
                tags = self.link_texts(container.findall(".//a"))
                if tags:
                    return tags
        return self.link_texts(
            [link for link in self._tag_hrefs(page.doc) if not _in_page_furniture(link)]
        )

    def byline(self, page: Page, parts: ArticleParts) -> str | None:
        """Return the block's trailing credit line, else a credit element right after it."""
        if parts.byline or page.block is None:
            return parts.byline
        for sibling in page.block.itersiblings():
            if not isinstance(sibling.tag, str) or is_boilerplate(sibling):
                continue
            text = element_text(sibling)
            if text:
                return text if looks_like_byline(text, hinted=credit_hint(sibling)) else None
        return None

    # --- helpers -------------------------------------------------------------------------------

    def _date_header(self, text: str | None, owner: HtmlElement | None) -> str | None:
        if not has_day_first_date(text):
            return None
        header = find_site_date_header(text)
        if header is None and owner is not None:
            owner_text = owner.text_content()
            if len(owner_text) <= self.DATE_OWNER_MAX_CHARS:
                header = find_site_date_header(owner_text)
        return header

    def _category_from_menu(self, page: Page) -> str | None:
        segments = [segment for segment in urlsplit(page.url).path.split("/") if segment]
        # Only the first folder of an older-style URL names a category, never the file.
        if len(segments) < 2:
            return None
        folder = "/" + segments[0].lower()
        for link in self._links_containing(page.doc, fragment=segments[0]):
            target = absolute_url(link.get("href"), page.url)
            path = urlsplit(target).path.rstrip("/").lower() if target else ""
            if path == folder and (name := element_text(link)):
                return name
        return None


def _paragraph_text_by_parent(paragraphs: list[HtmlElement]) -> dict[HtmlElement, int]:
    scores: dict[HtmlElement, int] = {}
    furniture: dict[HtmlElement, bool] = {}
    for paragraph in paragraphs:
        parent = paragraph.getparent()
        if parent is None:
            continue
        if parent not in furniture:
            furniture[parent] = _in_page_furniture(parent)
        if furniture[parent] or is_page_furniture(paragraph):
            continue
        scores[parent] = scores.get(parent, 0) + len(normalize(paragraph.text_content()))
    return scores


def _line_text_by_parent(line_breaks: list[HtmlElement]) -> dict[HtmlElement, int]:
    # Old pages without <p>: text runs separated by <br> directly inside a container.
    scores: dict[HtmlElement, int] = {}
    furniture: dict[HtmlElement, bool] = {}
    for line_break in line_breaks:
        parent = line_break.getparent()
        tail = (line_break.tail or "").strip()
        if parent is None or not tail or parent.tag == "p":
            continue
        if parent not in furniture:
            furniture[parent] = _in_page_furniture(parent)
        if not furniture[parent]:
            scores[parent] = scores.get(parent, 0) + len(tail)
    return scores


def _class_and_id(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _outermost_with_text(element: HtmlElement, text: str) -> HtmlElement:
    # <td><font><b>Title</b></font></td>: the cell, so that what follows it is after it.
    while (parent := element.getparent()) is not None and element_text(parent) == text:
        if parent.tag in ("body", "tr", "table", "tbody"):
            break
        element = parent
    return element


def _could_be_headline(element: HtmlElement, text: str) -> bool:
    return bool(
        text
        and not SITE_NAME.match(text)
        and not END_OF_ARTICLE.match(text)
        and not _in_page_furniture(element)
    )


def _in_page_furniture(element: HtmlElement) -> bool:
    return is_page_furniture(element) or any(
        is_page_furniture(ancestor) for ancestor in element.iterancestors()
    )
