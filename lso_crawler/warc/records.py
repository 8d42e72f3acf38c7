"""Builds the WARC 1.1 records of one HTTP capture with warcio; no Scrapy here.

Header names and values are ``str`` holding the raw header bytes decoded as latin-1, so
every byte the server sent is written back unchanged (warcio would %-encode non-ASCII).
"""

from __future__ import annotations

import base64
import hashlib
import socket
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from importlib.metadata import version
from io import BytesIO
from typing import NamedTuple, Protocol
from urllib.parse import urldefrag, urlsplit

from warcio.recordbuilder import RecordBuilder
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date

from lso_crawler import __version__

WARC_VERSION = "WARC/1.1"
REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
CONFORMS_TO = "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
SOFTWARE = f"lso-archive/{__version__} (warcio/{version('warcio')})"
RESPONSE_TYPE = "application/http; msgtype=response"
REQUEST_TYPE = "application/http; msgtype=request"
TRUNCATED_REASONS = ("length", "time", "disconnect", "unspecified")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_BUILDER = RecordBuilder(warc_version=WARC_VERSION)

Headers = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Capture:
    """One HTTP exchange as it went over the wire (body transfer-decoded, not content-decoded).

    ``protocol`` is the response's protocol as the client reported it (``HTTP/1.1``,
    ``HTTP/1.0``, ``h2``, ``HTTP/2``); ``date`` must be timezone-aware; ``truncated`` is a
    WARC-Truncated reason (``length``, ``time``, ``disconnect``, ``unspecified``) or None.
    """

    url: str
    method: str
    request_headers: Headers
    request_body: bytes
    protocol: str
    status: int
    response_headers: Headers
    body: bytes
    ip_address: str | None
    date: datetime
    truncated: str | None = None


