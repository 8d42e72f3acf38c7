"""Packages finished WARC files as a WACZ (for ReplayWeb.page) with the ``wacz`` package."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from lso_crawler.warc.members import MAX_RECORD_BYTES
from lso_crawler.warc.payload import MAX_PAYLOAD_BYTES, PayloadError, iter_decoded
from lso_crawler.warc.reader import ArchivedResponse, iter_file

# Passed to the wacz tool: it decodes payloads (into temporary files) to detect pages.
_RESPONSE_CHUNK = 1 << 20


def _run_wacz(arguments: list[str]) -> tuple[int, str]:
    from wacz.main import main  # optional dependency: only this module needs it

    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = main(arguments)
    return code, output.getvalue()


def package_wacz(
    warc_paths: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    title: str | None = None,
    pages: Iterable[tuple[str, str]] | None = None,
) -> Path:
    """Write ``output`` (a .wacz) holding the WARC files, their CDXJ index and a page list.

    ``pages`` gives the (url, title) entry points a viewer lists, e.g. the articles; the
    wacz tool keeps those it finds archived. Without it the tool detects pages itself, which
    only finds HTML pages some archived request names as its Referer. Raises RuntimeError
    when the tool fails or its own validation rejects the result.
    """
    output = Path(output)
    arguments = ["create", "-o", str(output), *map(str, warc_paths)]
    if title:
        arguments += ["--title", title]
    with tempfile.TemporaryDirectory() as scratch:
        if pages is None:
            arguments.append("--detect-pages")
        else:
            listing = Path(scratch) / "pages.jsonl"
            lines = [{"format": "json-pages-1.0", "id": "pages", "title": title or "Pages"}]
            lines += [{"url": url, "title": page_title} for url, page_title in pages]
            listing.write_text("".join(json.dumps(line) + "\n" for line in lines))
            arguments += ["--pages", str(listing)]
        code, log = _run_wacz(arguments)
    if code != 0:
        raise RuntimeError(f"wacz create failed ({code}): {log}")
    if not validate_wacz(output):
        raise RuntimeError(f"{output} does not validate")
    return output


def unpackable_records(
    warc_paths: Sequence[str | os.PathLike[str]],
    *,
    record_limit: int = MAX_RECORD_BYTES,
    payload_limit: int = MAX_PAYLOAD_BYTES,
) -> list[str]:
    """Why the wacz tool must not be given these files: records or payloads that inflate
    past the limits (the tool inflates both whole). Empty when all is well.

    Payloads that are merely truncated or corrupt are fine: they are packaged as archived.
    """
    problems = []
    for path in warc_paths:
        for item in iter_file(path, limit=record_limit):
            if not isinstance(item, ArchivedResponse):
                if item.reason == "too-large":
                    problems.append(item.message)
                continue
            payload = item.payload
            slices = (
                payload[i : i + _RESPONSE_CHUNK] for i in range(0, len(payload), _RESPONSE_CHUNK)
            )
            try:
                for _ in iter_decoded(slices, item.content_encoding(), payload_limit):
                    pass
            except PayloadError as error:
                if error.reason == "too-large":
                    where = f"{item.pointer.filename}@{item.pointer.offset}"
                    problems.append(f"{where}: payload of {item.pointer.target_uri} {error}")
    return problems


def validate_wacz(path: str | os.PathLike[str]) -> bool:
    """True when the wacz tool validates the file (structure, hashes, datapackage)."""
    try:
        code, _ = _run_wacz(["validate", "-f", str(path)])
    except Exception:  # the tool raises what it meets (BadZipFile, KeyError, ...)
        return False
    return code == 0
