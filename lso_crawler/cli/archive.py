"""Commands over the WARC archive: verify, show-capture, wacz."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import sys
from datetime import datetime
from pathlib import Path
from typing import NoReturn
from urllib.parse import quote

import click

from lso_crawler.cli import main
from lso_crawler.cli.options import archive_option, db_option
from lso_crawler.store.integrity import check_pointers, fetch_pointer
from lso_crawler.warc import (
    ArchiveReadError,
    PayloadError,
    WarcPointer,
    closed_warc_files,
    open_block,
    read_response,
    repair_archive,
    verify_archive,
)

_FILE_DATE = re.compile(r"^[^-]+-(\d{8})\d{9}-")
# Names an export must never overwrite: archive files, their indexes and partials.
_ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".open", ".cdxj", ".tmp", ".arc", ".arc.gz")


def _usage_error(message: str) -> NoReturn:
    click.echo(f"lso: {message}", err=True)
    sys.exit(2)


def _open_read_only(db_path: str) -> sqlite3.Connection:
    """The database, opened read-only: a read-only command never creates or migrates one."""
    path = Path(db_path)
    if not path.exists():
        _usage_error(f"no database at {db_path}")
    if not path.is_file():
        _usage_error(f"{db_path} is not a database file")
    try:
        db = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        db.execute("select 1 from fetches limit 1").fetchone()
    except sqlite3.Error as error:
        _usage_error(f"{db_path} is not an lso-archive database ({error})")
    return db


def _run_files(db_path: str, run_id: int) -> set[str]:
    db = _open_read_only(db_path)
    try:
        row = db.execute("select warc_files from runs where id = ?", [run_id]).fetchone()
    except (sqlite3.Error, OverflowError) as error:
        _usage_error(f"cannot read run {run_id} from {db_path} ({error})")
    finally:
        db.close()
    if row is None:
        _usage_error(f"no run {run_id} in {db_path}")
    return set(json.loads(row[0] or "[]"))


def _need_archive(archive_dir: str) -> None:
    if not Path(archive_dir).is_dir():
        _usage_error(f"no archive directory at {archive_dir}")


@main.command()
@archive_option
@db_option
@click.option(
    "--repair", "do_repair", is_flag=True, help="First finish files a killed run left open."
)
def verify(archive_dir: str, db_path: str, do_repair: bool) -> None:
    """Check every WARC file and every database pointer into them.

    Checks gzip members, digests, request/response pairing, revisits, Content-Length
    against stored bodies and the CDXJ indexes, then that each fetch's pointer reads back
    the record it names. Prints a summary; exits 1 on any problem.

    \b
    Example:
        lso verify
        lso verify --repair
    """
    _need_archive(archive_dir)
    db = _open_read_only(db_path) if Path(db_path).exists() else None
    if do_repair:
        done = repair_archive(archive_dir)
        for fixed in done.reports:
            click.echo(
                f"repaired {fixed.open_path}: cut {fixed.bytes_cut} bytes ({fixed.cut_reason})"
            )
        for index in done.indexed:
            click.echo(f"indexed {index.name}")
        for partial in done.removed:
            click.echo(f"removed the orphaned partial index {partial.name}")
    report = verify_archive(archive_dir, require_index=True)
    problems = list(report.problems)
    checked = 0
    if db is not None:
        try:
            checked = db.execute(
                "select count(*) from fetches where warc_file is not null"
            ).fetchone()[0]
            problems += list(check_pointers(archive_dir, db))
        finally:
            db.close()
    for problem in problems:
        click.echo(f"{problem.file}@{problem.offset}: {problem.message}", err=True)
    verdict = "ok" if not problems else f"{len(problems)} problems"
    counts = f"{report.files} files, {report.records} records, {checked} database pointers"
    click.echo(f"lso: {counts}: {verdict}")
    sys.exit(0 if not problems else 1)


def _version_pointer(db_path: str, article_id: int, version: int | None) -> WarcPointer:
    db = _open_read_only(db_path)
    row, pointer = None, None
    try:
        row = db.execute(
            "select v.version, v.fetch_id from versions v join articles a on a.id = v.article_id "
            "where v.article_id = ? and v.version = coalesce(?, a.current_version)",
            [article_id, version],
        ).fetchone()
        pointer = fetch_pointer(db, row[1]) if row else None
    except OverflowError:  # an id past SQLite's 64-bit integers names nothing
        row = None
    except sqlite3.Error as error:
        _usage_error(f"{db_path} is not an lso-archive database ({error})")
    finally:
        db.close()
    if row is None:
        _usage_error(f"no version {version or 'current'} of article {article_id}")
    if pointer is None:
        click.echo(f"lso: version {row[0]} of article {article_id} has no WARC capture", err=True)
        sys.exit(1)
    return pointer


@main.command("show-capture")
@click.argument("article_id", type=int)
@click.option("--version", "version", type=int, help="Which version (default: the current one).")
@archive_option
@db_option
@click.option(
    "--decode/--raw",
    "decode",
    default=None,
    help="Print the body decoded (gzip removed) or byte for byte as archived. "
    "Default: decoded on a terminal, raw into a pipe or file.",
)
def show_capture(
    article_id: int, version: int | None, archive_dir: str, db_path: str, decode: bool | None
) -> None:
    """Print the HTTP response a version of an article was parsed from.

    The status line and headers are always as archived. The body is decoded (gzip removed)
    when printing to a terminal or with --decode, and byte for byte as archived (a gzip
    body stays gzip) into a pipe or file or with --raw. The record is read only from a
    file inside the archive directory.

    \b
    Example:
        lso show-capture 5071654
        lso show-capture 5071654 --version 1 --decode | less
        lso show-capture 5071654 --raw > capture.http
    """
    pointer = _version_pointer(db_path, article_id, version)
    _need_archive(archive_dir)
    if decode is None:
        decode = sys.stdout.isatty()
    out = sys.stdout.buffer
    try:
        if decode:
            response = read_response(archive_dir, pointer)
            body = response.decoded_payload()
            out.write(response.http_head)
            out.write(body)
        else:
            for chunk in open_block(archive_dir, pointer).chunks:
                out.write(chunk)
    except PayloadError as error:
        click.echo(f"lso: the body cannot be decoded ({error}); --raw prints it", err=True)
        sys.exit(1)
    except ArchiveReadError as error:
        click.echo(f"lso: cannot read the capture: {error}", err=True)
        sys.exit(1)


def _day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").strftime("%Y%m%d")
    except ValueError:
        _usage_error(f"{option} {value!r} is not a date like 2026-11-01")


def _check_output(output: str, archive_dir: str, db_path: str, force: bool) -> Path:
    """The output path, once it is known not to clobber the database or the archive."""
    path = Path(output)
    target = path.resolve()
    archive = Path(archive_dir).resolve()
    if path.name.lower().endswith(_ARCHIVE_SUFFIXES):
        _usage_error(f"{output} is named like an archive file; choose a .wacz name")
    if target == archive or archive in target.parents:
        _usage_error(f"{output} is inside the archive directory {archive_dir}")
    database = Path(db_path).resolve()
    for kept in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        if target == kept or (path.exists() and kept.exists() and path.samefile(kept)):
            _usage_error(f"{output} is the database")
    if not target.parent.is_dir():
        _usage_error(f"no directory {target.parent} to write {output} in")
    if path.exists() or path.is_symlink():
        mode = path.stat().st_mode if path.exists() else 0
        if stat.S_ISDIR(mode):
            _usage_error(f"{output} is a directory")
        if not stat.S_ISREG(mode):
            _usage_error(f"{output} is not a regular file")
        if not force:
            _usage_error(f"{output} exists; --force replaces it")
    return path


@main.command()
@click.argument("output")
@archive_option
@db_option
@click.option("--since", help="Only WARC files created on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only WARC files created before this date (YYYY-MM-DD).")
@click.option("--run", "run_id", type=int, help="Only the WARC files this run wrote.")
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
def wacz(
    output: str,
    archive_dir: str,
    db_path: str,
    since: str | None,
    until: str | None,
    run_id: int | None,
    force: bool,
) -> None:
    """Package WARC files as one WACZ for ReplayWeb.page, listing the articles as pages.

    The articles' photos travel with them: their responses and revisits are in the WARC
    files and the WACZ index, while the page list holds only the articles.
    OUTPUT is a new file outside the archive directory (never the database); an existing
    file is replaced only with --force. The database, when there is one, gives the page
    list; --run needs it. Needs the optional `wacz` extra: pip install 'lso-archive[wacz]'.

    \b
    Example:
        lso wacz lso-2026-11.wacz --since 2026-11-01 --until 2026-12-01
        lso wacz run-42.wacz --run 42 --force
    """
    low = _day(since, "--since") or ""
    high = _day(until, "--until") or "99999999"
    _need_archive(archive_dir)
    target = _check_output(output, archive_dir, db_path, force)
    chosen = []
    for path in closed_warc_files(archive_dir):
        match = _FILE_DATE.match(path.name)
        if match and low <= match.group(1) < high:
            chosen.append(path)
    if run_id is not None:
        names = _run_files(db_path, run_id)
        chosen = [p for p in chosen if p.name in names]
    if not chosen:
        _usage_error("no WARC files in that date range")
    pages: list[tuple[str, str]] = []
    if Path(db_path).exists():
        db = _open_read_only(db_path)
        try:
            pages = list(db.execute("select url, title from articles order by id"))
        except sqlite3.Error as error:
            _usage_error(f"{db_path} is not an lso-archive database ({error})")
        finally:
            db.close()
    try:
        from lso_crawler.warc.wacz import package_wacz, unpackable_records
    except ImportError:
        _usage_error("the wacz package is not installed: pip install 'lso-archive[wacz]'")
    problems = unpackable_records(chosen)
    for problem in problems:
        click.echo(f"lso: not packaged: {problem}", err=True)
    if problems:
        sys.exit(1)
    partial = target.with_name(f".{target.name}.partial.wacz")
    try:
        package_wacz(chosen, partial, title="Báo Lạng Sơn archive", pages=pages)
        os.replace(partial, target)
    except ImportError:
        _usage_error("the wacz package is not installed: pip install 'lso-archive[wacz]'")
    except RuntimeError as error:
        click.echo(f"lso: {str(error).splitlines()[0]}", err=True)
        sys.exit(1)
    finally:
        partial.unlink(missing_ok=True)
    click.echo(f"lso: wrote {output} with {len(chosen)} WARC files and {len(pages)} pages")
