# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set H: the seventh held-out set (scored once sealed at 85.8 %), now tuned on.

Written from what Vietnamese news systems emit (a VietnamPlus / TTXVN-like bilingual CMS, a
Báo Quân đội Nhân dân-like Bootstrap portal, a Hugo static-site theme, a self-hosted feed
reader's full-text view) without reading the parsers; the expected records come from the
content alone. The field rules of the earlier held-out sets hold: `dateline` is the article's
date line as printed (with its label, if any), `published_at` as precise as the page gives it
anywhere (none when the page gives no time), `byline` the credit as shown (never a source line
or a sign-off such as `(Báo Lạng Sơn)`), `authors` the names in it (without military ranks),
`tags` only the tags the page shows (never `<meta name="keywords">` alone), `category` the
top-level section, a caption's `image_url` the address the page serves the picture from and
its `text` the caption as printed (a photo credit printed inside the caption is part of it).

Where a page prints the credit in its own style (upper-case names, a rank before a name), the
record's `byline` is that printed text. In the feed reader's view the only printed article date
is the reader's rendering of the entry's publication time; that is the date line (the reader's
own "received" time is chrome), and `published_at` comes from its `<time datetime>` in UTC.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

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
from tests.site.formats import LEGACY_WEEKDAYS, VIETNAM, author_name, clean, iso_vietnam, slugify
from tests.site.model import Article, Image


def _credit_names(article: Article, credit: str, write: Callable[[str], str]) -> str:
    """The escaped credit with each author's name in it (as written) replaced by `write(name)`."""
    out = esc(credit)
    for name in article.authors:
        for form in (name, name.upper()):
            if esc(form) in out:
                out = out.replace(esc(form), write(form), 1)
                break
    return out


# --- 1. VietnamPlus / TTXVN-like page (a bilingual-ready agency CMS) -----------------------------


def _photographer(article: Article) -> str:
    """Who took the pictures: the last name in the credit (`Bài: A - Ảnh: B` -> B)."""
    return author_name(clean(article.authors[-1]))


def vietnamplus_like(article: Article) -> CorpusPage:
    """A page in VietnamPlus' / TTXVN's manner: a language switch (Tiếng Việt, English,
    Español, 中文) and `hreflang` alternates, the today date in the top bar, a breadcrumb, then
    `h1.article-title`, a meta line with the credit BEFORE the body (names linked to author
    pages) and `Thứ Sáu, 04/02/2022 09:56 (GMT+7)` (minutes everywhere, the JSON-LD too), the
    lead in `h2.article-sapo`, the body in `div.article-content` with `figure.article-photo`
    pictures whose caption ends with the photo credit `(Ảnh: Minh Ngọc/Báo Lạng Sơn)`, an
    inline "Xem thêm" link after the second paragraph, a right-aligned bold sign-off
    `(Báo Lạng Sơn)` as the last line, hashtags `#Tân binh`, "Tin cùng chuyên mục"."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} {moment:%H:%M} (GMT+7)"
    shooter = _photographer(article)
    captions = [
        {
            "image_url": image_src(i),
            "text": f"{clean(i.caption)} (Ảnh: {shooter}/Báo Lạng Sơn)" if i.caption else None,
        }
        for i in article.images
    ]

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = (
            f'<figcaption class="article-photo__caption">{esc(img.caption)} (Ảnh: {esc(shooter)}/Báo Lạng Sơn)</figcaption>'
            if img.caption
            else ""
        )
        return (
            f'<figure class="article-photo expNoEdit" data-photo-id="{article.article_id}{number}">'
            f'<a href="{src}" class="cms-photo-link" data-fancybox="gallery"><img src="{src}" alt="{attr(img.caption or article.title)}" class="cms-photo" width="1200" height="800"></a>'
            f"{caption}</figure>"
        )

    more = _others(article, 1, turn=113)[0]

    def after(seen: int, count: int) -> str:
        if seen == 2 and count >= 3:
            return (
                f'<div class="article-relate-inline"><span class="label">Xem thêm:</span> '
                f'<a href="{attr(more.path)}" title="{attr(more.title)}">{esc(more.title)}</a></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads-inread" data-zone="vnp_inread"></div>',
        script='<div class="article-video"><iframe src="https://video.baolangson.vn/embed/lso-tv-2022" width="640" height="360" frameborder="0" allowfullscreen></iframe></div><script src="https://video.baolangson.vn/js/embed.js" async></script>',
        after=after,
    )
    credit = shown_byline(article)
    author = ""
    if credit:
        linked = _credit_names(
            article,
            credit,
            lambda n: (
                f'<a href="/tac-gia/{slugify(author_name(n))}.vnp" class="author-link">{esc(n)}</a>'
            ),
        )
        author = f'<span class="article-author">{linked}</span><span class="article-meta__sep"> | </span>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="article-tags">'
            + "".join(
                f'<a href="/tags/{tag_slug(t)}.vnp" class="tag">#{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    sub = _subcategory(article)
    crumbs = f'<li><a href="{attr(category_path(article).lower())}.vnp">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li><a href="{attr(category_path(article).lower())}/{attr(article.subcategory or "")}.vnp">{esc(sub)}</a></li>'
    same = "".join(
        f'<article class="story"><a href="{attr(o.path)}" class="story__thumb"><img src="https://media.baolangson.vn/thumb/w300/{o.article_id}.jpg" alt="{attr(o.title)}"></a>'
        f'<h3 class="story__title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3>'
        f'<span class="story__time">{dmy(o.published)} {o.published:%H:%M}</span></article>'
        for o in _others(article, 4, turn=127)
    )
    nav = "".join(
        f'<li><a href="{attr(c.path.lower())}.vnp">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "inLanguage": "vi",
        "datePublished": f"{moment:%Y-%m-%dT%H:%M}:00+07:00",
        "mainEntityOfPage": url_of(article),
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | {esc(category_name(article))} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:locale" content="vi_VN">
<meta property="og:locale:alternate" content="en_US">
<meta property="article:section" content="{attr(category_name(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="alternate" hreflang="vi" href="{attr(url_of(article))}">
<link rel="alternate" hreflang="en" href="https://en.baolangson.vn/">
<link rel="stylesheet" href="/static/css/vnp.min.css?v=2022.2">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="detail-page lang-vi">
<div class="top-bar"><div class="container"><span class="top-bar__date">{weekday(SERVED)}, {dmy(SERVED)}</span>
<ul class="lang-switch"><li class="active"><a href="/">Tiếng Việt</a></li><li><a href="https://en.baolangson.vn/" hreflang="en">English</a></li><li><a href="https://es.baolangson.vn/" hreflang="es">Español</a></li><li><a href="https://zh.baolangson.vn/" hreflang="zh">中文</a></li></ul>
<a href="/rss.vnp" class="top-bar__rss">RSS</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/static/images/logo.svg" alt="Báo Lạng Sơn"></a></div>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></nav></header>
<main class="container detail">
<div class="detail__main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumbs}</ul>
<div class="article" data-id="{article.article_id}">
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-meta">{author}<span class="article-date">{shown}</span>
<div class="article-share"><a href="https://www.facebook.com/sharer.php?u={attr(url_of(article))}" class="share fb" rel="nofollow">Facebook</a><a href="https://twitter.com/intent/tweet?url={attr(url_of(article))}" class="share tw" rel="nofollow">Twitter</a><a href="javascript:window.print()" class="share print">In bài</a></div></div>
<h2 class="article-sapo">{esc(lead_text(article))}</h2>
<div class="article-content">
{body}
<p style="text-align: right;"><strong>(Báo Lạng Sơn)</strong></p>
</div>
{tags}
<div class="follow-google"><a href="https://news.google.com/publications/lso" rel="nofollow">Theo dõi Báo Lạng Sơn trên Google News</a></div>
</div>
<section class="box-same"><h2 class="box-title">Tin cùng chuyên mục</h2><div class="box-same__list">{same}</div></section>
</div>
<aside class="detail__side"><div class="ads" data-zone="vnp_right_1"></div></aside>
</main>
<footer class="footer"><div class="container"><p>Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 45/GP-BTTTT. Tổng biên tập: Nguyễn Văn A.</p><p>© Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="/static/js/vnp.min.js?v=2022.2" defer></script>
</body>
</html>"""
    return CorpusPage(
        "vietnamplus_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes", captions=captions),
    )  # fmt: skip


