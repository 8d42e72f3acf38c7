"""A DNS resolver for tests: every name under `localhost` is 127.0.0.1.

With it, a redirect to `sub.localhost:PORT` would really reach the model site, so a test
that asserts such a request never arrives can fail.
"""

from __future__ import annotations

from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer


class LoopbackResolver(CachingThreadedResolver):
    """Scrapy's resolver, answering 127.0.0.1 for `localhost` and its subdomains."""

    def getHostByName(self, name: str, timeout: Any = None) -> defer.Deferred[str]:
        if name == "localhost" or name.endswith(".localhost"):
            return defer.succeed("127.0.0.1")
        return super().getHostByName(name, timeout)
