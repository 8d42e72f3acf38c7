"""Small HTML-writing helpers and the fixed snippets both templates share."""

from __future__ import annotations

import html
import textwrap

from ..model import Article, Markup

SITE_NAME = "Báo Lạng Sơn"
TITLE_SUFFIX = " – Báo Lạng Sơn: Tin tức mới nhất về chính trị, kinh tế, xã hội, văn hóa"
PLACEHOLDER = "/assets/images/placeholder.png"
NO_IMAGE = "https://media.baolangson.vn/upload/image/default/thumbnail/no-image.jpg"
FACEBOOK = "https://www.facebook.com/baolangsondientu"
ZALO = "https://zalo.me/2465873021154598402"
EMAIL = "mailto:toasoan@baolangson.vn"
PHONE = "tel:02053812255"

# Written the way the real CMS writes it; the leading space in "ads-zone " is deliberate.
AD_ZONE = (
    '<div class="ads-zone "><div class="ads-zone-group zonegroup-vertical" id="ads-zone-12" '
    'data-position="ads_article_detail_center" data-zone="12">'
    '<a href="https://shopee.vn/mall/dac-san-lang-son" rel="nofollow sponsored" target="_blank">'
    '<img src="https://media.baolangson.vn/upload/ads/banner-dac-san-300x250.jpg" '
    'alt="Quảng cáo" width="300" height="250"></a>'
    "<script>window.adsZones = window.adsZones || []; adsZones.push({zone: 12});</script>"
    "</div></div>"
)


def esc(text: str) -> str:
    """Escape element text; NBSPs are written as `&nbsp;` as the CMS editor does."""
    return html.escape(text, quote=False).replace("\xa0", "&nbsp;")


def attr(text: str) -> str:
    """Escape an attribute value."""
    return html.escape(text, quote=True)


def source_text(text: str, markup: Markup, indent: int = 8) -> str:
    """Article text as the page's source writes it, with the page's whitespace quirks."""
    if markup.nbsp_spaces:
        text = text.replace(", ", ",\xa0")
    if markup.wrapped_source:
        lines = textwrap.wrap(text, 88, break_long_words=False, break_on_hyphens=False)
        return ("\n" + " " * indent).join(esc(line) for line in lines)
    return esc(text)


def wrap_lead(text_html: str, markup: Markup) -> str:
    """The lead's inline wrapper (`<strong>`, `<b>` or none)."""
    tag = markup.lead_wrap
    return f"<{tag}>{text_html}</{tag}>" if tag else text_html


def thumbnail(article: Article) -> str:
    """The card image of an article: its first picture's thumbnail size, or the stock image."""
    if not article.images:
        return NO_IMAGE
    return article.images[0].src.replace("/medium/", "/thumbnail/")


def split_for_ad(text: str) -> tuple[str, str]:
    """Split a paragraph at the sentence boundary nearest its middle."""
    stops = [i for i in range(len(text) - 2) if text[i] in ".;" and text[i + 1] == " "]
    if not stops:
        raise ValueError(f"no sentence boundary to put an ad in: {text[:40]!r}")
    cut = min(stops, key=lambda i: abs(i - len(text) // 2))
    return text[: cut + 1], text[cut + 2 :]
