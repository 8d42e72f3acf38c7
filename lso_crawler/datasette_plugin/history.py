"""The article history page: every version, newest first, its word diff, and a comparer.

GET /-/lso/article/<id>                    versions newest first, each diffed with the one before
GET /-/lso/article/<id>?from=1&to=3        those two versions compared (inline)
GET /-/lso/article/<id>?from=1&to=3&view=side   the same, side by side
GET /-/lso/article/<id>.json               the history as data
Diffs between consecutive versions come from `versions.diff` when ingest stored it.
A version with `images` among its changed fields shows the previous version's caption images
and its own side by side, the first version its images as thumbnails, all served from the
archive by /-/lso/media/<digest> (see images.py); other versions show none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from datasette.utils.asgi import Request, Response

from lso_crawler.datasette_plugin.config import lso_database
from lso_crawler.datasette_plugin.errors import not_found
from lso_crawler.datasette_plugin.ids import parse_id, parse_small
from lso_crawler.datasette_plugin.images import (
    Pair,
    Shown,
    caption_images,
    changed_pairs,
    facts_for,
    with_facts,
)
from lso_crawler.datasette_plugin.sidebyside import render_side_by_side
from lso_crawler.datasette_plugin.timefmt import time_tag, vietnam
from lso_crawler.store import history as stored
from lso_crawler.store.queries import decode_list
from lso_crawler.versions import ArticleDiff, classify, diff_articles, render_html
from lso_crawler.versions.render import render_json

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette


def _stored_diff(row: dict[str, Any]) -> ArticleDiff | None:
    """The diff ingest stored with the version, if there is one that can be read."""
    stored = row.get("diff")
    if not stored:
        return None
    try:
        return ArticleDiff.from_json(stored)
    except ValueError:  # an unreadable stored diff is recomputed instead
        return None


def _diff(previous: dict[str, Any] | None, row: dict[str, Any]) -> ArticleDiff | None:
    if previous is None:
        return None
    return _stored_diff(row) or diff_articles(stored.content(previous), stored.content(row))


def _images(
    conn: sqlite3.Connection, rows: list[dict[str, Any]], link: Callable[[str], str]
) -> list[list[Shown]]:
    """Each version's caption images, with their route and `media` facts where archived."""
    shown = [caption_images(row.get("captions")) for row in rows]
    facts = facts_for(conn, shown)
    return [with_facts(images, facts, link) for images in shown]


def build_history(
    conn: sqlite3.Connection, article_id: int, link: Callable[[str], str] = str
) -> dict[str, Any] | None:
    """Everything the page shows about one article, or None if it is unknown.

    `link` turns a plugin path into the page's URL for it (Datasette's `urls.path`).
    """
    article = stored.article(conn, article_id)
    rows = stored.versions(conn, article_id)
    if article is None and not rows:
        return None
    images = _images(conn, rows, link)
    versions = []
    previous: dict[str, Any] | None = None
    for index, row in enumerate(rows):
        diff = _diff(previous, row)
        stored_kind = row.get("change_kind")
        if stored_kind:
            kind, fields = stored_kind, decode_list(row.get("changed_fields"))
            added, removed = row.get("chars_added"), row.get("chars_removed")
        else:  # unclassified rows show computed values
            change = classify(stored.content(previous) if previous else None, stored.content(row))
            kind, fields = change.kind, change.changed_fields
            added, removed = change.chars_added, change.chars_removed
        image_pairs: list[Pair] = []
        images_same = 0
        if index and "images" in fields:
            image_pairs, images_same = changed_pairs(images[index - 1], images[index])
        versions.append(
            {
                "id": row["id"],
                "version": row["version"],
                "captured_at": row["captured_at"],
                "parser": row["parser"],
                "url": row["url"],
                "title": row["title"],
                "change_kind": kind,
                "computed": not stored_kind,
                "changed_fields": fields,
                "chars_added": added,
                "chars_removed": removed,
                "diff": diff,
                "coarse": bool(diff and diff.coarse),
                "fetch_id": row["fetch_id"],
                "has_capture": stored.capture_pointer(conn, row["fetch_id"]) is not None,
                "images": images[index],
                "image_pairs": image_pairs,
                "images_same": images_same,
            }
        )
        previous = row
    latest = rows[-1] if rows else {}
    article = article or {}
    return {
        "article_id": article_id,
        "title": article.get("title") or latest.get("title"),
        "url": article.get("url") or latest.get("url"),
        "article": article,
        "category": latest.get("category") or article.get("category"),
        "published_at": latest.get("published_at") or article.get("published_at"),
        "dateline": latest.get("dateline"),
        "byline": latest.get("byline"),
        "authors": decode_list(latest.get("authors")),
        "events": stored.events(conn, article_id),
        "versions": list(reversed(versions)),
        "rows": {row["version"]: row for row in rows},
    }


