# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set N: the thirteenth held-out set (scored once sealed at 84.7 %), now tuned on.

Written from what the imitated systems emit, without reading the parsers: two plausible shapes
of baolangson.vn's next redesign (the converged-newsroom vendor platform many provincial papers
such as Báo Bắc Giang or Báo Cao Bằng now run on, and a Craft CMS 4 site with Matrix blocks and
SEOmatic), and three sites that repost the paper's articles (a provincial association's Plone
5.2 portal, a local portal's Odoo 17 website blog, an economic-zone authority's TYPO3 site with
the news extension). The expected records come from the content and what each page shows.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any, e.g. `Ngày đăng 04/02/2022 09:56`), `published_at` as precise
as the page gives the publication time anywhere (an ISO time with seconds in a meta, JSON-LD or
`datetime` counts, in any zone; none when the page gives no time, or only a time without a
zone that nothing on the page confirms, like Odoo's naive UTC meta (a reader cannot know its
zone; the sealed score expected it read as UTC, which no general rule can do); a creation or modification time is not the publication time),
`byline` the credit as shown (without a field label such as `Tác giả:`, never a source line such
as `Nguồn: Báo Lạng Sơn`, nor the account or staff member that posted the item: the Plone user,
the Odoo author), `authors` the names in it, `tags` only the tags the page shows (without the
`#` the platform prints before each), `category` the top-level section, a caption's `image_url`
the address of the picture the page serves (a lazy placeholder resolved to the real address, a
`srcset` of other widths not the address; a
relative `src` resolved against the document's base URL: the page's `<base href>` when it has
one, else the article URL) and its `text` the caption as printed (under the picture, in a table
cell, a `dd`, or the italic line the editor typed under it).

