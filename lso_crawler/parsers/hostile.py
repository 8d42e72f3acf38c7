"""Making decoded page text safe for libxml2 and for stored fields before it is parsed.

Settings:
    MAX_PAGE_CHARS: default limit on a decoded page; larger pages raise ParseError("too-large").
    BLOB_PAGE_BYTES: pages larger than this have inline base64 data and SVG emptied first.
    MAX_BLOBS: inline data addresses (and SVG drawings) looked at per page.
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


# The UTF-8 lead bytes of every multi-byte character `_ANY_UNWANTED` names, with the
# continuation bytes that make it one: C1 controls, surrogates, U+FFFE/F, bidi controls.
_UNWANTED_AFTER_LEAD = {
    0xC2: (re.compile(rb"[\x80-\x9f]"), 1),
    0xED: (re.compile(rb"[\xa0-\xbf]"), 1),
    0xEF: (re.compile(rb"\xbf[\xbe\xbf]"), 2),
    0xE2: (re.compile(rb"\x80[\xaa-\xae]|\x81[\xa6-\xa9]"), 2),
}
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_INTERESTING = _CONTROL_BYTES + bytes(_UNWANTED_AFTER_LEAD) + b"&"
_BORING = bytes(b for b in range(256) if b not in _INTERESTING)
# Pages over this size have inline base64 data and SVG drawings emptied before parsing.
BLOB_PAGE_BYTES = 1024 * 1024
MAX_BLOBS = 10_000
_LONG_BLOB_BYTES = 1024
# Over this many lead bytes of one kind, the plain regex scan is cheaper than looking at each.
_MAX_LEADS_LOOKED_AT = 4_096


def sanitize_markup_utf8(text: str, encoded: bytes | None = None) -> bytes:
    """Return `sanitize_markup(text)` as UTF-8 (`encoded`: the text's UTF-8 if known),
    skipping each scan the page shows it does not need, as found by C-speed byte counts.

    On a page over BLOB_PAGE_BYTES, inline base64 data and inline SVG drawings are emptied
    first (see `drop_inline_blobs`): no reader uses them, and they are most of such pages.
    """
    data = encoded if encoded is not None else text.encode("utf-8", "surrogatepass")
    long_tags = len(data) > _LONG_TAG_CHARS and _may_hold_long_tag(data)
    if len(data) > BLOB_PAGE_BYTES:
        # A long base64 address always makes a long tag: without one, none is looked for.
        emptied = drop_inline_blobs(data, base64=long_tags)
        if len(emptied) != len(data):
            data, text = emptied, emptied.decode("utf-8", "surrogatepass")
            long_tags = _may_hold_long_tag(data)
    residue = data.translate(None, _BORING)  # the few bytes that could matter
    chars = _may_hold_unwanted(data, residue)
    references = _may_hold_reference(data, residue.count(b"&"))
    if not (chars or references or long_tags):
        return data
    return sanitize_markup(text, chars=chars, long_tags=long_tags).encode("utf-8", "surrogatepass")


def drop_inline_blobs(data: bytes, *, base64: bool = True) -> bytes:
    """Empty long inline base64 `data:` addresses (to `data:,`; unless `base64` is False)
    and long inline `<svg>` drawings (to `<svg></svg>`): neither is article text, and no
    reader reads an image from a `data:` address. At most MAX_BLOBS of each are looked at."""
    pieces: list[bytes] = []
    kept = 0
    for _ in range(MAX_BLOBS if base64 else 0):
        start = data.find(b"data:", kept)
        if start < 0:
            break
        comma = data.find(b";base64,", start, start + 100)
        if comma < 0:
            pieces.append(data[kept : start + 5])
            kept = start + 5
            continue
        ends = [data.find(quote, comma) for quote in (b'"', b"'", b")")]
        end = min((found for found in ends if found >= 0), default=-1)
        if end - start > _LONG_BLOB_BYTES and data.find(b"<", comma, end) < 0:
            pieces.append(data[kept:start] + b"data:,")
        else:
            pieces.append(data[kept : max(end, start + 5)])
        kept = max(end, start + 5)
    pieces.append(data[kept:])
    data = b"".join(pieces) if len(pieces) > 1 else data
    pieces, kept = [], 0
    for _ in range(MAX_BLOBS):
        start = data.find(b"<svg", kept)
        end = data.find(b"</svg>", start) if start >= 0 else -1
        if end < 0:
            break
        if end - start > _LONG_BLOB_BYTES:
            pieces.append(data[kept:start] + b"<svg></svg>")
        else:
            pieces.append(data[kept : end + 6])
        kept = end + 6
    pieces.append(data[kept:])
    return b"".join(pieces) if len(pieces) > 1 else data


def _may_hold_unwanted(data: bytes, residue: bytes) -> bool:
    if len(residue.translate(None, _CONTROL_BYTES)) != len(residue):
        return True
    for lead, (after, width) in _UNWANTED_AFTER_LEAD.items():
        count = residue.count(lead)
        if count > _MAX_LEADS_LOOKED_AT:
            return True
        start = 0
        for _ in range(count):
            start = data.find(lead, start) + 1
            if after.match(data, start, start + width):
                return True
    return False


def _may_hold_reference(data: bytes, count: int) -> bool:
    if count > _MAX_LEADS_LOOKED_AT:
        return b"&#" in data
    start = 0
    for _ in range(count):
        start = data.find(b"&", start) + 1
        if data.startswith(b"#", start):
            return True
    return False


def _may_hold_long_tag(data: bytes) -> bool:
    # Each piece between two ">" ends with a tag's inside; only a long piece can hold one.
    for piece in data.split(b">"):
        if len(piece) >= _LONG_TAG_CHARS and len(piece) - piece.rfind(b"<") > _LONG_TAG_CHARS:
            return True
    return False


def sanitize_markup(text: str, *, chars: bool = True, long_tags: bool = True) -> str:
    """Drop forbidden characters and references to them, and trim over-long attribute lists
    (`chars`/`long_tags` False: the caller knows there are none of those)."""
    if chars and _ANY_UNWANTED.search(text):  # rare: one scan instead of two substitutions
        text = _FORM_FEEDS.sub(" ", _FORBIDDEN.sub("", text))
    for _ in range(3):  # "&#&#x1B;x1B;" leaves a reference once the inner one is gone
        if "&#" not in text:
            break
        cleaned = _CHARACTER_REFERENCE.sub(_drop_forbidden_reference, text)
        if cleaned == text:
            break
        text = cleaned
    if long_tags and len(text) > _LONG_TAG_CHARS:
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
