"""Hostile URLs against a real Datasette on a database full of hostile stored text.

`build_hostile_db` makes the sample database through the project's ingest, adds articles
whose every field is hostile (through ingest too), then plants what ingest would now clean
but an older or hand-edited database may hold: raw control characters, bidi overrides,
invalid UTF-8 (a lone surrogate), megabyte fields, extreme and unreadable dates, huge
numbers and broken JSON lists. `hostile_urls` draws a seeded list of requests over every
plugin route and table page; `fetch_all` runs them and `findings` lists what must not be.
Used by tests/hostile/test_datasette_fuzz.py and benchmarks/datasette_fuzz.py.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from lso_crawler.store import Store, browse
from tests.browse import helpers
from tests.versions import sample

MARK = "lsoXSS"  # stored markup calls this; it must never appear as live markup in HTML
URL_MARK = "lsoURL"  # the same for markup that arrives in the URL
# Escaped, these read `&lt;script&gt;...`; only a live tag has its `<`.
LIVE = tuple(
    f"{tag}{mark}"
    for tag in ("<script>", "<img src=x onerror=", "<svg onload=")
    for mark in (MARK, URL_MARK)
)
HOSTILE_IDS = range(5073000, 5073008)
EXTREME_DATES = (
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-10:00",
    "not a date",
    "",
    "2026-13-45T99:99:99",
    "-0001-01-01",
)
HOSTILE_TEXT = (
    f"Tiêu đề <script>{MARK}(1)</script> & \"quoted\" 'single'",
    f"\x1b[31mđỏ\x1b[0m \x00 nul \x07 bell \x7f del \x85 nel \u2028 ls {MARK}",
    f"\u202eevil\u202c \u2066isolate\u2069 <img src=x onerror={MARK}(2)>",
    f"\"'><svg onload={MARK}(3)> ]]></content><x> &amp;&#0; {{{{ 7*7 }}}}",
    "\ufffe\uffff e\u0301" * 50 + " 🙂" * 50,
    "Đồng Đăng " * 5,
)
TABLES = ("articles", "article_overview", "versions", "changes", "events", "fetches", "runs")
COLUMNS = {
    "articles": ("id", "title", "published_at", "last_change_at", "tags", "authors", "year"),
    "article_overview": ("id", "title", "tags", "last_change_kind", "last_change_at", "year"),
    "versions": ("id", "article_id", "version", "title", "body", "captured_at", "tags"),
    "changes": ("id", "time", "version", "kind", "title", "diff_snippet", "chars_added"),
    "events": ("id", "time", "kind", "detail", "article_id"),
    "fetches": ("id", "url", "status", "fetched_at", "warc_file", "error"),
    "runs": ("id", "started_at", "outcome"),
}


def _bad_utf8(conn: sqlite3.Connection, table: str, column: str, where: str) -> None:
    """A lone surrogate (CESU-8 bytes) and a stray 0xFF, as TEXT: Python cannot write these."""
    conn.execute(
        f"update {table} set {column} = cast(x'41eda080ff42' as text) || "
        f"coalesce({column}, '') where {where}"
    )


def build_hostile_db(path: Path) -> Path:
    """The browse sample plus hostile articles (via ingest) and planted hostile rows."""
    helpers.build(path)
    store = Store(path)
    moment = sample.T0 + timedelta(days=8)
    for n, article_id in enumerate(HOSTILE_IDS):
        text = HOSTILE_TEXT[n % len(HOSTILE_TEXT)]
        other = HOSTILE_TEXT[(n + 1) % len(HOSTILE_TEXT)]
        item = sample.article(
            article_id,
            title=text,
            lead=other,
            body=f"{text}\n\n{other}\n\n" + ("Đoạn dài. " * 100_000 if n == 0 else "Đoạn ba."),
            byline=other,
            authors=(text, other),
            tags=(text, "biên giới"),
            category=text[:40],
            published_at=EXTREME_DATES[n % len(EXTREME_DATES)],
        )
        sample.save(store, item, moment + timedelta(minutes=n))
        sample.save(
            store, replace(item, body=item.body + f"\n\n{other}"), moment + timedelta(days=1)
        )
    store.close()
    _plant(path)
    return path


def _plant(path: Path) -> None:
    conn = sqlite3.connect(path)
    ids = ",".join(str(i) for i in HOSTILE_IDS)
    raw = f"\x1b]0;title\x07\x00\x01\x1f\x7f\x9b\u202e<script>{MARK}(4)</script>\u2069"
    with conn:
        for table, column in [
            ("versions", "title"),
            ("versions", "lead"),
            ("articles", "title"),
            ("changes", "title"),
            ("changes", "diff_snippet"),
        ]:
            key = "id" if table == "articles" else "article_id"
            conn.execute(
                f"update {table} set {column} = ? || {column} where {key} in ({ids})", [raw]
            )
        conn.execute("update events set detail = ?", [raw])
        conn.execute(
            f"update fetches set error = ?, content_type = ? where article_id in ({ids})",
            [raw, raw],
        )
        first, second, third, fourth = list(HOSTILE_IDS)[:4]
        for n, when in enumerate(EXTREME_DATES):
            conn.execute(
                "update versions set captured_at = ? where article_id = ? and version = 2",
                [when, list(HOSTILE_IDS)[n % len(HOSTILE_IDS)]],
            )
            conn.execute(
                "update changes set time = ? where article_id = ?",
                [when, list(HOSTILE_IDS)[n % len(HOSTILE_IDS)]],
            )
            conn.execute(
                "update articles set last_change_at = ?, published_at = ? where id = ?",
                [when, when, list(HOSTILE_IDS)[n % len(HOSTILE_IDS)]],
            )
        conn.execute(
            "update versions set chars_added = ?, chars_removed = ? where article_id = ?",
            [2**63 - 1, -(2**63), third],
        )
        conn.execute(
            "update versions set changed_fields = '[', tags = '{\"a\": 1}', authors = 'null', "
            "captions = '[{\"image_url\": 5}]' where article_id = ?",
            [fourth],
        )
        conn.execute(
            'update versions set diff = \'{"fields": "junk"\' where article_id = ?', [third]
        )
        conn.execute("update articles set tags = '[', authors = '\"x\"' where id = ?", [fourth])
        conn.execute(
            "update fetches set warc_file = '../../etc/passwd', warc_offset = 0, "
            "warc_length = 10, warc_record_id = '<x>' where article_id = ?",
            [first],
        )
        conn.execute(
            "insert into runs (started_at, finished_at, outcome, pid, stats, warc_files) "
            "values (?, ?, ?, ?, ?, ?)",
            ["9999-12-31T23:59:59-10:00", "garbage", raw, 2**62, "{", "["],
        )
    browse.rebuild(conn)  # the browse columns, derived from what is now stored
    conn.commit()
    # After the rebuild: browse.rebuild itself cannot read invalid UTF-8 (a finding).
    with conn:
        _bad_utf8(conn, "versions", "byline", f"article_id = {first}")
        _bad_utf8(conn, "versions", "title", f"article_id = {second}")
        _bad_utf8(conn, "articles", "title", f"id = {second}")
        _bad_utf8(conn, "changes", "title", f"article_id = {second}")
        _bad_utf8(conn, "events", "detail", "1")
    conn.close()


# --- URLs ---------------------------------------------------------------------------------

_JUNK = (
    f"<script>{URL_MARK}(1)</script>",
    f"\"'><img src=x onerror={URL_MARK}(2)>",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "\ud800",  # a lone surrogate: quote() writes it as CESU bytes below
    "9" * 40,
    "-1",
    "0",
    "1e309",
    "NaN",
    "../../../etc/passwd",
    "' or 1=1 --",
    '"',
    "NEAR(",
    "*",
    "x" * 5000,
    "đồng đăng",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31",
    "[",
    "{}",
)
_RAW_JUNK = (
    "%00",
    "%ZZ",
    "%C0%AF",
    "%ED%A0%80",
    "%FF%FE",
    "%2e%2e%2f",
    "%%",
    "%E2%80%AE",
    "%0d%0a",
)
_FORMATS = ("", "", "", ".json", ".csv", ".atom", ".json?_shape=array", ".json?_shape=object")
_FILTER_OPS = (
    "exact",
    "not",
    "contains",
    "gt",
    "lt",
    "in",
    "arraycontains",
    "date",
    "isnull",
    "glob",
)


def _enc(value: str) -> str:
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


class _Draw:
    """Seeded choices of ids and values, hostile and ordinary mixed."""

    def __init__(self, rng: random.Random, article_ids: list[int], fetch_ids: list[int]) -> None:
        self.rng = rng
        self.article_ids = article_ids
        self.fetch_ids = fetch_ids

    def value(self) -> str:
        rng = self.rng
        pick = rng.random()
        if pick < 0.2:
            return rng.choice(_RAW_JUNK)
        if pick < 0.3:
            return str(rng.choice(self.article_ids))
        if pick < 0.4:
            return str(rng.randint(-(2**70), 2**70))
        return _enc(rng.choice(_JUNK))

    def id(self, known: list[int]) -> str:
        rng = self.rng
        pick = rng.random()
        if pick < 0.4:
            return str(rng.choice(known))
        if pick < 0.55:
            return str(rng.choice(known)) + rng.choice((".json", ".atom", ".csv", "%00", "/", "x"))
        if pick < 0.7:
            return str(rng.choice((2**63 - 1, 2**63, 2**64, 10**25, -1, 0)))
        return self.value()

    def params(self, names: tuple[str, ...], count: int | None = None) -> str:
        rng = self.rng
        chosen = rng.sample(names, rng.randint(1, min(len(names), count or 3)))
        pairs = []
        for name in chosen:
            if rng.random() < 0.5:
                value = self.value()
            elif name in ("from", "to", "page", "latest", "version"):
                value = str(rng.choice((1, 2, 3, 0, 99999999)))
            else:
                value = _enc(rng.choice(("inline", "side", "substantive", "minor", "all", "gone")))
            pairs.append(f"{name}={value}")
        return "?" + "&".join(pairs)


def _plugin_url(draw: _Draw) -> str:
    rng = draw.rng
    kind = rng.randrange(5)
    if kind == 0:
        tail = draw.id(draw.article_ids) + rng.choice(("", "", ".json"))
        return f"/-/lso/article/{tail}" + (
            draw.params(("from", "to", "view", "v", "_x")) if rng.random() < 0.6 else ""
        )
    if kind == 1:
        return f"/-/lso/capture/{draw.id(draw.fetch_ids)}"
    if kind == 2:
        return "/-/lso/search" + draw.params(("q", "mode", "page", "category", "diacritics", "_"))
    if kind == 3:
        return (
            "/-/lso/changes"
            + rng.choice(("", ".atom"))
            + draw.params(("since", "until", "kind", "category", "latest", "page", "article"))
        )
    return (
        "/lso/recent_changes"
        + rng.choice(("", ".atom", ".json", ".csv"))
        + draw.params(("kind", "since", "until", "_next", "_size"))
    )


def _table_url(draw: _Draw, public: bool) -> str:
    rng = draw.rng
    table = rng.choice(TABLES)
    column = rng.choice(COLUMNS[table])
    fmt = rng.choice(_FORMATS)
    base = f"/lso/{table}"
    path, _, query = (base + fmt).partition("?")
    params = [query] if query else []
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(9)
        if kind == 0:
            params.append(f"_sort={_enc(rng.choice((column, *_JUNK)))}")
        elif kind == 1:
            params.append(f"_sort_desc={_enc(rng.choice((column, 'rowid', *_JUNK[:5])))}")
        elif kind == 2:
            where = rng.choice(
                (
                    f"{column} > 0",
                    "1=1) union select sqlite_version(",
                    "load_extension('x')",
                    *_JUNK,
                )
            )
            params.append(f"_where={_enc(where)}")
        elif kind == 3:
            params.append(f"_search={draw.value()}")
        elif kind == 4:
            params.append(f"{rng.choice(('_facet', '_facet_array', '_facet_date'))}={_enc(column)}")
        elif kind == 5:
            params.append(f"{_enc(column)}__{rng.choice(_FILTER_OPS)}={draw.value()}")
        elif kind == 6:
            params.append(f"_next={draw.value()}")
        elif kind == 7:
            params.append(
                f"{rng.choice(('_size', '_col', '_nocol', '_shape', '_labels'))}={draw.value()}"
            )
        else:
            params.append(f"_search_{_enc(column)}={draw.value()}")
    url = path + "?" + "&".join(params)
    if rng.random() < 0.15:  # a row page instead
        url = f"/lso/{table}/{draw.id(draw.article_ids)}" + rng.choice(("", ".json"))
    return url


def _odd_url(draw: _Draw) -> str:
    rng = draw.rng
    return rng.choice(
        (
            f"/-/{draw.value()}",
            f"/-/{draw.value()}.json",
            f"/lso/{draw.value()}",
            f"/{draw.value()}/{draw.value()}",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/-/static/..%2f..%2f..%2fetc%2fpasswd",
            f"/-/lso/{draw.value()}",
            f"/lso.json?sql={draw.value()}",
            f"/lso?sql=select+{draw.value()}",
            "/lso.db",
            f"/-/lso/article/{'9' * rng.randint(20, 90)}",
        )
    )


def hostile_urls(
    count: int, article_ids: list[int], fetch_ids: list[int], *, seed: int, public: bool = False
) -> list[str]:
    """`count` seeded request paths: plugin routes, table pages and odd paths."""
    draw = _Draw(random.Random(seed), article_ids, fetch_ids)
    urls = []
    for _ in range(count):
        pick = draw.rng.random()
        if pick < 0.45:
            urls.append(_plugin_url(draw))
        elif pick < 0.9:
            urls.append(_table_url(draw, public))
        else:
            urls.append(_odd_url(draw))
    return urls


# --- Fetching and judging -----------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """One request's outcome; `problem` says what must not be, if anything."""

    path: str
    status: int
    seconds: float
    problem: str | None


