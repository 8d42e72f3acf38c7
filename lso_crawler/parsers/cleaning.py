"""Removing what is not article text from an article block: ads, related boxes, share bars."""

from __future__ import annotations

import re
from copy import deepcopy

from lxml.html import HtmlElement

from lso_crawler.parsers.document import BLOCK_TAGS, class_tokens

_DROP_TAGS = frozenset(
    {"audio", "button", "canvas", "embed", "form", "iframe", "input", "link", "meta"}
    | {"noscript", "object", "script", "select", "style", "svg", "template", "textarea", "video"}
)
_PAGE_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "header"})
# One class name or id that marks clutter; matched against the whole token.
_BOILERPLATE_TOKEN = re.compile(
    r"ads?|ads?[-_].*|.*[-_]ads?|advert.*|banner.*|quang-?cao.*|qc[-_].*"
    r"|.*related.*|.*lien-?quan.*|.*tin-?khac.*|other[-_]?news.*|.*cung-?chuyen-?muc.*"
    r"|.*share.*|.*social.*|.*sharing.*|print|print[-_].*|toolbar|tools?|article[-_]tools?"
    r"|comments?|comment[-_].*|.*binh-?luan.*|rating.*|vote.*"
    r"|tags?|tags?[-_].*|.*[-_]tags?|keywords?|tu-?khoa|breadcrumbs?|fb[-_].*|zalo.*"
    r"|most[-_]?(?:read|viewed?).*|xem-?nhieu.*|hidden|d-none",
    re.IGNORECASE,
)
# Page-level regions by class or id; only used to rule out where an article block may be.
_FURNITURE_TOKEN = re.compile(
    r"footer.*|.*[-_]footer|header|header[-_].*|masthead.*|top|top[-_]?bar|.*menu.*|nav|navbar|navigation|sidebar"
    r"|side[-_]?bar|col[-_]?right|right[-_]?col(?:umn)?|box[-_]?right|copyright|site[-_]?info",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A list whose text is nearly all link text is a list of other articles.
_LINK_LIST_SHARE = 0.8
# "Quảng cáo", "[Advertisement]", "- Quảng cáo -": the label an ad slot inside the text keeps
# when its ad is filled in by script or its banner (a picture linking away) is taken out.
_AD_LABEL = re.compile(
    r"^[\[(\-–—]?\s*(?:quảng\s*cáo|advertisement|advertising|sponsored|(?:nội\s*dung\s*)?tài\s*trợ)"
    r"\s*[\])\-–—]?$",
    re.IGNORECASE,
)


def is_ad_label(text: str | None) -> bool:
    """Tell whether a line (or a picture's alt text) only says "advertisement"."""
    return _AD_LABEL.match((text or "").strip()) is not None


def is_boilerplate(element: HtmlElement) -> bool:
    """Tell whether an element is clutter by its tag, class names, id or inline style."""
    if element.tag in _DROP_TAGS:
        return True
    if any(_BOILERPLATE_TOKEN.fullmatch(token) for token in class_tokens(element)):
        return True
    style = element.get("style")
    if not style:
        return False
    return _HIDDEN_STYLE.search(style) is not None


def is_page_furniture(element: HtmlElement) -> bool:
    """Tell whether an element is a page-level nav/header/footer/aside or a clutter box.

    Unlike `is_boilerplate`, tags such as <form> do not count: old ASP.NET pages wrap the
    whole page, article included, in one.
    """
    if element.tag in _PAGE_FURNITURE_TAGS:
        return True
    return any(
        _BOILERPLATE_TOKEN.fullmatch(token) or _FURNITURE_TOKEN.fullmatch(token)
        for token in class_tokens(element)
    )


def strip_boilerplate(block: HtmlElement) -> None:
    """Remove clutter from `block` in place, rejoining paragraphs an ad had split."""
    for child in list(block):
        if not isinstance(child.tag, str):
            continue
        if is_boilerplate(child) or _is_link_list(child):
            _remove(child)
        else:
            strip_boilerplate(child)


def copy_with(
    block: HtmlElement, inner: HtmlElement | None
) -> tuple[HtmlElement, HtmlElement | None]:
    """Return a deep copy of `block` and the copy of `inner` if it lies inside `block`."""
    duplicate, (found,) = copy_with_all(block, [inner])
    return duplicate, found


def copy_with_all(
    block: HtmlElement, inner: list[HtmlElement | None]
) -> tuple[HtmlElement, list[HtmlElement | None]]:
    """Return a deep copy of `block` and the copies of those `inner` elements inside it."""
    paths = [_path_within(block, element) for element in inner]
    duplicate = deepcopy(block)
    duplicate.tail = None
    found: list[HtmlElement | None] = []
    for path in paths:
        node: HtmlElement | None = None
        if path is not None:
            node = duplicate
            for index in reversed(path):
                node = node[index]
        found.append(node)
    return duplicate, found


def _path_within(block: HtmlElement, element: HtmlElement | None) -> list[int] | None:
    path: list[int] = []
    node = element
    while node is not None and node is not block:
        parent = node.getparent()
        if parent is None:
            return None
        path.append(parent.index(node))
        node = parent
    return path if node is block else None


def drop_through(element: HtmlElement, root: HtmlElement) -> None:
    """Remove `element` and everything before it inside `root`, keeping the text after it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    for sibling in list(element.itersiblings(preceding=True)):
        parent.remove(sibling)
    parent.remove(element)
    parent.text = tail
    node = parent
    while node is not root and (above := node.getparent()) is not None:
        for sibling in list(node.itersiblings(preceding=True)):
            above.remove(sibling)
        above.text = None
        node = above


def remove_rejoining(element: HtmlElement) -> None:
    """Remove `element` and its content, rejoining a paragraph it had split in two."""
    _remove(element)


def _remove(element: HtmlElement) -> None:
    previous = element.getprevious()
    if previous is not None and previous.tag == "p" and _paragraph_goes_on(element):
        _rejoin(previous, element)
    element.drop_tree()


def _paragraph_goes_on(element: HtmlElement) -> bool:
    # libxml2, like browsers, closes a <p> when a <div> opens inside it; an ad placed
    # mid-paragraph thus leaves the rest of the paragraph as loose text after the ad.
    if element.tail and element.tail.strip():
        return True
    following = element.getnext()
    return following is not None and following.tag not in BLOCK_TAGS


def _rejoin(paragraph: HtmlElement, element: HtmlElement) -> None:
    tail, element.tail = element.tail, None
    if tail:
        last = paragraph[-1] if len(paragraph) else None
        if last is not None:
            last.tail = (last.tail or "") + tail
        else:
            paragraph.text = (paragraph.text or "") + tail
    following = element.getnext()
    while following is not None and (
        not isinstance(following.tag, str) or following.tag not in BLOCK_TAGS
    ):
        paragraph.append(following)
        following = element.getnext()


def _is_link_list(element: HtmlElement) -> bool:
    if element.tag not in ("ul", "ol"):
        return False
    links = element.findall(".//a")
    if len(links) < 2:
        return False
    text_length = len("".join(element.itertext()).strip())
    link_length = sum(len("".join(link.itertext()).strip()) for link in links)
    return text_length > 0 and link_length >= _LINK_LIST_SHARE * text_length


def in_page_furniture(element: HtmlElement) -> bool:
    """Tell whether the element or one of its ancestors is page furniture."""
    return is_page_furniture(element) or any(
        is_page_furniture(ancestor) for ancestor in element.iterancestors()
    )


# A field row: a label ("Nguồn tin:", "Lượt xem:") in one element and its value in the block
# element after it, as a CMS's attribute display prints them; read as one line, not two.
_FIELD_LABEL_MAX_CHARS = 30
_FIELD_ROW_MAX_CHARS = 100
_FIELD_ROW_TAGS = frozenset({"div", "p", "li", "dd", "dl", "section"})


def is_field_row(row: HtmlElement) -> bool:
    """Tell whether a box is a label-and-value row: only a short label ending in a colon
    and one block element with a short value, no picture ("<span>Nguồn tin:</span>
    <div>Báo Lạng Sơn</div>")."""
    if row.tag not in _FIELD_ROW_TAGS or len(row) < 2 or (row.text or "").strip():
        return False  # cheaply first: most boxes hold text of their own or one child
    children = [child for child in row if isinstance(child.tag, str)]
    if len(children) != 2:
        return False
    label, value = children
    label_text = " ".join(label.text_content().split())
    if (
        not label_text.endswith(":")
        or len(label_text) > _FIELD_LABEL_MAX_CHARS
        or value.tag not in BLOCK_TAGS
        or len(value)
        or (label.tail or "").strip()
        or (label.tag in BLOCK_TAGS and len(label))
    ):
        return False
    return len(" ".join(row.text_content().split())) <= _FIELD_ROW_MAX_CHARS


def join_field_rows(root: HtmlElement) -> None:
    """Make the value element of each label-and-value row inline, in place, so that the row
    reads as one line ("Nguồn tin: Báo Lạng Sơn"): a box holding only a short label ending
    in a colon and one block element with a short value, no picture."""
    for row in list(root.iter(*_FIELD_ROW_TAGS)):
        if len(row) < 2 or (row.text or "").strip() or not is_field_row(row):
            continue
        label, value = (child for child in row if isinstance(child.tag, str))
        if label.tag in BLOCK_TAGS:
            label.tag = "span"
        value.tag = "span"
        label.tail = " "


# An icon (an eye, a heart, a speech bubble) and a number: a counter of views, likes or
# comments, whose words the icon stands for.
_BARE_COUNT = re.compile(r"^\d[\d.,]*\s*[kKmM]?$")
_ICON_TAGS = frozenset({"i", "svg", "span", "em"})  # never a picture: it may be a photo
_COUNTER_TAGS = ("span", "div", "p", "li", "small", "a", "button")


def drop_icon_counters(root: HtmlElement) -> None:
    """Remove, in place, each box holding only an empty icon element and a number."""
    for box in list(root.iter(*_COUNTER_TAGS)):
        if not 0 < len(box) <= 2 or (box.text or "").strip() or box is root:
            continue  # cheaply first: a counter opens with its icon
        if box.getparent() is None:
            continue
        icons = [child for child in box if isinstance(child.tag, str)]
        if not icons or any(
            icon.tag not in _ICON_TAGS or " ".join(icon.text_content().split()) for icon in icons
        ):
            continue
        text = " ".join(box.text_content().split())
        if _BARE_COUNT.match(text):
            remove_rejoining(box)
