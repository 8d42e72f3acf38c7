"""Diffs between two versions of an article: paragraphs first, then words, in bounded work.

Each field is a list of blocks (see `fields.field_blocks`). Blocks are aligned, a run of
replaced blocks is paired by similarity (as `difflib.Differ` does) and each pair is diffed
word by word. Vietnamese writes one syllable per space-separated token, so a token is a
number with its separators (`1.250`, `20,5`, `7/2`, `12:30`, `-3`: a changed figure reads
as the whole number replaced), a run of letters and digits, or one punctuation mark, each
with the whitespace before it: "chữ." -> "chữ lắm." inserts " lắm", and joining the
segments gives back the exact text. Short equal stretches squeezed between two larger
changes are folded into them (diff-match-patch's semantic clean-up), so a rewritten
sentence reads as one replacement rather than a confetti of matched "của" and "và".

One alignment routine serves both levels (blocks of a field, tokens of a paragraph):

1. the common prefix and suffix are trimmed (linear; in a paragraph this is done on
   characters and snapped back to a token boundary, so one edit in a huge paragraph never
   tokenizes the rest);
2. a small region goes to difflib's `SequenceMatcher` (its longest-match output reads
   best); a large one is first cut at patience-diff anchors (elements occurring once on
   each side, longest increasing run of them) and each gap is aligned the same way,
   down to MAX_DEPTH levels;
3. difflib runs with every `find_longest_match` scan charged *before* it runs, at its
   exact inner-loop count (the positions of each old element in the new sequence), so
   its quadratic worst cases (repeated scans over thousands of one-element matches,
   repetitive text) stop at the allowance instead of running for a minute.

Every pass charges a shared `Budget` of MAX_WORK units (one unit ~ one inner-loop step,
about 0.1 µs of CPU here) before doing the work; a region that cannot be paid for
is shown whole (a deletion plus an insertion) and marked `coarse=True`. Nothing is ever
dropped. Paragraph pairs whose differing middle exceeds MAX_WORD_CHARS, and word diffs
that would exceed MAX_BLOCK_SEGMENTS segments, are also shown whole: the first bounds
tokenizing, the second the size of a stored diff. TIME_LIMIT is a wall-clock backstop
checked at every charge, never the only bound.

A diff is stored at ingest as `ArticleDiff.to_json()` and rendered later from
`ArticleDiff.from_json()`; `diff_snippet` gives one line of its first changes.
"""

from __future__ import annotations

import json
import re
import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from typing import Any, Literal

from lso_crawler.parsers.base import CONTENT_FIELDS
from lso_crawler.versions.fields import field_blocks

# The work bound. A unit is one step of difflib's longest-match inner loop, ~0.1 µs
# here (0.04-0.12 µs measured over the adversarial cases in benchmarks/diff_speed.py);
# every other pass is charged in the same currency from its own measurement below.
# 2,000,000 units keep the work near 0.2 s, leaving room for normalising a 5 MB page
# within the 0.5 s promise; a typical article edit costs 1,000-100,000.
MAX_WORK = 2_000_000
# One difflib run may use at most this share of the work left, so one pathological
# paragraph cannot leave every later edit coarse.
REGION_SHARE = 0.5
# Fixed costs, measured on small inputs (1 unit ~ 0.1 µs): a longest-match call ~2 µs,
# an alignment call ~1 µs, a word diff of a short paragraph ~28 µs, a similarity ~15 µs.
CALL_UNITS = 20
ALIGN_UNITS = 10
WORD_DIFF_UNITS = 300
SIMILARITY_UNITS = 150
# Turning one aligned run of a paragraph into segments (clean-up, joining): ~5 µs.
OP_UNITS = 50
# Per element of a dict-building pass (difflib's index, unique anchors): ~0.3 µs.
ELEMENT_UNITS = 3
# Tokenizing runs at ~0.02 µs per character: one unit per 4 characters over-charges.
CHARS_PER_UNIT = 4
# Regions up to this many element pairs (n * m) go straight to difflib; larger ones are
# cut at unique anchors first. 40,000 is two 200-token paragraphs: ordinary rewrites
# keep difflib's output, and anchoring is still linear for anything bigger.
DIRECT_CELLS = 40_000
# Levels of anchor recursion; each level is a linear pass over what is left.
MAX_DEPTH = 16
# Characters of a paragraph pair's differing middle (old + new) above which it is shown
# whole: 200,000 characters is ~40,000 tokens, far beyond any real paragraph.
MAX_WORD_CHARS = 200_000
# A word diff with more segments than this is shown whole: past it, it is unreadable, and
# each segment adds ~8 bytes to the stored diff. A 1,150-row table printed as one
# paragraph that gains a column has ~2,300, and reads well as such.
MAX_BLOCK_SEGMENTS = 5_000
# Runs of replaced blocks up to this product are paired by best similarity (every old
# block against every new one); longer runs pair in order within PAIR_WINDOW blocks.
MAX_PAIRING = 64
PAIR_WINDOW = 3
# Two blocks of a replaced run are shown as one edited block above this word similarity.
PAIR_CUTOFF = 0.5
# Character counts of a replaced word run are refined character by character up to this.
CHAR_REFINE_MAX = 200
# Wall-clock seconds per article diff (normalising included) before the remaining work is
# shown whole: a backstop for a loaded machine (the work bound keeps diffs near 0.2 s),
# with 0.2 s left for building the coarse blocks of up to a few 10,000 paragraphs.
TIME_LIMIT = 0.3
# Unchanged characters kept on each side of a change in a snippet (32: about five words);
# the snippet uses whichever shows the most changes whole within its limit.
SNIPPET_CONTEXTS = (32, 12, 0)

