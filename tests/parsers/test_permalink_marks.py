"""A permalink mark a documentation generator puts after a heading or a picture's caption
(`<a href="#id">¶</a>`) links to the place itself: it is no word of the title or caption."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def test_pilcrow_links_after_the_heading_and_caption_are_dropped() -> None:
    page = (
        "<html><head><title>Chợ phiên vùng cao</title></head><body><main><section id='cho'>"
        "<h1>Chợ phiên vùng cao<a class='anchor' href='#cho' title='Link'>¶</a></h1>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))
        + "<figure id='f1'><img src='/anh/cho-phien.jpg' alt='cho'>"
        "<figcaption><p><span>Người dân họp chợ phiên</span><a href='#f1'>¶</a></p>"
        "</figcaption></figure>"
        f"<p>{PARAGRAPH} Đoạn cuối.</p></section></main></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.title == "Chợ phiên vùng cao"
    assert [caption.text for caption in article.captions] == ["Người dân họp chợ phiên"]
    assert "¶" not in article.body


def test_a_pilcrow_linking_elsewhere_or_in_words_stays() -> None:
    page = (
        "<html><head><title>Điều 5 ¶ luật</title></head><body><main>"
        "<h1>Sửa đổi Điều 5</h1>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))
        + "<p>Xem khoản <a href='#k2'>¶ 2 của Điều 5</a> trong văn bản.</p>"
        "</main></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.body.endswith("Xem khoản ¶ 2 của Điều 5 trong văn bản.")
