"""The general reader on a channel's feed of messages where the article is posted as photo
messages (the picture only a CSS background, the caption the message text) and then one text
message (a bold headline line, the sapo, `<br><br>` paragraphs, the credit, the address):
the page is titled with the channel's name, so the text's opening bold line is the headline,
the photo messages right before it are its pictures, its own message's time is its time,
the channel's name over each message files nothing, and the closing address is no text."""

from __future__ import annotations

from datetime import UTC, datetime

from lso_crawler.parsers import parse_article
from lso_crawler.parsers.base import Article, Caption
from tests.parsers.small_pages import CURRENT_URL, PARAGRAPH

CAPTURED = datetime(2022, 3, 9, 3, tzinfo=UTC)
CHANNEL = "Báo Miền Núi"
HEADLINE = "Chợ phiên vùng cao ngày giáp Tết"
AVATAR = "https://cdn.example.org/avatar.jpg"
PHOTO = "https://cdn.example.org/file/cho-phien.jpg"


def message(content: str, at: str) -> str:
    """One message of the feed: the channel's avatar and name, the content, its time."""
    return (
        f"<div class='wrap'><div class='msg'><img src='{AVATAR}'>"
        f"<div class='owner'><a href='https://chat.example.org/mien_nui'>{CHANNEL}</a></div>"
        f"{content}<div class='info'><span>2.7K</span> <a href='https://chat.example.org/m/1'>"
        f"<time datetime='{at}'>{at[11:16]}</time></a></div></div></div>"
    )


TEASER = message(
    "<div class='text'><b>Một bài khác của kênh</b><br/><br/>Tóm tắt bài khác của kênh, một "
    "câu dài vừa đủ để đọc…<br/><br/><a href='https://paper.example.vn/b.html'>"
    "https://paper.example.vn/b.html</a></div>",
    "2022-03-05T06:33:00+00:00",
)
PHOTO_POST = message(
    "<a class='photo' href='https://chat.example.org/m/2'"
    f" style=\"background-image:url('{PHOTO}')\">"
    "<div style='padding-top:66%'></div></a><div class='text'>Người dân chọn mua hàng Tết.</div>",
    "2022-03-05T09:45:00+00:00",
)
TEXT_POST = message(
    f"<div class='text'><b>{HEADLINE}</b><br/><br/><i>LSO- Những ngày giáp Tết, chợ phiên vùng "
    f"cao tấp nập người mua bán.</i><br/><br/>Đoạn một. {PARAGRAPH}<br/><br/>Đoạn hai. "
    f"{PARAGRAPH}<br/><br/><b>Bài, ảnh: Thu Hà</b><br/><br/>👉 Chi tiết: "
    "<a href='https://paper.example.vn/a.html'>https://paper.example.vn/a.html</a></div>",
    "2022-03-05T09:46:00+00:00",
)


def read(*messages: str) -> Article:
    """Parse the feed page: the channel's header and card, then the messages."""
    page = (
        f"<html><head><title>{CHANNEL} – Chat</title><meta property='og:title' "
        f"content='{CHANNEL}'><meta property='og:description' content='Kênh tin của báo.'>"
        f"</head><body><header><div>{CHANNEL}</div></header><main><section>"
        f"<div><span>{CHANNEL}</span></div><div>Kênh tin của báo.</div></section>"
        f"<section class='history'>{''.join(messages)}</section></main></body></html>"
    )
    return parse_article(page, CURRENT_URL, CAPTURED)


def test_the_text_messages_opening_bold_line_is_the_headline() -> None:
    article = read(TEASER, PHOTO_POST, TEXT_POST)
    assert article.title == HEADLINE
    assert article.lead == "Những ngày giáp Tết, chợ phiên vùng cao tấp nập người mua bán."
    assert article.body == f"Đoạn một. {PARAGRAPH}\n\nĐoạn hai. {PARAGRAPH}"
    assert article.byline == "Bài, ảnh: Thu Hà"
    assert article.category is None


def test_its_own_messages_time_is_its_time() -> None:
    assert read(TEASER, PHOTO_POST, TEXT_POST).published_at == "2022-03-05T16:46:00+07:00"


def test_the_photo_messages_right_before_it_are_its_pictures() -> None:
    article = read(TEASER, PHOTO_POST, TEXT_POST)
    assert article.captions == (Caption(PHOTO, "Người dân chọn mua hàng Tết."),)
    assert read(PHOTO_POST, TEASER, TEXT_POST).captions == ()  # another post stands between


def test_a_page_titled_with_its_headline_keeps_its_bold_opening_line_as_text() -> None:
    page = (
        "<html><head><title>Tin ngắn trong ngày</title></head><body><h1>Tin ngắn trong ngày</h1>"
        f"<div><b>Đường lên cửa khẩu thông xe</b><br/><br/>Đoạn một. {PARAGRAPH}<br/><br/>"
        f"Đoạn hai. {PARAGRAPH}</div></body></html>"
    )
    article = parse_article(page, CURRENT_URL, CAPTURED)
    assert article.title == "Tin ngắn trong ngày"
    assert "Đường lên cửa khẩu thông xe" in f"{article.lead} {article.body}"
