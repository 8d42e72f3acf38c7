"""The general reader on a picture whose caption is a plain paragraph under it (no italics,
no figure, no caption class it knows): when the line repeats the picture's alt text, the
editor wrote the caption twice, and the line is the caption, not text."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
LINE = "Bà con nông dân xã Chi Lăng thu hoạch na"


def read(alt: str) -> Article:
    """Parse a page whose text holds a picture and a plain line under it."""
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(2))
    text += f"<p><img src='/anh/na-chi-lang.jpg' alt='{alt}'></p><p>{LINE}</p>"
    text += "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(2, 4))
    page = (
        "<html><head><title>Mùa na Chi Lăng</title></head><body><main>"
        f"<h1>Mùa na Chi Lăng</h1><div>{text}</div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_plain_line_repeating_the_pictures_alt_is_its_caption() -> None:
    article = read(LINE)
    assert [c.text for c in article.captions] == [LINE]
    assert LINE not in article.body


def test_a_plain_line_under_a_picture_with_another_alt_stays_text() -> None:
    article = read("Mùa na Chi Lăng")
    assert LINE in article.body
    # An alt that only repeats the headline is no caption either.
    assert [c.text for c in article.captions] == [None]
