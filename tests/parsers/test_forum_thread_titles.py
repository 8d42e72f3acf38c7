"""The general reader on a forum thread's headline: the forum's name set as an `h1` in the
page's banner (ARIA `role="banner"`) is the site's name, never the headline, so the topic's
own heading that <title> names is; and a thread's prefix label set before the headline in
an element of its own ("Tin tức") is no part of the headline."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
HEADLINE = "Mùa hoa đào trên núi cao"


def test_a_forum_name_in_the_banner_gives_way_to_the_topic_heading() -> None:
    page = (
        f"<html><head><title>{HEADLINE} - Góc nhỏ người vùng cao</title></head><body>"
        "<div role='banner'><h1>Góc nhỏ người vùng cao</h1><p>Nơi giao lưu</p></div>"
        f"<div role='main'><h2><a href='/t/12'>{HEADLINE}</a></h2>"
        f"<div class='post'><div class='content'>{TEXT}</div></div></div></body></html>"
    )
    assert parse_article(page, CURRENT_URL, CAPTURED).title == HEADLINE


def test_an_h1_outside_a_banner_stays_the_headline() -> None:
    page = (
        f"<html><head><title>{HEADLINE} - Góc nhỏ người vùng cao</title></head><body>"
        "<div><h1>Góc nhỏ người vùng cao</h1></div>"
        f"<div><h2><a href='/t/12'>{HEADLINE}</a></h2>"
        f"<div class='post'><div class='content'>{TEXT}</div></div></div></body></html>"
    )
    assert parse_article(page, CURRENT_URL, CAPTURED).title == "Góc nhỏ người vùng cao"


def thread(og_title: str) -> str:
    """A thread whose `h1` opens with a prefix label in a span of its own."""
    return (
        f"<html><head><title>{og_title} | Góc nhỏ</title>"
        f"<meta property='og:title' content='{og_title}'></head><body><main>"
        f"<h1><span class='label'>Tin tức</span><span>&nbsp;</span>{HEADLINE}</h1>"
        f"<div>{TEXT}</div></main></body></html>"
    )


def test_a_prefix_label_before_the_declared_headline_is_no_part_of_it() -> None:
    article = parse_article(thread(f"Tin tức - {HEADLINE}"), CURRENT_URL, CAPTURED)
    assert article.title == HEADLINE


def test_a_first_word_in_its_own_element_stays_when_the_page_names_the_whole_headline() -> None:
    article = parse_article(thread(f"Tin tức {HEADLINE}"), CURRENT_URL, CAPTURED)
    assert article.title == f"Tin tức {HEADLINE}"
