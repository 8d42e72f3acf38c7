# ruff: noqa: E501 (whole pages of HTML are written out as the CMSes write them)
"""The tuning set: page markups that Vietnamese news CMSes use, carrying the model site's articles.

Written from how those CMSes write pages (WordPress, AMP, old table layouts, VnExpress-like
editors, schema.org JSON-LD, ...), not from the parser: each markup decides what it shows
and its expected record says exactly that (a date line only if the page prints one, a
publication time as precise as the page gives it). The thirteen here come first; the
retired held-out sets (`markups_b.py` … `markups_ai.py`) are appended to `MARKUPS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from tests.corpus.markups_aa import MARKUPS_AA
from tests.corpus.markups_ab import MARKUPS_AB
from tests.corpus.markups_ac import MARKUPS_AC
from tests.corpus.markups_ad import MARKUPS_AD
from tests.corpus.markups_ae import MARKUPS_AE
from tests.corpus.markups_af import MARKUPS_AF
from tests.corpus.markups_ag import MARKUPS_AG
from tests.corpus.markups_ah import MARKUPS_AH
from tests.corpus.markups_ai import MARKUPS_AI
from tests.corpus.markups_b import MARKUPS_B
from tests.corpus.markups_c import MARKUPS_C
from tests.corpus.markups_d import MARKUPS_D
from tests.corpus.markups_e import MARKUPS_E
from tests.corpus.markups_f import MARKUPS_F
from tests.corpus.markups_g import MARKUPS_G
from tests.corpus.markups_h import MARKUPS_H
from tests.corpus.markups_i import MARKUPS_I
from tests.corpus.markups_j import MARKUPS_J
from tests.corpus.markups_k import MARKUPS_K
from tests.corpus.markups_l import MARKUPS_L
from tests.corpus.markups_m import MARKUPS_M
from tests.corpus.markups_n import MARKUPS_N
from tests.corpus.markups_o import MARKUPS_O
from tests.corpus.markups_p import MARKUPS_P
from tests.corpus.markups_q import MARKUPS_Q
from tests.corpus.markups_r import MARKUPS_R
from tests.corpus.markups_s import MARKUPS_S
from tests.corpus.markups_t import MARKUPS_T
from tests.corpus.markups_u import MARKUPS_U
from tests.corpus.markups_v import MARKUPS_V
from tests.corpus.markups_w import MARKUPS_W
from tests.corpus.markups_x import MARKUPS_X
from tests.corpus.markups_y import MARKUPS_Y
from tests.corpus.markups_z import MARKUPS_Z
from tests.corpus.pages import (
    BASE,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    category_path,
    dmy,
    esc,
    expected,
    image_src,
    lead_text,
    link_list,
    menu,
    other_links,
    shown_byline,
    tag_slug,
    url_of,
    weekday,
)
from tests.site.formats import clean, iso_vietnam
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script


def _blocks(
    article: Article,
    paragraph: Callable[[str], str],
    image: Callable[[Image, int], str],
    *,
    ad: str = "",
    blank: str = "<p>&nbsp;</p>",
    script: str = "<script>var player = {autoplay: false};</script>",
) -> str:
    out = []
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            out.append(paragraph(esc(block.text)))
        elif isinstance(block, Image):
            out.append(image(block, number))
        elif isinstance(block, Blank):
            out.append(blank)
        elif isinstance(block, Ad):
            out.append(ad)
        elif isinstance(block, Script):
            out.append(script)
    return "\n".join(out)


def _tags_links(article: Article, prefix: str = "/tag/", sep: str = ", ", rel: str = "") -> str:
    rel_attr = f' rel="{rel}"' if rel else ""
    return sep.join(f'<a href="{prefix}{tag_slug(t)}"{rel_attr}>{esc(t)}</a>' for t in article.tags)


# --- 1. WordPress (twentyseventeen-like theme, Yoast meta) ---------------------------------


def wordpress(article: Article) -> CorpusPage:
    """A WordPress single post: entry-header, entry-content, wp-caption figures, comments."""
    iso = iso_vietnam(article.published)
    tags_meta = "".join(f'<meta property="article:tag" content="{attr(t)}">' for t in article.tags)
    author = ""
    if article.pseudonym:
        author = (
            ' <span class="byline"> bởi <span class="author vcard"><a class="url fn n" '
            f'href="/author/{tag_slug(article.pseudonym)}/" rel="author">'
            f"{esc(article.pseudonym)}</a></span></span>"
        )

    def image(img: Image, number: int) -> str:
        tag = (
            f'<img class="size-large wp-image-{number}" src="{attr(image_src(img))}" '
            f'alt="" width="800" height="533" srcset="{attr(image_src(img))} 800w, '
            f'{attr(image_src(img).replace(".jpg", "-300x200.jpg"))} 300w" '
            'sizes="(max-width: 800px) 100vw, 800px">'
        )
        if img.caption:
            return (
                f'<figure id="attachment_{number}" aria-describedby="caption-{number}" '
                f'class="wp-caption aligncenter">{tag}<figcaption id="caption-{number}" '
                f'class="wp-caption-text">{esc(img.caption)}</figcaption></figure>'
            )
        return f"<p>{tag}</p>"

    body = _blocks(article, lambda text: f"<p>{text}</p>", image)
    byline = (
        f'<p style="text-align: right;"><strong>{esc(article.byline)}</strong></p>'
        if article.byline
        else ""
    )
    classes = " ".join(
        [f"post-{article.article_id}", "post", "type-post", "status-publish", "hentry"]
        + [f"category-{article.category}"]
        + [f"tag-{tag_slug(t)}" for t in article.tags]
    )
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta property="og:locale" content="vi_VN"><meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{attr(category_name(article))}">{tags_meta}
<link rel="stylesheet" href="/wp-content/themes/lso/style.css"></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Báo Lạng Sơn</a></p>
<p class="site-description">Tin tức Lạng Sơn</p></div>
<nav id="site-navigation" class="main-navigation">{menu()}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{article.article_id}" class="{classes}">
<header class="entry-header"><h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="{url_of(article)}" rel="bookmark">
<time class="entry-date published" datetime="{iso}">{dmy(article.published)}</time></a></span>{author}</div>
</header>
<div class="entry-content">
<p><strong>{esc(lead_text(article))}</strong></p>
{body}
{byline}
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="{category_path(article)}" rel="category tag">{esc(category_name(article))}</a></span>
<span class="tags-links">Thẻ {_tags_links(article, rel="tag")}</span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links">
<div class="nav-previous"><a href="{other_links(article, 1)[0][0]}" rel="prev">{esc(other_links(article, 1)[0][1])}</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<p><textarea id="comment" name="comment"></textarea></p><p><input type="submit" value="Phản hồi"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>{link_list(other_links(article))}</section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2022 Báo Lạng Sơn. Giấy phép số 123/GP-BTTTT. Địa chỉ: 6 Hoàng Văn Thụ, thành phố Lạng Sơn.</div></footer>
</div></body></html>"""
    return CorpusPage(
        "wordpress",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=dmy(article.published), published="seconds"),
    )


