"""How fast the WARC layer writes and reads captures of gzip-encoded article pages.

Writes captures of about 63 KB gzip bodies (a news page as served) with WarcFileWriter,
once with an fsync after every capture and once without, then reads every record back
with warcio's digest checks, and runs verify_archive over the result. Prints captures/s
(each is a response and a request record), records/s and MB/s of WARC written or read.

    .venv/bin/python benchmarks/warc_write.py [--captures N] [--dir PATH]

Use a --dir on the disk the archive will live on: fsync on tmpfs costs nothing.
"""

from __future__ import annotations

import argparse
import gzip
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lso_crawler.warc import (  # noqa: E402
    Capture,
    CrawlInfo,
    WarcFileWriter,
    index_archive,
    verify_archive,
)

TEXT = (
    "Lạng Sơn tỉnh huyện xã đồng chí hội nghị kinh tế phát triển nhân dân biên giới "
    "cửa khẩu Hữu Nghị nông nghiệp du lịch văn hóa giáo dục y tế giao thông "
    "năm tháng ngày báo cáo triển khai thực hiện kế hoạch chỉ đạo chính quyền"
)
WORDS = TEXT.split()


def page(seed: int, target: int = 63_000) -> bytes:
    """A gzip-encoded HTML page whose compressed size is just over ``target`` bytes."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    while True:
        for _ in range(50):
            words = " ".join(rng.choices(WORDS, k=40))
            link = f"<a href='/bai-viet/{rng.randrange(10**6)}.html'>{rng.randrange(10**9)}</a>"
            paragraphs.append(f"<p>{words}</p>\n{link}\n")
        html = "<html><body>" + "".join(paragraphs) + "</body></html>"
        body = gzip.compress(html.encode(), compresslevel=6)
        if len(body) >= target:
            return body


def captures(count: int) -> list[Capture]:
    """``count`` captures cycling over 16 distinct pages."""
    bodies = [page(seed) for seed in range(16)]
    return [
        Capture(
            url=f"https://baolangson.vn/bai-viet-{n}.html?utm=x",
            method="GET",
            request_headers=[("User-Agent", "lso-archive/bench"), ("Accept-Encoding", "gzip")],
            request_body=b"",
            protocol="HTTP/1.1",
            status=200,
            response_headers=[
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(bodies[n % 16]))),
                ("Content-Encoding", "gzip"),
                ("Set-Cookie", "a=1"),
                ("Set-Cookie", "b=2"),
            ],
            body=bodies[n % 16],
            ip_address="203.0.113.7",
            date=datetime.now(UTC),
        )
        for n in range(count)
    ]


def archive_bytes(directory: Path) -> int:
    return sum(path.stat().st_size for path in directory.glob("*.warc.gz"))


def write(directory: Path, batch: list[Capture], fsync: bool) -> float:
    info = CrawlInfo(user_agent="lso-archive/bench", operator="benchmark")
    start = time.perf_counter()
    with WarcFileWriter(directory, info, fsync=fsync) as writer:
        for capture in batch:
            writer.write_capture(capture)
    return time.perf_counter() - start


def read_all(directory: Path) -> tuple[int, float]:
    start = time.perf_counter()
    count = 0
    for path in sorted(directory.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests=True):
                record.raw_stream.read()
                if record.digest_checker.passed is False:
                    raise SystemExit(f"digest failure in {path.name}")
                count += 1
    return count, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captures", type=int, default=400)
    parser.add_argument("--dir", type=Path, default=ROOT)
    args = parser.parse_args()
    batch = captures(args.captures)
    body_mb = sum(len(c.body) for c in batch) / 1e6
    print(f"{len(batch)} captures, mean gzip body {body_mb * 1e3 / len(batch):.1f} KB")
    work = Path(tempfile.mkdtemp(prefix="warc-bench-", dir=args.dir))
    try:
        for fsync in (False, True):
            target = work / ("fsync" if fsync else "nofsync")
            seconds = write(target, batch, fsync)
            size = archive_bytes(target) / 1e6
            print(
                f"write fsync={'on ' if fsync else 'off'}: {len(batch) / seconds:7.0f} captures/s"
                f" {2 * len(batch) / seconds:7.0f} records/s {size / seconds:6.1f} MB/s"
            )
        count, seconds = read_all(target)
        print(f"read + digest check:   {count / seconds:7.0f} records/s {size / seconds:6.1f} MB/s")
        start = time.perf_counter()
        index_archive(target)
        seconds = time.perf_counter() - start
        print(f"cdxj index:            {count / seconds:7.0f} records/s {size / seconds:6.1f} MB/s")
        start = time.perf_counter()
        report = verify_archive(target)
        seconds = time.perf_counter() - start
        assert report.ok, report.problems
        print(f"verify_archive:        {report.records / seconds:7.0f} records/s")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
