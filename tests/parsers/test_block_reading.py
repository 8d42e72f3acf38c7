"""How an article block becomes paragraphs, images and captions."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html

from lso_crawler.parsers import Caption, parse_article
from lso_crawler.parsers.blocks import Paragraph, read_blocks
from lso_crawler.parsers.cleaning import strip_boilerplate
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH, current_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
BASE = "https://baolangson.vn/a-5000001.html"


def blocks(markup: str) -> list[Paragraph | Caption]:
    root = html.fragment_fromstring(markup, create_parent="div")
    strip_boilerplate(root)
    return read_blocks(root, BASE)


def texts(markup: str) -> list[str]:
    return [block.text for block in blocks(markup) if isinstance(block, Paragraph)]


def test_an_ad_inside_a_paragraph_does_not_split_it() -> None:
    markup = (
        '<p>Đầu câu <div class="ads-zone "><div class="ads-zone-group zonegroup-vertical" '
        'id="ads-zone-12" data-position="ads_article_detail_center"></div></div> '
        "giữa <b>câu</b> cuối câu.</p><p>Đoạn sau.</p>"
    )
    assert texts(markup) == ["Đầu câu giữa câu cuối câu.", "Đoạn sau."]


def test_an_ad_between_paragraphs_leaves_them_apart() -> None:
    markup = '<p>Một.</p><div class="ads-zone "><div class="ads-zone-group"></div></div><p>Hai.</p>'
    assert texts(markup) == ["Một.", "Hai."]


def test_clutter_inside_the_block_is_dropped() -> None:
    markup = (
        "<p>Một.</p><script>var x = 'Hai';</script><style>p{}</style>"
        '<div class="share-bar"><a href="#">Chia sẻ</a></div>'
        '<div class="box-related"><p>Tin liên quan</p><ul><li><a href="/a">A</a></li></ul></div>'
        '<ul><li><a href="/b-5000002.html">Bài B</a></li><li><a href="/c">Bài C</a></li></ul>'
        '<p style="display:none">Ẩn.</p><p>Ba.</p>'
    )
    assert texts(markup) == ["Một.", "Ba."]


def test_double_line_breaks_separate_paragraphs() -> None:
    assert texts("Dòng một<br>vẫn một<br/><br />Dòng hai<br><br><br>Dòng ba") == [
        "Dòng một vẫn một",
        "Dòng hai",
        "Dòng ba",
    ]


def test_text_is_normalised() -> None:
    decomposed = "Thu\u031b\u0301 sa\u0301u"
    assert texts(f"<p>\u00a0 {decomposed}&nbsp;&nbsp; 23/04\u200b</p><p>&nbsp;</p>") == [
        "Thứ sáu 23/04"
    ]


def test_lazy_images_use_their_real_address() -> None:
    markup = (
        '<p><img class="lazy" src="/assets/images/placeholder.png" '
        'data-src="https://media.baolangson.vn/upload/image/202202/medium/1_a.jpg"></p>'
        '<p><img src="data:image/gif;base64,R0lGOD" data-original="/upload/2.jpg"></p>'
        '<p><img src="//media.baolangson.vn/3.jpg"></p><p><img alt="no address"></p>'
    )
    assert blocks(markup) == [
        Caption("https://media.baolangson.vn/upload/image/202202/medium/1_a.jpg", None),
        Caption("https://baolangson.vn/upload/2.jpg", None),
        Caption("https://media.baolangson.vn/3.jpg", None),
    ]


def test_each_caption_markup() -> None:
    markup = (
        '<div class="wp-caption aligncenter"><img src="/1.jpg">'
        '<p class="wp-caption-text">Một</p></div>'
        '<figure><img src="/2.jpg"><figcaption> Hai </figcaption></figure>'
        '<table class="image"><tr><td><img src="/3.jpg"></td></tr>'
        '<tr><td class="image_desc">Ba</td></tr></table>'
        '<table><tr><td><img src="/4.jpg"></td><td><img src="/5.jpg"></td></tr>'
        '<tr><td class="caption">Bốn</td><td class="caption">Năm</td></tr></table>'
        '<div class="image-box"><img src="/6.jpg"><span class="desc">Sáu</span></div>'
        '<figure><img src="/7.jpg"></figure>'
    )
    assert blocks(markup) == [
        Caption("https://baolangson.vn/1.jpg", "Một"),
        Caption("https://baolangson.vn/2.jpg", "Hai"),
        Caption("https://baolangson.vn/3.jpg", "Ba"),
        Caption("https://baolangson.vn/4.jpg", "Bốn"),
        Caption("https://baolangson.vn/5.jpg", "Năm"),
        Caption("https://baolangson.vn/6.jpg", "Sáu"),
        Caption("https://baolangson.vn/7.jpg", None),
    ]


def test_a_layout_table_is_read_as_text_not_as_a_caption() -> None:
    long_cell = PARAGRAPH * 5
    markup = f'<table><tr><td><img src="/1.jpg"></td><td><p>{long_cell}</p></td></tr></table>'
    assert blocks(markup) == [Caption("https://baolangson.vn/1.jpg", None), Paragraph(long_cell)]


def test_italic_caption_pairs_only_right_under_an_uncaptioned_image() -> None:
    body = (
        f"<p>LSO- {PARAGRAPH}</p>"
        '<p style="text-align:center"><img src="/1.jpg"></p><p><em>Ảnh một</em></p>'
        "<p><em>Câu trích dẫn in nghiêng.</em></p>"
        '<figure><img src="/2.jpg"><figcaption>Ảnh hai</figcaption></figure>'
        "<p><i>Không phải chú thích của ảnh hai</i></p>"
        '<p><img src="/3.jpg"><br><em>Ảnh ba</em></p>'
        '<p><img src="/4.jpg"></p><p>Chữ thường <em>một phần nghiêng</em></p>'
    )
    article = parse_article(current_page(body=body), CURRENT_URL, CAPTURED)
    assert [(caption.image_url[-5:], caption.text) for caption in article.captions] == [
        ("1.jpg", "Ảnh một"),
        ("2.jpg", "Ảnh hai"),
        ("3.jpg", "Ảnh ba"),
        ("4.jpg", None),
    ]
    assert article.body.split("\n\n") == [
        "Câu trích dẫn in nghiêng.",
        "Không phải chú thích của ảnh hai",
        "Chữ thường một phần nghiêng",
    ]


def test_a_related_heading_inside_the_text_ends_the_article() -> None:
    body = f"<p>{PARAGRAPH}</p><p>Hai.</p><p><strong>Tin liên quan:</strong></p><p>Tin khác A</p>"
    article = parse_article(current_page(body=body), CURRENT_URL, CAPTURED)
    assert (article.lead, article.body) == (PARAGRAPH, "Hai.")


def test_a_lead_shown_above_the_block_is_not_repeated() -> None:
    page = current_page(body=f"<p>LSO - {PARAGRAPH}</p><p>Hai.</p>").replace(
        '<div id="content-detail">',
        f'<h2 class="sapo">(LSO) - {PARAGRAPH}</h2><div id="content-detail">',
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert (article.lead, article.body) == (PARAGRAPH, "Hai.")


def test_malformed_addresses_are_skipped_not_fatal() -> None:
    markup = '<p><img src="http://[broken/1.jpg"></p><p><img src=" /2.jpg "></p><p>Chữ.</p>'
    assert blocks(markup) == [Caption("https://baolangson.vn/2.jpg", None), Paragraph("Chữ.")]