_NUMBER = r"(?:(?<!\w)[-+\u2212])?\d+(?:[.,/:]\d+)*\w*"
# The final `\s+` only matches trailing whitespace, so the tokens always join to the text.
_TOKEN = re.compile(rf"\s*(?:{_NUMBER}|\w+|[^\w\s])|\s+")
# A token boundary that is one in any tokenization: whitespace just after a non-space.
_BOUNDARY = re.compile(r"(?<=\S)\s")
# How far the character trim looks for such a boundary before giving up on the trim.
_SNAP_WINDOW = 4_096
_CHUNK = 1_024

SegmentOp = Literal["equal", "delete", "insert"]
BlockOp = Literal["equal", "delete", "insert", "replace"]
# An aligned region: ("equal" | "change" | "coarse", i1, i2, j1, j2).
Op = tuple[str, int, int, int, int]


class Budget:
    """The work units and the deadline shared by every pass of one article diff."""

    def __init__(self, seconds: float = TIME_LIMIT, work: int = MAX_WORK) -> None:
        self.deadline = time.monotonic() + seconds
        self.remaining = work

    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return time.monotonic() > self.deadline

    def spend(self, units: int) -> bool:
        """Take `units` if they are left and the deadline has not passed."""
        if units > self.remaining or self.expired():
            return False
        self.remaining -= units
        return True

    def charge(self, units: int) -> None:
        """Record work already done."""
        self.remaining = max(0, self.remaining - units)


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
    coarse: bool = False  # a bound stopped the diff here; shown as a whole replacement


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

    def to_json(self) -> str:
        """Compact JSON for `versions.diff`; `from_json` gives back an equal diff."""
        data = {"v": 1, "fields": [_field_to_json(field) for field in self.fields]}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: store them escaped
            text = json.dumps(data, separators=(",", ":"))
        return text

    @classmethod
    def from_json(cls, text: str) -> ArticleDiff:
        """The diff stored by `to_json`; ValueError if `text` is not one."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("v") != 1:
                raise ValueError("unknown format")
            return cls(tuple(_field_from_json(item) for item in data["fields"]))
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise ValueError(f"not a stored diff: {exc}") from exc


def diff_articles(
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any],
    *,
    fields: Sequence[str] = CONTENT_FIELDS,
    time_limit: float = TIME_LIMIT,
    work: int = MAX_WORK,
) -> ArticleDiff:
    """Diff two `Article.content()`-shaped dicts; `old=None` shows everything as inserted."""
    budget = Budget(time_limit, work)
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
    budget = budget or Budget()
    blocks = diff_blocks(old, new, budget=budget)
    added = removed = 0
    for block in blocks:
        block_added, block_removed = _block_counts(block, budget)
        added += block_added
        removed += block_removed
    return FieldDiff(field, blocks, added, removed)


def diff_blocks(
    old: Sequence[str], new: Sequence[str], *, budget: Budget | None = None
) -> tuple[Block, ...]:
    """Align paragraphs (or lines), then diff the words of each edited one."""
    budget = budget or Budget()
    pairing = _Pairing(budget)
    out: list[Block] = []
    for tag, i1, i2, j1, j2 in _align(old, new, budget):
        if tag == "equal":
            out += [Block("equal", text, text) for text in old[i1:i2]]
        elif tag == "coarse":
            out += _delete_insert(old[i1:i2], new[j1:j2], coarse=True)
        else:
            out += pairing.pair(old[i1:i2], new[j1:j2])
    return tuple(out)


def diff_words(old: str, new: str, *, budget: Budget | None = None) -> Block:
    """Diff two paragraphs word by word; the result is one `replace` (or `equal`) block."""
    if old == new:
        return Block("equal", old, new)
    budget = budget or Budget()
    head, tail = _text_ends(old, new)
    prefix, suffix = old[:head], old[len(old) - tail :]
    a_mid, b_mid = old[head : len(old) - tail], new[head : len(new) - tail]
    fine = _word_runs(a_mid, b_mid, budget)
    if fine is not None:
        runs, coarse = fine
        segments = _segments([("equal", [prefix]), *runs, ("equal", [suffix])])
        if len(segments) <= MAX_BLOCK_SEGMENTS:
            return Block("replace", old, new, segments, coarse)
    whole: list[tuple[SegmentOp, list[str]]] = [
        ("equal", [prefix]),
        ("delete", [a_mid]),
        ("insert", [b_mid]),
        ("equal", [suffix]),
    ]
    return Block("replace", old, new, _segments(whole), True)


def _word_runs(
    old: str, new: str, budget: Budget
) -> tuple[list[tuple[SegmentOp, list[str]]], bool] | None:
    """Token runs of a word diff and whether part is coarse; None if it cannot be afforded."""
    size = len(old) + len(new)
    if size > MAX_WORD_CHARS or not budget.spend(WORD_DIFF_UNITS + size // CHARS_PER_UNIT):
        return None
    a, b = tokenize(old), tokenize(new)
    ops = _align(a, b, budget)
    if not budget.spend(OP_UNITS * len(ops)):
        return None
    coarse = False
    runs: list[tuple[SegmentOp, list[str]]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            runs.append(("equal", a[i1:i2]))
        else:
            coarse = coarse or tag == "coarse"
            runs += [("delete", a[i1:i2]), ("insert", b[j1:j2])]
    return _absorb_short_equalities(runs), coarse


def tokenize(text: str) -> list[str]:
    """Numbers, words and punctuation marks, each with the whitespace before it."""
    return _TOKEN.findall(text)


# Alignment -------------------------------------------------------------------------


class _OverBudget(Exception):
    """A difflib scan would exceed its allowance."""


class _BoundedMatcher(SequenceMatcher[Hashable]):
    """difflib's matcher, charging each longest-match scan at its inner-loop count first."""

    def __init__(
        self, a: Sequence[Hashable], b: Sequence[Hashable], allowance: int, budget: Budget
    ) -> None:
        super().__init__(None, a, b, autojunk=False)
        # Without junk, the scan of a[i] visits every position of a[i] in b (difflib's b2j).
        positions = Counter(b)
        cost = [0]
        total = 0
        for item in a:
            total += positions[item] + 1
            cost.append(total)
        self._cost = cost
        self._sizes = len(a), len(b)
        self._budget = budget
        self.allowance = allowance
        self.spent = 0

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> Match:
        """The longest match in a[alo:ahi] and b[blo:bhi], if its scan is affordable."""
        ahi = self._sizes[0] if ahi is None else ahi
        bhi = self._sizes[1] if bhi is None else bhi
        cost = self._cost[ahi] - self._cost[alo] + CALL_UNITS
        if self.spent + cost > self.allowance or self._budget.expired():
            raise _OverBudget
        self.spent += cost
        return super().find_longest_match(alo, ahi, blo, bhi)


