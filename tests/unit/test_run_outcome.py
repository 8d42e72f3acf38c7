"""A run's outcome follows what happened, not only how Scrapy closed."""

import json

import pytest

from lso_crawler.runs import RunReport, errors_by_kind, honest_outcome, run_outcome, run_problem


@pytest.mark.parametrize(
    ("reason", "stats", "expected"),
    [
        ("finished", {"downloader/response_count": 80, "lso/http_error/404": 2}, "ok"),
        ("finished", {"downloader/response_count": 10, "lso/http_error/503": 8}, "partial"),
        (
            "finished",
            {"downloader/response_count": 2, "lso/download_error/TimeoutError": 9},
            "partial",
        ),
        ("finished", {"lso/download_error/ConnectionRefusedError": 3}, "failed"),
        ("finished", {"downloader/response_count": 1, "lso/robots_unavailable": 1}, "failed"),
        ("finished", {"downloader/response_count": 1, "robotstxt/forbidden": 4}, "ok"),
        (
            "finished",
            {
                "downloader/response_count": 1,
                "robotstxt/response_count": 1,
                "robotstxt/forbidden": 3,
            },
            "failed",
        ),
        ("finished", {"downloader/response_count": 40, "lso/storage_error/OSError": 1}, "failed"),
        ("storage_error", {"downloader/response_count": 40}, "failed"),
        ("shutdown", {"downloader/response_count": 40}, "interrupted"),
        ("disk_full", {"downloader/response_count": 40}, "failed"),
    ],
)
def test_run_outcome(reason, stats, expected):
    assert run_outcome(reason, stats) == expected


def test_errors_by_kind():
    stats = {"lso/http_error/404": 2, "lso/parse_error/no-body": 1, "lso/articles/new": 9}
    assert errors_by_kind(stats) == {"http_error/404": 2, "parse_error/no-body": 1}


DNS = {
    "downloader/exception_type_count/scrapy.exceptions.CannotResolveHostError": 1,
    "lso/download_error/CannotResolveHostError": 1,
    "lso/robots_unavailable": 1,
    "robotstxt/forbidden": 3,
}
REFUSED = {
    "downloader/exception_type_count/scrapy.exceptions.DownloadConnectionRefusedError": 1,
    "lso/download_error/DownloadConnectionRefusedError": 1,
    "lso/robots_unavailable": 1,
    "robotstxt/forbidden": 3,
}
ROBOTS_503 = {
    "downloader/response_count": 1,
    "robotstxt/response_count": 1,
    "robotstxt/response_status_count/503": 1,
    "lso/robots_unavailable": 1,
    "robotstxt/forbidden": 3,
}
ROBOTS_FORBID_ALL = {
    "downloader/response_count": 1,
    "robotstxt/response_count": 1,
    "robotstxt/response_status_count/200": 1,
    "robotstxt/forbidden": 3,
}


def run_row(outcome, stats, reason="finished", base_url="https://baolangson.vn"):
    return {
        "outcome": outcome,
        "finish_reason": reason,
        "base_url": base_url,
        "stats": json.dumps(stats),
    }


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (run_row("ok", {"downloader/response_count": 80}), None),
        (run_row("running", {}), None),
        (
            run_row("failed", DNS),
            "cannot resolve baolangson.vn: check the network and LSO_BASE_URL",
        ),
        (
            run_row("failed", REFUSED, base_url="http://127.0.0.1:9"),
            "site unreachable: 127.0.0.1:9 (connection refused)",
        ),
        (
            run_row("failed", {"lso/download_error/TimeoutError": 4}),
            "site unreachable: baolangson.vn (timed out)",
        ),
        (
            run_row("failed", ROBOTS_503),
            "robots.txt of baolangson.vn could not be fetched (HTTP 503), so nothing was crawled",
        ),
        (
            run_row("ok", ROBOTS_FORBID_ALL),
            "robots.txt disallows this crawler (3 requests blocked on baolangson.vn)",
        ),
        (
            run_row("failed", {"downloader/response_count": 40}, reason="disk_full"),
            "stopped: free disk space fell below LSO_MIN_FREE_MB",
        ),
        (
            run_row("interrupted", {}, reason="shutdown"),
            "the run was interrupted before it finished",
        ),
        (run_row("interrupted", {}, reason="killed"), "the run was killed before it finished"),
        (
            run_row("partial", {"downloader/response_count": 10, "lso/http_error/503": 8}),
            "most requests failed; the run is partial",
        ),
        ({"outcome": "failed", "stats": "not json"}, "site unreachable: the site never answered"),
    ],
)
def test_run_problem_names_the_real_cause(row, problem):
    assert run_problem(row) == problem


def test_a_run_robots_txt_refused_entirely_is_failed_whatever_was_recorded():
    refused = RunReport(run_row("ok", ROBOTS_FORBID_ALL), seconds=1)
    assert (refused.outcome, refused.exit_code()) == ("failed", 1)
    assert refused.summary().endswith("(failed)")
    # Some pages blocked, others fetched: an ordinary run.
    some = {**ROBOTS_FORBID_ALL, "downloader/response_count": 30}
    assert honest_outcome(run_row("ok", some)) == "ok"
    assert RunReport(run_row("partial", {}), seconds=1).exit_code() == 0