# --- 2. Báo Quân đội Nhân dân-like Bootstrap portal ----------------------------------------------

# Articles whose writers the portal prints with a rank (army, border guard and police stories).
_RANKS = {5071654: "Thượng úy", 5071811: "Đại úy", 5071733: "Thiếu tá", 275318: "Trung úy"}


def _qdnd_credit(article: Article) -> str | None:
    """The credit as the portal prints it: names upper-case, a rank before the first name."""
    credit = shown_byline(article)
    if not credit:
        return None
    rank = _RANKS.get(article.article_id)
    out = credit
    for number, name in enumerate(article.authors):
        for form in (name, name.upper()):
            if form in out:
                shown = name.upper() if number or not rank else f"{rank} {name.upper()}"
                out = out.replace(form, shown, 1)
                break
    return out


def qdnd_like(article: Article) -> CorpusPage:
    """A portal in Báo Quân đội Nhân dân's manner (Bootstrap 4, Font Awesome): the today date
    and a hotline in the top bar, an `ol.breadcrumb`, `h1.post-title`, ONE line with the date
    `Thứ sáu, 04/02/2022, 09:56` and `Lượt xem: 1.234` (no machine-readable time), the lead as
    `div.post-summary` with only the `LSO-` marker in bold, the body in `div.post-content` as
    CKEditor writes it (a centred `<p>` holding the picture, the caption a separate centred
    `<p><em>` after it), the credit at the end right-aligned in `<strong>` with the names
    upper-case and, for soldiers and police officers, their rank (`Thượng úy MINH NGỌC`), tags
    only in `<meta name="keywords">`, a print/email line and a "Tin khác" list with dates."""
    moment = article.published
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {dmy(moment)}, {moment:%H:%M}"
    views = f"{(article.article_id * 7919) % 9000 + 1000:,}".replace(",", ".")

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        out = f'<p style="text-align:center"><img alt="" class="img-fluid" src="{src}" style="width:100%" /></p>'
        if img.caption:
            out += f'\n<p style="text-align:center"><em>{esc(img.caption)}</em></p>'
        return out

    body = _blocks(
        article,
        lambda text: f'<p style="text-align:justify">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p style="text-align:center"><iframe allowfullscreen="" frameborder="0" height="360" src="https://tv.baolangson.vn/embed/lso-tv-2022" width="640"></iframe></p>',
    )
    credit = _qdnd_credit(article)
    author = f'<p style="text-align:right"><strong>{esc(credit)}</strong></p>' if credit else ""
    prefix = article.lead_prefix
    summary = (
        f"<strong>{esc(prefix.rstrip())}</strong>{' ' if prefix.endswith(' ') else ''}{esc(article.lead)}"
        if prefix
        else esc(article.lead)
    )
    sub = _subcategory(article)
    crumbs = f'<li class="breadcrumb-item"><a href="{attr(category_path(article).lower())}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li class="breadcrumb-item active"><a href="{attr(category_path(article).lower())}/{attr(article.subcategory or "")}">{esc(sub)}</a></li>'
    other = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{attr(o.path)}">{esc(o.title)}</a> <span class="text-muted">({dmy(o.published)})</span></li>'
        for o in _others(article, 6, turn=131)
    )
    hot = "".join(
        f'<div class="media mb-2"><img class="mr-2" src="https://media.baolangson.vn/thumb/100x70/{o.article_id}.jpg" alt=""><div class="media-body"><a href="{attr(o.path)}">{esc(o.title)}</a></div></div>'
        for o in _others(article, 4, turn=137)
    )
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{attr(c.path.lower())}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags) or category_name(article))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:image" content="{attr(image_src(article.images[0]) if article.images else "https://baolangson.vn/Content/images/logo-share.png")}">
<link rel="stylesheet" href="/Content/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/Content/font-awesome/css/font-awesome.min.css">
<link rel="stylesheet" href="/Content/css/portal.css?v=3.2">
</head>
<body>
<div class="topbar bg-dark text-white small"><div class="container d-flex justify-content-between"><span><i class="fa fa-calendar"></i> {LEGACY_WEEKDAYS[SERVED.weekday()]}, {dmy(SERVED)}</span><span><i class="fa fa-phone"></i> Đường dây nóng: 0205.3812.345</span><span><a class="text-white" href="/lien-he">Liên hệ</a> | <a class="text-white" href="/rss">RSS</a></span></div></div>
<header class="container py-2"><a href="/"><img src="/Content/images/banner.png" class="img-fluid" alt="Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn"></a></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i></a></li>{nav}</ul><form class="form-inline" action="/tim-kiem"><input class="form-control form-control-sm" name="keyword" placeholder="Tìm kiếm"></form></div></nav>
<div class="container mt-3">
<div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{crumbs}</ol></nav>
<div class="post-detail">
<h1 class="post-title">{esc(article.title)}</h1>
<div class="post-subinfo text-muted small mb-2"><i class="fa fa-clock-o"></i> {shown} <span class="mx-1">|</span> <i class="fa fa-eye"></i> Lượt xem: {views}</div>
<div class="post-summary font-weight-normal mb-3">{summary}</div>
<div class="post-content">
{body}
{author}
</div>
<div class="post-tools text-right small my-3"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> <a href="mailto:?subject={attr(article.title)}&amp;body={attr(url_of(article))}"><i class="fa fa-envelope"></i> Gửi email</a> <a href="#top"><i class="fa fa-arrow-up"></i> Về đầu trang</a></div>
</div>
<div class="other-news mt-4"><h4 class="title-box"><span>Tin khác</span></h4><ul class="list-unstyled">{other}</ul></div>
</div>
<div class="col-lg-4"><div class="box-hot"><h4 class="title-box"><span>Tin nổi bật</span></h4>{hot}</div><div class="banner-right"><a href="/chuyen-de/bao-ve-nen-tang-tu-tuong-cua-dang"><img class="img-fluid" src="/Content/images/banner-chuyen-de.jpg" alt="Bảo vệ nền tảng tư tưởng của Đảng"></a></div></div>
</div>
</div>
<footer class="bg-dark text-white small mt-4 py-3"><div class="container"><p>BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN</p><p>Giấy phép số 45/GP-BTTTT. Tổng biên tập: Nguyễn Văn A. Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, TP Lạng Sơn.</p><p>Lượt truy cập: 48.215.370</p></div></footer>
<script src="/Content/js/jquery-3.4.1.min.js"></script>
<script src="/Content/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""
    record = expected(article, dateline=shown, published="minutes", tags=False)
    record["byline"] = clean(credit) if credit else None
    return CorpusPage("qdnd_like", article.article_id, url_of(article), page, record)


