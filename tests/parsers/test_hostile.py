"""Hostile input: `parse_article` returns a clean Article or raises ParseError, nothing else."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import Article, ParseError, parse_article
from lso_crawler.parsers.hostile import (
    BLOB_PAGE_BYTES,
    drop_inline_blobs,
    sanitize_markup,
    sanitize_markup_utf8,
)
from tests.parsers.fixture_files import fixture_names, meta, page_bytes
from tests.parsers.small_pages import CURRENT_URL, LEGACY_URL, PARAGRAPH, current_page, legacy_page

CAPTURED = datetime(2022, 2, 4, 3, tzinfo=UTC)
# Control characters (C0 but newline, DEL, C1) and bidi overrides/isolates.
_UNWANTED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_UNWANTED_IN_LINE = re.compile("[\n\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
EXTREME_DATES = (
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-10:00",
    "0000-00-00T00:00:00",
    "2022-13-45T25:61:00+07:00",
    "99999999999999999999",
    "-0001-01-01",
)
NASTY = (
    "&#x1B;", "&#xFFFE;", "&#xFFFF;", "&#0;", "&#x0;", "&#1;", "&#x85;", "&#x9F;", "&#xD800;",
    "&#x110000;", "&#99999999999;", "&#x1B", "\x01", "\x1b", "\x0b", "\x0c", "\x7f", "\u0085",
    "\u202e", "\u2066", "\ufffe", "\t", "\r",
)  # fmt: skip


def assert_clean(article: Article) -> None:
    """No stored text field carries control characters (but the body's newlines) or bidi."""
    content = article.content()
    for name in ("title", "dateline", "lead", "byline", "category", "dateline_date"):
        value = content[name]
        assert value is None or not _UNWANTED_IN_LINE.search(value), (name, value)
    assert not _UNWANTED.search(content["body"]), content["body"]
    for text in (*content["authors"], *content["tags"]):
        assert not _UNWANTED_IN_LINE.search(text), text
    for caption in content["captions"]:
        assert not _UNWANTED_IN_LINE.search(caption["image_url"]), caption
        assert not _UNWANTED_IN_LINE.search(caption["text"] or ""), caption


def parse_or_none(page: bytes | str, url: str = CURRENT_URL, **options) -> Article | None:
    """Parse; a ParseError is an accepted outcome, anything else fails the test."""
    try:
        article = parse_article(page, url, CAPTURED, **options)
    except ParseError:
        return None
    assert_clean(article)
    return article


@pytest.mark.parametrize("value", EXTREME_DATES)
def test_extreme_published_times_are_absent(value: str) -> None:
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p><p>{PARAGRAPH}</p>").replace(
        "<title>", f'<meta property="article:published_time" content="{value}"><title>'
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.published_at == "2022-02-04T09:56:00+07:00"  # from the date line instead


@pytest.mark.parametrize("dateline", ["Thứ Sáu, 31/12/0001 09:56", "Thứ Sáu, 31/12/9999 23:59"])
def test_extreme_date_lines_give_no_date(dateline: str) -> None:
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p><p>{PARAGRAPH}</p>").replace(
        "Thứ Sáu, 04/02/2022 09:56 [GMT+7]", dateline
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.dateline_date is None and article.published_at is None


@pytest.mark.parametrize("nasty", NASTY)
def test_control_characters_inside_moved_elements_are_dropped(nasty: str) -> None:
    # An ad inside a paragraph makes the cleaner move the rest of the paragraph's nodes.
    ad = '<div class="ads-zone"><div class="ads-zone-group"></div></div>'
    body = (
        f"<p>LSO- {PARAGRAPH}</p><p>Đầu{nasty} câu {ad}giữa{nasty} <b>đậm{nasty}</b> cuối.</p>"
        f"<p>{PARAGRAPH}{nasty}</p>"
    )
    heading = f'<h1 class="name">Tiêu{nasty} đề</h1>'
    article = parse_or_none(current_page(heading=heading, body=body))
    assert article is not None
    assert article.title.startswith("Tiêu") and article.title.endswith(" đề")
    assert len(article.title) <= len("Tiêu  đề")
    assert "Đầu" in article.body and "cuối." in article.body


def test_control_characters_never_reach_the_title() -> None:
    article = parse_or_none(
        current_page(
            heading='<h1 class="name">A\x1bB&#x1B;C\u202eD</h1>',
            body=f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>",
        )
    )
    assert article is not None and article.title == "ABCD"


def test_a_page_over_the_limit_is_too_large() -> None:
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p>" * 50)
    with pytest.raises(ParseError) as raised:
        parse_article(page, CURRENT_URL, CAPTURED, max_chars=len(page) - 1)
    assert raised.value.reason == "too-large"
    assert parse_article(page, CURRENT_URL, CAPTURED, max_chars=len(page)).title


def test_a_tag_with_too_many_attributes_keeps_its_first_ones() -> None:
    attributes = " ".join(f'data-a{i}="{i}"' for i in range(50_000))
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p><p>{PARAGRAPH}</p>").replace(
        "<body>", f'<body class="home" {attributes}>'
    )
    cleaned = sanitize_markup(page)
    assert len(cleaned) < 20_000 and '<body class="home" data-a0="0"' in cleaned
    assert parse_article(page, CURRENT_URL, CAPTURED).title == "Hành trình hội nhập"


# --- the seeded fuzz corpus --------------------------------------------------------------------


def _seeds() -> list[tuple[bytes, str]]:
    pages = [(page_bytes(name), meta(name)["url"]) for name in fixture_names()]
    body = f"<p>LSO- {PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    pages.append((current_page(body=body).encode(), CURRENT_URL))
    pages.append((legacy_page(body=body).encode(), LEGACY_URL))
    return pages


