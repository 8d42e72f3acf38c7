"""Diffs between two versions of an article: paragraphs first, then words, in bounded time.

Each field is a list of blocks (see `fields.field_blocks`). Blocks are aligned with
`difflib.SequenceMatcher`; a run of replaced blocks is paired by similarity (as
`difflib.Differ` does) and each pair is diffed word by word. Vietnamese writes one
syllable per space-separated token, so a token is a run of letters and digits or one
punctuation mark, with the whitespace before it: "chữ." -> "chữ lắm." inserts " lắm",
and joining the segments gives back the exact text. Short equal stretches squeezed
between two larger changes are folded into them (diff-match-patch's semantic clean-up),
so a rewritten sentence reads as one replacement rather than a confetti of matched "của" and "và".

difflib is quadratic on repetitive input, and a word-token diff of one large page is known
to have taken minutes elsewhere, so the work is bounded:

- common leading and trailing blocks and words are trimmed before any matching, so one
  edit in a huge text costs a linear scan;
- MAX_EQUAL_PAIRS caps each matcher run by its count of equal (old, new) element pairs,
  the work of one difflib scan: unique paragraphs cost little however many there are,
  repeated ones (or repeated words) a lot; above it the remaining middle is shown as a
  whole deletion plus insertion. MAX_PAIRING and PAIR_WINDOW keep the pairing of
  replaced paragraphs linear;
- TIME_LIMIT is a deadline checked between matcher runs; once it has passed, every
  further pair is shown whole.

A block shown whole because of a bound has `coarse=True`; nothing is ever dropped.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

from lso_crawler.parsers.base import CONTENT_FIELDS
from lso_crawler.versions.fields import field_blocks

# Periodic input near this many equal pairs (e.g. "x y z" repeated 80 times against
# "x z y" repeated) takes difflib ~0.1 s; 20,000 unique paragraphs take about as long.
# A real paragraph against its edit has a few thousand.
MAX_EQUAL_PAIRS = 20_000
# Runs of replaced blocks up to this product are paired by best similarity (every old
# block against every new one); longer runs pair in order within PAIR_WINDOW blocks.
MAX_PAIRING = 64
PAIR_WINDOW = 3
# Two blocks of a replaced run are shown as one edited block above this word similarity.
PAIR_CUTOFF = 0.5
# Character counts of a replaced word run are refined character by character up to this.
CHAR_REFINE_MAX = 200
# Seconds per article diff before the remaining pairs are shown whole.
TIME_LIMIT = 0.5

_TOKEN = re.compile(r"\s*(?:\w+|[^\w\s])")

SegmentOp = Literal["equal", "delete", "insert"]
BlockOp = Literal["equal", "delete", "insert", "replace"]


class Budget:
    """A deadline shared by every matcher run of one diff."""

    def __init__(self, seconds: float = TIME_LIMIT) -> None:
        self.deadline = time.monotonic() + seconds

    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return time.monotonic() > self.deadline


@dataclass(frozen=True)
class Segment:
    """A run of words that is kept, deleted or inserted; its text keeps its own spaces."""

    op: SegmentOp
    text: str


@dataclass(frozen=True)
class Block:
    """One paragraph or line: kept, deleted, inserted, or replaced (with word segments)."""

    op: BlockOp
    old: str = ""
    new: str = ""
    segments: tuple[Segment, ...] = ()
    coarse: bool = False  # a bound stopped the word diff; shown as a whole replacement


@dataclass(frozen=True)
class FieldDiff:
    """The blocks of one content field and how many characters changed."""

    field: str
    blocks: tuple[Block, ...]
    chars_added: int
    chars_removed: int

    @property
    def changed(self) -> bool:
        """Whether any block differs."""
        return any(block.op != "equal" for block in self.blocks)

    @property
    def coarse(self) -> bool:
        """Whether a bound made any part of this diff coarser than word level."""
        return any(block.coarse for block in self.blocks)


@dataclass(frozen=True)
class ArticleDiff:
    """The changed fields of an article, in CONTENT_FIELDS order."""

    fields: tuple[FieldDiff, ...]

    @property
    def changed_fields(self) -> list[str]:
        """Names of the fields that differ."""
        return [diff.field for diff in self.fields]

    @property
    def chars_added(self) -> int:
        """Characters inserted, over all fields."""
        return sum(diff.chars_added for diff in self.fields)

    @property
    def chars_removed(self) -> int:
        """Characters deleted, over all fields."""
        return sum(diff.chars_removed for diff in self.fields)

    @property
    def coarse(self) -> bool:
        """Whether a bound made any part of this diff coarser than word level."""
        return any(diff.coarse for diff in self.fields)


def diff_articles(
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any],
    *,
    fields: Sequence[str] = CONTENT_FIELDS,
    time_limit: float = TIME_LIMIT,
) -> ArticleDiff:
    """Diff two `Article.content()`-shaped dicts; `old=None` shows everything as inserted."""
    budget = Budget(time_limit)
    diffs = []
    for field in fields:
        old_blocks, new_blocks = field_blocks(old, field), field_blocks(new, field)
        if old_blocks != new_blocks:
            diffs.append(field_diff(field, old_blocks, new_blocks, budget=budget))
    return ArticleDiff(tuple(diffs))


def field_diff(
    field: str, old: Sequence[str], new: Sequence[str], *, budget: Budget | None = None
) -> FieldDiff:
    """Diff one field's blocks and count the characters added and removed."""
    blocks = diff_blocks(old, new, budget=budget)
    added = removed = 0
    for block in blocks:
        block_added, block_removed = _block_counts(block)
        added += block_added
        removed += block_removed
    return FieldDiff(field, blocks, added, removed)


