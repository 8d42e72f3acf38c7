"""The general reader's article block: a cleaned copy of the main block divided into lead,
body, captions and byline, with pictures just outside it and alt texts as a last resort."""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from lso_crawler.parsers.base import Caption
from lso_crawler.parsers.blocks import read_blocks
from lso_crawler.parsers.captions import (
    CAPTION_BOX_MAX_CHARS,
    caption_line_after,
    collect_alts,
    drop_notice_boxes,
    drop_slide_counters,
    image_links_away,
    is_file_label,
    is_icon,
    mark_caption_boxes,
    normalise_images,
    without_repeats,
)
from lso_crawler.parsers.cleaning import (
    copy_with_all,
    drop_icon_counters,
    drop_through,
    join_field_rows,
)
from lso_crawler.parsers.credits import (
    author_cards,
    byline_before,
    name_beside_date,
    portrait_box,
)
from lso_crawler.parsers.datelines import dateline_element as find_dateline_element
from lso_crawler.parsers.datelines import opening_kicker
from lso_crawler.parsers.density import clear_non_article, is_banner, is_labelled_ad
from lso_crawler.parsers.document import element_text, is_inside
from lso_crawler.parsers.feed_posts import posted_pictures
from lso_crawler.parsers.footnotes import drop_footnote_marks
from lso_crawler.parsers.landmarks import (
    after_text_in_region,
    base_url,
    between_heading_and_text,
    comparable,
    metadata,
    note_fallback,
)
from lso_crawler.parsers.leads import drop_summary_label
from lso_crawler.parsers.parts import (
    ArticleParts,
    captions_repeating_alts,
    share_gallery_captions,
    split_article,
)
from lso_crawler.parsers.properties import property_table
from lso_crawler.parsers.quoted import is_quoted
from lso_crawler.parsers.sources import cut_source_section
from lso_crawler.parsers.taxonomy import tag_chips_before_text, tag_links_closing_text
from lso_crawler.parsers.titles import title as page_title

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page


# The row a date line sits in (with the poster, views, a source), and what it never holds.
_META_ROW_MAX_CHARS = 150
_META_ROW_TAGS = frozenset({"div", "span", "ul", "li", "small", "time", "font", "em", "i"})
_NO_META_ROW_INSIDE = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "img", "amp-img", "picture")


def _drop_meta_row(row: HtmlElement, block: HtmlElement) -> None:
    """Drop what is left of the row that printed the article's date (separators, the
    poster's account, a view count, a source chip): the widest box around the date's place,
    short and holding no paragraph, heading or picture, below the text block."""
    found = None
    for node in (row, *row.iterancestors()):
        if node is block or not _is_meta_row(node):
            break
        found = node
    if found is not None and found.getparent() is not None:
        found.drop_tree()


def _is_meta_row(node: HtmlElement) -> bool:
    if node.tag not in _META_ROW_TAGS or len(element_text(node)) > _META_ROW_MAX_CHARS:
        return False
    return next(node.iter(*_NO_META_ROW_INSIDE), None) is None


_REPEAT_SCAN = 4
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div"})
_REPEATED_TAGS = _HEADING_TAGS | {"address"}
_REPEAT_CHILDREN = 3


def _drop_repeated_heading_group(page: Page, block: HtmlElement) -> None:
    """Drop the copy of the heading group a text block opens with (an editor's copy shown
    under the rendered header, as Instant-View-like pages do): the headline again, and the
    author or channel line (`<address>`, or the name the header already shows)."""
    if page.heading is None or page.block is None or is_inside(page.heading, page.block):
        return
    title = ""
    shown: set[str] = set()
    for _ in range(_REPEAT_SCAN):
        first = next((c for c in block if isinstance(c.tag, str)), None)
        if first is None or first.tag not in _REPEATED_TAGS or len(first) > _REPEAT_CHILDREN:
            return  # a wrapper of the text, a picture, a list: no copied heading group
        if first.find(".//img") is not None:
            return
        text = comparable(element_text(first))
        if not text:
            return
        if not title:
            title = comparable(element_text(page.heading))
            shown = {comparable(name) for name in metadata(page).authors}
            shown |= {comparable(element_text(a)) for a in _header_addresses(page)}
            shown.discard("")
        if (first.tag in _HEADING_TAGS and text == title) or (
            text in shown and (first.tag == "address" or len(text) <= 60)
        ):
            first.drop_tree()
            continue
        return


