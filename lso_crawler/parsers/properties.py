"""A table of the article's properties (label and value rows: "Nguồn", "Chuyên mục", "Ngày
đăng", "Tác giả") read as the fields it names, never as the article's text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from lso_crawler.parsers.document import element_text
from lso_crawler.parsers.landmarks import between_heading_and_text

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page

# What each row's label names, by the label's whole text (a final colon aside).
_KINDS: dict[str, re.Pattern[str]] = {
    "date": re.compile(
        r"ngày(?:\s+(?:đăng|xuất\s*bản|phát\s*hành))?|thời\s*gian(?:\s+đăng)?"
        r"|đăng\s*(?:lúc|ngày|vào)|xuất\s*bản|date|published(?:\s+on)?|posted(?:\s+on)?",
        re.IGNORECASE,
    ),
    "updated": re.compile(r"(?:ngày\s*)?cập\s*nhật|(?:last\s*)?(?:updated|modified)", re.I),
    "author": re.compile(
        r"tác\s*giả|người\s*viết|bút\s*danh|phóng\s*viên|thực\s*hiện|authors?|writers?",
        re.IGNORECASE,
    ),
    "section": re.compile(r"chuyên\s*mục|danh\s*mục|thể\s*loại|categor(?:y|ies)|section", re.I),
    "source": re.compile(
        r"nguồn(?:\s*(?:tin|bài|gốc))?|sources?|(?:link|bài|đường\s*dẫn|liên\s*kết)\s*gốc"
        r"|url|original",
        re.IGNORECASE,
    ),
    "tags": re.compile(r"từ\s*kh[oó]a|tags?|thẻ|keywords?|nhãn|labels?", re.IGNORECASE),
}
# The kinds that make a table the article's properties (a source row alone does not).
_FIELD_KINDS = frozenset({"date", "author", "section"})
_MIN_NAMED_ROWS = 2
_MAX_ROWS = 12
_LABEL_MAX_CHARS = 30
# Tables looked at inside the text block (a properties table opens or closes the text).
_TABLES_SCANNED = 4


def property_table(page: Page) -> HtmlElement | None:
    """Return (once per page) the table of the article's properties: two cells a row, each
    label short and most naming a property, the date, author or section among them."""
    if "property_table" not in page.data:
        page.data["property_table"] = None
        page.data["property_rows"] = {}
        for table in _candidate_tables(page):
            rows = _named_rows(table)
            if rows is not None:
                page.data["property_table"] = table
                page.data["property_rows"] = rows
                break
    found = page.data["property_table"]
    return found if isinstance(found, HtmlElement) else None


def property_row(page: Page, kind: str) -> tuple[HtmlElement, HtmlElement] | None:
    """Return the row of the properties table naming `kind` ("date", "author", "section",
    …) and its value cell, or None."""
    if property_table(page) is None:
        return None
    rows: dict[str, tuple[HtmlElement, HtmlElement]] = page.data["property_rows"]
    return rows.get(kind)


def property_value(page: Page, kind: str) -> str | None:
    """Return the value shown in the properties table for `kind`, or None."""
    row = property_row(page, kind)
    return (element_text(row[1]) or None) if row is not None else None


def _candidate_tables(page: Page) -> list[HtmlElement]:
    found = [e for e in between_heading_and_text(page) if e.tag == "table"]
    if page.block is not None:
        for count, table in enumerate(page.block.iter("table")):
            if count >= _TABLES_SCANNED:
                break
            found.append(table)
    return found


def _named_rows(table: HtmlElement) -> dict[str, tuple[HtmlElement, HtmlElement]] | None:
    """Return a properties table's rows by the kind their label names, or None when the
    table is not one (a row of other than two cells, a long label, few named rows)."""
    rows: dict[str, tuple[HtmlElement, HtmlElement]] = {}
    count = 0
    for row in table.iter("tr"):
        count += 1
        cells = [cell for cell in row if cell.tag in ("th", "td")]
        if count > _MAX_ROWS or len(cells) != 2:
            return None
        label = element_text(cells[0]).rstrip(" :")
        if not label or len(label) > _LABEL_MAX_CHARS:
            return None
        kind = next((k for k, words in _KINDS.items() if words.fullmatch(label)), None)
        if kind is not None and kind not in rows:
            rows[kind] = (row, cells[1])
    if len(rows) < _MIN_NAMED_ROWS or 2 * len(rows) < count or not _FIELD_KINDS & rows.keys():
        return None
    # Looked for last: a big layout table has failed the row checks long before.
    return None if table.find(".//table") is not None else rows
