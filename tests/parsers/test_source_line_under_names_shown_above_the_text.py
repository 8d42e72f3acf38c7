"""The general reader on a repost that shows its writers' names (each a link to their page)
above the text and closes the text with a source line ("Theo Báo Lạng Sơn"): the names are
the credit; the source line is never the byline then, and a paper is never an author."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(names: str) -> Article:
    """Parse a repost: the headline, the names row over the date, the text, the source line."""
    page = (
        "<html><head><title>Tin tức</title></head><body><main><h1>Đường mới về xã vùng cao"
        f"</h1><div class='meta'><div class='who'>{names}</div>"
        "<time datetime='2022-02-04T09:56:00+07:00'>04/02/2022 09:56</time></div>"
        f"<div class='story'>{TEXT}<p style='text-align:right'><em>Theo Báo Lạng Sơn</em></p>"
        "</div></main><footer><p>Bản quyền thuộc về tòa soạn</p></footer></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_names_shown_above_the_text_are_the_credit_not_the_source_line() -> None:
    article = read(
        "<a href='/tac-gia/thu-ha-12.html'>Thu Hà</a>, <a href='/tac-gia/van-an-7.html'>Văn An</a>"
    )
    assert article.byline == "Thu Hà, Văn An"
    assert article.authors == ("Thu Hà", "Văn An")
    assert "Theo Báo Lạng Sơn" not in article.body


def test_a_source_line_naming_a_paper_gives_no_author() -> None:
    article = read("")
    assert article.byline == "Theo Báo Lạng Sơn"
    assert article.authors == ()
