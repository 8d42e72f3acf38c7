"""The model site's state, and what a correct crawl and parser must make of it.

`SiteContent` is the single source of truth: every page is rendered from it on each request,
so a test can change it between crawls (`site.content.replace(...)`, `.remove(...)`, ...).
Mutators copy the dicts they change, so a page being rendered meanwhile sees a whole state.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import corpus
from .formats import author_name, clean, current_dateline, iso_vietnam
from .model import (
    Ad,
    Article,
    Blank,
    Block,
    Category,
    Discovery,
    Image,
    Link,
    Markup,
    Paragraph,
    Script,
)

__all__ = [
    "DEFAULT_SERVED_DATE",
    "Ad",
    "Article",
    "Blank",
    "Block",
    "Category",
    "Discovery",
    "Image",
    "Link",
    "Markup",
    "Paragraph",
    "Script",
    "SiteContent",
    "dead_ids",
    "default_content",
    "error_ids",
    "expected_articles",
    "expected_record",
    "no_body_ids",
    "non_article_ids",
    "redirected_ids",
    "tiny_content",
]

# The older template's date header shows the day the page is served; the model fixes it
# (the seed page was captured on this day) so that expected records are deterministic.
DEFAULT_SERVED_DATE = date(2021, 4, 23)


# The article-id rule, kept here so the model does not depend on the code under test.
_ARTICLE_ID = re.compile(r"(?:-(\d{7})\.html|/(\d{6})-[^/]*\.html)$")


def _article_id_of(path: str) -> int | None:
    match = _ARTICLE_ID.search(path.split("#")[0].split("?")[0])
    return int(match.group(1) or match.group(2)) if match else None


@dataclass
class SiteContent:
    """Everything the model site serves; mutable between crawls."""

    categories: tuple[Category, ...]
    articles: dict[int, Article]
    redirects: dict[str, str] = field(default_factory=dict)  # path -> path, 301
    errors: dict[str, int] = field(default_factory=dict)  # path -> status
    shells: tuple[str, ...] = ()  # article-like paths serving a 200 "Bài viết không tồn tại"
    most_read: tuple[int | Link, ...] = ()
    home_extra: tuple[Link, ...] = ()
    served_date: date = DEFAULT_SERVED_DATE
    robots: str = "default"  # a key of render.feeds.ROBOTS_POLICIES
    # A redesign: (article, base URL) -> the article page's HTML, instead of the model's own
    # two templates (e.g. a tests/corpus markup). None serves the model's templates.
    article_template: Callable[[Article, str], str] | None = None
    # Photos served at site paths (path -> image bytes, with an ETag), besides the tiny assets.
    images: dict[str, bytes] = field(default_factory=dict)

    # Lookups.
    def category(self, key: str) -> Category:
        """The category with this key."""
        return next(c for c in self.categories if c.key == key)

    def category_at(self, path: str) -> Category | None:
        """The category whose listing lives at `path` (exact, case-sensitive)."""
        return next((c for c in self.categories if c.path == path), None)

    def article(self, article_id: int) -> Article:
        """The article with this id."""
        return self.articles[article_id]

    def article_at(self, path: str) -> Article | None:
        """The article whose canonical path is `path`."""
        return next((a for a in self.articles.values() if a.path == path), None)

    def link(self, target: int | Link) -> Link:
        """A link to an article id (its canonical path and title) or the Link itself."""
        if isinstance(target, Link):
            return target
        article = self.articles[target]
        return Link(article.path, article.title)

    def present(self, targets: tuple[int | Link, ...]) -> list[int | Link]:
        """Link targets minus removed articles: boxes stop listing an unpublished article."""
        return [t for t in targets if isinstance(t, Link) or t in self.articles]

    def newest_first(self, articles: list[Article] | None = None) -> list[Article]:
        """Articles sorted by publication time, newest first."""
        pool = list(self.articles.values()) if articles is None else articles
        return sorted(pool, key=lambda a: (a.published, a.article_id), reverse=True)

    def listed(self, category_key: str) -> list[Article]:
        """The articles on a category's listing pages, newest first."""
        return self.newest_first(
            [
                a
                for a in self.articles.values()
                if a.category == category_key and a.discovery.listing
            ]
        )

    # What a correct crawl must make of the site.
    def expected_articles(self) -> list[Article]:
        """Every article a correct crawl stores (each once, by its canonical URL)."""
        return self.newest_first()

    def expected_record(self, article_id: int, base_url: str) -> dict[str, Any]:
        """The record a correct parser returns for this article, served from `base_url`."""
        article = self.articles[article_id]
        return expected_record(
            article, base_url, served_date=self.served_date, categories=self.categories
        )

    def expected_records(self, base_url: str) -> dict[int, dict[str, Any]]:
        """Every expected record, by article id."""
        return {
            a.article_id: self.expected_record(a.article_id, base_url)
            for a in self.articles.values()
        }

    def linked_paths(self) -> set[str]:
        """Every hand-written special path the pages link to."""
        links = [*self.most_read, *self.home_extra]
        for article in self.articles.values():
            links.extend(article.related)
        return {t.path for t in links if isinstance(t, Link)}

    def no_body_ids(self) -> list[int]:
        """Ids of article URLs that answer 200 with no article in them."""
        return _ids(self.shells)

    def error_ids(self) -> list[int]:
        """Ids of article URLs that answer with a server error."""
        return _ids(self.errors)

    def redirected_ids(self) -> list[int]:
        """Ids in redirecting URLs that differ from their target's id (never stored themselves)."""
        return sorted(
            {
                source
                for old, new in self.redirects.items()
                if (source := _article_id_of(old)) and source != _article_id_of(new)
            }
        )

    def dead_ids(self) -> list[int]:
        """Ids of linked article URLs that answer 404."""
        served = {a.path for a in self.articles.values()} | set(self.redirects)
        served |= set(self.errors) | set(self.shells)
        return _ids(p for p in self.linked_paths() if p.split("#")[0] not in served)

    def non_article_ids(self) -> list[int]:
        """Ids found in article-shaped URLs that must never become stored articles."""
        ids = self.no_body_ids() + self.error_ids() + self.redirected_ids() + self.dead_ids()
        return sorted(set(ids))

    def discovery_paths(self, article_id: int) -> set[str]:
        """How a crawler can reach the article: home, listing, rss, sitemap, related, most-read."""
        article = self.articles[article_id]
        paths = {name for name, on in dataclasses.asdict(article.discovery).items() if on}
        linking = {self.link(t).path.split("#")[0] for t in self.present(self.most_read)}
        if article.path in linking:
            paths.add("most-read")
        aliases = {article.path} | {
            old for old, new in self.redirects.items() if new == article.path
        }
        for other in self.articles.values():
            targets = self.present(other.related)
            if any(self.link(t).path.split("#")[0] in aliases for t in targets):
                paths.add("related")
        return paths

    # Changes between crawls.
    def add(self, article: Article) -> None:
        """Publish a new article (or overwrite one with the same id)."""
        self.articles = {**self.articles, article.article_id: article}

    def replace(self, article_id: int, **changes: Any) -> Article:
        """Edit an article's fields (dataclasses.replace semantics); return the new version."""
        article = dataclasses.replace(self.articles[article_id], **changes)
        self.add(article)
        return article

    def remove(self, article_id: int) -> Article:
        """Unpublish an article: its URL answers 404 from now on."""
        articles = dict(self.articles)
        removed = articles.pop(article_id)
        self.articles = articles
        return removed

    def add_redirect(self, old_path: str, new_path: str) -> None:
        """Make `old_path` answer 301 to `new_path`."""
        self.redirects = {**self.redirects, old_path: new_path}


