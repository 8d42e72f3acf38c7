"""Pages without a findable title or body raise ParseError with a reason; nothing else escapes."""

from __future__ import annotations

import contextlib
import random
from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import ParseError, parse_article
from tests.parsers.small_pages import (
    CURRENT_URL,
    LEGACY_URL,
    PARAGRAPH,
    current_page,
    legacy_page,
)

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)


def reason(page: bytes | str, url: str = CURRENT_URL) -> str:
    with pytest.raises(ParseError) as raised:
        parse_article(page, url, CAPTURED)
    return raised.value.reason


@pytest.mark.parametrize(
    "url",
    [
        "https://baolangson.vn/",
        "https://baolangson.vn/kinh-te",
        "https://baolangson.vn/tim-kiem?q=lang-son-5071654.html",
        "https://baolangson.vn/rss/home.rss",
    ],
)
def test_a_url_without_an_article_id_is_not_an_article(url: str) -> None:
    page = current_page(body=f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>")
    assert reason(page, url) == "not-article"


def test_a_page_without_a_title_raises_no_title() -> None:
    page = legacy_page(heading="", body=f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>")
    assert reason(page, LEGACY_URL) == "no-title"


@pytest.mark.parametrize(
    "page",
    [
        current_page(body="<p>&nbsp;</p><p> </p>"),
        current_page(body=None),
        current_page(body='<div class="ads-zone "><div class="ads-zone-group"></div></div>'),
        current_page(body="<p>Tin, ảnh: Hoàng Tùng</p>"),
    ],
    ids=["empty-paragraphs", "no-body-container", "only-an-ad", "only-a-byline"],
)
def test_a_page_without_article_text_raises_no_body(page: str) -> None:
    assert reason(page) == "no-body"


@pytest.mark.parametrize(
    "page",
    [
        current_page(
            heading='<h1 class="name">Bài viết không tồn tại</h1>',
            body="<p>Bài viết bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>",
        ),
        current_page(heading="", body="<p>Không tìm thấy bài viết.</p>"),
        legacy_page(heading="<h2 class='title'>Thông báo</h2>", body="<p>Tin bài đã bị gỡ.</p>"),
    ],
    ids=["current-template", "no-heading", "legacy-template"],
)
def test_a_not_found_shell_served_with_200_raises_removed(page: str) -> None:
    assert reason(page) == "removed"


@pytest.mark.parametrize(
    "page",
    [
        current_page(heading='<h1 class="name"></h1>', body=""),
        current_page(heading='<h1 class="name"> </h1>', body="<p>&nbsp;</p>"),
    ],
    ids=["empty", "blank-paragraph"],
)
def test_an_empty_article_template_raises_removed(page: str) -> None:
    assert reason(page) == "removed"


def test_a_long_article_that_mentions_removal_is_an_article() -> None:
    body = f"<p>LSO- {PARAGRAPH}</p><p>Bài viết không tồn tại trên mạng. {PARAGRAPH}</p>" * 3
    assert parse_article(current_page(body=body), CURRENT_URL, CAPTURED).body


def test_malformed_html_that_is_still_an_article_parses() -> None:
    page = (
        "<html><head><title>Tổng kết – Báo Lạng Sơn</title><body>"  # no </head>
        "<h1 class=name>Tổng kết công tác</h1></div></span>"  # stray end tags
        "<div class=date>Thứ Sáu, 04/02/2022 09:56 [GMT+7]"  # unclosed div
        f"<div id=content-detail><p><b>LSO- {PARAGRAPH}<p>Đoạn hai <i>chưa đóng thẻ"
        "<p align=right><b>ĐẶNG DŨNG"  # nothing is ever closed
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.parser == "current_v1"
    assert article.title == "Tổng kết công tác"
    assert article.lead == PARAGRAPH
    assert article.body == "Đoạn hai chưa đóng thẻ"
    assert article.byline == "ĐẶNG DŨNG"
    assert article.published_at == "2022-02-04T09:56:00+07:00"


@pytest.mark.parametrize(
    "payload",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
        b"",
        b"   \n\t ",
        "",
    ],
    ids=["png", "jpeg", "pdf", "gzip", "empty", "whitespace", "empty-str"],
)
def test_non_html_payloads_raise_not_html(payload: bytes | str) -> None:
    assert reason(payload) == "not-html"


def test_random_bytes_never_raise_anything_but_parse_error() -> None:
    for seed in range(20):
        payload = random.Random(seed).randbytes(64 * (seed + 1)).replace(b"\x00", b"")
        with contextlib.suppress(ParseError):
            parse_article(payload, CURRENT_URL, CAPTURED)


def test_plain_text_is_not_an_article() -> None:
    assert reason(b"Service Unavailable") in {"no-body", "no-title"}


def test_the_model_sites_shell_page_is_removed_not_read_by_the_general_reader():
    # The shell lists "latest news" cards under its not-found message: a general reader
    # must not take those cards for the article's body.
    from datetime import UTC, datetime

    from lso_crawler.parsers import ParseError, parse_article
    from tests.site.content import default_content
    from tests.site.render.current import shell_page

    html = shell_page(default_content()).encode()
    url = "https://baolangson.vn/thong-bao-tuyen-dung-vien-chuc-nam-2022-5071992.html"
    with pytest.raises(ParseError) as refused:
        parse_article(html, url, datetime(2026, 11, 1, tzinfo=UTC))
    assert refused.value.reason == "removed"