def diff_blocks(
    old: Sequence[str], new: Sequence[str], *, budget: Budget | None = None
) -> tuple[Block, ...]:
    """Align paragraphs (or lines), then diff the words of each edited one."""
    budget = budget or Budget()
    head, tail = _common_ends(old, new)
    old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]
    out = [Block("equal", text, text) for text in old[:head]]
    if _equal_pairs(old_mid, new_mid) > MAX_EQUAL_PAIRS:
        out += _delete_insert(old_mid, new_mid, coarse=True)
    else:
        matcher = SequenceMatcher(None, old_mid, new_mid, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                out += [Block("equal", text, text) for text in old_mid[i1:i2]]
            else:
                out += _pair(old_mid[i1:i2], new_mid[j1:j2], budget)
    out += [Block("equal", text, text) for text in old[len(old) - tail :]]
    return tuple(out)


def diff_words(old: str, new: str, *, budget: Budget | None = None) -> Block:
    """Diff two paragraphs word by word; the result is one `replace` (or `equal`) block."""
    if old == new:
        return Block("equal", old, new, (Segment("equal", old),))
    a, b = tokenize(old), tokenize(new)
    head, tail = _common_ends(a, b)
    a_mid, b_mid = a[head : len(a) - tail], b[head : len(b) - tail]
    expired = budget is not None and budget.expired()
    coarse = expired or _equal_pairs(a_mid, b_mid) > MAX_EQUAL_PAIRS
    runs: list[tuple[SegmentOp, list[str]]] = [("equal", a[:head])]
    if coarse:
        runs += [("delete", a_mid), ("insert", b_mid)]
    else:
        middle: list[tuple[SegmentOp, list[str]]] = []
        matcher = SequenceMatcher(None, a_mid, b_mid, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                middle.append(("equal", a_mid[i1:i2]))
            else:
                middle += [("delete", a_mid[i1:i2]), ("insert", b_mid[j1:j2])]
        runs += _absorb_short_equalities(middle)
    runs.append(("equal", a[len(a) - tail :]))
    return Block("replace", old, new, _segments(runs), coarse)


def tokenize(text: str) -> list[str]:
    """Words and punctuation marks, each with the whitespace before it."""
    return _TOKEN.findall(text)


def _equal_pairs(a: Sequence[str], b: Sequence[str]) -> int:
    """How many (i, j) have a[i] == b[j]: the work of one full difflib scan."""
    counts = Counter(b)
    return sum(counts[item] for item in a)


def _common_ends(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """Lengths of the common prefix and of the common suffix (not overlapping it)."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _delete_insert(old: Sequence[str], new: Sequence[str], *, coarse: bool = False) -> list[Block]:
    return [Block("delete", old=text, coarse=coarse) for text in old] + [
        Block("insert", new=text, coarse=coarse) for text in new
    ]


def _similarity(matcher: SequenceMatcher, old: list[str], new: list[str]) -> float:
    """Word similarity of two blocks; a cheap upper bound when they are too large."""
    matcher.set_seqs(old, new)
    if _equal_pairs(old, new) > MAX_EQUAL_PAIRS:
        return matcher.quick_ratio()
    return matcher.ratio()


def _pair(old: Sequence[str], new: Sequence[str], budget: Budget) -> list[Block]:
    """Blocks for a replaced run: similar pairs as word diffs, the rest whole."""
    if not old or not new:
        return _delete_insert(old, new)
    if len(old) == len(new) == 1:
        return [diff_words(old[0], new[0], budget=budget)]
    if budget.expired():
        return _delete_insert(old, new, coarse=True)
    if len(old) * len(new) > MAX_PAIRING:
        return _pair_in_order(old, new, budget)
    # Small runs: the most similar pair anchors the rest, as difflib.Differ does.
    best, best_ratio = None, PAIR_CUTOFF
    old_tokens = [tokenize(text) for text in old]
    matcher = SequenceMatcher(None, autojunk=False)
    for j, text in enumerate(new):
        new_tokens = tokenize(text)
        matcher.set_seq2(new_tokens)
        for i, tokens in enumerate(old_tokens):
            matcher.set_seq1(tokens)
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            ratio = _similarity(matcher, tokens, new_tokens)
            if ratio > best_ratio:
                best, best_ratio = (i, j), ratio
    if best is None:
        return _delete_insert(old, new)
    i, j = best
    return [
        *_pair(old[:i], new[:j], budget),
        diff_words(old[i], new[j], budget=budget),
        *_pair(old[i + 1 :], new[j + 1 :], budget),
    ]


def _pair_in_order(old: Sequence[str], new: Sequence[str], budget: Budget) -> list[Block]:
    """Long runs (many edited paragraphs): pair each old block with a similar one just ahead."""
    out: list[Block] = []
    matcher = SequenceMatcher(None, autojunk=False)
    j = 0
    for i, text in enumerate(old):
        if budget.expired():
            return out + _delete_insert(old[i:], new[j:], coarse=True)
        tokens = tokenize(text)
        match = next(
            (
                k
                for k in range(j, min(j + PAIR_WINDOW, len(new)))
                if _similarity(matcher, tokens, tokenize(new[k])) > PAIR_CUTOFF
            ),
            None,
        )
        if match is None:
            out.append(Block("delete", old=text))
            continue
        out += [Block("insert", new=inserted) for inserted in new[j:match]]
        out.append(diff_words(text, new[match], budget=budget))
        j = match + 1
    return out + [Block("insert", new=inserted) for inserted in new[j:]]


def _length(tokens: Sequence[str]) -> int:
    return sum(map(len, tokens))


def _absorb_short_equalities(
    runs: list[tuple[SegmentOp, list[str]]],
) -> list[tuple[SegmentOp, list[str]]]:
    """Fold an equal run no longer than the changes on both sides into those changes."""
    # A stack of [deleted, inserted] change groups and equal token lists, alternating.
    stack: list[tuple[str, list[str], list[str]]] = []
    for op, run in runs:
        if not run:
            continue
        if op == "equal":
            if stack and stack[-1][0] == "equal":
                stack[-1][1].extend(run)
            else:
                stack.append(("equal", list(run), []))
            continue
        if not stack or stack[-1][0] != "change":
            stack.append(("change", [], []))
        stack[-1][1 if op == "delete" else 2].extend(run)
    # Merge change / short equal / change triples, re-checking after each merge.
    merged: list[tuple[str, list[str], list[str]]] = []
    for item in stack:
        merged.append(item)
        while (
            len(merged) >= 3
            and merged[-1][0] == "change"
            and merged[-2][0] == "equal"
            and merged[-3][0] == "change"
        ):
            before, equal, after = merged[-3], merged[-2], merged[-1]
            size = _length(equal[1])
            if size > max(_length(before[1]), _length(before[2])) or size > max(
                _length(after[1]), _length(after[2])
            ):
                break
            merged[-3:] = [
                (
                    "change",
                    before[1] + equal[1] + after[1],
                    before[2] + equal[1] + after[2],
                )
            ]
    out: list[tuple[SegmentOp, list[str]]] = []
    for kind, first, second in merged:
        if kind == "equal":
            out.append(("equal", first))
        else:
            out += [("delete", first), ("insert", second)]
    return out


def _segments(runs: list[tuple[SegmentOp, list[str]]]) -> tuple[Segment, ...]:
    """Join token runs into segments: no empty ones, each change as a delete then an insert."""
    out: list[Segment] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        old, new = "".join(deleted), "".join(inserted)
        # A replacement's shared leading space reads better outside it: "a [-b-]{+c+}".
        if old[:1].isspace() and old[:1] == new[:1]:
            if out and out[-1].op == "equal":
                out[-1] = Segment("equal", out[-1].text + old[0])
            else:
                out.append(Segment("equal", old[0]))
            old, new = old[1:], new[1:]
        if old:
            out.append(Segment("delete", old))
        if new:
            out.append(Segment("insert", new))
        deleted.clear()
        inserted.clear()

    for op, run in runs:
        if not run:
            continue
        if op == "equal":
            flush()
            if out and out[-1].op == "equal":
                out[-1] = Segment("equal", out[-1].text + "".join(run))
            else:
                out.append(Segment("equal", "".join(run)))
        else:
            (deleted if op == "delete" else inserted).extend(run)
    flush()
    return tuple(out)


def _block_counts(block: Block) -> tuple[int, int]:
    """Characters (added, removed) by a block, refined per character for short word runs."""
    if block.op == "equal":
        return 0, 0
    if block.op == "delete":
        return 0, len(block.old)
    if block.op == "insert":
        return len(block.new), 0
    added = removed = 0
    segments = list(block.segments)
    for index, segment in enumerate(segments):
        if segment.op == "insert" and index > 0 and segments[index - 1].op == "delete":
            continue  # counted with the deletion it replaces
        if segment.op == "delete":
            following = segments[index + 1] if index + 1 < len(segments) else None
            replacement = following.text if following and following.op == "insert" else ""
            pair_added, pair_removed = _replacement_counts(segment.text, replacement)
            added += pair_added
            removed += pair_removed
        elif segment.op == "insert":
            added += len(segment.text)
    return added, removed


def _replacement_counts(old: str, new: str) -> tuple[int, int]:
    if not old or not new or len(old) + len(new) > CHAR_REFINE_MAX:
        return len(new), len(old)
    kept = sum(
        m.size for m in SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
    )
    return len(new) - kept, len(old) - kept
