"""Seeded fuzz: hostile pairs never raise, and every diff (coarse too) rebuilds both sides."""

from __future__ import annotations

import random
import unicodedata

from lso_crawler.versions import diff_articles
from lso_crawler.versions.diff import (
    MAX_WORK,
    ArticleDiff,
    Block,
    Budget,
    diff_blocks,
    diff_snippet,
    tokenize,
)
from lso_crawler.versions.fields import field_blocks

SEED = 20261201
PAIRS = 3_000

_SAMPLE = (
    "Lạng Sơn tỉnh biên giới cửa khẩu Hữu Nghị Đồng Đăng chợ Kỳ Lừa của và là có được "
    "trong cho với những các một năm tháng ngày đồng tỷ triệu"
)
SYLLABLES = _SAMPLE.split(" ")
NUMBERS = ["1.250", "1.480", "20,5", "7/2", "1.250.000", "-3", "12:30", "0", "2024", "+1,5"]
CONTROLS = [chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]]
ODD = [
    "\u0301",  # combining acute
    "\u0323\u0302",  # combining dot below + circumflex
    "e\u0301\u0301\u0301",
    "\u202e",
    "\u2066",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "\ufffe",
    "\ud800",  # a lone surrogate
    "\U0001f600",
    "漢字",
    "\u00a0",
    "\u2028",
    "<script>",
    "&amp;",
    "[-",
    "{+",
    "…",
]


def word(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(SYLLABLES)
    if roll < 0.75:
        return rng.choice(NUMBERS)
    if roll < 0.85:
        return rng.choice(ODD)
    if roll < 0.92:
        return "".join(rng.choice(CONTROLS) for _ in range(rng.randint(1, 3)))
    return rng.choice(".,;:!?()\"'-–/")


def text(rng: random.Random, words: int) -> str:
    seps = [" "] * 12 + ["\n", "\n\n", "  ", "\t", " \n \n "]
    return "".join(word(rng) + rng.choice(seps) for _ in range(words))


def mutate(rng: random.Random, original: str) -> str:
    tokens = tokenize(original)
    for _ in range(rng.choice([0, 1, 1, 2, 5, 30])):
        if not tokens:
            tokens = [word(rng)]
            continue
        at = rng.randrange(len(tokens))
        kind = rng.random()
        if kind < 0.35:
            tokens[at] = " " + word(rng)
        elif kind < 0.6:
            tokens.insert(at, " " + word(rng))
        elif kind < 0.8:
            del tokens[at]
        elif kind < 0.9:
            tokens.insert(at, "\n\n")
        else:
            tokens[at:at] = tokens[at : at + rng.randint(1, 20)]  # duplicate a stretch
    return "".join(tokens)


def pair(rng: random.Random) -> tuple[str, str]:
    """An (old, new) body pair from one of several hostile families."""
    family = rng.randrange(9)
    if family == 0:  # empty or blank on either side
        return rng.choice(["", " ", "\n\n", "\x00"]), text(rng, rng.randint(0, 30))
    if family == 1:  # repetitive
        unit = text(rng, rng.randint(1, 4))
        old = unit * rng.randint(1, 400)
        return old, mutate(rng, old)
    if family == 2:  # numbers only, a table gaining a column
        rows = [" ".join(rng.choice(NUMBERS) for _ in range(6)) for _ in range(rng.randint(1, 60))]
        sep = rng.choice([" ", "\n\n"])
        new = [f"{row} {rng.choice(NUMBERS)}" for row in rows]
        return sep.join(rows), sep.join(new)
    if family == 3:  # unrelated texts
        return text(rng, rng.randint(0, 200)), text(rng, rng.randint(0, 200))
    if family == 4 and rng.random() < 0.05:  # occasionally huge
        old = text(rng, rng.randint(20_000, 60_000))
        return old, mutate(rng, old)
    if family == 5:  # only control and combining characters
        pool = CONTROLS + ODD
        old = "".join(rng.choice(pool) for _ in range(rng.randint(0, 50)))
        return old, "".join(rng.choice(pool) for _ in range(rng.randint(0, 50)))
    if family == 6:  # reordered paragraphs
        paragraphs = [text(rng, rng.randint(1, 20)) for _ in range(rng.randint(1, 12))]
        shuffled = paragraphs[:]
        rng.shuffle(shuffled)
        return "\n\n".join(paragraphs), "\n\n".join(shuffled)
    old = text(rng, rng.randint(0, 300))
    return old, mutate(rng, old)


def rebuilt(blocks: tuple[Block, ...], side: str) -> list[str]:
    drop = "insert" if side == "old" else "delete"
    out = []
    for block in blocks:
        if block.op == "replace":
            out.append("".join(s.text for s in block.segments if s.op != drop))
            assert block.old == "".join(s.text for s in block.segments if s.op != "insert")
            assert block.new == "".join(s.text for s in block.segments if s.op != "delete")
            assert all(s.text for s in block.segments)
        elif block.op != drop:
            out.append(block.new if block.op == "insert" else block.old)
    return out


def check_article(old: dict, new: dict, work: int) -> ArticleDiff:
    diff = diff_articles(old, new, work=work)
    by_field = {field.field: field for field in diff.fields}
    for name in {*old, *new}:
        old_blocks, new_blocks = field_blocks(old, name), field_blocks(new, name)
        if name not in by_field:
            assert old_blocks == new_blocks
            continue
        field = by_field[name]
        assert rebuilt(field.blocks, "old") == old_blocks
        assert rebuilt(field.blocks, "new") == new_blocks
        assert 0 <= field.chars_added <= sum(map(len, new_blocks))
        assert 0 <= field.chars_removed <= sum(map(len, old_blocks))
    stored = diff.to_json()
    stored.encode("utf-8")
    assert ArticleDiff.from_json(stored) == diff
    for limit in (280, 40):
        snippet = diff_snippet(diff, limit)
        assert len(snippet) <= limit
        assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in snippet)
    return diff


