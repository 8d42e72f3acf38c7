"""Page chrome: the furniture around an article (menus, side columns, the site's header and
footer, a comment form), told by HTML structure, never by class names."""

from __future__ import annotations

from itertools import islice

from lxml.html import HtmlElement

# Sectioning elements that hold page furniture; a <header> or <footer> inside an <article>
# (a <header> also inside <main>) is the article's own (HTML's sectioning rule), and so
# are a <section>'s heading group and the post-info <footer> before its text.
CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "menu"})
_COMMENT_FORM_MAX_CHARS = 3_000
_PAGE_LANDMARKS = ("nav", "footer", "menu")


def in_chrome(element: HtmlElement, known: dict[HtmlElement, bool] | None = None) -> bool:
    """Tell whether the element lies in page chrome or a comment form; `known` caches the
    answer for every ancestor walked through, so siblings cost one step."""
    known = {} if known is None else known
    walked: list[HtmlElement] = []
    node: HtmlElement | None = element
    answer = False
    while node is not None:
        if node in known:
            answer = known[node]
            break
        walked.append(node)
        if node.tag in CHROME_TAGS and not _article_own(node):
            answer = True
            break
        if node.tag == "form" and _is_comment_form(node):
            answer = True
            break
        node = node.getparent()
    for seen in walked:
        known[seen] = answer
    return answer


def _article_own(node: HtmlElement) -> bool:
    # An article's own <header> (its heading group) or <footer> (its tags and credits); a
    # post's quotation framed in an <aside> (the quote box a forum draws).
    if node.tag == "aside":
        return frames_quotation(node)
    if node.tag == "header":
        return any(ancestor.tag in ("article", "main") for ancestor in node.iterancestors()) or (
            _entry_heading(node)
        )
    if node.tag == "footer":
        return any(ancestor.tag == "article" for ancestor in node.iterancestors()) or (
            _entry_info(node)
        )
    return False


# A quote box holds its quotation and a few short lines beside it (the quoted poster).
_QUOTE_BOX_CHILDREN = 4
_QUOTE_BOX_LABEL_MAX_CHARS = 100


def frames_quotation(aside: HtmlElement) -> bool:
    """Tell whether an `<aside>` is a quote box: a `<blockquote>` among a few children, the
    others holding at most a short line (the quoted poster's name)."""
    children = list(islice(aside, _QUOTE_BOX_CHILDREN + 1))
    if len(children) > _QUOTE_BOX_CHILDREN or not any(c.tag == "blockquote" for c in children):
        return False  # checked first: the sidebars and menus an aside holds cost little
    quote = next(c for c in children if c.tag == "blockquote")
    label = len((aside.text or "").strip())
    for child in children:
        label += len((child.tail or "").strip())
        if child is not quote and isinstance(child.tag, str):
            label += _chars_up_to(child, _QUOTE_BOX_LABEL_MAX_CHARS)
        if label > _QUOTE_BOX_LABEL_MAX_CHARS:
            return False
    return _chars_up_to(quote, 1) > 0


def _chars_up_to(element: HtmlElement, limit: int) -> int:
    # Counting stops past `limit`: a big box costs no more than a small one.
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > limit:
            break
    return total


# How far after a section's footer its text is looked for (bounded work per footer).
_TEXT_SIBLINGS = 3
_TEXT_NODES_SEEN = 200
_SECTIONING = frozenset({"article", "section", "aside", "nav"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hgroup"})


def _of_section(node: HtmlElement) -> bool:
    """Tell whether a header's or footer's nearest sectioning element is a <section>."""
    section = next((a for a in node.iterancestors() if a.tag in _SECTIONING), None)
    return section is not None and section.tag == "section"


def _entry_heading(header: HtmlElement) -> bool:
    # A <section>'s <header> holding nothing but headings is the entry's heading group
    # (HTML's sectioning rule); a masthead holds a logo, menus or dates beside them.
    children = [child for child in header if isinstance(child.tag, str)]
    return (
        bool(children)
        and not (header.text or "").strip()
        and all(c.tag in _HEADINGS and not (c.tail or "").strip() for c in children)
        and _of_section(header)
    )


def _entry_info(footer: HtmlElement) -> bool:
    # A <footer> of a <section> with the section's text after it is the entry's post-info
    # (its date, section and tags printed before the text), not the page's footer: a
    # page's footer closes what it is in, even a <section> wrapping the whole page.
    return _of_section(footer) and any(
        isinstance(node.tag, str) and node.tag == "p"
        for after in islice(footer.itersiblings(), _TEXT_SIBLINGS)
        for node in islice(after.iter(), _TEXT_NODES_SEEN)
    )


def _is_comment_form(form: HtmlElement) -> bool:
    # A form with a text box; not the form an ASP.NET page wraps around all its content,
    # which holds the page's headline or its own menu or footer (no comment box does).
    if form.find(".//textarea") is None or form.find(".//h1") is not None:
        return False
    if next(form.iter(*_PAGE_LANDMARKS), None) is not None:
        return False
    return len(form.text_content()) < _COMMENT_FORM_MAX_CHARS