# --- 3. A Hugo static-site theme ------------------------------------------------------------------


def _long_date(moment: datetime) -> str:
    """Hugo's `time.Format ":date_long"` in Vietnamese: `4 tháng 2, 2022`."""
    return f"{moment.day} tháng {moment.month}, {moment.year}"


def hugo_post(article: Article) -> CorpusPage:
    """A small outlet's Hugo site (a PaperMod-like theme): `<article class="post-single">`,
    the header with the section and subsection as category terms (`Chính trị`, `Xây dựng
    Đảng`), `h1.post-title`, the front matter's `description` as `div.post-description`
    (without the `LSO-` marker), ONE meta line `<time datetime>4 tháng 2, 2022</time> · 3 phút
    đọc · Bài, ảnh: Minh Ngọc` (the time with seconds only in `datetime` and in
    `article:published_time`), the Markdown body in `div.post-content` with Hugo's `figure`
    shortcode output (`<figure><img><figcaption><p>`), pictures without a caption as Markdown
    images in a `<p>`, a blockquote "Đọc thêm" link after the first paragraph, `{{< youtube
    >}}` output, taxonomy tags in `ul.post-tags`, prev/next links and "Powered by Hugo"."""
    moment = article.published
    shown = _long_date(moment)
    minutes = max(1, sum(len(p.text.split()) for p in article.paragraphs) // 200 + 1)

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        if not img.caption:
            return f'<p><img loading="lazy" src="{src}" alt=""></p>'
        return (
            f'<figure class="align-center"><img loading="lazy" src="{src}" alt="{attr(img.caption)}">'
            f"<figcaption><p>{esc(img.caption)}</p></figcaption></figure>"
        )

    more = _others(article, 1, turn=139)[0]

    def after(seen: int, count: int) -> str:
        if seen == 1 and count >= 3:
            return f'<blockquote><p><strong>Đọc thêm:</strong> <a href="{attr(more.path)}">{esc(more.title)}</a></p></blockquote>'
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;"><iframe src="https://www.youtube.com/embed/lsotv2022" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" allowfullscreen title="YouTube Video"></iframe></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = f'&nbsp;·&nbsp;<span class="post-author">{esc(credit)}</span>' if credit else ""
    terms = [category_name(article)] + (
        [_subcategory(article) or ""] if article.subcategory else []
    )
    cats = "".join(f'<a href="/categories/{slugify(t)}/">{esc(t)}</a>' for t in terms if t)
    tags = ""
    if article.tags:
        tags = (
            '<ul class="post-tags">'
            + "".join(f'<li><a href="/tags/{tag_slug(t)}/">{esc(t)}</a></li>' for t in article.tags)
            + "</ul>"
        )
    prev, nxt = _others(article, 2, turn=149)
    published = iso_vietnam(moment)
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="auto">
<head><meta name="generator" content="Hugo 0.92.0">
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(article.title)} | Lạng Sơn 24h</title>
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta name="description" content="{attr(article.lead)}">
<meta name="author" content="Lạng Sơn 24h">
<link rel="canonical" href="{attr(url_of(article))}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.min.c88e3e8ef0a4b2d7.css" rel="preload stylesheet" as="style">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{published}">
<meta name="twitter:card" content="summary">
</head>
<body class="" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Lạng Sơn 24h (Alt + H)">Lạng Sơn 24h</a><span class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">☾</button></span></div>
<ul id="menu"><li><a href="/categories/" title="Chuyên mục"><span>Chuyên mục</span></a></li><li><a href="/tags/" title="Thẻ"><span>Thẻ</span></a></li><li><a href="/archives/" title="Lưu trữ"><span>Lưu trữ</span></a></li><li><a href="/search/" title="Tìm kiếm (Alt + /)" accesskey="/"><span>Tìm kiếm</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">Trang chủ</a>&nbsp;»&nbsp;<a href="/posts/">Bài viết</a></div>
<div class="post-categories">{cats}</div>
<h1 class="post-title">{esc(article.title)}</h1>
<div class="post-description">{esc(article.lead)}</div>
<div class="post-meta"><time datetime="{published}">{shown}</time>&nbsp;·&nbsp;{minutes} phút đọc{author}</div>
</header>
<div class="post-content">{body}
</div>
<footer class="post-footer">
{tags}
<nav class="paginav"><a class="prev" href="{attr(prev.path)}"><span class="title">« Bài mới hơn</span><br><span>{esc(prev.title)}</span></a><a class="next" href="{attr(nxt.path)}"><span class="title">Bài cũ hơn »</span><br><span>{esc(nxt.title)}</span></a></nav>
<div class="share-buttons"><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook" href="https://facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Facebook</a><a target="_blank" rel="noopener noreferrer" aria-label="share on telegram" href="https://telegram.me/share/url?text={attr(article.title)}&amp;url={attr(url_of(article))}">Telegram</a></div>
</footer>
</article>
</main>
<footer class="footer"><span>© 2026 <a href="/">Lạng Sơn 24h</a></span><span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>
</body>
</html>"""
    return CorpusPage(
        "hugo_post", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 4. A feed reader's full-text view ----------------------------------------------------------


def _reader_time(moment: datetime) -> str:
    """How the reader prints a time (the browser's `vi` locale): `09:56 4 thg 2, 2022`."""
    return f"{moment:%H:%M} {moment.day} thg {moment.month}, {moment.year}"


def _utc(moment: datetime) -> str:
    """The entry time as the reader stores it: `2022-02-04T02:56:32Z`."""
    return moment.replace(tzinfo=VIETNAM).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def reader_view(article: Article) -> CorpusPage:
    """A self-hosted feed reader's article view (Miniflux / FreshRSS-like, in Vietnamese): the
    reader's own header, toolbar and feed list with unread counts, the feed's title `Báo Lạng
    Sơn - Thời sự`, the entry's `<category>` as a chip, the publication time in the reader's
    format `09:56 4 thg 2, 2022` in `<time datetime>` given in UTC, the reader's own
    "Đã nhận" time beside it, "Xem bài gốc" (the `?utm_source=rss` link) and "Tải nội dung
    gốc"; the fetched full text in `article.entry-content` as readability leaves it (the lead as
    a first bold paragraph with its marker, `figure/figcaption` for captioned pictures, bare
    `<img>` otherwise, the credit as a right-aligned bold paragraph, then the original's "Tin
    liên quan" list), and the feed's other entries in a side list with relative times."""
    moment = article.published
    shown = _reader_time(moment)
    feed = f"Báo Lạng Sơn - {category_name(article)}"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        if not img.caption:
            return f'<img src="{src}" loading="lazy">'
        return f'<figure><img src="{src}" alt="{attr(img.caption)}" loading="lazy"><figcaption>{esc(img.caption)}</figcaption></figure>'

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script="",
    )
    credit = shown_byline(article)
    author = f'<p align="right"><b>{esc(credit)}</b></p>' if credit else ""
    related = "".join(
        f'<li><a href="https://baolangson.vn{attr(o.path)}" rel="noopener noreferrer" target="_blank">{esc(o.title)}</a></li>'
        for o in _others(article, 3, turn=151)
    )
    siblings = "".join(
        f'<li class="item{" current" if o.article_id == article.article_id else ""}"><a href="/unread/entry/{o.article_id}">{esc(o.title)}</a>'
        f'<span class="item-meta">{esc(f"Báo Lạng Sơn - {category_name(o)}")} · {(SERVED - o.published.date()).days // 365} năm trước</span></li>'
        for o in [article, *_others(article, 5, turn=157)]
    )
    feeds = "".join(
        f'<li><a href="/feed/{n + 2}/entries">Báo Lạng Sơn - {esc(c.name)}</a> <span class="counter">({(n * 7) % 23 + 1})</span></li>'
        for n, c in enumerate(content().categories)
    )
    link = f"{url_of(article)}?utm_source=rss"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(article.title)} - Đọc tin</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex,nofollow">