def compare(page: dict[str, Any], start: int, end: int) -> ArticleDiff | None:
    """The diff from version `start` to version `end` (either order), or None if unknown."""
    rows = page["rows"]
    if start not in rows or end not in rows or start == end:
        return None
    return diff_articles(stored.content(rows[start]), stored.content(rows[end]))


def history_json(page: dict[str, Any]) -> dict[str, Any]:
    """The history as data: the article, its events and each version's diff from the last."""
    article = page["article"]
    return {
        "article_id": page["article_id"],
        "title": page["title"],
        "url": page["url"],
        "category": page["category"],
        "published_at": page["published_at"],
        "byline": page["byline"],
        "authors": page["authors"],
        "status": article.get("status"),
        "first_seen": article.get("first_seen"),
        "last_seen": article.get("last_seen"),
        "events": page["events"],
        "versions": [
            {
                "version": v["version"],
                "captured_at": v["captured_at"],
                "title": v["title"],
                "parser": v["parser"],
                "change_kind": v["change_kind"],
                "changed_fields": v["changed_fields"],
                "chars_added": v["chars_added"],
                "chars_removed": v["chars_removed"],
                "diff": render_json(v["diff"]) if v["diff"] is not None else None,
                "images": [image.as_json() for image in v["images"]],
            }
            for v in page["versions"]
        ],
    }


async def article_page(request: Request, datasette: Datasette) -> Response:
    """GET /-/lso/article/<id>[.json]: the article's versions and events."""
    raw = request.url_vars["article_id"]
    as_json = raw.endswith(".json")
    article_id = parse_id(raw[: -len(".json")] if as_json else raw)
    if article_id is None:
        return await not_found(datasette, request, f"No article with id {raw[:40]!r}")
    database = await lso_database(datasette)
    if database is None:
        return await not_found(datasette, request, "No lso-archive database is being served")
    link = datasette.urls.path
    page = await database.execute_fn(lambda conn: build_history(conn, article_id, link))
    if page is None:
        return await not_found(datasette, request, f"Article {article_id} is not in the archive")
    if as_json:
        return Response.json(history_json(page), default=str)
    numbers = sorted(page["rows"])
    start = parse_small(request.args.get("from"))
    end = parse_small(request.args.get("to"))
    side = request.args.get("view") == "side"
    comparison = None
    if start is not None and end is not None:
        diff = await database.execute_fn(lambda _conn: compare(page, start, end))
        label_old, label_new = f"Version {start}", f"Version {end}"
        comparison = {
            "from": start,
            "to": end,
            "valid": diff is not None,
            "html": (render_side_by_side(diff, label_old, label_new) if side else render_html(diff))
            if diff is not None
            else None,
            "empty": diff is not None and not diff.fields,
        }
    for v in page["versions"]:
        diff = v["diff"]
        v["diff_html"] = render_html(diff) if diff is not None else None
        v["time_html"] = time_tag(v["captured_at"])
    for event in page["events"]:
        event["time_html"] = time_tag(event["time"])
    url = page["url"] or ""
    context = {
        "page": page,
        "database": database.name,
        "numbers": numbers,
        "compare_from": start if start is not None else (numbers[-2] if len(numbers) > 1 else None),
        "compare_to": end if end is not None else (numbers[-1] if numbers else None),
        "side": side,
        "comparison": comparison,
        "time_tag": time_tag,
        "vietnam": vietnam,
        # Only web links become hrefs: a stored javascript: URL must stay inert text.
        "external_url": url if url.startswith(("https://", "http://")) else None,
    }
    html = await datasette.render_template("lso_article.html", context, request=request)
    return Response.html(html)
