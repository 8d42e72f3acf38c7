"""Every stored page parses to its reviewed record, and every parser version has a page."""

from __future__ import annotations

from datetime import datetime

import pytest

from lso_crawler.parsers import PARSERS, ParseError, parse_article
from tests.parsers.fixture_files import (
    FIXTURES,
    expected,
    fixture_names,
    meta,
    page_bytes,
    parse_record,
)

NAMES = fixture_names()


def test_there_are_fixtures() -> None:
    assert len([name for name in NAMES if "error" not in expected(name)]) >= 8


@pytest.mark.parametrize("name", NAMES)
def test_fixture_has_meta_and_expected_json(name: str) -> None:
    assert (FIXTURES / f"{name}.meta.json").is_file(), f"{name} has no meta.json"
    assert (FIXTURES / f"{name}.expected.json").is_file(), f"{name} has no expected.json"
    assert {"url", "captured_at"} <= meta(name).keys()


@pytest.mark.parametrize("name", NAMES)
def test_fixture_parses_to_its_expected_record(name: str) -> None:
    want = expected(name)
    got = parse_record(name)
    # Field by field first, so a failure names the field that changed.
    for field in sorted(want.keys() | got.keys()):
        assert got.get(field) == want.get(field), f"{name}: {field}"


@pytest.mark.parametrize("version", PARSERS, ids=lambda version: version.NAME)
def test_every_parser_version_has_a_fixture(version: type) -> None:
    covered = {expected(name).get("parser") for name in NAMES}
    assert version.NAME in covered, f"no fixture is parsed by {version.NAME}"


@pytest.mark.parametrize("name", NAMES)
def test_truncated_captures_parse_or_raise_parse_error(name: str) -> None:
    # A download cut short must cost one page with a ParseError, never crash the caller,
    # and what it does return must not be mojibake from a charset guess.
    data, info, want = page_bytes(name), meta(name), expected(name)
    captured_at = datetime.fromisoformat(info["captured_at"])
    for cut in (200, len(data) // 4, len(data) // 2, len(data) * 3 // 4, len(data) - 7):
        try:
            article = parse_article(
                data[:cut], info["url"], captured_at, encoding=info.get("encoding")
            )
        except ParseError:
            continue
        assert article.title == want["title"]
        assert article.body or article.lead
