"""The general reader: chosen when no site template matches, or when a site parser's result
is missing or implausible; it records that it stood in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import read_capture
from lso_crawler.parsers.density import MAX_SCANNED_ELEMENTS, MAX_UNITS
from tests.parsers.small_pages import CURRENT_URL, LEGACY_URL, PARAGRAPH, current_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(6))


def test_a_page_without_site_markers_is_read_by_the_general_reader() -> None:
    page = (
        "<html><head><title>Tiêu đề bài | Báo Lạng Sơn</title>"
        '<meta property="og:title" content="Tiêu đề bài">'
        '<meta property="article:published_time" content="2022-02-04T09:56:32+07:00">'
        "</head><body><nav><a href='/'>Trang chủ</a><a href='/kinh-te'>Kinh tế</a></nav>"
        f"<main><h1>Tiêu đề bài</h1><div class='x'><p>LSO- {PARAGRAPH}</p>{TEXT}"
        "<p><b>Ngọc Lan</b></p></div></main></body></html>"
    )
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    article = reading.article
    assert reading.selection.parser.NAME == "generic_v1" and reading.fallback_reason is None
    assert article.parser == "generic_v1"
    assert article.title == "Tiêu đề bài" and article.lead == PARAGRAPH
    assert article.byline == "Ngọc Lan" and article.authors == ("Ngọc Lan",)
    assert article.published_at == "2022-02-04T09:56:32+07:00"
    assert article.body.count("\n\n") == 5


def test_an_implausibly_short_site_result_falls_back_to_the_general_reader() -> None:
    # The template's body container holds only a teaser; the text moved to another block.
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p>").replace(
        "<footer>", f'<div class="story">{TEXT}{TEXT}</div><footer>'
    )
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    assert reading.selection.parser.NAME == "current_v1"
    assert reading.article.parser == "generic_v1"
    assert reading.fallback_reason is not None
    assert reading.fallback_reason.startswith("text-too-short")
    assert reading.article.parse_notes["fallback_from"] == "current_v1"
    assert reading.article.title == "Hành trình hội nhập"


def test_a_plausible_site_result_is_kept() -> None:
    reading = read_capture(
        current_page(body=f"<p>LSO- {PARAGRAPH}</p>{TEXT}"), CURRENT_URL, CAPTURED
    )
    assert reading.article.parser == "current_v1" and reading.fallback_reason is None
    assert "fallback_from" not in reading.article.parse_notes


def test_a_site_parser_that_finds_no_body_hands_over() -> None:
    page = current_page(body=None).replace("<footer>", f"<div>{TEXT}</div><footer>")
    reading = read_capture(page, CURRENT_URL, CAPTURED)
    assert reading.article.parser == "generic_v1"
    assert reading.fallback_reason == "no-body"


MENU = "".join(
    f"<a href='/{name.lower().replace(' ', '-')}'>{name}</a>"
    for name in ("Kinh tế", "Xã hội", "Thể thao", "Văn hóa", "Pháp luật", "Quốc tế")
)


def _page(article: str, head: str = "") -> str:
    return (
        f"<html><head><title>Tiêu đề bài viết mới | Báo Lạng Sơn</title>{head}</head><body>"
        f"<nav><a href='/'>Trang chủ</a>{MENU}</nav>{article}<footer>© Báo</footer></body></html>"
    )


def test_labelled_author_and_tag_fields_after_the_text_are_read() -> None:
    page = _page(
        "<div><h1>Tiêu đề bài viết mới</h1><div class='a'>"
        f"<div class='b'>{TEXT}</div>"
        "<div class='c'><div class='d'>Tác giả:&nbsp;</div><div>Tin, ảnh: Hoàng Tùng</div></div>"
        "<div class='e'>Từ khóa: <a href='/x/1'>biên giới</a>, <a href='/x/2'>cửa khẩu</a></div>"
        "</div></div>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.byline == "Tin, ảnh: Hoàng Tùng" and article.authors == ("Hoàng Tùng",)
    assert article.tags == ("biên giới", "cửa khẩu")


def test_microdata_and_rdfa_properties_are_metadata() -> None:
    page = _page(
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<meta itemprop='articleSection' content='Kinh tế'>"
        "<meta itemprop='keywords' content='biên giới,cửa khẩu'>"
        "<h1 itemprop='headline'>Tiêu đề bài viết mới</h1>"
        "<span property='dc:date dc:created' content='2022-02-04T09:56:32+07:00'>4/2/2022</span>"
        f"<div itemprop='articleBody'>{TEXT}</div></div>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.category == "Kinh tế" and article.tags == ("biên giới", "cửa khẩu")
    assert article.published_at == "2022-02-04T09:56:32+07:00"


def test_a_small_centred_line_under_a_picture_is_its_caption_and_a_picture_field_counts() -> None:
    page = _page(
        "<h1>Tiêu đề bài viết mới</h1><div class='n'>"
        "<div class='f'><div><img src='/a.jpg'><blockquote>Ảnh trên cùng</blockquote></div></div>"
        f"<div class='t'>{TEXT}<p style='text-align:center'><img src='/b.jpg'></p>"
        "<p style='text-align:center'><span style='font-size: small'>Ảnh giữa bài</span></p>"
        f"{TEXT}</div></div>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert [(c.image_url.rsplit("/", 1)[1], c.text) for c in article.captions] == [
        ("a.jpg", "Ảnh trên cùng"),
        ("b.jpg", "Ảnh giữa bài"),
    ]
    assert "Ảnh giữa bài" not in article.body


def test_a_title_in_a_table_cell_is_the_heading_and_the_date_under_it_the_dateline() -> None:
    page = _page(
        "<table><tr><td class='h'>Tiêu đề bài viết mới</td></tr></table>"
        "<table><tr><td>Thứ năm, 31 Tháng 12 2015 16:45</td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.title == "Tiêu đề bài viết mới"
    assert article.dateline == "Thứ năm, 31 Tháng 12 2015 16:45"
    assert article.published_at == "2015-12-31T16:45:00+07:00"


def test_a_form_around_the_whole_page_is_no_comment_form() -> None:
    # ASP.NET portals wrap every page in one <form>; its comment box must not hide the text.
    page = _page(
        "<form id='form1' method='post'><h1>Tiêu đề bài viết mới</h1>"
        f"<div class='t'>{TEXT}</div><div class='c'><textarea name='c'></textarea></div></form>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.title == "Tiêu đề bài viết mới" and article.body.count("\n\n") == 4


def test_wordpress_category_links_are_the_category_not_tags() -> None:
    page = _page(
        "<article><h1>Tiêu đề bài viết mới</h1>"
        "<span class='cat-links'><a href='/chuyen-muc/xa-hoi' rel='category tag'>Xã hội</a></span>"
        f"<div class='entry-content'>{TEXT}</div>"
        "<span class='tags-links'><a href='/the/bien-gioi' rel='tag'>biên giới</a></span>"
        "</article>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.category == "Xã hội" and article.tags == ("biên giới",)


def test_a_page_past_the_scoring_bound_says_so_and_keeps_its_text() -> None:
    lines = "".join(f"<p>Dòng thứ {n} của một bài rất dài.</p>" for n in range(MAX_UNITS + 10))
    page = _page(f"<h1>Tiêu đề bài viết mới</h1><div class='t'>{lines}</div>")
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert "bounded" in article.parse_notes
    assert article.body.endswith(f"Dòng thứ {MAX_UNITS + 9} của một bài rất dài.")


def test_a_page_of_more_elements_than_the_walk_bound_says_so_and_keeps_its_text() -> None:
    # A huge list of links after the article: the walk stops at the bound, the text is whole.
    links = "<ul>" + "<li><a href='/x'>Tin khác</a></li>" * MAX_SCANNED_ELEMENTS + "</ul>"
    page = _page(f"<h1>Tiêu đề bài viết mới</h1><div class='t'>{TEXT}</div>{links}")
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert "elements" in article.parse_notes["bounded"]
    assert article.body and "Tin khác" not in article.body


def test_a_photo_in_a_lightbox_link_with_its_caption_box_is_kept() -> None:
    # VCCorp-like: <div type=Photo><div><a href=javascript:;><img></a></div><div>caption</div>
    page = _page(
        f"<h1>Tiêu đề bài viết mới</h1><div class='t'>{TEXT}"
        "<div type='Photo'><div><a href='javascript:;'><img src='/p.jpg'></a></div>"
        "<div class='cap'><p>Toàn cảnh hội nghị</p></div></div>"
        f"{TEXT}<a href='/quang-cao'><img src='/ad.gif'></a></div>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert [(c.image_url.rsplit("/", 1)[1], c.text) for c in article.captions] == [
        ("p.jpg", "Toàn cảnh hội nghị")
    ]


def test_portal_conventions_home_crumb_publisher_author_and_the_published_date() -> None:
    # Liferay-like: the home crumb is /web/guest, "Ngày cập nhật" is shown before
    # "Ngày đăng", and the author meta names the portal itself.
    page = _page(
        "<ul class='bc'><li><a href='/web/guest'>Trang chủ</a></li>"
        "<li><a href='/web/guest/tin-tuc'>Tin tức</a></li></ul>"
        "<div class='j'><h1>Tiêu đề bài viết mới</h1>"
        "<div>Ngày cập nhật: 25/04/2021 10:00</div><div>Ngày đăng: 23/04/2021 08:30</div>"
        f"<div class='t'>{TEXT}</div></div>",
        head="<meta name='author' content='Cổng thông tin điện tử tỉnh Lạng Sơn'>",
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.category == "Tin tức"
    assert article.dateline == "Ngày đăng: 23/04/2021 08:30"
    assert article.published_at == "2021-04-23T08:30:00+07:00"
    assert article.authors == ()


def test_a_json_ld_author_that_is_an_organization_is_no_writer() -> None:
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tiêu đề bài viết mới",'
        '"author":[{"@type":"Organization","name":"Báo điện tử"},'
        '{"@type":"Person","name":"Thu Hà"}]}'
    )
    page = _page(
        f"<h1>Tiêu đề bài viết mới</h1><div class='t'>{TEXT}</div>",
        head=f'<script type="application/ld+json">{ld}</script>',
    )
    assert read_capture(page, CURRENT_URL, CAPTURED).article.authors == ("Thu Hà",)


def test_a_body_split_into_text_boxes_between_pictures_is_read_whole() -> None:
    # Rich-text boxes of one shape, a picture section between them, teaser cards below.
    box = '<section class="s-text"><div class="t"><p>{}</p></div></section>'
    cards = "".join(
        f'<div class="card"><a href="/x-{n}.html"><h3>Tin khác số {n}</h3></a>'
        f"<p>{PARAGRAPH}</p></div>"
        for n in range(3)
    )
    page = (
        "<html><body><article><h1>Tiêu đề bài</h1>"
        + box.format(f"Đoạn một. {PARAGRAPH}")
        + '<section class="s-photo"><figure><img src="/a.jpg">'
        + "<div><p>Chú thích ảnh</p></div></figure></section>"
        + box.format(f"Đoạn hai. {PARAGRAPH}")
        + box.format(f"Đoạn ba. {PARAGRAPH}")
        + '<section class="s-end"><span>■</span></section>'
        + f'</article><section class="more"><div class="list">{cards}</div></section></body></html>'
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.lead == f"Đoạn một. {PARAGRAPH}"
    assert article.body.split("\n\n") == [f"Đoạn hai. {PARAGRAPH}", f"Đoạn ba. {PARAGRAPH}"]
    assert [caption.text for caption in article.captions] == ["Chú thích ảnh"]


def test_a_masthead_today_date_does_not_make_a_page_the_older_template() -> None:
    page = (
        "<html><body><div class='top'>Thứ Hai, 23/11/2026</div>"
        "<nav><a href='/'>Trang chủ</a></nav>"
        f"<main><h1>Tiêu đề bài</h1><div class='x'>{TEXT}"
        "<p>Theo dõi Báo Lạng Sơn trên Google News</p></div></main></body></html>"
    )
    reading = read_capture(page, LEGACY_URL, CAPTURED)
    assert reading.selection.scores["legacy_v1"] == 0.0
    assert reading.article.parser == "generic_v1"
    assert reading.article.byline is None and reading.article.authors == ()


def test_the_bold_site_marker_opening_the_lead_is_no_credit() -> None:
    page = _page(
        "<article><h1>Tiêu đề bài viết mới</h1>"
        f"<div class='s'><strong>LSO-</strong> {PARAGRAPH}</div>"
        f"<div class='b'>{TEXT}</div><div class='w'>Tin, ảnh: <a href='/tac-gia/ht'>Hoàng Tùng</a>"
        "</div></article>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.byline == "Tin, ảnh: Hoàng Tùng" and article.authors == ("Hoàng Tùng",)


def test_a_shown_tag_list_keeps_a_comma_inside_one_tag() -> None:
    page = _page(
        f"<article><h1>Tiêu đề bài viết mới</h1><div class='b'>{TEXT}</div>"
        "<div class='t'><a href='/le-hoi.html'>lễ hội</a><a href='/tay-nung.html'>Tày, Nùng</a>"
        "</div></article>",
        head="<meta name='news_keywords' content='lễ hội, Tày, Nùng'>",
    )
    assert read_capture(page, CURRENT_URL, CAPTURED).article.tags == ("lễ hội", "Tày, Nùng")


def test_chips_without_links_after_the_text_are_the_tags() -> None:
    chips = "<div><span class='c'>ma túy</span><span class='c'>Công an tỉnh</span></div>"
    page = _page(f"<article><h1>Tiêu đề bài viết mới</h1><div class='b'>{TEXT}</div>{chips}")
    assert read_capture(page, CURRENT_URL, CAPTURED).article.tags == ("ma túy", "Công an tỉnh")
    lone = "<div><span class='c'>Chia sẻ bài</span></div><div><button>A</button><button>B</button>"
    page = _page(f"<article><h1>Tiêu đề bài viết mới</h1><div class='b'>{TEXT}</div>{lone}</div>")
    assert read_capture(page, CURRENT_URL, CAPTURED).article.tags == ()


def test_a_plain_name_after_the_text_linking_to_the_writers_page_is_the_byline() -> None:
    author = "<div class='i'><div class='n'><a href='/tac-gia/thu-ha.htm'>Thu Hà</a></div></div>"
    page = _page(f"<article><h1>Tiêu đề bài viết mới</h1><div class='b'>{TEXT}</div>{author}")
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.byline == "Thu Hà" and article.authors == ("Thu Hà",)


def test_a_picture_under_a_play_button_is_a_video_poster_not_an_article_picture() -> None:
    video = "<div><img src='/poster.jpg' alt=''><span>▶</span></div>"
    page = _page(
        f"<article><h1>Tiêu đề bài viết mới</h1><div class='b'>{TEXT}{video}"
        f"<p>{PARAGRAPH}</p></div></article>"
    )
    assert read_capture(page, CURRENT_URL, CAPTURED).article.captions == ()


def test_a_folder_slug_section_yields_to_the_category_the_page_names() -> None:
    page = _page(
        "<article><h1>Tiêu đề bài viết mới</h1>"
        "<div class='cats'><a href='/categories/xa-hoi/'>Xã hội</a></div>"
        f"<div class='content'>{TEXT}</div></article>",
        head="<meta property='article:section' content='posts'>",
    )
    assert read_capture(page, CURRENT_URL, CAPTURED).article.category == "Xã hội"


def test_a_back_link_is_never_the_category_and_a_labelled_section_is() -> None:
    page = _page(
        "<section><div><a href='/unread'>← Quay lại</a></div><h1>Tiêu đề bài viết mới</h1>"
        "<div>16:45 31/12/2015 · Đã nhận: 23/11/2026 10:00 · 1 phút đọc</div>"
        "<div>Chuyên mục trong nguồn tin: <span>Xã hội</span></div>"
        f"<article>{TEXT}</article></section>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.category == "Xã hội"
    assert article.dateline == "16:45 31/12/2015" and article.dateline_date == "2015-12-31"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("title='2022-02-04T09:56:00+07:00'", "2022-02-04T09:56:00+07:00"),
        ("data-time='1643943360'", "2022-02-04T09:56:00+07:00"),  # epoch seconds
        ("data-ts='1643943360000'", "2022-02-04T09:56:00+07:00"),  # epoch milliseconds
        ("title='2022-02-03T09:56:00+07:00'", None),  # another day: not this date's time
    ],
)
def test_a_machine_time_on_the_date_lines_element_is_the_publication_time(
    stamp: str, expected: str | None
) -> None:
    latest = (
        "<aside><ul><li><a href='/tin-khac-1.html'>Một bài khác trong chuyên mục</a>"
        "<span title='2021-01-01T08:00:00+07:00'>1 tháng 1, 2021</span></li></ul></aside>"
    )
    page = _page(
        f"<article><h1>Tiêu đề bài viết mới</h1><div><span {stamp}>4 tháng 2, 2022</span>"
        f"<span>· 4 năm trước</span></div><div class='b'>{TEXT}</div></article>{latest}"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.dateline == "4 tháng 2, 2022"
    assert article.published_at == expected


def test_a_read_more_card_with_an_unlinked_thumbnail_in_the_text_is_no_article_picture() -> None:
    card = (
        "<div><img src='https://media.example.vn/thumb/w200/5071788.jpg' alt=''>"
        "<div><p>Đọc thêm</p><a href='/le-hoi-long-tong-5071788.html'>"
        "Lễ hội Lồng tồng: Nét đẹp văn hóa của đồng bào Tày, Nùng</a></div></div>"
    )
    figure = (
        "<figure><img src='/uploads/2022/02/04/a.jpg'>"
        "<figcaption>Hoa đào nở rộ bên những ngôi nhà</figcaption></figure>"
    )
    page = _page(
        f"<article><h1>Tiêu đề bài viết mới</h1><div class='b'>{TEXT}{figure}{card}"
        f"<p>{PARAGRAPH}</p></div></article>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert [c.image_url for c in article.captions] == [
        "https://baolangson.vn/uploads/2022/02/04/a.jpg"
    ]
    assert not any("Lồng tồng" in p or "Đọc thêm" in p for p in article.body.split("\n\n"))


SHORT_TEXT = f"<p>{PARAGRAPH} Đoạn một.</p><p>{PARAGRAPH} Đoạn hai.</p>"


def test_the_rest_of_the_date_row_never_starts_the_body() -> None:
    # A short text: the chosen block is the wrapper holding the meta row and the summary.
    page = _page(
        "<div class='detail'><h1>Tiêu đề bài viết mới</h1>"
        "<div class='meta'><span>Ngày 12/02/2022 10:25</span> | <span>Người đăng: bbt.lso</span>"
        " | <span>Lượt xem: 8.365</span></div>"
        f"<div class='summary'>LSO- {PARAGRAPH}</div><div class='content'>{SHORT_TEXT}</div></div>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.dateline == "Ngày 12/02/2022 10:25"
    assert article.body.startswith(PARAGRAPH)


def test_a_source_line_and_a_fetch_time_closing_the_text_are_not_text() -> None:
    page = _page(
        "<article><h1>Tiêu đề bài viết mới</h1><p class='sapo'><strong>"
        f"{PARAGRAPH}</strong></p><div class='body'>{SHORT_TEXT}</div>"
        "<div>Nguồn: <a href='https://baolangson.vn/x.html'>baolangson.vn</a></div>"
        "<div>Tổng hợp lúc 10:02 23/11/2026</div></article>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.body.endswith("Đoạn hai.")


@pytest.mark.parametrize(
    "tag",
    ["{youtube}lsotv2022{/youtube}", "[embed]https://v.example/1[/embed]", "{loadposition qc}"],
)
def test_an_unrendered_plugin_tag_in_the_text_is_not_a_paragraph(tag: str) -> None:
    page = _page(
        "<article><h1>Tiêu đề bài viết mới</h1><p class='sapo'><strong>"
        f"{PARAGRAPH}</strong></p><div class='body'><p>{PARAGRAPH} Đoạn một.</p><p>{tag}</p>"
        f"<p>{PARAGRAPH} Đoạn hai.</p></div></article>"
    )
    body = read_capture(page, CURRENT_URL, CAPTURED).article.body
    assert body.split("\n\n") == [f"{PARAGRAPH} Đoạn một.", f"{PARAGRAPH} Đoạn hai."]
