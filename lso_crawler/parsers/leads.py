"""The lead: the `LSO-` marker that opens it, in every spelling the site has used, and
where the general reader finds a lead shown apart from the text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from lso_crawler.parsers.captions import follows_picture
from lso_crawler.parsers.document import class_tokens, element_text, is_inside
from lso_crawler.parsers.landmarks import (
    all_bold,
    between_heading_and_text,
    comparable,
    has_block_child,
    metadata,
)
from lso_crawler.text import normalize

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page

# "LSO-", "LSO- ", "LSO -", "(LSO) - ", "(LSO)-", also with an en or em dash, a colon, in
# square brackets, or bracketed with no mark at all ("(LSO) Ngày …"); the site's name
# ("Baolangson.vn -") in the same places.
_LEAD_PREFIX = re.compile(
    r"^(?:[(\[]\s*(?:LSO|baolangson(?:\.vn)?)\s*[)\]]\s*(?:[-–—:]\s*)?"
    r"|(?:LSO|baolangson(?:\.vn)?)\s*[-–—:]\s*)",
    re.IGNORECASE,
)


# "GD&TĐ - ", "(VOV) – ": a reposting site's own marker, an abbreviation in capitals (no
# space, no lower case, no digit: "COVID-19 - …" opens a sentence) and a spaced dash.
_SITE_MARKER = re.compile(r"^[(\[]?([^\s()\[\]]{2,12})[)\]]?\s*[-–—]\s+(?=\S)")
_SITE_MARKER_MIN_LETTERS = 2


def strip_lead_prefix(text: str | None) -> str:
    """Return the normalised lead without its `LSO-` marker, or a reposting site's own
    marker in capitals (unchanged if it has none)."""
    text = normalize(text)
    paper = _LEAD_PREFIX.match(text)
    if paper:
        return text[paper.end() :]  # one marker only: the text after it is the lead's
    marker = _SITE_MARKER.match(text)
    if marker and _is_abbreviation(marker[1]):
        return text[marker.end() :]
    return text


def _is_abbreviation(word: str) -> bool:
    letters = sum(char.isalpha() for char in word)
    return (
        letters >= _SITE_MARKER_MIN_LETTERS
        and word == word.upper()
        and not any(char.isdigit() for char in word)
    )


def has_lead_prefix(text: str | None) -> bool:
    """Tell whether `text` opens with the `LSO-` marker."""
    return _LEAD_PREFIX.match(normalize(text)) is not None


_CLASS_WORD = re.compile(r"[-_]+")
# Class words that name nothing but a lead ("desc" may be a picture's description).
_LEAD_ONLY_WORD = re.compile(r"sapo|lead|summary|tom-?tat|chapeau|intro|excerpt", re.IGNORECASE)


# A description cut short by the CMS (a meta of 160 characters, often with "…") still names
# the lead when it opens it and is this long.
_CUT_DESCRIPTION_MIN_CHARS = 60
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")


def _is_description(text: str, description: str) -> bool:
    """Tell whether a paragraph's text is the declared description, whole or cut short."""
    if not description or not text:
        return False
    if text == description:
        return True
    cut = _ELLIPSIS.sub("", description)
    return len(cut) >= _CUT_DESCRIPTION_MIN_CHARS and len(cut) < len(text) and text.startswith(cut)


def _declares_description(element: HtmlElement) -> bool:
    # Microdata marks the summary shown under the headline `itemprop="description"`.
    return "description" in (element.get("itemprop") or "").lower().split()


_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")


def _set_apart_before_text(element: HtmlElement, block: HtmlElement) -> bool:
    """Tell whether an element outside the text, with no links, is the one right before it
    (or before the box that holds it)."""
    if is_inside(element, block) or element.find(".//a") is not None:
        return False
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following is not None and (following is block or is_inside(block, following))


def holds_time(element: HtmlElement) -> bool:
    """Tell whether an element holds a machine-readable `<time>` (a lead never does)."""
    return element.tag == "time" or element.find(".//time") is not None


def lead_between(page: Page, lead_class: re.Pattern[str]) -> HtmlElement | None:
    """Return a lead the general reader finds between the heading and the text: an element
    whose class words include a `lead_class` word, the declared description, an all-bold
    paragraph, or the headline's subtitle."""
    if page.heading is None or page.block is None:
        return None
    # The info row under the headline (the poster, a `<time>`) is never a summary.
    candidates = [e for e in between_heading_and_text(page) if not holds_time(e)]
    for element in candidates:
        words = {w for t in class_tokens(element) for w in _CLASS_WORD.split(t) if w}
        if follows_picture(element) and not any(_LEAD_ONLY_WORD.fullmatch(w) for w in words):
            continue  # the line right under a picture is its caption ("…_picture_desc")
        if (
            any(lead_class.fullmatch(word) for word in words)
            and element_text(element)
            and (not is_inside(element, page.block) or element.tag != "div")
        ):
            return element
    description = comparable(strip_lead_prefix(metadata(page).description))
    for element in candidates:
        text = element_text(element)
        if len(text) < 40 or (len(element) and has_block_child(element)):
            continue
        declared = _is_description(comparable(strip_lead_prefix(text)), description)
        if follows_picture(element) and not declared:
            continue
        if declared or _declares_description(element):
            return element
        if all_bold(element) and len(text) >= 60:
            return element
        if _set_apart_before_text(element, page.block) and _SENTENCE_END.search(text):
            return element  # a summary in a box of its own right over the text
        if (
            element.tag in ("h2", "h3")
            and len(text) >= 60
            and element.find(".//a") is None
            and page.heading.tag == "h1"
        ):
            return element  # the headline's subtitle
    return None


# "Tóm tắt", "Nội dung chính", "Summary": the title a summary box prints over the lead.
_SUMMARY_LABEL = re.compile(
    r"(?:tóm\s*tắt|tóm\s*lược|sapo|(?:nội\s*dung|ý|điểm)\s*chính|summary|abstract|tl;\s*dr)"
    r"(?:\s+(?:bài\s*viết|nội\s*dung))?\s*:?",
    re.IGNORECASE,
)
# Elements of the text block looked at for a summary box (it opens the text).
_SUMMARY_SCAN = 40
_SUMMARY_MIN_CHARS = 40


def drop_summary_label(block: HtmlElement) -> None:
    """Remove, in place, the title of a summary box opening the text ("<div><p>Tóm tắt</p>
    <p>LSO- …</p></div>", its lead perhaps read apart already): it names the lead below it
    and is no article text."""
    for seen, element in enumerate(block.iterdescendants()):
        if seen >= _SUMMARY_SCAN:
            return
        if not isinstance(element.tag, str) or len(element):
            continue
        box = element.getparent()
        if (
            box is None
            or box is block
            or element.getprevious() is not None
            or (box.text or "").strip()
            or not _SUMMARY_LABEL.fullmatch(element_text(element))
        ):
            continue
        rest = len(element_text(box)) - len(element_text(element))
        if rest == 0 or rest >= _SUMMARY_MIN_CHARS:
            element.drop_tree()  # (a box left with its title alone: the lead was read apart)
        return
