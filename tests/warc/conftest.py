"""Fixtures of the WARC tests: a loopback server with exact bytes, and writers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lso_crawler.warc.files import WarcFileWriter
from lso_crawler.warc.records import CrawlInfo
from tests.warc.server import LocalServer

INFO = CrawlInfo(user_agent="lso-archive-test/1", operator="tests <tests@example.org>")


@pytest.fixture(scope="session")
def local_server() -> Iterator[LocalServer]:
    """The loopback server, shared: its replies never change."""
    with LocalServer() as server:
        yield server


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    """An empty archive directory."""
    path = tmp_path / "archive"
    path.mkdir()
    return path


@pytest.fixture
def writer(archive_dir: Path) -> Iterator[WarcFileWriter]:
    """A writer into ``archive_dir``, closed at the end of the test."""
    with WarcFileWriter(archive_dir, INFO, fsync=False) as warc_writer:
        yield warc_writer
