"""Kill trials in the suite: three seeded SIGKILLs (benchmarks/kill_trials.py runs twenty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.kill_trials import run_trials

pytestmark = pytest.mark.e2e

# Known defect (spider/ingest, the lead's): an article's listing time reaches
# `articles.published_at` only if the sighting is recorded before the article is saved, and
# a kill can cut a listing walk short so a later page's sighting never comes. Both vary with
# crawl order (even between two uninterrupted crawls at full speed), so the suite leaves
# these columns out; the benchmark compares them and reports them.
LISTING_TIMES = {"listing_times": {"published_at", "article_id"}, "articles": {"published_at"}}


def test_three_random_kills_lose_nothing(tmp_path: Path) -> None:
    trials = run_trials(3, seed=7, workdir=tmp_path, ignore=LISTING_TIMES)
    assert [t.problems for t in trials] == [[], [], []]
    killed_at = [t.fetches_at_kill for t in trials]
    assert len(set(killed_at)) == 3, killed_at  # three different moments
