# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set F: the fifth held-out set (scored once sealed at 82.3 %), now tuned on.

Written from what Vietnamese news systems emit (a Dân Trí-like page, a Thanh Niên-like page,
a VOV-like Drupal 9 site built with the Paragraphs module, a DotNetNuke provincial portal)
without reading the parsers; the expected records come from the content alone. The field
rules of the earlier held-out sets hold: `dateline` is the article's date line as printed
(with its label, if any), `published_at` as precise as the page gives it anywhere (none when
the page gives no time), `byline` the credit as shown, `authors` the names in it, `tags` only
the tags the page shows, `category` the top-level section, a caption's `image_url` the address
the page serves the picture from (resolved against the page when relative). Do not tune a
parser on these pages without moving the markup into the tuning set (done: this is now tuning).

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from tests.corpus.pages import (
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    category_path,
    content,
    dmy,
    esc,
    expected,
    image_src,
    lead_text,
    shown_byline,
    tag_slug,
    url_of,
    weekday,
)
from tests.corpus.pages import linked_credit as _linked_credit
from tests.corpus.pages import others as _others
from tests.corpus.pages import subcategory_name as _subcategory
from tests.corpus.pages import write_blocks as _blocks
from tests.site.formats import LEGACY_WEEKDAYS, author_name, clean, iso_vietnam, slugify
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script

_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _basename(img: Image) -> str:
    """The picture's file name."""
    return image_src(img).rsplit("/", 1)[1]


# --- 1. Dân Trí-like national page ---------------------------------------------------------------


def _dantri_time(moment: datetime) -> str:
    """`Thứ sáu, 04/02/2022 - 09:56`."""
    return f"{LEGACY_WEEKDAYS[moment.weekday()]}, {dmy(moment)} - {moment:%H:%M}"


