"""The general reader on variants Vietnamese systems print around the date and the credit:
received, updated and printed times beside the publication time, and credits with field
labels, job titles or a news agency's initials."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.bylines import authors_from_byline
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
LEAD = (
    "Những ngày đầu xuân, trên đỉnh Mẫu Sơn, hoa đào bung nở khắp các sườn đồi, thu hút du khách."
)
STORY = f"<div class='story'><p><b>{LEAD}</b></p>{TEXT}"
PUBLISHED = "2022-02-04T09:56:00+07:00"


def read(article: str, *, head: str = "") -> Article:
    """Parse a page made of a menu, `article` (after the headline) and a footer."""
    page = (
        f"<html><head><title>Hoa đào Mẫu Sơn</title>{head}</head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/van-hoa/'>Văn hóa</a></div>"
        f"<div class='main'><h1>Hoa đào Mẫu Sơn bung nở đón xuân</h1>{article}</div>"
        "<div class='foot'><p>Cổng thông tin điện tử tỉnh Lạng Sơn</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


@pytest.mark.parametrize(
    "other",
    ["Ngày nhận: 03/02/2022 15:00", "Cập nhật: 05/02/2022 10:00", "Ngày duyệt: 04/02/2022 08:00"],
)
def test_a_received_or_updated_time_before_the_publication_time_is_not_the_date_line(
    other: str,
) -> None:
    for row in (
        f"<div class='meta'><span>{other}</span> <span>Ngày đăng: 04/02/2022 09:56</span></div>",
        f"<div>{other}</div><div>Ngày đăng: 04/02/2022 09:56</div>",
    ):
        article = read(row + STORY + "</div>")
        assert article.dateline == "Ngày đăng: 04/02/2022 09:56"
        assert article.published_at == PUBLISHED


def test_a_time_element_labelled_or_marked_as_an_update_is_not_the_publication() -> None:
    labelled = read(
        "<div>Cập nhật: <time datetime='2022-02-05T10:00:00+07:00'>05/02/2022 10:00</time></div>"
        "<div>Đăng: <time datetime='2022-02-04T09:56:00+07:00'>04/02/2022 09:56</time></div>"
        + STORY
        + "</div>"
    )
    marked = read(
        "<time itemprop='dateModified' datetime='2022-02-05T10:00:00+07:00'></time>"
        "<div class='date'>04/02/2022 09:56</div>" + STORY + "</div>"
    )
    assert labelled.published_at == marked.published_at == PUBLISHED


def test_a_printed_at_note_closing_a_print_view_is_not_article_text() -> None:
    article = read(
        "<div class='date'>Thứ Sáu, 04/02/2022 09:56</div>"
        + STORY
        + "<p>In ngày: 10/02/2022 08:00</p></div>"
    )
    assert "In ngày" not in article.body and article.published_at == PUBLISHED


@pytest.mark.parametrize(
    ("shown", "byline", "authors"),
    [
        ("Hoàng Tùng/TTXVN", "Hoàng Tùng/TTXVN", ("Hoàng Tùng",)),
        ("Hoàng Tùng - VOV", "Hoàng Tùng - VOV", ("Hoàng Tùng",)),
        ("PV Hoàng Tùng", "PV Hoàng Tùng", ("Hoàng Tùng",)),
        ("Nhà báo Minh Anh", "Nhà báo Minh Anh", ("Minh Anh",)),
        ("Phóng viên: Hoàng Tùng", "Hoàng Tùng", ("Hoàng Tùng",)),
        ("Thực hiện: Hoàng Tùng", "Hoàng Tùng", ("Hoàng Tùng",)),
        ("Bài và ảnh: Hà Linh", "Bài và ảnh: Hà Linh", ("Hà Linh",)),
        ("Bài: Hà Linh; Ảnh: Tùng Lâm", "Bài: Hà Linh; Ảnh: Tùng Lâm", ("Hà Linh", "Tùng Lâm")),
    ],
)
def test_credit_variants_closing_the_text(
    shown: str, byline: str, authors: tuple[str, ...]
) -> None:
    article = read(STORY + f"<p style='text-align:right'><strong>{shown}</strong></p></div>")
    assert (article.byline, article.authors) == (byline, authors)


def test_an_agency_alone_is_still_named() -> None:
    # With no writer beside it, the agency is all the credit there is.
    assert authors_from_byline("Theo TTXVN") == ("TTXVN",)
    assert authors_from_byline("TTXVN") == ("TTXVN",)


def test_a_name_beside_the_date_in_its_row_is_the_credit_and_not_the_date_line() -> None:
    row = read(f"<div class='meta'>Thứ Sáu, 04/02/2022 09:56 | Hoàng Tùng</div>{STORY}</div>")
    dashed = read(
        "<div class='meta'><a href='/tac-gia/hoang-tung'>Hoàng Tùng</a> - 04/02/2022 09:56</div>"
        f"{STORY}</div>"
    )
    assert (row.dateline, row.byline) == ("Thứ Sáu, 04/02/2022 09:56", "Hoàng Tùng")
    assert (dashed.dateline, dashed.byline) == ("04/02/2022 09:56", "Hoàng Tùng")
    assert row.published_at == dashed.published_at == PUBLISHED


@pytest.mark.parametrize("shown", ["09:56 - 04/02/2022", "Thứ Sáu - 04/02/2022 09:56"])
def test_a_date_line_parted_by_dashes_keeps_its_time_and_weekday(shown: str) -> None:
    article = read(f"<div class='meta'>{shown}</div>{STORY}</div>")
    assert article.dateline == shown and article.published_at == PUBLISHED


@pytest.mark.parametrize(
    "credit",
    [
        "<p style='text-align:right'><strong>HOÀNG TÙNG</strong></p>",
        "<p><em>Bài, ảnh: Hà Linh</em></p>",
    ],
)
def test_a_credit_line_opening_the_text_is_the_credit_not_the_lead(credit: str) -> None:
    article = read(f"<div class='story'>{credit}<p>{LEAD}</p>{TEXT}</div>")
    assert article.lead == LEAD
    assert article.byline in ("HOÀNG TÙNG", "Bài, ảnh: Hà Linh")


def test_a_bold_upper_case_line_opening_the_text_is_no_credit() -> None:
    article = read(f"<div class='story'><p><b>NHỮNG NGÀY ĐẦU XUÂN</b></p><p>{LEAD}</p>{TEXT}</div>")
    assert article.byline is None and article.lead == "NHỮNG NGÀY ĐẦU XUÂN"
