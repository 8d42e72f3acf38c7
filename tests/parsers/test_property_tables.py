"""The general reader on a table of the article's properties (label and value rows naming
its source, section, publication date and author) set before the text, as a wiki or an
archive keeps a clipping: the rows are read as the fields they name, never as text."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 3, 1, 3, tzinfo=UTC)
LEAD = "LSO- Sáng 4/2, tỉnh tổ chức lễ ra quân đầu xuân trồng cây, bảo vệ rừng năm 2022."
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def properties(*rows: tuple[str, str]) -> str:
    """A two-column table, the label in a header cell, the value beside it."""
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return f"<div class='meta-table'><table><tbody>{cells}</tbody></table></div>"


ROWS = (
    ("Nguồn", "Báo Lạng Sơn"),
    ("Chuyên mục", "Kinh tế"),
    ("Ngày đăng", "04/02/2022 09:56"),
    ("Tác giả", "Bài, ảnh: Minh Châu"),
    ("Link gốc", f"<a href='{CURRENT_URL}'>{CURRENT_URL}</a>"),
)


def read(text: str) -> Article:
    """Parse a wiki-like page: a trail, the headline, an edit note with its date, the text."""
    page = (
        "<html><head><title>Ra quân trồng cây – Lưu trữ</title></head><body>"
        "<ol class='trail'><li><a href='/kho/'>Kho lưu trữ</a></li>"
        "<li><a href='/kho/2022'>2022</a></li></ol>"
        "<h1>Ra quân trồng cây đầu xuân</h1>"
        "<div class='note'>Sửa lần cuối bởi <a href='/u/lan'>Lan</a>, vào Mar 01, 2022</div>"
        f"<div class='wiki'>{text}</div>"
        "<div class='foot'><p>Kho lưu trữ của cơ quan</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_property_table_before_the_text_gives_its_fields_and_is_no_text() -> None:
    article = read(properties(*ROWS) + f"<p><strong>{LEAD}</strong></p>" + TEXT)
    assert article.dateline == "Ngày đăng 04/02/2022 09:56"
    assert article.dateline_date == "2022-02-04"
    assert article.published_at == "2022-02-04T09:56:00+07:00"
    assert article.byline == "Bài, ảnh: Minh Châu"
    assert article.authors == ("Minh Châu",)
    assert article.category == "Kinh tế"
    assert article.lead is not None and article.lead.startswith("Sáng 4/2")
    assert article.body.startswith(PARAGRAPH)
    assert "Chuyên mục" not in article.body and "Link gốc" not in article.body


def test_a_two_column_table_of_figures_in_the_text_stays_text() -> None:
    # Label and value rows that mostly name no property of the article (one dated row
    # aside) are the text's own table.
    figures = properties(
        ("Ngày", "04/02/2022"),
        ("Diện tích trồng mới", "1.200 ha"),
        ("Số cây phân tán", "500.000"),
        ("Tác giả", "Lâm trường Đình Lập"),
        ("Kinh phí", "3 tỷ đồng"),
    )
    article = read(f"<p><strong>{LEAD}</strong></p>" + TEXT + figures)
    assert "Diện tích trồng mới" in article.body and "Lâm trường Đình Lập" in article.body
    assert article.byline != "Lâm trường Đình Lập"
    assert article.dateline != "Ngày 04/02/2022"


def test_a_reposts_note_that_the_original_has_a_video_is_no_text() -> None:
    note = (
        "<div class='box'><span class='icon'></span>"
        "<p>Bài gốc có video, xem tại trang báo.</p></div>"
    )
    article = read(properties(*ROWS) + f"<p><strong>{LEAD}</strong></p>" + TEXT + note + TEXT)
    assert "video" not in article.body
    # A sentence of the text that mentions the original's video is text.
    told = "<p>Bài gốc có nhiều hình ảnh đẹp về lễ ra quân, được bạn đọc chia sẻ rộng rãi.</p>"
    assert "Bài gốc có nhiều" in read(TEXT + told + TEXT).body
