"""How forums print a post's date: a language pack's month written onto its number ("T6 Th2
03, 2017 3:10 pm"), a poster's join date beside the post ("Ngày tham gia: …", never the
article's), and a short date with a two-digit year ("3/2/17") read only from a `<time>`
whose own machine time confirms it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.dates import date_part, parse_dateline
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def test_a_month_abbreviated_onto_its_number_is_read() -> None:
    assert parse_dateline("T6 Th2 03, 2017 3:10 pm") == (date(2017, 2, 3), time(15, 10))
    assert parse_dateline("31 Th12 2015").day == date(2015, 12, 31)
    assert parse_dateline("Thứ 2 03 2017").day is None


def test_a_join_date_is_no_article_time() -> None:
    assert date_part("Ngày tham gia: T3 Th3 12, 2013 8:15 pm") == ""
    assert date_part("Joined: Mar 12, 2013") == ""
    assert date_part("Đăng lúc T6 Th2 03, 2017 3:10 pm") == "Đăng lúc T6 Th2 03, 2017 3:10 pm"


def read(post_header: str) -> Article:
    """Parse a post whose profile (with a join date) and `post_header` precede the text."""
    page = (
        "<html><head><title>Mùa hoa đào trên núi cao</title></head><body><main>"
        "<h2>Mùa hoa đào trên núi cao</h2><div class='post'>"
        "<dl><dt>Góc nhỏ</dt><dd>Ngày tham gia: T3 Th3 12, 2013 8:15 pm</dd></dl>"
        f"<div class='postbody'>{post_header}<div class='content'>{TEXT}</div></div>"
        "</div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_post_date_is_the_date_line_never_the_join_date() -> None:
    article = read(
        "<p>bởi <b>Góc nhỏ</b> &raquo; <time datetime='2017-02-03T08:10:00+00:00'>"
        "T6 Th2 03, 2017 3:10 pm</time></p>"
    )
    assert article.dateline == "T6 Th2 03, 2017 3:10 pm"
    assert article.published_at == "2017-02-03T15:10:00+07:00"


def test_a_short_date_its_machine_time_confirms_is_the_date_line() -> None:
    article = read("<header><time datetime='2017-02-03T15:10:00+0700'>3/2/17</time></header>")
    assert article.dateline == "3/2/17"
    assert article.dateline_date == "2017-02-03"


def test_a_short_date_its_machine_time_contradicts_is_no_date_line() -> None:
    article = read("<header><time datetime='2017-03-02T15:10:00+0700'>3/2/17</time></header>")
    assert article.dateline is None


def test_a_short_date_without_a_machine_time_is_no_date_line() -> None:
    assert read("<header><span>3/2/17</span></header>").dateline is None