def _header_addresses(page: Page) -> list[HtmlElement]:
    # The author lines the header shows: its `<address>` elements.
    heading = page.heading
    if heading is None:
        return []
    holder = heading.getparent()
    return list(holder.iter("address")) if holder is not None else []


def article_parts(page: Page, lead_element: HtmlElement | None) -> ArticleParts:
    """Clean a copy of the main block by structure and divide it into the fields."""
    if page.block is None:
        return ArticleParts()
    dateline_element = find_dateline_element(page)
    before = byline_before(page, lead_element)
    page.data["byline_before"] = before
    beside = name_beside_date(page) if before is None else None
    page.data["name_beside_date"] = beside
    credit = before if before is not None else beside
    # The writer's photo beside their name is no article picture.
    portrait = portrait_box(credit, element_text(credit)) if credit is not None else None
    kicker = opening_kicker(page)
    chips = tag_chips_before_text(page)
    closing_tags = tag_links_closing_text(page)
    inner = [page.heading, lead_element, dateline_element, before, beside, portrait, kicker, chips]
    inner.append(closing_tags)
    inner.append(property_table(page))  # the fields it names are read from it, never as text
    block, copies = copy_with_all(page.block, inner)
    heading_copy, *others = copies
    if heading_copy is not None:
        # The headline's own <header> in the text block (kicker, authors, times) is
        # the article's heading group, not its text.
        group = next(
            (a for a in heading_copy.iterancestors() if a.tag in ("header", "hgroup")),
            None,
        )
        if group is not None and group is not block and is_inside(group, block):
            heading_copy = group
        drop_through(heading_copy, block)
    _drop_repeated_heading_group(page, block)
    dateline_copy = others[1]
    row = dateline_copy.getparent() if dateline_copy is not None else None
    for element in others:
        if element is not None and element.getparent() is not None:
            element.drop_tree()
    if row is not None:
        _drop_meta_row(row, block)
    drop_notice_boxes(block)
    drop_footnote_marks(block)
    drop_summary_label(block)
    headline = element_text(page.heading) if page.heading is not None else None
    page.data["cited_credit"] = cut_source_section(block, headline)
    normalise_images(block)
    page.data["alts"] = collect_alts(block, base_url(page))
    drop_icon_counters(block)
    clear_non_article(block)
    join_field_rows(block)
    drop_slide_counters(block)
    mark_caption_boxes(block)
    blocks = share_gallery_captions(read_blocks(block, base_url(page), share_captions=True))
    blocks = captions_repeating_alts(blocks, page.data["alts"])
    parts = split_article(
        blocks,
        lead=element_text(lead_element) if lead_element is not None else None,
        italic_captions=True,
        styled_captions=True,
        opening_credit=True,
    )
    skip = [
        e
        for e in (page.heading, lead_element, dateline_element, before, beside, portrait)
        if e is not None
    ]
    if credit is not None:
        skip.extend(author_cards(page, credit)[0])  # every writer's photo on their card
    # A cover picture without a caption that the text shows again is the text's picture.
    shown = {caption.image_url for caption in parts.captions}
    # A quoted article's pictures are the quotation's: those around it are the post's.
    around = (
        ([], [])
        if is_quoted(page)
        else (between_heading_and_text(page), after_text_in_region(page))
    )
    above, below = (
        [c for c in found if c.text or c.image_url not in shown]
        for found in (
            _images_outside(page, around[0], skip),
            _images_outside(page, around[1], skip),
        )
    )
    above = [*posted_pictures(page, base_url(page)), *above]
    if above or below:
        parts = ArticleParts(
            parts.lead, parts.paragraphs, (*above, *parts.captions, *below), parts.byline
        )
        page.notes["captions_outside_text"] = len(above) + len(below)
    kept = without_repeats(parts.captions)
    if kept != parts.captions:
        page.notes["captions_repeated"] = len(parts.captions) - len(kept)
        parts = ArticleParts(parts.lead, parts.paragraphs, kept, parts.byline)
    return _alt_captions(page, _without_file_labels(page, parts))


