"""Rewrite the fixtures' expected JSON from what the parsers return now.

Run it after a deliberate parser change, then review every changed line before committing:

    .venv/bin/python tests/parsers/regenerate.py            # all fixtures
    .venv/bin/python tests/parsers/regenerate.py legacy_seed
    git diff tests/parsers/fixtures/

The expected files are the reviewed truth; this script only saves typing. Tests never call it.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, Python puts this folder on the path, not the project root `tests` lives in.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.parsers.fixture_files import (
    expected,
    fixture_names,
    parse_record,
    write_expected,
)


def main(names: list[str]) -> int:
    """Regenerate the named fixtures (all when none are named); print which ones changed."""
    known = fixture_names()
    unknown = sorted(set(names) - set(known))
    if unknown:
        print(f"no such fixture: {', '.join(unknown)}", file=sys.stderr)
        return 2
    for name in names or known:
        record = parse_record(name)
        try:
            changed = expected(name) != record
        except FileNotFoundError:
            changed = True
        if changed:
            write_expected(name, record)
        print(f"{'changed' if changed else 'same   '} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