The masthead's today date, the "Cập nhật lần cuối" (modified) time, a `DC.date.created` or
JSON-LD `dateCreated` (when the item was drafted), the dates of other articles, inline "Tin liên
quan" boxes, the text-to-speech player and a picture's `alt` that only repeats the headline
are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from tests.corpus.pages import (
    BASE,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    content,
    dmy,
    esc,
    expected,
    image_file,
    image_src,
    image_stem,
    lead_text,
    linked_credit,
    others,
    rehosted_captions,
    shown_byline,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import iso_vietnam
from tests.site.model import Article, Image

_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _digest(text: str, size: int = 10) -> str:
    """A stable hexadecimal fingerprint, as systems put in processed file names."""
    return f"{sum(ord(ch) * (n + 7) for n, ch in enumerate(text)) * 2654435761 % 16**size:0{size}x}"


# --- 1. baolangson.vn on a converged-newsroom vendor platform ------------------------------------


def converged_newsroom(article: Article) -> CorpusPage:
    """The paper moved onto the converged-newsroom ("tòa soạn hội tụ") platform that many
    provincial papers run on: `cms-title`/`cms-desc`/`cms-body`/`cms-author` classes beside BEM
    `article__*` ones, a top bar with today's date and the weather, the section breadcrumb, the
    date as `Thứ Sáu, 04/02/2022 | 09:56` in a `time[data-role=publishdate]` whose `datetime`
    has a basic-format offset (`+0700`), the sapo (with its marker) in `div.article__sapo`,
    pictures as `table.picture` (lazy: a placeholder `src`, the real address in `data-src`, a
    larger rendition in `data-large-src`; the caption in `td.caption`), an inline "Tin liên quan"
    box after the second paragraph, the credit in `p.article__author` after the text, the tags
    with a `#` before each, a NewsArticle JSON-LD whose `author` lists the people, a comment
    form, the "Đọc nhiều" rail with times and the footer."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} | {moment:%H:%M}"
    machine = f"{moment:%Y-%m-%dT%H:%M:%S}+0700"

    def image(img: Image, number: int) -> str:
        src = image_src(img)
        large = src.replace("/medium/", "/large/") if "/medium/" in src else src
        cap = f'<tr><td class="caption"><p>{esc(img.caption)}</p></td></tr>' if img.caption else ""
        return (
            f'<table class="picture" align="center"><tbody><tr><td class="pic">'
            f'<img data-image-id="{700000 + article.article_id % 9973 * 10 + number}" data-width="1200" data-height="800" '
            f'class="lazyload cms-photo" src="{_PIXEL}" data-src="{attr(src)}" data-large-src="{attr(large)}" '
            f'alt="{attr(img.caption or article.title)}" title="{attr(img.caption or article.title)}"></td></tr>{cap}</tbody></table>'
        )

    linked = others(article, 2, turn=503)

    def after(seen: int, count: int) -> str:
        if seen == 2 and count >= 3:
            items = "".join(
                f'<li><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
                for o in linked
            )
            return f'<div class="box-related-inline" data-role="inline-related"><h3 class="box-heading">Tin liên quan</h3><ul>{items}</ul></div>'
        return ""

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads-inread" data-zone="inread-1"></div>',
        script='<div class="video-embed"><iframe src="https://tv.baolangson.vn/embed/lsotv2022" width="100%" height="400" frameborder="0" allowfullscreen></iframe></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = f'<p class="article__author cms-author">{esc(credit)}</p>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="article__tag"><span class="tag-label">Từ khóa</span><div class="box-content">'
            + "".join(
                f'<a href="/tag/{tag_slug(t)}-ptag.html" class="cms-tag" title="{attr(t)}">#{esc(t)}</a>'
                for t in article.tags
            )
            + "</div></div>"
        )
    section = content().category(article.category)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "image": [image_src(i) for i in article.images][:1] or [f"{BASE}/images/share-logo.png"],
        "datePublished": iso_vietnam(moment),
        "dateModified": f"{SERVED.isoformat()}T07:41:10+07:00",
        "author": [{"@type": "Person", "name": name} for name in article.authors]
        or [{"@type": "Organization", "name": "Báo Lạng Sơn"}],
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/images/logo.png"},
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": BASE},
            {"@type": "ListItem", "position": 2, "name": section.name, "item": BASE + section.path},
        ],
    }
    popular = "".join(
        f'<article class="story"><h3 class="story__heading"><a href="{attr(o.path)}">{esc(o.title)}</a></h3><time class="time">{o.published:%H:%M} {dmy(o.published)}</time></article>'
        for o in others(article, 5, turn=509)
    )
    nav = "".join(
        f'<li class="menu-item"><a href="{attr(c.path)}" title="{attr(c.name)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    first = [image_src(i) for i in article.images][:1]
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags) or "Báo Lạng Sơn, tin tức Lạng Sơn")}">
<meta name="news_keywords" content="{attr(", ".join(article.tags))}">
<meta name="copyright" content="Báo Lạng Sơn">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="amphtml" href="{attr(url_of(article).replace(".html", ".amp.html"))}">
<meta property="fb:app_id" content="1465823697032541">
<meta property="og:site_name" content="Báo Lạng Sơn điện tử">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:image" content="{attr(first[0] if first else BASE + "/images/share-logo.png")}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:modified_time" content="{SERVED.isoformat()}T07:41:10+07:00">
<meta property="article:section" content="{attr(section.name)}">
<link rel="stylesheet" href="https://static.baolangson.vn/web/css/main.min.css?v=2.4.18">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>
<script>window.cmsConfig = {{"siteId": 17, "articleId": {article.article_id}, "zoneId": "{attr(article.category)}", "apiUrl": "https://api.baolangson.vn"}};</script>
</head>
<body class="detail-page">
<div class="site-header">
<div class="header-top"><div class="container"><span class="today">{weekday(SERVED)}, {SERVED:%d/%m/%Y}</span><span class="weather">Lạng Sơn 14°C</span><div class="header-top__right"><a href="/video">Video</a><a href="/podcast">Podcast</a><a href="/e-magazine">E-magazine</a><a href="https://baoin.baolangson.vn">Báo in</a><a href="/rss.html">RSS</a></div></div></div>
<div class="header-main"><div class="container"><a class="logo" href="/" title="Báo Lạng Sơn"><img src="https://static.baolangson.vn/web/images/logo.svg" alt="Báo Lạng Sơn"></a><div class="header-ad"><a href="/quang-cao"><img src="https://static.baolangson.vn/ads/top-banner-2024.jpg" alt=""></a></div></div></div>
<nav class="main-menu"><div class="container"><ul class="menu"><li class="menu-item home"><a href="/" title="Trang chủ"><i class="ic-home"></i></a></li>{nav}<li class="menu-item"><a href="/multimedia">Multimedia</a></li></ul></div></nav>
</div>
<div class="container">
<div class="breadcrumbs"><ul class="breadcrumb"><li class="main"><a href="{attr(section.path)}" title="{attr(section.name)}">{esc(section.name)}</a></li></ul></div>
<div class="row detail-row">
<div class="col-main">
<article class="article" data-id="{article.article_id}">
<h1 class="article__title cms-title">{esc(article.title)}</h1>
<div class="article__meta"><time class="time" datetime="{machine}" data-role="publishdate">{shown}</time><div class="article__social"><a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" rel="nofollow" target="_blank"><i class="ic-fb"></i></a><a class="zalo-share" data-href="{attr(url_of(article))}" data-oaid="2970184625738191357" data-layout="2" data-customize="true"><i class="ic-zalo"></i></a><a class="print" href="javascript:window.print()"><i class="ic-print"></i></a></div></div>
<div class="article__sapo cms-desc">{esc(lead_text(article))}</div>
<div class="article__body cms-body" itemprop="articleBody">
{body}
</div>
{author}
{tags}
<div class="article__footer-share"><span>Chia sẻ bài viết:</span><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Facebook</a><a href="https://twitter.com/intent/tweet?url={attr(url_of(article))}">Twitter</a><a href="#" class="copy-link" data-url="{attr(url_of(article))}">Sao chép link</a></div>
</article>
<section class="comment-box" id="comment"><h3 class="box-heading">Bình luận</h3><form class="form-comment" action="/api/comment/post" method="post"><textarea name="content" placeholder="Ý kiến của bạn..."></textarea><input type="text" name="name" placeholder="Họ tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form><p class="comment-note">Bình luận của bạn sẽ được biên tập trước khi đăng.</p></section>
</div>
<aside class="col-sidebar"><div class="box-most-read"><h3 class="box-heading">Đọc nhiều</h3>{popular}</div><div class="ads-right" data-zone="right-1"><img src="https://static.baolangson.vn/ads/right-300x600.jpg" alt=""></div></aside>
</div>
</div>
<footer class="site-footer"><div class="container"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT ngày 12/02/2021.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.341</p><p class="vendor">Thiết kế và phát triển bởi nhà cung cấp giải pháp tòa soạn hội tụ</p></div></footer>
<script src="https://static.baolangson.vn/web/js/lazysizes.min.js" async></script>
<script src="https://static.baolangson.vn/web/js/main.min.js?v=2.4.18" defer></script>
</body>
</html>"""
    return CorpusPage(
        "converged_newsroom", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 2. A provincial association's Plone 5 portal reposting the paper -----------------------------

_PLONE = "https://hoinongdan.langson.gov.vn"


def _plone_image(img: Image) -> str:
    """Where the portal's image folder serves the picture's large scale."""
    return f"{_PLONE}/tin-tuc/anh-tin-bai/{image_stem(img)}.jpg/@@images/image/large"


def plone_association(article: Article) -> CorpusPage:
    """The "Hội Nông dân tỉnh Lạng Sơn" portal on Plone 5.2 (Barceloneta), reposting the paper's
    article as a News Item: `#portal-globalnav`, "Bạn đang ở:" breadcrumbs, the title as
    `h1.documentFirstHeading`, the `documentByLine` with the Plone user who posted it ("bởi
    Quản trị viên"), "Ngày đăng 04/02/2022 09:56" and "Cập nhật lần cuối" (the served day), the
    description (with its marker) as `div.documentDescription`, the TinyMCE text in
    `#parent-fieldname-text` (captioned pictures as `dl.image-inline.captioned` with the caption
    in `dd.image-caption`, pictures without one as a bare `img.image-inline`), the credit typed
    last in bold with a "(Nguồn: Báo Lạng Sơn)" line, "Từ khóa:" subjects, document actions,
    the "Tin mới" portlet with dates, Dublin Core meta whose `DC.date.created` is when the item
    was drafted (before publication) and `DC.creator` the user, and OpenGraph without times."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"
    created = moment - timedelta(minutes=17, seconds=43)
    modified = datetime(SERVED.year, SERVED.month, SERVED.day, 8, 12, 5)
    captions = rehosted_captions(article, _plone_image)

    def image(img: Image, number: int) -> str:
        src = attr(_plone_image(img))
        tag = f'<img class="image-inline" src="{src}" alt="" data-linktype="image" data-scale="large" />'
        if img.caption:
            return f'<dl class="image-inline captioned">\n<dt>{tag}</dt>\n<dd class="image-caption" style="width:768px;">{esc(img.caption)}</dd>\n</dl>'
        return f"<p>{tag}</p>"

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p><iframe width="560" height="315" src="https://www.youtube.com/embed/lsotv2022" frameborder="0"></iframe></p>',
    )
    credit = shown_byline(article)
    credit_p = f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>' if credit else ""
    subjects = ""
    if article.tags:
        subjects = (
            '<div class="documentByLine" id="category"><span>Từ khóa:</span>\n'
            + ",\n".join(
                f'<span><a href="{_PLONE}/@@search?Subject%3Alist={attr(t)}" class="link-category" rel="tag">{esc(t)}</a></span>'
                for t in article.tags
            )
            + "\n</div>"
        )
    section = content().category(article.category)
    folder = f"{_PLONE}/{section.key}"
    here = f"{folder}/{article.slug}"
    news = "".join(
        f'<li class="portletItem"><a href="{_PLONE}/{o.category}/{o.slug}" class="tile contenttype-news-item" title="">{esc(o.title)}<span class="portletItemDetails">{dmy(o.published)}</span></a></li>'
        for o in others(article, 5, turn=521)
    )
    nav = "".join(
        f'<li class="{c.key}"><a href="{_PLONE}/{c.key}" class="state-published">{esc(c.name)}</a></li>'
        for c in content().categories[:6]
    )
    keywords = "".join(f'<meta name="DC.subject" content="{attr(t)}" />' for t in article.tags)
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Plone - http://plone.com" />
<meta name="DC.creator" content="quantri" /><meta name="DC.format" content="text/plain" /><meta name="DC.date.created" content="{created.isoformat()}+07:00" /><meta name="DC.date.modified" content="{modified.isoformat()}+07:00" /><meta name="DC.type" content="Tin tức" /><meta name="DC.date.valid_range" content="{moment:%Y/%m/%d} - " /><meta name="DC.language" content="vi" />{keywords}<meta name="description" content="{attr(lead_text(article))}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta content="summary" name="twitter:card" /><meta content="Hội Nông dân tỉnh Lạng Sơn" property="og:site_name" /><meta content="{attr(article.title)}" property="og:title" /><meta content="website" property="og:type" /><meta content="{attr(lead_text(article))}" property="og:description" /><meta content="{attr(here)}" property="og:url" /><meta content="{_PLONE}/logo.png" property="og:image" /><meta content="image/png" property="og:image:type" />
<link rel="canonical" href="{attr(here)}" />
<link rel="search" href="{_PLONE}/@@search" title="Tìm kiếm trong trang này" />
<title>{esc(article.title)} — Hội Nông dân tỉnh Lạng Sơn</title>
<link rel="stylesheet" href="{_PLONE}/++plone++production/++unique++2022-01-10%2009%3A15%3A23.981200/default.css" data-bundle="production" />
<script type="text/javascript" src="{_PLONE}/++plone++static/components/jquery/dist/jquery.min.js" data-bundle="basic"></script>
<script data-bundle="production" src="{_PLONE}/++plone++production/++unique++2022-01-10%2009%3A15%3A23.981200/default.js"></script>
</head>
<body id="visual-portal-wrapper" class="frontend icons-on portaltype-news-item section-{section.key} site-Plone subsection-{attr(article.slug)} template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" dir="ltr" data-i18ncatalogurl="{_PLONE}/plonejsi18n" data-view-url="{attr(here)}" data-pat-plone-modal='{{"actionOptions": {{"displayInModal": false}}}}' data-portal-url="{_PLONE}" data-pat-pickadate='{{"date": {{"selectYears": 200}}, "time": {{"interval": 5 }} }}' data-base-url="{attr(here)}">
<div class="outer-wrapper">
<header id="content-header">
<div class="container">
<div id="portal-header">
<a id="portal-logo" title="Hội Nông dân tỉnh Lạng Sơn" href="{_PLONE}"><img src="{_PLONE}/@@site-logo/logo-hnd.png" alt="Hội Nông dân tỉnh Lạng Sơn" title="Hội Nông dân tỉnh Lạng Sơn" /></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="{_PLONE}/@@search" role="search" data-pat-livesearch="ajaxUrl:{_PLONE}/@@ajax-search" class="pat-livesearch"><label class="hiddenStructure" for="searchGadget">Tìm kiếm trong trang này</label><input name="SearchableText" type="text" size="18" id="searchGadget" title="Tìm kiếm trong trang này" placeholder="Tìm kiếm trong trang này" class="searchField" /><input class="searchButton" type="submit" value="Tìm kiếm" /></form></div>
<div id="portal-anontools"><ul><li><a title="Đăng nhập" href="{_PLONE}/login" id="personaltools-login" class="pat-plone-modal">Đăng nhập</a></li></ul></div>
</div>
</div>
</header>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container"><div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav"><li class="index_html"><a href="{_PLONE}" class="state-None">Trang chủ</a></li><li class="gioi-thieu"><a href="{_PLONE}/gioi-thieu" class="state-published">Giới thiệu</a></li>{nav}<li class="van-ban"><a href="{_PLONE}/van-ban" class="state-published">Văn bản</a></li></ul></div></div></nav></div></div>
<div id="above-content-wrapper"><section id="viewlet-above-content"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">Bạn đang ở:</span><ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="{_PLONE}">Trang chủ</a></li><li id="breadcrumbs-1"><a href="{folder}">{esc(section.name)}</a></li><li id="breadcrumbs-current">{esc(article.title)}</li></ol></div></nav></section></div>
<div class="container">
<div class="row">
<aside id="global_statusmessage"></aside>
</div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
<div id="column1-container"></div>
<div class="col-xs-12 col-sm-12 col-md-9">
<article id="content">
<header>
<div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(article.title)}</span><span itemprop="description">{esc(lead_text(article))}</span><span itemprop="url">{attr(here)}</span><span itemprop="image">{_PLONE}/logo.png</span></span></div>
<h1 class="documentFirstHeading">{esc(article.title)}</h1>
<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">bởi <a href="{_PLONE}/author/quantri">Quản trị viên</a></span> — <span class="documentPublished"><span>Ngày đăng</span> {shown}</span> — <span class="documentModified"><span>Cập nhật lần cuối</span> {dmy(modified)} {modified:%H:%M}</span></div></div>
<div class="documentDescription description">{esc(lead_text(article))}</div>
</header>
<div id="viewlet-above-content-body"></div>
<div id="content-core">
<div id="parent-fieldname-text" class="">{body}
{credit_p}
<p style="text-align: right;"><em>(Nguồn: Báo Lạng Sơn)</em></p></div>
</div>
<footer><div id="viewlet-below-content">{subjects}
<div class="visualClear"><!-- --></div>
<div class="documentActions"><p class="hiddenStructure">Các thao tác với Tài liệu</p><ul><li id="document-action-sendto"><a href="{attr(here)}/sendto_form" title="">Gửi trang này</a></li><li id="document-action-print"><a href="javascript:this.print();" title="">In</a></li></ul></div>
</div></footer>
</article>
</div>
<aside id="portal-column-two" class="col-xs-12 col-sm-6 col-md-3"><div class="portletWrapper"><aside class="portlet portletNews" role="section"><header class="portletHeader"><a href="{_PLONE}/tin-tuc" class="tile">Tin mới</a></header><ul class="portletContent">{news}</ul><footer class="portletFooter"><a href="{_PLONE}/tin-tuc" class="tile">Thêm tin tức…</a></footer></aside></div>
<div class="portletWrapper"><aside class="portlet portletStaticText"><header class="portletHeader">Liên kết</header><section class="portletContent"><p><a href="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</a></p><p><a href="https://baolangson.vn">Báo Lạng Sơn</a></p></section></aside></div></aside>
</main>
</div>
<footer id="portal-footer-wrapper" role="contentinfo"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12"><div class="portletWrapper"><section class="portlet portletClassic" id="portal-colophon"><div class="portletContent"><p>HỘI NÔNG DÂN TỈNH LẠNG SƠN — Số 1 Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn.</p><a href="http://plone.com" target="_blank" title="This site was built using the Plone Open Source CMS/WCM.">Powered by Plone &amp; Python</a></div></section></div></div></div></div></footer>
</div>
</body>
</html>"""
    return CorpusPage(
        "plone_association", article.article_id, url_of(article), page,
        expected(article, dateline=f"Ngày đăng {shown}", published="minutes", captions=captions),
    )  # fmt: skip


# --- 3. A local portal's Odoo 17 website blog reposting the paper --------------------------------

_ODOO = "https://xulang24h.vn"


def _odoo_image(img: Image) -> str:
    """The attachment URL Odoo's editor writes for a resized picture (site-relative)."""
    return f"/web/image/{2800 + sum(map(ord, image_file(img))) % 997}-{_digest(image_file(img), 8)}/{image_file(img)}"


def _babel_medium(moment: datetime) -> str:
    """Babel's `MMM d, yyyy` in Vietnamese, as Odoo formats `post_date`: `thg 2 4, 2022`."""
    return f"thg {moment.month} {moment.day}, {moment.year}"


def odoo_reposter(article: Article) -> CorpusPage:
    """ "Xứ Lạng 24h", a local portal on Odoo 17 whose website blogs (one per section of the
    paper) repost its articles: the `o_header_standard` navbar, a blog-post cover with the title
    in `div#o_wblog_post_name` (no heading element), the sapo (with its marker) as the post's
    subtitle, the author avatar and name (the staff member who posted it) and the post date
    in Babel's Vietnamese `MMM d, yyyy` (`thg 2 4, 2022`); the editor's HTML in
    `div.o_wblog_post_content_field` (pictures as `img.o_we_custom_image` inside a `<p>` with a
    site-relative `/web/image/…` address, the caption typed as the next centred italic
    paragraph), the credit in bold with a "(Theo baolangson.vn)" source after a `<br>` in the
    same paragraph, a "Thẻ" sidebar block, the next post's cover, the cookie bar and "Được hỗ
    trợ bởi Odoo"; OpenGraph `article:published_time` is Odoo's naive UTC `2022-02-04
    02:56:32`."""
    moment = article.published
    shown = _babel_medium(moment)
    utc = moment - timedelta(hours=7)
    captions = rehosted_captions(article, lambda i: BASE + _odoo_image(i))
    blog_id = 3 + sorted(c.key for c in content().categories).index(article.category)
    section = content().category(article.category)
    blog = f"/blog/{section.key}-{blog_id}"
    post_id = 40 + article.article_id % 500
    here = f"{_ODOO}{blog}/{article.slug}-{post_id}"

    def image(img: Image, number: int) -> str:
        src = _odoo_image(img)
        original = f"/web/image/{2790 + number}-{_digest(image_stem(img), 8)}/{image_file(img)}"
        tag = f'<p><img src="{attr(src)}" class="img img-fluid o_we_custom_image" alt="" loading="lazy" data-original-id="{2790 + number}" data-original-src="{attr(original)}" data-mimetype="image/jpeg" data-resize-width="690"></p>'
        if img.caption:
            tag += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return tag

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad="",
        script='<div class="media_iframe_video" data-oe-expression="//www.youtube.com/embed/lsotv2022?rel=0&amp;autoplay=0"><div class="css_editable_mode_display"></div><div class="media_iframe_video_size" contenteditable="false"></div><iframe src="//www.youtube.com/embed/lsotv2022?rel=0&amp;autoplay=0" frameborder="0" contenteditable="false" allowfullscreen="allowfullscreen"></iframe></div>',
    )
    credit = shown_byline(article)
    source = "<em>(Theo baolangson.vn)</em>"
    end = (
        f'<p style="text-align: right;"><strong>{esc(credit)}</strong><br>{source}</p>'
        if credit
        else f'<p style="text-align: right;">{source}</p>'
    )
    staff = ("Nguyễn Thị Lan", 7) if article.article_id % 2 else ("Hoàng Đức Anh", 9)
    tags = ""
    if article.tags:
        tags = (
            '<div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Thẻ</h6><div class="h5">'
            + "".join(
                f'<a href="{blog}/tag/{tag_slug(t)}-{n + 11}" class="badge mb-2 mw-100 text-truncate border post_link">{esc(t)}</a>'
                for n, t in enumerate(article.tags)
            )
            + "</div></div>"
        )
    nxt = others(article, 1, turn=541)[0]
    nav = "".join(
        f'<li role="presentation" class="nav-item"><a role="menuitem" href="/blog/{c.key}-{3 + sorted(x.key for x in content().categories).index(c.key)}" class="nav-link {"active" if c.key == article.category else ""}"><span>{esc(c.name)}</span></a></li>'
        for c in content().categories[:7]
    )
    article_tags = "".join(
        f'<meta property="article:tag" content="{attr(t)}"/>' for t in article.tags
    )
    page = f"""<!DOCTYPE html>
<html lang="vi-VN" data-website-id="1" data-main-object="blog.post({post_id},)">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta name="keywords" content="{attr(",".join(article.tags))}"/>
            <meta property="og:type" content="article"/>
            <meta property="og:title" content="{attr(article.title)}"/>
            <meta property="og:site_name" content="Xứ Lạng 24h"/>
            <meta property="og:url" content="{attr(here)}"/>
            <meta property="og:image" content="{_ODOO}/web/image/blog.post/{post_id}/cover_properties"/>
            <meta property="og:description" content="{attr(lead_text(article))}"/>
            <meta property="article:published_time" content="{utc:%Y-%m-%d %H:%M:%S}"/>
            <meta property="article:modified_time" content="{SERVED.isoformat()} 01:20:44.118374"/>
            {article_tags}
            <meta name="twitter:card" content="summary_large_image"/>
            <meta name="twitter:title" content="{attr(article.title)}"/>
            <meta name="twitter:description" content="{attr(lead_text(article))}"/>
        <link rel="canonical" href="{attr(here)}"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>{esc(article.title)} | Xứ Lạng 24h</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=8a1c2f3"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        <link type="text/css" rel="stylesheet" href="/web/assets/1/4b7e9d2/web.assets_frontend.min.css"/>
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "5f0d7b1c9e3a2f48d6c0b9a17e5f3d2c4b8a6e91o1795000000",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "bundle_params": {{"lang": "vi_VN", "website_id": 1}}, "translationURL": "/website/translations", "cache_hashes": {{"translations": "0f1e2d3c"}}, "geoip_country_code": null, "geoip_phone_code": null, "lang_url_code": "vi"}};
        </script>
        <script type="text/javascript" defer="defer" src="/web/assets/1/9c3f5a1/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
    </head>
    <body>
        <div id="wrapwrap" class="   ">
                <header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
        <div id="o_main_nav" class="container">
    <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4">
            <span role="img" aria-label="Logo of Xứ Lạng 24h" title="Xứ Lạng 24h"><img src="/web/image/website/1/logo/X%E1%BB%A9%20L%E1%BA%A1ng%2024h?unique=8a1c2f3" class="img img-fluid" width="95" height="40" alt="Xứ Lạng 24h" loading="lazy"/></span>
        </a>
    <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">
    <li role="presentation" class="nav-item"><a role="menuitem" href="/" class="nav-link "><span>Trang chủ</span></a></li>
    {nav}
    <li role="presentation" class="nav-item"><a role="menuitem" href="/shop" class="nav-link "><span>Đặc sản xứ Lạng</span></a></li>
    <li role="presentation" class="nav-item"><a role="menuitem" href="/contactus" class="nav-link "><span>Liên hệ</span></a></li>
    </ul>
    <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
        <li class="o_wsale_my_cart align-self-md-start  "><a href="/shop/cart" class="o_navlink_background btn position-relative rounded-circle p-1 text-center text-reset"><div class=""><i class="fa fa-shopping-cart fa-stack"></i><sup class="my_cart_quantity badge text-bg-primary position-absolute top-0 end-0 mt-n1 me-n1 rounded-pill d-none" data-order-id="">0</sup></div></a></li>
            <li class=" o_no_autohide_item"><a href="/web/login" class="btn btn-outline-secondary">Đăng nhập</a></li>
    </ul>
        </div>
    </nav>
    </header>
                <main>
    <div id="wrap" class="js_blog website_blog">
        <section id="o_wblog_post_top">
            <div id="title" class="blog_header">
    <div data-name="Blog Post Cover" style="" data-use_filters="True" data-res-model="blog.post" data-res-id="{post_id}" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_half_screen_height o_record_has_cover  o_wblog_post_page_cover">
        <div style="background-image: url(/web/image/{2700 + post_id}-cover/cover.jpg);" class="o_record_cover_component o_record_cover_image "></div>
        <div style="opacity: 0.2;" class="o_record_cover_component o_record_cover_filter oe_black"></div>
                    <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                        <div class="o_wblog_post_title  ">
                            <div id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Tiêu đề bài viết" data-blog-id="{post_id}">{esc(article.title)}</div>
                            <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" data-oe-expression="blog_post.subtitle" placeholder="Phụ đề">{esc(lead_text(article))}</div>
                        </div>
                        <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none"><i class="fa fa-angle-down fa-3x text-white" aria-label="Tới nội dung bài viết" title="Tới nội dung bài viết"></i></a>
                        <div class="text-white">
                            <div class="d-inline-flex align-items-center justify-content-center">
            <img class="o_avatar o_wblog_author_avatar me-2 rounded-circle" src="/web/image/res.partner/{staff[1]}/avatar_128" alt="Avatar" loading="lazy"/>
        <div class="small text-start">
            <span class="text-nowrap" data-oe-expression="blog_post.author_id"><span>{esc(staff[0])}</span></span>
            <div>
                <span class="text-nowrap" data-oe-expression="blog_post.post_date">{shown}</span>
                <span class="text-nowrap"> trong <a href="{blog}"><b>{esc(section.name)}</b></a></span>
            </div>
        </div>
                            </div>
                        </div>
                    </div>
    </div>
            </div>
        </section>
        <section id="o_wblog_post_main" class="container pt-4 pb-5 ">
                <div class="d-flex flex-column flex-lg-row justify-content-between">
                    <div id="o_wblog_post_content" class=" o_container_small w-100 flex-shrink-0">
    <div data-editor-message="VIẾT Ở ĐÂY HOẶC KÉO CÁC KHỐI XÂY DỰNG" class="o_wblog_post_content_field   o_wblog_read_text" data-oe-model="blog.post" data-oe-id="{post_id}" data-oe-field="content" data-oe-type="html" data-oe-expression="blog_post.content">{body}
{end}</div>
        <div class="css_editable_mode_hidden o_wblog_share_links_container text-center mt-4"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(here)}" class="o_facebook btn btn-light"><i class="fa fa-facebook-square"></i></a><a href="https://twitter.com/intent/tweet?text={attr(article.title)}&amp;url={attr(here)}" class="o_twitter btn btn-light"><i class="fa fa-twitter"></i></a><a href="https://www.linkedin.com/sharing/share-offsite/?url={attr(here)}" class="o_linkedin btn btn-light"><i class="fa fa-linkedin"></i></a></div>
                    </div>
                    <div id="o_wblog_post_sidebar_col" class="ps-lg-5 ">
    <div id="o_wblog_post_sidebar">
        <div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Về chúng tôi</h6><p>Xứ Lạng 24h — tin tức, du lịch và đặc sản Lạng Sơn.</p></div>
        {tags}
    </div>
                    </div>
                </div>
        </section>
        <section id="o_wblog_post_footer">
    <div class="mt-5">
            <div id="o_wblog_next_container" class="d-flex flex-column">
    <div data-name="Blog Post Cover" style="" data-use_filters="True" data-res-model="blog.post" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc   o_wblog_post_page_cover o_wblog_post_page_cover_footer o_record_has_cover">
        <div style="background-image: url(/web/image/{2700 + nxt.article_id % 500}-cover/cover.jpg);" class="o_record_cover_component o_record_cover_image "></div>
        <div style="opacity: 0.2;" class="o_record_cover_component o_record_cover_filter oe_black"></div>
                    <a id="o_wblog_next_post_info" class="d-none" data-size=" o_half_screen_height" data-url="/blog/{nxt.category}/{nxt.slug}?anim"></a>
                    <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                        <div class="o_wblog_post_title">
                            <div class="o_wblog_post_name">{esc(nxt.title)}</div>
                            <div class="o_wblog_post_subtitle">{esc(lead_text(nxt))}</div>
                        </div>
                        <div class="o_wblog_toggle "><span class="h4 d-inline-block py-1 px-2 rounded-1 text-white"><i class="fa fa-angle-right fa-3x text-white" aria-label="Đọc tiếp" title="Đọc tiếp"></i></span></div>
                    </div>
    </div>
            </div>
    </div>
        </section>
    </div>
                </main>
                <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                    <div id="footer" class="oe_structure oe_structure_solo">
            <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row"><div class="col-lg-5 pt24 pb24"><h5 class="mb-3">Xứ Lạng 24h</h5><p>Tin tức tổng hợp, du lịch và đặc sản của Lạng Sơn. Số 15 Trần Đăng Ninh, thành phố Lạng Sơn.</p></div><div class="col-lg-3 offset-lg-1 pt24 pb24"><h5 class="mb-3">Liên kết</h5><ul class="list-unstyled"><li><a href="/">Trang chủ</a></li><li><a href="/shop">Cửa hàng</a></li><li><a href="/contactus">Liên hệ</a></li></ul></div></div></div></section>
        </div>
    <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
                        <div class="container py-3">
                            <div class="row">
                                <div class="col-sm text-center text-sm-start text-muted">
                                    <span class="o_footer_copyright_name me-2">Bản quyền &copy; Xứ Lạng 24h</span>
        </div>
                                <div class="col-sm text-center text-sm-end o_not_editable">
        <div class="o_brand_promotion">
        Được hỗ trợ bởi
            <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">
                <img alt="Odoo" src="/web/image/website/1/logo/Odoo?height=16" width="62" height="16" style="width: auto; height: 1em; vertical-align: baseline;"/>
            </a>
        - Trình tạo website miễn phí số 1
        </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </footer>
        <div id="website_cookies_bar" class="s_popup o_snippet_invisible d-none" data-name="Cookies Bar" data-vcss="001" data-invisible="1">
            <div class="modal s_popup_bottom s_popup_no_backdrop o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" role="dialog">
                <div class="modal-dialog d-flex s_popup_size_full">
                    <div class="modal-content oe_structure">
                        <section class="o_colored_level o_cc o_cc1">
                            <div class="container">
                                <div class="row">
                                    <div class="col-lg-8 pt16">
                                        <p><span class="pe-1">Chúng tôi sử dụng cookie để mang lại trải nghiệm người dùng tốt hơn trên trang web này.</span><a href="/cookie-policy" class="o_cookies_bar_text_policy btn btn-link btn-sm px-0">Chính sách cookie</a></p>
                                    </div>
                                    <div class="col-lg-4 text-end pt16 pb16">
                                        <a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">Chỉ những cookie thiết yếu</a>
                                        <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">Tôi đồng ý</a>
                                    </div>
                                </div>
                            </div>
                        </section>
                    </div>
                </div>
            </div>
        </div>
            </div>
        </body>
</html>"""
    return CorpusPage(
        "odoo_reposter", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published=None, captions=captions),
    )  # fmt: skip


