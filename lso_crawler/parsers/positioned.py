"""A page of positioned lines read back into the article a reader sees on it.

A printed page converted to HTML (pdf2htmlEX and the like) has no heading, paragraph or
figure elements: every printed line is an absolutely placed element whose position, font and
size the page's style sheet declares (`.x3{left:40px}`, `.y9{bottom:1170px}`,
`.fs5{font-size:128px}`). What a browser shows is still structure: the headline is the
largest type, the sapo the next size under it, the text the size most characters are set
in, its paragraphs start at an indented line or a change of font, smaller type is captions,
folio and notices, and the short line of words above the headline in the folio is the page's
rubric. `article_document` rebuilds that as a plain article document (rubric, `h1`, `h2`
sapo, paragraphs in column order) that the general reader reads like any other page.

Bounds: the style sheets are scanned once (a sheet without rules that each set one position,
as converters write them, costs one search), at most MAX_RULES rules are read, the lines are
found by one XPath over the classes that place them, and a page with more than MAX_LINES
lines is no printed page.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from lxml.etree import XPath
from lxml.html import HtmlElement, builder

from lso_crawler.parsers.document import element_text

MAX_STYLE_CHARS = 5_000_000
# A printed page's sheet has a rule per position and font: a few thousand.
MAX_RULES = 10_000
# Classes that place a line absolutely: a converter uses one or two.
MAX_PLACING_CLASSES = 20
MAX_LINES = 3_000
# Fewer placed lines than this is a page with a few positioned boxes, not a printed page.
MIN_LINES = 20
# Positions and sizes beyond this are no page's (and would overflow the arithmetic).
MAX_PIXELS = 1_000_000.0
# Placed lines must hold this share of the body's text.
MIN_TEXT_SHARE = 0.8
# A headline is set at least this much larger than the text.
HEADLINE_SCALE = 1.3
# A rubric in the folio: a few words, no figures.
RUBRIC_MAX_WORDS = 5
RUBRIC_MAX_CHARS = 40
# Positions closer than this (in ems of the text) are the same; further apart than
# COLUMN_EMS, a new column.
SAME_EMS = 0.2
COLUMN_EMS = 4.0
INDENT_MAX_EMS = 4.0

_STYLES = XPath("//style/text()")
_BODY_TEXT_CHARS = XPath("string-length(normalize-space(/html/body))")
_HEAD_KEPT = XPath(
    "/html/head/*[self::title or self::meta or self::link"
    " or self::script[contains(@type, 'ld+json')]]"
)
_BRACES = re.compile(r"[{}]")
_OWN_POSITION = re.compile(
    r"\{\s*(left|top|bottom)\s*:\s*-?\d+(?:\.\d+)?(?:px|pt)?\s*;?\s*\}", re.IGNORECASE
)
_CLASS_SELECTOR = re.compile(r"\.([A-Za-z_][\w-]*)")
_LENGTH = re.compile(r"(-?\d+(?:\.\d+)?)(px|pt)?")
_NUMBER = r"-?\d+(?:\.\d+)?"
_MATRIX = re.compile(rf"matrix\(\s*({_NUMBER})\s*,\s*({_NUMBER})")
_PLACED = frozenset({"absolute", "fixed"})


@dataclass(frozen=True)
class _Line:
    text: str
    x: float
    y: float  # from the top of the page down
    size: float
    font: str


def article_document(doc: HtmlElement) -> HtmlElement | None:
    """Return the article a page of positioned lines shows, as a plain article document, or
    None when the page is not one."""
    rules = _class_rules(doc)
    if rules is None:
        return None
    lines = _placed_lines(doc, rules)
    if lines is None or len(lines) < MIN_LINES:
        return None
    placed_chars = sum(len(line.text) for line in lines)
    if placed_chars < MIN_TEXT_SHARE * float(_BODY_TEXT_CHARS(doc)):
        return None
    return _rebuilt(doc, lines)


# --- the style sheet -------------------------------------------------------------------------


def _class_rules(doc: HtmlElement) -> dict[str, dict[str, tuple[int, str]]] | None:
    """Map each class a plain `.name` rule styles to its declarations (with the rule's order),
    or None when the sheet does not place lines by classes of their own."""
    css = "".join(str(text) for text in _STYLES(doc))[:MAX_STYLE_CHARS]
    if "left" not in css or not _declares_positions(css):
        return None
    found = _top_level_rules(_without_comments(css))
    if found is None:
        return None
    rules: dict[str, dict[str, tuple[int, str]]] = {}
    for order, (selector, declarations) in enumerate(found):
        if selector.startswith("@"):
            continue  # @media print, @font-face: not what the screen shows
        names = []
        for part in selector.split(","):
            match = _CLASS_SELECTOR.fullmatch(part.strip())
            if match:
                names.append(match.group(1))
        if not names:
            continue
        for declaration in declarations.split(";"):
            prop, _, value = declaration.partition(":")
            prop, value = prop.strip().lower(), value.strip()
            if prop and value:
                for name in names:
                    rules.setdefault(name, {})[prop] = (order, value)
    return rules


def _declares_positions(css: str) -> bool:
    """Tell whether the sheet has rules that each set one position (`.x3{left:40px}`), across
    and down: a converter's sheet, never a hand-written one."""
    seen: Counter[str] = Counter()
    for match in _OWN_POSITION.finditer(css):
        seen["across" if match.group(1).lower() == "left" else "down"] += 1
        if seen["across"] >= 2 and seen["down"] >= 2:
            return True
    return False


def _without_comments(css: str) -> str:
    parts, start = [], 0
    while True:
        opened = css.find("/*", start)
        if opened < 0:
            parts.append(css[start:])
            return "".join(parts)
        parts.append(css[start:opened])
        closed = css.find("*/", opened + 2)
        if closed < 0:
            return "".join(parts)
        start = closed + 2


def _top_level_rules(css: str) -> list[tuple[str, str]] | None:
    """The (selector, declarations) of each outermost rule, in order; None over MAX_RULES."""
    found: list[tuple[str, str]] = []
    depth, start, inside = 0, 0, 0
    selector = ""
    for brace in _BRACES.finditer(css):
        if brace.group() == "{":
            if depth == 0:
                selector, inside = css[start : brace.start()].strip(), brace.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                found.append((selector, css[inside : brace.start()]))
                start = brace.end()
                if len(found) > MAX_RULES:
                    return None
    return found


def _length(value: str | None) -> float | None:
    match = _LENGTH.fullmatch(value.strip()) if value else None
    if match is None:
        return None
    number = float(match.group(1)) * (4 / 3 if match.group(2) == "pt" else 1.0)
    return number if abs(number) <= MAX_PIXELS else None


def _scale(transform: str | None) -> float:
    match = _MATRIX.search(transform) if transform else None
    if match is None:
        return 1.0
    scale = math.hypot(float(match.group(1)), float(match.group(2)))
    return scale if math.isfinite(scale) and scale > 0 else 1.0


# --- the lines -----------------------------------------------------------------------------


def _placed_lines(
    doc: HtmlElement, rules: dict[str, dict[str, tuple[int, str]]]
) -> list[_Line] | None:
    """Every element the sheet places absolutely with a position, a size and text of its own;
    None for a page with more than MAX_LINES (no one printed page)."""
    placing = sorted(
        name for name, declared in rules.items() if _value(declared, "position") in _PLACED
    )
    if not placing or len(placing) > MAX_PLACING_CLASSES:
        return None
    # Class names are `[A-Za-z_][\w-]*` (the selector pattern): safe inside the quotes.
    having = " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in placing
    )
    candidates = XPath(f"(/html/body//*[{having}])[position() <= {MAX_LINES + 1}]")(doc)
    if len(candidates) > MAX_LINES:
        return None
    lines: list[_Line] = []
    last: HtmlElement | None = None
    for element in candidates:
        if last is not None and any(above is last for above in element.iterancestors()):
            continue  # a placed span inside a placed line is part of it
        style: dict[str, tuple[int, str]] = {}
        for name in element.get("class", "").split():
            for prop, declared in rules.get(name, {}).items():
                if prop not in style or declared[0] >= style[prop][0]:
                    style[prop] = declared
        x, size = _length(_value(style, "left")), _length(_value(style, "font-size"))
        bottom, top = _length(_value(style, "bottom")), _length(_value(style, "top"))
        text = element_text(element)
        if x is None or size is None or (bottom is None and top is None) or not text:
            continue
        size = round(size * _scale(_value(style, "transform")), 1)
        if size <= 0:
            continue
        y = top if top is not None else -(bottom or 0.0)
        lines.append(_Line(text, x, y, size, _value(style, "font-family")))
        last = element
    return lines


