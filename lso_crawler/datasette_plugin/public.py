"""Public-deployment mode (`public: true` in the plugin settings, e.g. `LSO_PUBLIC=1`).

For serving the archive to others: canned queries, tables, the plugin's pages and the
feed stay; arbitrary SQL, whole-database downloads and CSV streams are refused; pages that
show the server's paths (`/-/databases`) or threads answer 404; `runs` (which holds
process ids) is hidden and refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lso_crawler.datasette_plugin.config import is_public

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

BLOCKED_PATHS = frozenset(
    {"/-/databases", "/-/databases.json", "/-/threads", "/-/threads.json", "/-/settings.json"}
)
PRIVATE_TABLES = frozenset({"runs"})
_DENIED = frozenset({"execute-sql", "view-database-download"})


def permission(datasette: Datasette, action: str, resource: Any) -> bool | None:
    """False for what public mode refuses; None leaves the decision to Datasette."""
    if not is_public(datasette):
        return None
    if action in _DENIED:
        return False
    if action == "view-table" and isinstance(resource, tuple) and resource[1] in PRIVATE_TABLES:
        return False
    return None


def wrap(datasette: Datasette, app: Any) -> Any:
    """ASGI middleware answering 404 for BLOCKED_PATHS in public mode."""

    async def guarded(scope: dict, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if (
            scope.get("type") == "http"
            and path.rstrip("/") in BLOCKED_PATHS
            and is_public(datasette)
        ):
            await send(
                {
                    "type": "http.response.start",
                    "status": 404,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8")],
                }
            )
            await send({"type": "http.response.body", "body": b"Not found"})
            return
        await app(scope, receive, send)

    return guarded
