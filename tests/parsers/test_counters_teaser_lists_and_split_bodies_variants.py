"""Variants of the counter, teaser-list and split-body page classes that real systems emit
and the tuning set does not show: counters and field rows in other spellings and shapes,
teaser lists with box summaries, labels without a colon, labelled sections printed as
paths, tags labelled before the text, zone-less declared times."""

from __future__ import annotations

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH
from tests.parsers.test_counters_teaser_lists_and_split_bodies import (
    CAPTURED,
    CREDIT,
    HEADLINE,
    TEXT,
    TEXTS,
    read,
)

# --- counters and field rows ---------------------------------------------------------


def test_a_counter_row_after_the_credit_leaves_the_credit_last() -> None:
    row = "<div><span>Lượt đọc:</span><div>1.234</div></div>"
    article = read(after=CREDIT + row)
    assert article.byline == "Tin, ảnh: Hoàng Tùng"
    assert "1.234" not in article.body


def test_a_definition_list_of_source_after_the_credit_is_no_text() -> None:
    row = "<dl><dt>Nguồn:</dt><dd>Báo Lạng Sơn</dd></dl>"
    article = read(after=CREDIT + row)
    assert article.byline == "Tin, ảnh: Hoàng Tùng"
    assert article.body == "\n\n".join(TEXTS[1:])


def test_an_author_field_row_after_the_text_is_the_credit_without_its_label() -> None:
    row = "<div><span>Tác giả:</span><div>Hoàng Tùng</div></div>"
    article = read(after=row)
    assert article.byline == "Hoàng Tùng"
    assert article.authors == ("Hoàng Tùng",)
    assert "Hoàng Tùng" not in article.body


def test_a_counter_with_an_icon_glyph_is_no_text() -> None:
    for counter in ("👁 1.234", "👁️ 306 lượt xem", "Đã xem: 88"):
        article = read(after=f"<p>{counter}</p>{CREDIT}")
        assert counter not in article.body, counter


# --- teaser lists ---------------------------------------------------------------------


def test_a_flat_teaser_list_with_box_summaries_is_no_text() -> None:
    teasers = "".join(
        f"<h4><a href='/bai-{n}.html'>Tin bài khác số {n} về hội nghị của tỉnh</a></h4>"
        f"<div>Tóm tắt của bài số {n}: các cấp, các ngành tích cực triển khai nhiều việc…</div>"
        for n in range(3)
    )
    article = read(after=f"{CREDIT}<div><h3>Tin cùng chuyên mục</h3>{teasers}</div>")
    assert article.body == "\n\n".join(TEXTS[1:])
    assert article.byline == "Tin, ảnh: Hoàng Tùng"


def test_a_linked_subheading_in_the_text_keeps_the_paragraph_after_it() -> None:
    # One linked subheading inside the text is no list of other articles.
    text = (
        f"<p>{TEXTS[0]}</p><p>{TEXTS[1]}</p>"
        "<h3><a href='/nghi-quyet-so-12.html'>Nghị quyết số 12 của Tỉnh ủy về phát triển</a></h3>"
        f"<p>{TEXTS[2]}</p><p>{TEXTS[3]}</p>"
    )
    article = read(text=text)
    assert TEXTS[2] in article.body


# --- date labels ----------------------------------------------------------------------


def test_a_date_label_without_a_colon_is_no_field_label() -> None:
    # As WordPress' "Đăng ngày <a>…</a>" is read: only a label with a colon is printed.
    row = "<div><span>Ngày đăng</span> <span>07/02/2022 16:30</span></div>"
    assert read(date_row=row).dateline == "07/02/2022 16:30"


def test_a_posted_label_in_english_stays_with_the_date() -> None:
    row = "<div><b>Posted on:</b> <span>07/02/2022 16:30</span></div>"
    assert read(date_row=row).dateline == "Posted on: 07/02/2022 16:30"


# --- sections and tags ----------------------------------------------------------------


def test_a_labelled_section_printed_as_a_path_names_the_section() -> None:
    after = f"{CREDIT}<div>Chuyên mục: Tin tức &gt;&gt; Kinh tế</div>"
    page = read(after=after)
    assert page.category == "Kinh tế"


def test_tags_labelled_before_the_text_are_the_tags() -> None:
    before = (
        "<div>Từ khóa: <a href='/tag/ma-tuy'>ma túy</a>, <a href='/tag/cao-loc'>Cao Lộc</a></div>"
    )
    assert read(before=before).tags == ("ma túy", "Cao Lộc")


# --- zone-less declared times ----------------------------------------------------------


