"""Articles and captures for ingest tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from lso_crawler.ingest import Analysis, ArchivedCapture, IngestResult, apply
from lso_crawler.parsers.base import Article, Caption
from lso_crawler.store import Store

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
URL = "https://baolangson.vn/hanh-trinh-5071654.html"


def make_article(**changes: object) -> Article:
    article = Article(
        article_id=5071654,
        url=URL,
        title="Hành trình hội nhập",
        body="Đoạn một.\n\nĐoạn hai.",
        parser="current_v1",
        dateline="Thứ Sáu, 04/02/2022 09:56 [GMT+7]",
        dateline_date="2022-02-04",
        published_at="2022-02-04T09:56:00+07:00",
        lead="Mở đầu.",
        captions=(Caption("https://media.baolangson.vn/a.jpg", "Chú thích"),),
        byline="Tin, ảnh: Hoàng Tùng",
        authors=("Hoàng Tùng",),
        category="Chính trị",
        tags=("dân vận",),
    )
    return replace(article, **changes)  # type: ignore[arg-type]


def capture(
    status: int = 200, when: datetime = T0, url: str = URL, **headers: str
) -> ArchivedCapture:
    return ArchivedCapture(
        url=url,
        status=status,
        headers=tuple((name.replace("_", "-"), value) for name, value in headers.items()),
        payload=b"",
        captured_at=when,
    )


def store_article(store: Store, article: Article, when: datetime = T0) -> IngestResult:
    """A 200 answer whose page parsed into `article`."""
    return apply(store, capture(when=when, url=article.url), Analysis(article=article))
