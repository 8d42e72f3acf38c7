"""Round 16a's rules: a page-wide form with a menu is no comment form, a "back to the list"
link is no section, and a site parser's reading that contradicts the page gives way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import read_capture
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH, current_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))


def test_a_form_around_the_page_with_its_menu_and_footer_is_no_comment_form() -> None:
    # A WebForms page: one <form> around the menu, the article (headline in an <h3>) and a
    # comment box; the text is short, so only the menu and footer say it is the page's form.
    page = (
        "<html><body><form method='post' action='/bai-viet'>"
        "<nav><a href='/'>Trang chủ</a> <a href='/kinh-te'>Kinh tế</a></nav>"
        f"<div class='d'><h3>Tiêu đề bài viết mới</h3><div class='c'>{TEXT}</div></div>"
        "<div class='k'><h3>Bình luận</h3><textarea name='m'></textarea></div>"
        "<footer><p>Báo điện tử của tỉnh</p></footer></form></body></html>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.title == "Tiêu đề bài viết mới"
    text = f"{article.lead}\n\n{article.body}"
    assert text.count("Đoạn") == 3 and "Bình luận" not in text


def test_a_comment_form_without_a_menu_still_hides_its_text() -> None:
    page = (
        "<html><body><h1>Tiêu đề bài viết mới</h1>"
        f"<div class='c'>{TEXT}</div><form method='post'><p>{PARAGRAPH} Ý kiến bạn đọc.</p>"
        "<textarea name='m'></textarea></form></body></html>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert "Ý kiến bạn đọc" not in article.body


def test_a_back_link_naming_the_list_is_no_section() -> None:
    # The back link leads to the folder the article's declared address lives in.
    page = (
        "<html><head><link rel='canonical' href='https://shop.vn/blogs/tin-tuc/bai-viet'>"
        "</head><body><main><article><h1>Tiêu đề bài viết mới</h1>"
        f"<div class='c'>{TEXT}</div>"
        "<div class='b'><a href='/blogs/tin-tuc'>Quay lại blog</a></div>"
        "</article></main></body></html>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.category is None


@pytest.mark.parametrize(
    ("name", "lead"),
    [
        ("<em>ĐẶNG DŨNG</em>", f"<p>LSO- {PARAGRAPH}</p>"),
        ("<em>Thu Hà</em>", f"<p><strong>{PARAGRAPH}</strong></p>"),
    ],
)
def test_a_set_apart_name_over_a_marked_lead_is_the_credit(name: str, lead: str) -> None:
    page = (
        "<html><body><main><article><h1>Tiêu đề bài viết mới</h1>"
        f"<div class='c'><p>{name}</p>{lead}{TEXT}</div>"
        "</article></main></body></html>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.byline == name.removeprefix("<em>").removesuffix("</em>")
    assert article.lead == PARAGRAPH and article.body.count("Đoạn") == 3


def test_an_italic_opening_line_over_a_plain_paragraph_stays_the_lead() -> None:
    page = (
        "<html><body><main><article><h1>Tiêu đề bài viết mới</h1>"
        f"<div class='c'><p><em>Thu Hà</em></p><p>{PARAGRAPH}</p>{TEXT}</div>"
        "</article></main></body></html>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.byline != "Thu Hà"


_DECLARED = (
    '<script type="application/ld+json">{"@context": "https://schema.org",'
    ' "@type": "NewsArticle", "headline": "Tiêu đề bài viết mới",'
    ' "datePublished": "2022-02-04T09:56:32+07:00"}</script>'
    '<script type="application/ld+json">{"@context": "https://schema.org",'
    ' "@type": "BreadcrumbList", "itemListElement": ['
    '{"@type": "ListItem", "position": 1, "name": "Trang chủ"},'
    '{"@type": "ListItem", "position": 2, "name": "Kinh tế"}]}</script>'
)


def test_a_redesign_with_part_of_the_site_markers_that_declares_what_the_reading_lacks() -> None:
    # The site template's text container survives a redesign, its headline and date row do
    # not: the site parser finds text but no date or section, which the page declares.
    page = (
        f"<html><head><title>Tiêu đề bài viết mới | Báo điện tử</title>{_DECLARED}</head><body>"
        "<ul class='crumbs'><li><a href='/kinh-te'>Kinh tế</a></li></ul>"
        "<h1 class='title-detail'>Tiêu đề bài viết mới</h1>"
        "<div class='time'>09:56 04/02/2022</div>"
        f"<h2 class='sapo'>LSO- {PARAGRAPH}</h2><div id='content-detail'>{TEXT}</div>"
        "</body></html>"
    )
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    article = reading.article
    assert reading.selection.parser.NAME == "current_v1"
    assert article.parser == "generic_v1"
    assert (reading.fallback_reason or "").startswith("contradicts-page")
    assert article.published_at == "2022-02-04T09:56:32+07:00" and article.category == "Kinh tế"
    assert article.lead == PARAGRAPH and article.body.count("Đoạn") == 3


def test_a_page_with_every_site_marker_keeps_the_site_reading_whatever_it_misses() -> None:
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p>{TEXT}").replace(
        "<head>", f"<head>{_DECLARED}"
    )
    page = page.replace('<div class="date">Thứ Sáu, 04/02/2022 09:56 [GMT+7]</div>', "")
    page = page.replace('<li><a href="/kinh-te">Kinh tế</a></li>', "")
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    assert reading.article.parser == "current_v1" and reading.fallback_reason is None
    assert reading.article.category is None
