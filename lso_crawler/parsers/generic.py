"""The general reader: any Vietnamese news article page, read by structure and evidence.

Used when no site parser's markers match a page, or when a site parser's result is
implausible. It knows no class names of any CMS: the metadata a page declares (JSON-LD,
OpenGraph, `article:*`, `<time>`, `rel=author`), the main heading checked against it, the
block holding most paragraph text, and how captions, date lines and bylines are written.
"""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import date, datetime
from typing import ClassVar
from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.base import Caption, ParseError
from lso_crawler.parsers.block_parser import BlockArticleParser, Page
from lso_crawler.parsers.blocks import Block, Paragraph, credit_hint, read_blocks
from lso_crawler.parsers.bylines import (
    MAX_BYLINE_CHARS,
    authors_from_byline,
    credit_of_row,
    is_call_to_action,
    looks_like_byline,
    merge_names,
)
from lso_crawler.parsers.captions import image_url
from lso_crawler.parsers.cleaning import copy_with_all, drop_through
from lso_crawler.parsers.dates import (
    attribute_timestamp,
    date_part,
    dateline_iso_date,
    dateline_timestamp,
    meta_timestamp,
    parse_dateline,
    upload_path_date,
)
from lso_crawler.parsers.density import (
    MAX_SCANNED_ELEMENTS,
    MAX_UNITS,
    clear_non_article,
    links_away,
    own_text,
    scored_main_block,
)
from lso_crawler.parsers.document import (
    BLOCK_TAGS,
    absolute_url,
    class_tokens,
    element_text,
    is_inside,
    iter_following,
)
from lso_crawler.parsers.leads import strip_lead_prefix
from lso_crawler.parsers.parts import ArticleParts, split_article
from lso_crawler.parsers.site_facts import (
    HOME_CRUMBS,
    NOT_FOUND_MAX_CHARS,
    NOT_FOUND_MESSAGE,
    NOT_FOUND_TITLE_MAX_CHARS,
)
from lso_crawler.parsers.structured import Metadata, read_metadata
from lso_crawler.text import normalize

