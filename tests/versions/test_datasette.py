"""The Datasette plugin and the committed metadata.yml, in process (no browser)."""

import asyncio
import sqlite3
import xml.etree.ElementTree as ET
from io import BytesIO
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from datasette.plugins import pm
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import lso_crawler.datasette_plugin as plugin
from lso_crawler.store import browse
from lso_crawler.store import history as stored
from tests.versions import sample

METADATA = Path(__file__).parents[2] / "metadata.yml"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module", autouse=True)
def registered():
    """The plugin, registered as the `datasette` entry point would (unless it already is)."""
    if pm.is_registered(plugin):
        yield
        return
    pm.register(plugin, name="lso")
    yield
    pm.unregister(plugin)


def build(path: Path) -> Path:
    """The sample database with its browse columns refreshed, as ingest will leave it."""
    sample.build(path)
    conn = sqlite3.connect(path)
    browse.rebuild(conn)
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build(tmp_path_factory.mktemp("db") / "lso.db")


def serve(db_path: Path, **settings: str) -> Datasette:
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["plugins"]["lso-archive"].update(settings)
    return Datasette([str(db_path)], metadata=metadata)


def get(ds: Datasette, path: str):
    async def fetch():
        await ds.invoke_startup()
        return await ds.client.get(path)

    return asyncio.run(fetch())


@pytest.fixture(scope="module")
def ds(db_path):
    return serve(db_path)


def test_plugin_is_loaded_with_its_hooks(ds):
    plugins = {p["name"]: p for p in get(ds, "/-/plugins.json").json()}
    ours = next(p for name, p in plugins.items() if "lso" in name)
    assert {"register_routes", "render_cell"} <= set(ours["hooks"])
    assert ours["templates"] is True


def test_history_page_shows_versions_newest_first_with_escaped_diffs(ds):
    response = get(ds, f"/-/lso/article/{sample.SCRIPT_ID}")
    assert response.status_code == 200
    html = response.text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;hội nhập&#34;" in html and "&#39;Lạng Sơn&#39;" in html
    assert "<del>Hữu Nghị</del><ins>Tân Thanh</ins> &lt;img src=x onerror=alert(2)&gt;." in html
    assert "<img" not in html
    assert html.index('id="v2"') < html.index('id="v1"')
    assert "changed: body" in html
    assert "raw capture" not in html  # these fetches have no WARC pointers


def test_history_page_shows_events_and_minor_edits(ds):
    gone = get(ds, f"/-/lso/article/{sample.GONE_ID}").text
    assert "<td>gone</td><td>404</td>" in gone and "<td>back</td>" in gone
    minor = get(ds, f"/-/lso/article/{sample.MINOR_ID}").text
    assert "lso-kind-minor" in minor
    assert "Mở đầu<ins>,</ins> bài viết." in minor


@pytest.mark.parametrize(
    "path",
    [
        "/-/lso/article/1",
        "/-/lso/article/1.json",
        "/-/lso/article/abc",
        "/-/lso/article/-1",
        "/-/lso/article/99999999999999999999999999",
        "/-/lso/article/99999999999999999999999999.json",
        "/-/lso/capture/1",
        "/-/lso/capture/abc",
        "/-/lso/capture/99999999999999999999999999",
        "/-/no-such-page",
        "/no-such-database",
        "/lso/no-such-table",
    ],
)
def test_unknown_or_impossible_ids_are_404(ds, path):
    assert get(ds, path).status_code == 404


def test_history_json(ds):
    data = get(ds, f"/-/lso/article/{sample.MINOR_ID}.json").json()
    assert data["article_id"] == sample.MINOR_ID
    assert (data["category"], data["byline"], data["authors"]) == (
        "Chính trị",
        "Tin, ảnh: Hoàng Tùng",
        ["Hoàng Tùng"],
    )
    assert [v["version"] for v in data["versions"]] == [3, 2, 1]
    assert [v["change_kind"] for v in data["versions"]] == ["substantive", "minor", "initial"]
    segments = [
        s for b in data["versions"][1]["diff"]["fields"][0]["blocks"] for s in b["segments"]
    ]
    assert {"op": "insert", "text": ","} in segments
    assert data["versions"][2]["diff"] is None


