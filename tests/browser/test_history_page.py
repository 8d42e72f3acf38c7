"""Datasette in a real subprocess with the committed metadata.yml, driven by headless Chromium.

Uses Debian's /usr/bin/chromium through Playwright (never a downloaded browser). Without
it the tests skip locally and fail when CI is set.
"""

from __future__ import annotations

import importlib.metadata
import os
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browse import helpers
from tests.browser.chromium import recording_page, require_browser
from tests.versions import sample

ROOT = Path(__file__).parents[2]
METADATA = ROOT / "metadata.yml"
PLUGIN_MODULE = "lso_crawler.datasette_plugin"
# Loopback only, whatever proxy the environment sets.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="module", autouse=True)
def browser_available() -> None:
    require_browser()


def _entry_point_installed() -> bool:
    return any(
        ep.value == PLUGIN_MODULE for ep in importlib.metadata.entry_points(group="datasette")
    )


def _plugin_args(tmp: Path) -> list[str]:
    """Nothing when the `datasette` entry point is installed; otherwise load it by hand."""
    if _entry_point_installed():
        return []
    plugins = tmp / "plugins"
    plugins.mkdir()
    (plugins / "lso_plugin.py").write_text(
        f"from {PLUGIN_MODULE} import register_routes, render_cell  # noqa: F401\n"
    )
    templates = ROOT / "lso_crawler" / "datasette_plugin" / "templates"
    return ["--plugins-dir", str(plugins), "--template-dir", str(templates)]


def _get(url: str, timeout: float = 5) -> tuple[int, str, bytes]:
    with HTTP.open(url, timeout=timeout) as response:
        return response.status, response.headers.get("content-type", ""), response.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """The base URL of `datasette <sample db> -m metadata.yml` on a free loopback port."""
    tmp = tmp_path_factory.mktemp("datasette")
    db_path = helpers.build(tmp / "lso.db")
    with helpers.datasette_server(db_path, tmp, extra=_plugin_args(tmp)) as base:
        yield base


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    """A Chromium page with dialog and error recorders (`page.dialogs`, `page.errors`)."""
    with recording_page(tmp_path_factory.mktemp("chromium-profile")) as page:
        yield page


def test_plugin_is_registered(server):
    plugins = _get(f"{server}/-/plugins.json")[2].decode()
    assert '"register_routes"' in plugins and '"render_cell"' in plugins


def test_history_page_from_the_articles_table(server, page):
    page.goto(f"{server}/lso/articles")
    page.get_by_role("link", name="<script>alert(1)</script>", exact=False).click()
    page.wait_for_url(f"**/-/lso/article/{sample.SCRIPT_ID}")

    assert page.locator("h1.lso-title").inner_text() == sample.SCRIPT_TITLE
    assert page.get_by_text("<script>alert(1)</script>", exact=False).first.is_visible()
    v2 = page.locator("section#v2")
    assert v2.locator("del").all_inner_texts() == ["Hữu Nghị"]
    assert v2.locator("ins").all_inner_texts() == ["Tân Thanh"]
    paragraph = v2.locator("p.lso-changed").inner_text()
    assert paragraph == "Đoạn hai nói về cửa khẩu Hữu NghịTân Thanh <img src=x onerror=alert(2)>."
    assert page.locator("section#v2 img").count() == 0
    assert page.locator("section.lso-version").evaluate_all("s => s.map(e => e.id)") == [
        "v2",
        "v1",
    ]
    injected = page.evaluate(
        "() => Array.from(document.querySelectorAll('script'))"
        ".filter(s => s.textContent.includes('alert(')).length"
    )
    assert injected == 0
    assert page.dialogs == []
    assert page.errors == []


def test_recent_changes_query_links_to_histories(server, page):
    page.goto(f"{server}/lso/recent_changes")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 6
    assert "substantive" in rows.nth(5).inner_text()
    assert page.locator("select[name=kind]").count() == 1  # not a free-text box
    headers = page.locator("table.rows-and-columns th").all_inner_texts()
    assert not [h for h in headers if h.startswith("atom_")]
    page.locator(f'a[href="/-/lso/article/{sample.MINOR_ID}"]').first.click()
    page.wait_for_url(f"**/-/lso/article/{sample.MINOR_ID}")
    assert page.locator("section#v2 ins").all_inner_texts() == [","]
    assert page.locator("section#v2 .lso-kind").inner_text() == "minor"
    assert page.dialogs == []


def test_atom_feed(server):
    status, content_type, body = _get(f"{server}/lso/recent_changes.atom")
    assert status == 200
    assert content_type.startswith("application/atom+xml")
    assert b"<script>" not in body
    titles = [
        entry.findtext("{http://www.w3.org/2005/Atom}title")
        for entry in ET.fromstring(body).iter("{http://www.w3.org/2005/Atom}entry")
    ]
    assert f"{sample.SCRIPT_TITLE} (substantive edit)" in titles
    assert len(titles) == 6


SHOTS = os.environ.get("LSO_SCREENSHOTS")


