"""/-/lso/media/<digest> in a real Datasette over an archive made by real crawls: the archived
bytes, a revisit's original, and refusals of everything that is not a whole raster image."""

from __future__ import annotations

import json
import sqlite3
from html.parser import HTMLParser

import pytest

from lso_crawler.store.media import first_image_capture
from lso_crawler.warc import WarcPointer, payload_digest, read_response
from tests.browse import helpers, image_archive
from tests.browse.image_archive import (
    HOSTILE_CAPTION,
    PHOTO_A,
    PHOTO_A2,
    PHOTO_B,
    PHOTO_GZIPPED,
    SVG_SERVED,
)

pytestmark = pytest.mark.e2e

CSP = "default-src 'none'; sandbox"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> image_archive.ImageArchive:
    return image_archive.build(tmp_path_factory.getbasetemp() / "image-archive")


@pytest.fixture(scope="module")
def server(archive, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("media-datasette")
    with helpers.datasette_server(archive.db_path, tmp, env=archive.env()) as base:
        yield base


def get(server: str, path: str) -> tuple[int, dict[str, str], bytes]:
    status, headers, body = helpers.http_get(server + path)
    return status, {k.lower(): v for k, v in headers.items()}, body


def archived_payload(archive: image_archive.ImageArchive, digest: str) -> bytes:
    """The payload of the digest's response record, read back with the project's reader."""
    db = sqlite3.connect(archive.db_path)
    pointer = first_image_capture(db, digest)
    db.close()
    assert pointer is not None
    return read_response(archive.archive_dir, pointer).decoded_payload()


@pytest.mark.parametrize(
    ("photo", "content_type"),
    [(PHOTO_A, "image/jpeg"), (PHOTO_B, "image/png"), (PHOTO_A2, "image/jpeg")],
)
def test_an_image_is_served_with_its_archived_bytes(archive, server, photo, content_type):
    digest = payload_digest(photo)
    status, headers, body = get(server, f"/-/lso/media/{digest}")
    assert status == 200
    assert body == archived_payload(archive, digest) == photo
    assert headers["content-type"] == content_type
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"] == CSP
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["etag"] == f'"{digest}"'


def test_a_revisit_digest_serves_its_originals_bytes(archive, server):
    db = sqlite3.connect(archive.db_path)
    revisits = db.execute(
        "select url, payload_digest, warc_file, warc_offset, warc_length, warc_record_id "
        "from media where warc_type = 'revisit'"
    ).fetchall()
    db.close()
    # Photo A under two URLs: whichever came second is a revisit, holding no payload.
    assert len(revisits) == 1
    url, digest, *where = revisits[0]
    copies = {f"{archive.media}/upload/photo-a.jpg", f"{archive.site}/uploads/copy-of-a.jpg"}
    assert url in copies and digest == payload_digest(PHOTO_A)
    pointer = WarcPointer(where[0], where[1], where[2], where[3], digest, url, "", "revisit")
    assert read_response(archive.archive_dir, pointer).payload == b""
    status, _, body = get(server, f"/-/lso/media/{digest}")
    assert (status, body) == (200, PHOTO_A)


def test_a_gzip_coded_image_is_served_decoded(archive, server):
    status, headers, body = get(server, f"/-/lso/media/{archive.hostile['gzipped']}")
    assert (status, headers["content-type"], body) == (200, "image/png", PHOTO_GZIPPED)


@pytest.mark.parametrize("name", ["svg", "html"])
def test_script_archived_as_image_png_is_refused(archive, server, name):
    status, headers, body = get(server, f"/-/lso/media/{archive.hostile[name]}")
    assert status == 403
    assert headers["content-type"].startswith("text/plain")
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"] == CSP
    assert b"<script>" not in body and b"JPEG, PNG, GIF or WebP" in body


def test_an_svg_the_crawl_fetched_as_image_jpeg_is_refused(server):
    status, _, body = get(server, f"/-/lso/media/{payload_digest(SVG_SERVED)}")
    assert status == 403 and b"<svg" not in body


def test_a_cut_image_and_one_over_the_limit_are_refused(archive, server):
    status, _, body = get(server, f"/-/lso/media/{archive.hostile['cut']}")
    assert (status, body) == (403, b"The crawler cut this image short (length).")
    status, _, body = get(server, f"/-/lso/media/{archive.hostile['large']}")
    assert (status, body) == (
        403,
        b"Not served: the image is larger than the 50000 bytes images may be.",
    )


@pytest.mark.parametrize(
    "path",
    [
        payload_digest(b"never archived"),
        "sha1:ESOWE4PYPJFS7QDZR2CZQUM6G5MZNBI",  # one character short
        "sha1:esowe4pypjfs7qdzr2czqum6g5mznbie",
        "sha1:ESOWE4PYPJFS7QDZR2CZQUM6G5MZNBIE%00",
        "sha1:'%20or%201=1%20--",
        "md5:ESOWE4PYPJFS7QDZR2CZQUM6G5MZNBIE",
        "..%2F..%2Fetc%2Fpasswd",
        "12",
    ],
)
def test_unknown_and_malformed_digests_are_not_found(server, path):
    status, headers, _ = get(server, f"/-/lso/media/{path}")
    assert status == 404
    assert headers["x-content-type-options"] == "nosniff"
    assert headers.get("cache-control") == "no-store"


def test_a_pointer_outside_the_archive_is_not_found(archive, server):
    status, _, body = get(server, f"/-/lso/media/{archive.hostile['outside']}")
    assert (status, body) == (404, b"The image's record cannot be read (outside-archive).")
    assert str(archive.archive_dir).encode() not in body


class _Images(HTMLParser):
    """Every <img src> of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.srcs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.srcs.append(dict(attrs).get("src") or "")


def test_history_page_shows_the_swap_from_the_archive_only(archive, server):
    status, _, body = get(server, f"/-/lso/article/{archive.swapped}")
    assert status == 200
    page = body.decode()
    images = _Images()
    images.feed(page)
    old, new = payload_digest(PHOTO_A), payload_digest(PHOTO_A2)
    # Version 2 side by side (old, new), then version 1's thumbnail.
    assert images.srcs == [f"/-/lso/media/{old}", f"/-/lso/media/{new}", f"/-/lso/media/{old}"]
    assert archive.media not in "".join(images.srcs)
    assert "64 × 48 px · 181 Bytes" in page and "96 × 64 px · 203 Bytes" in page
    # The caption is text: escaped, no element of it reaches the page.
    assert HOSTILE_CAPTION not in page
    assert "&lt;script&gt;alert(&#34;chú thích&#34;)&lt;/script&gt; Ảnh &lt;b&gt;đậm" in page
    assert "<b>đậm</b>" not in page


def test_a_caption_never_fetched_shows_not_archived_and_no_live_link(archive, server):
    status, _, body = get(server, f"/-/lso/article/{archive.odd}")
    page = body.decode()
    images = _Images()
    images.feed(page)
    assert status == 200
    # The SVG has a media row: its <img> asks the archive, which refuses it (tested above).
    assert images.srcs == [f"/-/lso/media/{payload_digest(SVG_SERVED)}"]
    assert page.count('class="lso-not-archived"') == 1  # gone.jpg answered 404
    gone = f"{archive.site}/uploads/gone.jpg"
    assert gone in page and f'href="{gone}"' not in page and f'src="{gone}"' not in page


def test_history_json_lists_each_versions_images(archive, server):
    status, _, body = get(server, f"/-/lso/article/{archive.swapped}.json")

    versions = {v["version"]: v["images"] for v in json.loads(body)["versions"]}
    assert status == 200
    assert versions[2] == [
        {
            "image_url": f"{archive.media}/upload/photo-a-v2.jpg",
            "text": HOSTILE_CAPTION,
            "digest": payload_digest(PHOTO_A2),
            "src": f"/-/lso/media/{payload_digest(PHOTO_A2)}",
            "width": 96,
            "height": 64,
            "size": len(PHOTO_A2),
        }
    ]
    assert [i["digest"] for i in versions[1]] == [payload_digest(PHOTO_A)]


def test_media_table_links_each_digest_to_its_image(server):
    status, _, body = get(server, "/lso/media?_sort=id")
    assert status == 200
    digest = payload_digest(PHOTO_B)
    assert f'<a href="/-/lso/media/{digest}">{digest}</a>' in body.decode()


def test_public_mode_serves_images_too(archive, tmp_path):
    env = {**archive.env(), "LSO_PUBLIC": "1"}
    with helpers.datasette_server(archive.db_path, tmp_path, env=env) as base:
        status, _, body = get(base, f"/-/lso/media/{payload_digest(PHOTO_B)}")
        assert (status, body) == (200, PHOTO_B)
        assert get(base, "/-/databases.json")[0] == 404
