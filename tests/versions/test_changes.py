import unicodedata

import pytest

from lso_crawler.parsers.base import CONTENT_FIELDS
from lso_crawler.versions import Change, classify, implausible
from lso_crawler.versions.changes import MINOR_MAX_CHARS
from tests.versions.sample import article

OLD = article(5071654).content()


def edited(**changes: object) -> dict:
    return {**OLD, **changes}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_content_fields_are_all_present_in_the_sample():
    assert all(OLD[name] for name in CONTENT_FIELDS)


@pytest.mark.parametrize(
    "cosmetic",
    [
        pytest.param(edited(title=nfd(OLD["title"])), id="nfd-title"),
        pytest.param(edited(body=nfd(OLD["body"])), id="nfd-body"),
        pytest.param(edited(title="  Hành   trình\thội nhập "), id="whitespace"),
        pytest.param(edited(title="Hành\u00a0trình hội\u00a0nhập"), id="nbsp"),
        pytest.param(edited(lead="Mở\u200b đầu bài viết."), id="zero-width-space"),
        pytest.param(edited(body=OLD["body"].replace("\n\n", "\n \n\n")), id="blank-lines"),
        pytest.param(edited(authors=[" Hoàng  Tùng "]), id="author-spacing"),
        pytest.param(
            edited(
                captions=[
                    {
                        "image_url": "https://media.baolangson.vn/a.jpg",
                        "text": nfd("Chú thích\u00a0ảnh"),
                    }
                ]
            ),
            id="caption-nfd-nbsp",
        ),
    ],
)
def test_cosmetic_differences_are_no_change(cosmetic):
    assert classify(OLD, cosmetic) == Change(None)


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"title": "Hành trình đổi mới"}, ["title"]),
        ({"lead": "Một mở đầu khác hẳn."}, ["lead"]),
        ({"body": OLD["body"].replace("chợ Đông Kinh", "chợ Kỳ Lừa")}, ["body"]),
        (
            {"captions": [{"image_url": "https://media.baolangson.vn/a.jpg", "text": "Ảnh khác"}]},
            ["captions"],
        ),
        (
            {
                "captions": [
                    {"image_url": "https://media.baolangson.vn/b.jpg", "text": "Chú thích ảnh"}
                ]
            },
            ["captions"],
        ),
        ({"byline": "Bài, ảnh: Lan Anh", "authors": ["Lan Anh"]}, ["byline", "authors"]),
        (
            {"dateline": "Thứ Bảy, 05/02/2022 09:56 [GMT+7]", "dateline_date": "2022-02-05"},
            ["dateline", "dateline_date"],
        ),
        ({"published_at": "2022-02-04T10:56:00+07:00"}, ["published_at"]),
        ({"category": "Kinh tế"}, ["category"]),
        ({"tags": ["dân vận"]}, ["tags"]),
        ({"tags": ["biên giới", "dân vận", "thương mại"], "title": "Khác"}, ["title", "tags"]),
    ],
)
def test_real_edits_name_exactly_the_changed_fields(changes, fields):
    change = classify(OLD, edited(**changes))
    assert change.changed_fields == fields
    assert change.kind == "substantive"
    assert change.chars_added + change.chars_removed > 0


@pytest.mark.parametrize(
    "changes",
    [
        {"lead": "Mở đầu, bài viết."},  # a comma
        {"title": "Hành trình hội nhập."},  # a full stop
        {"title": "Hanh trinh hoi nhap"},  # diacritics removed
        {"body": OLD["body"].replace("Đông Kinh", "Đông Kình")},  # one diacritic
        {"body": OLD["body"].replace("chợ", "Chợ")},  # case
        {"dateline": "Thứ Sáu, 04/02/2022 09:56 (GMT+7)"},  # brackets
        {"authors": ["Hoàng Tung"]},
    ],
)
def test_punctuation_case_and_diacritic_edits_are_minor(changes):
    change = classify(OLD, edited(**changes))
    assert change.kind == "minor"
    assert change.changed_fields == list(changes)


@pytest.mark.parametrize(
    "changes",
    [
        {"body": OLD["body"].replace("Đoạn ba.", "Đoạn 3.")},  # a digit is a fact
        {"published_at": "2022-02-04T09:57:00+07:00"},
        {"title": "Hành trình hội nhậm"},  # one letter: not a diacritic
        {"lead": "Mở đầu bài viết không."},  # a short word
    ],
)
def test_small_edits_to_letters_or_digits_are_substantive(changes):
    assert classify(OLD, edited(**changes)).kind == "substantive"


def test_many_punctuation_edits_exceed_the_minor_threshold():
    commas = "Mở, đầu, bài, viết." + "," * MINOR_MAX_CHARS
    change = classify(OLD, edited(lead=commas))
    assert change.chars_added > MINOR_MAX_CHARS
    assert change.kind == "substantive"


def test_character_counts_are_refined_inside_replaced_words():
    change = classify(OLD, edited(title="Hành trình hội nhập mới"))
    assert (change.chars_added, change.chars_removed) == (4, 0)
    change = classify(OLD, edited(title="Hành trình hội tụ"))
    assert (change.chars_added, change.chars_removed) == (2, 4)


def test_initial_version():
    change = classify(None, OLD)
    assert change.kind == "initial"
    assert change.changed_fields == []
    assert change.chars_added > len(OLD["body"])
    assert change.columns()["changed_fields"] is None


def test_columns_are_ready_for_the_versions_table():
    columns = classify(OLD, edited(title="Hành trình mới")).columns()
    assert columns == {
        "changed_fields": '["title"]',
        "change_kind": "substantive",
        "chars_added": 2,  # "mới" keeps the "i" of "hội nhập"
        "chars_removed": 7,
    }


def test_implausible_catches_lost_fields_and_shrunk_bodies():
    long_body = "\n\n".join(["Một đoạn văn khá dài về Lạng Sơn."] * 20)
    old = edited(body=long_body)
    assert implausible(old, edited(body="")) == "no-body"
    assert implausible(old, edited(title="  ")) == "no-title"
    assert implausible(None, edited(body="\u00a0")) == "no-body"
    reason = implausible(old, edited(body=long_body[:100]))
    assert reason is not None and reason.startswith("body-shrank:")


def test_implausible_accepts_ordinary_edits_and_short_briefs():
    long_body = "\n\n".join(["Một đoạn văn khá dài về Lạng Sơn."] * 20)
    assert implausible(None, OLD) is None
    assert implausible(edited(body=long_body), edited(body=long_body[:400])) is None
    assert implausible(OLD, edited(body="Ngắn.")) is None  # the old body is a short brief


def test_list_fields_must_be_decoded():
    with pytest.raises(TypeError, match="authors must be a list"):
        classify(OLD, edited(authors='["Hoàng Tùng"]'))