def _without_file_labels(page: Page, parts: ArticleParts) -> ArticleParts:
    """Return the parts with captions that only name the picture's file emptied."""
    labels = [c for c in parts.captions if c.text and is_file_label(c.text, c.image_url)]
    if not labels:
        return parts
    page.notes["captions_file_labels"] = len(labels)
    captions = tuple(Caption(c.image_url, None) if c in labels else c for c in parts.captions)
    return ArticleParts(parts.lead, parts.paragraphs, captions, parts.byline)


def _images_outside(
    page: Page, elements: list[HtmlElement], skip: list[HtmlElement]
) -> list[Caption]:
    """Return the captioned pictures among `elements` that lie outside the main text (an
    image field before the body, a gallery after it): each picture's holder, the
    largest box around it with nothing but pictures and short text, read as a figure."""
    assert page.block is not None
    holders: list[HtmlElement] = []
    dateline = find_dateline_element(page)
    for element in elements:
        if element.tag not in ("img", "amp-img") or is_inside(element, page.block):
            continue
        if any(is_inside(element, other) for other in (*skip, *holders)):
            continue
        if (
            image_links_away(element)
            or is_icon(element)
            or is_banner(element)
            or is_labelled_ad(element)
        ):
            continue  # a teaser, an ad, a button, an avatar
        line = element.getparent()
        if (
            dateline is not None
            and line is not None
            and is_inside(dateline, line)
            and len(element_text(line)) <= _META_ROW_MAX_CHARS
        ):
            continue  # a clock or calendar glyph in the date line
        holder = element
        for parent in element.iterancestors():
            if (
                is_inside(page.block, parent)
                or any(is_inside(other, parent) for other in skip)
                or len(element_text(parent)) > CAPTION_BOX_MAX_CHARS
                or any(image_links_away(img) for img in parent.iter("img", "amp-img"))
            ):
                break
            holder = parent
        holders.append(holder)
    captions: list[Caption] = []
    for holder in holders:
        wrapper = page.doc.makeelement("div")
        copy = deepcopy(holder)
        copy.tail = None
        wrapper.append(copy)
        line = caption_line_after(holder)
        if (
            line is not None
            and not any(is_inside(other, line) or is_inside(line, other) for other in skip)
            and not (dateline is not None and (is_inside(dateline, line) or line is dateline))
            and not is_inside(page.block, line)
        ):
            # A cover picture with its caption line below it, outside any figure markup.
            figure = page.doc.makeelement("div")
            wrapper.remove(copy)
            figure.append(copy)
            caption = deepcopy(line)
            caption.tail = None
            figure.append(caption)
            wrapper.append(figure)
        drop_slide_counters(wrapper)
        normalise_images(wrapper)
        page.data.setdefault("alts", {}).update(collect_alts(wrapper, base_url(page)))
        mark_caption_boxes(wrapper)
        found = split_article(
            share_gallery_captions(read_blocks(wrapper, base_url(page), share_captions=True)),
            italic_captions=True,
            styled_captions=True,
        )
        captions.extend(found.captions)
    return captions


def _alt_captions(page: Page, parts: ArticleParts) -> ArticleParts:
    # An image with no visible caption: its alt/title text, as a last resort.
    if all(caption.text for caption in parts.captions):
        return parts
    title = comparable(page_title(page))
    alts = page.data.get("alts", {})
    captions = []
    for caption in parts.captions:
        text = caption.text
        alt = alts.get(caption.image_url) if not text else None
        if alt and comparable(alt) != title and len(alt) >= 15 and " " in alt:
            text = alt
            note_fallback(page, "captions")
        captions.append(Caption(caption.image_url, text))
    return ArticleParts(parts.lead, parts.paragraphs, tuple(captions), parts.byline)