# --- 2. AMP ----------------------------------------------------------------------------------


def amp(article: Article) -> CorpusPage:
    """An AMP article: amp-img, JSON-LD NewsArticle, figure captions, related list."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url_of(article),
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_vietnam(article.published),
        "dateModified": iso_vietnam(article.published),
        "author": [{"@type": "Person", "name": a} for a in article.authors],
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
    }
    meta = f'<span class="amp-author">{esc(article.pseudonym)}</span>' if article.pseudonym else ""

    def image(img: Image, number: int) -> str:
        tag = (
            f'<amp-img src="{attr(image_src(img))}" width="800" height="533" layout="responsive"'
            f' alt="{attr(img.caption or "")}"></amp-img>'
        )
        if img.caption:
            return (
                f'<figure class="amp-fig">{tag}<figcaption>{esc(img.caption)}</figcaption></figure>'
            )
        return f'<div class="amp-fig">{tag}</div>'

    body = _blocks(article, lambda text: f"<p>{text}</p>", image, script="")
    byline = (
        f'<p class="amp-credit" style="text-align:right"><b>{esc(article.byline or "")}</b></p>'
    )
    when = f"{weekday(article.published)}, {article.published:%d/%m/%Y %H:%M}"
    page = f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<link rel="canonical" href="{url_of(article)}">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-custom>body{{font-family:Arial}}</style></head>
<body>
<header class="amp-header"><a href="/"><amp-img src="/assets/logo.png" width="200" height="50" alt="Báo Lạng Sơn"></amp-img></a>
<button on="tap:sidebar.toggle">Menu</button></header>
<amp-sidebar id="sidebar" layout="nodisplay">{menu()}</amp-sidebar>
<main><article>
<div class="amp-breadcrumb"><a href="/">Trang chủ</a> › <a href="{category_path(article)}">{esc(category_name(article))}</a></div>
<h1 class="amp-title">{esc(article.title)}</h1>
<div class="amp-meta"><span class="amp-date">{when}</span> {meta}</div>
<p class="amp-sapo"><strong>{esc(lead_text(article))}</strong></p>
<div class="amp-content">
{body}
{byline if article.byline else ""}
</div>
<div class="amp-tags">{_tags_links(article, sep=" ")}</div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share>
<amp-social-share type="email" width="40" height="40"></amp-social-share>
<section class="amp-related"><h3>Tin liên quan</h3>{link_list(other_links(article))}</section>
</article></main>
<footer class="amp-footer"><p>© Báo Lạng Sơn – Cơ quan của Đảng bộ tỉnh Lạng Sơn</p></footer>
</body></html>"""
    return CorpusPage(
        "amp",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=when, published="seconds"),
    )


# --- 3. Old table layout ---------------------------------------------------------------------