_CLASS_WORD = re.compile(r"[-_]+")
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|:>›]\s+|\s+[|»]\s*")
_TAG_HREF = re.compile(r"/(?:tags?|tu-?khoa|chu-?de|keywords?)(?:/|[-=]|$)", re.IGNORECASE)
_CAPTION_BOX_MAX_CHARS = 300
_PLAY_BUTTON = re.compile(r"[▶►⏵▷⯈]\ufe0f?")
# Chips: short alike items in one box after the text.
_CHIP_TAGS = frozenset({"a", "span", "li", "em", "b", "strong", "small", "label"})
_CHIP_MAX_ITEMS = 20
_CHIP_MAX_CHARS = 50
_CHIP_MAX_WORDS = 7
_CHIP_LIST_REACH = 4
_TAG_WORD = re.compile(r"(?<![a-z])(?:tags?|keywords?|tu-?khoa)(?![a-z])", re.IGNORECASE)
_HEADLINE_CHARS = (10, 200)
_LARGE_TYPE = re.compile(
    r"font-size\s*:\s*(?:(\d+(?:\.\d+)?)\s*(pt|px|em|rem)|(x+-large|larger))", re.IGNORECASE
)
_MAX_PRE_BODY_ELEMENTS = 80
_MAX_POST_BODY_ELEMENTS = 80
_UPDATED_LABEL = re.compile(r"cập\s*nhật|sửa\s*đổi|updated|modified", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"đăng|xuất\s*bản|published|posted", re.IGNORECASE)
# Labels a CMS prints before a field's value ("Từ khóa:", "Tác giả:").
_TAG_LABEL = re.compile(r"(?:tags?|từ\s*kh[oó]a|thẻ|chủ\s*đề|keywords?)\s*:?\s*", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(
    r"(?:tác\s*giả|người\s*viết|bút\s*danh|phóng\s*viên|author|by|bởi)\s*:?\s*",
    re.IGNORECASE,
)


class GenericV1(BlockArticleParser):
    """Read any article page by structure; see the module docstring.

    Settings:
        SCORE: the marker score it gives every page: site generations with more evidence
            than this win; below it the general reader reads the page.
        DATELINE_MAX_CHARS: longest element read as a date line.
        BYLINE_MAX_CHARS: longest element before or after the text read as a byline.
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
    DATELINE_MAX_CHARS: ClassVar[int] = 100
    BYLINE_MAX_CHARS: ClassVar[int] = 100
    _h1 = XPath("/html/body/descendant::h1")
    _h2 = XPath("/html/body/descendant::h2 | /html/body/descendant::h3")
    _time = XPath("/html/body/descendant::time")
    _links = XPath("/html/body/descendant::a[@href]")
    _document_title = XPath("/html/head/title")
    _preceding_headlines = XPath(
        "preceding::*[self::h2 or self::h3 or self::h4 or self::span or self::b or self::strong"
        " or self::font or self::td or self::div or self::p]"
    )
    _text_nodes = XPath("/html/body/descendant::text()[contains(normalize-space(), $probe)]")
    _short_texts = XPath(
        "/html/body/descendant::*"
        "[self::h1 or self::h2 or self::h3 or self::p or self::div or self::span]"
        "[string-length(normalize-space()) > 0][string-length(normalize-space()) < 300]"
    )

    @classmethod
    def matches(cls, page: object, url: str, captured_at: datetime) -> float:
        """Give every HTML page the same low score: any site generation with evidence wins."""
        return cls.SCORE if isinstance(page, HtmlElement) else 0.0

    # --- landmarks -----------------------------------------------------------------------------

    def metadata(self, page: Page) -> Metadata:
        """Return (once per page) what the page's JSON-LD and meta tags declare."""
        found = page.data.get("metadata")
        if not isinstance(found, Metadata):
            found = read_metadata(page.doc)
            page.data["metadata"] = found
        return found

    def heading_element(self, page: Page) -> HtmlElement | None:
        """Return the main heading: the <h1> matching the declared headline, else the one
        nearest before the main text, else an <h2>/<h3> matching the headline."""
        headline = _comparable(self.metadata(page).headline)
        block = self._main_block(page)
        candidates: list[HtmlElement] = [
            h for h in self._h1(page.doc) if self._could_be_heading(h, page)
        ]
        for heading in candidates:
            if headline and _same_title(element_text(heading), headline):
                return heading
        if block is not None and candidates:
            before = [h for h in candidates if _precedes(h, block) or is_inside(h, block)]
            if before:
                return before[-1]
        if candidates:
            return max(candidates, key=lambda h: len(element_text(h)))
        if headline:
            subheadings: list[HtmlElement] = self._h2(page.doc)
            for heading in subheadings:
                if _same_title(element_text(heading), headline):
                    return heading
        shown = self._element_showing_title(page)
        if shown is not None or block is None:
            return shown
        return self._heading_before_text(page, block)

    def _heading_before_text(self, page: Page, block: HtmlElement) -> HtmlElement | None:
        # No <h1> and no declared headline: the nearest sub-heading before the text (a
        # portlet's or print view's h2/h3), else the nearest bold or large-type headline-like
        # line (a WebForms label); site chrome and one-link headings are not headlines.
        before: list[HtmlElement] = self._preceding_headlines(block)[-_MAX_PRE_BODY_ELEMENTS:]
        styled = None
        for element in reversed(before):
            text = element_text(element)
            if not _HEADLINE_CHARS[0] <= len(text) <= _HEADLINE_CHARS[1] or _in_chrome(element):
                continue
            if text.endswith((".", ":")) or not self._could_be_heading(element, page):
                continue
            if sum(len(element_text(a)) for a in element.iter("a")) >= len(text) / 2:
                continue  # a link to another article
            if element.tag in ("h2", "h3", "h4"):
                return element
            if styled is None and _looks_like_headline_type(element):
                styled = element
        return styled

    def _element_showing_title(self, page: Page) -> HtmlElement | None:
        # No heading tag (an old table layout's `td` title): the first element whose whole
        # text is the declared or <title> headline, found from its text, not by a tree walk.
        # A <title> path ("Site > Section > Title") is tried segment by segment, longest
        # first: a long section name may outrun a short headline.
        data = self.metadata(page)
        titles = self._document_title(page.doc)
        if data.headline:
            wanted = [data.headline]
        elif titles:
            wanted = sorted(self._title_segments(element_text(titles[0]), page), key=len)[::-1]
        else:
            wanted = []
        for text in wanted[:_TITLE_SEGMENTS_TRIED]:
            found = self._element_with_text(page, text)
            if found is not None:
                return found
        return None

    def _element_with_text(self, page: Page, wanted: str) -> HtmlElement | None:
        key = _comparable(wanted)
        if len(key) < 10:
            return None
        probe = normalize(wanted)[:12]
        for count, node in enumerate(self._text_nodes(page.doc, probe=probe)):
            if count >= 20:
                break
            element: HtmlElement | None = node.getparent()
            while element is not None and element.tag not in ("body", "html"):
                text = _comparable(element_text(element))
                if text == key:
                    if (
                        element.tag not in ("title", "a")
                        and not _in_chrome(element)
                        and not any(e.tag == "li" for e in (element, *element.iterancestors()))
                    ):
                        return element  # not a crumb or list item repeating the page name
                    break
                if len(text) > len(key):
                    break
                element = element.getparent()
        return None

    def body_element(self, page: Page) -> HtmlElement | None:
        """Return the block with the most paragraph text, links discounted."""
        return self._main_block(page)

    def _main_block(self, page: Page) -> HtmlElement | None:
        if "main_block" not in page.data:
            block, capped = scored_main_block(page.doc)
            page.data["main_block"] = block
            if capped:
                page.notes["bounded"] = (
                    f"main text chosen from the first {MAX_UNITS} paragraphs"
                    f" or {MAX_SCANNED_ELEMENTS} elements"
                )
        block = page.data["main_block"]
        return block if isinstance(block, HtmlElement) else None

    # --- fields --------------------------------------------------------------------------------

    def title(self, page: Page) -> str | None:
        """Return the heading's text, else the declared headline, else <title> without the
        site's name."""
        text = element_text(page.heading)
        if text:
            return text
        self._fallback(page, "title")
        data = self.metadata(page)
        if data.headline:
            return self._without_site_name(data.headline, page)
        titles = self._document_title(page.doc)
        return self._without_site_name(element_text(titles[0]), page) if titles else None

    def dateline(self, page: Page) -> str | None:
        """Return the article's date line: a short dated element between the heading and the
        text (a masthead date above the heading is site chrome), else a dated `<time>`."""
        element = self._dateline_element(page)
        return self._date_part(page, element) or None if element is not None else None

    def dateline_date(self, page: Page, dateline: str | None, parts: ArticleParts) -> str | None:
        """Return the date line's day, else the declared publication day."""
        day = dateline_iso_date(dateline)
        if day:
            page.notes["dateline_date_from"] = "dateline"
            return day
        published = self.published_at(page, dateline)
        if published:
            page.notes["dateline_date_from"] = "published"
            return published[:10]
        for caption in parts.captions:
            day = upload_path_date(caption.image_url)
            if day:
                page.notes["dateline_date_from"] = "upload-path"
                return day
        return None

    def published_at(self, page: Page, dateline: str | None) -> str | None:
        """Return the declared publication time (JSON-LD, meta, `<time datetime>`), else the
        date line's time, in Vietnam time."""
        moment, source = self._declared_published(page)
        if moment:
            page.notes["published_at_from"] = source
            return moment
        moment = self._dateline_machine_time(page, dateline)
        if moment:
            page.notes["published_at_from"] = "dateline-attribute"
            return moment
        moment = dateline_timestamp(dateline)
        if moment:
            page.notes["published_at_from"] = "dateline"
        return moment

    def _declared_published(self, page: Page) -> tuple[str | None, str]:
        # The article's own publication evidence: JSON-LD or meta, else a `<time datetime>`
        # outside the page chrome.
        data = self.metadata(page)
        moment = meta_timestamp(data.published)
        if moment:
            return moment, data.published_from or "meta"
        for element in self._time(page.doc):
            moment = meta_timestamp(element.get("datetime"))
            if moment and not _in_chrome(element):
                return moment, "time"
        return None, ""

    def _dateline_machine_time(self, page: Page, dateline: str | None) -> str | None:
        # The element printing the article's date may carry its machine time in an attribute
        # (`<span title="2022-02-04T09:56:00+07:00">4 tháng 2, 2022</span>`): the element,
        # what it holds, and the wrappers holding nothing but that date. The time must fall
        # on the printed day (and minute, when one is printed): a different one is another
        # moment (an update, a cache time).
        element = self._dateline_element(page)
        printed = parse_dateline(dateline)
        if element is None or printed.day is None:
            return None
        candidates = [element, *element.iterdescendants()][:_DATE_ELEMENT_MAX_NODES]
        for ancestor in element.iterancestors():
            if (
                ancestor is page.block
                or len(element_text(ancestor)) > self.DATELINE_MAX_CHARS
                or parse_dateline(self._date_part(page, ancestor)) != printed
            ):
                break
            candidates.append(ancestor)
        for candidate in candidates:
            if not isinstance(candidate.tag, str):
                continue
            moment = attribute_timestamp(candidate)
            if moment is None or date.fromisoformat(moment[:10]) != printed.day:
                continue
            if printed.clock is not None and moment[11:16] != f"{printed.clock:%H:%M}":
                continue
            return moment
        return None

    def _declared_day(self, page: Page) -> date | None:
        if "declared_day" not in page.data:
            moment, _ = self._declared_published(page)
            page.data["declared_day"] = date.fromisoformat(moment[:10]) if moment else None
        day = page.data["declared_day"]
        return day if isinstance(day, date) else None

    def _date_part(self, page: Page, element: HtmlElement) -> str:
        """The date pieces of an element's text (see `date_part`)."""
        return date_part(element_text(element), self._declared_day(page))

    def category(self, page: Page) -> str | None:
        """Return the declared section, else a rel=category link, else the first breadcrumb
        after home, else the menu name of the URL's first folder."""
        found = self._category(page)
        page.data["category"] = found
        return found

    def _category(self, page: Page) -> str | None:
        data = self.metadata(page)
        # A declared section spelt as a folder slug ("posts") names the kind of page, not
        # its section: a section the page names wins over it.
        slug = data.section if data.section and _SLUG.fullmatch(data.section) else None
        if data.section and not slug:
            return data.section
        crumbs = [name for name in data.breadcrumb if name.casefold() not in HOME_CRUMBS]
        if crumbs:
            return crumbs[0]
        for find in (
            self._rel_category,
            self._labelled_category,
            self._category_folder_link,
            self._breadcrumb_category,
            self._kicker,
            self._menu_link_near_heading,
            lambda _page: slug,
            self._folder_category,
        ):
            found = find(page)
            found = _CATEGORY_ARROWS.sub("", found) if found else None
            if found and not _NAVIGATION.fullmatch(found) and not is_call_to_action(found):
                return found  # a back or home link, or a call to open the app, is no section
        return None

    def _labelled_category(self, page: Page) -> str | None:
        # "Chuyên mục: Chính trị", "Chuyên mục trong nguồn tin: Chính trị": a short line under
        # the headline or after the text that labels the section.
        for element in (*self._between_heading_and_text(page), *self._after_text(page)):
            text = element_text(element)
            if len(text) > _LABELLED_CATEGORY_MAX_CHARS:
                continue
            match = _CATEGORY_LABEL.match(text)
            if match and len(match[1].split()) <= _CATEGORY_MAX_WORDS:
                return match[1]
        return None

    def _category_folder_link(self, page: Page) -> str | None:
        # A link into the site's categories folder ("/categories/chinh-tri/") outside the
        # page chrome: the section the article is filed under.
        for link in self._page_links(page):
            path = urlsplit(link.get("href") or "").path
            if _CATEGORY_HREF.search(path) and not _in_chrome(link):
                text = element_text(link)
                if text and len(text.split()) <= _CATEGORY_MAX_WORDS:
                    return text
        return None

    def _kicker(self, page: Page) -> str | None:
        # The section's name set as a kicker: a short line right before the headline, or a
        # sub-heading in the headline's own header group (a link or plain text, never a
        # date, a name or a sentence).
        heading = page.heading
        if heading is None:
            return None
        candidates: list[HtmlElement] = []
        holder = heading  # climb out of wrappers holding nothing but the headline (table cells)
        title = element_text(heading)
        for _ in range(3):
            above = holder.getparent()
            if holder.getprevious() is not None or above is None:
                break
            if above.tag in ("body", "html") or element_text(above) != title:
                break
            holder = above
        previous = holder.getprevious()
        while previous is not None and not element_text(previous):
            previous = previous.getprevious()
        if previous is not None and isinstance(previous.tag, str):
            candidates.append(previous)
        parent = heading.getparent()
        if parent is not None and parent.tag in ("header", "hgroup"):
            candidates.extend(
                s for s in heading.itersiblings() if s.tag in ("h2", "h3", "h4", "h5", "h6")
            )
        for element in candidates:
            text = _CATEGORY_ARROWS.sub("", element_text(element))
            links = element.findall(".//a")
            if len(links) == 1 and element_text(links[0]):
                # The section's link with a badge beside it ("eMagazine", "Video"): the
                # link names the section.
                text = _CATEGORY_ARROWS.sub("", element_text(links[0]))
            if (
                2 <= len(text) <= 40
                and len(text.split()) <= 5
                and len(links) <= 1
                and not any(ch.isdigit() for ch in text)
                and not re.search(r"[.:!?,;]$|:", text)
                and not looks_like_byline(text)
                and element.find(".//img") is None
            ):
                page.notes["category_from"] = "kicker"
                return text
        return None

    def tags(self, page: Page) -> tuple[str, ...]:
        """Return the tags the page shows under a label, else the declared tags but the
        category, else the texts of tag links (`/tag/…`, `rel=tag`)."""
        data = self.metadata(page)
        labelled = self._labelled_tag_links(page)
        if labelled:
            # What the reader sees wins over keyword meta (which often adds the section and
            # splits a tag holding a comma).
            page.notes["tags_from"] = "labelled-links"
            return labelled
        if data.tags:
            shown = self._shown_list(page, data.tags)
            if shown:
                # The same keywords shown as links or chips: a comma inside one is kept.
                page.notes["tags_from"] = "shown-list"
                return shown
        if data.tags:
            # Systems that file the section as the primary tag declare it first, spelled as
            # the section; shown as the category, it is not one of the article's tags.
            declared = tuple(data.tags)
            if declared[0] == page.data.get("category"):
                page.notes["tags_from"] = "declared-but-primary"
                declared = declared[1:]
            # The paper's own name, or the place it is named after, is the keyword a system
            # puts on every page (the default when an article has none): not the article's.
            own = self._site_names(page)
            kept = tuple(tag for tag in declared if _comparable(tag) not in own)
            if len(kept) < len(declared):
                page.notes["tags_site_wide"] = len(declared) - len(kept)
            return kept
        chips = self._chip_list(page)
        if chips:
            page.notes["tags_from"] = "chips"
            return chips
        links = [
            link
            for link in self._page_links(page)
            if (
                # The cheap test on the whole address first, the exact one on its path.
                (
                    _TAG_HREF.search(link.get("href", ""))
                    and _TAG_HREF.search(urlsplit(link.get("href", "")).path or "")
                )
                or "tag" in (link.get("rel") or "").split()
            )
            and "category" not in (link.get("rel") or "").split()  # WordPress' category link
            and not _in_chrome(link)
        ]
        # A term list that files the article in the section taxonomy (links into /category/,
        # /chuyen-muc/…) holds the section and subsection, even when marked rel=tag. (A tag
        # may share the section's name, so the name alone proves nothing.)
        links = [
            link
            for link in links
            if not _CATEGORY_HREF.search(urlsplit(link.get("href", "")).path or "")
        ]
        return self.link_texts(links)

    def _shown_list(self, page: Page, declared: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        # A list after the text whose items, joined, spell the declared keywords: the page
        # shows the tags one item each, so "văn hóa Tày, Nùng" is one tag, not two.
        wanted = _squeezed(",".join(declared))
        for element in self._after_text(page):
            items = _list_items(element)
            if len(items) >= 2 and _squeezed(",".join(items)) == wanted:
                return items
        return ()

    def _chip_list(self, page: Page) -> tuple[str, ...]:
        # Tags shown as chips without links: a box right after the text holding only alike
        # short items (same element, same class), two or more, or one the box calls a tag.
        for seen, element in enumerate(self._after_text(page)):
            if seen >= _CHIP_LIST_REACH:
                break
            items = _list_items(element, links=False)
            if not items or _in_chrome(element):
                continue
            if len(items) >= 2 or _TAG_WORD.search(" ".join(element.attrib.values())):
                return items
        return ()

    def _labelled_tag_links(self, page: Page) -> tuple[str, ...]:
        # "Từ khóa: <a>…</a> <a>…</a>", "Tags:", "Thẻ:" near the text: the links are the tags.
        box = self._labelled_box(page, _TAG_LABEL)
        if box is None:
            return ()
        links = [link for link in box.iter("a") if link.get("href")]
        if links:
            return self.link_texts(links)
        # A taxonomy field printed as text ("Từ khóa: a; b; c"): the label off, split on
        # semicolons (else commas).
        text = element_text(box)
        label = _TAG_LABEL.match(text)
        if (
            label is None
            or ":" not in label.group(0)
            or len(text) > _TAG_TEXT_MAX_CHARS
            or any(True for _ in box.iter("input", "textarea", "button", "select"))
        ):
            return ()
        value = text[label.end() :]
        separator = ";" if ";" in value else ","
        return tuple(normalize(part) for part in value.split(separator) if normalize(part))

    def _labelled_box(self, page: Page, label: re.Pattern[str]) -> HtmlElement | None:
        """Return the element holding a field after the text labelled by `label`: its own
        text opens with the label, or it has a child that is only the label."""
        for element in self._after_text(page):
            if label.match(normalize(element.text)):
                return element
            first = next((child for child in element if isinstance(child.tag, str)), None)
            if (
                first is not None
                and not normalize(element.text)
                and label.fullmatch(element_text(first))
                and len(element) >= 2
            ):
                return element
        return None

    def _after_text(self, page: Page) -> list[HtmlElement]:
        cached = page.data.get("after_text")
        if isinstance(cached, list):
            return cached
        found: list[HtmlElement] = []
        if page.block is not None:
            for seen, element in enumerate(iter_following(page.block)):
                if seen >= _MAX_POST_BODY_ELEMENTS:
                    break
                if _in_chrome(element):
                    continue
                found.append(element)
        page.data["after_text"] = found
        return found

    def lead_element(self, page: Page) -> HtmlElement | None:
        """Return a lead shown between the heading and the text: a `sapo`-like element, one
        starting `LSO-`, the declared description, or an all-bold paragraph."""
        found = super().lead_element(page)
        if found is not None or page.heading is None or page.block is None:
            return found
        for element in self._between_heading_and_text(page):
            words = {w for t in class_tokens(element) for w in _CLASS_WORD.split(t) if w}
            if (
                any(self.LEAD_CLASS.fullmatch(word) for word in words)
                and element_text(element)
                and (not is_inside(element, page.block) or element.tag != "div")
            ):
                return element
        description = _comparable(strip_lead_prefix(self.metadata(page).description))
        for element in self._between_heading_and_text(page):
            text = element_text(element)
            if len(text) < 40 or (len(element) and _has_block_child(element)):
                continue
            if description and _comparable(strip_lead_prefix(text)) == description:
                return element
            if _all_bold(element) and len(text) >= 60:
                return element
            if (
                element.tag in ("h2", "h3")
                and len(text) >= 60
                and element.find(".//a") is None
                and page.heading.tag == "h1"
            ):
                return element  # the headline's subtitle
        return None

    def byline(self, page: Page, parts: ArticleParts) -> str | None:
        """Return the text's trailing credit line, else a byline just before the text, else
        a labelled author field's value, else an author line just after the text; without
        a field label ("Tác giả: …") a CMS prints before it."""
        found = self._byline(page, parts)
        if found:
            found = credit_of_row(found)  # the credit of a row, not its source line or time
            bare = _FIELD_LABEL.sub("", found, count=1)
            return bare or found
        return found

    def _byline(self, page: Page, parts: ArticleParts) -> str | None:
        if parts.byline:
            page.notes["byline_from"] = "end-of-text"
            return parts.byline
        before = page.data.get("byline_before")
        if isinstance(before, HtmlElement):
            page.notes["byline_from"] = "before-text"
            return element_text(before)
        labelled = self._labelled_author(page)
        if labelled:
            page.notes["byline_from"] = "author-field"
            return labelled
        footer = self._credit_in_footer(page)
        if footer:
            page.notes["byline_from"] = "article-footer"
            return footer
        after = self._author_after(page)
        if after is not None:
            page.notes["byline_from"] = "after-text"
            return element_text(after)
        beside = page.data.get("name_beside_date")
        if isinstance(beside, HtmlElement):
            page.notes["byline_from"] = "beside-date"
            return element_text(beside)
        return None

    def _credit_in_footer(self, page: Page) -> str | None:
        # The article's own <footer> (inside its text block) holding a credit line.
        if page.block is None:
            return None
        for footer in page.block.iter("footer"):
            for line in footer.iter("aside", "p", "div", "small", "span", "address"):
                text = element_text(line)
                if (
                    text
                    and len(text) <= self.BYLINE_MAX_CHARS
                    and not _has_block_child(line)
                    and looks_like_byline(
                        text, hinted=credit_hint(line) or line.tag in ("aside", "address")
                    )
                ):
                    return text
        return None

    def _labelled_author(self, page: Page) -> str | None:
        # "Tác giả: <value>" as a label element and a value element after the text: the
        # value is the byline (a label inside one line of text stays part of that line).
        box = self._labelled_box(page, _AUTHOR_LABEL)
        if box is None or normalize(box.text):
            return None
        label, *rest = [child for child in box if isinstance(child.tag, str)]
        value = normalize(" ".join(element_text(child) for child in rest))
        if (
            value
            and len(value) <= self.BYLINE_MAX_CHARS
            and _AUTHOR_LABEL.fullmatch(element_text(label))
        ):
            return value
        return None

    def authors(self, page: Page, byline: str | None) -> tuple[str, ...]:
        """Return the byline's names, then an author line's, else the declared authors."""
        after = self._author_after(page)
        names = merge_names(
            authors_from_byline(byline),
            authors_from_byline(element_text(after)) if after is not None else (),
        )
        if names:
            return names
        declared = [name for name in self.metadata(page).authors if not self._is_site(name, page)]
        if declared:
            page.notes["authors_from"] = "metadata"
        return tuple(declared)

    def _is_site(self, name: str, page: Page) -> bool:
        # `<meta name="author">` often names the paper itself, not a writer.
        host = (urlsplit(page.url).hostname or "").removeprefix("www.")
        return (
            _comparable(name) == _comparable(self.metadata(page).site_name)
            or bool(_SITE_WORDS.match(name))  # no writer is called "Báo …" or "Cổng …"
            or bool(host and host in name.lower())
        )

    def check_content(self, page: Page, title: str | None, lead: str | None, body: str) -> None:
        """Like the site parsers, and a short page whose own text says the article is gone
        is "removed" even when no article block was found."""
        if title and len(title) <= NOT_FOUND_TITLE_MAX_CHARS and NOT_FOUND_MESSAGE.search(title):
            # The page's own headline says so: whatever text the reader found is chrome
            # (the "latest news" cards such a shell shows), never an article.
            raise ParseError("removed", "the page's title says the article does not exist")
        if len(f"{lead or ''} {body}".strip()) <= NOT_FOUND_MAX_CHARS:
            for element in self._short_texts(page.doc):
                if NOT_FOUND_MESSAGE.search(element_text(element)) and not _in_chrome(element):
                    raise ParseError("removed", "the page says the article does not exist")
        super().check_content(page, title, lead, body)

    # --- the article block ---------------------------------------------------------------------

    def article_parts(self, page: Page) -> ArticleParts:
        """Clean a copy of the main block by structure and divide it into the fields."""
        if page.block is None:
            return ArticleParts()
        lead_element = self.lead_element(page)
        dateline_element = self._dateline_element(page)
        before = self._byline_before(page)
        page.data["byline_before"] = before
        beside = self._name_beside_date(page) if before is None else None
        page.data["name_beside_date"] = beside
        credit = before if before is not None else beside
        # The writer's photo beside their name is no article picture.
        portrait = _portrait_box(credit, element_text(credit)) if credit is not None else None
        inner = [page.heading, lead_element, dateline_element, before, beside, portrait]
        block, copies = copy_with_all(page.block, inner)
        heading_copy, *others = copies
        if heading_copy is not None:
            # The headline's own <header> in the text block (kicker, authors, times) is
            # the article's heading group, not its text.
            group = next(
                (a for a in heading_copy.iterancestors() if a.tag in ("header", "hgroup")),
                None,
            )
            if group is not None and group is not block and is_inside(group, block):
                heading_copy = group
            drop_through(heading_copy, block)
        dateline_copy = others[1]
        row = dateline_copy.getparent() if dateline_copy is not None else None
        for element in others:
            if element is not None and element.getparent() is not None:
                element.drop_tree()
        if row is not None:
            _drop_meta_row(row, block)
        _normalise_images(block)
        page.data["alts"] = collect_alts(block, page.url)
        clear_non_article(block)
        _mark_caption_boxes(block)
        blocks = _share_gallery_captions(read_blocks(block, page.url, share_captions=True))
        parts = split_article(
            blocks,
            lead=element_text(lead_element) if lead_element is not None else None,
            italic_captions=True,
            styled_captions=True,
        )
        skip = [
            e
            for e in (page.heading, lead_element, dateline_element, before, beside, portrait)
            if e is not None
        ]
        above = self._images_outside(page, self._between_heading_and_text(page), skip)
        below = self._images_outside(page, self._after_text_in_region(page), skip)
        if above or below:
            parts = ArticleParts(
                parts.lead, parts.paragraphs, (*above, *parts.captions, *below), parts.byline
            )
            page.notes["captions_outside_text"] = len(above) + len(below)
        return self._alt_captions(page, parts)

    def _images_outside(
        self, page: Page, elements: list[HtmlElement], skip: list[HtmlElement]
    ) -> list[Caption]:
        """Return the captioned pictures among `elements` that lie outside the main text (an
        image field before the body, a gallery after it): each picture's holder, the
        largest box around it with nothing but pictures and short text, read as a figure."""
        assert page.block is not None
        holders: list[HtmlElement] = []
        dateline = self._dateline_element(page)
        for element in elements:
            if element.tag not in ("img", "amp-img") or is_inside(element, page.block):
                continue
            if any(is_inside(element, other) for other in (*skip, *holders)):
                continue
            if _links_away(element) or _is_icon(element):
                continue  # a teaser, an ad, a button, an avatar
            line = element.getparent()
            if dateline is not None and line is not None and is_inside(dateline, line):
                continue  # a clock or calendar glyph in the date line
            holder = element
            for parent in element.iterancestors():
                if (
                    is_inside(page.block, parent)
                    or any(is_inside(other, parent) for other in skip)
                    or len(element_text(parent)) > _CAPTION_BOX_MAX_CHARS
                    or any(_links_away(img) for img in parent.iter("img", "amp-img"))
                ):
                    break
                holder = parent
            holders.append(holder)
        captions: list[Caption] = []
        for holder in holders:
            wrapper = page.doc.makeelement("div")
            copy = deepcopy(holder)
            copy.tail = None
            wrapper.append(copy)
            _normalise_images(wrapper)
            page.data.setdefault("alts", {}).update(collect_alts(wrapper, page.url))
            _mark_caption_boxes(wrapper)
            found = split_article(
                _share_gallery_captions(read_blocks(wrapper, page.url, share_captions=True)),
                italic_captions=True,
                styled_captions=True,
            )
            captions.extend(found.captions)
        return captions

    def _after_text_in_region(self, page: Page) -> list[HtmlElement]:
        region = self._article_region(page)
        if region is None:
            return []
        return [element for element in self._after_text(page) if is_inside(element, region)]

    def _alt_captions(self, page: Page, parts: ArticleParts) -> ArticleParts:
        # An image with no visible caption: its alt/title text, as a last resort.
        if all(caption.text for caption in parts.captions):
            return parts
        title = _comparable(self.title(page))
        alts = page.data.get("alts", {})
        captions = []
        for caption in parts.captions:
            text = caption.text
            alt = alts.get(caption.image_url) if not text else None
            if alt and _comparable(alt) != title and len(alt) >= 15 and " " in alt:
                text = alt
                self._fallback(page, "captions")
            captions.append(Caption(caption.image_url, text))
        return ArticleParts(parts.lead, parts.paragraphs, tuple(captions), parts.byline)

    # --- helpers -------------------------------------------------------------------------------

    def _could_be_heading(self, heading: HtmlElement, page: Page) -> bool:
        text = element_text(heading)
        if not text or _in_chrome(heading):
            return False
        site = _comparable(self.metadata(page).site_name)
        if site and _comparable(text) == site:
            return False
        links = heading.findall(".//a")
        # A logo: a heading that only links to the home page.
        return not (
            len(links) == 1
            and urlsplit(absolute_url(links[0].get("href"), page.url) or "").path in ("", "/")
        )

    def _between_heading_and_text(self, page: Page) -> list[HtmlElement]:
        cached = page.data.get("between")
        if isinstance(cached, list):
            return cached
        found: list[HtmlElement] = []
        if page.heading is not None and page.block is not None:
            heading_inside = is_inside(page.heading, page.block)
            for seen, element in enumerate(iter_following(page.heading)):
                if seen >= _MAX_PRE_BODY_ELEMENTS:
                    break
                if element is page.block or not isinstance(element.tag, str):
                    if element is page.block and not is_inside(page.heading, page.block):
                        break
                    continue
                if is_inside(page.block, element):
                    continue  # an ancestor of both
                if heading_inside and not is_inside(element, page.block):
                    break  # the text block has ended: what follows is no heading group
                if element.tag == "p" or element.tag in ("div", "span", "time", "td", "li"):
                    length, _ = own_text(element)
                    if is_inside(element, page.block) and element.tag == "p" and length > 200:
                        break  # the article text itself has begun
                found.append(element)
        page.data["between"] = found
        return found

    def _above_heading(self, page: Page) -> list[HtmlElement]:
        # Elements before the heading inside the article's own region (some CMSes print the
        # date over the title); a masthead lies outside that region.
        region = self._article_region(page)
        if region is None or page.heading is None:
            return []
        found = []
        for element in region.iter():
            if element is page.heading:
                break
            if isinstance(element.tag, str) and not is_inside(page.heading, element):
                found.append(element)
        return found

    def _dateline_element(self, page: Page) -> HtmlElement | None:
        if "dateline_element" in page.data:
            cached = page.data["dateline_element"]
            return cached if isinstance(cached, HtmlElement) else None
        found = None
        dated: list[HtmlElement] = []
        for element in [*self._between_heading_and_text(page), *self._above_heading(page)]:
            text = element_text(element)
            if (
                len(text) <= self.DATELINE_MAX_CHARS
                and parse_dateline(self._date_part(page, element)).day
            ):
                if any(is_inside(element, other) for other in dated):
                    continue
                dated.append(element)
                if len(dated) == 3:
                    break
        if dated:
            found = dated[0]
            if _UPDATED_LABEL.search(element_text(found)):
                # "Ngày cập nhật: …" first and "Ngày đăng: …" after: the article's own date
                # is the day it was published.
                published = [e for e in dated[1:] if _PUBLISHED_LABEL.search(element_text(e))]
                found = published[0] if published else found
        if found is None:
            found = self._date_over_article(page)
        if found is not None:
            # The innermost element that still holds the whole date and time.
            whole = parse_dateline(self._date_part(page, found))
            for inner in found.iterdescendants():
                if (
                    isinstance(inner.tag, str)
                    and parse_dateline(self._date_part(page, inner)) == whole
                ):
                    found = inner
        page.data["dateline_element"] = found
        return found

    def _date_over_article(self, page: Page) -> HtmlElement | None:
        # A date set on its own just over the article (a blog's date header over each day's
        # posts): the element right before the article's region, or right before one of its
        # nearest ancestors, holding nothing but a date; a masthead date sits further up,
        # with menus between it and the article.
        region = self._article_region(page)
        if region is None:
            region = page.heading
        if region is None:
            return None
        for level, node in enumerate((region, *region.iterancestors())):
            if level > _DATE_HEADER_LEVELS or node.tag in ("body", "html"):
                break
            previous = node.getprevious()
            while previous is not None and not isinstance(previous.tag, str):
                previous = previous.getprevious()
            if previous is None:
                continue
            text = element_text(previous)
            if not text:
                continue
            if (
                len(text) <= _DATE_HEADER_MAX_CHARS
                and parse_dateline(text).day
                and not _in_chrome(previous)
                and previous.find(".//a") is None
                and _only_date(text)
            ):
                return previous
            break  # other content comes first: no date header
        return None

    def _name_beside_date(self, page: Page) -> HtmlElement | None:
        # A bare name under the headline right before or after the article's date, linking
        # to the writer's page, or beside the writer's photo: the credit of a meta group
        # ("Thu Hà" / "Thứ Hai, 7/2/2022"); weaker evidence than a credit anywhere else (a
        # CMS may print the name there and the full credit below the text).
        dateline = self._dateline_element(page)
        between = self._between_heading_and_text(page)
        beside = (
            {dateline.getprevious(), dateline.getnext()} - {None} if dateline is not None else set()
        )
        for element in between:
            if not isinstance(element.tag, str) or _has_block_child(element):
                continue
            text = element_text(element)
            if (
                text
                and len(text) <= self.BYLINE_MAX_CHARS
                and (
                    element in beside
                    or _links_to_author_page(element)
                    or _portrait_box(element, text) is not None
                )
                and not parse_dateline(text).day
                and not self._is_site(text, page)
                and looks_like_byline(text, hinted=True)
            ):
                return element
        return None

    def _byline_before(self, page: Page) -> HtmlElement | None:
        data = self.metadata(page)
        declared = {_comparable(name) for name in data.authors}
        lead = self.lead_element(page)
        for element in self._between_heading_and_text(page):
            text = element_text(element)
            if not text or len(text) > self.BYLINE_MAX_CHARS or _has_block_child(element):
                continue
            if (lead is not None and is_inside(element, lead)) or _inline_run(element):
                continue  # a bold run opening the lead ("LSO-") is part of a line, no credit
            if parse_dateline(text).day:
                continue
            hinted = credit_hint(element) or _all_bold(element) or _has_rel_author(element)
            if _comparable(text) in declared or (
                looks_like_byline(text, hinted=hinted) and (hinted or ":" in text or text.isupper())
            ):
                return element
        return None

    def _author_after(self, page: Page) -> HtmlElement | None:
        if "author_after" in page.data:
            cached = page.data["author_after"]
            return cached if isinstance(cached, HtmlElement) else None
        found = None
        if page.block is not None:
            declared = {_comparable(name) for name in self.metadata(page).authors}
            for seen, sibling in enumerate(page.block.itersiblings()):
                if seen > 5 or not isinstance(sibling.tag, str):
                    continue
                if _has_block_child(sibling):
                    # A credit row (the byline, then a source line or a share button): its
                    # first line is the candidate.
                    sibling = next(
                        (c for c in sibling if isinstance(c.tag, str) and element_text(c)),
                        sibling,
                    )
                text = element_text(sibling)
                if not text:
                    continue
                hinted = (
                    credit_hint(sibling)
                    or _has_rel_author(sibling)
                    or _links_to_author_page(sibling)  # the name links to the writer's page
                )
                if len(text) <= self.BYLINE_MAX_CHARS and (
                    _comparable(text) in declared or looks_like_byline(text, hinted=hinted)
                ):
                    found = sibling
                break
        page.data["author_after"] = found
        return found

    def _breadcrumb_category(self, page: Page) -> str | None:
        # A trail that says it is one (aria-label, schema.org BreadcrumbList, separators
        # such as ">" "/" "»" between its links) wins over a short unlabelled link list
        # before the heading, and a menu bar (role=menu/menubar, nav chrome) is never one.
        trails = self._crumb_trails(page)
        marked = [names for names, evidence in trails if evidence]
        plain = [names for names, evidence in trails if not evidence]
        for names in (*marked, *plain):
            if names:
                return names[0]
        return None

    def _crumb_trails(self, page: Page) -> list[tuple[list[str], bool]]:
        stop = page.heading
        found: list[tuple[list[str], bool]] = []
        for container in page.doc.iter("ol", "ul", "nav", "div", "p", "span"):
            if stop is not None and is_inside(stop, container):
                continue  # holds the heading: the crumbs are further in
            if stop is not None and not _precedes(container, stop):
                break
            links = container.findall(".//a")
            if not 2 <= len(links) <= 6 or _has_nested_lists(container):
                continue
            first = urlsplit(absolute_url(links[0].get("href"), page.url) or "").path
            texts = [element_text(link) for link in links]
            home = (
                first in ("", "/")
                or first.lower().rsplit("/", 1)[-1] in _HOME_PAGES
                or texts[0].casefold() in HOME_CRUMBS
                or (not texts[0] and first.rstrip("/").count("/") <= 2)  # a house icon
            )
            if not home or any(len(text) > 40 for text in texts):
                continue
            text = element_text(container)
            title = element_text(stop) if stop is not None else ""
            if title and text.endswith(title):
                text = text[: -len(title)]  # crumbs often end with the article's own title
            evidence = _says_breadcrumb(container, text, texts)
            if not evidence and sum(len(t) for t in texts) < 0.6 * len(text):
                continue
            if not evidence and (
                len(links) >= 4  # an unmarked list of sections is a menu bar
                or (container.get("role") or "").lower() in ("menu", "menubar")
                or any((a.get("role") or "").lower() == "menuitem" for a in links)
                or _in_chrome(container)
            ):
                continue
            names = [
                t
                for t in texts[1:]
                if t and t.casefold() not in HOME_CRUMBS and not is_call_to_action(t)
            ]
            found.append((names, evidence))
            if evidence:
                break
        return found

    def _rel_category(self, page: Page) -> str | None:
        # WordPress themes mark the post's category links rel="category tag".
        for link in self._page_links(page):
            if "category" in (link.get("rel") or "").split() and not _in_chrome(link):
                text = element_text(link)
                if text:
                    return text
        return None

    def _menu_link_near_heading(self, page: Page) -> str | None:
        # A lone link just above the heading, in the article's own region, to a section the
        # site's menu also links to (the category label many CMSes show over the title).
        region = self._article_region(page)
        if region is None or page.heading is None:
            return None
        for link in region.iter("a"):
            if link is page.heading or is_inside(link, page.heading):
                break
            if not _precedes(link, page.heading):
                break
            path = urlsplit(absolute_url(link.get("href"), page.url) or "").path.rstrip("/")
            text = element_text(link)
            if (
                path.count("/") == 1
                and 0 < len(text) <= 40
                and text.casefold() not in HOME_CRUMBS
                and len(self._links_to(page, path, 2)) >= 2
            ):
                return text
        return None

    def _links_to(self, page: Page, path: str, enough: int) -> list[HtmlElement]:
        """Return links (up to `enough`) whose address has this path (any case, no final
        slash); hrefs are resolved only when they contain the path's last segment."""
        path = path.rstrip("/").lower()
        segment = path.rsplit("/", 1)[-1]
        found = []
        for link in self._page_links(page):
            href = link.get("href", "")
            if segment not in href.lower():
                continue
            target = absolute_url(href, page.url)
            if target and urlsplit(target).path.rstrip("/").lower() == path:
                found.append(link)
                if len(found) >= enough:
                    break
        return found

    def _site_names(self, page: Page) -> set[str]:
        # The site's name as declared (og:site_name) or as its home link is titled (the
        # logo), and that name without "Báo"/"Cổng thông tin" (the province it is named for).
        names = {self.metadata(page).site_name or ""}
        host = urlsplit(page.url).hostname or ""
        for count, link in enumerate(self._page_links(page)):
            if count >= _HOME_LINKS_SCANNED:
                break
            href = urlsplit(link.get("href", "").strip())
            if href.path in ("", "/") and not href.query and href.hostname in (None, host):
                names.add(link.get("title") or "")
                names.update(img.get("alt") or "" for img in link.iter("img"))
        found = {_comparable(name) for name in names if name}
        found |= {_SITE_WORDS.sub("", name).strip() for name in found}
        found.discard("")
        return found

    def _page_links(self, page: Page) -> list[HtmlElement]:
        cached = page.data.get("links")
        if not isinstance(cached, list):
            cached = self._links(page.doc)
            page.data["links"] = cached
        return cached

    def _article_region(self, page: Page) -> HtmlElement | None:
        """Return the innermost element holding both the heading and the main text."""
        if page.heading is None or page.block is None:
            return None
        if is_inside(page.heading, page.block):
            return page.block
        ancestors = {id(a) for a in page.block.iterancestors()}
        for ancestor in page.heading.iterancestors():
            if id(ancestor) in ancestors:
                return None if ancestor.tag in ("body", "html") else ancestor
        return None

    def _folder_category(self, page: Page) -> str | None:
        segments = [segment for segment in urlsplit(page.url).path.split("/") if segment]
        if len(segments) < 2:
            return None
        for link in self._links_to(page, "/" + segments[0], 50):
            if name := element_text(link):
                return name
        return None

    def _without_site_name(self, text: str, page: Page) -> str | None:
        kept = self._title_segments(text, page)
        return max(kept, key=len) if kept else normalize(text) or None

    def _title_segments(self, text: str, page: Page) -> list[str]:
        # The parts of a <title> that are not the site's name.
        parts = [normalize(part) for part in _TITLE_SEPARATOR.split(normalize(text))]
        site = _comparable(self.metadata(page).site_name)
        host = (urlsplit(page.url).hostname or "").removeprefix("www.")
        return [
            part
            for part in parts
            if part
            and _comparable(part) != site
            and host not in part.lower()
            and not _looks_like_site_name(part)
        ]

    def _fallback(self, page: Page, name: str) -> None:
        fallback = page.notes.setdefault("fallback", [])
        if name not in fallback:
            fallback.append(name)


# Segments of a <title> path looked for as the headline element.
_TITLE_SEGMENTS_TRIED = 4
# Links looked at for the home link (the logo sits in the masthead, among the first).
_HOME_LINKS_SCANNED = 30
_SITE_WORDS = re.compile(r"^(?:báo|tạp chí|cổng thông tin|trang tin)\b", re.IGNORECASE)


def _looks_like_site_name(text: str) -> bool:
    return bool(_SITE_WORDS.match(text)) and len(text.split()) <= 6


def _squeezed(text: str) -> str:
    return re.sub(r"[\s,]+", "", normalize(text).casefold())


def _comparable(text: str | None) -> str:
    return normalize(text).casefold().rstrip(" .")


def _same_title(text: str, headline: str) -> bool:
    text = _comparable(text)
    return bool(text) and (text == headline or (headline.startswith(text) and len(text) > 20))


def _precedes(first: HtmlElement, second: HtmlElement) -> bool:
    """Tell whether `first` starts before `second` in document order (and is not inside it)."""
    for element in second.iterancestors():
        if element is first:
            return False
    for element in first.itersiblings():
        if element is second or is_inside(second, element):
            return True
    for ancestor in first.iterancestors():
        for element in ancestor.itersiblings():
            if element is second or is_inside(second, element):
                return True
    return False


def _in_chrome(element: HtmlElement) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in ("nav", "aside", "menu"):
            return True
        # An <article>'s own <footer> holds its tags and credits (HTML's sectioning rule).
        if node.tag == "footer" and not any(
            ancestor.tag == "article" for ancestor in node.iterancestors()
        ):
            return True
        if node.tag == "header" and not any(
            ancestor.tag in ("article", "main") for ancestor in node.iterancestors()
        ):
            return True
    return False


def _drop_meta_row(row: HtmlElement, block: HtmlElement) -> None:
    """Drop what is left of the row that printed the article's date (separators, the
    poster's account, a view count, a source chip): the widest box around the date's place,
    short and holding no paragraph, heading or picture, below the text block."""
    found = None
    for node in (row, *row.iterancestors()):
        if node is block or not _is_meta_row(node):
            break
        found = node
    if found is not None and found.getparent() is not None:
        found.drop_tree()


def _is_meta_row(node: HtmlElement) -> bool:
    if node.tag not in _META_ROW_TAGS or len(element_text(node)) > _META_ROW_MAX_CHARS:
        return False
    return next(node.iter(*_NO_META_ROW_INSIDE), None) is None


def _is_icon(image: HtmlElement) -> bool:
    """Tell whether a picture is an icon: declared tiny, or beside the text of its link."""
    for name in ("width", "height"):
        size = (image.get(name) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) <= _ICON_MAX_PX:
            return True
    for ancestor in image.iterancestors():
        if ancestor.tag == "a":
            return bool(normalize(ancestor.text_content()))
    return False


def _links_away(image: HtmlElement) -> bool:
    # A picture inside a link to anything but an image file is a teaser, an ad or a button.
    for ancestor in image.iterancestors():
        if ancestor.tag == "a" and ancestor.get("href"):
            return links_away(ancestor.get("href"))
    return False


_FIELD_LABEL = re.compile(
    r"^(?:tác\s*giả|người\s*viết|bút\s*danh|author|by|bởi)\s*:\s*", re.IGNORECASE
)
_ICON_MAX_PX = 64
# The row a date line sits in (with the poster, views, a source), and what it never holds.
_META_ROW_MAX_CHARS = 150
_META_ROW_TAGS = frozenset({"div", "span", "ul", "li", "small", "time", "font", "em", "i"})
_NO_META_ROW_INSIDE = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "img", "amp-img", "picture")
# Nodes inside a date line looked at for a machine time (bounded work).
_DATE_ELEMENT_MAX_NODES = 20
_TAG_TEXT_MAX_CHARS = 300
_DATE_HEADER_LEVELS = 3
_DATE_HEADER_MAX_CHARS = 40
_DATE_WORDS = re.compile(
    r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|ngày|tháng|năm|lúc|giờ|sa|ch|am|pm)",
    re.IGNORECASE,
)


