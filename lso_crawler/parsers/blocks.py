"""Reading an article block as a sequence of paragraphs and images, in page order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from lso_crawler.parsers.base import Caption
from lso_crawler.parsers.captions import figure_captions, image_url
from lso_crawler.parsers.document import BLOCK_TAGS, class_tokens
from lso_crawler.text import normalize

_ITALIC_TAGS = frozenset({"em", "i", "cite"})
_BOLD_TAGS = frozenset({"b", "strong"})
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_FONT_SIZE = re.compile(
    r"font-size\s*:\s*([a-z-]+|\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)?", re.IGNORECASE
)
_TEXT_ALIGN = re.compile(r"text-align\s*:\s*(\w+)", re.IGNORECASE)
# Elements that name themselves as holding the author's credit.
_CREDIT_CLASS = re.compile(r"author|tac-?gia|pseudonym|byline|signature|text-right", re.I)


@dataclass(frozen=True)
class Paragraph:
    """One line of article text; `credit_hint` = right-aligned or in an author element;
    `italic`/`bold`/`small` = all of its text is; `centered` = its block is centred."""

    text: str
    italic: bool = False
    credit_hint: bool = False
    bold: bool = False
    small: bool = False
    centered: bool = False


Block = Paragraph | Caption


def read_blocks(root: HtmlElement, base_url: str, *, share_captions: bool = False) -> list[Block]:
    """Return the paragraphs and images (as `Caption`s) under `root`, in page order.

    A block element or `<br><br>` ends a paragraph; an image inside a paragraph is listed
    before that paragraph's text; caption containers yield their captioned images
    (`share_captions`: one caption under several images goes to each of them).
    """
    reader = _BlockReader(base_url, share_captions)
    hint = credit_hint(root, inherited=False)
    reader.read(root, italic=False, hint=hint)
    reader.flush(hint)
    return reader.blocks


class _BlockReader:
    def __init__(self, base_url: str, share_captions: bool = False) -> None:
        self.base_url = base_url
        self.share_captions = share_captions
        self.blocks: list[Block] = []
        self._pieces: list[tuple[str, bool, bool, bool]] = []
        self._after_break = False
        self._bold = False
        self._small = False
        self._centered = False

    def read(self, element: HtmlElement, *, italic: bool, hint: bool) -> None:
        self._add(element.text, italic)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _SKIPPED_TAGS:
                self._child(child, italic=italic, hint=hint)
            self._add(child.tail, italic)

    def flush(self, hint: bool) -> None:
        text = normalize("".join(piece[0] for piece in self._pieces))
        if text:
            shown = [piece for piece in self._pieces if piece[0].strip()]
            italic = all(piece[1] for piece in shown)
            bold = all(piece[2] for piece in shown)
            small = all(piece[3] for piece in shown)
            self.blocks.append(Paragraph(text, italic, hint, bold, small, self._centered))
        self._pieces.clear()
        self._after_break = False

    def _child(self, child: HtmlElement, *, italic: bool, hint: bool) -> None:
        tag = child.tag
        if tag == "br":
            self._line_break(italic, hint)
            return
        if tag == "img":
            url = image_url(child, self.base_url)
            if url:
                self.blocks.append(Caption(url, None))
            return
        figures = figure_captions(child, self.base_url, share=self.share_captions)
        if figures is not None:
            self.flush(hint)
            self.blocks.extend(figures)
            return
        child_italic = italic or tag in _ITALIC_TAGS or _is_italic_style(child)
        was_bold, was_small = self._bold, self._small
        self._bold = was_bold or tag in _BOLD_TAGS
        self._small = was_small or _is_small(child)
        if tag in BLOCK_TAGS:
            child_hint = credit_hint(child, inherited=hint)
            self.flush(hint)
            was_centered = self._centered
            self._centered = _alignment(child, was_centered)
            self.read(child, italic=child_italic, hint=child_hint)
            self.flush(child_hint)
            self._centered = was_centered
        else:
            self.read(child, italic=child_italic, hint=hint)
        self._bold, self._small = was_bold, was_small

    def _add(self, text: str | None, italic: bool) -> None:
        if text:
            self._pieces.append((text, italic, self._bold, self._small))
            if not text.isspace():
                self._after_break = False

    def _line_break(self, italic: bool, hint: bool) -> None:
        if self._after_break:
            self.flush(hint)
            return
        self._pieces.append(("\n", italic, self._bold, self._small))
        self._after_break = True


def _is_small(element: HtmlElement) -> bool:
    """Tell whether an element sets its text smaller than the body's (`<small>`, `<font
    size=1|2>`, `font-size: small`, under 13 px, under 0.9 em/rem or 90 %)."""
    if element.tag == "small":
        return True
    if element.tag == "font":
        return (element.get("size") or "").strip() in ("1", "2", "-1", "-2")
    style = element.get("style")
    if not style:
        return False
    match = _FONT_SIZE.search(style)
    if not match:
        return False
    value, unit = match.group(1).lower(), (match.group(2) or "").lower()
    if unit == "" and value.replace(".", "", 1).isdigit():
        unit = "px"
    if value in ("small", "smaller", "x-small", "xx-small"):
        return True
    try:
        number = float(value)
    except ValueError:
        return False
    limits = {"px": 13.0, "pt": 10.0, "em": 0.9, "rem": 0.9, "%": 90.0}
    return unit in limits and number < limits[unit]


def _alignment(element: HtmlElement, inherited: bool) -> bool:
    align: str | None = element.get("align")
    style_align = _TEXT_ALIGN.search(element.get("style") or "")
    if style_align:
        align = style_align.group(1)
    return align.strip().lower() == "center" if align else inherited or element.tag == "center"


def _is_italic_style(element: HtmlElement) -> bool:
    style = element.get("style")
    if not style:
        return False
    return _ITALIC_STYLE.search(style) is not None


def credit_hint(element: HtmlElement, *, inherited: bool = False) -> bool:
    """Tell whether an element is right-aligned or names itself an author credit."""
    if any(_CREDIT_CLASS.search(token) for token in class_tokens(element)):
        return True
    align: str | None = element.get("align")
    style_align = _TEXT_ALIGN.search(element.get("style") or "")
    if style_align:
        align = style_align.group(1)
    if align:
        return align.strip().lower() == "right"
    return inherited
