"""Credit lines and the author names in them."""

from __future__ import annotations

import pytest

from lso_crawler.parsers.bylines import (
    authors_from_byline,
    credit_of_row,
    looks_like_byline,
    merge_names,
)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Tin, ảnh: Hoàng Tùng", ("Hoàng Tùng",)),
        ("Bài: Minh Hằng - Ảnh: Trung Kiên", ("Minh Hằng", "Trung Kiên")),
        ("Bài, ảnh: Nông Thị Hà", ("Nông Thị Hà",)),
        ("Bài và ảnh: Lương Thị Hương (CTV)", ("Lương Thị Hương",)),
        ("ĐẶNG DŨNG", ("Đặng Dũng",)),
        ("HOÀNG TÙNG - MINH HẰNG", ("Hoàng Tùng", "Minh Hằng")),
        ("Minh Hằng, Trung Kiên và Hoàng Tùng", ("Minh Hằng", "Trung Kiên", "Hoàng Tùng")),
        ("Nhóm PV: Hoàng Tùng, Minh Hằng", ("Hoàng Tùng", "Minh Hằng")),
        ("Bài: Hoàng Tùng - Ảnh: Hoàng Tùng", ("Hoàng Tùng",)),
        ("Video: Trung Kiên.", ("Trung Kiên",)),
        ("Theo TTXVN", ("TTXVN",)),
        ("Tin,\u00a0ảnh:  Hoàng Tùng", ("Hoàng Tùng",)),
        ("", ()),
        (None, ()),
    ],
)
def test_authors_from_byline(byline: str | None, authors: tuple[str, ...]) -> None:
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize(
    "text",
    [
        "Tin, ảnh: Hoàng Tùng",
        "Bài: Minh Hằng - Ảnh: Trung Kiên",
        "ĐẶNG DŨNG",
        "Theo TTXVN",
        "Bài và ảnh: Lương Thị Hương",
    ],
)
def test_credit_lines_are_bylines_wherever_they_stand(text: str) -> None:
    assert looks_like_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "Theo báo cáo của Sở Y tế, năm nay số ca mắc giảm mạnh.",
        "Tại hội nghị đại diện Ban Dân vận các huyện, thành phố ký giao ước thi đua.",
        "(Còn nữa)",
        "LSO-",
        "LSO -",
        "(TTXVN) –",
        "Ảnh:",
        "Tin, ảnh: " + "Hoàng Tùng " * 20,
        "",
    ],
)
def test_article_sentences_are_not_bylines(text: str) -> None:
    assert not looks_like_byline(text, hinted=True)


@pytest.mark.parametrize("text", ["Minh Hằng, Trung Kiên và Hoàng Tùng", "Hoàng Tùng", "HÀ"])
def test_a_plain_name_is_a_byline_only_where_the_page_sets_it_apart(text: str) -> None:
    assert looks_like_byline(text, hinted=True)
    assert not looks_like_byline(text)


def test_merge_names_keeps_the_first_spelling() -> None:
    assert merge_names(["Hoàng Tùng"], ["HOÀNG TÙNG", "Minh Hằng"]) == ("Hoàng Tùng", "Minh Hằng")


@pytest.mark.parametrize(
    "text",
    [
        "Theo dõi Báo Lạng Sơn trên Google News",
        "Đăng ký nhận bản tin",
        "Follow Báo Lạng Sơn",
        "Báo Lạng Sơn trên Zalo",
        "Chia sẻ",
    ],
)
def test_a_call_to_follow_or_subscribe_is_never_a_credit(text: str) -> None:
    assert not looks_like_byline(text, hinted=True)
    assert authors_from_byline(text) == ()


@pytest.mark.parametrize(
    ("row", "credit"),
    [
        ("Tin, ảnh: Hoàng Tùng · Nguồn: Báo Lạng Sơn · 10 năm trước", "Tin, ảnh: Hoàng Tùng"),
        ("Bài: Mai Hương - Ảnh: Hữu Việt · Nguồn: Báo Lạng Sơn", "Bài: Mai Hương - Ảnh: Hữu Việt"),
        ("Nguồn: Báo Lạng Sơn | Bài và ảnh: Vi Thảo | 08:30 23/04/2021", "Bài và ảnh: Vi Thảo"),
        ("Thu Hà – 2 giờ trước – 1.234 lượt xem", "Thu Hà"),
        ("Hoàng Tùng (TTXVN) · Thứ Sáu, 04/02/2022", "Hoàng Tùng (TTXVN)"),
        ("HOÀNG TÙNG - MINH HẰNG", "HOÀNG TÙNG - MINH HẰNG"),
        ("Theo TTXVN", "Theo TTXVN"),
    ],
)
def test_a_credit_row_gives_its_credit_not_its_source_time_or_counts(row: str, credit: str) -> None:
    assert credit_of_row(row) == credit
    assert authors_from_byline(row) == authors_from_byline(credit)


def test_a_plain_name_beside_a_source_line_is_a_credit() -> None:
    assert looks_like_byline("Thu Hà · Nguồn: Báo Lạng Sơn · 4 năm trước")
    assert not looks_like_byline("Thời Sự · 2 giờ trước")


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("Tin, ảnh: Trung úy NGUYỄN CHUNG", ("Nguyễn Chung",)),
        ("Thiếu tá ĐẶNG DŨNG", ("Đặng Dũng",)),
        ("Đại úy Lan Hương - Thượng úy Minh Ngọc", ("Lan Hương", "Minh Ngọc")),
    ],
)
def test_a_rank_before_a_name_is_a_title_not_the_name(
    credit: str, authors: tuple[str, ...]
) -> None:
    assert looks_like_byline(credit, hinted=True)  # a bold or right-set last line
    assert authors_from_byline(credit) == authors
