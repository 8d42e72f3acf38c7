"""Text normalisation shared by the parsers and change detection."""

from __future__ import annotations

import re
import unicodedata

# str's \s already covers NBSP (U+00A0) and the other Unicode spaces.
_WHITESPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalize(text: str | None) -> str:
    """Return `text` in Unicode NFC with invisible characters removed and whitespace collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _WHITESPACE.sub(" ", text).strip()


def normalize_or_none(text: str | None) -> str | None:
    """Like `normalize`, but an empty result becomes None."""
    return normalize(text) or None
