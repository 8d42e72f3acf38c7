"""The general reader on a post-meta list that prints the section's label in one item (after
a separator glyph) and the section's link in the next, with the tags' label and links after
them: the link after the section's label is the section."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
SEP = "<span aria-hidden='true'>·</span>"


def page(label: str) -> str:
    """A page whose meta list labels the section with `label`."""
    return (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><article>"
        "<h1>Chợ phiên vùng cao</h1><ul>"
        f"<li><time datetime='2022-02-04T09:00:00+07:00'>04/02/2022</time></li>"
        f"<li>{SEP}{label}</li><li><a href='https://blog.example.org/muc/kinh-te/'>Kinh tế</a></li>"
        f"<li>{SEP}Thẻ:</li><li><a href='https://blog.example.org/tags/cho/'>chợ</a>,</li>"
        "<li><a href='https://blog.example.org/tags/vung-cao/'>vùng cao</a></li>"
        f"</ul><div>{TEXT}</div></article></body></html>"
    )


def test_the_link_after_the_section_label_item_is_the_section() -> None:
    article = parse_article(page("Chuyên mục:&nbsp;"), CURRENT_URL, CAPTURED)
    assert article.category == "Kinh tế"
    assert article.tags == ("chợ", "vùng cao")


def test_an_item_that_is_no_section_label_names_no_section() -> None:
    article = parse_article(page("Lượt xem: 12"), CURRENT_URL, CAPTURED)
    assert article.category != "Kinh tế"
