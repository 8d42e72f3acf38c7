"""The general reader: chosen when no site template matches, or when a site parser's result
is missing or implausible; it records that it stood in."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import read_capture
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH, current_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(6))


def test_a_page_without_site_markers_is_read_by_the_general_reader() -> None:
    page = (
        "<html><head><title>Tiêu đề bài | Báo Lạng Sơn</title>"
        '<meta property="og:title" content="Tiêu đề bài">'
        '<meta property="article:published_time" content="2022-02-04T09:56:32+07:00">'
        "</head><body><nav><a href='/'>Trang chủ</a><a href='/kinh-te'>Kinh tế</a></nav>"
        f"<main><h1>Tiêu đề bài</h1><div class='x'><p>LSO- {PARAGRAPH}</p>{TEXT}"
        "<p><b>Ngọc Lan</b></p></div></main></body></html>"
    )
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    article = reading.article
    assert reading.selection.parser.NAME == "generic_v1" and reading.fallback_reason is None
    assert article.parser == "generic_v1"
    assert article.title == "Tiêu đề bài" and article.lead == PARAGRAPH
    assert article.byline == "Ngọc Lan" and article.authors == ("Ngọc Lan",)
    assert article.published_at == "2022-02-04T09:56:32+07:00"
    assert article.body.count("\n\n") == 5


def test_an_implausibly_short_site_result_falls_back_to_the_general_reader() -> None:
    # The template's body container holds only a teaser; the text moved to another block.
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p>").replace(
        "<footer>", f'<div class="story">{TEXT}{TEXT}</div><footer>'
    )
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    assert reading.selection.parser.NAME == "current_v1"
    assert reading.article.parser == "generic_v1"
    assert reading.fallback_reason is not None
    assert reading.fallback_reason.startswith("text-too-short")
    assert reading.article.parse_notes["fallback_from"] == "current_v1"
    assert reading.article.title == "Hành trình hội nhập"


def test_a_plausible_site_result_is_kept() -> None:
    reading = read_capture(
        current_page(body=f"<p>LSO- {PARAGRAPH}</p>{TEXT}"), CURRENT_URL, CAPTURED
    )
    assert reading.article.parser == "current_v1" and reading.fallback_reason is None
    assert "fallback_from" not in reading.article.parse_notes


def test_a_site_parser_that_finds_no_body_hands_over() -> None:
    page = current_page(body=None).replace("<footer>", f"<div>{TEXT}</div><footer>")
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    assert reading.article.parser == "generic_v1"
    assert reading.fallback_reason == "no-body"
