"""Time article diffs: typical edits, huge bodies, and the adversarial inputs of issue 12.

Every case must stay within the documented 0.5 s per article (normalising included);
the script prints max and p99 wall time per case and overall, with the time to store
the diff (to_json) and to make its snippet, and exits 1 if any diff took longer.

Run: .venv/bin/python benchmarks/diff_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import math
import random
import string
import sys
import time
from collections.abc import Callable

from lso_crawler.versions import classify, diff_articles
from lso_crawler.versions.diff import diff_snippet

PROMISE = 0.5  # seconds per article diff

_SAMPLE = (
    "Lạng Sơn tỉnh biên giới cửa khẩu Hữu Nghị Tân Thanh chợ Đông Kinh Kỳ Lừa nhân dân "
    "phát triển kinh tế xã hội an ninh quốc phòng đồng bào dân tộc Tày Nùng Dao Mông "
    "huyện thành phố năm tháng ngày của và là có được trong cho với những các một"
)
SYLLABLES = _SAMPLE.split(" ")


def paragraph(rng: random.Random, words: int) -> str:
    """A Vietnamese-looking paragraph of `words` syllables."""
    return " ".join(rng.choice(SYLLABLES) for _ in range(words)).capitalize() + "."


def body(rng: random.Random, paragraphs: int, words: int) -> str:
    """A body of `paragraphs` paragraphs separated by blank lines."""
    return "\n\n".join(paragraph(rng, words) for _ in range(paragraphs))


def edit(text: str, rng: random.Random, edits: int) -> str:
    """`text` with `edits` words replaced, a paragraph inserted and one deleted."""
    paragraphs = text.split("\n\n")
    for _ in range(edits):
        index = rng.randrange(len(paragraphs))
        words = paragraphs[index].split(" ")
        words[rng.randrange(len(words))] = "thay-đổi"
        paragraphs[index] = " ".join(words)
    paragraphs.insert(len(paragraphs) // 2, paragraph(rng, 60))
    del paragraphs[len(paragraphs) // 3]
    return "\n\n".join(paragraphs)


def number(rng: random.Random) -> str:
    """A figure as Báo Lạng Sơn prints them: 1.250, 20,5, 1.250.000."""
    value = rng.randint(0, 9_999_999)
    if rng.random() < 0.3:
        return f"{value % 1000},{rng.randint(0, 9)}"
    return f"{value:,}".replace(",", ".")


def table(rng: random.Random, rows: int, columns: int, cell: Callable[[], str]) -> list[str]:
    """Rows of a numeric table, one text line each."""
    return [" ".join(cell() for _ in range(columns)) for _ in range(rows)]


def random_text(rng: random.Random, size: int) -> str:
    """`size` random characters: letters, Vietnamese letters, digits, spaces, newlines."""
    alphabet = string.ascii_lowercase + "àáạảãăắằđêếềôơưữ" + string.digits + "  .,\n"
    return "".join(rng.choices(alphabet, k=size))


def cases(rng: random.Random) -> dict[str, tuple[str, str]]:
    """Every (old body, new body) pair to time, by label."""
    out: dict[str, tuple[str, str]] = {}
    typical = body(rng, 12, 80)  # ~5 kB, a usual article
    out["typical article, 3 word edits"] = (typical, edit(typical, rng, 3))
    huge = body(rng, 2000, 90)  # ~1 MB
    out["1 MB body, 20 word edits"] = (huge, edit(huge, rng, 20))
    out["1 MB body, every paragraph rewritten"] = (huge, body(rng, 2000, 90))
    one = paragraph(rng, 180_000)  # ~1 MB without a paragraph break
    at = one.index(" ", 500_000)
    out["1 MB single paragraph, 1 edit"] = (one, one[:at] + " thay-đổi" + one[at:])
    out["1 MB single paragraph, rewritten"] = (one, paragraph(rng, 180_000))
    dense = " ".join(["và của"] * 120)
    out["every paragraph edited, repetitive words"] = (
        "\n\n".join(f"{dense} {i}" for i in range(900)),
        "\n\n".join(f"{i} {dense.replace('và của và', 'và và của', 3)}" for i in range(900)),
    )
    # Issue 12: 10,000 distinct tokens against the same with a token after each (68 s).
    tokens = [f"từ{i}" for i in range(10_000)]
    distinct = " ".join(tokens)
    out["10,000 distinct tokens, one X after each"] = (
        distinct,
        " ".join(f"{t} X" for t in tokens),
    )
    out["10,000 distinct tokens, a new token after each"] = (
        distinct,
        " ".join(f"{t} mới{i}" for i, t in enumerate(tokens)),
    )
    # Issue 12: a 53 KB table of numbers that gains a column (14 s in save_article).
    rows = table(rng, 620, 9, lambda: number(rng))
    grown = [f"{row} {number(rng)}" for row in rows]
    out["53 KB numeric table gains a column (rows)"] = ("\n\n".join(rows), "\n\n".join(grown))
    out["53 KB numeric table gains a column (one paragraph)"] = (" ".join(rows), " ".join(grown))
    plain = table(rng, 1_150, 8, lambda: str(rng.randint(0, 9_999)))  # 3.6 s before
    out["45 KB table of 4-digit numbers gains a column"] = (
        " ".join(plain),
        " ".join(f"{row} {rng.randint(0, 9_999)}" for row in plain),
    )
    small = table(rng, 2_600, 8, lambda: str(rng.randint(0, 20)))
    out["53 KB small-integer table gains a column"] = (
        " ".join(small),
        " ".join(f"{row} {rng.randint(0, 20)}" for row in small),
    )
    # Issue 12: 440 KB of repetitive text.
    paragraphs = "\n\n".join(["và của là"] * 40_000)
    out["440 KB repetitive paragraphs, each edited"] = (
        paragraphs,
        paragraphs.replace("của", "cua"),
    )
    words = " ".join(["và của là"] * 40_000)
    out["440 KB repetitive paragraph, 500 edits"] = (words, words.replace("của", "cua", 500))
    # Issue 12: 5 MB random.
    noise = random_text(rng, 5_000_000)
    out["5 MB random vs 5 MB random"] = (noise, random_text(rng, 5_000_000))
    out["5 MB random, 2 edits"] = (
        noise,
        noise[:1_000_000] + "xyz" + noise[1_000_000:3_000_000] + noise[3_000_100:],
    )
    return out


def p99(times: list[float]) -> float:
    """The 99th percentile (nearest rank)."""
    ordered = sorted(times)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def main() -> int:
    """Run every case, print the table, and exit 1 if any diff broke the promise."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per case (default 10)")
    args = parser.parse_args()
    rng = random.Random(20261101)
    every: list[float] = []
    header = (
        f"{'case':<52} {'KB':>6} {'max ms':>8} {'p99 ms':>8} coarse {'json KB':>8} {'store ms':>8}"
    )
    print(header)
    print("-" * len(header))
    for label, (old, new) in cases(rng).items():
        old_article, new_article = {"title": "T", "body": old}, {"title": "T", "body": new}
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            diff = diff_articles(old_article, new_article)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        stored = diff.to_json()
        diff_snippet(diff)
        store = time.perf_counter() - start
        every += times
        size = len(old.encode()) // 1000
        print(
            f"{label:<52} {size:>6} {max(times) * 1000:>8.1f} {p99(times) * 1000:>8.1f} "
            f"{'yes' if diff.coarse else 'no':>6} {len(stored.encode()) / 1000:>8.0f} "
            f"{store * 1000:>8.1f}"
        )
    typical = body(rng, 12, 80)
    old_article = {"title": "Hành trình hội nhập", "body": typical}
    new_article = {"title": "Hành trình hội nhập", "body": edit(typical, rng, 1)}
    start = time.perf_counter()
    for _ in range(20):
        classify(old_article, new_article)
    print(f"classify, typical article: {(time.perf_counter() - start) / 20 * 1000:.1f} ms")
    worst = max(every)
    print(f"all {len(every)} diffs: max {worst * 1000:.1f} ms, p99 {p99(every) * 1000:.1f} ms")
    if worst > PROMISE:
        print(f"FAIL: a diff took longer than {PROMISE} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
