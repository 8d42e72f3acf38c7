"""Child process of the crash tests: writes captures until it is killed.

Usage: python -m tests.warc.crash_child DIR PAUSE_AT SPLIT MAX_SIZE BODY_SIZE

Prints ``PTR <json>`` for each capture once write_capture has returned (flushed and synced).
Write number PAUSE_AT (1 is the first file's warcinfo, then one per capture, rotation adds
one for each new warcinfo) is cut per SPLIT and the child then sleeps, printing ``PAUSED``,
for the parent to SIGKILL it: ``none`` writes nothing of it, ``half-first`` half of its
first gzip member, ``boundary`` exactly its first member, ``half-second`` half of the next,
``all`` all of it. PAUSE_AT 0 never pauses.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from datetime import UTC, datetime
from io import BytesIO

from lso_crawler.warc.files import WarcFileWriter
from lso_crawler.warc.members import iter_members
from lso_crawler.warc.records import Capture, CrawlInfo


def split_point(data: bytes, split: str) -> int:
    """How many bytes of ``data`` to write before pausing."""
    ends = [member.offset + member.length for member in iter_members(BytesIO(data))]
    starts = [0, *ends[:-1]]
    return {
        "none": 0,
        "half-first": ends[0] // 2,
        "boundary": ends[0],
        "half-second": (starts[-1] + ends[-1]) // 2,
        "all": len(data),
    }[split]


class PausingWriter(WarcFileWriter):
    """Stops in the middle of one write, as a process killed mid-write would."""

    def __init__(self, *args, pause_at: int, split: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pause_at, self.split, self.writes = pause_at, split, 0

    def _write(self, data: bytes) -> None:
        self.writes += 1
        if self.writes == self.pause_at:
            super()._write(data[: split_point(data, self.split)])
            print("PAUSED", flush=True)
            time.sleep(120)
        super()._write(data)


def main() -> None:
    directory, pause_at, split, max_size, body_size = sys.argv[1:6]
    info = CrawlInfo(user_agent="crash-test", operator="tests")
    writer = PausingWriter(
        directory, info, max_size=int(max_size), pause_at=int(pause_at), split=split
    )
    for n in range(1_000_000):
        capture = Capture(
            url=f"http://example.com/{n}",
            method="GET",
            request_headers=[("User-Agent", "crash-test")],
            request_body=b"",
            protocol="HTTP/1.1",
            status=200,
            response_headers=[("Content-Type", "application/octet-stream")],
            body=os.urandom(int(body_size)),
            ip_address=None,
            date=datetime.now(UTC),
        )
        pointer = writer.write_capture(capture)
        print("PTR", json.dumps(dataclasses.asdict(pointer)), flush=True)


if __name__ == "__main__":
    main()
