"""Making decoded page text safe for libxml2 and for stored fields before it is parsed.

Settings:
    MAX_PAGE_CHARS: default limit on a decoded page; larger pages raise ParseError("too-large").
    MAX_ATTRIBUTES: attributes kept on one tag; libxml2's duplicate check is quadratic, so a
        tag with 40,000 attributes costs seconds. The rest are dropped before parsing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from lso_crawler.parsers.base import Article, Caption

MAX_PAGE_CHARS = 5 * 1024 * 1024
MAX_ATTRIBUTES = 256
# A tag this long may carry more than MAX_ATTRIBUTES attributes; shorter ones cannot.
_LONG_TAG_CHARS = 2 * MAX_ATTRIBUTES
# Characters XML forbids or that no text field should keep: C0 controls except tab, newline
# and carriage return, DEL and C1 controls, lone surrogates, the noncharacters U+FFFE/U+FFFF,
# and the bidi embeddings, overrides and isolates (they disguise text and addresses).
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
_FORM_FEEDS = re.compile("[\x0b\x0c]")
# In a stored text field only the body's paragraph breaks (newlines) may remain.
_UNWANTED_IN_TEXT = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
_ANY_UNWANTED = re.compile(_FORBIDDEN.pattern[:-1] + "\x0b\x0c]")
# Numeric references that would decode to one of those characters.
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
# Possessive: a short tag fails at once instead of backtracking through its name.
_LONG_TAG = re.compile(rf"<([a-zA-Z][^\s<>/]*+)([^<>]{{{_LONG_TAG_CHARS},}}+)>")
_ATTRIBUTE = re.compile(r"""[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?""")


def sanitize_markup(text: str) -> str:
    """Drop forbidden characters and references to them, and trim over-long attribute lists."""
    if _ANY_UNWANTED.search(text):  # rare: one scan instead of two substitutions
        text = _FORM_FEEDS.sub(" ", _FORBIDDEN.sub("", text))
    for _ in range(3):  # "&#&#x1B;x1B;" leaves a reference once the inner one is gone
        if "&#" not in text:
            break
        cleaned = _CHARACTER_REFERENCE.sub(_drop_forbidden_reference, text)
        if cleaned == text:
            break
        text = cleaned
    if len(text) > _LONG_TAG_CHARS:
        text = _LONG_TAG.sub(_trim_attributes, text)
    return text


def _drop_forbidden_reference(match: re.Match[str]) -> str:
    hexadecimal, decimal = match.groups()
    if len(hexadecimal or decimal) > 8:
        return ""  # beyond Unicode (and too long for int() on a hostile page)
    number = int(hexadecimal, 16) if hexadecimal else int(decimal)
    if number > 0x10FFFF:
        return ""
    if number in (0x0B, 0x0C):
        return " "
    if number in (0x09, 0x0A, 0x0D) or not _FORBIDDEN.match(chr(number)):
        return match.group(0)
    return ""


def _trim_attributes(match: re.Match[str]) -> str:
    attributes = _ATTRIBUTE.findall(match.group(2))
    if len(attributes) <= MAX_ATTRIBUTES:
        return match.group(0)
    return f"<{match.group(1)} {' '.join(attributes[:MAX_ATTRIBUTES])}>"


def clean_article(article: Article) -> Article:
    """Return the article with control characters (but the body's newlines) and bidi
    overrides removed from every text field: the last guard before anything is stored."""
    changes: dict[str, Any] = {}
    for name in ("title", "dateline", "lead", "byline", "category"):
        value = getattr(article, name)
        if value and _UNWANTED_IN_TEXT.search(value):
            changes[name] = _UNWANTED_IN_TEXT.sub("", value).strip() or None
    if _UNWANTED_IN_TEXT.search(article.body.replace("\n", "")):
        changes["body"] = "\n".join(
            _UNWANTED_IN_TEXT.sub("", line) for line in article.body.split("\n")
        )
    for name in ("authors", "tags"):
        values = getattr(article, name)
        if any(_UNWANTED_IN_TEXT.search(value) for value in values):
            changes[name] = tuple(v for v in (_UNWANTED_IN_TEXT.sub("", x) for x in values) if v)
    if any(
        _UNWANTED_IN_TEXT.search(c.image_url) or _UNWANTED_IN_TEXT.search(c.text or "")
        for c in article.captions
    ):
        changes["captions"] = tuple(
            Caption(
                _UNWANTED_IN_TEXT.sub("", c.image_url),
                _UNWANTED_IN_TEXT.sub("", c.text) or None if c.text else None,
            )
            for c in article.captions
        )
    if not changes:
        return article
    if "title" in changes and not changes["title"]:
        changes["title"] = ""
    return replace(article, **changes)
