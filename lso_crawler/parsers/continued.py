"""A text continued in the next box: an entry's body and its "read more" part written as two
adjacent boxes of one kind (a blog's excerpt and extended text), read as one text."""

from __future__ import annotations

from lxml.html import HtmlElement

from lso_crawler.parsers.chrome import in_chrome

# Least plain text (links left out) a box must hold to continue the text.
MIN_CONTINUED_CHARS = 50
# Shortest line counted as a paragraph.
MIN_LINE_CHARS = 25
# Boxes with this share of link text or more are lists or teasers, never text.
_MAX_LINK_SHARE = 0.3
_NOT_TEXT = ("h1", "h2", "h3", "h4", "h5", "h6", "form", "input", "textarea", "select")
_BLOCKS = frozenset({"p", "div", "td", "li", "blockquote", "table", "ul", "ol", "figure"})
_LINE_HOLDERS = ("div", "td", "li", "blockquote")
# Paragraphs scanned per box (bounded work on a huge box).
_MAX_SCANNED = 200


def whole_continued_text(block: HtmlElement) -> HtmlElement:
    """Return the parent of `block` when the text goes on in the box next to it, else
    `block` itself.

    The box is the next element of the same tag, holding plain text without headings or
    form fields: after the block, one paragraph shaped as the block's (`<p>` of a class the
    block's paragraphs carry) or two `<br>` lines; before it, two such paragraphs (a box of
    one paragraph before the text is its sapo).
    """
    parent = block.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return block
    for preceding in (True, False):
        sibling = _element_sibling(block, preceding)
        if sibling is None or sibling.tag != block.tag or not _plain_text(sibling):
            continue
        shaped, lines = _paragraphs(sibling, _paragraph_classes(block))
        if shaped + lines >= 2 or (not preceding and shaped):
            return parent
    return block


def _element_sibling(block: HtmlElement, preceding: bool) -> HtmlElement | None:
    for sibling in block.itersiblings(preceding=preceding):
        if isinstance(sibling.tag, str):
            return sibling
    return None


def _plain_text(box: HtmlElement) -> bool:
    if next(box.iter(*_NOT_TEXT), None) is not None or in_chrome(box):
        return False
    text = len(" ".join(box.text_content().split()))
    linked = sum(len(" ".join(a.text_content().split())) for a in box.iter("a"))
    return text - linked >= MIN_CONTINUED_CHARS and linked < _MAX_LINK_SHARE * text


def _paragraph_classes(block: HtmlElement) -> set[str]:
    classes: set[str] = set()
    for seen, paragraph in enumerate(block.iter("p")):
        if seen >= _MAX_SCANNED:
            break
        classes.add(paragraph.get("class") or "")
    return classes


def _paragraphs(box: HtmlElement, classes: set[str]) -> tuple[int, int]:
    """Count the box's `<p>`s of the given classes and its own lines between `<br>`s."""
    shaped = lines = 0
    for seen, element in enumerate(box.iter("p", *_LINE_HOLDERS)):
        if seen >= _MAX_SCANNED:
            break
        if element.tag == "p":
            shaped += (element.get("class") or "") in classes and _line_chars(element) > 0
            continue
        line = len((element.text or "").strip())
        for child in element:
            if child.tag == "br" or child.tag in _BLOCKS:
                lines += line >= MIN_LINE_CHARS
                line = 0
            elif isinstance(child.tag, str):
                line += len(child.text_content().strip())
            line += len((child.tail or "").strip())
        lines += line >= MIN_LINE_CHARS
    return shaped, lines


def _line_chars(paragraph: HtmlElement) -> int:
    length = len(" ".join(paragraph.text_content().split()))
    return length if length >= MIN_LINE_CHARS else 0
