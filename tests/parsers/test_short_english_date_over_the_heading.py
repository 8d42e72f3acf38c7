"""A community post prints its date over the headline in its short English form for an
earlier year ("Posted on Feb 4 '22") in a `<time>` whose machine time (in UTC) confirms it:
that is the article's date line, with its label; an update's time beside it is not, and a
short date the machine time does not confirm is no date line."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(shown: str, machine: str) -> Article:
    """Parse a post whose date row shows `shown` in a `<time datetime=machine>`."""
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><main><article>"
        "<header><div><a href='/hoangmai'>Hoàng Mai</a>"
        f"<p>Posted on <time datetime='{machine}'>{shown}</time>"
        "<span> • Updated on <time datetime='2022-02-06T11:32:10Z'>Feb 6 '22</time></span>"
        "</p></div><h1>Chợ phiên vùng cao</h1></header><div>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
        + "</div></article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_confirmed_short_english_date_is_the_date_line() -> None:
    article = read("Feb 5 '22", "2022-02-05T08:20:10Z")
    assert article.dateline == "Posted on Feb 5 '22"
    assert article.dateline_date == "2022-02-05"
    assert article.published_at == "2022-02-05T15:20:10+07:00"


def test_the_local_day_of_a_utc_machine_time_confirms_it_too() -> None:
    # 20:30 UTC on the 4th is the 5th in Vietnam, the day the page prints.
    assert read("Feb 5 '22", "2022-02-04T20:30:00Z").dateline == "Posted on Feb 5 '22"


def test_an_unconfirmed_short_date_is_no_date_line() -> None:
    assert read("Feb 9 '22", "2022-02-05T08:20:10Z").dateline is None