def old_table(article: Article) -> CorpusPage:
    """A 2000s table layout: masthead today-date, no heading tags, <br><br> paragraphs,
    captions in the cell beside the picture, title only in <title> after the site name."""
    today = f"{weekday(SERVED)}, {SERVED:%d/%m/%Y}"
    left = "".join(
        f'<tr><td class="menuitem"><a href="{path}">{esc(title)}</a></td></tr>'
        for path, title in other_links(article, 4)
    )

    def image(img: Image, number: int) -> str:
        if img.caption:
            return (
                '<table align="center" border="0" cellpadding="3"><tr>'
                f'<td><img src="{attr(image_src(img))}" width="400" border="0"></td>'
                f'<td width="160" valign="bottom"><font size="1"><i>{esc(img.caption)}</i></font></td>'
                "</tr></table>"
            )
        return f'<center><img src="{attr(image_src(img))}" width="400" border="0"></center><br>'

    body = _blocks(
        article,
        lambda text: f"{text}<br><br>",
        image,
        ad="",
        blank="<br>",
        script="",
    )
    credit = ""
    if shown_byline(article):
        credit = f'<div align="right"><b>{esc(shown_byline(article) or "")}</b></div>'
    updated = f"Cập nhật: {article.published:%H:%M}, {dmy(article.published)}"
    tags = f"<div>Từ khóa: {_tags_links(article, prefix='/tu-khoa/')}</div>" if article.tags else ""
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Báo Lạng Sơn - {esc(article.title)}</title></head>
<body bgcolor="#FFFFFF" topmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><table width="100%"><tr><td><img src="/images/logo.gif" width="300" height="80"></td>
<td align="right" valign="bottom"><font size="1" color="#FFFFFF">{today}</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#003366">{" | ".join(f'<a href="{p}"><font color="white">{esc(n)}</font></a>' for p, n in [("/", "Trang chủ"), ("/chinh-tri", "Chính trị"), ("/kinh-te", "Kinh tế"), ("/xa-hoi", "Xã hội"), ("/van-hoa", "Văn hóa")])}</td></tr>
<tr><td width="180" valign="top"><table width="100%">{left}</table></td>
<td width="600" valign="top">
<div class="path"><a href="/">Trang chủ</a> » <a href="{category_path(article)}">{esc(category_name(article))}</a></div>
<table width="100%" cellpadding="4">
<tr><td class="tieude"><font size="4" color="#003366"><b>{esc(article.title)}</b></font></td></tr>
<tr><td><font size="1" color="#666666">{updated}</font></td></tr>
<tr><td class="noidung"><b>{esc(lead_text(article))}</b><br><br>
{body}
{credit}</td></tr></table>
{tags}
<div class="tinkhac"><b>Các tin khác:</b>{link_list(other_links(article), dated=True)}</div>
</td>
<td width="200" valign="top"><a href="https://quangcao.example.vn"><img src="/images/qc1.gif" width="200"></a><br>
<a href="https://quangcao.example.vn/2"><img src="/images/qc2.gif" width="200"></a></td></tr>
<tr><td colspan="3" align="center"><font size="1">Báo Lạng Sơn điện tử. Giấy phép số 45/GP-BC. Tổng biên tập: Nguyễn Văn A.</font></td></tr>
</table></body></html>"""
    return CorpusPage(
        "old_table",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=updated, published="minutes"),
    )


# --- 4. Editor <div> paragraphs (VnExpress-like) -----------------------------------------------


def editor_divs(article: Article) -> CorpusPage:
    """Paragraphs are <div class="Normal">; the date sits above the title; lazy pictures."""
    day = weekday(article.published)
    moment = article.published
    when = (
        f"{day[0]}{day[1:].lower()}, {moment.day}/{moment.month}/{moment.year}, "
        f"{moment:%H:%M} (GMT+7)"
    )

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        picture = (
            f'<picture><source data-srcset="{src} 1x"><img itemprop="contentUrl" class="lazy" '
            f'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{src}" '
            f'alt="{attr(img.caption or "")}"></picture>'
        )
        caption = (
            f'<figcaption itemprop="description"><p class="Image">{esc(img.caption)}</p></figcaption>'
            if img.caption
            else ""
        )
        return (
            f'<figure class="tplCaption"><div class="fig-picture">{picture}</div>{caption}</figure>'
        )

    body = _blocks(
        article,
        lambda text: f'<div class="Normal">{text}</div>',
        image,
        blank='<div class="Normal">&nbsp;</div>',
        ad='<div id="ads_inread" class="banner-ads"></div>',
    )
    author = ""
    if shown_byline(article):
        author = (
            f'<div class="Normal" style="text-align:right;"><strong>'
            f"{esc(shown_byline(article) or '')}</strong></div>"
        )
    tags = "".join(
        f'<h4 class="item-tag"><a href="/tag/{tag_slug(t)}">{esc(t)}</a></h4>' for t in article.tags
    )
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta property="og:title" content="{attr(article.title)}">
<meta name="description" content="{attr(article.lead)}">
<meta itemprop="datePublished" content="{iso_vietnam(article.published)}">
</head><body>
<header class="section top-header"><div class="logo"><a href="/">Báo Lạng Sơn</a></div>{menu(" main-nav")}</header>
<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">
<div class="header-content width_common">
<ul class="breadcrumb" data-campaign="Header"><li><a href="{category_path(article)}">{esc(category_name(article))}</a></li></ul>
<span class="date">{when}</span></div>
<h1 class="title-detail">{esc(article.title)}</h1>
<p class="description">{esc(lead_text(article))}</p>
<article class="fck_detail">
{body}
{author}
</article>
<div class="footer-content"><div class="box-tag"><h4>Tags</h4>{tags}</div>
<div class="box-comment"><h3 class="title_box_category">Ý kiến</h3><form><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi</button></form></div>
</div></div>
<div class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3>{link_list(other_links(article))}</div></div>
</div></section>
<footer class="footer"><p>Báo Lạng Sơn. Số giấy phép: 123/GP-BTTTT. Tổng biên tập: Nguyễn Văn A. Địa chỉ: 6 Hoàng Văn Thụ.</p></footer>
</body></html>"""
    return CorpusPage(
        "editor_divs",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=when, published="seconds"),
    )


