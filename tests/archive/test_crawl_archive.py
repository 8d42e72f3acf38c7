"""A real crawl's WARC archive: raw, complete, valid, deduplicated and the database's source."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from base64 import b32encode
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from lso_crawler.ingest.reparse import reparse
from lso_crawler.store import Store
from lso_crawler.store.integrity import check_pointers
from tests.crawl import CrawlResult, run_crawl
from tests.site import ModelSite

pytestmark = pytest.mark.e2e

LSO = str(Path(sys.executable).with_name("lso"))


def archive_bytes(archive_dir: Path) -> int:
    return sum(p.stat().st_size for p in archive_dir.glob("*.warc.gz"))


@pytest.fixture(scope="module")
def crawls(model_site: ModelSite, tmp_path_factory) -> tuple[CrawlResult, int, int]:
    """A first crawl and a repeat of the unchanged site with every article rechecked."""
    data = tmp_path_factory.mktemp("archive")
    first = run_crawl(model_site.base_url, data)
    assert first.returncode == 0, first.log[-3000:]
    after_first = archive_bytes(first.archive_dir)
    again = run_crawl(model_site.base_url, data, "LSO_RECHECK=all")
    assert again.returncode == 0, again.log[-3000:]
    return again, after_first, archive_bytes(again.archive_dir) - after_first


def test_every_file_is_closed_indexed_and_verified(crawls):
    result, _, _ = crawls
    assert not list(result.archive_dir.glob("*.open"))
    for path in result.archive_dir.glob("*.warc.gz"):
        assert (
            result.archive_dir / "indexes" / (path.name.removesuffix(".warc.gz") + ".cdxj")
        ).exists()
    checked = subprocess.run(
        [
            str(Path(sys.executable).with_name("warcio")),
            "check",
            "-v",
            *map(str, result.archive_dir.glob("*.warc.gz")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    verified = subprocess.run(
        [LSO, "verify", "--archive", str(result.archive_dir), "--db", str(result.db_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.strip().endswith(": ok")


def test_every_response_is_archived_and_pointed_at(crawls):
    result, _, _ = crawls
    db = sqlite3.connect(result.db_path)
    missing = db.execute(
        "select url, status from fetches where status is not null and warc_file is null"
    ).fetchall()
    assert missing == []
    store = Store(result.db_path)
    try:
        assert list(check_pointers(result.archive_dir, store)) == []
    finally:
        store.close()
    every_version_has_a_capture = db.execute(
        "select count(*) from versions v join fetches f on f.id = v.fetch_id "
        "where f.warc_type = 'response'"
    ).fetchone()[0]
    assert every_version_has_a_capture == db.execute("select count(*) from versions").fetchone()[0]


def test_bodies_are_stored_as_they_came_off_the_wire(crawls):
    result, _, _ = crawls
    responses = 0
    for path in sorted(result.archive_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            iterator = ArchiveIterator(stream, no_record_parse=False)
            for record in iterator:
                if record.rec_type != "response":
                    continue
                responses += 1
                headers = record.http_headers
                raw = record.raw_stream.read()  # the payload exactly as stored
                digest = "sha1:" + b32encode(hashlib.sha1(raw).digest()).decode()
                assert record.rec_headers.get_header("WARC-Payload-Digest") == digest
                assert headers.get_header("Transfer-Encoding") is None
                if headers.get_header("Content-Encoding") == "gzip":
                    assert raw[:2] == b"\x1f\x8b", "gzip bodies stay gzip"
                length = headers.get_header("Content-Length")
                if length is not None:
                    assert int(length) == len(raw)
    assert responses > 50


def test_request_records_pair_with_responses(crawls):
    result, _, _ = crawls
    by_id, requests = {}, []
    for path in sorted(result.archive_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                headers = record.rec_headers
                by_id[headers.get_header("WARC-Record-ID")] = record.rec_type
                if record.rec_type == "request":
                    requests.append(record)
                    http = record.http_headers
                    target = headers.get_header("WARC-Target-URI")
                    assert http.protocol == "GET"
                    assert http.get_header("Host") == target.split("/")[2], "host with port"
                    if "?" in target:
                        assert "?" in http.statusline, "query string kept in the request line"
    for request in requests:
        concurrent = request.rec_headers.get_header("WARC-Concurrent-To")
        assert by_id[concurrent] in ("response", "revisit")


def test_a_repeat_crawl_writes_revisits_and_grows_the_archive_little(crawls):
    result, first_size, growth = crawls
    db = sqlite3.connect(result.db_path)
    revisits = db.execute("select count(*) from fetches where warc_type = 'revisit'").fetchone()[0]
    assert revisits > 20
    ratio = growth / first_size
    print(f"archive: first crawl {first_size} B, repeat crawl +{growth} B ({ratio:.2f})")
    assert ratio < 0.4


def test_reparse_rebuilds_the_same_database(crawls, tmp_path):
    result, _, _ = crawls
    rebuilt = tmp_path / "rebuilt.db"
    store = Store(rebuilt)
    try:
        first = reparse(result.archive_dir, store)
        again = reparse(result.archive_dir, store)
    finally:
        store.close()
    assert again.records == first.records
    # A second reparse skips every ingested capture and tries earlier parse failures again
    # (so a parser fix reaches them); with the same parser they fail the same way.
    failed = first.outcomes.get("parse_failed", 0)
    assert (again.skipped, again.retried) == (first.records - failed, failed)
    assert again.outcomes == ({"parse_failed": failed} if failed else {})
    queries = [
        "select id, url, title, category, published_at, first_seen, last_seen, status, "
        "current_version from articles order by id",
        "select v.article_id, v.version, v.captured_at, v.url, v.title, v.dateline, "
        "v.dateline_date, v.published_at, v.lead, v.body, v.captions, v.byline, v.authors, "
        "v.category, v.tags, v.parser, v.parse_notes, v.content_hash, v.change_kind, "
        "v.changed_fields, v.diff, v.diff_snippet, f.warc_record_id "
        "from versions v join fetches f on f.id = v.fetch_id order by 1, 2",
        "select url, status, error, outcome, warc_record_id, warc_file, warc_offset, warc_length, "
        "payload_digest, warc_type from fetches where warc_file is not null "
        "order by warc_record_id",
        "select alias_id, article_id from aliases order by 1",
        "select article_id, published_at from listing_times order by 1",
    ]
    crawled, rebuilt_db = sqlite3.connect(result.db_path), sqlite3.connect(rebuilt)
    for query in queries:
        expected = crawled.execute(query).fetchall()
        assert expected, query
        assert rebuilt_db.execute(query).fetchall() == expected, query


def test_reparse_command_from_an_empty_database(crawls, tmp_path):
    result, _, _ = crawls
    db_path = tmp_path / "db" / "lso.db"
    done = subprocess.run(
        [LSO, "reparse", "--archive", str(result.archive_dir), "--db", str(db_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "25 new" in done.stdout
    count = sqlite3.connect(db_path).execute("select count(*) from articles").fetchone()[0]
    assert count == 25


def test_show_capture_prints_the_raw_response(crawls, model_site: ModelSite):
    result, _, _ = crawls
    article = model_site.content.expected_articles()[0]
    args = [
        "show-capture",
        str(article.article_id),
        "--archive",
        str(result.archive_dir),
        "--db",
        str(result.db_path),
    ]
    raw = subprocess.run([LSO, *args], capture_output=True, check=False)
    assert raw.returncode == 0, raw.stderr
    assert raw.stdout.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"\r\nContent-Encoding: gzip\r\n" in raw.stdout
    decoded = subprocess.run([LSO, *args, "--decode"], capture_output=True, check=False)
    assert article.title.encode() in decoded.stdout.replace(b"&#39;", b"'")
    missing = subprocess.run(
        [LSO, "show-capture", "1", "--db", str(result.db_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2 and "no version" in missing.stderr


def test_verify_catches_a_damaged_archive(crawls, tmp_path):
    result, _, _ = crawls
    damaged = tmp_path / "archive"
    shutil.copytree(result.archive_dir, damaged)
    victim = sorted(damaged.glob("*.warc.gz"))[0]
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))
    verified = subprocess.run(
        [LSO, "verify", "--archive", str(damaged), "--db", str(result.db_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 1
    assert "problems" in verified.stdout


def test_runs_record_what_they_archived_and_wacz_packages_a_run(crawls, tmp_path):
    result, _, growth = crawls
    db = sqlite3.connect(result.db_path)
    (run_id, files, size), *_ = db.execute(
        "select id, warc_files, bytes_archived from runs order by id desc"
    ).fetchall()
    names = json.loads(files)
    assert names and all((result.archive_dir / name).exists() for name in names)
    assert 0 < size <= growth
    output = tmp_path / "run.wacz"
    done = subprocess.run(
        [
            LSO,
            "wacz",
            str(output),
            "--run",
            str(run_id),
            "--archive",
            str(result.archive_dir),
            "--db",
            str(result.db_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(output) as package:
        members = set(package.namelist())
    assert {f"archive/{name}" for name in names} <= members
    assert "datapackage.json" in members and "pages/pages.jsonl" in members
