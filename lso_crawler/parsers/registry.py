"""The registered parser versions and how one is chosen for a page."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

from lxml.html import HtmlElement

from lso_crawler.parsers.base import ArticleParser
from lso_crawler.parsers.dates import vietnam_day

ParserClass = type[ArticleParser]


@dataclass(frozen=True)
class Selection:
    """The version chosen for a page, every generation's marker score, and why."""

    parser: ParserClass
    scores: dict[str, float]  # by the NAME of the version asked in each generation
    reason: str


class ParserRegistry:
    """Parser versions grouped by generation, each generation in chronological order
    (by VALID_UNTIL, None = newest).

    For a page, each generation's version valid on the capture day (Vietnam time) scores
    the page with its own `matches`; the best score chooses the generation, and the capture
    day breaks a tie between site generations. A generation whose SITE_SPECIFIC is False
    (the general reader) never wins a tie against a site generation. Two versions of one
    generation with the same VALID_UNTIL, or two versions with the same NAME, make the
    registry refuse to build.
    """

    def __init__(self, versions: Iterable[ParserClass]) -> None:
        self.versions: tuple[ParserClass, ...] = tuple(sorted(versions, key=_chronological))
        if not self.versions:
            raise ValueError("a parser registry needs at least one version")
        self._generations: dict[str, list[ParserClass]] = {}
        for version in self.versions:
            self._generations.setdefault(version.GENERATION, []).append(version)
        for versions_of_one in self._generations.values():
            _refuse_same_day(versions_of_one)
        _refuse_same_name(self.versions)

    def __iter__(self) -> Iterator[ParserClass]:
        return iter(self.versions)

    def __len__(self) -> int:
        return len(self.versions)

    def names(self) -> tuple[str, ...]:
        """Return every version's NAME, oldest first."""
        return tuple(version.NAME for version in self.versions)

    def select(self, doc: HtmlElement, url: str, captured_at: datetime) -> ParserClass:
        """Return the version that should parse this page."""
        return self.explain(doc, url, captured_at).parser

    def explain(self, doc: HtmlElement, url: str, captured_at: datetime) -> Selection:
        """Return the chosen version with the marker scores and the reason for the choice."""
        day = vietnam_day(captured_at)
        asked = {generation: self._version_of(generation, day) for generation in self._generations}
        scores = {
            version.NAME: float(version.matches(doc, url, captured_at))
            for version in asked.values()
        }
        by_generation = {generation: scores[version.NAME] for generation, version in asked.items()}
        best = max(by_generation.values())
        candidates = [g for g, score in by_generation.items() if score == best]
        if len(candidates) == 1:
            chosen = asked[candidates[0]]
            return Selection(chosen, scores, f"highest marker score {best:g}")
        site = [g for g in candidates if asked[g].SITE_SPECIFIC] or candidates
        by_date = self.valid_on(day)
        if by_date.GENERATION in site:
            chosen = asked[by_date.GENERATION]
            return Selection(chosen, scores, f"tie at {best:g}, broken by the capture day {day}")
        return Selection(asked[site[0]], scores, f"tie at {best:g}, first site generation")

    def valid_on(self, day: date) -> ParserClass:
        """Return the first site version still valid on `day` (the newest if all expired)."""
        site = [version for version in self.versions if version.SITE_SPECIFIC] or list(
            self.versions
        )
        for version in site:
            if version.VALID_UNTIL is None or day <= version.VALID_UNTIL:
                return version
        return site[-1]

    def version_named(self, name: str) -> ParserClass:
        """Return the version with this NAME (KeyError if none)."""
        for version in self.versions:
            if name == version.NAME:
                return version
        raise KeyError(name)

    def _version_of(self, generation: str, day: date) -> ParserClass:
        versions = self._generations[generation]
        for version in versions:
            if version.VALID_UNTIL is None or day <= version.VALID_UNTIL:
                return version
        return versions[-1]  # an older generation's page captured after its last day


def _chronological(version: ParserClass) -> tuple[bool, date]:
    return (version.VALID_UNTIL is None, version.VALID_UNTIL or date.max)


def _refuse_same_day(versions: list[ParserClass]) -> None:
    for earlier, later in pairwise(versions):
        if earlier.VALID_UNTIL == later.VALID_UNTIL:
            raise ValueError(
                f"parser versions {earlier.__name__} and {later.__name__} are both valid "
                f"until {earlier.VALID_UNTIL}: give the older one the day before the change"
            )


def _refuse_same_name(versions: tuple[ParserClass, ...]) -> None:
    names = [version.NAME for version in versions]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"parser NAME used by more than one version: {', '.join(repeated)}")
