"""A swapped photo on the history page, in headless Chromium: both photos load from the
archive's own origin with the model site and its media host stopped, and a caption full of
markup stays text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lso_crawler.warc import payload_digest
from tests.browse import helpers, image_archive
from tests.browse.image_archive import HOSTILE_CAPTION, PHOTO_A, PHOTO_A2, SVG
from tests.browser.chromium import recording_page
from tests.browser.test_history_page import (  # noqa: F401 (browser_available: autouse fixture)
    _plugin_args,
    browser_available,
    shot,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> image_archive.ImageArchive:
    # The model servers stop when the build returns: nothing could be hot-linked.
    return image_archive.build(tmp_path_factory.getbasetemp() / "image-archive")


@pytest.fixture(scope="module")
def server(archive, tmp_path_factory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("images-datasette")
    extra = _plugin_args(tmp)
    with helpers.datasette_server(archive.db_path, tmp, env=archive.env(), extra=extra) as base:
        yield base


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    """A Chromium page recording dialogs, page errors and every URL it requested."""
    with recording_page(tmp_path_factory.mktemp("chromium-images")) as page:
        yield page


def _loaded(page, image) -> dict:
    """Scroll a lazy <img> into view, wait until it has decoded, and describe it."""
    image.scroll_into_view_if_needed()
    page.wait_for_function("e => e.complete && e.naturalWidth > 0", arg=image.element_handle())
    return image.evaluate(
        "e => ({src: e.currentSrc, width: e.naturalWidth, height: e.naturalHeight})"
    )


def test_swapped_photo_side_by_side_from_the_archive(archive, server, page):
    for host in (archive.media, archive.site):  # the live servers are really gone
        with pytest.raises(OSError):
            helpers.http_get(f"{host}/robots.txt", timeout=2)
    page.requested.clear()
    page.goto(f"{server}/-/lso/article/{archive.swapped}")
    pair = page.locator("section#v2 tr.lso-image-pair")
    assert pair.count() == 1
    old = _loaded(page, pair.locator("td.lso-image-old img"))
    new = _loaded(page, pair.locator("td.lso-image-new img"))
    assert old == {
        "src": f"{server}/-/lso/media/{payload_digest(PHOTO_A)}",
        "width": 64,
        "height": 48,
    }
    assert new == {
        "src": f"{server}/-/lso/media/{payload_digest(PHOTO_A2)}",
        "width": 96,
        "height": 64,
    }
    thumb = _loaded(page, page.locator("section#v1 .lso-thumbs img"))
    assert thumb["src"] == old["src"]
    captions = pair.locator(".lso-image-caption").all_inner_texts()
    assert captions == [HOSTILE_CAPTION, HOSTILE_CAPTION]
    assert pair.locator("b, script").count() == 0
    assert pair.locator(".lso-image-facts").all_inner_texts() == [
        "64 × 48 px · 181 Bytes",
        "96 × 64 px · 203 Bytes",
    ]
    assert page.locator("section#v2 th").all_inner_texts() == ["Version 1", "Version 2"]
    assert page.requested and all(url.startswith(server + "/") for url in page.requested)
    shot(page, "history-images")
    assert page.dialogs == [] and page.errors == []


def test_a_script_archived_as_an_image_does_not_run(archive, server, page):
    response = page.goto(f"{server}/-/lso/media/{archive.hostile['svg']}")
    assert response is not None and response.status == 403
    assert SVG.decode() not in page.content()
    page.goto(f"{server}/-/lso/article/{archive.odd}")
    svg_img = page.locator("section#v1 .lso-thumbs img")
    svg_img.scroll_into_view_if_needed()
    page.wait_for_function("e => e.complete", arg=svg_img.element_handle())
    assert svg_img.evaluate("e => e.naturalWidth") == 0  # refused: a broken image, no script
    assert page.locator(".lso-not-archived").count() == 1
    assert page.dialogs == [] and page.errors == []
