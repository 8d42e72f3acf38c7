import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from lso_crawler.parsers.base import Article, Caption
from lso_crawler.schedule import DEFAULT_SCHEDULE
from lso_crawler.store import Implausible, SaveOutcome, Store

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def make_article(**changes) -> Article:
    article = Article(
        article_id=5071654,
        url="https://baolangson.vn/hanh-trinh-5071654.html",
        title="Hành trình hội nhập",
        body="Đoạn một.\n\nĐoạn hai.",
        parser="current_v1",
        dateline="Thứ Sáu, 04/02/2022 09:56 [GMT+7]",
        dateline_date="2022-02-04",
        published_at="2022-02-04T09:56:00+07:00",
        lead="Mở đầu.",
        captions=(Caption("https://media.baolangson.vn/a.jpg", "Chú thích"),),
        byline="Tin, ảnh: Hoàng Tùng",
        authors=("Hoàng Tùng",),
        category="Chính trị",
        tags=("dân vận",),
    )
    return replace(article, **changes)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "db" / "lso.db")
    yield store
    store.close()


def test_schema_is_created_and_reopening_is_idempotent(tmp_path):
    path = tmp_path / "lso.db"
    Store(path).close()
    Store(path).close()
    tables = {row[0] for row in sqlite3.connect(path).execute("select name from sqlite_master")}
    assert {"articles", "versions", "fetches", "runs", "versions_fts"} <= tables


def test_new_unchanged_and_changed_articles(store):
    first = store.save_article(make_article(), T0, fetch_id=None)
    again = store.save_article(make_article(), T0 + timedelta(hours=1), fetch_id=None)
    edited = store.save_article(make_article(title="Hành trình mới"), T0 + timedelta(hours=2), None)
    assert (first.outcome, first.version) == (SaveOutcome.NEW, 1)
    assert (again.outcome, again.version) == (SaveOutcome.UNCHANGED, 1)
    assert (edited.outcome, edited.version) == (SaveOutcome.CHANGED, 2)
    article = store.db["articles"].get(5071654)
    assert article["current_version"] == 2
    assert article["title"] == "Hành trình mới"
    assert article["first_seen"] == "2026-11-01T08:00:00+00:00"
    assert article["last_seen"] == "2026-11-01T10:00:00+00:00"
    versions = list(store.db.query("select * from versions order by version"))
    assert [v["title"] for v in versions] == ["Hành trình hội nhập", "Hành trình mới"]
    assert json.loads(versions[0]["captions"]) == [
        {"image_url": "https://media.baolangson.vn/a.jpg", "text": "Chú thích"}
    ]
    assert json.loads(versions[0]["authors"]) == ["Hoàng Tùng"]


def test_full_text_search_finds_versions(store):
    store.save_article(make_article(body="Cửa khẩu Hữu Nghị đông đúc."), T0, None)
    hits = list(store.db["versions"].search("Hữu Nghị"))
    assert [hit["article_id"] for hit in hits] == [5071654]


def test_recheck_policies_follow_the_schedule(store):
    # A 2022 article first archived now is old: under `due` it is checked monthly.
    store.save_article(make_article(), T0, None)
    soon, later = T0 + timedelta(days=2), T0 + timedelta(days=31)
    assert store.should_fetch(5071654, "all", soon, DEFAULT_SCHEDULE)
    assert not store.should_fetch(5071654, "none", later, DEFAULT_SCHEDULE)
    assert not store.should_fetch(5071654, "due", soon, DEFAULT_SCHEDULE)
    assert store.should_fetch(5071654, "due", later, DEFAULT_SCHEDULE)
    assert store.should_fetch(1234567, "none", later, DEFAULT_SCHEDULE), "unknown: always"


def test_a_fresh_article_is_checked_every_run_then_less_often(store):
    published = T0 - timedelta(hours=1)
    fresh = make_article(published_at=published.isoformat())
    store.save_article(fresh, T0, None)
    assert store.should_fetch(5071654, "due", T0 + timedelta(minutes=30), DEFAULT_SCHEDULE)
    # Two days after publication: every 3 hours.
    two_days = published + timedelta(days=2)
    store.mark_checked(5071654, two_days - timedelta(hours=1))
    assert not store.should_fetch(5071654, "due", two_days, DEFAULT_SCHEDULE)
    assert store.should_fetch(5071654, "due", two_days + timedelta(hours=2), DEFAULT_SCHEDULE)


def test_listing_time_fills_articles_without_their_own(store):
    store.save_article(make_article(published_at=None), T0, None)
    assert store.db["articles"].get(5071654)["published_at"] is None
    store.record_listing_time(5071654, "2022-02-04T09:56:00+07:00", "https://baolangson.vn/kinh-te")
    assert store.db["articles"].get(5071654)["published_at"] == "2022-02-04T09:56:00+07:00"


def test_fetches_and_runs(store):
    run_id = store.start_run(T0, "https://baolangson.vn")
    fetch_id = store.record_fetch(
        run_id=run_id,
        url="https://baolangson.vn/x-1234567.html",
        fetched_at=T0,
        status=404,
        article_id=1234567,
        error="HTTP 404 Not Found",
    )
    store.mark_fetch_error(fetch_id, "parse failed: no-body")
    store.finish_run(
        run_id, T0 + timedelta(minutes=1), "ok", {"pages_fetched": 1, "stats": {"a": 1}}
    )
    run = store.db["runs"].get(run_id)
    assert (run["outcome"], run["pages_fetched"], json.loads(run["stats"])) == ("ok", 1, {"a": 1})
    assert store.db["fetches"].get(fetch_id)["error"] == "parse failed: no-body"


def test_an_implausible_parse_is_refused_not_stored(store):
    long_body = "\n\n".join(["Đoạn văn dài về cửa khẩu Hữu Nghị và thương mại."] * 20)
    store.save_article(make_article(body=long_body), T0, None)
    with pytest.raises(Implausible) as refused:
        store.save_article(make_article(body="Chỉ còn một câu."), T0 + timedelta(hours=1), None)
    assert refused.value.reason == "body-shrank"
    assert store.db["articles"].get(5071654)["current_version"] == 1


def test_gone_and_back_are_events(store):
    store.save_article(make_article(), T0, None)
    assert store.mark_gone(5071654, T0 + timedelta(hours=1), "HTTP 404")
    assert not store.mark_gone(5071654, T0 + timedelta(hours=2), "HTTP 404"), "only once"
    assert store.db["articles"].get(5071654)["status"] == "gone"
    again = store.save_article(make_article(), T0 + timedelta(hours=3), None)
    assert again.outcome == SaveOutcome.UNCHANGED
    assert store.db["articles"].get(5071654)["status"] == "live"
    kinds = [row["kind"] for row in store.db.query("select kind from events order by id")]
    assert kinds == ["gone", "back"]
