"""Variants of declared metadata and credits that Vietnamese news systems emit: other
names of the publication meta, JSON-LD that strict JSON refuses, a declared trail ending
with the article itself, and a team credited as a whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.bylines import authors_from_byline, is_group_credit, looks_like_byline
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
HEADLINE = "Hội nghị triển khai nhiệm vụ năm 2022"
EXACT = "2022-02-04T09:56:31+07:00"


def read(head: str = "", text: str = TEXT) -> Article:
    """Parse a page with `head` metadata, a printed date to the minute, and `text`."""
    page = (
        f"<html><head><title>Hội nghị</title>{head}</head><body><div class='menu'>"
        "<a href='/'>Trang chủ</a> <a href='/chinh-tri/'>Chính trị</a> <a href='/xa-hoi/'>Xã hội"
        f"</a></div><div class='main'><h1>{HEADLINE}</h1><div class='d'>Thứ Sáu, 04/02/2022 "
        f"09:56</div><div class='t'>{text}</div></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


@pytest.mark.parametrize(
    "meta",
    [
        f'<meta property="og:article:published_time" content="{EXACT}">',
        f'<meta name="publish-date" content="{EXACT}">',
        f'<meta name="DC.date.issued" content="{EXACT}">',
        f'<meta name="dcterms.issued" content="{EXACT}">',
    ],
)
def test_other_names_of_the_publication_meta(meta: str) -> None:
    assert read(meta).published_at == EXACT


@pytest.mark.parametrize(
    "json_ld",
    [
        '{"@type": "NewsArticle", "description": "một\ndòng", "datePublished": "%s"}',
        '//<![CDATA[\n{"@type": "NewsArticle", "datePublished": "%s"}\n//]]>',
        '<!-- {"@type": "NewsArticle", "datePublished": "%s"} -->',
        '{"@type": "NewsArticle", "datePublished": "%s", "keywords": ["a", "b",],}',
    ],
)
def test_json_ld_that_strict_json_refuses_is_read(json_ld: str) -> None:
    head = f'<script type="application/ld+json">{json_ld % EXACT}</script>'
    assert read(head).published_at == EXACT


def test_json_ld_that_is_no_json_at_all_is_skipped() -> None:
    article = read('<script type="application/ld+json">{"@type": "NewsArticle", </script>')
    assert article.published_at == "2022-02-04T09:56:00+07:00"


def test_a_declared_trail_ending_with_the_article_itself_names_no_section() -> None:
    trail = (
        '{"@type": "BreadcrumbList", "itemListElement": [{"position": 1, "name": "Trang chủ"},'
        f' {{"position": 2, "name": "{HEADLINE}"}}]}}'
    )
    article = read(f'<script type="application/ld+json">{trail}</script>')
    assert article.category != HEADLINE


@pytest.mark.parametrize(
    "text",
    ["Nhóm PV Thời sự", "Nhóm phóng viên", "Ê-kíp thực hiện Ban Kinh tế", "Nhóm CTV"],
)
def test_a_team_credited_as_a_whole(text: str) -> None:
    assert is_group_credit(text)
    assert looks_like_byline(text)
    assert authors_from_byline(text) == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "Nhóm PV: Thu Hà, Minh Ngọc",
        "Nhóm phóng viên đã có mặt tại hiện trường từ sớm.",
        "Nhóm phóng viên đã có mặt",
    ],
)
def test_no_team_credit_when_roles_name_people_or_a_sentence_runs_on(text: str) -> None:
    assert not is_group_credit(text)


def test_a_team_credit_closing_the_text_is_the_byline() -> None:
    article = read(text=TEXT + "<p><strong>Nhóm PV Thời sự</strong></p>")
    assert article.byline == "Nhóm PV Thời sự"
    assert article.authors == ("Nhóm PV Thời sự",)
    assert not article.body.endswith("Thời sự")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Thu Hà", ("Thu Hà",)),
        ("Bởi Minh Ngọc", ("Minh Ngọc",)),
        ("Tác giả: Thu Hà", ("Thu Hà",)),
    ],
)
def test_a_by_before_a_name_is_a_label_not_part_of_the_name(
    text: str, names: tuple[str, ...]
) -> None:
    assert authors_from_byline(text) == names


def test_a_by_line_under_the_headline() -> None:
    page = (
        "<html><head><title>Hội nghị</title></head><body><article><h1>Hội nghị triển khai</h1>"
        "<div class='d'>04/02/2022 09:56</div><div class='w'>By <a href='/author/thu-ha'>"
        f"Thu Hà</a></div><div class='t'>{TEXT}</div></article></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.byline == "Thu Hà"
    assert article.authors == ("Thu Hà",)
