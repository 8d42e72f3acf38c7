"""The general reader on editor lines each wrapped whole in one styled run
(`<div><span style=…>…</span></div>`, as note and mail editors write them): every such
`div` is a paragraph of the text, so the text is found there and not in the page's footer;
an all-bold or hidden run is no paragraph."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.density import main_block
from lso_crawler.parsers.document import load_document
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
FOOTER = "<div class='foot'><p>© 2026 Công ty phần mềm ghi chú. Mọi quyền được bảo lưu.</p></div>"


def lines(count: int) -> str:
    """`count` text lines, each a div wrapping one styled span, blank lines between."""
    return "<div><br/></div>".join(
        f'<div><span style="font-size:16px;">{PARAGRAPH} Đoạn {n}.</span></div>'
        for n in range(count)
    )


def test_divs_each_wrapping_one_run_are_the_text() -> None:
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body>"
        f"<h1>Chợ phiên vùng cao</h1><div class='note'>{lines(3)}</div>{FOOTER}</body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.body.startswith(PARAGRAPH)
    assert article.body.endswith("Đoạn 2.")
    assert "bảo lưu" not in article.body


def test_a_run_holding_boxes_is_no_line() -> None:
    # A wrapper run around whole boxes (a mail's <font> around the message) is not one
    # paragraph: the box with the paragraphs stays the text block.
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))
    doc = load_document(
        "<html><body><div id='outer'><font size='-1'><div>Lời nhắn ngắn gửi kèm bài viết này.</div>"
        f"<div id='text'>{text}</div></font></div></body></html>"
    )
    block = main_block(doc)
    assert block is not None and block.get("id") == "text"


def test_an_all_bold_or_hidden_run_is_no_paragraph() -> None:
    bold = f"<div><b>{PARAGRAPH} Tóm tắt.</b></div>"
    hidden = f'<div><span style="display: none">{PARAGRAPH} Ẩn.</span></div>'
    text = f"<p>{PARAGRAPH} Đoạn một.</p>"
    doc = load_document(
        f"<html><body><div id='box'>{bold}{hidden}<div id='text'>{text}</div></div></body></html>"
    )
    block = main_block(doc)
    assert block is not None and block.get("id") == "text"
