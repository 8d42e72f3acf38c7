"""`lso show-capture`, `lso verify` and `lso wacz` over hostile input (defects 12.8, 12.9)."""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from lso_crawler.cli import main
from lso_crawler.ingest.rows import pointer_columns
from lso_crawler.store import Store
from lso_crawler.warc.files import WarcFileWriter, WarcPointer
from lso_crawler.warc.index import index_path
from tests.warc.conftest import INFO
from tests.warc.test_bounded_reader import HTML, gzip_capture

LSO = str(Path(sys.executable).with_name("lso"))
ARTICLE = 5071654


class Setup:
    """An archive of one gzip capture and a database whose article version points at it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.archive = root / "archive"
        self.db = root / "db" / "lso.db"
        with WarcFileWriter(self.archive, INFO, fsync=False) as writer:
            self.pointer = writer.write_capture(gzip_capture(gzip.compress(HTML)))
            self.broken = writer.write_capture(gzip_capture(gzip.compress(HTML)[:-20], n=2))
        store = Store(self.db)
        store.close()
        self.point_version_at(self.pointer)

    def point_version_at(self, pointer: WarcPointer, version: int = 1) -> None:
        db = sqlite3.connect(self.db)
        with db:
            cursor = db.execute(
                "insert into fetches (url, status, warc_file, warc_offset, warc_length, "
                "warc_record_id, warc_date, warc_type, payload_digest) "
                "values (:url, 200, :warc_file, :warc_offset, :warc_length, :warc_record_id, "
                ":warc_date, :warc_type, :payload_digest)",
                {"url": pointer.target_uri, **pointer_columns(pointer)},
            )
            db.execute(
                "insert or replace into articles (id, url, current_version) values (?, ?, ?)",
                [ARTICLE, pointer.target_uri, version],
            )
            db.execute(
                "insert or replace into versions (article_id, version, captured_at, title, body, "
                "parser, fetch_id) values (?, ?, '2026-11-29T00:00:00Z', 't', 'b', 'p', ?)",
                [ARTICLE, version, cursor.lastrowid],
            )
        db.close()

    def args(self, *more: str) -> list[str]:
        return [*more, "--archive", str(self.archive), "--db", str(self.db)]


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    return Setup(tmp_path)


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_usage_error(result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(("lso: ", "Error: ")), lines
    assert fragment in lines[0], lines
    assert "Traceback" not in result.output


# --- show-capture ---------------------------------------------------------------------------


def test_show_capture_is_raw_into_a_pipe_and_decoded_on_request(setup: Setup) -> None:
    raw = invoke("show-capture", str(ARTICLE), *setup.args())
    assert raw.exit_code == 0, raw.output
    assert raw.stdout_bytes.startswith(b"HTTP/1.1 200 OK\r\n")
    assert gzip.decompress(raw.stdout_bytes.split(b"\r\n\r\n", 1)[1]) == HTML
    decoded = invoke("show-capture", str(ARTICLE), "--decode", *setup.args())
    assert decoded.exit_code == 0
    assert decoded.stdout_bytes.endswith(HTML)
    assert invoke("show-capture", str(ARTICLE), "--raw", *setup.args()).stdout_bytes == (
        raw.stdout_bytes
    )


def test_show_capture_decodes_on_a_terminal(setup: Setup) -> None:
    """Run under script(1) so stdout is a real terminal."""
    script = "/usr/bin/script"
    if not Path(script).exists():
        pytest.skip("script(1) is not installed")
    command = " ".join([LSO, "show-capture", str(ARTICLE), *setup.args()])
    done = subprocess.run(
        [script, "-qec", command, "/dev/null"], capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Đoạn hai.".encode() in done.stdout


def test_a_truncated_body_is_not_printed_as_decoded(setup: Setup) -> None:
    setup.point_version_at(setup.broken, version=2)
    done = invoke("show-capture", str(ARTICLE), "--decode", *setup.args())
    assert done.exit_code == 1
    assert "truncated-gzip" in done.stderr and "--raw" in done.stderr


@pytest.mark.parametrize("name", ["../outside/x.warc.gz", "/etc/passwd"])
def test_show_capture_refuses_pointers_out_of_the_archive(setup: Setup, name: str) -> None:
    outside = setup.root / "outside"
    outside.mkdir()
    (outside / "x.warc.gz").write_bytes((setup.archive / setup.pointer.filename).read_bytes())
    setup.point_version_at(replace(setup.pointer, filename=name), version=2)
    done = invoke("show-capture", str(ARTICLE), "--raw", *setup.args())
    assert done.exit_code == 1
    assert "outside the archive" in done.stderr or "not a file name" in done.stderr
    assert done.stdout_bytes == b""


def test_show_capture_refuses_a_symlink_out_of_the_archive(setup: Setup) -> None:
    outside = setup.root / "elsewhere.warc.gz"
    (setup.archive / setup.pointer.filename).rename(outside)
    (setup.archive / setup.pointer.filename).symlink_to(outside)
    done = invoke("show-capture", str(ARTICLE), *setup.args())
    assert done.exit_code == 1 and "outside the archive" in done.stderr


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["99999999999999999999999"], "no version"),
        (["1"], "no version"),
        ([str(ARTICLE), "--version", "99999999999999999999999"], "no version"),
    ],
)
def test_show_capture_usage_errors(setup: Setup, args: list[str], fragment: str) -> None:
    one_line_usage_error(invoke("show-capture", *args, *setup.args()), fragment)


# --- read-only commands never create a database ----------------------------------------------


@pytest.mark.parametrize("command", [["show-capture", "1"], ["wacz", "x.wacz", "--run", "1"]])
def test_a_missing_database_is_a_usage_error_and_is_not_created(
    setup: Setup, tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "nowhere" / "lso.db"
    result = invoke(
        *command[:1], *[str(tmp_path / c) if c.endswith(".wacz") else c for c in command[1:]],
        "--archive", str(setup.archive), "--db", str(missing),
    )  # fmt: skip
    one_line_usage_error(result, "no database")
    assert not missing.exists() and not missing.parent.exists()


def test_verify_without_a_database_checks_the_archive_only(setup: Setup, tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = invoke("verify", "--archive", str(setup.archive), "--db", str(missing))
    assert "0 database pointers" in result.output
    assert not missing.exists()


@pytest.mark.parametrize("command", [["show-capture", "1"], ["verify"]])
def test_a_file_that_is_not_a_database_is_a_usage_error(setup: Setup, command) -> None:
    result = invoke(*command, "--archive", str(setup.archive), "--db", "/etc/passwd")
    one_line_usage_error(result, "is not an SQLite database")


# --- verify --repair ------------------------------------------------------------------------


def test_verify_repair_indexes_a_file_a_kill_left_unindexed(setup: Setup) -> None:
    partial = index_path(setup.archive / setup.pointer.filename).with_suffix(".cdxj.tmp")
    partial.parent.mkdir(exist_ok=True)
    partial.write_text("half")
    before = invoke("verify", *setup.args())
    assert before.exit_code == 1 and "no CDXJ index" in before.stderr
    repaired = invoke("verify", "--repair", *setup.args())
    assert repaired.exit_code == 0, repaired.output
    assert f"indexed {index_path(setup.pointer.filename).name}" in repaired.stdout
    assert "removed the orphaned partial index" in repaired.stdout
    assert invoke("verify", *setup.args()).exit_code == 0


# --- wacz -----------------------------------------------------------------------------------


def wacz_args(setup: Setup, output: str, *more: str) -> list[str]:
    return ["wacz", output, *more, *setup.args()]


@pytest.mark.parametrize(
    ("output", "fragment"),
    [
        ("DB", "is the database"),
        ("ARCHIVE/new.wacz", "inside the archive directory"),
        ("ARCHIVE/indexes/new.wacz", "inside the archive directory"),
        ("elsewhere/x.warc.gz", "named like an archive file"),
        ("elsewhere/x.cdxj", "named like an archive file"),
        ("elsewhere", "is a directory"),
        ("/dev/null", "not a regular file"),
        ("missing-dir/x.wacz", "no directory"),
    ],
)
def test_wacz_refuses_outputs_that_would_clobber(setup: Setup, output: str, fragment: str) -> None:
    (setup.root / "elsewhere").mkdir()
    index_path(setup.archive / "x.warc.gz").parent.mkdir(exist_ok=True)
    target = (
        str(setup.db)
        if output == "DB"
        else output.replace("ARCHIVE", str(setup.archive))
        if output.startswith("ARCHIVE")
        else output
        if output.startswith("/")
        else str(setup.root / output)
    )
    before = setup.db.read_bytes()
    one_line_usage_error(invoke(*wacz_args(setup, target, "--force")), fragment)
    assert setup.db.read_bytes() == before


@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize(
    "value", ["yesterday", "2026-13-01", "2026-11", "0001-01-01T00:00:00+14:00"]
)
def test_wacz_refuses_unparsable_dates(setup: Setup, option: str, value: str) -> None:
    out = str(setup.root / "out.wacz")
    one_line_usage_error(invoke(*wacz_args(setup, out, option, value)), "is not a date")


def test_wacz_replaces_an_existing_file_only_with_force(setup: Setup) -> None:
    pytest.importorskip("wacz")
    output = setup.root / "out.wacz"
    output.write_text("keep me")
    one_line_usage_error(invoke(*wacz_args(setup, str(output))), "--force replaces it")
    assert output.read_text() == "keep me"
    done = invoke(*wacz_args(setup, str(output), "--force", "--since", "2000-01-01"))
    assert done.exit_code == 0, done.output
    assert output.read_bytes()[:2] == b"PK"
    assert not list(setup.root.glob(".*partial*"))


# --- exit codes as a shell sees them -----------------------------------------------------------


def test_exit_codes_in_a_real_process(setup: Setup, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([LSO, *args], capture_output=True, text=True, timeout=120)

    cases = [
        (run("wacz", "/dev/null", *setup.args()), 2),
        (run("wacz", str(setup.db), "--force", *setup.args()), 2),
        (run("wacz", str(tmp_path / "o.wacz"), "--since", "yesterday", *setup.args()), 2),
        (run("show-capture", "99999999999999999999999", *setup.args()), 2),
        (run("show-capture", "1", "--archive", str(setup.archive), "--db", "/etc/passwd"), 2),
        (run("verify", *setup.args()), 1),  # no indexes yet: a finding, not a usage error
    ]
    for done, code in cases:
        assert done.returncode == code, (done.args, done.stderr)
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) >= 1
    for done, _ in cases[:5]:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
