"""A repost's note opening the text ("Bài viết được đăng lại từ Báo Lạng Sơn.") says where
the text comes from and is neither its lead nor its text; an address alone on its line
(an embedded player's card left unrendered) is no line of the text either."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
LEAD = "Sáng 6/2, chợ phiên vùng cao Đồng Đăng họp phiên đầu năm với hàng trăm gian hàng."


def read(opening: str, middle: str = "") -> Article:
    """Parse a page whose text opens with `opening`, then the bold lead and four paragraphs
    with `middle` after the second."""
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" + (middle if n == 1 else "") for n in range(4))
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><main><article>"
        f"<h1>Chợ phiên vùng cao</h1><div>{opening}<p><strong>{LEAD}</strong></p>{text}"
        "<p><strong>Hải Yến</strong></p></div></article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_repost_note_opening_the_text_is_neither_lead_nor_text() -> None:
    article = read(
        "<blockquote><p>Bài viết được đăng lại từ <a href='https://baolangson.vn/'>"
        "Báo Lạng Sơn</a>.</p></blockquote>"
    )
    assert article.lead == LEAD
    assert article.body.startswith(PARAGRAPH)
    assert "đăng lại" not in article.body


def test_an_opening_line_that_tells_the_news_stays() -> None:
    line = "Tin được đăng lại từ nhiều nguồn khiến người dân lo lắng về giá cả mùa Tết năm nay."
    article = read(f"<p>{line} Chính quyền xã đã lên tiếng trấn an và kiểm tra các điểm bán.</p>")
    assert article.lead is not None and article.lead.startswith("Tin được đăng lại")


def test_an_address_alone_on_its_line_is_no_text() -> None:
    article = read(
        "",
        "<div class='embed'><a href='https://youtu.be/abc123'>https://youtu.be/abc123</a></div>",
    )
    assert "youtu.be" not in article.body
    assert article.body.count("Đoạn") == 4


def test_an_address_inside_a_sentence_stays() -> None:
    article = read("", "<p>Xem thêm tại https://langson.gov.vn/chophien mục thông báo.</p>")
    assert "https://langson.gov.vn/chophien" in article.body
