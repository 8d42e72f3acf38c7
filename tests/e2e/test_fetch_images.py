"""`lso fetch-images`: after a crawl that fetched no images, it fetches exactly the caption
images (never the chrome, never a page), resumes across runs and asks nothing twice."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from lso_crawler.runlock import CrawlLock, lock_path_for
from lso_crawler.store.media import unfetched_image_count, unfetched_images
from lso_crawler.warc import payload_digest
from tests.crawl import REPO, CrawlResult, run_crawl
from tests.e2e.test_images import (
    CHROME,
    LEGACY,
    LEGACY_EM_PHOTO,
    MAX_BYTES,
    ODD,
    PHOTO_A,
    PHOTO_B,
    PHOTO_EM,
    REUSED,
    SWAPPED,
    captions,
    serve_photos,
    served,
    warc_records,
)
from tests.site import ModelSite, SiteContent, tiny_content

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))
SITE_IMAGES = [
    "/uploads/2015/12/31/64821.jpg",
    "/uploads/2015/12/31/64822.jpg",
    "/uploads/big.jpg",
    "/uploads/copy-of-a.jpg",
    "/uploads/gone.jpg",
]
MEDIA_IMAGES = ["/upload/photo-a.jpg", "/upload/photo-b.png"]


@dataclass
class Archive:
    """A model site and its media host, crawled once with LSO_IMAGES=none."""

    site: ModelSite
    media: ModelSite
    crawl: CrawlResult
    data: Path

    def command(self, *args: str, delay: float = 0) -> list[str]:
        """`lso fetch-images ARGS` on this archive, at test speed unless `delay`."""
        settings = (
            f"LSO_BASE_URL={self.site.base_url}",
            f"LSO_MEDIA_HOSTS={self.media.base_url}",
            f"LSO_IMAGE_MAX_BYTES={MAX_BYTES}",
            f"DOWNLOAD_DELAY={delay}",
            "DOWNLOAD_DELAY_JITTER=0",
            "AUTOTHROTTLE_ENABLED=False",
            "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        )
        command = [LSO, "fetch-images", *args]
        command += ["--db", str(self.crawl.db_path), "--archive", str(self.crawl.archive_dir)]
        for setting in settings:
            command += ["-s", setting]
        return command

    def env(self) -> dict[str, str]:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("SCRAPY_SETTINGS_MODULE", None)
        return env

    def fetch_images(self, *args: str, delay: float = 0) -> subprocess.CompletedProcess[str]:
        """Run `lso fetch-images ARGS` on this archive (its logs go to the data directory)."""
        return subprocess.run(
            self.command(*args, delay=delay),
            cwd=self.data,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=120,
        )

    def requests(self) -> tuple[list[str], list[str]]:
        """Paths asked of the site and of the media host since the last call."""
        paths = served(self.site), served(self.media)
        self.site.clear_requests()
        self.media.clear_requests()
        return paths

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.crawl.db_path)

    def runs(self) -> list[dict]:
        db = self.db()
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute("select * from runs order by id")]


@pytest.fixture
def archive(tmp_path):
    """A fresh archive of the model site whose crawl requested no image."""
    with ModelSite(tiny_content(4)) as site, ModelSite(SiteContent((), {})) as media:
        yield _archive(site, media, tmp_path)


@pytest.fixture
def archive_behind_robots(tmp_path):
    """As `archive`, but the media host's robots.txt disallows everything."""
    with (
        ModelSite(tiny_content(4)) as site,
        ModelSite(SiteContent((), {}), robots="strict") as media,
    ):
        yield _archive(site, media, tmp_path)


def _archive(site: ModelSite, media: ModelSite, data: Path) -> Archive:
    serve_photos(site, media)
    crawl = run_crawl(site.base_url, data, f"LSO_MEDIA_HOSTS={media.base_url}", "LSO_IMAGES=none")
    assert crawl.returncode == 0, crawl.log[-3000:]
    archive = Archive(site, media, crawl, data)
    site_paths, media_paths = archive.requests()
    # The crawl itself asked for no image at all, and never touched the media host.
    assert not [p for p in site_paths if p.startswith(("/uploads/", "/upload/"))]
    assert not set(CHROME) & set(site_paths)
    assert media_paths == []
    return archive


def images_asked(paths: list[str]) -> list[str]:
    return sorted(p for p in paths if p != "/robots.txt")


