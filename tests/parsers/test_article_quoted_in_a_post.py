"""The general reader on a forum post that quotes an article: the poster's remark, a link card
and a source line around a quotation (framed in an `<aside>`) holding the article. The
quotation is the article's text; the post's times date the repost, so the article has no
date line, day or time unless the quotation prints one. An upload's size line over a picture
("1024×683 142 KB") is neither text nor caption."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article, Caption
from lso_crawler.parsers.captions import is_upload_info
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 3, 9, 3, tzinfo=UTC)
HEADLINE = "Chợ phiên vùng cao ngày giáp Tết"
PICTURE = "https://forum.example.org/uploads/optimized/cho-phien_690x460.jpeg"


def quotation(opening: str = "") -> str:
    """The article as a poster pastes it: bold sapo, text, a picture and its italic caption,
    the credit."""
    return (
        f"<aside class='q'><blockquote>{opening}"
        "<p><strong>Những ngày giáp Tết, chợ phiên vùng cao tấp nập người mua bán.</strong></p>"
        f"<p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p>"
        f"<p><a href='https://forum.example.org/uploads/original/cho-phien.jpeg'>"
        f"<img src='{PICTURE}' alt='51234'><span>51234</span><span>1024×683 142 KB</span></a></p>"
        "<p><em>Người dân chọn mua hàng Tết.</em></p>"
        f"<p>Đoạn ba. {PARAGRAPH}</p><p><strong>Bài, ảnh: Thu Hà</strong></p>"
        "</blockquote></aside>"
    )


def read(quoted: str) -> Article:
    """Parse a topic: the heading, the first post (remark, link card, quotation, source
    line) with its time, and a reply with its own."""
    page = (
        f"<html><head><title>{HEADLINE} - Diễn đàn</title>"
        "<meta property='article:published_time' content='2022-03-05T13:04:00+00:00'></head>"
        f"<body><div id='main'><h1>{HEADLINE}</h1>"
        "<div class='post'><div class='meta'><span>nguoi_gui</span> "
        "<time datetime='2022-03-05T13:04:00Z'>March 5, 2022, 1:04pm</time></div>"
        "<div class='text'><p>Mọi người cùng đọc nhé</p>"
        "<aside class='card'><img src='https://forum.example.org/uploads/card.jpeg'>"
        f"<h3><a href='https://paper.example.vn/a.html'>{HEADLINE}</a></h3>"
        "<p>Những ngày giáp Tết, chợ phiên vùng cao tấp nập người mua bán.</p></aside>"
        f"{quoted}<p>Nguồn: <a href='https://paper.example.vn/a.html'>Báo điện tử</a></p>"
        "</div></div><div class='post'><div class='meta'><span>ban_doc</span> "
        "<time datetime='2022-03-06T02:00:00Z'>March 6, 2022, 2:00am</time></div>"
        "<div class='text'><p>Cảm ơn bạn đã chia sẻ bài viết này.</p></div></div>"
        "</div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_quotation_is_the_article() -> None:
    article = read(quotation())
    assert article.title == HEADLINE
    assert article.lead == "Những ngày giáp Tết, chợ phiên vùng cao tấp nập người mua bán."
    assert article.body.startswith("Đoạn một.")
    assert article.body.endswith(f"Đoạn ba. {PARAGRAPH}")
    assert "Mọi người" not in article.body and "Nguồn" not in article.body
    assert article.byline == "Bài, ảnh: Thu Hà"
    assert article.captions == (Caption(PICTURE, "Người dân chọn mua hàng Tết."),)


def test_the_posts_times_are_the_reposts_not_the_articles() -> None:
    article = read(quotation())
    assert (article.dateline, article.dateline_date, article.published_at) == (None, None, None)


def test_a_date_line_inside_the_quotation_is_the_articles() -> None:
    article = read(quotation("<p>Thứ Sáu, 04/03/2022 09:56</p>"))
    assert article.dateline == "Thứ Sáu, 04/03/2022 09:56"
    assert article.published_at == "2022-03-04T09:56:00+07:00"
    assert article.body.startswith("Đoạn một.")


def test_an_uploads_size_line_is_no_caption() -> None:
    assert is_upload_info("1024×683 142 KB")
    assert is_upload_info("512341024×683 142 KB")
    assert is_upload_info("800x600")
    assert not is_upload_info("Người dân chọn mua hàng Tết.")
    assert not is_upload_info("Khoảng 1.024 người dự")
