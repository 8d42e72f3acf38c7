"""The model site's data types: what an article says, and how its page is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Generation = Literal["current", "legacy"]
CaptionMarkup = Literal["wp-caption", "figure", "table", "em", "none"]


@dataclass(frozen=True)
class Category:
    """A top-level section of the site."""

    path: str  # as linked from the menu; letter case matters ("/Thoi-su")
    name: str  # the breadcrumb display name
    # Older-generation subsections: (path segment, display name).
    subcategories: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        """Lower-case slug, used for feeds and to refer to the category from articles."""
        return self.path.strip("/").lower()

    @property
    def feed_path(self) -> str:
        """Path of this category's RSS feed."""
        return f"/rss/{self.key}.rss"


@dataclass(frozen=True)
class Link:
    """A hand-written link target: a redirecting, dead or otherwise special URL."""

    path: str  # site path, may carry a query string or fragment
    title: str


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph."""

    text: str
    # An ads-zone <div> written inside this <p>: "middle" (between two sentences) or "end".
    ad_inside: Literal["", "middle", "end"] = ""


@dataclass(frozen=True)
class Image:
    """A body image, with or without a caption."""

    src: str  # absolute media URL (current generation) or /uploads/... path (older)
    caption: str | None = None
    markup: CaptionMarkup = "wp-caption"
    lazy: bool = False  # placeholder src plus the real URL in data-src


@dataclass(frozen=True)
class Blank:
    """An empty paragraph, `<p>&nbsp;</p>`."""


@dataclass(frozen=True)
class Ad:
    """An ads zone standing between body blocks."""


@dataclass(frozen=True)
class Script:
    """An inline `<script>` inside the body (a video embed loader)."""


Block = Paragraph | Image | Blank | Ad | Script


@dataclass(frozen=True)
class Discovery:
    """Where the site links an article from (related links are declared on the linking article)."""

    home: bool = False  # home page cards and the latest-news list
    listing: bool = True  # its category listing and tag pages
    rss: bool = False  # /rss/home.rss and its category feed
    sitemap: bool = True  # /sitemaps/articles-1.xml (and news.xml when current and recent)


@dataclass(frozen=True)
class Markup:
    """How an article's page is written, apart from what it says."""

    # Current template.
    container: Literal["content-detail", "auto-gallery"] = "content-detail"
    published_meta: bool = True  # <meta property="article:published_time">
    blank_before_lead: bool = False
    # Older template.
    heading: Literal["h1", "h2"] = "h1"
    lead_block: Literal["sapo", "p"] = "sapo"  # div.sapo above the content, or its first <p>
    # Both.
    lead_wrap: Literal["strong", "b", ""] = "strong"
    nfd: bool = False  # the whole page in Unicode NFD
    nbsp_spaces: bool = False  # the space after each comma written as &nbsp;
    wrapped_source: bool = False  # paragraph text hard-wrapped with newlines and indentation
    malformed: bool = False  # unclosed <p>, mis-nested inline tags, stray end tags
    declared_charset: str | None = None  # a wrong charset claimed by header and meta (bytes: UTF-8)


@dataclass(frozen=True)
class Article:
    """One article as the site holds it; the single source of the page and the expected record."""

    article_id: int
    generation: Generation
    slug: str
    category: str  # Category.key
    title: str
    lead: str  # without its prefix
    blocks: tuple[Block, ...]
    published: datetime  # Vietnam local time, naive
    lead_prefix: str = "LSO- "  # as written before the lead, may be ""
    byline: str | None = None  # the byline paragraph as shown
    pseudonym: str | None = None  # div.pseudonym (current template only)
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    subcategory: str | None = None  # older generation: the second path segment
    related: tuple[int | Link, ...] = ()
    discovery: Discovery = Discovery()
    markup: Markup = Markup()

    @property
    def path(self) -> str:
        """The article's canonical path on the site."""
        if self.generation == "current":
            return f"/{self.slug}-{self.article_id}.html"
        return f"/{self.category}/{self.subcategory}/{self.article_id}-{self.slug}.html"

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The body paragraphs after the lead, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def images(self) -> tuple[Image, ...]:
        """The body images, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Image))