def dantri_like(article: Article) -> CorpusPage:
    """A national paper in Dân Trí's manner: `article.singular-container`, the headline
    `h1.title-page`, the credit ABOVE the lead in `div.author-wrap` (an avatar, the credit with
    each author's name linked, `time.author-time` `Thứ sáu, 04/02/2022 - 09:56` whose datetime
    has no seconds), the lead in an `h2.singular-sapo`, the body in `div.singular-content` with
    `figure.image` pictures (`data-original`, `figcaption > p`), an in-body "Xem thêm" card
    (another article's title, lead and time) after the first paragraph, seconds only in the
    JSON-LD, `#`-tags, a sticky share rail, "Tin liên quan" and "Tin nổi bật" boxes with times
    in the same form, and the masthead's today."""
    moment = article.published
    shown = _dantri_time(moment)

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = f"<figcaption><p>{esc(img.caption)}</p></figcaption>" if img.caption else ""
        return (
            f'<figure class="image align-center" contenteditable="false"><img title="{attr(img.caption or article.title)}" src="{_GIF}" alt="{attr(img.caption or article.title)}" '
            f'data-original="{src}" data-width="1200" data-height="800" loading="lazy" class="lazy">{caption}</figure>'
        )

    more = _others(article, 1, turn=41)[0]

    def after(seen: int, count: int) -> str:
        if seen == 1 and count >= 3:
            return (
                f'<div class="article-related" contenteditable="false"><div class="article-related__heading">Xem thêm</div>'
                f'<article class="article-item"><div class="article-thumb"><a href="{attr(more.path)}"><img src="https://cdnphoto.baolangson.vn/thumb_w/240/{more.article_id}.jpg" alt="{attr(more.title)}"></a></div>'
                f'<div class="article-content"><h3 class="article-title"><a href="{attr(more.path)}">{esc(more.title)}</a></h3>'
                f'<div class="article-excerpt">{esc(lead_text(more))}</div><div class="article-time">{_dantri_time(more.published)}</div></div></article></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p></p>",
        ad='<div class="dt-ads dt-ads--inarticle" data-zone="inpage"><div id="adm-slot-inpage"></div></div>',
        script='<div class="e-magazine__video" contenteditable="false"><div class="dt-video" data-vid="lso-tv-2022" data-ratio="16:9"></div><script>window.dtVideo && dtVideo.render("lso-tv-2022");</script></div>',
        after=after,
    )
    author = ""
    if shown_byline(article):
        first = author_name(article.authors[0]) if article.authors else "Báo Lạng Sơn"
        author = (
            f'<div class="author-wrap"><div class="author-avatar"><a class="author-avatar__picture" href="/tac-gia/{attr(slugify(first))}.htm">'
            f'<img src="https://cdnphoto.baolangson.vn/avatar/{attr(slugify(first))}.png" alt="{attr(first)}" width="40" height="40"></a></div>'
            f'<div class="author-meta"><div class="author-name">{_linked_credit(article, lambda n: f"/tac-gia/{slugify(n)}.htm")}</div>'
            f'<time class="author-time" datetime="{moment:%Y-%m-%d %H:%M}">{shown}</time></div></div>'
        )
    tags = ""
    if article.tags:
        tags = (
            '<ul class="tags-wrap">'
            + "".join(
                f'<li class="tags-item"><a href="/tags/{tag_slug(t)}.htm" title="{attr(t)}">#{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul>"
        )
    sub = _subcategory(article)
    crumbs = f'<li><a href="{attr(category_path(article))}.htm" title="{attr(category_name(article))}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li><a href="{attr(category_path(article))}/{attr(article.subcategory or "")}.htm" title="{attr(sub)}">{esc(sub)}</a></li>'
    related = "".join(
        f'<article class="article-item"><div class="article-thumb"><a href="{attr(o.path)}"><img src="https://cdnphoto.baolangson.vn/thumb_w/300/{o.article_id}.jpg" alt=""></a></div>'
        f'<div class="article-content"><h3 class="article-title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3><div class="article-excerpt"><a href="{attr(o.path)}">{esc(lead_text(o))}</a></div>'
        f'<div class="article-meta"><time>{_dantri_time(o.published)}</time></div></div></article>'
        for o in _others(article, 3, turn=43)
    )
    featured = "".join(
        f'<article class="article-item"><h3 class="article-title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3></article>'
        for o in _others(article, 5, turn=47)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(hours=2, minutes=3)),
        "author": [
            {
                "@type": "Person",
                "name": author_name(a),
                "url": f"https://baolangson.vn/tac-gia/{slugify(author_name(a))}.htm",
            }
            for a in article.authors
        ],
        "image": [image_src(i) for i in article.images][:1],
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {
                "@type": "ImageObject",
                "url": "https://cdnweb.baolangson.vn/web/images/logo.png",
            },
        },
    }
    crumbs_ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Trang chủ",
                "item": "https://baolangson.vn/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": category_name(article),
                "item": f"https://baolangson.vn{category_path(article)}.htm",
            },
        ],
    }
    nav = "".join(
        f'<li class="menu-item"><a href="{attr(c.path)}.htm" title="{attr(c.name)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(lead_text(article))}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:title" content="{attr(article.title)}"><meta property="og:description" content="{attr(lead_text(article))}">
<meta property="og:url" content="{attr(url_of(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="https://cdnweb.baolangson.vn/web/css/singular.min.css?v=20220204">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(crumbs_ld, ensure_ascii=False)}</script>
<script>window.dtData = {{ pageType: "article", articleId: {article.article_id}, cateId: {10 + len(article.category)} }};</script>
</head>
<body class="singular-page">
<header class="site-header"><div class="header-top container"><span class="header-date">{weekday(SERVED)}, {dmy(SERVED)}</span><a class="header-link" href="/tin-moi-nhat.htm">Mới nhất</a><a class="header-link" href="/video.htm">Video</a><a class="header-login" href="/dang-nhap.htm">Đăng nhập</a></div>
<div class="header-main container"><a class="logo" href="/"><img src="https://cdnweb.baolangson.vn/web/images/logo.svg" alt="Báo Lạng Sơn"></a><form class="search-form" action="/tim-kiem.htm"><input name="keywords" placeholder="Tìm kiếm..."></form></div>
<nav class="menu-wrap"><ul class="menu-wrap__list container"><li class="menu-item home"><a href="/">Trang chủ</a></li>{nav}</ul></nav></header>
<div class="dt-ads dt-ads--billboard"><div id="adm-slot-billboard"></div></div>
<main class="main container"><div class="grid-container">
<div class="singular-sidebar"><div class="social-sharing"><a class="social-sharing__item fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" rel="nofollow" title="Chia sẻ Facebook">Facebook</a><a class="social-sharing__item zalo" href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}" title="Chia sẻ Zalo">Zalo</a><a class="social-sharing__item link" href="#" title="Sao chép liên kết">Copy link</a><a class="social-sharing__item comment" href="#comment">Bình luận</a></div></div>
<article class="singular-container">
<ul class="dt-breadcrumb"><li><a href="/" title="Trang chủ">Trang chủ</a></li>{crumbs}</ul>
<h1 class="title-page detail">{esc(article.title)}</h1>
{author}
<h2 class="singular-sapo">{esc(lead_text(article))}</h2>
<div class="singular-content">
{body}
</div>
{tags}
<div class="singular-footer"><div class="like-share"><button class="btn-like">Thích</button><a class="btn-share" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ</a></div><a class="btn-google-news" href="https://news.google.com/publications/lso" rel="nofollow">Theo dõi Báo Lạng Sơn trên Google News</a></div>
</article>
<section class="comment-wrap" id="comment"><h3 class="comment-wrap__title">Bình luận <span>(0)</span></h3><div class="comment-form"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi bình luận</button></div></section>
<section class="article-related-bottom"><h2 class="section-title">Tin liên quan</h2><div class="article-list">{related}</div></section>
<aside class="sidebar"><div class="box-featured"><h2 class="section-title">Tin nổi bật</h2>{featured}</div><div class="dt-ads dt-ads--sidebar"><div id="adm-slot-right"></div></div></aside>
</div></main>
<footer class="site-footer"><div class="container"><p class="footer-logo">Báo Lạng Sơn</p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tổng biên tập: Nguyễn Văn A. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, TP Lạng Sơn.</p><p>© {SERVED.year} Bản quyền thuộc về Báo Lạng Sơn.</p></div></footer>
<script src="https://cdnweb.baolangson.vn/web/js/singular.min.js?v=20220204" defer></script>
<script src="https://cdnweb.baolangson.vn/web/js/lazyload.min.js" defer></script>
</body>
</html>"""
    return CorpusPage(
        "dantri_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 2. Thanh Niên-like national page -----------------------------------------------------------


def thanhnien_like(article: Article) -> CorpusPage:
    """A national paper in Thanh Niên's manner: `div.detail-cate` with the section and its
    subsection, `h1.detail-title`, `div.detail-info` with the credit (names linked) and
    `04/02/2022 09:56 GMT+7`, a "follow us" link, the lead in `div.detail__summary >
    h2.detail-sapo`, the body in `div.detail-cmain` with pictures as `figure` with
    `figcaption.PhotoCMS_Caption` (an empty placeholder caption when the picture has none) or
    the older `div[type=Photo]` with a `div.PhotoCMS_Caption`, a "Tin liên quan" box inside
    the body, the time only to the minute (meta seconds `:00`), "Từ khóa" tags, comments."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M} GMT+7"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        alt = attr(img.caption or article.title)
        if img.markup == "table" and img.caption:
            return (
                f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{src}" data-fancybox="img-lightbox" title="{alt}" target="_blank" class="detail-img-lightbox">'
                f'<img src="{src}" id="img_{number}" w="1200" h="800" alt="{alt}" title="{alt}" rel="lightbox" photoid="{int(hashlib.sha256(src.encode()).hexdigest()[:6], 16)}" type="photo" data-original="{src}" width="" height="" class="lightbox-content"></a></div>'
                f'<div class="PhotoCMS_Caption"><p class="NLPlaceholderShow" data-placeholder="[nhập chú thích]">{esc(img.caption)}</p></div></div>'
            )
        text = esc(img.caption) if img.caption else ""
        return (
            f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{src}" data-fancybox="img-lightbox" title="{alt}" target="_blank" class="detail-img-lightbox">'
            f'<img loading="lazy" src="{src}" alt="{alt}" title="{alt}" w="1200" h="800" data-original="{src}" class="lightbox-content"></a></div>'
            f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="NLPlaceholderShow">{text}</p></figcaption></figure>'
        )

    related = _others(article, 3, turn=53)

    def after(seen: int, count: int) -> str:
        if seen == min(2, count - 1):
            items = "".join(
                f'<li class="kbwscwl-relatedbox-item"><a href="{attr(o.path)}" title="{attr(o.title)}" class="kbwscwl-relatedbox-link">{esc(o.title)}</a></li>'
                for o in related
            )
            return (
                f'<div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox" contenteditable="false"><div class="kbwscwl-relatedbox type-2">'
                f'<strong class="kbwscwl-relatedbox-title">Tin liên quan</strong><ul class="kbwscwl-relatedbox-list">{items}</ul></div></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div id="zone-krlv706p" class="adv-inread"><div id="share-krlv7a31"></div></div>',
        script='<div class="VCSortableInPreviewMode" type="VideoStream" embed-type="4" data-item-id="lso-tv-2022" data-vid="video.baolangson.vn/2022/02/lso-tv.mp4" data-info="ec2c4e4a" data-location="" data-displaymode="1" data-ratio="1.777" style=""><div class="vcplayer"></div></div><script>if (window.vcPlayer) vcPlayer.init();</script>',
        after=after,
    )
    author = ""
    if shown_byline(article):
        author = f'<div class="detail-author"><div class="author-info"><span class="name">{_linked_credit(article, lambda n: f"/tac-gia/{slugify(n)}.htm")}</span></div></div>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail-tab"><span class="detail-tab-title">Từ khóa:</span> <div class="detail-tab-list">'
            + "".join(
                f'<a class="detail-tab-item" href="/{tag_slug(t)}-tags{1000 + n}.htm" title="{attr(t)}">{esc(t)}</a>'
                for n, t in enumerate(article.tags)
            )
            + "</div></div>"
        )
    sub = _subcategory(article)
    cate = f'<a href="{attr(category_path(article))}.htm" title="{attr(category_name(article))}" class="category-name_ac" data-role="cate-name">{esc(category_name(article))}</a>'
    if sub:
        cate += f'<span class="sep">›</span><a href="{attr(category_path(article))}/{attr(article.subcategory or "")}.htm" title="{attr(sub)}" class="category-name_sub">{esc(sub)}</a>'
    hot = "".join(
        f'<div class="box-category-item"><a class="box-category-link-with-avatar" href="{attr(o.path)}" title="{attr(o.title)}"><img src="https://images.baolangson.vn/zoom/300_188/{o.article_id}.jpg" alt="{attr(o.title)}"></a>'
        f'<h3 class="box-title-text"><a class="box-category-link-title" href="{attr(o.path)}">{esc(o.title)}</a></h3>'
        f'<a class="box-category-sapo" href="{attr(o.path)}">{esc(lead_text(o))}</a><span class="box-time time-ago" title="{dmy(o.published)} {o.published:%H:%M}">{dmy(o.published)} {o.published:%H:%M} GMT+7</span></div>'
        for o in _others(article, 4, turn=59)
    )
    nav = "".join(
        f'<li class="item-menu"><a href="{attr(c.path)}.htm" title="{attr(c.name)}" class="menu-link">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(article.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags) or "Lạng Sơn")}">
<meta name="news_keywords" content="{attr(", ".join(article.tags) or "Lạng Sơn")}">
<meta property="og:title" content="{attr(article.title)}"><meta property="og:description" content="{attr(article.lead)}">
<meta property="og:type" content="article"><meta property="og:url" content="{attr(url_of(article))}">
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M}:00+07:00">
<meta property="article:section" content="{attr(category_name(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="https://static.baolangson.vn/web/css/detail.min.css?v=2022020401">
<script>var pageSettings = {{ DomainAPI: "https://api.baolangson.vn", allowAds: true, newsId: "{article.article_id}", zoneId: "1{len(article.category)}" }};</script>
</head>
<body>
<div class="header__top"><div class="container"><span class="header__date">{weekday(SERVED)}, {dmy(SERVED)}</span><div class="header__links"><a href="/video.htm">Video</a><a href="/podcast.htm">Podcast</a><a href="/dang-ky.htm">Đăng ký</a></div></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/" title="Báo Lạng Sơn"><img src="https://static.baolangson.vn/web/images/logo.svg" alt="Báo Lạng Sơn"></a>
<nav class="menu-nav"><ul class="menu-nav__list"><li class="item-menu"><a href="/" class="menu-link home">Trang chủ</a></li>{nav}</ul></nav></div></header>
<div class="adv-billboard"><div id="zone-billboard-top"></div></div>
<div class="detail-page"><div class="container"><div class="detail-container">
<div class="detail-cate">{cate}</div>
<h1 class="detail-title" data-role="title">{esc(article.title)}</h1>
<div class="detail-info">{author}<div class="detail-time"><div data-role="publishdate">{shown}</div></div>
<a class="detail-follow" href="https://news.google.com/publications/lso" target="_blank" rel="nofollow">Theo dõi Báo Lạng Sơn trên Google News</a></div>
<div class="detail__summary"><h2 class="detail-sapo" data-role="sapo">{esc(lead_text(article))}</h2></div>
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
<div class="detail-cmain">
{body}
</div>
</div>
{tags}
<div class="detail-share"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" rel="nofollow">Facebook</a><a class="share-zalo" href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}">Zalo</a><a class="share-copy" href="#">Copy link</a></div>
<div class="detail-comment" id="comment"><div class="comment-title">Bình luận</div><form class="comment-form"><textarea placeholder="Bạn nghĩ gì về bài viết này?"></textarea><input placeholder="Họ tên"><button type="button">Gửi bình luận</button></form><p class="comment-empty">Hãy là người đầu tiên bình luận bài viết này!</p></div>
</div>
<aside class="detail-aside"><div class="box-category" data-layout="hot"><div class="box-category-top"><h2 class="box-category-title">Tin nổi bật</h2></div><div class="box-category-middle">{hot}</div></div><div class="adv-right"><div id="zone-right-1"></div></div></aside>
</div></div>
<footer class="footer"><div class="container"><div class="footer__logo"><img src="https://static.baolangson.vn/web/images/logo-white.svg" alt="Báo Lạng Sơn"></div><div class="footer__info"><p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn.</p><p>Tổng Biên tập: Nguyễn Văn A. Giấy phép số 45/GP-BTTTT.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, TP Lạng Sơn. ĐT: 0205 3812 345.</p></div><p class="footer__copy">© Bản quyền thuộc Báo Lạng Sơn. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div></footer>
<script src="https://static.baolangson.vn/web/js/detail.min.js?v=2022020401" defer></script>
</body>
</html>"""
    return CorpusPage(
        "thanhnien_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes"),
    )  # fmt: skip


# --- 3. VOV-like Drupal 9 site with the Paragraphs module --------------------------------------


def _vov_time(moment: datetime) -> str:
    """`Thứ Sáu, 09:56, 04/02/2022`."""
    return f"{weekday(moment)}, {moment:%H:%M}, {dmy(moment)}"


def _drupal_style(img: Image, moment: datetime) -> str:
    """The `large` image-style derivative Drupal serves, with its `itok` token."""
    name = _basename(img)
    token = hashlib.sha256(name.encode()).hexdigest()[:8]
    return f"https://baolangson.vn/sites/default/files/styles/large/public/{moment:%Y-%m}/{name}?itok={token}"


def vov_drupal(article: Article) -> CorpusPage:
    """A Drupal 9 news site like VOV's: the today date in the header, the category field above
    `h1.article__title > span.field--name-title`, `div.article__date`
    `Thứ Sáu, 09:56, 04/02/2022` (seconds only in `article:published_time`), the lead as the
    `field--name-field-summary` paragraph, the body split into Paragraphs entities
    (`paragraph--type--text` holding several `<p>`, `paragraph--type--image` with the image
    style derivative and a `field--name-field-caption` beside it, a `paragraph--type--related-news`
    teaser box between them), the credit after the body in `field--name-field-author`, the tags
    as `field--name-field-tags` with the label "Từ khóa", a "Tin mới" views block."""
    moment = article.published
    shown = _vov_time(moment)
    captions = []

    def entity(kind: str, inner: str) -> str:
        return f'<div class="field__item"><div class="paragraph paragraph--type--{kind} paragraph--view-mode--default">{inner}</div></div>'

    teasers = _others(article, 2, turn=61)
    related = entity(
        "related-news",
        '<div class="field field--name-field-title field--type-string field--label-hidden field__item">Tin liên quan</div>'
        '<div class="field field--name-field-news field--type-entity-reference field--label-hidden field__items">'
        + "".join(
            f'<div class="field__item"><article role="article" about="{attr(o.path)}" class="node node--type-article node--view-mode-teaser">'
            f'<h3 class="node__title"><a href="{attr(o.path)}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(o.title)}</span></a></h3>'
            f'<div class="node__date">{_vov_time(o.published)}</div><div class="clearfix text-formatted field field--name-field-summary field--type-text-long field--label-hidden field__item"><p>{esc(o.lead)}</p></div></article></div>'
            for o in teasers
        )
        + "</div>",
    )
    out: list[str] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            out.append(
                entity(
                    "text",
                    '<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">'
                    + "\n".join(group)
                    + "</div>",
                )
            )
            group.clear()

    count = len(article.paragraphs)
    seen = 0
    for block in article.blocks:
        if isinstance(block, Paragraph):
            group.append(f"<p>{esc(block.text)}</p>")
            seen += 1
            if seen == 1 and count >= 3:
                flush()
                out.append(related)
        elif isinstance(block, Blank):
            group.append("<p>&nbsp;</p>")
        elif isinstance(block, Image):
            flush()
            src = _drupal_style(block, moment)
            captions.append(
                {"image_url": src, "text": clean(block.caption) if block.caption else None}
            )
            caption = (
                f'<div class="field field--name-field-caption field--type-string-long field--label-hidden field__item">{esc(block.caption)}</div>'
                if block.caption
                else ""
            )
            out.append(
                entity(
                    "image",
                    f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="{attr(src.removeprefix("https://baolangson.vn"))}" width="800" height="533" alt="{attr(block.caption or "")}" typeof="foaf:Image" class="image-style-large"></div>{caption}',
                )
            )
        elif isinstance(block, Ad):
            flush()
            out.append(
                entity(
                    "advertising",
                    '<div class="block-ads"><div id="vov-ads-inarticle" data-zone="inarticle"></div></div>',
                )
            )
        elif isinstance(block, Script):
            flush()
            out.append(
                entity(
                    "video",
                    '<div class="field field--name-field-video field--type-video-embed-field field--label-hidden field__item"><div class="video-embed-field-provider-youtube video-embed-field-responsive-video"><iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" src="https://www.youtube.com/embed/lsotv2022?autoplay=0&amp;start=0&amp;rel=0"></iframe></div></div>',
                )
            )
    flush()
    body = "\n".join(out)
    author = ""
    if shown_byline(article):
        author = f'<div class="field field--name-field-author field--type-string field--label-hidden field__item">{esc(shown_byline(article) or "")}</div>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Từ khóa</div><div class="field__items">'
            + "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{3000 + sum(map(ord, t)) % 997}" hreflang="vi">{esc(t)}</a></div>'
                for t in article.tags
            )
            + "</div></div>"
        )
    sub = _subcategory(article)
    crumbs = f'<li class="breadcrumb-item"><a href="{attr(category_path(article).lower())}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li class="breadcrumb-item"><a href="{attr(category_path(article).lower())}/{attr(article.subcategory or "")}">{esc(sub)}</a></li>'
    latest = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{attr(o.path)}" hreflang="vi">{esc(o.title)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">{_vov_time(o.published)}</span></div></div>'
        for o in _others(article, 6, turn=67)
    )
    nav = "".join(
        f'<li class="nav-item"><a href="{attr(c.path.lower())}" class="nav-link" data-drupal-link-system-path="taxonomy/term/{n + 11}">{esc(c.name)}</a></li>'
        for n, c in enumerate(content().categories)
    )
    settings = {
        "path": {
            "baseUrl": "/",
            "scriptPath": None,
            "pathPrefix": "",
            "currentPath": f"node/{article.article_id}",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": "vi",
        },
        "pluralDelimiter": "\u0003",
        "ajaxPageState": {
            "libraries": "core/drupal,lso_theme/global-styling,paragraphs/drupal.paragraphs.unpublished",
            "theme": "lso_theme",
        },
        "user": {"uid": 0, "permissionsHash": "3f0a1b2c"},
    }
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{attr(article.lead)}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<meta property="og:site_name" content="Báo Lạng Sơn" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="article:published_time" content="{iso_vietnam(moment)}" />
<meta property="article:modified_time" content="{iso_vietnam(moment + timedelta(minutes=27))}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortlink" href="https://baolangson.vn/node/{article.article_id}" />
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3bH5o2w6Qk4n2c1A.css" />
<script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header-top"><div id="block-todaydate" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field__item">{weekday(SERVED)}, {dmy(SERVED)}</div></div>
<div id="block-hotline" class="block block-block-content"><div class="field field--name-body field__item">Đường dây nóng: 0205 3812 345</div></div></div>
<div class="region region-header"><div id="block-lso-theme-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/lso_theme/logo.svg" alt="Trang chủ" /></a></div>
<nav role="navigation" aria-labelledby="block-lso-theme-main-menu-menu" id="block-lso-theme-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-lso-theme-main-menu-menu">Main navigation</h2><ul class="nav navbar-nav"><li class="nav-item"><a href="/" class="nav-link" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li>{nav}</ul></nav></div></header>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div id="block-lso-theme-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{crumbs}</ol></nav></div>
<div id="block-lso-theme-content" class="block block-system block-system-main-block">
<article role="article" about="/node/{article.article_id}" class="node node--type-article node--promoted node--view-mode-full">
<div class="article__header">
<div class="field field--name-field-category field--type-entity-reference field--label-hidden field__item"><a href="{attr(category_path(article).lower())}" hreflang="vi">{esc(category_name(article))}</a></div>
<h1 class="article__title"><span class="field field--name-title field--type-string field--label-hidden">{esc(article.title)}</span></h1>
<div class="article__meta"><div class="article__date">{shown}</div><div class="article__share"><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank">Chia sẻ</a><a class="share-print" href="/print/node/{article.article_id}">In bài</a></div></div>
</div>
<div class="node__content article__content">
<div class="clearfix text-formatted field field--name-field-summary field--type-text-long field--label-hidden field__item"><p>{esc(lead_text(article))}</p></div>
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
{body}
</div>
{author}
{tags}
</div>
</article>
</div>
<div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1"><h2>Tin mới</h2><div><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1">{latest}</div></div></div>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div id="block-quangcaophai" class="block block-block-content"><div class="field field--name-body field__item"><a href="/quang-cao/lien-he"><img src="/sites/default/files/banner/right-300x600.jpg" alt="Quảng cáo" /></a></div></div></div></aside>
</main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-footerinfo" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field__item"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tổng Biên tập: Nguyễn Văn A.</p></div></div></div></footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings)}</script>
<script src="/sites/default/files/js/js_9f3kQ2sXn8bEw1pL.js"></script>
</body>
</html>"""
    return CorpusPage(
        "vov_drupal", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


# --- 4. A DotNetNuke provincial portal ----------------------------------------------------------

_VI_MONTHS = (
    "Một",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười Một",
    "Mười Hai",
)


def _dnn_time(moment: datetime) -> str:
    """.NET's vi-VN general date: `04/02/2022 9:56:32 SA` (SA before noon, CH after)."""
    hour = moment.hour % 12 or 12
    half = "SA" if moment.hour < 12 else "CH"
    return f"{dmy(moment)} {hour}:{moment:%M:%S} {half}"


def dnn_portal(article: Article) -> CorpusPage:
    """A DotNetNuke portal of a provincial agency: layout tables, skin panes (`dnn_LeftPane`,
    `dnn_ContentPane`), module containers `dnn_ctr…`, the token today in .NET's long form
    (`Thứ Hai, 23 Tháng Mười Một 2026`), the title a `span.Head` (no h1), the time in .NET's
    vi-VN general form `04/02/2022 9:56:32 SA` in a `span.Normal`, the lead a bold span, the
    RadEditor body in `span.Normal` (justified `<p>`s with inner font spans, pictures in a
    centred `<div>` with the caption after a `<br>` in an italic-styled span, or in a layout
    table), the credit the last right-aligned italic line, no tags, "Các tin khác" with the
    same time form, a poll, a visitor counter and a footer module."""
    moment = article.published
    shown = _dnn_time(moment)
    ctr = 400 + article.article_id % 97
    mod = f"dnn_ctr{ctr}_NewsDetail"

    def image(img: Image, number: int) -> str:
        src = attr(img.src)  # as stored by the editor (relative for the older uploads)
        if img.markup == "table" and img.caption:
            return (
                '<table border="0" cellpadding="2" cellspacing="0" width="500" align="center" style="margin: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><img src="{src}" alt="" width="500" height="333" border="0" /></td></tr>'
                f'<tr><td style="text-align: center; background-color: #eeeeee;"><span style="font-size: 11px; font-family: Arial;">{esc(img.caption)}</span></td></tr></tbody></table>'
            )
        if img.caption:
            return (
                f'<div style="text-align: center;"><img src="{src}" alt="" width="500" height="333" border="0" /><br />'
                f'<span style="font-size: 11px; font-style: italic; font-family: Arial;">{esc(img.caption)}</span></div>'
            )
        return f'<div style="text-align: center;"><img src="{src}" alt="" width="500" height="333" border="0" /></div>'

    body = _blocks(
        article,
        lambda text: (
            f'<p style="text-align: justify;"><span style="font-size: 13px; font-family: Arial;">{text}</span></p>'
        ),
        image,
        blank='<p style="text-align: justify;"><span style="font-size: 13px; font-family: Arial;">&nbsp;</span></p>',
        ad='<div style="text-align: center;"><a href="/LinkClick.aspx?link=quang-cao-17&amp;tabid=36&amp;mid=512" target="_blank"><img src="/Portals/0/QuangCao/vietinbank-468x60.gif" alt="" border="0" /></a></div>',
        script='<p style="text-align: center;"><object width="480" height="360"><param name="movie" value="/Portals/0/Video/player.swf?file=lso-tv-2022.flv"></param><embed src="/Portals/0/Video/player.swf?file=lso-tv-2022.flv" width="480" height="360"></embed></object></p><script type="text/javascript">if (typeof swfobject != "undefined") swfobject.registerObject("lsotv", "9.0.0");</script>',
    )
    credit = ""
    if shown_byline(article):
        credit = f'<p style="text-align: right;"><span style="font-size: 13px; font-family: Arial;"><em>{esc(shown_byline(article) or "")}</em></span></p>'
    sub = _subcategory(article)
    crumbs = f'<a href="{attr(category_path(article))}.aspx" class="Breadcrumb">{esc(category_name(article))}</a>'
    if sub:
        crumbs += f' » <a href="{attr(category_path(article))}/{attr(article.subcategory or "")}.aspx" class="Breadcrumb">{esc(sub)}</a>'
    others = "".join(
        f'<tr><td class="OtherNewsItem" valign="top"><img src="/Portals/_default/Skins/LSO/images/bullet.gif" alt="" border="0" />&nbsp;'
        f'<a href="{attr(o.path)}" class="OtherNewsLink">{esc(o.title)}</a>&nbsp;<span class="NormalDate">({_dnn_time(o.published)})</span></td></tr>'
        for o in _others(article, 6, turn=71)
    )
    same = "".join(
        f'<tr><td width="110" valign="top"><a href="{attr(o.path)}"><img src="/Portals/0/NewsThumbs/{o.article_id}.jpg" width="100" border="0" alt="" /></a></td>'
        f'<td valign="top"><a href="{attr(o.path)}" class="NewsTitle">{esc(o.title)}</a><br /><span class="Normal">{esc(lead_text(o))}</span></td></tr>'
        for o in _others(article, 3, turn=73)
    )
    most = "".join(
        f'<tr><td class="Normal"><a href="{attr(o.path)}" class="Normal">{esc(o.title)}</a></td></tr>'
        for o in _others(article, 5, turn=79)
    )
    nav = "".join(
        f'<tr><td class="LeftMenuItem"><a href="{attr(c.path)}.aspx" class="LeftMenuLink">{esc(c.name)}</a></td></tr>'
        for c in content().categories
    )
    today = (
        f"{weekday(SERVED)}, {SERVED.day:02d} Tháng {_VI_MONTHS[SERVED.month - 1]} {SERVED.year}"
    )
    views = 800 + article.article_id % 4000
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><meta content="text/javascript" http-equiv="Content-Script-Type" /><meta content="text/css" http-equiv="Content-Style-Type" />
<meta id="MetaDescription" name="DESCRIPTION" content="{attr(article.lead)}" />
<meta id="MetaKeywords" name="KEYWORDS" content="Báo Lạng Sơn, tin tức Lạng Sơn, Lạng Sơn,DotNetNuke,DNN" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Copyright 2012 by Báo Lạng Sơn" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaAuthor" name="AUTHOR" content="Báo Lạng Sơn" /><meta name="RESOURCE-TYPE" content="DOCUMENT" /><meta name="DISTRIBUTION" content="GLOBAL" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<title>Báo Lạng Sơn &gt; {esc(category_name(article))} &gt; {esc(article.title)}</title>
<link href="/Portals/_default/default.css?cdv=312" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/LSO/skin.css?cdv=312" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=312" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=312" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="{attr(article.path)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1ODQyNzk0Mg9kFgYCAQ8WAh4EVGV4dAVQPCFET0NUWVBFIEhUTUwgUFVCTElDICItLy9XM0MvL0RURCBIVE1MIDQuMCBUcmFuc2l0aW9uYWwvL0VOIj5kAgsPZBYCAgEPZBYCZg9kFgJmD2QWAg{article.article_id}" /></div>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['Form']; if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]></script>
<table class="SkinWrapper" width="1000" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td class="TopBar" colspan="3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="left"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{today}</span></td>
<td align="right"><a id="dnn_dnnLOGIN_loginLink" class="SkinObject" rel="nofollow" href="/Login.aspx?returnurl=%2f">Đăng nhập</a> | <a href="/LienHe.aspx" class="SkinObject">Liên hệ</a> | <a href="/SoDoSite.aspx" class="SkinObject">Sơ đồ site</a></td></tr></table></td></tr>
<tr><td class="Banner" colspan="3"><a id="dnn_dnnLOGO_hypLogo" title="Báo Lạng Sơn" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Banner/banner-lso-1000x150.jpg" alt="Báo Lạng Sơn" style="border-width:0px;" /></a></td></tr>
<tr><td class="BreadcrumbBar" colspan="3"><span class="SkinObject">Bạn đang ở:</span> <span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/" class="Breadcrumb">Trang chủ</a> » {crumbs}</span></td></tr>
<tr>
<td id="dnn_LeftPane" class="LeftPane" width="200" valign="top">
<div class="DnnModule DnnModule-DNN_HTML DnnModule-377"><a name="377"></a><table class="ContainerBlue" cellpadding="0" cellspacing="0" width="100%"><tr><td class="ContainerTitle"><span id="dnn_ctr377_dnnTITLE_titleLabel" class="Head">Chuyên mục</span></td></tr>
<tr><td id="dnn_ctr377_ContentPane" class="ContainerContent"><table width="100%" cellpadding="3" cellspacing="0"><tr><td class="LeftMenuItem"><a href="/" class="LeftMenuLink">Trang chủ</a></td></tr>{nav}</table></td></tr></table></div>
<div class="DnnModule DnnModule-Poll DnnModule-381"><a name="381"></a><table class="ContainerBlue" cellpadding="0" cellspacing="0" width="100%"><tr><td class="ContainerTitle"><span id="dnn_ctr381_dnnTITLE_titleLabel" class="Head">Thăm dò ý kiến</span></td></tr>
<tr><td id="dnn_ctr381_ContentPane" class="ContainerContent"><span class="Normal">Bạn đánh giá thế nào về giao diện mới của Báo Lạng Sơn điện tử?</span><br /><input type="radio" name="dnn$ctr381$poll" value="1" /><span class="Normal">Đẹp, dễ theo dõi</span><br /><input type="radio" name="dnn$ctr381$poll" value="2" /><span class="Normal">Bình thường</span><br /><input type="radio" name="dnn$ctr381$poll" value="3" /><span class="Normal">Khó theo dõi</span><br /><input type="submit" name="dnn$ctr381$cmdVote" value="Biểu quyết" class="CommandButton" /></td></tr></table></div>
</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">
<div class="DnnModule DnnModule-NewsDetail DnnModule-{ctr}"><a name="{ctr}"></a>
<table class="ContainerWhite" cellpadding="0" cellspacing="0" width="100%"><tr><td id="dnn_ctr{ctr}_ContentPane" class="ContainerContent">
<div id="dnn_ctr{ctr}_ModuleContent" class="DNNModuleContent ModNewsDetailC">
<table width="100%" cellpadding="4" cellspacing="0" border="0">
<tr><td><span id="{mod}_lblTitle" class="Head">{esc(article.title)}</span></td></tr>
<tr><td class="NewsInfo"><img src="/Portals/_default/Skins/LSO/images/clock.gif" alt="" border="0" />&nbsp;<span id="{mod}_lblDate" class="Normal">{shown}</span>&nbsp;|&nbsp;<span class="Normal">Lượt xem: {views}</span></td></tr>
<tr><td><span id="{mod}_lblSummary" class="NormalBold">{esc(lead_text(article))}</span></td></tr>
<tr><td><span id="{mod}_lblContent" class="Normal">
{body}
{credit}
</span></td></tr>
<tr><td align="right" class="NewsTools"><a href="javascript:window.print();" class="CommandButton">In bài viết</a> | <a href="/GuiEmail.aspx?id={article.article_id}" class="CommandButton">Gửi cho bạn bè</a> | <a href="#top" class="CommandButton">Về đầu trang</a></td></tr>
</table>
</div></td></tr></table></div>
<div class="DnnModule DnnModule-NewsSameCategory DnnModule-{ctr + 1}"><a name="{ctr + 1}"></a><table class="ContainerBlue" cellpadding="0" cellspacing="0" width="100%"><tr><td class="ContainerTitle"><span id="dnn_ctr{ctr + 1}_dnnTITLE_titleLabel" class="Head">Tin cùng chuyên mục</span></td></tr>
<tr><td id="dnn_ctr{ctr + 1}_ContentPane" class="ContainerContent"><table width="100%" cellpadding="4" cellspacing="0">{same}</table></td></tr></table></div>
<div class="DnnModule DnnModule-NewsOther DnnModule-{ctr + 2}"><a name="{ctr + 2}"></a><table class="ContainerBlue" cellpadding="0" cellspacing="0" width="100%"><tr><td class="ContainerTitle"><span id="dnn_ctr{ctr + 2}_dnnTITLE_titleLabel" class="Head">Các tin khác</span></td></tr>
<tr><td id="dnn_ctr{ctr + 2}_ContentPane" class="ContainerContent"><table width="100%" cellpadding="2" cellspacing="0">{others}</table></td></tr></table></div>
</td>
<td id="dnn_RightPane" class="RightPane" width="220" valign="top">
<div class="DnnModule DnnModule-NewsMostView DnnModule-385"><a name="385"></a><table class="ContainerBlue" cellpadding="0" cellspacing="0" width="100%"><tr><td class="ContainerTitle"><span id="dnn_ctr385_dnnTITLE_titleLabel" class="Head">Tin đọc nhiều</span></td></tr>
<tr><td id="dnn_ctr385_ContentPane" class="ContainerContent"><table width="100%" cellpadding="3" cellspacing="0">{most}</table></td></tr></table></div>
<div class="DnnModule DnnModule-DNN_HTML DnnModule-389"><a name="389"></a><div id="dnn_ctr389_ContentPane"><div id="dnn_ctr389_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr389_HtmlModule_lblContent" class="Normal"><p><a href="/LinkClick.aspx?link=http%3a%2f%2fchinhphu.vn&amp;tabid=36&amp;mid=389" target="_blank"><img src="/Portals/0/LienKet/cong-ttdt-chinh-phu.jpg" alt="Cổng TTĐT Chính phủ" width="210" border="0" /></a></p><p><a href="/LinkClick.aspx?link=http%3a%2f%2flangson.gov.vn&amp;tabid=36&amp;mid=389" target="_blank"><img src="/Portals/0/LienKet/cong-ttdt-lang-son.jpg" alt="Cổng TTĐT tỉnh Lạng Sơn" width="210" border="0" /></a></p></div></div></div></div>
<div class="DnnModule DnnModule-Counter DnnModule-391"><a name="391"></a><table class="ContainerBlue" cellpadding="0" cellspacing="0" width="100%"><tr><td class="ContainerTitle"><span class="Head">Thống kê truy cập</span></td></tr><tr><td class="ContainerContent"><span class="Normal">Đang truy cập: 312</span><br /><span class="Normal">Tổng lượt truy cập: 48.215.907</span></td></tr></table></div>
</td>
</tr>
<tr><td id="dnn_FooterPane" class="FooterPane" colspan="3" align="center"><div class="DnnModule DnnModule-DNN_HTML DnnModule-393"><a name="393"></a><div id="dnn_ctr393_HtmlModule_lblContent" class="Normal"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Giấy phép số 45/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A.</p><p>Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205 3812 345.</p></div></div>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2012 by Báo Lạng Sơn</span> | <a id="dnn_dnnTERMS_hypTerms" class="Footer" rel="nofollow" href="/Terms.aspx">Điều khoản sử dụng</a></td></tr>
</table>
<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" value="`{{`__scdoff`:`1`}}" />
<script src="/js/dnn.modalpopup.js?cdv=312" type="text/javascript"></script><script src="/js/dnncore.js?cdv=312" type="text/javascript"></script>
</form>
</body>
</html>"""
    return CorpusPage(
        "dnn_portal", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", tags=False),
    )  # fmt: skip


MARKUPS_F: dict[str, Renderer] = {
    "dantri_like": dantri_like,
    "thanhnien_like": thanhnien_like,
    "vov_drupal": vov_drupal,
    "dnn_portal": dnn_portal,
}
