"""The general reader on a blog entry: its title set as its own link in a sub-heading (the
blog's name is the page's `h1`, in the masthead), a day written `5.` before a worded month
(strftime's `%e. %B %Y` in Vietnamese), and the section's label in an element of its own
before the section link in a longer footer row."""

from __future__ import annotations

from datetime import UTC, date, datetime

from lso_crawler.parsers import read_capture
from lso_crawler.parsers.dates import parse_dateline
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 6, 3, tzinfo=UTC)
TITLE = "Ra quân trồng cây đầu xuân năm 2022"


def _page(footer: str = "") -> str:
    return (
        f"<html><head><title>{TITLE} | Góc nhỏ</title></head><body>"
        '<header><a href="/"><h1>Góc nhỏ</h1></a></header>'
        '<main><article><header><h2><a href="/archives/12-ra-quan.html">'
        f"{TITLE}</a></h2>"
        '<p>Đăng bởi <a href="/authors/1">Nông Tuấn</a> vào '
        "<time>Thứ bảy,  5. Tháng hai 2022</time></p></header>"
        f"<div><p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p></div>"
        f"<footer>{footer}</footer></article></main>"
        '<aside><h3>Bài mới</h3><ul><li><a href="/a.html">Một bài khác của blog</a></li>'
        "</ul></aside></body></html>"
    )


def test_an_entry_title_linked_in_a_subheading_is_the_heading() -> None:
    article = read_capture(_page(), CURRENT_URL, CAPTURED).article
    assert article.title == TITLE
    assert "title" not in article.parse_notes.get("fallback", [])
    assert article.dateline == "Thứ bảy, 5. Tháng hai 2022"


def test_a_day_written_with_a_dot_before_a_worded_month() -> None:
    assert parse_dateline("Thứ bảy,  5. Tháng hai 2022").day == date(2022, 2, 5)
    assert parse_dateline("31. Tháng mười hai 2015").day == date(2015, 12, 31)


def test_a_section_label_in_an_element_of_its_own_names_the_link_after_it() -> None:
    footer = (
        '<span class="sr-only">Chuyên mục: </span><a href="/index.php?cat=10">Du lịch</a>'
        ' | <a href="#comments">Bình luận (2)</a>'
        ' <div>Các từ khóa cho bài viết này: <a href="/tag/mau-son" rel="tag">Mẫu Sơn</a></div>'
    )
    article = read_capture(_page(footer), CURRENT_URL, CAPTURED).article
    assert article.category == "Du lịch"
    assert article.tags == ("Mẫu Sơn",)
