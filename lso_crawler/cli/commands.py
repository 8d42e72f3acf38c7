"""Registers every command module on the `lso` group."""

from __future__ import annotations

from lso_crawler.cli import archive, ops, reparse, versions

__all__ = ["archive", "ops", "reparse", "versions"]