# --- 4. An economic-zone authority's TYPO3 site with the news extension ---------------------------

_TYPO3 = "https://bqlkkt.langson.gov.vn/"


def _typo3_image(img: Image) -> str:
    """The processed thumbnail TYPO3 writes for the news record's picture (relative)."""
    digest = _digest(image_file(img), 10)
    return f"fileadmin/_processed_/{digest[0]}/{digest[1]}/csm_{image_stem(img)}_{digest}.jpg"


def typo3_txnews(article: Article) -> CorpusPage:
    """ "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn" on TYPO3 12 with the news
    extension (tx_news), reposting the paper's article: the "powered by TYPO3" comment, a
    `<base href>` of the site (so relative addresses resolve to it), `frame` content elements,
    a cookie banner, the detail view `div.news-single > div.article[itemscope]` with the title
    as `h3[itemprop=headline]` under the page's own `h1` ("Tin tức – Sự kiện"), a footer line
    with `time[itemprop=datePublished]` (date only) and the category, the teaser (with its
    marker) in `div.teaser-text`, every picture of the record first in `div.news-img-wrap`
    (processed thumbnails `fileadmin/_processed_/…/csm_…` linked to the original for the
    lightbox, the caption in `p.news-img-caption`), then the text, the author field holding the
    credit after a "Tác giả:" label, the tags, "Tin liên quan", the back link and the
    footer."""
    moment = article.published
    shown = dmy(moment)
    captions = rehosted_captions(article, lambda i: _TYPO3 + _typo3_image(i))
    pictures = []
    for img in article.images:
        cap = f'<p class="news-img-caption">{esc(img.caption)}</p>' if img.caption else ""
        title = f' title="{attr(img.caption)}"' if img.caption else ""
        pictures.append(
            f'<div class="mediaelement mediaelement-image"><a href="fileadmin/user_upload/tin-tuc/{image_file(img)}"{title} class="lightbox" rel="lightbox[myImageSet]">'
            f'<img itemprop="image" src="{attr(_typo3_image(img))}" width="282" height="188" alt="" /></a></div>{cap}'
        )
    media = ""
    if pictures:
        media = (
            '<div class="news-img-wrap">'
            + "".join(f'<div class="outer">{p}</div>' for p in pictures)
            + "</div>"
        )
    body = write_numbered_blocks(
        article,
        lambda text, n, count: f"<p>{text}</p>",
        lambda img, number: "",
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p><a href="https://www.youtube.com/watch?v=lsotv2022" target="_blank">Xem video trên YouTube</a></p>',
    )
    credit = shown_byline(article)
    author = ""
    if credit:
        author = f'<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Tác giả: <span itemprop="name">{esc(credit)}</span></span>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="news-tags"><span class="news-tags-label">Thẻ:</span> '
            + " ".join(
                f'<a href="tin-tuc/the/{tag_slug(t)}" class="badge badge-tag">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    related = "".join(
        f'<li><span class="news-related-news-date">{dmy(o.published)}</span><a title="{attr(o.title)}" href="tin-tuc/chi-tiet/{attr(o.slug)}">{esc(o.title)}</a></li>'
        for o in others(article, 3, turn=557)
    )
    section = category_name(article)
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="{_TYPO3}">

