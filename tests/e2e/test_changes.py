"""Two states of the model site: every real edit is one version, nothing else is."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crawl import run_crawl
from tests.site import ModelSite
from tests.site.model import Paragraph

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))

BODY_EDIT = 5071702  # one word of the body changes
TITLE_EDIT = 5071760  # the headline is reworded
COSMETIC = 5071654  # same text, written as NFD with NBSPs and hard-wrapped source
REMOVED = 5072044  # unpublished: 404 from now on
MOVED = 5071690  # same article under a new slug; the old URL answers 301
NEW_ID = 5072200  # published between the two crawls


def second_state(site: ModelSite) -> dict[str, str]:
    """Switch the site to its second state; returns facts the assertions need."""
    content = site.content
    body = content.article(BODY_EDIT)
    blocks = list(body.blocks)
    first = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph))
    old_text = blocks[first].text
    words = old_text.split()
    new_text = " ".join([*words[:3], "đã", *words[3:]])
    blocks[first] = dataclasses.replace(blocks[first], text=new_text)
    content.replace(BODY_EDIT, blocks=tuple(blocks))
    content.replace(
        TITLE_EDIT, title=content.article(TITLE_EDIT).title + " <script>alert(1)</script>"
    )
    cosmetic = content.article(COSMETIC)
    content.replace(
        COSMETIC,
        markup=dataclasses.replace(
            cosmetic.markup, nfd=True, nbsp_spaces=True, wrapped_source=True
        ),
    )
    content.remove(REMOVED)
    moved = content.article(MOVED)
    old_path = moved.path
    content.replace(MOVED, slug=moved.slug + "-cap-nhat")
    content.add_redirect(old_path, content.article(MOVED).path)
    template = content.article(BODY_EDIT)
    content.add(
        dataclasses.replace(
            template, article_id=NEW_ID, slug="bai-moi-dang-sau-lan-thu-thap-dau", title="Bài mới"
        )
    )
    return {"old_word_paragraph": old_text, "new_paragraph": new_text, "moved_from": old_path}


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory):
    data = tmp_path_factory.mktemp("changes")
    with ModelSite() as site:
        first = run_crawl(site.base_url, data)
        assert first.returncode == 0, first.log[-3000:]
        facts = second_state(site)
        second = run_crawl(site.base_url, data, "LSO_RECHECK=all")
        assert second.returncode == 0, second.log[-3000:]
        facts["base_url"] = site.base_url
        facts["moved_to"] = site.content.article(MOVED).path
        expected_ids = {a.article_id for a in site.content.expected_articles()}
    return second, facts, expected_ids


def versions(db, article_id: int) -> list[tuple]:
    return db.execute(
        "select version, changed_fields, change_kind from versions where article_id = ? "
        "order by version",
        [article_id],
    ).fetchall()


def test_versions_statuses_and_events_are_exact(two_crawls):
    result, facts, expected_ids = two_crawls
    db = sqlite3.connect(result.db_path)
    assert versions(db, BODY_EDIT) == [(1, None, "initial"), (2, '["body"]', "substantive")]
    assert versions(db, TITLE_EDIT) == [(1, None, "initial"), (2, '["title"]', "substantive")]
    assert versions(db, COSMETIC) == [(1, None, "initial")]
    assert versions(db, MOVED) == [(1, None, "initial")]
    assert versions(db, NEW_ID) == [(1, None, "initial")]
    changed = db.execute("select article_id from versions where version > 1").fetchall()
    assert sorted(changed) == [(BODY_EDIT,), (TITLE_EDIT,)]
    statuses = dict(db.execute("select id, status from articles"))
    assert statuses[REMOVED] == "gone"
    assert {i for i, s in statuses.items() if s != "live"} == {REMOVED}
    assert set(statuses) == expected_ids | {REMOVED}
    moved_url = db.execute("select url from articles where id = ?", [MOVED]).fetchone()[0]
    assert moved_url == facts["base_url"] + facts["moved_to"]
    base = facts["base_url"]
    moved = f"{base}{facts['moved_from']} → {base}{facts['moved_to']}"
    events = db.execute("select article_id, kind, detail from events").fetchall()
    assert sorted(events) == sorted([(REMOVED, "gone", "HTTP 404"), (MOVED, "url_changed", moved)])


def test_lso_diff_shows_the_word_level_edit(two_crawls):
    result, _, _ = two_crawls
    shown = subprocess.run(
        [LSO, "diff", str(BODY_EDIT), "--db", str(result.db_path), "--color", "never"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "{+ đã+}" in shown.stdout or "{+đã +}" in shown.stdout
    as_json = subprocess.run(
        [LSO, "diff", str(TITLE_EDIT), "--db", str(result.db_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    fields = json.loads(as_json.stdout)
    assert as_json.returncode == 0
    assert "title" in json.dumps(fields)


def test_lso_changes_lists_edits_and_lifecycle(two_crawls):
    result, _, _ = two_crawls
    listed = subprocess.run(
        [LSO, "changes", "--db", str(result.db_path)], capture_output=True, text=True, check=False
    )
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    for article_id in (BODY_EDIT, TITLE_EDIT, REMOVED):
        assert any(str(article_id) in line for line in lines), (article_id, lines)
    assert any("gone" in line for line in lines)


def test_the_archive_alone_rebuilds_versions_statuses_and_events(two_crawls, tmp_path):
    result, _, _ = two_crawls
    rebuilt = tmp_path / "rebuilt.db"
    done = subprocess.run(
        [LSO, "reparse", "--archive", str(result.archive_dir), "--db", str(rebuilt)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    queries = [
        "select id, url, status, current_version, first_seen, last_changed from articles "
        "order by id",
        "select article_id, version, captured_at, title, body, changed_fields, change_kind, "
        "chars_added, chars_removed from versions order by article_id, version",
        "select article_id, time, kind, detail from events order by article_id, time, kind",
    ]
    crawled, again = sqlite3.connect(result.db_path), sqlite3.connect(rebuilt)
    for query in queries:
        assert again.execute(query).fetchall() == crawled.execute(query).fetchall(), query
