"""A real `datasette serve` (see tests.browse.helpers), its log and its memory."""

from __future__ import annotations

from pathlib import Path


def server_log(tmp: Path) -> str:
    """Everything the servers started under `tmp` wrote."""
    return "".join(p.read_text(errors="replace") for p in sorted(tmp.glob("datasette-*.log")))


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident set so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for {pid}")
