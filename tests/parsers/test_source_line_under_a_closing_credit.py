"""The general reader on a repost that closes its text with the credit, then a line naming
the source it is taken from ("Theo Báo Lạng Sơn", "Theo baolangson.vn"): the source line is
neither the credit nor article text, and the credit above it is read."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH, repost_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(closing: str) -> Article:
    """Parse a news site's repost: the headline, the sapo, the text and its closing lines."""
    return parse_article(repost_page(closing), CURRENT_URL, CAPTURED)


def test_a_source_line_under_a_bold_credit_is_not_the_credit() -> None:
    article = read(
        "<p style='text-align:right'><strong>Bài, ảnh: Hải Yến</strong></p>"
        "<p style='text-align:right'><em>Theo Báo Lạng Sơn</em></p>"
    )
    assert article.byline == "Bài, ảnh: Hải Yến"
    assert article.authors == ("Hải Yến",)
    assert article.body.endswith("Đoạn 3.")


def test_a_source_line_under_a_name_in_capitals_is_not_the_credit() -> None:
    article = read("<p><b>LƯƠNG HÀ</b></p><p><i>Theo TTXVN</i></p>")
    assert article.byline == "LƯƠNG HÀ"
    assert article.authors == ("Lương Hà",)


def test_a_source_line_alone_after_the_text_is_still_the_credit() -> None:
    article = read("<p style='text-align:right'><em>Theo TTXVN</em></p>")
    assert article.byline == "Theo TTXVN"
    assert article.body.endswith("Đoạn 3.")


def test_a_source_named_by_its_web_address_is_no_text() -> None:
    article = read("<p style='text-align:right'><em>Theo baolangson.vn</em></p>")
    assert article.body.endswith("Đoạn 3.")
    assert "baolangson.vn" not in article.body
    assert article.byline is None
