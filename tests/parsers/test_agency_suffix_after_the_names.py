"""The general reader on a repost whose closing credit sets the writers' paper after their
names as an agency suffix ("Hải Yến - Đức Huy/Báo Lạng Sơn"): the byline is the names
without the suffix, and the paper is never one of the authors."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.bylines import authors_from_byline
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(closing: str) -> Article:
    """Parse a news site's repost: the headline, the text and its closing credit."""
    page = (
        "<html><head><title>Tin tức</title></head><body><main><h1>Chợ phiên vùng cao đông "
        f"vui ngày giáp Tết</h1><section>{TEXT}{closing}</section></main>"
        "<footer><p>Tạp chí Người Làm Vườn</p></footer></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_paper_after_a_slash_is_cut_from_the_credit() -> None:
    article = read("<p style='text-align:right'><b>Hải Yến - Đức Huy/Báo Lạng Sơn</b></p>")
    assert article.byline == "Hải Yến - Đức Huy"
    assert article.authors == ("Hải Yến", "Đức Huy")
    assert article.body.endswith("Đoạn 3.")


def test_a_spaced_slash_and_another_kind_of_publication_are_cut_too() -> None:
    article = read("<p style='text-align:right'><strong>Ngọc Mai / Tạp chí Văn nghệ</strong></p>")
    assert article.byline == "Ngọc Mai"
    assert article.authors == ("Ngọc Mai",)


def test_a_publication_named_among_the_names_is_no_author() -> None:
    assert authors_from_byline("Thu Hà, Báo Lạng Sơn") == ("Thu Hà",)
    assert authors_from_byline("Báo Lạng Sơn") == ()


def test_a_slash_between_roles_or_before_agency_initials_stays() -> None:
    assert authors_from_byline("Bài/ảnh: Thu Hà") == ("Thu Hà",)
    article = read("<p style='text-align:right'><b>Minh Anh/TTXVN</b></p>")
    assert article.byline == "Minh Anh/TTXVN"
    assert article.authors == ("Minh Anh",)
