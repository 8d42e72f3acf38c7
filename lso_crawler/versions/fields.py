"""Canonical, comparable forms of an article's content fields.

Every field becomes a list of text blocks: the body's paragraphs, one line per caption,
author or tag, or a single line for the scalar fields. Blocks are Unicode NFC with
invisible characters removed and whitespace (NBSP included) collapsed, so two versions
differing only in encoding or spacing have equal blocks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from lso_crawler.text import normalize

LIST_FIELDS = frozenset({"authors", "tags"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def caption_line(caption: Mapping[str, Any]) -> str:
    """One caption as a line of text: its caption, then the image URL in brackets."""
    text = normalize(caption.get("text"))
    url = normalize(caption.get("image_url"))
    return f"{text} [{url}]" if text else f"[{url}]"


def field_blocks(content: Mapping[str, Any] | None, field: str) -> list[str]:
    """The normalised blocks (paragraphs or lines) of one content field."""
    value = (content or {}).get(field)
    if not value:
        return []
    if isinstance(value, str) and (field in LIST_FIELDS or field == "captions"):
        # A versions row holds these as JSON text; store.history.content() decodes them.
        raise TypeError(f"{field} must be a list, not {value[:40]!r}")
    if field == "body":
        blocks = [normalize(part) for part in _PARAGRAPH_BREAK.split(value)]
    elif field == "captions":
        blocks = [caption_line(caption) for caption in value]
    elif field in LIST_FIELDS:
        blocks = [normalize(item) for item in value]
    else:
        blocks = [normalize(str(value))]
    return [block for block in blocks if block]


def field_text(content: Mapping[str, Any] | None, field: str) -> str:
    """The field's blocks joined into one text (paragraphs by a blank line)."""
    return "\n\n".join(field_blocks(content, field))


def loose(text: str) -> str:
    """`text` without diacritics, case, punctuation or whitespace: what survives a typo fix."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(
        char
        for char in decomposed.casefold()
        if not unicodedata.category(char).startswith(("M", "P", "Z")) and not char.isspace()
    )