def test_a_zone_less_json_ld_time_with_a_date_only_line_is_no_publication_time() -> None:
    ld = '{"@type": "NewsArticle", "headline": "x", "datePublished": "2022-02-07T09:30:00"}'
    article = read(
        head=f'<script type="application/ld+json">{ld}</script>',
        date_row="<div class='row'>07/02/2022</div>",
    )
    assert article.published_at is None
    assert article.dateline_date == "2022-02-07"


def test_a_date_label_and_date_in_a_definition_list() -> None:
    row = "<dl class='info'><dt>Ngày đăng:</dt><dd>07/02/2022 16:30</dd></dl>"
    article = read(date_row=row)
    assert article.dateline == "Ngày đăng: 07/02/2022 16:30"
    assert article.published_at == "2022-02-07T16:30:00+07:00"


def test_a_date_label_and_date_in_table_cells() -> None:
    row = "<table><tr><td>Ngày đăng:</td><td>07/02/2022 16:30</td></tr></table>"
    assert read(date_row=row).dateline == "Ngày đăng: 07/02/2022 16:30"


def test_a_view_path_of_links_names_the_section() -> None:
    path = (
        "<div class='path'><a href='/tin-tuc'>Tin tức</a> &gt;&gt; "
        "<a href='/tin-tuc/chinh-tri'>Chính trị</a></div>"
    )
    assert read(before="", date_row=path + "<div>07/02/2022 16:30</div>").category == "Chính trị"


def test_an_epoch_time_on_a_date_only_line_counts() -> None:
    row = "<div><span data-time='1644226200'>07/02/2022</span></div>"
    assert read(date_row=row).published_at == "2022-02-07T16:30:00+07:00"


def test_a_zone_less_minute_time_on_a_date_only_line_is_no_publication_time() -> None:
    row = "<div><time datetime='2022-02-07T09:30'>07/02/2022</time></div>"
    assert read(date_row=row).published_at is None


def test_a_body_split_over_deeply_wrapped_text_widgets_is_read_whole() -> None:
    def widget(inner: str) -> str:
        wrapped = f"<div class='widget-text'><div class='widget-container'>{inner}</div></div>"
        for level in range(4):
            wrapped = f"<div class='wrap-{level}'>{wrapped}</div>"
        return wrapped

    picture = (
        "<div class='widget-image'><figure><img src='/a.jpg'>"
        "<figcaption>Quang cảnh hội nghị</figcaption></figure></div>"
    )
    text = (
        widget(f"<p>{TEXTS[0]}</p><p>{TEXTS[1]}</p>")
        + picture
        + widget("".join(f"<p>{t}</p>" for t in TEXTS[2:]) + CREDIT)
    )
    article = read(text=text)
    assert article.lead == TEXTS[0]
    assert article.body == "\n\n".join(TEXTS[1:])
    assert [c.text for c in article.captions] == ["Quang cảnh hội nghị"]


def test_a_clock_time_in_pieces_of_markup_stays_one_time() -> None:
    row = "<div><span>07/02/2022</span> <span>16</span>:<span>30</span></div>"
    article = read(date_row=row)
    assert article.published_at == "2022-02-07T16:30:00+07:00"


# --- counters as icons, tools, ratings and notes around the text -------------------------

BODY = "\n\n".join(TEXTS[1:])


def test_a_counter_shown_as_an_icon_and_a_number_is_no_text() -> None:
    for counter in (
        "<div><i class='fa fa-eye'></i> 306</div>",
        "<span><svg viewBox='0 0 1 1'><path d='M0'/></svg> 1.234</span>",
        "<p><span class='icon-heart'></span>12</p>",
    ):
        article = read(before=counter)
        assert article.lead == TEXTS[0], counter
        assert article.body == BODY, counter


def test_the_pages_tools_after_the_credit_are_no_text() -> None:
    for tools in (
        "<p><a href='#top'>Lên đầu trang</a></p>",
        "<p><a href='javascript:history.back()'>Quay lại</a></p>",
        "<div>In trang | Gửi email | Lên đầu trang</div>",
        "<div>Bình luận (0)</div>",
        "<div>Đánh giá bài viết: ★★★★☆ (12 lượt)</div>",
    ):
        article = read(after=CREDIT + tools)
        assert article.body == BODY, tools
        assert article.byline == "Tin, ảnh: Hoàng Tùng", tools


def test_a_line_of_tags_after_the_credit_is_no_text() -> None:
    tags = "<div><strong>Tags:</strong> <span>#ma túy</span> <span>#Công an tỉnh</span></div>"
    article = read(after=CREDIT + tags)
    assert article.body == BODY
    assert article.tags == ("ma túy", "Công an tỉnh")


