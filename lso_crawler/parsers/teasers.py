"""Recognising what presents another article inside or beside the text: teaser cards (a
picture and a headline linking to the same article, a summary, a time) and "see also" lines
(`>> Xem thêm: <a>…</a>`, a lone link to another page), by structure, not class names.

Settings:
    TEASER_MAX_CHARS: most text a teaser card (its label, headline, summary, time) holds;
        a box with more is article text with a picture in it.
    SEE_ALSO_MAX_CHARS: longest line read as a "see also" line.
    MAX_PICTURE_LINKS: pictures inside links looked at per page (bounded work).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from lxml.etree import XPath
from lxml.html import HtmlElement

TEASER_MAX_CHARS = 600
SEE_ALSO_MAX_CHARS = 300
MAX_PICTURE_LINKS = 500
# A headline's link text is at least this long (a byline or a "more" button is shorter).
_HEADLINE_MIN_CHARS = 15
_HEADLINE_MIN_WORDS = 4
_CARD_LEVELS = 4
# What may sit beside a card in its box: a label ("Tin liên quan"), a time, a category.
_LABEL_MAX_CHARS = 60
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#].*)?$", re.IGNORECASE)
# What a "see also" line says besides its link: arrows and marks, and a label such as
# "Xem thêm:", "Đọc thêm", "Tin liên quan", "Mời xem".
_SEE_ALSO_LABEL = re.compile(
    r"^[\W_]*(?:(?:xem|đọc)\s+(?:thêm|tiếp|lại)(?:\s+\w+){0,2}"
    r"|(?:tin|bài)(?:\s+bài)?\s+liên\s+quan"
    r"|tin\s+(?:cùng\s+chuyên\s+mục|khác|mới)(?:\s+trong\s+(?:số|bản\s+tin|kỳ)\s+này)?|có\s+thể\s+bạn\s+(?:quan\s+tâm|muốn\s+đọc)"
    r"|mời\s+(?:\w+\s+){0,3}(?:xem|đọc|theo\s+dõi)(?:\s+\w+){0,2}"
    r"|liên\s+quan|see\s+also|read\s+more|related)?[\W_]*$",
    re.IGNORECASE,
)
_HEADING = "self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
# A card's anchor: a link around a picture, or a headline link (in or around a heading).
_CARD_LINKS = XPath(
    "descendant::a[@href][descendant::img or descendant::amp-img or descendant::picture"
    f" or descendant::*[{_HEADING}] or ancestor::*[position() <= 2][{_HEADING}]]"
)
# Pictures outside links (a card's thumbnail the card's headline link does not wrap).
_LOOSE_PICTURES = XPath(
    "descendant::*[self::img or self::amp-img or self::picture][not(ancestor::a)]"
)
_TEXT_OUTSIDE_LINKS = XPath("descendant-or-self::text()[not(ancestor::a)]")


def leads_away(href: str | None) -> bool:
    """Tell whether a link leads to another page (not a picture file, an anchor or a script)."""
    href = (href or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(("javascript:", "mailto:")):
        return False
    return not _IMAGE_FILE.search(href)


def teaser_cards(root: HtmlElement) -> list[HtmlElement]:
    """Return the teaser cards under `root` (never `root` itself): around each picture or
    heading inside a link to another page, with a headline linking there (the picture's
    link or one beside it), the box up to its headline and summary, widened by what only
    labels it (a "Tin liên quan" title, a time); at most TEASER_MAX_CHARS of text and no
    link to another article's card."""
    cards: list[HtmlElement] = []
    seen: set[HtmlElement] = set()
    lengths: dict[HtmlElement, int] = {}  # cards in one list share their ancestors
    for count, link in enumerate(_card_links(root)):
        if count >= MAX_PICTURE_LINKS:
            break
        if link in seen:
            continue
        target = _target(link.get("href"))
        headline = _is_headline(link)  # the headline is the link's own text
        picture = _is_picture_link(link)
        if not picture and not headline:
            continue
        card = None
        node = link
        size = _text_length(link, lengths)
        for _ in range(_CARD_LEVELS):
            parent = node.getparent()
            if parent is None or parent is root:
                break
            parent_size = _text_length(parent, lengths)
            if parent_size > TEASER_MAX_CHARS:
                break
            if card is not None and parent_size - size > _LABEL_MAX_CHARS:
                break  # beyond the card: article text around it
            if any(_target(a.get("href")) != target for a in _card_links(parent)):
                break  # a list of cards: each card is its own
            node, size = parent, parent_size
            # A headline link alone makes a card only with more in it (a summary, a time).
            if (card is not None or headline or _has_headline_link(node, target)) and (
                picture or not _is_heading_of(node, link)
            ):
                card = node
        if card is None and headline and picture:
            card = link
        if card is not None:
            cards.append(card)
            seen.update(card.iter("a"))
    for count, picture in enumerate(_LOOSE_PICTURES(root)):
        if count >= MAX_PICTURE_LINKS:
            break
        card = _picture_card(picture, root, lengths)
        if card is not None and not any(card is c or _holds(c, card) for c in cards):
            cards.append(card)
    return cards


