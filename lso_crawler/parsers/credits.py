"""Where the general reader finds the credit: the text's last line, a byline before or
after the text, an author field or the article's footer, a name beside the date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from lso_crawler.parsers.blocks import credit_hint
from lso_crawler.parsers.bylines import (
    AUTHOR_LABEL_QUALIFIER,
    MAX_BYLINE_CHARS,
    authors_from_byline,
    credit_of_row,
    is_source_credit,
    looks_like_byline,
    merge_names,
    without_field_label,
)
from lso_crawler.parsers.cleaning import is_field_row
from lso_crawler.parsers.datelines import date_row, dateline_element
from lso_crawler.parsers.dates import is_weekday, parse_dateline
from lso_crawler.parsers.document import (
    BLOCK_TAGS,
    FORMATTING_TAGS,
    element_text,
    is_inside,
    spaced_text,
)
from lso_crawler.parsers.landmarks import (
    all_bold,
    between_heading_and_text,
    comparable,
    has_block_child,
    is_site,
    labelled_box,
    metadata,
)
from lso_crawler.parsers.parts import ArticleParts
from lso_crawler.parsers.properties import property_value
from lso_crawler.text import normalize

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page


# The date line's row, and how its pieces are parted ("04/02/2022 09:56 | Hoàng Tùng").
_DATE_ROW_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—/]\s+")
_DATE_ROW_NAME_WORDS = 5
_AUTHOR_LABEL = re.compile(
    rf"(?:tác\s*giả|người\s*viết|bút\s*danh|phóng\s*viên|author|by|bởi)"
    rf"{AUTHOR_LABEL_QUALIFIER}\s*:?\s*",
    re.IGNORECASE,
)


_AUTHOR_PAGE = re.compile(
    r"/(?:tac-?gia|authors?|nguoi-?viet|but-?danh|phong-?vien|writers?)(?:/|[-_=.]|$)",
    re.IGNORECASE,
)


_PORTRAIT_TEXT_MAX_EXTRA = 40
_PORTRAIT_LEVELS = 2


def _links_to_author_page(element: HtmlElement) -> bool:
    # The name links to the writer's page ("/tac-gia/thu-ha.html", "/author/…").
    links = [element] if element.tag == "a" else element.findall(".//a")
    return len(links) == 1 and bool(_AUTHOR_PAGE.search(links[0].get("href") or ""))


def portrait_box(element: HtmlElement, name: str) -> HtmlElement | None:
    """Return the box holding a name and one picture of that person (an author box with
    an avatar): the picture is labelled with the name, or the box says little else."""
    box = element
    for _ in range(_PORTRAIT_LEVELS):
        parent = box.getparent()
        if parent is None:
            return None
        box = parent
        pictures = box.findall(".//img")
        if not pictures:
            continue
        if len(pictures) > 1:
            return None
        labels = {comparable(pictures[0].get(a)) for a in ("alt", "title")}
        if comparable(name) in labels or len(element_text(box)) <= (
            len(name) + _PORTRAIT_TEXT_MAX_EXTRA
        ):
            return box
        return None
    return None


def _inline_run(element: HtmlElement) -> bool:
    """Tell whether an inline element is a run inside a line too long to be a credit (the
    bold `LSO-` opening a lead paragraph)."""
    parent = element.getparent()
    if element.tag in BLOCK_TAGS or parent is None:
        return False
    return len(element_text(parent)) > MAX_BYLINE_CHARS


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_LEVELS = 3


def _hidden(element: HtmlElement) -> bool:
    # HTML's own ways to keep an element out of sight: the `hidden` attribute, or an
    # inline style, on the element or a near wrapper.
    for level, node in enumerate((element, *element.iterancestors())):
        if level > _HIDDEN_LEVELS:
            break
        if node.get("hidden") is not None or _HIDDEN_STYLE.search(node.get("style") or ""):
            return True
    return False


def _in_publisher(element: HtmlElement) -> bool:
    # Microdata naming the publisher (`itemprop="publisher"`) around the element.
    for node in (element, *element.iterancestors()):
        if "publisher" in (node.get("itemprop") or "").lower().split():
            return True
        if node.get("itemscope") is not None and node.get("itemprop") is None:
            return False  # the article's own scope: no publisher above
    return False


def _has_rel_author(element: HtmlElement) -> bool:
    return any("author" in (link.get("rel") or "").split() for link in element.iter("a"))


def byline(page: Page, parts: ArticleParts) -> str | None:
    """Return the text's trailing credit line, else a byline just before the text, else
    a labelled author field's value, else an author line just after the text; without
    a field label ("Tác giả: …") a CMS prints before it."""
    found = _byline(page, parts)
    if found:
        found = credit_of_row(found)  # the credit of a row, not its source line or time
        bare = without_field_label(found)
        return bare or found
    return found


def _byline(page: Page, parts: ArticleParts) -> str | None:
    if parts.byline and not (is_source_credit(parts.byline) and _names_shown_before(page)):
        page.notes["byline_from"] = "end-of-text"
        return parts.byline
    cited = page.data.get("cited_credit")
    if isinstance(cited, str):
        page.notes["byline_from"] = "source-citation"
        return cited
    before = page.data.get("byline_before")
    if isinstance(before, HtmlElement):
        return _credit_or_cards(page, before, "before-text")
    labelled = _property_author(page) or _labelled_author(page)
    if labelled:
        page.notes["byline_from"] = "author-field"
        return labelled
    footer = _credit_in_footer(page)
    if footer:
        page.notes["byline_from"] = "article-footer"
        return footer
    after = author_after(page)
    if after is not None:
        page.notes["byline_from"] = "after-text"
        return credit_text(after)
    beside = page.data.get("name_beside_date")
    if isinstance(beside, HtmlElement):
        return _credit_or_cards(page, beside, "beside-date")
    in_row = _name_in_date_row(page)
    if in_row:
        page.notes["byline_from"] = "date-row"
    return in_row


def _names_shown_before(page: Page) -> bool:
    # "Theo Báo Lạng Sơn" closing a repost names where the text comes from: when the page
    # shows the writers' names above the text, they are the credit, the source line is not.
    for key in ("byline_before", "name_beside_date"):
        shown = page.data.get(key)
        if isinstance(shown, HtmlElement):
            text = credit_text(shown)
            return bool(text) and not is_source_credit(text)
    return False


def _credit_or_cards(page: Page, element: HtmlElement, source: str) -> str:
    # A credit element may be one of several alike author cards: then every card's writer.
    _, names = author_cards(page, element)
    page.notes["byline_from"] = "author-cards" if names else source
    return ", ".join(names) if names else credit_text(element)


def _name_in_date_row(page: Page) -> str | None:
    # "Thứ Sáu, 04/02/2022 09:56 | Hoàng Tùng": a writer's name printed between separators
    # in the date line's own row (the widest short box around the date, outside the text).
    row = date_row(page)
    if row is None:
        return None
    for piece in _DATE_ROW_SEPARATOR.split(spaced_text(row)):
        piece = piece.strip()
        if (
            piece
            and not any(char.isdigit() for char in piece)
            and not is_weekday(piece)  # "Thứ Hai - 07/02/2022": the day, not a writer
            and len(piece.split()) <= _DATE_ROW_NAME_WORDS
            and looks_like_byline(piece, hinted=True)
            and not is_site(piece, page)
        ):
            return piece
    return None


def _credit_in_footer(page: Page) -> str | None:
    # The article's own <footer> (inside its text block) holding a credit line.
    if page.block is None:
        return None
    for footer in page.block.iter("footer"):
        for line in footer.iter("aside", "p", "div", "small", "span", "address"):
            text = element_text(line)
            if (
                text
                and len(text) <= MAX_BYLINE_CHARS
                and not has_block_child(line)
                and looks_like_byline(
                    text, hinted=credit_hint(line) or line.tag in ("aside", "address")
                )
            ):
                return text
    return None


def _property_author(page: Page) -> str | None:
    # The author row of the article's properties table ("Tác giả | Tin, ảnh: Hoàng Tùng").
    value = property_value(page, "author")
    if value and len(value) <= MAX_BYLINE_CHARS and not is_site(value, page):
        return value
    return None


def _labelled_author(page: Page) -> str | None:
    # "Tác giả: <value>" as a label element and a value element after the text: the
    # value is the byline (a label inside one line of text stays part of that line).
    box = labelled_box(page, _AUTHOR_LABEL)
    if box is None or normalize(box.text):
        return None
    label = next(child for child in box if isinstance(child.tag, str))
    value = value_after(label)
    if value and len(value) <= MAX_BYLINE_CHARS and _AUTHOR_LABEL.fullmatch(element_text(label)):
        return value
    return None


def value_after(label: HtmlElement) -> str:
    """Return the text shown after a label element in its box, separators kept ("<a>Mai
    Hương</a>, <a>Hữu Việt</a>"); see `credit_text` for names set side by side."""
    return _joined(label.tail or "", [item for item in label.itersiblings()])


def credit_text(element: HtmlElement | None) -> str:
    """Return a credit element's text: words in separate elements kept apart, and names
    in alike elements set side by side with nothing between them (`<a>Mai Hương</a><a>Hữu
    Việt</a>`) parted with a comma, never run together into one name."""
    if element is None:
        return ""
    return _joined(element.text or "", list(element))


_NAME = re.compile(r"[^\W\d_][^\W\d_.'’]*(?:\s+[^\W\d_][^\W\d_.'’]*){0,4}")


def _joined(first: str, items: list[HtmlElement]) -> str:
    pieces = [first]
    previous: HtmlElement | None = None
    previous_text = ""
    for item in items:
        if not isinstance(item.tag, str):
            pieces.append(item.tail or "")
            continue
        text = spaced_text(item)
        if not text:
            # A line break parts the lines it stands between ("Tin: Hoàng Tùng<br>Nguồn: …").
            pieces.append(f"{' ' if item.tag == 'br' else ''}{item.tail or ''}")
            continue
        before = "".join(pieces)
        if (
            previous is not None
            and previous.tag == item.tag
            and not normalize(previous.tail)
            and _NAME.fullmatch(previous_text)
            and _NAME.fullmatch(text)
            and text[0].isupper()
            and previous_text[0].isupper()
        ):
            pieces.append(", ")
        elif (
            item.tag not in FORMATTING_TAGS
            and (
                previous is None
                or previous.tag not in FORMATTING_TAGS
                or bool(normalize(previous.tail))
            )
            and before[-1:].isalnum()
            and text[0].isalnum()
        ):
            pieces.append(" ")
        pieces.extend((text, item.tail or ""))
        previous, previous_text = item, text
    return normalize("".join(pieces))


def authors(page: Page, byline: str | None) -> tuple[str, ...]:
    """Return the byline's names, then an author line's, else the declared authors."""
    after = author_after(page)
    names = merge_names(
        authors_from_byline(byline),
        authors_from_byline(credit_text(after)) if after is not None else (),
    )
    if names:
        return names
    declared = [name for name in metadata(page).authors if not is_site(name, page)]
    if declared:
        page.notes["authors_from"] = "metadata"
    return tuple(declared)


def name_beside_date(page: Page) -> HtmlElement | None:
    # A bare name under the headline right before or after the article's date, linking
    # to the writer's page, or beside the writer's photo: the credit of a meta group
    # ("Thu Hà" / "Thứ Hai, 7/2/2022"); weaker evidence than a credit anywhere else (a
    # CMS may print the name there and the full credit below the text).
    """Return a bare writer's name beside the date under the headline, if any."""
    dateline = dateline_element(page)
    between = between_heading_and_text(page)
    # The date may sit in a row of its own (with a share button): the row's neighbours
    # are beside it too.
    row = date_row(page)
    beside = {
        near
        for dated in (dateline, row)
        if dated is not None
        for near in (dated.getprevious(), dated.getnext())
        if near is not None
    }
    for element in between:
        if not isinstance(element.tag, str) or has_block_child(element):
            continue
        text = element_text(element)
        if (
            text
            and len(text) <= MAX_BYLINE_CHARS
            and (
                element in beside
                or _links_to_author_page(element)
                or portrait_box(element, text) is not None
            )
            and not parse_dateline(text).day
            and not is_weekday(text)
            and not is_site(text, page)
            and looks_like_byline(text, hinted=True)
            and not _hidden(element)
        ):
            return element
    return None


_CARD_LEVELS = 5
_MAX_CARDS = 6


def author_cards(page: Page, name: HtmlElement) -> tuple[list[HtmlElement], list[str]]:
    """Return (once per page) the alike author cards (a photo, the name, a title each) the
    credit element is one of, with every card's name; ([], []) when it is on none."""
    cached = page.data.get("author_cards")
    if isinstance(cached, tuple):
        return cached
    found: tuple[list[HtmlElement], list[str]] = ([], [])
    node = name
    for _ in range(_CARD_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if (page.heading is not None and is_inside(page.heading, parent)) or (
            page.block is not None and is_inside(page.block, parent)
        ):
            break
        cards = [
            child
            for child in parent
            if isinstance(child.tag, str)
            and child.tag == node.tag
            and child.get("class") == node.get("class")
        ]
        if 2 <= len(cards) <= _MAX_CARDS:
            names = _card_names(page, cards, name)
            if len(names) >= 2:
                found = (cards, names)
            break
        node = parent
    page.data["author_cards"] = found
    return found


def _card_names(page: Page, cards: list[HtmlElement], name: HtmlElement) -> list[str]:
    # The same element (tag, class, itemprop) on every card holds its writer's name.
    names = []
    for card in cards:
        same = next(
            (
                e
                for e in card.iter(str(name.tag))
                if e.get("class") == name.get("class") and e.get("itemprop") == name.get("itemprop")
            ),
            None,
        )
        text = credit_text(same) if same is not None else ""
        if not text or not looks_like_byline(text, hinted=True) or is_site(text, page):
            return []
        names.append(text)
    return list(dict.fromkeys(names))


def byline_before(page: Page, lead: HtmlElement | None) -> HtmlElement | None:
    """Return a credit line between the heading and the text (not inside the lead)."""
    data = metadata(page)
    declared = {comparable(name) for name in data.authors}
    for element in between_heading_and_text(page):
        text = element_text(element)
        if not text or len(text) > MAX_BYLINE_CHARS:
            continue
        if has_block_child(element) and not is_field_row(element):
            continue  # a box of lines, not one ("<span>Tác giả:</span><div>…</div>" is one)
        if (lead is not None and is_inside(element, lead)) or _inline_run(element):
            continue  # a bold run opening the lead ("LSO-") is part of a line, no credit
        if parse_dateline(text).day:
            continue
        if is_site(text, page) or _in_publisher(element):
            continue  # the paper or portal named as the publisher is nobody's credit
        if _hidden(element):
            continue  # machine data kept out of sight is not the credit as shown
        hinted = (
            credit_hint(element)
            or all_bold(element)
            or _has_rel_author(element)
            or _termed_author(element)
        )
        if comparable(text) in declared or (
            looks_like_byline(text, hinted=hinted) and (hinted or ":" in text or text.isupper())
        ):
            return element
    return None


_TERM_LEVELS = 2


def _termed_author(element: HtmlElement) -> bool:
    """Tell whether an element is the description of a list term naming the author
    ("<dt>Tác giả:</dt><dd><p>Thu Hà</p></dd>"): the term labels the value as the credit."""
    for level, node in enumerate((element, *element.iterancestors())):
        if level > _TERM_LEVELS:
            break
        if node.tag == "dd":
            term = node.getprevious()
            while term is not None and not isinstance(term.tag, str):
                term = term.getprevious()
            return (
                term is not None
                and term.tag == "dt"
                and _AUTHOR_LABEL.fullmatch(element_text(term)) is not None
            )
    return False


def _text_row(block: HtmlElement) -> HtmlElement:
    """Return the text's row when the text is its row's only cell (a mail's table layout:
    the credit is the next row), else the text block itself."""
    row = block.getparent()
    if (
        block.tag == "td"
        and row is not None
        and row.tag == "tr"
        and sum(1 for cell in row if cell.tag in ("td", "th")) == 1
    ):
        return row
    return block


def author_after(page: Page) -> HtmlElement | None:
    """Return (once per page) an author line right after the text, if any."""
    if "author_after" in page.data:
        cached = page.data["author_after"]
        return cached if isinstance(cached, HtmlElement) else None
    found = None
    if page.block is not None:
        declared = {comparable(name) for name in metadata(page).authors}
        for seen, sibling in enumerate(_text_row(page.block).itersiblings()):
            if seen > 5 or not isinstance(sibling.tag, str):
                continue
            if has_block_child(sibling) or sibling.tag == "tr":
                # A credit row (the byline, then a source line or a share button), or a
                # table row after the text's: its first line or cell is the candidate.
                sibling = next(
                    (c for c in sibling if isinstance(c.tag, str) and element_text(c)),
                    sibling,
                )
            text = credit_text(sibling)  # its lines apart: "ĐẶNG DŨNG<br>Nguồn: …"
            if not text:
                continue
            hinted = (
                credit_hint(sibling)
                or _has_rel_author(sibling)
                or _links_to_author_page(sibling)  # the name links to the writer's page
            )
            if len(text) <= MAX_BYLINE_CHARS and (
                comparable(text) in declared or looks_like_byline(text, hinted=hinted)
            ):
                found = sibling
            break
    page.data["author_after"] = found
    return found
