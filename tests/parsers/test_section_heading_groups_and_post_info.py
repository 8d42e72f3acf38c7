"""The general reader on a static site's entry: a `<section>` whose own `<header>` holds the
headline as its permalink (`rel="bookmark"`) and whose own `<footer>`, printed before the
text, carries the date, section and tags (HTML's sectioning rule: neither is page chrome)."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml.html import fromstring

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article
from lso_crawler.parsers.chrome import in_chrome
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 3, 9, 3, tzinfo=UTC)
HEADLINE = "Mùa hoa sở nở trắng đồi Khánh Khê"
TEXT = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
POST_INFO = (
    "<footer><time datetime='2022-03-05T08:10:00+07:00'>Sat 05 March 2022"
    "</time> <p>Chuyên mục: <a href='/muc/du-lich/'>Du lịch</a></p>"
    "<p>Từ khóa: <a href='/tu-khoa/hoa-so/'>hoa sở</a> "
    "<a href='/tu-khoa/van-quan/'>Văn Quan</a></p>"
    "</footer>"
)


def read(entry: str, wrapper: str = "section") -> Article:
    """Parse a static site's page: its banner and menu, the entry, the site's footer."""
    page = (
        "<html><head><title>Sổ tay ảnh Xứ Lạng</title></head><body>"
        "<header><h1><a href='/'>Sổ tay ảnh Xứ Lạng</a></h1><p>Thứ Tư, 09/03/2022</p></header>"
        "<nav><a href='/muc/du-lich/'>Du lịch</a> <a href='/muc/van-hoa/'>Văn hóa</a></nav>"
        f"<{wrapper}>{entry}</{wrapper}>"
        "<footer><p>Cập nhật lần cuối 09/03/2022 · <time datetime='2022-03-09T10:00:00+07:00'>"
        "Wed 09 March 2022</time></p></footer></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def entry(post_info: str = POST_INFO) -> str:
    """An entry: the headline as a permalink in its header, the post-info, then the text."""
    return (
        f"<header><h2><a href='/2022/03/mua-hoa-so.html' rel='bookmark'>{HEADLINE}</a></h2>"
        f"</header>{post_info}<div>{TEXT}</div>"
    )


def test_a_sections_post_info_footer_before_the_text_dates_and_files_the_entry() -> None:
    article = read(entry())
    assert article.title == HEADLINE
    assert article.dateline == "Sat 05 March 2022"
    assert article.published_at == "2022-03-05T08:10:00+07:00"
    assert article.category == "Du lịch"
    assert article.tags == ("hoa sở", "Văn Quan")


def test_the_same_footer_outside_a_section_stays_page_chrome() -> None:
    # Directly in a <div>, the footer's section is the page: its date and links are chrome.
    article = read(entry(), wrapper="div")
    assert article.published_at != "2022-03-05T08:10:00+07:00"
    assert article.tags == ()


def test_a_footer_closing_a_section_that_wraps_the_page_stays_chrome() -> None:
    # Nothing with text follows it: it closes the section, as a page's footer does.
    article = read(entry(post_info="") + POST_INFO.replace("Du lịch", "Ảnh đẹp"))
    assert article.category != "Ảnh đẹp"
    assert article.tags == ()
    assert article.published_at is None


def test_a_sections_header_holding_more_than_headings_is_no_heading_group() -> None:
    # A masthead inside a section wrapping the page: a logo link and a today date beside
    # the site's name.
    doc = fromstring(
        "<html><body><section><header><h2><a href='/'>Sổ tay ảnh</a></h2>"
        "<span>Thứ Tư, 09/03/2022</span></header><header><h2>Tiêu đề</h2></header>"
        f"<div>{TEXT}</div></section></body></html>"
    )
    masthead, heading_group = doc.findall(".//header")
    assert in_chrome(masthead.find("span"))
    assert not in_chrome(heading_group.find("h2"))