class RevisitTarget(Protocol):
    """What a revisit record needs to know of the earlier capture (a WarcPointer fits)."""

    @property
    def target_uri(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def payload_digest(self) -> str: ...
    @property
    def record_id(self) -> str | None: ...


@dataclass(frozen=True)
class CrawlInfo:
    """The crawl description that heads every WARC file (its warcinfo record)."""

    user_agent: str
    operator: str
    robots: str = "obey"
    is_part_of: str | None = None
    description: str | None = None
    software: str = SOFTWARE


class CaptureRecords(NamedTuple):
    """The records of one capture in writing order: response (or revisit) then request."""

    response: ArcWarcRecord
    request: ArcWarcRecord


class _RawHttpHeaders(StatusAndHeaders):
    """HTTP headers written byte for byte (latin-1), not %-encoded as warcio does."""

    def compute_headers_buffer(self, header_filter: object = None) -> None:
        text = self.to_str(header_filter)
        try:
            self.headers_buff = text.encode("latin-1") + b"\r\n"
        except UnicodeEncodeError:  # real Unicode, not latin-1-decoded bytes
            self.headers_buff = text.encode("utf-8") + b"\r\n"


def new_record_id() -> str:
    """A fresh ``<urn:uuid:…>`` WARC-Record-ID."""
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(moment: datetime) -> str:
    """WARC-Date with microseconds (WARC 1.1) of an aware datetime."""
    if moment.tzinfo is None:
        raise ValueError("capture dates must be timezone-aware")
    date: str = datetime_to_iso_date(moment.astimezone(UTC).replace(tzinfo=None), use_micros=True)
    return date


def payload_digest(body: bytes) -> str:
    """WARC-Payload-Digest of a body: ``sha1:`` and the base32 SHA-1."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def target_uri(url: str) -> str:
    """The URI as requested: without its fragment, which never goes over the wire."""
    return urldefrag(url)[0]


def host_header(url: str) -> str:
    """Host header value of a URL, with the port when it is not the scheme's default."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        return f"{host}:{port}"
    return host


def request_target(url: str) -> str:
    """Request-line target: path (``/`` when empty) and query string."""
    parts = urlsplit(url)
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


def status_line(status: int) -> str:
    """``200 OK``: the code and its standard reason phrase (empty when unknown)."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} "


def http_protocol(protocol: str | None) -> tuple[str, str | None]:
    """Status-line version and WARC-Protocol value for a client-reported protocol.

    HTTP/2 and HTTP/3 are written as HTTP/1.1 messages tagged ``WARC-Protocol: h2``/``h3``:
    replay tools cannot parse an ``HTTP/2`` status line.
    """
    value = (protocol or "HTTP/1.1").strip()
    lowered = value.lower()
    for major in ("2", "3"):
        if lowered in (f"h{major}", f"http/{major}", f"http/{major}.0"):
            return "HTTP/1.1", f"h{major}"
    if lowered in ("http/1.0", "http/1.1", "http/0.9"):
        return value.upper(), None
    raise ValueError(f"unknown HTTP protocol {protocol!r}")


def _response_headers(capture: Capture) -> _RawHttpHeaders:
    version, _ = http_protocol(capture.protocol)
    # The body is transfer-decoded already; a Transfer-Encoding header would lie about it.
    kept = [(k, v) for k, v in capture.response_headers if k.lower() != "transfer-encoding"]
    return _RawHttpHeaders(status_line(capture.status), kept, protocol=version)


def _request_headers(capture: Capture) -> _RawHttpHeaders:
    headers = list(capture.request_headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.append(("Host", host_header(capture.url)))
    line = f"{capture.method.upper()} {request_target(capture.url)} HTTP/1.1"
    return _RawHttpHeaders(line, headers, is_http_request=True)


def _warc_headers(fields: Iterable[tuple[str, str | None]]) -> StatusAndHeaders:
    return StatusAndHeaders("", [(k, v) for k, v in fields if v], protocol=WARC_VERSION)


def _capture_fields(
    capture: Capture, record_type: str, record_id: str
) -> list[tuple[str, str | None]]:
    _, warc_protocol = http_protocol(capture.protocol)
    return [
        ("WARC-Type", record_type),
        ("WARC-Record-ID", record_id),
        ("WARC-Date", warc_date(capture.date)),
        ("WARC-Target-URI", target_uri(capture.url)),
        ("WARC-IP-Address", capture.ip_address),
        ("WARC-Protocol", warc_protocol),
    ]


def _request_record(capture: Capture, concurrent_to: str, record_id: str | None) -> ArcWarcRecord:
    fields = _capture_fields(capture, "request", record_id or new_record_id())
    fields += [("WARC-Concurrent-To", concurrent_to), ("Content-Type", REQUEST_TYPE)]
    return _BUILDER.create_warc_record(
        target_uri(capture.url),
        "request",
        payload=BytesIO(capture.request_body),
        length=len(capture.request_body),
        warc_headers=_warc_headers(fields),
        http_headers=_request_headers(capture),
    )


def build_capture_records(
    capture: Capture, *, response_id: str | None = None, request_id: str | None = None
) -> CaptureRecords:
    """The response record (payload digest included) and its request record."""
    if capture.truncated and capture.truncated not in TRUNCATED_REASONS:
        raise ValueError(f"unknown WARC-Truncated reason {capture.truncated!r}")
    response_id = response_id or new_record_id()
    fields = _capture_fields(capture, "response", response_id)
    fields += [("WARC-Truncated", capture.truncated), ("Content-Type", RESPONSE_TYPE)]
    response = _BUILDER.create_warc_record(
        target_uri(capture.url),
        "response",
        payload=BytesIO(capture.body),
        length=len(capture.body),
        warc_headers=_warc_headers(fields),
        http_headers=_response_headers(capture),
    )
    return CaptureRecords(response, _request_record(capture, response_id, request_id))


def build_revisit_records(
    capture: Capture,
    refers_to: RevisitTarget,
    *,
    revisit_id: str | None = None,
    request_id: str | None = None,
) -> CaptureRecords:
    """A revisit (identical-payload-digest profile, HTTP headers only) and its request record.

    Raises ValueError when the body is not the one the earlier capture archived.
    """
    digest = payload_digest(capture.body)
    if capture.truncated:
        raise ValueError("a truncated capture cannot be recorded as a revisit")
    if digest != refers_to.payload_digest:
        raise ValueError(f"payload {digest} differs from the original {refers_to.payload_digest}")
    revisit_id = revisit_id or new_record_id()
    fields = _capture_fields(capture, "revisit", revisit_id)
    fields += [
        ("WARC-Profile", REVISIT_PROFILE),
        ("WARC-Refers-To", refers_to.record_id),
        ("WARC-Refers-To-Target-URI", refers_to.target_uri),
        ("WARC-Refers-To-Date", refers_to.date),
        ("WARC-Payload-Digest", digest),
        ("Content-Type", RESPONSE_TYPE),
    ]
    revisit = _BUILDER.create_warc_record(
        target_uri(capture.url),
        "revisit",
        warc_headers=_warc_headers(fields),
        http_headers=_response_headers(capture),
    )
    return CaptureRecords(revisit, _request_record(capture, revisit_id, request_id))


def build_warcinfo(
    filename: str,
    info: CrawlInfo,
    *,
    date: datetime | None = None,
    hostname: str | None = None,
    record_id: str | None = None,
) -> ArcWarcRecord:
    """The warcinfo record that opens the WARC file ``filename``."""
    hostname = hostname or socket.gethostname()
    fields = [
        ("software", info.software),
        ("format", "WARC File Format 1.1"),
        ("conformsTo", CONFORMS_TO),
        ("hostname", hostname),
        ("operator", info.operator),
        ("http-header-user-agent", info.user_agent),
        ("robots", info.robots),
        ("isPartOf", info.is_part_of),
        ("description", info.description),
    ]
    block = "".join(f"{k}: {v}\r\n" for k, v in fields if v).encode("utf-8")
    headers = _warc_headers(
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", record_id or new_record_id()),
            ("WARC-Date", warc_date(date or datetime.now(UTC))),
            ("WARC-Filename", filename),
            ("Content-Type", "application/warc-fields"),
        ]
    )
    return _BUILDER.create_warc_record(
        "", "warcinfo", payload=BytesIO(block), length=len(block), warc_headers=headers
    )
