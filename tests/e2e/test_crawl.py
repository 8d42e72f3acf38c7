"""The real `scrapy crawl lso` against the model site: exact articles, polite, robust."""

from __future__ import annotations

import json
import sqlite3

import pytest

from lso_crawler.urls import article_id as id_of
from tests.crawl import CrawlResult, run_crawl
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

DISALLOWED = ("/tim-kiem", "/admin/", "/api/")


@pytest.fixture(scope="module")
def crawl(model_site: ModelSite, tmp_path_factory) -> CrawlResult:
    model_site.clear_requests()
    result = run_crawl(model_site.base_url, tmp_path_factory.mktemp("crawl"))
    assert result.returncode == 0, result.log[-3000:]
    return result


@pytest.fixture(scope="module")
def db(crawl: CrawlResult):
    connection = sqlite3.connect(crawl.db_path)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def requests_seen(crawl: CrawlResult, model_site: ModelSite):
    return list(model_site.requests)


def current_records(db) -> dict[int, dict]:
    rows = db.execute(
        "select v.* from versions v join articles a on a.id = v.article_id "
        "and v.version = a.current_version"
    )
    records = {}
    for row in rows:
        record = dict(zip(row.keys(), row, strict=True))
        for name in ("captions", "authors", "tags"):
            record[name] = json.loads(record[name])
        # Ingest adds the digest of each fetched photo (tests/e2e/test_images.py checks it).
        record["captions"] = [
            {k: v for k, v in c.items() if k != "digest"} for c in record["captions"]
        ]
        records[row["article_id"]] = record
    return records


def test_stores_exactly_the_sites_articles(db, model_site: ModelSite):
    expected = {a.article_id for a in model_site.content.expected_articles()}
    stored = {row[0] for row in db.execute("select id from articles")}
    assert stored == expected
    assert not stored & set(model_site.content.non_article_ids())


def test_every_record_is_exact(db, model_site: ModelSite):
    records = current_records(db)
    for article in model_site.content.expected_articles():
        expected = model_site.content.expected_record(article.article_id, model_site.base_url)
        got = records[article.article_id]
        assert {key: got[key] for key in expected} == expected, article.path


def test_one_version_per_article_and_parser_recorded(db):
    rows = db.execute("select article_id, count(*), min(parser) from versions group by article_id")
    for article_id, count, parser in rows:
        assert count == 1, article_id
        assert parser in {"current_v1", "legacy_v1"}


def test_articles_table_points_at_the_canonical_url(db, model_site: ModelSite):
    for article in model_site.content.expected_articles():
        row = db.execute("select url, status from articles where id = ?", [article.article_id])
        assert tuple(row.fetchone()) == (model_site.url(article.path), "live")


def test_robots_txt_is_fetched_and_obeyed(requests_seen):
    paths = [r.path for r in requests_seen]
    assert paths[0] == "/robots.txt"
    assert not [p for p in paths if p.startswith(DISALLOWED)]


def test_only_the_site_is_fetched_and_never_twice(db, model_site: ModelSite, requests_seen):
    urls = [row[0] for row in db.execute("select url from fetches")]
    assert urls and all(u.startswith(model_site.base_url + "/") for u in urls)
    # The spider itself never asks for off-site pages (sister papers' article links
    # included); Scrapy's offsite filter is only a second line of defence.
    stats = json.loads(db.execute("select stats from runs").fetchone()[0])
    assert stats.get("offsite/filtered", 0) == 0
    # Server errors are retried; every page that answered is fetched once.
    answered = [r.path for r in requests_seen if r.path.endswith(".html") and r.status < 500]
    assert len(answered) == len(set(answered)), "an article page was fetched twice"


def test_identifies_itself_and_asks_for_gzip_only(requests_seen):
    for request in requests_seen:
        assert request.user_agent and request.user_agent.startswith("lso-archive/")
        assert "+http" in request.user_agent, "the User-Agent carries a contact URL"
        encoding = next(v for k, v in request.headers.items() if k.lower() == "accept-encoding")
        assert encoding == "gzip"


def test_bad_pages_are_recorded_never_stored(db, model_site: ModelSite):
    content = model_site.content
    fetched = {}
    rows = db.execute("select article_id, status, error from fetches where article_id is not null")
    for row in rows:
        fetched.setdefault(row["article_id"], []).append((row["status"], row["error"]))
    for article_id in content.dead_ids():
        assert (404, "HTTP 404 Not Found") in fetched[article_id]
    for article_id in content.error_ids():
        statuses = {status for status, _ in fetched[article_id]}
        assert statuses and all(s >= 500 for s in statuses)
    for article_id in content.no_body_ids():
        errors = [error or "" for _, error in fetched[article_id]]
        assert errors == ["no article: the page's title says the article does not exist"]


