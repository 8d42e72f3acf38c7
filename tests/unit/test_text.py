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


def test_normalize_equals_the_regex_definition_on_random_text():
    """The fast form is exactly NFC, invisible characters dropped, \\s+ collapsed, stripped."""
    import random
    import re
    import unicodedata

    from lso_crawler.text import normalize

    def by_regex(text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        text = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)
        return re.sub(r"\s+", " ", text).strip()

    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x3000)] + list("\u200b\u2060\ufeff\u00ad\u2028\u3000\x85")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert normalize(text) == by_regex(text), repr(text)
