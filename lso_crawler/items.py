"""Items passed from the spider to the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ArticlePage:
    """A fetched article page on its way to the parser and the database."""

    url: str
    article_id: int
    captured_at: datetime
    fetch_id: int | None
    encoding: str | None
    body: bytes = field(repr=False)
    validators: tuple[str | None, str | None] = (None, None)  # ETag, Last-Modified


@dataclass
class ListingSighting:
    """An article seen on a listing, feed or sitemap, with the time that listing shows."""

    article_id: int
    published_at: str
    listing_url: str
