"""An article posted in a channel's feed of messages (a channel's web view): the text as one
message among same-shaped message boxes, its headline the bold line it opens with (the page
is titled with the channel's name), its pictures the photo messages posted right before it
(each a picture, often only a CSS background, and its caption as the message text), and its
time the one its own message box shows (the other boxes' times are other posts')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from lso_crawler.parsers.base import Caption
from lso_crawler.parsers.captions import CAPTION_BOX_MAX_CHARS, image_url
from lso_crawler.parsers.document import absolute_url, element_text

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page

# Levels climbed from the text block to the message box repeated in the feed.
_BOX_LEVELS = 4
# Most elements one message box holds.
_BOX_MAX_ELEMENTS = 500
# Photo messages looked at before the text's own (bounded work on a long feed).
_PHOTO_POSTS_SCANNED = 20
# A headline's length, and the marks it never ends with.
_HEADLINE_CHARS = (10, 200)
_BOLD = ("b", "strong")
_BACKGROUND = re.compile(r"background(?:-image)?\s*:[^;]{0,40}?url\(\s*['\"]?([^'\")]{1,2000})")


def opening_headline(block: HtmlElement) -> HtmlElement | None:
    """Return the bold line a text block opens with, set apart by a line break, when it
    reads as a headline (short, no closing full stop or colon); else None."""
    if (block.text or "").strip():
        return None
    first = next((child for child in block if isinstance(child.tag, str)), None)
    if first is None or first.tag not in _BOLD or (first.tail or "").strip():
        return None
    after = first.getnext()
    text = element_text(first)
    if after is None or after.tag != "br":
        return None
    if not _HEADLINE_CHARS[0] <= len(text) <= _HEADLINE_CHARS[1] or text.endswith((".", ":")):
        return None
    return first


def _shape(element: HtmlElement) -> tuple[str, str | None]:
    return str(element.tag), element.get("class")


def post_box(block: HtmlElement) -> HtmlElement | None:
    """Return the message box holding the text block: its nearest ancestor with a class
    and a sibling of the same shape (tag and class); else None."""
    node = block
    for _ in range(_BOX_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        node = parent
        shape = _shape(node)
        if shape[1] is None:
            continue
        for sibling in (node.getprevious(), node.getnext()):
            if sibling is not None and _shape(sibling) == shape:
                return node
    return None


def _shaped_as(box: HtmlElement, block: HtmlElement) -> HtmlElement | None:
    shape = _shape(block)
    return next((e for e in box.iter(str(block.tag)) if _shape(e) == shape), None)


def _pictures(box: HtmlElement, base: str) -> list[str] | None:
    # None for a box too big to be one message (bounded work on a huge page).
    found = []
    for count, element in enumerate(box.iter()):
        if count >= _BOX_MAX_ELEMENTS:
            return None
        if not isinstance(element.tag, str):
            continue
        url = image_url(element, base) if element.tag in ("img", "amp-img") else None
        match = _BACKGROUND.search(element.get("style") or "") if url is None else None
        if match is not None and not element_text(element):
            url = absolute_url(match[1].strip(), base)
        if url and url not in found:
            found.append(url)
    return found


def posted_pictures(page: Page, base: str) -> list[Caption]:
    """Return the pictures posted as messages of their own right before the text's message,
    in page order: each dated box before it holding one picture of its own (the feed's
    avatar shown in every box is none) and, in its box shaped as the text, a short caption with
    no link (none when that box is absent)."""
    block = page.block
    box = post_box(block) if block is not None else None
    if block is None or box is None:
        return []
    if box.find(".//time") is None:
        return []  # no post of a feed: every post shows its time
    own = _pictures(box, base)
    if own is None:
        return []
    shared = set(own)
    found: list[Caption] = []
    sibling = box.getprevious()
    for _ in range(_PHOTO_POSTS_SCANNED):
        if sibling is None or _shape(sibling) != _shape(box) or sibling.find(".//time") is None:
            break
        pictures = [url for url in _pictures(sibling, base) or [] if url not in shared]
        text_box = _shaped_as(sibling, block)
        text = element_text(text_box) if text_box is not None else ""
        if (
            len(pictures) != 1
            or len(text) > CAPTION_BOX_MAX_CHARS
            or (text_box is not None and text_box.find(".//a") is not None)
        ):
            break
        found.append(Caption(pictures[0], text or None))
        sibling = sibling.getprevious()
    return found[::-1]


def own_time(page: Page) -> HtmlElement | None:
    """Return the `<time>` of the text's own message box, when other boxes of the feed show
    times of their own; else None."""
    block = page.block
    box = post_box(block) if block is not None else None
    if box is None:
        return None
    times = box.findall(".//time")
    if len(times) != 1 or not times[0].get("datetime"):
        return None
    for sibling in (box.getprevious(), box.getnext()):
        if (
            sibling is not None
            and _shape(sibling) == _shape(box)
            and sibling.find(".//time") is not None
        ):
            return times[0]
    return None