# --- 5. Metadata in JSON-LD only -----------------------------------------------------------------


def json_ld_only(article: Article) -> CorpusPage:
    """No visible date, no meta tags: dates, section, tags and authors only in JSON-LD."""
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "description": article.lead,
            "datePublished": iso_vietnam(article.published),
            "author": [{"@type": "Person", "name": a} for a in article.authors],
            "articleSection": category_name(article),
            "keywords": list(article.tags),  # a list: some tags hold commas
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": BASE + "/"},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": category_name(article),
                    "item": BASE + category_path(article),
                },
            ],
        },
    ]

    def image(img: Image, number: int) -> str:
        tag = f'<img src="{attr(image_src(img))}" alt="">'
        if img.caption:
            return f"<p>{tag}</p><p><em>{esc(img.caption)}</em></p>"
        return f"<p>{tag}</p>"

    body = _blocks(article, lambda text: f"<p>{text}</p>", image)
    credit = f"<p><b>{esc(shown_byline(article) or '')}</b></p>" if shown_byline(article) else ""
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(article.title)}</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, indent=1)}</script></head>
<body><div id="wrapper"><div class="logo"><a href="/"><img src="/logo.png" alt="logo"></a></div>
<div class="nav">{menu()}</div>
<div class="main"><h1>{esc(article.title)}</h1>
<div class="body">
<p>{esc(lead_text(article))}</p>
{body}
{credit}
</div></div>
<div class="sidebar"><h3>Mới nhất</h3>{link_list(other_links(article))}</div></div>
<div class="copyright">Bản quyền thuộc Báo Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</body></html>"""
    return CorpusPage(
        "json_ld_only",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=None, published="seconds"),
    )


# --- 6. <article class="tag-… category-…">, headline in <header>, byline before the body ------


def article_classes(article: Article) -> CorpusPage:
    """Class tokens tag-…/category-… on <article>, the headline in its <header>, the byline
    before the body in p.author, and one caption under a gallery of several images."""
    images = article.images
    gallery = len(images) >= 2
    shared = " ".join(clean(i.caption) for i in images if i.caption) or None
    started = False

    def image(img: Image, number: int) -> str:
        nonlocal started
        if gallery:
            if started:
                return ""
            started = True
            pictures = "".join(f'<img src="{attr(image_src(i))}" alt="">' for i in images)
            caption = f'<p class="gallery-caption"><em>{esc(shared)}</em></p>' if shared else ""
            return f'<div class="gallery">{pictures}</div>{caption}'
        tag = f'<img src="{attr(image_src(img))}" alt="">'
        if img.caption:
            return f"<figure>{tag}<figcaption>{esc(img.caption)}</figcaption></figure>"
        return f"<figure>{tag}</figure>"

    body = _blocks(article, lambda text: f"<p>{text}</p>", image)
    classes = " ".join(
        ["post", "hentry", f"category-{article.category}"]
        + [f"tag-{tag_slug(t)}" for t in article.tags]
    )
    author = (
        f'<p class="author">{esc(shown_byline(article) or "")}</p>' if shown_byline(article) else ""
    )
    stamp = f"{dmy(article.published)} {article.published:%H:%M}"
    captions = None
    if gallery:
        captions = [{"image_url": image_src(i), "text": shared} for i in images]
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta property="og:title" content="{attr(article.title)}">
<meta property="article:section" content="{attr(category_name(article))}">
</head><body><div class="site">{menu()}
<main class="content">
<article class="{classes}">
<header><h1>{esc(article.title)}</h1>
<p class="meta"><time datetime="{iso_vietnam(article.published)}">{stamp}</time></p></header>
{author}
<div class="post-content">
<p><b>{esc(lead_text(article))}</b></p>
{body}
</div>
<div class="post-tags">Tags: {_tags_links(article)}</div>
</article>
<section class="more"><h2>Cùng chuyên mục</h2>{link_list(other_links(article))}</section>
</main><footer><p>Báo Lạng Sơn điện tử</p></footer></div></body></html>"""
    return CorpusPage(
        "article_classes",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=stamp, published="seconds", captions=captions),
    )


