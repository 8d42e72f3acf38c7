"""Datasette plugin for lso-archive: article history pages with word-level diffs.

Registered with the `datasette` entry point `lso = "lso_crawler.datasette_plugin"`.
Settings, in metadata.yml under `plugins: lso-archive:`:

database     the database to serve pages from (default: the first with `articles`
             and `versions` tables)
archive_dir  the WARC directory raw captures are read from (default: `archive`)

Routes: `/-/lso/article/<id>` (history) and `/-/lso/capture/<fetch_id>` (raw capture,
only linked when the `fetches` table has `warc_file` and `warc_offset` columns).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from datasette import hookimpl
from markupsafe import Markup

from lso_crawler.datasette_plugin.capture import capture_page
from lso_crawler.datasette_plugin.history import article_page

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

ARTICLE_PATH = "/-/lso/article/{}"
_TITLE_TABLES = frozenset({"articles", "article_overview"})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """The history and capture pages."""
    return [
        (r"^/-/lso/article/(?P<article_id>\d+)$", article_page),
        (r"^/-/lso/capture/(?P<fetch_id>\d+)$", capture_page),
    ]


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Datasette
) -> Markup | None:
    """Link article titles, version numbers and query results' article ids to the history."""
    if table in _TITLE_TABLES and column == "title":
        article_id, anchor = row["id"], ""
    elif table == "versions" and column == "version":
        article_id, anchor = row["article_id"], f"#v{value}"
        if isinstance(article_id, dict):  # the table view expands foreign keys to labels
            article_id = article_id["value"]
    elif table is None and column == "article_id" and isinstance(value, int):
        article_id, anchor = value, ""
    else:
        return None
    href = datasette.urls.path(ARTICLE_PATH.format(int(article_id))) + anchor
    return Markup('<a href="{}">{}</a>').format(href, "" if value is None else value)
