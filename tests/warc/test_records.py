"""Record building, byte for byte where it matters."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from lso_crawler.warc.files import WarcPointer
from lso_crawler.warc.records import (
    REVISIT_PROFILE,
    Capture,
    CrawlInfo,
    build_capture_records,
    build_revisit_records,
    build_warcinfo,
    host_header,
    http_protocol,
    payload_digest,
    request_target,
    status_line,
)

DATE = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
CAPTURE = Capture(
    url="http://localhost:8080/bai-viet?id=7#top",
    method="GET",
    request_headers=[("User-Agent", "lso-test"), ("Accept-Encoding", "gzip")],
    request_body=b"",
    protocol="HTTP/1.1",
    status=200,
    response_headers=[
        ("Content-Type", "text/plain"),
        ("Set-Cookie", "a=1"),
        ("Set-Cookie", "b=2"),
        ("Transfer-Encoding", "chunked"),
    ],
    body=b"hello",
    ip_address="127.0.0.1",
    date=DATE,
)
ID1 = "<urn:uuid:00000000-0000-0000-0000-000000000001>"
ID2 = "<urn:uuid:00000000-0000-0000-0000-000000000002>"

EXPECTED = (
    b"WARC/1.1\r\n"
    b"WARC-Type: response\r\n"
    b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
    b"WARC-Date: 2026-01-02T03:04:05.678901Z\r\n"
    b"WARC-Target-URI: http://localhost:8080/bai-viet?id=7\r\n"
    b"WARC-IP-Address: 127.0.0.1\r\n"
    b"Content-Type: application/http; msgtype=response\r\n"
    b"WARC-Payload-Digest: sha1:VL2MMHO4YXUKFWV63YHTWSBM3GXKSQ2N\r\n"
    b"WARC-Block-Digest: sha1:FU72FW5JHRSDYSJNIT6LADL3FNGMKE3L\r\n"
    b"Content-Length: 84\r\n"
    b"\r\n"
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: text/plain\r\n"
    b"Set-Cookie: a=1\r\n"
    b"Set-Cookie: b=2\r\n"
    b"\r\n"
    b"hello\r\n\r\n"
    b"WARC/1.1\r\n"
    b"WARC-Type: request\r\n"
    b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
    b"WARC-Date: 2026-01-02T03:04:05.678901Z\r\n"
    b"WARC-Target-URI: http://localhost:8080/bai-viet?id=7\r\n"
    b"WARC-IP-Address: 127.0.0.1\r\n"
    b"WARC-Concurrent-To: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
    b"Content-Type: application/http; msgtype=request\r\n"
    b"WARC-Payload-Digest: sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ\r\n"
    b"WARC-Block-Digest: sha1:VKSZIJTAY2KO2NBJJPU2MTPD3GLHQYHP\r\n"
    b"Content-Length: 98\r\n"
    b"\r\n"
    b"GET /bai-viet?id=7 HTTP/1.1\r\n"
    b"User-Agent: lso-test\r\n"
    b"Accept-Encoding: gzip\r\n"
    b"Host: localhost:8080\r\n"
    b"\r\n"
    b"\r\n\r\n"
)


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def serialize(*records) -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=False, warc_version="WARC/1.1")
    for record in records:
        writer.write_record(record)
    return out.getvalue()


def block_of(record_bytes: bytes) -> bytes:
    return record_bytes.split(b"\r\n\r\n", 1)[1][:-4]


def test_capture_records_byte_for_byte() -> None:
    records = build_capture_records(CAPTURE, response_id=ID1, request_id=ID2)
    assert serialize(*records) == EXPECTED


def test_digests_are_sha1_base32_of_payload_and_block() -> None:
    response, _ = build_capture_records(CAPTURE)
    data = serialize(response)
    head = response.rec_headers
    assert head.get_header("WARC-Payload-Digest") == sha1_b32(b"hello") == payload_digest(b"hello")
    assert head.get_header("WARC-Block-Digest") == sha1_b32(block_of(data))


@pytest.mark.parametrize(
    ("protocol", "line", "warc_protocol"),
    [
        ("HTTP/1.1", b"HTTP/1.1 404 Not Found", None),
        ("HTTP/1.0", b"HTTP/1.0 404 Not Found", None),
        ("h2", b"HTTP/1.1 404 Not Found", "h2"),
        ("HTTP/2", b"HTTP/1.1 404 Not Found", "h2"),
        ("HTTP/2.0", b"HTTP/1.1 404 Not Found", "h2"),
    ],
)
def test_status_line_and_protocol(protocol: str, line: bytes, warc_protocol: str | None) -> None:
    capture = replace(CAPTURE, protocol=protocol, status=404)
    response, request = build_capture_records(capture)
    data = serialize(response)
    assert block_of(data).startswith(line + b"\r\n")
    for record in (response, request):
        assert record.rec_headers.get_header("WARC-Protocol") == warc_protocol
    assert b"HTTP/2" not in data


def test_unknown_protocol_and_reasons() -> None:
    assert status_line(599) == "599 "
    assert status_line(308) == "308 Permanent Redirect"
    assert http_protocol(None) == ("HTTP/1.1", None)
    with pytest.raises(ValueError):
        http_protocol("SPDY/3")


def test_no_transfer_encoding_over_a_dechunked_body() -> None:
    capture = replace(CAPTURE, response_headers=[("transfer-encoding", "chunked"), ("X-A", "1")])
    block = block_of(serialize(build_capture_records(capture).response))
    assert b"transfer-encoding" not in block.lower()
    assert block == b"HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\nhello"


def test_header_bytes_kept_exactly() -> None:
    raw = "attachment; filename=\xc4\x90\xe1\xbb\x93ng.pdf"  # UTF-8 bytes read as latin-1
    capture = replace(CAPTURE, response_headers=[("Content-Disposition", raw)])
    block = block_of(serialize(build_capture_records(capture).response))
    assert "Đồng".encode() in block
    assert raw.encode("latin-1") in block


@pytest.mark.parametrize(
    ("url", "host", "target"),
    [
        ("http://example.com/a?b=1", "example.com", "/a?b=1"),
        ("http://example.com:80", "example.com", "/"),
        ("https://example.com:443/x#frag", "example.com", "/x"),
        ("https://example.com:8443/x?q=%C4%90", "example.com:8443", "/x?q=%C4%90"),
        ("http://[::1]:8080/", "[::1]:8080", "/"),
    ],
)
def test_host_header_and_request_target(url: str, host: str, target: str) -> None:
    assert host_header(url) == host
    assert request_target(url) == target


def test_request_record_has_query_and_host_with_port() -> None:
    capture = replace(
        CAPTURE, url="https://baolangson.vn:8443/tim-kiem?q=lang+son", request_headers=[]
    )
    _, request = build_capture_records(capture)
    data = serialize(request)
    assert block_of(data) == (
        b"GET /tim-kiem?q=lang+son HTTP/1.1\r\nHost: baolangson.vn:8443\r\n\r\n"
    )
    assert request.rec_headers.get_header("WARC-Target-URI") == capture.url


def test_post_body_is_kept_in_the_request_record() -> None:
    capture = replace(CAPTURE, method="post", request_body=b"a=1&b=2")
    block = block_of(serialize(build_capture_records(capture).request))
    assert block.startswith(b"POST /bai-viet?id=7 HTTP/1.1\r\n")
    assert block.endswith(b"\r\n\r\na=1&b=2")


def test_truncated_and_ip_address() -> None:
    response, _ = build_capture_records(replace(CAPTURE, truncated="disconnect"))
    assert response.rec_headers.get_header("WARC-Truncated") == "disconnect"
    response, _ = build_capture_records(replace(CAPTURE, ip_address=None))
    assert response.rec_headers.get_header("WARC-IP-Address") is None
    assert response.rec_headers.get_header("WARC-Truncated") is None
    with pytest.raises(ValueError):
        build_capture_records(replace(CAPTURE, truncated="cut"))


def test_naive_dates_are_refused() -> None:
    with pytest.raises(ValueError):
        build_capture_records(replace(CAPTURE, date=datetime(2026, 1, 1)))


def test_revisit_record() -> None:
    original = WarcPointer(
        filename="x.warc.gz",
        offset=0,
        length=1,
        record_id=ID1,
        payload_digest=payload_digest(b"hello"),
        target_uri="http://localhost:8080/bai-viet?id=7",
        date="2026-01-01T00:00:00.000001Z",
    )
    revisit, request = build_revisit_records(CAPTURE, original, revisit_id=ID2)
    data = serialize(revisit, request)
    record = next(iter(ArchiveIterator(BytesIO(data))))
    head = record.rec_headers
    assert record.rec_type == "revisit"
    assert head.get_header("WARC-Profile") == REVISIT_PROFILE
    assert head.get_header("WARC-Refers-To") == ID1
    assert head.get_header("WARC-Refers-To-Target-URI") == original.target_uri
    assert head.get_header("WARC-Refers-To-Date") == original.date
    assert head.get_header("WARC-Payload-Digest") == original.payload_digest
    assert [v for k, v in record.http_headers.headers if k == "Set-Cookie"] == ["a=1", "b=2"]
    assert record.raw_stream.read() == b""  # headers only, no body
    assert request.rec_headers.get_header("WARC-Concurrent-To") == ID2
    assert b"hello" not in data


def test_revisit_needs_the_same_payload() -> None:
    original = WarcPointer("x.warc.gz", 0, 1, ID1, payload_digest(b"other"), "http://a/", "d")
    with pytest.raises(ValueError, match="differs"):
        build_revisit_records(CAPTURE, original)
    same = replace(original, payload_digest=payload_digest(b"hello"))
    with pytest.raises(ValueError, match="truncated"):
        build_revisit_records(replace(CAPTURE, truncated="length"), same)


def test_warcinfo_fields() -> None:
    info = CrawlInfo(user_agent="lso-archive/0.1.0 (+https://x)", operator="Ops <ops@example.org>")
    record = build_warcinfo("LSO-1-00000-host.warc.gz", info, date=DATE, hostname="crawl1")
    data = serialize(record)
    fields = dict(line.split(": ", 1) for line in block_of(data).decode().splitlines())
    assert fields["software"].startswith("lso-archive/")
    assert fields["format"] == "WARC File Format 1.1"
    assert fields["conformsTo"].endswith("/warc-1.1/")
    assert fields["robots"] == "obey"
    assert fields["http-header-user-agent"] == info.user_agent
    assert fields["operator"] == info.operator
    assert fields["hostname"] == "crawl1"
    assert record.rec_headers.get_header("WARC-Filename") == "LSO-1-00000-host.warc.gz"
    assert record.rec_headers.get_header("Content-Type") == "application/warc-fields"
