"""The general reader on a repost whose text closes with the credit and then a line linking
the original ("Nguồn: https://…"): the link line is a source line, never article text, so
the credit before it is still the text's closing credit."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
ORIGINAL = "https://baotinh.example/du-lich/diem-den/148037-mua-hoa-dao-tren-nui-cao.html"


def read(closing: str) -> Article:
    """Parse a page whose text block ends with a bold credit, then `closing`."""
    page = (
        "<html><head><title>Mùa hoa đào trên núi cao</title></head><body><main><div>"
        f"<h1>Mùa hoa đào trên núi cao</h1>{TEXT}<p><b>Bài, ảnh: Hà Linh</b></p>"
        f"{closing}</div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_source_line_linking_the_original_closes_the_text() -> None:
    article = read(f"<p>Nguồn: <a href='{ORIGINAL}'>{ORIGINAL}</a></p>")
    assert article.body.endswith("Đoạn 3.")
    assert article.byline == "Bài, ảnh: Hà Linh"
    assert article.authors == ("Hà Linh",)


def test_a_source_label_before_a_sentence_stays_text() -> None:
    article = read(
        "<p>Nguồn: nước tưới cho những vườn đào được lấy từ các khe suối trên núi, "
        "người dân dẫn về bằng ống nhựa qua nhiều cây số đường rừng để giữ cho cây.</p>"
    )
    assert article.body.endswith("giữ cho cây.")
