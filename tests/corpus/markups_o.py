# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set O: the fourteenth held-out set (scored once sealed at 87.1 %), now tuned on.

Written from what Vietnamese news systems and publishing tools emit: a VietnamNet-like
national-paper template (the date `Thứ Sáu, 04/02/2022 - 09:56` in the breadcrumb bar, the sapo
in an `h2`, lazy pictures in `data-original`, the author box after the text), a Báo Tin tức
(TTXVN)-like template (the date with no weekday, a non-ISO `pubdate` meta, pictures in
`div.news-image` with the caption in a `div` below, the credit and the source as two right-aligned
lines), a provincial e-government portal built by a large IT vendor reposting the article
(the title in an `h3`, `Ngày đăng:` with a `|`, Dublin Core meta, `<div>` paragraphs from the
editor, the caption as an italic centred `div` under the picture, "Nguồn tin:"), the article as
the paper's Telegram bot publishes it on Telegraph for Instant View (`tl_article_content`, the
channel's name as the author, the date in English, a UTC `article:published_time`, pictures
re-hosted under `/file/`, no section and no tags), and a Docusaurus blog (one blog instance
per section, the section as the sidebar title, `BlogPosting` microdata, the authors as avatar
cards, the lead as a Markdown blockquote, pictures as Markdown images with the caption in an
italic paragraph under them, the "Thẻ:" footer). The expected records come from the content
alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with seconds in a meta, microdata, JSON-LD or `datetime`, even in UTC, counts; so
does an unambiguous year-first meta value such as `2022/02/04 09:56:32`, which the sealed
score wrongly expected to the minute; the time printed in the date line gives minutes), `byline` the
credit as shown (without a field label, never a source line such as `Nguồn tin: Báo Lạng Sơn`,
nor the site or channel named as the author), `authors` the names in it in the usual
capitalisation, `tags` only the tags the page shows, `category` the top-level section the page
shows (none on the Telegraph page, which shows no section), a caption's `image_url` the address
the page serves the picture from (`data-original` behind a placeholder; the portal's,
Telegraph's and Docusaurus's own copies) and its `text` the caption as printed.

