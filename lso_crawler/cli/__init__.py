"""The `lso` command line: a thin click layer over the library modules.

Each command family lives in its own module and registers itself on `main`.
"""

from __future__ import annotations

import click

from lso_crawler import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lso")
def main() -> None:
    """lso-archive: archive Báo Lạng Sơn and track how its articles change.

    \b
    Example:
        lso --help
    """


def _register_commands() -> None:
    # Imported for their side effect of adding commands to `main`.
    from lso_crawler.cli import commands  # noqa: F401


_register_commands()
