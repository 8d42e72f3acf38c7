"""Page chrome: head, menu, sidebar and footer of the current and the older template."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote_plus, urlsplit

from ..content import SiteContent
from ..formats import card_time, legacy_date_header
from .common import (
    EMAIL,
    FACEBOOK,
    PHONE,
    SITE_NAME,
    TITLE_SUFFIX,
    ZALO,
    attr,
    esc,
    thumbnail,
)

HOT_SEARCHES = ("Cửa khẩu Hữu Nghị", "Mẫu Sơn", "COVID-19")


@dataclass
class Head:
    """What goes into a current-template <head> besides the fixed parts."""

    title: str  # without the site suffix; "" for the home page
    description: str
    canonical: str | None = None
    og_type: str = "website"
    og_image: str | None = None
    charset: str = "utf-8"
    meta: list[tuple[str, str]] = field(default_factory=list)  # extra (property, content)
    feeds: list[tuple[str, str]] = field(default_factory=list)  # (title, href)


def _head(head: Head) -> str:
    title = f"{head.title}{TITLE_SUFFIX}" if head.title else TITLE_SUFFIX.removeprefix(" – ")
    lines = [
        f'<meta charset="{head.charset}">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{attr(head.description)}">',
        '<meta name="robots" content="index, follow">',
        f'<meta property="og:site_name" content="{SITE_NAME}">',
        f'<meta property="og:type" content="{head.og_type}">',
        f'<meta property="og:title" content="{attr(head.title or SITE_NAME)}">',
        f'<meta property="og:description" content="{attr(head.description)}">',
    ]
    if head.canonical:
        lines.append(f'<link rel="canonical" href="{attr(head.canonical)}">')
        lines.append(f'<meta property="og:url" content="{attr(head.canonical)}">')
    if head.og_image:
        lines.append(f'<meta property="og:image" content="{attr(head.og_image)}">')
    lines += [f'<meta property="{p}" content="{attr(c)}">' for p, c in head.meta]
    feeds = [("Báo Lạng Sơn - Trang chủ", "/rss/home.rss"), *head.feeds]
    lines += [
        f'<link rel="alternate" type="application/rss+xml" title="{attr(t)}" href="{h}">'
        for t, h in feeds
    ]
    lines += [
        '<link rel="icon" href="/favicon.ico" type="image/x-icon">',
        '<link rel="stylesheet" href="/assets/css/bootstrap.min.css">',
        '<link rel="stylesheet" href="/assets/css/style.css?v=20220204">',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-LSO2022"></script>',
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push("
        "arguments);} gtag('js', new Date()); gtag('config', 'G-LSO2022');</script>",
    ]
    return "\n".join("  " + line for line in lines)


def _menu(content: SiteContent) -> str:
    items = ['<li class="home"><a href="/" title="Trang chủ">Trang chủ</a></li>']
    items += [f'<li><a href="{c.path}">{esc(c.name)}</a></li>' for c in content.categories]
    items.append('<li><a href="/video">Video</a></li>')
    items.append('<li class="menu-toggle"><a href="javascript:void(0)">Mở rộng</a></li>')
    return "\n      ".join(items)


def _header(content: SiteContent) -> str:
    searches = " ".join(f'<a href="/tim-kiem?q={quote_plus(q)}">{esc(q)}</a>' for q in HOT_SEARCHES)
    return f"""<header class="site-header">
  <div class="top-bar container">
    <a class="logo" href="/"><img src="/assets/images/logo.png" alt="{SITE_NAME}"></a>
    <form class="search-form" action="/tim-kiem" method="get">
      <input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button>
    </form>
    <div class="hot-searches">Tìm nhiều: {searches}</div>
    <div class="social"><a href="{FACEBOOK}" target="_blank" rel="noopener">Facebook</a>
      <a href="{ZALO}" target="_blank" rel="noopener">Zalo</a></div>
  </div>
  <nav class="main-menu">
    <ul class="menu container">
      {_menu(content)}
    </ul>
  </nav>
</header>"""


def _most_read(content: SiteContent) -> str:
    items = "\n".join(
        f'      <li><a href="{attr(link.path)}">{esc(link.title)}</a></li>'
        for link in map(content.link, content.present(content.most_read))
    )
    return f"""<div class="box most-read">
    <h2 class="box-title">Đọc nhiều</h2>
    <ol class="most-read-list">
{items}
    </ol>
  </div>"""


def _sidebar_ad() -> str:
    return """<div class="ads-zone "><div class="ads-zone-group zonegroup-vertical" id="ads-zone-3"
    data-position="ads_right_top"><a href="https://www.vietcombank.com.vn/" rel="nofollow"
    target="_blank"><img src="https://media.baolangson.vn/upload/ads/vcb-300x600.jpg"
    alt="Quảng cáo"></a></div></div>"""


# Article-shaped links to other hosts: a crawler must never follow them.
SISTER_ARTICLES = (
    "https://baocaobang.vn/hoi-nghi-xuc-tien-dau-tu-3171234.html",
    "https://baoquangninh.vn/ha-long-don-khach-quoc-te-3190456.html",
    "https://baolangson.vn.example.net/hanh-trinh-hoi-nhap-bat-dau-tu-ren-luyen-5071654.html",
)


def _footer() -> str:
    return f"""<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/gioi-thieu">Giới thiệu</a></li>
      <li><a href="/lien-he">Liên hệ</a></li>
      <li><a href="/video">Video</a></li>
      <li><a href="/rss">RSS</a></li>
      <li><a href="/admin/login" rel="nofollow">Đăng nhập</a></li>
    </ul>
    <p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn - Tiếng nói của Đảng bộ,
      chính quyền và nhân dân các dân tộc tỉnh Lạng Sơn.</p>
    <p>Địa chỉ: Số 52 đường Bà Triệu, phường Hoàng Văn Thụ, thành phố Lạng Sơn.
      Điện thoại: <a href="{PHONE}">0205 3812 255</a>.
      Email: <a href="{EMAIL}">toasoan@baolangson.vn</a></p>
    <p class="sister-papers">Báo cùng hệ thống:
      <a href="{SISTER_ARTICLES[0]}">Báo Cao Bằng</a>
      <a href="{SISTER_ARTICLES[1]}">Báo Quảng Ninh</a>
      <a href="{SISTER_ARTICLES[2]}">Báo Lạng Sơn (bản sao)</a></p>
    <p class="social"><a href="{FACEBOOK}" target="_blank" rel="noopener">Facebook</a>
      <a href="{ZALO}" target="_blank" rel="noopener">Zalo</a>
      <a class="back-to-top" href="javascript:void(0)">Lên đầu trang</a></p>
  </div>
