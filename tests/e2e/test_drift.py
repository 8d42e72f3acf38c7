"""A site redesign raises the layout drift alert; a serving day never makes a version.

Four crawls of one model site, each rechecking every article:
1. the model's own templates, served on one day;
2. the same, served on another day: no new version of an older-layout page, no alert;
3. the article pages switched to a WordPress template (a redesign): the general reader
   reads them all, and the run, the summary line and `lso status` say so;
4. back to the model's templates: no alert, and `lso status` is healthy again.

The archive they leave, with one article in two markups, also serves `lso parse ARTICLE_ID`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from lso_crawler import drift
from lso_crawler.cli import main
from tests.corpus.markups import wordpress
from tests.corpus.pages import BASE
from tests.crawl import run_crawl
from tests.site import DEFAULT_SERVED_DATE, ModelSite
from tests.site.model import Article

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))
REPO = Path(__file__).resolve().parents[2]


def lso(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `lso ARGS` in `cwd`, whose db/ and archive/ are the crawl's."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    env.pop("LSO_DB_PATH", None)
    env.pop("LSO_ARCHIVE_DIR", None)
    return subprocess.run(
        [LSO, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180, check=False
    )


def redesigned(article: Article, base: str) -> str:
    """The article as a WordPress theme would serve it, its links on the model site."""
    return wordpress(article).html.replace(BASE, base)


class History:
    """What the four crawls left behind."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.db_path = data / "db" / "lso.db"
        self.steps: dict[str, object] = {}

    def runs(self) -> list[dict]:
        db = sqlite3.connect(self.db_path)
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute("select * from runs order by id")]


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> History:
    data = tmp_path_factory.mktemp("drift")
    done = History(data)
    with ModelSite() as site:
        done.steps["legacy_ids"] = {
            a.article_id for a in site.content.expected_articles() if a.generation == "legacy"
        }
        first = run_crawl(site.base_url, data)
        assert first.returncode == 0, first.log[-3000:]
        site.content.served_date = DEFAULT_SERVED_DATE + timedelta(days=9)
        second = run_crawl(site.base_url, data, "LSO_RECHECK=all")
        assert second.returncode == 0, second.log[-3000:]
        done.steps["status_after_second"] = lso(["status"], data)
        site.content.article_template = redesigned
        base = ["crawl", "--quiet", "-s", f"LSO_BASE_URL={site.base_url}"]
        speed = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
        third = lso([*base, *speed, "-s", "LSO_RECHECK=all"], data)
        assert third.returncode == 0, third.stderr[-3000:]
        done.steps["third"] = third
        done.steps["status_after_third"] = lso(["status"], data)
        done.steps["status_json_after_third"] = lso(["status", "--json"], data)
        site.content.article_template = None
        fourth = run_crawl(site.base_url, data, "LSO_RECHECK=all")
        assert fourth.returncode == 0, fourth.log[-3000:]
        done.steps["fourth_log"] = fourth.log
        done.steps["status_after_fourth"] = lso(["status"], data)
    return done


def test_a_new_serving_day_adds_no_version_of_an_older_layout_page(history):
    db = sqlite3.connect(history.db_path)
    legacy = history.steps["legacy_ids"]
    assert legacy
    rows = db.execute(
        "select article_id, count(*), max(dateline) from versions "
        "where captured_at < (select started_at from runs where id = 3) group by article_id"
    ).fetchall()
    by_id = {article_id: (count, dateline) for article_id, count, dateline in rows}
    assert legacy <= set(by_id)
    assert {by_id[i] for i in legacy} == {(1, None)}
    second = history.runs()[1]
    assert second["new_versions"] == 0, second
    assert second["unchanged"] >= len(legacy)
    # The pages did change: each older-layout page was archived with two different payloads.
    served = db.execute(
        "select article_id, count(distinct payload_digest) from fetches "
        "where run_id in (1, 2) and status = 200 and article_id is not null group by article_id"
    )
    assert {article_id for article_id, payloads in served if payloads == 2} == legacy


def test_unchanged_markup_raises_no_alert(history):
    runs = history.runs()
    assert [json.loads(runs[i]["drift"]) for i in (0, 3)] == [[], []]
    # The second run parsed only the 8 older-layout pages (the others answered 304): too
    # few to judge, so it is not judged and does not enter the baseline either.
    parsed = sum(p["articles"] for p in json.loads(runs[1]["parser_stats"]).values())
    assert parsed < drift.MIN_ARTICLES
    assert runs[1]["drift"] is None
    for step in ("status_after_second", "status_after_fourth"):
        status = history.steps[step]
        assert status.returncode == 0, (step, status.stdout, status.stderr)
        assert "layout drift" not in status.stdout
    assert "layout drift" not in history.steps["fourth_log"]


