"""Scrapy settings for lso-archive.

Project settings (all overridable with ``scrapy crawl lso -s NAME=VALUE``):

LSO_BASE_URL      the site root; start URLs and the allowed host derive from it
LSO_DB_PATH       the SQLite database (an index derived from the archive)
LSO_ARCHIVE_DIR   where WARC files go (LSO_WARC_PREFIX, LSO_WARC_MAX_SIZE, LSO_WARC_FSYNC)
LSO_RECHECK       which known articles to fetch again: ``all``, ``due`` or ``none``
LSO_RECHECK_SCHEDULE  with ``due``: the back-off schedule (see lso_crawler/schedule.py)
LSO_MAX_PAGES     optional cap on listing pages walked per category
LSO_BACKFILL      walk every listing page to the end, resuming where a killed walk stopped
LSO_CONTACT_URL   where a site operator can reach us; part of the User-Agent
LSO_MIN_FREE_MB   stop the crawl cleanly when free disk under the data falls below this
LSO_LOG_DIR       `lso crawl` writes a daily-rotated log here; LSO_LOG_DAYS days are kept
LSO_BACKOFF_DEFAULT / LSO_BACKOFF_MAX  pause on 429/503 without / with Retry-After (seconds)
LSO_PARSE_JOBS    worker processes parsing pages during a crawl (0: in the crawl's thread)
LSO_PARSE_TIMEOUT seconds one page may take to parse before it counts as a parse failure
LSO_MAX_PAGE_BYTES  decoded article pages above this are archived, not parsed (recorded)
LSO_MEDIA_HOSTS   hosts or origins allowed besides LSO_BASE_URL's (see lso_crawler/origins.py)
LSO_MAX_CRAWL_DELAY  the longest robots.txt Crawl-delay honoured, in seconds (default 60)
LSO_IMAGES        ``article``: fetch the caption images of new and changed versions; ``none``
LSO_IMAGE_MAX_BYTES  image bodies are cut (WARC-Truncated: length) after this many bytes
"""

from lso_crawler import __version__

BOT_NAME = "lso_crawler"
SPIDER_MODULES = ["lso_crawler.crawl.spiders"]
NEWSPIDER_MODULE = "lso_crawler.crawl.spiders"

LSO_BASE_URL = "https://baolangson.vn"
LSO_DB_PATH = "db/lso.db"
LSO_ARCHIVE_DIR = "archive"
LSO_RECHECK = "due"
LSO_RECHECK_SCHEDULE = None  # JSON [[within_hours, every_hours], ...]; see schedule.py
LSO_MAX_PAGES = None
LSO_BACKFILL = False
LSO_WARC_PREFIX = "LSO"
LSO_WARC_MAX_SIZE = 1_000_000_000
LSO_WARC_FSYNC = True
LSO_CONTACT_URL = "https://github.com/lso-archive/lso-archive"
LSO_MIN_FREE_MB = 500
LSO_LOG_DIR = "logs"
LSO_LOG_DAYS = 30
LSO_PROGRESS_INTERVAL = 0
LSO_BACKOFF_DEFAULT = 30.0
LSO_BACKOFF_MAX = 600.0
LSO_PARSE_JOBS = 1
LSO_PARSE_TIMEOUT = 20.0
LSO_MAX_PAGE_BYTES = 5 * 1024 * 1024
LSO_MEDIA_HOSTS: list[str] = []
LSO_MAX_CRAWL_DELAY = 60.0
LSO_IMAGES = "article"
LSO_IMAGE_MAX_BYTES = 10 * 1024 * 1024

# Politeness: identify ourselves, obey robots.txt, go slowly and back off when asked.
USER_AGENT = f"lso-archive/{__version__} (+{LSO_CONTACT_URL}; research archive of baolangson.vn)"
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.5
DOWNLOAD_DELAY_JITTER = 0.5  # ±50%, so requests do not arrive like clockwork
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 60
# 20 MB is far above any article page; a larger body is not a news page.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
# Cut-off downloads are archived (marked WARC-Truncated) rather than dropped; the spider
# never parses them.
DOWNLOAD_FAIL_ON_DATALOSS = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# gzip only: brotli and zstd captures do not replay in common archive tools.
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "vi,en;q=0.5",
    "Accept-Encoding": "gzip",
}

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's own lets requests through while robots.txt is pending; see crawl/robots.py.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "lso_crawler.crawl.robots.StrictRobotsTxtMiddleware": 100,
    # Above Retry (550): the pause starts before the retry is scheduled.
    "lso_crawler.crawl.backoff.BackoffMiddleware": 560,
    # Above HttpCompression (590) and Redirect (600): sees every raw response, 3xx included.
    "lso_crawler.crawl.archiving.ArchiveMiddleware": 950,
    # First of all (Offsite is 50, robots 100): nothing off LSO_BASE_URL's exact origin, or
    # LSO_MEDIA_HOSTS, is ever sent, redirect targets included. See crawl/origin_guard.py.
    "lso_crawler.crawl.origin_guard.OriginGuardMiddleware": 40,
}
EXTENSIONS = {
    "lso_crawler.crawl.runlog.RunLog": 500,
    "lso_crawler.crawl.diskguard.DiskGuard": 510,
    "lso_crawler.crawl.progress.Progress": 520,
    "lso_crawler.crawl.images.ImageSizeCap": 530,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
