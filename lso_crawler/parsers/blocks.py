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
_TEXT_ALIGN = re.compile(r"text-align\s*:\s*(\w+)", re.IGNORECASE)
# Elements that name themselves as holding the author's credit.
_CREDIT_CLASS = re.compile(r"author|tac-?gia|pseudonym|byline|signature|text-right", re.I)


@dataclass(frozen=True)
class Paragraph:
    """One line of article text; `credit_hint` = right-aligned or in an author element;
    `italic`/`bold` = all of its text is."""

    text: str
    italic: bool = False
    credit_hint: bool = False
    bold: bool = False


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
        self._pieces: list[tuple[str, bool, bool]] = []
        self._after_break = False
        self._bold = False

    def read(self, element: HtmlElement, *, italic: bool, hint: bool) -> None:
        self._add(element.text, italic)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _SKIPPED_TAGS:
                self._child(child, italic=italic, hint=hint)
            self._add(child.tail, italic)

    def flush(self, hint: bool) -> None:
        text = normalize("".join(piece for piece, _, _ in self._pieces))
        if text:
            italic = all(slanted for piece, slanted, _ in self._pieces if piece.strip())
            bold = all(heavy for piece, _, heavy in self._pieces if piece.strip())
            self.blocks.append(Paragraph(text, italic, hint, bold))
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
        was_bold = self._bold
        self._bold = was_bold or tag in _BOLD_TAGS
        if tag in BLOCK_TAGS:
            child_hint = credit_hint(child, inherited=hint)
            self.flush(hint)
            self.read(child, italic=child_italic, hint=child_hint)
            self.flush(child_hint)
        else:
            self.read(child, italic=child_italic, hint=hint)
        self._bold = was_bold

    def _add(self, text: str | None, italic: bool) -> None:
        if text:
            self._pieces.append((text, italic, self._bold))
            if not text.isspace():
                self._after_break = False

    def _line_break(self, italic: bool, hint: bool) -> None:
        if self._after_break:
            self.flush(hint)
            return
        self._pieces.append(("\n", italic, self._bold))
        self._after_break = True


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
