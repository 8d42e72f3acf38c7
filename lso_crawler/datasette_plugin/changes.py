"""The "Articles that changed" page and its Atom feed.

GET /-/lso/changes?since=2026-11-01&until=2026-11-07&kind=substantive&category=Kinh+tế
GET /-/lso/changes.atom?...   the same filters as a feed
`since`/`until` are Vietnam calendar days (until inclusive); rows come from
`lso_crawler.store.queries.recent_changes`, the one definition of recent changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from datasette.utils.asgi import Request, Response

from lso_crawler.datasette_plugin.config import lso_database
from lso_crawler.datasette_plugin.errors import not_found
from lso_crawler.datasette_plugin.feed import atom_feed
from lso_crawler.datasette_plugin.ids import parse_small
from lso_crawler.datasette_plugin.snippets import diff_snippet_html
from lso_crawler.datasette_plugin.timefmt import day_start_utc, time_tag
from lso_crawler.store import queries

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

PAGE_SIZE = 50
FEED_SIZE = 100
MAX_PAGE = 200


def filters_from(request: Request) -> tuple[queries.ChangeFilter, dict[str, str]]:
    """The query's filters, and the form values to show back (unusable ones dropped)."""
    args = request.args
    kind = args.get("kind") or "all"
    if kind not in queries.KINDS:
        kind = "all"
    since_day, until_day = (args.get("since") or "").strip(), (args.get("until") or "").strip()
    since = day_start_utc(since_day)
    until = day_start_utc(until_day, next_day=True)
    category = (args.get("category") or "").strip()[:200]
    latest = args.get("latest") == "1"
    form = {
        "kind": kind,
        "since": since_day[:10] if since else "",
        "until": until_day[:10] if until else "",
        "category": category,
        "latest": "1" if latest else "",
    }
    chosen = queries.ChangeFilter(
        kind=kind, since=since, until=until, category=category or None, latest=latest
    )
    return chosen, form


def base_url(datasette: Datasette, request: Request) -> str:
    """The absolute URL of the site root, without a trailing slash."""
    return str(datasette.absolute_url(request, datasette.urls.path("/"))).rstrip("/")


async def changes_page(request: Request, datasette: Datasette) -> Response:
    """GET /-/lso/changes[.atom]."""
    database = await lso_database(datasette)
    if database is None:
        return await not_found(datasette, request, "No lso-archive database is being served")
    chosen, form = filters_from(request)
    if request.url_vars.get("format") == ".atom":
        rows = await database.execute_fn(
            lambda conn: queries.recent_changes(conn, chosen, limit=FEED_SIZE)
        )
        base = base_url(datasette, request)
        query = urlencode({k: v for k, v in form.items() if v and v != "all"})
        self_url = f"{base}/-/lso/changes.atom" + (f"?{query}" if query else "")
        body = atom_feed(
            rows, title="Báo Lạng Sơn: articles that changed", self_url=self_url, base=base
        )
        return Response(body, content_type="application/atom+xml; charset=utf-8")
    page = min(parse_small(request.args.get("page"), 1) or 1, MAX_PAGE)

    def read(conn: Any) -> tuple[list[dict[str, Any]], list[str]]:
        rows = queries.recent_changes(
            conn, chosen, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE
        )
        return rows, queries.categories(conn)

    rows, categories = await database.execute_fn(read)
    more = len(rows) > PAGE_SIZE
    for row in rows[:PAGE_SIZE]:
        row["time_html"] = time_tag(row["time"])
        row["snippet_html"] = diff_snippet_html(row.get("diff_snippet"))
    kept = {k: v for k, v in form.items() if v and v != "all"}
    context = {
        "rows": rows[:PAGE_SIZE],
        "form": form,
        "kinds": queries.KINDS,
        "categories": categories,
        "page": page,
        "next_url": "?" + urlencode({**kept, "page": page + 1}) if more else None,
        "prev_url": "?" + urlencode({**kept, "page": page - 1}) if page > 1 else None,
        "feed_url": datasette.urls.path("/-/lso/changes.atom")
        + ("?" + urlencode(kept) if kept else ""),
    }
    html = await datasette.render_template("lso_changes.html", context, request=request)
    return Response.html(html)
