"""Pages that are not articles: home, category and tag listings, static and error pages."""

from __future__ import annotations

import math

from ..content import SiteContent
from ..formats import card_time, slugify
from ..model import Category
from .common import SITE_NAME, attr, esc
from .layout import Head, card, current_page

PAGE_SIZE = 5
HOME_DESCRIPTION = "Báo Lạng Sơn điện tử - tin tức mới nhất về Lạng Sơn"


def _latest_item(path: str, title: str, when: str = "") -> str:
    time = f' <span class="time">{when}</span>' if when else ""
    return f'  <li><a href="{attr(path)}">{esc(title)}</a>{time}</li>'


def home_page(content: SiteContent) -> str:
    """The home page: featured cards, latest news, a box per category."""
    home = [a for a in content.newest_first() if a.discovery.home]
    featured = "\n".join(card(content, a.article_id) for a in home[:5])
    latest = [_latest_item(a.path, a.title, card_time(a.published)) for a in home]
    latest += [_latest_item(link.path, link.title) for link in content.home_extra]
    boxes = []
    for category in content.categories:
        titles = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in home
            if a.category == category.key
        )
        boxes.append(
            f'<div class="cat-box"><h2 class="box-title"><a href="{category.path}">'
            f"{esc(category.name)}</a></h2><ul>{titles}</ul>"
            f'<a class="more" href="{category.path}">Xem thêm</a></div>'
        )
    newline = "\n"
    main = f"""<section class="home-featured">
<h2 class="box-title">Tin nổi bật</h2>
{featured}
</section>
<section class="home-latest">
<h2 class="box-title">Tin mới</h2>
<ul class="latest-news">
{newline.join(latest)}
</ul>
</section>
<section class="home-categories">
{newline.join(boxes)}
</section>"""
    head = Head(title="", description=HOME_DESCRIPTION, canonical=None)
    return current_page(content, head, main, body_class="page-home")


def _pagination(path: str, page: int, pages: int) -> str:
    def href(n: int) -> str:
        return path if n == 1 else f"{path}?page={n}"

    links = []
    if page > 1:
        links.append(f'<li><a href="{href(min(page - 1, pages))}" rel="prev">Trang trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<li class="active"><span>{n}</span></li>')
        else:
            links.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        links.append(f'<li><a href="{href(page + 1)}" rel="next">Trang sau</a></li>')
    return '<nav class="pagination"><ul>\n' + "\n".join(links) + "\n</ul></nav>"


def category_page(content: SiteContent, category: Category, page: int) -> str:
    """A category listing page; pages past the last one list nothing."""
    items = content.listed(category.key)
    pages = max(1, math.ceil(len(items) / PAGE_SIZE))
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    cards = "\n".join(card(content, a.article_id) for a in chunk)
    if not chunk:
        cards = '<p class="empty">Không có bài viết nào.</p>'
    main = f"""<div class="breadcrumbs">
  <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>
    <li><a href="{category.path}">{esc(category.name)}</a></li></ol>
</div>
<h1 class="category-title"><a href="{category.path}">{esc(category.name)}</a>
  <a class="rss-link" href="{category.feed_path}" title="RSS {attr(category.name)}">RSS</a></h1>
<div class="list-news">
{cards}
</div>
{_pagination(category.path, page, pages)}"""
    head = Head(
        title=category.name if page == 1 else f"{category.name} - Trang {page}",
        description=f"Tin tức {category.name} Lạng Sơn",
        feeds=[(f"{SITE_NAME} - {category.name}", category.feed_path)],
    )
    return current_page(content, head, main, body_class="page-category")


def tag_names(content: SiteContent) -> dict[str, str]:
    """Every tag on the site, by its URL slug."""
    return {slugify(t): t for a in content.articles.values() for t in a.tags}


def tag_page(content: SiteContent, slug: str) -> str | None:
    """The listing of one tag, or None when no article has it."""
    name = tag_names(content).get(slug)
    if name is None:
        return None
    tagged = [
        a
        for a in content.newest_first()
        if a.discovery.listing and slug in {slugify(t) for t in a.tags}
    ]
    cards = "\n".join(card(content, a.article_id) for a in tagged)
    main = f"""<h1 class="category-title">Từ khóa: {esc(name)}</h1>
<div class="list-news">
{cards}
</div>"""
    head = Head(title=name, description=f"Tin tức về {name}")
    return current_page(content, head, main, body_class="page-tag")


