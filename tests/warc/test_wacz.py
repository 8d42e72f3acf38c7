"""WACZ packaging of captured pages."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from lso_crawler.warc.files import WarcFileWriter
from tests.warc.conftest import INFO
from tests.warc.server import LocalServer
from tests.warc.wire import fetch

pytest.importorskip("wacz")

from lso_crawler.warc.wacz import package_wacz, validate_wacz


def test_package_and_validate(tmp_path: Path, local_server: LocalServer) -> None:
    with WarcFileWriter(tmp_path / "archive", INFO, fsync=False) as writer:
        for target in ["/gzip", "/chunked", "/cookies", "/missing"]:
            writer.write_capture(fetch(local_server, target))
    pages = [(local_server.url("/gzip"), "Tin tức"), (local_server.url("/nowhere"), "none")]
    output = package_wacz(writer.finished, tmp_path / "lso.wacz", title="Báo Lạng Sơn", pages=pages)
    with zipfile.ZipFile(output) as wacz:
        names = set(wacz.namelist())
        assert f"archive/{writer.finished[0].name}" in names
        assert {"indexes/index.cdx.gz", "datapackage.json", "pages/pages.jsonl"} <= names
        listed = wacz.read("pages/pages.jsonl").splitlines()
        assert json.loads(wacz.read("datapackage.json"))["title"] == "Báo Lạng Sơn"
    pages = [json.loads(line) for line in listed]
    assert pages[0]["title"] == "Báo Lạng Sơn"
    assert [(page["url"], page["title"]) for page in pages[1:]] == [
        (local_server.url("/gzip"), "Tin tức")
    ]
    broken = tmp_path / "broken.wacz"
    broken.write_bytes(output.read_bytes()[:-200])
    assert not validate_wacz(broken)
