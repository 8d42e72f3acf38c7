"""The Scrapy glue: settings, the spider, middlewares and extensions, and running a crawl.

The only package that imports Scrapy, and nothing outside it imports this one except to
start a crawl (`lso crawl`) or read setting defaults (`crawl.settings` imports nothing).
Each response is archived and handed to `lso_crawler.ingest`, the same path `lso reparse`
takes over the archive.
"""
