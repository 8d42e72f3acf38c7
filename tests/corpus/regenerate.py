"""Rewrite the corpus's expected records from the content; review `git diff` before committing.

.venv/bin/python tests/corpus/regenerate.py [MARKUP ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.corpus.corpus import all_markups, write_fixture


def main(names: list[str]) -> int:
    """Regenerate the named markups' fixtures (all when none are named)."""
    for name in names or list(all_markups()):
        write_fixture(name)
        print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
