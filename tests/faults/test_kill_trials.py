"""Kill trials in the suite: three seeded SIGKILLs (benchmarks/kill_trials.py runs twenty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.kill_trials import run_trials

pytestmark = pytest.mark.e2e


def test_three_random_kills_lose_nothing(tmp_path: Path) -> None:
    # Listing times are compared too: the most precise sighting wins whatever the crawl
    # order, and a walk a kill cut short is finished by the next run.
    trials = run_trials(3, seed=7, workdir=tmp_path)
    assert [t.problems for t in trials] == [[], [], []]
    killed_at = [t.fetches_at_kill for t in trials]
    assert len(set(killed_at)) == 3, killed_at  # three different moments
