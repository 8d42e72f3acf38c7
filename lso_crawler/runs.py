"""What a crawl run's outcome is, and how to say it in one line (pure: no Scrapy).

The run log extension computes `run_outcome` from Scrapy's close reason and the stats; `lso
crawl` and `lso status` read the recorded run back through `honest_outcome` and
`run_problem`. Exit codes a cron wrapper can act on:

0   the run finished (`ok`, or `partial` with a warning on stderr)
1   the run failed or was interrupted (site unreachable, disk low, database error, SIGTERM)
2   usage error (bad option or setting)
3   `lso status` only: the last run finished, but its parsing drifted from the recent runs
    (layout drift, see `lso_crawler.drift`); `lso crawl` itself exits 0 and says so in its
    summary line
75  another crawl holds the lock (EX_TEMPFAIL); nothing was touched
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lso_crawler.config import UsageError
from lso_crawler.drift import DriftAlert, drift_line, from_json

# A run in which more than this share of requests failed is `partial`, not `ok`.
PARTIAL_ERROR_SHARE = 0.5
_ERROR_PREFIXES = (
    "lso/http_error/",
    "lso/download_error/",
    "lso/parse_error/",
    "lso/storage_error/",
    "lso/sitemap_error/",
    "lso/offsite_refused/",
)


def _prefixed_total(stats: dict, prefix: str) -> int:
    return sum(value for key, value in stats.items() if key.startswith(prefix))


def errors_by_kind(stats: dict) -> dict[str, int]:
    """{'http_error/404': 2, 'download_error/TimeoutError': 1, ...} from the crawl stats."""
    return {
        key.removeprefix("lso/"): value
        for key, value in sorted(stats.items())
        if key.startswith(_ERROR_PREFIXES)
    }


def parser_stats(stats: dict) -> dict[str, dict]:
    """{parser: {"articles": n, "missing": {field: share}}} from the crawl stats."""
    out: dict[str, dict] = {}
    for key, value in stats.items():
        if not key.startswith("lso/parser/"):
            continue
        name, _, rest = key.removeprefix("lso/parser/").partition("/")
        entry = out.setdefault(name, {"articles": 0, "missing": {}})
        if rest == "articles":
            entry["articles"] = value
        elif rest.startswith("missing/"):
            entry["missing"][rest.removeprefix("missing/")] = value
    for entry in out.values():
        articles = entry["articles"] or 1
        entry["missing"] = {
            name: round(count / articles, 3) for name, count in sorted(entry["missing"].items())
        }
    return out


def run_outcome(reason: str, stats: dict) -> str:
    """`ok`, `partial`, `failed` or `interrupted`, from Scrapy's close reason and the stats."""
    if reason == "shutdown":
        return "interrupted"
    if reason != "finished" or stats.get("lso/robots_unavailable"):
        return "failed"  # disk_full, storage_error, or robots.txt could not be read
    if _prefixed_total(stats, "lso/storage_error/"):
        return "failed"  # something fetched could not be stored
    responses = stats.get("downloader/response_count", 0)
    failures = _prefixed_total(stats, "lso/http_error/") + _prefixed_total(
        stats, "lso/download_error/"
    )
    answered = responses - _prefixed_total(stats, "lso/http_error/")
    if answered <= 0:
        return "failed"  # the site never answered usefully: unreachable for the whole run
    if stats.get("robotstxt/forbidden") and responses <= stats.get("robotstxt/response_count", 0):
        return "failed"  # robots.txt answered and forbade everything else
    attempts = responses + _prefixed_total(stats, "lso/download_error/")
    if attempts and failures / attempts > PARTIAL_ERROR_SHARE:
        return "partial"
    return "ok"


EX_OK, EX_FAILED, EX_USAGE, EX_DRIFT, EX_TEMPFAIL = 0, 1, 2, 3, 75

# Exception names (from `lso/download_error/NAME` stats) that mean the host name did not resolve.
_DNS_ERRORS = ("DNSLookupError", "CannotResolveHostError", "gaierror")
_CONNECTION_WORDS = {
    "Refused": "connection refused",
    "Timeout": "timed out",
    "TimedOut": "timed out",
    "NoRoute": "no route to host",
    "ConnectionLost": "connection lost",
    "ResponseNeverReceived": "no response",
    "ConnectionDone": "connection closed",
    "SSL": "TLS handshake failed",
}


def parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    """Turn `-s NAME=VALUE` pairs into a dict."""
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"-s expects NAME=VALUE, got {pair!r}")
        overrides[name.strip()] = value
    return overrides


def json_dict(value: Any) -> dict[str, Any]:
    """A JSON object column as a dict ({} for NULL or anything that is not an object)."""
    if isinstance(value, dict):
        return value
    try:
        decoded = json.loads(value or "{}")
    except (TypeError, ValueError):
        return {}
    return decoded if isinstance(decoded, dict) else {}


