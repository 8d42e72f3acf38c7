"""Datasette in a real subprocess with the committed metadata.yml, driven by headless Chromium.

Uses Debian's /usr/bin/chromium through Playwright (never a downloaded browser). Without
it the tests skip locally and fail when CI is set.
"""

from __future__ import annotations

import importlib.metadata
import os
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.versions import sample

ROOT = Path(__file__).parents[2]
METADATA = ROOT / "metadata.yml"
PLUGIN_MODULE = "lso_crawler.datasette_plugin"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-proxy-server",
]
# Loopback only, whatever proxy the environment sets.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: apt-get install chromium"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright (the Python package) is not installed"
    return None


@pytest.fixture(scope="module", autouse=True)
def browser_available() -> None:
    reason = _browser_missing()
    if reason and os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    if reason:
        pytest.skip(reason)


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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, timeout: float = 5) -> tuple[int, str, bytes]:
    with HTTP.open(url, timeout=timeout) as response:
        return response.status, response.headers.get("content-type", ""), response.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """The base URL of `datasette <sample db> -m metadata.yml` on a free loopback port."""
    tmp = tmp_path_factory.mktemp("datasette")
    db_path = sample.build(tmp / "lso.db")
    port = _free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(db_path), "-m", str(METADATA)]
    command += ["-h", "127.0.0.1", "-p", str(port), *_plugin_args(tmp)]
    log = (tmp / "datasette.log").open("wb")
    process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if _get(f"{base}/-/versions.json", timeout=1)[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("datasette did not start:\n" + (tmp / "datasette.log").read_text())
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    """A Chromium page with dialog and error recorders (`page.dialogs`, `page.errors`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.dialogs = []
        page.errors = []

        def on_dialog(dialog) -> None:
            page.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        yield page
        context.close()


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
    assert rows.count() == 5
    assert "substantive" in rows.nth(4).inner_text()
    page.locator(f'a[href="/-/lso/article/{sample.MINOR_ID}"]').first.click()
    page.wait_for_url(f"**/-/lso/article/{sample.MINOR_ID}")
    assert page.locator("section#v2 ins").all_inner_texts() == [","]
    assert page.locator("section#v2 .lso-kind").inner_text() == "minor"
    assert page.dialogs == []


def test_atom_feed(server):
    status, content_type, body = _get(f"{server}/lso/recent_changes.atom")
    assert status == 200
    assert content_type.startswith("application/xml")
    assert b"<script>" not in body
    titles = [
        entry.findtext("{http://www.w3.org/2005/Atom}title")
        for entry in ET.fromstring(body).iter("{http://www.w3.org/2005/Atom}entry")
    ]
    assert f"{sample.SCRIPT_TITLE} (substantive edit)" in titles
    assert len(titles) == 5