def test_a_newsletters_view_in_browser_note_is_no_lead() -> None:
    for note in ("Xem email này trên trình duyệt", "View this email in your browser"):
        article = read(before=f"<p>{note}</p>")
        assert article.lead == TEXTS[0], note
        assert article.body == BODY, note


def test_a_sentence_opening_with_a_tool_word_stays_text() -> None:
    closing = "<p>In lại tài liệu là việc làm cần thiết của các cơ quan trong năm 2022.</p>"
    assert "In lại tài liệu" in read(after=closing).body


def test_a_long_view_path_over_the_heading_names_its_section() -> None:
    # "Tin tức - Sự kiện >> Thời sự" is six words; the section it names is two.
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='main'>"
        f"<div>Tin tức - Sự kiện &gt;&gt; Thời sự</div><h1>{HEADLINE}</h1>"
        f"<div>07/02/2022 16:30</div>{TEXT}</div></body></html>"
    )
    assert parse_article(page, CURRENT_URL, CAPTURED).category == "Thời sự"


# --- bodies split without class names; styled runs parted by <br>s ------------------------

PICTURE = "<div><img src='/a.jpg'><p><em>Quang cảnh hội nghị</em></p></div>"
DATED_HEADING = f"<h1>{HEADLINE}</h1><div>07/02/2022 16:30</div>"


def _page(inner: str) -> Article:
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a></div>"
        f"<div class='page'>{inner}</div><div class='foot'><p>Cổng thông tin</p></div>"
        "</body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_a_body_split_by_a_picture_into_boxes_without_class_is_read_whole() -> None:
    for box in ("div", "section"):
        first = f"<{box}>{_paragraphs(TEXTS[:2])}</{box}>"
        second = f"<{box}>{_paragraphs(TEXTS[2:])}{CREDIT}</{box}>"
        article = _page(f"{DATED_HEADING}<div>{first}{PICTURE}{second}</div>")
        assert article.lead == TEXTS[0], box
        assert article.body == BODY, box
        assert [c.text for c in article.captions] == ["Quang cảnh hội nghị"], box


def test_a_body_split_into_numbered_boxes_is_read_whole() -> None:
    first = f"<div class='text w-1'>{_paragraphs(TEXTS[:2])}</div>"
    second = f"<div class='text w-2'>{_paragraphs(TEXTS[2:])}{CREDIT}</div>"
    article = _page(f"{DATED_HEADING}<div>{first}{PICTURE}{second}</div>")
    assert article.body == BODY


def test_a_body_split_over_table_rows_by_a_picture_row_is_read_whole() -> None:
    rows = (
        f"<tr><td>{DATED_HEADING}</td></tr><tr><td>{_paragraphs(TEXTS[:2])}</td></tr>"
        "<tr><td><img src='/a.jpg'><br><i>Quang cảnh hội nghị</i></td></tr>"
        f"<tr><td>{_paragraphs(TEXTS[2:])}{CREDIT}</td></tr>"
    )
    article = _page(f"<table>{rows}</table>")
    assert article.lead == TEXTS[0]
    assert article.body == BODY


def test_a_lead_box_of_another_shape_across_a_picture_is_no_piece_of_the_body() -> None:
    header = "<div class='meta'><span>Chính trị</span></div>"
    boxes = (
        f"<div class='summary'><p>{TEXTS[0]}</p></div>{PICTURE}"
        f"<div class='content'>{_paragraphs(TEXTS[1:])}{CREDIT}</div>"
    )
    article = _page(f"<div class='article'>{DATED_HEADING}{header}{boxes}</div>")
    assert article.body == BODY


def test_styled_runs_parted_by_double_breaks_are_the_text() -> None:
    runs = "<div>" + "<br><br>".join(f"<span style='font-size:14px'>{t}</span>" for t in TEXTS)
    article = read(text=runs + "</div>", after=CREDIT)
    assert article.lead == TEXTS[0]
    assert article.body == BODY


# --- reading aids over the text, footers under it ----------------------------------------


def test_reading_aids_over_the_text_are_neither_lead_nor_text() -> None:
    for aid in (
        "<div>⏱ 3 phút đọc</div>",
        "<div>Thời gian đọc: 5 phút</div>",
        "<div>Nghe bài viết <span>00:00</span></div>",
        "<div>Cỡ chữ: A- A A+</div>",
    ):
        article = read(before=aid)
        assert article.lead == TEXTS[0], aid
        assert article.body == BODY, aid


def test_a_sentence_about_reading_stays_text() -> None:
    line = "<p>Nghe bài viết của phóng viên, nhiều người dân đã đến tham quan lễ hội.</p>"
    assert "Nghe bài viết của phóng viên" in read(after=line).body


