"""Time how long `lso` commands take to start and answer, as a user runs them.

Run: .venv/bin/python benchmarks/cli_start.py [--runs 7]

Each command runs as a fresh process (the venv's `lso` script); the first run of each is
discarded so the figures are for a warm file cache. Targets (issue 9): `lso --help`
≤ 0.3 s, `lso status` and `lso diff` ≤ 0.5 s. On a shared machine the numbers are noisy:
compare the median, and rerun when they look off.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.versions import sample  # noqa: E402  (after the path is set)

LSO = str(Path(sys.executable).with_name("lso"))
TARGETS = {"--help": 0.3, "status": 0.5, "diff": 0.5, "changes": 0.5}


def timed(args: list[str], runs: int) -> list[float]:
    """Wall times of `lso ARGS`, `runs` times after one warm-up run."""
    times = []
    for index in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run([LSO, *args], capture_output=True, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):
            raise SystemExit(f"lso {' '.join(args)} exited {done.returncode}: {done.stderr!r}")
        if index:
            times.append(elapsed)
    return times


def main() -> None:
    """Build a small database, then time each command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(sample.build(Path(tmp) / "lso.db"))
        commands = {
            "--help": ["--help"],
            "status": ["status", "--db", db, "--archive", tmp],
            "diff": ["diff", str(sample.SCRIPT_ID), "--db", db],
            "changes": ["changes", "--db", db],
        }
        print(f"{'command':<11}{'median':>8} {'min':>8} {'max':>8}  target")
        for name, command in commands.items():
            times = timed(command, args.runs)
            median = statistics.median(times)
            verdict = "ok" if median <= TARGETS[name] else "OVER"
            print(
                f"lso {name:<7}{median:8.3f} {min(times):8.3f} {max(times):8.3f}"
                f"  ≤ {TARGETS[name]} s {verdict}"
            )


if __name__ == "__main__":
    main()
