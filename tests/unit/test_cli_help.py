"""Every `lso` command explains itself, with an example."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lso_crawler.cli import main

COMMANDS = sorted(main.commands)


def test_the_expected_commands_exist():
    assert set(COMMANDS) >= {
        "crawl",
        "status",
        "reparse",
        "verify",
        "show-capture",
        "wacz",
        "diff",
        "changes",
    }


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"lso {name}" in result.output.split("Example:", 1)[1]


def test_top_level_help_and_version():
    runner = CliRunner()
    assert "lso-archive" in runner.invoke(main, ["--help"]).output
    assert runner.invoke(main, ["--version"]).output.startswith("lso, version ")
