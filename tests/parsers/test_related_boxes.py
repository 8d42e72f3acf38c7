"""The general reader leaves out what points to other articles inside the text (related
boxes, teaser cards, "Xem thêm" lines, ad slot labels) without cutting the text short."""

from __future__ import annotations

import pytest

from lso_crawler.parsers import read_capture
from lso_crawler.parsers.leads import strip_lead_prefix
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH
from tests.parsers.test_generic import CAPTURED, _page

BEFORE = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))
AFTER = "".join(f"<p>{PARAGRAPH} Phần hai {n}.</p>" for n in range(3))
BODY = "\n\n".join(
    [f"{PARAGRAPH} Đoạn {n}." for n in (1, 2)] + [f"{PARAGRAPH} Phần hai {n}." for n in range(3)]
)
TITLE = "Tặng 300 suất quà cho học sinh nghèo vùng biên"
SUMMARY = (
    "Ngày 8/2, Đồn Biên phòng Quốc Khánh phối hợp với Hội Chữ thập đỏ huyện Tràng Định "
    "tổ chức trao 300 suất quà cho học sinh."
)
OTHER = "/tang-qua-5071811.html"

BOXES = {
    "xem thêm line": f"<p><strong>&gt;&gt; Xem thêm: <a href='{OTHER}'>{TITLE}</a></strong></p>",
    "đọc thêm line": f"<p><em>Đọc thêm: <a href='{OTHER}'>{TITLE}</a></em></p>",
    "invitation line": f"<p><em>Mời quý độc giả xem video: <a href='{OTHER}'>{TITLE}</a></em></p>",
    "arrow line": f"<p>&gt;&gt; <a href='{OTHER}'>{TITLE}</a></p>",
    "lone headline link": f"<p><a href='{OTHER}'><strong>{TITLE}</strong></a></p>",
    "label then list": (
        "<p><strong>Tin liên quan:</strong></p>"
        f"<ul><li><a href='/a-1.html'>{TITLE}</a></li><li><a href='/b-2.html'>{TITLE} 2</a></li>"
        "</ul>"
    ),
    "picture card": (
        f"<div class='x'><a href='{OTHER}'><img src='/t/1.jpg'><h2>{TITLE}</h2></a>"
        f"<p>{SUMMARY}</p></div>"
    ),
    "labelled box of a card": (
        "<div class='x'><div><span>Tin liên quan</span></div><article>"
        f"<div><a href='{OTHER}'><img src='/t/1.jpg'></a></div>"
        f"<h3><a href='{OTHER}'>{TITLE}</a></h3><div>{SUMMARY}</div>"
        "<time>08/02/2022</time></article></div>"
    ),
    "card without picture": (
        f"<div class='x'><h3><a href='{OTHER}'>{TITLE}</a></h3><p>{SUMMARY}</p></div>"
    ),
    "card in a table": (
        f"<table><tr><td><a href='{OTHER}'><img src='/t/1.jpg'></a></td>"
        f"<td><a href='{OTHER}'>{TITLE}</a><br>{SUMMARY}</td></tr></table>"
    ),
    "ad slot label": "<div><div>Quảng cáo</div><div id='slot'></div></div>",
    "ad strip named by its size, linking nowhere": (
        "<div><a href='#'><img src='/assets/img/qc/add-728x90.jpg' alt='add'></a></div>"
    ),
    "ad strip by its declared size": "<p><img src='/qc/b.gif' width='468' height='60'></p>",
    "ad label between dashes over its banner": (
        "<div><span>- Quảng cáo -</span><div><a href='/lien-he-quang-cao/'>"
        "<img src='/banners/728x90.jpg' alt='Quảng cáo'></a></div></div>"
    ),
}


