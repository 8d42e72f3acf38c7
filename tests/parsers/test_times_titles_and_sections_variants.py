"""Variants of the twelfth round's page classes that news systems emit and the tuning set
does not show: zones spelled after the time, creation times labelled or marked up, a
declared headline carrying the site's name, icons in buttons, a source after the credit
without brackets, writers in a list, the current section marked in the menu, a trail
labelled from outside, a date as the trail's last crumb and galleries in one list."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.dates import meta_has_zone, meta_timestamp
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
HEADLINE = "Tỉnh ủy triển khai nhiệm vụ trọng tâm năm 2022"
FLAT_URL = "https://baolangson.vn/tinh-uy-trien-khai-nhiem-vu-5071760.html"


def read(
    head: str = "",
    before: str = "",
    after: str = "",
    *,
    above: str = "",
    heading: str = f"<h1>{HEADLINE}</h1>",
    date_row: str = "<div class='row'>Thứ Hai - 07/02/2022 16:30</div>",
    text: str = TEXT,
    url: str = CURRENT_URL,
) -> Article:
    """Parse a page: `head` metas, `above` the article, `before` the text, `after` it."""
    page = (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body>{above}"
        f"<div class='main'>{heading}{date_row}{before}<div class='story'>{text}</div>"
        f"{after}</div></body></html>"
    )
    return parse_article(page, url, CAPTURED)


# --- zones and creation times ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        ("2022-02-07 09:30:12 GMT", "2022-02-07T16:30:12+07:00"),
        ("2022-02-07T09:30:12 UTC", "2022-02-07T16:30:12+07:00"),
        ("2022-02-07 16:30:12 GMT+7", "2022-02-07T16:30:12+07:00"),
        ("2022-02-07 16:30:12 UTC+07:00", "2022-02-07T16:30:12+07:00"),
        ("2022-02-07 16:30:12 ICT", "2022-02-07T16:30:12+07:00"),
        ("2022-02-07T16:30:12 +07:00", "2022-02-07T16:30:12+07:00"),
    ],
)
def test_a_zone_spelled_after_the_time_is_a_zone(value: str, moment: str) -> None:
    assert meta_timestamp(value) == moment
    assert meta_has_zone(value)
    undated = read(
        head=f'<meta property="article:published_time" content="{value}">',
        date_row="<div class='row'>07/02/2022</div>",
    )
    assert undated.published_at == moment


def test_a_time_without_a_zone_has_none() -> None:
    assert not meta_has_zone("2022-02-07 16:30:12")
    assert not meta_has_zone("2022/02/07 16:30:12")


def test_a_date_line_labelled_as_the_creation_gives_way_to_the_publication() -> None:
    row = (
        "<div class='row'><span>Ngày tạo: 05/02/2022 08:00</span> "
        "<span>Ngày đăng: 07/02/2022 16:30</span></div>"
    )
    article = read(date_row=row)
    assert article.published_at == "2022-02-07T16:30:00+07:00"
    assert article.dateline_date == "2022-02-07"


def test_a_time_marked_as_the_creation_is_no_publication_time() -> None:
    row = (
        "<div class='row'><time itemprop='dateCreated' datetime='2022-02-05T08:00:00+07:00'>"
        "05/02/2022</time></div>"
    )
    assert read(date_row=row).published_at is None


# --- the headline --------------------------------------------------------------------------


def test_a_declared_headline_with_the_site_s_name_still_names_the_smaller_heading() -> None:
    head = f'<meta property="og:title" content="{HEADLINE} - Báo Lạng Sơn">'
    heading = f"<h1>Tin tức</h1><h2 class='title'>{HEADLINE}</h2>"
    assert read(head=head, heading=heading).title == HEADLINE


# --- icons, credits ----------------------------------------------------------------------


def test_pictures_in_buttons_or_hidden_from_readers_are_no_pictures() -> None:
    row = (
        "<div class='row'>Thứ Hai - 07/02/2022 16:30 <button><img src='/i/zoom.png'></button>"
        " <span aria-hidden='true'><img src='/i/dot.png'></span></div>"
    )
    assert read(date_row=row).captions == ()


def test_a_source_after_the_credit_without_brackets_is_cut_off() -> None:
    closing = "<p style='text-align:right'><b>Hà Linh</b><br>Theo Báo Lạng Sơn</p>"
    article = read(text=TEXT + closing)
    assert article.byline == "Hà Linh"


def test_writers_listed_before_the_text_are_all_credited() -> None:
    names = (
        "<ul class='authors'><li class='author'><a href='/tac-gia/ha-anh'>Hà Anh</a></li>"
        "<li class='author'><a href='/tac-gia/quang-vinh'>Quang Vinh</a></li></ul>"
    )
    article = read(before=names)
    assert article.byline == "Hà Anh, Quang Vinh"
    assert article.authors == ("Hà Anh", "Quang Vinh")


# --- sections ------------------------------------------------------------------------------

MENU = (
    "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/thoi-su'>Thời sự</a></li>"
    "<li><a href='/kinh-te' {mark}>Kinh tế</a></li><li><a href='/xa-hoi'>Xã hội</a></li></ul></nav>"
)


def test_the_menu_s_current_section_names_the_section() -> None:
    marked = MENU.format(mark="aria-current='true'")
    assert read(above=marked, url=FLAT_URL).category == "Kinh tế"
    assert read(above=MENU.format(mark=""), url=FLAT_URL).category is None


def test_a_trail_labelled_from_outside_is_a_trail() -> None:
    trail = (
        "<span id='here' hidden>Bạn đang ở:</span><ol aria-labelledby='here'>"
        "<li><a href='/'>Trang chủ</a></li><li><a href='/x'>Xã hội</a></li></ol>"
    )
    assert read(above=trail, url=FLAT_URL).category == "Xã hội"


def test_a_date_as_the_trail_s_last_crumb_is_the_date_line() -> None:
    trail = (
        "<ol class='crumbs'><li><a href='/'>Trang chủ</a></li><li><a href='/xa-hoi'>Xã hội</a></li>"
        "<li>Thứ Hai, 07/02/2022 - 16:30</li></ol>"
    )
    article = read(above=trail, date_row="", url=FLAT_URL)
    assert article.dateline == "Thứ Hai, 07/02/2022 - 16:30"


def test_a_gallery_in_one_definition_list_pairs_each_picture_with_its_caption() -> None:
    gallery = (
        "<dl class='gallery'><dt><img src='/u/a.jpg'></dt><dd>Ảnh thứ nhất của hội nghị</dd>"
        "<dt><img src='/u/b.jpg'></dt><dd>Ảnh thứ hai của hội nghị</dd></dl>"
    )
    article = read(text=TEXT + gallery + TEXT)
    assert [(c.image_url.rsplit("/", 1)[1], c.text) for c in article.captions] == [
        ("a.jpg", "Ảnh thứ nhất của hội nghị"),
        ("b.jpg", "Ảnh thứ hai của hội nghị"),
    ]


# --- furniture pictures --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "icon"),
    [
        ("<div><img src='/images/icon-clock.png'></div>", True),
        ("<div><img src='/static/logo.svg?v=2'></div>", True),
        ("<div><img src='/skin/btn_share.gif'></div>", True),
        ("<div><button type='button'><img src='/i/zoom.png'></button></div>", True),
        ("<div><span aria-hidden='true'><img src='/i/dot.png'></span></div>", True),
        ("<div><a href='mailto:?subject=x'><img src='/i/m.png'></a></div>", True),
        ("<div><a href='javascript:window.print()'><img src='/i/p.png'></a></div>", True),
        ("<div><a href='#'><img src='/i/s.png' alt='Chia sẻ'></a></div>", True),
        ("<div><img src='/Uploads/2022/02/iconic-bridge.jpg'></div>", False),
        ("<div><img src='/Uploads/2022/02/logistics-center.jpg'></div>", False),
        ("<div><a href='javascript:void(0)'><img src='/Uploads/a.jpg'></a></div>", False),
        (
            "<div><a href='/Uploads/a-big.jpg'><img src='/Uploads/a.jpg' alt='Hội nghị'></a></div>",
            False,
        ),
    ],
)
def test_pictures_that_are_site_furniture(markup: str, icon: bool) -> None:
    from lxml import html

    from lso_crawler.parsers.captions import is_icon

    image = html.fromstring(markup).find(".//img")
    assert is_icon(image) is icon


def test_an_h1_repeating_a_menu_link_is_a_section_name_over_the_headline() -> None:
    menu = "<div class='menu'><a href='/'>Trang chủ</a> <a href='/thoi-su'>Thời sự</a></div>"
    page = (
        "<html><head><title>Thời sự - Cổng thông tin</title></head><body>"
        f"{menu}<div class='main'><h1>Thời sự</h1><h3>{HEADLINE}</h3>"
        f"<div class='row'>07/02/2022 16:30</div><div class='story'>{TEXT}</div></div>"
        "</body></html>"
    )
    assert parse_article(page, FLAT_URL, CAPTURED).title == HEADLINE
    # An h1 headline that happens to be linked elsewhere (a "most read" box) stays.
    linked = page.replace("<h1>Thời sự</h1><h3>", "<h1>").replace("</h3>", "</h1>")
    linked = linked.replace(menu, menu + f"<a href='/x-1.html'>{HEADLINE}</a>")
    assert parse_article(linked, FLAT_URL, CAPTURED).title == HEADLINE


def test_a_labelled_publication_date_in_the_trail_bar_is_the_date_line() -> None:
    bar = (
        "<div class='bar'><ul><li><a href='/'>Trang chủ</a></li><li><a href='/xa-hoi'>Xã hội"
        "</a></li></ul><span>Đăng lúc: 07/02/2022 16:30</span></div>"
    )
    article = read(above=bar, date_row="", url=FLAT_URL)
    assert article.dateline == "Đăng lúc: 07/02/2022 16:30"
    updated = bar.replace("Đăng lúc", "Cập nhật")
    assert read(above=updated, date_row="", url=FLAT_URL).dateline is None


def test_an_unconfirmed_zone_less_value_gives_way_to_a_later_zoned_one() -> None:
    ld = '{"@type": "NewsArticle", "headline": "x", "datePublished": "2022-02-07T09:30:12"}'
    head = (
        f'<script type="application/ld+json">{ld}</script>'
        '<meta property="article:published_time" content="2022-02-07T09:30:12Z">'
    )
    article = read(head=head, date_row="<div class='row'>07/02/2022</div>")
    assert article.published_at == "2022-02-07T16:30:12+07:00"


def test_a_declared_section_list_opening_with_the_news_root_names_the_next() -> None:
    ld = '{"@type": "NewsArticle", "headline": "x", "articleSection": ["Tin tức", "Kinh tế"]}'
    article = read(head=f'<script type="application/ld+json">{ld}</script>', url=FLAT_URL)
    assert article.category == "Kinh tế"


def author(name: str, slug: str) -> str:
    return (
        f"<div class='author'><img src='/a/{slug}.jpg' alt='{name}'>"
        f"<a href='/tac-gia/{slug}'>{name}</a><small>Phóng viên</small></div>"
    )


def test_author_cards_with_photos_credit_every_writer_and_show_no_pictures() -> None:
    cards = f"<div class='authors'>{author('Hà Anh', 'ha-anh')}{author('Quang Vinh', 'qv')}</div>"
    article = read(before=cards)
    assert article.byline == "Hà Anh, Quang Vinh"
    assert article.captions == ()


def test_author_cards_beside_a_share_box_still_credit_every_writer() -> None:
    share = "<div class='share'><a href='https://facebook.com/sharer'>Chia sẻ</a></div>"
    cards = f"<div class='authors'>{author('Hà Anh', 'ha-anh')}{author('Quang Vinh', 'qv')}"
    article = read(before=f"{cards}{share}</div>")
    assert article.authors == ("Hà Anh", "Quang Vinh")


def test_alike_items_beside_a_name_that_are_no_names_credit_only_the_name() -> None:
    row = (
        "<div class='row'><span class='meta'>Hà Anh</span><span class='meta'>07/02/2022 16:30"
        "</span><span class='meta'>Báo Lạng Sơn</span></div>"
    )
    assert read(date_row=row).byline == "Hà Anh"


def test_a_date_in_a_nav_declared_as_the_trail_is_the_date_line() -> None:
    trail = (
        "<nav aria-label='breadcrumb'><a href='/'>Trang chủ</a> › <a href='/xa-hoi'>Xã hội</a>"
        "<span>07/02/2022 16:30</span></nav>"
    )
    assert read(above=trail, date_row="", url=FLAT_URL).dateline == "07/02/2022 16:30"
    menu = trail.replace(" aria-label='breadcrumb'", "")
    assert read(above=menu, date_row="", url=FLAT_URL).dateline is None


def test_the_date_row_s_one_link_classed_as_the_category_names_the_section() -> None:
    row = "<div class='row'><a class='cat' href='/doi-song'>Đời sống</a> | 07/02/2022 16:30</div>"
    assert read(date_row=row, url=FLAT_URL).category == "Đời sống"
