"""The general reader on a text block that a flattened page closes with the publisher's
imprint (its press licence number and its editor-in-chief or governing body): the page's
furniture, never a line of the text, so the credit before it is still the text's last line."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<div>{PARAGRAPH} Đoạn {n}.</div>" for n in range(4))


def read(closing: str) -> Article:
    """Parse a page whose text block ends with the credit, then `closing`."""
    page = (
        "<html><head><title>Hội chợ xuân biên giới</title></head><body><div class='x1'>"
        f"<h1>Hội chợ xuân biên giới</h1>{TEXT}<div><b>Minh Khôi</b></div>"
        f"{closing}</div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_imprint_closing_the_text_is_no_text_line() -> None:
    article = read(
        "<div>TẠP CHÍ MIỀN NÚI - Cơ quan chủ quản: Hội Nhà báo tỉnh. Giấy phép số 128/GP-BTTTT"
        " cấp ngày 2/3/2019. Tổng biên tập: Trần Văn B.</div>"
    )
    assert article.body.endswith("Đoạn 3.")
    assert "Giấy phép" not in article.body
    assert article.byline == "Minh Khôi"


def test_a_licence_without_an_editor_or_governing_body_stays_text() -> None:
    # An article may end on a licence it reports; only the imprint also names who runs the paper.
    article = read(
        "<div>Doanh nghiệp đã được cấp giấy phép số 45/GP-UBND để khai thác mỏ đá vôi tại xã"
        " Hòa Lạc trong thời hạn 10 năm.</div>"
    )
    assert article.body.endswith("trong thời hạn 10 năm.")
