"""Every `lso` command explains itself, with an example, and the listing matches the commands."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lso_crawler.cli import main
from lso_crawler.cli.commands import COMMANDS

NAMES = sorted(COMMANDS)


def test_the_expected_commands_exist():
    assert set(NAMES) >= {
        "crawl",
        "status",
        "reparse",
        "verify",
        "show-capture",
        "wacz",
        "diff",
        "changes",
    }
    assert list(main.commands) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"lso {name}" in result.output.split("Example:", 1)[1]


@pytest.mark.parametrize("name", NAMES)
def test_the_listed_summary_is_the_commands_own_first_line(name):
    command = main.commands[name]
    assert command.name == name
    first_paragraph = " ".join(command.help.split("\n\n", 1)[0].split())
    assert COMMANDS[name].summary == first_paragraph


def test_top_level_help_lists_every_command_and_version():
    runner = CliRunner()
    output = runner.invoke(main, ["--help"]).output
    assert "lso-archive" in output
    listed = output.split("Commands:", 1)[1].split()
    assert [word for word in listed if word in COMMANDS] == NAMES
    assert runner.invoke(main, ["--version"]).output.startswith("lso, version ")


def test_crawl_help_documents_its_exit_codes():
    output = CliRunner().invoke(main, ["crawl", "--help"], terminal_width=100).output
    codes = output.split("Exit codes:", 1)[1].split("Example:", 1)[0]
    assert [
        words[0] for words in map(str.split, codes.splitlines()) if words and words[0].isdigit()
    ] == [
        "0",
        "1",
        "2",
        "75",
    ]
    from lso_crawler import runs as runner

    assert (runner.EX_OK, runner.EX_FAILED, runner.EX_USAGE, runner.EX_TEMPFAIL) == (0, 1, 2, 75)


def test_an_unknown_command_is_one_line_with_status_2():
    result = CliRunner().invoke(main, ["crawll"], prog_name="lso")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: No such command 'crawll'. Did you mean 'crawl'? (try 'lso --help')"
    ]
