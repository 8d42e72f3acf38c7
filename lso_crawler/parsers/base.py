"""The Article record and the parser interface every site generation implements."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from hashlib import sha256
from typing import Any, ClassVar

# Fields that make up an article's content; a version changes when one of these does.
CONTENT_FIELDS = (
    "title",
    "dateline",
    "dateline_date",
    "published_at",
    "lead",
    "body",
    "captions",
    "byline",
    "authors",
    "category",
    "tags",
)


@dataclass(frozen=True)
class Caption:
    """One image in the article, with its caption text if it has one."""

    image_url: str
    text: str | None


@dataclass(frozen=True)
class Article:
    """A parsed article. Text fields are NFC, whitespace-collapsed and trimmed."""

    article_id: int
    url: str
    title: str
    body: str
    parser: str
    dateline: str | None = None
    dateline_date: str | None = None  # ISO YYYY-MM-DD
    published_at: str | None = None  # ISO 8601 with +07:00
    lead: str | None = None
    captions: tuple[Caption, ...] = field(default_factory=tuple)
    byline: str | None = None
    authors: tuple[str, ...] = field(default_factory=tuple)
    category: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    # How the fields were found, JSON-ready; not content (no version changes with it), e.g.
    # {"missing": ["byline"], "fallback": ["captions"], "dateline_date_from": "upload-path"}.
    parse_notes: dict[str, Any] = field(default_factory=dict, hash=False)

    def content(self) -> dict:
        """The content fields as plain JSON-ready values."""
        data = asdict(self)
        out = {name: data[name] for name in CONTENT_FIELDS}
        out["captions"] = [dict(c) for c in out["captions"]]
        out["authors"] = list(out["authors"])
        out["tags"] = list(out["tags"])
        return out

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON of the content fields."""
        return hash_content(self.content())


def hash_content(content: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of an `Article.content()` dict."""
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return sha256(canonical.encode("utf-8")).hexdigest()


class ParseError(ValueError):
    """The page is not an article, or its required fields (title, body) cannot be found."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        # Short machine key: "not-article", "not-html", "too-large", "no-title", "no-body",
        # "removed" (a 200 page saying the article is gone, or an empty template),
        # "parser-error" (an unexpected failure, recorded rather than raised).
        self.reason = reason
        self.detail = detail


class ArticleParser:
    """One site generation's extraction rules. Subclasses set NAME and implement the fields.

    NAME is stored in `Article.parser`. GENERATION groups the versions that share page
    markers (a later fix of a generation is a subclass overriding one constant).
    VALID_UNTIL is the last capture day (Vietnam time) a version applies to, None for the
    newest; the registry refuses two versions of a generation with the same VALID_UNTIL.
    SITE_SPECIFIC is False for the general reader, which never wins a tie.
    """

    NAME: ClassVar[str]
    GENERATION: ClassVar[str]
    VALID_UNTIL: ClassVar[date | None] = None
    SITE_SPECIFIC: ClassVar[bool] = True
    # Where each field comes from, for `lso parse`; a parse note `<field>_from` overrides.
    FIELD_SOURCES: ClassVar[dict[str, str]] = {}

    @classmethod
    def matches(cls, page: object, url: str, captured_at: datetime) -> float:
        """Return how strongly this parser recognises the page (0 = not at all)."""
        raise NotImplementedError

    def parse(self, page: object, url: str, captured_at: datetime) -> Article:
        """Return the Article or raise ParseError."""
        raise NotImplementedError
