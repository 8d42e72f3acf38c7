"""The general reader on a page with no <h1> whose headline is a sub-heading set in the same
box as the paragraphs, before the first of them, with no wrapper around the text
(`<div><h3>headline</h3><p>…</p>…</div>`): the sub-heading is the headline, not <title>,
and it is no line of the text; a sub-heading after the text has begun is an intertitle."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
MENU = (
    "<div><a href='/'>Trang chủ</a> <a href='/nong-nghiep'>Nông nghiệp</a>"
    " <a href='/van-hoa'>Văn hóa</a></div>"
)


def read(box: str) -> Article:
    """Parse a page titled only with the site's words, the article in `box`."""
    page = (
        "<html><head><title>Cổng thông tin - Chi tiết bài viết</title></head><body>"
        f"{MENU}{box}</body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_sub_heading_opening_the_text_box_is_the_headline() -> None:
    article = read(
        "<div><h3>Nông dân Tràng Định thu hoạch hồi vụ chính</h3>"
        f"<p>05/02/2022 08:15</p>{TEXT}</div>"
    )
    assert article.title == "Nông dân Tràng Định thu hoạch hồi vụ chính"
    assert article.dateline == "05/02/2022 08:15"
    assert "thu hoạch hồi vụ chính" not in article.body
    assert article.body.startswith(PARAGRAPH[:20])


def test_a_sub_heading_after_the_text_has_begun_is_no_headline() -> None:
    article = read(f"<div>{TEXT}<h3>Giá hồi tăng cao nhất ba năm</h3>{TEXT}</div>")
    assert article.title != "Giá hồi tăng cao nhất ba năm"
