"""robots.txt enforcement that cannot be bypassed, and that fails closed (RFC 9309).

Scrapy 2.19's RobotsTxtMiddleware shares one Deferred between every request that waits
for robots.txt; with the asyncio reactor each waiter converts it with `asFuture`, which
makes the Deferred fire `None` for every later waiter, and `None` means "allowed". So all
but the first waiting requests were fetched even under `Disallow: /`. This subclass reads
the parsed robots.txt back once it exists instead of trusting the Deferred's result.

RFC 9309 also says a robots.txt that cannot be fetched (5xx, network error) means
"disallow everything" until it can be; Scrapy allows everything in that case.
"""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, with every waiting request checked and failing closed."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        if parser is None:
            parser = self._parsers.get(urlparse_cached(request).netloc)
            if isinstance(parser, Deferred):  # cannot happen once the first waiter returned
                parser = None
        if parser is None:
            # The fetch failed outright: build a disallow-all parser and remember it.
            netloc = urlparse_cached(request).netloc
            logger.error(
                "robots.txt of %s could not be fetched: refusing to crawl it (RFC 9309)", netloc
            )
            self.crawler.stats.inc_value("lso/robots_unavailable")
            parser = self._parserimpl.from_crawler(self.crawler, DISALLOW_ALL)
            self._parsers[netloc] = parser
        return parser

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            logger.error(
                "robots.txt of %s answered %d: refusing to crawl it (RFC 9309)",
                netloc,
                response.status,
            )
            self.crawler.stats.inc_value("lso/robots_unavailable")
            response = response.replace(body=DISALLOW_ALL)
        await super()._parse_robots(response, netloc, request)