def _value(style: dict[str, tuple[int, str]], prop: str) -> str:
    return style[prop][1].lower() if prop in style else ""


# --- reading them --------------------------------------------------------------------------


@dataclass
class _Block:
    size: float
    lines: list[_Line]
    apart: bool  # set apart from its column's edge otherwise than by the paragraph indent

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def _rebuilt(doc: HtmlElement, lines: list[_Line]) -> HtmlElement | None:
    chars: Counter[tuple[str, float]] = Counter()
    for line in lines:
        chars[(line.font, line.size)] += len(line.text)
    text_font = chars.most_common(1)[0][0]
    em = text_font[1]
    largest = max(line.size for line in lines)
    if largest < HEADLINE_SCALE * em:
        return None
    headline = sorted((line for line in lines if line.size == largest), key=lambda ln: ln.y)
    top = headline[0].y - SAME_EMS * em
    folio = sorted((line for line in lines if line.y < top), key=lambda ln: ln.x)
    rest = [line for line in lines if line.y >= top and line.size != largest]
    text_lines = [line for line in rest if (line.font, line.size) == text_font]
    edges = _column_edges(text_lines, em)
    columns = _Columns(edges, text_lines, em)
    blocks = _blocks(sorted(rest, key=columns.order), columns, text_font)
    children: list[HtmlElement] = []
    rubric = next((line.text for line in folio if _is_rubric(line.text)), None)
    if rubric:
        children.append(builder.P(rubric))
    children.append(builder.H1(" ".join(line.text for line in headline)))
    opened = False
    for block in blocks:
        if block.size < em - SAME_EMS:
            continue  # captions, notices, the folio: smaller type than the text
        if block.size > em + SAME_EMS:
            children.append(builder.H3(block.text) if opened else builder.H2(block.text))
            continue
        paragraph = builder.P(block.text)
        if block.apart:
            paragraph.set("align", columns.alignment(block))
        children.append(paragraph)
        opened = True
    if not opened:
        return None
    head = builder.HEAD(*(_copy(element) for element in _HEAD_KEPT(doc)))
    return builder.HTML(head, builder.BODY(builder.ARTICLE(*children)))


