"""The stored fixture pages: `<name>.html`, `<name>.meta.json` (url, captured_at, optional
declared encoding) and `<name>.expected.json` (the hand-reviewed record, or `{"error": reason}`)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from lso_crawler.parsers import ParseError, parse_article

FIXTURES = Path(__file__).with_name("fixtures")


def fixture_names() -> list[str]:
    """Every fixture page's name, sorted."""
    return sorted(path.name.removesuffix(".html") for path in FIXTURES.glob("*.html"))


def page_bytes(name: str) -> bytes:
    """The stored page, as captured."""
    return (FIXTURES / f"{name}.html").read_bytes()


def meta(name: str) -> dict[str, Any]:
    """The page's URL, capture time and declared encoding."""
    return json.loads((FIXTURES / f"{name}.meta.json").read_text(encoding="utf-8"))


def expected(name: str) -> dict[str, Any]:
    """The reviewed expected record."""
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def parse_record(name: str) -> dict[str, Any]:
    """Parse the fixture and return what its expected JSON should hold."""
    info = meta(name)
    try:
        article = parse_article(
            page_bytes(name),
            info["url"],
            datetime.fromisoformat(info["captured_at"]),
            encoding=info.get("encoding"),
        )
    except ParseError as error:
        return {"error": error.reason}
    return {
        "article_id": article.article_id,
        "url": article.url,
        "parser": article.parser,
        **article.content(),
    }


def write_expected(name: str, record: dict[str, Any]) -> None:
    """Store a record as the fixture's expected JSON."""
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    (FIXTURES / f"{name}.expected.json").write_text(text, encoding="utf-8")
