"""The raw capture of a fetch, read from its WARC record and shown as plain text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from datasette.utils.asgi import Request, Response
from warcio.archiveiterator import ArchiveIterator

from lso_crawler.datasette_plugin.config import archive_dir, lso_database
from lso_crawler.datasette_plugin.errors import not_found
from lso_crawler.datasette_plugin.ids import parse_id
from lso_crawler.versions import records

if TYPE_CHECKING:  # datasette.app imports the plugins: no runtime import here
    from datasette.app import Datasette

OPEN_SUFFIX = ".open"  # a WARC file still being written
# Served as inert text: the archived page must never run in the archive viewer's origin.
SAFE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
}


def read_capture(directory: Path, warc_file: str, offset: int) -> bytes:
    """The WARC record at `offset` in `directory/warc_file`: headers and decoded payload."""
    base = directory.resolve()
    path = (base / warc_file).resolve()
    if base not in path.parents:
        raise FileNotFoundError(f"{warc_file} is outside the archive directory")
    if not path.exists():
        path = path.with_name(path.name + OPEN_SUFFIX)
    with path.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        head: bytes = record.rec_headers.to_bytes()
        if record.http_headers is not None:
            head += record.http_headers.to_bytes()
        body: bytes = record.content_stream().read()
        return head + body


async def capture_page(request: Request, datasette: Datasette) -> Response:
    """GET /-/lso/capture/<fetch_id>: the archived response as text/plain."""
    fetch_id = parse_id(request.url_vars["fetch_id"])
    if fetch_id is None:
        return await not_found(datasette, request, "No such fetch")
    database = await lso_database(datasette)
    if database is None:
        return await not_found(datasette, request, "No lso-archive database is being served")
    pointer = await database.execute_fn(lambda conn: records.capture_pointer(conn, fetch_id))
    if pointer is None:
        return await not_found(datasette, request, f"Fetch {fetch_id} has no WARC record")
    try:
        body = read_capture(archive_dir(datasette), *pointer)
    except (OSError, StopIteration) as error:
        return await not_found(
            datasette, request, f"The WARC record of fetch {fetch_id} cannot be read: {error}"
        )
    return Response(body, content_type="text/plain; charset=utf-8", headers=dict(SAFE_HEADERS))
