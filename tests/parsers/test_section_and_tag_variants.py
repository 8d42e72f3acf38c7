"""The general reader on variants of the section and the tags: a portal's news root in the
trail, tag labels with a qualifier or an icon before them, tag pages addressed by query, a
tag list named only for screen readers, a blog's news folder named by the menu."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
TAGS = ("hoa đào", "Mẫu Sơn")


def read(before: str = "", after: str = "") -> Article:
    """Parse a page: a menu, `before` the headline, the text, `after` it, a footer."""
    page = (
        "<html><head><title>Hoa đào Mẫu Sơn</title></head><body><div class='menu'>"
        "<a href='/'>Trang chủ</a> <a href='/xa-hoi/'>Xã hội</a> <a href='/kinh-te/'>Kinh tế</a>"
        f"</div><div class='main'>{before}<h1>Hoa đào Mẫu Sơn bung nở đón xuân</h1>"
        f"<div class='story'>{TEXT}</div>{after}</div>"
        "<div class='foot'><p>Cổng thông tin điện tử tỉnh Lạng Sơn</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_portal_s_news_root_in_the_trail_is_not_the_section() -> None:
    article = read(
        "<div class='crumb'><a href='/'>Trang chủ</a> » <a href='/tin-tuc'>Tin tức - Sự kiện</a>"
        " » <a href='/tin-tuc/van-hoa'>Văn hóa</a></div>"
    )
    assert article.category == "Văn hóa"


def test_a_trail_of_one_news_root_keeps_it() -> None:
    article = read(
        "<div class='crumb'><a href='/'>Trang chủ</a> » <a href='/tin'>Tin tức</a></div>"
    )
    assert article.category == "Tin tức"


def test_a_tag_label_with_a_qualifier_labels_the_links_after_it() -> None:
    article = read(
        after="<div class='kw'><span>Từ khóa liên quan:</span> "
        "<a href='/tim-kiem?q=hoa'>hoa đào</a> <a href='/tim-kiem?q=ms'>Mẫu Sơn</a></div>"
    )
    assert article.tags == TAGS


def test_an_icon_before_the_tag_label_and_links_wrapping_their_text() -> None:
    article = read(
        after="<div class='keywords'><em class='fa fa-tags'></em><strong>Từ khóa: </strong>"
        "<a title='hoa đào' href='/news/tag/hoa-dao'><em>hoa đào</em></a>, "
        "<a title='Mẫu Sơn' href='/news/tag/mau-son'><em>Mẫu Sơn</em></a></div>"
    )
    assert article.tags == TAGS


def test_unlabelled_links_to_tag_pages_by_query_are_the_tags() -> None:
    article = read(
        after="<div class='kw'><a href='/search?tag=hoa-dao'>hoa đào</a>, "
        "<a href='/search?tag=mau-son'>Mẫu Sơn</a></div>"
    )
    assert article.tags == TAGS


def test_a_link_list_named_tags_for_screen_readers_holds_the_tags() -> None:
    # No visible label and no tag-looking address: the list's accessible name says "Thẻ".
    article = read(
        after="<ul aria-label='Thẻ'><li><a href='/k/hoa-dao'>hoa đào</a></li>"
        "<li><a href='/k/mau-son'>Mẫu Sơn</a></li></ul>"
    )
    assert article.tags == TAGS


def _in_folder(address: str, menu: str) -> Article:
    # A repost on another site: the address it declares holds its folders.
    page = (
        f"<html><head><title>Hoa đào Mẫu Sơn</title><link rel='canonical' href='{address}'>"
        f"</head><body><ul class='nav'>{menu}</ul>"
        f"<div class='main'><h1>Hoa đào Mẫu Sơn bung nở đón xuân</h1><div class='story'>{TEXT}"
        "</div></div><div class='foot'><p>Hợp tác xã du lịch</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_news_root_folder_the_menu_names_is_no_section_but_a_folder_inside_it_is() -> None:
    # A blog files every post under its news folder: the menu's name for it is no section.
    menu = (
        "<li><a href='https://htx.example/'>Trang chủ</a></li>"
        "<li><a href='https://htx.example/homestay/'>Homestay</a></li>"
        "<li><a href='https://htx.example/tin-tuc/'>Tin tức</a></li>"
        "<li><a href='https://htx.example/lien-he/'>Liên hệ</a></li>"
    )
    article = _in_folder("https://htx.example/tin-tuc/hoa-dao-mau-son/", menu)
    assert article.category is None
    menu += "<li><a href='https://htx.example/tin-tuc/van-hoa/'>Văn hóa</a></li>"
    article = _in_folder("https://htx.example/tin-tuc/van-hoa/hoa-dao-mau-son/", menu)
    assert article.category == "Văn hóa"
