"""Whether a parsed article is a new version of what is stored (pure: no database).

`decide` compares normalised content only (see `changes.classify`): an article whose fields
are unchanged is a sighting, not a version, whatever the bytes of the page did.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from lso_crawler.versions.changes import Change, classify, implausible
from lso_crawler.versions.diff import ArticleDiff, diff_articles

DecisionKind = Literal["new", "changed", "unchanged", "implausible"]


@dataclass(frozen=True)
class VersionDecision:
    """What to store for one parse of an article."""

    kind: DecisionKind
    change: Change | None = None
    diff: ArticleDiff | None = None  # from the current version, for `changed`
    reason: str | None = None  # for `implausible`: no-title, no-body, body-shrank: ...

    @property
    def reason_key(self) -> str:
        """The stable part of the reason, before any colon (for stats)."""
        return (self.reason or "").split(":", 1)[0]


def decide(current: Mapping[str, Any] | None, new: Mapping[str, Any]) -> VersionDecision:
    """Judge `new` (an `Article.content()`) against the `current` stored content, or None."""
    if reason := implausible(current, new):
        return VersionDecision("implausible", reason=reason)
    if current is None:
        return VersionDecision("new", classify(None, new))
    diff = diff_articles(current, new)
    change = classify(current, new, diff)
    if change.kind is None:
        return VersionDecision("unchanged")
    return VersionDecision("changed", change, diff)
