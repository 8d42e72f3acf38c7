"""What listing pages, RSS feeds and sitemaps say: article links and the times they show.

Read with parsel selectors (no Scrapy): by the spider while it crawls, and by ingest over
every archived listing, so both derive the same facts from the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsel import Selector

from lso_crawler import site
from lso_crawler.listing_times import card_time, rss_time, sitemap_time
from lso_crawler.parsers.decoding import decode_html
from lso_crawler.urls import resolve_link
from lso_crawler.warc.payload import PayloadError, gunzip_bounded

_LOC = '*[local-name()="loc"]/text()'
# The sitemap protocol's own limit on an uncompressed sitemap (50 MiB).
SITEMAP_MAX_BYTES = 52_428_800
_XML_STARTS = (b"<?xml", b"<rss", b"<urlset", b"<sitemapindex", b"<feed")


@dataclass(frozen=True)
class Listed:
    """An article link on a listing, with the publication time the listing shows."""

    url: str | None
    published_at: str | None


def listing_cards(page: Selector, url: str) -> list[Listed]:
    """The article cards of a category or home page, in order."""
    cards = []
    for card in page.css(site.LISTING_CARD_CSS):
        link = resolve_link(card.css(site.LISTING_CARD_LINK_CSS).get(), url)
        cards.append(Listed(link, card_time(" ".join(card.css("*::text").getall()))))
    return cards


def feed_items(page: Selector, url: str) -> list[Listed]:
    """The items of an RSS feed."""
    items = []
    for item in page.xpath('//*[local-name()="item"]'):
        link = resolve_link(item.xpath('*[local-name()="link"]/text()').get(), url)
        items.append(Listed(link, rss_time(item.xpath('*[local-name()="pubDate"]/text()').get())))
    return items


def sitemap_children(page: Selector, url: str) -> list[str]:
    """The sitemaps a sitemap index lists."""
    locs = page.xpath(f'//*[local-name()="sitemap"]/{_LOC}').getall()
    return [link for loc in locs if (link := resolve_link(loc, url))]


def sitemap_entries(page: Selector, url: str) -> list[Listed]:
    """The pages a url-set sitemap lists, with news sitemaps' publication dates."""
    entries = []
    for entry in page.xpath('//*[local-name()="url"]'):
        link = resolve_link(entry.xpath(_LOC).get(), url)
        shown = sitemap_time(entry.xpath('.//*[local-name()="publication_date"]/text()').get())
        entries.append(Listed(link, shown))
    return entries


def xml_selector(body: bytes, limit: int = SITEMAP_MAX_BYTES) -> Selector:
    """A feed or sitemap body as XML, gunzipped when it was served as a .gz file.

    Raises PayloadError (`reason`: too-large, truncated-gzip, corrupt-gzip) for a sitemap
    over `limit` bytes uncompressed or a broken .gz: record it and move on.
    """
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip_bounded(body, limit)
        except PayloadError as error:
            if error.reason == "too-large":
                raise PayloadError("too-large", f"sitemap inflates past {limit} bytes") from None
            raise
    elif len(body) > limit:
        raise PayloadError("too-large", f"sitemap of {len(body)} bytes, the limit is {limit}")
    return Selector(body=body, type="xml")


def is_xml(body: bytes, content_type: str | None) -> bool:
    """Whether a listing body is a feed or sitemap rather than an HTML page."""
    kind = (content_type or "").lower()
    if "html" in kind:
        return False
    if "xml" in kind or "rss" in kind or body[:2] == b"\x1f\x8b":
        return True
    return body.lstrip()[:16].startswith(_XML_STARTS)


def listed_on_page(
    body: bytes, url: str, content_type: str | None, charset: str | None
) -> list[Listed]:
    """Every (article link, shown time) a listing, feed or sitemap body holds."""
    if is_xml(body, content_type):
        page = xml_selector(body)
        return feed_items(page, url) + sitemap_entries(page, url)
    if "html" not in (content_type or "html").lower():
        return []
    page = Selector(text=decode_html(body, charset))
    return listing_cards(page, url)
