"""Footnote apparatus in an article block: the reference marks in the text ("…quê hương.¹"
linking to `#1`), the labels numbering the notes and their links back; none is article text
(the notes' own lines stay, to be read like any other line)."""

from __future__ import annotations

from lxml.html import HtmlElement

from lso_crawler.parsers.document import element_text

# A footnote mark is a number or a symbol or two ("1", "12", "*", "†", "[3]").
_MARK_MAX_CHARS = 5
# "↩", "↑", "^": a note's link back to its reference.
_BACK_MARKS = frozenset("↩↑⤴^")


def drop_footnote_marks(block: HtmlElement) -> None:
    """Remove, in place, the footnote references, the notes' labels and their back links."""
    references: list[HtmlElement] = []
    targets: set[str] = set()
    for sup in block.iter("sup"):
        link = _only_link(sup)
        href = (link.get("href") or "") if link is not None else ""
        if href.startswith("#") and len(href) > 1 and _is_mark(element_text(sup)):
            references.append(sup)
            targets.add(href[1:])
    if not references:
        return
    notes = [e for e in block.iter() if isinstance(e.tag, str) and e.get("id") in targets]
    own_ids = {e.get("id") for r in references for e in (r, *r.iter()) if e.get("id")}
    marks: list[HtmlElement] = list(references)
    for note in notes:
        first = next((c for c in note if isinstance(c.tag, str)), None)
        if (
            first is not None
            and first.tag in ("sup", "span", "strong", "b")
            and not (note.text or "").strip()
            and _is_mark(element_text(first))
        ):
            marks.append(first)  # the note's number printed before it
        for link in note.iter("a"):
            text = element_text(link)
            if (link.get("href") or "")[1:] in own_ids and (
                _is_mark(text) or set(text) <= _BACK_MARKS
            ):
                marks.append(link)
    for mark in marks:
        if mark.getparent() is not None:
            mark.drop_tree()


def _only_link(element: HtmlElement) -> HtmlElement | None:
    links = element.findall(".//a")
    return links[0] if len(links) == 1 else None


def _is_mark(text: str) -> bool:
    return 0 < len(text) <= _MARK_MAX_CHARS and not any(ch.isalpha() for ch in text.strip("[]"))
