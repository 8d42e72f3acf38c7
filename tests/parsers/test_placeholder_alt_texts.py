"""An editor's default alt text ("Image description", "Mô tả ảnh") describes no picture: an
uncaptioned picture carrying it has no caption, while a real alt text still stands in."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def read(alt: str) -> Article:
    """Parse a page with one uncaptioned picture whose alt is `alt`."""
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><main><article>"
        "<h1>Chợ phiên vùng cao</h1><div>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(2))
        + f"<p><img src='/anh/cho-phien.jpg' alt='{alt}' width='800' height='533'></p>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(2, 4))
        + "</div></article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_an_editors_default_alt_is_no_caption() -> None:
    assert [caption.text for caption in read("Image description").captions] == [None]
    assert [caption.text for caption in read("Mô tả ảnh").captions] == [None]


def test_a_describing_alt_still_stands_in_for_the_caption() -> None:
    alt = "Người dân họp chợ phiên Đồng Đăng"
    assert [caption.text for caption in read(alt).captions] == [alt]
