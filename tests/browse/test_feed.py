"""The Atom feeds read by a real feed parser: valid when empty, hostile text included."""

import sqlite3

import feedparser
import pytest
from datasette.app import Datasette
from datasette.plugins import pm

import lso_crawler.datasette_plugin as plugin
from lso_crawler.store import browse
from tests.browse import helpers
from tests.versions import sample


@pytest.fixture(scope="module", autouse=True)
def registered():
    if pm.is_registered(plugin):
        yield
        return
    pm.register(plugin, name="lso")
    yield
    pm.unregister(plugin)


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = helpers.build(tmp_path_factory.mktemp("db") / "lso.db")
    conn = sqlite3.connect(path)
    with conn:  # hostile text in stored fields must not break the XML
        conn.execute(
            "update versions set title = title || ? where article_id = ?",
            ["\x1b[31m\x00\ufffe\x85 <b>&amp;", sample.SCRIPT_ID],
        )
        conn.execute("update events set detail = ? where kind = 'gone'", ["\x01404\x0c </content>"])
    browse.rebuild(conn)
    conn.commit()
    conn.close()
    return Datasette([str(path)], metadata=helpers.metadata())


def parse(ds, path):
    response = helpers.get(ds, path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


@pytest.mark.parametrize("path", ["/lso/recent_changes.atom", "/-/lso/changes.atom"])
def test_feed_is_valid_atom_with_author_absolute_links_and_snippets(ds, path):
    feed = parse(ds, path)
    assert feed.feed.author == "Báo Lạng Sơn, archived by lso-archive"
    assert len(feed.entries) == 6
    for entry in feed.entries:
        assert entry.link.startswith("http://localhost/-/lso/article/")
        assert entry.id.startswith("tag:lso-archive,2026:article/")
    script = next(e for e in feed.entries if e.link.endswith(f"/{sample.SCRIPT_ID}#v2"))
    assert script.title.startswith('Hành trình "hội nhập" <script>alert(1)</script>')
    assert "\x1b" not in script.title and "\x00" not in script.title
    assert "[-Hữu Nghị-]{+Tân Thanh+} <img src=x onerror=alert(2)>" in script.summary
    gone = next(e for e in feed.entries if "(gone)" in e.title)
    assert "404 </content>" in gone.summary


@pytest.mark.parametrize(
    "path",
    [
        "/lso/recent_changes.atom?kind=back&since=2030-01-01",
        "/-/lso/changes.atom?since=2030-01-01",
        "/-/lso/changes.atom?kind=nonsense&category=%00",
    ],
)
def test_empty_feed_is_valid(ds, path):
    feed = parse(ds, path)
    assert "nonsense" in path or feed.entries == []
    assert feed.feed.updated


def test_filtered_feed(ds):
    feed = parse(ds, "/-/lso/changes.atom?kind=minor")
    assert [e.link.rsplit("/", 1)[1] for e in feed.entries] == [f"{sample.MINOR_ID}#v2"]
