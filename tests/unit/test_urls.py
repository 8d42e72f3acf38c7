import pytest

from lso_crawler.urls import (
    article_id,
    canonical_article_url,
    resolve_link,
    same_site,
)

CURRENT = "https://baolangson.vn/hanh-trinh-hoi-nhap-bat-dau-tu-ren-luyen-5071654.html"
LEGACY = (
    "http://baolangson.vn/chinh-tri/xay-dung-dang/"
    "310783-dai-hoi-dang-cap-co-so-va-tren-co-so-nhung-ket-qua-noi-bat.html"
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (CURRENT, 5071654),
        (CURRENT + "?utm_source=rss#comments", 5071654),
        (CURRENT.replace("https://", "http://www."), 5071654),
        (LEGACY, 310783),
        ("https://baolangson.vn/chinh-tri", None),
        ("https://baolangson.vn/chinh-tri?page=2", None),
        ("https://baolangson.vn/gioi-thieu.html", None),
        ("https://baolangson.vn/video-12345678.html", None),  # 8 digits: not an id
        ("https://baolangson.vn/chinh-tri/310783-slug.html", None),  # no subcategory
    ],
)
def test_article_identity_comes_from_the_url(url, expected):
    assert article_id(url) == expected


def test_canonical_url_drops_query_and_fragment():
    assert canonical_article_url(CURRENT + "?utm_source=rss#x") == CURRENT


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("http://baolangson.vn/a-1234567.html", "https://baolangson.vn", True),
        ("https://www.baolangson.vn/a-1234567.html", "https://baolangson.vn", True),
        ("https://media.baolangson.vn/upload/a.jpg", "https://baolangson.vn", False),
        ("https://facebook.com/sharer.php", "https://baolangson.vn", False),
        ("https://baolangson.vn.evil.com/a-1234567.html", "https://baolangson.vn", False),
        ("http://127.0.0.1:8000/a-1234567.html", "http://127.0.0.1:8000", True),
        ("http://127.0.0.1:9000/a-1234567.html", "http://127.0.0.1:8000", False),
        ("mailto:toasoan@baolangson.vn", "https://baolangson.vn", False),
    ],
)
def test_same_site(url, base, expected):
    assert same_site(url, base) is expected


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/a-1234567.html", "https://baolangson.vn/a-1234567.html"),
        ("a-1234567.html#top", "https://baolangson.vn/kinh-te/a-1234567.html"),
        ("?page=2", "https://baolangson.vn/kinh-te/?page=2"),
        ("mailto:x@y.vn", None),
        ("javascript:void(0)", None),
        ("tel:0205", None),
        ("#", None),
        ("  ", None),
        (None, None),
    ],
)
def test_resolve_link(href, expected):
    assert resolve_link(href, "https://baolangson.vn/kinh-te/") == expected
