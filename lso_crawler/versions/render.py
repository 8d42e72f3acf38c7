"""Render an ArticleDiff as terminal text, escaped HTML or JSON-ready data.

Runs of unchanged paragraphs are collapsed to a count in text and HTML; JSON keeps them.
Each works alike on a fresh diff and on one read back with `ArticleDiff.from_json`.
Deletions and insertions are `<del>`/`<ins>` in HTML and struck through/underlined in
colour text, so they read without colour; blocks a bound showed whole carry `lso-coarse`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import click
from markupsafe import Markup

from lso_crawler.versions.diff import ArticleDiff, Block, FieldDiff

# Control characters in article text must not drive the terminal (e.g. ESC sequences).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """`text` with control characters shown as \\xNN escapes instead of acting on a terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _unchanged(count: int, field: str) -> str:
    noun = "paragraph" if field == "body" else "line"
    return f"… {count} unchanged {noun}{'' if count == 1 else 's'} …"


def _runs(blocks: tuple[Block, ...]) -> Iterator[Block | int]:
    """The blocks, with each run of equal ones replaced by its length."""
    equal = 0
    for block in blocks:
        if block.op == "equal":
            equal += 1
            continue
        if equal:
            yield equal
            equal = 0
        yield block
    if equal:
        yield equal


# Text ------------------------------------------------------------------------


Styles = dict[str, Callable[[str], str]]

_PLAIN: Styles = {
    "equal": str,
    "delete": lambda text: f"[-{text}-]",
    "insert": lambda text: f"{{+{text}+}}",
}
_COLOURED: Styles = {
    "equal": str,
    "delete": lambda text: click.style(text, fg="red", strikethrough=True),
    "insert": lambda text: click.style(text, fg="green", underline=True),
}


COARSE_NOTE = "parts too large to diff word by word are shown whole"


def render_text(diff: ArticleDiff, *, color: bool = False) -> str:
    """Plain `[-deleted-]{+inserted+}` text, or red/green ANSI colours with `color=True`."""
    styles = _COLOURED if color else _PLAIN
    lines = []
    for field in diff.fields:
        name = terminal_safe(field.field)
        lines.append(click.style(f"{name}:", bold=True) if color else f"{name}:")
        for item in _runs(field.blocks):
            if isinstance(item, int):
                lines.append(f"  {_unchanged(item, field.field)}")
            else:
                lines.append(f"  {_text_block(item, styles)}")
    if diff.coarse:
        lines.append(f"({COARSE_NOTE})")
    return "\n".join(lines)


def _text_block(block: Block, styles: Styles) -> str:
    if block.op in ("delete", "insert"):
        return styles[block.op](terminal_safe(block.old or block.new))
    return "".join(styles[s.op](terminal_safe(s.text)) for s in block.segments)


# HTML ------------------------------------------------------------------------


def render_html(diff: ArticleDiff) -> Markup:
    """An HTML fragment with <del>/<ins>; every piece of article text is escaped."""
    sections = [_html_field(field) for field in diff.fields]
    return Markup('<div class="lso-diff">{}</div>').format(Markup("").join(sections))


def _html_field(field: FieldDiff) -> Markup:
    paragraphs = []
    for item in _runs(field.blocks):
        if isinstance(item, int):
            paragraphs.append(
                Markup('<p class="lso-unchanged">{}</p>').format(_unchanged(item, field.field))
            )
        else:
            paragraphs.append(_html_block(item))
    return Markup('<section class="lso-field" data-field="{0}"><h4>{0}</h4>{1}</section>').format(
        field.field, Markup("").join(paragraphs)
    )


def _html_block(block: Block) -> Markup:
    coarse = " lso-coarse" if block.coarse else ""
    if block.op == "delete":
        return Markup('<p class="lso-deleted{}"><del>{}</del></p>').format(coarse, block.old)
    if block.op == "insert":
        return Markup('<p class="lso-inserted{}"><ins>{}</ins></p>').format(coarse, block.new)
    tags = {"delete": "<del>{}</del>", "insert": "<ins>{}</ins>", "equal": "{}"}
    html = Markup("").join(Markup(tags[s.op]).format(s.text) for s in block.segments)
    return Markup('<p class="lso-changed{}">{}</p>').format(coarse, html)


# Strikethrough and underline carry the meaning; the colours only help.
DIFF_CSS = (
    "del{background:#fdd;color:#900;text-decoration:line-through}"
    "ins{background:#dfd;color:#060;text-decoration:underline}"
    ".lso-unchanged{color:#777;font-style:italic}.lso-field h4{margin-bottom:.2em}"
)


def html_document(title: str, heading: str, diff: ArticleDiff) -> Markup:
    """A standalone HTML page around `render_html(diff)`, for `lso diff --format html`."""
    return Markup(
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{}</title>'
        "<style>{}</style></head><body><h1>{}</h1><p>{}</p>"
        '<p class="lso-legend"><del>deleted</del> <ins>inserted</ins></p>{}</body></html>\n'
    ).format(title, Markup(DIFF_CSS), title, heading, render_html(diff))


# JSON ------------------------------------------------------------------------


def render_json(diff: ArticleDiff) -> dict[str, Any]:
    """JSON-ready ops per changed field: blocks, and word segments for replaced blocks."""
    return {
        "changed_fields": diff.changed_fields,
        "chars_added": diff.chars_added,
        "chars_removed": diff.chars_removed,
        "coarse": diff.coarse,
        "fields": [
            {
                "field": field.field,
                "chars_added": field.chars_added,
                "chars_removed": field.chars_removed,
                "blocks": [_json_block(block) for block in field.blocks],
            }
            for field in diff.fields
        ],
    }


def _json_block(block: Block) -> dict[str, Any]:
    if block.op == "replace":
        return {
            "op": "replace",
            "old": block.old,
            "new": block.new,
            "coarse": block.coarse,
            "segments": [{"op": s.op, "text": s.text} for s in block.segments],
        }
    if block.op == "equal":
        return {"op": "equal", "text": block.old}
    text = block.new if block.op == "insert" else block.old
    return {"op": block.op, "text": text, "coarse": block.coarse}
