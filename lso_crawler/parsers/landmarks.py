"""The general reader's landmarks on a page: the declared metadata, the main text block,
the article's region and the elements between the heading and the text or after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.captions import notice_box
from lso_crawler.parsers.chrome import in_chrome
from lso_crawler.parsers.continued import whole_continued_text
from lso_crawler.parsers.density import MAX_SCANNED_ELEMENTS, MAX_UNITS, own_text, scored_main_block
from lso_crawler.parsers.document import absolute_url, element_text, is_inside, iter_following
from lso_crawler.parsers.quoted import quoted_article
from lso_crawler.parsers.structured import Metadata, read_metadata
from lso_crawler.text import normalize

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page

_LINKS = XPath("/html/body/descendant::a[@href]")
MAX_PRE_BODY_ELEMENTS = 80
MAX_POST_BODY_ELEMENTS = 80
# Links looked at for the home link (the logo sits in the masthead, among the first).
_HOME_LINKS_SCANNED = 30
SITE_WORDS = re.compile(r"^(?:báo|tạp chí|cổng thông tin|trang tin)\b", re.IGNORECASE)


def looks_like_site_name(text: str) -> bool:
    """Tell whether a short text is a paper's name ("Báo …", "Cổng thông tin …")."""
    return bool(SITE_WORDS.match(text)) and len(text.split()) <= 6


def comparable(text: str | None) -> str:
    """Return a text as compared with another: normalised, case-folded, no final dot."""
    return normalize(text).casefold().rstrip(" .")


def precedes(first: HtmlElement, second: HtmlElement) -> bool:
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


def has_block_child(element: HtmlElement) -> bool:
    """Tell whether an element holds block children (paragraphs, boxes, tables, lists)."""
    return any(child.tag in ("p", "div", "table", "ul", "ol", "h1", "h2") for child in element)


def all_bold(element: HtmlElement) -> bool:
    """Tell whether all of an element's text is bold."""
    text = normalize(element.text_content())
    if not text:
        return False
    bold = "".join(b.text_content() for b in element.iter("b", "strong"))
    return normalize(bold) == text or element.tag in ("b", "strong")


def metadata(page: Page) -> Metadata:
    """Return (once per page) what the page's JSON-LD and meta tags declare."""
    found = page.data.get("metadata")
    if not isinstance(found, Metadata):
        found = read_metadata(page.doc)
        page.data["metadata"] = found
    return found


def main_block_of(page: Page) -> HtmlElement | None:
    """Return (once per page) the block with the most paragraph text, links discounted."""
    if "main_block" not in page.data:
        block, capped = scored_main_block(page.doc)
        if block is not None:
            block = whole_continued_text(block)
            quoted = quoted_article(block)
            if quoted is not None:
                block = page.data["quoted_article"] = quoted
        page.data["main_block"] = block
        if capped:
            page.notes["bounded"] = (
                f"main text chosen from the first {MAX_UNITS} paragraphs"
                f" or {MAX_SCANNED_ELEMENTS} elements"
            )
    block = page.data["main_block"]
    return block if isinstance(block, HtmlElement) else None


def article_region(page: Page) -> HtmlElement | None:
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


def between_heading_and_text(page: Page) -> list[HtmlElement]:
    """Return (once per page) the elements between the heading and the main text."""
    cached = page.data.get("between")
    if isinstance(cached, list):
        return cached
    found: list[HtmlElement] = []
    if page.heading is not None and page.block is not None:
        heading_inside = is_inside(page.heading, page.block)
        for seen, element in enumerate(iter_following(page.heading)):
            if seen >= MAX_PRE_BODY_ELEMENTS:
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


def above_heading(page: Page) -> list[HtmlElement]:
    # Elements before the heading inside the article's own region (some CMSes print the
    # date over the title); a masthead lies outside that region.
    """Return the elements before the heading inside the article's own region."""
    region = article_region(page)
    if region is None or page.heading is None:
        return []
    found = []
    for element in region.iter():
        if element is page.heading:
            break
        if isinstance(element.tag, str) and not is_inside(page.heading, element):
            found.append(element)
    return found