def _matcher(
    a: Sequence[Hashable], b: Sequence[Hashable], budget: Budget
) -> _BoundedMatcher | None:
    """A bounded matcher for a and b with its share of the budget, if its set-up is affordable."""
    if not budget.spend(ELEMENT_UNITS * (len(a) + len(b))):
        return None
    return _BoundedMatcher(a, b, int(budget.remaining * REGION_SHARE), budget)


def _align(a: Sequence[Hashable], b: Sequence[Hashable], budget: Budget) -> list[Op]:
    """Opcodes covering a and b: equal runs, changes, and coarse (unaffordable) changes."""
    out: list[Op] = []
    _align_region(a, b, 0, len(a), 0, len(b), budget, 0, out)
    merged: list[Op] = []
    for op in out:
        if merged and merged[-1][0] == op[0]:
            last = merged[-1]
            merged[-1] = (op[0], last[1], op[2], last[3], op[4])
        else:
            merged.append(op)
    return merged


def _align_region(
    a: Sequence[Hashable],
    b: Sequence[Hashable],
    alo: int,
    ahi: int,
    blo: int,
    bhi: int,
    budget: Budget,
    depth: int,
    out: list[Op],
) -> None:
    limit = min(ahi - alo, bhi - blo)
    head = 0
    while head < limit and a[alo + head] == b[blo + head]:
        head += 1
    tail = 0
    while tail < limit - head and a[ahi - 1 - tail] == b[bhi - 1 - tail]:
        tail += 1
    budget.charge(ALIGN_UNITS + head + tail)  # each element is trimmed once: linear
    if head:
        out.append(("equal", alo, alo + head, blo, blo + head))
    alo, ahi, blo, bhi = alo + head, ahi - tail, blo + head, bhi - tail
    n, m = ahi - alo, bhi - blo
    if not n or not m:
        if n or m:
            out.append(("change", alo, ahi, blo, bhi))
    elif n * m > DIRECT_CELLS and depth < MAX_DEPTH:
        if not budget.spend(ELEMENT_UNITS * (n + m)):
            out.append(("coarse", alo, ahi, blo, bhi))
        elif anchors := _unique_anchors(a, b, alo, ahi, blo, bhi):
            i0, j0 = alo, blo
            for i, j in anchors:
                _align_region(a, b, i0, i, j0, j, budget, depth + 1, out)
                out.append(("equal", i, i + 1, j, j + 1))
                i0, j0 = i + 1, j + 1
            _align_region(a, b, i0, ahi, j0, bhi, budget, depth + 1, out)
        else:
            out += _matched(a, b, alo, ahi, blo, bhi, budget)
    else:
        out += _matched(a, b, alo, ahi, blo, bhi, budget)
    if tail:
        out.append(("equal", ahi, ahi + tail, bhi, bhi + tail))


