"""Parsing a page once with lxml, and the small tree queries every generation uses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

from lxml import etree, html
from lxml.html import HtmlElement

from lso_crawler.parsers.base import ParseError
from lso_crawler.text import normalize

# Text is handed over as UTF-8 bytes with the encoding fixed, so neither a <meta charset>
# nor an XML declaration inside the page can make libxml2 decode it a second time.
_HTML_PARSER = html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
)
_META = etree.XPath("/descendant::meta[@content]")
# A permalink mark a heading or caption ends with (`<a href="#id">¶</a>`, as documentation
# generators add): a link to the place itself, never words of the heading or caption.
_PERMALINKS = etree.XPath(
    "/html/body/descendant::a[starts-with(normalize-space(@href), '#')]"
    "[normalize-space() = '¶' or normalize-space() = '§' or normalize-space() = '🔗']"
)


def load_document(text: str | bytes) -> HtmlElement:
    """Parse a whole page (text, or text already encoded as UTF-8) into an lxml tree; raise
    ParseError('not-html') if there is none."""
    if not text.strip():
        raise ParseError("not-html", "empty document")
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    try:
        doc = html.document_fromstring(data, parser=_HTML_PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ParseError("not-html", str(error)) from error
    if doc.find("body") is None and doc.find("head") is None:
        raise ParseError("not-html", "no <head> or <body>")
    for mark in _PERMALINKS(doc):
        mark.drop_tree()
    return doc


def meta_values(doc: HtmlElement) -> dict[str, str]:
    """Map each <meta> property/name/itemprop (lower case) to its first non-empty content."""
    values: dict[str, str] = {}
    for meta in _META(doc):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = normalize(meta.get("content"))
        if key and content:
            values.setdefault(key.strip().lower(), content)
    return values


def element_text(element: HtmlElement | None) -> str:
    """Return the element's visible text, normalised ('' for None)."""
    if element is None:
        return ""
    return normalize(element.text_content())


# Inline elements that style part of a word or phrase: their edges are no word boundary.
FORMATTING_TAGS = frozenset(
    {"b", "i", "em", "strong", "u", "s", "sup", "sub", "small", "big", "font", "mark", "abbr"}
    | {"bdi", "bdo", "q", "cite", "code", "kbd", "var", "wbr", "ruby", "rt", "rp", "ins", "del"}
)


def spaced_text(element: HtmlElement | None) -> str:
    """Return the element's visible text, normalised, with a space where two words in
    separate elements would run together (`<span>4:45 CH</span><a>Chia sẻ</a>` reads
    "4:45 CH Chia sẻ", not "4:45 CHChia sẻ"); the edges of bold, italic and the like are
    no boundary, and punctuation keeps its place ("Thứ Sáu</span>, 04/02")."""
    if element is None:
        return ""
    if not len(element):
        return normalize(element.text)
    pieces: list[str] = []
    pending: list[tuple[HtmlElement, bool]] = [(element, True)]
    while pending:
        node, opening = pending.pop()
        edge = node is not element and node.tag not in FORMATTING_TAGS
        if opening and isinstance(node.tag, str):
            if edge:
                pieces.append(_EDGE)
            pieces.append(node.text or "")
            pending.append((node, False))
            pending.extend((child, True) for child in reversed(node))
            continue
        if edge and isinstance(node.tag, str):
            pieces.append(_EDGE)
        if node is not element:
            pieces.append(node.tail or "")  # a comment's tail is text too
    joined = _WORDS_APART.sub(" ", "".join(pieces))
    return normalize(joined.replace(_EDGE, ""))


_EDGE = "\x00"
# Two words, or a label's colon and a word, in separate elements ("<dt>Ngày đăng:</dt><dd>…").
_WORDS_APART = re.compile(r"(?:(?<=\w)|(?<=[^\W\d_]:))\x00+(?=\w)")


def absolute_url(reference: str | None, base_url: str) -> str | None:
    """Resolve an href/src against the page URL; None if empty or malformed."""
    reference = (reference or "").strip()
    if not reference:
        return None
    try:
        return urljoin(base_url, reference)
    except ValueError:  # e.g. an unclosed IPv6 bracket in a hand-typed link
        return None


# A replayed or proxied address carries the original one in its path
# ("https://web.archive.org/web/20160102031530/https://baolangson.vn/chinh-tri").
_EMBEDDED_URL = re.compile(r"/(https?:/{1,2}[^/?#]+[^\s]*)$", re.IGNORECASE)


def original_url(url: str | None) -> str | None:
    """Return the address a replay or proxy address wraps (itself when it wraps none)."""
    if not url:
        return url
    path_start = url.find("/", url.find("//") + 2) if "//" in url else 0
    match = _EMBEDDED_URL.search(url, path_start) if path_start >= 0 else None
    if match is None:
        return url
    inner = match.group(1)
    return re.sub(r"^(https?:)/{1,2}", r"\1//", inner, flags=re.IGNORECASE)


def class_tokens(element: HtmlElement) -> list[str]:
    """Return the element's class names and id, lower case."""
    tokens = (element.get("class") or "").lower().split()
    element_id = element.get("id")
    if element_id:
        tokens.append(element_id.lower())
    return tokens


def has_class(name: str) -> str:
    """Return an XPath predicate body true when @class contains the word `name`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# Elements that start a new line of text; everything else flows inside a paragraph.
BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt"}
    | {"figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr"}
    | {"li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td"}
    | {"tfoot", "th", "thead", "tr", "ul"}
)


def iter_following(element: HtmlElement) -> Iterator[HtmlElement]:
    """Yield the elements after `element` in document order, not its descendants."""
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings():
            for descendant in sibling.iter():
                if isinstance(descendant.tag, str):
                    yield descendant
        node = node.getparent()


def is_inside(element: HtmlElement, container: HtmlElement) -> bool:
    """Tell whether `element` is `container` or one of its descendants."""
    return element is container or any(
        ancestor is container for ancestor in element.iterancestors()
    )
