"""Error pages: the plugin's own 404s, and every uncaught exception (without `rich`).

Datasette 0.65's default handler calls `rich.get_console().print_exception()` outside an
`except` block whenever `rich` is importable (wacz pulls it in), which raises and turns
every 404 and 400 into a 500. At start-up the plugin turns that call off, and its own
`handle_exception` answers first, with Datasette's error template and the exception's
own status.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from typing import TYPE_CHECKING, Any

from datasette.utils.asgi import Base400, Request, Response
from markupsafe import Markup

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

# What only a request's own values raise in Datasette's read-only views (see below).
_BAD_REQUEST = (
    ValueError,
    OverflowError,
    sqlite3.ProgrammingError,
    sqlite3.IntegrityError,
    sqlite3.DataError,
)


async def not_found(datasette: Datasette, request: Request, message: str) -> Response:
    """A 404 page in Datasette's error template (raising NotFound would log a traceback)."""
    return await error_page(datasette, request, message, 404)


async def error_page(
    datasette: Datasette, request: Request, message: Any, status: int, title: str | None = None
) -> Response:
    """Datasette's error page (or JSON for a .json path) with this status."""
    info = {"ok": False, "error": message, "status": status, "title": title}
    if request.path.split("?")[0].endswith(".json"):
        return Response.json({**info, "error": str(message)}, status=status)
    try:
        html = await datasette.render_template(
            [f"{status}.html", "error.html"], info, request=request
        )
    except Exception:  # the error page itself must never fail
        html = Markup("<!DOCTYPE html><title>Error {}</title><p>{}</p>").format(status, message)
    return Response.html(str(html), status=status)


def silence_rich() -> None:
    """Stop Datasette's default handler from calling `rich` (it raises outside `except`)."""
    import datasette.handle_exception as default_handler

    default_handler.rich = None


def exception_response(datasette: Datasette, request: Request, exception: Exception) -> Any:
    """The `handle_exception` hook's answer: an awaitable Response."""
    from datasette.views.base import DatasetteError

    async def inner() -> Response:
        title = None
        if isinstance(exception, Base400):
            status, message = exception.status, exception.args[0] if exception.args else ""
        elif isinstance(exception, DatasetteError):
            status, message, title = exception.status, exception.message, exception.title
            # Datasette raises these, with its default status 500, for requests it cannot
            # answer (?_sort=<no such column>, a bad facet): the request is at fault.
            status = 400 if status == 500 else status
            if exception.message_is_html:
                message = Markup(message)
        elif isinstance(exception, _BAD_REQUEST):
            # Datasette parses some parameters with int() unguarded (?_next=x on a view) and
            # passes others into SQL unchecked: a NUL in ?_where= (ProgrammingError), a huge
            # ?_next= offset on a view ("datatype mismatch", an IntegrityError: a read-only
            # query has no other way to raise one). A bad request, not a server fault; the
            # traceback still goes to the log.
            status, message = 400, "Bad request: a parameter has an impossible value"
            traceback.print_exception(exception, file=sys.stderr)
        else:
            status, message = 500, "Internal error"
            traceback.print_exception(exception, file=sys.stderr)
        return await error_page(datasette, request, message, status, title)

    return inner
