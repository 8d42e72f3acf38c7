"""Time every browsing page at 100,000 articles / ~120,000 versions in a real Datasette.

    python benchmarks/browse_scale.py --db /tmp/scale/lso.db          # build, then time
    python benchmarks/browse_scale.py --db /tmp/scale/lso.db --reuse  # time an existing DB

The build step is `build_direct`: a FAST DIRECT GENERATOR that writes rows in the
project's schema (schema.migrate, then plain INSERTs, then `browse.rebuild`), not the
ingest path. It stands in until `lso reparse` of `benchmarks/synthetic_archive.py` is
fast enough; swap it by passing `--build reparse` once that exists (see `build_reparse`).
`build_direct` gives every article two caption images with `media` rows (no WARC files:
pages are timed, not the image route) and one changed article in ten a swapped photo
(`images` in changed_fields), timed as "history page, images".

Each page is fetched over HTTP from `datasette serve <db> -m metadata.yml`, three times
after one warm-up; the table gives the median and the worst, and flags any answer that
is not 200 or that reports a facet or SQL time-out. The machine is shared: figures are
noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lso_crawler.store import browse  # noqa: E402
from lso_crawler.store.schema import migrate  # noqa: E402
from lso_crawler.warc.records import payload_digest  # noqa: E402

HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))
CATEGORIES = [
    "Chính trị",
    "Kinh tế",
    "Xã hội",
    "Văn hóa - Thể thao",
    "Quốc phòng - An ninh",
    "Pháp luật",
    "Biên giới",
    "Nông nghiệp",
]
WORDS = (  # noqa: SIM905 (a sentence is easier to read and edit)
    "Lạng Sơn kinh tế cửa khẩu Đồng Đăng Hữu Nghị Tân Thanh biên giới nhân dân tỉnh huyện xã"
    " phát triển hội nghị đại biểu công tác chính quyền doanh nghiệp xuất khẩu nông sản"
    " hàng hóa du lịch văn hóa lễ hội người dân chợ phiên vùng cao giao thông đường năm"
    " tháng ngày đồng chí chủ tịch bí thư ủy ban quốc phòng an ninh trật tự giáo dục y tế"
    " COVID-19 tiêm chủng 1.250 20,5 7/2 tỷ đồng triệu hecta thanh long na hồi quế"
).split()
AUTHORS = ["Hoàng Tùng", "Minh Ngọc", "Thu Hà", "Văn Lâm", "Đức Anh", "Phương Thảo"]
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _text(rng: random.Random, words: int) -> str:
    sentences = []
    while words > 0:
        n = rng.randint(8, 20)
        sentence = " ".join(rng.choice(WORDS) for _ in range(n))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        words -= n
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def build_direct(path: Path, articles: int, extra_versions: int, seed: int = 7) -> None:
    """FAST DIRECT GENERATOR (not ingest): rows in the project's schema, then browse.rebuild."""
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = wal")
    conn.execute("pragma synchronous = off")
    from sqlite_utils import Database

    migrate(Database(conn))
    runs = [
        (i, _iso(T0 + timedelta(days=i)), _iso(T0 + timedelta(days=i, hours=1)), "ok", 4000 + i)
        for i in range(1, 61)
    ]
    conn.executemany(
        "insert into runs (id, started_at, finished_at, outcome, pid) values (?, ?, ?, ?, ?)", runs
    )
    changed = set(rng.sample(range(articles), extra_versions))
    fetch_id = 0
    version_id = 0
    media_id = 0
    base_id = 5_000_000
    for start in range(0, articles, 5000):
        article_rows, version_rows, fetch_rows, media_rows = [], [], [], []
        for index in range(start, min(start + 5000, articles)):
            article_id = base_id + index
            category = rng.choice(CATEGORIES)
            first = T0 + timedelta(minutes=index * 5)
            url = f"https://baolangson.vn/bai-{article_id}.html"
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize()
            lead = _text(rng, 40)
            body = _text(rng, 450)
            authors = json.dumps(rng.sample(AUTHORS, rng.randint(1, 2)), ensure_ascii=False)
            tags = json.dumps(rng.sample(WORDS, 3), ensure_ascii=False)
            dateline = _iso(first.astimezone())[:10]
            photos = []
            for n in range(2 + (index in changed and index % 10 == 0)):
                media_id += 1
                photo_url = f"https://media.baolangson.vn/upload/{article_id}-{n}.jpg"
                digest = payload_digest(b"photo %d" % media_id)
                media_rows.append(
                    (media_id, photo_url, digest, "image/jpeg", 90_000 + n, 800, 533,
                     _iso(first), _iso(first), "LSO-bench.warc.gz", 1000 * media_id,
                     90_500, f"<urn:uuid:{media_id}>", _iso(first), "response")
                )  # fmt: skip
                photos.append({"image_url": photo_url, "text": title, "digest": digest})
            captions = [json.dumps(photos[:2], ensure_ascii=False)]
            fields = '["body"]'
            texts = [(title, lead, body)]
            if index in changed:
                edited = body.replace(" năm ", " năm nay ", 1) + "\n\nĐoạn mới: 1.480 tỷ đồng."
                texts.append((title, lead, edited))
                if len(photos) == 3:  # the first photo swapped for another
                    captions.append(json.dumps(photos[2:0:-1], ensure_ascii=False))
                    fields = '["body", "captions", "images"]'
                else:
                    captions.append(captions[0])
            for number, (vtitle, vlead, vbody) in enumerate(texts, start=1):
                fetch_id += 1
                version_id += 1
                moment = first + timedelta(days=30 * (number - 1), minutes=rng.randint(0, 600))
                fetch_rows.append(
                    (fetch_id, 1 + index % 60, url, "GET", 200, _iso(moment), article_id)
                )
                version_rows.append(
                    (version_id, article_id, number, _iso(moment), url, vtitle, dateline,
                     dateline, _iso(first), vlead, vbody, captions[number - 1], "Tin: " + authors,
                     authors, category, tags, "current_v1", f"h{version_id}", fetch_id,
                     None if number == 1 else fields,
                     "initial" if number == 1 else rng.choice(["substantive", "minor"]),
                     None if number == 1 else 30, None if number == 1 else 4)
                )  # fmt: skip
            last = version_rows[-1]
            article_rows.append(
                (article_id, url, title, category, _iso(first), _iso(first), last[3], "live",
                 len(texts), last[3])
            )  # fmt: skip
        conn.executemany(
            "insert into articles (id, url, title, category, published_at, first_seen,"
            " last_seen, status, current_version, last_checked) values (?,?,?,?,?,?,?,?,?,?)",
            article_rows,
        )
        conn.executemany(
            "insert into fetches (id, run_id, url, method, status, fetched_at, article_id)"
            " values (?,?,?,?,?,?,?)",
            fetch_rows,
        )
        conn.executemany(
            "insert into versions (id, article_id, version, captured_at, url, title, dateline,"
            " dateline_date, published_at, lead, body, captions, byline, authors, category,"
            " tags, parser, content_hash, fetch_id, changed_fields, change_kind, chars_added,"
            " chars_removed) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            version_rows,
        )
        conn.executemany(
            "insert into media (id, url, payload_digest, content_type, size, width, height,"
            " first_seen, last_seen, warc_file, warc_offset, warc_length, warc_record_id,"
            " warc_date, warc_type) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            media_rows,
        )
        conn.commit()
        print(f"  {min(start + 5000, articles)} articles", flush=True)
    gone = rng.sample(range(articles), articles // 100)
    events = [
        (base_id + i, _iso(T0 + timedelta(days=400 + n % 60)), rng.choice(["gone", "url_changed"]))
        for n, i in enumerate(gone)
    ]
    conn.executemany(
        "insert into events (article_id, time, kind, detail) values (?, ?, ?, 'HTTP 404')", events
    )
    conn.commit()
    started = time.monotonic()
    browse.rebuild(conn)
    conn.commit()
    print(f"  browse.rebuild: {time.monotonic() - started:.1f} s", flush=True)
    conn.execute("analyze")
    conn.commit()
    conn.close()


def build_reparse(path: Path, articles: int, extra_versions: int) -> None:
    """Through ingest: the synthetic archive of reparse_scale.py, then the real `lso reparse`.

    The archive gives every article a second, edited version with probability 0.2, so
    `extra_versions` is about articles / 5 whatever is asked.
    """
    from benchmarks.synthetic_archive import build

    archive = Path(tempfile.gettempdir()) / "lso-bench" / f"synthetic-{articles}"
    build(archive, articles)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    lso = str(Path(sys.executable).with_name("lso"))
    subprocess.run(
        [lso, "reparse", "--archive", str(archive), "--db", str(path), "--quiet"], check=True
    )


def pages(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(label, path) of every page the README or metadata.yml links, with real ids."""
    changed = conn.execute(
        "select article_id from changes where version is not null order by time desc limit 1"
    ).fetchone()[0]
    category = urllib.parse.quote(
        conn.execute("select category from articles limit 1").fetchone()[0]
    )
    with_images = conn.execute(
        "select article_id from versions where changed_fields like '%\"images\"%' limit 1"
    ).fetchone()
    images = [("history page, images", f"/-/lso/article/{with_images[0]}")] if with_images else []
    return [
        ("index", "/"),
        ("database", "/lso"),
        ("articles", "/lso/articles"),
        ("article_overview", "/lso/article_overview"),
        ("versions", "/lso/versions"),
        ("versions?change_kind=substantive", "/lso/versions?change_kind=substantive"),
        (
            "versions ?_search= (302 to search)",
            "/lso/versions?_search=c%E1%BB%ADa+kh%E1%BA%A9u",
        ),
        ("changes table", "/lso/changes"),
        ("recent_changes", "/lso/recent_changes"),
        ("recent_changes?kind=gone", "/lso/recent_changes?kind=gone"),
        ("recent_changes.atom", "/lso/recent_changes.atom"),
        ("changes page", "/-/lso/changes"),
        ("changes page, filtered", f"/-/lso/changes?kind=substantive&category={category}"),
        ("changes.atom", "/-/lso/changes.atom"),
        ("search: kinh te", "/-/lso/search?q=kinh+te"),
        ("search: dong dang", "/-/lso/search?q=dong+dang"),
        ("search: COVID-19", "/-/lso/search?q=COVID-19"),
        ("search: rare word", "/-/lso/search?q=%C4%91o%E1%BA%A1n+m%E1%BB%9Bi"),
        ("history page", f"/-/lso/article/{changed}"),
        ("history .json", f"/-/lso/article/{changed}.json"),
        *images,
        ("events", "/lso/events"),
        ("fetches", "/lso/fetches"),
        ("runs", "/lso/runs"),
        ("media", "/lso/media"),
        ("media?content_type=image/jpeg", "/lso/media?content_type=image%2Fjpeg"),
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fetch(url: str) -> tuple[int, float, bytes]:
    started = time.perf_counter()
    try:
        with HTTP.open(url, timeout=60) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return status, (time.perf_counter() - started) * 1000, body


def time_pages(db: Path, rounds: int = 3) -> list[dict[str, object]]:
    """Serve `db` with the committed metadata.yml and time each page."""
    conn = sqlite3.connect(db)
    targets = pages(conn)
    conn.close()
    port = _free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(db), "-m", "metadata.yml"]
    process = subprocess.Popen(
        [*command, "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        for _ in range(200):
            try:
                _fetch(base + "/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        for label, path in targets:
            _fetch(base + path)  # warm-up: page cache and Datasette's own caches
            samples, statuses, flags = [], set(), set()
            for _ in range(rounds):
                status, ms, body = _fetch(base + path)
                samples.append(ms)
                statuses.add(status)
                text = body.decode("utf-8", "replace")
                if "facets-timed-out" in text:
                    flags.add("facet time-out")
                if "SQL query took too long" in text:
                    flags.add("SQL time-out")
            results.append(
                {
                    "page": label,
                    "path": path,
                    "status": sorted(statuses),
                    "median_ms": round(statistics.median(samples)),
                    "max_ms": round(max(samples)),
                    "flags": sorted(flags),
                }
            )
    finally:
        process.terminate()
        process.wait(timeout=10)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        type=Path,
        default=Path("/tmp/lso-browse-scale/lso.db"),
        help="must be named lso.db (metadata.yml serves the database named lso)",
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--extra-versions", type=int, default=20_000)
    parser.add_argument("--reuse", action="store_true", help="time an existing database")
    parser.add_argument("--build", choices=["direct", "reparse"], default="reparse")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not args.reuse:
        started = time.monotonic()
        builder = build_direct if args.build == "direct" else build_reparse
        print(f"building {args.db} ({args.build}) ...", flush=True)
        builder(args.db, args.articles, args.extra_versions)
        size = args.db.stat().st_size / 1e6
        print(f"built in {time.monotonic() - started:.0f} s, {size:.0f} MB", flush=True)
    results = time_pages(args.db)
    print("\n| page | status | median ms | max ms | notes |\n|---|---|---|---|---|")
    for row in results:
        notes = ", ".join(row["flags"]) or ""
        status = "/".join(map(str, row["status"]))
        print(f"| {row['page']} | {status} | {row['median_ms']} | {row['max_ms']} | {notes} |")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    slow = [r for r in results if r["median_ms"] >= 300 or r["status"] != [200] or r["flags"]]
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
