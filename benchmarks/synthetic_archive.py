"""Write a synthetic WARC archive of current-template article captures, for scale benchmarks.

Pages are the model site's own current-template article pages (tests/site), made unique
per synthetic article: a new id in every URL, a numbered title, and 2-12 extra body
paragraphs of seeded Vietnamese text, so pages weigh 30-80 KB of HTML. Bodies are gzipped
on the wire, as the real site serves them. A share of articles (SECOND_VERSION_SHARE) gets a
second capture a day later with one body word changed: a real new version.

Records go through the project's own WarcFileWriter, so they are exactly what a crawl
writes. The archive is reused when it already holds the asked-for number of captures.

    .venv/bin/python benchmarks/synthetic_archive.py /tmp/lso-synthetic --articles 100000
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lso_crawler.warc import Capture, CrawlInfo, WarcFileWriter  # noqa: E402
from tests.site.content import default_content  # noqa: E402
from tests.site.render.current import article_page  # noqa: E402

BASE = "https://baolangson.vn"
SECOND_VERSION_SHARE = 0.2
FIRST_ID = 6_000_000
T0 = datetime(2025, 1, 1, 1, 0, tzinfo=UTC)
TEXT = (
    "tỉnh Lạng Sơn cửa khẩu Hữu Nghị Đồng Đăng kinh tế xã hội nông dân thu hoạch hồi quế "
    "đồng bào dân tộc Tày Nùng biên giới thương mại xuất khẩu nông sản du lịch Mẫu Sơn "
    "cán bộ đảng viên hội nghị triển khai nhiệm vụ năm 2025 tăng trưởng tỷ đồng"
)
WORDS = TEXT.split()


def templates() -> list[tuple[int, str, str]]:
    """(article id, title, page HTML) of each current-template article of the model site."""
    content = default_content()
    out = []
    for article in content.articles.values():
        if article.generation == "current" and not article.markup.nfd:
            out.append((article.article_id, article.title, article_page(content, BASE, article)))
    return out


def paragraph(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(40, 90))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def synthetic_page(template: tuple[int, str, str], new_id: int, rng: random.Random) -> str:
    """The template page as another article: new id, numbered title, its own paragraphs."""
    old_id, title, page = template
    page = page.replace(str(old_id), str(new_id))
    page = page.replace(title, f"{title} (bài {new_id})")
    extra = "".join(f"<p>{paragraph(rng)}</p>" for _ in range(rng.randint(2, 12)))
    marker = '<div id="content-detail" class="content-detail">'
    if marker not in page:
        marker = '<div class="detail auto-gallery">'
    head, _, tail = page.partition(marker)
    first_end = tail.find("</p>") + 4  # after the lead paragraph
    return head + marker + tail[:first_end] + extra + tail[first_end:]


def edited(page: str, rng: random.Random) -> str:
    """The same page with a sentence added to its first own paragraph (a substantive edit)."""
    sentence = f" Cập nhật lúc {rng.randint(7, 22)} giờ."
    return page.replace(".</p>", "." + sentence + "</p>", 2).replace(sentence, "", 1)


def capture(url: str, html: str, moment: datetime) -> Capture:
    body = gzip.compress(html.encode("utf-8"), compresslevel=6, mtime=0)
    return Capture(
        url=url,
        method="GET",
        request_headers=[("Accept-Encoding", "gzip"), ("Host", "baolangson.vn")],
        request_body=b"",
        protocol="HTTP/1.1",
        status=200,
        response_headers=[
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Encoding", "gzip"),
            ("Content-Length", str(len(body))),
        ],
        body=body,
        ip_address="127.0.0.1",
        date=moment,
    )


def build(directory: Path, articles: int, seed: int = 1) -> int:
    """Write the archive (unless present); returns the number of captures in it."""
    manifest = directory / "synthetic.json"
    if manifest.exists():
        known = json.loads(manifest.read_text())
        if known["articles"] == articles and known["seed"] == seed:
            return int(known["captures"])
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.warc.gz*"):
        old.unlink()
    rng = random.Random(seed)
    pages = templates()
    info = CrawlInfo(user_agent="lso-archive synthetic", operator="benchmarks")
    captures = 0
    started = time.monotonic()
    with WarcFileWriter(directory, info, prefix="SYN", fsync=False) as writer:
        for number in range(articles):
            seconds = number + 1
            article_id = FIRST_ID + number
            html = synthetic_page(pages[number % len(pages)], article_id, rng)
            url = f"{BASE}/bai-viet-tong-hop-{article_id}.html"
            writer.write_capture(capture(url, html, T0 + timedelta(seconds=seconds)))
            captures += 1
            if rng.random() < SECOND_VERSION_SHARE:
                later = T0 + timedelta(days=1, seconds=seconds)
                writer.write_capture(capture(url, edited(html, rng), later))
                captures += 1
            if number % 10_000 == 9_999:
                rate = captures / (time.monotonic() - started)
                print(f"  wrote {captures} captures ({rate:.0f}/s)", file=sys.stderr)
    manifest.write_text(json.dumps({"articles": articles, "seed": seed, "captures": captures}))
    return captures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    captures = build(args.directory, args.articles)
    print(f"{args.directory}: {captures} captures of {args.articles} articles")


if __name__ == "__main__":
    main()
