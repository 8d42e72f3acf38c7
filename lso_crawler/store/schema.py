"""The database schema, as sqlite-utils migrations applied in order (idempotent)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from lso_crawler.versions.views import create_views

migrations = Migrations("lso")


@migrations()
def create_core_tables(db: Database) -> None:
    """Articles, their versions, every fetch and every run."""
    db.table("runs").create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "outcome": str,
            "finish_reason": str,
            "base_url": str,
            "pages_fetched": int,
            "new_articles": int,
            "new_versions": int,
            "unchanged": int,
            "parse_errors": int,
            "http_errors": int,
            "robots_blocked": int,
            "stats": str,
        },
        pk="id",
    )
    db.table("articles").create(
        {
            "id": int,
            "url": str,
            "title": str,
            "category": str,
            "published_at": str,
            "first_seen": str,
            "last_seen": str,
            "status": str,
            "current_version": int,
        },
        pk="id",
        defaults={"status": "live"},
    )
    db.table("fetches").create(
        {
            "id": int,
            "run_id": int,
            "url": str,
            "method": str,
            "status": int,
            "fetched_at": str,
            "article_id": int,
            "content_type": str,
            "size": int,
            "error": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("fetches").create_index(["article_id"])
    db.table("fetches").create_index(["url"])
    db.table("versions").create(
        {
            "id": int,
            "article_id": int,
            "version": int,
            "captured_at": str,
            "url": str,
            "title": str,
            "dateline": str,
            "dateline_date": str,
            "published_at": str,
            "lead": str,
            "body": str,
            "captions": str,
            "byline": str,
            "authors": str,
            "category": str,
            "tags": str,
            "parser": str,
            "content_hash": str,
            "fetch_id": int,
        },
        pk="id",
        not_null=["article_id", "version", "captured_at", "title", "body", "parser"],
        foreign_keys=[("article_id", "articles", "id"), ("fetch_id", "fetches", "id")],
    )
    db.table("versions").create_index(["article_id", "version"], unique=True)
    # Listings, feeds and news sitemaps show a publication time that older pages lack.
    db.table("listing_times").create(
        {"article_id": int, "published_at": str, "listing_url": str}, pk="article_id"
    )
    db.table("versions").enable_fts(["title", "lead", "body"], create_triggers=True)


def migrate(db: Database) -> None:
    """Bring the database up to the current schema; safe to call on every open."""
    migrations.apply(db)


@migrations()
def add_change_tracking(db: Database) -> None:
    """What changed in each version, and the lifecycle events of articles."""
    versions = db.table("versions")
    versions.add_column("changed_fields", str)  # JSON list of content fields; null for v1
    versions.add_column("change_kind", str)  # 'initial', 'substantive' or 'minor'
    versions.add_column("chars_added", int)
    versions.add_column("chars_removed", int)
    db.table("events").create(
        {"id": int, "article_id": int, "time": str, "kind": str, "detail": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("events").create_index(["article_id", "time"])
    db.table("events").create_index(["time"])


@migrations()
def add_run_process(db: Database) -> None:
    """Which process ran a crawl, so a run killed mid-way can be told from a live one."""
    db.table("runs").add_column("pid", int)
    db.table("runs").add_column("errors", str)  # JSON {kind: count}


@migrations()
def add_frontier(db: Database) -> None:
    """Crawl state that must survive a killed run: pending articles and backfill progress."""
    db.table("frontier").create(
        {"article_id": int, "url": str, "discovered_at": str, "attempts": int},
        pk="article_id",
        defaults={"attempts": 0},
    )
    # An old article URL whose redirect led to an article with another id.
    db.table("aliases").create({"alias_id": int, "article_id": int, "seen_at": str}, pk="alias_id")
    db.table("listing_progress").create(
        {"category": str, "next_page": int, "finished_at": str, "updated_at": str},
        pk="category",
    )


@migrations()
def add_warc_pointers(db: Database) -> None:
    """Every fetch points at its WARC record, so any version's raw capture can be read back."""
    fetches = db.table("fetches")
    for column in ("warc_file", "warc_record_id", "warc_date", "warc_type", "payload_digest"):
        fetches.add_column(column, str)
    fetches.add_column("warc_offset", int)
    fetches.add_column("warc_length", int)
    # The digest index: has this URL's payload been archived before?
    fetches.create_index(["url", "payload_digest"])


