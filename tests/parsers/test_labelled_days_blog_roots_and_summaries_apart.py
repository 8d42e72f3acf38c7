"""The general reader on a blog's labelled year-first day, a name with its source line after
a line break, a shop's blog named as the news root, and a summary set in a box of its own
right over the text."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.bylines import looks_like_byline
from lso_crawler.parsers.dates import parse_dateline
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))


def read(before: str = "", between: str = "", text: str = TEXT, menu: str = "") -> Article:
    """Parse a page: a menu, `before` the headline, `between` it and the text, a footer."""
    page = (
        "<html><head><title>Hoa đào Mẫu Sơn</title></head><body>"
        f"<div class='top'>{menu}</div><div class='main'>{before}"
        f"<h1>Hoa đào Mẫu Sơn bung nở đón xuân</h1>{between}"
        f"<div class='story'>{text}</div></div>"
        "<div class='foot'><p>Hoa đào xứ Lạng, một trang nhỏ về quê hương</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_year_first_day_after_a_publication_label_is_a_date_line() -> None:
    assert parse_dateline("Ngày đăng: 2022-02-04").day is not None
    assert parse_dateline("Posted on 2022-02-04").day is not None
    # Bare, or a machine value: no printed date line.
    assert parse_dateline("2022-02-04").day is None
    assert parse_dateline("Ngày đăng: 2022-02-04T09:56:00+07:00").day is None
    article = read(
        between="<div class='meta'><span><span>Ngày đăng: </span>"
        "<time datetime='2022-02-04T02:56:00.000Z'>2022-02-04</time></span> "
        "<span><span>Sửa đổi: </span><time datetime='2022-02-05T01:00:00.000Z'>2022-02-05"
        "</time></span></div>"
    )
    assert article.dateline == "Ngày đăng: 2022-02-04"
    assert article.dateline_date == "2022-02-04"


def test_a_name_with_its_source_line_after_a_break_is_the_credit() -> None:
    assert looks_like_byline("Thu Hà Nguồn: Báo Lạng Sơn")
    assert not looks_like_byline("Thu Hà")  # a bare plain name needs other evidence
    article = read(
        text=TEXT + "<p><strong>Thu Hà</strong><br>Nguồn: <a href='/'>Báo Lạng Sơn</a></p>"
    )
    assert article.byline == "Thu Hà"
    assert article.authors == ("Thu Hà",)
    assert "Nguồn" not in article.body


SHOP_MENU = (
    "<ul><li><a href='/'>Trang chủ</a></li><li><a href='/collections/all'>Sản phẩm</a></li>"
    "<li><a href='/pages/about'>Giới thiệu</a></li><li class='active'><a href='/blogs/news'>"
    "Tin tức</a></li><li><a href='/pages/contact'>Liên hệ</a></li></ul>"
)
ROOT_TRAIL = (
    "<ol class='crumbs'><li><a href='/'>Trang chủ</a></li>"
    "<li><a href='/blogs/news'>Tin tức</a></li></ol>"
)


def test_a_trail_to_the_news_root_the_menu_lists_names_no_section() -> None:
    # A shop's blog: every post sits under the menu's "Tin tức", which says nothing of
    # the article's section; with no menu naming it, the trail's root is still kept.
    assert read(before=ROOT_TRAIL, menu=SHOP_MENU).category is None
    assert read(before=ROOT_TRAIL).category == "Tin tức"


def test_a_summary_in_its_own_box_right_over_the_text_is_the_lead() -> None:
    summary = "Những ngày đầu xuân, hoa đào bung nở khắp các sườn đồi, thu hút du khách."
    article = read(between=f"<div class='info'>03.02.2017</div><div class='x'>{summary}</div>")
    assert article.lead == summary
    assert article.body.startswith(PARAGRAPH)
    # Not a sentence, or a box with links: no lead.
    unfinished = read(between="<div class='x'>Những ngày đầu xuân, hoa đào bung nở khắp</div>")
    assert unfinished.lead != "Những ngày đầu xuân, hoa đào bung nở khắp"
    linked = read(between=f"<div class='x'><a href='/xuan'>{summary}</a></div>")
    assert linked.lead != summary


def test_an_uncaptioned_cover_the_text_shows_again_is_one_picture() -> None:
    cover = "https://cdn.example.vn/anh/hoa-dao.jpg"
    text = (
        f"<p>{PARAGRAPH}</p><figure><img src='/thumb/-/empty/hoa-dao.jpg' data-original='{cover}'>"
        "<figcaption>Hoa đào nở rộ trên đỉnh Mẫu Sơn</figcaption></figure>" + TEXT
    )
    article = read(between=f"<div class='cover'><img src='{cover}' alt=''></div>", text=text)
    assert [(c.image_url, c.text) for c in article.captions] == [
        (cover, "Hoa đào nở rộ trên đỉnh Mẫu Sơn")
    ]
    # A cover the text does not show again stays the article's picture.
    other = "https://cdn.example.vn/anh/mau-son.jpg"
    article = read(between=f"<div class='cover'><img src='{other}' alt=''></div>", text=text)
    assert [c.image_url for c in article.captions] == [other, cover]
