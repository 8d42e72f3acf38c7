"""An article quoted in a post: a forum post whose text is mostly one quotation (`blockquote`,
often in a quote box: an `<aside>` around it) of the article, between the poster's remark, a
link card and a source line. The quotation is
the article's text; the post's own times (shown beside it, declared in the page's meta) date
the repost, not the article, so only a date printed inside the quotation is the article's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from lso_crawler.parsers.chrome import frames_quotation
from lso_crawler.parsers.document import is_inside

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page

# Least text a quotation must hold to be an article, and its least share of the post's text
# (a reply quoting a line of the article is a reply).
QUOTED_MIN_CHARS = 400
QUOTED_MIN_SHARE = 0.5
# Quotations looked at in one post (bounded work on a thread of nested quotes).
_QUOTES_SCANNED = 20


def _chars(element: HtmlElement) -> int:
    return sum(len(text.strip()) for text in element.itertext())


def quoted_article(block: HtmlElement) -> HtmlElement | None:
    """Return the quotation holding the article a post reposts: the main block itself when
    it is a quotation in a quote box, else a quotation holding most of the block's text;
    else None."""
    if block.tag == "blockquote":
        frame = block.getparent()
        return (
            block
            if frame is not None and frame.tag == "aside" and frames_quotation(frame)
            else None
        )
    best, best_chars = None, 0
    for count, quote in enumerate(block.iter("blockquote")):
        if count >= _QUOTES_SCANNED:
            break
        if quote is block:
            continue
        chars = _chars(quote)
        if chars > best_chars:
            best, best_chars = quote, chars
    if best is None or best_chars < QUOTED_MIN_CHARS:
        return None
    return best if best_chars >= QUOTED_MIN_SHARE * _chars(block) else None


def is_quoted(page: Page) -> bool:
    """Tell whether the page's article text is a quotation inside a post."""
    return isinstance(page.data.get("quoted_article"), HtmlElement)


def dated_by_repost(page: Page, element: HtmlElement | None) -> bool:
    """Tell whether a date element is the repost's: the article is quoted, and the element
    lies outside the quotation."""
    return is_quoted(page) and (
        element is None or page.block is None or not is_inside(element, page.block)
    )
