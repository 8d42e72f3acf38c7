"""The general reader on a short post-info row that opens with the publication label in a
plain element of its own, the date in the next, and the poster or the section after it
("<span>Đăng:</span> <time>…</time> bởi <a>…</a> trong <a>…</a>"): the date line is the
label and that date, never the whole row's text."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(row: str) -> Article:
    """Parse a page whose article closes with the post-info `row` under its text."""
    page = (
        "<html><head><title>Lễ hội Lồng tồng</title></head><body><main><article>"
        f"<h1>Lễ hội Lồng tồng</h1>{TEXT}<footer>{row}</footer>"
        "</article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_label_and_the_date_beside_it_are_the_date_line() -> None:
    article = read(
        '<span>Đăng:</span> <time datetime="2022-02-04T09:56:00+07:00">04/02/2022 09:56</time>'
        ' <span>bởi</span> <a href="/tac-gia/hoang-lan">Hoàng Lan</a>'
        ' <span>trong</span> <a href="/van-hoa">Văn hóa</a>'
    )
    assert article.dateline == "Đăng: 04/02/2022 09:56"
    assert article.published_at == "2022-02-04T09:56:00+07:00"
    assert article.body.endswith("Đoạn 3.")


def test_a_date_split_over_elements_keeps_the_row_as_printed() -> None:
    # The day and the hour in elements of their own: no one element holds the whole date.
    article = read("<span>Ngày đăng:</span> <span>04/02/2022</span> <span>09:56</span>")
    assert article.dateline == "Ngày đăng: 04/02/2022 09:56"


def test_a_label_in_the_row_s_own_text_is_read_as_before() -> None:
    article = read("Đăng: <time>04/02/2022 09:56</time> | Văn hóa")
    assert article.dateline == "Đăng: 04/02/2022 09:56"
