"""Image requests are as polite as pages: a 429 on a photo pauses the crawl for its
Retry-After, then the photo is fetched and archived; robots.txt of the media host rules."""

from __future__ import annotations

import sqlite3

import pytest

from tests.crawl import run_crawl
from tests.scripted_site import scripted_site
from tests.site import ModelSite, tiny_content
from tests.site.images import jpeg
from tests.site.model import Image

pytestmark = pytest.mark.e2e

PHOTO = jpeg(64, 48, "a photo behind a busy media host")
ALLOW_ALL = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n")


def show_photo(site: ModelSite, url: str) -> int:
    """The site's one article shows `url` under a caption; returns the article id."""
    article = next(iter(site.content.articles.values()))
    texts = [b for b in article.blocks if not isinstance(b, Image)]
    photo = Image(url, "Ảnh minh hoạ", "figure")
    site.content.replace(article.article_id, blocks=(texts[0], photo, *texts[1:]))
    return article.article_id


def test_a_429_on_a_photo_pauses_for_retry_after_then_archives_it(tmp_path):
    def media_host(path: str, seen: int):
        if path == "/robots.txt":
            return ALLOW_ALL
        if path == "/photo.jpg" and seen == 0:
            return 429, {"Retry-After": "2"}, b"slow down"
        if path == "/photo.jpg":
            return 200, {"Content-Type": "image/jpeg"}, PHOTO
        return 404, {}, b""

    with scripted_site(media_host) as media, ModelSite(tiny_content(1)) as site:
        show_photo(site, f"{media.base_url}/photo.jpg")
        result = run_crawl(site.base_url, tmp_path, f"LSO_MEDIA_HOSTS={media.base_url}")
    assert result.returncode == 0, result.log[-3000:]
    asked = [t for path, t in media.hits if path == "/photo.jpg"]
    assert len(asked) == 2, media.paths()
    assert asked[1] - asked[0] >= 2 - 0.1
    assert "answered 429: pausing the crawl" in result.log
    db = sqlite3.connect(result.db_path)
    rows = db.execute("select url, size, width, height from media").fetchall()
    assert rows == [(f"{media.base_url}/photo.jpg", len(PHOTO), 64, 48)]


def test_the_media_host_s_robots_txt_keeps_a_photo_unfetched(tmp_path):
    def media_host(path: str, seen: int):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"
        return 200, {"Content-Type": "image/jpeg"}, PHOTO

    with scripted_site(media_host) as media, ModelSite(tiny_content(1)) as site:
        show_photo(site, f"{media.base_url}/private/photo.jpg")
        result = run_crawl(site.base_url, tmp_path, f"LSO_MEDIA_HOSTS={media.base_url}")
    assert result.returncode == 0, result.log[-3000:]
    assert media.paths() == ["/robots.txt"]
    db = sqlite3.connect(result.db_path)
    assert db.execute("select count(*) from media").fetchone()[0] == 0
