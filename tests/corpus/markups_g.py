# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set G: the sixth held-out set (scored once sealed at 91.0 %), now tuned on.

Written from what Vietnamese news systems emit (a Tuổi Trẻ / Người Lao Động-like VCCorp-family
page, a Tiền Phong / Lao Động-like custom PHP CMS, a Google AMP page with a carousel gallery,
a news app's "Lite" web view) without reading the parsers; the expected records come from the
content alone. The field rules of the earlier held-out sets hold: `dateline` is the article's
date line as printed (with its label, if any), `published_at` as precise as the page gives it
anywhere (none when the page gives no time), `byline` the credit as shown (never a source line
such as `Nguồn: Báo Lạng Sơn`), `authors` the names in it, `tags` only the tags the page shows,
`category` the top-level section, a caption's `image_url` the address the page serves the
picture from (an `<img>`'s `src`, or its lazy attribute when `src` is a placeholder), one
caption under a gallery going to each of its pictures.

A page that prints only a relative time (`4 năm trước`) has no date line: that text is
computed from the serving day, changes on every recheck and is not the article's own date
line, so `dateline` is null there; `dateline_date` and `published_at` come from the
`<time datetime>` the page carries. Do not tune a parser on these pages without moving the
markup into the tuning set (done: this is now tuning).

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
from collections.abc import Callable
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
from tests.corpus.pages import others as _others
from tests.corpus.pages import subcategory_name as _subcategory
from tests.corpus.pages import write_blocks as _blocks
from tests.site.formats import author_name, clean, iso_vietnam, slugify
from tests.site.model import Article, Image

_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _linked_credit(article: Article, href: Callable[[str], str], cls: str = "") -> str:
    """The credit as shown, each author's name in it made a link to the author's page."""
    credit = esc(shown_byline(article) or "")
    klass = f' class="{cls}"' if cls else ""
    for name in article.authors:
        for form in (name, name.upper()):
            if esc(form) in credit:
                link = f'<a{klass} href="{attr(href(author_name(name)))}">{esc(form)}</a>'
                credit = credit.replace(esc(form), link, 1)
                break
    return credit


def _upload_path(img: Image) -> str:
    """The picture's path below its media host (`upload/image/…` or `uploads/2015/…`)."""
    return image_src(img).split("://", 1)[1].split("/", 1)[1]


# --- 1. Tuổi Trẻ / Người Lao Động-like page (VCCorp-family CMS) ----------------------------------


def _tt_thumb(img: Image) -> str:
    """The 730-pixel thumbnail the CMS's image server makes of an upload."""
    return f"https://cdn.baolangson.vn/thumb_w/730/{_upload_path(img)}"


def tuoitre_like(article: Article) -> CorpusPage:
    """A national paper in Tuổi Trẻ's / Người Lao Động's manner (a VCCorp-family CMS): the
    section links in `div.detail-cate`, `h1.detail-title`, `div.detail-time >
    div[data-role=publishdate]` printing `04/02/2022 - 09:56` (seconds only in meta), a
    listen button, the lead in `h2.detail-sapo[data-role=sapo]`, the body in
    `div.detail-content.afcbc-body[data-role=content]` with `VCSortableInPreviewMode` boxes of
    type "Photo" (the `<img>` is the 730-pixel thumbnail, the lightbox link the full upload,
    caption in `div.PhotoCMS_Caption`), a "VideoStream" box with its own caption, a "Tin liên
    quan" `relationnews` box after the second paragraph, the credit AFTER the body in
    `div.author-info` (names linked), tags in `div.detail-tab`, a comment box and "Xem nhiều"."""
    moment = article.published
    shown = f"{dmy(moment)} - {moment:%H:%M}"
    captions = [
        {"image_url": _tt_thumb(i), "text": clean(i.caption) if i.caption else None}
        for i in article.images
    ]

    def image(img: Image, number: int) -> str:
        thumb = attr(_tt_thumb(img))
        full = attr(image_src(img))
        alt = attr(img.caption or article.title)
        caption = (
            f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">{esc(img.caption)}</p></div>'
            if img.caption
            else ""
        )
        return (
            f'<div class="VCSortableInPreviewMode" type="Photo" style="" data-back-up="false"><div>'
            f'<a href="{full}" data-fancybox="detail-lightbox" title="{alt}" target="_blank" class="detail-img-lightbox">'
            f'<img src="{thumb}" id="img_{article.article_id}{number}" w="1280" h="853" alt="{alt}" title="{alt}" rel="lightbox" photoid="{article.article_id * 10 + number}" type="photo" data-original="{thumb}" width="730" height="486" class="lightbox-content"></a></div>'
            f"{caption}</div>"
        )

    related = _others(article, 3, turn=83)

    def after(seen: int, count: int) -> str:
        if seen == min(2, count - 1):
            items = "".join(
                f'<li data-id="{o.article_id}"><a href="{attr(o.path)}" title="{attr(o.title)}" data-popup-url="{attr(o.path)}" class="show-popup visit-popup">{esc(o.title)}</a></li>'
                for o in related
            )
            return (
                f'<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox" contenteditable="false"><div class="relationnews">'
                f'<div class="title-relationnews">Tin liên quan</div><ul>{items}</ul></div></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad='<div id="admzone480456" class="adm-inpage"></div>',
        script=(
            '<div class="VCSortableInPreviewMode" type="VideoStream" embed-type="4" data-item-id="lso-tv-2022" data-vid="baolangson/2022/02/lso-tv-2022.mp4" data-ratio="0.5625" style="">'
            '<div class="videoNewsPlayer"><div class="loading-video"></div></div>'
            '<div class="VideoCMS_Caption"><p data-placeholder="[nhập chú thích]">Video: Truyền hình Lạng Sơn</p></div></div>'
            '<script>if (typeof initVideoStream === "function") initVideoStream("lso-tv-2022");</script>'
        ),
        after=after,
    )
    author = ""
    if shown_byline(article):
        author = (
            f'<div class="author-info" data-role="author"><div class="name">'
            f"{_linked_credit(article, lambda n: f'/tac-gia/{slugify(n)}.htm', 'author-link')}</div></div>"
        )
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail-tab" data-role="tags">'
            + "".join(
                f'<a href="/{tag_slug(t)}.html" title="{attr(t)}" class="item">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    sub = _subcategory(article)
    cate = f'<a href="{attr(category_path(article))}.htm" title="{attr(category_name(article))}" data-role="cate-name">{esc(category_name(article))}</a>'
    if sub:
        cate += f'<a href="{attr(category_path(article))}/{attr(article.subcategory or "")}.htm" title="{attr(sub)}" class="sub">{esc(sub)}</a>'
    most = "".join(
        f'<li class="box-category-item"><a class="box-category-link-with-avatar" href="{attr(o.path)}" title="{attr(o.title)}"><img src="https://cdn.baolangson.vn/zoom/140_88/{o.article_id}.jpg" alt="{attr(o.title)}"></a>'
        f'<h3 class="box-title-text"><a class="box-category-link-title" href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></h3></li>'
        for o in _others(article, 5, turn=89)
    )
    nav = "".join(
        f'<li class="menu-li"><a href="{attr(c.path)}.htm" title="{attr(c.name)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta name="news_keywords" content="{attr(", ".join(article.tags))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S}" />
<meta property="article:modified_time" content="{(moment + timedelta(minutes=47)):%Y-%m-%dT%H:%M:%S}" />
<meta property="article:section" content="{attr(category_name(article))}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link rel="stylesheet" href="https://static.baolangson.vn/web/css/detail.min.css?v=2.1.47" />
<script>var pageSettings = {{ DomainAPI: "https://comment.baolangson.vn", allowAds: true, newsId: {article.article_id}, zoneId: "{attr(article.category)}" }};</script>
</head>
<body>
<div id="admzone480448" class="adm-top"></div>
<div class="header">
<div class="header__top"><div class="w1160"><a class="logo" href="/" title="Báo Lạng Sơn"><img src="https://static.baolangson.vn/web/images/logo.svg" alt="Báo Lạng Sơn" /></a>
<div class="header__today">{weekday(SERVED)}, ngày {dmy(SERVED)}</div>
<div class="header__util"><a href="/tin-moi-nhat.htm">Mới nhất</a><a href="/video.htm">Video</a><a href="/podcast.htm">Podcast</a><a href="/tim-kiem.htm" class="btn-search">Tìm kiếm</a><a href="/dang-nhap.htm" class="btn-login">Đăng nhập</a></div></div></div>
<div class="header__nav"><div class="w1160"><ul class="menu-nav"><li class="menu-li home"><a href="/" title="Trang chủ">Trang chủ</a></li>{nav}</ul></div></div>
</div>
<div class="detail__section">
<div class="w1160 detail-container">
<div class="detail-cate">{cate}</div>
<div class="detail__cmain">
<div class="detail__cmain-flex">
<div class="detail__left">
<div class="detail__top">
<h1 class="detail-title article-title" data-role="title">{esc(article.title)}</h1>
<div class="detail-top">
<div class="detail-time"><div data-role="publishdate">{shown}</div></div>
<div class="detail-top-right"><a href="javascript:;" class="btn-listen" data-audio="{article.article_id}">Nghe bài viết</a><a href="javascript:;" class="btn-font" title="Cỡ chữ">Aa</a><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" class="btn-share fb" target="_blank" rel="nofollow">Chia sẻ</a></div>
</div>
</div>
<h2 class="detail-sapo" data-role="sapo">{esc(lead_text(article))}</h2>
<div class="detail-cmain">
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
{body}
</div>
{author}
{tags}
<div class="detail-social"><a href="javascript:;" class="btn-vote" data-type="like">Thích</a><span class="count">0</span><a href="https://news.google.com/publications/lso" target="_blank" rel="nofollow" class="btn-ggnews">Theo dõi Báo Lạng Sơn trên Google News</a></div>
</div>
<div class="detail-comment" id="comment"><div class="box-comment-title">Bình luận (0)</div><div class="comment-form"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><p class="note">Bạn đọc vui lòng gõ tiếng Việt có dấu. Bình luận sẽ được kiểm duyệt trước khi đăng.</p><button class="btn-send">Gửi bình luận</button></div></div>
</div>
<div class="detail__right"><div class="box-category box-mostview"><div class="box-category-top"><h2 class="title-box-category">Xem nhiều</h2></div><ul class="box-category-middle">{most}</ul></div><div id="admzone480452" class="adm-right"></div></div>
</div>
</div>
</div>
</div>
<div class="footer"><div class="w1160"><div class="footer__logo"><img src="https://static.baolangson.vn/web/images/logo-footer.svg" alt="Báo Lạng Sơn" /></div><div class="footer__info"><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 45/GP-BTTTT. Tổng biên tập: Nguyễn Văn A.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, TP Lạng Sơn.</p></div></div></div>
<script src="https://static.baolangson.vn/web/js/detail.min.js?v=2.1.47" defer></script>
</body>
</html>"""
    return CorpusPage(
        "tuoitre_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


# --- 2. Tiền Phong / Lao Động-like page on a custom PHP CMS --------------------------------------


def tienphong_like(article: Article) -> CorpusPage:
    """A national paper in Tiền Phong's / Lao Động's manner (a custom PHP CMS): the today date
    in the top bar, `article.article` with `div.article__meta` (the section link, then
    `time.time[datetime]` printing `Thứ Sáu, 04/02/2022 09:56` with PHP's ISO 8601 `+0700`),
    `h1.article__title`, the lead as `div.article__sapo.cms-desc` (its `LSO-` marker in bold),
    the body in `div.article__body.cms-body` with lazy pictures in `table.picture`
    (`td.pic` / `td.caption`, placeholder `src`, the upload in `data-src`), a "Đọc thêm" story
    card after the first paragraph, the credit after the body in `div.article__author` (the
    role words plain, names linked), `Từ khóa` tags with the CMS's `-tag.tpo`-like URLs,
    "Cùng chuyên mục" and "Đọc nhiều" boxes."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} {moment:%H:%M}"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = (
            f'<tr><td class="caption"><p>{esc(img.caption)}</p></td></tr>' if img.caption else ""
        )
        return (
            f'<table class="picture" align="center"><tbody><tr><td class="pic">'
            f'<img src="{_GIF}" data-src="{src}" data-width="1200" data-height="800" class="lazyload cms-photo" alt="{attr(img.caption or "")}" title="{attr(img.caption or "")}">'
            f"</td></tr>{caption}</tbody></table>"
        )

    more = _others(article, 1, turn=97)[0]

    def after(seen: int, count: int) -> str:
        if seen == 1 and count >= 3:
            return (
                f'<div class="article__story cms-relate" data-id="{more.article_id}"><div class="story">'
                f'<h3 class="story__heading"><span class="label">Đọc thêm</span> <a class="cms-link" href="{attr(more.path)}" title="{attr(more.title)}">{esc(more.title)}</a></h3>'
                f'<figure class="story__thumb"><a class="cms-link" href="{attr(more.path)}"><img src="https://image.baolangson.vn/w240/{more.article_id}.jpg" alt="{attr(more.title)}"></a></figure></div></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ad-slot ad-slot--inarticle" data-slot="article_inpage"><ins class="adsbygoogle" style="display:block" data-ad-slot="4821937750"></ins></div>',
        script='<div class="cms-embed embed-video"><iframe src="https://tv.baolangson.vn/embed/lso-tv-2022" width="640" height="360" frameborder="0" allowfullscreen></iframe></div><script async src="https://tv.baolangson.vn/js/embed.js"></script>',
        after=after,
    )
    prefix = article.lead_prefix
    sapo = (
        f"<strong>{esc(prefix.rstrip())}</strong>{' ' if prefix.endswith(' ') else ''}{esc(article.lead)}"
        if prefix
        else esc(article.lead)
    )
    author = ""
    if shown_byline(article):
        author = f'<div class="article__author"><span class="cms-author">{_linked_credit(article, lambda n: f"/tac-gia/{slugify(n)}.tpo", "author")}</span></div>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="article__tag"><h4 class="box-heading">Từ khóa</h4><div class="box-content">'
            + "".join(
                f'<a href="/{tag_slug(t)}-tag.tpo" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div></div>"
        )
    sub = _subcategory(article)
    section = f'<a class="article__category cms-cate" href="{attr(category_path(article).lower())}/">{esc(category_name(article))}</a>'
    if sub:
        section += f' <a class="article__subcategory" href="{attr(category_path(article).lower())}/{attr(article.subcategory or "")}/">{esc(sub)}</a>'
    same = "".join(
        f'<article class="story story--horizontal"><figure class="story__thumb"><a href="{attr(o.path)}"><img src="https://image.baolangson.vn/w300/{o.article_id}.jpg" alt="{attr(o.title)}"></a></figure>'
        f'<h2 class="story__heading"><a class="cms-link" href="{attr(o.path)}">{esc(o.title)}</a></h2><div class="story__summary">{esc(lead_text(o))}</div>'
        f'<div class="story__meta"><time datetime="{o.published:%Y-%m-%dT%H:%M:%S}+0700">{dmy(o.published)}</time></div></article>'
        for o in _others(article, 4, turn=101)
    )
    most = "".join(
        f'<li><span class="rank">{n}</span><a class="cms-link" href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(_others(article, 5, turn=103), 1)
    )
    nav = "".join(
        f'<li class="menu__item"><a href="{attr(c.path.lower())}/" class="menu__link">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/assets/css/main.css?v=1644000000">
<script>window.__cms = {{ page: "detail", id: {article.article_id}, cat: "{attr(category_path(article).lower())}" }};</script>
</head>
<body class="page-detail">
<div class="topbar"><div class="container"><span class="topbar__date">{weekday(SERVED)}, {dmy(SERVED)}</span><span class="topbar__weather">Lạng Sơn 14°C</span><a href="/rss/" class="topbar__link">RSS</a><a href="/lien-he/" class="topbar__link">Liên hệ quảng cáo</a></div></div>
<header class="header"><div class="container"><a href="/" class="header__logo"><img src="/assets/images/logo.png" alt="Báo Lạng Sơn điện tử"></a><form class="header__search" action="/tim-kiem/"><input type="text" name="q" placeholder="Nhập từ khóa..."></form></div>
<nav class="menu"><div class="container"><ul class="menu__list"><li class="menu__item menu__item--home"><a href="/" class="menu__link">Trang chủ</a></li>{nav}</ul></div></nav></header>
<main class="main"><div class="container"><div class="main__wrap">
<div class="main__content">
<article class="article" data-id="{article.article_id}">
<div class="article__meta">{section} <time class="time" datetime="{moment:%Y-%m-%dT%H:%M:%S}+0700">{shown}</time></div>
<h1 class="article__title cms-title">{esc(article.title)}</h1>
<div class="article__sapo cms-desc">{sapo}</div>
<div class="article__share"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" rel="nofollow">Facebook</a><a class="share-zalo" href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}" target="_blank">Zalo</a><a class="share-copy" href="javascript:;">Sao chép link</a></div>
<div class="article__body cms-body">
{body}
</div>
{author}
{tags}
</article>
<section class="section section--same"><h3 class="section__heading">Cùng chuyên mục</h3><div class="section__content">{same}</div></section>
</div>
<aside class="main__sidebar"><div class="box box--most"><h3 class="box__heading">Đọc nhiều</h3><ol class="box__list">{most}</ol></div><div class="ad-slot ad-slot--right" data-slot="right_1"></div></aside>
</div></div></main>
<footer class="footer"><div class="container"><div class="footer__about"><p><b>Báo Lạng Sơn điện tử</b></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tổng Biên tập: Nguyễn Văn A. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, TP Lạng Sơn.</p></div><p class="footer__copy">© Bản quyền thuộc về Báo Lạng Sơn. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div></footer>
<script src="/assets/js/lazysizes.min.js" async></script>
<script src="/assets/js/main.js?v=1644000000" defer></script>
</body>
</html>"""
    return CorpusPage(
        "tienphong_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 3. A Google AMP page with a carousel gallery ------------------------------------------------


def amp_carousel(article: Article) -> CorpusPage:
    """The AMP version a Vietnamese paper's CMS serves: `amp-sidebar` menu, `amp-ad` slots, the
    time `09:56 ngày 04/02/2022` in a `span.time` (seconds only in JSON-LD, whose `author` is an
    array of Persons and whose `dateModified` is later), the lead in `div.sapo`, `amp-img
    layout="responsive"` with a `srcset` of resized copies, and every picture of an article with
    more than one put into one `amp-carousel` with one caption under it (after the first
    picture's paragraph); the credit after the body as a bold right-aligned `p.author`, topics
    as `Chủ đề:` links, an `amp-youtube` for the video, related links with times."""
    moment = article.published
    shown = f"{moment:%H:%M} ngày {dmy(moment)}"
    images = article.images
    gallery = len(images) >= 2
    shared = " ".join(clean(i.caption) for i in images if i.caption) or None
    started = False

    def amp_img(img: Image, cls: str) -> str:
        src = image_src(img)
        srcset = f"{src}?w=480 480w, {src}?w=800 800w, {src} 1200w"
        return (
            f'<amp-img class="{cls}" src="{attr(src)}" srcset="{attr(srcset)}" width="1200" height="800" layout="responsive" alt="{attr(img.caption or article.title)}">'
            f'<noscript><img src="{attr(src)}" width="1200" height="800" alt=""></noscript></amp-img>'
        )

    def image(img: Image, number: int) -> str:
        nonlocal started
        if gallery:
            if started:
                return ""
            started = True
            slides = "".join(amp_img(i, "slide") for i in images)
            caption = (
                f'<figcaption class="gallery__caption">{esc(shared)}</figcaption>' if shared else ""
            )
            return (
                f'<figure class="gallery"><amp-carousel type="slides" width="1200" height="800" layout="responsive" controls loop>{slides}</amp-carousel>'
                f'<div class="gallery__count">{len(images)} ảnh</div>{caption}</figure>'
            )
        caption = (
            f'<figcaption class="photo__caption">{esc(img.caption)}</figcaption>'
            if img.caption
            else ""
        )
        return f'<figure class="photo">{amp_img(img, "photo__img")}{caption}</figure>'

    def after(seen: int, count: int) -> str:
        if seen == 1:
            return '<div class="ad ad--inline"><amp-ad width="300" height="250" type="doubleclick" data-slot="/21800000/baolangson/amp_inarticle_1" data-multi-size="300x600"></amp-ad></div>'
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="",
        ad='<div class="ad ad--inline"><amp-ad width="300" height="250" type="doubleclick" data-slot="/21800000/baolangson/amp_inarticle_2"></amp-ad></div>',
        script='<amp-youtube data-videoid="lsotv2022" layout="responsive" width="480" height="270"></amp-youtube>',
        after=after,
    )
    captions = None
    if gallery:
        captions = [{"image_url": image_src(i), "text": shared} for i in images]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "image": {
            "@type": "ImageObject",
            "url": image_src(images[0])
            if images
            else "https://baolangson.vn/assets/images/og-default.jpg",
            "width": 1200,
            "height": 800,
        },
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(hours=5, minutes=12, seconds=7)),
        "author": [
            {
                "@type": "Person",
                "name": author_name(a),
                "url": f"https://baolangson.vn/tac-gia/{slugify(author_name(a))}",
            }
            for a in article.authors
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {
                "@type": "ImageObject",
                "url": "https://baolangson.vn/assets/images/logo-amp.png",
                "width": 600,
                "height": 60,
            },
        },
    }
    author = (
        f'<p class="author" style="text-align:right"><strong>{esc(shown_byline(article) or "")}</strong></p>'
        if shown_byline(article)
        else ""
    )
    topics = ""
    if article.tags:
        topics = (
            '<div class="topics"><span class="topics__label">Chủ đề:</span> '
            + ", ".join(
                f'<a href="/chu-de/{tag_slug(t)}" rel="tag">{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    sub = _subcategory(article)
    crumbs = f'<li><a href="{attr(category_path(article))}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li><a href="{attr(category_path(article))}/{attr(article.subcategory or "")}">{esc(sub)}</a></li>'
    related = "".join(
        f'<li><a href="{attr(o.path)}?amp=1">{esc(o.title)}</a> <span class="time">{o.published:%H:%M} ngày {dmy(o.published)}</span></li>'
        for o in _others(article, 4, turn=107)
    )
    nav = "".join(
        f'<li><a href="{attr(c.path)}?amp=1">{esc(c.name)}</a></li>' for c in content().categories
    )
    page = f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<link rel="canonical" href="{attr(url_of(article))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{attr(article.lead)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:type" content="article">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:"Noto Serif",serif;margin:0}}.header{{display:flex;padding:8px}}.sapo{{font-weight:700}}.gallery__caption,.photo__caption{{font-size:14px;color:#555;text-align:center}}.author{{font-weight:700}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-LSO2022AMP","config":{{"G-LSO2022AMP":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="menu" layout="nodisplay" side="left"><button class="close" on="tap:menu.close">✕</button><ul class="sidebar-menu"><li><a href="/?amp=1">Trang chủ</a></li>{nav}</ul><p class="sidebar-hotline">Đường dây nóng: 0205 3812 345</p></amp-sidebar>
<header class="header"><button class="hamburger" on="tap:menu.toggle" aria-label="Chuyên mục">☰</button><a class="logo" href="/?amp=1"><amp-img src="https://baolangson.vn/assets/images/logo-amp.png" width="180" height="40" alt="Báo Lạng Sơn"></amp-img></a></header>
<div class="ad ad--top"><amp-ad width="320" height="100" type="doubleclick" data-slot="/21800000/baolangson/amp_top"></amp-ad></div>
<main class="main">
<article class="detail">
<ul class="breadcrumb"><li><a href="/?amp=1">Trang chủ</a></li>{crumbs}</ul>
<h1 class="detail__title">{esc(article.title)}</h1>
<div class="detail__meta"><span class="time">{shown}</span></div>
<div class="sapo">{esc(lead_text(article))}</div>
<div class="detail__content">
{body}
{author}
</div>
{topics}
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ Facebook</a> <a href="{attr(url_of(article))}">Xem bản đầy đủ</a></div>
</article>
<section class="related"><h2 class="related__title">Tin liên quan</h2><ul>{related}</ul></section>
<div class="ad ad--bottom"><amp-ad width="300" height="250" type="doubleclick" data-slot="/21800000/baolangson/amp_bottom"></amp-ad></div>
</main>
<footer class="footer"><p>© Báo Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p><a href="{attr(url_of(article))}">Phiên bản đầy đủ</a></p></footer>
</body>
</html>"""
    return CorpusPage(
        "amp_carousel", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


# --- 4. A news app's "Lite" web view -------------------------------------------------------------


def _ago(moment: datetime) -> str:
    """How the app prints an article's age on the serving day: `4 năm trước`."""
    days = (SERVED - moment.date()).days
    if days >= 365:
        return f"{days // 365} năm trước"
    if days >= 30:
        return f"{days // 30} tháng trước"
    return f"{days} ngày trước"


def app_lite(article: Article) -> CorpusPage:
    """The "Lite" page a news app loads in its web view: no header, menu or footer, the
    generic `<title>` of the app, `data-*` attributes instead of class names for the fields,
    the section as a chip above the headline, the only printed time relative (`4 năm trước`,
    the absolute moment only in `<time datetime>`), a source line `Nguồn: Báo Lạng Sơn` beside
    the credit under the headline, a listen player and text-size buttons, the lead as a plain
    first paragraph set apart by `data-block="sapo"`, pictures as `<div data-block="image">`
    with the caption in a `p[data-caption]`, tag chips without links, and "Cùng chuyên mục"
    cards that open in the app (`lsoapp://`) with relative times."""
    moment = article.published
    ago = _ago(moment)

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = f'<p class="cap" data-caption="1">{esc(img.caption)}</p>' if img.caption else ""
        return (
            f'<div data-block="image" data-index="{number}"><img src="{src}" data-zoomable="true" width="100%" alt="" loading="lazy" onclick="LsoApp.openImage(this.src)">'
            f"{caption}</div>"
        )

    body = _blocks(
        article,
        lambda text: f'<p data-block="text">{text}</p>',
        image,
        blank="",
        ad="",
        script='<div data-block="video" data-video-id="lso-tv-2022" onclick="LsoApp.openVideo(\'lso-tv-2022\')"><img src="https://media.baolangson.vn/video/lso-tv-2022/poster.jpg" alt=""><span class="play">▶</span></div>',
    )
    credit = ""
    if shown_byline(article):
        credit = f'<span data-field="author">{esc(shown_byline(article) or "")}</span><span class="dot"> · </span>'
    tags = ""
    if article.tags:
        tags = (
            '<div data-field="tags">'
            + "".join(
                f'<span class="chip" data-tag="{attr(tag_slug(t))}">{esc(t)}</span>'
                for t in article.tags
            )
            + "</div>"
        )
    cards = "".join(
        f'<a class="card" href="lsoapp://article/{o.article_id}" data-id="{o.article_id}"><img src="https://media.baolangson.vn/thumb/{o.article_id}_200.jpg" alt="">'
        f'<span class="card-title">{esc(o.title)}</span><span class="card-time">{_ago(o.published)}</span></a>'
        for o in _others(article, 4, turn=109)
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>Báo Lạng Sơn</title>
<link rel="canonical" href="{attr(url_of(article))}">
<style>body{{margin:0;padding:12px 16px;font:17px/1.6 -apple-system,Roboto,sans-serif}}[data-field=category]{{display:inline-block;background:#e8f0fe;border-radius:12px;padding:2px 10px;font-size:13px}}[data-block=sapo]{{font-weight:600}}.cap{{font-size:14px;color:#666;text-align:center}}.chip{{display:inline-block;border:1px solid #ccc;border-radius:14px;padding:2px 10px;margin:2px}}</style>
<script>window.LsoApp = window.LsoApp || {{ openImage: function () {{}}, openVideo: function () {{}}, setFontSize: function () {{}} }};</script>
</head>
<body data-article-id="{article.article_id}" data-platform="app" data-theme="light">
<div id="lite-root" data-version="3.4.1">
<a data-field="category" href="lsoapp://category/{attr(article.category)}">{esc(category_name(article))}</a>
<h1 data-field="title">{esc(article.title)}</h1>
<div data-field="meta">{credit}<span data-field="source">Nguồn: Báo Lạng Sơn</span><span class="dot"> · </span><time datetime="{iso_vietnam(moment)}" data-relative="true">{ago}</time></div>
<div data-field="tools"><button data-action="listen" onclick="LsoApp.listen({article.article_id})">Nghe đọc bài</button><button data-action="font-down" onclick="LsoApp.setFontSize(-1)">A-</button><button data-action="font-up" onclick="LsoApp.setFontSize(1)">A+</button></div>
<div data-field="content">
<p data-block="sapo">{esc(lead_text(article))}</p>
{body}
</div>
{tags}
<div data-field="actions"><button data-action="save" onclick="LsoApp.save({article.article_id})">Lưu bài</button><button data-action="share" onclick="LsoApp.share({article.article_id})">Chia sẻ</button></div>
<div data-field="more"><h3>Cùng chuyên mục</h3>{cards}</div>
</div>
</body>
</html>"""
    return CorpusPage(
        "app_lite", article.article_id, url_of(article), page,
        expected(article, dateline=None, published="seconds"),
    )  # fmt: skip


MARKUPS_G: dict[str, Renderer] = {
    "tuoitre_like": tuoitre_like,
    "tienphong_like": tienphong_like,
    "amp_carousel": amp_carousel,
    "app_lite": app_lite,
}