@migrations()
def add_run_archive_counts(db: Database) -> None:
    """What each run added to the archive."""
    db.table("runs").add_column("bytes_archived", int)
    db.table("runs").add_column("warc_files", str)  # JSON list of file names


@migrations()
def add_recheck_state(db: Database) -> None:
    """When each article was last checked and changed, and its HTTP validators."""
    articles = db.table("articles")
    for column in ("last_checked", "last_changed", "etag", "last_modified"):
        articles.add_column(column, str)
    db.execute("update articles set last_checked = last_seen")


@migrations()
def add_browse_views(db: Database) -> None:
    """article_overview: each article with its current authors, tags and dateline year."""
    create_views(db)


@migrations()
def add_run_lifecycle_counts(db: Database) -> None:
    """How many known articles a run found gone or redirected."""
    db.table("runs").add_column("gone", int)
    db.table("runs").add_column("redirected", int)


@migrations()
def add_ingest_outcomes(db: Database) -> None:
    """What ingest made of each fetch, parser notes and stored diffs, drift figures per run."""
    db.table("fetches").add_column("outcome", str)  # version, unchanged, parse_failed, listing, ...
    db.table("fetches").create_index(["warc_record_id"])
    versions = db.table("versions")
    versions.add_column("parse_notes", str)  # JSON: missing/fallback fields, date sources
    versions.add_column("diff", str)  # JSON of the diff from the previous version
    versions.add_column("diff_snippet", str)
    db.table("events").add_column("fetch_id", int)
    db.table("runs").add_column("parser_stats", str)  # JSON {parser: {articles, missing: {...}}}


@migrations()
def add_browse_reads(db: Database) -> None:
    """What the browsing pages read at 100,000 articles: derived columns, changes, indexes."""
    from lso_crawler.store import browse  # browse imports versions.views, as this module does

    browse.install(db)
    browse.rebuild(db)


@migrations()
def add_run_drift(db: Database) -> None:
    """The layout drift alerts of each run (`lso_crawler.drift`)."""
    # A JSON list of alerts: [] when the run was checked and none was raised, NULL unchecked.
    db.table("runs").add_column("drift", str)


@migrations()
def add_media(db: Database) -> None:
    """Article images: one row per distinct payload seen at a URL, and a digest index so an
    image already archived under any URL is written as a revisit."""
    db.table("media").create(
        {
            "id": int,
            "url": str,
            "payload_digest": str,
            "content_type": str,
            "size": int,
            "width": int,
            "height": int,
            "first_seen": str,
            "last_seen": str,
            "fetch_id": int,
            "etag": str,
            "last_modified": str,
            "warc_file": str,
            "warc_offset": int,
            "warc_length": int,
            "warc_record_id": str,
            "warc_date": str,
            "warc_type": str,
        },
        pk="id",
        not_null=["url", "payload_digest"],
        foreign_keys=[("fetch_id", "fetches", "id")],
    )
    db.execute("create unique index media_url_digest on media(url, payload_digest)")
    db.execute("create index media_digest on media(payload_digest)")


@migrations()
def add_media_browse_indexes(db: Database) -> None:
    """The Datasette `media` table sorts by last_seen and facets content and record type:
    indexes keep that page fast at hundreds of thousands of images."""
    db.execute("create index media_last_seen on media(last_seen)")
    db.execute("create index media_content_type on media(content_type, last_seen)")
    db.execute("create index media_warc_type on media(warc_type)")