def _download_errors(stats: Mapping[str, Any]) -> dict[str, int]:
    """{'CannotResolveHostError': 1, ...}: download exceptions by class name."""
    errors: dict[str, int] = {}
    for key, count in stats.items():
        for prefix in ("lso/download_error/", "downloader/exception_type_count/"):
            if key.startswith(prefix) and isinstance(count, int):
                name = key.removeprefix(prefix).rsplit(".", 1)[-1]
                if name != "IgnoreRequest":  # robots.txt refusals, counted separately
                    errors[name] = max(errors.get(name, 0), count)
    return errors


def _connection_reason(errors: Mapping[str, int]) -> str:
    name = max(errors, key=lambda key: errors[key])
    for word, reason in _CONNECTION_WORDS.items():
        if word in name:
            return reason
    return name


def _robots_refused_everything(stats: Mapping[str, Any]) -> bool:
    """robots.txt answered and forbade every request: no other page was fetched."""
    responses = int(stats.get("downloader/response_count") or 0)
    robots = int(stats.get("robotstxt/response_count") or 0)
    return bool(stats.get("robotstxt/forbidden")) and responses <= robots


def honest_outcome(run: Mapping[str, Any]) -> str:
    """The run's outcome, except that a run robots.txt refused entirely is `failed`.

    `runs.outcome` (runlog.run_outcome) counts the robots.txt response as the site
    answering, so such a run is recorded `ok` although nothing was crawled.
    """
    outcome = str(run.get("outcome") or "failed")
    if outcome in ("ok", "partial") and _robots_refused_everything(json_dict(run.get("stats"))):
        return "failed"
    return outcome


def run_problem(run: Mapping[str, Any]) -> str | None:
    """One line saying why a run did not end `ok` (from its `runs` row), or None."""
    outcome = honest_outcome(run)
    if outcome in ("ok", "running"):
        return None
    reason = run.get("finish_reason")
    if outcome == "interrupted":
        if reason == "killed":
            return "the run was killed before it finished"
        return "the run was interrupted before it finished"
    if reason == "disk_full":
        return "stopped: free disk space fell below LSO_MIN_FREE_MB"
    stats = json_dict(run.get("stats"))
    base = urlsplit(run.get("base_url") or "")
    host, netloc = base.hostname or "the site", base.netloc or "the site"
    responses = int(stats.get("downloader/response_count") or 0)
    errors = _download_errors(stats)
    if responses == 0 and any(name in _DNS_ERRORS for name in errors):
        return f"cannot resolve {host}: check the network and LSO_BASE_URL"
    if responses == 0 and errors:
        return f"site unreachable: {netloc} ({_connection_reason(errors)})"
    if stats.get("lso/robots_unavailable"):
        statuses = sorted(
            key.rsplit("/", 1)[-1]
            for key in stats
            if key.startswith("robotstxt/response_status_count/5")
        )
        answered = f" (HTTP {', '.join(statuses)})" if statuses else ""
        return f"robots.txt of {host} could not be fetched{answered}, so nothing was crawled"
    if outcome == "failed" and _robots_refused_everything(stats):
        return (
            f"robots.txt disallows this crawler ({stats['robotstxt/forbidden']} requests "
            f"blocked on {host})"
        )
    if outcome == "partial":
        return "most requests failed; the run is partial"
    if outcome == "failed" and responses == 0:
        return f"site unreachable: {netloc} never answered"
    return f"the run failed ({reason or 'no reason recorded'})"


@dataclass(frozen=True)
class RunReport:
    """The finished run as the `runs` table recorded it."""

    run: dict[str, Any]
    seconds: float

    @property
    def outcome(self) -> str:
        """`ok`, `partial`, `failed` or `interrupted`."""
        return honest_outcome(self.run)

    @property
    def drift(self) -> list[DriftAlert]:
        """The layout drift alerts the run raised."""
        return from_json(self.run.get("drift"))

    def summary(self) -> str:
        """One line for cron: `lso: 12 new, 3 changed, 0 gone, 0 errors in 41 s (ok)`.

        A run that drifted adds `; layout drift: ...` naming each alert.
        """
        errors = sum(v for v in json_dict(self.run.get("errors")).values() if isinstance(v, int))
        changed = (self.run.get("new_versions") or 0) - (self.run.get("new_articles") or 0)
        gone = self.run.get("gone") or 0
        line = (
            f"lso: {self.run.get('new_articles') or 0} new, {changed} changed, {gone} gone, "
            f"{errors} errors in {self.seconds:.0f} s ({self.outcome})"
        )
        drifted = drift_line(self.drift)
        return f"{line}; {drifted}" if drifted else line

    def problem(self) -> str | None:
        """One clear line about what went wrong, or None."""
        problem = run_problem(self.run)
        return f"lso: {problem}" if problem else None

    def exit_code(self) -> int:
        """0 for `ok` and `partial`, 1 otherwise."""
        return EX_OK if self.outcome in ("ok", "partial") else EX_FAILED
