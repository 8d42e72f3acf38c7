"""Finding a page's main text block by text density, and clearing what is not article text
out of it by structure (link density, forms, empty boxes), not by class names.

Settings:
    MIN_UNIT_CHARS: shortest run of text counted as a paragraph of the main text.
    MAX_UNITS: paragraphs scored per page (bounded work on huge pages).
    MAX_SCANNED_ELEMENTS: paragraph-holder elements (p, div, td, li, ...) walked to find
        them (a page of 100,000 list items stops there).
    LINK_SHARE_DROP: a box whose text is at least this share of link text, with two links
        or more, is navigation, a related list, tags or a share bar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.chrome import CHROME_TAGS, in_chrome
from lso_crawler.parsers.cleaning import is_ad_label, remove_rejoining
from lso_crawler.parsers.document import BLOCK_TAGS
from lso_crawler.parsers.teasers import (
    SEE_ALSO_MAX_CHARS,
    TEASER_MAX_CHARS,
    flat_teasers,
    follows_linked_headline,
    is_bold_link_line,
    is_label_line,
    is_see_also_line,
    leads_away,
    teaser_cards,
)

MIN_UNIT_CHARS = 25
MAX_UNITS = 5_000
MAX_SCANNED_ELEMENTS = 15_000
LINK_SHARE_DROP = 0.5
_LINK_SHARE_PARAGRAPH = 0.8
# Paragraph holders: <p>, and containers with text of their own (editor <div> paragraphs,
# <br>-separated lines in a table cell), found from their text nodes: one cheap test per
# text node instead of a text() predicate per element.
# Walked lazily in document order, so a page of 100,000 links stops at the bounds instead
# of listing every node first (an XPath does).
_UNIT_PARENTS = frozenset(
    {"div", "td", "section", "article", "blockquote", "dd", "li", "font", "center"}
)
_XML_SPACE = " \t\r\n"
_PARAGRAPHS = XPath("/html/body/descendant::p")
_INLINE_TEXT_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "span", "font", "u", "sup", "sub", "small", "big", "mark"}
    | {"abbr", "cite", "q", "time", "code", "s", "strike", "ins", "del", "label"}
)
_DROP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "form", "button", "input", "select"}
    | {"textarea", "nav", "aside", "footer", "svg", "video", "audio", "object", "embed"}
    | {"canvas", "link", "meta", "menu", "dialog"}
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#].*)?$", re.IGNORECASE)


def main_block(doc: HtmlElement) -> HtmlElement | None:
    """Return the element holding most of the page's paragraph text (links discounted)."""
    return scored_main_block(doc)[0]


def scored_main_block(doc: HtmlElement) -> tuple[HtmlElement | None, bool]:
    """Like `main_block`, and whether MAX_UNITS stopped the scoring before the page's end
    (the block's text is still read whole; only the choice saw part of the page)."""
    block, capped = _scored_block(doc, set())
    body = doc.find("body")
    if block is not None and body is not None and _is_teasers(block):
        # Other articles' summaries in teaser cards are no text of this page: a short
        # article loses to a list of them unless they are left out.
        block, capped = _scored_block(doc, set(teaser_cards(body)))
    return block, capped


def _is_teasers(block: HtmlElement) -> bool:
    # Looking at the chosen block only (not every thumbnail of the page) keeps this cheap.
    scope = block
    for _ in range(_TEASER_SCOPE_LEVELS):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html") or _text_over(parent):
            break  # a card holding the block is no bigger than a card
        scope = parent
    cards = teaser_cards(scope)
    if any(_holds(card, block) or card is block for card in cards):
        return True
    inside = [card for card in cards if _holds(block, card)]
    if not inside:
        return False
    carded = sum(len(card.text_content()) for card in inside)
    return carded * 2 >= len(block.text_content())


def _text_over(element: HtmlElement) -> bool:
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > TEASER_MAX_CHARS:
            return True
    return False


# Levels above the chosen block searched for teaser cards that hold it.
_TEASER_SCOPE_LEVELS = 3


