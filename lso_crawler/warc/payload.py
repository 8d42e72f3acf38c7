"""Bounded removal of HTTP content codings (interim; the warc helper's version replaces it)."""

from __future__ import annotations

import zlib


class PayloadError(ValueError):
    """A body that cannot be decoded within the limits."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def decode_payload(raw: bytes, content_encoding: str | None, limit: int) -> bytes:
    """The payload with gzip/deflate removed; PayloadError if cut short, corrupt or too large."""
    coding = (content_encoding or "identity").strip().lower()
    if coding in ("identity", ""):
        if len(raw) > limit:
            raise PayloadError("too-large", f"over {limit} bytes")
        return raw
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise PayloadError("unsupported-encoding", coding)
    wbits = zlib.MAX_WBITS | 16 if coding != "deflate" else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error as error:
        raise PayloadError("corrupt-gzip", str(error)) from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise PayloadError("too-large", f"inflates past {limit} bytes")
    if not inflater.eof:
        raise PayloadError("truncated-gzip", "the compressed stream ends early")
    return out
