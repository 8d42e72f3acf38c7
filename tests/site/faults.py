"""The model site's fault mode: network and server misbehaviour injected per path.

`site.faults[path] = Fault(...)` makes requests for `path` (any query; "path?query" for one
query only; "*" for every path but /robots.txt) misbehave, for the first `times` matching
requests or for ever. With no faults set the site behaves exactly as without this module.
`site.down_after(n)` stops the server after n more requests; `site.start()` serves again on
the same port.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal[
    "status",  # answer `status` with `headers` (429 storms, 500 bursts)
    "redirect",  # 301 to `location` (an absolute URL, e.g. another port or a subdomain)
    "reset",  # full Content-Length, half the body, then a TCP reset
    "truncated_gzip",  # a gzip stream cut at 2/3, Content-Length matching the cut
    "stall",  # headers and half the body, then silence for `stall` seconds
    "huge",  # the page padded to `size` bytes, chunked, not compressed
    "bad_utf8",  # the page with invalid UTF-8 sequences inside its title
]

BAD_UTF8 = b"\xff\xc3\x28\xed\xa0\x80"  # stray byte, bad continuation, encoded surrogate


@dataclass
class Fault:
    """One kind of misbehaviour and which matching requests it hits: after the first `after`,
    the next `times` (None: all of them)."""

    kind: FaultKind
    times: int | None = None
    after: int = 0
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    location: str = ""
    size: int = 20 * 1024 * 1024
    stall: float = 30.0
    hits: int = 0

    def take(self) -> bool:
        """Count one matching request; whether the fault applies to it."""
        self.hits += 1
        if self.hits <= self.after:
            return False
        return self.times is None or self.hits <= self.after + self.times


class FaultPlan:
    """The faults of a site by path, safe to read from the server's threads."""

    def __init__(self) -> None:
        self._faults: dict[str, Fault] = {}
        self._lock = threading.Lock()

    def __setitem__(self, path: str, fault: Fault) -> None:
        with self._lock:
            self._faults[path] = fault

    def __getitem__(self, path: str) -> Fault:
        with self._lock:
            return self._faults[path]

    def clear(self) -> None:
        """Back to a well-behaved site."""
        with self._lock:
            self._faults.clear()

    def take(self, path: str, query: str = "") -> Fault | None:
        """The fault that applies to this request of `path?query`, if any (and count it)."""
        keys = [f"{path}?{query}"] if query else []
        keys.append(path)
        if path != "/robots.txt":  # "*" leaves robots.txt alone: set its faults by path
            keys.append("*")
        with self._lock:
            for key in keys:
                fault = self._faults.get(key)
                if fault is not None and fault.take():
                    return fault
        return None


def truncated_gzip(body: bytes) -> bytes:
    """A gzip stream of `body` cut at two thirds: no trailer, the end of the text missing."""
    whole = gzip.compress(body, mtime=0)
    return whole[: len(whole) * 2 // 3]


def padded(body: bytes, size: int) -> bytes:
    """`body` grown to `size` bytes with an HTML comment before </body>."""
    missing = max(0, size - len(body) - len(b"<!--  -->"))
    filler = b"<!-- " + (b"lorem ipsum " * (missing // 12 + 1))[:missing] + b" -->"
    cut = body.rfind(b"</body>")
    cut = cut if cut >= 0 else len(body)
    return body[:cut] + filler + body[cut:]


def with_bad_utf8(body: bytes, title: str) -> bytes:
    """`body` with invalid UTF-8 in the middle of every occurrence of `title`."""
    encoded = title.encode("utf-8")
    middle = encoded.find(b" ", len(encoded) // 2)
    middle = middle if middle > 0 else len(encoded) // 2
    return body.replace(encoded, encoded[:middle] + BAD_UTF8 + encoded[middle:])
