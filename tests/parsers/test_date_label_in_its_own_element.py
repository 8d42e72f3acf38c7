"""The general reader on a date line whose publication label is set in bold of its own
without a colon ("<strong>Đăng ngày</strong> <time>…</time>"): set as a field label, the
words are the line's label, so the date line keeps them, as it keeps "Ngày đăng:"; plain
words before the date's own element ("Đăng ngày <a>…</a>") are left out."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, dated_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(date_line: str) -> Article:
    """Parse a page with the given line between the heading and the text."""
    return parse_article(dated_page(date_line), CURRENT_URL, CAPTURED)


def test_a_label_in_its_own_element_stays_with_the_date() -> None:
    article = read(
        '<strong>Đăng ngày</strong> <time datetime="2022-02-04T02:56:00Z">04/02/2022 09:56</time>'
    )
    assert article.dateline == "Đăng ngày 04/02/2022 09:56"
    assert article.published_at == "2022-02-04T09:56:00+07:00"


def test_other_words_in_their_own_element_are_no_label() -> None:
    # Only a publication label is kept: a name set apart before the time is not the date's.
    article = read(
        '<strong>Thu Hà</strong> <time datetime="2022-02-04T02:56:00Z">04/02/2022 09:56</time>'
    )
    assert article.dateline == "04/02/2022 09:56"


def test_a_plain_label_without_a_colon_is_left_out() -> None:
    article = read(
        'Đăng ngày <a href="/"><time datetime="2022-02-04T02:56:00Z">04/02/2022 09:56</time></a>'
    )
    assert article.dateline == "04/02/2022 09:56"
