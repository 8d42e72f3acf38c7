"""How fast the article parsers are, per parser, and the general reader on big pages.

Loads the parser fixtures (realistic full pages, the current ones about 44 KB), parses
each one many times and prints ms/page and pages/s for `parse_article`, next to the cost
of the lxml parse alone and of a full BeautifulSoup tree for comparison. Then times the
general reader (generic_v1) forced onto a typical 45 KB current page and onto a 5 MB page
(that page's body repeated), with and without the lxml parse, and onto 5 MB pages of other
shapes (inline script, base64 pictures, inline SVG, a huge link list). "lxml only" is the
whole load (decode, sanitize, libxml2). Targets: generic ≤ 5 ms at 45 KB and ≤ 50 ms at
5 MB; a current page ≈ 2 ms (reparse at ≥ 500 captures/s).

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

from lso_crawler.parsers import load_capture, parse_article  # noqa: E402
from lso_crawler.parsers.generic import GenericV1  # noqa: E402

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
    typical = next(
        (data, meta)
        for data, meta in groups["current_v1"]
        if b'id="content-detail"' in data and len(data) > 40_000
    )
    general_reader(typical, rounds)


def big_page(data: bytes) -> bytes:
    """A 5 MB article: the page's body paragraphs repeated inside its body container."""
    text = data.decode("utf-8")
    start = text.index("<p", text.index('id="content-detail"'))
    end = text.index("</div>", start)
    body = text[start:end]
    copies = (5 * 1024 * 1024 - len(text)) // len(body)
    return (text[:end] + body * copies + text[end:]).encode("utf-8")


def other_big_pages(data: bytes) -> list[tuple[str, bytes]]:
    """5 MB pages of other shapes: the typical page plus inline script, base64 pictures,
    an inline SVG drawing, or a list of 100,000 links."""
    text = data.decode("utf-8")
    size = 5 * 1024 * 1024
    picture = "data:image/png;base64," + "QUJD" * (size // 80)
    script = '<script>var s="' + "abc def; " * (size // 9) + '";</script>'
    drawing = "<svg>" + '<path d="M0 0L10 10"/>' * (size // 24) + "</svg>"
    links = "<ul>" + "<li><a href='/x'>Tin khác</a></li>" * (size // 37) + "</ul>"
    shapes = {
        "+ inline script": ("</head>", script),
        "+ base64 pictures": ("</body>", f'<img src="{picture}">' * 20),
        "+ inline SVG": ("</body>", drawing),
        "+ 100k links": ("</body>", links),
    }
    return [
        (label, text.replace(anchor, extra + anchor, 1).encode("utf-8"))
        for label, (anchor, extra) in shapes.items()
    ]


def general_reader(page: tuple[bytes, dict], rounds: int) -> None:
    """Print the general reader's time on a typical page and on 5 MB pages."""
    print()
    print(f"{'generic_v1 on':<22}{'KB':>8}{'lxml only':>11}{'reader':>10}{'total':>10}")
    data, meta = page
    url = meta["url"]
    captured_at = datetime.fromisoformat(meta["captured_at"])
    big_rounds = max(3, rounds // 40)
    for label, payload, repeat in (
        ("a typical page", data, rounds),
        ("a 5 MB page", big_page(data), big_rounds),
        *((label, payload, big_rounds) for label, payload in other_big_pages(data)),
    ):
        limit = len(payload) + 1
        load_ms = ms_per_page(
            lambda d, _, limit=limit: load_capture(d, max_chars=limit), [(payload, {})], repeat
        )
        total_ms = ms_per_page(
            lambda d, _, limit=limit: GenericV1().parse(
                load_capture(d, max_chars=limit), url, captured_at
            ),
            [(payload, {})],
            repeat,
        )
        print(
            f"{label:<22}{len(payload) / 1024:>8.0f}{load_ms:>9.2f}ms{total_ms - load_ms:>8.2f}ms"
            f"{total_ms:>8.2f}ms"
        )


if __name__ == "__main__":
    main()
