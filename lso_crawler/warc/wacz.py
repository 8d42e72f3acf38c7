"""Packages finished WARC files as a WACZ (for ReplayWeb.page) with the ``wacz`` package."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path


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


def validate_wacz(path: str | os.PathLike[str]) -> bool:
    """True when the wacz tool validates the file (structure, hashes, datapackage)."""
    try:
        code, _ = _run_wacz(["validate", "-f", str(path)])
    except Exception:  # the tool raises what it meets (BadZipFile, KeyError, ...)
        return False
    return code == 0