# --- 7. Bold last-line name bylines, lead in h2.sapo -------------------------------------------


def bold_name_byline(article: Article) -> CorpusPage:
    """A plain last bold line with the credit (no alignment, no class); `table.picture`
    captions; a related box inside the body container."""

    def image(img: Image, number: int) -> str:
        caption = f'<tr><td class="caption">{esc(img.caption)}</td></tr>' if img.caption else ""
        return (
            f'<table class="picture" align="center"><tr><td><img src="{attr(image_src(img))}" '
            f'alt=""></td></tr>{caption}</table>'
        )

    body = _blocks(article, lambda text: f"<p>{text}</p>", image)
    credit = (
        f"<p><strong>{esc(shown_byline(article) or '')}</strong></p>"
        if shown_byline(article)
        else ""
    )
    updated = f"Cập nhật: {article.published:%H:%M}, {dmy(article.published)}"
    tags = "".join(f'<li><a href="/tag/{tag_slug(t)}">{esc(t)}</a></li>' for t in article.tags)
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta property="og:title" content="{attr(article.title)}">
</head><body>
<div class="header">{menu()}</div>
<div class="container"><div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{category_path(article)}">{esc(category_name(article))}</a></li></ul>
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-date">{updated}</div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="article-body cms-body">
{body}
{credit}
<div class="related"><h3>Tin liên quan</h3>{link_list(other_links(article, 3))}</div>
</div>
<div class="article-tags"><ul>{tags}</ul></div>
</div><div class="col-right"><h3>Đọc nhiều</h3>{link_list(other_links(article))}</div></div>
<div class="footer">Báo Lạng Sơn điện tử</div></body></html>"""
    return CorpusPage(
        "bold_name_byline",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=updated, published="minutes"),
    )


# --- 8. Masthead today-date, comments, ads inside the text ------------------------------------


def masthead_today(article: Article) -> CorpusPage:
    """A top bar shows today's date; ads sit in and between paragraphs; readers' comments
    (long texts) and a share bar follow the article."""
    today = f"{weekday(SERVED)}, {SERVED:%d/%m/%Y}"
    ad = (
        '<div class="ad-slot"><a href="https://shopee.vn/khuyen-mai" rel="sponsored">'
        '<img src="https://ads.example.vn/banner-300.jpg" alt="Quảng cáo"></a></div>'
    )

    def paragraph(text: str) -> str:
        return f"<p>{text}</p>"

    def image(img: Image, number: int) -> str:
        tag = f'<img src="{attr(image_src(img))}" alt="{attr(article.title)}">'
        if img.caption:
            return f"<figure>{tag}<figcaption>{esc(img.caption)}</figcaption></figure>"
        return f"<p>{tag}</p>"

    parts = []
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            text = esc(block.text)
            if block.ad_inside or number == 2:
                cut = text.find(". ")
                if cut > 0:
                    text = f"{text[: cut + 1]} {ad}{text[cut + 2 :]}"
            parts.append(paragraph(text))
        elif isinstance(block, Image):
            parts.append(image(block, number))
        elif isinstance(block, Ad):
            parts.append(ad)
    credit = (
        f'<p style="text-align:right"><strong>{esc(shown_byline(article) or "")}</strong></p>'
        if shown_byline(article)
        else ""
    )
    stamp = f"{dmy(article.published)} {article.published:%H:%M}"
    comments = "".join(
        f'<div class="comment-item"><b>Bạn đọc {n}</b><span>12/03/2022</span>'
        f"<p>Bài viết rất hay và bổ ích, tôi mong rằng chính quyền địa phương sẽ tiếp tục quan tâm, "
        f"hỗ trợ người dân nhiều hơn nữa trong thời gian tới để đời sống ngày càng được nâng cao.</p></div>"
        for n in range(3)
    )
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta property="og:title" content="{attr(article.title)}">
<meta property="article:section" content="{attr(category_name(article))}">
{"".join(f'<meta property="article:tag" content="{attr(t)}">' for t in article.tags)}
</head><body>
<div class="topbar"><span class="today">{today}</span> <a href="/lien-he">Liên hệ</a> <a href="/rss">RSS</a></div>
<div class="header"><a href="/" class="logo">Báo Lạng Sơn</a>{menu()}</div>
<div class="wrap"><div class="main-col">
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{category_path(article)}">{esc(category_name(article))}</a></div>
<h1>{esc(article.title)}</h1>
<div class="meta"><span class="time">{stamp}</span> | <span class="views">1.024 lượt xem</span></div>
<div class="share"><a href="https://facebook.com/share?u={url_of(article)}"><img src="/i/fb.png" alt="fb"></a><a href="https://zalo.me/share"><img src="/i/zalo.png" alt="zalo"></a></div>
<div class="detail-content">
<p><strong>{esc(lead_text(article))}</strong></p>
{chr(10).join(parts)}
{credit}
</div>
<div class="comments"><h3>Bình luận (3)</h3>{comments}
<form class="comment-form"><textarea></textarea><input type="text" placeholder="Họ tên"><button>Gửi bình luận</button></form></div>
<div class="related"><h3>Tin cùng chuyên mục</h3>{link_list(other_links(article))}</div>
</div><div class="side-col">{ad}<h3>Đọc nhiều</h3>{link_list(other_links(article, 6))}</div></div>
<div class="footer"><p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 1/GP. © Báo Lạng Sơn.</p></div>
</body></html>"""
    return CorpusPage(
        "masthead_today",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=stamp, published="minutes"),
    )


