"""Captured bytes become text even when the declared charset is wrong."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime

import pytest

from lso_crawler.parsers import decode_html, parse_article
from lso_crawler.parsers.decoding import declared_charset, header_charset, looks_binary
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH, current_page

VIETNAMESE = "Thứ sáu, 23/04/2021 – Lạng Sơn"


@pytest.mark.parametrize("declared", ["windows-1252", "iso-8859-1", "latin1", None, "utf-8"])
def test_utf8_bytes_win_over_a_wrong_declared_charset(declared: str | None) -> None:
    assert decode_html(VIETNAMESE.encode("utf-8"), declared) == VIETNAMESE


def test_a_true_legacy_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    assert decode_html("Café Hà".encode("iso-8859-1"), "iso-8859-1") == "Café Hà"
    assert decode_html("Café".encode("windows-1252"), '"Windows-1252"') == "Café"


def test_cp1258_is_the_last_resort_and_never_raises() -> None:
    # cp1258 writes Vietnamese as a base letter plus a combining tone mark.
    raw = "Thư\u0301 sa\u0301u".encode("cp1258")
    assert decode_html(raw, None) == "Thư\u0301 sa\u0301u"
    assert decode_html(raw, "no-such-charset") == "Thư\u0301 sa\u0301u"
    assert "\ufffd" in decode_html(b"\x81\xff\xfe\x00 broken", "utf-8")


def test_a_capture_cut_inside_a_character_stays_utf8() -> None:
    raw = "Lạng Sơn, Thứ sáu".encode()
    cut = raw[: raw.index("ứ".encode()) + 1]
    assert decode_html(cut, "windows-1252") == "Lạng Sơn, Th\ufffd"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_a_byte_order_mark_decides(bom: bytes, encoding: str) -> None:
    assert decode_html(bom + VIETNAMESE.encode(encoding), "windows-1252") == VIETNAMESE


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="windows-1252">', "windows-1252"),
        (
            b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1' />",
            "ISO-8859-1",
        ),
        (b'<?xml version="1.0" encoding="utf-8"?><html>', "utf-8"),
        (b"<html><head><title>x</title></head>", None),
    ],
)
def test_declared_charset_is_sniffed_from_the_page(head: bytes, charset: str | None) -> None:
    assert declared_charset(head) == charset


def test_binary_payloads_are_recognised() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert looks_binary(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    assert looks_binary(b"%PDF-1.7\n")
    assert looks_binary("text\x00with NUL")
    assert not looks_binary(codecs.BOM_UTF16_LE + "<html>".encode("utf-16-le"))
    assert not looks_binary(VIETNAMESE.encode("utf-8"))


def test_parse_article_reads_utf8_under_a_wrong_meta_and_header_charset() -> None:
    page = current_page(body=f"<p>LSO- {PARAGRAPH}</p><p>{PARAGRAPH}</p>").replace(
        '<meta charset="utf-8">', '<meta charset="windows-1252">'
    )
    captured = datetime(2022, 2, 4, 3, tzinfo=UTC)
    article = parse_article(page.encode("utf-8"), CURRENT_URL, captured, encoding="iso-8859-1")
    assert article.title == "Hành trình hội nhập"
    assert article.lead == PARAGRAPH


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=utf-8", "utf-8"),
        (b'text/html; Charset="windows-1252"', "windows-1252"),
        ("text/html", None),
        (None, None),
    ],
)
def test_header_charset(header, expected):
    assert header_charset(header) == expected
