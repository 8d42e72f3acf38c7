"""The general reader on a text that opens with the writer's name set in bold, under a lead
shown apart above it ("<p><strong>ĐẶNG DŨNG</strong></p>" first in the body): with the lead
already read, a first line in bold or italics that is just a name is the credit put first,
not a line of the text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
LEAD = "Sáng 4/2, huyện Chi Lăng tổ chức hội nghị bàn giải pháp tiêu thụ na cho bà con."


def read(first: str, *, lead: bool = True) -> Article:
    """Parse a page whose text opens with `first`, under a lead shown apart (or none)."""
    text = first + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
    summary = f'<div itemprop="description"><p>{LEAD}</p></div>' if lead else ""
    page = (
        "<html><head><title>Mùa na Chi Lăng</title>"
        f'<meta name="description" content="{LEAD}"></head><body><main><article>'
        "<h1>Mùa na Chi Lăng</h1><p>04/02/2022 09:56</p>"
        f'{summary}<div itemprop="articleBody">{text}</div>'
        "</article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


@pytest.mark.parametrize(
    ("line", "credit", "names"),
    [
        ("<p><strong>ĐẶNG DŨNG</strong></p>", "ĐẶNG DŨNG", ("Đặng Dũng",)),
        ("<p><b>Thu Hà</b></p>", "Thu Hà", ("Thu Hà",)),
        ("<p><em>Minh Ngọc - Hoàng Tùng</em></p>", "Minh Ngọc - Hoàng Tùng", None),
    ],
)
def test_a_name_set_apart_opening_the_text_is_the_credit(
    line: str, credit: str, names: tuple[str, ...] | None
) -> None:
    article = read(line)
    assert article.lead == LEAD
    assert article.byline == credit
    assert credit not in article.body
    assert article.body.startswith(PARAGRAPH)
    if names:
        assert article.authors == names


def test_a_bold_subheading_opening_the_text_stays_text() -> None:
    article = read("<p><strong>Nâng cao giá trị quả na</strong></p>")
    assert article.body.startswith("Nâng cao giá trị quả na")
    assert article.byline is None


def test_a_plain_name_line_opening_the_text_stays_text() -> None:
    # Not set apart in bold or italics: nothing marks the line as a credit.
    article = read("<p>Thu Hà</p>")
    assert article.byline is None
