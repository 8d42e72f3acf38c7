"""`lso parse`: which parser reads a page, why, and where each field came from."""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import click

from lso_crawler.cli.options import NotFound, archive_option, db_option

# Control characters and bidi overrides are shown escaped, never sent to the terminal raw.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CANONICAL = re.compile(
    rb"""<link[^>]+rel=["']?canonical["']?[^>]+href=["']([^"'>]+)|"""
    rb"""<meta[^>]+property=["']og:url["'][^>]+content=["']([^"'>]+)""",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Capture:
    """A page to parse: its bytes, address, capture time and declared charset."""

    payload: bytes
    url: str
    captured_at: datetime
    encoding: str | None = None
    source: str = ""


def load_file(path: str, url: str | None, captured_at: datetime | None) -> Capture:
    """Read a saved page; the URL defaults to its canonical link (or og:url)."""
    try:
        payload = Path(path).read_bytes()
    except OSError as error:
        raise click.UsageError(f"cannot read {path}: {error.strerror}") from None
    if url is None:
        match = _CANONICAL.search(payload[:200_000])
        if match is None:
            raise click.UsageError(f"{path} names no canonical URL: give --url")
        url = (match.group(1) or match.group(2)).decode("utf-8", "replace")
    return Capture(payload, url, captured_at or datetime.now(UTC), source=path)


def load_source(
    source: str,
    url: str | None,
    captured_at: datetime | None,
    *,
    version: int | None = None,
    db_path: str | None = None,
    archive_dir: str | None = None,
) -> Capture:
    """Return the capture named by FILE_OR_ARTICLE_ID: a saved page, or an archived version."""
    if source.isdigit() and not Path(source).exists():
        if db_path is None or archive_dir is None:
            raise click.UsageError("reading an article from the archive needs --db and --archive")
        capture = load_archived(int(source), version, db_path, archive_dir)
        return Capture(
            capture.payload,
            url or capture.url,
            captured_at or capture.captured_at,
            capture.encoding,
            capture.source,
        )
    if version is not None:
        raise click.UsageError("--version applies to an article id, not a file")
    return load_file(source, url, captured_at)


def _fail(message: str) -> NoReturn:
    click.echo(f"lso: {message}", err=True)
    sys.exit(1)


def load_archived(article_id: int, version: int | None, db_path: str, archive_dir: str) -> Capture:
    """The response a version of an article was parsed from, read back from the WARC files.

    Read-only: the database is never created or migrated. No such version is a usage error
    (exit 2); a capture that cannot be read back exits 1.
    """
    from lso_crawler.parsers.decoding import header_charset
    from lso_crawler.store import Store, StoreError
    from lso_crawler.store.integrity import fetch_pointer, find_pointer
    from lso_crawler.warc import ArchiveReadError, PayloadError, read_response

    try:
        store = Store(db_path, readonly=True)
    except StoreError as error:
        raise NotFound(str(error)) from None
    with store:
        try:
            row = store.conn.execute(
                "select v.version, v.fetch_id, v.url, v.captured_at from versions v "
                "join articles a on a.id = v.article_id "
                "where v.article_id = ? and v.version = coalesce(?, a.current_version)",
                [article_id, version],
            ).fetchone()
        except OverflowError:  # an id past SQLite's integers names nothing
            row = None
        except sqlite3.Error as error:
            raise NotFound(f"{db_path} is not an lso database ({error})") from None
        if row is None:
            raise NotFound(f"no version {version or 'current'} of article {article_id}")
        number, fetch_id, page_url, stored_at = row
        pointer = fetch_pointer(store, fetch_id) if fetch_id is not None else None
        if pointer is None:
            _fail(f"version {number} of article {article_id} has no WARC capture")
        try:
            response = read_response(archive_dir, pointer)
            if pointer.record_type == "revisit":  # the same bytes as an earlier response
                refers_to = next(
                    (v for k, v in response.warc_headers if k.lower() == "warc-refers-to"), None
                )
                original = find_pointer(store, "warc_record_id = ?", [refers_to])
                if refers_to is None or original is None:
                    _fail(f"the revisit of version {number} names no archived response")
                response = read_response(archive_dir, original)
            payload = response.decoded_payload()
        except (ArchiveReadError, PayloadError) as error:
            _fail(f"cannot read the capture of version {number} of article {article_id}: {error}")
    return Capture(
        payload,
        page_url or pointer.target_uri,
        _stored_moment(stored_at) or datetime.now(UTC),
        header_charset(response.header("Content-Type")),
        f"article {article_id} version {number} ({pointer.filename}@{pointer.offset})",
    )


