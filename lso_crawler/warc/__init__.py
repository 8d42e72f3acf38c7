"""The WARC layer: records of each capture, crash-safe files, indexes and verification.

Importing this package does not import Scrapy; ``lso_crawler.crawl.capture`` does.
"""

from lso_crawler.warc.files import WarcFileWriter, WarcPointer, warc_filename
from lso_crawler.warc.index import index_archive, index_path, write_cdxj
from lso_crawler.warc.reader import read_block, read_record
from lso_crawler.warc.records import (
    Capture,
    CrawlInfo,
    build_capture_records,
    build_revisit_records,
    build_warcinfo,
    payload_digest,
)
from lso_crawler.warc.repair import RepairReport, repair, repair_and_index
from lso_crawler.warc.verify import Problem, VerifyReport, verify_archive

__all__ = [
    "Capture",
    "CrawlInfo",
    "Problem",
    "RepairReport",
    "VerifyReport",
    "WarcFileWriter",
    "WarcPointer",
    "build_capture_records",
    "build_revisit_records",
    "build_warcinfo",
    "index_archive",
    "index_path",
    "payload_digest",
    "read_block",
    "read_record",
    "repair",
    "repair_and_index",
    "verify_archive",
    "warc_filename",
    "write_cdxj",
]
