"""`lso` as a shell user meets it: one-line errors, the environment, read-only reads."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lso_crawler.store import Store
from tests.versions import sample

LSO = str(Path(sys.executable).with_name("lso"))
REPO = Path(__file__).resolve().parents[2]


def lso(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the installed `lso` script in `cwd` with a clean LSO_* environment."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("LSO_")}
    return subprocess.run(
        [LSO, *args],
        cwd=cwd,
        env={**base, "PYTHONPATH": str(REPO), **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return sample.build(tmp_path_factory.mktemp("db") / "lso.db")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["diff", "99999999999999999999999"], "99999999999999999999999 is not in the range"),
        (["diff", "1", "--from", "-3"], "'--from'"),
        (["changes", "--since", "0001-01-01T00:00:00+14:00"], "is out of range"),
        (["changes", "--since", "9999-12-31T23:59:59-10:00"], "is out of range"),
        (["changes", "--since", "yesterday"], "is not an ISO 8601 date or time"),
        (["changes", "--limit", "100000000000000000000000"], "'--limit'"),
        (["status", "--db", "/etc/passwd"], "/etc/passwd is not an SQLite database"),
        (["diff", "1", "--db", "/etc/passwd"], "/etc/passwd is not an SQLite database"),
        (["changes", "--db", "/etc/passwd"], "/etc/passwd is not an SQLite database"),
        (["verify", "--db", "/etc/passwd"], "/etc/passwd is not an SQLite database"),
        (["crawl", "--db", "/etc/passwd"], "/etc/passwd is not an SQLite database"),
        (["diff", "1", "--db", "/"], "is a directory"),
        (["nonsense"], "No such command 'nonsense'"),
    ],
)
def test_usage_errors_are_one_line_with_status_2(tmp_path, db_path, args, expected):
    if "--db" not in args:
        args = [*args, "--db", str(db_path)] if args[0] != "nonsense" else args
    done = lso(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("Error: ") and expected in lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_sqlite_file_that_is_not_an_lso_database_is_refused(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table notes (x)").connection.commit()
    for command in (["status"], ["changes"], ["diff", "1"]):
        done = lso(*command, "--db", str(other), cwd=tmp_path)
        assert done.returncode == 2
        assert done.stderr.strip() == (
            f"Error: {other} is not an lso database (no articles, runs, versions table)"
        )


def test_read_commands_take_the_database_from_lso_db_path(tmp_path, db_path):
    env = {"LSO_DB_PATH": str(db_path), "LSO_ARCHIVE_DIR": str(tmp_path / "warcs")}
    changes = lso("changes", cwd=tmp_path, env=env)
    assert changes.returncode == 0, changes.stderr
    assert len(changes.stdout.splitlines()) == 5
    diff = lso("diff", str(sample.SCRIPT_ID), cwd=tmp_path, env=env)
    assert diff.returncode == 0 and "Tân Thanh" in diff.stdout
    status = lso("status", cwd=tmp_path, env=env)
    assert status.returncode == 0, status.stderr
    assert f"in {tmp_path / 'warcs'}" in status.stdout
    # The option still wins over the environment.
    elsewhere = lso("changes", "--db", str(tmp_path / "none.db"), cwd=tmp_path, env=env)
    assert elsewhere.returncode == 2 and "no database at" in elsewhere.stderr


def test_archive_commands_take_the_archive_from_lso_archive_dir(tmp_path, db_path):
    missing = tmp_path / "no-such-archive"
    env = {"LSO_DB_PATH": str(db_path), "LSO_ARCHIVE_DIR": str(missing)}
    for command in ("verify", "reparse"):
        done = lso(command, cwd=tmp_path, env=env)
        assert done.returncode == 2
        assert f"no archive directory at {missing}" in done.stderr


def test_help_names_the_environment_variables(tmp_path):
    for command in ("status", "diff", "changes", "crawl", "verify", "show-capture"):
        output = lso(command, "--help", cwd=tmp_path).stdout
        assert "LSO_DB_PATH" in output, command
    assert "LSO_ARCHIVE_DIR" in lso("status", "--help", cwd=tmp_path).stdout


def test_read_commands_never_create_or_change_a_database(tmp_path, db_path):
    missing = tmp_path / "db" / "lso.db"
    for command in (["status"], ["changes"], ["diff", "1"]):
        done = lso(*command, "--db", str(missing), cwd=tmp_path)
        assert done.returncode == 2 and "no database at" in done.stderr
    assert not missing.exists() and not missing.parent.exists()
    copy = tmp_path / "copy.db"
    shutil.copy(db_path, copy)
    before = digest(copy)
    for command in (["status"], ["status", "--json"], ["changes"], ["diff", "5071654"]):
        lso(*command, "--db", str(copy), cwd=tmp_path)
    assert digest(copy) == before


@pytest.fixture
def failed_run_db(tmp_path, db_path) -> Path:
    """The sample database plus a run that failed because the host did not resolve."""
    path = tmp_path / "failed.db"
    shutil.copy(db_path, path)
    store = Store(path)
    try:
        moment = datetime(2026, 11, 10, 1, 0, tzinfo=UTC)
        run_id = store.start_run(moment, "https://baolangson.vn")
        stats = {
            "downloader/exception_type_count/scrapy.exceptions.CannotResolveHostError": 1,
            "lso/download_error/CannotResolveHostError": 1,
            "lso/robots_unavailable": 1,
            "robotstxt/forbidden": 3,
        }
        store.finish_run(
            run_id,
            moment,
            "failed",
            {
                "finish_reason": "finished",
                "errors": {"download_error/CannotResolveHostError": 1},
                "stats": stats,
            },
        )
    finally:
        store.close()
    return path


def test_status_says_why_the_last_run_failed(tmp_path, failed_run_db):
    done = lso("status", "--db", str(failed_run_db), cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "failed" in lines[1]
    assert (
        lines[2]
        == "why:           cannot resolve baolangson.vn: check the network and LSO_BASE_URL"
    )
    assert lines[3] == "errors:        1 download_error/CannotResolveHostError"


def test_status_json_gives_errors_as_data(tmp_path, failed_run_db):
    done = lso("status", "--json", "--db", str(failed_run_db), cwd=tmp_path)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    last = report["last_run"]
    assert last["errors"] == {"download_error/CannotResolveHostError": 1}
    assert last["outcome"] == "failed" and last["finish_reason"] == "finished"
    assert last["problem"].startswith("cannot resolve baolangson.vn")
    assert report["articles"] == 3 and report["active"] is False
