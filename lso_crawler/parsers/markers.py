"""Page markers that tell the current template from the older one."""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.document import has_class

# The current CMS (shared with Báo Cao Bằng and Báo Quảng Ninh) titles pages with h1.name
# and holds the text in div#content-detail or div.detail.auto-gallery.
# The cheap contains() filter runs first so the exact class test sees few elements.
CURRENT_TITLE = XPath(f"//h1[contains(@class, 'name')][{has_class('name')}]")
CURRENT_BODY = XPath(
    "//div[@id='content-detail'] | //div[contains(@class, 'auto-gallery')]"
    f"[{has_class('detail')} and {has_class('auto-gallery')}]"
)


def current_marker_share(doc: HtmlElement) -> float:
    """Return the share (0, 0.5 or 1) of the current template's two markers on the page."""
    found = bool(CURRENT_TITLE(doc)) + bool(CURRENT_BODY(doc))
    return found / 2
