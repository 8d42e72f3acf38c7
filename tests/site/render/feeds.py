"""Machine-readable pages: RSS feeds, sitemaps and robots.txt."""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..content import SiteContent
from ..formats import iso_vietnam, rfc822
from ..model import Article, Category
from .common import thumbnail

FEED_SIZE = 20
NEWS_SITEMAP_SIZE = 10

ROBOTS_POLICIES = {
    "default": (
        "User-agent: *\nDisallow: /tim-kiem\nDisallow: /admin/\nDisallow: /api/\n\n"
        "Sitemap: {base}/sitemap.xml\n"
    ),
    "strict": "User-agent: *\nDisallow: /\n",
    # A slow host: the crawler must space its requests (issue 10, Crawl-delay).
    "crawl-delay": (
        "User-agent: *\nCrawl-delay: 3\nDisallow: /tim-kiem\nDisallow: /admin/\n\n"
        "Sitemap: {base}/sitemap.xml\n"
    ),
}


def robots_txt(content: SiteContent, base: str) -> str:
    """robots.txt under the content's policy ("default" or "strict")."""
    return ROBOTS_POLICIES[content.robots].format(base=base)


def _item(article: Article, category: Category, base: str) -> str:
    link = f"{base}{article.path}?utm_source=rss"
    summary = f'<a href="{base}{article.path}"><img src="{thumbnail(article)}" /></a>{article.lead}'
    return f"""    <item>
      <title>{escape(article.title)}</title>
      <link>{escape(link)}</link>
      <description><![CDATA[{summary}]]></description>
      <pubDate>{rfc822(article.published)}</pubDate>
      <guid isPermaLink="false">{article.article_id}</guid>
      <category>{escape(category.name)}</category>
    </item>"""


def rss_feed(content: SiteContent, base: str, category: Category | None) -> str:
    """RSS 2.0: the home feed (category None) or one category's feed."""
    items = [
        a
        for a in content.newest_first()
        if a.discovery.rss and (category is None or a.category == category.key)
    ][:FEED_SIZE]
    title = "Báo Lạng Sơn" + (f" - {category.name}" if category else "")
    page = category.path if category else "/"
    self_path = category.feed_path if category else "/rss/home.rss"
    built = rfc822(items[0].published) if items else ""
    body = "\n".join(_item(a, content.category(a.category), base) for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{escape(title)}</title>
    <link>{base}{page}</link>
    <description>Tin tức mới nhất từ Báo Lạng Sơn</description>
    <language>vi</language>
    <lastBuildDate>{built}</lastBuildDate>
    <atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
{body}
  </channel>
</rss>
"""


def _in_sitemap(content: SiteContent) -> list[Article]:
    return [a for a in content.newest_first() if a.discovery.sitemap]


def sitemap_index(content: SiteContent, base: str) -> str:
    """/sitemap.xml: an index of the news sitemap and the article sitemap."""
    newest = _in_sitemap(content)
    lastmod = iso_vietnam(newest[0].published) if newest else ""
    entries = "\n".join(
        f"  <sitemap>\n    <loc>{base}/sitemaps/{name}.xml</loc>\n"
        f"    <lastmod>{lastmod}</lastmod>\n  </sitemap>"
        for name in ("news", "articles-1")
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{entries}
</sitemapindex>
"""


def news_sitemap(content: SiteContent, base: str) -> str:
    """/sitemaps/news.xml: the newest current-generation articles, Google News format."""
    recent = [a for a in _in_sitemap(content) if a.generation == "current"][:NEWS_SITEMAP_SIZE]
    entries = "\n".join(
        f"""  <url>
    <loc>{base}{a.path}</loc>
    <news:news>
      <news:publication>
        <news:name>Báo Lạng Sơn</news:name><news:language>vi</news:language>
      </news:publication>
      <news:publication_date>{iso_vietnam(a.published)}</news:publication_date>
      <news:title>{escape(a.title)}</news:title>
    </news:news>
  </url>"""
        for a in recent
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{entries}
</urlset>
"""


def articles_sitemap(content: SiteContent, base: str) -> str:
    """/sitemaps/articles-1.xml: every article in the sitemap, both generations."""
    entries = "\n".join(
        f"  <url>\n    <loc>{base}{a.path}</loc>\n"
        f"    <lastmod>{iso_vietnam(a.published)}</lastmod>\n  </url>"
        for a in _in_sitemap(content)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{entries}
</urlset>
"""
