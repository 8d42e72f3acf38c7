"""The general reader on a wiki's repost of an article: a notice box (an icon beside a
message) opening the text, a closing "Nguồn" section citing the original, and the view tab
("Đọc") the page marks as current."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
HEADLINE = "Hoa đào Mẫu Sơn bung nở đón xuân"
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
NOTICE = (
    "<table role='presentation'><tr><td><img src='/icons/info.png' width='40' height='40'>"
    "</td><td><div>Bài này được <b>đăng lại</b> từ một tờ báo để lưu trữ tư liệu địa phương. "
    "Xin đừng sửa đổi nội dung ngoài việc định dạng cho dễ đọc.</div></td></tr></table>"
)
PICTURE = "<figure><img src='/anh/dao.jpg'><figcaption>Hoa đào nở rộ</figcaption></figure>"


def read(text: str, tabs: str = "") -> Article:
    """Parse a wiki-like page: tabs over the article, the headline, the text."""
    page = (
        "<html><head><title>Hoa đào – Wiki</title></head><body>"
        f"<div class='tabs'>{tabs}</div><main><h1>{HEADLINE}</h1>"
        f"<div class='content'>{text}</div></main>"
        "<div class='foot'><p>Nội dung phát hành theo giấy phép tự do</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_notice_box_opening_the_text_is_neither_picture_nor_text() -> None:
    article = read(NOTICE + "<div><b>Thứ Sáu, ngày 4 tháng 2 năm 2022</b></div>" + TEXT + PICTURE)
    assert [c.text for c in article.captions] == ["Hoa đào nở rộ"]
    assert "đăng lại" not in article.body
    # The date line right after the notice opens the text.
    assert article.dateline == "Thứ Sáu, ngày 4 tháng 2 năm 2022"


def test_a_closing_source_section_is_no_text_and_its_citation_names_the_writers() -> None:
    section = (
        "<h2><span>Nguồn</span><span>[<a href='/sua'>sửa</a>]</span></h2>"
        f"<ul><li>Hải Yến, Đức Huy. \"<a href='https://bao.vn/1'>{HEADLINE}</a>\" — "
        "<i>Báo Lạng Sơn</i>, ngày 4 tháng 2 năm 2022</li></ul>"
    )
    article = read(TEXT + section)
    assert article.body.endswith("Đoạn 3.")
    assert article.byline == "Hải Yến, Đức Huy"
    assert article.authors == ("Hải Yến", "Đức Huy")
    # Citing another article: the section is still no text, but names no writer here.
    other = read(TEXT + section.replace(HEADLINE, "Một bài khác về hoa mận"))
    assert other.body.endswith("Đoạn 3.")
    assert other.byline is None


def test_the_current_tab_leading_to_the_page_itself_is_no_section() -> None:
    tabs = (
        "<ul><li class='selected'><a href='{url}'>Đọc</a></li><li><a href='/sua'>Sửa đổi</a></li>"
        "<li><a href='/lich-su'>Xem lịch sử</a></li></ul>"
    )
    assert read(TEXT, tabs.format(url=CURRENT_URL)).category is None
    # The menu's current entry leading elsewhere is still the section.
    assert read(TEXT, tabs.format(url="/du-lich/")).category == "Đọc"
