"""The general reader on an article forwarded by e-mail: the subject's forward marks and
the sender's `[Site]` tag are not the headline, and the headline the mail shows as a link
to the article itself is the page's heading."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.reposted_titles import without_subject_marks
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def test_forward_marks_and_site_tag_leave_the_headline() -> None:
    assert without_subject_marks("Fwd: [Báo Lạng Sơn] Chợ phiên") == "Chợ phiên"
    assert without_subject_marks("Re: Fwd: Chợ phiên vùng cao") == "Chợ phiên vùng cao"
    assert without_subject_marks("TL: [Góc nhỏ của tôi] Chợ phiên") == "[Góc nhỏ của tôi] Chợ phiên"
    assert without_subject_marks("Fwd:") == "Fwd:"


def test_the_headline_linked_to_the_article_is_the_heading() -> None:
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))
    page = (
        "<html><head><title>Hộp thư - Fwd: [Báo Lạng Sơn] Chợ phiên vùng cao</title></head>"
        "<body><table><tr><td><b>Fwd: [Báo Lạng Sơn] Chợ phiên vùng cao</b></td></tr></table>"
        "<div>Subject: [Báo Lạng Sơn] Chợ phiên vùng cao</div><table>"
        f"<tr><td><a href='{CURRENT_URL}'>Chợ phiên vùng cao</a></td></tr>"
        f"<tr><td>{text}</td></tr></table></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.title == "Chợ phiên vùng cao"
    assert article.body.startswith(PARAGRAPH)


def test_a_clipped_notes_title_gives_way_to_the_headline_shown_alone() -> None:
    # The page's heading is the note's title, the paper's <title> with its name after it;
    # the clip shows the headline alone in large bold type: that line is the heading, and
    # what follows it (the date line, then the text) is read as the article's.
    text = "<div><br/></div>".join(
        f'<div><span style="font-size:16px;">{PARAGRAPH} Đoạn {n}.</span></div>' for n in range(3)
    )
    page = (
        "<html><head><title>Chợ phiên vùng cao - Báo Lạng Sơn điện tử</title></head><body>"
        "<h1>Chợ phiên vùng cao - Báo Lạng Sơn điện tử</h1>"
        "<div>Created: Feb 7, 2022 8:14 PM</div><div class='clip'>"
        "<div><a href='https://baolangson.vn/van-hoa'>Văn hóa</a></div>"
        '<div><span style="font-size:26px;"><b>Chợ phiên vùng cao</b></span></div>'
        "<div><span>Thứ Sáu, 04/02/2022 09:56 [GMT+7]</span></div>"
        f"{text}</div></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.title == "Chợ phiên vùng cao"
    assert article.dateline == "Thứ Sáu, 04/02/2022 09:56 [GMT+7]"
    assert article.body.startswith(PARAGRAPH)


def test_a_heading_with_the_site_name_stays_without_a_line_showing_the_headline() -> None:
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(3))
    page = (
        "<html><head><title>Chợ phiên vùng cao - Báo Lạng Sơn</title></head><body>"
        f"<h1>Chợ phiên vùng cao - Báo Lạng Sơn</h1><div>{text}</div></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.title == "Chợ phiên vùng cao - Báo Lạng Sơn"
