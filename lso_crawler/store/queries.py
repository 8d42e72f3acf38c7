"""Named read queries of the browsing pages, the feed and `lso changes` (sqlite3, read-only).

"Recent changes" is defined once, here: each change of an article, newest first, from the
`changes` table that `lso_crawler.store.browse` keeps (new versions from version 2 on, and the
lifecycle events gone, back, redirected and url_changed). Filters:

kind      '' or 'all': everything; 'substantive': substantive edits and every lifecycle
          event (everything but minor edits); 'minor': minor edits only; an event kind
          ('gone', 'back', 'redirected', 'url_changed'): that event only
since     only changes at or after this UTC ISO 8601 time (text comparison)
until     only changes before this UTC ISO 8601 time
category  only articles of this category
latest    only each article's newest change (one row per article)
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from lso_crawler.store.history import json_list, select_rows

KINDS = ("all", "substantive", "minor", "gone", "back", "redirected", "url_changed")
EVENT_KINDS = ("gone", "back", "redirected", "url_changed")

_FILTERS = """
where (:kind in ('', 'all') or c.kind = :kind
       or (:kind = 'substantive' and c.version is null))
  and (:since = '' or c.time >= :since)
  and (:until = '' or c.time < :until)
  and (:category = '' or c.category = :category)
  and (:latest = '' or c.latest = 1)
"""
# The columns every consumer reads; version is null for an event.
RECENT_CHANGES = (
    """
select
  c.time, c.article_id, c.title, c.version, c.kind, c.changed_fields, c.diff_snippet,
  c.detail, c.category, c.chars_added, c.chars_removed, a.version_count, a.status
from changes c
join articles a on a.id = c.article_id
"""
    + _FILTERS
    + "order by c.time desc, c.id desc\n"
)
# The canned query: the same definition, one page of rows.
RECENT_CHANGES_CANNED = RECENT_CHANGES + "limit 100"

# For a database whose `changes` table has not been built yet (no snippets, slower).
_UNBUILT = """
select * from (
  select v.captured_at as time, v.article_id, v.title, v.version,
         coalesce(v.change_kind, 'unclassified') as kind, v.changed_fields,
         null as diff_snippet, null as detail, v.category, v.chars_added, v.chars_removed,
         null as version_count, null as status, 0 as latest
  from versions v where v.version > 1
  union all
  select e.time, e.article_id, a.title, null, e.kind, null, null, e.detail, a.category,
         null, null, null, a.status, 0
  from events e left join articles a on a.id = e.article_id
) c
"""


@dataclass(frozen=True)
class ChangeFilter:
    """The filters of recent changes (see the module docstring)."""

    kind: str = "all"
    since: str | None = None
    until: str | None = None
    category: str | None = None
    latest: bool = False

    def params(self) -> dict[str, str]:
        """Named parameters for RECENT_CHANGES ('' for no filter, as Datasette sends)."""
        return {
            "kind": "" if self.kind in ("", "all") else self.kind,
            "since": self.since or "",
            "until": self.until or "",
            "category": self.category or "",
            "latest": "1" if self.latest else "",
        }


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    sql = "select 1 from sqlite_master where type in ('table', 'view') and name = ?"
    return conn.execute(sql, [name]).fetchone() is not None


def changes_built(conn: sqlite3.Connection) -> bool:
    """Whether the `changes` table exists and has rows (lso_crawler.store.browse has run)."""
    if not _table_exists(conn, "changes"):
        return False
    return conn.execute("select 1 from changes limit 1").fetchone() is not None


def recent_changes(
    conn: sqlite3.Connection,
    filters: ChangeFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Changes newest first, with `changed_fields` decoded to a list."""
    filters = filters or ChangeFilter()
    params = {**filters.params(), "limit": limit, "offset": offset}
    if changes_built(conn):
        sql = RECENT_CHANGES
    else:
        sql = _UNBUILT + _FILTERS + "order by c.time desc, c.article_id desc\n"
    out = select_rows(conn, sql + "limit :limit offset :offset", params)
    for item in out:
        item["changed_fields"] = decode_list(item["changed_fields"])
    return out


def categories(conn: sqlite3.Connection) -> list[str]:
    """Categories that have changes, for the changes page's filter."""
    table = "changes" if changes_built(conn) else "articles"
    sql = f"select distinct category from {table} where category is not null order by category"
    return [row[0] for row in conn.execute(sql)]


def decode_list(value: Any) -> list[str]:
    """A stored JSON list (changed fields, authors, tags); [] for null or anything broken."""
    return [str(item) for item in json_list(value)]


# Search --------------------------------------------------------------------------

# FTS5 (unicode61, remove_diacritics 2) folds case and vowel marks in the index and in
# queries, but not đ, which is a letter of its own: a query word starting with d or đ
# is searched as both. In Vietnamese đ only begins a syllable, so the first letter
# is enough.
_MAX_VARIANTS = 16
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r'"([^"]*)"?')
SEARCH_PAGE_SIZE = 20
SEARCH_CANDIDATES = 400  # version hits ranked before grouping by article
# Ranking costs a bm25 score per matching version: a query matching most of the archive
# (a word in every article) ranks only its newest RANK_WINDOW matches. Finding the
# boundary walks the index in rowid order, which costs almost nothing.
RANK_WINDOW = 5000