def _stored_moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _captured_at(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def explain(capture: Capture) -> dict[str, Any]:
    """Parse the capture and describe the choice of parser and every field's source."""
    from lso_crawler.parsers import REGISTRY, ParseError, load_capture, read_capture
    from lso_crawler.parsers.base import CONTENT_FIELDS

    report: dict[str, Any] = {
        "source": capture.source,
        "bytes": len(capture.payload),
        "url": capture.url,
        "captured_at": capture.captured_at.isoformat(),
    }
    try:
        doc = load_capture(capture.payload, capture.encoding)
        selection = REGISTRY.explain(doc, capture.url, capture.captured_at)
        report["scores"] = selection.scores
        report["chosen"] = selection.parser.NAME
        report["reason"] = selection.reason
    except ParseError as error:
        report["error"] = {"reason": error.reason, "detail": error.detail}
        return report
    try:
        reading = read_capture(capture.payload, capture.url, capture.captured_at)
    except ParseError as error:
        report["error"] = {"reason": error.reason, "detail": error.detail}
        return report
    article = reading.article
    parser = REGISTRY.version_named(article.parser)
    notes = article.parse_notes
    content = article.content()
    report["parser"] = article.parser
    report["fallback_reason"] = reading.fallback_reason
    report["fields"] = {
        name: {
            "value": content[name],
            "from": notes.get(f"{name}_from") or parser.FIELD_SOURCES.get(name, ""),
        }
        for name in CONTENT_FIELDS
    }
    report["parse_notes"] = notes
    return report


def render_text(report: dict[str, Any]) -> str:
    """The report as aligned lines for a terminal."""
    lines = [
        f"page:     {report['source']} ({report['bytes']:,} bytes)",
        f"url:      {report['url']}",
        f"captured: {report['captured_at']}",
    ]
    if "scores" in report:
        scores = ", ".join(f"{name} {score:g}" for name, score in report["scores"].items())
        lines.append(f"markers:  {scores}")
        lines.append(f"chosen:   {report['chosen']} ({report['reason']})")
    if "error" in report:
        error = report["error"]
        lines.append(
            f"refused:  {error['reason']}" + (f": {error['detail']}" if error["detail"] else "")
        )
        return _safe("\n".join(lines))
    if report["parser"] != report["chosen"]:
        lines.append(f"read by:  {report['parser']} ({report['fallback_reason']})")
    lines.append("fields:")
    for name, field in report["fields"].items():
        lines.append(f"  {name:<14} {_short(field['value'])}")
        lines.append(f"  {'':<14} from: {field['from']}")
    if report["parse_notes"]:
        lines.append("notes:    " + json.dumps(report["parse_notes"], ensure_ascii=False))
    return _safe("\n".join(lines))


def _short(value: Any, limit: int = 300) -> str:
    if value is None or value == [] or value == "":
        return "(none)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n\n", " ¶ ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe(text: str) -> str:
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)


@click.command("parse")
@click.argument("source", metavar="FILE_OR_ARTICLE_ID")
@click.option("--url", help="The page's URL [default: its canonical link or og:url].")
@click.option(
    "--captured-at",
    callback=_captured_at,
    help="Capture time, ISO 8601 (UTC if no offset) [default: now, or the version's "
    "capture time]; picks parser versions.",
)
@click.option(
    "--version",
    "version",
    type=click.IntRange(min=1),
    help="With an article id: which version [default: the current one].",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: for reading; json: the whole report (control characters escaped).",
)
@db_option
@archive_option
def parse_command(
    source: str,
    url: str | None,
    captured_at: datetime | None,
    version: int | None,
    output_format: str,
    db_path: str,
    archive_dir: str,
) -> None:
    """Parse one saved page and show which parser read it, why, and every field's source.

    FILE_OR_ARTICLE_ID is a saved page, or an article id: then the capture a version of
    that article was parsed from is read back from the WARC files (--db, --archive; never
    written to), with its URL and capture time. The marker score of each parser
    generation is shown; the general reader (generic_v1) stands in when no site parser
    matches or its result is implausible. Exit status 1 when the page is refused (the
    reason is shown) or the capture cannot be read; 2 when there is no such version.

    \b
    Example:
        lso parse page.html --url https://baolangson.vn/some-slug-5071654.html
        lso parse page.html --captured-at 2021-04-23T03:00:00Z --format json
        lso parse 5071654 --version 1
    """
    capture = load_source(
        source, url, captured_at, version=version, db_path=db_path, archive_dir=archive_dir
    )
    report = explain(capture)
    if output_format == "json":
        # json escapes C0 controls itself; C1 controls and bidi overrides are escaped too.
        click.echo(_safe(json.dumps(report, ensure_ascii=False, indent=2)))
    else:
        click.echo(render_text(report))
    if "error" in report:
        sys.exit(1)
