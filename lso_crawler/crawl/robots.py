"""robots.txt enforcement that cannot be bypassed, and that fails closed (RFC 9309).

Scrapy 2.19's RobotsTxtMiddleware shares one Deferred between every request that waits
for robots.txt; with the asyncio reactor each waiter converts it with `asFuture`, which
makes the Deferred fire `None` for every later waiter, and `None` means "allowed". So all
but the first waiting requests were fetched even under `Disallow: /`. This subclass reads
the parsed robots.txt back once it exists instead of trusting the Deferred's result.

RFC 9309 also says a robots.txt that cannot be fetched (5xx, network error) means
"disallow everything" until it can be; Scrapy allows everything in that case.

A `Crawl-delay` for our user agent, or for `*`, is the minimum time between two requests to
that host, capped by LSO_MAX_CRAWL_DELAY (default 60 s); Scrapy ignores it. It becomes the
host's downloader slot delay, with the random jitter only ever lengthening it, and is kept
there against AutoThrottle, which would otherwise lower it. The effective delay is logged
and kept in the `lso/crawl_delay` stat (so in `runs.stats`), next to DOWNLOAD_DELAY in
`lso/download_delay`; `lso status` shows both.

Settings:
LSO_MAX_CRAWL_DELAY  the longest Crawl-delay honoured, in seconds (default 60)
"""

from __future__ import annotations

import logging
import math
from typing import NamedTuple

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"
# Jitter above this would make a Crawl-delay slot's average delay needlessly long.
MAX_CRAWL_DELAY_JITTER = 0.2


class SlotDelay(NamedTuple):
    """A downloader slot's delay and jitter whose shortest draw is `minimum` seconds."""

    minimum: float
    delay: float
    jitter: float


def crawl_delay_slot(asked: float | None, cap: float, jitter: float) -> SlotDelay | None:
    """The slot delay honouring a Crawl-delay of `asked` seconds (capped), or None.

    Scrapy draws each delay from delay × (1 ± jitter); the delay is raised so that even the
    shortest draw is the Crawl-delay.
    """
    if asked is None or not math.isfinite(asked) or asked <= 0:
        return None
    minimum = min(asked, max(0.0, cap))
    if minimum <= 0:
        return None
    jitter = min(max(0.0, jitter), MAX_CRAWL_DELAY_JITTER)
    return SlotDelay(minimum, minimum / (1 - jitter), jitter)


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, with every waiting request checked, failing closed,
    and honouring Crawl-delay."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._max_crawl_delay = crawler.settings.getfloat("LSO_MAX_CRAWL_DELAY")
        self._jitter = crawler.settings.getfloat("DOWNLOAD_DELAY_JITTER", 0.5)
        self._slot_delays: dict[str, SlotDelay] = {}  # downloader slot key (host) -> delay
        # Connected after AutoThrottle's handler (extensions are built first), so this runs
        # after it has adjusted a slot's delay and before the slot sends its next request.
        crawler.signals.connect(self._keep_crawl_delay, signal=signals.response_downloaded)
        crawler.signals.connect(self._record_download_delay, signal=signals.spider_opened)

    def _record_download_delay(self, **_: object) -> None:
        if self.crawler.stats is not None:
            delay = self.crawler.settings.getfloat("DOWNLOAD_DELAY")
            self.crawler.stats.set_value("lso/download_delay", delay)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        await super().process_request(request, spider)
        self._keep_crawl_delay(request=request)

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        if parser is None:
            known = self._parsers.get(urlparse_cached(request).netloc)
            # Never a Deferred once the first waiter returned; treat one as no parser.
            parser = None if isinstance(known, Deferred) else known
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
        parser = self._parsers.get(netloc)
        if isinstance(parser, RobotParser):
            self._honour_crawl_delay(parser, urlparse_cached(request).hostname or "", netloc)

    def _honour_crawl_delay(self, parser: RobotParser, host: str, netloc: str) -> None:
        user_agent = self._robotstxt_useragent or self._default_useragent
        asked = parser.crawl_delay(user_agent)
        slot = crawl_delay_slot(asked, self._max_crawl_delay, self._jitter)
        if slot is None:
            logger.info("robots.txt of %s sets no Crawl-delay for us", netloc)
            return
        capped = " (capped by LSO_MAX_CRAWL_DELAY)" if slot.minimum < (asked or 0) else ""
        logger.info(
            "robots.txt of %s asks Crawl-delay: %g; requests to %s go at least %g s apart%s",
            netloc,
            asked,
            host,
            slot.minimum,
            capped,
        )
        self.crawler.stats.set_value("lso/crawl_delay", slot.minimum)
        self._slot_delays[host] = slot
        downloader = self.crawler.engine.downloader
        # New slots for this host (and one rebuilt after Scrapy's slot clean-up) start so.
        downloader.per_slot_settings[host] = {
            **downloader.per_slot_settings.get(host, {}),
            "delay": slot.delay,
            "jitter": slot.jitter,
        }
        self._keep_crawl_delay(host=host)

    def _keep_crawl_delay(
        self, request: Request | None = None, host: str | None = None, **_: object
    ) -> None:
        """Raise the host's slot delay back to its Crawl-delay if anything lowered it."""
        if not self._slot_delays:
            return
        if request is not None:
            host = request.meta.get("download_slot") or urlparse_cached(request).hostname
        wanted = self._slot_delays.get(host or "")
        if wanted is None or self.crawler.engine is None:
            return
        current = self.crawler.engine.downloader.slots.get(host or "")
        if current is not None:
            current.jitter = min(current.jitter, wanted.jitter)
            current.delay = max(current.delay, wanted.delay)
