"""The general reader's headline: the main heading checked against the declared one (or,
when it is a saved <title> with the site's name, the line showing the headline alone), a
heading-like line before the text, or <title> without the site's name."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.chrome import in_chrome
from lso_crawler.parsers.document import absolute_url, element_text, is_inside
from lso_crawler.parsers.feed_posts import opening_headline
from lso_crawler.parsers.landmarks import (
    MAX_PRE_BODY_ELEMENTS,
    comparable,
    looks_like_site_name,
    main_block_of,
    metadata,
    note_fallback,
    precedes,
)
from lso_crawler.parsers.reposted_titles import without_subject_marks
from lso_crawler.text import normalize

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page

_H1 = XPath("/html/body/descendant::h1")
_H2 = XPath("/html/body/descendant::h2 | /html/body/descendant::h3 | /html/body/descendant::h4")
_DOCUMENT_TITLE = XPath("/html/head/title")
_PRECEDING_HEADLINES = XPath(
    "preceding::*[self::h2 or self::h3 or self::h4 or self::span or self::b or self::strong"
    " or self::font or self::td or self::div or self::p]"
)
_SUBHEADINGS = ("h2", "h3", "h4")
_TEXT_NODES = XPath("/html/body/descendant::text()[contains(normalize-space(), $probe)]")
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|:>›]\s+|\s+[|»]\s*")
_HEADLINE_CHARS = (10, 200)
_SECTION_NAME_MAX_CHARS = 40
_LARGE_TYPE = re.compile(
    r"font-size\s*:\s*(?:(\d+(?:\.\d+)?)\s*(pt|px|em|rem)|(x+-large|larger))", re.IGNORECASE
)


# Segments of a <title> path looked for as the headline element.
_TITLE_SEGMENTS_TRIED = 4


def _same_title(text: str, headline: str) -> bool:
    text = comparable(text)
    return bool(text) and (text == headline or (headline.startswith(text) and len(text) > 20))


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


_LARGE_FONT_SIZES = ("4", "5", "6", "7", "+1", "+2", "+3")


def heading_element(page: Page) -> HtmlElement | None:
    """Return the main heading: the <h1> matching the declared headline, else the one
    nearest before the main text, else an <h2>/<h3> matching the headline."""
    headline = comparable(metadata(page).headline)
    block = main_block_of(page)
    candidates: list[HtmlElement] = [h for h in _H1(page.doc) if could_be_heading(h, page)]
    for heading in candidates:
        if headline and _same_title(element_text(heading), headline):
            return heading
    named = [headline] if headline else _document_title_keys(page)
    # The `h1` names the section or the site's news page ("Tin tức – Sự kiện") and the
    # headline is a smaller heading: the one the declared headline (else a part of
    # <title>) names wins, when no `h1` is named so.
    if (
        named
        and candidates
        and not any(_same_title(element_text(h), key) for h in candidates for key in named)
    ):
        smaller: list[HtmlElement] = _H2(page.doc)
        for heading in smaller:
            text = element_text(heading)
            if any(_same_title(text, key) for key in named) and could_be_heading(heading, page):
                return heading
    if block is not None and candidates and all(_names_a_link(h, page) for h in candidates):
        # Every h1 repeats a menu or trail link's words ("Thời sự"): a section's name set
        # as the page heading; a sub-heading before the text is the headline.
        below = _heading_before_text(page, block)
        if below is not None and below.tag in ("h2", "h3", "h4"):
            return below
    if block is not None and candidates:
        before = [h for h in candidates if precedes(h, block) or is_inside(h, block)]
        if before:
            return before[-1]
    if candidates:
        return max(candidates, key=lambda h: len(element_text(h)))
    if named:
        # No h1 could be the headline (the one there is the banner's site name): the
        # sub-heading the declared headline, else a part of <title>, names.
        subheadings: list[HtmlElement] = _H2(page.doc)
        for heading in subheadings:
            text = element_text(heading)
            if any(_same_title(text, key) for key in named) and could_be_heading(heading, page):
                return heading
    if block is not None and (not headline or looks_like_site_name(headline)):
        # The page is titled with the site's or channel's name: a post's text opening
        # with a bold line of its own opens with its headline.
        opening = opening_headline(block)
        if opening is not None:
            return opening
    shown = _element_showing_title(page)
    if shown is not None or block is None:
        return shown
    return _heading_before_text(page, block)


_LINKS_COMPARED = 300


def _names_a_link(heading: HtmlElement, page: Page) -> bool:
    """Tell whether a heading only repeats the words of a link elsewhere on the page."""
    key = comparable(element_text(heading))
    if not key or len(key) > _SECTION_NAME_MAX_CHARS:
        return False
    body = page.doc.find("body")
    if body is None:
        return False
    for count, link in enumerate(body.iter("a")):
        if count >= _LINKS_COMPARED:
            break
        if not is_inside(link, heading) and comparable(element_text(link)) == key:
            return True
    return False


def _document_title_keys(page: Page) -> list[str]:
    """The parts of <title> that are not the site's name, as compared, long enough to
    name a headline."""
    titles = _DOCUMENT_TITLE(page.doc)
    if not titles:
        return []
    keys = [comparable(part) for part in title_segments(element_text(titles[0]), page)]
    return [key for key in keys if len(key) >= _HEADLINE_CHARS[0]]


def _heading_before_text(page: Page, block: HtmlElement) -> HtmlElement | None:
    # No <h1> and no declared headline: the nearest sub-heading before the text (a
    # portlet's or print view's h2/h3), else the nearest bold or large-type headline-like
    # line (a WebForms label); site chrome and one-link headings are not headlines.
    opening = _heading_opening_text(page, block)
    if opening is not None:
        return opening
    before: list[HtmlElement] = _PRECEDING_HEADLINES(block)[-MAX_PRE_BODY_ELEMENTS:]
    styled = None
    for element in reversed(before):
        text = element_text(element)
        if not _HEADLINE_CHARS[0] <= len(text) <= _HEADLINE_CHARS[1] or in_chrome(element):
            continue
        if text.endswith((".", ":")) or not could_be_heading(element, page):
            continue
        linked = (a for a in element.iter("a") if not _is_permalink(a))
        if sum(len(element_text(a)) for a in linked) >= len(text) / 2:
            continue  # a link to another article
        if element.tag in ("h2", "h3", "h4"):
            return element
        if styled is None and _looks_like_headline_type(element):
            styled = element
    return styled


# Children of the text block looked at for a sub-heading set before its first paragraph.
_OPENING_CHILDREN = 4


def _heading_opening_text(page: Page, block: HtmlElement) -> HtmlElement | None:
    """A sub-heading set in the text block itself before its first paragraph, the text not
    wrapped apart from it (`<div><h3>headline</h3><p>…</p><p>…</p></div>`): nearest the text."""
    children = (child for child in block if isinstance(child.tag, str))
    for child in islice(children, _OPENING_CHILDREN):
        text = element_text(child)
        if child.tag in _SUBHEADINGS:
            if (
                _HEADLINE_CHARS[0] <= len(text) <= _HEADLINE_CHARS[1]
                and not text.endswith((".", ":"))
                and could_be_heading(child, page)
                and not child.findall(".//a")
            ):
                return child
            return None
        if len(text) > _HEADLINE_CHARS[1]:
            return None  # the text has begun: a sub-heading after it is an intertitle
    return None


def _is_permalink(link: HtmlElement) -> bool:
    """Tell whether a link is its entry's own permalink (`rel="bookmark"`, HTML's link type)."""
    return "bookmark" in (link.get("rel") or "").lower().split()


def _element_showing_title(page: Page) -> HtmlElement | None:
    # No heading tag (an old table layout's `td` title): the first element whose whole
    # text is the declared or <title> headline, found from its text, not by a tree walk.
    # A <title> path ("Site > Section > Title") is tried segment by segment, longest
    # first: a long section name may outrun a short headline.
    data = metadata(page)
    titles = _DOCUMENT_TITLE(page.doc)
    if data.headline:
        wanted = [data.headline]
    elif titles:
        wanted = sorted(title_segments(element_text(titles[0]), page), key=len)[::-1]
    else:
        wanted = []
    for text in wanted[:_TITLE_SEGMENTS_TRIED]:
        found = _element_with_text(page, text)
        if found is not None:
            return found
    return None


def _element_with_text(page: Page, wanted: str) -> HtmlElement | None:
    key = comparable(wanted)
    if len(key) < 10:
        return None
    probe = normalize(wanted)[:12]
    for count, node in enumerate(_TEXT_NODES(page.doc, probe=probe)):
        if count >= 20:
            break
        element: HtmlElement | None = node.getparent()
        while element is not None and element.tag not in ("body", "html"):
            text = comparable(element_text(element))
            if text == key:
                parent = element.getparent()
                if (
                    element.tag == "a"
                    and parent is not None
                    and (parent.tag in _SUBHEADINGS or _links_here(element, page))
                ):
                    # An entry's title set as its own link in a sub-heading ("<h2><a>"),
                    # or as a link to the article itself (a mailed copy's headline).
                    element = parent
                    continue
                if (
                    element.tag not in ("title", "a")
                    and not in_chrome(element)
                    and not any(e.tag == "li" for e in (element, *element.iterancestors()))
                ):
                    return element  # not a crumb or list item repeating the page name
                break
            if len(text) > len(key):
                break
            element = element.getparent()
    return None


def headline_shown_alone(page: Page, heading: HtmlElement | None) -> HtmlElement | None:
    """Return the line after a heading that shows its headline alone, in bold or large
    type, when the heading is a saved <title> with the site's name (a clipped note's title
    over the clipped article): the article's own headline; else None."""
    if heading is None:
        return None
    text = element_text(heading)
    kept = title_segments(text, page)
    if len(kept) != 1 or comparable(kept[0]) == comparable(text):
        return None
    found = _element_with_text(page, kept[0])
    if found is None or is_inside(found, heading) or not precedes(heading, found):
        return None
    key = comparable(kept[0])
    while (parent := found.getparent()) is not None and parent is not page.block:
        if comparable(element_text(parent)) != key:
            break
        found = parent  # the whole line, not the bold run inside it
    bold = found.tag in ("b", "strong") or next(found.iter("b", "strong"), None) is not None
    return found if bold or _looks_like_headline_type(found) else None


