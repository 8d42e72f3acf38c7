"""The general reader on an entry split into its body and a "read more" box beside it (a
blog's excerpt and extended text): the two boxes are one text; a sapo box before the text
and a one-line notice after it are not."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import read_capture
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
LEAD = "Sáng 4/2, huyện tổ chức lễ ra quân đầu xuân trồng cây gây rừng năm 2022."


def _page(entry: str) -> str:
    return (
        "<html><head><title>Ra quân trồng cây đầu xuân - Blog quê</title></head><body>"
        '<div><a href="/">Blog quê</a></div><div><div><div>'
        "<h1>Ra quân trồng cây đầu xuân</h1><div>Đăng bởi quản trị | 04/02/2022</div>"
        f"<div>{entry}</div>"
        '<div><h4>Chuyên mục:</h4><ul><li><a href="/moi-truong/">Môi trường</a></li></ul></div>'
        "</div></div>"
        '<div><h3>Bài mới</h3><ul><li><a href="/a.html">Một bài khác của blog quê</a></li>'
        '<li><a href="/b.html">Thêm một bài khác nữa của blog</a></li></ul></div>'
        "</div></body></html>"
    )


def test_a_read_more_box_after_the_body_goes_on_with_the_text() -> None:
    # The excerpt box holds the sapo and two paragraphs; the "more" box one paragraph and
    # the credit with the source after a line break.
    entry = (
        f'<div class="body"><p><strong>LSO- {LEAD}</strong></p>'
        f"<p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p></div>"
        f'<div class="more"><p>Đoạn ba. {PARAGRAPH[:90]}</p>'
        "<p><strong>Bài, ảnh: Hà Linh</strong><br>Nguồn: Báo Lạng Sơn</p></div>"
    )
    article = read_capture(_page(entry), CURRENT_URL, CAPTURED).article
    assert article.lead == LEAD
    assert article.body.split("\n\n") == [
        f"Đoạn một. {PARAGRAPH}",
        f"Đoạn hai. {PARAGRAPH}",
        f"Đoạn ba. {PARAGRAPH[:90]}",
    ]
    assert article.byline == "Bài, ảnh: Hà Linh"


def test_line_break_paragraphs_go_on_in_the_box_after_a_shorter_first_box() -> None:
    # Paragraphs as <br> pairs: the first box (sapo and one paragraph) is shorter than the
    # extended box, which the density picks; the first box still opens the text.
    first = f"<strong>LSO- {LEAD}</strong><br><br>Đoạn một. {PARAGRAPH}"
    rest = "<br><br>".join(f"Đoạn {n}. {PARAGRAPH}" for n in ("hai", "ba", "bốn"))
    entry = f'<div class="body">{first}</div><div class="extended">{rest}</div>'
    article = read_capture(_page(entry), CURRENT_URL, CAPTURED).article
    assert article.lead == LEAD
    assert [p.split(".")[0] for p in article.body.split("\n\n")] == [
        "Đoạn một",
        "Đoạn hai",
        "Đoạn ba",
        "Đoạn bốn",
    ]


def test_a_sapo_box_before_and_a_notice_line_after_stay_out_of_the_text() -> None:
    # One paragraph in its own box before the text is its sapo; one line after it, a notice.
    entry = (
        f'<div class="sapo"><p>LSO- {LEAD} {PARAGRAPH[:60]}</p></div>'
        f'<div class="text"><p>Đoạn một. {PARAGRAPH}</p><p>Đoạn hai. {PARAGRAPH}</p></div>'
        '<div class="notice">Sửa lần cuối bởi quản trị vào 05/02/2022 lúc 08:00, tổng 1 lần.</div>'
    )
    article = read_capture(_page(entry), CURRENT_URL, CAPTURED).article
    assert article.body.split("\n\n") == [f"Đoạn một. {PARAGRAPH}", f"Đoạn hai. {PARAGRAPH}"]
    assert article.lead == f"{LEAD} {PARAGRAPH[:60]}"
