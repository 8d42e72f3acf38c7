import unicodedata

from lso_crawler.text import normalize, normalize_or_none


def test_nfd_becomes_nfc():
    decomposed = unicodedata.normalize("NFD", "Lạng Sơn")
    assert decomposed != "Lạng Sơn"
    assert normalize(decomposed) == "Lạng Sơn"


def test_whitespace_and_nbsp_collapse():
    assert normalize("  Thứ sáu,\xa0 23/04/2021 \n\t") == "Thứ sáu, 23/04/2021"


def test_invisible_characters_are_dropped():
    assert normalize("Lạng\u200b Sơn\ufeff") == "Lạng Sơn"


def test_empty_text():
    assert normalize(None) == ""
    assert normalize_or_none(" \xa0 ") is None
