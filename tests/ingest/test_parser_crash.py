"""A parser that crashes on one page costs that page a recorded failure, never an article.

The crash is injected into every Python process of the real crawl (and its parse workers)
through a `sitecustomize` module on PYTHONPATH; "fixing the parser" is running without it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.crawl import REPO, run_crawl
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))

CRASHING_PARSER = """
import lso_crawler.ingest.analysis as analyse
from lso_crawler.urls import article_id

_real = analyse.parse_article


def _crashes_on_one_page(html, url, captured_at, **kwargs):
    if article_id(url) == {article_id}:
        raise RuntimeError("parser bug on purpose")
    return _real(html, url, captured_at, **kwargs)


analyse.parse_article = _crashes_on_one_page
"""


def crash_env(tmp_path: Path, article_id: int) -> dict[str, str]:
    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    code = textwrap.dedent(CRASHING_PARSER).replace("{article_id}", str(article_id))
    (hook / "sitecustomize.py").write_text(code)
    return {"PYTHONPATH": f"{hook}{os.pathsep}{REPO}"}


def reparse(archive: Path, db: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [LSO, "reparse", "--archive", str(archive), "--db", str(db), "--jobs", "1"],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_a_parser_crash_never_loses_the_article(model_site: ModelSite, tmp_path: Path):
    expected = {a.article_id for a in model_site.content.expected_articles()}
    victim = min(expected)
    env = crash_env(tmp_path, victim)
    crawl = run_crawl(model_site.base_url, tmp_path / "crawl", env=env)
    assert crawl.returncode == 0, crawl.log[-3000:]
    db = sqlite3.connect(crawl.db_path)
    stored = {row[0] for row in db.execute("select id from articles")}
    assert victim not in stored, "the crash is injected"
    assert stored == expected - {victim}, "every other article is stored"
    (error, outcome) = db.execute(
        "select error, outcome from fetches where article_id = ? and status = 200", [victim]
    ).fetchone()
    assert outcome == "parse_failed"
    assert error == "parse failed: crash: RuntimeError: parser bug on purpose"
    (stats,) = db.execute("select errors from runs").fetchone()
    assert '"parse_error/crash": 1' in stats

    rebuilt = tmp_path / "rebuilt.db"
    out = reparse(crawl.archive_dir, rebuilt, env)
    assert "parse_failed" in out
    rows = sqlite3.connect(rebuilt).execute("select count(*) from articles").fetchone()[0]
    assert rows == len(stored), "reparse completes despite the crash"

    # The parser is fixed: the next reparse tries the failed capture again and stores it.
    out = reparse(crawl.archive_dir, rebuilt)
    assert "1 retried: 1 new" in out
    ids = {row[0] for row in sqlite3.connect(rebuilt).execute("select id from articles")}
    assert victim in ids
    # The crawl's own database heals the same way, in place.
    reparse(crawl.archive_dir, crawl.db_path)
    assert db.execute("select count(*) from articles where id = ?", [victim]).fetchone()[0] == 1
