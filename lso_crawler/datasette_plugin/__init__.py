"""Datasette plugin for lso-archive: histories, the changes page, search and the feed.

Registered with the `datasette` entry point `lso = "lso_crawler.datasette_plugin"`.
Settings: see `config.py` (database, archive_dir, settings, public).

Routes:
  /-/lso/changes[.atom]          Articles that changed (and their feed)
  /-/lso/search                  search with optional diacritics, ranked, with snippets
  /-/lso/article/<id>[.json]     history: versions, word diffs, compare two versions
  /-/lso/capture/<fetch_id>      raw capture (linked when `fetches` has WARC pointers)
  /-/lso/media/<digest>          an archived image, from its WARC record (see media.py)
The `recent_changes` canned query (from `lso_crawler.store.queries`) gets an `.atom` renderer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from datasette import hookimpl
from markupsafe import Markup

from lso_crawler.datasette_plugin import public, redirects
from lso_crawler.datasette_plugin.capture import capture_page
from lso_crawler.datasette_plugin.changes import base_url, changes_page
from lso_crawler.datasette_plugin.config import apply_settings
from lso_crawler.datasette_plugin.errors import exception_response, silence_rich
from lso_crawler.datasette_plugin.feed import atom_feed
from lso_crawler.datasette_plugin.history import article_page
from lso_crawler.datasette_plugin.media import DIGEST, media_page, media_path
from lso_crawler.datasette_plugin.search import search_page
from lso_crawler.store import queries

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

ARTICLE_PATH = "/-/lso/article/{}"
RECENT_CHANGES = "recent_changes"
# (table, column) -> the column holding the article id; None for the row's own id.
_HISTORY_LINKS = {
    ("articles", "title"): "id",
    ("article_overview", "title"): "id",
    ("versions", "title"): "article_id",
    ("versions", "version"): "article_id",
    ("changes", "title"): "article_id",
    ("changes", "version"): "article_id",
    ("events", "article_id"): "article_id",
    ("fetches", "article_id"): "article_id",
    (None, "title"): "article_id",
    (None, "article_id"): "article_id",
}


@hookimpl
def startup(datasette: Datasette) -> None:
    """Apply the committed Datasette settings from metadata.yml; no `rich` in error pages."""
    apply_settings(datasette)
    silence_rich()


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """The plugin's pages."""
    return [
        (r"^/-/lso/changes(?P<format>\.atom)?$", changes_page),
        (r"^/-/lso/search$", search_page),
        (r"^/-/lso/article/(?P<article_id>[^/]{1,80})$", article_page),
        (r"^/-/lso/capture/(?P<fetch_id>[^/]{1,80})$", capture_page),
        (r"^/-/lso/media/(?P<digest>[^/]{1,80})$", media_page),
    ]


@hookimpl(tryfirst=True)
def handle_exception(datasette: Datasette, request: Any, exception: Exception) -> Any:
    """Every error page, without Datasette's `rich` call (see errors.py)."""
    return exception_response(datasette, request, exception)


@hookimpl
def canned_queries(datasette: Datasette, database: str) -> dict[str, Any] | None:
    """`recent_changes`, defined once in lso_crawler.store.queries."""
    settings = datasette.plugin_config("lso-archive") or {}
    if database != settings.get("database", "lso"):
        return None
    return {
        RECENT_CHANGES: {
            "sql": queries.RECENT_CHANGES_CANNED,
            "title": "Recent changes to Báo Lạng Sơn articles",
            "description": (
                "Each new version (from version 2 on) and lifecycle event, newest first. "
                "kind: all, substantive (edits and events), minor, gone, back, redirected, "
                "url_changed. since/until: UTC times or dates (2026-11-01). Append .atom to "
                "the URL for a feed; /-/lso/changes is the readable page."
            ),
            "hide_sql": True,
        }
    }


def _render_atom(
    datasette: Datasette,
    request: Any,
    rows: list[Any],
    columns: list[str],
    query_name: str | None = None,
) -> Any:
    from datasette.utils.asgi import Response

    if query_name != RECENT_CHANGES or "article_id" not in columns:
        return Response.text("Only recent_changes has an Atom feed", status=404)
    items = [dict(zip(columns, tuple(row), strict=False)) for row in rows]
    base = base_url(datasette, request)
    body = atom_feed(
        items,
        title="Recent changes to Báo Lạng Sơn articles",
        self_url=datasette.absolute_url(request, request.full_path),
        base=base,
    )
    return Response(body, content_type="application/atom+xml; charset=utf-8")


def _can_render_atom(query_name: str | None = None) -> bool:
    return query_name == RECENT_CHANGES


@hookimpl
def register_output_renderer() -> dict[str, Any]:
    """`.atom` for the recent_changes canned query (replaces datasette-atom)."""
    return {"extension": "atom", "render": _render_atom, "can_render": _can_render_atom}


@hookimpl
def permission_allowed(datasette: Datasette, action: str, resource: Any) -> bool | None:
    """Public mode refuses arbitrary SQL, downloads and the runs table (see public.py)."""
    return public.permission(datasette, action, resource)


@hookimpl
def asgi_wrapper(datasette: Datasette) -> Any:
    """Public mode hides the pages that show server paths; versions search goes to ours."""
    return lambda app: public.wrap(datasette, redirects.wrap(app))


@hookimpl
def extra_body_script(template: str, datasette: Datasette) -> str | None:
    """On the recent_changes form, `kind` is a select of the known kinds."""
    if not template.startswith("query"):
        return None
    options = "".join(f'<option value="{k}">{k}</option>' for k in ("", *queries.KINDS[1:]))
    return (
        "(function(){var i=document.querySelector('form input[name=kind]');if(!i)return;"
        "var s=document.createElement('select');s.name='kind';s.id=i.id;"
        f"s.innerHTML='{options}';s.value=i.value;i.replaceWith(s);}})();"
    )


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, datasette: Datasette
) -> Markup | None:
    """Titles, version numbers and article ids link to the article's history; a media
    row's digest to its archived image."""
    if table == "media" and column == "payload_digest":
        if not isinstance(value, str) or not DIGEST.fullmatch(value):
            return None
        return Markup('<a href="{}">{}</a>').format(datasette.urls.path(media_path(value)), value)
    source = _HISTORY_LINKS.get((table, column))
    if source is None or value is None:
        return None
    try:
        article_id = row[source]
    except (IndexError, KeyError):
        return None
    if isinstance(article_id, dict):  # the table view expands foreign keys to labels
        article_id = article_id.get("value")
    if not isinstance(article_id, int):
        return None
    anchor = ""
    if column == "version" and isinstance(value, int):
        anchor = f"#v{value}"
    elif table is None and column == "title":
        try:
            version = row["version"]
        except (IndexError, KeyError):
            version = None
        anchor = f"#v{version}" if isinstance(version, int) else ""
    href = datasette.urls.path(ARTICLE_PATH.format(article_id)) + anchor
    return Markup('<a href="{}">{}</a>').format(href, value)