# --- 9. Captions beside the picture --------------------------------------------------------------


def caption_beside(article: Article) -> CorpusPage:
    """Captions in a table cell or a box beside the picture; the byline in p.signature;
    the date written out in words."""

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        if not img.caption:
            return f'<p style="text-align:center"><img src="{src}" alt=""></p>'
        if number % 2:
            return (
                '<table class="tbl-img" align="center"><tr>'
                f'<td><img src="{src}" alt=""></td><td class="img-text">{esc(img.caption)}</td>'
                "</tr></table>"
            )
        return (
            f'<div class="img-row"><div class="img-wrap"><img src="{src}" alt=""></div>'
            f'<div class="img-text">{esc(img.caption)}</div></div>'
        )

    body = _blocks(article, lambda text: f"<p>{text}</p>", image)
    credit = (
        f'<p class="signature">{esc(shown_byline(article) or "")}</p>'
        if shown_byline(article)
        else ""
    )
    worded = (
        f"Ngày {article.published.day:02d} tháng {article.published.month:02d} năm "
        f"{article.published.year}, {article.published:%H:%M}"
    )
    tags = f'<div class="keywords">Từ khóa: {_tags_links(article, prefix="/tu-khoa/")}</div>'
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(article.title)}</title>
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="article:section" content="{attr(category_name(article))}">
</head><body>{menu()}
<div id="main"><h1 class="article-title">{esc(article.title)}</h1>
<div class="post-date">{worded}</div>
<div id="article-body">
<p>{esc(lead_text(article))}</p>
{body}
{credit}
</div>
{tags if article.tags else ""}
<div class="box-other"><h3>Tin khác</h3>{link_list(other_links(article))}</div>
</div><div id="footer">Báo Lạng Sơn</div></body></html>"""
    return CorpusPage(
        "caption_beside",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=worded, published="minutes"),
    )


# --- 10. Lazy pictures with srcset, <picture>, ads scripts ------------------------------------


def lazy_srcset(article: Article) -> CorpusPage:
    """A modern front end: <picture> with data-srcset, placeholder src, BEM class names."""

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        small = src.replace(".jpg", "-400.jpg")
        tag = (
            f'<picture><source type="image/webp" srcset="{src}.webp 800w">'
            f'<img loading="lazy" src="/static/blank.gif" data-srcset="{small} 400w, {src} 800w" '
            f'alt="{attr(img.caption or "")}"></picture>'
        )
        caption = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="article__image">{tag}{caption}</figure>'

    body = _blocks(
        article,
        lambda text: f'<p class="article__paragraph">{text}</p>',
        image,
        ad='<div class="ads"><ins class="adsbygoogle" data-ad-slot="123"></ins>'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>",
    )
    credit = (
        f'<p class="article__byline">{esc(shown_byline(article) or "")}</p>'
        if shown_byline(article)
        else ""
    )
    stamp = f"{article.published:%H:%M} {dmy(article.published)}"
    tags_meta = "".join(f'<meta property="article:tag" content="{attr(t)}">' for t in article.tags)
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(article.title)} – Báo Lạng Sơn</title>
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="article:published_time" content="{iso_vietnam(article.published)}">
<meta property="article:section" content="{attr(category_name(article))}">{tags_meta}
</head><body><div id="__next"><div class="layout">
<header class="site-header"><a class="site-header__logo" href="/">Báo Lạng Sơn</a>{menu(" site-header__menu")}</header>
<main class="layout__main"><div class="article">
<div class="article__header"><a class="article__category" href="{category_path(article)}">{esc(category_name(article))}</a>
<h1 class="article__title">{esc(article.title)}</h1>
<div class="article__meta"><time datetime="{iso_vietnam(article.published)}">{stamp}</time></div></div>
<div class="article__sapo">{esc(lead_text(article))}</div>
<div class="article__body">
{body}
{credit}
</div>
<div class="article__tags">{_tags_links(article, prefix="/tags/", sep=" ")}</div>
</div></main>
<aside class="layout__aside"><h3>Đọc nhiều</h3>{link_list(other_links(article))}</aside>
</div></div><script src="/_next/static/chunks/main.js"></script></body></html>"""
    return CorpusPage(
        "lazy_srcset",
        article.article_id,
        url_of(article),
        page,
        expected(article, dateline=stamp, published="seconds"),
    )