def test_fetches_exactly_the_caption_images_once_then_nothing(archive):
    done = archive.fetch_images()
    assert done.returncode == 0, done.stderr[-3000:]
    site_paths, media_paths = archive.requests()
    # Only images (and each host's robots.txt): no home page, listing, feed, sitemap,
    # article or chrome image; each image once.
    assert sorted(site_paths) == sorted(["/robots.txt", *SITE_IMAGES])
    assert sorted(media_paths) == sorted(["/robots.txt", *MEDIA_IMAGES])
    assert done.stdout.startswith("lso: 4 images fetched, 1 revisits, "), done.stdout
    assert done.stdout.rstrip().endswith("(ok)"), done.stdout
    assert "fetching 7 of 7 missing images (4 articles)" in done.stderr

    db = archive.db()
    media, site = archive.media.base_url, archive.site.base_url
    rows = dict(db.execute("select url, payload_digest from media").fetchall())
    digest_a, digest_b = payload_digest(PHOTO_A), payload_digest(PHOTO_B)
    assert rows == {
        f"{media}/upload/photo-a.jpg": digest_a,
        f"{media}/upload/photo-b.png": digest_b,
        f"{site}/uploads/copy-of-a.jpg": digest_a,
        f"{site}/uploads/2015/12/31/64821.jpg": rows[f"{site}/uploads/2015/12/31/64821.jpg"],
        f"{site}{LEGACY_EM_PHOTO}": payload_digest(PHOTO_EM),
    }
    assert [c.get("digest") for c in captions(db, REUSED)] == [digest_a, digest_b]
    assert [c.get("digest") for c in captions(db, SWAPPED)] == [digest_a]
    assert [c.get("digest") for c in captions(db, ODD)] == [digest_a, None, None]
    assert captions(db, LEGACY)[0]["digest"] is not None
    # Digests are filled in on the archived versions: no new version, no change recorded.
    assert db.execute("select max(version) from versions").fetchone()[0] == 1

    # The WARC files hold each photo once; the second URL of photo A is a revisit.
    records = {r["uri"]: r for r in warc_records(archive.crawl) if "/upload" in r["uri"]}
    pair = [records[f"{media}/upload/photo-a.jpg"], records[f"{site}/uploads/copy-of-a.jpg"]]
    assert sorted(r["type"] for r in pair) == ["response", "revisit"]
    assert next(r for r in pair if r["type"] == "response")["body"] == PHOTO_A
    assert records[f"{media}/upload/photo-b.png"]["body"] == PHOTO_B
    assert records[f"{site}/uploads/big.jpg"]["truncated"] == "length"
    assert records[f"{site}/uploads/gone.jpg"]["status"] == "404"

    _crawl_run, image_run = archive.runs()
    assert image_run["outcome"] == "ok"
    assert (image_run["new_articles"], image_run["new_versions"]) == (0, 0)
    stats = json.loads(image_run["stats"])
    assert stats["lso/images/requested"] == 7
    assert stats["lso/images/fetched"] == 4
    assert stats["lso/images/revisits"] == 1
    assert stats["lso/images/cut"] == 1
    # The 404 and the oversize image (cut, archived as such).
    assert json.loads(image_run["errors"]) == {"http_error/404": 1, "download_error/truncated": 1}

    again = archive.fetch_images()
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout == "lso: no missing images to fetch\n"
    assert archive.requests() == ([], [])
    assert len(archive.runs()) == 2  # nothing to do: no crawl, no run row


def test_the_missing_images_page_and_filter_by_capture_time(archive):
    db = archive.db()
    everything = unfetched_images(db)
    assert len(everything) == 8  # photo A is shown by two articles
    assert unfetched_image_count(db) == (7, 4)
    paged, after = [], (0, -1)
    while page := unfetched_images(db, 2, after=after):
        paged += page
        after = page[-1][:2]
    assert paged == everything
    captured = sorted(r[0] for r in db.execute("select captured_at from versions"))
    assert unfetched_images(db, since=captured[0]) == everything
    assert unfetched_images(db, since="2999-01-01T00:00:00+00:00") == []
    assert unfetched_image_count(db, "2999-01-01T00:00:00+00:00") == (0, 0)


