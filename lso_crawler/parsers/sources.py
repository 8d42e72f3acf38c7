"""The source section a reposted text closes with: a heading "Nguồn" (Sources) and a short
list citing the original, which is no article text, and whose citation names the writers."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from lso_crawler.parsers.bylines import looks_like_byline
from lso_crawler.parsers.document import element_text
from lso_crawler.parsers.landmarks import comparable

# "Nguồn", "Nguồn tin", "Tham khảo", "Sources", with a wiki's "[sửa]" edit link after it.
_SOURCES_HEADING = re.compile(
    r"^(?:nguồn(?:\s+(?:tin|bài(?:\s+viết)?))?|(?:tài\s+liệu\s+)?tham\s+khảo|sources?"
    r"|references?)\s*(?:\[[^\]]{0,20}\])?$",
    re.IGNORECASE,
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# The section is a short list: more text after the heading is the article going on.
_SECTION_MAX_CHARS = 600
# A citation: the writers, then the cited article's title in quotes ("Thu Hà. “Tỉnh ủy …”
# — Báo Lạng Sơn, ngày 7 tháng 2 năm 2022").
_CITATION = re.compile(r"^(?P<names>[^.\"“”]{2,80}?)\.\s+[\"“](?P<title>[^\"“”]{1,300})[\"”]")


def cut_source_section(block: HtmlElement, headline: str | None) -> str | None:
    """Remove, in place, a source section closing the block; return the writers its first
    citation names when it cites the article by its headline, else None."""
    for heading in block.iter(*_HEADINGS):
        if not _SOURCES_HEADING.match(element_text(heading)) or not _closes(heading, block):
            continue
        section = [*heading.itersiblings()]
        citation = next((element_text(e) for e in section if element_text(e)), "")
        parent = heading.getparent()
        if parent is not None:
            for element in (heading, *section):
                parent.remove(element)
        match = _CITATION.match(citation)
        if (
            match
            and headline
            and comparable(match["title"]) == comparable(headline)
            and looks_like_byline(match["names"], hinted=True)
        ):
            return match["names"].strip()
        return None
    return None


def _closes(heading: HtmlElement, block: HtmlElement) -> bool:
    """Tell whether a heading and the short text after it end the block."""
    after = sum(len(element_text(e)) for e in heading.itersiblings())
    if after > _SECTION_MAX_CHARS:
        return False
    for ancestor in heading.iterancestors():
        if ancestor is block:
            return True
        if any(element_text(e) for e in ancestor.itersiblings()):
            return False
    return False
