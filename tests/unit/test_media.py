"""The pure image logic: pixel sizes from header bytes, and what counts as a changed photo."""

from __future__ import annotations

import struct

import pytest

from lso_crawler.media import (
    ImageFacts,
    caption_images,
    image_size,
    images_changed,
    is_image_type,
    is_reencode,
    with_digest,
)
from tests.site.assets import _GIF
from tests.site.images import jpeg, png


@pytest.mark.parametrize(("width", "height"), [(1, 1), (64, 48), (1023, 7), (4000, 3000)])
def test_jpeg_and_png_sizes(width: int, height: int) -> None:
    assert image_size(jpeg(width, height, "x")) == (width, height)
    assert image_size(png(width, min(height, 50))) == (width, min(height, 50))


def test_gif_and_webp_sizes() -> None:
    assert image_size(_GIF) == (1, 1)
    vp8x = b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x0a\x00\x00\x00" + b"\x00" * 4
    vp8x += (639).to_bytes(3, "little") + (479).to_bytes(3, "little")
    assert image_size(vp8x) == (640, 480)
    bits = (300 - 1) | ((200 - 1) << 14)
    vp8l = b"RIFF\x00\x00\x00\x00WEBPVP8L" + b"\x00" * 4 + b"\x2f" + struct.pack("<I", bits)
    assert image_size(vp8l) == (300, 200)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xd8",
        b"\xff\xd8\xff\xe0\x00",
        jpeg(10, 10)[:30],
        b"\x89PNG\r\n\x1a\n",
        b"GIF89a",
        b"not an image",
        b"\xff\xd8" + b"\xff\x01" * 200_000,
        b"\xff\xd8\xff\xe0\x00\x00" * 3,
    ],
)
def test_hostile_or_cut_headers_give_none(data: bytes) -> None:
    assert image_size(data) is None


def test_zero_sizes_are_not_sizes() -> None:
    assert image_size(png(1, 1).replace(struct.pack(">II", 1, 1), struct.pack(">II", 0, 1))) is None


def test_content_types_and_caption_images() -> None:
    assert is_image_type("image/jpeg; charset=binary") and is_image_type("IMAGE/PNG")
    assert not is_image_type("text/html") and not is_image_type(None)
    captions = [{"image_url": "a", "text": "x"}, {"image_url": "", "text": "y"}, "junk"]
    assert caption_images(captions) == ["a"]


A = ImageFacts("u/a.jpg", 10_000, 800, 600)


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        (ImageFacts("u/a.jpg", 12_500, 800, 600), True),  # +25 %
        (ImageFacts("u/a.jpg", 7_000, 800, 600), True),  # -30 %
        (ImageFacts("u/a.jpg", 13_500, 800, 600), False),  # +35 %
        (ImageFacts("u/a.jpg", 10_000, 801, 600), False),  # other dimensions
        (ImageFacts("u/b.jpg", 10_000, 800, 600), False),  # another URL: another photo
        (ImageFacts("u/a.jpg", 10_000, None, None), False),  # dimensions unknown
        (None, False),
    ],
)
def test_reencode_rule(new: ImageFacts | None, expected: bool) -> None:
    assert is_reencode(A, new) is expected


def test_images_changed() -> None:
    facts = {
        "d1": A,
        "d2": ImageFacts("u/a.jpg", 10_500, 800, 600),  # a re-encode of d1
        "d3": ImageFacts("u/a.jpg", 40_000, 1600, 1200),  # a new photo at the same URL
    }
    one = [{"image_url": "u/a.jpg", "text": "c", "digest": "d1"}]
    assert not images_changed(one, one, facts)
    assert not images_changed(one, [{**one[0], "digest": "d2"}], facts)
    assert images_changed(one, [{**one[0], "digest": "d3"}], facts)
    assert images_changed(one, [*one, {"image_url": "u/b.jpg", "text": None}], facts)  # added
    assert images_changed(one, [], facts)  # removed
    assert not images_changed(one, [{"image_url": "u/a.jpg", "text": "c"}], facts)  # not yet known


def test_with_digest_fills_missing_or_overwrites() -> None:
    captions = [{"image_url": "a", "digest": "old"}, {"image_url": "a"}, {"image_url": "b"}]
    assert with_digest(captions, "a", "new", overwrite=False) == [
        {"image_url": "a", "digest": "old"},
        {"image_url": "a", "digest": "new"},
        {"image_url": "b"},
    ]
    assert [c.get("digest") for c in with_digest(captions, "a", "new", overwrite=True)] == [
        "new",
        "new",
        None,
    ]


def test_a_reencode_is_judged_at_the_url_the_caption_shows() -> None:
    # d1 was first archived under another URL (the same photo reused); the caption shows
    # u/copy.jpg, whose bytes were re-encoded: not a change.
    facts = {
        "d1": ImageFacts("u/first-url.jpg", 10_000, 800, 600),
        "d2": ImageFacts("u/copy.jpg", 10_400, 800, 600),
    }
    before = [{"image_url": "u/copy.jpg", "text": "c", "digest": "d1"}]
    assert not images_changed(before, [{**before[0], "digest": "d2"}], facts)
    # Another URL at the same position is another photo, even with the same pixels' size.
    moved = [{"image_url": "u/other.jpg", "text": "c", "digest": "d2"}]
    assert images_changed(before, moved, facts)
