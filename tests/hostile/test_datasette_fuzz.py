"""Defect 12.7: no URL answers 500, stalls, or shows stored markup live, whatever is stored.

A real `datasette serve` (the committed metadata.yml and the plugin) on a database built
through ingest with hostile text in every field, plus planted control characters, bidi
overrides, invalid UTF-8, megabyte fields, extreme dates and broken JSON (tests/hostile/fuzz.py).
The full count is benchmarks/datasette_fuzz.py.
"""

from __future__ import annotations

import pytest

from tests.browse.helpers import datasette_process
from tests.hostile import fuzz
from tests.hostile.server import server_log

MAX_SECONDS = 10  # far above the ~0.1 s worst seen: a stall, not a slow page, fails
PRIVATE_COUNT = 2000
PUBLIC_COUNT = 1000


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return fuzz.build_hostile_db(tmp_path_factory.mktemp("fuzz") / "lso.db")


@pytest.fixture(scope="module")
def ids(db_path):
    return fuzz.known_ids(db_path)


@pytest.fixture(scope="module")
def server(db_path, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("private")
    with datasette_process(db_path, tmp) as (base, _pid):
        yield base, tmp


@pytest.fixture(scope="module")
def public_server(db_path, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("public")
    with datasette_process(db_path, tmp, env={"LSO_PUBLIC": "1"}) as (base, _pid):
        yield base, tmp


def _check(results: list[fuzz.Result], label: str, tmp) -> None:
    print(f"\n{label}: {fuzz.summary(results)}")
    handled = server_log(tmp).count("Traceback")
    print(f"{label}: {handled} exceptions turned into 400 by the plugin's handler (logged)")
    problems = [(r.status, r.path[:160], r.problem) for r in results if r.problem]
    assert problems == []
    slow = [(round(r.seconds, 2), r.path[:160]) for r in results if r.seconds > MAX_SECONDS]
    assert slow == []


def _every_page_of_the_hostile_articles() -> list[str]:
    paths = []
    for article_id in fuzz.HOSTILE_IDS:
        paths += [
            f"/-/lso/article/{article_id}",
            f"/-/lso/article/{article_id}.json",
            f"/-/lso/article/{article_id}?from=1&to=2",
            f"/-/lso/article/{article_id}?from=2&to=1&view=side",
            f"/lso/articles/{article_id}",
            f"/lso/articles/{article_id}.json",
            f"/lso/changes?article_id={article_id}",
            f"/lso/versions?article_id={article_id}",
        ]
    for table in fuzz.TABLES:
        for fmt in ("", ".json", ".csv", ".json?_shape=array&_size=max"):
            paths.append(f"/lso/{table}{fmt}")
        for column in fuzz.COLUMNS[table]:
            paths += [f"/lso/{table}?_sort={column}", f"/lso/{table}?_facet={column}"]
            paths += [f"/lso/{table}?_facet_array={column}", f"/lso/{table}?_facet_date={column}"]
    paths += [
        "/-/lso/changes",
        "/-/lso/changes.atom",
        "/-/lso/changes?latest=1",
        "/lso/recent_changes",
        "/lso/recent_changes.atom",
        "/lso/recent_changes.json",
        "/lso/recent_changes.csv",
        "/-/lso/search?q=lsoXSS",
        "/-/lso/search?q=%C4%91%E1%BB%93ng+%C4%91%C4%83ng",
        "/lso/versions?_search=script",
        "/lso/article_overview?_facet_array=tags&_facet_array=authors",
    ]
    return paths


def test_every_page_showing_hostile_text(server, ids):
    base, tmp = server
    paths = _every_page_of_the_hostile_articles()
    paths += [f"/-/lso/capture/{fetch_id}" for fetch_id in ids[1]]
    results = [fuzz.fetch(base, path, 60) for path in paths]
    _check(results, "pages of hostile articles", tmp)
    # The stored markup was shown, escaped: the check above had something to find.
    shown = [r.path for r in results if r.status == 200]
    assert f"/-/lso/article/{fuzz.HOSTILE_IDS[0]}" in shown
    page = fuzz.helpers.http_get(f"{base}/-/lso/article/{fuzz.HOSTILE_IDS[0]}")[2].decode()
    assert f"&lt;script&gt;{fuzz.MARK}(1)&lt;/script&gt;" in page  # stored through ingest
    assert f"&lt;script&gt;{fuzz.MARK}(4)&lt;/script&gt;" in page  # planted


def test_seeded_hostile_urls(server, ids):
    base, tmp = server
    paths = fuzz.hostile_urls(PRIVATE_COUNT, *ids, seed=1)
    _check(fuzz.fetch_all(base, paths), f"{PRIVATE_COUNT} seeded URLs", tmp)


def test_seeded_hostile_urls_in_public_mode(public_server, ids):
    base, tmp = public_server
    paths = fuzz.hostile_urls(PUBLIC_COUNT, *ids, seed=2, public=True)
    results = fuzz.fetch_all(base, paths)
    _check(results, f"{PUBLIC_COUNT} seeded URLs, public mode", tmp)
    # (?_search= on versions redirects to /-/lso/search, which drops the rest)
    wheres = [r for r in results if "_where=" in r.path and "_search=" not in r.path]
    assert wheres and all(r.status in (400, 403, 404) for r in wheres)
    assert any(r.status == 403 for r in wheres)
