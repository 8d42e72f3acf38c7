"""`lso parse`: the parser chosen and why, every field and its source, refusals explained."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from lso_crawler.cli import main
from tests.parsers.fixture_files import FIXTURES, expected, meta

SEED = FIXTURES / "legacy_seed.html"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["parse", *args])
    return result.exit_code, result.output


def test_text_report_names_parser_scores_and_field_sources() -> None:
    code, output = run(str(SEED), "--url", meta("legacy_seed")["url"])
    assert code == 0, output
    assert "markers:  legacy_v1 1, current_v1 0, generic_v1 0.35" in output
    assert "chosen:   legacy_v1 (highest marker score 1)" in output
    assert expected("legacy_seed")["title"] in output
    assert "from: upload-path" in output  # dateline_date's source, from the parse notes


def test_json_report_carries_every_field_with_its_value() -> None:
    name = "generic_wordpress_author_before"
    code, output = run(
        str(FIXTURES / f"{name}.html"),
        "--url",
        meta(name)["url"],
        "--captured-at",
        meta(name)["captured_at"],
        "--format",
        "json",
    )
    assert code == 0, output
    report = json.loads(output)
    want = expected(name)
    assert report["parser"] == "generic_v1" and report["chosen"] == "generic_v1"
    for field, item in report["fields"].items():
        assert item["value"] == want[field], field
        assert item["from"], field
    assert report["fields"]["byline"]["from"] == "before-text"


def test_a_refused_page_exits_1_with_the_reason() -> None:
    code, output = run(
        str(FIXTURES / "error_not_found_shell.html"), "--url", meta("error_not_found_shell")["url"]
    )
    assert code == 1
    assert "refused:  removed" in output


def test_control_characters_are_escaped_in_both_formats(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(SEED.read_bytes().replace(b"<body", b"<body data-x='\xe2\x80\xae'"))
    url = meta("legacy_seed")["url"].replace("204871", "204871")
    for fmt in ("text", "json"):
        code, output = run(str(page), "--url", url + "?\x1b[31m\u202e", "--format", fmt)
        assert code == 0, output
        assert "\x1b" not in output and "\u202e" not in output


def test_usage_errors_exit_2() -> None:
    assert run("no-such-file.html", "--url", "https://baolangson.vn/a-5071654.html")[0] == 2
    assert run(str(SEED))[0] == 2  # no canonical link and no --url
    assert run("5071654")[0] == 2  # archive ids are not wired yet
    assert run(str(SEED), "--url", "x", "--captured-at", "yesterday")[0] == 2


def test_the_command_module_imports_the_parsers_only_when_run() -> None:
    # `lso --help` must start fast: lxml and the parsers load inside the command.
    import ast

    import lso_crawler.cli.parse as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    top_level = [
        node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]
    assert not [name for name in top_level if "parsers" in (name or "") or "lxml" in (name or "")]
