"""The general reader on a credit box after the text that sets the credit and the source
line in one element, parted only by a `<br>`: the lines stay apart, so the credit is read
without the source line, and a name alone in capitals is still a credit."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "<br><br>".join(f"{PARAGRAPH} Đoạn {n}." for n in range(4))


def read(credit_box: str) -> Article:
    """Parse a blog's repost: the headline, the text in one box, the credit box after it."""
    page = (
        "<html><head><title>Tin tức</title></head><body><div><h2>Nông dân Bắc Sơn vào vụ "
        f"lúa xuân</h2><div class='entry'><div>{TEXT}</div>"
        f"<div style='text-align: right'>{credit_box}</div></div>"
        "<p>Chia sẻ bài viết này</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_credit_and_its_source_line_parted_by_a_line_break_are_two_lines() -> None:
    article = read("<b>Bài, ảnh: Hải Yến</b><br><i>Nguồn: Báo Lạng Sơn điện tử</i>")
    assert article.byline == "Bài, ảnh: Hải Yến"
    assert article.authors == ("Hải Yến",)
    assert article.body.endswith("Đoạn 3.")


def test_a_name_in_capitals_over_its_source_line_is_the_credit() -> None:
    article = read("<b>LƯƠNG HÀ</b><br><i>Nguồn: Báo Lạng Sơn điện tử</i>")
    assert article.byline == "LƯƠNG HÀ"
    assert article.authors == ("Lương Hà",)
