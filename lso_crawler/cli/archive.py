"""Commands over the WARC archive: verify, show-capture, wacz."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from lso_crawler.cli import main
from lso_crawler.cli.options import archive_option, db_option
from lso_crawler.ingest.reparse import warc_files
from lso_crawler.store import Store
from lso_crawler.store.integrity import check_pointers, fetch_pointer
from lso_crawler.warc import read_block, read_record, repair_and_index, verify_archive


def _run_files(db_path: str, run_id: int) -> set[str]:
    store = Store(db_path)
    try:
        row = store.db.execute("select warc_files from runs where id = ?", [run_id]).fetchone()
    finally:
        store.close()
    if row is None:
        click.echo(f"lso: no run {run_id} in {db_path}", err=True)
        sys.exit(2)
    return set(json.loads(row[0] or "[]"))


def _need_archive(archive_dir: str) -> None:
    if not Path(archive_dir).is_dir():
        click.echo(f"lso: no archive directory at {archive_dir}", err=True)
        sys.exit(2)


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
    if do_repair:
        for fixed in repair_and_index(archive_dir):
            click.echo(
                f"repaired {fixed.open_path}: cut {fixed.bytes_cut} bytes ({fixed.cut_reason})"
            )
    report = verify_archive(archive_dir, require_index=True)
    problems = list(report.problems)
    checked = 0
    if Path(db_path).exists():
        store = Store(db_path)
        try:
            checked = store.db.execute(
                "select count(*) from fetches where warc_file is not null"
            ).fetchone()[0]
            problems += list(check_pointers(archive_dir, store))
        finally:
            store.close()
    for problem in problems:
        click.echo(f"{problem.file}@{problem.offset}: {problem.message}", err=True)
    verdict = "ok" if not problems else f"{len(problems)} problems"
    counts = f"{report.files} files, {report.records} records, {checked} database pointers"
    click.echo(f"lso: {counts}: {verdict}")
    sys.exit(0 if not problems else 1)


@main.command("show-capture")
@click.argument("article_id", type=int)
@click.option("--version", "version", type=int, help="Which version (default: the current one).")
@archive_option
@db_option
@click.option("--decode", is_flag=True, help="Print the body decoded (gzip removed), as text.")
def show_capture(
    article_id: int, version: int | None, archive_dir: str, db_path: str, decode: bool
) -> None:
    """Print the raw HTTP response a version of an article was parsed from.

    By default the bytes are exactly as archived (a gzip body stays gzip); --decode prints
    the headers and the decoded body instead.

    \b
    Example:
        lso show-capture 5071654
        lso show-capture 5071654 --version 1 --decode | less
    """
    store = Store(db_path)
    try:
        row = store.db.execute(
            "select v.version, v.fetch_id from versions v join articles a on a.id = v.article_id "
            "where v.article_id = ? and v.version = coalesce(?, a.current_version)",
            [article_id, version],
        ).fetchone()
        pointer = fetch_pointer(store, row[1]) if row else None
    finally:
        store.close()
    if row is None:
        click.echo(f"lso: no version {version or 'current'} of article {article_id}", err=True)
        sys.exit(2)
    if pointer is None:
        click.echo(f"lso: version {row[0]} of article {article_id} has no WARC capture", err=True)
        sys.exit(1)
    out = click.get_binary_stream("stdout")
    if not decode:
        out.write(read_block(archive_dir, pointer))
        return
    record = read_record(archive_dir, pointer)
    out.write(record.http_headers.to_bytes())
    out.write(record.content_stream().read())


@main.command()
@click.argument("output", type=click.Path(dir_okay=False))
@archive_option
@db_option
@click.option("--since", help="Only WARC files created on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only WARC files created before this date (YYYY-MM-DD).")
@click.option("--run", "run_id", type=int, help="Only the WARC files this run wrote.")
def wacz(
    output: str,
    archive_dir: str,
    db_path: str,
    since: str | None,
    until: str | None,
    run_id: int | None,
) -> None:
    """Package WARC files as one WACZ for ReplayWeb.page, listing the articles as pages.

    Needs the optional `wacz` extra: pip install 'lso-archive[wacz]'.

    \b
    Example:
        lso wacz lso-2026-11.wacz --since 2026-11-01 --until 2026-12-01
        lso wacz run-42.wacz --run 42
    """
    from lso_crawler.warc.wacz import package_wacz

    _need_archive(archive_dir)
    low = (since or "").replace("-", "")
    high = (until or "").replace("-", "") or "99999999"
    chosen = [p for p in warc_files(archive_dir) if low <= p.name.split("-")[1][:8] < high]
    if run_id is not None:
        names = _run_files(db_path, run_id)
        chosen = [p for p in chosen if p.name in names]
    if not chosen:
        click.echo("lso: no WARC files in that date range", err=True)
        sys.exit(2)
    pages: list[tuple[str, str]] = []
    if Path(db_path).exists():
        store = Store(db_path)
        try:
            pages = list(store.db.execute("select url, title from articles order by id"))
        finally:
            store.close()
    try:
        package_wacz(chosen, output, title="Báo Lạng Sơn archive", pages=pages)
    except ImportError:
        click.echo(
            "lso: the wacz package is not installed: pip install 'lso-archive[wacz]'", err=True
        )
        sys.exit(2)
    click.echo(f"lso: wrote {output} with {len(chosen)} WARC files and {len(pages)} pages")
