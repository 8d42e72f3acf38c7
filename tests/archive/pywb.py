"""pywb over an lso archive: a collection built from the WARC files and their CDXJ indexes,
served on a free loopback port by the `wayback` of `make test`'s own venv."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.crawl import REPO

# pywb pins older cryptography than Scrapy needs, so `make test` installs it in its own venv.
WAYBACK = REPO / ".venv-replay" / "bin" / "wayback"
COLLECTION = "lso"
# Loopback only, whatever proxy the environment sets.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def require_wayback() -> None:
    """Skip without pywb; fail when CI is set (`make test` installs it)."""
    if not WAYBACK.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{WAYBACK} is missing: `make test` installs it")
        pytest.skip(f"{WAYBACK} is missing; run `make test` to install pywb")


def free_port(avoid: Iterable[int] = ()) -> int:
    """A free loopback port, none of `avoid` (the ports of servers just stopped)."""
    while True:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port not in set(avoid):
            return port


def make_collection(
    root: Path,
    archive_dir: Path,
    *,
    config: str = "",
    templates: dict[str, str] | None = None,
) -> Path:
    """A pywb directory under `root` whose collection holds the archive's WARC files and one
    sorted index made of the archive's own CDXJ files (never reindexed by pywb)."""
    collection = root / "collections" / COLLECTION
    (collection / "archive").mkdir(parents=True)
    (collection / "indexes").mkdir()
    for warc in archive_dir.glob("*.warc.gz"):
        shutil.copy(warc, collection / "archive")
    lines = sorted(
        line
        for index in (archive_dir / "indexes").glob("*.cdxj")
        for line in index.read_text().splitlines()
    )
    (collection / "indexes" / "index.cdxj").write_text("\n".join(lines) + "\n")
    if config:
        (root / "config.yaml").write_text(config)
    if templates:
        (collection / "templates").mkdir()
        for name, text in templates.items():
            (collection / "templates" / name).write_text(text)
    return root


@contextmanager
def running_pywb(root: Path, avoid: Iterable[int] = ()) -> Iterator[str]:
    """Serve the pywb directory `root`; yields the collection's base URL once it answers."""
    port = free_port(avoid)
    log = (root / "pywb.log").open("wb")
    server = subprocess.Popen(
        [str(WAYBACK), "--port", str(port), "--bind", "127.0.0.1"],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/{COLLECTION}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with HTTP.open(f"http://127.0.0.1:{port}/", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        "pywb did not start: " + (root / "pywb.log").read_text()[-2000:]
                    ) from None
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
