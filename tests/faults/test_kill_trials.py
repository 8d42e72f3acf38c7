"""Kill trials in the suite: three seeded SIGKILLs (benchmarks/kill_trials.py runs twenty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.kill_trials import LISTING_TIMES, run_trials

pytestmark = pytest.mark.e2e

# Known defect (spider/ingest, the lead's), found by the kill trials: listing times depend on
# crawl order. The first sighting wins (a listing page's 09:30:00 or the feed's 09:30:12),
# `articles.published_at` takes it only if it came before the article was saved, and a kill
# cuts a listing walk short so a later page's sighting never comes (the next incremental
# walk stops at page 1). The suite leaves these columns out (LISTING_TIMES); the benchmark
# compares them unless told --skip-listing-times.


def test_three_random_kills_lose_nothing(tmp_path: Path) -> None:
    trials = run_trials(3, seed=7, workdir=tmp_path, ignore=LISTING_TIMES)
    assert [t.problems for t in trials] == [[], [], []]
    killed_at = [t.fetches_at_kill for t in trials]
    assert len(set(killed_at)) == 3, killed_at  # three different moments