def test_history_page_meta_and_vietnam_times(ds):
    html = get(ds, f"/-/lso/article/{sample.MINOR_ID}").text
    assert '<dd class="lso-category">Chính trị</dd>' in html
    assert '<dd class="lso-byline">Tin, ảnh: Hoàng Tùng</dd>' in html
    # Version 3 was captured 2026-11-04T08:00Z: 15:00 in Lạng Sơn.
    assert (
        '<time datetime="2026-11-04T08:00:00+00:00" title="UTC: 2026-11-04T08:00:00Z">'
        "2026-11-04 15:00 (+07:00)</time>"
    ) in html
    assert "struck through" in html and "underlined" in html


def test_compare_two_versions_inline_and_side_by_side(ds):
    path = f"/-/lso/article/{sample.MINOR_ID}?from=1&to=3"
    inline = get(ds, path).text
    assert "Version 1 → version 3" in inline
    assert "<del>Mở đầu bài viết</del><ins>Một mở đầu hoàn toàn mới</ins>." in inline
    side = get(ds, path + "&view=side").text
    assert '<table class="lso-side">' in side
    assert "<td><del>Mở đầu bài viết</del>.</td><td><ins>Một mở đầu hoàn toàn mới</ins>.</td>" in (
        side
    )
    same = get(ds, f"/-/lso/article/{sample.MINOR_ID}?from=2&to=2").text
    assert "Choose two different versions" in same
    assert get(ds, f"/-/lso/article/{sample.MINOR_ID}?from=1&to=99999999999").status_code == 200


def test_table_cells_link_to_the_history(ds):
    articles = get(ds, "/lso/articles").text
    href = (
        f'<a href="/-/lso/article/{sample.SCRIPT_ID}">Hành trình &#34;hội nhập&#34; &lt;script&gt;'
    )
    assert href in articles
    versions = get(ds, "/lso/versions").text
    assert f'<a href="/-/lso/article/{sample.SCRIPT_ID}#v2">2</a>' in versions
    changes = get(ds, "/lso/recent_changes").text
    assert f'<a href="/-/lso/article/{sample.MINOR_ID}">{sample.MINOR_ID}</a>' in changes


def test_recent_changes_query(ds):
    rows = get(ds, "/lso/recent_changes.json?_shape=array").json()
    assert [(r["article_id"], r["version"], r["kind"]) for r in rows] == [
        (sample.GONE_ID, None, "back"),
        (sample.GONE_ID, None, "gone"),
        (sample.MINOR_ID, 3, "substantive"),
        (sample.MINOR_ID, 2, "minor"),
        (sample.SCRIPT_ID, 2, "substantive"),
    ]
    assert rows[2]["changed_fields"] == '["lead"]'
    assert (rows[2]["chars_added"], rows[2]["chars_removed"]) == (15, 7)
    assert rows[2]["diff_snippet"] == "lead: [-Mở đầu, bài viết-]{+Một mở đầu hoàn toàn mới+}."
    minor = get(ds, "/lso/recent_changes.json?_shape=array&kind=minor").json()
    assert [r["version"] for r in minor] == [2]
    gone = get(ds, "/lso/recent_changes.json?_shape=array&kind=gone").json()
    assert [(r["article_id"], r["detail"]) for r in gone] == [(sample.GONE_ID, "404")]
    since = get(ds, "/lso/recent_changes.json?_shape=array&since=2026-11-04T09").json()
    assert [r["kind"] for r in since] == ["back", "gone"]


