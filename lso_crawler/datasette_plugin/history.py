"""The article history page: every version, newest first, with its word-level diff."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from datasette.utils.asgi import Request, Response

from lso_crawler.datasette_plugin.config import lso_database
from lso_crawler.datasette_plugin.errors import not_found
from lso_crawler.versions import classify, diff_articles, records, render_html

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette


def _changed_fields(stored: str | None) -> list[str]:
    return json.loads(stored) if stored else []


def build_history(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """Everything the page shows about one article, or None if it is unknown."""
    article = records.article(conn, article_id)
    rows = records.versions(conn, article_id)
    if article is None and not rows:
        return None
    versions = []
    previous = None
    for row in rows:
        content = records.content(row)
        change = classify(previous, content)
        diff = diff_articles(previous, content) if previous is not None else None
        stored_kind = row.get("change_kind")
        versions.append(
            {
                "id": row["id"],
                "version": row["version"],
                "captured_at": row["captured_at"],
                "parser": row["parser"],
                "url": row["url"],
                # What the crawler recorded wins; unclassified rows show the computed values.
                "change_kind": stored_kind or change.kind,
                "computed": stored_kind is None,
                "changed_fields": _changed_fields(row.get("changed_fields"))
                if stored_kind
                else change.changed_fields,
                "chars_added": row["chars_added"] if stored_kind else change.chars_added,
                "chars_removed": row["chars_removed"] if stored_kind else change.chars_removed,
                "diff_html": render_html(diff) if diff is not None else None,
                "coarse": bool(diff and diff.coarse),
                "fetch_id": row["fetch_id"],
                "has_capture": records.capture_pointer(conn, row["fetch_id"]) is not None,
            }
        )
        previous = content
    latest = rows[-1] if rows else {}
    return {
        "article_id": article_id,
        "title": (article or {}).get("title") or latest.get("title"),
        "url": (article or {}).get("url") or latest.get("url"),
        "article": article or {},
        "events": records.events(conn, article_id),
        "versions": list(reversed(versions)),
    }


async def article_page(request: Request, datasette: Datasette) -> Response:
    """GET /-/lso/article/<id>: the article's versions and events."""
    article_id = int(request.url_vars["article_id"])
    database = await lso_database(datasette)
    if database is None:
        return await not_found(datasette, request, "No lso-archive database is being served")
    page = await database.execute_fn(lambda conn: build_history(conn, article_id))
    if page is None:
        return await not_found(datasette, request, f"Article {article_id} is not in the archive")
    url = page["url"] or ""
    context = {
        "page": page,
        "database": database.name,
        # Only web links become hrefs: a stored javascript: URL must stay inert text.
        "external_url": url if url.startswith(("https://", "http://")) else None,
    }
    html = await datasette.render_template("lso_article.html", context, request=request)
    return Response.html(html)
