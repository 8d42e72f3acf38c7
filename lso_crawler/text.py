"""Text normalisation shared by the parsers and change detection."""

from __future__ import annotations

import re
import unicodedata

# str's \s already covers NBSP (U+00A0) and the other Unicode spaces.
_WHITESPACE = re.compile(r"\s+")
# Invisible characters, bidi embeddings/overrides/isolates (they can make stored text display
# misleadingly), and control characters other than whitespace: none belongs in a text field.
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)


def normalize(text: str | None) -> str:
    """Return `text` in NFC without invisible or control characters, whitespace collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _WHITESPACE.sub(" ", text).strip()


def normalize_or_none(text: str | None) -> str | None:
    """Like `normalize`, but an empty result becomes None."""
    return normalize(text) or None
