"""The general reader on a row under the headline that names the poster and the date in a
`<time>` (a forum thread's starter row, whatever its class says): an info row, never the
lead, so the lead is the text's own opening paragraph."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
OPENING = "Những ngày đầu xuân, hoa đào nở khắp các sườn đồi, thu hút đông đảo du khách lên núi."
TEXT = f"<p>{OPENING}</p>" + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(row: str) -> Article:
    """Parse a page with `row` between the headline and the text."""
    page = (
        "<html><head><title>Mùa hoa đào trên núi cao</title></head><body><main>"
        f"<h1>Mùa hoa đào trên núi cao</h1>{row}<div>{TEXT}</div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_row_with_the_poster_and_a_time_is_no_lead() -> None:
    article = read(
        "<div class='description'><ul><li>Người tạo chủ đề <a href='/u/7'>Góc nhỏ</a></li>"
        "<li>Ngày gửi <time datetime='2017-02-03T15:10:00+0700'>3/2/17</time></li></ul></div>"
    )
    assert article.lead == OPENING
    assert article.body.startswith(PARAGRAPH)


def test_a_summary_box_without_a_time_is_still_the_lead() -> None:
    summary = "Hoa đào Mẫu Sơn nở muộn hơn miền xuôi, sắc hồng đậm, cánh dày và bền màu."
    article = read(f"<div class='description'>{summary}</div>")
    assert article.lead == summary