def test_a_template_switch_raises_the_alert_in_runs(history):
    run = history.runs()[2]
    stats = json.loads(run["parser_stats"])
    assert set(stats) == {"generic_v1"}, stats
    alerts = json.loads(run["drift"])
    fallback = [a for a in alerts if a["field"] is None]
    assert fallback == [
        {
            "parser": "generic_v1",
            "field": None,
            "share": 1.0,
            "baseline": 0.0,
            "articles": stats["generic_v1"]["articles"],
            "baseline_runs": 1,
        }
    ]


def test_the_alert_is_in_the_summary_line_and_the_log(history):
    third = history.steps["third"]
    line = third.stdout.strip()
    assert line.startswith("lso: ") and "(ok); layout drift: " in line, line
    assert "the general reader generic_v1 read 100% of " in line
    log = (history.data / "logs" / "lso.log").read_text()
    assert "WARNING" in log and "layout drift: the general reader generic_v1 read 100%" in log


def test_lso_status_shows_the_drift_and_exits_3_while_it_lasts(history):
    status = history.steps["status_after_third"]
    assert status.returncode == 3, (status.stdout, status.stderr)
    drift_lines = [line for line in status.stdout.splitlines() if line.startswith("layout drift:")]
    assert drift_lines and "generic_v1 read 100%" in drift_lines[0]
    assert drift_lines[0].endswith("(run #3)")
    report = json.loads(history.steps["status_json_after_third"].stdout)
    assert report["drift"]["run"] == 3
    assert report["drift"]["alerts"][0]["parser"] == "generic_v1"


@pytest.mark.parametrize("public", [False, True])
def test_the_parser_health_query_shows_each_run(history, public):
    from datasette.app import Datasette

    from tests.browse import helpers

    ds = Datasette([str(history.db_path)], metadata=helpers.metadata(public=public))
    response = helpers.get(ds, "/lso/parser_health.json?_shape=array")
    assert response.status_code == 200, response.text[:500]
    rows = response.json()
    drifted = [row for row in rows if row["run"] == 3 and row["parser"] == "generic_v1"]
    assert drifted and all(row["share_of_run"] == 1.0 for row in drifted)
    assert any(row["drift"] and "read by it: 1.0 (baseline 0.0)" in row["drift"] for row in drifted)
    steady = [row for row in rows if row["run"] == 4]
    assert {row["parser"] for row in steady} == {"current_v1", "legacy_v1"}
    assert not any(row["drift"] for row in steady)
    legacy = next(row for row in steady if row["parser"] == "legacy_v1")
    assert json.loads(legacy["missing"])["dateline"] == 1.0


def parse(
    history: History, *args: str, archive: Path | None = None, db: Path | None = None
) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        main,
        [
            "parse",
            *args,
            "--db",
            str(db or history.db_path),
            "--archive",
            str(archive or history.data / "archive"),
        ],
    )
    return result.exit_code, result.stdout, result.stderr


def test_lso_parse_reads_a_version_back_from_the_archive(history):
    db = sqlite3.connect(history.db_path)
    article_id, title, url = db.execute(
        "select v.article_id, v.title, v.url from versions v join versions first "
        "on first.article_id = v.article_id and first.version = 1 "
        "where v.version = 2 and v.parser = 'generic_v1' and first.parser = 'current_v1' "
        "order by v.article_id limit 1"
    ).fetchone()
    before = hashlib.sha256(history.db_path.read_bytes()).hexdigest()
    files_before = sorted(history.db_path.parent.iterdir())

    code, out, err = parse(history, str(article_id), "--version", "2", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["parser"] == "generic_v1"
    assert report["fields"]["title"]["value"] == title
    assert report["url"] == url
    assert report["source"].startswith(f"article {article_id} version 2 (")
    assert (
        report["captured_at"]
        == db.execute(
            "select captured_at from versions where article_id = ? and version = 2", [article_id]
        ).fetchone()[0]
    )

    code, out, err = parse(history, str(article_id), "--version", "1")
    assert code == 0, err
    assert "chosen:   current_v1" in out and "version 1 (" in out
    code, out, _ = parse(history, str(article_id))  # the current version: the model's markup
    assert code == 0 and "chosen:   current_v1" in out and "version 3 (" in out

    assert hashlib.sha256(history.db_path.read_bytes()).hexdigest() == before
    assert sorted(history.db_path.parent.iterdir()) == files_before


def test_lso_parse_of_a_missing_version_or_capture_says_so(history, tmp_path):
    code, _, err = parse(history, "5071702", "--version", "9")
    assert code == 2 and "no version 9 of article 5071702" in err
    code, _, err = parse(history, "4242424")
    assert code == 2 and "no version current of article 4242424" in err
    empty = tmp_path / "archive"
    empty.mkdir()
    code, _, err = parse(history, "5071702", archive=empty)
    assert code == 1 and "cannot read the capture of version" in err
    code, _, err = parse(history, "5071702", db=tmp_path / "none.db")
    assert code == 2 and "no database" in err
    assert not (tmp_path / "none.db").exists()