def _judge(path: str, status: int, headers: dict[str, str], body: bytes) -> str | None:
    if status >= 500:
        return f"status {status}: {body[:200]!r}"
    if status != 200:
        return None
    kind = headers.get("content-type", "")
    if kind.startswith("text/html"):
        text = body.decode("utf-8", "replace")
        live = [marker for marker in LIVE if marker in text]
        if live:
            return f"live markup in HTML: {live}"
    elif "atom" in kind:
        try:
            ET.fromstring(body)
        except ET.ParseError as error:
            return f"Atom is not XML: {error}"
    elif kind.startswith("application/json"):
        try:
            json.loads(body)
        except ValueError as error:
            return f"JSON does not parse: {error}"
    return None


def fetch(base: str, path: str, timeout: float) -> Result:
    """GET one path; a timeout or a dropped connection is a problem too."""
    started = time.monotonic()
    try:
        status, headers, body = helpers.http_get(base + path, timeout=timeout)
    except OSError as error:
        return Result(path, 0, time.monotonic() - started, f"no answer: {error!r}")
    seconds = time.monotonic() - started
    lower = {k.lower(): v for k, v in headers.items()}
    return Result(path, status, seconds, _judge(path, status, lower, body))


def fetch_all(base: str, paths: list[str], timeout: float = 30) -> list[Result]:
    """Every path in order, one at a time (timings are the server's, not a queue's)."""
    return [fetch(base, path, timeout) for path in paths]


def summary(results: list[Result]) -> str:
    """Inputs, statuses, max and p99 time, problems."""
    times = sorted(r.seconds for r in results)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))] if times else 0.0
    statuses = Counter(r.status for r in results)
    problems = sum(1 for r in results if r.problem)
    slowest = max(results, key=lambda r: r.seconds) if results else None
    return (
        f"{len(results)} requests; statuses {dict(sorted(statuses.items()))}; "
        f"max {times[-1] if times else 0:.2f} s ({slowest.path[:80] if slowest else ''}), "
        f"p99 {p99:.2f} s; {problems} problems"
    )


def known_ids(db_path: Path) -> tuple[list[int], list[int]]:
    """Article ids and fetch ids in the database."""
    conn = sqlite3.connect(db_path)
    try:
        articles = [row[0] for row in conn.execute("select id from articles order by id")]
        fetches = [row[0] for row in conn.execute("select id from fetches order by id")]
    finally:
        conn.close()
    return articles, fetches