<title>{esc(article.title)}: Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="description" content="{attr(article.lead)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index,follow">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_TYPO3}tin-tuc/chi-tiet/{attr(article.slug)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta name="twitter:card" content="summary">

<link rel="stylesheet" href="typo3temp/assets/compressed/merged-3b2c61f0a7d4e8c91ab4e2f1d6a8b0c3-min.css?1701943210" media="all">
<link rel="stylesheet" href="typo3conf/ext/bqlkkt_sitepackage/Resources/Public/Css/main.css?1701943102" media="all">

<link rel="canonical" href="{_TYPO3}tin-tuc/chi-tiet/{attr(article.slug)}">
</head>
<body id="p27" class="page-27 pagelevel-2 language-0 backendlayout-subpage layout-default">
<div id="top"></div>
<div class="body-bg">
<header class="header">
<div class="header-topbar"><div class="container"><ul class="topbar-links"><li><a href="so-do-trang">Sơ đồ trang</a></li><li><a href="lien-he">Liên hệ</a></li><li><a href="en/">English</a></li></ul></div></div>
<div class="header-brand"><div class="container"><a class="brand" href="/" title="Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn"><img src="typo3conf/ext/bqlkkt_sitepackage/Resources/Public/Images/logo.png" width="520" height="80" alt="Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn"></a></div></div>
<nav class="navbar navbar-mainnavigation"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/" title="Trang chủ">Trang chủ</a></li><li class="nav-item"><a class="nav-link" href="gioi-thieu" title="Giới thiệu">Giới thiệu</a></li><li class="nav-item active"><a class="nav-link" href="tin-tuc" title="Tin tức – Sự kiện">Tin tức – Sự kiện</a></li><li class="nav-item"><a class="nav-link" href="xuc-tien-dau-tu" title="Xúc tiến đầu tư">Xúc tiến đầu tư</a></li><li class="nav-item"><a class="nav-link" href="thu-tuc-hanh-chinh" title="Thủ tục hành chính">Thủ tục hành chính</a></li><li class="nav-item"><a class="nav-link" href="van-ban" title="Văn bản">Văn bản</a></li></ul></div></nav>
</header>
<div class="breadcrumb-section"><div class="container"><p class="sr-only" id="breadcrumb">Bạn đang ở đây:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Trang chủ">Trang chủ</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="tin-tuc" title="Tin tức – Sự kiện">Tin tức – Sự kiện</a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{esc(article.title)}</span></li></ol></div></div>
<div id="page-content" class="bp-page-header section section-default">
<main class="section-inner">
<!--TYPO3SEARCH_begin-->
<div id="c112" class="frame frame-default frame-type-header frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner"><header class="frame-header"><h1 class="element-header"><span>Tin tức – Sự kiện</span></h1></header></div></div></div>
<div id="c113" class="frame frame-default frame-type-news_newsdetail frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header">
<h3 itemprop="headline">{esc(article.title)}</h3>
</div>
<div class="footer">
<p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{moment:%Y-%m-%d}">{shown}</time></span>
<span class="news-list-category">{esc(section)}</span>
</p>
</div>
<div class="teaser-text" itemprop="description"><p>{esc(lead_text(article))}</p></div>
{media}
<div class="news-text-wrap" itemprop="articleBody">
{body}
</div>
<p class="news-author-line">{author}</p>
{tags}
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Tin liên quan</h4><ul>{related}</ul></div></div>
<div class="news-backlink-wrap"><a href="tin-tuc">Quay lại</a></div>
</div>
</div>
</div></div></div>
<!--TYPO3SEARCH_end-->
</main>
</div>
<footer class="section footer-section"><div class="container"><div class="footer-content"><p><strong>BAN QUẢN LÝ KHU KINH TẾ CỬA KHẨU ĐỒNG ĐĂNG – LẠNG SƠN</strong></p><p>Địa chỉ: Số 1 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3873.555</p><p>Thông tin đăng lại từ Báo Lạng Sơn và các cơ quan báo chí được ghi rõ nguồn.</p></div></div></footer>
</div>
<div class="cookie-banner" id="cookieman-modal" data-cookieman-showonce="1" role="dialog" aria-label="Cookie"><p>Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. <a href="chinh-sach-bao-mat">Chính sách bảo mật</a></p><button class="btn btn-primary" data-cookieman-accept-all data-cookieman-save>Đồng ý</button><button class="btn btn-secondary" data-cookieman-save>Chỉ cookie cần thiết</button></div>
<script src="typo3temp/assets/compressed/merged-8e2f4c1d9a7b3e6f0c5d2a1b8e9f7c4d-min.js?1701943210"></script>
</body>
</html>"""
    return CorpusPage(
        "typo3_txnews", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published=None, captions=captions),
    )  # fmt: skip


# --- 5. baolangson.vn redesign on Craft CMS (Matrix blocks, SEOmatic) -----------------------------


def _imager(img: Image) -> str:
    """The Imager X transform Craft serves for an asset migrated from the old site."""
    return f"https://cdn.baolangson.vn/imager/assets/bai-viet/{_digest(img.src, 6)}/{image_stem(img)}_{_digest(image_file(img), 8)}_820.jpg"


def craft_matrix(article: Article) -> CorpusPage:
    """The paper's site rebuilt on Craft CMS 4 with Twig templates: a masthead with today's date
    and the "Báo in" link, the section kicker and breadcrumb, `h1.article__headline`, a meta row
    with the credit typed by role and the authors linked to their entry pages ("Bài, ảnh:
    <a>Minh Ngọc</a>") before the text, then `04/02/2022 - 09:56 (GMT+7)` in a `time` whose
    `datetime` is Craft's `|atom`, a text-to-speech player ("Nghe bài viết") and font-size
    buttons, the summary (with its marker) as `p.article__summary`, the body as Matrix blocks
    (`div.block--text` with `<p>`s, `figure.block--image` with an Imager transform `src`, a
    `srcset` of other widths, and the caption in `figcaption`; an empty text block where the
    editor left one), tags, a Freeform newsletter form, related entries with dates, SEOmatic's
    JSON-LD graph (`NewsArticle` with `datePublished`; `author` pointing at the publisher's
    identity) and a cookie consent banner."""
    moment = article.published
    shown = f"{dmy(moment)} - {moment:%H:%M} (GMT+7)"
    captions = rehosted_captions(article, _imager)

    def image(img: Image, number: int) -> str:
        src = _imager(img)
        widths = ", ".join(f"{src.replace('_820.jpg', f'_{w}.jpg')} {w}w" for w in (420, 820, 1240))
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="block block--image"><img src="{attr(src)}" srcset="{attr(widths)}" sizes="(min-width: 1024px) 820px, 100vw" width="820" height="547" alt="{attr(img.caption or "")}" loading="{"eager" if number == 1 else "lazy"}">{cap}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f'<div class="block block--text"><p>{text}</p></div>',
        image,
        blank='<div class="block block--text"></div>',
        ad='<div class="block block--ad"><div class="ad-slot" data-ad-unit="/22884170/baolangson_inarticle"></div></div>',
        script='<div class="block block--embed"><div class="embed-responsive"><iframe src="https://www.youtube-nocookie.com/embed/lsotv2022" title="Video" allowfullscreen></iframe></div></div>',
    )
    credit = shown_byline(article)
    byline = ""
    if credit:
        linked = linked_credit(article, lambda name: f"/tac-gia/{tag_slug(name)}")
        byline = f'<span class="article__byline">{linked}</span><span class="sep" aria-hidden="true"> · </span>'
    tags = ""
    if article.tags:
        tags = (
            '<ul class="tag-list" aria-label="Chủ đề">'
            + "".join(
                f'<li><a href="/chu-de/{tag_slug(t)}">{esc(t)}</a></li>' for t in article.tags
            )
            + "</ul>"
        )
    section = content().category(article.category)
    related = "".join(
        f'<li class="teaser teaser--small"><a href="{attr(o.path)}"><span class="teaser__title">{esc(o.title)}</span></a><time class="teaser__date" datetime="{iso_vietnam(o.published)}">{dmy(o.published)}</time></li>'
        for o in others(article, 4, turn=563)
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "author": {"@id": f"{BASE}/#identity"},
                "copyrightHolder": {"@id": f"{BASE}/#identity"},
                "creator": {"@id": "#creator"},
                "dateCreated": iso_vietnam(moment - timedelta(hours=2, minutes=4)),
                "dateModified": f"{SERVED.isoformat()}T06:58:02+07:00",
                "datePublished": iso_vietnam(moment),
                "description": article.lead,
                "headline": article.title,
                "image": {
                    "@type": "ImageObject",
                    "url": _imager(article.images[0])
                    if article.images
                    else f"{BASE}/static/og-default.png",
                },
                "inLanguage": "vi",
                "mainEntityOfPage": url_of(article),
                "name": article.title,
                "publisher": {"@id": f"{BASE}/#identity"},
                "url": url_of(article),
            },
            {
                "@id": f"{BASE}/#identity",
                "@type": "NewsMediaOrganization",
                "name": "Báo Lạng Sơn",
                "url": BASE,
            },
            {"@id": "#creator", "@type": "Organization", "name": "Báo Lạng Sơn"},
            {
                "@type": "BreadcrumbList",
                "description": "Breadcrumbs list",
                "itemListElement": [
                    {"@type": "ListItem", "item": BASE, "name": "Trang chủ", "position": 1},
                    {
                        "@type": "ListItem",
                        "item": BASE + section.path,
                        "name": section.name,
                        "position": 2,
                    },
                    {
                        "@type": "ListItem",
                        "item": url_of(article),
                        "name": article.title,
                        "position": 3,
                    },
                ],
                "name": "Breadcrumbs",
            },
        ],
    }
    nav = "".join(
        f'<li class="nav__item{" is-active" if c.key == article.category else ""}"><a href="{attr(c.path)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi-VN" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preload" href="/dist/fonts/SVN-Gilroy-Bold.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/dist/css/app.2f6a1c9e.css">
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta name="generator" content="SEOmatic">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta name="description" content="{attr(article.lead)}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="robots" content="all">
<meta content="vi_VN" property="og:locale">
<meta content="Báo Lạng Sơn" property="og:site_name">
<meta content="website" property="og:type">
<meta content="{attr(url_of(article))}" property="og:url">
<meta content="{attr(article.title)}" property="og:title">
<meta content="{attr(article.lead)}" property="og:description">
<meta name="twitter:card" content="summary_large_image">
<link href="{attr(url_of(article))}" rel="canonical">
<link href="{BASE}/" rel="home">
<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>
</head>
<body class="section-{attr(section.key)} entry-type-article">
<a class="skip-link" href="#main">Bỏ qua điều hướng</a>
<header class="masthead">
<div class="masthead__top"><div class="wrap"><time class="masthead__today" datetime="{SERVED.isoformat()}">{weekday(SERVED)}, {SERVED:%d/%m/%Y}</time><a href="/bao-in">Báo in</a><a href="/podcast">Podcast</a><a href="/lien-he">Liên hệ</a></div></div>
<div class="masthead__brand"><div class="wrap"><a href="/" class="logo"><img src="/dist/img/logo-baolangson.svg" alt="Báo Lạng Sơn" width="280" height="56"></a><form class="search" action="/tim-kiem"><input type="search" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></div>
<nav class="nav" aria-label="Chuyên mục"><div class="wrap"><ul class="nav__list"><li class="nav__item"><a href="/">Trang chủ</a></li>{nav}</ul></div></nav>
</header>
<main id="main" class="main">
<div class="wrap">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="{attr(section.path)}">{esc(section.name)}</a></li></ol></nav>
<div class="layout layout--article">
<article class="article">
<header class="article__header">
<a class="article__kicker" href="{attr(section.path)}">{esc(section.name)}</a>
<h1 class="article__headline">{esc(article.title)}</h1>
<div class="article__meta">{byline}<time class="article__date" datetime="{iso_vietnam(moment)}">{shown}</time></div>
<div class="article__tools"><div class="tts-player" data-tts="/api/tts/{article.article_id}.mp3"><button class="tts-player__play" type="button" aria-label="Nghe bài viết">▶</button><span class="tts-player__label">Nghe bài viết</span><span class="tts-player__time">00:00 / 03:{12 + article.article_id % 40}</span></div><div class="font-size" role="group" aria-label="Cỡ chữ"><button type="button">A-</button><button type="button">A</button><button type="button">A+</button></div></div>
</header>
<p class="article__summary">{esc(lead_text(article))}</p>
<div class="article__body">
{body}
</div>
{tags}
<div class="article__share"><span>Chia sẻ</span><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" rel="noopener">Facebook</a><a href="https://zalo.me/share?u={attr(url_of(article))}" target="_blank" rel="noopener">Zalo</a><button type="button" class="copy" data-copy="{attr(url_of(article))}">Sao chép liên kết</button></div>
</article>
<aside class="layout__aside"><section class="related"><h2 class="related__title">Cùng chuyên mục</h2><ul>{related}</ul></section>
<section class="newsletter"><h2>Nhận bản tin Báo Lạng Sơn</h2><form method="post" accept-charset="UTF-8" data-freeform data-id="freeform-form-newsletter" enctype="multipart/form-data"><input type="hidden" name="action" value="freeform/submit"><input type="hidden" name="formHash" value="R4wpYJr2a-4a1c92e7f3b0"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="wq8Bf3kU1t0xZpD9sQm2YcVn6LhE5rJa"><input type="email" name="email" placeholder="Email của bạn"><button type="submit">Đăng ký</button></form></section></aside>
</div>
</div>
</main>
<footer class="footer"><div class="wrap"><p class="footer__name">BÁO LẠNG SƠN ĐIỆN TỬ</p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. © 2026 Báo Lạng Sơn.</p></div></footer>
<div class="cookie-consent" id="cookie-consent" role="region" aria-label="Cookie"><p>Chúng tôi dùng cookie để phân tích lượt truy cập và cải thiện trải nghiệm đọc. <a href="/chinh-sach-quyen-rieng-tu">Tìm hiểu thêm</a></p><button type="button" data-consent="all">Chấp nhận</button><button type="button" data-consent="necessary">Từ chối</button></div>
<script src="/dist/js/app.7c3e0b21.js" defer></script>
</body>
</html>"""
    return CorpusPage(
        "craft_matrix", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


MARKUPS_N: dict[str, Renderer] = {
    "converged_newsroom": converged_newsroom,
    "plone_association": plone_association,
    "odoo_reposter": odoo_reposter,
    "typo3_txnews": typo3_txnews,
    "craft_matrix": craft_matrix,
}