def _only_date(text: str) -> bool:
    """Tell whether a short text is nothing but a date (weekday, numbers, date words)."""
    rest = _DATE_WORDS.sub(" ", text)
    return not re.search(r"[^\W\d_]", rest)


_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_NAVIGATION = re.compile(
    r"(?:←\s*)?(?:quay\s*lại|trở\s*(?:về|lại)|(?:về\s*)?trang\s*(?:chủ|trước|nhất)|back|home"
    r"|go\s*back|previous|xem\s*tiếp|tiếp\s*theo|next)(?:\s*→)?",
    re.IGNORECASE,
)
_CATEGORY_LABEL = re.compile(
    r"(?:chuyên\s*mục|danh\s*mục|thể\s*loại|category|section)\b[^:]{0,30}:\s*(\S.{0,40})$",
    re.IGNORECASE,
)
_CATEGORY_HREF = re.compile(r"/(?:categor(?:y|ies)|chuyen-muc|danh-muc)/[^/]+", re.IGNORECASE)
_LABELLED_CATEGORY_MAX_CHARS = 80
_CATEGORY_MAX_WORDS = 5
_CATEGORY_ARROWS = re.compile(r"^[\s‹›«»<>←→⟨⟩]+|[\s‹›«»<>←→⟨⟩]+$")
_LARGE_FONT_SIZES = ("4", "5", "6", "7", "+1", "+2", "+3")
_HOME_PAGES = ("default.aspx", "index.html", "index.php", "home")
_CRUMB_SEPARATORS = re.compile(r"^[\s>/»›|→:\-–]*[>/»›→][\s>/»›|→:\-–]*$")


