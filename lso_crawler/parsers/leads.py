"""The `LSO-` marker that opens a lead, in every spelling the site has used."""

from __future__ import annotations

import re

from lso_crawler.text import normalize

# "LSO-", "LSO- ", "LSO -", "(LSO) - ", "(LSO)-", also with an en or em dash, a colon, in
# square brackets, or bracketed with no mark at all ("(LSO) Ngày …"); the site's name
# ("Baolangson.vn -") in the same places.
_LEAD_PREFIX = re.compile(
    r"^(?:[(\[]\s*(?:LSO|baolangson(?:\.vn)?)\s*[)\]]\s*(?:[-–—:]\s*)?"
    r"|(?:LSO|baolangson(?:\.vn)?)\s*[-–—:]\s*)",
    re.IGNORECASE,
)


def strip_lead_prefix(text: str | None) -> str:
    """Return the normalised lead without its `LSO-` marker (unchanged if it has none)."""
    return _LEAD_PREFIX.sub("", normalize(text), count=1)


def has_lead_prefix(text: str | None) -> bool:
    """Tell whether `text` opens with the `LSO-` marker."""
    return _LEAD_PREFIX.match(normalize(text)) is not None