def fold(text: str) -> str:
    """Lower case without diacritics, đ as d: what the search compares."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def _fts_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _phrase(words: list[str]) -> str:
    """One FTS5 phrase, or an OR of phrases covering d/đ at the start of each word."""
    options: list[list[str]] = [[]]
    for word in words:
        choices = [word, "đ" + word[1:]] if word.startswith("d") else [word]
        if len(options) * len(choices) > _MAX_VARIANTS:
            choices = [word]
        options = [[*prefix, choice] for prefix in options for choice in choices]
    phrases = [_fts_string(" ".join(option)) for option in options]
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def plain_query(text: str) -> str | None:
    """An FTS5 query for what people type: every word must occur, "quoted" as a phrase.

    Numbers such as 1.250, 20,5 or COVID-19 become phrases of their parts, as the
    index splits them. Returns None when nothing searchable is left.
    """
    terms: list[str] = []
    position = 0
    pieces: list[tuple[bool, str]] = []
    for match in _QUOTED.finditer(text):
        pieces.append((False, text[position : match.start()]))
        pieces.append((True, match.group(1)))
        position = match.end()
    pieces.append((False, text[position:]))
    for quoted, piece in pieces:
        if quoted:
            words = _WORD.findall(fold(piece))
            if words:
                terms.append(_phrase(words))
            continue
        for token in piece.split():
            words = _WORD.findall(fold(token))
            if words:
                terms.append(_phrase(words))
    return " AND ".join(terms) if terms else None


def advanced_query(text: str) -> str | None:
    """FTS5 syntax as typed: AND, OR, NOT, NEAR, "phrases", prefix* (đ is not folded)."""
    stripped = text.strip()
    return stripped or None


@dataclass
class SearchResults:
    """One page of search results, best first; `error` explains a query FTS5 refused."""

    query: str | None
    hits: list[dict[str, Any]] = field(default_factory=list)
    more: bool = False
    error: str | None = None
    window: bool = False


# Title hits weigh most, then the lead, then the body.
SEARCH_SQL = """
select f.rowid as version_id, v.article_id, v.version
from versions_fts f
join versions v on v.id = f.rowid
where versions_fts match :query and f.rank match 'bm25(10.0, 4.0, 1.0)'
  and f.rowid >= :min_rowid
order by f.rank
limit :limit
"""
WINDOW_SQL = """
select rowid from versions_fts where versions_fts match :query
order by rowid desc limit 1 offset :offset
"""
SNIPPET_SQL = """
select snippet(versions_fts, -1, char(1), char(2), '…', 24)
from versions_fts where versions_fts match :query and rowid = :id
"""


def search(
    conn: sqlite3.Connection, text: str, *, advanced: bool = False, page: int = 1
) -> SearchResults:
    """Articles whose versions match `text`, most relevant first, one hit per article.

    `results.window` is True when the query matched so much that only the newest
    RANK_WINDOW matching versions were ranked.
    """
    query = advanced_query(text) if advanced else plain_query(text)
    results = SearchResults(query=query)
    if query is None:
        return results
    wanted = page * SEARCH_PAGE_SIZE + 1
    try:
        boundary = conn.execute(WINDOW_SQL, {"query": query, "offset": RANK_WINDOW - 1}).fetchone()
        params = {
            "query": query,
            "limit": SEARCH_CANDIDATES * page,
            "min_rowid": boundary[0] if boundary else 0,
        }
        rows = select_rows(conn, SEARCH_SQL, params)
        results.window = boundary is not None
    except sqlite3.OperationalError as error:
        results.error = str(error)
        return results
    best: dict[int, dict[str, Any]] = {}
    for row in rows:
        if row["article_id"] not in best:
            best[row["article_id"]] = row
        if len(best) >= wanted:
            break
    ordered = list(best.values())
    start = (page - 1) * SEARCH_PAGE_SIZE
    results.hits = ordered[start : start + SEARCH_PAGE_SIZE]
    results.more = len(ordered) > start + SEARCH_PAGE_SIZE
    for hit in results.hits:
        row = conn.execute(SNIPPET_SQL, {"query": query, "id": hit["version_id"]}).fetchone()
        hit["snippet"] = row[0] if row else ""
    if results.hits:
        ids = [hit["article_id"] for hit in results.hits]
        marks = ",".join("?" * len(ids))
        articles = {
            row["id"]: row
            for row in select_rows(
                conn,
                "select id, title, category, status, version_count, last_change_at,"
                f" published_at from articles where id in ({marks})",
                ids,
            )
        }
        for hit in results.hits:
            hit["article"] = articles.get(hit["article_id"], {})
    return results
