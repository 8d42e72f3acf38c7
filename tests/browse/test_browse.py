"""Derived columns, the changes table and recent changes, on real SQLite files."""

import json
import sqlite3

import pytest

from lso_crawler.store import browse, queries
from tests.browse import helpers
from tests.versions import sample


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = helpers.build(tmp_path_factory.mktemp("db") / "lso.db")
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def test_derived_article_columns(conn):
    conn.row_factory = sqlite3.Row
    row = conn.execute("select * from articles where id = ?", [sample.MINOR_ID]).fetchone()
    conn.row_factory = None
    assert row["version_count"] == 3
    assert row["last_change_kind"] == "substantive"
    assert row["last_change_at"] == "2026-11-04T08:00:00+00:00"
    assert json.loads(row["last_changed_fields"]) == ["lead"]
    assert row["year"] == "2022"
    assert json.loads(row["authors"]) == ["Hoàng Tùng"]
    assert json.loads(row["tags"]) == ["dân vận", "biên giới"]
    assert row["byline"] == "Tin, ảnh: Hoàng Tùng"
    gone = conn.execute(
        "select last_change_kind, version_count from articles where id = ?", [sample.GONE_ID]
    ).fetchone()
    assert gone == ("back", 1)


def test_recent_changes_newest_first_with_events_and_snippets(conn):
    rows = queries.recent_changes(conn)
    assert [(r["article_id"], r["version"], r["kind"]) for r in rows[:3]] == [
        (helpers.NUMBER_ID, 2, "substantive"),
        (sample.GONE_ID, None, "back"),
        (sample.GONE_ID, None, "gone"),
    ]
    # (Whole numbers as one token are the diff's business: tests/versions/test_diff.py.)
    snippet = rows[0]["diff_snippet"]
    assert snippet == "Tổng thu đạt [-1.250-]{+1.480+} tỷ đồng trong quý.", "whole numbers"
    assert "250-]" in snippet and "480+}" in snippet
    assert rows[0]["version_count"] == 2


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (queries.ChangeFilter(kind="minor"), [(sample.MINOR_ID, 2)]),
        (queries.ChangeFilter(kind="gone"), [(sample.GONE_ID, None)]),
        (
            queries.ChangeFilter(since="2026-11-04T00:00:00+00:00", until="2026-11-06T00:00:00"),
            [(sample.GONE_ID, None), (sample.MINOR_ID, 3)],
        ),
        (queries.ChangeFilter(category="Không có"), []),
    ],
)
def test_recent_changes_filters(conn, filters, expected):
    rows = queries.recent_changes(conn, filters)
    assert [(r["article_id"], r["version"]) for r in rows] == expected


def test_latest_only_gives_one_row_per_article(conn):
    rows = queries.recent_changes(conn, queries.ChangeFilter(latest=True))
    ids = [r["article_id"] for r in rows]
    assert len(ids) == len(set(ids)) == 4
    assert ("substantive", 3) in [(r["kind"], r["version"]) for r in rows]


def test_refresh_after_a_new_event_and_idempotence(conn):
    before = conn.execute("select count(*) from changes").fetchone()[0]
    conn.execute(
        "insert into events (article_id, time, kind, detail) values (?, ?, 'gone', 'HTTP 410')",
        [sample.SCRIPT_ID, "2026-12-01T00:00:00+00:00"],
    )
    browse.refresh_articles(conn, [sample.SCRIPT_ID])
    browse.refresh_articles(conn, [sample.SCRIPT_ID])
    conn.commit()
    assert conn.execute("select count(*) from changes").fetchone()[0] == before + 1
    latest = conn.execute(
        "select kind, detail from changes where article_id = ? and latest = 1", [sample.SCRIPT_ID]
    ).fetchall()
    assert latest == [("gone", "HTTP 410")]
    kind = conn.execute(
        "select last_change_kind from articles where id = ?", [sample.SCRIPT_ID]
    ).fetchone()
    assert kind == ("gone",)


def test_recent_changes_on_a_database_not_yet_refreshed(tmp_path):
    path = sample.build(tmp_path / "lso.db")
    conn = sqlite3.connect(path)
    rows = queries.recent_changes(conn, queries.ChangeFilter(kind="substantive"))
    assert [r["kind"] for r in rows] == ["back", "gone", "substantive", "substantive"]


def test_migration_adds_what_the_pages_read(conn):
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert {"changes", "versions_fts"} <= tables
    indexes = {r[0] for r in conn.execute("select name from sqlite_master where type='index'")}
    assert "idx_articles_last_change_at" in indexes
    assert "idx_changes_time" in indexes
    fts = conn.execute("select sql from sqlite_master where name = 'versions_fts'").fetchone()[0]
    assert "remove_diacritics 2" in fts
    plan = " ".join(
        str(r)
        for r in conn.execute(
            "explain query plan " + queries.RECENT_CHANGES + " limit 50",
            queries.ChangeFilter().params(),
        )
    )
    assert "USING INDEX idx_changes_time" in plan and "TEMP B-TREE" not in plan
