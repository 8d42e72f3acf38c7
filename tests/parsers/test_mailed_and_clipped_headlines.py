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