def _says_breadcrumb(container: HtmlElement, text: str, texts: list[str]) -> bool:
    """Tell whether a link list declares itself a trail or separates its links like one."""
    for node in (container, *container.iterancestors()):
        label = f"{node.get('aria-label') or ''} {node.get('itemtype') or ''}".lower()
        if "breadcrumb" in label or "đường dẫn" in label:
            return True
        if node.tag in ("body", "html"):
            break
    # The text between the links (the crumbs' own text removed) is only separators.
    rest = text
    for crumb in texts:
        rest = rest.replace(crumb, " ", 1)
    pieces = [piece for piece in re.split(r"\s{2,}|\s(?=\S)", rest) if piece.strip()]
    return bool(pieces) and all(_CRUMB_SEPARATORS.match(piece) for piece in pieces)


def _looks_like_headline_type(element: HtmlElement) -> bool:
    """Tell whether an element is set in large type (over 13pt / 17px / 1.1em)."""
    for node in (element, *element.iterdescendants()):
        if not isinstance(node.tag, str):
            continue
        match = _LARGE_TYPE.search(node.get("style") or "")
        if match:
            if match.group(3):
                return True
            size, unit = float(match.group(1)), match.group(2).lower()
            limit = {"pt": 13, "px": 17}.get(unit, 1.1)
            if size > limit:
                return True
        if node.tag == "font" and (node.get("size") or "").strip() in (
            "4",
            "5",
            "6",
            "7",
            "+1",
            "+2",
        ):
            return True
    return False


