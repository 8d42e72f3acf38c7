"""The general reader on pages without an <h1> whose <title> is a path, on bodies split
into text boxes by related boxes, and on the paper's own name declared as a keyword."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import read_capture
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TITLE = "Tổng kết công tác dân vận năm 2015"


@pytest.mark.parametrize(
    ("section", "title"),
    [("Chính trị", TITLE), ("Xây dựng Đảng và hệ thống chính trị", "Hội nghị tổng kết")],
)
def test_a_title_path_finds_the_headline_span_and_the_fields_under_it(
    section: str, title: str
) -> None:
    # No <h1>: <title> is "Site > Section > Title" (the section may be the longer part), the
    # headline a plain span in a table, the date line starts with a clock picture.
    page = (
        f"<html><head><title>Báo Lạng Sơn &gt; {section} &gt; {title}</title></head><body>"
        f'<table><tr><td><a href="/">Trang chủ</a> » <a href="/s">{section}</a></td></tr>'
        f"<tr><td><span>{title}</span></td></tr>"
        '<tr><td><img src="/images/clock.gif"> <span>04/02/2022 9:56:32 SA</span>'
        " | <span>Lượt xem: 812</span></td></tr>"
        f"<tr><td><span><b>Phần mở đầu của bài. {PARAGRAPH}</b></span></td></tr>"
        f"<tr><td><span><p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p>"
        '<div><img src="/uploads/2022/02/04/a.jpg" width="500"><br>'
        '<span style="font-style: italic">Chú thích của ảnh trong bài</span></div>'
        f"<p>Đoạn ba. {PARAGRAPH}</p></span></td></tr></table></body></html>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.title == title
    assert article.dateline == "04/02/2022 9:56:32 SA"
    assert article.published_at is not None and article.published_at.startswith("2022-02-04")
    assert article.lead == f"Phần mở đầu của bài. {PARAGRAPH}"
    assert article.body.split("\n\n") == [
        f"Đoạn một. {PARAGRAPH}",
        f"Đoạn hai. {PARAGRAPH}",
        f"Đoạn ba. {PARAGRAPH}",
    ]
    assert [c.image_url.rsplit("/", 1)[-1] for c in article.captions] == ["a.jpg"]


def test_a_related_box_between_text_boxes_does_not_end_the_text() -> None:
    # Drupal Paragraphs: text boxes, a related-news box (its label in a box of its own, the
    # cards after it), a picture box with its caption field beside the picture.
    def item(inner: str) -> str:
        return f'<div class="item"><div class="entity">{inner}</div></div>'

    cards = "".join(
        f'<div><article><h3><a href="/tin-{n}.html">Tin khác số {n} về tỉnh</a></h3>'
        f"<div><p>{PARAGRAPH}</p></div></article></div>"
        for n in range(2)
    )
    page = (
        f"<html><body><article><h1>{TITLE}</h1><div class='items'>"
        + item(f"<div class='txt'><p>Đoạn một. {PARAGRAPH}</p></div>")
        + item(f"<div class='label'>Tin liên quan</div><div class='news'>{cards}</div>")
        + item(
            '<div class="pic"><img src="/files/b.jpg" width="800"></div>'
            '<div class="cap">Chú thích của ảnh trong bài</div>'
        )
        + item(f"<div class='txt'><p>Đoạn hai. {PARAGRAPH}</p><p>Đoạn ba. {PARAGRAPH}</p></div>")
        + "</div></article></body></html>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.body.split("\n\n")[-2:] == [f"Đoạn hai. {PARAGRAPH}", f"Đoạn ba. {PARAGRAPH}"]
    assert "Tin liên quan" not in article.body
    assert [c.text for c in article.captions] == ["Chú thích của ảnh trong bài"]


def _keyword_page(keywords: str) -> str:
    return (
        f'<html><head><title>{TITLE}</title><meta name="news_keywords" content="{keywords}">'
        '</head><body><header><a href="/" title="Báo Lạng Sơn"><img src="/logo.svg" '
        f'alt="Báo Lạng Sơn"></a></header><article><h1>{TITLE}</h1>'
        f"<p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p></article></body></html>"
    )


def test_the_papers_own_name_or_place_declared_as_a_keyword_is_no_tag() -> None:
    tags = read_capture(_keyword_page("Lạng Sơn"), CURRENT_URL, CAPTURED).article.tags
    assert tags == ()
    tags = read_capture(_keyword_page("du lịch, Báo Lạng Sơn"), CURRENT_URL, CAPTURED).article.tags
    assert tags == ("du lịch",)
    tags = read_capture(_keyword_page("du lịch, Mẫu Sơn"), CURRENT_URL, CAPTURED).article.tags
    assert tags == ("du lịch", "Mẫu Sơn")


def test_rel_tag_links_into_the_section_taxonomy_are_categories_not_tags() -> None:
    # A block theme's term list marks the section and subsection links rel=tag; only the
    # links into the tag taxonomy are tags.
    def page(terms: str) -> str:
        return (
            f"<html><head><title>{TITLE}</title></head><body><main>"
            f'<div>{terms}</div><h1>{TITLE}</h1><div class="content">'
            f"<p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p></div></main></body></html>"
        )

    cats = (
        '<a href="/chuyen-muc/chinh-tri/" rel="tag">Chính trị</a>, '
        '<a href="/chuyen-muc/chinh-tri/xay-dung-dang/" rel="tag">Xây dựng Đảng</a>'
    )
    assert read_capture(page(cats), CURRENT_URL, CAPTURED).article.tags == ()
    both = cats + ' <a href="/the/dan-van/" rel="tag">Dân vận</a>'
    assert read_capture(page(both), CURRENT_URL, CAPTURED).article.tags == ("Dân vận",)


@pytest.mark.parametrize(
    "call", ["Mở ứng dụng Zalo", "Tải về ứng dụng", "Đăng nhập", "Open in app"]
)
def test_a_call_to_action_in_the_top_bar_is_never_the_section(call: str) -> None:
    # An app reader's top bar: a logo link home, then a button to open the app; the section
    # is the label over the headline.
    page = (
        f"<html><head><title>{TITLE}</title></head><body>"
        f'<div><a href="https://app.example/"><img src="/logo.svg" alt="App"></a>'
        f'<a href="https://app.example/open?id=1">{call}</a></div>'
        '<div><div><a href="/articles?cat=chinh-tri">Chính trị</a></div>'
        f"<h1>{TITLE}</h1><div><p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p>"
        "</div></div></body></html>"
    )
    assert read_capture(page, CURRENT_URL, CAPTURED).article.category == "Chính trị"
