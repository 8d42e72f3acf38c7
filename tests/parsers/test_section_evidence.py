"""The general reader's section when the evidence is thin or disagrees: a one-crumb trail
over the article container, a replayed page's rewritten links, toolbar and account links,
the site's own name, a declared news root or subsection."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
HEADING = "<h1>Hoa đào Mẫu Sơn bung nở đón xuân</h1>"
REPLAY = "https://web.archive.org/web/20160102031530/"


def read(inside: str, *, head: str = "", top: str = "", url: str = CURRENT_URL) -> Article:
    """Parse a page: `top` before a plain menu, then `inside` the main column."""
    page = (
        f"<html><head><title>Hoa đào Mẫu Sơn</title>{head}</head><body>{top}"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/xa-hoi/'>Xã hội</a> "
        "<a href='/kinh-te/'>Kinh tế</a> <a href='/van-hoa/'>Văn hóa</a></div>"
        f"<div class='main'>{inside}</div>"
        "<div class='foot'><p>Cổng thông tin điện tử tỉnh Lạng Sơn</p></div></body></html>"
    )
    return parse_article(page, url, CAPTURED)


def test_a_one_crumb_trail_over_the_article_container_is_the_section() -> None:
    article = read(
        "<ol class='c'><li><a href='/van-hoa'>Văn hóa</a></li></ol>"
        f"<article>{HEADING}<div class='t'>{TEXT}</div></article>"
    )
    assert article.category == "Văn hóa"


def test_a_lone_section_link_over_a_title_box_nested_twice() -> None:
    article = read(
        "<div class='c'><a href='/van-hoa'>Văn hóa</a></div>"
        f"<div class='a'><div class='head'>{HEADING}</div><div class='t'>{TEXT}</div></div>"
    )
    assert article.category == "Văn hóa"


def test_a_date_over_the_article_container_is_no_section() -> None:
    article = read(
        f"<div class='d'>Thứ Hai, 23/11/2026</div><article>{HEADING}<div>{TEXT}</div></article>"
    )
    assert article.category is None


def test_a_replay_toolbar_s_help_link_is_no_section_and_the_replayed_trail_is_read() -> None:
    toolbar = (
        "<div id='toolbar'><a href='https://archive.org/account/login.php'>Log in</a> "
        "<a href='https://help.archive.org/help/category/the-wayback-machine/'>Help</a></div>"
    )
    trail = (
        f"<ul class='t'><li><a href='{REPLAY}https://baolangson.vn/'><i class='i'></i></a></li>"
        f"<li><a href='{REPLAY}https://baolangson.vn/chinh-tri'>Chính trị</a></li>"
        f"<li><a href='{REPLAY}https://baolangson.vn/chinh-tri/xay-dung-dang'>Xây dựng Đảng</a>"
        "</li></ul>"
    )
    article = read(
        f"{trail}{HEADING}<div>{TEXT}</div>",
        top=toolbar,
        url="https://baolangson.vn/chinh-tri/xay-dung-dang/105873-hoa-dao.html",
    )
    assert article.category == "Chính trị"


def test_a_category_folder_link_to_another_site_is_no_section() -> None:
    article = read(
        "<p class='x'><a href='https://help.example.org/category/faq/'>FAQ</a></p>"
        f"<p class='y'>Một dòng chữ dài hơn một chút ở đây.</p>{HEADING}<div>{TEXT}</div>"
    )
    assert article.category != "FAQ"


def test_the_site_s_own_name_over_the_headline_is_no_section() -> None:
    article = read(
        f"<div class='k'><a href='/'>Báo Lạng Sơn</a></div>{HEADING}<div>{TEXT}</div>",
        head='<meta property="og:site_name" content="Báo Lạng Sơn">',
    )
    assert article.category is None


def test_an_account_word_over_the_headline_is_no_section() -> None:
    article = read(
        f"<div class='k'><a href='/dang-nhap'>Đăng nhập</a></div>{HEADING}<div>{TEXT}</div>"
    )
    assert article.category is None


def test_a_declared_news_root_gives_way_to_the_shown_trail() -> None:
    article = read(
        "<nav aria-label='breadcrumb'><a href='/'>Trang chủ</a> / "
        f"<a href='/van-hoa'>Văn hóa</a></nav>{HEADING}<div>{TEXT}</div>",
        head='<meta property="article:section" content="Tin tức">',
    )
    assert article.category == "Văn hóa"


def test_a_declared_news_root_stays_when_nothing_else_names_a_section() -> None:
    article = read(
        f"{HEADING}<div>{TEXT}</div>", head='<meta property="article:section" content="Tin tức">'
    )
    assert article.category == "Tin tức"


def test_a_declared_subsection_under_a_shown_section_gives_the_top_level_section() -> None:
    article = read(
        "<nav aria-label='breadcrumb'><a href='/'>Trang chủ</a> / <a href='/van-hoa'>Văn hóa</a>"
        f" / <a href='/van-hoa/le-hoi'>Lễ hội</a></nav>{HEADING}<div>{TEXT}</div>",
        head='<meta property="article:section" content="Lễ hội">',
    )
    assert article.category == "Văn hóa"


def test_a_declared_subsection_under_a_json_ld_trail() -> None:
    ld = (
        '<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Hoa đào",'
        ' "articleSection": "Lễ hội"}, {"@type": "BreadcrumbList", "itemListElement": ['
        '{"position": 1, "name": "Trang chủ"}, {"position": 2, "name": "Văn hóa"},'
        ' {"position": 3, "name": "Lễ hội"}]}]</script>'
    )
    article = read(f"{HEADING}<div>{TEXT}</div>", head=ld)
    assert article.category == "Văn hóa"


def test_a_declared_section_not_in_the_trail_still_wins() -> None:
    article = read(
        "<nav aria-label='breadcrumb'><a href='/'>Trang chủ</a> / "
        f"<a href='/xa-hoi'>Xã hội</a></nav>{HEADING}<div>{TEXT}</div>",
        head='<meta property="article:section" content="Văn hóa">',
    )
    assert article.category == "Văn hóa"


def test_the_section_s_link_in_the_date_row_under_the_headline() -> None:
    article = read(
        f"{HEADING}<div class='meta'><span><a href='/van-hoa'>Văn hóa</a></span>"
        f"<span>Thứ Sáu, 04/02/2022 09:56</span></div><div>{TEXT}</div>"
    )
    assert article.category == "Văn hóa"


def test_a_date_row_with_two_links_names_no_section_by_itself() -> None:
    article = read(
        f"{HEADING}<div class='meta'><a href='/van-hoa'>Văn hóa</a> <a href='/xa-hoi'>Xã hội"
        f"</a> Thứ Sáu, 04/02/2022 09:56</div><div>{TEXT}</div>"
    )
    assert article.category is None


def test_a_section_declared_as_a_folder_slug_takes_the_name_the_site_s_link_shows() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Hoa đào",'
        ' "articleSection": "van-hoa"}</script>'
    )
    article = read(f"{HEADING}<div>{TEXT}</div>", head=ld)
    assert article.category == "Văn hóa"


def test_an_advertisement_label_over_the_article_container_is_no_section() -> None:
    article = read(
        f"<div class='ad'>Quảng cáo</div><article>{HEADING}<div class='t'>{TEXT}</div></article>"
    )
    assert article.category is None


def test_a_box_title_of_other_articles_over_the_article_is_no_section() -> None:
    article = read(
        "<div class='box'>Tin mới nhất</div>"
        f"<article>{HEADING}<div class='t'>{TEXT}</div></article>"
    )
    assert article.category is None
