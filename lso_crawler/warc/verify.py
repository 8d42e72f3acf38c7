"""Checks an archive directory beyond what ``warcio check`` sees (it only checks digests)."""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders

from lso_crawler.warc.files import OPEN_SUFFIX
from lso_crawler.warc.index import cdxj_lines, index_path
from lso_crawler.warc.members import (
    MAX_RECORD_BYTES,
    BrokenMember,
    Member,
    iter_members,
    member_problem,
    record_block,
)
from lso_crawler.warc.paths import closed_warc_files, escaping_entries
from lso_crawler.warc.records import payload_digest

_MANDATORY = ("WARC-Record-ID", "Content-Length", "WARC-Date", "WARC-Type")
_HTTP_TYPES = ("request", "response", "revisit")
_NO_BODY_STATUSES = (204, 304)
_TEXTUAL = ("text/", "html", "json", "xml", "javascript")


@dataclass(frozen=True)
class Problem:
    """One thing wrong, where it is: a file name and a record offset (None: whole file)."""

    file: str
    offset: int | None
    message: str


@dataclass
class VerifyReport:
    """The outcome of verify_archive: counts and every problem found."""

    files: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


@dataclass(frozen=True)
class _Seen:
    file: str
    offset: int
    rec_type: str
    uri: str | None
    date: str | None
    payload_digest: str | None


@dataclass
class _Archive:
    report: VerifyReport
    records: dict[str, _Seen] = field(default_factory=dict)
    requests: list[tuple[_Seen, str | None, str]] = field(default_factory=list)
    revisits: list[tuple[_Seen, StatusAndHeaders]] = field(default_factory=list)
    length_mismatches: dict[str, tuple[_Seen, str]] = field(default_factory=dict)
    limit: int = MAX_RECORD_BYTES
    oversized: bool = False  # in the file being checked

    def problem(self, file: str, offset: int | None, message: str) -> None:
        self.report.problems.append(Problem(file, offset, message))


def encoding_problem(headers: list[tuple[str, str]], body: bytes) -> str | None:
    """Why the body's first bytes contradict its Content-Encoding, or None."""
    if not body:
        return None
    lowered = [(k.lower(), v) for k, v in headers]
    codings = [
        c.strip().lower() for k, v in lowered if k == "content-encoding" for c in v.split(",")
    ]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        content_type = next((v.lower() for k, v in lowered if k == "content-type"), "")
        if body.startswith(b"\x1f\x8b") and any(t in content_type for t in _TEXTUAL):
            return f"gzip body stored without Content-Encoding ({content_type})"
        return None
    outer = codings[-1]
    if outer in ("gzip", "x-gzip") and not body.startswith(b"\x1f\x8b"):
        return f"Content-Encoding {outer} but the body is not gzip"
    if outer == "zstd" and not body.startswith(b"\x28\xb5\x2f\xfd"):
        return "Content-Encoding zstd but the body is not zstd"
    if outer == "deflate":
        for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
            try:
                zlib.decompressobj(wbits).decompress(body[:4096], 4096)
                return None
            except zlib.error:
                continue
        return "Content-Encoding deflate but the body is not deflate"
    return None


def _check_response(archive: _Archive, seen: _Seen, record: ArcWarcRecord, body: bytes) -> None:
    headers = record.http_headers.headers
    problem = encoding_problem(headers, body)
    if problem:
        archive.problem(seen.file, seen.offset, problem)
    declared = record.http_headers.get_header("Content-Length")
    status = int(record.http_headers.get_statuscode() or 0)
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if declared is None or truncated or status < 200 or status in _NO_BODY_STATUSES:
        return
    if not declared.strip().isdigit() or int(declared) != len(body):
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        message = f"HTTP Content-Length {declared.strip()} but {len(body)} body bytes stored"
        archive.length_mismatches[record_id] = (seen, message)


def _check_member(archive: _Archive, name: str, member: Member, first: bool) -> str | None:
    """Check one gzip member; returns the type of the record it holds."""
    problem = member_problem(member)
    if problem:
        archive.problem(name, member.offset, problem)
        return None
    if member.data is None:
        archive.problem(
            name,
            member.offset,
            f"record inflates to {member.size} bytes, past the {archive.limit}-byte limit "
            "of every reader: not checked",
        )
        archive.oversized = True
        return None
    try:
        record = next(iter(ArchiveIterator(BytesIO(member.data), check_digests=True)))
        body = record.raw_stream.read()
    except Exception as exc:  # warcio raises several types on malformed records
        archive.problem(name, member.offset, f"warcio cannot read the record: {exc!r}")
        return None
    rec_type: str = record.rec_type
    head = record.rec_headers
    seen = _Seen(
        name,
        member.offset,
        rec_type,
        head.get_header("WARC-Target-URI"),
        head.get_header("WARC-Date"),
        head.get_header("WARC-Payload-Digest"),
    )
    for problem in record.digest_checker.problems:
        archive.problem(name, member.offset, f"{rec_type} record: {problem}")
    missing = [h for h in _MANDATORY if head.get_header(h) is None]
    if rec_type in _HTTP_TYPES and not seen.uri:
        missing.append("WARC-Target-URI")
    if missing:
        archive.problem(name, member.offset, f"{rec_type} record lacks {', '.join(missing)}")
    if first and rec_type != "warcinfo":
        archive.problem(name, member.offset, "file does not start with a warcinfo record")
    record_id = head.get_header("WARC-Record-ID") or f"{name}@{member.offset}"
    if record_id in archive.records:
        archive.problem(name, member.offset, f"record id {record_id} used twice")
    archive.records[record_id] = seen
    if rec_type == "response" and record.http_headers:
        _check_response(archive, seen, record, body)
    elif rec_type == "request":
        method = record.http_headers.protocol if record.http_headers else ""
        archive.requests.append((seen, head.get_header("WARC-Concurrent-To"), method))
    elif rec_type == "revisit":
        block_digest = head.get_header("WARC-Block-Digest")
        if block_digest and block_digest != payload_digest(record_block(member.data)):
            archive.problem(name, member.offset, "revisit record: block digest mismatch")
        archive.revisits.append((seen, head))
    return rec_type


