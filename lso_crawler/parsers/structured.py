"""Article metadata a page declares for machines: JSON-LD, OpenGraph/article meta, <time>.

Settings:
    MAX_JSON_LD_CHARS: a JSON-LD script longer than this is skipped (bounded work).
    MAX_JSON_LD_NODES: objects visited per page when looking for the article node.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.text import normalize

MAX_JSON_LD_CHARS = 200_000
MAX_JSON_LD_NODES = 2_000
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle"}
    | {"opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "webpage"}
)
_ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})
_JSON_LD = XPath("/descendant::script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]")
_META = XPath("/descendant::meta[@content]")
# Microdata and RDFa in the page itself: `itemprop`/`property` on any element.
_PROPERTIES = XPath("(/html/body/descendant::*/@itemprop | /html/body/descendant::*/@property)/..")
MAX_PROPERTY_ELEMENTS = 2_000
_PUBLISHED_VALUES_PER_KEY = 3
_PROPERTY_TEXT_MAX_CHARS = 200
_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "itemprop:datepublished", "dc:date", "dcterms:issued", "dcterms:date",
    "dc.date.issued", "dcterms.issued", "dc.date", "pubdate", "publishdate", "publish-date",
    "publish_date", "article.published", "date",
)  # fmt: skip
# A creation time (`DC.date.created`, `dcterms:created`, JSON-LD `dateCreated`) is when the
# item was drafted, not when it was published: never read as the publication time.
_REL_AUTHOR = XPath(
    "/descendant::a[@rel][contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
)


@dataclass
class Metadata:
    """What the page's machine-readable metadata says about the article, with sources."""

    headline: str | None = None
    description: str | None = None
    published: str | None = None  # as written, not yet parsed
    published_from: str | None = None
    # Every declared publication value in order of trust, (value, source): the first may
    # be a value no reader can parse ("2022-02-04ICT09:56:32") while a later one is exact.
    published_candidates: list[tuple[str, str]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    section_from: str | None = None
    sections: list[str] = field(default_factory=list)  # a declared list, in order
    breadcrumb: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    tags_from: str | None = None
    site_name: str | None = None
    title: str | None = None  # og:title (JSON-LD headline is `headline`)


def read_metadata(doc: HtmlElement) -> Metadata:
    """Gather JSON-LD, meta tags and rel=author links; JSON-LD first, meta second."""
    found = Metadata()
    for node in _json_ld_nodes(doc):
        kind = _types(node)
        if kind & ARTICLE_TYPES and (kind - {"webpage"} or found.headline is None):
            _from_article_node(found, node)
        if "breadcrumblist" in kind and not found.breadcrumb:
            found.breadcrumb = _breadcrumb_names(node)
    metas = _meta_values(doc)
    for key, values in _property_values(doc).items():
        metas.setdefault(key, []).extend(values)
    first = {key: values[0] for key, values in metas.items()}
    found.title = first.get("og:title") or first.get("twitter:title")
    found.headline = found.headline or found.title
    found.description = found.description or first.get("og:description") or first.get("description")
    for key in _PUBLISHED_KEYS:
        for value in metas.get(key, ())[:_PUBLISHED_VALUES_PER_KEY]:
            found.published_candidates.append((value, "meta"))
        if not found.published and first.get(key):
            found.published, found.published_from = first[key], "meta"
    for key in ("article:section", "itemprop:articlesection"):
        if not found.section and first.get(key):
            found.section, found.section_from = first[key], "meta"
    if not found.tags:
        tags = (
            metas.get("article:tag")
            or _split_keywords(first.get("news_keywords"))
            or [tag for text in metas.get("itemprop:keywords", []) for tag in _split_keywords(text)]
        )
        if tags:
            found.tags, found.tags_from = _unique(tags), "meta"
    if not found.authors:
        # Every source in order: a `<meta name="author">` naming the portal itself must not
        # hide the writer the microdata names (the reader drops the site's own name).
        names = [
            *metas.get("article:author", []),
            *metas.get("author", []),
            *metas.get("itemprop:author", []),
        ]
        found.authors = _unique(name for name in names if not name.startswith("http"))
    if not found.authors:
        found.authors = _unique(normalize(link.text_content()) for link in _REL_AUTHOR(doc))
    found.site_name = first.get("og:site_name")
    return found


def _json_ld_nodes(doc: HtmlElement) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for script in _JSON_LD(doc):
        text = script.text or ""
        if not text.strip() or len(text) > MAX_JSON_LD_CHARS:
            continue
        data = _loads(text)
        if data is None:
            continue
        pending: list[Any] = [data]
        while pending and len(nodes) < MAX_JSON_LD_NODES:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item[:MAX_JSON_LD_NODES])
            elif isinstance(item, dict):
                nodes.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    pending.extend(graph[:MAX_JSON_LD_NODES])
    return nodes


