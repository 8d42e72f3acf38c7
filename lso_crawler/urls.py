"""Article identity and site boundaries, derived from URLs alone."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

# Current generation: /<slug>-<7 digits>.html
CURRENT_ARTICLE_PATH = re.compile(r"^/[^/?#]*?-(\d{7})\.html$")
# Older generation (2012-2021): /<category>/<subcategory>/<6 digits>-<slug>.html
LEGACY_ARTICLE_PATH = re.compile(r"^/[^/?#]+/[^/?#]+/(\d{6})-[^/?#]*\.html$")

_NON_HTTP_SCHEMES = ("mailto:", "javascript:", "tel:", "data:", "sms:", "ftp:")


def article_id(url: str) -> int | None:
    """Return the site's numeric article id for an article URL, else None."""
    path = urlsplit(url).path
    match = CURRENT_ARTICLE_PATH.match(path) or LEGACY_ARTICLE_PATH.match(path)
    return int(match.group(1)) if match else None


def canonical_article_url(url: str) -> str:
    """Drop the query string and fragment: they never change which article a URL names."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, "", ""))


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _host_port(url: str) -> tuple[str, int | None]:
    """Host without a leading www., and the port unless it is the scheme's default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:  # a port out of range is no port of the site
        return host, -1
    if port == _DEFAULT_PORTS.get(parts.scheme):
        port = None
    return host, port


def same_site(url: str, base_url: str) -> bool:
    """True when `url` is on the site at `base_url`: same host and port.

    The scheme (the site is served over http and https) and a leading www. are ignored;
    a port is not: another port of the same host is another server.
    """
    if urlsplit(url).scheme not in ("http", "https"):
        return False
    return _host_port(url) == _host_port(base_url)


def resolve_link(href: str | None, page_url: str) -> str | None:
    """Resolve an href found on `page_url` to an absolute http(s) URL without fragment."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith(_NON_HTTP_SCHEMES):
        return None
    absolute = urljoin(page_url, href)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https"):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
