"""`lso parse`: which parser reads a page, why, and where each field came from."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

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


def load_source(source: str, url: str | None, captured_at: datetime | None) -> Capture:
    """Return the capture named by FILE_OR_ARTICLE_ID."""
    if source.isdigit() and not Path(source).exists():
        # The archive reader is wired by the ingest work; a file path works today.
        raise click.UsageError(
            f"reading article {source} from the archive is not available yet: "
            "save the page and give its path"
        )
    return load_file(source, url, captured_at)


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
    help="Capture time, ISO 8601 (UTC if no offset) [default: now]; picks parser versions.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: for reading; json: the whole report (control characters escaped).",
)
def parse_command(
    source: str, url: str | None, captured_at: datetime | None, output_format: str
) -> None:
    """Parse one saved page and show which parser read it, why, and every field's source.

    The marker score of each parser generation is shown; the general reader
    (generic_v1) stands in when no site parser matches or its result is
    implausible. Exit status 1 when the page is refused (the reason is shown).

    \b
    Example:
        lso parse page.html --url https://baolangson.vn/some-slug-5071654.html
        lso parse page.html --captured-at 2021-04-23T03:00:00Z --format json
    """
    report = explain(load_source(source, url, captured_at))
    if output_format == "json":
        # json escapes C0 controls itself; C1 controls and bidi overrides are escaped too.
        click.echo(_safe(json.dumps(report, ensure_ascii=False, indent=2)))
    else:
        click.echo(render_text(report))
    if "error" in report:
        sys.exit(1)
