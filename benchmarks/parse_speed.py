"""How fast the article parsers are, per site generation.

Loads the parser fixtures (realistic full pages, the current ones about 44 KB), parses
each one many times and prints ms/page and pages/s for `parse_article`, next to the cost
of the lxml parse alone and of a full BeautifulSoup tree for comparison.

    .venv/bin/python benchmarks/parse_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from bs4 import BeautifulSoup
from lxml import html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lso_crawler.parsers import parse_article  # noqa: E402

FIXTURES = ROOT / "tests" / "parsers" / "fixtures"


def load_pages() -> dict[str, list[tuple[bytes, dict]]]:
    """Group the fixture pages that parse to an article by the parser expected for them."""
    pages: dict[str, list[tuple[bytes, dict]]] = defaultdict(list)
    for page in sorted(FIXTURES.glob("*.html")):
        name = page.name.removesuffix(".html")
        expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
        if "parser" in expected:
            meta = json.loads((FIXTURES / f"{name}.meta.json").read_text(encoding="utf-8"))
            pages[expected["parser"]].append((page.read_bytes(), meta))
    return pages


def ms_per_page(work: Callable[[bytes, dict], object], pages: list, rounds: int) -> float:
    """Median over rounds of the mean time to process every page once, in ms."""
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for data, meta in pages:
            work(data, meta)
        timings.append((time.perf_counter() - start) / len(pages))
    return statistics.median(timings) * 1000


def run_parser(data: bytes, meta: dict) -> object:
    captured_at = datetime.fromisoformat(meta["captured_at"])
    return parse_article(data, meta["url"], captured_at, encoding=meta.get("encoding"))


def main() -> None:
    """Print the timings."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=200, help="repetitions (default 200)")
    rounds = options.parse_args().rounds
    groups = load_pages()
    print(
        f"{'generation':<12}{'pages':>6}{'avg KB':>8}{'lxml only':>11}{'full bs4':>10}"
        f"{'parse_article':>15}{'pages/s':>9}"
    )
    for parser_name in sorted(groups):
        pages = groups[parser_name]
        kilobytes = statistics.mean(len(data) for data, _ in pages) / 1024
        lxml_ms = ms_per_page(lambda data, _: html.document_fromstring(data), pages, rounds)
        soup_ms = ms_per_page(
            lambda data, _: BeautifulSoup(data, "lxml"), pages, max(1, rounds // 10)
        )
        parse_ms = ms_per_page(run_parser, pages, rounds)
        print(
            f"{parser_name:<12}{len(pages):>6}{kilobytes:>8.1f}{lxml_ms:>9.2f}ms{soup_ms:>8.2f}ms"
            f"{parse_ms:>13.2f}ms{1000 / parse_ms:>9.0f}"
        )


if __name__ == "__main__":
    main()
