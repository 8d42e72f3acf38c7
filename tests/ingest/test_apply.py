import json
import sqlite3
from datetime import timedelta

import pytest

from lso_crawler.ingest import Analysis, apply
from lso_crawler.schedule import DEFAULT_SCHEDULE
from lso_crawler.store import Store, StoreError
from tests.ingest.helpers import T0, URL, capture, make_article, store_article


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "db" / "lso.db") as store:
        yield store


def rows(store: Store, sql: str) -> list[tuple]:
    return store.conn.execute(sql).fetchall()


def test_schema_is_created_and_reopening_is_idempotent(tmp_path):
    path = tmp_path / "lso.db"
    Store(path).close()
    Store(path).close()
    tables = {row[0] for row in sqlite3.connect(path).execute("select name from sqlite_master")}
    assert {"articles", "versions", "fetches", "runs", "versions_fts", "events"} <= tables


def test_a_reader_never_creates_a_database(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()
    not_sqlite = tmp_path / "passwd"
    not_sqlite.write_text("root:x:0:0:root:/root:/bin/bash\n" * 50)
    with pytest.raises(StoreError, match="not an SQLite database"):
        Store(not_sqlite, readonly=True)


def test_new_unchanged_and_changed_articles(store):
    first = store_article(store, make_article())
    again = store_article(store, make_article(), T0 + timedelta(hours=1))
    edited = store_article(store, make_article(title="Hành trình mới"), T0 + timedelta(hours=2))
    assert [r.outcome for r in (first, again, edited)] == ["new", "unchanged", "changed"]
    assert edited.counters == ("articles/changed",)
    article = store.article(5071654)
    assert (article["current_version"], article["title"]) == (2, "Hành trình mới")
    assert article["first_seen"] == "2026-11-01T08:00:00+00:00"
    assert article["last_seen"] == article["last_changed"] == "2026-11-01T10:00:00+00:00"
    versions = rows(
        store,
        "select title, captions, authors, change_kind, changed_fields, "
        "fetch_id from versions order by version",
    )
    assert [v[0] for v in versions] == ["Hành trình hội nhập", "Hành trình mới"]
    assert json.loads(versions[0][1]) == [
        {"image_url": "https://media.baolangson.vn/a.jpg", "text": "Chú thích"}
    ]
    assert json.loads(versions[0][2]) == ["Hoàng Tùng"]
    assert [v[3] for v in versions] == ["initial", "substantive"]
    assert json.loads(versions[1][4]) == ["title"]
    fetch_outcomes = rows(store, "select id, outcome from fetches order by id")
    assert [o for _, o in fetch_outcomes] == ["new", "unchanged", "changed"]
    assert [v[5] for v in versions] == [fetch_outcomes[0][0], fetch_outcomes[2][0]]


def test_full_text_search_finds_versions(store):
    store_article(store, make_article(body="Cửa khẩu Hữu Nghị đông đúc."))
    hits = list(store.db["versions"].search("Hữu Nghị"))
    assert [hit["article_id"] for hit in hits] == [5071654]


def test_recheck_policies_follow_the_schedule(store):
    # A 2022 article first archived now is old: under `due` it is checked monthly.
    store_article(store, make_article())
    soon, later = T0 + timedelta(days=2), T0 + timedelta(days=31)
    assert store.should_fetch(5071654, "all", soon, DEFAULT_SCHEDULE)
    assert not store.should_fetch(5071654, "none", later, DEFAULT_SCHEDULE)
    assert not store.should_fetch(5071654, "due", soon, DEFAULT_SCHEDULE)
    assert store.should_fetch(5071654, "due", later, DEFAULT_SCHEDULE)
    assert store.should_fetch(1234567, "none", later, DEFAULT_SCHEDULE), "unknown: always"


def test_a_304_is_a_check_and_schedules_the_next(store):
    published = T0 - timedelta(hours=1)
    store_article(store, make_article(published_at=published.isoformat()))
    assert store.should_fetch(5071654, "due", T0 + timedelta(minutes=30), DEFAULT_SCHEDULE)
    two_days = published + timedelta(days=2)
    result = apply(store, capture(304, two_days - timedelta(hours=1)), Analysis())
    assert result.outcome == "not_modified"
    assert not store.should_fetch(5071654, "due", two_days, DEFAULT_SCHEDULE)
    assert store.should_fetch(5071654, "due", two_days + timedelta(hours=2), DEFAULT_SCHEDULE)


def test_listing_time_fills_articles_without_their_own(store):
    store_article(store, make_article(published_at=None))
    assert store.article(5071654)["published_at"] is None
    with store.transaction():
        store.record_listing_time(5071654, "2022-02-04T09:56:00+07:00", "https://baolangson.vn/")
    assert store.article(5071654)["published_at"] == "2022-02-04T09:56:00+07:00"


def test_an_implausible_parse_is_a_recorded_failure_not_a_version(store):
    long_body = "\n\n".join(["Đoạn văn dài về cửa khẩu Hữu Nghị và thương mại."] * 20)
    store_article(store, make_article(body=long_body))
    refused = store_article(store, make_article(body="Chỉ còn một câu."), T0 + timedelta(hours=1))
    assert refused.outcome == "parse_failed"
    assert refused.counters == ("parse_error/implausible",)
    assert store.article(5071654)["current_version"] == 1
    (error,) = rows(store, f"select error from fetches where id = {refused.fetch_id}")[0]
    assert error.startswith("parse failed: implausible: body-shrank")


def test_gone_and_back_are_events(store):
    store_article(store, make_article())
    gone = apply(store, capture(404, T0 + timedelta(hours=1)), Analysis(error="HTTP 404"))
    apply(store, capture(410, T0 + timedelta(hours=2)), Analysis(error="HTTP 410"))
    assert gone.counters == ("http_error/404", "articles/gone")
    assert store.article(5071654)["status"] == "gone"
    again = store_article(store, make_article(), T0 + timedelta(hours=3))
    assert again.outcome == "unchanged"
    assert store.article(5071654)["status"] == "live"
    assert [r[0] for r in rows(store, "select kind from events order by id")] == ["gone", "back"]


def test_a_withdrawn_article_shell_makes_the_article_gone(store):
    store_article(store, make_article())
    shell = Analysis(parse_failure=("removed", "the page says the article does not exist"))
    result = apply(store, capture(200, T0 + timedelta(hours=1)), shell)
    assert result.outcome == "removed"
    assert store.article(5071654)["status"] == "gone"
    assert rows(store, "select kind, detail from events") == [
        ("gone", "withdrawn: the page says the article is gone")
    ]


@pytest.mark.parametrize(
    ("location", "status", "event"),
    [
        ("/", "gone", "gone"),
        ("https://baolangson.vn/kinh-te", "gone", "gone"),
        ("https://example.com/elsewhere", "redirected", "redirected"),
        ("/bai-khac-5071999.html", "redirected", "redirected"),
    ],
)
def test_redirects_mean_gone_or_redirected(store, location, status, event):
    store_article(store, make_article())
    apply(store, capture(301, T0 + timedelta(hours=1), Location=location), Analysis())
    assert store.article(5071654)["status"] == status
    assert [r[0] for r in rows(store, "select kind from events")] == [event]


def test_a_redirect_to_another_article_is_an_alias(store):
    store_article(store, make_article())
    apply(store, capture(301, T0, Location="/bai-moi-5071999.html"), Analysis())
    assert store.resolve_alias(5071654) == 5071999


def test_a_same_id_redirect_moves_the_article(store):
    store_article(store, make_article())
    moved = "https://baolangson.vn/hanh-trinh-moi-5071654.html"
    apply(store, capture(301, T0 + timedelta(hours=1), Location=moved), Analysis())
    assert store.article(5071654)["url"] == moved
    assert rows(store, "select kind from events") == [("url_changed",)]


def test_validators_are_kept_only_from_a_complete_body(store):
    article = make_article()
    apply(store, capture(ETag='"v1"'), Analysis(article=article))
    assert store.validators(5071654) == ('"v1"', None)


def test_pending_articles_settle_on_a_final_answer_only(store):
    for article_id in (5071654, 5071655, 5071656):
        store.add_pending(article_id, f"https://baolangson.vn/a-{article_id}.html", T0)
    apply(store, capture(503, url="https://baolangson.vn/a-5071654.html"), Analysis())
    apply(store, capture(404, url="https://baolangson.vn/a-5071655.html"), Analysis())
    store_article(
        store, make_article(article_id=5071656, url="https://baolangson.vn/a-5071656.html")
    )
    assert [row[0] for row in rows(store, "select article_id from frontier")] == [5071654]


def test_a_killed_transaction_leaves_nothing_half_written(store):
    with pytest.raises(RuntimeError), store.transaction():
        store_article(store, make_article())
        raise RuntimeError("killed")
    assert store.count("articles") == store.count("versions") == store.count("fetches") == 0


def test_runs_record_outcomes(store):
    run_id = store.start_run(T0, "https://baolangson.vn")
    store.finish_run(
        run_id, T0 + timedelta(minutes=1), "ok", {"pages_fetched": 1, "stats": {"a": 1}}
    )
    run = store.run(run_id)
    assert (run["outcome"], run["pages_fetched"], json.loads(run["stats"])) == ("ok", 1, {"a": 1})


def test_url_is_the_canonical_one(store):
    assert store_article(store, make_article()).article_id == 5071654
    assert store.article(5071654)["url"] == URL


def test_the_most_precise_listing_time_wins_whatever_the_order(store):
    store_article(store, make_article(published_at=None))
    card, feed = "2022-02-04T09:56:00+07:00", "2022-02-04T09:56:12+07:00"
    with store.transaction():
        assert store.record_listing_time(5071654, feed, "https://baolangson.vn/rss/home.rss")
        assert not store.record_listing_time(5071654, card, "https://baolangson.vn/kinh-te")
    assert store.article(5071654)["published_at"] == feed
    store_article(
        store, make_article(article_id=5071655, url=URL.replace("54", "55"), published_at=None)
    )
    with store.transaction():
        store.record_listing_time(5071655, card, "https://baolangson.vn/kinh-te")
        store.record_listing_time(5071655, feed, "https://baolangson.vn/rss/home.rss")
    assert store.article(5071655)["published_at"] == feed


@pytest.mark.parametrize("listing_first", [True, False])
def test_a_page_time_and_a_listing_time_give_one_answer_in_any_order(store, listing_first):
    page, feed = "2022-02-04T09:56:00+07:00", "2022-02-04T09:56:12+07:00"

    def listed() -> None:
        with store.transaction():
            store.record_listing_time(5071654, feed, "https://baolangson.vn/rss/home.rss")

    if listing_first:
        listed()
    store_article(store, make_article(published_at=page))
    if not listing_first:
        listed()
    assert store.article(5071654)["published_at"] == feed  # the same minute, to the second


def test_images_no_run_tried_to_fetch_are_found(store):
    from lso_crawler.store.media import articles_with_unfetched_images

    store_article(store, make_article())  # its caption shows https://media.baolangson.vn/a.jpg
    assert articles_with_unfetched_images(store) == [5071654]
    image = capture(404, url="https://media.baolangson.vn/a.jpg")
    apply(store, image, Analysis(error="HTTP 404"))  # tried: a 404 is an answer
    assert articles_with_unfetched_images(store) == []
