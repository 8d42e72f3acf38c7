"""An archive with images, made by two real crawls of the model site, plus hostile records.

The crawls (a second ModelSite as media host, as in tests/e2e/test_images.py):
  SWAPPED  one photo under a caption full of markup; the second crawl shows a new photo
  REUSED   photo B from the media host, and photo A again under the site's own URL (a revisit)
  ODD      an SVG served by the site as image/jpeg, and an image that 404s
Then hostile records are appended with the project's WARC writer and `media` rows with its
`upsert_media`: an SVG and an HTML page archived as image/png, a cut image, an image over
the route's limit, a gzip-coded PNG, and a row whose WARC file lies outside the archive.

Built once per test session (both tests/browse and tests/browser use it); the model servers
are stopped before anything is served from it.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lso_crawler.store import Store
from lso_crawler.store.media import upsert_media
from lso_crawler.warc import Capture, CrawlInfo, WarcFileWriter, WarcPointer, payload_digest
from tests.crawl import run_crawl
from tests.site import ModelSite, SiteContent, tiny_content
from tests.site.images import jpeg, png
from tests.site.model import Image

PHOTO_A = jpeg(64, 48, "photo A")
PHOTO_A2 = jpeg(96, 64, "photo A, replaced")
PHOTO_B = png(40, 30, (200, 40, 40))
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.domain)</script></svg>"
)
SVG_SERVED = SVG.replace(b"<script>", b"<script>/* served as image/jpeg */")
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
PHOTO_GZIPPED = png(20, 10, (10, 200, 10))
CUT = jpeg(32, 32, "cut short", padding=4000)
LARGE = jpeg(32, 32, "over the route's limit", padding=60_000)
IMAGE_MAX_BYTES = 50_000  # the Datasette's LSO_IMAGE_MAX_BYTES: LARGE is over it
HOSTILE_CAPTION = '<script>alert("chú thích")</script> Ảnh <b>đậm</b> & "ngoặc"'
CAPTION_B = "Cử tri phát biểu"
HOSTILE_HOST = "http://hostile.invalid"
# Articles of tiny_content(4) in the current template (whose figure captions parse).
SWAPPED, REUSED, ODD = 5072044, 5072080, 5071760


@dataclass(frozen=True)
class ImageArchive:
    """Where the archive is, and what it holds."""

    db_path: Path
    archive_dir: Path
    swapped: int
    reused: int
    odd: int
    media: str  # the (stopped) media host's base URL
    site: str  # the (stopped) site's base URL
    hostile: dict[str, str]  # name -> digest of the hostile records

    def env(self) -> dict[str, str]:
        """Environment for a Datasette serving this archive."""
        return {
            "LSO_ARCHIVE_DIR": str(self.archive_dir),
            "LSO_IMAGE_MAX_BYTES": str(IMAGE_MAX_BYTES),
        }


_BUILT: dict[Path, ImageArchive] = {}


def _show(content: SiteContent, article_id: int, *images: Image) -> None:
    article = content.article(article_id)
    texts = [b for b in article.blocks if not isinstance(b, Image)]
    content.replace(article_id, blocks=(texts[0], *images, *texts[1:]))


def build(base: Path) -> ImageArchive:
    """Crawl twice into `base`, add the hostile records; once per `base` per process."""
    if base in _BUILT:
        return _BUILT[base]
    base.mkdir(parents=True, exist_ok=True)
    with ModelSite(tiny_content(4)) as site, ModelSite(SiteContent((), {})) as media:
        swapped, reused, odd = SWAPPED, REUSED, ODD
        media.content.images.update(
            {"/upload/photo-a.jpg": PHOTO_A, "/upload/photo-b.png": PHOTO_B}
        )
        site.content.images["/uploads/copy-of-a.jpg"] = PHOTO_A
        site.content.images["/uploads/evil.jpg"] = SVG_SERVED
        site.content.errors["/uploads/gone.jpg"] = 404
        m, s = media.base_url, site.base_url
        _show(site.content, swapped, Image(f"{m}/upload/photo-a.jpg", HOSTILE_CAPTION, "figure"))
        _show(
            site.content,
            reused,
            Image(f"{m}/upload/photo-b.png", CAPTION_B, "figure"),
            Image(f"{s}/uploads/copy-of-a.jpg", "Quang cảnh hội nghị", "wp-caption"),
        )
        _show(
            site.content,
            odd,
            Image(f"{s}/uploads/evil.jpg", "Ảnh SVG", "figure"),
            Image(f"{s}/uploads/gone.jpg", "Ảnh đã xoá", "figure"),
        )
        settings = (f"LSO_MEDIA_HOSTS={m}",)
        first = run_crawl(s, base, *settings)
        assert first.returncode == 0, first.log[-3000:]
        media.content.images["/upload/photo-a-v2.jpg"] = PHOTO_A2
        blocks = [
            dataclasses.replace(b, src=f"{m}/upload/photo-a-v2.jpg") if isinstance(b, Image) else b
            for b in site.content.article(swapped).blocks
        ]
        site.content.replace(swapped, blocks=tuple(blocks))
        second = run_crawl(s, base, *settings, "LSO_RECHECK=all")
        assert second.returncode == 0, second.log[-3000:]
    hostile = _add_hostile(second.db_path, second.archive_dir)
    built = ImageArchive(second.db_path, second.archive_dir, swapped, reused, odd, m, s, hostile)
    _BUILT[base] = built
    return built


def _capture(path: str, body: bytes, content_type: str, **extra: object) -> Capture:
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    if extra.get("coding"):
        headers.append(("Content-Encoding", str(extra["coding"])))
    return Capture(
        url=f"{HOSTILE_HOST}{path}",
        method="GET",
        request_headers=[("User-Agent", "lso-archive tests")],
        request_body=b"",
        protocol="HTTP/1.1",
        status=200,
        response_headers=headers,
        body=body,
        ip_address="127.0.0.1",
        date=datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
        truncated=extra.get("truncated"),  # type: ignore[arg-type]
    )


def _add_hostile(db_path: Path, archive_dir: Path) -> dict[str, str]:
    captures = {
        "svg": _capture("/svg.png", SVG, "image/png"),
        "html": _capture("/html.png", HTML, "image/png"),
        "cut": _capture("/cut.jpg", CUT[:2000], "image/jpeg", truncated="length"),
        "large": _capture("/large.jpg", LARGE, "image/jpeg"),
        "gzipped": _capture(
            "/gzipped.png", gzip.compress(PHOTO_GZIPPED), "image/png", coding="gzip"
        ),
    }
    info = CrawlInfo(user_agent="lso-archive tests", operator="tests")
    store = Store(db_path)
    digests = {}
    with WarcFileWriter(archive_dir, info, prefix="HOSTILE", fsync=False) as writer:
        for name, capture in captures.items():
            pointer = writer.write_capture(capture)
            digests[name] = pointer.payload_digest
            upsert_media(store, _row(capture.url, pointer.payload_digest, pointer))
    # A row whose record would lie outside the archive directory.
    outside = payload_digest(b"outside")
    row = _row(f"{HOSTILE_HOST}/outside.jpg", outside, pointer)
    upsert_media(store, {**row, "warc_file": "../" + archive_dir.name + "/" + pointer.filename})
    digests["outside"] = outside
    store.conn.commit()
    store.close()
    return digests


def _row(url: str, digest: str, pointer: WarcPointer) -> dict[str, object]:
    return {
        "url": url,
        "payload_digest": digest,
        "content_type": "image/png",
        "size": 1,
        "first_seen": "2026-11-02T08:00:00Z",
        "last_seen": "2026-11-02T08:00:00Z",
        "warc_file": pointer.filename,
        "warc_offset": pointer.offset,
        "warc_length": pointer.length,
        "warc_record_id": pointer.record_id,
        "warc_date": pointer.date,
        "warc_type": "response",
    }


def captions(db_path: Path, article_id: int, version: int) -> list[dict]:
    """A version's stored captions."""
    db = sqlite3.connect(db_path)
    try:
        row = db.execute(
            "select captions from versions where article_id = ? and version = ?",
            [article_id, version],
        ).fetchone()
    finally:
        db.close()
    return json.loads(row[0]) if row else []