def _ids(paths: Any) -> list[int]:
    return sorted({i for p in paths if (i := _article_id_of(p)) is not None})


def default_content() -> SiteContent:
    """A fresh copy of the site's first state."""
    return SiteContent(
        categories=corpus.CATEGORIES,
        articles={a.article_id: a for a in corpus.articles()},
        redirects=dict(corpus.REDIRECTS),
        errors=dict(corpus.ERRORS),
        shells=corpus.SHELLS,
        most_read=corpus.MOST_READ,
        home_extra=corpus.HOME_EXTRA,
    )


def tiny_content(count: int = 2) -> SiteContent:
    """A small state for slow tests: one category and its `count` newest articles."""
    full = default_content()
    category = full.categories[1]
    kept = full.listed(category.key)[:count]
    return SiteContent(
        categories=(category,),
        articles={a.article_id: a for a in kept},
        most_read=tuple(a.article_id for a in kept),
    )


def _absolute(src: str, base_url: str) -> str:
    return src if src.startswith(("http://", "https://")) else base_url.rstrip("/") + src


def expected_record(
    article: Article,
    base_url: str,
    *,
    served_date: date = DEFAULT_SERVED_DATE,
    categories: tuple[Category, ...] = corpus.CATEGORIES,
) -> dict[str, Any]:
    """Exactly what a correct parser returns for `article` served from `base_url`.

    Keys are `article_id`, `url` and the content fields of `Article.content()`.
    """
    if article.generation == "current":
        dateline = current_dateline(article.published)
        dateline_date = article.published.date().isoformat()
        moment = article.published
        published_at = iso_vietnam(
            moment if article.markup.published_meta else moment.replace(second=0)
        )
    else:
        # The header date is the serving day, site chrome: the article's own date comes only
        # from its evidence, here the upload path of its first image.
        dateline = None
        dateline_date = _upload_day(article)
        published_at = None
    byline = article.byline or article.pseudonym
    return {
        "article_id": article.article_id,
        "url": base_url.rstrip("/") + article.path,
        "title": clean(article.title),
        "dateline": clean(dateline) if dateline else None,
        "dateline_date": dateline_date,
        "published_at": published_at,
        "lead": clean(article.lead),
        "body": "\n\n".join(clean(p.text) for p in article.paragraphs if clean(p.text)),
        "captions": [
            {
                "image_url": _absolute(image.src, base_url),
                "text": clean(image.caption) if image.caption else None,
            }
            for image in article.images
        ],
        "byline": clean(byline) if byline else None,
        "authors": [author_name(clean(a)) for a in article.authors],
        "category": next(clean(c.name) for c in categories if c.key == article.category),
        "tags": [clean(t) for t in article.tags],
    }


_UPLOAD_DAY = re.compile(r"/uploads/(\d{4})/(\d{2})/(\d{2})/")


def _upload_day(article: Article) -> str | None:
    """YYYY-MM-DD of the first image uploaded under /uploads/YYYY/MM/DD/, else None."""
    for image in article.images:
        if match := _UPLOAD_DAY.search(image.src):
            return "-".join(match.groups())
    return None


_DEFAULT = default_content()


def expected_articles() -> list[Article]:
    """The articles a correct crawl of the first state stores."""
    return _DEFAULT.expected_articles()


def no_body_ids() -> list[int]:
    """First state: ids of article URLs answering 200 with no article."""
    return _DEFAULT.no_body_ids()


def dead_ids() -> list[int]:
    """First state: ids of linked article URLs answering 404."""
    return _DEFAULT.dead_ids()


def error_ids() -> list[int]:
    """First state: ids of article URLs answering 500."""
    return _DEFAULT.error_ids()


def redirected_ids() -> list[int]:
    """First state: ids of older URLs that redirect to an article with another id."""
    return _DEFAULT.redirected_ids()


def non_article_ids() -> list[int]:
    """First state: every id in an article-shaped URL that must never be stored."""
    return _DEFAULT.non_article_ids()
