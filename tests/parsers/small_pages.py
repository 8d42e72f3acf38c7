"""Small hand-made pages for unit tests (the full, realistic pages are in fixtures/)."""

from __future__ import annotations

CURRENT_URL = "https://baolangson.vn/hanh-trinh-hoi-nhap-bat-dau-tu-ren-luyen-5071654.html"
LEGACY_URL = "http://baolangson.vn/chinh-tri/xay-dung-dang/310783-dai-hoi-dang-cap-co-so.html"

PARAGRAPH = (
    "Năm 2021, các cấp, các ngành tích cực triển khai tổ chức thực hiện các chỉ thị, nghị quyết "
    "của Đảng về công tác dân vận gắn với thực hiện nhiệm vụ chính trị của từng địa phương."
)


def current_page(
    *, heading: str = '<h1 class="name">Hành trình hội nhập</h1>', body: str | None = None
) -> str:
    """A current-template page; `body` is the inside of div#content-detail (None: no div)."""
    content = "" if body is None else f'<div id="content-detail">{body}</div>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hành trình hội nhập – Báo Lạng Sơn: Tin tức mới nhất</title></head>
<body><nav class="main-menu"><a href="/kinh-te">Kinh tế</a></nav>
<div class="breadcrumbs"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>
<li><a href="/kinh-te">Kinh tế</a></li></ol></div>
{heading}<div class="date">Thứ Sáu, 04/02/2022 09:56 [GMT+7]</div>
{content}
<footer><p>© Báo Lạng Sơn</p></footer></body></html>"""


def legacy_page(*, heading: str = "<h1>Tổng kết công tác dân vận</h1>", body: str = "") -> str:
    """An older-template page; `body` is the inside of its text block."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body><div class="header-date">Thứ sáu,&nbsp; 23/04/2021</div>
<div class="path"><a href="/chinh-tri">Chính trị</a></div>
{heading}<div class="content">{body}</div>
<div id="footer"><p>Báo Lạng Sơn điện tử – Cơ quan của Đảng bộ tỉnh Lạng Sơn</p></div>
</body></html>"""


def dated_page(date_line: str) -> str:
    """A page with the given line between the heading and four paragraphs of text."""
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
    return (
        "<html><head><title>Mùa na Chi Lăng</title></head><body><main><article>"
        f"<h1>Mùa na Chi Lăng</h1><p>{date_line}</p><div>{text}</div>"
        "</article></main></body></html>"
    )


def repost_page(closing: str) -> str:
    """A news site's repost: the headline, the sapo, four paragraphs and `closing` after them."""
    text = "".join(f"<p>{PARAGRAPH} Đoạn {n}.</p>" for n in range(4))
    return (
        "<html><head><title>Tin tức</title></head><body><main><h1>Nông dân Bắc Sơn vào vụ "
        "lúa xuân</h1><h2>Người dân xuống đồng từ sớm để kịp thời vụ.</h2>"
        f"<div class='story'>{text}{closing}</div></main>"
        "<footer><p>Bản quyền thuộc về tòa soạn</p></footer></body></html>"
    )