def _has_block_child(element: HtmlElement) -> bool:
    return any(child.tag in ("p", "div", "table", "ul", "ol", "h1", "h2") for child in element)


def _has_nested_lists(element: HtmlElement) -> bool:
    return element.find(".//ul//ul") is not None or element.find(".//ol//ol") is not None


_AUTHOR_PAGE = re.compile(
    r"/(?:tac-?gia|authors?|nguoi-?viet|but-?danh|phong-?vien|writers?)(?:/|[-_=.]|$)",
    re.IGNORECASE,
)
_PORTRAIT_TEXT_MAX_EXTRA = 40
_PORTRAIT_LEVELS = 2


def _links_to_author_page(element: HtmlElement) -> bool:
    # The name links to the writer's page ("/tac-gia/thu-ha.html", "/author/…").
    links = [element] if element.tag == "a" else element.findall(".//a")
    return len(links) == 1 and bool(_AUTHOR_PAGE.search(links[0].get("href") or ""))


def _portrait_box(element: HtmlElement, name: str) -> HtmlElement | None:
    """Return the box holding a name and one picture of that person (an author box with
    an avatar): the picture is labelled with the name, or the box says little else."""
    box = element
    for _ in range(_PORTRAIT_LEVELS):
        parent = box.getparent()
        if parent is None:
            return None
        box = parent
        pictures = box.findall(".//img")
        if not pictures:
            continue
        if len(pictures) > 1:
            return None
        labels = {_comparable(pictures[0].get(a)) for a in ("alt", "title")}
        if _comparable(name) in labels or len(element_text(box)) <= (
            len(name) + _PORTRAIT_TEXT_MAX_EXTRA
        ):
            return box
        return None
    return None


