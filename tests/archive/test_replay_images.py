"""Article photos replay from the archive: in pywb driven by real Chromium with both model
servers stopped, in the CDXJ index, and inside the WACZ `lso wacz` writes."""

from __future__ import annotations

import gzip
import io
import json
import re
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from lso_crawler.media import caption_images
from lso_crawler.warc import payload_digest
from tests.archive.pywb import make_collection, require_wayback, running_pywb
from tests.browser.chromium import browser as chromium_browser
from tests.browser.chromium import require_browser
from tests.crawl import CrawlResult, run_crawl
from tests.site import ModelSite, SiteContent, tiny_content
from tests.site.images import jpeg, png
from tests.site.model import Image

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))
WACZ = str(Path(sys.executable).with_name("wacz"))
LAZY_SHIM = Path(__file__).resolve().parents[2] / "deploy" / "pywb" / "custom_banner.html"

LAZY = 5072080  # photo B, and photo A lazily (placeholder src, real URL in data-src)
SHARED = 5072044  # photo A again, plain: one capture serves both articles
BROKEN = 5071760  # a copy of photo A under another URL (a revisit), a cut image and a 404
LEGACY = 310783  # the older template: a relative /uploads/ path on the site itself

PHOTO_A = jpeg(64, 48, "photo A")
PHOTO_B = png(40, 30, (40, 120, 200))
BIG = jpeg(32, 32, "big", padding=60_000)
MAX_BYTES = 20_000  # LSO_IMAGE_MAX_BYTES: BIG is cut, WARC-Truncated: length
LEGACY_PATH = "/uploads/2015/12/31/64821.jpg"  # the model site's stock 1×1 JPEG


@dataclass
class Archived:
    """A finished crawl of the model site with photos, its servers already stopped."""

    crawl: CrawlResult
    site: str
    media: str
    articles: dict[int, str]  # article id -> URL
    ports: tuple[int, ...]
    cdxj: list[tuple[str, str, dict]] = field(default_factory=list)  # (urlkey, ts, fields)

    def captions(self, article_id: int) -> list[str]:
        db = sqlite3.connect(self.crawl.db_path)
        try:
            row = db.execute(
                "select captions from versions where article_id = ? order by version desc",
                [article_id],
            ).fetchone()
        finally:
            db.close()
        return caption_images(json.loads(row[0]))

    def media_rows(self) -> dict[str, dict]:
        db = sqlite3.connect(self.crawl.db_path)
        db.row_factory = sqlite3.Row
        try:
            return {r["url"]: dict(r) for r in db.execute("select * from media order by id")}
        finally:
            db.close()

    def index_entry(self, url: str) -> dict:
        found = [fields for _, _, fields in self.cdxj if fields["url"] == url]
        assert len(found) == 1, f"{url}: {len(found)} index entries"
        return found[0]


def place_photos(content: SiteContent, media: str, site: str) -> None:
    photos = {
        LAZY: (
            Image(f"{media}/upload/photo-b.png", "Cử tri phát biểu", "figure"),
            Image(f"{media}/upload/photo-a.jpg", None, "none", lazy=True),
        ),
        SHARED: (Image(f"{media}/upload/photo-a.jpg", "Quang cảnh kỳ họp", "figure"),),
        BROKEN: (
            Image(f"{site}/uploads/copy-of-a.jpg", "Quang cảnh hội nghị", "wp-caption"),
            Image(f"{site}/uploads/big.jpg", "Ảnh quá lớn", "table"),
            Image(f"{site}/uploads/gone.jpg", "Ảnh đã xoá", "figure"),
        ),
        LEGACY: (Image(LEGACY_PATH, "Ảnh cũ", "table"),),
    }
    for article_id, images in photos.items():
        article = content.article(article_id)
        texts = [b for b in article.blocks if not isinstance(b, Image)]
        content.replace(article_id, blocks=(texts[0], *images, *texts[1:]))


def read_cdxj(archive_dir: Path) -> list[tuple[str, str, dict]]:
    entries = []
    for index in sorted((archive_dir / "indexes").glob("*.cdxj")):
        for line in index.read_text().splitlines():
            urlkey, ts, fields = line.split(" ", 2)
            entries.append((urlkey, ts, json.loads(fields)))
    return entries


@pytest.fixture(scope="module")
def archived(tmp_path_factory) -> Iterator[Archived]:
    data = tmp_path_factory.mktemp("replay-images")
    with ModelSite(tiny_content(4)) as site, ModelSite(SiteContent((), {})) as media:
        media.content.images.update(
            {"/upload/photo-a.jpg": PHOTO_A, "/upload/photo-b.png": PHOTO_B}
        )
        site.content.images.update({"/uploads/copy-of-a.jpg": PHOTO_A, "/uploads/big.jpg": BIG})
        site.content.errors["/uploads/gone.jpg"] = 404
        place_photos(site.content, media.base_url, site.base_url)
        crawl = run_crawl(
            site.base_url,
            data,
            f"LSO_MEDIA_HOSTS={media.base_url}",
            f"LSO_IMAGE_MAX_BYTES={MAX_BYTES}",
        )
        assert crawl.returncode == 0, crawl.log[-3000:]
        articles = {a: site.url(site.content.article(a).path) for a in (LAZY, SHARED, BROKEN)}
        articles[LEGACY] = site.url(site.content.article(LEGACY).path)
        ports = tuple(urlsplit(s.base_url).port or 0 for s in (site, media))
        result = Archived(crawl, site.base_url, media.base_url, articles, ports)
    # Both model servers are stopped: whatever replays now comes from the archive.
    result.cdxj = read_cdxj(crawl.archive_dir)
    yield result


