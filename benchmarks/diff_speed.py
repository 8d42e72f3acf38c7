"""Time article diffs on a typical article, a ~1 MB body and pathological input.

Run: .venv/bin/python benchmarks/diff_speed.py
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from lso_crawler.versions import classify, diff_articles

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


def timed(label: str, run: Callable[[], object], repeat: int = 5) -> None:
    """Print the best and worst wall time of `run` over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    print(f"{label:<58} best {min(times) * 1000:8.1f} ms   worst {max(times) * 1000:8.1f} ms")


def main() -> None:
    """Run every case."""
    rng = random.Random(20261101)
    typical = body(rng, 12, 80)  # ~5 kB, a usual article
    huge = body(rng, 2000, 90)  # ~1 MB
    one_paragraph = paragraph(rng, 180_000)  # ~1 MB without a paragraph break
    repetitive = "\n\n".join(["và của là"] * 40_000)  # worst case for difflib's matcher
    dense = " ".join(["và của"] * 120)  # every paragraph edited, repetitive words: the deadline
    dense_old = "\n\n".join(f"{dense} {i}" for i in range(900))
    dense_new = "\n\n".join(f"{i} {dense.replace('và của và', 'và và của', 3)}" for i in range(900))
    cases = {
        f"typical ({len(typical):,} chars), 3 word edits": (typical, edit(typical, rng, 3)),
        f"huge ({len(huge):,} chars), 20 word edits": (huge, edit(huge, rng, 20)),
        f"huge single paragraph ({len(one_paragraph):,} chars), 1 edit": (
            one_paragraph,
            one_paragraph[:500_000] + " thay-đổi " + one_paragraph[500_000:],
        ),
        f"huge, every paragraph rewritten ({len(huge):,} chars)": (huge, body(rng, 2000, 90)),
        f"huge single paragraph, rewritten ({len(one_paragraph):,} chars)": (
            one_paragraph,
            paragraph(rng, 180_000),
        ),
        f"repetitive ({len(repetitive):,} chars)": (repetitive, repetitive.replace("của", "cua")),
        f"every paragraph edited, repetitive ({len(dense_old):,} chars)": (dense_old, dense_new),
    }
    for label, (old, new) in cases.items():
        timed(
            label,
            lambda old=old, new=new: diff_articles(
                {"title": "T", "body": old}, {"title": "T", "body": new}
            ),
        )
    old_article = {"title": "Hành trình hội nhập", "body": typical}
    new_article = {"title": "Hành trình hội nhập", "body": edit(typical, rng, 1)}
    timed("classify, typical article", lambda: classify(old_article, new_article), repeat=20)


if __name__ == "__main__":
    main()