<meta name="referrer" content="no-referrer">
<link rel="stylesheet" type="text/css" href="/stylesheets/light.css?checksum=91f2a3c1">
<script src="/js/app.js?checksum=5d0e7b2a" defer></script>
</head>
<body data-entries-status-url="/entry/status" data-refresh-all-feeds-url="/feeds/refresh">
<header class="header"><nav><div class="logo"><a href="/unread">Đọc<span>tin</span></a></div>
<ul><li><a href="/unread" title="Chưa đọc">Chưa đọc <span class="unread-counter">(143)</span></a></li><li><a href="/starred">Đã gắn sao</a></li><li><a href="/history">Lịch sử</a></li><li class="active"><a href="/feeds">Nguồn tin</a></li><li><a href="/categories">Thư mục</a></li><li><a href="/settings">Cài đặt</a></li><li><a href="/logout" title="Đăng xuất: bandoc">Đăng xuất</a></li></ul></nav>
<div class="search"><form action="/search" method="get"><input type="search" name="q" placeholder="Tìm kiếm…"></form></div></header>
<main class="layout">
<aside class="sidebar"><h3>Tin địa phương</h3><ul class="feeds">{feeds}</ul></aside>
<section class="entry" data-id="{article.article_id}">
<header class="entry-header">
<div class="entry-actions"><ul>
<li><a href="/unread" class="page-button">← Quay lại</a></li>
<li><button class="page-button" data-toggle-status="true" data-label-read="Đã đọc" data-label-unread="Chưa đọc">Đánh dấu chưa đọc</button></li>
<li><button class="page-button" data-toggle-bookmark="true">Gắn sao</button></li>
<li><button class="page-button" data-fetch-content-entry="true">Tải nội dung gốc</button></li>
<li><a href="{attr(link)}" class="page-link" target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">Xem bài gốc</a></li>
<li><button class="page-button" data-share="true">Chia sẻ</button></li>
</ul></div>
<h1 dir="auto"><a href="{attr(link)}" target="_blank" rel="noopener noreferrer">{esc(article.title)}</a></h1>
<div class="entry-meta" dir="auto">
<span class="entry-website"><img src="/feed/icon/{article.category}" width="16" height="16" alt=""> <a href="/feed/{article.article_id % 9 + 2}/entries">{esc(feed)}</a></span>
<span class="category"><a href="/category/4/entries">Tin địa phương</a></span>
</div>
<div class="entry-date" dir="auto">
<time datetime="{_utc(moment)}" title="{attr(shown)}">{shown}</time>
<span class="entry-received" title="Thời điểm trình đọc nhận tin">· Đã nhận: {SERVED:%d/%m/%Y} 10:00</span>
<span class="entry-reading-time">· {max(1, len(" ".join(p.text for p in article.paragraphs).split()) // 220)} phút đọc</span>
</div>
<div class="entry-tags" dir="auto">Chuyên mục trong nguồn tin: <span class="entry-tag">{esc(category_name(article))}</span></div>
</header>
<article class="entry-content" dir="auto">
<p><strong>{esc(lead_text(article))}</strong></p>
{body}
{author}
<h3>Tin liên quan</h3>
<ul>{related}</ul>
</article>
<div class="pagination"><div class="pagination-prev"><a href="/unread/entry/{_others(article, 1, turn=163)[0].article_id}">← Bài trước</a></div><div class="pagination-next"><a href="/unread/entry/{_others(article, 1, turn=167)[0].article_id}">Bài sau →</a></div></div>
</section>
<aside class="entry-list"><h3>{esc(feed)}</h3><ul>{siblings}</ul></aside>
</main>
</body>
</html>"""
    return CorpusPage(
        "reader_view", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", tags=False),
    )  # fmt: skip


MARKUPS_H: dict[str, Renderer] = {
    "vietnamplus_like": vietnamplus_like,
    "qdnd_like": qdnd_like,
    "hugo_post": hugo_post,
    "reader_view": reader_view,
}
