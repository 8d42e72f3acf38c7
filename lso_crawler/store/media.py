"""The `media` rows: article images archived, one row per distinct payload at a URL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from lso_crawler.media import ImageFacts
from lso_crawler.store.database import Store

if TYPE_CHECKING:  # the warc package loads the indexer; `lso status` must start without it
    from lso_crawler.warc.files import WarcPointer

_POINTER = (
    "warc_file, warc_offset, warc_length, warc_record_id, payload_digest, url, warc_date, warc_type"
)
_MEDIA_COLUMNS = frozenset(
    {
        *("url", "payload_digest", "content_type", "size", "width", "height", "first_seen"),
        *("last_seen", "fetch_id", "etag", "last_modified", "warc_file", "warc_offset"),
        *("warc_length", "warc_record_id", "warc_date", "warc_type"),
    }
)


def _conn(source: Store | sqlite3.Connection) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.conn


def upsert_media(store: Store, row: Mapping[str, Any]) -> None:
    """Insert a media row, or on the same (url, digest) move its last_seen and validators."""
    names = [name for name in row if name in _MEDIA_COLUMNS]
    if len(names) != len(row):
        raise KeyError(f"not a column of media: {sorted(set(row) - set(names))}")
    store.conn.execute(
        f"insert into media ({', '.join(names)}) values ({', '.join('?' for _ in names)}) "
        "on conflict(url, payload_digest) do update set last_seen = excluded.last_seen, "
        "etag = excluded.etag, last_modified = excluded.last_modified",
        [row[name] for name in names],
    )


def touch_media(store: Store, media_id: int, seen: str) -> None:
    """A recheck answered 304: the stored image is still what the URL shows."""
    store.conn.execute("update media set last_seen = ? where id = ?", [seen, media_id])


def latest_media(source: Store | sqlite3.Connection, url: str) -> dict[str, Any] | None:
    """The most recently seen media row of a URL, or None when it was never archived."""
    cursor = _conn(source).execute(
        "select * from media where url = ? order by last_seen desc, id desc limit 1", [url]
    )
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def known_urls(source: Store | sqlite3.Connection, urls: Iterable[str]) -> set[str]:
    """Those of `urls` that have a media row."""
    conn = _conn(source)
    query = "select 1 from media where url = ?"
    return {url for url in set(urls) if conn.execute(query, [url]).fetchone()}


def first_image_capture(source: Store | sqlite3.Connection, digest: str) -> WarcPointer | None:
    """The first archived image response with this payload digest, under any URL."""
    from lso_crawler.warc.files import WarcPointer

    row = (
        _conn(source)
        .execute(
            f"select {_POINTER} from media where payload_digest = ? and warc_type = 'response' "
            "and warc_file is not null order by id limit 1",
            [digest],
        )
        .fetchone()
    )
    return WarcPointer(*row) if row else None


def facts_by_digest(store: Store, digests: Iterable[str]) -> dict[str, ImageFacts]:
    """ImageFacts of each digest that has a media row (its first row when several URLs)."""
    found: dict[str, ImageFacts] = {}
    for digest in set(digests):
        row = store.conn.execute(
            "select url, size, width, height from media where payload_digest = ? "
            "order by id limit 1",
            [digest],
        ).fetchone()
        if row:
            found[digest] = ImageFacts(row[0], row[1] or 0, row[2], row[3])
    return found


def seen_since(store: Store, url: str, digest: str, since: str) -> bool:
    """Whether `url` answered with the payload `digest` at or after `since` (ISO UTC)."""
    row = store.conn.execute(
        "select 1 from media where url = ? and payload_digest = ? and last_seen >= ? limit 1",
        [url, digest, since],
    ).fetchone()
    return row is not None


def versions_showing(store: Store, url: str) -> list[dict[str, Any]]:
    """Versions whose captions show `url`: id, article_id, version, captured_at, captions
    (decoded) and changed_fields."""
    rows = store.conn.execute(
        "select id, article_id, version, captions, changed_fields, captured_at from versions "
        "where instr(captions, ?) > 0",
        [json.dumps(url, ensure_ascii=False)],
    ).fetchall()
    return [
        {
            "id": r[0],
            "article_id": r[1],
            "version": r[2],
            "captions": json.loads(r[3] or "[]"),
            "changed_fields": r[4],
            "captured_at": r[5],
        }
        for r in rows
    ]


def media_totals(conn: sqlite3.Connection) -> tuple[int, int]:
    """(media rows, their bytes) for `lso status`."""
    row = conn.execute("select count(*), coalesce(sum(size), 0) from media").fetchone()
    return int(row[0]), int(row[1])


# Caption images of current versions never attempted: no media row, no fetch of their URL.
# `position` is the caption's index, so (article_id, position) orders and pages the rows.
_NEVER_FETCHED = """
select v.article_id, c.key as position, json_extract(c.value, '$.image_url') as url
from articles a
join versions v on v.article_id = a.id and v.version = a.current_version,
     json_each(case when json_valid(v.captions) then v.captions else '[]' end) c
where json_type(c.value, '$.image_url') = 'text'
  and json_extract(c.value, '$.image_url') != ''
  and (:since is null or v.captured_at >= :since)
  and not exists (select 1 from media m where m.url = json_extract(c.value, '$.image_url'))
  and not exists (select 1 from fetches f where f.url = json_extract(c.value, '$.image_url'))
"""


def unfetched_images(
    source: Store | sqlite3.Connection,
    limit: int | None = None,
    *,
    since: str | None = None,
    after: tuple[int, int] = (0, -1),
) -> list[tuple[int, int, str]]:
    """(article_id, caption position, URL) of each caption image of a current version that
    no run has tried to fetch, ordered; `after` pages (the last row of the previous page),
    `since` keeps versions captured at or after that stored UTC time."""
    rows = _conn(source).execute(
        f"select * from ({_NEVER_FETCHED}) where (article_id, position) > (:id, :position) "
        "order by article_id, position limit :limit",
        {
            "since": since,
            "id": after[0],
            "position": after[1],
            "limit": -1 if limit is None else limit,
        },
    )
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def unfetched_image_count(
    source: Store | sqlite3.Connection, since: str | None = None
) -> tuple[int, int]:
    """(distinct image URLs, articles) of what `unfetched_images` returns, unpaged."""
    row = (
        _conn(source)
        .execute(
            f"select count(distinct url), count(distinct article_id) from ({_NEVER_FETCHED})",
            {"since": since},
        )
        .fetchone()
    )
    return int(row[0]), int(row[1])


def articles_with_unfetched_images(
    source: Store | sqlite3.Connection, limit: int = 10_000
) -> list[int]:
    """Articles whose current version shows an image no run has tried to fetch (a run
    stopped between storing the version and fetching its images)."""
    rows = _conn(source).execute(
        f"select distinct article_id from ({_NEVER_FETCHED}) order by article_id limit :limit",
        {"since": None, "limit": limit},
    )
    return [row[0] for row in rows]
