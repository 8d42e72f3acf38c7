"""The general reader on a text with an ad slot between its paragraphs: a picture whose alt
or title text says "Quảng cáo" / "Advertisement" (no link, no banner shape) is the ad, not
one of the article's pictures; the article's own photos stay."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
PHOTO = "https://cdn.example.org/2022/02/04/le-hoi-long-tong.jpg"


def read(slot: str) -> Article:
    """Parse a page: the headline, a captioned photo, the ad slot, more text."""
    page = (
        "<html><head><title>Tin tức</title></head><body><main><h1>Lễ hội Lồng tồng mở màn "
        f"mùa xuân</h1><div class='text'><p>{PARAGRAPH} Một.</p>"
        f"<div><img src='{PHOTO}' alt=''><p class='cap'>Người dân dự lễ hội</p></div>"
        f"<p>{PARAGRAPH} Hai.</p>{slot}<p>{PARAGRAPH} Ba.</p></div></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_picture_whose_alt_says_advertisement_is_no_caption() -> None:
    article = read("<div><img src='/img/promo/mid-article.jpg' alt='Quảng cáo'></div>")
    assert [c.image_url for c in article.captions] == [PHOTO]
    assert article.body.endswith("Ba.")


def test_a_picture_titled_as_an_ad_in_english_is_no_caption_either() -> None:
    article = read("<p><img src='/img/promo/spring.png' title='[Advertisement]'></p>")
    assert [c.image_url for c in article.captions] == [PHOTO]


def test_a_photo_whose_alt_only_mentions_ads_stays() -> None:
    article = read("<div><img src='/img/2022/bien-quang-cao.jpg' alt='Biển quảng cáo'></div>")
    assert len(article.captions) == 2
