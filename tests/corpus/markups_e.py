# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Four more tuning markups (vne_like, znews_like, provincial_php, party_portal), once the fourth
held-out set.

Written from what Vietnamese news systems emit (a VnExpress-like national page, a Znews-like
page, a sister provincial paper's own PHP CMS, a Party-paper portal like Nhân Dân's) without
reading the parsers; the expected records come from the content alone. The field rules of
the earlier held-out sets hold: `dateline` is the article's date line as printed (with its
label), `published_at` as precise as the page gives it (none when the page gives no time),
`byline` the credit as shown, `tags` only the tags the page shows, `category` the top-level
section, a caption's `image_url` the address the page serves the picture from (resolved
against the page when relative). They were scored sealed (92.4 %) and then moved into the
tuning set.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

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
from tests.site.model import Article, Image

_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


# --- 1. VnExpress-like national news page -------------------------------------------------------


def vne_like(article: Article) -> CorpusPage:
    """A national news site in VnExpress's manner: the section breadcrumb with its subsection,
    `span.date` `Thứ sáu, 4/2/2022, 09:56 (GMT+7)` beside it, the lead in `p.description`
    with its marker in a `span.location-stamp`, paragraphs `p.Normal` in `article.fck_detail`,
    older pictures in `table.tplCaption` (caption `p.Image` in the second row), newer ones in
    lazy `figure` elements, an inline "Xem thêm:" link paragraph in the body, the credit the
    last right-aligned bold `p.Normal`, the time with seconds only in `meta[name=pubdate]`,
    tags as `h4.item-tag`, the comments box with readers' names and times, most-read boxes."""
    moment = article.published
    shown = (
        f"{LEGACY_WEEKDAYS[moment.weekday()]}, {moment.day}/{moment.month}/{moment.year}, "
        f"{moment:%H:%M} (GMT+7)"
    )
    legacy = article.generation == "legacy"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        alt = attr(img.caption or article.title)
        if legacy:
            caption = (
                f'<tr><td><p class="Image">{esc(img.caption)}</p></td></tr>' if img.caption else ""
            )
            return (
                f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width:100%;"><tbody>'
                f'<tr><td><img alt="{alt}" data-natural-h="400" data-natural-width="600" src="{src}" style="width:100%;"/></td></tr>{caption}</tbody></table>'
            )
        caption = (
            f'<figcaption itemprop="description"><p class="Image">{esc(img.caption)}</p></figcaption>'
            if img.caption
            else ""
        )
        return (
            f'<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject" class="tplCaption action_thumb_added">'
            f'<meta itemprop="url" content="{src}"><meta itemprop="width" content="680"><meta itemprop="height" content="453">'
            f'<div class="fig-picture" style="padding-bottom:66.6%;position:relative;"><picture><img itemprop="contentUrl" style="position:absolute;" loading="lazy" intrinsicsize="680x0" alt="{alt}" class="lazy" src="{_GIF}" data-src="{src}"></picture></div>{caption}</figure>'
        )

    see_also = _others(article, 1, turn=13)[0]

    def after(seen: int, count: int) -> str:
        if seen == 1 and count >= 3 and article.article_id % 2 == 0:
            return f'<p class="Normal"><strong>&gt;&gt; Xem thêm: <a href="{attr(see_also.path)}" rel="dofollow">{esc(see_also.title)}</a></strong></p>'
        return ""

    body = _blocks(
        article,
        lambda text: f'<p class="Normal">{text}</p>',
        image,
        blank='<p class="Normal">&nbsp;</p>',
        ad='<div id="ads_inread" class="banner-ads width_common" data-pos="inread"><div id="div-gpt-ad-inread"></div></div>',
        script=(
            '<div class="box_embed_video_parent embed_video_new" data-vcate="1003834" data-ex="js=1" data-ratio="0.5625">'
            '<div class="box_embed_video"><div class="wrap_video"></div></div></div>'
            "<script>window.VNE_VIDEO = window.VNE_VIDEO || []; VNE_VIDEO.push({id: 'lso-tv', autoplay: false});</script>"
        ),
        after=after,
    )
    credit = ""
    if shown_byline(article):
        credit = f'<p class="Normal" style="text-align:right;"><strong>{esc(shown_byline(article) or "")}</strong></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags">'
            + "".join(
                f'<h4 class="item-tag"><a href="/tag/{tag_slug(t)}-{1000 + n}" title="{attr(t)}">{esc(t)}</a></h4>'
                for n, t in enumerate(article.tags)
            )
            + "</div>"
        )
    sub = _subcategory(article)
    crumbs = f'<li><a data-medium="Menu-{attr(slugify(category_name(article)))}" href="{attr(category_path(article))}" title="{attr(category_name(article))}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li><a href="{attr(category_path(article))}/{attr(article.subcategory or "")}" title="{attr(sub)}">{esc(sub)}</a></li>'
    most = "".join(
        f'<article class="item-news"><h3 class="title-news"><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></h3>'
        f'<p class="description"><a href="{attr(o.path)}">{esc(lead_text(o))}</a></p>'
        f'<span class="time-public">{LEGACY_WEEKDAYS[o.published.weekday()]}, {o.published.day}/{o.published.month}/{o.published.year}, {o.published:%H:%M} (GMT+7)</span></article>'
        for o in _others(article, 4)
    )
    comments = "".join(
        f'<div class="comment_item"><div class="content-comment"><p class="full_content"><span class="txt-name"><a href="#" class="nickname"><b>{name}</b></a></span>{text}</p></div>'
        f'<div class="user-status"><a class="link_thich" href="#">Thích</a><span class="time-com">{ago}</span></div></div>'
        for name, text, ago in [
            ("Nguyễn Văn Bình", "Bài viết rất hay, cảm ơn tác giả.", "2h trước"),
            ("tuanlv88", "Mong tỉnh tiếp tục quan tâm hơn nữa.", "5h trước"),
        ]
    )
    nav = "".join(
        f'<li class="{slugify(n)}"><a href="{p}" title="{n}">{n}</a></li>'
        for p, n in [
            ("/thoi-su", "Thời sự"),
            ("/goc-nhin", "Góc nhìn"),
            ("/the-gioi", "Thế giới"),
            ("/kinh-doanh", "Kinh doanh"),
            ("/giai-tri", "Giải trí"),
            ("/the-thao", "Thể thao"),
            ("/phap-luat", "Pháp luật"),
            ("/giao-duc", "Giáo dục"),
            ("/suc-khoe", "Sức khỏe"),
            ("/du-lich", "Du lịch"),
        ]
    )
    lead = esc(article.lead)
    if article.lead_prefix:
        lead = f'<span class="location-stamp">{esc(article.lead_prefix)}</span>{lead}'
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0" />
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta name="its_id" content="{article.article_id}" /><meta name="its_title" content="{attr(article.title)}" />
<meta name="its_section" content="{attr(slugify(category_name(article)))}" />
<meta name="pubdate" content="{iso_vietnam(moment)}" />
<meta name="lastmod" content="{iso_vietnam(moment + timedelta(hours=1, minutes=12))}" />
<meta property="og:type" content="article" /><meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" /><meta property="og:url" content="{attr(url_of(article))}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link rel="stylesheet" href="https://s1.baolangson.vn/responsive/c/v2/css/detail.css?r=20220204" />
<script>var PageHot = 0; var PAGE_TYPE = "detail"; var article_id = {article.article_id}; var cate_id = 1001005;</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="page-detail">
<div class="top-header"><div class="container flexbox"><span class="time-now">{weekday(SERVED)}, {SERVED.day}/{SERVED.month}/{SERVED.year}</span><a class="link-latest" href="/tin-tuc-24h">Mới nhất</a><a class="link-local" href="/tin-xem-nhieu">Xem nhiều</a><div class="myvne_login"><a href="#" class="login_btn">Đăng nhập</a></div></div></div>
<header class="section header"><div class="container"><a class="logo" href="/" title="Báo Lạng Sơn"><img src="https://s1.baolangson.vn/responsive/c/v2/images/graphics/logo.svg" alt="Báo Lạng Sơn"></a>
<nav class="main-nav" id="wrap-main-nav"><ul class="parent"><li class="home"><a href="/" title="Trang chủ">Trang chủ</a></li>{nav}</ul></nav></div></header>
<div class="banner-ads section" id="banner_top"><div id="div-gpt-ad-top"></div></div>
<section class="section page-detail top-detail"><div class="container flexbox">
<div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb" data-campaign="Header">{crumbs}</ul><span class="date">{shown}</span></div>
<h1 class="title-detail">{esc(article.title)}</h1>
<p class="description">{lead}</p>
<article class="fck_detail " data-component-type="1">
{body}
{credit}
</article>
<div class="footer-content width_common"><div class="social width_common"><a class="btn_facebook" href="https://www.facebook.com/sharer.php?u={attr(url_of(article))}" rel="nofollow">Facebook</a><a class="btn_twitter" href="https://twitter.com/share?url={attr(url_of(article))}" rel="nofollow">Twitter</a><a class="btn_copy" href="javascript:;">Sao chép liên kết</a></div>
{tags}</div>
<div class="box-comment width_common" id="box_comment_vne"><div class="ykien_vne"><h3 class="title_box_category">Ý kiến <span class="count_cmt">(2)</span></h3>
<form class="input_comment"><textarea class="txt_comment" placeholder="Chia sẻ ý kiến của bạn"></textarea><button type="button" class="btn_vne">Gửi</button></form>
<div class="list_comment width_common">{comments}</div></div></div>
</div>
<div class="sidebar-2"><div class="box-category box-tin-xem-nhieu"><h3 class="title-box-category"><a href="/tin-xem-nhieu">Xem nhiều</a></h3>{most}</div>
<div class="banner-ads" id="sis_right_1"><div id="div-gpt-ad-right"></div></div></div>
</div></section>
<footer class="footer" id="footer"><div class="container"><div class="copyright"><p>Báo Lạng Sơn điện tử. Cơ quan của Đảng bộ tỉnh Lạng Sơn.</p><p>Giấy phép số 45/GP-BTTTT. Tổng biên tập: Nguyễn Văn A.</p><p>© Copyright 1997-{SERVED.year} Báo Lạng Sơn, All rights reserved.</p></div></div></footer>
<script src="https://s1.baolangson.vn/responsive/c/v2/js/detail.js?r=20220204" async></script>
</body>
</html>"""
    return CorpusPage(
        "vne_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 2. Znews-like page ------------------------------------------------------------------------


def znews_like(article: Article) -> CorpusPage:
    """A Znews-like page: `article.the-article` with `header.the-article-header` (section,
    title, `li.the-article-publish` `09:56 4/2/2022`), the bold `the-article-summary`, the
    body's pictures in `table.picture` with `td.pCaption`, inline "inner-article" cards for
    other articles inside the body, the credit after the body in `the-article-credit` with
    each author's name linked, the time with seconds only in JSON-LD, tags as `#` topics in
    `the-article-tags`, "Đọc tiếp" cards in the same time format, a today widget."""
    moment = article.published
    shown = f"{moment:%H:%M} {moment.day}/{moment.month}/{moment.year}"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = (
            f'<tr><td class="pCaption caption"><p>{esc(img.caption)}</p></td></tr>'
            if img.caption
            else ""
        )
        return (
            f'<table class="picture" align="center"><tbody><tr><td class="pic">'
            f'<img src="{_GIF}" data-src="{src}" alt="{attr(img.caption or article.title)}" title="{attr(img.caption or "")}" width="1200" height="800"></td></tr>{caption}</tbody></table>'
        )

    inner = _others(article, 2, turn=17)

    def after(seen: int, count: int) -> str:
        if seen == 1 or (seen == count - 1 and count >= 3):
            other = inner[0 if seen == 1 else 1]
            return (
                f'<div class="inner-article"><a href="{attr(other.path)}"><img src="https://photo.baolangson.vn/w210/{other.article_id}.jpg" alt="{attr(other.title)}">'
                f'<h2>{esc(other.title)}</h2></a><p class="summary">{esc(other.lead)}</p></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="z-ad" id="innerarticle-ad"><div class="ad-label">Quảng cáo</div><div id="zone-inread"></div></div>',
        script='<figure class="video"><div class="z-video" data-video-src="https://video.baolangson.vn/lso-tv.mp4"></div><script>zVideo.init();</script></figure>',
        after=after,
    )
    credit = ""
    if shown_byline(article):
        credit = f'<p class="the-article-credit author">{_linked_credit(article, lambda n: f"/tac-gia/{slugify(n)}.html")}</p>'
    tags = ""
    if article.tags:
        tags = (
            '<p class="the-article-tags"><strong class="tag-title">Chủ đề</strong>'
            + "".join(
                f'<a class="topic" href="/tieu-diem/{tag_slug(t)}.html"><span class="hash">#</span>{esc(t)}</a>'
                for t in article.tags
            )
            + "</p>"
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(minutes=40)),
        "author": [{"@type": "Person", "name": author_name(a)} for a in article.authors],
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": "https://static.baolangson.vn/images/logo.png"},
        },
    }
    more = "".join(
        f'<article class="article-item type-text"><p class="article-thumbnail"><a href="{attr(o.path)}"><img src="https://photo.baolangson.vn/w360/{o.article_id}.jpg" alt="{attr(o.title)}"></a></p>'
        f'<header><p class="article-title"><a href="{attr(o.path)}">{esc(o.title)}</a></p><p class="article-meta"><span class="friendly-time">{o.published:%H:%M} {o.published.day}/{o.published.month}/{o.published.year}</span> <span class="category-parent">{esc(category_name(o))}</span></p>'
        f'<p class="article-summary">{esc(o.lead)}</p></header></article>'
        for o in _others(article, 4, turn=5)
    )
    nav = "".join(
        f'<li class="parent"><a href="/{slugify(n)}.html" title="{n}">{n}</a></li>'
        for n in [
            "Thời sự",
            "Thế giới",
            "Kinh doanh",
            "Công nghệ",
            "Giải trí",
            "Thể thao",
            "Đời sống",
            "Du lịch",
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(article.lead)}">
<meta property="og:site_name" content="Báo Lạng Sơn"><meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}"><meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="https://static.baolangson.vn/css/zweb.article.css?v=3.1.8">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"articleId": "{article.article_id}", "category": "{attr(category_name(article))}", "pageType": "article"}});</script>
</head>
<body class="article-page">
<div id="page-wrapper">
<header id="site-header"><div class="container"><div id="logo"><a href="/"><img src="https://static.baolangson.vn/images/logo.svg" alt="Báo Lạng Sơn"></a></div>
<div class="today-widget"><span class="today">{weekday(SERVED)}, {SERVED.day}/{SERVED.month}/{SERVED.year}</span> <span class="weather">Lạng Sơn 12°C</span></div>
<nav id="menu"><ul><li class="home"><a href="/">Trang chủ</a></li>{nav}</ul></nav>
<div id="search"><form action="/tim-kiem.html"><input type="text" name="q" placeholder="Tìm kiếm"></form></div></div></header>
<div class="z-ad" id="billboard"><div id="zone-billboard"></div></div>
<div id="site-content"><div class="page-wrapper container">
<article class="the-article type-text" article-id="{article.article_id}" topic-id="{sum(map(ord, article.category)) * 7}">
<header class="the-article-header">
<p class="the-article-category"><a href="{attr(category_path(article))}.html" class="parent_cate" title="{attr(category_name(article))}">{esc(category_name(article))}</a></p>
<h1 class="the-article-title">{esc(article.title)}</h1>
<ul class="the-article-meta"><li class="the-article-publish">{shown}</li><li class="the-article-comment"><a href="#article-comments">0</a></li><li class="the-article-share"><a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ</a></li></ul>
</header>
<section class="main">
<p class="the-article-summary"><strong>{esc(lead_text(article))}</strong></p>
<div class="the-article-body">
{body}
</div>
{credit}
{tags}
<div class="article-toolbar"><a class="btn-like" href="#">Thích</a><a class="btn-share" href="#">Chia sẻ</a><a class="btn-copy" href="#">Sao chép liên kết</a></div>
</section>
</article>
<section id="article-comments" class="comments"><h3 class="section-title">Bình luận</h3><div class="comment-form"><textarea placeholder="Viết bình luận của bạn..."></textarea><button>Gửi bình luận</button></div><p class="comment-empty">Chưa có bình luận nào.</p></section>
<section class="section recommendation"><header><p class="section-title">Đọc tiếp</p></header><div class="article-list listing-layout">{more}</div></section>
</div></div>
<footer id="site-footer"><div class="container"><p class="footer-brand">Báo Lạng Sơn</p><p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Liên hệ quảng cáo: 0205 3812 345</p><p>© {SERVED.year} Báo Lạng Sơn. Không được sao chép khi chưa có sự đồng ý.</p></div></footer>
</div>
<script src="https://static.baolangson.vn/js/zweb.article.js?v=3.1.8" defer></script>
</body>
</html>"""
    return CorpusPage(
        "znews_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 3. A sister provincial paper's own PHP CMS -------------------------------------------------


def provincial_php(article: Article) -> CorpusPage:
    """A provincial paper's home-grown PHP CMS on Bootstrap 3: a top bar with
    `Thứ Hai, ngày 23/11/2026`, the section breadcrumb (its subsection too), `h1.title-detail`,
    `Ngày đăng: 04/02/2022 - 09:56 | Lượt xem: 1.234` and no machine-readable time, the lead
    bold in `div.sapo`, the CKEditor body in `div.detail-content` with `<p style="text-align:
    justify;">`, each picture a centred paragraph (relative `/uploads/` paths as stored) with
    the caption the next centred `<em>` paragraph, the credit the right-aligned bold last
    paragraph, "Từ khóa" links, "Tin liên quan" with dates, "Tin mới"/"Đọc nhiều" boxes."""
    moment = article.published
    shown = f"Ngày đăng: {dmy(moment)} - {moment:%H:%M}"

    def image(img: Image, number: int) -> str:
        paragraph = f'<p style="text-align: center;"><img alt="" src="{attr(img.src)}" style="width: 600px; height: 400px;" /></p>'
        if img.caption:
            paragraph += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return paragraph

    body = _blocks(
        article,
        lambda text: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank='<p style="text-align: justify;">&nbsp;</p>',
        ad='<div class="banner-inpage text-center"><a href="/quang-cao/click/17" target="_blank"><img src="/uploads/banner/vietinbank-728x90.jpg" alt="Quảng cáo" /></a></div>',
        script='<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/lsotv2022" width="640"></iframe></p>',
    )
    credit = ""
    if shown_byline(article):
        credit = (
            f'<p style="text-align: right;"><strong>{esc(shown_byline(article) or "")}</strong></p>'
        )
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags-detail"><span class="tags-title"><i class="fa fa-tags"></i> Từ khóa:</span> '
            + ", ".join(
                f'<a href="/tim-kiem.html?tag={attr(tag_slug(t))}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    sub = _subcategory(article)
    crumbs = (
        f'<li><a href="{attr(category_path(article))}.html">{esc(category_name(article))}</a></li>'
    )
    if sub:
        crumbs += f'<li class="active"><a href="{attr(category_path(article))}/{attr(article.subcategory or "")}.html">{esc(sub)}</a></li>'
    related = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{attr(o.path)}">{esc(o.title)}</a> <span class="date-related">({dmy(o.published)})</span></li>'
        for o in _others(article, 5, turn=7)
    )
    latest = "".join(
        f'<div class="media"><div class="media-left"><a href="{attr(o.path)}"><img class="media-object" src="/uploads/thumbs/{o.article_id}.jpg" alt="" width="90"></a></div>'
        f'<div class="media-body"><h4 class="media-heading"><a href="{attr(o.path)}">{esc(o.title)}</a></h4><span class="time">{o.published:%H:%M} {dmy(o.published)}</span></div></div>'
        for o in _others(article, 5, turn=19)
    )
    most = "".join(
        f'<li><span class="num">{n + 1}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(_others(article, 5, turn=23))
    )
    nav = "".join(
        f'<li><a href="{attr(c.path)}.html">{esc(c.name)}</a></li>' for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead[:155])}">