def _simple(content: SiteContent, title: str, inner: str, body_class: str) -> str:
    main = f'<div class="static-page">\n<h1 class="page-title">{esc(title)}</h1>\n{inner}\n</div>'
    return current_page(content, Head(title=title, description=title), main, body_class)


def static_page(content: SiteContent, path: str) -> str | None:
    """The about, contact, video, RSS index, search and login pages."""
    if path == "/gioi-thieu":
        return _simple(content, "Giới thiệu", _ABOUT, "page-static")
    if path == "/lien-he":
        return _simple(content, "Liên hệ", _CONTACT, "page-static")
    if path == "/video":
        return _simple(content, "Video", _VIDEO, "page-video")
    if path == "/rss":
        feeds = [("Trang chủ", "/rss/home.rss")]
        feeds += [(c.name, c.feed_path) for c in content.categories]
        items = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in feeds)
        return _simple(content, "RSS", f'<ul class="rss-list">\n{items}\n</ul>', "page-static")
    if path == "/admin/login":
        return _simple(content, "Đăng nhập", _LOGIN, "page-login")
    return None


def search_page(content: SiteContent, query: str) -> str:
    """Search results (the path is disallowed in robots.txt)."""
    hits = [
        a
        for a in content.newest_first()
        if a.discovery.listing and query and query.lower() in a.title.lower()
    ]
    cards = "\n".join(card(content, a.article_id) for a in hits)
    inner = (
        f"<p>Kết quả tìm kiếm cho: <strong>{esc(query)}</strong></p>\n"
        f'<div class="list-news">{cards}</div>'
    )
    return _simple(content, "Tìm kiếm", inner, "page-search")


def not_found_page(content: SiteContent) -> str:
    """The CMS's 404 page."""
    inner = '<p>Trang bạn tìm không tồn tại.</p>\n<p><a href="/">Quay về trang chủ</a></p>'
    return _simple(content, "Không tìm thấy trang", inner, "page-404")


SERVER_ERROR = """<html>
<head><title>500 Internal Server Error</title></head>
<body>
<center><h1>500 Internal Server Error</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""

_ABOUT = """<p>Báo Lạng Sơn là cơ quan ngôn luận của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn,
  diễn đàn của nhân dân các dân tộc trong tỉnh.</p>
<p>Báo Lạng Sơn điện tử cập nhật tin tức thời sự, chính trị, kinh tế, văn hóa, xã hội của
  tỉnh Lạng Sơn hằng ngày.</p>"""

_CONTACT = """<p>Tòa soạn Báo Lạng Sơn: Số 52 đường Bà Triệu, phường Hoàng Văn Thụ,
  thành phố Lạng Sơn, tỉnh Lạng Sơn.</p>
<p>Điện thoại: <a href="tel:02053812255">0205 3812 255</a> -
  Email: <a href="mailto:toasoan@baolangson.vn">toasoan@baolangson.vn</a></p>
<form class="contact-form" action="/lien-he" method="post">
  <input type="text" name="name" placeholder="Họ và tên">
  <textarea name="message" placeholder="Nội dung"></textarea>
  <button type="submit">Gửi</button>
</form>"""

_VIDEO = """<div class="video-list">
  <div class="video-item"><h3>Lạng Sơn: Mùa hoa đào Mẫu Sơn</h3>
    <iframe src="https://www.youtube.com/embed/lso-mau-son" width="560" height="315"
      allowfullscreen></iframe></div>
  <div class="video-item"><h3>Cửa khẩu Hữu Nghị những ngày đầu xuân</h3>
    <iframe src="https://www.youtube.com/embed/lso-huu-nghi" width="560" height="315"
      allowfullscreen></iframe></div>
</div>"""

_LOGIN = """<form class="login-form" action="/admin/login" method="post">
  <input type="text" name="username" placeholder="Tên đăng nhập">
  <input type="password" name="password" placeholder="Mật khẩu">
  <button type="submit">Đăng nhập</button>
</form>"""