def test_atom_feed_escapes_titles(ds):
    response = get(ds, "/lso/recent_changes.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert "<script>" not in response.text
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 5
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert f"{sample.SCRIPT_TITLE} (substantive edit)" in titles
    content = entries[2].find(f"{ATOM}content")
    assert content.get("type") == "text"
    assert content.text == (
        f"Version 3 of article {sample.MINOR_ID} changed lead (+15 −7 characters).\n\n"
        "lead: [-Mở đầu, bài viết-]{+Một mở đầu hoàn toàn mới+}."
    )
    link = entries[2].find(f"{ATOM}link").get("href")
    assert link == f"http://localhost/-/lso/article/{sample.MINOR_ID}#v3"


def test_facets_and_search_from_metadata(ds):
    def facets(path):
        data = get(ds, path).json()
        return {
            name: {r["value"]: r["count"] for r in f["results"]}
            for name, f in data["facet_results"].items()
        }

    versions = get(ds, "/lso/versions.json").json()
    assert next(iter(versions["facet_results"])) == "change_kind"
    assert facets("/lso/versions.json")["change_kind"] == {
        "initial": 3,
        "substantive": 2,
        "minor": 1,
    }
    overview = facets("/lso/article_overview.json")
    assert overview["year"] == {"2022": 3}
    assert overview["last_change_kind"] == {"back": 1, "substantive": 2}
    assert overview["status"] == {"live": 3}
    rows = get(ds, "/lso/article_overview.json?_shape=array").json()
    assert [r["id"] for r in rows] == [sample.GONE_ID, sample.MINOR_ID, sample.SCRIPT_ID]
    assert "etag" not in rows[0] and rows[0]["version_count"] == 1
    tagged = get(
        ds, "/lso/article_overview.json?_shape=array&tags__arraycontains=d%C3%A2n+v%E1%BA%ADn"
    )
    assert len(tagged.json()) == 3
    found = get(ds, "/lso/versions.json?_shape=array&_search=%22T%C3%A2n%20Thanh%22").json()
    assert [(r["article_id"], r["version"]) for r in found] == [(sample.SCRIPT_ID, 2)]


def _add_capture(db_path: Path, archive: Path) -> int:
    """Write one WARC record and point the v2 fetch of SCRIPT_ID at it; returns the fetch id."""
    archive.mkdir()
    page = b"<html><body><script>alert(1)</script><p>Tan Thanh</p></body></html>"
    with (archive / "LSO-test.warc.gz").open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("LSO-test.warc.gz", {"software": "t"}))
        offset = stream.tell()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://baolangson.vn/x.html", "response", payload=BytesIO(page), http_headers=headers
        )
        writer.write_record(record)
        length = stream.tell() - offset
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    conn = sqlite3.connect(db_path)
    with conn:
        (fetch_id,) = conn.execute(
            "select fetch_id from versions where article_id = ? and version = 2",
            [sample.SCRIPT_ID],
        ).fetchone()
        conn.execute(
            "update fetches set warc_file = ?, warc_offset = ?, warc_length = ?,"
            " warc_record_id = ? where id = ?",
            ["LSO-test.warc.gz", offset, length, record_id, fetch_id],
        )
    conn.close()
    return fetch_id


def test_raw_capture_link_and_page(tmp_path):
    db_path = build(tmp_path / "lso.db")
    fetch_id = _add_capture(db_path, tmp_path / "archive")
    ds = serve(db_path, archive_dir=str(tmp_path / "archive"))
    history = get(ds, f"/-/lso/article/{sample.SCRIPT_ID}").text
    assert f'<a href="/-/lso/capture/{fetch_id}">raw capture</a>' in history
    assert history.count("raw capture") == 1  # version 1 has no pointer
    capture = get(ds, f"/-/lso/capture/{fetch_id}")
    assert capture.status_code == 200
    assert capture.headers["content-type"] == "text/plain; charset=utf-8"
    assert capture.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in capture.headers["content-security-policy"]
    assert "WARC-Target-URI: https://baolangson.vn/x.html" in capture.text
    assert "<script>alert(1)</script><p>Tan Thanh</p>" in capture.text
    assert get(ds, f"/-/lso/capture/{fetch_id - 1}").status_code == 404


def test_no_capture_link_when_fetches_lack_warc_columns(tmp_path):
    db_path = build(tmp_path / "lso.db")
    conn = sqlite3.connect(db_path)
    with conn:  # an archive from before the WARC pointers were recorded
        for column in ("warc_file", "warc_offset"):
            if column in stored.columns(conn, "fetches"):
                conn.execute(f"alter table fetches drop column {column}")
    assert not {"warc_file", "warc_offset"} & stored.columns(conn, "fetches")
    conn.close()
    ds = serve(db_path)
    history = get(ds, f"/-/lso/article/{sample.SCRIPT_ID}")
    assert history.status_code == 200
    assert "<del>Hữu Nghị</del>" in history.text
    assert "raw capture" not in history.text
    assert get(ds, "/-/lso/capture/2").status_code == 404


def test_unreadable_or_escaping_capture_pointers_are_404(tmp_path):
    db_path = build(tmp_path / "lso.db")
    fetch_id = _add_capture(db_path, tmp_path / "archive")
    (tmp_path / "secret.warc.gz").write_bytes(b"not for the web")
    ds = serve(db_path, archive_dir=str(tmp_path / "archive"))
    for warc_file in ("../secret.warc.gz", "missing.warc.gz"):
        conn = sqlite3.connect(db_path)
        with conn:
            conn.execute("update fetches set warc_file = ? where id = ?", [warc_file, fetch_id])
        conn.close()
        response = get(ds, f"/-/lso/capture/{fetch_id}")
        assert response.status_code == 404
        assert "cannot be read" in response.text
        assert "not for the web" not in response.text
