"""The general reader on a CMS's submitted line, "Gửi bởi <account> vào <date>": the account
that posted the item and the words joining it to the date are not the date line, which is
the date itself."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.datelines import without_poster
from tests.parsers.small_pages import CURRENT_URL, dated_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(date_line: str) -> Article:
    """Parse a page with the given line between the heading and the text."""
    return parse_article(dated_page(date_line), CURRENT_URL, CAPTURED)


def test_the_posting_account_is_left_out_of_the_date_line() -> None:
    article = read("Gửi bởi <span>quantri</span> vào Thứ Sáu, 04/02/2022 - 09:56")
    assert article.dateline == "Thứ Sáu, 04/02/2022 - 09:56"
    assert article.published_at == "2022-02-04T09:56:00+07:00"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Đăng bởi Ban Biên tập lúc 09:56 04/02/2022", "09:56 04/02/2022"),
        ("Posted by admin on 04/02/2022 09:56", "04/02/2022 09:56"),
        ("Posted by admin on February 4, 2022", "February 4, 2022"),
        ("bởi Thu Hà vào lúc 09:56, 04/02/2022", "09:56, 04/02/2022"),
    ],
)
def test_poster_phrases(line: str, date: str) -> None:
    assert without_poster(line) == date


def test_a_line_without_a_date_after_the_poster_is_kept_whole() -> None:
    # "vào" starting a sentence of words, no date: nothing to cut to.
    line = "Gửi bởi Thu Hà vào chuyên mục Du lịch 04/02/2022"
    assert without_poster(line) == line
    assert without_poster("Ngày đăng: 04/02/2022") == "Ngày đăng: 04/02/2022"
