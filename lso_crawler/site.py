"""Facts about baolangson.vn, kept apart from crawling and parsing code."""

from __future__ import annotations

# Feeds and sitemaps the site is known or expected to serve (paths on LSO_BASE_URL).
FEED_PATHS = ("/rss/home.rss",)
SITEMAP_PATHS = ("/sitemap.xml",)

# Category paths seen on the site; used only when the home page's menu yields none.
KNOWN_CATEGORY_PATHS = (
    "/chinh-tri",
    "/kinh-te",
    "/xa-hoi",
    "/phap-luat",
    "/giao-duc",
    "/van-hoa",
    "/the-thao",
    "/du-lich",
    "/quoc-te",
)

# Single-segment paths that are site pages, not article listings.
NON_CATEGORY_SLUGS = frozenset(
    {
        "gioi-thieu",
        "lien-he",
        "video",
        "videos",
        "podcast",
        "emagazine",
        "tim-kiem",
        "search",
        "rss",
        "sitemap.xml",
        "robots.txt",
        "admin",
        "api",
        "dang-nhap",
        "dang-ky",
        "quang-cao",
        "toa-soan",
    }
)

# Where the main navigation lives; links outside it are not treated as categories.
MENU_LINKS_CSS = (
    "nav a::attr(href), .menu a::attr(href), .main-menu a::attr(href), header a::attr(href)"
)
# Article cards of a listing page (the items that pagination walks through).
LISTING_CARD_CSS = "article.card"
LISTING_CARD_LINK_CSS = "h3.card-title a::attr(href)"
NEXT_PAGE_CSS = "a[rel~=next]::attr(href)"
FEED_LINK_CSS = 'link[rel=alternate][type="application/rss+xml"]::attr(href)'
