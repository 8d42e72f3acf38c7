"""`lso` starts without importing Scrapy or the archive code (a clean interpreter per check)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("scrapy", "twisted", "cdxj_indexer", "datasette", "sqlite_utils", "warcio", "lxml")


def imported_after(code: str) -> dict[str, bool]:
    """Which HEAVY modules are in sys.modules after running `code` in a fresh interpreter."""
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_listing_commands_imports_nothing_heavy():
    loaded = imported_after(
        "import lso_crawler.cli as cli, click\n"
        "names = cli.main.list_commands(click.Context(cli.main))\n"
        "assert 'crawl' in names and 'diff' in names, names\n"
        "cli.main.get_help(click.Context(cli.main, info_name='lso'))"
    )
    assert not any(loaded.values()), loaded


@pytest.mark.parametrize("name", ["status", "diff", "changes"])
def test_read_commands_do_not_import_scrapy_or_the_indexer(name):
    loaded = imported_after(f"import lso_crawler.cli as cli\ncli.main.commands[{name!r}]")
    assert not loaded["scrapy"] and not loaded["twisted"] and not loaded["cdxj_indexer"], loaded


def test_crawl_imports_scrapy_only_when_it_runs():
    loaded = imported_after("import lso_crawler.cli as cli\ncli.main.commands['crawl']")
    assert not loaded["scrapy"], loaded
