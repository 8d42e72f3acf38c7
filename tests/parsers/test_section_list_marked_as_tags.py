"""The general reader on a blog entry's footer: its section list under a "Chuyên mục" label
marked `rel=tag` (the section, not a tag), and a short footer box holding both the section
line and the tag line (the section's value ends where the tags' label begins)."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import read_capture
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def _page(footer: str) -> str:
    return (
        "<html><head><title>Ra quân trồng cây đầu xuân - Blog quê</title></head><body>"
        '<div><a href="/">Blog quê</a></div><div><div>'
        "<h1>Ra quân trồng cây đầu xuân</h1><div>Đăng bởi quản trị | 04/02/2022</div>"
        f"<div><p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p></div>"
        f"<div>{footer}</div></div>"
        '<div><h3>Bài mới</h3><ul><li><a href="/a.html">Một bài khác của blog quê</a></li>'
        '<li><a href="/b.html">Thêm một bài khác nữa của blog</a></li></ul></div>'
        "</div></body></html>"
    )


_SECTION = (
    '<div><h4>Chuyên mục<span>:</span></h4><ul><li><a href="/kinh_te/" rel="tag">Kinh tế</a>'
    "</li></ul></div>"
)


def test_a_section_list_marked_as_tags_is_no_tag() -> None:
    article = read_capture(_page(_SECTION), CURRENT_URL, CAPTURED).article
    assert article.category == "Kinh tế"
    assert article.tags == ()


def test_tag_links_beside_the_section_list_are_the_tags() -> None:
    tags = (
        '<div><h4>Từ khóa:</h4><ul><li><a href="#" rel="tag">hồi</a>,</li>'
        '<li><a href="#" rel="tag">Văn Quan</a>,</li></ul></div>'
    )
    article = read_capture(_page(_SECTION + tags), CURRENT_URL, CAPTURED).article
    assert article.category == "Kinh tế"
    assert article.tags == ("hồi", "Văn Quan")


def test_a_section_line_runs_not_into_the_tag_line_after_it() -> None:
    # The whole footer is short: its text reads "Chuyên mục: Kinh tế Từ khóa: hồi,na".
    footer = (
        '<div><span>Chuyên mục:</span> <a href="/kinh_te/">Kinh tế</a></div>'
        '<div><span>Từ khóa:</span> <a href="/t/hoi">hồi</a>,<a href="/t/na">na</a></div>'
    )
    article = read_capture(_page(footer), CURRENT_URL, CAPTURED).article
    assert article.category == "Kinh tế"
    assert article.tags == ("hồi", "na")
