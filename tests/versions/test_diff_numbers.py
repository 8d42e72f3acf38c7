"""A number with its separators is one token, so a changed figure reads as replaced whole."""

import pytest

from lso_crawler.versions import classify, diff_articles, render_text
from lso_crawler.versions.diff import diff_words, tokenize


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("1.250", "1.480"),
        ("20,5", "20,8"),
        ("7/2", "9/2"),
        ("1.250.000", "1.250.500"),
        ("-3", "-5"),
        ("12:30", "12:45"),
        ("+2,5", "+3,5"),
        ("1.250.000đ", "1.480.000đ"),
    ],
)
def test_a_changed_number_is_replaced_whole(old, new):
    block = diff_words(f"Doanh thu tăng {old} tỷ đồng.", f"Doanh thu tăng {new} tỷ đồng.")
    assert [(s.op, s.text) for s in block.segments] == [
        ("equal", "Doanh thu tăng "),
        ("delete", old),
        ("insert", new),
        ("equal", " tỷ đồng."),
    ]


def test_rendered_as_whole_numbers():
    diff = diff_articles(
        {"body": "Kim ngạch đạt 1.250 tỷ đồng, tăng 20,5%."},
        {"body": "Kim ngạch đạt 1.480 tỷ đồng, tăng 21,5%."},
    )
    assert render_text(diff).splitlines()[1] == (
        "  Kim ngạch đạt [-1.250-]{+1.480+} tỷ đồng, tăng [-20,5-]{+21,5+}%."
    )


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("giảm -3 độ", ["giảm", " -3", " độ"]),
        ("lúc 12:30.", ["lúc", " 12:30", "."]),
        ("năm 2024.", ["năm", " 2024", "."]),
        ("từ 2-3 ngày", ["từ", " 2", "-", "3", " ngày"]),  # a range, not a negative number
        ("F-16", ["F", "-", "16"]),  # a minus sign only where no word precedes it
        ("1,2,3 và 4", ["1,2,3", " và", " 4"]),
        ("Số 7/2/2025,", ["Số", " 7/2/2025", ","]),
        ("3km", ["3km"]),
        ("  trailing  ", ["  trailing", "  "]),
    ],
)
def test_number_tokens(text, tokens):
    assert tokenize(text) == tokens
    assert "".join(tokenize(text)) == text


def test_a_changed_figure_is_still_a_substantive_change():
    old = {"title": "Thu ngân sách", "body": "Thu ngân sách đạt 1.250 tỷ đồng."}
    change = classify(old, {**old, "body": "Thu ngân sách đạt 1.280 tỷ đồng."})
    assert change.kind == "substantive"
    assert (change.chars_added, change.chars_removed) == (1, 1)
