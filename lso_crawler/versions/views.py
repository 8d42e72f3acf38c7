"""SQL views for browsing the archive (Datasette facets need plain columns)."""

from __future__ import annotations

from sqlite_utils import Database

# One row per article, without the crawl's helper columns (validators, check times).
# A plain projection of `articles` (its derived columns are kept by lso_crawler.store.browse):
# SQLite flattens it, so sorts, filters and facets use the articles indexes.
ARTICLE_OVERVIEW = """
create view if not exists article_overview as
select
    id,
    title,
    category,
    status,
    year,
    published_at,
    byline,
    authors,
    tags,
    version_count,
    last_change_kind,
    last_change_at,
    last_changed_fields,
    last_diff_snippet,
    url,
    first_seen,
    last_seen
from articles
"""

# Before the browse columns existed (migration add_browse_views): a join per request.
_LEGACY_OVERVIEW = """
create view if not exists article_overview as
select
    a.id, a.title, a.url, a.category, a.status,
    substr(coalesce(v.dateline_date, a.published_at), 1, 4) as year,
    a.published_at, v.authors, v.tags, a.current_version,
    v.change_kind as last_change_kind, a.first_seen, a.last_seen
from articles a
join versions v on v.article_id = a.id and v.version = a.current_version
"""


def create_views(db: Database) -> None:
    """Create the browsing views if they are missing (idempotent)."""
    has_columns = "version_count" in db["articles"].columns_dict
    db.execute(ARTICLE_OVERVIEW if has_columns else _LEGACY_OVERVIEW)
