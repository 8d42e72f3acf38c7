"""Article images: fetched once per distinct payload, never the chrome, cut when too large,
recorded in `media` and in the caption digests; a swapped photo is a change, a re-encode not."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from lso_crawler.warc import payload_digest
from tests.crawl import CrawlResult, run_crawl
from tests.site import ModelSite, SiteContent, tiny_content
from tests.site.images import jpeg, png
from tests.site.model import Image, Paragraph

pytestmark = pytest.mark.e2e

REUSED = 5072080  # shows PHOTO_A (lazy, no caption) and PHOTO_B; its text and B change later
SWAPPED = 5072044  # shows PHOTO_A; later a new photo under the same caption
ODD = 5071760  # a copy of PHOTO_A under another URL, an oversize image and a 404
LEGACY = 310783  # an older-template page with one photo on the site itself

PHOTO_A = jpeg(64, 48, "photo A")
PHOTO_B = png(40, 30, (200, 40, 40))
PHOTO_B_REENCODED = png(40, 30, (201, 40, 40))  # same size in pixels, other bytes
PHOTO_A2 = jpeg(96, 64, "photo A, replaced")
PHOTO_A_REENCODED = jpeg(64, 48, "photo A, again")  # same pixels' size, a few bytes more
LEGACY_PHOTO = "/uploads/2015/12/31/64821.jpg"
LEGACY_EM_PHOTO = "/uploads/2015/12/31/64822.jpg"  # captioned by an <em> line below it
PHOTO_EM = png(50, 40, (10, 120, 10))
LEGACY_REPLACED = jpeg(120, 80, "another photo behind the same text")
BIG = jpeg(32, 32, "big", padding=60_000)  # over the test's LSO_IMAGE_MAX_BYTES
MAX_BYTES = 20_000
CHROME = ("/assets/images/logo.png", "/assets/images/placeholder.png", "/images/logo.gif")
CAPTION = "Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp"


def with_images(content: SiteContent, media: str, site: str) -> None:
    """Point the articles' photos at the model's images (media host and site paths)."""
    photos = {
        REUSED: (
            Image(f"{media}/upload/photo-a.jpg", None, "none", lazy=True),
            Image(f"{media}/upload/photo-b.png", "Cử tri phát biểu", "figure"),
        ),
        SWAPPED: (Image(f"{media}/upload/photo-a.jpg", CAPTION, "figure"),),
        ODD: (
            Image(f"{site}/uploads/copy-of-a.jpg", "Quang cảnh hội nghị", "wp-caption"),
            Image(f"{site}/uploads/big.jpg", "Ảnh quá lớn", "figure"),
            Image(f"{site}/uploads/gone.jpg", "Ảnh đã xoá", "figure"),
        ),
        LEGACY: (
            Image(LEGACY_PHOTO, "Ảnh cũ", "table"),
            Image(LEGACY_EM_PHOTO, "Ảnh chú thích nghiêng", "em"),
        ),
    }
    for article_id, images in photos.items():
        article = content.article(article_id)
        texts = [b for b in article.blocks if not isinstance(b, Image)]
        content.replace(article_id, blocks=(texts[0], *images, *texts[1:]))


def serve_photos(site: ModelSite, media: ModelSite) -> None:
    """The first state: the photos on both hosts, a 404, and the articles showing them."""
    media.content.images.update({"/upload/photo-a.jpg": PHOTO_A, "/upload/photo-b.png": PHOTO_B})
    site.content.images.update(
        {"/uploads/copy-of-a.jpg": PHOTO_A, "/uploads/big.jpg": BIG, LEGACY_EM_PHOTO: PHOTO_EM}
    )
    site.content.errors["/uploads/gone.jpg"] = 404
    with_images(site.content, media.base_url, site.base_url)


def served(site: ModelSite) -> list[str]:
    return [r.path for r in site.requests]


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    data = tmp_path_factory.mktemp("images")
    with ModelSite(tiny_content(4)) as site, ModelSite(SiteContent((), {})) as media:
        serve_photos(site, media)
        settings = (f"LSO_MEDIA_HOSTS={media.base_url}", f"LSO_IMAGE_MAX_BYTES={MAX_BYTES}")
        first = run_crawl(site.base_url, data, *settings)
        assert first.returncode == 0, first.log[-3000:]
        first_requests = (served(site), served(media))
        warc_after_first = archive_bytes(first.archive_dir)
        site.clear_requests()
        media.clear_requests()
        # Second state: SWAPPED shows a new photo under the same caption; REUSED's text is
        # edited and its PHOTO_B re-encoded at the same URL. Behind unchanged pages, LEGACY's
        # photo is replaced at the same URL and ODD's copy of photo A is re-encoded.
        media.content.images["/upload/photo-a-v2.jpg"] = PHOTO_A2
        media.content.images["/upload/photo-b.png"] = PHOTO_B_REENCODED
        swapped = site.content.article(SWAPPED)
        blocks = [
            dataclasses.replace(b, src=f"{media.base_url}/upload/photo-a-v2.jpg")
            if isinstance(b, Image)
            else b
            for b in swapped.blocks
        ]
        site.content.replace(SWAPPED, blocks=tuple(blocks))
        reused = site.content.article(REUSED)
        blocks = list(reused.blocks)
        last = max(i for i, b in enumerate(blocks) if isinstance(b, Paragraph))
        blocks[last] = dataclasses.replace(blocks[last], text=blocks[last].text + " Thêm một câu.")
        site.content.replace(REUSED, blocks=tuple(blocks))
        site.content.images[LEGACY_PHOTO] = LEGACY_REPLACED
        site.content.images["/uploads/copy-of-a.jpg"] = PHOTO_A_REENCODED
        second = run_crawl(site.base_url, data, *settings, "LSO_RECHECK=all")
        assert second.returncode == 0, second.log[-3000:]
        second_requests = (served(site), served(media))
        growth = archive_bytes(second.archive_dir) - warc_after_first
        site.clear_requests()
        media.clear_requests()
        # A repeat with nothing changed: every photo is asked for again, conditionally.
        warc_after_second = archive_bytes(second.archive_dir)
        third = run_crawl(site.base_url, data, *settings, "LSO_RECHECK=all")
        assert third.returncode == 0, third.log[-3000:]
        return {
            "third": third,
            "third_requests": (served(site), served(media)),
            "repeat_growth": archive_bytes(third.archive_dir) - warc_after_second,
            "first": first,
            "second": second,
            "first_requests": first_requests,
            "second_requests": second_requests,
            "growth": growth,
            "media": media.base_url,
            "site": site.base_url,
        }


def archive_bytes(archive_dir: Path) -> int:
    return sum(p.stat().st_size for p in archive_dir.glob("*.warc.gz"))


def warc_records(result: CrawlResult) -> list[dict]:
    records = []
    for path in sorted(result.archive_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type in ("response", "revisit"):
                    records.append(
                        {
                            "type": record.rec_type,
                            "uri": record.rec_headers.get_header("WARC-Target-URI"),
                            "truncated": record.rec_headers.get_header("WARC-Truncated"),
                            "refers_to": record.rec_headers.get_header("WARC-Refers-To-Target-URI"),
                            "status": record.http_headers.get_statuscode()
                            if record.http_headers
                            else None,
                            "body": record.content_stream().read(),
                        }
                    )
    return records


def captions(db: sqlite3.Connection, article_id: int, version: int = 1) -> list[dict]:
    row = db.execute(
        "select captions from versions where article_id = ? and version = ?", [article_id, version]
    ).fetchone()
    return json.loads(row[0])


def test_first_crawl_requests_the_caption_images_once_and_never_the_chrome(crawls):
    site_paths, media_paths = crawls["first_requests"]
    images = [p for p in site_paths if p.startswith(("/uploads/", "/assets/", "/images/"))]
    assert sorted(images) == sorted(
        [
            "/uploads/copy-of-a.jpg",
            "/uploads/big.jpg",
            "/uploads/gone.jpg",
            LEGACY_PHOTO,
            LEGACY_EM_PHOTO,
        ]
    )
    assert not set(CHROME) & set(site_paths)
    assert sorted(p for p in media_paths if p != "/robots.txt") == [
        "/upload/photo-a.jpg",
        "/upload/photo-b.png",
    ]


def test_one_response_per_distinct_payload_and_a_revisit_for_the_copy(crawls):
    media, site = crawls["media"], crawls["site"]
    first = crawls["first"]
    records: dict[str, dict] = {}
    for record in warc_records(first):  # the first capture of each (the second crawl follows)
        if "/upload" in record["uri"]:
            records.setdefault(record["uri"], record)
    # Whichever of the two URLs of photo A came first holds the bytes; the other refers to it.
    pair = [records[f"{media}/upload/photo-a.jpg"], records[f"{site}/uploads/copy-of-a.jpg"]]
    original, copy = sorted(pair, key=lambda r: r["type"])
    assert (original["type"], copy["type"]) == ("response", "revisit")
    assert original["body"] == PHOTO_A
    assert copy["refers_to"] == original["uri"]
    assert records[f"{media}/upload/photo-b.png"]["body"] == PHOTO_B
    big = records[f"{site}/uploads/big.jpg"]
    assert big["type"] == "response" and big["truncated"] == "length"
    assert big["body"] == BIG[:MAX_BYTES]
    assert records[f"{site}/uploads/gone.jpg"]["status"] == "404"


def test_media_rows_and_caption_digests(crawls):
    media, site = crawls["media"], crawls["site"]
    db = sqlite3.connect(crawls["first"].db_path)
    rows = db.execute(
        "select url, payload_digest, content_type, size, width, height, warc_type, fetch_id "
        "from media order by id"
    ).fetchall()
    by_url: dict[str, tuple] = {}
    for row in rows:  # the first crawl's row of each URL (the second crawl adds a few)
        by_url.setdefault(row[0], row)
    digest_a, digest_b = payload_digest(PHOTO_A), payload_digest(PHOTO_B)
    assert by_url[f"{media}/upload/photo-a.jpg"][1:6] == (
        digest_a,
        "image/jpeg",
        len(PHOTO_A),
        64,
        48,
    )
    assert by_url[f"{media}/upload/photo-b.png"][1:7] == (
        digest_b,
        "image/png",
        len(PHOTO_B),
        40,
        30,
        "response",
    )
    assert by_url[f"{site}/uploads/copy-of-a.jpg"][1] == digest_a
    copies = [by_url[f"{media}/upload/photo-a.jpg"][6], by_url[f"{site}/uploads/copy-of-a.jpg"][6]]
    assert sorted(copies) == ["response", "revisit"]
    assert f"{site}/uploads/big.jpg" not in by_url  # cut: archived, not a media row
    assert f"{site}/uploads/gone.jpg" not in by_url
    assert all(row[7] for row in rows)  # each points at its fetch (and so at its record)
    assert [c.get("digest") for c in captions(db, REUSED)] == [digest_a, digest_b]
    assert [c.get("digest") for c in captions(db, SWAPPED)] == [digest_a]
    odd = captions(db, ODD)
    assert [c.get("digest") for c in odd] == [digest_a, None, None]


def test_run_counts_images(crawls):
    db = sqlite3.connect(crawls["first"].db_path)
    stats = json.loads(db.execute("select stats from runs order by id limit 1").fetchone()[0])
    assert stats["lso/images/requested"] == 7
    assert stats["lso/images/fetched"] == 4  # photo A, photo B, the two legacy photos
    assert stats["lso/images/revisits"] == 1
    assert stats["lso/images/cut"] == 1
    assert stats["lso/images/bytes_archived"] > len(PHOTO_A) + len(PHOTO_B)


def test_swapped_photo_is_a_change_and_a_reencode_is_not(crawls):
    media = crawls["media"]
    site_paths, media_paths = crawls["second_requests"]
    # Every article is rechecked, and so is each photo it shows, once per run.
    assert sorted(p for p in media_paths if p != "/robots.txt") == [
        "/upload/photo-a-v2.jpg",
        "/upload/photo-a.jpg",
        "/upload/photo-b.png",
    ]
    assert sorted(p for p in site_paths if p.startswith("/uploads/")) == sorted(
        [
            "/uploads/copy-of-a.jpg",
            "/uploads/big.jpg",
            "/uploads/gone.jpg",
            LEGACY_PHOTO,
            LEGACY_EM_PHOTO,
        ]
    )
    db = sqlite3.connect(crawls["second"].db_path)
    changed = dict(db.execute("select article_id, changed_fields from versions where version = 2"))
    assert json.loads(changed[SWAPPED]) == ["captions", "images"]
    assert json.loads(changed[REUSED]) == ["body"]
    assert set(changed) == {SWAPPED, REUSED, LEGACY}
    assert [c.get("digest") for c in captions(db, SWAPPED, 2)] == [payload_digest(PHOTO_A2)]
    assert [c.get("digest") for c in captions(db, REUSED, 2)] == [
        payload_digest(PHOTO_A),
        payload_digest(PHOTO_B_REENCODED),
    ]
    # The older version keeps the photo it showed.
    assert [c.get("digest") for c in captions(db, REUSED, 1)] == [
        payload_digest(PHOTO_A),
        payload_digest(PHOTO_B),
    ]
    row = db.execute(
        "select width, height from media where url = ?", [f"{media}/upload/photo-a-v2.jpg"]
    ).fetchone()
    assert row == (96, 64)


def test_photo_replaced_behind_unchanged_text_is_a_version_and_a_reencode_is_not(crawls):
    site = crawls["site"]
    db = sqlite3.connect(crawls["second"].db_path)
    db.row_factory = sqlite3.Row
    first, second = db.execute(
        "select * from versions where article_id = ? order by version", [LEGACY]
    ).fetchall()
    assert json.loads(second["changed_fields"]) == ["images"]
    assert second["change_kind"] == "substantive"
    assert second["content_hash"] == first["content_hash"]  # the text did not change
    for name in ("title", "lead", "body", "byline", "dateline_date"):
        assert second[name] == first[name]
    replaced, em_photo = payload_digest(LEGACY_REPLACED), payload_digest(PHOTO_EM)
    assert [c["digest"] for c in json.loads(second["captions"])] == [replaced, em_photo]
    # The first version keeps the photo it was seen with.
    shown_first = [c["digest"] for c in json.loads(first["captions"])]
    assert shown_first[1] == em_photo and shown_first[0] not in (replaced, None)
    fetch = db.execute("select url from fetches where id = ?", [second["fetch_id"]]).fetchone()
    assert fetch["url"] == site + LEGACY_PHOTO  # the capture that showed the new photo
    current = db.execute("select current_version from articles where id = ?", [LEGACY])
    assert current.fetchone()[0] == 2
    # ODD's copy of photo A was re-encoded (same URL, same size in pixels): no version.
    odd_versions = db.execute("select max(version) from versions where article_id = ?", [ODD])
    assert odd_versions.fetchone()[0] == 1
    assert captions(db, ODD)[0]["digest"] == payload_digest(PHOTO_A)


def test_a_repeat_crawl_asks_for_each_photo_conditionally_and_archives_no_new_bytes(crawls):
    site_paths, media_paths = crawls["third_requests"]
    asked = sorted(p for p in [*site_paths, *media_paths] if p.startswith(("/upload", "/uploads")))
    assert asked == sorted(
        [
            "/upload/photo-a-v2.jpg",
            "/upload/photo-a.jpg",
            "/upload/photo-b.png",
            "/uploads/copy-of-a.jpg",
            "/uploads/big.jpg",
            "/uploads/gone.jpg",
            LEGACY_PHOTO,
            LEGACY_EM_PHOTO,
        ]
    )
    db = sqlite3.connect(crawls["third"].db_path)
    assert db.execute("select count(*) from versions where version = 3").fetchone()[0] == 0
    stats = json.loads(db.execute("select stats from runs order by id desc limit 1").fetchone()[0])
    assert stats.get("lso/images/fetched", 0) == 0
    assert stats["lso/images/not_modified"] >= 5  # every stored photo answered 304


def test_status_verify_and_reparse_cover_images(crawls, tmp_path):
    result = crawls["third"]
    lso = str(Path(sys.executable).with_name("lso"))
    status = subprocess.run(
        [
            lso,
            "status",
            "--json",
            "--db",
            str(result.db_path),
            "--archive",
            str(result.archive_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(status.stdout)
    db = sqlite3.connect(result.db_path)
    count, size = db.execute("select count(*), sum(size) from media").fetchone()
    assert (report["media"], report["media_bytes"]) == (count, size)
    # photo A (2 URLs), the re-encode of its copy, photo B and its re-encode, photo A2, the
    # legacy photo and its replacement, the legacy <em>-captioned photo
    assert count == 9
    verified = subprocess.run(
        [lso, "verify", "--db", str(result.db_path), "--archive", str(result.archive_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    rebuilt = tmp_path / "rebuilt.db"
    done = subprocess.run(
        [lso, "reparse", "--archive", str(result.archive_dir), "--db", str(rebuilt)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    again = sqlite3.connect(rebuilt)
    for query in (
        "select url, payload_digest, size, width, height, warc_record_id from media order by id",
        "select article_id, version, captions, changed_fields from versions order by id",
    ):
        assert again.execute(query).fetchall() == db.execute(query).fetchall(), query
