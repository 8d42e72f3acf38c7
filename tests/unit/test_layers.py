"""The layout is the architecture: only the Scrapy glue imports Scrapy.

Each check runs in a fresh interpreter, so modules imported by other tests do not count.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import lso_crawler

PACKAGE = Path(lso_crawler.__file__).parent
GLUE = PACKAGE / "crawl"


def _modules_outside_the_glue() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if GLUE in path.parents:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _imported_after(statement: str) -> set[str]:
    probe = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(done.stdout.split())


def test_nothing_below_the_glue_imports_scrapy() -> None:
    # One interpreter imports every module in turn and names the first that loads Scrapy.
    modules = _modules_outside_the_glue()
    probe = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'scrapy' in sys.modules or 'twisted' in sys.modules:\n"
        "        print(name)\n"
        "        break\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "", f"{done.stdout.strip()} pulls in Scrapy or Twisted"
    assert len(modules) > 50


def test_the_cli_starts_without_scrapy_or_the_indexer() -> None:
    loaded = _imported_after(
        "from lso_crawler.cli import main\n"
        "from click.testing import CliRunner\n"
        "CliRunner().invoke(main, ['--help'])"
    )
    assert "scrapy" not in loaded
    assert "cdxj_indexer" not in loaded


def test_the_glue_is_where_scrapy_is() -> None:
    assert "scrapy" in _imported_after("import lso_crawler.crawl.archiving")


def test_the_modules_the_issue_names_are_covered() -> None:
    names = set(_modules_outside_the_glue())
    for required in (
        "lso_crawler.parsers",
        "lso_crawler.ingest.rows",
        "lso_crawler.ingest.analysis",
        "lso_crawler.store",
        "lso_crawler.versions.decide",
        "lso_crawler.cli",
    ):
        assert required in names
