"""What listing pages, RSS feeds and sitemaps say: article links and the times they show.

Read with Scrapy's selectors, by the spider while it crawls and by `lso reparse` over
archived captures, so both derive the same facts from the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.http import Response, TextResponse, XmlResponse

from lso_crawler import site
from lso_crawler.listing_times import card_time, rss_time, sitemap_time
from lso_crawler.urls import resolve_link
from lso_crawler.warc.payload import PayloadError, gunzip_bounded

_LOC = '*[local-name()="loc"]/text()'
# The sitemap protocol's own limit on an uncompressed sitemap (50 MiB).
SITEMAP_MAX_BYTES = 52_428_800


@dataclass(frozen=True)
class Listed:
    """An article link on a listing, with the publication time the listing shows."""

    url: str | None
    published_at: str | None


def listing_cards(response: TextResponse) -> list[Listed]:
    """The article cards of a category or home page, in order."""
    cards = []
    for card in response.css(site.LISTING_CARD_CSS):
        url = resolve_link(card.css(site.LISTING_CARD_LINK_CSS).get(), response.url)
        cards.append(Listed(url, card_time(" ".join(card.css("*::text").getall()))))
    return cards


def feed_items(response: TextResponse) -> list[Listed]:
    """The items of an RSS feed."""
    items = []
    for item in response.xpath('//*[local-name()="item"]'):
        url = resolve_link(item.xpath('*[local-name()="link"]/text()').get(), response.url)
        items.append(Listed(url, rss_time(item.xpath('*[local-name()="pubDate"]/text()').get())))
    return items


def as_xml(response: Response, limit: int = SITEMAP_MAX_BYTES) -> XmlResponse:
    """A sitemap response as XML, gunzipped when it was served as a .gz file.

    Raises PayloadError (``reason``: ``too-large``, ``truncated-gzip``, ``corrupt-gzip``) for a
    sitemap over ``limit`` bytes uncompressed or a broken ``.gz``; record it and move on.
    """
    body = response.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip_bounded(body, limit)
        except PayloadError as error:
            if error.reason == "too-large":
                raise PayloadError("too-large", f"sitemap inflates past {limit} bytes") from None
            raise
    elif len(body) > limit:
        raise PayloadError("too-large", f"sitemap of {len(body)} bytes, the limit is {limit}")
    return response.replace(body=body, cls=XmlResponse)


def sitemap_children(response: XmlResponse) -> list[str]:
    """The sitemaps a sitemap index lists."""
    locs = response.xpath(f'//*[local-name()="sitemap"]/{_LOC}').getall()
    return [url for loc in locs if (url := resolve_link(loc, response.url))]


def sitemap_entries(response: XmlResponse) -> list[Listed]:
    """The pages a url-set sitemap lists, with news sitemaps' publication dates."""
    entries = []
    for entry in response.xpath('//*[local-name()="url"]'):
        url = resolve_link(entry.xpath(_LOC).get(), response.url)
        shown = sitemap_time(entry.xpath('.//*[local-name()="publication_date"]/text()').get())
        entries.append(Listed(url, shown))
    return entries
