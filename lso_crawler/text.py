"""Text normalisation shared by the parsers and change detection."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalize(text: str | None) -> str:
    """Return `text` in Unicode NFC with invisible characters removed and whitespace collapsed.

    `str.split()` splits on exactly the characters a regex `\\s` matches (NBSP and the other
    Unicode spaces included) and is about twice as fast as a substitution; this runs for
    every text node of every page parsed.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


def normalize_or_none(text: str | None) -> str | None:
    """Like `normalize`, but an empty result becomes None."""
    return normalize(text) or None
