"""Layout drift alerts: a jump well above the recent runs alerts, noise and small runs do not."""

from __future__ import annotations

import pytest

from lso_crawler import drift
from lso_crawler.drift import DriftAlert, detect_drift, drift_line, from_json, to_json


def stats(**parsers: tuple[int, dict[str, float]]) -> dict:
    """parser_stats as `runs.parser_stats` stores them."""
    return {name: {"articles": n, "missing": missing} for name, (n, missing) in parsers.items()}


STEADY = stats(current_v1=(25, {"byline": 0.04}), legacy_v1=(15, {}))


def test_the_general_readers_are_the_registry_s_non_site_parsers():
    from lso_crawler.parsers import REGISTRY

    general = {p.NAME for p in REGISTRY if not p.SITE_SPECIFIC}
    assert general == drift.GENERAL_READERS


def test_a_template_switch_raises_the_fallback_alert():
    switched = stats(generic_v1=(30, {"byline": 0.1}), legacy_v1=(10, {}))
    alerts = detect_drift(switched, [STEADY, STEADY, STEADY])
    fallback = [a for a in alerts if a.field is None]
    assert fallback == [DriftAlert("generic_v1", None, 0.75, 0.0, 40, 3)]
    line = drift_line(alerts)
    assert line is not None
    assert "general reader generic_v1 read 75% of 40 articles (baseline 0% over 3 runs)" in line


def test_unchanged_figures_raise_nothing():
    assert detect_drift(STEADY, [STEADY] * 12) == []
    assert drift_line([]) is None


def test_a_field_that_breaks_inside_a_site_parser_is_named_with_its_parser():
    broken = stats(current_v1=(25, {"byline": 0.92}), legacy_v1=(15, {}))
    alerts = detect_drift(broken, [STEADY, STEADY])
    assert alerts == [DriftAlert("current_v1", "byline", 0.92, 0.04, 25, 2)]
    assert "byline missing in 92% of 25 articles" in alerts[0].message()


def test_a_field_missing_across_parsers_names_the_parser_missing_it_most():
    # Each parser alone reads too few articles to alert; together they do.
    before = stats(current_v1=(6, {}), legacy_v1=(6, {}))
    after = stats(current_v1=(6, {"dateline": 1.0}), legacy_v1=(6, {"dateline": 0.5}))
    alerts = detect_drift(after, [before])
    assert alerts == [DriftAlert("current_v1", "dateline", 0.75, 0.0, 12, 1)]


@pytest.mark.parametrize(
    ("now", "why"),
    [
        (stats(generic_v1=(9, {})), "too few articles in this run"),
        (stats(generic_v1=(3, {}), current_v1=(12, {})), "a jump of 0.2 is below MIN_JUMP"),
    ],
)
def test_small_samples_and_small_jumps_do_not_alert(now, why):
    assert detect_drift(now, [STEADY, STEADY]) == [], why


def test_a_baseline_needs_runs_that_read_enough_articles():
    tiny = stats(current_v1=(4, {}))
    switched = stats(generic_v1=(20, {}))
    assert detect_drift(switched, [tiny, tiny]) == []
    assert detect_drift(switched, []) == []


def test_a_field_often_missing_anyway_needs_to_double():
    before = stats(current_v1=(20, {"lead": 0.5}))
    after = stats(current_v1=(20, {"lead": 0.85}))
    assert detect_drift(after, [before]) == []
    rarely = stats(current_v1=(20, {"lead": 0.3}))
    assert [a.field for a in detect_drift(stats(current_v1=(20, {"lead": 0.7})), [rarely])] == [
        "lead"
    ]


def test_the_baseline_is_the_mean_of_runs_and_only_the_last_ones():
    old_state = stats(generic_v1=(40, {}))
    # Ten recent runs at 0 % general reader, then older runs at 100 %: only the ten count.
    history = [STEADY] * drift.BASELINE_RUNS + [old_state] * 5
    alerts = detect_drift(stats(generic_v1=(20, {})), history)
    assert [(a.baseline, a.baseline_runs) for a in alerts] == [(0.0, drift.BASELINE_RUNS)]


def test_a_lasting_change_stops_alerting_once_it_is_the_norm():
    switched = stats(generic_v1=(30, {}))
    history: list[dict] = [STEADY] * drift.BASELINE_RUNS
    alerting = 0
    while detect_drift(switched, history):
        alerting += 1
        history = [switched, *history]
    assert 1 <= alerting <= drift.BASELINE_RUNS // 2 + 1


@pytest.mark.parametrize(
    "garbage",
    [None, "", "[]", 7, {"x": 3}, {"x": {"articles": "many"}}, {"x": {"missing": [1]}}],
)
def test_malformed_stats_are_read_as_no_figures(garbage):
    assert detect_drift(garbage, [garbage, STEADY]) == []
    assert detect_drift(STEADY, [garbage]) == []


def test_alerts_round_trip_through_the_runs_column():
    alerts = [
        DriftAlert("generic_v1", None, 1.0, 0.0, 28, 1),
        DriftAlert("current_v1", "byline", 0.9, 0.1, 20, 4),
    ]
    assert from_json(to_json(alerts)) == alerts
    assert to_json([]) == "[]"
    for stored in (None, "", "not json", "{}", '[{"field": "x"}]', "[3]"):
        assert from_json(stored) == []


def test_the_quiet_summary_line_names_the_drift():
    from lso_crawler.runs import RunReport

    run = {"outcome": "ok", "new_articles": 0, "new_versions": 3, "stats": "{}", "errors": "{}"}
    alerts = [DriftAlert("generic_v1", None, 1.0, 0.0, 28, 1)]
    drifted = RunReport({**run, "drift": to_json(alerts)}, 12).summary()
    assert drifted == (
        "lso: 0 new, 3 changed, 0 gone, 0 errors in 12 s (ok); layout drift: the general "
        "reader generic_v1 read 100% of 28 articles (baseline 0% over 1 run)"
    )
    assert RunReport({**run, "drift": "[]"}, 12).summary().endswith("(ok)")
    assert RunReport(run, 12).summary().endswith("(ok)")


def test_only_runs_that_read_enough_articles_are_judged():
    assert drift.judged(STEADY)
    assert not drift.judged(stats(current_v1=(drift.MIN_ARTICLES - 1, {})))
    assert not drift.judged({})