def _scored_block(doc: HtmlElement, cards: set[HtmlElement]) -> tuple[HtmlElement | None, bool]:
    scores: dict[HtmlElement, float] = {}
    direct: dict[HtmlElement, float] = {}  # each unit's score once, at its own holder
    outside: dict[HtmlElement, bool] = dict.fromkeys(cards, True)
    capped = False
    for count, unit in enumerate(_units(doc)):
        if count >= MAX_UNITS or unit is None:
            capped = True
            break
        parent = unit.getparent()
        if parent is None:
            continue
        if in_chrome(parent, outside) or unit.tag in CHROME_TAGS or unit in cards:
            continue
        previous = unit.getprevious()
        if (
            previous is not None
            and (previous.tag in _HEADINGS or is_bold_link_line(previous))
            and follows_linked_headline(unit)
        ):
            continue  # another article's summary under its linked headline
        length, linked = own_text(unit)
        if length < MIN_UNIT_CHARS:
            continue
        score = length * (1.0 - linked / length)
        holders: tuple[HtmlElement, HtmlElement | None]
        if unit.tag != "p" and _has_line_breaks(unit):
            holders = (unit, parent)  # text in <br> lines: the unit itself is the block
        else:
            holders = (parent, parent.getparent())
        for holder, share in zip(holders, (1.0, 0.5), strict=False):
            if holder is not None and holder.tag not in ("html", "body"):
                scores[holder] = scores.get(holder, 0.0) + score * share
        direct[holders[0]] = direct.get(holders[0], 0.0) + score
    if not scores:
        return None, capped
    return _with_split_bodies(scores, direct), capped


def _with_split_bodies(
    scores: dict[HtmlElement, float], direct: dict[HtmlElement, float]
) -> HtmlElement:
    # A body split into boxes of one shape scores each box alone, while a teaser list one
    # level deeper pools its items at its own holder: among the best few blocks, one that
    # widens to its split body is weighed by all the text of its boxes.
    best = sorted(scores, key=scores.__getitem__, reverse=True)[:_SPLIT_BODY_CANDIDATES]
    widened = {block: whole_split_body(block) for block in best}
    if all(whole is block for block, whole in widened.items()):
        return best[0]
    totals = {whole: 0.0 for block, whole in widened.items() if whole is not block}
    for holder, score in direct.items():
        for ancestor in (holder, *holder.iterancestors()):
            if ancestor in totals:
                totals[ancestor] += score
    weight = {
        block: totals.get(whole, scores[block])
        for rank, (block, whole) in enumerate(widened.items())
        # A widening that holds a better block is that block's wrapper, not a split body.
        if whole is block or not any(_holds(whole, better) for better in best[:rank])
    }
    return widened[max(weight, key=weight.__getitem__)]


# Levels climbed from the densest block looking for sibling text boxes of the same shape.
_SPLIT_BODY_LEVELS = 3
_SPLIT_BODY_MAX_STEPS = 12
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# The best blocks by score that are checked for a split body.
_SPLIT_BODY_CANDIDATES = 3
# Boxes with this share of link text or more are teasers or menus, never pieces of a body.
_SPLIT_BODY_LINK_SHARE = 0.3


