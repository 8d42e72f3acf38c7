"""Search as people type it: diacritics optional, numbers, quotes, never an SQL error."""

import sqlite3

import pytest

from lso_crawler.store import queries
from tests.browse import helpers
from tests.versions import sample


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    connection = sqlite3.connect(helpers.build(tmp_path_factory.mktemp("db") / "lso.db"))
    yield connection
    connection.close()


def ids(conn, text, **options):
    return [hit["article_id"] for hit in queries.search(conn, text, **options).hits]


def test_without_diacritics_and_with_d_for_đ(conn):
    assert ids(conn, "kinh te") == [helpers.DONG_DANG_ID]
    assert ids(conn, "kinh tế") == [helpers.DONG_DANG_ID]
    assert ids(conn, "dong dang")[0] == helpers.DONG_DANG_ID
    assert ids(conn, "ĐỒNG ĐĂNG")[0] == helpers.DONG_DANG_ID


def test_title_matches_rank_above_body_matches(conn):
    assert ids(conn, "Đồng Đăng") == [helpers.DONG_DANG_ID, helpers.BODY_ONLY_ID]


def test_numbers_hyphens_and_phrases(conn):
    assert ids(conn, "COVID-19") == [helpers.DONG_DANG_ID]
    assert ids(conn, "20,5") == [helpers.DONG_DANG_ID]
    assert ids(conn, "1.250") == [helpers.NUMBER_ID]  # only in version 1
    assert ids(conn, '"cửa khẩu Tân Thanh"') == [sample.SCRIPT_ID]
    assert ids(conn, '"Tân cửa khẩu"') == []


def test_snippets_mark_the_matches(conn):
    hit = queries.search(conn, "kinh te").hits[0]
    assert "\x01Kinh\x02 \x01tế\x02" in hit["snippet"]
    assert hit["article"]["title"] == "Cửa khẩu Đồng Đăng đón khách"


@pytest.mark.parametrize(
    "text",
    ['kinh tế OR', "1.000", '"', '"unclosed', "AND", "OR OR", "NOT", "NEAR(", "a*b", "(", ")",
     "-", "^x", "col:val", "'; drop table articles; --", "\x00\x1b", "🙂", "x" * 5000,
     "title:kinh", "{title}: x", "+", "*"],
)  # fmt: skip
def test_anything_typed_is_a_valid_query(conn, text):
    results = queries.search(conn, text)
    assert results.error is None


def test_advanced_mode_keeps_operators_and_reports_bad_syntax(conn):
    assert set(ids(conn, "covid OR ngân", advanced=True)) == {
        helpers.DONG_DANG_ID,
        helpers.NUMBER_ID,
    }
    assert ids(conn, "Đăng NOT kinh", advanced=True) == [helpers.BODY_ONLY_ID]
    assert ids(conn, "COVI*", advanced=True) == [helpers.DONG_DANG_ID]
    broken = queries.search(conn, "kinh tế OR", advanced=True)
    assert broken.error and not broken.hits
