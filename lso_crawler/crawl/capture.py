"""Turns a Scrapy request and its raw response into a Capture.

Call it where the response is still as downloaded: at ``signals.response_downloaded`` or in
a downloader middleware ordered above 590 (HttpCompressionMiddleware), never in a callback.

What Scrapy 2.19 (HTTP/1.1 handler, Twisted) does not give back exactly:
- response header names come title-cased (``Etag``), the lines of one name grouped at its
  first place, and ``Content-Length`` first (Scrapy rebuilds it from the body framing);
  Twisted drops ``Connection``, ``Keep-Alive`` and ``Transfer-Encoding`` (the body is
  already de-chunked);
- the request went out as ``request.headers`` in their order, then ``Host`` (added by
  Twisted, with the port when not the default), after a ``Content-Length`` when there is a
  body; the request line is always ``HTTP/1.1``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy import Request
from scrapy.http import Headers, Response

from lso_crawler.warc.records import Capture, host_header

# Response.flags a download handler sets, mapped to WARC-Truncated reasons.
_TRUNCATION_FLAGS = {"dataloss": "disconnect", "download_stopped": "unspecified"}
# request.meta key: the WARC-Truncated reason of a download we stopped ourselves
# (crawl/images.py stops an image at LSO_IMAGE_MAX_BYTES: "length").
CUT_META = "lso_cut"


def header_lines(headers: Headers) -> list[tuple[str, str]]:
    """Every header line, repeated names kept, bytes decoded as latin-1 (lossless)."""
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]


def sent_request_headers(request: Request) -> list[tuple[str, str]]:
    """The request header lines as Twisted wrote them for this request."""
    lines = header_lines(request.headers)
    names = {name.lower() for name, _ in lines}
    if request.body and "content-length" not in names:
        lines.insert(0, ("Content-Length", str(len(request.body))))
    if "host" not in names:
        lines.append(("Host", host_header(request.url)))
    return lines


def truncation(response: Response, request: Request | None = None) -> str | None:
    """WARC-Truncated reason for a download cut short, from the response flags."""
    if request is not None and "download_stopped" in response.flags:
        cut = request.meta.get(CUT_META)
        if cut:
            return str(cut)
    for flag, reason in _TRUNCATION_FLAGS.items():
        if flag in response.flags:
            return reason
    return None


def capture_from_scrapy(
    request: Request, response: Response, *, date: datetime | None = None
) -> Capture:
    """The Capture of a raw (not yet decompressed) Scrapy response.

    ``date`` defaults to now; pass the fetch time recorded elsewhere so both agree.
    """
    return Capture(
        url=response.url,
        method=request.method,
        request_headers=sent_request_headers(request),
        request_body=request.body,
        protocol=response.protocol or "HTTP/1.1",
        status=response.status,
        response_headers=header_lines(response.headers),
        body=response.body,
        ip_address=str(response.ip_address) if response.ip_address is not None else None,
        date=date or datetime.now(UTC),
        truncated=truncation(response, request),
    )