# The three below were the first held-out set; retired into tuning once scored.


def _paragraphs(
    article: Article, paragraph: Callable[[str], str], image: Callable[[Image], str]
) -> str:
    out = []
    for block in article.blocks:
        if isinstance(block, Paragraph):
            out.append(paragraph(esc(block.text)))
        elif isinstance(block, Image):
            out.append(image(block))
    return "\n".join(out)


# --- 11. Drupal 7 article node ---------------------------------------------------------------------


def drupal(article: Article) -> CorpusPage:
    """A Drupal 7 node: RDFa date, image field before the body, lead and author fields,
    taxonomy-term tag links, a breadcrumb ending with the title."""
    iso = iso_vietnam(article.published)
    shown = f"{weekday(article.published)}, {dmy(article.published)} - {article.published:%H:%M}"
    images = "".join(
        f'<div class="field-item {"even" if n % 2 == 0 else "odd"}"><img typeof="foaf:Image" '
        f'src="{attr(image_src(i))}" width="640" height="427" alt="">'
        + (
            f'<blockquote class="image-field-caption">{esc(i.caption)}</blockquote>'
            if i.caption
            else ""
        )
        + "</div>"
        for n, i in enumerate(article.images)
    )
    image_field = (
        '<div class="field field-name-field-image field-type-image field-label-hidden">'
        f'<div class="field-items">{images}</div></div>'
        if article.images
        else ""
    )
    body = "\n".join(f"<p>{esc(p.text)}</p>" for p in article.paragraphs)
    author = ""
    if shown_byline(article):
        author = (
            '<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix">'
            '<div class="field-label">Tác giả:&nbsp;</div><div class="field-items">'
            f'<div class="field-item even">{esc(shown_byline(article) or "")}</div></div></div>'
        )
    tags = "".join(
        f'<div class="field-item {"even" if n % 2 == 0 else "odd"}"><a href="/taxonomy/term/{100 + n}" '
        f'typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></div>'
        for n, t in enumerate(article.tags)
    )
    tag_field = (
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">'
        f'<div class="field-label">Từ khóa:&nbsp;</div><div class="field-items">{tags}</div></div>'
        if article.tags
        else ""
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<link rel="canonical" href="{url_of(article)}" /></head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node node-type-article">
<div id="page-wrapper"><div id="page">
<div id="header"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a>
<div id="main-menu" class="navigation">{menu()}</div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{category_path(article)}">{esc(category_name(article))}</a> » {esc(article.title)}</div>
<div id="content" class="column"><div class="section">
<h1 class="title" id="page-title">{esc(article.title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{article.article_id}" class="node node-article node-promoted clearfix" about="/node/{article.article_id}" typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="{iso}" datatype="xsd:dateTime">{shown}</span></div>
<div class="content clearfix">
{image_field}
<div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p>{esc(lead_text(article))}</p></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
{author}
{tag_field}
</div>
<ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/{article.article_id}#comment-form">Gửi bình luận</a></li></ul>
</div></div></div></div></div></div>
<div id="sidebar-first" class="column sidebar"><div class="section"><div class="block"><h2>Tin mới</h2>{link_list(other_links(article))}</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer">Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ tỉnh Lạng Sơn</div></div></div>
</div></div></body></html>"""
    return CorpusPage(
        "drupal", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 12. schema.org microdata, <br> paragraphs -------------------------------------------------------


def microdata(article: Article) -> CorpusPage:
    """schema.org microdata (no JSON-LD, no OpenGraph); the body is one element with
    paragraphs separated by <br /><br />; captions in a small italic span under the picture."""

    def image(img: Image) -> str:
        caption = (
            f'<br /><span style="font-size:11px"><i>{esc(img.caption)}</i></span>'
            if img.caption
            else ""
        )
        return (
            f'<div style="text-align:center"><img src="{attr(image_src(img))}" style="max-width:500px" />'
            f"{caption}</div>"
        )

    body = _paragraphs(article, lambda text: f"{text}<br /><br />", image)
    author = (
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<span itemprop="name">{esc(article.pseudonym)}</span></span> — '
        if article.pseudonym
        else ""
    )
    credit = (
        f'<div style="text-align:right"><b>{esc(article.byline)}</b></div>'
        if article.byline
        else ""
    )
    keywords = ",".join(article.tags)
    tags = " ".join(f'<a href="/search?q={attr(t)}">{esc(t)}</a>' for t in article.tags)
    stamp = f"{article.published:%H:%M} | {dmy(article.published)}"
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(article.title)}</title></head>
<body><div class="wrapper"><div class="top">{menu()}</div>
<div class="content" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_vietnam(article.published)}" />
<meta itemprop="articleSection" content="{attr(category_name(article))}" />
<meta itemprop="keywords" content="{attr(keywords)}" />
<h1 itemprop="headline">{esc(article.title)}</h1>
<div class="info">{author}<span class="time">{stamp}</span></div>
<div itemprop="description" class="summary"><b>{esc(lead_text(article))}</b></div>
<div itemprop="articleBody" class="text">
{body}
{credit}
</div>
<div class="tags">Tags: {tags}</div>
</div>
<div class="other"><h3>Các tin khác</h3>{link_list(other_links(article), dated=True)}</div>
<div class="bottom">© Báo Lạng Sơn</div></div></body></html>"""
    return CorpusPage(
        "microdata", article.article_id, url_of(article), page,
        expected(article, dateline=stamp, published="seconds"),
    )  # fmt: skip


# --- 13. Joomla 1.5 ----------------------------------------------------------------------------------


def joomla(article: Article) -> CorpusPage:
    """Joomla 1.5 `contentpaneopen` tables: td.contentheading, td.createdate written as
    `Thứ sáu, 04 Tháng 2 2022 09:56`, centered small captions, pathway breadcrumbs."""
    day = weekday(article.published)
    moment = article.published
    created = (
        f"{day[0]}{day[1:].lower()}, {moment:%d} Tháng {moment.month} {moment.year} {moment:%H:%M}"
    )

    def image(img: Image) -> str:
        tag = f'<p style="text-align: center;"><img src="{attr(image_src(img))}" border="0" /></p>'
        if img.caption:
            tag += f'<p style="text-align: center;"><span style="font-size: small;">{esc(img.caption)}</span></p>'
        return tag

    body = _paragraphs(article, lambda text: f"<p>{text}</p>", image)
    credit = (
        f'<p style="text-align: right;"><strong>{esc(shown_byline(article) or "")}</strong></p>'
        if shown_byline(article)
        else ""
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(article.title)} - Báo Lạng Sơn</title></head>
<body id="page_bg"><div id="wrapper">
<div id="header"><div id="logo"></div><div id="topmenu">{menu()}</div></div>
<div id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">Trang chủ</a> <img src="/templates/lso/images/arrow.png" alt="" /> <a href="{category_path(article)}" class="pathway">{esc(category_name(article))}</a> <img src="/templates/lso/images/arrow.png" alt="" /> {esc(article.title)}</span></div>
<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{esc(article.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=view&amp;pop=1" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
</tr></table>
<table class="contentpaneopen">
<tr><td valign="top" class="createdate">{created}</td></tr>
<tr><td valign="top">
<p><strong>{esc(lead_text(article))}</strong></p>
{body}
{credit}
</td></tr>
<tr><td colspan="2" class="modifydate">Cập nhật ( {created} )</td></tr>
</table>
<span class="article_separator">&nbsp;</span>
<div class="moduletable"><h3>Các tin khác</h3><ul class="relateditems">{"".join(f'<li><a href="{attr(p)}">{esc(t)}</a></li>' for p, t in other_links(article))}</ul></div>
<div id="footer">Powered by Joomla!. Báo Lạng Sơn</div>
</div></body></html>"""
    return CorpusPage(
        "joomla", article.article_id, url_of(article), page,
        expected(article, dateline=created, published="minutes", tags=False),
    )  # fmt: skip


MARKUPS: dict[str, Renderer] = {
    "wordpress": wordpress,
    "amp": amp,
    "old_table": old_table,
    "editor_divs": editor_divs,
    "json_ld_only": json_ld_only,
    "article_classes": article_classes,
    "bold_name_byline": bold_name_byline,
    "masthead_today": masthead_today,
    "caption_beside": caption_beside,
    "lazy_srcset": lazy_srcset,
    "drupal": drupal,
    "microdata": microdata,
    "joomla": joomla,
    **MARKUPS_B,
    **MARKUPS_C,
    **MARKUPS_D,
    **MARKUPS_E,
    **MARKUPS_F,
    **MARKUPS_G,
    **MARKUPS_H,
    **MARKUPS_I,
    **MARKUPS_J,
    **MARKUPS_K,
    **MARKUPS_L,
    **MARKUPS_M,
    **MARKUPS_N,
    **MARKUPS_O,
    **MARKUPS_P,
    **MARKUPS_Q,
    **MARKUPS_R,
    **MARKUPS_S,
    **MARKUPS_T,
    **MARKUPS_U,
    **MARKUPS_V,
    **MARKUPS_W,
    **MARKUPS_X,
    **MARKUPS_Y,
    **MARKUPS_Z,
    **MARKUPS_AA,
    **MARKUPS_AB,
    **MARKUPS_AC,
    **MARKUPS_AD,
    **MARKUPS_AE,
    **MARKUPS_AF,
    **MARKUPS_AG,
    **MARKUPS_AH,
    **MARKUPS_AI,
}
