"""SQL views for browsing the archive (Datasette facets need plain columns)."""

from __future__ import annotations

from sqlite_utils import Database

# One row per article with its current version's authors, tags and dateline year.
# An inner join: every stored article has a current version, and with a LEFT JOIN here
# SQLite (3.40) returns no rows for Datasette's json_each-based array facets.
ARTICLE_OVERVIEW = """
create view if not exists article_overview as
select
    a.id,
    a.title,
    a.url,
    a.category,
    a.status,
    substr(coalesce(v.dateline_date, a.published_at), 1, 4) as year,
    a.published_at,
    v.authors,
    v.tags,
    a.current_version,
    v.change_kind as last_change_kind,
    a.first_seen,
    a.last_seen
from articles a
join versions v on v.article_id = a.id and v.version = a.current_version
"""


def create_views(db: Database) -> None:
    """Create the browsing views if they are missing (idempotent)."""
    db.execute(ARTICLE_OVERVIEW)