def test_redirects_are_followed_and_the_final_id_counts(db, model_site: ModelSite):
    redirects = model_site.content.redirects
    linked = model_site.content.linked_paths()
    assert set(redirects) <= linked, "every redirecting URL is linked from some page"
    statuses = {row[0]: row[1] for row in db.execute("select url, status from fetches")}
    for old, new in redirects.items():
        # An old slug of an id already requested is skipped: same article, one fetch.
        same_id = id_of(model_site.url(old)) == id_of(model_site.url(new))
        assert statuses.get(model_site.url(old)) in ((None, 301) if same_id else (301,))
        assert statuses[model_site.url(new)] == 200
    assert not set(model_site.content.redirected_ids()) & {
        row[0] for row in db.execute("select id from articles")
    }


def test_run_row_summarises_the_crawl(db, crawl: CrawlResult, model_site: ModelSite):
    run = db.execute("select * from runs").fetchone()
    assert run["outcome"] == "ok"
    assert run["finish_reason"] == "finished"
    assert run["new_articles"] == len(model_site.content.expected_articles())
    assert run["parse_errors"] == 0, "a withdrawn-article page is not a parse failure"
    stats = json.loads(run["stats"])
    assert stats["lso/no_article/removed"] == len(model_site.content.no_body_ids())
    assert run["pages_fetched"] == db.execute("select count(*) from fetches").fetchone()[0]
    assert "lso: " in crawl.log


def test_full_text_search(db, model_site: ModelSite):
    article = model_site.content.expected_articles()[0]
    word = article.title.split()[0]
    query = json.dumps(word, ensure_ascii=False)  # a quoted FTS5 phrase
    hits = db.execute("select rowid from versions_fts where versions_fts match ?", [query])
    assert hits.fetchall()


def test_a_second_crawl_of_an_unchanged_site_adds_no_version(crawl, model_site, tmp_path):
    again = run_crawl(model_site.base_url, crawl.db_path.parent.parent, "LSO_RECHECK=all")
    assert again.returncode == 0, again.log[-3000:]
    connection = sqlite3.connect(crawl.db_path)
    versions = connection.execute("select count(*) from versions").fetchone()[0]
    articles = connection.execute("select count(*) from articles").fetchone()[0]
    outcome, new_versions, unchanged, stats = connection.execute(
        "select outcome, new_versions, unchanged, stats from runs order by id desc"
    ).fetchone()
    assert versions == articles
    # Rechecks are conditional: the site answers 304 for pages that did not change.
    not_modified = json.loads(stats).get("lso/articles/not_modified", 0)
    assert (outcome, new_versions, unchanged + not_modified) == ("ok", 0, articles)
    assert not_modified > 0


def test_strict_robots_txt_blocks_everything(tmp_path):
    with ModelSite(robots="strict") as site:
        result = run_crawl(site.base_url, tmp_path)
        paths = [r.path for r in site.requests]
    assert result.returncode == 0, result.log[-3000:]
    assert paths == ["/robots.txt"]
    connection = sqlite3.connect(result.db_path)
    assert connection.execute("select count(*) from articles").fetchone()[0] == 0
    run = connection.execute("select robots_blocked from runs").fetchone()
    assert run[0] > 0
    assert "robots.txt blocked" in result.log


def test_listing_times_fill_publication_time_of_older_articles(db, model_site: ModelSite):
    legacy = [a for a in model_site.content.expected_articles() if a.generation == "legacy"]
    listed = [a for a in legacy if a.discovery.listing or a.discovery.rss]
    assert listed
    for article in listed:
        row = db.execute("select published_at from articles where id = ?", [article.article_id])
        expected = article.published.strftime("%Y-%m-%dT%H:%M:00+07:00")
        assert row.fetchone()[0] == expected, article.path


def test_max_pages_caps_every_category_walk(tmp_path):
    with ModelSite() as site:
        result = run_crawl(site.base_url, tmp_path, "LSO_MAX_PAGES=1")
        paths = [r.path for r in site.requests]
    assert result.returncode == 0, result.log[-3000:]
    assert not [p for p in paths if "page=" in p]
    assert "LSO_MAX_PAGES reached" in result.log
