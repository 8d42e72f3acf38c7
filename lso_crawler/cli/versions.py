"""Commands over article versions: diff, changes."""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from typing import Any

import click

from lso_crawler.cli.options import NotFound, connect_read_only, db_option, moment_callback
from lso_crawler.store import history, queries
from lso_crawler.versions import classify, diff_articles, render_json, render_text
from lso_crawler.versions.render import html_document, terminal_safe

# SQLite integers are signed 64-bit: a larger id cannot name an article.
ARTICLE_ID = click.IntRange(min=0, max=2**63 - 1)
VERSION_NUMBER = click.IntRange(min=1, max=2**63 - 1)


def _open(db_path: str) -> sqlite3.Connection:
    return connect_read_only(db_path)


def _pick_versions(
    article_id: int,
    rows: list[dict[str, Any]],
    current: int | None,
    start: int | None,
    end: int | None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (from, to) version rows: by default the previous and the current version."""
    by_number = {row["version"]: row for row in rows}
    if end is None:
        end = current if current is not None and current in by_number else max(by_number)
    if start is None:
        if len(rows) == 1:
            raise NotFound(f"article {article_id} has only one version")
        start = end - 1
    known = f"it has versions {min(by_number)}–{max(by_number)}"
    for number in (end, start):
        if number not in by_number:
            raise NotFound(f"article {article_id} has no version {number} ({known})")
    if start == end:
        raise NotFound(f"--from and --to are both version {start}")
    return by_number[start], by_number[end]


def _describe(row: dict[str, Any]) -> str:
    return f"version {row['version']} ({row['captured_at']}, {row['parser']})"


@click.command("diff")
@click.argument("article_id", type=ARTICLE_ID)
@click.option(
    "--from", "start", type=VERSION_NUMBER, help="Older version number [default: --to minus 1]."
)
@click.option(
    "--to", "end", type=VERSION_NUMBER, help="Newer version number [default: the current one]."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "html", "json"]),
    default="text",
    show_default=True,
    help="text: [-deleted-]{+inserted+} (coloured on a terminal); html: a page; json: ops.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text format: auto colours only when writing to a terminal.",
)
@db_option
def diff_command(
    article_id: int,
    start: int | None,
    end: int | None,
    output_format: str,
    color: str,
    db_path: str,
) -> None:
    """Show what changed between two versions of an article, word by word.

    By default the previous version is compared with the current one. Unchanged
    paragraphs are collapsed to a count.

    \b
    Example:
        lso diff 5071654
        lso diff 5071654 --from 1 --to 3 --color always | less -R
        lso diff 5071654 --format html > diff.html
    """
    with closing(_open(db_path)) as conn:
        known = history.article(conn, article_id)
        rows = history.versions(conn, article_id)
    if not rows:
        raise NotFound(f"unknown article {article_id}")
    current = known["current_version"] if known else None
    old_row, new_row = _pick_versions(article_id, rows, current, start, end)
    old, new = history.content(old_row), history.content(new_row)
    change = classify(old, new)
    diff = diff_articles(old, new)
    heading = f"article {article_id}: {_describe(old_row)} → {_describe(new_row)}"
    summary = (
        f"{change.kind}: {', '.join(change.changed_fields)}; "
        f"+{change.chars_added} -{change.chars_removed} characters"
        if change.kind
        else "no content change"
    )
    if output_format == "json":
        data = {
            "article_id": article_id,
            "from": {k: old_row[k] for k in ("version", "captured_at", "parser")},
            "to": {k: new_row[k] for k in ("version", "captured_at", "parser")},
            "change_kind": change.kind,
            **render_json(diff),
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if output_format == "html":
        title = f"{new_row['title']} — lso diff {article_id}"
        click.echo(html_document(title, f"{heading}. {summary}", diff))
        return
    use_color = color == "always" or (color == "auto" and sys.stdout.isatty())
    click.echo(terminal_safe(f"{heading}\n{summary}"), color=use_color)
    if diff.fields:
        click.echo("\n" + render_text(diff, color=use_color), color=use_color)
    if diff.coarse:
        click.echo("(parts too large to diff word by word within the time bound are shown whole)")


def _change_line(item: dict[str, Any]) -> str:
    if item["version"] is None:  # an event
        what, fields, counts = "event", item["detail"] or "-", ""
    else:
        what = f"v{item['version']}"
        fields = ",".join(item["changed_fields"]) or "-"
        added, removed = item["chars_added"], item["chars_removed"]
        counts = f"+{added} -{removed}" if added is not None else ""
    kind = item["kind"] or "unclassified"
    line = (
        f"{item['time']}  {item['article_id']}  {what:<5} {kind:<12} {counts:<13} {fields}"
        f"  {item['title'] or ''}"
    )
    return terminal_safe(line.rstrip())


@click.command("changes")
@click.option(
    "--since",
    callback=moment_callback,
    help="Only changes at or after this date or time (ISO 8601; UTC unless it has an offset).",
)
@click.option(
    "--kind",
    type=click.Choice(["substantive", "minor", "all"]),
    default="all",
    show_default=True,
    help="Which edits to list; gone/back/redirected events are listed unless it is minor.",
)
@click.option("--limit", type=click.IntRange(min=1, max=1_000_000), default=50, show_default=True)
@db_option
def changes_command(since: str | None, kind: str, limit: int, db_path: str) -> None:
    """List recent changes, newest first: new versions and lifecycle events.

    One line each: time (UTC), article id, version (or "event"), change kind,
    changed fields (or the event's detail), characters added and removed, title.

    \b
    Example:
        lso changes --since 2026-11-01 --kind substantive
        lso changes --limit 10
    """
    with closing(_open(db_path)) as conn:
        filters = queries.ChangeFilter(kind=kind, since=since)
        items = queries.recent_changes(conn, filters, limit=limit)
    for item in items:
        click.echo(_change_line(item))
