"""Plain-text snippets as escaped HTML: diff markers and search highlights."""

from __future__ import annotations

import re

from markupsafe import Markup

_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)
_HIGHLIGHT = re.compile("\x01(.*?)\x02", re.DOTALL)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def diff_snippet_html(text: str | None) -> Markup:
    """`… [-old-]{+new+} …` as escaped text with <del> and <ins>."""
    if not text:
        return Markup("")
    out, position = Markup(""), 0
    for match in _DIFF.finditer(text):
        out += Markup("{}").format(text[position : match.start()])
        if match.group(1) is not None:
            out += Markup("<del>{}</del>").format(match.group(1))
        else:
            out += Markup("<ins>{}</ins>").format(match.group(2))
        position = match.end()
    return out + Markup("{}").format(text[position:])


def highlight_html(text: str | None) -> Markup:
    """An FTS5 snippet with \\x01…\\x02 around matches as escaped text with <mark>."""
    if not text:
        return Markup("")
    out, position = Markup(""), 0
    for match in _HIGHLIGHT.finditer(text):
        out += Markup("{}").format(_CONTROL.sub("", text[position : match.start()]))
        out += Markup("<mark>{}</mark>").format(_CONTROL.sub("", match.group(1)))
        position = match.end()
    return out + Markup("{}").format(_CONTROL.sub("", text[position:]))
