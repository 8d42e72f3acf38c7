"""The public surface others call."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import lso_crawler.parsers as parsers
from lso_crawler.parsers import Article, parse_article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH, current_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def test_public_names() -> None:
    for name in ("parse_article", "decode_html", "PARSERS", "ParseError", "Article", "Caption"):
        assert hasattr(parsers, name), name


def test_the_parsers_never_import_scrapy() -> None:
    # Archived captures are re-parsed outside any crawl.
    code = "import sys, lso_crawler.parsers; print(sorted({'scrapy', 'twisted'} & {*sys.modules}))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_bytes_and_text_give_the_same_article() -> None:
    page = current_page(body=f"<p>LSO-{PARAGRAPH}</p><p>{PARAGRAPH}</p>")
    from_bytes = parse_article(page.encode("utf-8"), CURRENT_URL, CAPTURED)
    from_text = parse_article(page, CURRENT_URL, CAPTURED)
    assert from_bytes == from_text
    assert isinstance(from_text, Article)


def test_the_article_carries_id_url_and_parser_name() -> None:
    page = current_page(body=f"<p>LSO-{PARAGRAPH}</p><p>{PARAGRAPH}</p>")
    article = parse_article(page, CURRENT_URL + "?utm_source=rss", CAPTURED)
    assert article.article_id == 5071654
    assert article.url == CURRENT_URL + "?utm_source=rss"
    assert article.parser in parsers.REGISTRY.names()
    assert article.category == "Kinh tế"
    assert article.dateline_date == "2022-02-04"


def test_parsing_is_repeatable() -> None:
    page = current_page(body=f"<p>LSO-{PARAGRAPH}</p><p>{PARAGRAPH}</p>").encode("utf-8")
    first = parse_article(page, CURRENT_URL, CAPTURED)
    assert parse_article(page, CURRENT_URL, CAPTURED).content_hash() == first.content_hash()
