"""Choosing a parser version: markers pick the generation, the capture date the version."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from lxml import etree

from lso_crawler.parsers import PARSERS, REGISTRY, parse_article
from lso_crawler.parsers.current import CurrentV1
from lso_crawler.parsers.document import load_document
from lso_crawler.parsers.legacy import LegacyV1
from lso_crawler.parsers.registry import ParserRegistry
from lso_crawler.parsers.site_facts import LEGACY_LAST_DAY
from tests.parsers.small_pages import (
    CURRENT_URL,
    LEGACY_URL,
    PARAGRAPH,
    current_page,
    legacy_page,
)

BEFORE_REDESIGN = datetime(2021, 5, 1, tzinfo=UTC)
AFTER_REDESIGN = datetime(2023, 5, 1, tzinfo=UTC)
BODY = f"<p>LSO- {PARAGRAPH}</p><p>{PARAGRAPH}</p>"


class CurrentTestOld(CurrentV1):
    NAME = "current_test_old"
    VALID_UNTIL = date(2022, 12, 31)


class CurrentTestFix(CurrentV1):
    """A selector-only fix: tags moved to another container."""

    NAME = "current_test_fix"
    _tag_links = etree.XPath("//ul[@class='keywords']//a")


def test_registered_versions() -> None:
    assert [version.NAME for version in PARSERS] == ["legacy_v1", "current_v1", "generic_v1"]
    assert REGISTRY.names() == ("legacy_v1", "current_v1", "generic_v1")
    assert LegacyV1.VALID_UNTIL == LEGACY_LAST_DAY and CurrentV1.VALID_UNTIL is None


def test_two_versions_valid_until_the_same_day_refuse_to_build() -> None:
    class Twin(CurrentTestOld):
        NAME = "current_test_twin"

    with pytest.raises(ValueError, match="both valid until 2022-12-31"):
        ParserRegistry([LegacyV1, CurrentTestOld, Twin, CurrentV1])
    with pytest.raises(ValueError, match="both valid until None"):
        ParserRegistry([LegacyV1, CurrentV1, CurrentTestFix])


def test_a_repeated_name_refuses_to_build() -> None:
    class Renamed(CurrentTestOld):
        NAME = "current_v1"

    with pytest.raises(ValueError, match="current_v1"):
        ParserRegistry([LegacyV1, Renamed, CurrentV1])


@pytest.mark.parametrize("captured_at", [BEFORE_REDESIGN, AFTER_REDESIGN])
def test_markers_choose_the_generation_whatever_the_date(captured_at: datetime) -> None:
    current = load_document(current_page(body=BODY))
    legacy = load_document(legacy_page(body=BODY))
    assert REGISTRY.select(current, CURRENT_URL, captured_at) is CurrentV1
    assert REGISTRY.select(legacy, LEGACY_URL, captured_at) is LegacyV1


@pytest.mark.parametrize(
    ("captured_at", "version"), [(BEFORE_REDESIGN, LegacyV1), (AFTER_REDESIGN, CurrentV1)]
)
def test_the_capture_date_breaks_a_tie(captured_at: datetime, version: type) -> None:
    # One of the two current markers (0.5) and the older date header (0.5): either one.
    page = load_document(legacy_page(body=f'<div id="content-detail">{BODY}</div>'))
    selection = REGISTRY.explain(page, CURRENT_URL, captured_at)
    assert selection.scores["current_v1"] == selection.scores["legacy_v1"] == 0.5
    assert selection.parser is version
    assert "tie" in selection.reason


def test_a_later_fix_takes_over_after_its_predecessors_last_day() -> None:
    registry = ParserRegistry([CurrentTestFix, LegacyV1, CurrentTestOld])
    assert registry.names() == ("legacy_v1", "current_test_old", "current_test_fix")
    page = load_document(current_page(body=BODY))
    in_2022 = datetime(2022, 12, 31, 16, 59, tzinfo=UTC)  # 23:59 in Vietnam
    in_2023 = datetime(2022, 12, 31, 17, 0, tzinfo=UTC)  # 00:00 in Vietnam
    assert registry.select(page, CURRENT_URL, in_2022) is CurrentTestOld
    assert registry.select(page, CURRENT_URL, in_2023) is CurrentTestFix
    assert registry.select(page, CURRENT_URL, BEFORE_REDESIGN) is CurrentTestOld


def test_an_older_page_captured_after_the_redesign_still_gets_the_older_parser() -> None:
    article = parse_article(legacy_page(body=BODY), LEGACY_URL, AFTER_REDESIGN)
    assert article.parser == "legacy_v1"
    assert article.dateline is None  # the header date is the day the page was served
    assert article.category == "Chính trị"


class CurrentTestMarker(CurrentV1):
    """A later fix whose page marker changed: the headline is now h1.title."""

    NAME = "current_test_marker"
    _title = etree.XPath("//h1[@class='title']")

    @classmethod
    def matches(cls, page: object, url: str, captured_at: datetime) -> float:
        found = bool(cls._title(page)) + bool(cls._body(page))
        return found / 2


class CurrentTestBefore(CurrentV1):
    NAME = "current_test_before"
    VALID_UNTIL = date(2024, 6, 30)


def test_a_later_version_with_its_own_markers_is_asked_and_chosen_by_date() -> None:
    registry = ParserRegistry([LegacyV1, CurrentTestBefore, CurrentTestMarker])
    page = load_document(
        current_page(heading='<h1 class="title">Hành trình hội nhập</h1>', body=BODY)
    )
    after = datetime(2024, 7, 1, tzinfo=UTC)
    before = datetime(2024, 6, 1, tzinfo=UTC)
    chosen = registry.explain(page, CURRENT_URL, after)
    assert chosen.parser is CurrentTestMarker
    assert chosen.scores == {"legacy_v1": 0.0, "current_test_marker": 1.0}
    # Before its day the older version is asked: it knows only one of the two markers.
    assert registry.explain(page, CURRENT_URL, before).scores["current_test_before"] == 0.5
    article = CurrentTestMarker().parse(page, CURRENT_URL, after)
    assert article.title == "Hành trình hội nhập" and article.parser == "current_test_marker"


def test_the_older_template_is_scored_by_its_own_signs() -> None:
    legacy = load_document(legacy_page(body=BODY + '<img src="/uploads/2015/12/31/3.jpg">'))
    assert LegacyV1.matches(legacy, LEGACY_URL, BEFORE_REDESIGN) == 1.0
    assert LegacyV1.matches(legacy, CURRENT_URL, BEFORE_REDESIGN) == 0.7
    no_header = load_document(current_page(body=BODY + '<img src="/uploads/2015/12/31/3.jpg">'))
    assert LegacyV1.matches(no_header, LEGACY_URL, BEFORE_REDESIGN) == 0.0
    # A page that is neither template is not an older page just for lacking the new markers.
    plain = load_document("<html><body><h1>Tiêu đề</h1><p>" + PARAGRAPH + "</p></body></html>")
    assert LegacyV1.matches(plain, CURRENT_URL, BEFORE_REDESIGN) == 0.0
    assert CurrentV1.matches(plain, CURRENT_URL, BEFORE_REDESIGN) == 0.0


def test_the_fields_do_not_depend_on_the_order_they_are_read_in() -> None:
    page = load_document(legacy_page(body=BODY + '<p align="right"><b>ĐẶNG DŨNG</b></p>'))
    before = etree.tostring(page)
    parser = LegacyV1()
    first = parser.parse(page, LEGACY_URL, BEFORE_REDESIGN)
    assert etree.tostring(page) == before  # parsing leaves the document as it was
    assert parser.parse(page, LEGACY_URL, BEFORE_REDESIGN) == first
