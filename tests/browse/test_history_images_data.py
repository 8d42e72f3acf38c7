"""The history page's image data from stored captions, whatever they hold."""

from __future__ import annotations

import json

from lso_crawler.datasette_plugin.images import Shown, caption_images, changed_pairs
from lso_crawler.datasette_plugin.media import raster_type
from lso_crawler.warc import payload_digest
from tests.site.images import jpeg, png

A, B, C = (payload_digest(x) for x in (b"a", b"b", b"c"))


def shown(url: str, digest: str | None = None) -> Shown:
    return Shown(url, None, digest)


def test_caption_images_keep_only_captions_with_an_image():
    stored = json.dumps(
        [
            {"image_url": "https://m/a.jpg", "text": "<b>A</b>", "digest": A},
            {"text": "no image"},
            "not an object",
            {"image_url": "https://m/b.jpg", "text": 5, "digest": "sha1:'; drop table media"},
        ]
    )
    assert caption_images(stored) == [
        Shown("https://m/a.jpg", "<b>A</b>", A),
        Shown("https://m/b.jpg", "5", None),  # a digest of another shape is no digest
    ]
    for broken in (None, "", "{", "{}", "[1, 2]", json.dumps({"image_url": "x"}), 7):
        assert caption_images(broken) == []


def test_pairs_by_position_added_and_removed_alone():
    before = [shown("u1", A), shown("u2", B)]
    after = [shown("u1", A), shown("u2", C), shown("u3", A)]
    pairs, same = changed_pairs(before, after)
    assert pairs == [(before[1], after[1]), (None, after[2])]
    assert same == 1
    pairs, same = changed_pairs(after, before)
    assert pairs == [(after[1], before[1]), (after[2], None)] and same == 1


def test_an_image_not_fetched_yet_is_the_same_when_its_url_is():
    assert changed_pairs([shown("u1")], [shown("u1", A)]) == ([], 1)
    assert changed_pairs([shown("u1")], [shown("u2", A)])[0] == [(shown("u1"), shown("u2", A))]


def test_raster_types_by_magic_only():
    assert raster_type(jpeg(8, 8)) == "image/jpeg"
    assert raster_type(png(8, 8, (1, 2, 3))) == "image/png"
    assert raster_type(b"GIF89a\x01\x00\x01\x00") == "image/gif"
    assert raster_type(b"RIFF\x10\x00\x00\x00WEBPVP8 ") == "image/webp"
    for other in (b"<svg xmlns=...>", b"<!DOCTYPE html>", b"BM\x00\x00", b"", b"\xff\xd8"):
        assert raster_type(other) is None