def test_fuzzed_article_pairs():
    rng = random.Random(SEED)
    coarse = 0
    for _ in range(PAIRS):
        old_body, new_body = pair(rng)
        old = {"title": text(rng, rng.randint(0, 8)), "body": old_body}
        new = {"title": rng.choice([old["title"], mutate(rng, old["title"])]), "body": new_body}
        if rng.random() < 0.2:
            old["tags"] = [word(rng) for _ in range(rng.randint(0, 5))]
            new["tags"] = [mutate(rng, tag) for tag in old["tags"]]
        work = rng.choice([0, 50, 500, 5_000, 50_000, MAX_WORK, MAX_WORK])
        coarse += check_article(old, new, work).coarse
    assert coarse > PAIRS // 20  # the coarse paths were exercised too


def test_fuzzed_raw_blocks_rebuild_exactly():
    # diff_blocks on blocks that were never normalised: spaces, controls, empty blocks.
    rng = random.Random(SEED + 1)
    for _ in range(PAIRS // 3):
        old = [text(rng, rng.randint(0, 12)) for _ in range(rng.randint(0, 8))]
        new = [mutate(rng, block) for block in old if rng.random() < 0.8]
        new += [text(rng, rng.randint(0, 12)) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.2:
            rng.shuffle(new)
        budget = Budget(3600.0, rng.choice([0, 100, 2_000, MAX_WORK]))
        blocks = diff_blocks(old, new, budget=budget)
        assert rebuilt(blocks, "old") == old
        assert rebuilt(blocks, "new") == new


def test_tokens_always_rebuild_the_text():
    rng = random.Random(SEED + 2)
    for _ in range(PAIRS):
        sample = text(rng, rng.randint(0, 40))
        assert "".join(tokenize(sample)) == sample