def _copy(element: HtmlElement) -> HtmlElement:
    copied = builder.E(element.tag, **dict(element.attrib))
    copied.text = element.text
    return copied


def _is_rubric(text: str) -> bool:
    return (
        len(text) <= RUBRIC_MAX_CHARS
        and len(text.split()) <= RUBRIC_MAX_WORDS
        and any(ch.isalpha() for ch in text)
        and not any(ch.isdigit() for ch in text)
    )


def _column_edges(text_lines: list[_Line], em: float) -> list[float]:
    """Left edges of the text's columns: where lines start, an indent apart at most, more
    than once or at the height where the columns begin (a column holding one line)."""
    if not text_lines:
        return [0.0]
    starts = Counter(round(line.x * 2) / 2 for line in text_lines)
    first = min(line.y for line in text_lines)
    opening = {round(line.x * 2) / 2 for line in text_lines if line.y - first <= SAME_EMS * em}
    edges: list[float] = []
    for x in sorted(x for x, count in starts.items() if count >= 2 or x in opening):
        if not edges or x - edges[-1] > COLUMN_EMS * em:
            edges.append(x)
    return edges


class _Columns:
    """The columns of the text: which one a line is in, the paragraph indent, how wide."""

    def __init__(self, edges: list[float], text_lines: list[_Line], em: float) -> None:
        self.edges, self.em = edges, em
        steps: Counter[float] = Counter()
        self.right: dict[int, float] = {}
        for line in text_lines:
            column = self.of(line)
            step = round(line.x - edges[column], 1)
            if SAME_EMS * em < step <= INDENT_MAX_EMS * em:
                steps[step] += 1
            self.right[column] = max(self.right.get(column, 0.0), _right_end(line))
        self.indent = steps.most_common(1)[0][0] if steps else None
        widest = max((r - edges[c] for c, r in self.right.items()), default=0.0)
        self.width = widest or COLUMN_EMS * em

    def of(self, line: _Line) -> int:
        """The index of the column the line starts in."""
        return max(0, bisect_right(self.edges, line.x + SAME_EMS * self.em) - 1)

    def order(self, line: _Line) -> tuple[int, float, float]:
        """Reading order: column by column, top down."""
        return (self.of(line), line.y, line.x)

    def step(self, line: _Line) -> str:
        """ "edge", "indent" or "apart": how the line starts in its column."""
        step = line.x - self.edges[self.of(line)]
        if abs(step) <= SAME_EMS * self.em:
            return "edge"
        if self.indent is not None and abs(step - self.indent) <= SAME_EMS * self.em:
            return "indent"
        return "apart"

    def alignment(self, block: _Block) -> str:
        """ "right" or "center": which a block set apart from the edge fits better, its lines'
        widths estimated from their length."""
        right = centre = 0.0
        for line in block.lines:
            left = self.edges[self.of(line)]
            end = _right_end(line)
            right += abs(end - (left + self.width))
            centre += abs((line.x + end) / 2 - (left + self.width / 2))
        return "right" if right < centre else "center"


# A character is about half an em wide in the text faces of print.
_CHAR_EMS = 0.5


def _right_end(line: _Line) -> float:
    return line.x + len(line.text) * _CHAR_EMS * line.size


def _blocks(lines: list[_Line], columns: _Columns, text_font: tuple[str, float]) -> list[_Block]:
    """Join lines into blocks: a block starts at a change of font or an indented line of the
    text; lines set apart from the edge in another way (right-aligned, centred) run together."""
    blocks: list[_Block] = []
    font: tuple[str, float] | None = None
    for line in lines:
        kind = columns.step(line)
        if kind == "indent" and (line.font, line.size) != text_font:
            kind = "apart"
        apart = kind == "apart"
        if font != (line.font, line.size) or kind == "indent" or apart != blocks[-1].apart:
            blocks.append(_Block(line.size, [line], apart))
        else:
            blocks[-1].lines.append(line)
        font = (line.font, line.size)
    return blocks
