"""The Atom feed of recent changes (RFC 4287), from `lso_crawler.store.queries.recent_changes` rows.

Every text is stripped of characters XML 1.0 forbids (control characters from a hostile
page must not make the feed fail for everyone), then escaped by ElementTree.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from lso_crawler.datasette_plugin.timefmt import parse
from lso_crawler.store.queries import decode_list

ATOM_NS = "http://www.w3.org/2005/Atom"
AUTHOR = "Báo Lạng Sơn, archived by lso-archive"
TAG = "tag:lso-archive,2026:"
EPOCH = "1970-01-01T00:00:00Z"  # the time of an entry whose stored time is unusable
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_C1 = re.compile("[\u007f-\u009f]")


def xml_text(value: Any) -> str:
    """`value` as text that XML 1.0 accepts (forbidden and C1 control characters removed)."""
    return _C1.sub("", _NOT_XML.sub("", "" if value is None else str(value)))


def _rfc3339(value: Any) -> str:
    moment = parse(value if isinstance(value, str) else None)
    if moment is None:
        return EPOCH
    try:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError):
        return EPOCH


def entry_title(row: Mapping[str, Any]) -> str:
    """`<title> (substantive edit)` for a version, `<title> (gone)` for an event."""
    title = row.get("title") or f"Article {row.get('article_id')}"
    kind = row.get("kind") or "unclassified"
    return f"{title} ({kind} edit)" if row.get("version") is not None else f"{title} ({kind})"


def entry_summary(row: Mapping[str, Any]) -> str:
    """What changed, in words, then the word-diff snippet."""
    article_id = row.get("article_id")
    if row.get("version") is None:
        detail = f" ({row['detail']})" if row.get("detail") else ""
        return f"Article {article_id}: {row.get('kind')}{detail}."
    fields = (
        decode_list(row.get("changed_fields"))
        if not isinstance(row.get("changed_fields"), list)
        else row["changed_fields"]
    )
    text = (
        f"Version {row.get('version')} of article {article_id} changed {', '.join(fields) or '?'}"
    )
    added, removed = row.get("chars_added"), row.get("chars_removed")
    if added is not None and removed is not None:
        text += f" (+{added} −{removed} characters)"
    text += "."
    if row.get("diff_snippet"):
        text += f"\n\n{row['diff_snippet']}"
    return text


def entry_link(row: Mapping[str, Any], base: str) -> str:
    """The absolute history URL of the change."""
    anchor = f"#v{row['version']}" if row.get("version") is not None else ""
    return f"{base}/-/lso/article/{int(row['article_id'])}{anchor}"


def entry_id(row: Mapping[str, Any]) -> str:
    """A stable id: the article and version, or the article, event kind and time."""
    article_id = int(row["article_id"])
    if row.get("version") is not None:
        return f"{TAG}article/{article_id}/v{int(row['version'])}"
    return f"{TAG}article/{article_id}/{row.get('kind')}/{_rfc3339(row.get('time'))}"


def atom_feed(rows: Iterable[Mapping[str, Any]], *, title: str, self_url: str, base: str) -> bytes:
    """The feed document; `base` is the site's absolute URL without a trailing slash."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    rows = list(rows)

    def add(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{name}", attrs)
        if text is not None:
            element.text = xml_text(text)
        return element

    add(feed, "id", f"{TAG}feed/{xml_text(self_url)}")
    add(feed, "title", title)
    newest = max((_rfc3339(row.get("time")) for row in rows), default=None)
    add(feed, "updated", newest or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    author = add(feed, "author")
    add(author, "name", AUTHOR)
    add(author, "uri", base + "/")
    add(feed, "link", href=xml_text(self_url), rel="self", type="application/atom+xml")
    add(feed, "link", href=xml_text(base + "/-/lso/changes"), rel="alternate", type="text/html")
    add(feed, "generator", "lso-archive")
    for row in rows:
        entry = add(feed, "entry")
        add(entry, "id", entry_id(row))
        add(entry, "title", entry_title(row))
        add(entry, "updated", _rfc3339(row.get("time")))
        add(entry, "link", href=xml_text(entry_link(row, base)), rel="alternate")
        add(entry, "content", entry_summary(row), type="text")
        if row.get("category"):
            add(entry, "category", term=xml_text(row["category"]))
    document = ET.tostring(feed, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + document).encode("utf-8")
