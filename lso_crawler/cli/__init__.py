"""The `lso` command line: a thin click layer over the library modules.

Commands are listed in `lso_crawler.cli.commands` and imported only when they run, so
`lso --help` never imports Scrapy or the archive code.
"""

from __future__ import annotations

import click

from lso_crawler import __version__
from lso_crawler.cli.commands import COMMANDS
from lso_crawler.cli.lazy import LazyGroup


@click.group(
    cls=LazyGroup,
    table=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="lso")
def main() -> None:
    """lso-archive: archive Báo Lạng Sơn and track how its articles change.

    Every command reads LSO_DB_PATH and LSO_ARCHIVE_DIR from the environment when
    --db / --archive are not given.

    \b
    Example:
        lso --help
        LSO_DB_PATH=demo-data/db/lso.db lso changes
    """