def after_text(page: Page) -> list[HtmlElement]:
    """Return (once per page) the elements after the main text, page chrome left out."""
    cached = page.data.get("after_text")
    if isinstance(cached, list):
        return cached
    found: list[HtmlElement] = []
    if page.block is not None:
        for seen, element in enumerate(iter_following(page.block)):
            if seen >= MAX_POST_BODY_ELEMENTS:
                break
            if in_chrome(element):
                continue
            found.append(element)
    page.data["after_text"] = found
    return found


def after_text_in_region(page: Page) -> list[HtmlElement]:
    """Return the elements after the main text inside the article's region."""
    region = article_region(page)
    if region is None:
        return []
    return [element for element in after_text(page) if is_inside(element, region)]


def labelled_box(page: Page, label: re.Pattern[str]) -> HtmlElement | None:
    """Return the element holding a field after the text labelled by `label`: its own
    text opens with the label, or it has a child that is only the label."""
    for element in after_text(page):
        if is_labelled(element, label):
            return element
    return None


def is_labelled(element: HtmlElement, label: re.Pattern[str]) -> bool:
    """Tell whether an element holds a field labelled by `label`: its own text opens with
    the label, or its first child showing text is only the label and more follows, or
    its accessible name (`aria-label`) is only the label."""
    if label.match(normalize(element.text)):
        return True
    # A list named for screen readers ("<ul aria-label="Thẻ">") shows no label of its own.
    if label.fullmatch(normalize(element.get("aria-label"))) and len(element):
        return True
    # The first child showing text (an icon glyph before the label shows none).
    first = next(
        (child for child in element if isinstance(child.tag, str) and element_text(child)), None
    )
    return (
        first is not None
        and not normalize(element.text)
        and label.fullmatch(element_text(first)) is not None
        and (len(element) >= 2 or bool(normalize(first.tail)))  # "<b>Tác giả:</b> Thu Hà"
    )


def page_links(page: Page) -> list[HtmlElement]:
    """Return (once per page) the links of the page's body."""
    cached = page.data.get("links")
    if not isinstance(cached, list):
        cached = _LINKS(page.doc)
        page.data["links"] = cached
    return cached


def first_links(page: Page, count: int) -> list[HtmlElement]:
    """Return the page's first `count` links (from the cached list when there is one)."""
    cached = page.data.get("links")
    if isinstance(cached, list):
        return cached[:count]
    found: list[HtmlElement] = []
    body = page.doc.find("body")
    if body is None:
        return found
    for link in body.iter("a"):  # lazily: a huge page's every link is never listed
        if link.get("href") is not None:
            found.append(link)
            if len(found) >= count:
                break
    return found


def links_to(page: Page, path: str, enough: int) -> list[HtmlElement]:
    """Return links (up to `enough`) whose address has this path (any case, no final
    slash); hrefs are resolved only when they contain the path's last segment."""
    path = path.rstrip("/").lower()
    segment = path.rsplit("/", 1)[-1]
    found = []
    for link in page_links(page):
        href = link.get("href", "")
        if segment not in href.lower():
            continue
        target = absolute_url(href, page.url)
        if target and urlsplit(target).path.rstrip("/").lower() == path:
            found.append(link)
            if len(found) >= enough:
                break
    return found


_BASE = XPath("/html/head/base[@href]")
_IMAGES_NAMED = XPath(
    "/html/body/descendant::img[contains(@src, $name) or contains(@data-src, $name)"
    " or contains(@data-original, $name)]"
)
_SOURCES_COMPARED = 50


