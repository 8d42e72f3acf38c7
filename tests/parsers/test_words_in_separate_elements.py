"""Words in separate inline elements are kept apart where they are fields of their own
(date rows, captions, credits), and never split inside bold or italic runs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import html

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.credits import credit_text
from lso_crawler.parsers.document import spaced_text
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))


def read(under: str = "", text: str = TEXT, after: str = "") -> Article:
    """Parse a page with `under` the headline, then the text, then `after` it."""
    page = (
        "<html><head><title>Tổng kết công tác dân vận</title></head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/chinh-tri/'>Chính trị</a></div>"
        f"<article><h1>Tổng kết công tác dân vận năm 2015</h1>{under}"
        f"<div class='body'>{text}</div>{after}</article></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        (
            "<div><span>4:45 CH</span><div><a>Chia sẻ</a><a>Zalo</a></div></div>",
            "4:45 CH Chia sẻ Zalo",
        ),
        (
            "<p><span>Thứ Sáu</span>, <span>04/02/2022</span><b>09</b>:56</p>",
            "Thứ Sáu, 04/02/2022 09:56",
        ),
        ("<p>Ng<b>ọc</b> L<i>an</i></p>", "Ngọc Lan"),
        ("<p>một<br>hai</p>", "một hai"),
    ],
)
def test_spaced_text_parts_words_only_at_element_edges_between_words(
    markup: str, text: str
) -> None:
    assert spaced_text(html.fromstring(markup)) == text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        (
            "<p><b>Tin, ảnh:</b> <a>Mai Hương</a><a>Hữu Việt</a></p>",
            "Tin, ảnh: Mai Hương, Hữu Việt",
        ),
        ("<p><span>Mai Hương</span><span>Hữu Việt</span></p>", "Mai Hương, Hữu Việt"),
        ("<p>Bài: <a>Mai Hương</a> - <a>Hữu Việt</a></p>", "Bài: Mai Hương - Hữu Việt"),
        ("<p><b>Ng</b>ọc <b>Lan</b></p>", "Ngọc Lan"),
    ],
)
def test_credit_text_parts_names_set_side_by_side(markup: str, text: str) -> None:
    assert credit_text(html.fromstring(markup)) == text


def test_a_date_row_with_a_credit_and_share_buttons_gives_the_date_alone() -> None:
    article = read(
        "<div class='meta'><div class='who'><span>Tin, ảnh:</span> <a href='/tac-gia/ht'>"
        "Hoàng Tùng</a></div><span class='t'>31/12/2015 4:45 CH</span><div class='share'>"
        "<a href='https://facebook.com/sharer'>Chia sẻ</a><a data-href='x'>Zalo</a></div></div>"
    )
    assert article.dateline == "31/12/2015 4:45 CH"
    assert article.published_at == "2015-12-31T16:45:00+07:00"


def test_a_byline_of_two_linked_names_before_the_text() -> None:
    article = read(
        "<p class='author'><a href='/tac-gia/mai-huong' rel='author'>Mai Hương</a>"
        "<a href='/tac-gia/huu-viet' rel='author'>Hữu Việt</a></p>"
    )
    assert article.byline == "Mai Hương, Hữu Việt"
    assert article.authors == ("Mai Hương", "Hữu Việt")


def test_a_caption_and_its_photo_credit_in_separate_elements() -> None:
    text = TEXT + (
        "<figure><img src='/uploads/a.jpg'><figcaption><span>Quang cảnh hội nghị</span>"
        "<span>Ảnh: Thu Hà</span></figcaption></figure>" + TEXT
    )
    article = read(text=text)
    assert [caption.text for caption in article.captions] == ["Quang cảnh hội nghị Ảnh: Thu Hà"]
