"""Page chrome: the furniture around an article (menus, side columns, the site's header and
footer, a comment form), told by HTML structure, never by class names."""

from __future__ import annotations

from lxml.html import HtmlElement

# Sectioning elements that hold page furniture; a <header> or <footer> inside an <article>
# (a <header> also inside <main>) is the article's own (HTML's sectioning rule).
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
    # An article's own <header> (its heading group) or <footer> (its tags and credits).
    if node.tag == "header":
        return any(ancestor.tag in ("article", "main") for ancestor in node.iterancestors())
    if node.tag == "footer":
        return any(ancestor.tag == "article" for ancestor in node.iterancestors())
    return False


def _is_comment_form(form: HtmlElement) -> bool:
    # A form with a text box; not the form an ASP.NET page wraps around all its content,
    # which holds the page's headline or its own menu or footer (no comment box does).
    if form.find(".//textarea") is None or form.find(".//h1") is not None:
        return False
    if next(form.iter(*_PAGE_LANDMARKS), None) is not None:
        return False
    return len(form.text_content()) < _COMMENT_FORM_MAX_CHARS