def _matched(
    a: Sequence[Hashable],
    b: Sequence[Hashable],
    alo: int,
    ahi: int,
    blo: int,
    bhi: int,
    budget: Budget,
) -> list[Op]:
    """difflib's opcodes for one region, or the region as coarse if they cost too much."""
    matcher = _matcher(a[alo:ahi], b[blo:bhi], budget)
    if matcher is None:
        return [("coarse", alo, ahi, blo, bhi)]
    try:
        opcodes = matcher.get_opcodes()
    except _OverBudget:
        return [("coarse", alo, ahi, blo, bhi)]
    finally:
        budget.charge(matcher.spent)
    return [
        ("equal" if tag == "equal" else "change", alo + i1, alo + i2, blo + j1, blo + j2)
        for tag, i1, i2, j1, j2 in opcodes
    ]


def _unique_anchors(
    a: Sequence[Hashable], b: Sequence[Hashable], alo: int, ahi: int, blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Patience anchors: elements once in each side, their longest common ordered run."""
    seen_a: dict[Hashable, int] = {}
    for i in range(alo, ahi):
        item = a[i]
        seen_a[item] = -1 if item in seen_a else i
    seen_b: dict[Hashable, int] = {}
    for j in range(blo, bhi):
        item = b[j]
        if seen_a.get(item, -1) >= 0:
            seen_b[item] = -1 if item in seen_b else j
    pairs = sorted((seen_a[item], j) for item, j in seen_b.items() if j >= 0)
    # Longest increasing run of b positions, in a order (patience sorting).
    tops: list[int] = []  # b position ending the best run of each length
    ends: list[int] = []  # index into pairs of that run's last element
    back: list[int] = []
    for index, (_, j) in enumerate(pairs):
        k = bisect_left(tops, j)
        back.append(ends[k - 1] if k else -1)
        if k == len(tops):
            tops.append(j)
            ends.append(index)
        else:
            tops[k], ends[k] = j, index
    anchors: list[tuple[int, int]] = []
    index = ends[-1] if ends else -1
    while index >= 0:
        anchors.append(pairs[index])
        index = back[index]
    return anchors[::-1]


# Pairing replaced blocks -------------------------------------------------------------


class _Pairing:
    """Pairs the blocks of replaced runs by word similarity, with tokens computed once."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.tokens: dict[str, list[str]] = {}

    def pair(self, old: Sequence[str], new: Sequence[str]) -> list[Block]:
        """Blocks for a replaced run: similar pairs as word diffs, the rest whole."""
        if not old or not new:
            return _delete_insert(old, new)
        if len(old) == len(new) == 1:
            return [diff_words(old[0], new[0], budget=self.budget)]
        if len(old) * len(new) > MAX_PAIRING:
            return self._in_order(old, new)
        # Small runs: the most similar pair anchors the rest, as difflib.Differ does.
        best, best_ratio = None, PAIR_CUTOFF
        for j, new_text in enumerate(new):
            for i, old_text in enumerate(old):
                ratio = self.similarity(old_text, new_text, best_ratio)
                if ratio is None:
                    return _delete_insert(old, new, coarse=True)
                if ratio > best_ratio:
                    best, best_ratio = (i, j), ratio
        if best is None:
            return _delete_insert(old, new)
        i, j = best
        return [
            *self.pair(old[:i], new[:j]),
            diff_words(old[i], new[j], budget=self.budget),
            *self.pair(old[i + 1 :], new[j + 1 :]),
        ]

    def _in_order(self, old: Sequence[str], new: Sequence[str]) -> list[Block]:
        """Long runs (many edited paragraphs): pair each old block with a similar one ahead."""
        out: list[Block] = []
        j = 0
        for i, text in enumerate(old):
            match = None
            for k in range(j, min(j + PAIR_WINDOW, len(new))):
                ratio = self.similarity(text, new[k], PAIR_CUTOFF)
                if ratio is None:
                    return out + _delete_insert(old[i:], new[j:], coarse=True)
                if ratio > PAIR_CUTOFF:
                    match = k
                    break
            if match is None:
                out.append(Block("delete", old=text))
                continue
            out += [Block("insert", new=inserted) for inserted in new[j:match]]
            out.append(diff_words(text, new[match], budget=self.budget))
            j = match + 1
        return out + [Block("insert", new=inserted) for inserted in new[j:]]

    def similarity(self, old: str, new: str, floor: float) -> float | None:
        """Word similarity of two blocks (0 when it cannot beat `floor`); None: over budget."""
        total = len(old) + len(new)
        if not total:
            return 1.0
        if not self.budget.spend(SIMILARITY_UNITS):
            return None
        head, tail = _text_ends(old, new)
        shared = 2 * (head + tail) / total  # what one edit in a long paragraph leaves
        if shared > floor or max(len(old), len(new)) > MAX_WORD_CHARS:
            return shared
        a, b = self._tokens(old), self._tokens(new)
        if a is None or b is None:
            return None
        if 2 * min(len(a), len(b)) / (len(a) + len(b)) <= floor:
            return 0.0  # difflib's real_quick_ratio: the lengths alone rule the pair out
        matcher = _matcher(a, b, self.budget)
        if matcher is None:
            return None
        try:
            if not self.budget.spend(ELEMENT_UNITS * (len(a) + len(b))):
                return None
            if matcher.quick_ratio() <= floor:
                return 0.0
            return matcher.ratio()
        except _OverBudget:
            return None
        finally:
            self.budget.charge(matcher.spent)

    def _tokens(self, text: str) -> list[str] | None:
        """Tokens of a block, or None if the budget cannot pay for them."""
        if text not in self.tokens:
            if not self.budget.spend(len(text) // CHARS_PER_UNIT + 1):  # tokenizing
                return None
            self.tokens[text] = tokenize(text)
        return self.tokens[text]


# Helpers ---------------------------------------------------------------------------


def _common_prefix(a: str, b: str, limit: int) -> int:
    """Length of the common prefix of a and b, at most `limit`; compares in chunks."""
    i = 0
    while i + _CHUNK <= limit and a[i : i + _CHUNK] == b[i : i + _CHUNK]:
        i += _CHUNK
    while i < limit and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix of a and b, at most `limit`."""
    la, lb = len(a), len(b)
    i = 0
    while i + _CHUNK <= limit and a[la - i - _CHUNK : la - i] == b[lb - i - _CHUNK : lb - i]:
        i += _CHUNK
    while i < limit and a[la - 1 - i] == b[lb - 1 - i]:
        i += 1
    return i


def _is_boundary(text: str, k: int) -> bool:
    return k in (0, len(text)) or (text[k].isspace() and not text[k - 1].isspace())


def _text_ends(a: str, b: str) -> tuple[int, int]:
    """Common prefix and suffix lengths of two texts, cut back to token boundaries."""
    limit = min(len(a), len(b))
    head = _common_prefix(a, b, limit)
    if not (_is_boundary(a, head) and _is_boundary(b, head)):
        start = max(0, head - _SNAP_WINDOW)
        last = None
        for last in _BOUNDARY.finditer(a, start, head):  # noqa: B007 - want the last one
            pass
        head = last.start() if last else 0
    tail = _common_suffix(a, b, limit - head)
    if tail:
        ka, kb = len(a) - tail, len(b) - tail
        if not (_is_boundary(a, ka) and _is_boundary(b, kb)):
            found = _BOUNDARY.search(a, ka + 1, min(len(a), ka + _SNAP_WINDOW))
            tail = len(a) - found.start() if found else 0
    return head, tail


def _delete_insert(old: Sequence[str], new: Sequence[str], *, coarse: bool = False) -> list[Block]:
    return [Block("delete", old=text, coarse=coarse) for text in old] + [
        Block("insert", new=text, coarse=coarse) for text in new
    ]


def _length(tokens: Sequence[str]) -> int:
    return sum(map(len, tokens))


def _absorb_short_equalities(
    runs: list[tuple[SegmentOp, list[str]]],
) -> list[tuple[SegmentOp, list[str]]]:
    """Fold an equal run no longer than the changes on both sides into those changes."""
    # Alternating groups: [False, equal tokens, [], size, 0] and
    # [True, deleted, inserted, deleted size, inserted size]; lists grow in place so a
    # cascade of merges stays linear.
    groups: list[list[Any]] = []
    for op, run in runs:
        if not run:
            continue
        size = _length(run)
        if op == "equal":
            if groups and not groups[-1][0]:
                groups[-1][1].extend(run)
                groups[-1][3] += size
            else:
                groups.append([False, list(run), [], size, 0])
            continue
        if not groups or not groups[-1][0]:
            groups.append([True, [], [], 0, 0])
        side = 1 if op == "delete" else 2
        groups[-1][side].extend(run)
        groups[-1][side + 2] += size
    # Merge change / short equal / change triples, re-checking after each merge.
    merged: list[list[Any]] = []
    for group in groups:
        merged.append(group)
        while len(merged) >= 3 and merged[-1][0] and not merged[-2][0] and merged[-3][0]:
            before, equal, after = merged[-3], merged[-2], merged[-1]
            size = equal[3]
            if size > max(before[3], before[4]) or size > max(after[3], after[4]):
                break
            for side in (1, 2):
                before[side].extend(equal[1])
                before[side].extend(after[side])
                before[side + 2] += size + after[side + 2]
            del merged[-2:]
    out: list[tuple[SegmentOp, list[str]]] = []
    for change, first, second, _, _ in merged:
        if change:
            out += [("delete", first), ("insert", second)]
        else:
            out.append(("equal", first))
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
        text = "".join(run)
        if not text:
            continue
        if op == "equal":
            flush()
            if out and out[-1].op == "equal":
                out[-1] = Segment("equal", out[-1].text + text)
            else:
                out.append(Segment("equal", text))
        else:
            (deleted if op == "delete" else inserted).append(text)
    flush()
    return tuple(out)


def _block_counts(block: Block, budget: Budget) -> tuple[int, int]:
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
            pair_added, pair_removed = _replacement_counts(segment.text, replacement, budget)
            added += pair_added
            removed += pair_removed
        elif segment.op == "insert":
            added += len(segment.text)
    return added, removed


def _replacement_counts(old: str, new: str, budget: Budget) -> tuple[int, int]:
    if not old or not new or len(old) + len(new) > CHAR_REFINE_MAX:
        return len(new), len(old)
    matcher = _matcher(old, new, budget)
    if matcher is None:
        return len(new), len(old)
    try:
        kept = sum(m.size for m in matcher.get_matching_blocks())
    except _OverBudget:
        return len(new), len(old)
    finally:
        budget.charge(matcher.spent)
    return len(new) - kept, len(old) - kept


# Storage -----------------------------------------------------------------------------

_CODES: dict[str, str] = {"equal": "=", "delete": "-", "insert": "+", "replace": "~"}
_SEGMENT_OPS: dict[str, SegmentOp] = {"=": "equal", "-": "delete", "+": "insert"}


def _field_to_json(field: FieldDiff) -> list[Any]:
    blocks: list[list[Any]] = []
    for block in field.blocks:
        item: list[Any]
        if block.op == "replace":
            flat = [part for s in block.segments for part in (_CODES[s.op], s.text)]
            item = ["~", flat]
        else:
            item = [_CODES[block.op], block.new if block.op == "insert" else block.old]
        if block.coarse:
            item.append(1)
        blocks.append(item)
    return [field.field, field.chars_added, field.chars_removed, blocks]


def _field_from_json(item: Any) -> FieldDiff:
    name, added, removed, blocks = item
    if not (isinstance(name, str) and isinstance(added, int) and isinstance(removed, int)):
        raise ValueError("bad field header")
    return FieldDiff(name, tuple(_block_from_json(block) for block in blocks), added, removed)


def _block_from_json(item: Any) -> Block:
    code, payload = item[0], item[1]
    coarse = len(item) > 2 and bool(item[2])
    if code == "~":
        segments = tuple(
            Segment(_SEGMENT_OPS[payload[k]], _text(payload[k + 1]))
            for k in range(0, len(payload), 2)
        )
        old = "".join(s.text for s in segments if s.op != "insert")
        new = "".join(s.text for s in segments if s.op != "delete")
        return Block("replace", old, new, segments, coarse)
    text = _text(payload)
    if code == "=":
        return Block("equal", text, text)
    if code == "-":
        return Block("delete", old=text, coarse=coarse)
    if code == "+":
        return Block("insert", new=text, coarse=coarse)
    raise ValueError(f"bad block op {code!r}")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("block text is not a string")
    return value


# Snippets ----------------------------------------------------------------------------

# Control characters, bidi embeddings/overrides/isolates, surrogates and noncharacters:
# none may reach a feed, a page or a terminal through a snippet.
_UNSAFE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
# Runs of whitespace other than one plain space (str's \s covers \x1c-\x1f and \x85).
_SPACES = re.compile(r"[^\S ]\s*| \s+")

# A snippet is a list of atoms: ("", plain text), ("-", deleted) or ("+", inserted).
Atom = tuple[str, str]


def clean_text(text: str) -> str:
    """`text` on one line: unsafe characters removed, whitespace runs made one space."""
    return _SPACES.sub(" ", _UNSAFE.sub("", text))


def diff_snippet(diff: ArticleDiff, limit: int = 280) -> str:
    """Plain text of the first changes in context, like `… tăng [-1.250-]{+1.480+} tỷ …`.

    Fields other than the body are prefixed by their name (`title: …`); the text has no
    control, bidi or noncharacter code points and is at most `limit` characters.
    """
    limit = max(0, limit)
    best, best_changes = "", -1
    for context in SNIPPET_CONTEXTS:  # the most changes shown whole, then the most context
        text, changes = _fit(_snippet_atoms(diff, context, limit), limit)
        if changes > best_changes:
            best, best_changes = text, changes
    return best


def _width(atoms: list[Atom]) -> int:
    return sum(len(text) + len(_MARKS[kind][0]) + len(_MARKS[kind][1]) for kind, text in atoms)


def _snippet_atoms(diff: ArticleDiff, context: int, limit: int) -> list[Atom]:
    """The snippet's atoms, stopping once past `limit`."""
    atoms: list[Atom] = []
    for field in diff.fields:
        first = True
        for block in field.blocks:
            hunk = _hunk(block, context, limit) if block.op != "equal" else []
            if not hunk:
                continue
            if first:
                if atoms:
                    atoms.append(("", " · "))
                if field.field != "body":
                    atoms.append(("", f"{clean_text(field.field)}: "))
                first = False
            else:  # one ellipsis between two hunks, not three
                if atoms[-1][0] == "":
                    atoms[-1] = ("", atoms[-1][1].removesuffix("…").rstrip())
                if hunk[0][0] == "":
                    hunk[0] = ("", hunk[0][1].removeprefix("…").lstrip())
                atoms.append(("", " … "))
            atoms += hunk
            if _width(atoms) > limit:
                return atoms
    return atoms


def _hunk(block: Block, context: int, limit: int) -> list[Atom]:
    """The atoms of one changed block: its changes with a little unchanged text around."""
    # Only as much text as a snippet can show is cleaned: a block may be megabytes.
    span = 2 * limit + 64
    if block.op == "delete":
        return [("-", clean_text(block.old[:span]))]
    if block.op == "insert":
        return [("+", clean_text(block.new[:span]))]
    changed = [i for i, s in enumerate(block.segments) if s.op != "equal"]
    if not changed:
        return []
    atoms: list[Atom] = []
    side = 4 * context + 64
    for index, segment in enumerate(block.segments):
        text = segment.text
        if segment.op != "equal":
            atoms.append(("-" if segment.op == "delete" else "+", clean_text(text[:span])))
        elif index < changed[0]:
            atoms.append(("", _context_before(clean_text(text[-side:]), context)))
        elif index > changed[-1]:
            atoms.append(("", _context_after(clean_text(text[:side]), context)))
        elif len(text) > 2 * side:
            after = _context_after(clean_text(text[:side]), context).removesuffix("…")
            before = _context_before(clean_text(text[-side:]), context).removeprefix("…")
            atoms.append(("", f"{after}…{before}"))
        else:
            text = clean_text(text)
            if len(text) > 2 * context + 3:
                after = _context_after(text, context).removesuffix("…")
                text = f"{after}…{_context_before(text, context).removeprefix('…')}"
            atoms.append(("", text))
    return atoms


def _context_before(text: str, context: int) -> str:
    """The end of an unchanged run before a change, cut at a space, with … if cut."""
    if len(text) <= context:
        return text
    if not context:
        return "… " if text.endswith(" ") else "…"
    cut = text[-context:]
    space = cut.find(" ")
    return "…" + (cut[space:] if 0 <= space < len(cut) - 1 else cut)


def _context_after(text: str, context: int) -> str:
    """The start of an unchanged run after a change, cut at a space, with … if cut."""
    if len(text) <= context:
        return text
    if not context:
        return " …" if text.startswith(" ") else "…"
    cut = text[:context]
    space = cut.rfind(" ")
    return (cut[: space + 1] if space > 0 else cut) + "…"


_MARKS = {"": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}


def _fit(atoms: list[Atom], limit: int) -> tuple[str, int]:
    """Atoms as text of at most `limit` characters (markers balanced); changes shown whole."""
    out: list[str] = []
    room = limit
    whole = 0
    for kind, text in atoms:
        start, end = _MARKS[kind]
        piece = f"{start}{text}{end}"
        if len(piece) <= room:
            out.append(piece)
            room -= len(piece)
            whole += bool(kind)
            continue
        keep = room - len(start) - len(end) - 1  # one character for the …
        if keep > 0:
            short = text[:keep]
            space = short.rfind(" ")
            if space > keep // 2:
                short = short[:space]
            out.append(f"{start}{short}…{end}")
        elif room > 0:
            out.append("…")
        break
    return "".join(out).strip(), whole
