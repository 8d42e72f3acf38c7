"""The WARC layer: records of each capture, crash-safe files, indexes and verification.

Importing this package does not import Scrapy; ``lso_crawler.crawl.capture`` does.
"""

from lso_crawler.warc.files import WarcFileWriter, WarcPointer, warc_filename
from lso_crawler.warc.index import index_archive, index_path, write_cdxj
from lso_crawler.warc.members import MAX_RECORD_BYTES
from lso_crawler.warc.paths import (
    ArchivePathError,
    ArchiveReadError,
    archive_file,
    closed_warc_files,
)
from lso_crawler.warc.payload import MAX_PAYLOAD_BYTES, PayloadError, decode_payload
from lso_crawler.warc.reader import (
    ArchivedResponse,
    BlockStream,
    UnreadableRecord,
    iter_block,
    iter_file,
    open_block,
    read_block,
    read_member,
    read_record,
    read_response,
)
from lso_crawler.warc.records import (
    Capture,
    CrawlInfo,
    build_capture_records,
    build_revisit_records,
    build_warcinfo,
    payload_digest,
)
from lso_crawler.warc.repair import (
    ArchiveRepair,
    RepairReport,
    repair,
    repair_and_index,
    repair_archive,
)
from lso_crawler.warc.verify import Problem, VerifyReport, verify_archive

__all__ = [
    "MAX_PAYLOAD_BYTES",
    "MAX_RECORD_BYTES",
    "ArchivePathError",
    "ArchiveReadError",
    "ArchiveRepair",
    "ArchivedResponse",
    "BlockStream",
    "Capture",
    "CrawlInfo",
    "PayloadError",
    "Problem",
    "RepairReport",
    "UnreadableRecord",
    "VerifyReport",
    "WarcFileWriter",
    "WarcPointer",
    "archive_file",
    "build_capture_records",
    "build_revisit_records",
    "build_warcinfo",
    "closed_warc_files",
    "decode_payload",
    "index_archive",
    "index_path",
    "iter_block",
    "iter_file",
    "open_block",
    "payload_digest",
    "read_block",
    "read_member",
    "read_record",
    "read_response",
    "repair",
    "repair_and_index",
    "repair_archive",
    "verify_archive",
    "warc_filename",
    "write_cdxj",
]