def shot(page, name: str) -> None:
    """Save a full-page screenshot when LSO_SCREENSHOTS names a directory."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_changes_page(server, page):
    page.goto(f"{server}/-/lso/changes")
    rows = page.locator("tr.lso-change")
    assert rows.count() == 6
    first = rows.nth(0)
    assert first.locator("td.lso-article a").inner_text() == "Thu ngân sách"
    assert first.locator("td.lso-count").inner_text() == "2"
    # Captured 2026-11-07T11:00Z: 18:00 in Vietnam; UTC in the tooltip.
    when = first.locator("time")
    assert when.inner_text() == "2026-11-07 18:00 (+07:00)"
    assert when.get_attribute("title") == "UTC: 2026-11-07T11:00:00Z"
    assert first.locator(".lso-snippet del").count() >= 1
    assert first.locator(".lso-snippet ins").count() >= 1
    assert page.locator("tr.lso-change-gone").count() == 1
    assert page.get_by_text("struck through").is_visible()
    shot(page, "changes")
    page.select_option("select[name=kind]", "minor")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**kind=minor**")
    assert page.locator("tr.lso-change").count() == 1
    page.locator("tr.lso-change td.lso-article a").click()
    page.wait_for_url(f"**/-/lso/article/{sample.MINOR_ID}#v2")
    page.goto(f"{server}/-/lso/changes?since=2030-01-01")
    assert page.locator(".lso-empty").is_visible()
    assert page.dialogs == [] and page.errors == []


def test_history_page_compare_and_side_by_side(server, page):
    page.goto(f"{server}/-/lso/article/{sample.MINOR_ID}")
    assert page.locator(".lso-legend del").inner_text() == "struck through"
    decoration = page.locator(".lso-version del").first.evaluate(
        "e => getComputedStyle(e).textDecorationLine"
    )
    assert "line-through" in decoration
    underline = page.locator(".lso-version ins").first.evaluate(
        "e => getComputedStyle(e).textDecorationLine"
    )
    assert "underline" in underline
    assert page.locator("dd.lso-category").inner_text() == "Chính trị"
    assert page.locator("dd.lso-authors").inner_text() == "Hoàng Tùng"
    captured = page.locator("section#v3 time")
    assert captured.inner_text() == "2026-11-04 15:00 (+07:00)"
    assert captured.get_attribute("title") == "UTC: 2026-11-04T08:00:00Z"
    shot(page, "history")
    page.select_option("select[name=from]", "1")
    page.select_option("select[name=to]", "3")
    page.check("input[name=view]")
    page.get_by_role("button", name="Compare").click()
    page.wait_for_url("**from=1&to=3&view=side**")
    side = page.locator("section.lso-comparison table.lso-side")
    assert side.count() == 1
    cells = side.locator("tr.lso-changed-row td").all_inner_texts()
    assert cells == ["Mở đầu bài viết.", "Một mở đầu hoàn toàn mới."]
    assert side.locator("del").inner_text() == "Mở đầu bài viết"
    shot(page, "history-side-by-side")
    response = page.goto(f"{server}/-/lso/article/99999999999999999999999999")
    assert response.status == 404
    assert page.dialogs == [] and page.errors == []


def test_search_page(server, page):
    page.goto(f"{server}/-/lso/search")
    page.fill("input[name=q]", "dong dang")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**q=dong+dang**")
    titles = page.locator("a.lso-hit-title").all_inner_texts()
    assert titles == ["Cửa khẩu Đồng Đăng đón khách", "Hội nghị tổng kết năm"]  # title first
    marks = page.locator("li.lso-hit").nth(1).locator("mark").all_inner_texts()
    assert marks == ["Đồng", "Đăng"]
    shot(page, "search")
    page.goto(f"{server}/-/lso/search?q=COVID-19")
    assert page.locator("a.lso-hit-title").all_inner_texts() == ["Cửa khẩu Đồng Đăng đón khách"]
    page.goto(f"{server}/-/lso/search?q=kinh+te")
    assert page.locator("li.lso-hit mark").all_inner_texts() == ["Kinh", "tế"]
    page.goto(f"{server}/-/lso/search?q=%3Cscript%3Ealert(1)%3C/script%3E+%22")
    assert page.locator("a.lso-hit-title").all_inner_texts() == [sample.SCRIPT_TITLE]
    page.goto(f"{server}/-/lso/search?q=h%E1%BB%AFu+ngh%E1%BB%8B")
    page.locator("a.lso-hit-title").first.click()
    page.wait_for_url("**/-/lso/article/**")
    assert page.dialogs == [] and page.errors == []


def test_tables_are_truncated_and_link_titles(server, page):
    page.goto(f"{server}/lso/versions")
    body_cells = page.locator("table.rows-and-columns td.col-body").all_inner_texts()
    assert body_cells and max(len(text) for text in body_cells) <= 125
    shot(page, "versions-table")
    rows = page.locator("table.rows-and-columns tbody tr").count()
    height = page.evaluate("document.body.scrollHeight")
    assert height / rows < 400  # the full texts made one row about 1,700 px tall
    facets = page.locator(".facet-info").evaluate_all("fs => fs.map(f => f.dataset.column)")
    assert facets[0] == "change_kind"
    link = page.locator("td.col-title a").first
    assert "/-/lso/article/" in link.get_attribute("href")
    page.goto(f"{server}/lso")
    names = page.locator("h3 a").all_inner_texts()
    assert "frontier" not in names and "_sqlite_migrations" not in names
    assert "listing_progress" not in names
    page.goto(f"{server}/lso/articles")
    assert page.locator("td.col-title a").count() > 0
    shot(page, "articles-table")
