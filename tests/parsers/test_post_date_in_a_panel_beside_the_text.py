"""The general reader on a post whose date is printed only in a panel beside the text (a
blog's sidebar in the main landmark): the one `<time>` printing a date its machine time
falls on is the date line; a revision date its icon's tooltip labels as an update is not."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
SHORT = f"<p>{PARAGRAPH[:150]}</p><p>{PARAGRAPH[:150]} Hết.</p>"
REVISED = (
    "<aside><span><span class='icon' title='Cập nhật lần cuối'></span>"
    "<span>23 tháng 11, 2026</span></span></aside>"
)


def read(panel: str, text: str = SHORT) -> Article:
    """Parse a page whose main landmark holds `panel` beside the article."""
    page = (
        f"<html><body><header><time datetime='2026-11-23'>23/11/2026</time></header><main>"
        f"<article><h1>Chợ phiên vùng cao</h1>{text}{REVISED}</article>"
        f"<div class='side'><nav>{panel}</nav></div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_panel_date_is_the_date_line() -> None:
    article = read(
        "<span title='Ngày đăng'></span><time datetime='2022-02-04 00:00:00'>4 tháng 2, 2022</time>"
    )
    assert article.dateline == "4 tháng 2, 2022"
    assert article.dateline_date == "2022-02-04"
    assert article.published_at is None  # midnight without a zone: no time of day


def test_a_panel_date_its_machine_time_contradicts_is_none() -> None:
    article = read("<time datetime='2022-02-05 00:00:00'>4 tháng 2, 2022</time>")
    assert article.dateline is None


def test_two_panel_dates_name_none() -> None:
    article = read(
        "<time datetime='2022-02-04'>4 tháng 2, 2022</time>"
        "<time datetime='2022-02-06'>6 tháng 2, 2022</time>"
    )
    assert article.dateline is None


def test_a_revision_date_labelled_by_its_icon_is_no_date_line() -> None:
    assert read("<span>Thông tin</span>").dateline is None
