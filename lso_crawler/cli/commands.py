"""Every `lso` command: its name, the module that defines it, and its one-line summary.

`lso --help` reads this table instead of importing the commands, so it starts at once.

To add a command: define it with `@click.command("name")` in a module under
`lso_crawler/cli/` (import heavy libraries inside that module, never here), then add one
line below. `tests/unit/test_cli_help.py` checks that each summary is the first line of
the command's own help and that each command has an `Example:` block.
"""

from __future__ import annotations

from lso_crawler.cli.lazy import Entry

COMMANDS: dict[str, Entry] = {
    "crawl": Entry(
        "lso_crawler.cli.ops",
        "crawl",
        "Crawl the site once, safely: one run at a time, logged, summarised.",
    ),
    "fetch-images": Entry(
        "lso_crawler.cli.images",
        "fetch_images",
        "Fetch the missing caption images of archived versions.",
    ),
    "status": Entry(
        "lso_crawler.cli.ops",
        "status",
        "Show the crawler's health: last run, totals, archive size, disk, whether a run is active.",
    ),
    "diff": Entry(
        "lso_crawler.cli.versions",
        "diff_command",
        "Show what changed between two versions of an article, word by word.",
    ),
    "changes": Entry(
        "lso_crawler.cli.versions",
        "changes_command",
        "List recent changes, newest first: new versions and lifecycle events.",
    ),
    "parse": Entry(
        "lso_crawler.cli.parse",
        "parse_command",
        "Parse one saved page and show which parser read it, why, and every field's source.",
    ),
    "reparse": Entry(
        "lso_crawler.cli.reparse",
        "reparse",
        "Rebuild or update the database from the WARC files alone, with the current parsers.",
    ),
    "verify": Entry(
        "lso_crawler.cli.archive",
        "verify",
        "Check every WARC file and every database pointer into them.",
    ),
    "show-capture": Entry(
        "lso_crawler.cli.archive",
        "show_capture",
        "Print the HTTP response a version of an article was parsed from.",
    ),
    "wacz": Entry(
        "lso_crawler.cli.archive",
        "wacz",
        "Package WARC files as one WACZ for ReplayWeb.page, listing the articles as pages.",
    ),
}
