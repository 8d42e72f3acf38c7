"""Page markers of each site generation: how strongly a page looks like each template."""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.dates import has_site_own_date_header, upload_path_date
from lso_crawler.parsers.document import has_class
from lso_crawler.urls import LEGACY_ARTICLE_PATH

# The current CMS (shared with Báo Cao Bằng and Báo Quảng Ninh) titles pages with h1.name
# and holds the text in div#content-detail or div.detail.auto-gallery.
# The cheap contains() filter runs first so the exact class test sees few elements.
CURRENT_TITLE = XPath(f"/descendant::h1[contains(@class, 'name')][{has_class('name')}]")
CURRENT_BODY = XPath(
    "/descendant::div[@id='content-detail']"
    " | /descendant::div[contains(@class, 'auto-gallery')]"
    f"[{has_class('detail')} and {has_class('auto-gallery')}]"
)


def current_marker_share(doc: HtmlElement) -> float:
    """Return the share (0, 0.5 or 1) of the current template's two markers on the page."""
    found = bool(CURRENT_TITLE(doc)) + bool(CURRENT_BODY(doc))
    return found / 2


# The older template, told by what it shows rather than by the current template's absence:
# its own weekday date header above the headline, printed with the NBSP gap (certain, and
# required: a "today" date in another CMS's masthead is no sign of this template), its URL
# shape, and photos under /uploads/Y/M/D/. The URL and the photos belong to the article, not
# the template (the same article is served in a redesign), so they only add weight. Without
# the header the general reader reads the page.
LEGACY_HEADER_WEIGHT = 0.5
LEGACY_URL_WEIGHT = 0.3
LEGACY_UPLOADS_WEIGHT = 0.2
_UPLOAD_IMAGES = XPath("/descendant::img[contains(@src, '/uploads/')]/@src")
_HEADER_SCAN_CHARS = 3000


def legacy_evidence(doc: HtmlElement, url: str) -> float:
    """Return the weighted share (0 to 1) of the older template's signs on the page."""
    if not has_site_own_date_header(_text_before_heading(doc)):
        return 0.0
    score = LEGACY_HEADER_WEIGHT
    if LEGACY_ARTICLE_PATH.match(urlsplit(url).path):
        score += LEGACY_URL_WEIGHT
    if any(upload_path_date(str(src)) for src in _UPLOAD_IMAGES(doc)):
        score += LEGACY_UPLOADS_WEIGHT
    return round(score, 3)


def _text_before_heading(doc: HtmlElement) -> str:
    body = doc.find("body")
    if body is None:
        return ""
    pieces: list[str] = []
    size = 0
    for element in body.iter():
        if element.tag in ("h1", "h2"):
            break
        for text in (element.text, element.tail):
            if text and not text.isspace():
                pieces.append(text)
                size += len(text)
        if size > _HEADER_SCAN_CHARS:
            break
    return "\x1f".join(pieces)  # a separator that is no whitespace: the gap is the page's
