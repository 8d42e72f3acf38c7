import json

import pytest
from click.testing import CliRunner

from lso_crawler.cli import main
from tests.versions import sample


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return str(sample.build(tmp_path_factory.mktemp("db") / "lso.db"))


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_diff_defaults_to_previous_against_current(db_path):
    result = run("diff", str(sample.SCRIPT_ID), "--db", db_path)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith(f"article {sample.SCRIPT_ID}: version 1 (2026-11-01T08:00:00+00:00")
    assert "→ version 2" in lines[0]
    assert lines[1] == "substantive: body; +7 -6 characters"
    assert (
        "  Đoạn hai nói về cửa khẩu [-Hữu Nghị-]{+Tân Thanh+} <img src=x onerror=alert(2)>."
        in lines
    )
    assert "\x1b[" not in result.output


def test_diff_colours_when_asked(db_path):
    result = run("diff", str(sample.SCRIPT_ID), "--color", "always", "--db", db_path)
    assert "\x1b[31m" in result.output and "\x1b[32m" in result.output
    assert "[-" not in result.output


def test_diff_between_chosen_versions(db_path):
    result = run("diff", str(sample.MINOR_ID), "--from", "1", "--to", "2", "--db", db_path)
    assert result.output.splitlines()[1] == "minor: lead; +1 -0 characters"
    assert "Mở đầu{+,+} bài viết." in result.output
    whole = run("diff", str(sample.MINOR_ID), "--from", "1", "--db", db_path)
    assert "→ version 3" in whole.output.splitlines()[0]
    backwards = run("diff", str(sample.MINOR_ID), "--from", "3", "--to", "1", "--db", db_path)
    assert backwards.exit_code == 0


def test_diff_json(db_path):
    result = run("diff", str(sample.SCRIPT_ID), "--format", "json", "--db", db_path)
    data = json.loads(result.output)
    assert data["article_id"] == sample.SCRIPT_ID
    assert (data["from"]["version"], data["to"]["version"]) == (1, 2)
    assert data["change_kind"] == "substantive"
    assert data["changed_fields"] == ["body"]
    segments = [s for b in data["fields"][0]["blocks"] for s in b.get("segments", [])]
    assert {"op": "delete", "text": "Hữu Nghị"} in segments
    assert {"op": "insert", "text": "Tân Thanh"} in segments


def test_diff_html_escapes_the_title(db_path):
    result = run("diff", str(sample.SCRIPT_ID), "--format", "html", "--db", db_path)
    assert result.output.startswith("<!DOCTYPE html>")
    assert "<del>Hữu Nghị</del><ins>Tân Thanh</ins>" in result.output
    assert "<script>" not in result.output and "<img" not in result.output
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.output
    assert "&lt;img src=x onerror=alert(2)&gt;" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "1"], "Error: unknown article 1"),
        (["diff", str(sample.GONE_ID)], f"Error: article {sample.GONE_ID} has only one version"),
        (
            ["diff", str(sample.MINOR_ID), "--to", "7"],
            f"Error: article {sample.MINOR_ID} has no version 7 (it has versions 1–3)",
        ),
        (
            ["diff", str(sample.MINOR_ID), "--from", "2", "--to", "2"],
            "Error: --from and --to are both version 2",
        ),
    ],
)
def test_diff_errors_are_one_line_with_status_2(db_path, args, message):
    result = run(*args, "--db", db_path)
    assert result.exit_code == 2
    assert result.output.strip() == message


def test_missing_database_is_an_error_and_is_not_created(tmp_path):
    missing = tmp_path / "none.db"
    for command in (["diff", "1"], ["changes"]):
        result = run(*command, "--db", str(missing))
        assert result.exit_code == 2
        assert result.output.strip() == f"Error: no database at {missing}"
    assert not missing.exists()


def test_changes_lists_versions_and_events_newest_first(db_path):
    lines = run("changes", "--db", db_path).output.splitlines()
    assert [line.split()[:4] for line in lines] == [
        ["2026-11-06T08:00:00+00:00", str(sample.GONE_ID), "event", "back"],
        ["2026-11-05T08:00:00+00:00", str(sample.GONE_ID), "event", "gone"],
        ["2026-11-04T08:00:00+00:00", str(sample.MINOR_ID), "v3", "substantive"],
        ["2026-11-03T08:00:00+00:00", str(sample.MINOR_ID), "v2", "minor"],
        ["2026-11-02T08:00:00+00:00", str(sample.SCRIPT_ID), "v2", "substantive"],
    ]
    assert lines[2].split()[4:7] == ["+15", "-7", "lead"]
    assert lines[1].split()[4] == "404"
    assert lines[4].endswith(sample.SCRIPT_TITLE)


def test_changes_filters(db_path):
    minor = run("changes", "--kind", "minor", "--db", db_path).output.splitlines()
    assert [line.split()[2:4] for line in minor] == [["v2", "minor"]]
    substantive = run("changes", "--kind", "substantive", "--db", db_path).output.splitlines()
    assert [line.split()[3] for line in substantive] == [
        "back",
        "gone",
        "substantive",
        "substantive",
    ]
    since = run("changes", "--since", "2026-11-04T09:00+01:00", "--db", db_path).output
    assert [line.split()[3] for line in since.splitlines()] == ["back", "gone", "substantive"]
    limited = run("changes", "--limit", "2", "--db", db_path).output
    assert len(limited.splitlines()) == 2


def test_changes_rejects_a_bad_date(db_path):
    result = run("changes", "--since", "yesterday", "--db", db_path)
    assert result.exit_code == 2
    assert "is not an ISO 8601 date or time" in result.output


@pytest.mark.parametrize("command", ["diff", "changes"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"lso {command}" in result.output.split("Example:")[1]
    assert main.commands[command].help.splitlines()[0].strip()
