"""The general reader on pictures and credits set apart from the text: a cover picture and its
caption line before the lead, gallery slide counters, field labels before a credit, and an
uncaptioned upload's file label."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article, Caption
from lso_crawler.parsers.captions import is_file_label, is_slide_counter
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(5))
LEAD = (
    "Những ngày đầu xuân, trên đỉnh Mẫu Sơn, hoa đào bung nở khắp các sườn đồi, thu hút du khách."
)
PICTURE = "https://baolangson.vn/upload/iblock/d34/60133.jpg"


def read(article: str, *, head: str = "") -> Article:
    """Parse a page made of a menu, `article` and a footer (no site markers)."""
    page = (
        f"<html><head><title>Hoa đào Mẫu Sơn</title>{head}</head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/van-hoa/'>Văn hóa</a></div>"
        f"<h1>Hoa đào Mẫu Sơn bung nở đón xuân</h1>{article}"
        "<div class='foot'><p>Cổng thông tin điện tử tỉnh Lạng Sơn</p></div></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_a_cover_picture_caption_line_before_the_lead_is_its_caption_not_the_lead() -> None:
    article = read(
        f"<div class='detail'><img src='/upload/iblock/d34/60133.jpg' alt='Hoa đào'>"
        "<div class='picture_desc'>Hoa đào nở rộ bên những ngôi nhà của đồng bào Dao</div>"
        "<span class='when'>04/02/2022</span>"
        f"<div class='preview'><b>{LEAD}</b></div><div class='text'>{TEXT}</div></div>"
    )
    assert article.lead == LEAD
    assert article.captions == (
        Caption(PICTURE, "Hoa đào nở rộ bên những ngôi nhà của đồng bào Dao"),
    )
    assert "Hoa đào nở rộ" not in article.body


def test_a_cover_picture_without_a_caption_beside_the_date_is_still_an_article_picture() -> None:
    # The picture shares its box with the date line, the lead and the text: no date glyph.
    article = read(
        f"<div class='detail'><img src='/upload/iblock/d34/60133.jpg' alt=''>"
        "<span class='when'>04/02/2022</span>"
        f"<div class='preview'><b>{LEAD}</b></div><div class='text'>{TEXT}</div></div>"
    )
    assert article.captions == (Caption(PICTURE, None),)
    assert article.dateline == "04/02/2022"


def test_a_lead_class_line_right_under_a_picture_is_still_the_lead() -> None:
    article = read(
        f"<img src='/upload/iblock/d34/60133.jpg' alt=''><p class='sapo'>{LEAD}</p>"
        f"<div class='text'>{TEXT}</div>"
    )
    assert article.lead == LEAD


@pytest.mark.parametrize("counter", ["1/2", "2 / 2", "(1/2)", "Ảnh 1/2", "Hình 2 trên 2"])
def test_a_gallery_slide_counter_over_a_picture_is_no_caption(counter: str) -> None:
    slides = "".join(
        f"<div class='item'><div class='frame'><img src='/anh/{n}.jpg'>"
        f"<span class='count'>{counter.replace('1', str(n)) if n == 2 else counter}</span></div>"
        + (f"<div class='cap'><p>Chú thích ảnh số {n} của phóng sự</p></div>" if n == 2 else "")
        + "</div>"
        for n in (1, 2)
    )
    article = read(f"<div class='story'><p><b>{LEAD}</b></p>{TEXT[:400]}{slides}{TEXT}</div>")
    assert [caption.text for caption in article.captions] == [
        None,
        "Chú thích ảnh số 2 của phóng sự",
    ]


@pytest.mark.parametrize(
    ("text", "counter"),
    [
        ("1/2", True),
        ("Ảnh 3/10", True),
        ("[4/4]", True),
        ("photo 2 of 6", True),
        ("15/3", False),
        ("1/2/2022", False),
        ("Ảnh: Hoàng Tùng", False),
        ("0/3", False),
    ],
)
def test_what_a_slide_counter_is(text: str, counter: bool) -> None:
    assert is_slide_counter(text) is counter


@pytest.mark.parametrize(
    ("shown", "byline", "authors"),
    [
        ("Tin, ảnh: Hoàng Tùng", "Tin, ảnh: Hoàng Tùng", ("Hoàng Tùng",)),
        (
            "Bài: Mai Hương - Ảnh: Hữu Việt",
            "Bài: Mai Hương - Ảnh: Hữu Việt",
            ("Mai Hương", "Hữu Việt"),
        ),
        ("ĐẶNG DŨNG", "ĐẶNG DŨNG", ("Đặng Dũng",)),
    ],
)
def test_a_produced_by_label_before_the_credit_is_no_part_of_it(
    shown: str, byline: str, authors: tuple[str, ...]
) -> None:
    for label in ("Thực hiện:", "Nhóm thực hiện:"):
        article = read(
            f"<div class='story'><p><b>{LEAD}</b></p>{TEXT}</div>"
            f"<div class='author'><span class='label'>{label}</span> <strong>{shown}</strong></div>"
        )
        assert article.byline == byline and article.authors == authors


def test_a_slide_counter_inside_a_caption_is_no_part_of_it() -> None:
    article = read(
        f"<div class='story'><p><b>{LEAD}</b></p>{TEXT}"
        "<figure><img src='/anh/1.jpg'><figcaption><span class='n'>1/3</span>"
        " Du khách chụp ảnh trên đỉnh Mẫu Sơn</figcaption></figure>"
        f"{TEXT}</div>"
    )
    assert [caption.text for caption in article.captions] == ["Du khách chụp ảnh trên đỉnh Mẫu Sơn"]


def test_a_looping_carousel_s_cloned_slides_are_read_once_in_order() -> None:
    slides = "".join(
        f"<div class='slide'><img src='/anh/{n}.jpg'>"
        f"<p class='cap'>Ảnh số {n} của phóng sự</p></div>"
        for n in (3, 1, 2, 3, 1)
    )
    article = read(f"<div class='story'><p><b>{LEAD}</b></p>{TEXT}<div>{slides}</div>{TEXT}</div>")
    assert [caption.text for caption in article.captions] == [
        "Ảnh số 1 của phóng sự",
        "Ảnh số 2 của phóng sự",
        "Ảnh số 3 của phóng sự",
    ]


def test_hashtag_links_after_the_text_are_the_tags() -> None:
    article = read(
        f"<div class='story'><p><b>{LEAD}</b></p>{TEXT}</div>"
        "<div class='kw'><a href='/hashtag/hoa-dao'>#hoadao</a> "
        "<a href='/hashtag/mau-son'>#MauSon</a></div>"
    )
    assert article.tags == ("hoadao", "MauSon")


@pytest.mark.parametrize("credit", ["<em>Ảnh: Hoàng Tùng</em>", "<em>(Ảnh minh họa: TTXVN)</em>"])
def test_a_photo_credit_line_under_a_captioned_picture_is_no_article_text(credit: str) -> None:
    article = read(
        f"<div class='story'><p><b>{LEAD}</b></p>{TEXT}<p><img src='/anh/1.jpg'></p>"
        f"<p><em>Hoa đào nở rộ trên đỉnh núi</em></p><p>{credit}</p>{TEXT}</div>"
    )
    assert [caption.text for caption in article.captions] == ["Hoa đào nở rộ trên đỉnh núi"]
    assert "Ảnh" not in article.body


def test_a_photo_credit_line_under_an_uncaptioned_picture_is_its_caption() -> None:
    article = read(
        f"<div class='story'><p><b>{LEAD}</b></p>{TEXT}<p><img src='/anh/1.jpg'></p>"
        f"<p><em>Ảnh: Hoàng Tùng</em></p>{TEXT}</div>"
    )
    assert [caption.text for caption in article.captions] == ["Ảnh: Hoàng Tùng"]


def test_a_figcaption_that_only_names_the_file_and_its_size_is_no_caption() -> None:
    # An editor labels an upload nobody captioned with its file name and size.
    article = read(
        f"<div class='text'>{TEXT}<figure><img src='/upload/iblock/d34/60133.jpg'>"
        "<figcaption><span>60133.jpg</span> <span>108 KB</span></figcaption></figure>"
        f"<p>{PARAGRAPH} Đoạn cuối.</p></div>"
    )
    assert article.captions == (Caption(PICTURE, None),)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("60133.jpg", True),
        ("60133.JPG (2,1 MB)", True),
        ("60133.jpg 108 KB", True),
        ("anh-khac.jpg 108 KB", False),  # another picture's name: a real (odd) caption
        ("Ảnh 60133.jpg do bạn đọc gửi", False),
    ],
)
def test_a_file_label_names_the_picture_s_own_file(text: str, label: bool) -> None:
    assert is_file_label(text, PICTURE) is label


def test_an_ad_strip_between_the_headline_and_the_text_is_no_article_picture() -> None:
    article = read(
        "<div class='detail'><div><img src='/upload/qc/top-970x90.jpg' alt='QC'></div>"
        f"<div class='text'>{TEXT}</div></div>"
    )
    assert article.captions == ()