# --- the CDXJ index --------------------------------------------------------------------------


def test_cdxj_lists_image_responses_and_the_revisit_with_mime_and_digest(archived):
    media, site = archived.media, archived.site
    photo_b = archived.index_entry(f"{media}/upload/photo-b.png")
    assert (photo_b["mime"], photo_b["status"]) == ("image/png", "200")
    assert photo_b["digest"] == payload_digest(PHOTO_B)
    pair = [archived.index_entry(f"{media}/upload/photo-a.jpg")]
    pair.append(archived.index_entry(f"{site}/uploads/copy-of-a.jpg"))
    # Whichever URL of photo A was fetched first holds the bytes; the other is a revisit.
    assert sorted(e["mime"] for e in pair) == ["image/jpeg", "warc/revisit"]
    assert {e["digest"] for e in pair} == {payload_digest(PHOTO_A)}
    big = archived.index_entry(f"{site}/uploads/big.jpg")
    assert (big["mime"], big["status"]) == ("image/jpeg", "200")
    assert big["digest"] == payload_digest(BIG[:MAX_BYTES])  # of the bytes kept
    assert archived.index_entry(f"{site}/uploads/gone.jpg")["status"] == "404"
    legacy = archived.index_entry(f"{site}{LEGACY_PATH}")
    assert legacy["mime"] == "image/jpeg"
    # Every photo an article refers to is in the index, and the media rows agree with it.
    for url, row in archived.media_rows().items():
        entry = archived.index_entry(url)
        assert entry["digest"] == row["payload_digest"]
        assert (entry["filename"], int(entry["offset"])) == (row["warc_file"], row["warc_offset"])
    referenced = {u for a in archived.articles for u in archived.captions(a)}
    assert referenced <= {fields["url"] for _, _, fields in archived.cdxj}


# --- pywb in Chromium ------------------------------------------------------------------------

# Each <img>: its src and data-src as written (wombat hands back the originals), what it
# shows (the rewritten address) and whether it decoded.
IMAGES_JS = """() => Array.from(document.images).map(img => ({
    src: img.getAttribute('src'), dataSrc: img.getAttribute('data-src'),
    current: img.currentSrc, complete: img.complete,
    width: img.naturalWidth, height: img.naturalHeight}))"""
SETTLED_JS = """(pending) => Array.from(document.images).every(img =>
    img.complete || pending.includes(img.getAttribute('src')))"""


@dataclass
class Replay:
    """One article replayed in Chromium: its <img> elements and every request it made."""

    images: list[dict]
    requests: list[str]
    responses: dict[str, tuple[int, bytes | None]]


def replay(browser, base: str, article_url: str, timestamp: str, pending: list[str]) -> Replay:
    """Open the article's replay; wait for every image but `pending` (src as written)."""
    page = browser.new_page()
    requests: list[str] = []
    responses: dict[str, tuple[int, bytes | None]] = {}

    def on_response(response) -> None:
        body = None
        if response.request.resource_type == "image" and response.status == 200:
            try:
                body = response.body()
            except Exception:  # a body still streaming when the page closes
                body = None
        responses[response.url] = (response.status, body)

    page.on("request", lambda request: requests.append(request.url))
    page.on("response", on_response)
    try:
        page.goto(f"{base}/{timestamp}/{article_url}", wait_until="domcontentloaded")
        page.wait_for_function(SETTLED_JS, arg=pending, timeout=15_000)
        images = page.evaluate(IMAGES_JS)
    finally:
        page.close()
    for image in images:
        for key in ("src", "dataSrc"):
            if image[key]:
                image[key] = urljoin(article_url, image[key])
    return Replay(images, requests, responses)


def archived_url(base: str, current: str) -> str | None:
    """The original URL a pywb image address (`BASE/<ts>im_/<url>`) replays."""
    match = re.match(re.escape(base) + r"/\d+im_/(.+)$", current)
    return match.group(1) if match else None


@pytest.fixture(scope="module")
def browser():
    require_browser()
    with chromium_browser() as chromium:
        yield chromium


def timestamp_of(archived: Archived, url: str) -> str:
    return next(ts for _, ts, fields in archived.cdxj if fields["url"] == url)