def base_url(page: Page) -> str:
    """Return (once per page) the address the page's relative addresses resolve against:
    its `<base href>`; else, when the page declares (og:image) a picture it shows by a
    relative address on another host, the page's address on that host (a copy served
    from elsewhere); else the page's own address."""
    cached = page.data.get("base_url")
    if isinstance(cached, str):
        return cached
    found = page.url
    bases = _BASE(page.doc)
    declared = page.meta.get("og:image") or page.meta.get("twitter:image") or ""
    if bases:
        found = absolute_url(bases[0].get("href"), page.url) or page.url
    elif declared.startswith(("http://", "https://")):
        shown = urlsplit(declared)
        own = urlsplit(page.url)
        name = shown.path.rsplit("/", 1)[-1]
        if name and shown.hostname and not _same_site(shown.hostname, own.hostname or ""):
            # Only the pictures shown by the declared picture's own file name are compared.
            sources = (
                (image.get(attribute) or "").strip()
                for image in _IMAGES_NAMED(page.doc, name=name)[:_SOURCES_COMPARED]
                for attribute in ("src", "data-src", "data-original")
            )
            for source in sources:
                if (
                    name in source
                    and source.startswith(("/", "./"))
                    and not source.startswith("//")
                ):
                    target = urlsplit(absolute_url(source, page.url) or "")
                    if target.path == shown.path:
                        found = own._replace(scheme=shown.scheme, netloc=shown.netloc).geturl()
                        break
    page.data["base_url"] = found
    return found


def _same_site(host: str, other: str) -> bool:
    """Tell whether two hosts are one site's (equal, or one a subdomain of the other: a
    media host such as `media.example.vn` serves the site's own pages' pictures)."""
    host, other = host.removeprefix("www."), other.removeprefix("www.")
    return host == other or host.endswith("." + other) or other.endswith("." + host)


def site_names(page: Page) -> set[str]:
    # The site's name as declared (og:site_name) or as its home link is titled (the
    # logo), and that name without "Báo"/"Cổng thông tin" (the province it is named for).
    """Return the site's names as compared: declared, on the home link, without "Báo"."""
    names = {metadata(page).site_name or ""}
    host = urlsplit(page.url).hostname or ""
    for count, link in enumerate(first_links(page, _HOME_LINKS_SCANNED)):
        if count >= _HOME_LINKS_SCANNED:
            break
        href = urlsplit(link.get("href", "").strip())
        if href.path in ("", "/") and not href.query and href.hostname in (None, host):
            names.add(link.get("title") or "")
            names.update(img.get("alt") or "" for img in link.iter("img"))
    found = {comparable(name) for name in names if name}
    found |= {SITE_WORDS.sub("", name).strip() for name in found}
    found.discard("")
    return found


def is_site(name: str, page: Page) -> bool:
    # `<meta name="author">` often names the paper itself, not a writer.
    """Tell whether a declared author is the paper itself, not a writer."""
    host = (urlsplit(page.url).hostname or "").removeprefix("www.")
    return (
        comparable(name) == comparable(metadata(page).site_name)
        or bool(SITE_WORDS.match(name))  # no writer is called "Báo …" or "Cổng …"
        or bool(host and host in name.lower())
    )


def note_fallback(page: Page, name: str) -> None:
    """Record in the parse notes that a field came from a fallback source."""
    fallback = page.notes.setdefault("fallback", [])
    if name not in fallback:
        fallback.append(name)


# The heading group a text block opens with when the heading stands apart from it (a site
# builder's title tile over a text tile that starts "Chính trị", "Đăng lúc 16:45 ngày …").
_OPENING_LINES = 3
_OPENING_LINE_MAX_CHARS = 100
_OPENING_LINE_TAGS = ("p", "div", "span", "h2", "h3", "h4", "h5", "h6")


def opening_lines(page: Page) -> list[HtmlElement]:
    """Return (once per page) the short lines the text block opens with when the heading is
    outside it: its first few shown leaf lines before any longer one."""
    cached = page.data.get("opening_lines")
    if isinstance(cached, list):
        return cached
    found: list[HtmlElement] = []
    block = page.block
    if page.heading is not None and block is not None and not is_inside(page.heading, block):
        notices = [box for box in map(notice_box, block.iter("img")) if box is not None]
        for element in block.iter(*_OPENING_LINE_TAGS):
            if element is block or any(is_inside(element, line) for line in (*found, *notices)):
                continue
            text = element_text(element)
            if not text or any(child.tag in _OPENING_LINE_TAGS[:2] for child in element):
                continue  # empty, or a box of lines: its lines come next
            if len(text) > _OPENING_LINE_MAX_CHARS or element.find(".//img") is not None:
                break
            found.append(element)
            if len(found) >= _OPENING_LINES:
                break
    page.data["opening_lines"] = found
    return found
