"""The general reader on classes of pages (met in the thirteenth tuning round): counters and
label-and-value rows in the text block, date labels in elements of their own, tag boxes
closing the text block, flat teaser lists, newsletter buttons and bodies split over layout
tables by picture blocks."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXTS = [f"{PARAGRAPH} Đoạn {n}." for n in range(5)]
TEXT = "".join(f"<p>{text}</p>" for text in TEXTS)
HEADLINE = "Tỉnh ủy triển khai nhiệm vụ trọng tâm năm 2022"
CREDIT = "<p style='text-align: right'><strong>Tin, ảnh: Hoàng Tùng</strong></p>"


def read(
    head: str = "",
    before: str = "",
    after: str = "",
    *,
    heading: str = f"<h1>{HEADLINE}</h1>",
    date_row: str = "<div class='row'>Thứ Hai - 07/02/2022 16:30</div>",
    text: str = TEXT,
    url: str = CURRENT_URL,
) -> Article:
    """Parse a page: `head` metas, `before` the text, `after` it (all in one text block)."""
    page = (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/chinh-tri/'>Chính trị</a></div>"
        f"<div class='main'>{heading}{date_row}{before}{text}{after}</div>"
        "<div class='foot'><p>Cổng thông tin điện tử huyện Cao Lộc</p></div></body></html>"
    )
    return parse_article(page, url, CAPTURED)


# --- counters and label-and-value rows -------------------------------------------------


def test_a_view_counter_row_before_the_text_is_neither_lead_nor_body() -> None:
    counter = "<div><div><span>Lượt xem:</span>\n<div>306</div></div></div>"
    article = read(before=counter)
    assert article.lead == TEXTS[0]
    assert "Lượt xem" not in article.body and "306" not in article.body


def test_counters_in_their_usual_spellings_are_no_text() -> None:
    for counter in ("Số lượt đọc: 1.234", "1.234 lượt xem", "Views: 12", "Lượt truy cập 88"):
        article = read(after=f"<p>{counter}</p>{CREDIT}")
        assert counter not in article.body, counter
        assert article.byline == "Tin, ảnh: Hoàng Tùng"


def test_a_source_row_of_label_and_value_after_the_credit_is_no_text() -> None:
    source = "<div><span>Nguồn tin:</span>\n<div>Báo Lạng Sơn điện tử</div></div>"
    article = read(after=CREDIT + source)
    assert article.byline == "Tin, ảnh: Hoàng Tùng"
    assert article.authors == ("Hoàng Tùng",)
    assert article.body == "\n\n".join(TEXTS[1:])


# --- date lines ----------------------------------------------------------------------


def test_a_date_label_in_an_element_of_its_own_stays_with_the_date() -> None:
    row = "<div><span>Ngày đăng:</span>\n<div>07/02/2022</div></div>"
    assert read(date_row=row).dateline == "Ngày đăng: 07/02/2022"


def test_a_credit_before_the_date_is_no_date_label() -> None:
    row = "<div><span>Tin, ảnh: Hoàng Tùng</span> <span>07/02/2022 16:30</span></div>"
    assert read(date_row=row).dateline == "07/02/2022 16:30"


# --- tags ----------------------------------------------------------------------------


def test_unlinked_tag_chips_under_a_label_heading_closing_the_text_block() -> None:
    tags = (
        "<div><div><h5>Từ khóa</h5></div>"
        "<span class='tag'>ma túy</span>\n<span class='tag'>Công an tỉnh</span></div>"
    )
    article = read(after=CREDIT + tags + "<div><h5>Tin khác</h5><ul><li>x</li></ul></div>")
    assert article.tags == ("ma túy", "Công an tỉnh")
    assert "ma túy" not in article.body


def test_one_unlinked_tag_under_a_label_heading() -> None:
    tags = "<div><div><h5>Từ khóa</h5></div><span class='tag'>học sinh giỏi</span></div>"
    assert read(after=CREDIT + tags).tags == ("học sinh giỏi",)


def test_one_value_listing_tags_under_a_label_is_split() -> None:
    tags = "<div><h5>Tags:</h5><span>ma túy; Công an tỉnh</span></div>"
    assert read(after=CREDIT + tags).tags == ("ma túy", "Công an tỉnh")


# --- other articles ------------------------------------------------------------------

TEASERS = "".join(
    f"<h3><a href='/bai-{n}.html'>Tin bài khác số {n} về hội nghị của tỉnh</a></h3>"
    f"<p>Tóm tắt của bài số {n}: các cấp, các ngành tích cực triển khai nhiều việc…</p>"
    for n in range(4)
)


def test_a_flat_teaser_list_under_its_label_is_no_text() -> None:
    box = f"<div><h2>Tin khác trong số này</h2>{TEASERS}</div>"
    article = read(after=CREDIT + box)
    assert article.body == "\n\n".join(TEXTS[1:])
    assert article.byline == "Tin, ảnh: Hoàng Tùng"


def test_a_flat_teaser_list_longer_than_the_text_is_not_chosen_as_the_text() -> None:
    short = "".join(f"<p>{text}</p>" for text in TEXTS[:2])
    many = "".join(
        f"<h3><a href='/bai-{n}.html'>Tin bài khác số {n} về hội nghị của tỉnh</a></h3>"
        f"<p>{PARAGRAPH} Tóm tắt {n}…</p>"
        for n in range(5)
    )
    article = read(text=short, after=f"<div class='other'><h2>Tin khác</h2>{many}</div>")
    assert article.lead == TEXTS[0]
    assert article.body == TEXTS[1]


def test_a_newsletter_button_to_the_paper_after_the_credit_is_no_text() -> None:
    for button in (
        "Đọc trên Báo Lạng Sơn điện tử",
        "Xem đầy đủ tại baolangson.vn",
        "Read on the paper",
    ):
        link = f"<p><a href='https://baolangson.vn/x-1.html'>{button}</a></p>"
        article = read(after=CREDIT + link)
        assert article.byline == "Tin, ảnh: Hoàng Tùng", button
        assert button not in article.body


# --- bodies split over layout tables -------------------------------------------------


def _text_table(inner: str) -> str:
    return (
        "<table class='text-block'><tbody><tr><td><table><tbody><tr><td class='content'>"
        f"{inner}</td></tr></tbody></table></td></tr></tbody></table>"
    )


def test_a_body_split_over_layout_tables_by_a_picture_block_is_read_whole() -> None:
    picture = (
        "<table class='picture-block'><tbody><tr><td><img src='/a.jpg'></td></tr>"
        "<tr><td><em>Quang cảnh hội nghị</em></td></tr></tbody></table>"
    )
    first = _text_table(f"<p>{TEXTS[1]}</p>")
    second = _text_table("".join(f"<p>{text}</p>" for text in TEXTS[2:]) + CREDIT)
    lead = _text_table(f"<h1>{HEADLINE}</h1><span>07/02/2022</span><p><b>{TEXTS[0]}</b></p>")
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><table><tr><td>"
        f"{lead}{first}{picture}{second}</td></tr></table></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.lead == TEXTS[0]
    assert article.body == "\n\n".join(TEXTS[1:])
    assert article.byline == "Tin, ảnh: Hoàng Tùng"


# --- tag links by address and place ----------------------------------------------------

CLOUD = (
    "<div class='side'><h4>Thẻ phổ biến</h4><ul>"
    "<li><a href='/tin-tuc/tag:Hữu Nghị'>Hữu Nghị</a></li>"
    "<li><a href='/tin-tuc/tag:Tỉnh ủy'>Tỉnh ủy</a></li></ul></div>"
)


def _with_sidebar(chips: str) -> Article:
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='cols'>"
        f"<div class='item'><h2>{HEADLINE}</h2><span>07/02/2022</span>{chips}"
        f"<div class='content'>{TEXT}</div></div>{CLOUD}</div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_tag_links_addressed_as_a_path_parameter_are_the_tags() -> None:
    chips = (
        "<span><a href='/tin-tuc/tag:ma túy'>ma túy</a>"
        "<a href='/tin-tuc/tag:Công an tỉnh'>Công an tỉnh</a></span>"
    )
    assert _with_sidebar(chips).tags == ("ma túy", "Công an tỉnh")


def test_the_sites_tag_cloud_is_no_tag_of_the_article() -> None:
    assert _with_sidebar("").tags == ()


# --- a text block opening with the heading group ---------------------------------------


def _tiles(opening: str) -> Article:
    # A site builder's page: the title in a tile of its own, the text tile after it
    # starting with the section and the date, every paragraph a `p > span`.
    lines = "".join(f"<p><span>{text}</span></p>" for text in TEXTS)
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        "<header><nav><a href='/'>Trang chủ</a> <a href='/goc-bao-chi'>Góc báo chí</a></nav>"
        f"</header><div role='main'><section><div><h1><span>{HEADLINE}</span></h1></div>"
        f"</section><section><div><div>{opening}{lines}</div></div></section></div>"
        "</body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_text_tile_opening_with_section_and_date_line_under_a_title_tile() -> None:
    article = _tiles(
        "<p><span>Chính trị</span></p><p><span>Đăng lúc 16:45 ngày 07/02/2022 (GMT+7)</span></p>"
    )
    assert article.dateline == "Đăng lúc 16:45 ngày 07/02/2022 (GMT+7)"
    assert article.published_at == "2022-02-07T16:45:00+07:00"
    assert article.category == "Chính trị"
    assert article.lead == TEXTS[0]
    assert article.body == "\n\n".join(TEXTS[1:])


def test_a_short_dated_first_sentence_of_the_text_is_no_date_line() -> None:
    article = _tiles("<p><span>Ngày 07/02/2022, tỉnh tổ chức hội nghị.</span></p>")
    assert article.dateline is None
    assert article.lead == "Ngày 07/02/2022, tỉnh tổ chức hội nghị."


# --- old pages: a view path, small type, <br><br> paragraphs ---------------------------


def _domino(path: str, text: str) -> Article:
    page = (
        f"<HTML><HEAD><TITLE>{HEADLINE}</TITLE></HEAD><BODY><TABLE><TR><TD>"
        f"<FONT SIZE=2><B>{path}</B></FONT><BR><BR>"
        f"<FONT SIZE=4><B>{HEADLINE}</B></FONT><BR>"
        "<FONT SIZE=1><I>Ngày đăng: 07/02/2022 16:30</I></FONT><BR><BR>"
        f"{text}</TD></TR></TABLE></BODY></HTML>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


SMALL_TEXT = (
    f"<FONT SIZE=2>{TEXTS[0]}</FONT><BR><BR>"
    "<DIV ALIGN=center><IMG SRC='https://baolangson.vn/uploads/2022/02/07/1.jpg'></DIV><BR>"
    f"<FONT SIZE=2>{TEXTS[1]}</FONT><BR><BR>"
    "<DIV ALIGN=center><IMG SRC='https://baolangson.vn/uploads/2022/02/07/2.jpg'><BR>"
    "<FONT SIZE=1><I>Quang cảnh hội nghị</I></FONT></DIV><BR>"
    f"<FONT SIZE=2>{TEXTS[2]}</FONT><BR><BR><FONT SIZE=2>{TEXTS[3]}</FONT>"
)


def test_a_view_path_printed_as_one_text_names_the_section_past_the_news_root() -> None:
    assert _domino("Tin tức &gt;&gt; Chính trị", SMALL_TEXT).category == "Chính trị"
    assert _domino("Trang chủ » Du lịch", SMALL_TEXT).category == "Du lịch"


def test_text_set_small_after_an_uncaptioned_picture_is_text_not_its_caption() -> None:
    article = _domino("Chính trị", SMALL_TEXT)
    assert [c.text for c in article.captions] == [None, "Quang cảnh hội nghị"]
    assert TEXTS[1] in article.body


# --- zone-less machine times on the date line -------------------------------------------


def test_a_zone_less_time_on_a_date_line_printing_no_clock_time_is_no_publication_time() -> None:
    row = "<div><time datetime='2022-02-07 09:30:00'>7 thg 2, 2022</time></div>"
    article = read(date_row=row)
    assert article.dateline == "7 thg 2, 2022"
    assert article.published_at is None


def test_a_zone_less_time_the_printed_clock_time_confirms_counts() -> None:
    row = "<div><span title='2022-02-07 16:30:00'>07/02/2022 16:30</span></div>"
    assert read(date_row=row).published_at == "2022-02-07T16:30:00+07:00"


def test_a_zoned_time_on_a_date_line_printing_no_clock_time_counts() -> None:
    row = "<div><span title='2022-02-07T09:30:00Z'>07/02/2022</span></div>"
    assert read(date_row=row).published_at == "2022-02-07T16:30:00+07:00"
