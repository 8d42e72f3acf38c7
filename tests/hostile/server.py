"""A real `datasette serve` on the committed metadata.yml, with its process id for memory."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tests.browse.helpers import METADATA, free_port, http_get


@contextlib.contextmanager
def datasette_process(
    db_path: Path, tmp: Path, env: dict[str, str] | None = None
) -> Iterator[tuple[str, int]]:
    """Serve `db_path` on a free loopback port; yields (base URL, server pid)."""
    port = free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(db_path), "-m", str(METADATA)]
    command += ["-h", "127.0.0.1", "-p", str(port)]
    log_path = tmp / f"datasette-{port}.log"
    base = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=METADATA.parent,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if http_get(f"{base}/-/versions.json", timeout=1)[0] == 200:
                        break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    raise RuntimeError("datasette did not start:\n" + log_path.read_text())
                time.sleep(0.1)
            yield base, process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def server_log(tmp: Path) -> str:
    """Everything the servers started under `tmp` wrote."""
    return "".join(p.read_text(errors="replace") for p in sorted(tmp.glob("datasette-*.log")))


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident set so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for {pid}")