def _mutate(rng: random.Random, data: bytes) -> bytes:
    kind = rng.randrange(12)
    size = len(data)
    at = rng.randrange(size + 1)
    if kind == 0:  # truncated
        return data[:at]
    if kind == 1:  # a span removed
        return data[:at] + data[at + rng.randrange(1, 4000) :]
    if kind == 2:  # a span repeated
        span = data[at : at + rng.randrange(1, 3000)]
        return data[:at] + span * rng.randrange(2, 20) + data[at:]
    if kind == 3:  # random bytes inserted
        return data[:at] + rng.randbytes(rng.randrange(1, 400)) + data[at:]
    if kind == 4:  # control characters and references to them
        pieces = [rng.choice(NASTY).encode("utf-8") for _ in range(rng.randrange(1, 30))]
        for piece in pieces:
            at = rng.randrange(len(data) + 1)
            data = data[:at] + piece + data[at:]
        return data
    if kind == 5:  # deep nesting
        depth = rng.randrange(100, 5000)
        tag = rng.choice([b"div", b"p", b"b", b"span", b"table", b"li", b"font"])
        return data[:at] + b"<" + tag + b">" * 1 + (b"<" + tag + b">") * depth + data[at:]
    if kind == 6:  # many attributes (kept to what libxml2 parses quickly after trimming)
        count = rng.randrange(300, 3000)
        attributes = b" ".join(b'a%d="%d"' % (i, i) for i in range(count))
        return data.replace(b"<body", b"<body " + attributes, 1)
    if kind == 7:  # the wrong charset
        text = data.decode("utf-8", "replace")
        codec = rng.choice(["utf-16-le", "utf-16-be", "cp1258", "latin-1", "utf-32", "cp1252"])
        return text.encode(codec, "replace")
    if kind == 8:  # extreme dates in the meta and the date lines
        value = rng.choice(EXTREME_DATES).encode()
        data = re.sub(rb'(published_time"\s+content=")[^"]*', rb"\g<1>" + value, data)
        return re.sub(
            rb"\d{1,2}/\d{1,2}/\d{4}",
            rng.choice([b"31/12/0001", b"31/12/9999", b"00/00/0000", b"99/99/99999"]),
            data,
        )
    if kind == 9:  # binary
        return rng.choice([b"\x89PNG\r\n", b"", b"\xff\xfe", b"\xef\xbb\xbf"]) + rng.randbytes(
            rng.randrange(0, 2000)
        )
    if kind == 10:  # markup tokens shuffled in
        tokens = [b"<", b">", b"</p>", b"<p>", b"<![CDATA[", b"<!--", b"-->", b"<script>",
                  b"&", b"&#", b'"', b"<br><br>", b"</div></div></div>", b"<?xml ?>"]  # fmt: skip
        for _ in range(rng.randrange(1, 40)):
            at = rng.randrange(len(data) + 1)
            data = data[:at] + rng.choice(tokens) + data[at:]
        return data
    # a byte flipped here and there
    buffer = bytearray(data)
    for _ in range(rng.randrange(1, 50)):
        if buffer:
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def test_fuzzed_pages_raise_nothing_but_parse_error() -> None:
    rng = random.Random(20261129)
    seeds = _seeds()
    parsed = refused = 0
    for _ in range(3000):
        data, url = rng.choice(seeds)
        for _ in range(rng.randrange(1, 3)):
            data = _mutate(rng, data)
        encoding = rng.choice([None, None, "utf-8", "windows-1252", "x-unknown", "utf-16"])
        article = parse_or_none(data, url, encoding=encoding)
        if article is None:
            refused += 1
        else:
            parsed += 1
    assert parsed > 1000 and refused > 100, (parsed, refused)


@pytest.mark.parametrize("seed", range(40))
def test_the_fast_sanitizer_equals_the_full_one(seed: int) -> None:
    # The byte-count shortcuts may skip a scan only when it would have changed nothing.
    rng = random.Random(seed)
    pieces = [
        *NASTY,
        "\u00a0",
        "\u201c",
        "\u2028",
        "\ufeff",
        "\ud7a3",
        "\uffbf",
        "&amp;",
        "&#39;",
        "<p>",
        "</p>",
        "Lạng Sơn ",
        "<div " + " ".join(f"a{i}" for i in range(300)) + ">",
        "<p title='" + "x" * 600 + "'>",
        "\ud800",
    ]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
    expected = sanitize_markup(text).encode("utf-8", "surrogatepass")
    assert sanitize_markup_utf8(text) == expected
    encoded = text.encode("utf-8", "surrogatepass")
    assert sanitize_markup_utf8(text, encoded) == expected


def test_big_inline_drawings_and_base64_data_are_emptied_without_changing_the_article() -> None:
    body = f"<p>LSO- {PARAGRAPH}</p>" + "".join(f"<p>{PARAGRAPH} {n}.</p>" for n in range(5))
    plain = current_page(body=body)
    drawing = (
        "<svg viewBox='0 0 9 9'>" + "<path d='M0 0L9 9'/>" * (BLOB_PAGE_BYTES // 20) + "</svg>"
    )
    blob = "data:image/png;base64," + "QUJD" * 2000
    heavy = plain.replace("<p>LSO-", f"{drawing}<img src='{blob}'><p>LSO-", 1)
    assert len(heavy.encode()) > BLOB_PAGE_BYTES
    emptied = drop_inline_blobs(heavy.encode())
    assert b"<svg></svg><img src='data:,'>" in emptied and len(emptied) < len(plain.encode()) + 100
    assert parse_article(heavy, CURRENT_URL, CAPTURED) == parse_article(
        plain, CURRENT_URL, CAPTURED
    )
