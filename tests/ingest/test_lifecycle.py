import pytest

from lso_crawler.lifecycle import judge, settles_pending

ARTICLE = "https://baolangson.vn/hanh-trinh-5071654.html"


@pytest.mark.parametrize(
    ("status", "location", "kind"),
    [
        (200, None, "none"),
        (304, None, "checked"),
        (404, None, "gone"),
        (410, None, "gone"),
        (500, None, "none"),
        (301, "/", "gone"),
        (302, "/kinh-te", "gone"),
        (301, "/hanh-trinh-moi-5071654.html", "moved"),
        (301, "/bai-khac-5071999.html", "alias"),
        (301, "https://example.com/", "redirected"),
        (301, "https://baolangson.vn:8443/", "redirected"),
        (301, "/tim-kiem/ket-qua.html", "redirected"),
        (301, None, "none"),
    ],
)
def test_what_an_answer_means(status, location, kind):
    assert judge(ARTICLE, status, location).kind == kind


def test_non_article_urls_have_no_lifecycle():
    assert judge("https://baolangson.vn/kinh-te", 404, None).kind == "none"


def test_server_errors_and_moves_leave_an_article_pending():
    assert not settles_pending(None, judge(ARTICLE, 200, None))
    assert not settles_pending(503, judge(ARTICLE, 503, None))
    assert not settles_pending(301, judge(ARTICLE, 301, "/x-5071654.html"))
    assert settles_pending(404, judge(ARTICLE, 404, None))
    assert settles_pending(200, judge(ARTICLE, 200, None))