def test_since_selects_versions_by_capture_time(archive):
    future = archive.fetch_images("--since", "2999-01-01", "--quiet")
    assert future.returncode == 0, future.stderr
    assert future.stdout.startswith("lso: no missing images to fetch of versions captured since")
    assert future.stderr == ""
    assert archive.requests() == ([], [])

    past = archive.fetch_images("--since", "2000-01-01T07:00:00+07:00", "--quiet")
    assert past.returncode == 0, past.stderr
    assert past.stderr == ""  # --quiet: the summary line only
    assert past.stdout.count("\n") == 1
    site_paths, media_paths = archive.requests()
    assert images_asked(site_paths) == SITE_IMAGES
    assert images_asked(media_paths) == MEDIA_IMAGES


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["--since", "yesterday"], "--since"),
        (["--since", "2024-13-01"], "--since"),
        (["--limit", "0"], "--limit"),
    ],
)
def test_a_bad_option_is_a_one_line_usage_error(tmp_path, args, word):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [LSO, "fetch-images", *args, "--db", str(tmp_path / "lso.db")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and word in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing created


def test_a_limited_run_is_resumed_by_the_next_and_nothing_is_asked_twice(archive):
    asked: list[str] = []
    first = archive.fetch_images("--limit", "2", "--quiet")
    assert first.returncode == 0, first.stderr
    assert first.stdout.rstrip().endswith("; 5 images still missing"), first.stdout
    for paths in archive.requests():
        asked += images_asked(paths)
    assert len(asked) == 2

    second = archive.fetch_images("--limit", "3", "--quiet")
    assert second.returncode == 0, second.stderr
    for paths in archive.requests():
        asked += images_asked(paths)
    assert len(asked) == 5

    # Spaced out, so that its progress lines show how many are still to go.
    last = archive.fetch_images("-s", "LSO_PROGRESS_INTERVAL=0.3", delay=1.0)
    assert last.returncode == 0, last.stderr
    assert "fetching 2 of 2 missing images (2 articles)" in last.stderr
    assert "progress: " in last.stderr and " to go" in last.stderr
    assert " pages (" not in last.stderr  # the crawl's own progress line (articles) is off
    for paths in archive.requests():
        asked += images_asked(paths)
    assert sorted(asked) == sorted(SITE_IMAGES + MEDIA_IMAGES)  # all, and each once

    assert archive.fetch_images().stdout == "lso: no missing images to fetch\n"
    assert archive.requests() == ([], [])
    db = archive.db()
    assert db.execute("select count(*) from media").fetchone()[0] == 5
    assert [r["outcome"] for r in archive.runs()] == ["ok", "ok", "ok", "ok"]


def image_fetches(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("select url from fetches where url like '%/upload%'")}


def test_a_killed_run_loses_nothing_and_the_next_asks_only_the_rest(archive):
    process = subprocess.Popen(
        archive.command("--quiet", delay=1.0),
        cwd=archive.data,
        env=archive.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and not image_fetches(archive.db()):
            time.sleep(0.05)
    finally:
        process.kill()  # no chance to tidy up
        process.wait(timeout=30)
    archived = image_fetches(archive.db())
    assert 0 < len(archived) < 7
    first = [p for paths in archive.requests() for p in images_asked(paths)]

    again = archive.fetch_images("--quiet")
    assert again.returncode == 0, again.stderr
    second = [p for paths in archive.requests() for p in images_asked(paths)]
    # What the killed run archived is kept and not asked again; the rest is fetched once.
    assert not {urlsplit(url).path for url in archived} & set(second)
    assert sorted(set(first) | set(second)) == sorted(SITE_IMAGES + MEDIA_IMAGES)
    assert len(second) == len(set(second))
    assert len(image_fetches(archive.db())) == 7
    outcomes = [r["outcome"] for r in archive.runs()]
    assert outcomes == ["ok", "interrupted", "ok"]


def test_robots_txt_keeps_images_unfetched(archive_behind_robots):
    archive = archive_behind_robots
    done = archive.fetch_images("--quiet")
    assert done.returncode == 0, done.stderr
    site_paths, media_paths = archive.requests()
    assert media_paths == ["/robots.txt"]  # asked, and obeyed
    assert images_asked(site_paths) == SITE_IMAGES
    media = archive.media.base_url
    db = archive.db()
    assert not db.execute("select 1 from media where url like ?", [f"{media}%"]).fetchall()
    stats = json.loads(archive.runs()[-1]["stats"])
    assert stats["robotstxt/forbidden"] == 2


def test_a_held_lock_means_nothing_is_fetched(archive):
    with CrawlLock(lock_path_for(archive.crawl.db_path)) as lock:
        assert lock.acquire()
        done = archive.fetch_images("--quiet")
    assert done.returncode == 75
    assert "another crawl is running" in done.stderr
    assert archive.requests() == ([], [])
    assert len(archive.runs()) == 1
