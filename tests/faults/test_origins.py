"""The allowed-origin rule, as a pure function."""

from __future__ import annotations

import pytest

from lso_crawler.origins import Origin, allowed_origins, is_allowed, origin_of

SITE = allowed_origins("https://baolangson.vn")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://baolangson.vn/a-1234567.html", True),
        ("https://BAOLANGSON.vn:443/robots.txt", True),
        ("https://baolangson.vn./x", True),
        ("http://baolangson.vn/", False),  # another scheme is another origin
        ("https://baolangson.vn:8443/", False),
        ("https://www.baolangson.vn/", False),
        ("https://media.baolangson.vn/x.jpg", False),
        ("https://baolangson.vn.evil.example/", False),
        ("https://baolangson.vn:99999/", False),  # a malformed port
        ("ftp://baolangson.vn/", False),
        ("//baolangson.vn/", False),
        ("", False),
    ],
)
def test_only_the_exact_origin_of_the_base_url_is_allowed(url: str, expected: bool) -> None:
    assert is_allowed(url, SITE) is expected


def test_media_hosts_add_exact_origins() -> None:
    allowed = allowed_origins(
        "http://127.0.0.1:8080", ["media.baolangson.vn", "https://cdn.example:8443", " "]
    )
    assert allowed == {
        Origin("http", "127.0.0.1", 8080),
        Origin("http", "media.baolangson.vn", 80),
        Origin("https", "media.baolangson.vn", 443),
        Origin("https", "cdn.example", 8443),
    }
    assert not is_allowed("https://cdn.example/x.jpg", allowed)
    assert not is_allowed("http://127.0.0.1:8081/", allowed)


@pytest.mark.parametrize("entry", ["media.example/path", "ftp://media.example", "host:port"])
def test_a_bad_media_host_is_refused(entry: str) -> None:
    with pytest.raises(ValueError, match="not"):
        allowed_origins("https://baolangson.vn", [entry])


def test_origin_text() -> None:
    assert str(origin_of("HTTPS://Example.org/x")) == "https://example.org:443"