@pytest.mark.parametrize("box", list(BOXES))
def test_a_box_pointing_elsewhere_inside_the_text_is_left_out_and_the_text_goes_on(
    box: str,
) -> None:
    page = _page(
        "<div><h1>Tiêu đề bài viết mới</h1><div class='a'>"
        f"<div class='b'>{BEFORE}{BOXES[box]}{AFTER}</div></div></div>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.body == BODY
    assert article.captions == ()


def test_a_short_article_is_not_beaten_by_a_read_next_list_of_cards() -> None:
    cards = "".join(
        f"<article><p><a href='/tin-{n}.html'><img src='/t/{n}.jpg'></a></p>"
        f"<header><p><a href='/tin-{n}.html'>{TITLE} số {n}</a></p>"
        f"<p>{SUMMARY} Tin {n}.</p></header></article>"
        for n in range(4)
    )
    page = _page(
        f"<article><h1>Tiêu đề bài viết mới</h1><div class='b'><p>{PARAGRAPH} Một.</p>"
        f"<p>{PARAGRAPH} Hai.</p><p>Ba câu ngắn cuối bài.</p></div></article>"
        f"<section><header><p>Đọc tiếp</p></header><div class='list'>{cards}</div></section>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.lead == f"{PARAGRAPH} Một."
    assert article.body == f"{PARAGRAPH} Hai.\n\nBa câu ngắn cuối bài."


def test_a_bare_name_beside_the_date_under_the_headline_is_the_credit() -> None:
    page = _page(
        "<article><div class='cover'><h1>Tiêu đề bài viết mới</h1><div class='c'>Thu Hà</div>"
        "<div class='d'>Thứ Hai, ngày 7/2/2022</div></div>"
        f"<section><div class='t'><p>{PARAGRAPH} Mở đầu.</p></div></section>"
        f"<section><div class='t'><p>{PARAGRAPH} Tiếp.</p></div></section></article>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.lead == f"{PARAGRAPH} Mở đầu."
    assert article.byline == "Thu Hà" and article.authors == ("Thu Hà",)


def test_a_bare_name_beside_the_date_row_holding_a_time_and_a_button_is_the_credit() -> None:
    # The date is one item of a row (with a share button): the name stands beside the row.
    page = _page(
        "<article><h1>Tiêu đề bài viết mới</h1><p>Thu Hà</p>"
        "<div><time datetime='2022-02-07T16:30'>7 tháng 2, 2022 · 16:30</time>"
        "<button type='button'><span>Chia sẻ</span></button></div>"
        f"<div class='t'>{BEFORE}{AFTER}</div></article>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.byline == "Thu Hà" and article.authors == ("Thu Hà",)


def test_a_name_beside_the_date_gives_way_to_a_full_credit_and_is_never_the_site() -> None:
    page = _page(
        "<article><header><h1>Tiêu đề bài viết mới</h1>"
        "<span><a href='/'>Báo Lạng Sơn</a></span> <span>07-02-2022 - 10:41</span></header>"
        f"<div class='t'>{BEFORE}{AFTER}</div></article>"
    )
    assert read_capture(page, CURRENT_URL, CAPTURED).article.byline is None
    page = _page(
        "<article><header><h1>Tiêu đề bài viết mới</h1><div>Hoàng Tùng</div>"
        "<div>31/12/2015 - 16:45</div></header>"
        f"<div class='t'>{BEFORE}{AFTER}</div>"
        "<footer><aside>Tin, ảnh: Hoàng Tùng</aside></footer></article>"
    )
    assert read_capture(page, CURRENT_URL, CAPTURED).article.byline == "Tin, ảnh: Hoàng Tùng"


@pytest.mark.parametrize(
    "lead",
    ["LSO- Ngày", "(LSO) - Ngày", "(LSO) Ngày", "[LSO] Ngày", "LSO: Ngày", "Baolangson.vn - Ngày"],
)
def test_the_leads_site_marker_in_its_spellings_is_not_lead_text(lead: str) -> None:
    assert strip_lead_prefix(lead) == "Ngày"


def test_a_word_starting_like_the_marker_stays() -> None:
    assert strip_lead_prefix("LSOM là") == "LSOM là"


LEAD = "LSO- Sáng 12/2, Trung tâm Văn hóa tổ chức giải việt dã truyền thống năm 2022."


@pytest.mark.parametrize(
    "author_box",
    [
        "<div class='a'><img src='/p/thu-ha.jpg' alt='Thu Hà'><div>Thu Hà</div></div>",
        "<div class='a'><img src='/p/1.jpg'><div><b>Thu Hà</b></div></div>",
        "<div class='a'><span><a href='/tac-gia/thu-ha.html'>Thu Hà</a></span></div>",
    ],
)
def test_an_author_box_before_the_text_gives_the_credit_and_its_photo_is_no_caption(
    author_box: str,
) -> None:
    page = _page(
        f"<article><h1>Tiêu đề bài viết mới</h1>{author_box}<p><strong>{LEAD}</strong></p>"
        f"<div class='b'>{BEFORE}</div></article>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.byline == "Thu Hà" and article.captions == ()
    assert article.lead == strip_lead_prefix(LEAD)


def test_a_listen_or_video_player_and_its_label_are_no_article_text() -> None:
    player = (
        "<div><span>Nghe đọc bài viết</span><audio src='/a.mp3'></audio><span>00:00</span></div>"
    )
    page = _page(
        "<div><h1>Tiêu đề bài viết mới</h1><div class='a'>"
        f"<div class='b'>{BEFORE.replace('<p>', player + '<p>', 1)}{AFTER}</div></div></div>"
    )
    article = read_capture(page, CURRENT_URL, CAPTURED).article
    assert article.lead == f"{PARAGRAPH} Đoạn 0." and article.body == BODY