def _inline_run(element: HtmlElement) -> bool:
    """Tell whether an inline element is a run inside a line too long to be a credit (the
    bold `LSO-` opening a lead paragraph)."""
    parent = element.getparent()
    if element.tag in BLOCK_TAGS or parent is None:
        return False
    return len(element_text(parent)) > MAX_BYLINE_CHARS


def _list_items(element: HtmlElement, *, links: bool = True) -> tuple[str, ...]:
    """Return the texts of a box made only of alike short leaf items (links allowed or not)."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children or normalize(element.text) or len(children) > _CHIP_MAX_ITEMS:
        return ()
    kinds = {(child.tag, child.get("class")) for child in children}
    if len(kinds) != 1 or children[0].tag not in _CHIP_TAGS:
        return ()
    texts: list[str] = []
    for child in children:
        text = element_text(child)
        if (
            normalize(child.tail)
            or len(child)
            or not text
            or len(text) > _CHIP_MAX_CHARS
            or len(text.split()) > _CHIP_MAX_WORDS
            or not any(char.isalpha() for char in text)
            or (not links and child.get("href"))
        ):
            return ()
        texts.append(text.lstrip("#").strip())
    return tuple(dict.fromkeys(texts))


def _has_rel_author(element: HtmlElement) -> bool:
    return any("author" in (link.get("rel") or "").split() for link in element.iter("a"))


def _all_bold(element: HtmlElement) -> bool:
    text = normalize(element.text_content())
    if not text:
        return False
    bold = "".join(b.text_content() for b in element.iter("b", "strong"))
    return normalize(bold) == text or element.tag in ("b", "strong")


def _normalise_images(block: HtmlElement) -> None:
    # <amp-img> is an image; <picture> keeps its <img>; alt texts are kept for last resort.
    for element in list(block.iter("amp-img")):
        element.tag = "img"


def _mark_caption_boxes(block: HtmlElement) -> None:
    # A box holding one image and one short text beside it is a captioned figure.
    for element in list(block.iter("div", "td", "li", "span", "section")):
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) != 2 or (element.text or "").strip():
            continue
        images = [child for child in children if _is_image_holder(child)]
        texts = [child for child in children if child not in images]
        if len(images) != 1 or len(texts) != 1 or texts[0].find(".//img") is not None:
            continue
        text = element_text(texts[0])
        if not text or len(text) > _CAPTION_BOX_MAX_CHARS or texts[0].find(".//a") is not None:
            continue
        if _PLAY_BUTTON.fullmatch(text):
            # A picture under a play button is a video's poster, not an article picture.
            element.drop_tree()
            continue
        if not any(char.isalnum() for char in text):
            continue
        element.tag = "figure"
        texts[0].tag = "figcaption"


def _is_image_holder(element: HtmlElement) -> bool:
    if element.tag == "img":
        return True
    return element.find(".//img") is not None and not element.text_content().strip()


def _share_gallery_captions(blocks: list[Block]) -> list[Block]:
    # Several uncaptioned images followed by one italic line: the line captions them all.
    out: list[Block] = []
    for block in blocks:
        run_start = len(out)
        while run_start > 0:
            previous = out[run_start - 1]
            if not (isinstance(previous, Caption) and previous.text is None):
                break
            run_start -= 1
        run = len(out) - run_start
        if isinstance(block, Paragraph) and block.italic and run >= 2 and len(block.text) <= 400:
            for index in range(run_start, len(out)):
                image = out[index]
                assert isinstance(image, Caption)
                out[index] = Caption(image.image_url, block.text)
            continue
        out.append(block)
    return out


def collect_alts(block: HtmlElement, base_url: str) -> dict[str, str]:
    """Map each image address in `block` to its alt (or title) text."""
    alts: dict[str, str] = {}
    for img in block.iter("img", "amp-img"):
        url = image_url(img, base_url)
        text = normalize(img.get("alt") or img.get("title"))
        if url and text:
            alts.setdefault(url, text)
    return alts
