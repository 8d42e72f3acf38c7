"""Send Datasette's table search on `versions` to the search page.

Datasette finds `versions_fts` by itself and offers `?_search=` on the versions table,
which counts and facets every matching version: seconds for a common word at 100,000
articles. /-/lso/search ranks, folds diacritics and answers in tens of milliseconds.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlencode

SEARCHED_TABLES = ("/lso/versions", "/lso/versions.json")


def wrap(app: Any) -> Any:
    """ASGI middleware: GET /lso/versions?_search=x → 302 /-/lso/search?q=x."""

    async def redirecting(scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") == "http" and scope.get("path") == SEARCHED_TABLES[0]:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            terms = query.get("_search")
            if terms and terms[0].strip():
                location = "/-/lso/search?" + urlencode({"q": terms[0][:500]})
                await send(
                    {
                        "type": "http.response.start",
                        "status": 302,
                        "headers": [(b"location", location.encode("latin-1"))],
                    }
                )
                await send({"type": "http.response.body", "body": b""})
                return
        await app(scope, receive, send)

    return redirecting
