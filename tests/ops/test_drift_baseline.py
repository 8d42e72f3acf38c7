"""The drift baseline is the parser figures of runs that read articles."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from lso_crawler.store import Store
from lso_crawler.store.run_drift import baseline_parser_stats

READ = {"current_v1": {"articles": 12, "missing": {}}}


def test_runs_that_read_no_article_are_not_part_of_the_baseline(tmp_path: Path) -> None:
    with Store(tmp_path / "lso.db") as store:
        for stats in (READ, {}, {}, READ):  # crawls, then image backfills, then a crawl
            run = store.start_run(datetime.now(UTC), "http://127.0.0.1")
            store.conn.execute(
                "update runs set finished_at = ?, parser_stats = ? where id = ?",
                [datetime.now(UTC).isoformat(), json.dumps(stats), run],
            )
        assert baseline_parser_stats(store, None, 3) == [READ, READ]
