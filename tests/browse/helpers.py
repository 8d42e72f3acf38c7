"""A sample database with browse columns built, and an in-process Datasette on it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from lso_crawler.store import Store, browse
from tests.versions import sample

METADATA = Path(__file__).parents[2] / "metadata.yml"
DONG_DANG_ID = 5072000  # title has Đồng Đăng; body mentions kinh tế and COVID-19
BODY_ONLY_ID = 5072001  # mentions Đồng Đăng only deep in the body
NUMBER_ID = 5072002  # 1.250 becomes 1.480


def build(path: Path) -> Path:
    """sample.build plus articles for search and numbers, then browse.rebuild."""
    sample.build(path)
    store = Store(path)
    moment = sample.T0 + timedelta(days=6)
    for article_id, title, body in [
        (
            DONG_DANG_ID,
            "Cửa khẩu Đồng Đăng đón khách",
            "Kinh tế biên giới phục hồi sau COVID-19.\n\nNăm nay đạt 20,5 tỷ đồng.",
        ),
        (
            BODY_ONLY_ID,
            "Hội nghị tổng kết năm",
            "Đoạn đầu.\n\nĐoạn hai.\n\nCuối cùng có nhắc tới thị trấn Đồng Đăng.",
        ),
        (NUMBER_ID, "Thu ngân sách", "Tổng thu đạt 1.250 tỷ đồng trong quý."),
    ]:
        item = sample.article(article_id, title=title, body=body, lead="Tin địa phương.")
        sample.save(store, item, moment)
    item = sample.article(NUMBER_ID, title="Thu ngân sách", lead="Tin địa phương.")
    edited = replace(item, body="Tổng thu đạt 1.480 tỷ đồng trong quý.")
    later = moment + timedelta(hours=3)
    sample.save(store, edited, later)
    store.close()
    conn = sqlite3.connect(path)
    browse.rebuild(conn)
    conn.commit()
    conn.close()
    return path


def metadata(**plugin_settings: Any) -> dict[str, Any]:
    """The committed metadata.yml, with plugin settings replaced."""
    data = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    data["plugins"]["lso-archive"].update(plugin_settings)
    return data


def get(ds: Any, path: str) -> Any:
    """GET through Datasette's in-process client."""

    async def fetch() -> Any:
        await ds.invoke_startup()
        return await ds.client.get(path)

    return asyncio.run(fetch())


def free_port() -> int:
    """A free loopback port."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def datasette_process(
    db_path: Path, tmp: Path, env: dict[str, str] | None = None, extra: list[str] | None = None
) -> Iterator[tuple[str, int]]:
    """`datasette serve <db> -m metadata.yml` on a free loopback port, in a subprocess;
    yields (base URL, server pid). Its output goes to `tmp/datasette-<port>.log`."""
    port = free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(db_path), "-m", str(METADATA)]
    command += ["-h", "127.0.0.1", "-p", str(port), *(extra or [])]
    log_path = tmp / f"datasette-{port}.log"
    base = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=METADATA.parent,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if http_get(f"{base}/-/versions.json", timeout=1)[0] == 200:
                        break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    raise RuntimeError("datasette did not start:\n" + log_path.read_text())
                time.sleep(0.1)
            yield base, process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextlib.contextmanager
def datasette_server(
    db_path: Path, tmp: Path, env: dict[str, str] | None = None, extra: list[str] | None = None
) -> Iterator[str]:
    """Like `datasette_process`, yielding only the base URL."""
    with datasette_process(db_path, tmp, env, extra) as (base, _):
        yield base


# Loopback only, whatever proxy the environment sets.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def http_get(url: str, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of a GET, error statuses included."""
    try:
        with HTTP.open(url, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