def _links_here(link: HtmlElement, page: Page) -> bool:
    """Tell whether a link leads to the page's own address."""
    href = absolute_url(link.get("href"), page.url) or ""
    return href.split("#")[0].rstrip("/") == page.url.split("#")[0].rstrip("/")


def could_be_heading(heading: HtmlElement, page: Page) -> bool:
    """Tell whether an element could be the headline: not chrome, the site's name or a logo."""
    text = element_text(heading)
    if not text or in_chrome(heading) or _in_banner(heading):
        return False
    site = comparable(metadata(page).site_name)
    if site and comparable(text) == site:
        return False
    links = heading.findall(".//a")
    # A logo: a heading that only links to the home page.
    return not (
        len(links) == 1
        and urlsplit(absolute_url(links[0].get("href"), page.url) or "").path in ("", "/")
    )


def _in_banner(element: HtmlElement) -> bool:
    """Tell whether an element lies in the page's banner (ARIA `role="banner"`: the site's
    header, with its name and logo), outside any article or main region."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("article", "main") or (node.get("role") or "").lower() == "main":
            return False
        if (node.get("role") or "").lower() == "banner":
            return True
    return False


# A label set before the headline in an element of its own (a thread's prefix "Tin tức", a
# kicker chip) is a few words.
_LABEL_MAX_CHARS = 30


def without_label(heading: HtmlElement, page: Page) -> str | None:
    """Return a heading's text without a short label opening it in an element of its own,
    when the rest is the headline the page declares or a part of its <title>; else None."""
    if (heading.text or "").strip():
        return None
    first = next((child for child in heading if isinstance(child.tag, str)), None)
    label = element_text(first)
    if first is None or not label or len(label) > _LABEL_MAX_CHARS:
        return None
    rest = normalize(
        "".join(
            [first.tail or "", *(c.text_content() + (c.tail or "") for c in first.itersiblings())]
        )
    )
    if len(rest) < _HEADLINE_CHARS[0]:
        return None
    declared = metadata(page).headline
    keys = {comparable(part) for part in title_segments(declared or "", page)}
    keys.update(_document_title_keys(page))
    return rest if comparable(rest) in keys else None


def without_anchor_mark(heading: HtmlElement, text: str) -> str:
    """Return a heading's text without the anchor mark closing it ("¶", "#", "🔗"): a link
    to a place on the page itself, with no word, that a documentation tool sets after it."""
    last = next((c for c in reversed(heading) if isinstance(c.tag, str)), None)
    if last is None or last.tag != "a" or (last.tail or "").strip():
        return text
    mark = element_text(last)
    if not (last.get("href") or "").startswith("#") or any(ch.isalnum() for ch in mark):
        return text
    return normalize(text.removesuffix(mark)) if mark else text


def title(page: Page) -> str | None:
    """Return the heading's text (without a label set before the headline), else the
    declared headline, else <title> without the site's name."""
    heading = page.heading
    text = element_text(heading)
    if heading is not None and text:
        return without_label(heading, page) or without_anchor_mark(heading, text)
    note_fallback(page, "title")
    data = metadata(page)
    if data.headline:
        return without_site_name(data.headline, page)
    titles = _DOCUMENT_TITLE(page.doc)
    return without_site_name(element_text(titles[0]), page) if titles else None


def without_site_name(text: str, page: Page) -> str | None:
    """Return the longest part of a <title> that is not the site's name."""
    kept = title_segments(text, page)
    return max(kept, key=len) if kept else normalize(text) or None


def title_segments(text: str, page: Page) -> list[str]:
    # The parts of a <title> that are not the site's name.
    """Return the parts of a <title> that are not the site's name."""
    parts = [
        without_subject_marks(normalize(part)) for part in _TITLE_SEPARATOR.split(normalize(text))
    ]
    site = comparable(metadata(page).site_name)
    host = (urlsplit(page.url).hostname or "").removeprefix("www.")
    return [
        part
        for part in parts
        if part
        and comparable(part) != site
        and host not in part.lower()
        and not looks_like_site_name(part)
    ]
