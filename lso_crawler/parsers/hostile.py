"""Making decoded page text safe for libxml2 and for stored fields before it is parsed.

Settings:
    MAX_PAGE_CHARS: default limit on a decoded page; larger pages raise ParseError("too-large").
    MAX_ATTRIBUTES: attributes kept on one tag; libxml2's duplicate check is quadratic, so a
        tag with 40,000 attributes costs seconds. The rest are dropped before parsing.
"""

from __future__ import annotations

import re

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
    if "&#" in text:
        text = _CHARACTER_REFERENCE.sub(_drop_forbidden_reference, text)
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
