"""The general reader on a page of positioned lines (a printed page converted to HTML): every
line an absolutely placed element whose position, typeface and size the style sheet declares,
read back as headline, sapo, paragraphs, credit and rubric by what the browser shows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml.html import tostring

from lso_crawler.parsers import ParseError, parse_article
from lso_crawler.parsers.document import load_document
from lso_crawler.parsers.positioned import MAX_LINES, article_document
from tests.parsers.small_pages import CURRENT_URL

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
# Column edges, the paragraph indent and the line pitch of the made-up print page.
LEFT, SECOND, INDENT, PITCH = 30.0, 330.0, 12.0, 15.0
TEXT = (
    "Sáng nay tại trung tâm huyện các hộ dân đã nhận giống cây ăn quả và được "
    "hướng dẫn kỹ thuật chăm sóc để nâng cao thu nhập trong mùa vụ tới"
)
TEXT_WORDS = TEXT.split(" ")


class PrintPage:
    """A made-up converted print page: placed lines with a class per position, size, face."""

    def __init__(self) -> None:
        self.css: list[str] = []
        self.lines: list[str] = []
        self.classes: dict[str, str] = {}

    def _class(self, prefix: str, declaration: str) -> str:
        if declaration not in self.classes:
            name = f"{prefix}{len(self.classes)}"
            self.classes[declaration] = name
            self.css.append(f".{name}{{{declaration}}}")
        return self.classes[declaration]

    def line(self, text: str, x: float, top: float, size: float, face: str = "serif") -> None:
        """One placed line, `size` in pixels."""
        classes = " ".join(
            (
                "ln",
                self._class("a", f"left:{x}px;"),
                self._class("b", f"top:{top}px;"),
                self._class("c", f"font-size:{size}px;"),
                self._class("d", f"font-family:{face};"),
            )
        )
        self.lines.append(f'<div class="{classes}">{text}</div>')

    def html(self, extra_css: str = "", extra_body: str = "") -> str:
        """The whole page."""
        sheet = "/* converted */ .ln{position:absolute;white-space:pre}" + "".join(self.css)
        return (
            "<html><head><meta charset='utf-8'><title>trang 5 ban in.indd</title>"
            f"<style>{sheet}{extra_css}</style></head><body>"
            "<div class='page'><img class='bg' src='/in/2022/02/04/trang5.png' alt=''>"
            f"{''.join(self.lines)}</div>{extra_body}</body></html>"
        )


def paragraph_lines(count: int, seed: int) -> list[str]:
    """`count` column lines of text (about a column wide), different for each `seed`."""
    words = TEXT_WORDS[seed:] + TEXT_WORDS[:seed]
    return [" ".join((words * 2)[(n * 9) % len(words) :][:9]) for n in range(count)]


def print_page(*, credit: tuple[str, float] | None = ("Minh Hà", 210.0)) -> PrintPage:
    """A folio, a two-line headline, a sapo, three paragraphs over two columns (the second
    column holding one line), a caption and a notice in small type, and a credit."""
    page = PrintPage()
    for text, x in (("5", LEFT), ("Kinh tế", 70.0), ("BÁO IN • Số 5001 • Thứ Sáu, 4-2-2022", 400)):
        page.line(text, x, 20.0, 9.0, "sans")
    page.line("Nông dân vùng cao", LEFT, 50.0, 30.0, "display")
    page.line("nhận giống cây ăn quả", LEFT, 85.0, 30.0, "display")
    page.line("Hơn 300 hộ dân ở các xã vùng cao của huyện đã nhận giống", LEFT, 125.0, 14.0)
    page.line("cây ăn quả và phân bón trong đợt hỗ trợ đầu năm.", LEFT, 142.0, 14.0)
    top = 170.0
    for index, text in enumerate(paragraph_lines(6, 0)):
        page.line(text, LEFT + (INDENT if index == 0 else 0.0), top + PITCH * index, 11.0)
    page.line("Người dân nhận giống cây tại", LEFT, top + PITCH * 6 + 120, 9.0, "italic")
    page.line("trụ sở xã", LEFT, top + PITCH * 7 + 120, 9.0, "italic")
    for index, text in enumerate(paragraph_lines(7, 3)):
        page.line(text, LEFT + (INDENT if index == 0 else 0.0), top + 250 + PITCH * index, 11.0)
    lines = paragraph_lines(6, 6)
    for index, text in enumerate(lines[:-1]):
        page.line(text, LEFT + (INDENT if index == 0 else 0.0), top + 400 + PITCH * index, 11.0)
    page.line(lines[-1], SECOND, top, 11.0)
    if credit:
        page.line(credit[0], SECOND + credit[1], top + PITCH, 11.0, "bold")
    page.line("QUẢNG CÁO", SECOND, 700.0, 9.0, "sans")
    page.line("Cần tuyển nhân viên kinh doanh", SECOND, 715.0, 9.0, "sans")
    return page


def read(page: PrintPage, **kwargs: str) -> object:
    return parse_article(page.html(**kwargs), CURRENT_URL, CAPTURED)


def expected_body() -> str:
    return "\n\n".join(
        " ".join(paragraph_lines(count, seed)) for count, seed in ((6, 0), (7, 3), (6, 6))
    )


def test_the_largest_type_is_the_headline_and_the_next_size_over_the_text_the_sapo() -> None:
    article = parse_article(print_page().html(), CURRENT_URL, CAPTURED)
    assert article.title == "Nông dân vùng cao nhận giống cây ăn quả"
    assert article.lead == (
        "Hơn 300 hộ dân ở các xã vùng cao của huyện đã nhận giống"
        " cây ăn quả và phân bón trong đợt hỗ trợ đầu năm."
    )
    assert article.parse_notes["layout"] == "positioned-lines"


def test_text_lines_join_into_paragraphs_at_indents_in_column_order() -> None:
    # The third paragraph ends in the second column, whose only text line opens it.
    article = parse_article(print_page().html(), CURRENT_URL, CAPTURED)
    assert article.body == expected_body()


def test_smaller_type_is_no_text_and_a_page_background_picture_no_caption() -> None:
    article = parse_article(print_page().html(), CURRENT_URL, CAPTURED)
    assert "trụ sở xã" not in article.body
    assert "QUẢNG CÁO" not in article.body
    assert article.captions == ()


def test_a_right_aligned_closing_line_of_names_is_the_credit() -> None:
    article = parse_article(print_page().html(), CURRENT_URL, CAPTURED)
    assert article.byline == "Minh Hà"
    assert article.authors == ("Minh Hà",)
    assert "Minh Hà" not in article.body


def test_a_line_set_apart_is_right_aligned_or_centred_by_where_it_would_end() -> None:
    right = article_document(load_document(print_page().html()))
    centred = article_document(load_document(print_page(credit=("* * *", 110.0)).html()))
    assert right is not None and centred is not None
    assert '<p align="right">Minh Hà</p>' in tostring(right, encoding=str)
    assert '<p align="center">* * *</p>' in tostring(centred, encoding=str)


def test_the_folio_rubric_above_the_headline_is_the_section_and_its_date_no_date_line() -> None:
    article = parse_article(print_page().html(), CURRENT_URL, CAPTURED)
    assert article.category == "Kinh tế"
    assert article.dateline is None
    assert article.dateline_date is None
    assert article.published_at is None


def test_print_media_rules_and_at_rules_do_not_change_what_the_screen_shows() -> None:
    # A print-only rule that would make every line the same size, and an unclosed comment.
    extra = "@media print{.c0,.c1,.c2,.c3,.c4{font-size:11px}}@font-face{font-family:x}/* cut"
    article = parse_article(print_page().html(extra_css=extra), CURRENT_URL, CAPTURED)
    assert article.title == "Nông dân vùng cao nhận giống cây ăn quả"
    assert article.body == expected_body()


def test_a_page_whose_text_is_mostly_not_in_placed_lines_is_read_as_usual() -> None:
    prose = "".join(f"<p>{' '.join(paragraph_lines(8, n))}.</p>" for n in range(12))
    page = print_page().html(extra_body=f"<article><h1>Bài khác</h1>{prose}</article>")
    assert article_document(load_document(page)) is None
    assert parse_article(page, CURRENT_URL, CAPTURED).title == "Bài khác"


def test_a_few_placed_boxes_are_no_print_page() -> None:
    page = PrintPage()
    for index in range(5):
        page.line(f"Nhãn {index}", 10.0 * index, 5.0, 30.0)
    assert article_document(load_document(page.html())) is None


@pytest.mark.parametrize(
    "value",
    ["9" * 400 + "px", "-" + "9" * 400 + "px", "1.2.3px", "NaNpx", "infpx", "", "12px !important"],
)
def test_hostile_positions_and_sizes_never_raise(value: str) -> None:
    page = print_page()
    extra = (
        f".a0{{left:{value}}}.c0{{font-size:{value}}}.b0{{top:{value}}}"
        f".ln{{transform:matrix({value},0,0,{value},0,0)}}"
    )
    try:
        parse_article(page.html(extra_css=extra), CURRENT_URL, CAPTURED)
    except ParseError as error:
        assert error.reason != "parser-error"


def test_more_lines_than_one_printed_page_holds_is_no_print_page() -> None:
    page = print_page()
    for index in range(MAX_LINES):
        page.line(f"Dòng {index} của một tài liệu dài", LEFT, 800.0 + index, 11.0)
    assert article_document(load_document(page.html())) is None