def test_footers_copied_under_the_text_are_closing_notes() -> None:
    for footer in (
        "<p>© 2022 Báo Lạng Sơn. Bản quyền thuộc về Báo Lạng Sơn.</p>",
        "<p>Bạn nhận được email này vì đã đăng ký nhận bản tin. <a href='#'>Hủy đăng ký</a></p>",
        "<p>URL: https://baolangson.vn/abc-5071654.html</p>",
    ):
        article = read(after=CREDIT + footer)
        assert article.body == BODY, footer
        assert article.byline == "Tin, ảnh: Hoàng Tùng", footer


def test_a_section_declared_as_a_path_names_the_section_past_the_news_root() -> None:
    ld = '{"@type": "NewsArticle", "headline": "x", "articleSection": "Tin tức > Thời sự"}'
    article = read(head=f'<script type="application/ld+json">{ld}</script>')
    assert article.category == "Thời sự"
    meta = '<meta property="article:section" content="Tin tức » Kinh tế">'
    assert read(head=meta).category == "Kinh tế"


def test_an_author_field_row_between_the_date_and_the_text_is_the_credit() -> None:
    row = "<div>07/02/2022 16:30</div><div><span>Tác giả:</span><div>Hoàng Tùng</div></div>"
    article = read(date_row=row)
    assert article.byline == "Hoàng Tùng"
    assert article.lead == TEXTS[0]
    assert article.body == BODY


# --- unlinked tag chips before the text --------------------------------------------------


def test_unlinked_tag_chips_before_the_text_are_tags_not_the_lead() -> None:
    for chips in (
        "<div class='tags'><span>ma túy</span><span>Cao Lộc</span></div>",
        "<ul aria-label='Từ khóa'><li>ma túy</li><li>Cao Lộc</li></ul>",
        "<div><span>#ma túy</span> <span>#Cao Lộc</span></div>",
    ):
        article = read(before=chips)
        assert article.tags == ("ma túy", "Cao Lộc"), chips
        assert article.lead == TEXTS[0], chips
        assert article.body == BODY, chips


def test_a_short_list_opening_the_text_is_no_tag_box() -> None:
    items = "<ul><li>Hội nghị tỉnh ủy</li><li>Hội nghị cử tri</li></ul>"
    assert read(before=items).tags == ()


def test_a_closing_sentence_about_copyright_stays_text() -> None:
    line = "<p>Bản quyền tác giả cần được các cơ quan, đơn vị tôn trọng và bảo vệ.</p>"
    assert "Bản quyền tác giả" in read(after=line).body


def test_a_teaser_list_of_bold_link_lines_and_summaries_is_no_text() -> None:
    teasers = "".join(
        f"<p><a href='/bai-{n}.html'><strong>Tin bài khác số {n} về hội nghị của tỉnh</strong>"
        f"</a></p><p>Tóm tắt của bài số {n}: các cấp, các ngành triển khai nhiều việc…</p>"
        for n in range(3)
    )
    article = read(after=f"{CREDIT}<div><p><b>Tin khác</b></p>{teasers}</div>")
    assert article.body == BODY
    assert article.byline == "Tin, ảnh: Hoàng Tùng"


def test_long_paragraphs_after_bold_link_lines_stay_text() -> None:
    long = f"{PARAGRAPH} {PARAGRAPH} {PARAGRAPH} {PARAGRAPH}"
    text = "".join(
        f"<p><a href='/nq-{n}.html'><b>Nghị quyết số {n} của Tỉnh ủy về phát triển</b></a></p>"
        f"<p>{long} Đoạn {n}.</p>"
        for n in range(2)
    )
    article = read(text=f"<p>{TEXTS[0]}</p>{text}")
    assert f"{long} Đoạn 1." in article.body


def test_a_body_split_by_an_embedded_player_into_boxes_without_class_is_read_whole() -> None:
    # Most of the text before the video, one short paragraph and the credit after it.
    last = "Vụ việc đang được điều tra, xử lý theo quy định."
    for player in (
        "<iframe src='https://www.youtube-nocookie.com/embed/abc' allowfullscreen></iframe>",
        "<video controls src='/media/clip.mp4'></video>",
    ):
        first = f"<div>{_paragraphs(TEXTS[:4])}</div>"
        second = f"<div><p>{last}</p>{CREDIT}</div>"
        article = _page(f"{DATED_HEADING}<div>{first}<div>{player}</div>{second}</div>")
        assert article.body == "\n\n".join([*TEXTS[1:4], last]), player
        assert article.byline == "Tin, ảnh: Hoàng Tùng", player
