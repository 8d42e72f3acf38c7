"""Error pages of the plugin's routes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from datasette.utils.asgi import Request, Response

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette


async def not_found(datasette: Datasette, request: Request, message: str) -> Response:
    """A 404 page in Datasette's error template (raising NotFound would log a traceback)."""
    context = {"ok": False, "error": message, "status": 404, "title": "Not found"}
    html = await datasette.render_template("error.html", context, request=request)
    return Response.html(html, status=404)