def _picture_card(
    picture: HtmlElement, root: HtmlElement, lengths: dict[HtmlElement, int]
) -> HtmlElement | None:
    # A picture outside any link beside one headline link to another page, with nothing
    # else in their box but a label ("Đọc thêm"): a card whose thumbnail is not linked.
    node = picture
    for _ in range(_CARD_LEVELS):
        parent = node.getparent()
        if parent is None or parent is root or _text_length(parent, lengths) > TEASER_MAX_CHARS:
            return None
        links = [a for a in parent.iter("a") if leads_away(a.get("href"))]
        if links:
            if (
                len({_target(a.get("href")) for a in links}) != 1
                or not any(_is_headline(a) for a in links)
                or any(next(a.iterancestors("figcaption"), None) is not None for a in links)
                or sum(1 for _ in parent.iter("img", "amp-img")) > 1
            ):
                return None
            outside = " ".join("".join(_TEXT_OUTSIDE_LINKS(parent)).split())
            return parent if _SEE_ALSO_LABEL.match(outside) else None
        node = parent
    return None


def _holds(container: HtmlElement, element: HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def is_see_also_line(element: HtmlElement) -> bool:
    """Tell whether a short line is a pointer to other articles: its text outside its links
    is only marks and a "see also" label, its links lead to other pages, and either the
    label is there or the link reads like a headline."""
    links = [a for a in element.iter("a") if leads_away(a.get("href"))]
    if not links or element.find(".//img") is not None:
        return False
    text = " ".join(element.text_content().split())
    if not text or len(text) > SEE_ALSO_MAX_CHARS:
        return False
    outside = " ".join("".join(_TEXT_OUTSIDE_LINKS(element)).split())
    if not _SEE_ALSO_LABEL.match(outside):
        return False
    if any(char.isalpha() for char in outside):
        return True  # "Xem thêm: …"
    linked = " ".join(links[0].text_content().split())
    return len(linked) >= _HEADLINE_MIN_CHARS and len(linked.split()) >= _HEADLINE_MIN_WORDS


def is_label_line(element: HtmlElement) -> bool:
    """Tell whether an element is only a "see also" label ("Tin liên quan:", "Đọc thêm"),
    the title of the list or card that follows it."""
    if element.find(".//a") is not None or element.find(".//img") is not None:
        return False
    text = " ".join(element.text_content().split())
    return (
        0 < len(text) <= _LABEL_MAX_CHARS
        and any(char.isalpha() for char in text)
        and _SEE_ALSO_LABEL.match(text) is not None
    )


def _card_links(root: HtmlElement) -> Iterator[HtmlElement]:
    for link in _CARD_LINKS(root):
        if leads_away(link.get("href")):
            yield link


def _is_picture_link(link: HtmlElement) -> bool:
    return any(True for _ in link.iter("img", "amp-img", "picture"))


def _is_heading_of(node: HtmlElement, link: HtmlElement) -> bool:
    # The node is the headline itself (a heading, or a box holding only the link's text).
    return node.tag in ("h2", "h3", "h4", "h5", "h6") or (
        _text_length(node, {}) == _text_length(link, {})
    )


def _target(href: str | None) -> str:
    return (href or "").strip().split("#", 1)[0].rstrip("/")


def _has_headline_link(box: HtmlElement, target: str) -> bool:
    return any(_target(a.get("href")) == target and _is_headline(a) for a in box.iter("a"))


def _is_headline(link: HtmlElement) -> bool:
    text = " ".join(link.text_content().split())
    return len(text) >= _HEADLINE_MIN_CHARS and len(text.split()) >= _HEADLINE_MIN_WORDS


def _text_length(element: HtmlElement, known: dict[HtmlElement, int]) -> int:
    # Stops reading once past the limit: a page-sized box costs no more than a card.
    if element in known:
        return known[element]
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > TEASER_MAX_CHARS:
            break
    known[element] = total
    return total


_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


_LINE_TAGS = frozenset({"p", "div"})
_HEADLINE_HOLDERS = _HEADING_TAGS | _LINE_TAGS
_BOLD = frozenset({"b", "strong"})


def is_linked_headline(element: HtmlElement) -> bool:
    """Tell whether an element is a heading whose text is wholly a headline link to another
    page (a list of other articles: "<h3><a href=…>Headline</a></h3>"), or a line that is
    only such a link set in bold ("<p><a href=…><strong>Headline</strong></a></p>")."""
    if element.tag in _LINE_TAGS:
        if not is_bold_link_line(element):
            return False
    elif element.tag not in _HEADING_TAGS:
        return False
    links = [a for a in element.iter("a") if leads_away(a.get("href"))]
    if len(links) != 1 or not _is_headline(links[0]):
        return False
    return "".join("".join(_TEXT_OUTSIDE_LINKS(element)).split()) == ""


def is_bold_link_line(element: HtmlElement) -> bool:
    """Tell cheaply whether a line holds only one bold link ("<p><a><b>…</b></a></p>",
    "<p><strong><a>…</a></strong></p>"), before its text is looked at."""
    if len(element) != 1 or (element.text or "").strip():
        return False
    child = element[0]
    if (child.tail or "").strip() or len(child) != 1 or (child.text or "").strip():
        return False
    inner = child[0]
    return (child.tag == "a" and inner.tag in _BOLD) or (child.tag in _BOLD and inner.tag == "a")


def _teaser_list_headline(element: HtmlElement) -> bool:
    # A linked headline among others in one box: one linked subheading in a text is no
    # list of other articles.
    if element.getparent() is None or not is_linked_headline(element):
        return False
    # The nearest siblings first, stopping at the first other linked headline found.
    for sibling in chain(element.itersiblings(preceding=True), element.itersiblings()):
        if sibling.tag in _HEADLINE_HOLDERS and is_linked_headline(sibling):
            return True
    return False


def _is_summary(element: HtmlElement) -> bool:
    # A paragraph, or a box of text with no paragraphs or boxes inside.
    if element.tag == "p":
        return True
    return element.tag == "div" and not any(
        isinstance(child.tag, str) and child.tag in ("p", "div", "ul", "ol", "table")
        for child in element
    )


def follows_linked_headline(element: HtmlElement) -> bool:
    """Tell whether a paragraph comes right after a linked headline of a list of them:
    that other article's summary in a flat list of teasers (headline, summary …)."""
    if not _is_summary(element) or _text_length(element, {}) > TEASER_MAX_CHARS:
        return False  # a teaser's summary is short; a long paragraph is text
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous is not None and _teaser_list_headline(previous)


def flat_teasers(root: HtmlElement) -> list[HtmlElement]:
    """Return the linked headlines under `root` and the summary paragraph after each, the
    pieces of a teaser list written without a box per card."""
    found: list[HtmlElement] = []
    holders: list[HtmlElement] = []
    for link in root.iter("a"):  # from the links: a long text has few
        holder = link.getparent()
        for _ in range(2):  # "<h3><span><a>", "<p><strong><a>"
            if holder is None or holder.tag in _HEADLINE_HOLDERS:
                break
            holder = holder.getparent()
        if (
            holder is not None
            and holder.tag in _HEADLINE_HOLDERS
            and holder is not root
            and (not holders or holders[-1] is not holder)
        ):
            holders.append(holder)
    for heading in holders:
        if not _teaser_list_headline(heading):
            continue
        found.append(heading)
        following = heading.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if (
            following is not None
            and _is_summary(following)
            and _text_length(following, {}) <= TEASER_MAX_CHARS
            and following.find(".//img") is None
        ):
            found.append(following)
    return found
