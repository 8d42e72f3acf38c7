"""The general reader on classes of pages (met in the twelfth tuning round): creation and
zone-less times, a section-name `h1` over a smaller headline, chrome icons, `<base href>`,
definition-list captions, a source line after the credit, author cards, a date line in the
breadcrumb bar and sections shown only by the page's address."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
HEADLINE = "Tỉnh ủy triển khai nhiệm vụ trọng tâm năm 2022"


def read(
    head: str = "",
    before: str = "",
    after: str = "",
    *,
    heading: str = f"<h1>{HEADLINE}</h1>",
    date_row: str = "<div class='row'>Thứ Hai - 07/02/2022 16:30</div>",
    text: str = TEXT,
    above: str = "",
    url: str = CURRENT_URL,
) -> Article:
    """Parse a page: `head` metas, `above` the article, `before` the text, `after` it."""
    page = (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/chinh-tri/'>Chính trị</a></div>"
        f"{above}<div class='main'>{heading}{date_row}{before}"
        f"<div class='story'>{text}</div>{after}</div>"
        "<div class='foot'><p>Cổng thông tin điện tử huyện Cao Lộc</p></div></body></html>"
    )
    return parse_article(page, url, CAPTURED)


# --- times -----------------------------------------------------------------------------


def test_a_creation_time_is_not_the_publication_time() -> None:
    article = read(head='<meta name="DC.date.created" content="2022-02-07T09:12:44+07:00">')
    assert article.published_at == "2022-02-07T16:30:00+07:00"


def test_a_json_ld_creation_time_is_not_the_publication_time() -> None:
    ld = '{"@type": "NewsArticle", "headline": "x", "dateCreated": "2022-02-07T09:12:44+07:00"}'
    article = read(head=f'<script type="application/ld+json">{ld}</script>')
    assert article.published_at == "2022-02-07T16:30:00+07:00"


def test_a_zone_less_time_the_date_line_does_not_confirm_is_no_publication_time() -> None:
    # Naive UTC: 09:30 in the meta, 16:30 printed; no time printed at all gives none.
    meta = '<meta property="article:published_time" content="2022-02-07 09:30:12">'
    assert read(head=meta).published_at == "2022-02-07T16:30:00+07:00"
    undated = read(head=meta, date_row="<div class='row'>Thứ Hai - 07/02/2022</div>")
    assert undated.published_at is None
    assert undated.dateline_date == "2022-02-07"


def test_a_zone_less_time_the_date_line_confirms_keeps_its_seconds() -> None:
    for value in ("2022-02-07 16:30:12", "2022/02/07 16:30:12", "2022-02-07T16:30:12"):
        article = read(head=f'<meta name="pubdate" content="{value}">')
        assert article.published_at == "2022-02-07T16:30:12+07:00", value


def test_a_zoned_time_needs_no_confirmation() -> None:
    meta = '<meta property="article:published_time" content="2022-02-07T09:30:12Z">'
    undated = read(head=meta, date_row="<div class='row'>Thứ Hai - 07/02/2022</div>")
    assert undated.published_at == "2022-02-07T16:30:12+07:00"


# --- the headline under a section-name h1 ------------------------------------------------


SECTION_H1 = f"<h1>Tin tức – Sự kiện</h1><div class='news'><h3>{HEADLINE}</h3></div>"


def test_a_smaller_heading_the_declared_headline_names_wins_over_a_section_h1() -> None:
    article = read(head=f'<meta property="og:title" content="{HEADLINE}">', heading=SECTION_H1)
    assert article.title == HEADLINE


def test_a_smaller_heading_the_document_title_names_wins_over_a_section_h1() -> None:
    article = read(heading=SECTION_H1)  # <title> is the headline, no og:title
    assert article.title == HEADLINE


def test_an_h1_the_declared_headline_names_keeps_its_place() -> None:
    heading = f"<h1>{HEADLINE}</h1><h3>Tin tức – Sự kiện</h3>"
    assert read(heading=heading).title == HEADLINE
    # A sub-heading repeating the headline further down does not displace the h1.
    article = read(
        head=f'<meta property="og:title" content="{HEADLINE}">', after=f"<h3>{HEADLINE}</h3>"
    )
    assert article.title == HEADLINE


# --- pictures: chrome icons, the document's base, definition lists ----------------------

PICTURE = "<div class='pic'><img src='/Uploads/2022/02/anh-1.jpg' alt=''></div>"
CAPTION = "<div class='cap'><em>Quang cảnh hội nghị tại thành phố Lạng Sơn</em></div>"


def test_the_print_and_mail_buttons_under_the_headline_are_no_pictures() -> None:
    tools = (
        "<span class='tools'><a href='javascript:window.print()' title='In trang'>"
        "<img src='/images/print.png' alt='In'></a> <a href='mailto:?subject=x'>"
        "<img src='/images/email.png' alt='Email'></a> <a href='#'>"
        "<img src='/images/share.png' alt='Chia sẻ'></a></span>"
    )
    article = read(date_row=f"<div class='row'>Thứ Hai - 07/02/2022 16:30 {tools}</div>")
    assert article.captions == ()


def test_a_picture_in_a_lightbox_link_is_still_a_picture() -> None:
    figure = (
        "<figure><a href='javascript:void(0)'><img src='/Uploads/a.jpg' alt=''></a>"
        "<figcaption>Quang cảnh hội nghị</figcaption></figure>"
    )
    article = read(text=TEXT + figure + TEXT)
    assert [c.image_url for c in article.captions] == ["https://baolangson.vn/Uploads/a.jpg"]


def test_relative_pictures_resolve_against_the_base_href() -> None:
    head = '<base href="https://cong.example.gov.vn/">'
    article = read(head=head, text=TEXT + PICTURE.replace("/Uploads", "Uploads") + CAPTION)
    assert [c.image_url for c in article.captions] == [
        "https://cong.example.gov.vn/Uploads/2022/02/anh-1.jpg"
    ]


def test_relative_pictures_of_a_copy_resolve_on_the_host_its_declared_picture_names() -> None:
    head = '<meta property="og:image" content="https://copy.example.org/Uploads/2022/02/anh-1.jpg">'
    second = "<div class='pic'><img src='/Uploads/2022/02/anh-2.jpg' alt=''></div>"
    article = read(head=head, text=TEXT + PICTURE + CAPTION + second + CAPTION)
    assert [c.image_url for c in article.captions] == [
        "https://copy.example.org/Uploads/2022/02/anh-1.jpg",
        "https://copy.example.org/Uploads/2022/02/anh-2.jpg",
    ]


def test_a_declared_picture_elsewhere_does_not_move_other_relative_pictures() -> None:
    # The declared picture is another file (a cover): the page's own address resolves.
    head = '<meta property="og:image" content="https://cdn.example.org/cover/194.jpg">'
    article = read(head=head, text=TEXT + PICTURE + CAPTION)
    assert [c.image_url for c in article.captions] == [
        "https://baolangson.vn/Uploads/2022/02/anh-1.jpg"
    ]


def test_a_definition_list_holds_a_picture_and_its_caption() -> None:
    figure = (
        "<dl class='captioned'><dt><img src='/Uploads/a.jpg' alt=''></dt>"
        "<dd>Quang cảnh hội nghị tại thành phố Lạng Sơn.</dd></dl>"
    )
    article = read(text=TEXT + figure + TEXT)
    assert [(c.image_url, c.text) for c in article.captions] == [
        ("https://baolangson.vn/Uploads/a.jpg", "Quang cảnh hội nghị tại thành phố Lạng Sơn.")
    ]
    assert "Quang cảnh" not in article.body


# --- sections ------------------------------------------------------------------------------

MENU = (
    "<ul class='nav'><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc'>Tin tức</a>"
    "<ul><li><a href='/tin-tuc/chuyen-muc/thoi-su'>Thời sự</a></li>"
    "<li><a href='/tin-tuc/chuyen-muc/du-lich'>Du lịch</a></li>"
    "<li><a href='/tin-tuc/chuyen-muc/kinh-te'>Kinh tế</a></li></ul></li>"
    "<li><a href='/blog/thoi-su-10'>Thời sự</a></li><li><a href='/blog/van-hoa-11'>Văn hóa</a>"
    "</li></ul>"
)
FLAT_URL = "https://baolangson.vn/hanh-trinh-hoi-nhap-5071654.html"


def section(
    above: str = "", date_row: str = "<div class='row'>07/02/2022 16:30</div>", head: str = ""
) -> str | None:
    """The category of a flat-addressed page with a section menu and `above` the article."""
    page = (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body>{MENU}{above}"
        f"<div class='main'><h1>{HEADLINE}</h1>{date_row}<div class='story'>{TEXT}</div>"
        "</div></body></html>"
    )
    return parse_article(page, FLAT_URL, CAPTURED).category


def test_a_trail_labelled_you_are_here_is_a_trail() -> None:
    trail = (
        "<div class='crumbs'>Bạn đang ở: <a href='/'>Trang chủ</a> <a href='/x'>Du lịch</a></div>"
    )
    assert section(above=trail) == "Du lịch"


def test_a_sub_menu_of_section_folders_names_no_section() -> None:
    trail = (
        "<div class='crumbs'><a href='/'>Trang chủ</a> » "
        "<a href='/tin-tuc/chuyen-muc/du-lich'>Du lịch</a></div>"
    )
    assert section(above=trail) == "Du lịch"
    assert section() is None  # the menu alone names every section, not this one


def test_the_folder_of_the_declared_address_names_the_section() -> None:
    canonical = (
        '<link rel="canonical" href="https://copy.example.vn/blog/thoi-su-10/hanh-trinh-194">'
    )
    assert section(head=canonical) == "Thời sự"
    og_url = '<meta property="og:url" content="https://copy.example.vn/blog/van-hoa-11/then-195">'
    assert section(head=og_url) == "Văn hóa"


def test_a_section_printed_as_plain_text_in_the_date_row() -> None:
    row = (
        "<p class='meta'><time>07/02/2022 16:30</time> "
        "<span class='news-category'>Chính trị</span></p>"
    )
    assert section(date_row=row) == "Chính trị"
    other = "<p class='meta'><time>07/02/2022 16:30</time> <span class='views'>Lượt xem</span></p>"
    assert section(date_row=other) is None


def test_a_trail_reaching_only_the_news_root_gives_way_to_other_evidence() -> None:
    trail = (
        "<ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/tin-tuc'>Tin tức</a></li></ol>"
    )
    row = (
        "<p class='meta'><time>07/02/2022 16:30</time> <span class='category'>Chính trị</span></p>"
    )
    assert section(above=trail, date_row=row) == "Chính trị"


RIGHT = "<p style='text-align:right'>"


# --- credits -------------------------------------------------------------------------------


def test_a_source_line_after_the_credit_in_one_paragraph_is_not_part_of_it() -> None:
    for closing in (
        f"{RIGHT}<strong>Bài, ảnh: Minh Ngọc</strong><br><em>(Theo baolangson.vn)</em></p>",
        f"{RIGHT}<strong>Bài, ảnh: Minh Ngọc</strong><br>Nguồn: Báo Lạng Sơn</p>",
    ):
        article = read(text=TEXT + closing)
        assert article.byline == "Bài, ảnh: Minh Ngọc", closing
        assert article.authors == ("Minh Ngọc",)


def test_a_bracketed_agency_after_the_name_stays_in_the_credit() -> None:
    from lso_crawler.parsers.bylines import credit_of_row

    assert credit_of_row("Minh Ngọc (TTXVN)") == "Minh Ngọc (TTXVN)"
    assert credit_of_row("(Theo TTXVN)") == "(Theo TTXVN)"


# --- a date line in the breadcrumb bar -----------------------------------------------------


def bar(date: str, extra: str = "") -> str:
    return (
        "<div class='crumb-bar'><ul><li><a href='/'><i class='home'></i></a></li>"
        f"<li><a href='/du-lich'>Du lịch</a></li></ul>{extra}<div class='t'>{date}</div></div>"
    )


def test_a_date_in_the_breadcrumb_bar_is_the_article_s_date_line() -> None:
    article = read(above=bar("Thứ Sáu, 04/02/2022 - 09:56"), date_row="")
    assert article.dateline == "Thứ Sáu, 04/02/2022 - 09:56"
    assert article.published_at == "2022-02-04T09:56:00+07:00"


def test_a_date_beside_more_than_a_trail_is_no_date_line() -> None:
    # Beside weather and a login link: a masthead's today date.
    weather = "<span>Lạng Sơn 14°C</span><a href='/dang-nhap'>Đăng nhập</a>"
    assert read(above=bar("Thứ Hai, 23/11/2026", weather), date_row="").dateline is None


def test_a_date_in_the_bar_that_is_not_the_declared_day_is_no_date_line() -> None:
    head = '<meta property="article:published_time" content="2022-02-04T09:56:00+07:00">'
    article = read(head=head, above=bar("Thứ Hai, 23/11/2026"), date_row="")
    assert article.dateline is None


# --- authors as separate cards ---------------------------------------------------------------


def card(name: str, slug: str) -> str:
    return (
        f"<div class='col'><div class='avatar'><a href='/authors/{slug}'><img src='/a/{slug}.jpg'"
        f" alt='{name}'></a><div class='intro' itemprop='author' itemscope"
        f" itemtype='https://schema.org/Person'><a href='/authors/{slug}'>"
        f"<span class='author-name' itemprop='name'>{name}</span></a>"
        "<small class='role'>Báo Lạng Sơn</small></div></div></div>"
    )


def test_writers_on_alike_cards_are_all_credited() -> None:
    cards = f"<div class='row'>{card('Mai Hương', 'mai-huong')}{card('Hữu Việt', 'huu-viet')}</div>"
    article = read(before=cards)
    assert article.byline == "Mai Hương, Hữu Việt"
    assert article.authors == ("Mai Hương", "Hữu Việt")


def test_a_single_card_credits_its_writer() -> None:
    article = read(before=f"<div class='row'>{card('Mai Hương', 'mai-huong')}</div>")
    assert article.byline == "Mai Hương"


# --- an Instant-View-like shell repeating the heading group -------------------------------


LEAD = (
    "Chiều 7/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt các nhiệm vụ trọng tâm năm 2022."
)


def shell(closing: str) -> Article:
    """A rendered header (headline, channel, time), then the editor's copy repeating the
    headline and the channel before the bold lead, the text and `closing`."""
    page = (
        f"<html><head><title>{HEADLINE} – Telegraph</title>"
        '<meta property="article:author" content="Kênh Tin Lạng Sơn"></head><body><main>'
        f"<header><h1>{HEADLINE}</h1><address><a rel='author' href='https://t.me/x'>"
        "Kênh Tin Lạng Sơn</a> <time datetime='2022-02-07T09:30:00+0000'>February 07, 2022"
        f"</time></address></header><article><h1>{HEADLINE}<br></h1><address>"
        f"<a href='https://t.me/x'>Kênh Tin Lạng Sơn</a><br></address><p><strong>{LEAD}</strong>"
        f"</p>{TEXT}{closing}</article></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_repeated_headline_and_channel_are_neither_lead_nor_text() -> None:
    article = shell("<p><em>Bài, ảnh: Thu Hà</em></p>")
    assert article.title == HEADLINE
    assert article.lead == LEAD
    assert article.body.startswith(PARAGRAPH)
    assert "Kênh Tin" not in article.body
    assert article.byline == "Bài, ảnh: Thu Hà"


def test_a_last_line_of_just_a_name_in_italics_is_the_credit() -> None:
    article = shell(
        "<p><em>Thu Hà</em></p><p><a href='https://baolangson.vn/x.html'>Đọc bài gốc</a></p>"
    )
    assert article.byline == "Thu Hà"
    assert not article.body.endswith("Thu Hà")
