"""The model site's URL map: which page answers a path, free of any HTTP machinery."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from .assets import asset
from .content import SiteContent
from .formats import http_date
from .images import content_type_of
from .render import current, feeds, legacy, listings

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"


@dataclass
class Response:
    """What the server sends: status, body and headers, before content coding."""

    status: int
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    chunked: bool = False  # Transfer-Encoding: chunked for HTTP/1.1 clients
    etag: str | None = None


def _page(text: str, status: int = 200, content_type: str = HTML) -> Response:
    return Response(status, text.encode("utf-8"), content_type)


def _redirect(base: str, target: str) -> Response:
    return Response(301, b"", HTML, {"Location": base + target})


def _page_number(query: str) -> int:
    value = parse_qs(query).get("page", ["1"])[0]
    return int(value) if value.isdigit() and int(value) > 0 else 1


def _article(content: SiteContent, base: str, path: str) -> Response | None:
    article = content.article_at(path)
    if article is None:
        return None
    if content.article_template is not None:
        body = content.article_template(article, base).encode("utf-8")
    else:
        renderer = current if article.generation == "current" else legacy
        body = renderer.article_page(content, base, article).encode("utf-8")
    # A page can lie about its charset while its bytes stay UTF-8: the crawler must cope.
    charset = article.markup.declared_charset or "utf-8"
    return Response(
        200,
        body,
        f"text/html; charset={charset}",
        {"Last-Modified": http_date(article.published), "Cache-Control": "public, max-age=300"},
        etag='W/"' + hashlib.sha1(body).hexdigest()[:20] + '"',
    )


def _feed_or_sitemap(content: SiteContent, base: str, path: str) -> Response | None:
    if path == "/robots.txt":
        return _page(feeds.robots_txt(content, base), content_type="text/plain; charset=utf-8")
    if path == "/sitemap.xml":
        return _page(feeds.sitemap_index(content, base), content_type=XML)
    if path == "/sitemaps/news.xml":
        return _page(feeds.news_sitemap(content, base), content_type=XML)
    if path == "/sitemaps/articles-1.xml":
        return _page(feeds.articles_sitemap(content, base), content_type=XML)
    if path.startswith("/rss/") and path.endswith(".rss"):
        key = path.removeprefix("/rss/").removesuffix(".rss")
        category = next((c for c in content.categories if c.key == key), None)
        if key != "home" and category is None:
            return None
        response = _page(feeds.rss_feed(content, base, category), content_type=RSS)
        response.chunked = True
        return response
    return None


def _listing(content: SiteContent, base: str, path: str, query: str) -> Response | None:
    if path == "/":
        return _page(listings.home_page(content))
    category = content.category_at(path)
    if category is not None:
        return _page(listings.category_page(content, category, _page_number(query)))
    for category in content.categories:  # older subsection paths now open their section
        if any(path == f"{category.path}/{sub}" for sub, _ in category.subcategories):
            return _redirect(base, category.path)
    if path.startswith("/tag/"):
        page = listings.tag_page(content, path.removeprefix("/tag/"))
        return _page(page) if page else None
    if path == "/tim-kiem":
        return _page(listings.search_page(content, parse_qs(query).get("q", [""])[0]))
    page = listings.static_page(content, path)
    return _page(page) if page else None


def route(content: SiteContent, base: str, path: str, query: str = "") -> Response:
    """The response for GET `path?query` on the site at `base` (no trailing slash)."""
    if path in content.redirects:
        return _redirect(base, content.redirects[path])
    if path in content.errors:
        return _page(listings.SERVER_ERROR, status=content.errors[path])
    if path in content.images:
        photo = content.images[path]
        etag = '"' + hashlib.sha1(photo).hexdigest()[:16] + '"'
        return Response(
            200, photo, content_type_of(photo), {"Cache-Control": "max-age=86400"}, etag=etag
        )
    if path in content.shells:
        return _page(current.shell_page(content))
    found = (
        _article(content, base, path)
        or _feed_or_sitemap(content, base, path)
        or _listing(content, base, path, query)
    )
    if found is not None:
        return found
    static = asset(path)
    if static is not None:
        return Response(200, static[1], static[0], {"Cache-Control": "public, max-age=86400"})
    return _page(listings.not_found_page(content), status=404)
