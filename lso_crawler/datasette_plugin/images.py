"""The history page's images: a version's caption images, and the old and new image side by
side where a version changed them.

Images pair by position among the captions that have an image, as
`lso_crawler.media.images_changed` pairs them to decide `images` in changed_fields; an image
added or removed has no partner. Each image's `src` is the archive's own image route, and
only when an archived response holds its bytes: a caption whose image was never fetched
shows "not archived", never a link or an <img> to the live site.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from lso_crawler.datasette_plugin.media import DIGEST, media_path
from lso_crawler.store.media_views import archived_images


@dataclass(frozen=True)
class Shown:
    """One caption image as the page shows it."""

    image_url: str
    text: str | None
    digest: str | None
    src: str | None = None  # the image route's path, when the bytes are archived
    width: int | None = None
    height: int | None = None
    size: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The image as data (the history's .json)."""
        return {
            "image_url": self.image_url,
            "text": self.text,
            "digest": self.digest,
            "src": self.src,
            "width": self.width,
            "height": self.height,
            "size": self.size,
        }


Pair = tuple[Shown | None, Shown | None]


def caption_images(stored: Any) -> list[Shown]:
    """The captions with an image, in order, from a `versions.captions` JSON value (anything
    that is not a list of objects reads as none)."""
    try:
        captions = json.loads(stored) if isinstance(stored, str) and stored else []
    except ValueError:
        return []
    if not isinstance(captions, list):
        return []
    shown = []
    for caption in captions:
        if not isinstance(caption, dict) or not caption.get("image_url"):
            continue
        text, digest = caption.get("text"), caption.get("digest")
        shown.append(
            Shown(
                image_url=str(caption["image_url"]),
                text=None if text is None else str(text),
                digest=digest if isinstance(digest, str) and DIGEST.fullmatch(digest) else None,
            )
        )
    return shown


def with_facts(
    images: list[Shown], facts: dict[str, dict[str, Any]], link: Callable[[str], str]
) -> list[Shown]:
    """The images with their route (`link` of its path) and `media` facts, where archived."""
    out = []
    for image in images:
        known = facts.get(image.digest or "")
        if known is None:
            out.append(image)
            continue
        out.append(
            Shown(
                image.image_url,
                image.text,
                image.digest,
                src=link(media_path(image.digest or "")),
                width=_int(known.get("width")),
                height=_int(known.get("height")),
                size=_int(known.get("size")),
            )
        )
    return out


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and value > 0 else None


def _same(old: Shown, new: Shown) -> bool:
    if old.digest and new.digest:
        return old.digest == new.digest
    return old.image_url == new.image_url


def changed_pairs(before: list[Shown], after: list[Shown]) -> tuple[list[Pair], int]:
    """The positions showing another image (old, new; None where one was added or removed),
    and how many positions show the same image."""
    pairs: list[Pair] = []
    same = 0
    for old, new in zip_longest(before, after):
        if old is not None and new is not None and _same(old, new):
            same += 1
        else:
            pairs.append((old, new))
    return pairs, same


def facts_for(conn: sqlite3.Connection, versions: Iterable[list[Shown]]) -> dict[str, Any]:
    """`media` facts of every digest the versions show (one query per 500 digests)."""
    return archived_images(conn, (i.digest for images in versions for i in images if i.digest))
