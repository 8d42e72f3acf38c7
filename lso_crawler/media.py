"""Article images, as pure logic: which to fetch, their pixel size, whether two differ.

- `caption_images`: the image URLs of a version's captions, in caption order.
- `image_size`: width × height from the first bytes of a JPEG, PNG, GIF or WebP, bounded.
- `images_changed`: whether a version shows other images than the previous one. A photo
  counts as changed when the image at a caption position has another payload digest,
  unless it is a re-encode (`is_reencode`): the same URL, the same width × height and a
  size within ±30 %, which is what a CMS recompressing a thumbnail produces.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

IMAGE_MODES = ("article", "none")
# Dimensions are read from this many first bytes at most (SOF of a JPEG with big EXIF
# blocks may come late; a photo whose header is further in just has no dimensions).
HEADER_BYTES = 256 * 1024
REENCODE_SIZE_TOLERANCE = 0.30


@dataclass(frozen=True)
class ImageFacts:
    """What is known of one stored image (a `media` row)."""

    url: str
    size: int
    width: int | None = None
    height: int | None = None


def is_image_type(content_type: str | None) -> bool:
    """Whether a Content-Type header names an image."""
    return (content_type or "").split(";", 1)[0].strip().lower().startswith("image/")


def caption_images(captions: Iterable[Mapping[str, Any]]) -> list[str]:
    """The image URLs of a version's captions, in order (captions without one skipped)."""
    return [str(c["image_url"]) for c in captions if isinstance(c, Mapping) and c.get("image_url")]


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) read from an image's header bytes, or None when not found."""
    head = data[:HEADER_BYTES]
    try:
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            return _positive(*struct.unpack(">II", head[16:24]))
        if head[:6] in (b"GIF87a", b"GIF89a"):
            return _positive(*struct.unpack("<HH", head[6:10]))
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return _webp(head)
        if head[:2] == b"\xff\xd8":
            return _jpeg(head)
    except struct.error:  # a header cut short
        return None
    return None


def _positive(width: int, height: int) -> tuple[int, int] | None:
    return (width, height) if width > 0 and height > 0 else None


def _webp(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8 " and head[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", head[26:30])
        return _positive(width & 0x3FFF, height & 0x3FFF)
    if kind == b"VP8L" and head[20:21] == b"\x2f":
        bits = int.from_bytes(head[21:25], "little")
        return _positive((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if kind == b"VP8X":
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return _positive(width, height)
    return None


# Start-of-frame markers (baseline, progressive, lossless...), not DHT (C4), JPG (C8), DAC (CC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg(head: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 4 <= len(head):
        if head[position] != 0xFF:
            return None
        marker = head[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            position += 2
            continue
        length = struct.unpack(">H", head[position + 2 : position + 4])[0]
        if marker in _SOF:
            height, width = struct.unpack(">HH", head[position + 5 : position + 9])
            return _positive(width, height)
        if marker == 0xDA or length < 2:  # image data starts: no frame header before it
            return None
        position += 2 + length
    return None


def is_reencode(old: ImageFacts | None, new: ImageFacts | None) -> bool:
    """Same URL, same width × height, size within ±30 %: the same photo, recompressed."""
    if old is None or new is None or old.url != new.url:
        return False
    if (
        old.width is None
        or old.height is None
        or (old.width, old.height)
        != (
            new.width,
            new.height,
        )
    ):
        return False
    return abs(new.size - old.size) <= REENCODE_SIZE_TOLERANCE * max(old.size, 1)


def images_changed(
    previous: Sequence[Mapping[str, Any]],
    current: Sequence[Mapping[str, Any]],
    facts: Mapping[str, ImageFacts],
) -> bool:
    """Whether `current` captions show other images than `previous` (facts keyed by digest).

    Images added or removed count; a position whose digest is not known on both sides yet
    does not (it is judged again when the image arrives).
    """
    before = [c for c in previous if isinstance(c, Mapping) and c.get("image_url")]
    after = [c for c in current if isinstance(c, Mapping) and c.get("image_url")]
    if len(before) != len(after):
        return True
    for old, new in zip(before, after, strict=True):
        old_digest, new_digest = old.get("digest"), new.get("digest")
        if not old_digest or not new_digest or old_digest == new_digest:
            continue
        if not is_reencode(
            _shown_at(facts.get(str(old_digest)), old), _shown_at(facts.get(str(new_digest)), new)
        ):
            return True
    return False


def _shown_at(facts: ImageFacts | None, caption: Mapping[str, Any]) -> ImageFacts | None:
    """The facts of a payload as shown by this caption: one photo may be archived under
    several URLs, and a re-encode is judged at the URL the caption shows."""
    if facts is None:
        return None
    return ImageFacts(str(caption.get("image_url")), facts.size, facts.width, facts.height)


def with_digest(captions: Sequence[Any], url: str, digest: str, overwrite: bool) -> list[Any]:
    """Captions with `digest` set on the entries showing `url` (those lacking one, or all)."""
    out = []
    for caption in captions:
        if (
            isinstance(caption, Mapping)
            and caption.get("image_url") == url
            and (overwrite or not caption.get("digest"))
        ):
            caption = {**caption, "digest": digest}
        out.append(caption)
    return out
