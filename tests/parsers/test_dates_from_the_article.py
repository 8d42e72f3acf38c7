"""Dates come from the article, never from page chrome (a masthead date, the serving day)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from lso_crawler.parsers import parse_article
from tests.parsers.small_pages import (
    CURRENT_URL,
    LEGACY_URL,
    PARAGRAPH,
    current_page,
    legacy_page,
)
from tests.site import default_content
from tests.site.render.legacy import article_page

BASE = "http://127.0.0.1:8000"
BODY = f"<p>LSO- {PARAGRAPH}</p><p>{PARAGRAPH}</p>"


def _served(article_id: int, day: date) -> str:
    content = dataclasses.replace(default_content(), served_date=day)
    return article_page(content, BASE, content.article(article_id))


LEGACY_IDS = [a.article_id for a in default_content().articles.values() if a.generation == "legacy"]


@pytest.mark.parametrize("article_id", LEGACY_IDS)
def test_an_older_page_served_on_two_days_gives_the_same_content(article_id: int) -> None:
    article = default_content().article(article_id)
    url = BASE + article.path
    first_page, second_page = (
        _served(article_id, date(2021, 4, 23)),
        _served(article_id, date(2021, 10, 2)),
    )
    assert first_page != second_page  # the header date differs ...
    first = parse_article(first_page, url, datetime(2021, 4, 23, 3, tzinfo=UTC))
    second = parse_article(second_page, url, datetime(2021, 10, 2, 3, tzinfo=UTC))
    assert first.content() == second.content()  # ... and no field does
    assert first.dateline is None
    uploads = [i.src for i in article.images if i.src.startswith("/uploads/")]
    if uploads:
        assert first.dateline_date == uploads[0].split("/")[2] + "-" + "-".join(
            uploads[0].split("/")[3:5]
        )
        assert first.parse_notes["dateline_date_from"] == "upload-path"
    else:
        assert first.dateline_date is None
        assert "dateline_date" in first.parse_notes["missing"]


def test_a_date_printed_under_an_older_headline_is_the_article_date() -> None:
    page = legacy_page(
        heading="<h1>Tổng kết công tác</h1><div class='ngay'>Cập nhật: 08:30, 23/04/2015</div>",
        body=BODY,
    )
    article = parse_article(page, LEGACY_URL, datetime(2021, 4, 23, tzinfo=UTC))
    assert article.dateline == "Cập nhật: 08:30, 23/04/2015"  # the article's, not the header
    assert article.dateline_date == "2015-04-23"
    assert article.published_at == "2015-04-23T08:30:00+07:00"
    assert article.parse_notes["dateline_date_from"] == "dateline"


def test_an_older_page_without_evidence_has_no_date() -> None:
    article = parse_article(legacy_page(body=BODY), LEGACY_URL, datetime(2021, 4, 23, tzinfo=UTC))
    assert (article.dateline, article.dateline_date, article.published_at) == (None, None, None)


def test_a_masthead_today_date_is_never_the_current_dateline() -> None:
    page = current_page(heading="", body=BODY).replace(
        '<div class="date">Thứ Sáu, 04/02/2022 09:56 [GMT+7]</div>', ""
    )
    page = page.replace(
        '<nav class="main-menu">',
        '<div class="top-bar"><div class="date">Thứ Hai, 29/11/2026</div></div>'
        '<nav class="main-menu">',
    )
    article = parse_article(page, CURRENT_URL, datetime(2026, 11, 29, tzinfo=UTC))
    assert article.dateline is None and article.dateline_date is None
    assert article.published_at is None


def test_parse_notes_name_the_missing_fields() -> None:
    article = parse_article(current_page(body=BODY), CURRENT_URL, datetime(2022, 2, 4, tzinfo=UTC))
    assert article.parse_notes == {
        "dateline_date_from": "dateline",
        "missing": ["byline", "authors"],
    }
    assert "parse_notes" not in article.content()
