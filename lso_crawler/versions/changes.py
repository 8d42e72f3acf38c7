"""Classify the change between two parses of an article, and reject implausible parses.

Fields are compared in their canonical form (`fields.field_blocks`: NFC, invisible
characters dropped, whitespace and NBSP collapsed), so encoding and spacing never count.

A change is `minor` when every changed field is equal once diacritics, case, punctuation
and spacing are removed (`fields.loose`) AND at most MINOR_MAX_CHARS characters were
added plus removed; otherwise it is `substantive`. Minor changes are still versions:
users filter them out, nothing is discarded.

- Letters and digits are never minor: one letter turns bắt ("arrest") into bắn
  ("shoot") and a digit is a fact (a toll, a sum, a date). Diacritics are minor because
  they are the usual typo fixes (Lang Son → Lạng Sơn), as are commas and quotes.
- MINOR_MAX_CHARS = 20 allows about ten diacritic fixes (each counts one removed and
  one added character) or twenty punctuation marks; beyond that a pass of punctuation
  edits can re-bracket quotations and is worth a reader's look.

`implausible` flags a parse that is more likely a parser failure than an edit (the
"article deleted itself" fake change other systems published): an empty title or body,
or a body that shrank below IMPLAUSIBLE_SHRINK_RATIO of a body longer than
IMPLAUSIBLE_MIN_OLD_BODY characters. Short briefs are exempt because cutting a
300-character brief in half is an ordinary edit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from lso_crawler.parsers.base import CONTENT_FIELDS
from lso_crawler.versions.diff import ArticleDiff, diff_articles
from lso_crawler.versions.fields import field_blocks, field_text, loose

MINOR_MAX_CHARS = 20
IMPLAUSIBLE_MIN_OLD_BODY = 400
IMPLAUSIBLE_SHRINK_RATIO = 0.3

ChangeKind = Literal["initial", "substantive", "minor"]


@dataclass(frozen=True)
class Change:
    """What changed from one version to the next (`kind=None`: nothing did)."""

    kind: ChangeKind | None
    changed_fields: list[str] = field(default_factory=list)
    chars_added: int = 0
    chars_removed: int = 0

    def columns(self) -> dict[str, Any]:
        """The `versions` change columns: changed_fields (JSON, null for v1), kind, counts."""
        return {
            "changed_fields": None
            if self.kind == "initial"
            else json.dumps(self.changed_fields, ensure_ascii=False),
            "change_kind": self.kind,
            "chars_added": self.chars_added,
            "chars_removed": self.chars_removed,
        }


def classify(
    old: Mapping[str, Any] | None, new: Mapping[str, Any], diff: ArticleDiff | None = None
) -> Change:
    """Classify the change from `old` to `new` (`Article.content()` dicts; None: first seen).

    Pass `diff` when the caller has already computed `diff_articles(old, new)`.
    """
    if old is None:
        added = sum(len(field_text(new, name)) for name in CONTENT_FIELDS)
        return Change("initial", [], added, 0)
    if diff is None:
        diff = diff_articles(old, new)
    if not diff.fields:
        return Change(None)
    minor = diff.chars_added + diff.chars_removed <= MINOR_MAX_CHARS and all(
        loose(field_text(old, name)) == loose(field_text(new, name)) for name in diff.changed_fields
    )
    return Change(
        "minor" if minor else "substantive",
        diff.changed_fields,
        diff.chars_added,
        diff.chars_removed,
    )


def implausible(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> str | None:
    """Why `new` looks like a parser failure rather than a version, or None if plausible.

    The reason is "no-title", "no-body" or "body-shrank: <old> → <new> characters"; the
    part before any colon is a stable key (for stats such as lso/parse_error/<key>).
    """
    if not field_blocks(new, "title"):
        return "no-title"
    new_body = len(field_text(new, "body"))
    if not new_body:
        return "no-body"
    old_body = len(field_text(old, "body"))
    if old_body > IMPLAUSIBLE_MIN_OLD_BODY and new_body < IMPLAUSIBLE_SHRINK_RATIO * old_body:
        return f"body-shrank: {old_body} → {new_body} characters"
    return None