</footer>"""


def current_page(content: SiteContent, head: Head, main: str, body_class: str) -> str:
    """A whole current-template document around `main`."""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
{_head(head)}
</head>
<body class="{body_class}">
{_header(content)}
<div class="container main-wrapper">
<div class="row">
<div class="col-main">
{main}
</div>
<aside class="col-sidebar">
  {_most_read(content)}
  {_sidebar_ad()}
</aside>
</div>
</div>
{_footer()}
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/lazyload.min.js"></script>
<script src="/assets/js/app.js?v=20220204"></script>
<script>$(function () {{ $("img.lazy").lazyload(); }});</script>
</body>
</html>
"""


def legacy_origin(base: str) -> str:
    """The older pages' absolute links: plain http on the same host (and port)."""
    return "http://" + urlsplit(base).netloc


def legacy_page(content: SiteContent, base: str, title: str, description: str, main: str) -> str:
    """A whole older-template document around `main`."""
    origin = legacy_origin(base)
    menu = "".join(
        f'<td class="menu-item"><a href="{c.path}">{esc(c.name)}</a></td>'
        for c in content.categories
        if c.subcategories
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(description)}" />
<meta name="keywords" content="Báo Lạng Sơn, Lạng Sơn, tin tức Lạng Sơn" />
<link href="/css/old-style.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="Báo Lạng Sơn" href="/rss/home.rss" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
  function addBookmark() {{ window.external.AddFavorite(location.href, document.title); }}
</script>
</head>
<body>
<div id="wrapper">
<div id="header">
  <div class="header-top">
    <div class="header-date">{esc(legacy_date_header(content.served_date))}</div>
    <div class="header-links"><a href="{origin}/">Trang chủ</a> |
      <a href="/lien-he">Liên hệ</a> | <a href="/rss">RSS</a> |
      <a href="javascript:void(0)" onclick="addBookmark()">Lưu trang</a></div>
  </div>
  <div class="logo"><a href="{origin}/"><img src="/images/logo.gif" alt="Báo Lạng Sơn" /></a></div>
  <table class="menu" cellpadding="0" cellspacing="0"><tr>
    <td class="menu-item"><a href="{origin}/">Trang chủ</a></td>{menu}
  </tr></table>
</div>
<table id="main" width="980" cellpadding="0" cellspacing="0"><tr>
<td class="col-left" valign="top">
{main}
</td>
<td class="col-right" valign="top" width="300">
  <div class="box"><div class="box-title">Liên kết</div>
    <ul><li><a href="{FACEBOOK}" target="_blank">Báo Lạng Sơn trên Facebook</a></li>
      <li><a href="{ZALO}" target="_blank">Báo Lạng Sơn trên Zalo</a></li></ul></div>
  <div class="adv"><a href="http://www.langson.gov.vn/" target="_blank"
    ><img src="/images/banner-cong-thong-tin.jpg" alt="Cổng thông tin điện tử Lạng Sơn" /></a></div>
</td>
</tr></table>
<div id="footer">
  <p>Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p>
  <p>Điện thoại: <a href="{PHONE}">025.3812255</a> - Email:
    <a href="{EMAIL}">toasoan@baolangson.vn</a> - <a href="/gioi-thieu">Giới thiệu</a></p>
</div>
</div>
<script type="text/javascript">
  var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-1']);
</script>
</body>
</html>
"""


def card(content: SiteContent, article_id: int, *, with_lead: bool = True) -> str:
    """A listing card: `article.card` with `h3.card-title a[href]`, the time and the lead."""
    article = content.article(article_id)
    lead = f'\n    <p class="card-lead">{esc(article.lead)}</p>' if with_lead else ""
    return f"""<article class="card">
  <a class="card-thumb" href="{article.path}"><img class="lazy" src="/assets/images/placeholder.png"
    data-src="{attr(thumbnail(article))}" alt="{attr(article.title)}"></a>
  <div class="card-body">
    <h3 class="card-title"><a href="{article.path}">{esc(article.title)}</a></h3>
    <div class="card-meta"><span class="time">{card_time(article.published)}</span></div>{lead}
  </div>
</article>"""