def _check_file(archive: _Archive, path: Path, require_index: bool) -> None:
    name = path.name
    counted = 0
    archive.oversized = False
    with path.open("rb") as stream:
        try:
            for number, member in enumerate(iter_members(stream, archive.limit)):
                archive.report.records += 1
                rec_type = _check_member(archive, name, member, first=number == 0)
                counted += rec_type in ("response", "revisit")
        except BrokenMember as exc:
            archive.problem(name, exc.offset, exc.reason)
    if archive.oversized:
        return  # cdxj-indexer would inflate the oversized record whole
    try:
        lines = cdxj_lines(path, checked=True)
    except Exception as exc:  # cdxj-indexer's errors are not one type
        archive.problem(name, None, f"cdxj-indexer failed: {exc!r}")
        return
    if len(lines) != counted:
        archive.problem(name, None, f"cdxj-indexer indexed {len(lines)} of {counted} records")
    stored = index_path(path)
    if stored.exists():
        if stored.read_text(encoding="utf-8").splitlines(keepends=True) != lines:
            archive.problem(name, None, f"{stored.name} does not match the file")
    elif require_index:
        archive.problem(name, None, "no CDXJ index")


def _resolve(archive: _Archive) -> None:
    for seen, concurrent_to, _ in archive.requests:
        target = archive.records.get(concurrent_to or "")
        if target is None or target.rec_type not in ("response", "revisit"):
            archive.problem(seen.file, seen.offset, f"request without its response {concurrent_to}")
    head_requests = {to for _, to, method in archive.requests if method.upper() == "HEAD"}
    for record_id, (seen, message) in archive.length_mismatches.items():
        if record_id not in head_requests:
            archive.problem(seen.file, seen.offset, message)
    responses = {
        (seen.uri, seen.date, seen.payload_digest)
        for seen in archive.records.values()
        if seen.rec_type == "response"
    }
    for seen, head in archive.revisits:
        refers_uri = head.get_header("WARC-Refers-To-Target-URI")
        refers_date = head.get_header("WARC-Refers-To-Date")
        if not (refers_uri and refers_date and seen.payload_digest):
            archive.problem(seen.file, seen.offset, "revisit lacks Refers-To URI/date or digest")
            continue
        wanted = (refers_uri, refers_date, seen.payload_digest)
        refers_id = head.get_header("WARC-Refers-To")
        if refers_id:
            target = archive.records.get(refers_id)
            found = (
                target is not None
                and target.rec_type == "response"
                and (target.uri, target.date, target.payload_digest) == wanted
            )
        else:
            found = wanted in responses
        if not found:
            archive.problem(
                seen.file, seen.offset, f"revisit does not resolve to {refers_uri} {refers_date}"
            )


def verify_archive(
    directory: str | os.PathLike[str],
    *,
    require_index: bool = False,
    limit: int = MAX_RECORD_BYTES,
) -> VerifyReport:
    """Check every WARC file in ``directory``.

    Per file: every gzip member complete and holding one whole record, warcinfo first,
    mandatory WARC headers, warcio's block and payload digests (and revisit block digests),
    Content-Encoding against the body's first bytes, HTTP Content-Length against the stored
    body (unless truncated), and cdxj-indexer indexing every response and revisit (it drops
    broken records silently); an ``indexes/`` file must match. Across files: every request
    has its response, every revisit resolves to an archived response with its digest. A
    leftover ``.open`` file is a problem too; ``require_index`` makes a missing index one.

    Memory stays bounded: a record inflating past ``limit`` is a problem, walked through
    without being kept, and its file is not given to cdxj-indexer. Entries that are symlinks
    out of the directory (or not regular files) are problems and are not read.
    """
    directory = Path(directory)
    archive = _Archive(VerifyReport(), limit=limit)
    for escaping in escaping_entries(directory):
        archive.problem(escaping, None, "leads outside the archive directory or is not a file")
    for leftover in sorted(directory.glob(f"*{OPEN_SUFFIX}")):
        archive.problem(leftover.name, None, "left open by a writer: run repair()")
    for path in sorted(closed_warc_files(directory)):
        archive.report.files += 1
        _check_file(archive, path, require_index)
    _resolve(archive)
    return archive.report
