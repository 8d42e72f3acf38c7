"""Datasette fuzz at full count: seeded hostile URLs against a real server on hostile data.

Run: .venv/bin/python benchmarks/datasette_fuzz.py [--many 6000] [--public 3000] [--seed 1]

Builds the hostile database of tests/hostile/fuzz.py (ingest plus planted control
characters, bidi overrides, invalid UTF-8, megabyte fields, extreme dates, broken JSON),
serves it with `datasette serve -m metadata.yml`, once private and once in public mode,
fetches the seeded URLs one at a time and prints, for each server: requests, statuses,
max and p99 time, problems (500s, dropped connections, live markup in HTML, unparsable
JSON or Atom), the exceptions the plugin's handler turned into 400, and the server's peak
RSS. Exits 1 on any problem. Times are noisy on a shared machine; the counts are not.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.hostile import fuzz  # noqa: E402
from tests.hostile.server import datasette_process, peak_rss_mib, server_log  # noqa: E402


def _run(db: Path, tmp: Path, count: int, seed: int, public: bool) -> int:
    ids = fuzz.known_ids(db)
    paths = fuzz.hostile_urls(count, *ids, seed=seed, public=public)
    label = "public" if public else "private"
    log_dir = tmp / label
    log_dir.mkdir()
    env = {"LSO_PUBLIC": "1"} if public else {}
    with datasette_process(db, log_dir, env=env) as (base, pid):
        started = time.monotonic()
        results = fuzz.fetch_all(base, paths)
        wall = time.monotonic() - started
        peak = peak_rss_mib(pid)
    handled = server_log(log_dir).count("Traceback")
    print(f"{label}: {fuzz.summary(results)}")
    print(f"{label}: {handled} exceptions turned into 400; wall {wall:.1f} s; peak {peak:.0f} MiB")
    problems = [r for r in results if r.problem]
    for result in problems[:20]:
        print(f"  {result.status} {result.path[:160]}: {result.problem}")
    return len(problems)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--many", type=int, default=6000, help="URLs for the private server")
    parser.add_argument("--public", type=int, default=3000, help="URLs for the public server")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lso-fuzz-") as name:
        tmp = Path(name)
        started = time.monotonic()
        db = fuzz.build_hostile_db(tmp / "lso.db")
        print(f"hostile database built in {time.monotonic() - started:.1f} s")
        problems = _run(db, tmp, args.many, args.seed, public=False)
        problems += _run(db, tmp, args.public, args.seed + 1, public=True)
    print(f"{args.many + args.public} inputs, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
