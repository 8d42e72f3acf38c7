"""The search page: what people type, diacritics optional, best matches first.

GET /-/lso/search?q=kinh+te            every word must occur ("quoted" = a phrase)
GET /-/lso/search?q=...&mode=advanced  FTS5 syntax: AND, OR, NOT, NEAR, prefix*
One result per article (its best-matching version), with a highlighted snippet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlencode

from datasette.utils.asgi import Request, Response

from lso_crawler.datasette_plugin.config import lso_database
from lso_crawler.datasette_plugin.errors import not_found
from lso_crawler.datasette_plugin.ids import parse_small
from lso_crawler.datasette_plugin.snippets import highlight_html
from lso_crawler.datasette_plugin.timefmt import time_tag
from lso_crawler.store import queries

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

MAX_QUERY = 500
MAX_PAGE = 20


async def search_page(request: Request, datasette: Datasette) -> Response:
    """GET /-/lso/search."""
    database = await lso_database(datasette)
    if database is None:
        return await not_found(datasette, request, "No lso-archive database is being served")
    text = (request.args.get("q") or "")[:MAX_QUERY]
    advanced = request.args.get("mode") == "advanced"
    page = min(parse_small(request.args.get("page"), 1) or 1, MAX_PAGE)
    results = None
    if text.strip():
        results = await database.execute_fn(
            lambda conn: queries.search(conn, text, advanced=advanced, page=page)
        )
        for hit in results.hits:
            hit["snippet_html"] = highlight_html(hit.get("snippet"))
            hit["changed_html"] = time_tag(hit["article"].get("last_change_at"))
    params = {"q": text, **({"mode": "advanced"} if advanced else {})}
    context = {
        "q": text,
        "advanced": advanced,
        "results": results,
        "page": page,
        "next_url": "?" + urlencode({**params, "page": page + 1})
        if results and results.more and page < MAX_PAGE
        else None,
        "prev_url": "?" + urlencode({**params, "page": page - 1}) if page > 1 else None,
    }
    status = 400 if results is not None and results.error else 200
    html = await datasette.render_template("lso_search.html", context, request=request)
    return Response.html(html, status=status)