# What CMS templates wrap or leave in JSON-LD that strict JSON refuses: HTML comment and
# CDATA markers around it, a comma before a closing bracket.
_WRAPPERS = re.compile(
    r"^\s*(?:<!--|(?://|/\*)?\s*<!\[CDATA\[\s*(?:\*/)?)|(?://|/\*)?\s*\]\]>\s*(?:\*/)?\s*$|-->\s*$"
)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def _loads(text: str) -> Any:
    """Parse JSON-LD as browsers' search engines do: raw newlines inside strings allowed,
    and once more without comment/CDATA wrappers and trailing commas; None if no JSON."""
    for attempt in range(2):
        try:
            return json.loads(text, strict=False)
        except (ValueError, RecursionError):
            if attempt:
                return None
            text = _TRAILING_COMMA.sub(r"\1", _WRAPPERS.sub("", text))
    return None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _from_article_node(found: Metadata, node: dict[str, Any]) -> None:
    headline = _text(node.get("headline")) or _text(node.get("name"))
    if headline:
        found.headline = headline
    found.description = found.description or _text(node.get("description"))
    published = _text(node.get("datePublished"))
    if published and not found.published:
        found.published, found.published_from = published, "json-ld"
    if published:
        found.published_candidates.append((published, "json-ld"))
    authors = _names(node.get("author")) or _names(node.get("creator"))
    if authors and not found.authors:
        found.authors = authors
    section = node.get("articleSection")
    listed = [_text(item) for item in section[:10]] if isinstance(section, list) else []
    section = section[0] if isinstance(section, list) and section else section
    if _text(section) and not found.section:
        found.section, found.section_from = _text(section), "json-ld"
        found.sections = [item for item in listed if item]
    keywords = node.get("keywords")
    tags = [_text(k) for k in keywords] if isinstance(keywords, list) else _split_keywords(keywords)
    tags = [tag for tag in tags if tag]
    if tags and not found.tags:
        found.tags, found.tags_from = _unique(tags), "json-ld"


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:20]:
        if isinstance(item, dict) and _types(item) & _ORGANIZATION_TYPES:
            continue  # the publisher named as author: no writer's name
        name = _text(item.get("name")) if isinstance(item, dict) else _text(item)
        if name and not name.startswith("http"):
            names.append(name)
    return _unique(names)


def _position(item: dict[str, Any]) -> int:
    position = item.get("position")
    return position if isinstance(position, int) else 0


def _breadcrumb_names(node: dict[str, Any]) -> list[str]:
    items = node.get("itemListElement")
    if not isinstance(items, list):
        return []
    ordered = sorted((item for item in items[:50] if isinstance(item, dict)), key=_position)
    names = []
    for item in ordered:
        inner = item.get("item")
        name = _text(item.get("name")) or (
            _text(inner.get("name")) if isinstance(inner, dict) else None
        )
        if name:
            names.append(name)
    return names


def _meta_values(doc: HtmlElement) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for meta in _META(doc):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = normalize(meta.get("content"))
        if key and content:
            values.setdefault(key.strip().lower(), []).append(content)
    return values


def _property_values(doc: HtmlElement) -> dict[str, list[str]]:
    """Values of microdata (`itemprop`, only inside an article's `itemscope`, keyed
    `itemprop:<name>`) and RDFa (`property`, keyed by each of its terms) in the page."""
    values: dict[str, list[str]] = {}
    for count, element in enumerate(_PROPERTIES(doc)):
        if count >= MAX_PROPERTY_ELEMENTS:
            break
        value = _property_value(element)
        if not value:
            continue
        for term in (element.get("property") or "").lower().split():
            values.setdefault(term, []).append(value)
        names = (element.get("itemprop") or "").lower().split()
        if names and _in_article_scope(element):
            for name in names:
                values.setdefault(f"itemprop:{name}", []).append(value)
    return values


def _property_value(element: HtmlElement) -> str:
    if element.tag == "meta":
        return normalize(element.get("content")) if element.get("property") is None else ""
    value = element.get("content") or element.get("datetime")
    if not value and element.tag in ("abbr", "data"):
        # <abbr title="2017-02-03T15:10:00+07:00">15:10</abbr>, <data value="…">: the
        # machine-readable value is the attribute, the text is for readers.
        value = element.get("title") if element.tag == "abbr" else element.get("value")
    if value:
        return normalize(value)
    if element.get("itemscope") is not None:
        # An author given as a Person: its name.
        for inner in element.iterdescendants():
            if (inner.get("itemprop") or "").lower() == "name":
                return normalize(inner.get("content") or inner.text_content())
        return ""
    text = normalize(element.text_content())
    return text if len(text) <= _PROPERTY_TEXT_MAX_CHARS else ""


def _in_article_scope(element: HtmlElement) -> bool:
    # The nearest enclosing item, skipping the element's own scope (an author Person).
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is not None:
            kind = (ancestor.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()
            return kind in ARTICLE_TYPES and kind != "webpage"
    return False


def _split_keywords(value: Any) -> list[str]:
    text = _text(value)
    return [normalize(part) for part in text.split(",") if normalize(part)] if text else []


def _text(value: Any) -> str | None:
    return normalize(value) or None if isinstance(value, str) else None


def _unique(items: Any) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
