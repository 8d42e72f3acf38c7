"""A run's outcome follows what happened, not only how Scrapy closed."""

import pytest

from lso_crawler.runlog import errors_by_kind, run_outcome


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
        ("shutdown", {"downloader/response_count": 40}, "interrupted"),
        ("disk_full", {"downloader/response_count": 40}, "failed"),
    ],
)
def test_run_outcome(reason, stats, expected):
    assert run_outcome(reason, stats) == expected


def test_errors_by_kind():
    stats = {"lso/http_error/404": 2, "lso/parse_error/no-body": 1, "lso/articles/new": 9}
    assert errors_by_kind(stats) == {"http_error/404": 2, "parse_error/no-body": 1}