def test_pywb_replays_the_articles_with_their_photos_from_the_archive(archived, browser, tmp_path):
    require_wayback()
    media_rows = archived.media_rows()
    live = {urlsplit(archived.site).netloc, urlsplit(archived.media).netloc}
    root = make_collection(tmp_path, archived.crawl.archive_dir, config="framed_replay: false\n")
    cut, gone = f"{archived.site}/uploads/big.jpg", f"{archived.site}/uploads/gone.jpg"
    lazy_photo = f"{archived.media}/upload/photo-a.jpg"
    counts = {"referenced": 0, "served": 0, "revisits": 0}
    with running_pywb(root, avoid=archived.ports) as base:
        origin = base.rsplit("/", 1)[0]
        for article_id, article_url in archived.articles.items():
            timestamp = timestamp_of(archived, article_url)
            pending = ["/uploads/big.jpg", cut] if article_id == BROKEN else []
            shown = replay(browser, base, article_url, timestamp, pending)
            # Nothing went to the live site or its media host: every request was pywb's.
            assert not [u for u in shown.requests if urlsplit(u).netloc in live]
            assert all(u.startswith((origin, "data:", "about:")) for u in shown.requests)
            for url in archived.captions(article_id):
                counts["referenced"] += 1
                elements = [i for i in shown.images if url in (i["dataSrc"], i["src"])]
                assert len(elements) == 1, (url, shown.images)
                element = elements[0]
                if url == lazy_photo and element["dataSrc"] == url:
                    # The site's lazy loader is not archived: the element keeps its
                    # placeholder, which is chrome and never archived (see the shim test).
                    assert archived_url(base, element["current"]).endswith("placeholder.png")
                    assert element["width"] == 0
                    continue
                replayed = f"{base}/{timestamp}im_/{url}"
                status, body = shown.responses[replayed]
                if url == gone:
                    assert status == 404 and element["width"] == 0  # the archived 404
                    continue
                if url == cut:
                    assert status == 200  # the kept bytes; see the README on pywb
                    continue
                row = media_rows[url]
                assert archived_url(base, element["current"]) == url
                assert element["complete"]
                assert (element["width"], element["height"]) == (row["width"], row["height"])
                assert status == 200
                assert body is not None and payload_digest(body) == row["payload_digest"]
                counts["served"] += 1
                counts["revisits"] += row["warc_type"] == "revisit"
    print(f"replayed photos: {counts}")
    # photo B, photo A (shared), copy of A, the legacy photo; lazy, cut and 404 apart.
    assert counts == {"referenced": 7, "served": 4, "revisits": 1}


def test_lazy_photos_replay_with_the_collection_shim(archived, browser, tmp_path):
    require_wayback()
    root = make_collection(
        tmp_path,
        archived.crawl.archive_dir,
        config="framed_replay: false\n",
        templates={"custom_banner.html": LAZY_SHIM.read_text()},
    )
    lazy_photo = f"{archived.media}/upload/photo-a.jpg"
    row = archived.media_rows()[lazy_photo]
    with running_pywb(root, avoid=archived.ports) as base:
        url = archived.articles[LAZY]
        timestamp = timestamp_of(archived, url)
        shown = replay(browser, base, url, timestamp, [])
    [element] = [i for i in shown.images if i["dataSrc"] == lazy_photo]
    assert archived_url(base, element["current"]) == lazy_photo
    assert (element["width"], element["height"]) == (row["width"], row["height"])
    statuses = {archived_url(base, u): s for u, (s, _) in shown.responses.items()}
    assert statuses[lazy_photo] == 200
    live = {urlsplit(archived.site).netloc, urlsplit(archived.media).netloc}
    assert not [u for u in shown.requests if urlsplit(u).netloc in live]


# --- lso wacz ----------------------------------------------------------------------------------


def test_lso_wacz_packages_the_photos_and_lists_only_articles(archived, tmp_path):
    output = tmp_path / "photos.wacz"
    done = subprocess.run(
        [
            LSO,
            "wacz",
            str(output),
            "--archive",
            str(archived.crawl.archive_dir),
            "--db",
            str(archived.crawl.db_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    validated = subprocess.run(
        [WACZ, "validate", "-f", str(output)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    with zipfile.ZipFile(output) as wacz:
        index = [
            json.loads(line.split(" ", 2)[2])
            for line in gzip.decompress(wacz.read("indexes/index.cdx.gz")).decode().splitlines()
        ]
        pages = [json.loads(line) for line in wacz.read("pages/pages.jsonl").splitlines()[1:]]
        by_url = {entry["url"]: entry for entry in index}
        photos = archived.media_rows()
        for url, row in photos.items():
            entry = by_url[url]
            assert entry["digest"] == row["payload_digest"]
            assert entry["mime"] == (
                "warc/revisit" if row["warc_type"] == "revisit" else row["content_type"]
            )
        # Read photo B back out of the WACZ by its index entry alone.
        entry = by_url[f"{archived.media}/upload/photo-b.png"]
        with wacz.open(f"archive/{entry['filename']}") as stored:
            stored.seek(int(entry["offset"]))
            member = stored.read(int(entry["length"]))
    records = [
        (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
        for r in ArchiveIterator(io.BytesIO(member))
    ]
    assert records == [("response", entry["url"], PHOTO_B)]
    # The page list holds the articles, never their photos.
    listed = {page["url"] for page in pages}
    assert listed == set(archived.articles.values())
    assert not listed & set(photos)
