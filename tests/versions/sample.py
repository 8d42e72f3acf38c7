"""A small archive database with versions, change columns and events, built through ingest."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lso_crawler.ingest import Analysis, ArchivedCapture, apply
from lso_crawler.parsers.base import Article, Caption
from lso_crawler.store import Store, browse, iso_utc
from lso_crawler.versions.views import create_views

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
SCRIPT_ID = 5071654  # two versions: a body word changes; the title carries markup and quotes
SCRIPT_TITLE = "Hành trình \"hội nhập\" <script>alert(1)</script> & 'Lạng Sơn'"
# Markup in the body must stay text too: this runs alert(2) if a renderer fails to escape.
SCRIPT_BODY = (
    "Đoạn một nói về chợ Đông Kinh.\n\n"
    "Đoạn hai nói về cửa khẩu Hữu Nghị <img src=x onerror=alert(2)>.\n\nĐoạn ba."
)
MINOR_ID = 5071700  # three versions: a comma (minor), then a new lead (substantive)
GONE_ID = 5071800  # one version, then gone and back events


def article(article_id: int, **changes: object) -> Article:
    """A plausible article; keyword arguments replace fields."""
    base = Article(
        article_id=article_id,
        url=f"https://baolangson.vn/bai-viet-{article_id}.html",
        title="Hành trình hội nhập",
        body="Đoạn một nói về chợ Đông Kinh.\n\nĐoạn hai nói về cửa khẩu Hữu Nghị.\n\nĐoạn ba.",
        parser="current_v1",
        dateline="Thứ Sáu, 04/02/2022 09:56 [GMT+7]",
        dateline_date="2022-02-04",
        published_at="2022-02-04T09:56:00+07:00",
        lead="Mở đầu bài viết.",
        captions=(Caption("https://media.baolangson.vn/a.jpg", "Chú thích ảnh"),),
        byline="Tin, ảnh: Hoàng Tùng",
        authors=("Hoàng Tùng",),
        category="Chính trị",
        tags=("dân vận", "biên giới"),
    )
    return replace(base, **changes)


def save(store: Store, item: Article, moment: datetime) -> None:
    """Store a parse through the ingest step, as a crawl would (no WARC record behind it)."""
    capture = ArchivedCapture(url=item.url, status=200, headers=(), payload=b"", captured_at=moment)
    apply(store, capture, Analysis(article=item))


def build(path: Path) -> Path:
    """Write the sample database to `path` and return it."""
    store = Store(path)
    first = article(SCRIPT_ID, title=SCRIPT_TITLE, body=SCRIPT_BODY)
    save(store, first, T0)
    edited_body = first.body.replace("cửa khẩu Hữu Nghị", "cửa khẩu Tân Thanh")
    save(store, replace(first, body=edited_body), T0 + timedelta(days=1))

    second = article(MINOR_ID, title="Chợ phiên vùng cao")
    save(store, second, T0 + timedelta(hours=1))
    save(store, replace(second, lead="Mở đầu, bài viết."), T0 + timedelta(days=2))
    save(store, replace(second, lead="Một mở đầu hoàn toàn mới."), T0 + timedelta(days=3))

    gone = article(GONE_ID, title="Bài đã gỡ")
    save(store, gone, T0 + timedelta(hours=2))
    store.db["events"].insert_all(
        [
            {
                "article_id": GONE_ID,
                "time": iso_utc(T0 + timedelta(days=4)),
                "kind": "gone",
                "detail": "404",
            },
            {
                "article_id": GONE_ID,
                "time": iso_utc(T0 + timedelta(days=5)),
                "kind": "back",
                "detail": None,
            },
        ]
    )
    create_views(store.db)
    browse.rebuild(store.conn)  # the events above were written directly
    store.close()
    return path
