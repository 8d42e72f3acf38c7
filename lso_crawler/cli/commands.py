"""Registers every command module on the `lso` group."""

from __future__ import annotations

from lso_crawler.cli import archive, ops, versions
from lso_crawler.cli import parse as parse_commands

__all__ = ["archive", "ops", "parse_commands", "versions"]