Where a page shows only the authors' names (the Docusaurus avatar cards), the byline is those
names as shown, joined by ", ". The masthead's today date, the portal's visitor counters and
view counts, the modified times, the reading time, the dates of other articles and the
Telegraph "Report content" chrome are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.corpus.pages import (
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
    script_json,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import LEGACY_WEEKDAYS, VIETNAM, author_name, clean, iso_vietnam, slugify
from tests.site.model import Article, Image


def _utc(moment: datetime) -> datetime:
    """A Vietnam local time as an aware UTC time."""
    return moment.replace(tzinfo=VIETNAM).astimezone(UTC)


def _names(article: Article) -> list[str]:
    """The authors' names in the usual capitalisation."""
    return [author_name(clean(a)) for a in article.authors]


# --- 1. A VietnamNet-like national-paper template ----------------------------------------------

_GREY = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def vietnamnet_like(article: Article) -> CorpusPage:
    """A template after VietnamNet's: the header with today's date and the weather, the menu,
    the breadcrumb bar `div.bread-crumb-detail` holding the section link and the date
    `Thứ Sáu, 04/02/2022 - 09:56`, `h1.content-detail-title`, the sapo (with the marker) in
    `h2.content-detail-sapo`, `div#maincontent` with `figure.vnn-content-image` pictures
    lazy-loaded from `data-original` behind a grey GIF (`alt` the caption, the caption in
    `figcaption > p`), a "Tin liên quan" box of links inside the body after the first
    paragraph, the author box after the text (the credit with each name linked), keyword
    links, the comment form, "Tin nổi bật" and "Cùng chuyên mục" with times, and JSON-LD
    (`NewsArticle` with seconds, a `BreadcrumbList`) plus an `itemprop="dateModified"` meta
    on the serving day."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption><p>{esc(img.caption)}</p></figcaption>" if img.caption else ""
        return (
            f'<figure class="image vnn-content-image"><picture><img class="lazy" src="{_GREY}" '
            f'data-original="{attr(image_src(img))}" alt="{attr(img.caption or "")}" '
            f'title="{attr(img.caption or "")}" width="760" height="507"></picture>{cap}</figure>'
        )

    related = others(article, 2, turn=1401)

    def after(seen: int, count: int) -> str:
        if seen == 1 and count >= 3:
            links = "".join(
                f'<li><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
                for o in related
            )
            return f'<div class="article-relate"><div class="article-relate__title">Tin liên quan</div><ul>{links}</ul></div>'
        return ""

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="vnn-ads-inread" id="vnn_inread"></div>',
        script='<div class="vnn-video-embed"><script type="text/javascript" src="https://player.baolangson.vn/embed.js?v=lsotv2022"></script></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = ""
    if credit:
        author = (
            '<div class="article-detail-author-wrapper"><div class="article-detail-author">'
            f'<div class="article-detail-author__info"><span class="name">{linked_credit(article, lambda n: f"/tac-gia/{slugify(n)}")}</span></div>'
            "</div></div>"
        )
    tags = ""
    if article.tags:
        tags = (
            '<div class="tag-cotnent"><h3 class="vnn-title">Từ khóa:</h3><ul class="tag-list">'
            + "".join(
                f'<li class="tag-item"><a href="/tag/{tag_slug(t)}" title="{attr(t)}">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    hot = "".join(
        f'<div class="horizontalPost"><h3 class="horizontalPost__main-title vnn-title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3><span class="time">{dmy(o.published)} {o.published:%H:%M}</span></div>'
        for o in others(article, 5, turn=1403)
    )
    same = "".join(
        f'<div class="verticalPost"><a href="{attr(o.path)}"><img src="{_GREY}" data-original="https://media.baolangson.vn/thumb/{o.article_id}.jpg" class="lazy" alt="{attr(o.title)}"></a><h3 class="verticalPost__main-title vnn-title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3></div>'
        for o in others(article, 4, turn=1409)
    )
    nav = "".join(
        f'<li class="mainNav__item"><a href="/{attr(c.key)}" title="{attr(c.name)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    section_url = f"https://baolangson.vn/{article.category}"
    graph = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
            "headline": article.title,
            "description": article.lead,
            "image": {
                "@type": "ImageObject",
                "url": image_src(article.images[0])
                if article.images
                else "https://baolangson.vn/assets/images/og-default.jpg",
            },
            "datePublished": iso_vietnam(moment),
            "author": {"@type": "Person", "name": ", ".join(_names(article)) or "Báo Lạng Sơn"},
            "publisher": {
                "@type": "Organization",
                "name": "Báo Lạng Sơn",
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://baolangson.vn/assets/images/logo.svg",
                },
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "Trang chủ",
                    "item": "https://baolangson.vn",
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": category_name(article),
                    "item": section_url,
                },
            ],
        },
    ]
    ld = "".join(f'<script type="application/ld+json">{script_json(g)}</script>' for g in graph)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{esc(article.title)}</title>
    <meta name="description" content="{attr(article.lead)}">
    <meta name="keywords" content="{attr(", ".join(article.tags))}">
    <meta name="news_keywords" content="{attr(", ".join(article.tags))}">
    <meta property="og:site_name" content="Báo Lạng Sơn">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(article.title)}">
    <meta property="og:description" content="{attr(article.lead)}">
    <meta property="og:url" content="{attr(url_of(article))}">
    <meta itemprop="dateModified" content="{SERVED.isoformat()}T06:12:40+07:00">
    <meta name="robots" content="index,follow,max-image-preview:large">
    <link rel="canonical" href="{attr(url_of(article))}">
    <link rel="amphtml" href="{attr(url_of(article).replace("baolangson.vn/", "baolangson.vn/amp/"))}">
    <link rel="stylesheet" href="https://static.baolangson.vn/bundle/css/detail.min.css?v=2.3.17">
    {ld}
    <script>window.vnnDataLayer={{"articleId":"{article.article_id}","cate":"{attr(article.category)}","pageType":"detail"}};</script>
</head>
<body>
<header class="header">
    <div class="header__top"><div class="container"><div class="header__top-left"><span class="header__date">{weekday(SERVED)}, {dmy(SERVED)}</span><span class="header__weather">Lạng Sơn 14°C</span></div><div class="header__top-right"><a href="/dang-nhap" class="header__login">Đăng nhập</a><a href="/bao-in" class="header__paper">Báo in</a></div></div></div>
    <div class="header__main"><div class="container"><a class="header__logo" href="/" title="Báo Lạng Sơn"><img src="https://static.baolangson.vn/images/logo.svg" alt="Báo Lạng Sơn"></a><form class="header__search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm"></form></div></div>
    <nav class="mainNav"><div class="container"><ul class="mainNav__list"><li class="mainNav__item mainNav__item--home"><a href="/" title="Trang chủ"><i class="icon-home"></i></a></li>{nav}</ul></div></nav>
</header>
<main class="main">
<div class="container">
    <div class="bread-crumb-detail sm-show-time">
        <ul><li><a href="/" title="Trang chủ"><i class="icon-home"></i></a></li><li><a href="/{attr(article.category)}" title="{attr(category_name(article))}">{esc(category_name(article))}</a></li></ul>
        <div class="bread-crumb-detail__time">{shown}</div>
    </div>
    <div class="content-detail container-970">
        <div class="content-detail-left">
            <div class="newsFeature">
                <h1 class="content-detail-title">{esc(article.title)}</h1>
                <div class="social-share"><a class="social-share__fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank">Facebook</a><a class="social-share__zalo" data-href="{attr(url_of(article))}">Zalo</a><a class="social-share__copy" href="javascript:void(0)">Sao chép link</a></div>
                <h2 class="content-detail-sapo sm-sapo-mb-0">{esc(lead_text(article))}</h2>
                <div id="maincontent" class="maincontent main-content">
{body}
                </div>
                {author}
                {tags}
                <div class="article-detail-rating"><span>Bài viết hữu ích?</span><button class="like">Có</button><button class="dislike">Không</button></div>
            </div>
            <div class="comment-box" id="box-comment"><h3 class="vnn-title">Bình luận</h3><form class="comment-form" method="post" action="/api/comment"><textarea name="content" placeholder="Chia sẻ ý kiến của bạn"></textarea><input type="text" name="fullname" placeholder="Họ và tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form><p class="comment-note">Bình luận của bạn sẽ được biên tập trước khi đăng.</p></div>
        </div>
        <div class="content-detail-right"><div class="box-hot"><h2 class="box-title">Tin nổi bật</h2>{hot}</div><div class="ads-right"><div id="vnn_right_1"></div></div></div>
    </div>
    <div class="box-same-category"><h2 class="box-title"><a href="/{attr(article.category)}">Cùng chuyên mục</a></h2><div class="grid">{same}</div></div>
</div>
</main>
<footer class="footer"><div class="container"><div class="footer__logo"><img src="https://static.baolangson.vn/images/logo-white.svg" alt="Báo Lạng Sơn"></div><div class="footer__info"><p>Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 45/GP-BTTTT. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p><p>© Bản quyền thuộc Báo Lạng Sơn.</p></div></div></footer>
<script src="https://static.baolangson.vn/bundle/js/lazyload.min.js"></script>
<script>new LazyLoad({{elements_selector:".lazy",data_src:"original"}});</script>
</body>
</html>"""
    return CorpusPage(
        "vietnamnet_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 2. A Báo Tin tức (TTXVN)-like template ----------------------------------------------------


def baotintuc_like(article: Article) -> CorpusPage:
    """A template after Báo Tin tức's (the TTXVN news site): the top bar with the agency's
    other outlets and today's date, `h1.detail-title`, the date `04/02/2022 09:56` with no
    weekday in `div.date` beside the share icons, a `pubdate` meta written the non-ISO way
    (`2022/02/04 09:56:32`), the sapo (with the marker) in `h2.sapo`, the body in
    `div.contents` with pictures in `div.news-image` and the caption in the `div.desc` under
    them (`alt` left empty, uncaptioned pictures without the `div`), "Tin liên quan" as a
    `div.relate-news` between paragraphs, the credit and the source as two right-aligned
    lines (`p.author` bold, `p.source` italic in brackets), "Từ khóa:" links, "Tin cùng
    chuyên mục" with dates and the footer of the agency. No JSON-LD."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"

    def image(img: Image, number: int) -> str:
        cap = f'<div class="desc">{esc(img.caption)}</div>' if img.caption else ""
        return f'<div class="news-image" style="text-align:center"><img src="{attr(image_src(img))}" alt="" style="width:100%;max-width:660px">{cap}</div>'

    related = others(article, 3, turn=1411)

    def after(seen: int, count: int) -> str:
        if seen == count - 1 and count >= 3:
            links = "".join(
                f'<li><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
                for o in related
            )
            return f'<div class="relate-news"><h4>Tin liên quan</h4><ul>{links}</ul></div>'
        return ""

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align:justify">{text}</p>',
        image,
        blank='<p style="text-align:justify">&nbsp;</p>',
        ad='<div class="ads-detail" id="ads_detail_mid"><script>googletag.cmd.push(function(){googletag.display("ads_detail_mid")});</script></div>',
        script='<div class="video-embed"><iframe src="https://video.baolangson.vn/embed/lsotv2022" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>',
        after=after,
    )
    credit = shown_byline(article)
    lines = ""
    if credit:
        lines += f'<p class="author" style="text-align:right"><strong>{esc(credit)}</strong></p>'
    lines += '<p class="source" style="text-align:right"><em>(Báo Lạng Sơn)</em></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="keysword"><span class="title-key">Từ khóa:</span> '
            + " ".join(
                f'<a href="/tags/{tag_slug(t)}.htm" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    same = "".join(
        f'<li><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in others(article, 6, turn=1417)
    )
    nav = "".join(
        f'<li><a href="/{attr(c.key)}.htm">{esc(c.name)}</a></li>' for c in content().categories
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} | baolangson.vn</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta name="pubdate" content="{moment:%Y/%m/%d %H:%M:%S}" />
<meta name="lastmod" content="{SERVED:%Y/%m/%d} 07:10:02" />
<meta name="author" content="Báo Lạng Sơn" />
<meta name="copyright" content="Báo Lạng Sơn" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:image" content="{attr(image_src(article.images[0]) if article.images else "https://baolangson.vn/Content/images/logo-share.jpg")}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link href="/Content/css/style.css?v=20210915" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.11.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div class="top-bar"><div class="w1000"><ul class="link-ttx"><li><a href="https://vnanet.vn" target="_blank">TTXVN</a></li><li><a href="https://vietnamplus.vn" target="_blank">VietnamPlus</a></li><li><a href="https://bnews.vn" target="_blank">Bnews</a></li></ul><div class="today">{LEGACY_WEEKDAYS[SERVED.weekday()]}, {dmy(SERVED)}</div></div></div>
<div class="header"><div class="w1000"><a class="logo" href="/"><img src="/Content/images/logo.png" alt="Báo Lạng Sơn" /></a><div class="banner-top"><a href="/chuyen-de"><img src="/Content/images/banner-top.jpg" alt="" /></a></div></div></div>
<div class="menu"><div class="w1000"><ul><li class="home"><a href="/">Trang chủ</a></li>{nav}<li><a href="/video.htm">Video</a></li><li><a href="/infographics.htm">Infographics</a></li></ul></div></div>
<div class="w1000 content">
<div class="left-col">
<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/{attr(article.category)}.htm" class="cat">{esc(category_name(article))}</a></div>
<div class="detail-content" id="detail-{article.article_id}">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-info"><div class="date">{shown}</div><div class="share"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank"></a><a class="tw" href="https://twitter.com/intent/tweet?url={attr(url_of(article))}" target="_blank"></a><a class="print" href="javascript:window.print();"></a><a class="mail" href="mailto:?subject={attr(article.title)}"></a></div></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="contents">
{body}
{lines}
</div>
{tags}
</div>
<div class="same-cate"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<div class="right-col"><div class="box-right"><h3 class="box-title">Tin mới nhất</h3><ul>{"".join(f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>' for o in others(article, 5, turn=1423))}</ul></div><div class="adv"><a href="/lien-he-quang-cao"><img src="/Content/images/qc-300x250.jpg" alt="Quảng cáo" /></a></div></div>
</div>
<div class="footer"><div class="w1000"><p><b>BÁO LẠNG SƠN ĐIỆN TỬ</b></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p></div></div>
</div>
</body>
</html>"""
    return CorpusPage(
        "baotintuc_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 3. A provincial e-government portal built by a large IT vendor ---------------------------

_PORTAL = "https://sotttt.langson.gov.vn"


def _portal_upload(article: Article, img: Image) -> str:
    """Where the portal's editor keeps a re-uploaded picture."""
    return f"{_PORTAL}/Uploads/images/tintuc/{article.published:%Y/%m}/{image_file(img)}"


def egov_portal(article: Article) -> CorpusPage:
    """The Department of Information and Communications' portal on a vendor's e-government
    platform (the kind built for provinces by the large telecom and IT groups), reposting the
    paper's article: the banner with the national emblem, "Hôm nay: Thứ hai, 23/11/2026",
    the menu, a scrolling ticker of other news, the breadcrumb `Trang chủ » section`, the
    title in `h3.title-detail`, `Ngày đăng: 04/02/2022 | 09:56` with the view count and the
    print, email and text-size tools, the lead (with the marker) in bold in `div.brief`, the
    editor's `<div>` paragraphs, pictures re-uploaded to the portal and centred in their own
    `<div>` with fixed inline sizes, the caption as the italic centred `<div>` after them,
    the credit as the last right-aligned bold `<div>`, "Nguồn tin:" with the paper's name,
    "Các tin khác" with dates, the visitor counter and the vendor's footer. Dublin Core meta
    give the day only; no tags are shown."""
    moment = article.published
    shown = f"Ngày đăng: {dmy(moment)} | {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _portal_upload(article, i))

    def image(img: Image, number: int) -> str:
        pic = f'<div style="text-align: center;"><img alt="" src="{attr(_portal_upload(article, img))}" style="width: 600px; height: 400px;" /></div>'
        if img.caption:
            return pic + f'\n<div style="text-align: center;"><em>{esc(img.caption)}</em></div>'
        return pic

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<div style="text-align: justify;">{text}</div>',
        image,
        blank="<div>&nbsp;</div>",
        ad="",
        script='<div style="text-align: center;"><video controls="controls" height="360" src="/Uploads/video/lsotv2022.mp4" width="640"></video></div>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<div style="text-align: right;"><strong>{esc(credit)}</strong></div>'
    other_news = "".join(
        f'<li><a href="/tin-tuc/{attr(o.slug)}-{o.article_id}.html">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in others(article, 8, turn=1427)
    )
    ticker = " &nbsp;|&nbsp; ".join(
        f'<a href="/tin-tuc/{attr(o.slug)}-{o.article_id}.html">{esc(o.title)}</a>'
        for o in others(article, 4, turn=1429)
    )
    nav = "".join(
        f'<li><a href="/tin-tuc/chuyen-muc/{attr(c.key)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    views = 120 + article.article_id % 900
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Sở Thông tin và Truyền thông tỉnh Lạng Sơn - {esc(article.title)}</title>
<meta name="DC.title" content="{attr(article.title)}" />
<meta name="DC.creator" content="Sở Thông tin và Truyền thông tỉnh Lạng Sơn" />
<meta name="DC.subject" content="{attr(category_name(article))}" />
<meta name="DC.description" content="{attr(article.lead)}" />
<meta name="DC.publisher" content="Sở Thông tin và Truyền thông tỉnh Lạng Sơn" />
<meta name="DC.date.issued" content="{moment:%Y-%m-%d}" />
<meta name="DC.type" content="Text" />
<meta name="DC.language" content="vi" />
<meta name="DC.identifier" content="{_PORTAL}/tin-tuc/{attr(article.slug)}-{article.article_id}.html" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:url" content="{_PORTAL}/tin-tuc/{attr(article.slug)}-{article.article_id}.html" />
<meta property="og:site_name" content="Sở Thông tin và Truyền thông tỉnh Lạng Sơn" />
<link href="/Portal/Themes/Default/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/Portal/Themes/Default/css/portal.css?v=3.2.1" rel="stylesheet" type="text/css" />
<script src="/Portal/Scripts/jquery-3.4.1.min.js" type="text/javascript"></script>
</head>
<body class="portal-body">
<form method="post" action="./tin-tuc/{attr(article.slug)}-{article.article_id}.html" id="frmMain">
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nw3k1ZpQ0v9sR7yT2uX4mB6aL5eH8jF1gD3cK0oP9iU" />
<div class="wrapper">
<div class="top-header"><div class="container"><span class="today">Hôm nay: {LEGACY_WEEKDAYS[SERVED.weekday()]}, {dmy(SERVED)}</span><span class="top-links"><a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a> | <a href="/dang-nhap">Đăng nhập</a></span></div></div>
<div class="banner"><div class="container"><img src="/Portal/Themes/Default/images/quoc-huy.png" alt="Quốc huy" class="emblem" /><div class="banner-text"><div class="banner-top">ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN</div><div class="banner-name">SỞ THÔNG TIN VÀ TRUYỀN THÔNG</div></div></div></div>
<div class="main-menu"><div class="container"><ul class="nav-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc">Tin tức - Sự kiện</a><ul class="sub-menu">{nav}</ul></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul></div></div>
<div class="ticker"><div class="container"><span class="ticker-title">Tin mới:</span><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div></div>
<div class="container main-content">
<div class="row">
<div class="col-md-3 left-col"><div class="box-left"><div class="box-title">Liên kết</div><ul><li><a href="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</a></li><li><a href="https://dichvucong.langson.gov.vn">Dịch vụ công trực tuyến</a></li><li><a href="https://baolangson.vn">Báo Lạng Sơn</a></li></ul></div><div class="box-left counter"><div class="box-title">Thống kê truy cập</div><p>Đang truy cập: {article.article_id % 97 + 3}</p><p>Hôm nay: 1.{article.article_id % 900:03d}</p><p>Tổng lượt truy cập: 2.{article.article_id % 1000:03d}.417</p></div></div>
<div class="col-md-9 center-col">
<div class="breadcrumb-portal"><a href="/">Trang chủ</a> » <a href="/tin-tuc/chuyen-muc/{attr(article.category)}">{esc(category_name(article))}</a></div>
<div class="news-detail">
<h3 class="title-detail">{esc(article.title)}</h3>
<div class="info-detail"><span class="date">{shown}</span> <span class="view">Lượt xem: {views}</span><span class="tools"><a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(0)">A</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a> <a href="javascript:window.print()" title="In trang"><img src="/Portal/Themes/Default/images/print.png" alt="In" /></a> <a href="mailto:?subject={attr(article.title)}" title="Gửi email"><img src="/Portal/Themes/Default/images/email.png" alt="Email" /></a></span></div>
<div class="brief"><strong>{esc(lead_text(article))}</strong></div>
<div class="content-detail" id="ContentDetail">
{body}
</div>
<div class="source-detail">Nguồn tin: <a href="{attr(url_of(article))}" target="_blank">Báo Lạng Sơn</a></div>
<div class="attach-detail"></div>
</div>
<div class="other-news"><div class="box-title">Các tin khác</div><ul>{other_news}</ul></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p><b>SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LẠNG SƠN</b></p><p>Địa chỉ: Số 2 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3870.111</p><p>Chịu trách nhiệm chính: Giám đốc Sở Thông tin và Truyền thông</p><p class="vendor">Thiết kế và phát triển bởi Tổng Công ty Giải pháp Doanh nghiệp</p></div></div>
</div>
</form>
<script src="/Portal/Scripts/portal.js?v=3.2.1" type="text/javascript"></script>
</body>
</html>"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    return CorpusPage("egov_portal", article.article_id, url_of(article), page, record)


# --- 4. The article on Telegraph, as the paper's Telegram bot publishes it for Instant View ----


def _tg_file(img: Image) -> str:
    """Where Telegraph keeps an uploaded picture."""
    return f"https://telegra.ph/file/{stable_digest(img.src)[:20]}.jpg"


def _tg_path(article: Article) -> str:
    """Telegraph's page path: the title transliterated, then the month and day."""
    words = "-".join(w.capitalize() for w in slugify(article.title).split("-")[:8])
    return f"/{words}-{article.published:%m-%d}"


def telegraph_iv(article: Article) -> CorpusPage:
    """The article as the paper's Telegram channel bot publishes it on Telegraph (the page
    Telegram's Instant View shows): `tl_page` with the rendered header (`h1`, `address` with
    the channel's name linked as the author and a `<time>` whose `datetime` is UTC with a
    `+0000` offset, the date printed in English, `February 04, 2022`), then the editor copy
    `#_tl_editor` holding the same title and author, the lead (with the marker) as a bold
    first paragraph, the body, pictures re-uploaded under `/file/` in `figure` with
    `figcaption` (an empty `figcaption` on the uncaptioned ones), the credit as an italic last
    paragraph and a link to the original, then the "Report content" chrome. The `article:author`
    meta names the channel. No section and no tags are shown."""
    moment = article.published
    stamp = f"{_utc(moment):%Y-%m-%dT%H:%M:%S}+0000"
    shown = f"{_utc(moment):%B %d, %Y}"
    captions = rehosted_captions(article, _tg_file)

    def image(img: Image, number: int) -> str:
        return f'<figure><img src="{attr(_tg_file(img).removeprefix("https://telegra.ph"))}"><figcaption>{esc(img.caption or "")}</figcaption></figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad="",
        script='<figure><iframe src="/embed/youtube?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dlsotv2022" width="640" height="360" frameborder="0" allowtransparency="true" allowfullscreen="true" scrolling="no"></iframe><figcaption></figcaption></figure>',
    )
    credit = shown_byline(article)
    tail = f"<p><em>{esc(credit)}</em></p>" if credit else ""
    tail += f'<p><a href="{attr(url_of(article))}" target="_blank">Đọc bài gốc trên baolangson.vn</a></p>'
    path = _tg_path(article)
    description = lead_text(article)[:150]
    og_image = _tg_file(article.images[0]) if article.images else ""
    page = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{esc(article.title)} – Telegraph</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(article.title)}">
    <meta property="og:description" content="{attr(description)}">
    <meta property="og:image" content="{attr(og_image)}">
    <meta property="og:site_name" content="Telegraph">
    <meta property="article:published_time" content="{stamp}">
    <meta property="article:modified_time" content="{stamp}">
    <meta property="article:author" content="Báo Lạng Sơn">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{attr(article.title)}">
    <meta name="twitter:description" content="{attr(description)}">
    <meta name="twitter:image" content="{attr(og_image)}">
    <link rel="canonical" href="https://telegra.ph{attr(path)}" />
    <link rel="shortcut icon" href="/favicon.ico?1" type="image/x-icon">
    <link rel="icon" type="image/png" href="/images/favicon.png?1" sizes="16x16">
    <link rel="icon" type="image/png" href="/images/favicon_2x.png?1" sizes="32x32">
    <link href="/css/quill.core.min.css" rel="stylesheet">
    <link href="/css/core.min.css?47" rel="stylesheet">
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article">
          <header class="tl_article_header" dir="auto">
            <h1>{esc(article.title)}</h1>
            <address>
              <a rel="author" href="https://t.me/baolangson" target="_blank">Báo Lạng Sơn</a><!--
           --><a href="{attr(path)}" class="tl_article_date"><time datetime="{stamp}">{shown}</time></a>
            </address>
          </header>
          <article id="_tl_editor" class="tl_article_content"><h1>{esc(article.title)}<br></h1><address><a href="https://t.me/baolangson">Báo Lạng Sơn</a><br></address><p><strong>{esc(lead_text(article))}</strong></p>
{body}
{tail}</article>
          <div id="_tl_link_tooltip" class="tl_link_tooltip"></div>
          <div id="_tl_tooltip" class="tl_tooltip">
            <div class="buttons">
              <span class="button_hover"></span>
              <span class="button_group"><button id="_bold_button"></button><button id="_italic_button"></button><button id="_link_button"></button></span><!--
           --><span class="button_group"><button id="_header_button"></button><button id="_subheader_button"></button><button id="_quote_button"></button></span>
            </div>
            <div class="prompt">
              <span class="close"></span>
              <div class="prompt_input_wrap"><input type="url" class="prompt_input" /></div>
            </div>
          </div>
          <div id="_tl_blocks" class="tl_blocks">
            <div class="buttons">
              <button id="_image_button"></button><!--
           --><button id="_embed_button"></button>
            </div>
          </div>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">Edit</button><!--
         --><button id="_publish_button" class="button publish_button">Publish</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
          <div class="tl_page_footer">
      <div id="_report_button" class="report_button">Report content on this page</div>
    </div>
    </div>
      <div class="tl_popup tl_popup_hidden" id="_report_popup">
    <main class="tl_popup_body tl_report_body">
      <form id="_report_form" method="post">
        <section>
          <h2 class="tl_popup_header">Report Page</h2>
          <div class="tl_radio_items">
            <label class="tl_radio_item"><input type="radio" class="radio" name="reason" value="violence"><span class="tl_radio_item_label">Violence</span></label>
            <label class="tl_radio_item"><input type="radio" class="radio" name="reason" value="childabuse"><span class="tl_radio_item_label">Child Abuse</span></label>
            <label class="tl_radio_item"><input type="radio" class="radio" name="reason" value="copyright"><span class="tl_radio_item_label">Copyright</span></label>
            <label class="tl_radio_item"><input type="radio" class="radio" name="reason" value="illegal_drugs"><span class="tl_radio_item_label">Illegal Drugs</span></label>
            <label class="tl_radio_item"><input type="radio" class="radio" name="reason" value="personal_details"><span class="tl_radio_item_label">Personal Details</span></label>
            <label class="tl_radio_item"><input type="radio" class="radio" name="reason" value="other"><span class="tl_radio_item_label">Other</span></label>
          </div>
          <div class="tl_textfield_item tl_comment_field">
            <input type="text" class="tl_textfield" name="comment" value="" placeholder="Add Comment…">
          </div>
        </section>
        <aside class="tl_popup_buttons">
          <button type="reset" class="button" id="_report_cancel">Cancel</button>
          <button type="submit" class="button submit_button">Report</button>
        </aside>
      </form>
    </main>
  </div>
    <script>var T={{"apiUrl":"https:\\/\\/edit.telegra.ph","uploadEnabled":false,"datetime":{int(_utc(moment).timestamp())},"pageId":"{stable_digest(article.slug)[:16]}","editable":true}};(function(){{var b=document.querySelector('time');if(b&&T.datetime){{var a=new Date(1E3*T.datetime),d='January February March April May June July August September October November December'.split(' ')[a.getMonth()],c=a.getDate();b.innerText=d+' '+(10>c?'0':'')+c+', '+a.getFullYear()}}}})();</script>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/jquery.selection.min.js"></script>
    <script src="/js/autosize.min.js"></script>
    <script src="/js/load-image.all.min.js?1"></script>
    <script src="/js/quill.min.js?10"></script>
    <script src="/js/core.min.js?67"></script>
    <script async src="https://t.me/_websync_?path={attr(path.lstrip("/"))}&hash={stable_digest(path)[:18]}"></script>
  </body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions, tags=False)
    record["category"] = None
    return CorpusPage("telegraph_iv", article.article_id, url_of(article), page, record)


# --- 5. A Docusaurus blog, one blog instance per section ----------------------------------------

_DOCS = "https://chuyendoiso.langson.gov.vn"


def _docs_asset(img: Image) -> str:
    """Where webpack puts a Markdown image: its name, then a content hash."""
    return f"{_DOCS}/assets/images/{image_stem(img)}-{stable_digest(img.src)[:8]}.jpg"


def _docs_date(moment: datetime) -> str:
    """Docusaurus's vi date (`Intl.DateTimeFormat('vi', {day, month: 'long', year})` in UTC)."""
    day = _utc(moment)
    return f"{day.day} tháng {day.month}, {day.year}"


def docusaurus_blog(article: Article) -> CorpusPage:
    """The provincial digital-transformation site on Docusaurus 3, which runs one blog instance
    per section and reposts the paper's articles as Markdown posts: the navbar with the
    section's item active, the blog sidebar titled with the section's name, `BlogPosting`
    microdata (`headline`, a `<time itemprop="datePublished">` with the front-matter time in
    UTC with milliseconds, the date printed `4 tháng 2, 2022`, the reading time), the authors
    as avatar cards (the name linked, the paper as the subtitle), the lead (with the marker)
    as a Markdown blockquote, the body in `div.markdown` with heading anchors absent,
    Markdown pictures (`img.img_ev3q` inside a paragraph, `alt` the caption, the caption as the
    italic paragraph under it), the "Thẻ:" footer with tag links and "Sửa trang này",
    the older/newer post navigation and the footer."""
    moment = article.published
    shown = _docs_date(moment)
    captions = rehosted_captions(article, _docs_asset)
    section = category_name(article)
    base = f"/{article.category}"

    def image(img: Image, number: int) -> str:
        pic = f'<p><img loading="lazy" alt="{attr(img.caption or "")}" src="{attr(_docs_asset(img))}" width="800" height="533" class="img_ev3q"></p>'
        if img.caption:
            return pic + f"\n<p><em>{esc(img.caption)}</em></p>"
        return pic

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<div class="videoWrapper_x2nC"><iframe width="560" height="315" src="https://www.youtube.com/embed/lsotv2022" title="LSO TV" frameborder="0" allowfullscreen=""></iframe></div>',
    )
    names = _names(article)
    cards = "".join(
        f'<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="{base}/authors/{slugify(n)}" class="avatar__photo-link"><img class="avatar__photo authorImage_XqGP" src="/img/authors/{slugify(n)}.jpg" alt="{attr(n)}" itemprop="image"></a><div class="avatar__intro authorDetails_lV9A" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><div class="avatar__name"><a href="{base}/authors/{slugify(n)}" itemprop="url"><span class="authorName_yefp" itemprop="name">{esc(n)}</span></a></div><small class="authorTitle_nd0D" title="Báo Lạng Sơn" itemprop="description">Báo Lạng Sơn</small></div></div></div>'
        for n in names
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="col"><b>Thẻ:</b><ul class="tags_jXut padding--none margin-left--sm">'
            + "".join(
                f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="{base}/tags/{tag_slug(t)}">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    recent = "".join(
        f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{base}/{attr(o.slug)}">{esc(o.title)}</a></li>'
        for o in others(article, 5, turn=1433)
    )
    newer, older = others(article, 2, turn=1439)
    nav = "".join(
        f'<a class="navbar__item navbar__link{" navbar__link--active" if c.key == article.category else ""}" href="/{attr(c.key)}">{esc(c.name)}</a>'
        for c in content().categories
    )
    words = sum(len(p.text.split()) for p in article.paragraphs)
    minutes = max(1, round(words / 200))
    page = f"""<!doctype html>
<html lang="vi" dir="ltr" class="blog-wrapper blog-post-page plugin-blog plugin-id-{attr(article.category)}" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">{esc(article.title)} | Chuyển đổi số Lạng Sơn</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:url" content="{_DOCS}{base}/{attr(article.slug)}"><meta data-rh="true" property="og:locale" content="vi"><meta data-rh="true" name="docusaurus_locale" content="vi"><meta data-rh="true" name="docusaurus_tag" content="default"><meta data-rh="true" name="docsearch:language" content="vi"><meta data-rh="true" name="docsearch:docusaurus_tag" content="default"><meta data-rh="true" property="og:title" content="{attr(article.title)} | Chuyển đổi số Lạng Sơn"><meta data-rh="true" name="description" content="{attr(article.lead)}"><meta data-rh="true" property="og:description" content="{attr(article.lead)}"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="{_utc(moment):%Y-%m-%dT%H:%M:%S.000Z}">{"".join(f'<meta data-rh="true" property="article:tag" content="{attr(t)}">' for t in article.tags)}<link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical" href="{_DOCS}{base}/{attr(article.slug)}"><link rel="alternate" type="application/rss+xml" href="{base}/rss.xml" title="{attr(section)} RSS Feed">
<link rel="stylesheet" href="/assets/css/styles.8c3e1f2a.css">
<script src="/assets/js/runtime~main.4f1a9b2c.js" defer="defer"></script>
<script src="/assets/js/main.b7d2e0f1.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){{function t(t){{document.documentElement.setAttribute("data-theme",t)}}var e=function(){{try{{return new URLSearchParams(window.location.search).get("docusaurus-theme")}}catch(t){{}}}}()||function(){{try{{return window.localStorage.getItem("theme")}}catch(t){{}}}}();t(null!==e?e:"light")}}()</script><div id="__docusaurus"><div role="region" aria-label="Chuyển đến nội dung chính"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Chuyển đến nội dung chính</a></div><nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Chuyển đổi số Lạng Sơn" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Chuyển đổi số Lạng Sơn</b></a><a class="navbar__item navbar__link" href="/docs/intro">Tài liệu</a>{nav}</div><div class="navbar__items navbar__items--right"><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Tìm kiếm"><span class="DocSearch-Button-Placeholder">Tìm kiếm</span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav><div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row"><aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Điều hướng bài viết gần đây"><div class="sidebarItemTitle_pO2u margin-bottom--md">{esc(section)}</div><ul class="sidebarItemList_Yudw clean-list">{recent}</ul></nav></aside><main class="col col--7" itemscope="" itemtype="https://schema.org/Blog"><article itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting"><meta itemprop="description" content="{attr(article.lead)}"><header><h1 class="title_f1Hy" itemprop="headline">{esc(article.title)}</h1><div class="container_mt6G margin-vert--md"><time datetime="{_utc(moment):%Y-%m-%dT%H:%M:%S.000Z}" itemprop="datePublished">{shown}</time> · <!-- -->{minutes} phút đọc</div><div class="margin-top--md margin-bottom--sm row">{cards}</div></header><div id="__blog-post-container" class="markdown" itemprop="articleBody"><blockquote>
<p>{esc(lead_text(article))}</p>
</blockquote>
{body}</div><footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl">{tags}<div class="col margin-top--sm"><a href="https://github.com/sotttt-langson/chuyendoiso/edit/main/{attr(article.category)}/{article.published:%Y-%m-%d}-{attr(article.slug)}.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z"></path></g></svg>Sửa trang này</a></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Điều hướng trang blog"><a class="pagination-nav__link pagination-nav__link--prev" href="{base}/{attr(newer.slug)}"><div class="pagination-nav__sublabel">Bài mới hơn</div><div class="pagination-nav__label">{esc(newer.title)}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="{base}/{attr(older.slug)}"><div class="pagination-nav__sublabel">Bài cũ hơn</div><div class="pagination-nav__label">{esc(older.title)}</div></a></nav></main></div></div></div><footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">Liên kết</div><ul class="footer__items clean-list"><li class="footer__item"><a href="https://langson.gov.vn" target="_blank" rel="noopener noreferrer" class="footer__link-item">Cổng TTĐT tỉnh</a></li><li class="footer__item"><a href="https://baolangson.vn" target="_blank" rel="noopener noreferrer" class="footer__link-item">Báo Lạng Sơn</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Bản quyền © {SERVED.year} Sở Thông tin và Truyền thông tỉnh Lạng Sơn. Xây dựng bằng Docusaurus.</div></div></div></footer></div>
</body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("docusaurus_blog", article.article_id, url_of(article), page, record)


MARKUPS_O: dict[str, Renderer] = {
    "vietnamnet_like": vietnamnet_like,
    "baotintuc_like": baotintuc_like,
    "egov_portal": egov_portal,
    "telegraph_iv": telegraph_iv,
    "docusaurus_blog": docusaurus_blog,
}
