"""The exact origins (scheme, host, port) the crawl may send a request to.

The allow-list is the origin of LSO_BASE_URL plus each configured media host, nothing else:
no other port, no subdomain, no scheme switch. The spider already rewrites links it finds
(http/https and a leading www.) onto LSO_BASE_URL's origin before requesting them, so only a
server's redirect can point a request elsewhere, and that is refused rather than followed.

A media host entry is either an origin URL (``https://media.baolangson.vn``, exact) or a bare
``host[:port]``, which allows that host over http and https on the given or default ports.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


class Origin(NamedTuple):
    """scheme://host:port, lower-cased, with the scheme's default port filled in."""

    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


def origin_of(url: str) -> Origin | None:
    """The origin of an http(s) URL, or None when it has none we could ever fetch."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a malformed port or IPv6 literal
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return None
    return Origin(scheme, host, port if port is not None else DEFAULT_PORTS[scheme])


def _media_origins(entry: str) -> set[Origin]:
    entry = entry.strip()
    if not entry:
        return set()
    if "://" in entry:
        origin = origin_of(entry)
        if origin is None:
            raise ValueError(f"not an http(s) origin: {entry!r}")
        return {origin}
    found = {origin_of(f"{scheme}://{entry}") for scheme in DEFAULT_PORTS}
    if None in found or "/" in entry:
        raise ValueError(f"not a host[:port]: {entry!r}")
    return {o for o in found if o is not None}


def allowed_origins(base_url: str, media_hosts: Iterable[str] = ()) -> frozenset[Origin]:
    """LSO_BASE_URL's origin plus the LSO_MEDIA_HOSTS entries; ValueError for a bad entry."""
    base = origin_of(base_url)
    if base is None:
        raise ValueError(f"LSO_BASE_URL has no http(s) origin: {base_url!r}")
    allowed = {base}
    for entry in media_hosts:
        allowed |= _media_origins(entry)
    return frozenset(allowed)


def is_allowed(url: str, allowed: frozenset[Origin]) -> bool:
    """Whether `url` is exactly on one of the allowed origins."""
    return origin_of(url) in allowed
