"""The general reader on a text set in one table cell of its own row (a mailed article's
table layout): the right-aligned credit in the next row is the byline."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))


def read(credit_row: str) -> Article:
    """Parse a table-layout page whose text cell is followed by `credit_row`."""
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><table>"
        "<tr><td><h1>Chợ phiên vùng cao</h1></td></tr>"
        f"<tr><td>{TEXT}</td></tr>{credit_row}"
        "<tr><td><a href='/'>Xem bài viết trên website</a></td></tr></table></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_right_aligned_name_in_the_next_row_is_the_byline() -> None:
    article = read("<tr><td align='right'><b>Thu Hà</b></td></tr>")
    assert article.byline == "Thu Hà"
    assert article.authors == ("Thu Hà",)


def test_a_labelled_credit_in_the_next_row_is_the_byline() -> None:
    article = read("<tr><td><b>Bài, ảnh: Hà Linh</b></td></tr>")
    assert article.byline == "Bài, ảnh: Hà Linh"


def test_a_plain_sentence_in_the_next_row_is_no_byline() -> None:
    article = read("<tr><td>Cảm ơn bạn đã đọc bài viết này.</td></tr>")
    assert article.byline is None