<meta name="keywords" content="{attr(", ".join(article.tags) or "Báo Lạng Sơn, tin tức Lạng Sơn")}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead[:155])}">
<meta property="og:image" content="{attr(image_src(article.images[0]) if article.images else "https://baolangson.vn/templates/lso/images/logo-share.jpg")}">
<link href="/templates/lso/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/lso/css/font-awesome.min.css" rel="stylesheet">
<link href="/templates/lso/css/style.css?v=1.0.7" rel="stylesheet">
<script src="/templates/lso/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><div class="row"><div class="col-md-6 col-sm-6"><span class="date-today"><i class="fa fa-calendar"></i> {weekday(SERVED)}, ngày {dmy(SERVED)}</span></div>
<div class="col-md-6 col-sm-6 text-right"><a href="/rss.html"><i class="fa fa-rss"></i> RSS</a> | <a href="/lien-he.html">Liên hệ</a> | <a href="/dat-bao.html">Đặt báo</a></div></div></div></div>
<div class="header"><div class="container"><div class="row"><div class="col-md-4"><a href="/"><img src="/templates/lso/images/logo.png" alt="Báo Lạng Sơn" class="img-responsive"></a></div>
<div class="col-md-8"><a href="/quang-cao/click/3"><img src="/uploads/banner/top-728x90.jpg" alt="" class="img-responsive"></a></div></div></div></div>
<nav class="navbar navbar-default main-menu"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="menu"><ul class="nav navbar-nav"><li><a href="/"><i class="fa fa-home"></i></a></li>{nav}</ul></div></div></nav>
<div class="container main-content"><div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumbs}</ol>
<div class="detail-news">
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="meta-detail"><span class="time-detail"><i class="fa fa-clock-o"></i> {shown}</span> | <span class="view-detail">Lượt xem: {f"{1000 + article.article_id % 9000:,}".replace(",", ".")}</span>
<span class="pull-right print-detail"><a href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a> <a href="mailto:?subject={attr(article.title)}"><i class="fa fa-envelope"></i> Gửi email</a></span></div>
<div class="sapo"><p><strong>{esc(lead_text(article))}</strong></p></div>
<div class="detail-content">
{body}
{credit}
</div>
{tags}
<div class="share-detail"><div class="fb-like" data-href="{attr(url_of(article))}" data-layout="button_count" data-action="like" data-share="true"></div><div class="zalo-share-button" data-href="{attr(url_of(article))}" data-oaid="579745863508352884" data-layout="1"></div></div>
<div class="comment-detail"><h3 class="title-box">Ý kiến bạn đọc</h3><form method="post" action="/binh-luan/gui.html"><div class="form-group"><input class="form-control" name="hoten" placeholder="Họ và tên"></div><div class="form-group"><input class="form-control" name="email" placeholder="Email"></div><div class="form-group"><textarea class="form-control" name="noidung" rows="4" placeholder="Nội dung"></textarea></div><button class="btn btn-primary" type="submit">Gửi ý kiến</button></form></div>
<div class="related-news"><h3 class="title-box">Tin liên quan</h3><ul class="list-unstyled">{related}</ul></div>
</div>
</div>
<div class="col-md-4 sidebar">
<div class="box-sidebar"><h3 class="title-box">Tin mới</h3>{latest}</div>
<div class="box-sidebar"><h3 class="title-box">Đọc nhiều</h3><ol class="list-most">{most}</ol></div>
<div class="box-sidebar banner"><a href="/quang-cao/click/9"><img src="/uploads/banner/right-300x250.jpg" alt="" class="img-responsive"></a></div>
</div>
</div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-8"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Giấy phép số 45/GP-BTTTT. Tổng biên tập: Nguyễn Văn A.</p><p>Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205 3812 345.</p></div>
<div class="col-md-4 text-right"><p>Thiết kế bởi Trung tâm CNTT</p></div></div></div></footer>
<script src="/templates/lso/js/bootstrap.min.js"></script>
<script>(function(d, s, id) {{ var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v2.8"; fjs.parentNode.insertBefore(js, fjs); }}(document, 'script', 'facebook-jssdk'));</script>
</body>
</html>"""
    return CorpusPage(
        "provincial_php", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes"),
    )  # fmt: skip


# --- 4. A Party-paper portal like Nhân Dân's -----------------------------------------------------


def _cdn(img: Image) -> str:
    """The resized copy the portal's image server serves (`/w800/` + the stored path)."""
    path = image_src(img).split("://", 1)[1].split("/", 1)[1]
    return f"https://image.baolangson.vn/w800/{path}"


def _dashes(moment: datetime) -> str:
    """`Thứ Sáu, 04-02-2022, 09:56`."""
    return f"{weekday(moment)}, {moment:%d-%m-%Y, %H:%M}"


def party_portal(article: Article) -> CorpusPage:
    """A Party newspaper portal in the manner of Nhân Dân's: the masthead's today written out
    (`Thứ Hai, ngày 23 tháng 11 năm 2026`), breadcrumbs, `h1.article__title`, the credit
    ABOVE the body in `div.article__author`, `div.article__meta` with
    `<time datetime="2022-02-04T09:56+07:00">Thứ Sáu, 04-02-2022, 09:56</time>` (no seconds
    anywhere), `div.article__sapo`, the body in `div.article__body` with lazy pictures from the
    image server's `/w800/` copies in `figure`/`figcaption`, several related boxes (with other
    articles' titles, leads and times) inside the body, tags, and "Tin cùng chuyên mục"."""
    moment = article.published
    shown = _dashes(moment)
    captions = []

    def image(img: Image, number: int) -> str:
        src = _cdn(img)
        captions.append({"image_url": src, "text": clean(img.caption) if img.caption else None})
        caption = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            f'<figure class="image align-center" contenteditable="false"><img class="lazyload" src="{_GIF}" data-src="{attr(src)}" '
            f'alt="{attr(img.caption or "")}" title="{attr(img.caption or "")}" data-width="800" data-height="533">{caption}</figure>'
        )

    boxes = _others(article, 3, turn=29)

    def box(other: Article, kind: str) -> str:
        return (
            f'<div class="box-related {kind}" contenteditable="false"><div class="box-heading"><span class="box-title">Tin liên quan</span></div>'
            f'<article class="story story--related"><div class="story__thumb"><a href="{attr(other.path)}"><img class="lazyload" src="{_GIF}" data-src="https://image.baolangson.vn/w300/thumbs/{other.article_id}.jpg" alt="{attr(other.title)}"></a></div>'
            f'<h3 class="story__heading"><a class="cms-link" href="{attr(other.path)}">{esc(other.title)}</a></h3>'
            f'<div class="story__summary">{esc(other.lead)}</div><time class="story__time" datetime="{other.published:%Y-%m-%dT%H:%M}+07:00">{_dashes(other.published)}</time></article></div>'
        )

    def after(seen: int, count: int) -> str:
        if seen == 1:
            return box(boxes[0], "box-related--right")
        if seen == count - 1 and count >= 3:
            return box(boxes[1], "box-related--full")
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad='<div class="ads-in-article"><div class="banner" data-zone="inarticle"><ins class="adsbygoogle" data-ad-slot="4471209"></ins></div></div>',
        script='<div class="video-embed" contenteditable="false"><div class="video-player" data-src="https://video.baolangson.vn/2022/02/lso-tv.m3u8"></div><script>lsoPlayer.mount(document.currentScript.previousElementSibling);</script></div>',
        after=after,
    )
    author = ""
    if shown_byline(article):
        author = f'<div class="article__author"><span class="name">{esc(shown_byline(article) or "")}</span></div>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="article__tag"><div class="box-content"><span class="tag-label">Từ khóa:</span> '
            + "".join(
                f'<a class="tag-item" href="/tu-khoa/{tag_slug(t)}-tag.html" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div></div>"
        )
    same = "".join(
        f'<article class="story"><div class="story__thumb"><a href="{attr(o.path)}"><img class="lazyload" src="{_GIF}" data-src="https://image.baolangson.vn/w300/thumbs/{o.article_id}.jpg" alt=""></a></div>'
        f'<h3 class="story__heading"><a class="cms-link" href="{attr(o.path)}">{esc(o.title)}</a></h3>'
        f'<div class="story__summary">{esc(lead_text(o))}</div><div class="story__meta"><time datetime="{o.published:%Y-%m-%dT%H:%M}+07:00">{_dashes(o.published)}</time></div></article>'
        for o in _others(article, 4, turn=31)
    )
    months = f"{weekday(SERVED)}, ngày {SERVED.day} tháng {SERVED.month} năm {SERVED.year}"
    nav = "".join(
        f'<li class="menu-item"><a href="{attr(c.path)}" class="menu-link">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:image" content="{attr(_cdn(article.images[0]) if article.images else "https://image.baolangson.vn/w800/assets/share.jpg")}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/assets/web/styles/css/main.min.css?v=20220128">
<script>var cms = {{ articleId: {article.article_id}, zoneId: 1{len(category_path(article))}2, type: "article" }};</script>
</head>
<body class="detail-page">
<div class="header-top"><div class="container"><div class="header-top__date">{months}</div><div class="header-top__links"><a href="/rss.html">RSS</a><a href="/lien-he.html">Liên hệ</a><a href="https://en.baolangson.vn">English</a><a href="https://cn.baolangson.vn">中文</a></div></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/assets/web/styles/img/logo.png" alt="Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn"></a>
<div class="header__slogan">Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Lạng Sơn</div></div>
<nav class="main-menu"><div class="container"><ul class="menu"><li class="menu-item"><a href="/" class="menu-link">Trang chủ</a></li>{nav}<li class="menu-item"><a href="/video" class="menu-link">Video</a></li><li class="menu-item"><a href="/emagazine" class="menu-link">eMagazine</a></li></ul></div></nav></header>
<main class="main"><div class="container">
<div class="box-detail">
<div class="breadcrumbs"><a class="item" href="/">Trang chủ</a> <a class="item" href="{attr(category_path(article))}" title="{attr(category_name(article))}">{esc(category_name(article))}</a></div>
<div class="row"><div class="col-main">
<article class="article">
<h1 class="article__title cms-title">{esc(article.title)}</h1>
<div class="article__meta">{author}<time class="time" datetime="{moment:%Y-%m-%dT%H:%M}+07:00">{shown}</time><div class="article__social"><a class="item fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" title="Chia sẻ Facebook">Facebook</a><a class="item zalo" href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}" title="Chia sẻ Zalo">Zalo</a><a class="item print" href="javascript:window.print()" title="In bài viết">In</a></div></div>
<div class="article__sapo cms-desc">{esc(lead_text(article))}</div>
<div class="article__body cms-body" itemprop="articleBody">
{body}
</div>
{tags}
<div class="article__footer"><div class="article__social"><a class="item fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Facebook</a><a class="item zalo" href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}">Zalo</a><a class="item copy" href="#" data-copy="{attr(url_of(article))}">Sao chép liên kết</a></div></div>
</article>
<section class="box-same-category"><h2 class="box-heading"><span class="box-title">Tin cùng chuyên mục</span></h2><div class="box-content">{same}</div></section>
</div>
<aside class="col-sidebar"><div class="box-most-read"><h2 class="box-heading"><span class="box-title">Đọc nhiều</span></h2><ol>{"".join(f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>' for o in _others(article, 5, turn=37))}</ol></div><div class="ads-sidebar"><ins class="adsbygoogle" data-ad-slot="4471210"></ins></div></aside>
</div></div>
</div></main>
<footer class="footer"><div class="container"><div class="footer__info"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 45/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205 3812 345.</p></div></div></footer>
<script src="/assets/web/js/lazysizes.min.js" async></script>
<script src="/assets/web/js/main.min.js?v=20220128" defer></script>
</body>
</html>"""
    return CorpusPage(
        "party_portal", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes", captions=captions),
    )  # fmt: skip


MARKUPS_E: dict[str, Renderer] = {
    "vne_like": vne_like,
    "znews_like": znews_like,
    "provincial_php": provincial_php,
    "party_portal": party_portal,
}
