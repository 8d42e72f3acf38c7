"""The general reader on declared values a CMS fills unevenly (an unreadable publication
meta beside an exact microdata time, a description cut short, the publisher's hidden name)
and on credits whose names sit in separate elements after a label."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
LEAD = (
    "Chiều 7/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt, triển khai các nhiệm vụ "
    "trọng tâm năm 2022. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy."
)


def read(head: str = "", before: str = "", after: str = "", scope: str = "") -> Article:
    """Parse a page: `head` metas, `before` the text (under the headline), `after` it."""
    page = (
        f"<html><head><title>Hội nghị Tỉnh ủy</title>{head}</head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/chinh-tri/'>Chính trị</a></div>"
        f"<div class='main' {scope}><h1>Tỉnh ủy triển khai nhiệm vụ trọng tâm năm 2022</h1>"
        f"<div class='row'>Thứ Hai - 07/02/2022 16:30</div>{before}"
        f"<div class='story'>{TEXT}</div>{after}</div>"
        "<div class='foot'><p>Cổng thông tin điện tử huyện Cao Lộc</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


NEWS_SCOPE = 'itemscope itemtype="http://schema.org/NewsArticle"'


def test_an_unreadable_publication_meta_gives_way_to_an_exact_microdata_time() -> None:
    article = read(
        head='<meta property="article:published_time" content="2022-02-07ICT16:30:12">',
        before='<span hidden itemprop="datePublished">2022-02-07T16:30:12+07:00</span>',
        scope=NEWS_SCOPE,
    )
    assert article.published_at == "2022-02-07T16:30:12+07:00"


def test_a_description_cut_short_still_names_the_lead() -> None:
    cut = LEAD[:120] + "..."
    article = read(
        head=f'<meta name="description" content="{cut}">', before=f"<div class='x'>{LEAD}</div>"
    )
    assert article.lead == LEAD
    assert article.body.startswith(PARAGRAPH)


def test_a_short_cut_description_names_no_lead() -> None:
    # The box is not the one right over the text (a box there is a lead by its place).
    article = read(
        head='<meta name="description" content="Chiều 7/2...">',
        before=f"<div class='x'>{LEAD}</div><div class='tools'><a href='/in'>In bài</a></div>",
    )
    assert article.lead != LEAD


def test_the_summary_marked_as_the_description_is_the_lead() -> None:
    article = read(before=f"<div class='x' itemprop='description'>{LEAD}</div>", scope=NEWS_SCOPE)
    assert article.lead == LEAD


def test_the_publisher_s_hidden_name_is_no_credit() -> None:
    article = read(
        head='<meta name="author" content="Cổng thông tin điện tử huyện Cao Lộc">',
        before=(
            '<div hidden itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<span itemprop="name">Thu Hà</span></div>'
            '<div hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">'
            '<span itemprop="name">Cổng thông tin điện tử huyện Cao Lộc</span></div>'
        ),
        after="<div class='end'><p><strong>Tác giả bài viết: </strong>Thu Hà</p></div>",
        scope=NEWS_SCOPE,
    )
    assert article.byline == "Thu Hà"
    assert article.authors == ("Thu Hà",)


def test_a_label_with_what_it_credits_and_the_name_in_its_tail() -> None:
    article = read(after="<p class='end'><b>Người viết bài:</b> Hoàng Tùng</p>")
    assert article.byline == "Hoàng Tùng"


def test_names_linked_after_a_label_keep_their_comma() -> None:
    article = read(
        after="<div class='who'><span>Tác giả:</span> <a href='/tac-gia/mai-huong/'>Mai Hương</a>"
        ", <a href='/tac-gia/huu-viet/'>Hữu Việt</a></div>"
    )
    assert article.byline == "Mai Hương, Hữu Việt"
    assert article.authors == ("Mai Hương", "Hữu Việt")


def test_names_in_separate_elements_with_nothing_between_are_not_run_together() -> None:
    article = read(
        after="<div class='who'><span>Tác giả:</span><a href='/tac-gia/mai-huong/'>Mai Hương</a>"
        "<a href='/tac-gia/huu-viet/'>Hữu Việt</a></div>"
    )
    assert article.byline == "Mai Hương, Hữu Việt"
    assert article.authors == ("Mai Hương", "Hữu Việt")


def test_a_writer_named_only_in_microdata_beside_an_author_meta_naming_the_portal() -> None:
    article = read(
        head='<meta name="author" content="Cổng thông tin điện tử huyện Cao Lộc">',
        before=(
            '<div hidden itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<span itemprop="name">Thu Hà</span></div>'
        ),
        scope=NEWS_SCOPE,
    )
    assert article.byline is None
    assert article.authors == ("Thu Hà",)


@pytest.mark.parametrize(
    "row",
    [
        "<div class='row'>Thứ Hai - 07/02/2022 16:30</div>",
        "<div class='row'><span>Thứ Hai</span> <span>07/02/2022 16:30</span></div>",
        "<div class='row'><span>Chủ nhật</span> | <span>06/02/2022 16:30</span></div>",
    ],
)
def test_a_weekday_beside_the_date_is_no_writer(row: str) -> None:
    page = (
        "<html><head><title>Hội nghị</title></head><body><div class='main'>"
        f"<h1>Tỉnh ủy triển khai nhiệm vụ</h1>{row}<div class='story'>{TEXT}</div></div>"
        "</body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.byline is None
    assert article.authors == ()
