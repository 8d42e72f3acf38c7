"""The general reader on a credit that signs off, in the same line, with the paper it comes
from in brackets ("Tin, ảnh: Hải Yến (Báo Lạng Sơn)"): the byline is the credit without the
sign-off, while a role in brackets after a name ("Hải Yến (PV)") stays part of it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.bylines import credit_of_row
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH, repost_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))


def read(closing: str) -> Article:
    """Parse a news site's repost: the headline, the sapo, the text and its closing line."""
    return parse_article(
        repost_page(f"<p style='text-align:right'>{closing}</p>"), CURRENT_URL, CAPTURED
    )


@pytest.mark.parametrize(
    ("closing", "byline", "authors"),
    [
        ("<b>Tin, ảnh: Hải Yến</b> <i>(Báo Lạng Sơn)</i>", "Tin, ảnh: Hải Yến", ("Hải Yến",)),
        ("<b>LƯƠNG HÀ</b> (Tạp chí Dân tộc)", "LƯƠNG HÀ", ("Lương Hà",)),
        (
            "<b>Bài: Hải Yến - Ảnh: Đức Huy</b> [nongnghiep.vn]",
            "Bài: Hải Yến - Ảnh: Đức Huy",
            ("Hải Yến", "Đức Huy"),
        ),
    ],
)
def test_the_paper_signing_off_after_the_credit_is_not_part_of_it(
    closing: str, byline: str, authors: tuple[str, ...]
) -> None:
    article = read(closing)
    assert (article.byline, article.authors) == (byline, authors)
    assert article.body.endswith("Đoạn 3.")


def test_a_role_in_brackets_after_a_name_stays_in_the_credit() -> None:
    assert credit_of_row("Hải Yến (PV)") == "Hải Yến (PV)"
    assert credit_of_row("Hải Yến (PV) - Đức Huy (PV)") == "Hải Yến (PV) - Đức Huy (PV)"
    assert read("<b>Hải Yến (PV)</b>").byline == "Hải Yến (PV)"
