"""Time `lso reparse` on a real-size synthetic archive, cold, with one and two parse workers.

Writes (or reuses) a synthetic archive of N current-template article captures (see
synthetic_archive.py; 20 % of articles get a second, edited capture), then for each --jobs
value rebuilds a fresh database with the real `lso reparse` command and reports:

- captures/s in wall time, start-up and the final index/FTS/browse rebuild included;
- CPU per capture, summed over the writer and its parse workers;
- peak memory: the largest resident set of the process tree while it ran, sampled.

    .venv/bin/python benchmarks/reparse_scale.py                 # 100,000 articles
    .venv/bin/python benchmarks/reparse_scale.py --articles 10000 --jobs 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.synthetic_archive import build  # noqa: E402

LSO = str(Path(sys.executable).with_name("lso"))
SAMPLE_SECONDS = 0.25


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        pending.extend(int(child) for child in children)
    return total / 1024


def run(archive: Path, database: Path, jobs: int) -> dict[str, float]:
    """One cold `lso reparse` into a new database."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    process = subprocess.Popen(
        [LSO, "reparse", "--archive", str(archive), "--db", str(database), "--jobs", str(jobs)],
        stdout=subprocess.PIPE,
        text=True,
    )
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_mb(process.pid))
        time.sleep(SAMPLE_SECONDS)
    wall = time.monotonic() - started
    out = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"lso reparse failed ({process.returncode}): {out}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    captures = int(out.split(" captures in ")[0].rsplit(" ", 1)[-1])
    return {
        "jobs": jobs,
        "captures": captures,
        "seconds": round(wall, 1),
        "captures_per_s": round(captures / wall),
        "cpu_ms_per_capture": round(cpu / captures * 1000, 2),
        "peak_rss_mb": round(peak),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "lso-bench", help="cache"
    )
    args = parser.parse_args()
    archive = args.dir / f"synthetic-{args.articles}"
    print(f"archive: {archive} ...", file=sys.stderr)
    captures = build(archive, args.articles)
    size = sum(p.stat().st_size for p in archive.glob("*.warc.gz"))
    print(f"{captures} captures, {size / 1e6:.0f} MB of WARC", file=sys.stderr)
    results = [run(archive, args.dir / "reparse.db", jobs) for jobs in args.jobs]
    print("| --jobs | captures | wall s | captures/s | CPU ms/capture | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['jobs']} | {r['captures']} | {r['seconds']} | {r['captures_per_s']} "
            f"| {r['cpu_ms_per_capture']} | {r['peak_rss_mb']} |"
        )
    print(json.dumps({"articles": args.articles, "cores": os.cpu_count(), "runs": results}))


if __name__ == "__main__":
    main()
