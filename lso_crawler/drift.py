"""Layout drift: has parsing got markedly worse than in the recent runs? (pure: no Scrapy, no SQL)

A redesign of the site does not make the crawl fail: pages still answer 200, the general
reader stands in for the site parsers, and fields quietly go missing. This module compares
one run's parser figures with the trailing baseline of recent runs and names what jumped.

Input is what `runs.parser_stats` stores per run (see `lso_crawler.runs.parser_stats`):
``{parser: {"articles": n, "missing": {field: share}}}``. Two signals are watched:

- ``fallback``: the share of the run's articles read by a general reader (``generic_v1``)
  rather than a site parser. Every site parser failing its markers or its plausibility
  check on a new template moves this share towards 1.
- ``missing/<field>``: the share of articles with that field missing, for each parser and
  for all parsers together (a selector that broke inside a site parser that still matches).

A signal alerts when all of these hold:

1. this run read at least MIN_ARTICLES articles in the group (a parser, or all of them);
2. at least one of the last BASELINE_RUNS finished runs read MIN_ARTICLES there too; the
   baseline is the mean of those runs' shares (a mean of runs, not a pooled share, so one
   large backfill does not become the whole baseline);
3. the share rose by at least MIN_JUMP, and to at least MIN_RATIO times the baseline.

Why these numbers: a daily incremental run reads a few dozen articles. With 10 articles a
jump of 0.3 means at least 3 pages went wrong at once; if each page independently goes
wrong with p = 0.05 (odd pages, a missing byline), that happens by chance about 1 run in 100
(binomial P(X >= 3 | n=10, p=0.05) = 0.012), and at p = 0.10 reaching 0.4 is as rare. A real
template switch moves the share by 0.5 to 1.0. The ratio keeps a field that is often missing
anyway (baseline 0.5 and over) from alerting on ordinary swings: such a field says little
about the parser. Runs with fewer articles neither alert nor count towards the baseline.

A run that read fewer than MIN_ARTICLES articles in all is not judged at all (`judged`), so
a run against an unreachable site neither raises nor ends an alert.

The alert lasts while the drift does: the baseline includes the drifted runs, so a lasting
change stops alerting once it is the norm of the window, after about BASELINE_RUNS / 2 runs
(when the baseline reaches half the new share). Fixing the parser ends it at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from itertools import islice
from typing import Any

# Parsers that read any page without knowing the site: a page they read is a page no site
# parser could. `tests/unit/test_drift.py` checks this against the parser registry.
GENERAL_READERS = frozenset({"generic_v1"})
BASELINE_RUNS = 10  # the trailing window of finished runs
MIN_ARTICLES = 10  # articles a run must read in a group to alert or to be part of a baseline
MIN_JUMP = 0.3  # absolute rise of a share over the baseline
MIN_RATIO = 2.0  # and the share at least this multiple of the baseline

ALL_PARSERS = "*"  # the group of all of a run's articles
FALLBACK = "fallback"

# One run's figures: {group: (articles, {signal: share})}.
Figures = dict[str, tuple[int, dict[str, float]]]


@dataclass(frozen=True)
class DriftAlert:
    """One signal that jumped: which parser, which field (None: the fallback share), figures."""

    parser: str
    field: str | None
    share: float
    baseline: float
    articles: int
    baseline_runs: int

    def message(self) -> str:
        """One line for the log, the summary and `lso status`."""
        runs = f"{self.baseline_runs} run" + ("s" if self.baseline_runs != 1 else "")
        baseline = f"baseline {self.baseline:.0%} over {runs}"
        figures = f"{self.share:.0%} of {self.articles} articles ({baseline})"
        if self.field is None:
            return f"the general reader {self.parser} read {figures}"
        return f"{self.field} missing in {figures}, parser {self.parser}"

    def as_dict(self) -> dict[str, Any]:
        """The alert as stored in `runs.drift`."""
        return asdict(self)


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _parsers(parser_stats: Any) -> dict[str, tuple[int, dict[str, float]]]:
    """{parser: (articles, {field: missing share})}, ignoring anything malformed."""
    if not isinstance(parser_stats, Mapping):
        return {}
    out = {}
    for name, entry in parser_stats.items():
        if not isinstance(entry, Mapping):
            continue
        articles = int(_number(entry.get("articles")))
        missing = entry.get("missing")
        shares = (
            {str(f): min(1.0, _number(s)) for f, s in missing.items()}
            if isinstance(missing, Mapping)
            else {}
        )
        if articles > 0:
            out[str(name)] = (articles, shares)
    return out


def figures(parser_stats: Any) -> Figures:
    """Each group's article count and signal shares, from one run's `parser_stats`."""
    parsers = _parsers(parser_stats)
    total = sum(articles for articles, _ in parsers.values())
    out: Figures = {
        name: (articles, {f"missing/{f}": s for f, s in shares.items()})
        for name, (articles, shares) in parsers.items()
    }
    if total == 0:
        return out
    pooled: dict[str, float] = {}
    for articles, shares in parsers.values():
        for field, share in shares.items():
            pooled[field] = pooled.get(field, 0.0) + share * articles
    general = sum(a for name, (a, _) in parsers.items() if name in GENERAL_READERS)
    signals = {f"missing/{f}": count / total for f, count in pooled.items()}
    signals[FALLBACK] = general / total
    out[ALL_PARSERS] = (total, signals)
    return out


def _top_parser(parsers: Mapping[str, tuple[int, dict[str, float]]], field: str | None) -> str:
    """The parser that read most of the pages behind a pooled signal."""

    def weight(name: str) -> float:
        articles, shares = parsers[name]
        if field is None:
            return articles if name in GENERAL_READERS else -1
        return shares.get(field, 0.0) * articles

    return max(sorted(parsers), key=weight)


def judged(parser_stats: Any) -> bool:
    """Whether a run read enough articles for its drift to be judged at all."""
    return sum(articles for articles, _ in _parsers(parser_stats).values()) >= MIN_ARTICLES


def detect_drift(current: Any, previous: Iterable[Any]) -> list[DriftAlert]:
    """The alerts of a run, given its `parser_stats` and those of the runs before it."""
    now = figures(current)
    history = [figures(stats) for stats in islice(previous, BASELINE_RUNS)]
    alerts: dict[tuple[str, str], DriftAlert] = {}
    for group, (articles, signals) in now.items():
        if articles < MIN_ARTICLES:
            continue
        for signal, share in signals.items():
            base = [
                past[group][1].get(signal, 0.0)
                for past in history
                if group in past and past[group][0] >= MIN_ARTICLES
            ]
            if not base:
                continue
            baseline = sum(base) / len(base)
            if share - baseline < MIN_JUMP or share < MIN_RATIO * baseline:
                continue
            field = None if signal == FALLBACK else signal.removeprefix("missing/")
            parser = group
            if group == ALL_PARSERS:
                parser = _top_parser(_parsers(current), field)
            alert = DriftAlert(
                parser, field, round(share, 3), round(baseline, 3), articles, len(base)
            )
            alerts[(group, signal)] = alert
    # A field that jumped within one parser is reported there, not again for all parsers.
    named = {signal for group, signal in alerts if group != ALL_PARSERS}
    return [
        alert
        for (group, signal), alert in sorted(alerts.items())
        if group != ALL_PARSERS or signal not in named
    ]


def to_json(alerts: Sequence[DriftAlert]) -> str:
    """The alerts as `runs.drift` stores them: a JSON list (``[]``: the run was checked)."""
    return json.dumps([alert.as_dict() for alert in alerts], ensure_ascii=False, sort_keys=True)


def from_json(value: Any) -> list[DriftAlert]:
    """The alerts stored in a `runs.drift` value; [] for NULL or anything malformed."""
    try:
        decoded = json.loads(value) if isinstance(value, str | bytes) else value
    except ValueError:
        return []
    if not isinstance(decoded, list):
        return []
    alerts = []
    for item in decoded:
        if not isinstance(item, Mapping):
            continue
        try:
            alerts.append(
                DriftAlert(
                    parser=str(item["parser"]),
                    field=None if item.get("field") is None else str(item["field"]),
                    share=_number(item.get("share")),
                    baseline=_number(item.get("baseline")),
                    articles=int(_number(item.get("articles"))),
                    baseline_runs=int(_number(item.get("baseline_runs"))),
                )
            )
        except KeyError:
            continue
    return alerts


def drift_line(alerts: Sequence[DriftAlert]) -> str | None:
    """`layout drift: ...` naming every alert, or None when there is none."""
    if not alerts:
        return None
    return "layout drift: " + "; ".join(alert.message() for alert in alerts)
