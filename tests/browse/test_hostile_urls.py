"""A real `datasette serve` answers hostile URLs without a 500; public mode locks it down."""

import pytest

from tests.browse import helpers
from tests.versions import sample

HOSTILE = [
    "/-/lso/article/99999999999999999999999999",
    "/-/lso/article/99999999999999999999999999.json",
    "/-/lso/article/-1",
    "/-/lso/article/abc",
    "/-/lso/article/1e5",
    "/-/lso/article/%00",
    "/-/lso/article/%F0%9F%99%82",
    "/-/lso/article/" + "9" * 70,
    "/-/lso/article/5071654?from=99999999999999999999&to=-1&view=side",
    "/-/lso/article/5071654?from=1&to=2&view=%3Cscript%3E",
    "/-/lso/capture/99999999999999999999999999",
    "/-/lso/capture/..%2F..%2Fetc%2Fpasswd",
    "/-/lso/capture/abc",
    "/-/lso/search?q=%22",
    "/-/lso/search?q=kinh+t%E1%BA%BF+OR",
    "/-/lso/search?q=NEAR(&mode=advanced",
    "/-/lso/search?q=%00%1B&page=99999999999999999999",
    "/-/lso/search?q=" + "x" * 3000,
    "/-/lso/changes?since=0001-01-01&until=9999-12-31",
    "/-/lso/changes?since=9999-12-31&until=0001-01-01&kind=%3Cscript%3E&page=-5",
    "/-/lso/changes?category=%00&latest=1&page=999999999",
    "/-/lso/changes.atom?since=garbage",
    "/lso/recent_changes?kind=%27%3B+drop+table+x&since=%00",
    "/lso/recent_changes.atom?kind=nonsense",
    "/lso/versions?_search=%22",
    "/lso/versions?_search=COVID-19",
    "/lso/versions?_sort=nonexistent",
    "/lso/versions?_facet=nonexistent",
    "/lso/articles?_facet_array=tags",
    "/lso/articles?id=99999999999999999999999999",
    "/lso/articles/99999999999999999999999999",
    "/lso/article_overview?_next=%00",
    "/lso?sql=select+%27",
    "/-/nope",
    "/-/nope.json",
    "/nope/nope/nope",
    "/lso/nope.atom",
    "/lso/articles.atom",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/-/static/../../etc/passwd",
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return helpers.build(tmp_path_factory.mktemp("db") / "lso.db")


@pytest.fixture(scope="module")
def server(db_path, tmp_path_factory):
    with helpers.datasette_server(db_path, tmp_path_factory.mktemp("log")) as base:
        yield base


@pytest.mark.parametrize("path", HOSTILE)
def test_no_hostile_url_answers_500(server, path):
    status, _headers, body = helpers.http_get(server + path)
    assert status < 500, body[:500]


@pytest.fixture(scope="module")
def public_server(db_path, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("public")
    with helpers.datasette_server(db_path, tmp, env={"LSO_PUBLIC": "1"}) as base:
        yield base


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/lso?sql=select+1", 403),
        ("/lso.json?sql=select+sqlite_version()", 403),
        ("/lso/articles?_where=1%3D1", 403),
        ("/lso.db", 403),
        ("/lso/runs", 403),
        ("/-/databases.json", 404),
        ("/-/databases", 404),
        ("/-/threads.json", 404),
        ("/lso/recent_changes", 200),
        ("/lso/recent_changes.atom", 200),
        ("/-/lso/changes", 200),
        (f"/-/lso/article/{sample.SCRIPT_ID}", 200),
        ("/-/lso/search?q=dong+dang", 200),
        ("/lso/articles", 200),
        ("/lso/versions?change_kind=substantive", 200),
    ],
)
def test_public_mode(public_server, db_path, path, status):
    got, _headers, body = helpers.http_get(public_server + path)
    assert got == status, body[:300]
    assert str(db_path).encode() not in body


def test_versions_table_search_goes_to_the_search_page(server):
    opener = helpers.urllib.request.build_opener(helpers.urllib.request.ProxyHandler({}))
    with opener.open(server + "/lso/versions?_search=%C4%91%E1%BB%93ng+%C4%91%C4%83ng") as answer:
        assert answer.url.endswith("/-/lso/search?q=%C4%91%E1%BB%93ng+%C4%91%C4%83ng")
        assert "Cửa khẩu Đồng Đăng đón khách" in answer.read().decode()


def test_private_mode_shows_what_public_mode_hides(server):
    assert helpers.http_get(server + "/lso?sql=select+1")[0] == 200
    assert helpers.http_get(server + "/-/databases.json")[0] == 200
