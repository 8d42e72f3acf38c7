"""The current CMS (late 2021 on), shared with Báo Cao Bằng and Báo Quảng Ninh."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers import markers
from lso_crawler.parsers.block_parser import BlockArticleParser, Page
from lso_crawler.parsers.bylines import authors_from_byline, merge_names
from lso_crawler.parsers.cleaning import in_page_furniture
from lso_crawler.parsers.document import element_text, has_class
from lso_crawler.parsers.parts import ArticleParts
from lso_crawler.text import normalize_or_none


class CurrentV1(BlockArticleParser):
    """Pages of the current template, read with its selectors (see tests/site/MARKUP.md).

    Settings: the compiled selectors below; a selector-only fix is a subclass that
    overrides one of them and a VALID_UNTIL on this class.
    """

    NAME = "current_v1"
    GENERATION = "current"
    VALID_UNTIL = None

    FIELD_SOURCES: ClassVar[dict[str, str]] = {
        "title": "h1.name",
        "dateline": "div.date after the headline",
        "published_at": "article:published_time, else the date line",
        "lead": "first paragraph of the body (LSO- marker removed)",
        "body": "div#content-detail / div.detail.auto-gallery paragraphs",
        "captions": "wp-caption, figure, table.image, italic line under an image",
        "byline": "last credit paragraph, else div.pseudonym",
        "authors": "names in the byline and div.pseudonym",
        "category": "first breadcrumb after Trang chủ",
        "tags": "div.tags links",
    }
    _title = markers.CURRENT_TITLE
    _body = markers.CURRENT_BODY
    _date_after_title = XPath(f"following::div[{has_class('date')}][1]")
    _date_anywhere = XPath(f"/descendant::div[{has_class('date')}]")
    _pseudonym = XPath(f"/descendant::div[{has_class('pseudonym')}]")
    _breadcrumb_links = XPath(
        f"/descendant::div[{has_class('breadcrumbs')}]//ol[{has_class('breadcrumb')}]//li//a"
    )
    _tag_links = XPath(f"/descendant::div[{has_class('tags')}]//a")

    @classmethod
    def matches(cls, page: object, url: str, captured_at: datetime) -> float:
        """Score the page by the share of this template's markers it carries."""
        return markers.current_marker_share(page) if isinstance(page, HtmlElement) else 0.0

    def heading_element(self, page: Page) -> HtmlElement | None:
        """Return `h1.name`."""
        found = self._title(page.doc)
        return found[0] if found else None

    def body_element(self, page: Page) -> HtmlElement | None:
        """Return `div#content-detail` (or `div.detail.auto-gallery`)."""
        found = self._body(page.doc)
        return found[0] if found else None

    def dateline(self, page: Page) -> str | None:
        """Return `div.date` under the headline, e.g. `Thứ Sáu, 04/02/2022 09:56 [GMT+7]`.

        Without a headline, the first `div.date` outside the page's header, menus and
        sidebars: a masthead "today" date is site chrome, never the article's.
        """
        found = self._date_after_title(page.heading) if page.heading is not None else []
        if not found:
            found = [date for date in self._date_anywhere(page.doc) if not in_page_furniture(date)]
        return normalize_or_none(found[0].text_content()) if found else None

    def is_empty_template(self, page: Page, title: str | None) -> bool:
        """Tell whether both the headline and the body container are there but empty."""
        return (
            page.heading is not None and page.block is not None and not element_text(page.heading)
        )

    def category(self, page: Page) -> str | None:
        """Return the last breadcrumb after Trang chủ."""
        return self.crumb_category(self._breadcrumb_links(page.doc))

    def tags(self, page: Page) -> tuple[str, ...]:
        """Return the `div.tags` link texts."""
        return self.link_texts(self._tag_links(page.doc))

    def byline(self, page: Page, parts: ArticleParts) -> str | None:
        """Return the trailing credit paragraph, else the `div.pseudonym` text."""
        return parts.byline or self.pseudonym(page)

    def authors(self, page: Page, byline: str | None) -> tuple[str, ...]:
        """Return the credit line's names followed by the pseudonym's, without repeats."""
        return merge_names(authors_from_byline(byline), authors_from_byline(self.pseudonym(page)))

    def pseudonym(self, page: Page) -> str | None:
        """Return the author name shown in `div.pseudonym`."""
        found = self._pseudonym(page.doc)
        return normalize_or_none(found[0].text_content()) if found else None