def whole_split_body(block: HtmlElement) -> HtmlElement:
    """Return the container of a body split into repeated boxes (rich-text boxes between
    picture sections: the body is all of them), else `block` itself.

    A box's shape is its tag and class attribute: the text is split when the block (or one
    of its nearest ancestors) has a sibling of the same shape holding paragraph text.
    """
    node = block
    if not _could_be_body_box(block):
        return block
    levels = 0
    for _ in range(_SPLIT_BODY_MAX_STEPS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or levels >= _SPLIT_BODY_LEVELS:
            break
        if sum(1 for child in parent if isinstance(child.tag, str)) > 1:
            levels += 1  # a wrapper around one child only (a layout table's cell) is no level
        shape = (node.tag, node.get("class"))
        if shape[1] and _could_be_body_box(node):
            for sibling in parent:
                if (
                    sibling is not node
                    and sibling.tag == shape[0]
                    and sibling.get("class") == shape[1]
                    and _paragraph_chars(sibling) >= MIN_UNIT_CHARS
                    and _could_be_body_box(sibling)
                ):
                    return parent
        if _split_by_pictures(node):
            return parent
        node = parent
    return block


# Most text a box may hold to be a picture with its caption (not a piece of the body).
_PICTURE_BOX_MAX_CHARS = 300
# An embedded player splits a body as a picture does ("<div>text</div><div><iframe …>
# </div><div>text</div>"): the text goes on after the video.
_PICTURE_TAGS = ("img", "picture", "figure", "amp-img", "video", "audio", "iframe", "embed")
_PICTURES_BETWEEN = 2


def _split_by_pictures(node: HtmlElement) -> bool:
    # A body whose boxes carry no class (or numbered ones: the same first class) is split
    # where a picture (or player) box stands between two boxes of one shape holding text
    # ("<div>text</div><div><img>…</div><div>text</div>"): the picture is the evidence a
    # class gives.
    shape = _first_class(node)
    for direction in (True, False):
        between: list[HtmlElement] = []
        for sibling in node.itersiblings(preceding=direction):
            if not isinstance(sibling.tag, str):
                continue
            if (
                sibling.tag == node.tag
                and _first_class(sibling) == shape
                and not (len(between) < _PICTURES_BETWEEN and _is_picture_box(sibling))
            ):
                if (
                    between
                    and all(_is_picture_box(box) for box in between)
                    and len(" ".join(sibling.text_content().split())) >= 2 * MIN_UNIT_CHARS
                    and _could_be_body_box(sibling)
                ):
                    return True
                break
            between.append(sibling)
            if len(between) > _PICTURES_BETWEEN:
                break
    return False


def _first_class(element: HtmlElement) -> str:
    # "text w-1" and "text w-2" are one shape; so are two boxes without a class.
    classes = (element.get("class") or "").split()
    return classes[0] if classes else ""


def _is_picture_box(element: HtmlElement) -> bool:
    total = 0
    for text in element.itertext():  # first: a big box stops early
        total += len(text.strip())
        if total > _PICTURE_BOX_MAX_CHARS:
            return False
    if next(element.iter(*_PICTURE_TAGS), None) is None:
        return False
    return not any(leads_away(a.get("href")) for a in element.iter("a"))


def _could_be_body_box(element: HtmlElement) -> bool:
    # Teaser cards repeat a shape too, but each has its own headline, mostly a link.
    if any(True for _ in element.iter(*_HEADINGS)):
        return False
    return _linked_share(element) < _SPLIT_BODY_LINK_SHARE


def _holds(container: HtmlElement, element: HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _linked_share(element: HtmlElement) -> float:
    total = len(element.text_content())
    linked = sum(len(link.text_content()) for link in element.iter("a"))
    return linked / total if total else 1.0


def _paragraph_chars(element: HtmlElement) -> int:
    total = 0
    for paragraph in element.iter("p"):
        length, linked = own_text(paragraph)
        total += length - linked
    return total


def _units(doc: HtmlElement) -> Iterator[HtmlElement | None]:
    """Yield the paragraph holders under <body> in document order: every <p>, and the
    containers with text of their own (editor <div> paragraphs, <br> lines in a cell);
    None when MAX_SCANNED_ELEMENTS were walked before the page's end."""
    body = doc.find("body")
    if body is None:
        return
    # Only the candidate tags are visited (libxml2 filters them), each test in Python.
    for seen, element in enumerate(body.iter("p", *_UNIT_PARENTS)):
        if seen >= MAX_SCANNED_ELEMENTS:
            yield None
            return
        if element is body:
            continue
        if element.tag == "p" or (
            (element.text or "").strip(_XML_SPACE)
            or any((child.tail or "").strip(_XML_SPACE) for child in element)
            or (len(element) > 2 and element.find("br") is not None and _inline_lines(element))
            or (len(element) == 1 and element.tag == "div" and _one_run(element[0]))
        ):
            yield element


def _inline_lines(element: HtmlElement) -> bool:
    # Lines of styled runs parted by <br>s ("<div><span>…</span><br><br><span>…</span>"):
    # the text is the container's own even though no text node sits directly in it.
    has_break = has_run = False
    for child in element:
        tag = child.tag
        if tag == "br":
            has_break = True
        elif not isinstance(tag, str):
            continue  # a comment
        elif tag in _INLINE_TEXT_TAGS:
            has_run = True
        else:
            return False  # a box of blocks: its own children are the paragraphs
        if has_break and has_run:
            return True
    return False


def _one_run(child: HtmlElement) -> bool:
    # An editor line wrapped whole in one styled run ("<div><span style=…>…</span></div>",
    # a note or mail editor's paragraph): the div is the paragraph, not a box.
    # An all-bold line is a lead, a heading or a credit; a hidden one is no text at all.
    return (
        child.tag != "a"
        and not (child.tail or "").strip(_XML_SPACE)
        and not _HIDDEN_STYLE.search(child.get("style") or "")
        and not _all_bold(child)
        and _inline_run(child, _RUN_DEPTH)
        and bool(child.text_content().strip(_XML_SPACE))
    )


def _all_bold(run: HtmlElement) -> bool:
    while run.tag not in ("b", "strong"):
        if len(run) != 1 or (run.text or "").strip(_XML_SPACE):
            return False
        run = run[0]
    return True


# How deep runs may nest in a one-run line (`<span><b><i>…`); deeper is a box's content.
_RUN_DEPTH = 3
_RUN_CHILDREN = 4


def _inline_run(element: HtmlElement, depth: int) -> bool:
    tag = element.tag
    if not isinstance(tag, str) or tag not in _INLINE_TEXT_TAGS or len(element) > _RUN_CHILDREN:
        return False
    if not len(element):
        return True
    return depth > 1 and all(
        child.tag == "br" or _inline_run(child, depth - 1)
        for child in element
        if isinstance(child.tag, str)
    )


def main_text_chars(doc: HtmlElement) -> int:
    """Return a quick estimate of the page's main text: the most non-link <p> text that
    one element holds directly (page furniture excluded)."""
    scores: dict[HtmlElement, int] = {}
    for count, paragraph in enumerate(_PARAGRAPHS(doc)):
        if count >= MAX_UNITS:
            break
        length, linked = own_text(paragraph)
        parent = paragraph.getparent()
        if length - linked >= MIN_UNIT_CHARS and parent is not None:
            scores[parent] = scores.get(parent, 0) + length - linked
    for parent in sorted(scores, key=scores.__getitem__, reverse=True)[:3]:
        if not in_chrome(parent):
            return scores[parent]
    return 0


def own_text(element: HtmlElement) -> tuple[int, int]:
    """Return the length of the text directly in `element` and its inline children, and how
    much of it is link text."""
    length = len((element.text or "").strip())
    linked = length if element.tag == "a" else 0
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag in _INLINE_TEXT_TAGS:
            text_length = len(child.text_content().strip())
            length += text_length
            if tag == "a":
                linked += text_length
            else:
                linked += sum(len(a.text_content().strip()) for a in child.iter("a"))
        length += len((child.tail or "").strip())
    return length, min(linked, length)


def clear_non_article(block: HtmlElement) -> None:
    """Remove from `block`, in place, what is not article text: scripts, forms, hidden
    elements, link lists and boxes, image ads, and boxes left empty."""
    for card in [*teaser_cards(block), *flat_teasers(block)]:
        if card.getparent() is not None:
            _remove_with_label(card)
    sizes = _text_sizes(block)
    for element in list(block.iter()):
        if element is block or not isinstance(element.tag, str):
            continue
        if element.getparent() is None:
            continue  # already removed with an ancestor
        if element.tag in _PLAYERS:
            element = _player_box(element, block)
            remove_rejoining(element)
        elif _should_drop(element, sizes):
            if sizes.links.get(element, 0):
                _remove_with_label(element)
            else:
                remove_rejoining(element)
    filled: dict[HtmlElement, bool] = {}
    for element in reversed(list(block.iter())):
        if element is block or not isinstance(element.tag, str):
            continue
        # Children come before their parent here, so whether a box holds anything is
        # known from its children: one pass instead of a text_content() per box.
        full = bool((element.text or "").strip()) or element.tag in ("img", "amp-img")
        for child in element:
            if full:
                break
            full = bool((child.tail or "").strip()) or filled.get(child, False)
        filled[element] = full
        if not full and element.tag in BLOCK_TAGS and element.tag not in _KEPT_EMPTY:
            remove_rejoining(element)
    for element in list(block.iter(*_LINE_TAGS)):
        # "Tin liên quan" left last in its box once the cards after it were taken out: a
        # label of nothing, which would otherwise end the text in the middle.
        if (
            element is not block
            and element.getnext() is None
            and sizes.raw.get(element, SEE_ALSO_MAX_CHARS) < SEE_ALSO_MAX_CHARS
            and not (element.tail or "").strip()
            and element.getparent() is not None
            and is_label_line(element)
        ):
            remove_rejoining(element)


_KEPT_EMPTY = frozenset({"td", "th", "tr", "tbody"})


# An embedded player, and the most text its box may hold besides it ("Nghe bài viết",
# "00:00", "Video"): the player's own label and controls.
_PLAYERS = frozenset({"audio", "video", "iframe", "object", "embed"})
_PLAYER_LABEL_MAX_CHARS = 40


def _player_box(player: HtmlElement, block: HtmlElement) -> HtmlElement:
    box = player
    for parent in player.iterancestors():
        if parent is block or parent.getparent() is None or parent.find(".//img") is not None:
            break
        if len(" ".join(parent.text_content().split())) > _PLAYER_LABEL_MAX_CHARS:
            break
        box = parent
    return box


def _remove_with_label(element: HtmlElement) -> None:
    # "Tin liên quan:" left alone on its line once its list is gone would end the text.
    label = element.getprevious()
    if label is not None and isinstance(label.tag, str) and is_label_line(label):
        remove_rejoining(label)
    remove_rejoining(element)


# Elements that can be one line of text pointing elsewhere ("Xem thêm: …").
_LINE_TAGS = frozenset({"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote"})


class _Sizes:
    """Per element of a block: its text length (whitespace included), and the number and
    stripped text length of the links under it, computed in one pass from the leaves."""

    def __init__(self) -> None:
        self.raw: dict[HtmlElement, int] = {}
        self.links: dict[HtmlElement, int] = {}  # links under the element, itself included
        self.linked: dict[HtmlElement, int] = {}


def _text_sizes(block: HtmlElement) -> _Sizes:
    sizes = _Sizes()
    raw, links, linked = sizes.raw, sizes.links, sizes.linked
    for element in reversed(list(block.iter())):
        if not isinstance(element.tag, str):
            continue
        length = len(element.text or "")
        count = linked_length = 0
        for child in element:
            length += len(child.tail or "")
            if isinstance(child.tag, str):
                length += raw[child]
                count += links[child]
                linked_length += linked[child]
        raw[element] = length
        if element.tag == "a":
            links[element] = count + 1
            linked[element] = len(element.text_content().strip())
        else:
            links[element] = count
            linked[element] = linked_length
    return sizes


def _should_drop(element: HtmlElement, sizes: _Sizes | None = None) -> bool:
    tag = element.tag
    if tag in _DROP_TAGS:
        return True
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if (
        tag in _LINE_TAGS
        and sizes is not None
        and sizes.links.get(element, 0) > 0
        and sizes.raw.get(element, 0) <= 2 * SEE_ALSO_MAX_CHARS
        and is_see_also_line(element)
    ):
        return True
    if tag == "img" and (is_banner(element) or is_labelled_ad(element)):
        return True
    if tag == "a" and element.find(".//img") is not None:
        # A picture that links away is an ad or a teaser; article photos link to the file.
        return links_away(element.get("href"))
    if tag in ("ul", "ol", "div", "section", "table", "p", "dl", "span"):
        share = _LINK_SHARE_PARAGRAPH if tag == "p" else LINK_SHARE_DROP
        if sizes is not None and element in sizes.raw:
            count = sum(sizes.links[c] for c in element if isinstance(c.tag, str))
            if count < 2:
                return False
            linked = sum(sizes.linked[c] for c in element if isinstance(c.tag, str))
            raw = sizes.raw[element]
            if raw >= 2000 and linked < 0.5 * share * raw:
                # Mostly plain text: only ends of whitespace longer than half of it could
                # change the answer, so the exact (costly) length is not needed.
                return False
            text = len(element.text_content().strip())
            return text == 0 or linked >= share * text
        links = element.findall(".//a")
        if len(links) < 2:
            return False
        text = len(element.text_content().strip())
        linked = sum(len(link.text_content().strip()) for link in links)
        return text == 0 or linked >= share * text
    return False


# "banner-728x90.jpg", "add-970x90.png": a size written into a picture's file name.
_SIZE_IN_NAME = re.compile(r"(?<![0-9])([0-9]{2,4})[x×]([0-9]{2,4})(?![0-9])")
# An ad strip (728×90, 468×60, 320×50) is far wider than any photo is cut.
_BANNER_ASPECT = 6


def is_banner(image: HtmlElement) -> bool:
    """Tell whether a picture is shaped as an ad strip, by its declared size or the size
    its file name gives: at least six times as wide as it is high."""
    sizes: list[tuple[str, str]] = [(image.get("width") or "", image.get("height") or "")]
    for name in ("src", "data-src"):
        file_name = (image.get(name) or "").split("?", 1)[0].rsplit("/", 1)[-1][-200:]
        match = _SIZE_IN_NAME.search(file_name) if "x" in file_name or "×" in file_name else None
        if match:
            sizes.append((match[1], match[2]))
    for width, height in sizes:
        width, height = width.strip().removesuffix("px"), height.strip().removesuffix("px")
        if width.isdigit() and height.isdigit() and 0 < _BANNER_ASPECT * int(height) <= int(width):
            return True
    return False


def is_labelled_ad(image: HtmlElement) -> bool:
    """Tell whether a picture's alt or title text says it is an advertisement ("Quảng cáo")."""
    return is_ad_label(image.get("alt")) or is_ad_label(image.get("title"))


def links_away(href: str | None) -> bool:
    """Tell whether a link around a picture leads elsewhere (an ad, a teaser), rather than
    to the picture's file or nowhere (`#`, `javascript:` for a lightbox)."""
    href = (href or "").strip()
    if not href or href.startswith("#") or href.lower().startswith("javascript:"):
        return False
    return not _IMAGE_FILE.search(href)


def _has_line_breaks(element: HtmlElement) -> bool:
    return any(child.tag == "br" for child in element)
