"""The registered parser versions and how one is chosen for a page."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import pairwise

from lxml.html import HtmlElement

from lso_crawler.parsers.base import ArticleParser
from lso_crawler.parsers.dates import vietnam_day

ParserClass = type[ArticleParser]


class ParserRegistry:
    """Parser versions in chronological order (by VALID_UNTIL, None = newest).

    A page's markers choose the generation; the capture day breaks a tie between
    generations and picks the version inside one. Two versions with the same VALID_UNTIL,
    or the same NAME, make the registry refuse to build.
    """

    def __init__(self, versions: Iterable[ParserClass]) -> None:
        self.versions: tuple[ParserClass, ...] = tuple(sorted(versions, key=_chronological))
        _refuse_duplicates(self.versions)
        self._generations: dict[str, list[ParserClass]] = {}
        for version in self.versions:
            self._generations.setdefault(version.GENERATION, []).append(version)

    def __iter__(self) -> Iterator[ParserClass]:
        return iter(self.versions)

    def __len__(self) -> int:
        return len(self.versions)

    def names(self) -> tuple[str, ...]:
        """Return every version's NAME, oldest first."""
        return tuple(version.NAME for version in self.versions)

    def select(self, doc: HtmlElement, url: str, captured_at: datetime) -> ParserClass:
        """Return the version that should parse this page."""
        day = vietnam_day(captured_at)
        scores = {
            generation: versions[0].matches(doc, url, captured_at)
            for generation, versions in self._generations.items()
        }
        best = max(scores.values())
        candidates = [generation for generation, score in scores.items() if score == best]
        by_date = self.valid_on(day)
        if by_date.GENERATION in candidates:
            return self._version_of(by_date.GENERATION, day)
        return self._version_of(candidates[0], day)

    def valid_on(self, day: date) -> ParserClass:
        """Return the first version still valid on `day` (the newest if all have expired)."""
        for version in self.versions:
            if version.VALID_UNTIL is None or day <= version.VALID_UNTIL:
                return version
        return self.versions[-1]

    def _version_of(self, generation: str, day: date) -> ParserClass:
        versions = self._generations[generation]
        for version in versions:
            if version.VALID_UNTIL is None or day <= version.VALID_UNTIL:
                return version
        return versions[-1]  # an older generation's page captured after its last day


def _chronological(version: ParserClass) -> tuple[bool, date]:
    return (version.VALID_UNTIL is None, version.VALID_UNTIL or date.max)


def _refuse_duplicates(versions: tuple[ParserClass, ...]) -> None:
    if not versions:
        raise ValueError("a parser registry needs at least one version")
    for earlier, later in pairwise(versions):
        if earlier.VALID_UNTIL == later.VALID_UNTIL:
            raise ValueError(
                f"parser versions {earlier.__name__} and {later.__name__} are both valid "
                f"until {earlier.VALID_UNTIL}: give the older one the day before the change"
            )
    names = [version.NAME for version in versions]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"parser NAME used by more than one version: {', '.join(repeated)}")
