"""A headline as a mailed copy carries it: the subject with its forward or reply marks and
the sender's `[Site]` tag before it."""

from __future__ import annotations

import re

from lso_crawler.parsers.landmarks import looks_like_site_name

# Forward and reply marks as mail programs write them (English and Vietnamese), repeated.
_MAIL_MARKS = re.compile(r"^(?:(?:fwd?|re|tl|tr|chuyển tiếp)\s*:\s*)+", re.IGNORECASE)
_SITE_TAG = re.compile(r"^\[([^\[\]]{1,60})\]\s*")


def without_subject_marks(text: str) -> str:
    """Return a mail subject's headline: without forward/reply marks and a `[Site]` tag."""
    rest = _MAIL_MARKS.sub("", text)
    tag = _SITE_TAG.match(rest)
    if tag and looks_like_site_name(tag.group(1).strip()):
        rest = rest[tag.end() :]
    return rest if rest.strip() else text
