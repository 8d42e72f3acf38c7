"""The text of a page as a person reads it: one line per block, NBSPs kept."""

from __future__ import annotations

import re

from lxml import html

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe"})

# Browsers collapse ASCII whitespace only; an NBSP stays where the author put it.
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_ASCII_SPACE = " \t\n\r\f"


def visible_blocks(element: html.HtmlElement) -> list[str]:
    """The non-empty text blocks under `element`, in document order."""
    blocks: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        text = _COLLAPSIBLE.sub(" ", "".join(pending)).strip(_ASCII_SPACE)
        if text:
            blocks.append(text)
        pending.clear()

    def walk(node: html.HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else None  # comments have no str tag
        if tag is not None and tag.lower() not in HIDDEN_TAGS:
            is_block = tag.lower() in BLOCK_TAGS or tag.lower() == "br"
            if is_block:
                flush()
            pending.append(node.text or "")
            for child in node:
                walk(child)
            if is_block:
                flush()
        if node is not element:
            pending.append(node.tail or "")

    walk(element)
    flush()
    return blocks


def visible_text(element: html.HtmlElement) -> str:
    """The visible text under `element`: blocks separated by a blank line."""
    return "\n\n".join(visible_blocks(element))
