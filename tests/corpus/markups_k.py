# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set K: the tenth held-out set (scored once sealed at 95.6 %), now tuned on.

Written from what Vietnamese news systems emit, above all plausible shapes of baolangson.vn's
own next redesign (an Angular Universal app rendered on the server, a Strapi + Astro static
site), a provincial agency portal on a Bitrix-style CMS that reposts the paper's articles, and
the paper's photo-story ("Báo ảnh") page, without reading the parsers; the expected records
come from the content alone. The field rules of the earlier held-out sets hold: `dateline` is
the article's date line as printed (with its label, if any), `published_at` as precise as the
page gives it anywhere (an ISO time with seconds in a meta or `datetime`, even in UTC, counts;
none when the page gives no time), `byline` the credit as shown (without a field label such as
`Thực hiện:`, never a source line such as `Nguồn: Báo Lạng Sơn`), `authors` the names in it,
`tags` only the tags the page shows, `category` the top-level section, a caption's `image_url`
the address in the `<img src>` the page serves and its `text` the caption as printed.

The masthead's today date, the "Cập nhật" (modified) time, readers' comment times, the table
of contents (which repeats the captions as links) and the dates of other articles are chrome.
This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from tests.corpus.pages import (
    BASE,
    SERVED,
    CorpusPage,
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
    others,
    rehosted_captions,
    shown_byline,
    subcategory_name,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import VIETNAM, iso_vietnam
from tests.site.model import Article, Image

Renderer = Callable[[Article], CorpusPage]


def _utc_iso(moment: datetime) -> str:
    """JavaScript's `Date.toISOString()` of a Vietnam local time."""
    shifted = moment - timedelta(hours=7)
    return f"{shifted:%Y-%m-%dT%H:%M:%S}.000Z"


# --- 1. baolangson.vn redesign E: an Angular Universal app rendered on the server ---------------


def angular_ssr(article: Article) -> CorpusPage:
    """An Angular 17 app rendered by Angular Universal (`ng-version`, `_nghost-`/`_ngcontent-`
    attributes, `ng-star-inserted`, `<!--container-->` marks): `<app-header>` with today's date,
    `<app-breadcrumb>`, then `<app-article-detail>` with `h1`, an `<app-author>` card before the
    text (avatar, the credit as typed, the date pipe's `04/02/2022 09:56`), the sapo (with its
    marker), the content bound with `[innerHTML]` (CKEditor 5 `figure.image` with `figcaption`),
    an `<app-related-inline>` teaser after the second paragraph, `<app-tags>`, a comments
    component with readers' times, a "Đọc nhiều" rail, and the transfer state (`ng-state`)
    whose publication time is UTC; `article:published_time` is the same UTC `toISOString()`."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"
    c = "_ngcontent-ng-c2871364519"
    h = "_nghost-ng-c2871364519"
    r = "_ngcontent-ng-c1630125878"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="image"><img src="{src}" alt="{attr(img.caption or "")}" width="800">{cap}</figure>'

    more = others(article, 1, turn=401)[0]

    def after(seen: int, count: int) -> str:
        if seen == 2 and count >= 3:
            return (
                f'<app-related-inline _nghost-ng-c1630125878 class="ng-star-inserted"><div {r} class="related-inline">'
                f'<img {r} src="https://media.baolangson.vn/upload/image/thumb/{more.article_id}.jpg" alt="">'
                f'<a {r} href="{attr(more.path)}">{esc(more.title)}</a></div></app-related-inline>'
            )
        return ""

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<figure class="media"><oembed url="https://www.youtube.com/watch?v=lsotv2022"></oembed></figure>',
        after=after,
    )
    credit = shown_byline(article)
    author = "<!---->"
    if credit:
        author = (
            f'<app-author {c} _nghost-ng-c3319486027 class="ng-star-inserted"><div _ngcontent-ng-c3319486027 class="author-card">'
            f'<img _ngcontent-ng-c3319486027 class="avatar" src="/assets/images/avatar-default.png" alt="">'
            f'<div _ngcontent-ng-c3319486027 class="author-info"><span _ngcontent-ng-c3319486027 class="author-name">{esc(credit)}</span>'
            f'<span _ngcontent-ng-c3319486027 class="publish-date"><i _ngcontent-ng-c3319486027 class="icon-clock"></i> {shown}</span></div></div></app-author>'
        )
    else:
        author = f'<div {c} class="publish-date ng-star-inserted"><i {c} class="icon-clock"></i> {shown}</div>'
    tags = "<!---->"
    if article.tags:
        tags = (
            f'<app-tags {c} _nghost-ng-c880412771 class="ng-star-inserted"><div _ngcontent-ng-c880412771 class="tags"><span _ngcontent-ng-c880412771 class="tags-label">Từ khóa:</span><!---->'
            + "".join(
                f'<a _ngcontent-ng-c880412771 class="tag-item ng-star-inserted" href="/tag/{tag_slug(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "<!--container--></div></app-tags>"
        )
    sub = subcategory_name(article)
    crumbs = f'<li {c} class="ng-star-inserted"><a {c} href="/{attr(article.category)}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li {c} class="ng-star-inserted"><a {c} href="/{attr(article.category)}/{attr(article.subcategory or "")}">{esc(sub)}</a></li>'
    popular = "".join(
        f'<li class="ng-star-inserted"><span class="rank">{n}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=409), 1)
    )
    comments = "".join(
        f'<div class="comment ng-star-inserted"><b>{name}</b><span class="comment-time">{hours} giờ trước</span><p>{text}</p></div>'
        for name, hours, text in (
            ("Nguyễn Văn Hùng", 3, "Bài viết rất hay, cảm ơn phóng viên."),
            ("Lường Thị Mai", 5, "Mong tỉnh tiếp tục quan tâm hơn nữa."),
        )
    )
    nav = "".join(
        f'<li class="ng-star-inserted"><a routerlinkactive="active" href="/{attr(c_.key)}">{esc(c_.name)}</a></li>'
        for c_ in content().categories
    )
    state = {
        "article-detail-" + str(article.article_id): {
            "id": article.article_id,
            "title": article.title,
            "slug": article.slug,
            "categoryId": article.category,
            "publishedAt": _utc_iso(moment),
            "updatedAt": f"{SERVED.isoformat()}T00:12:40.000Z",
            "viewCount": (article.article_id * 37) % 5000 + 200,
        }
    }
    page = f"""<!DOCTYPE html><html lang="vi"><head>
  <meta charset="utf-8">
  <title>{esc(article.title)} | Báo Lạng Sơn</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles-5INURTSO.css"><meta name="description" content="{attr(article.lead)}"><meta property="og:title" content="{attr(article.title)}"><meta property="og:description" content="{attr(article.lead)}"><meta property="og:type" content="article"><meta property="og:url" content="{attr(url_of(article))}"><meta property="article:published_time" content="{_utc_iso(moment)}"><meta property="article:modified_time" content="{SERVED.isoformat()}T00:12:40.000Z"><link rel="canonical" href="{attr(url_of(article))}"><style ng-app-id="ng">.author-card[_ngcontent-ng-c3319486027]{{display:flex;gap:12px}}</style></head>
<body><!--nghm-->
  <app-root ng-version="17.3.6" ngh="3" ng-server-context="ssr"><app-header _nghost-ng-c1105563241 ngh="0"><div _ngcontent-ng-c1105563241 class="topbar"><span _ngcontent-ng-c1105563241 class="today">{weekday(SERVED)}, {dmy(SERVED)}</span><a _ngcontent-ng-c1105563241 href="/bao-in">Báo in</a><a _ngcontent-ng-c1105563241 href="/rss">RSS</a></div><div _ngcontent-ng-c1105563241 class="logo-row"><a _ngcontent-ng-c1105563241 href="/"><img _ngcontent-ng-c1105563241 src="/assets/images/logo.svg" alt="Báo Lạng Sơn"></a><form _ngcontent-ng-c1105563241 class="search ng-untouched ng-pristine ng-valid"><input _ngcontent-ng-c1105563241 placeholder="Tìm kiếm" class="ng-untouched ng-pristine ng-valid"></form></div><nav _ngcontent-ng-c1105563241 class="main-nav"><ul _ngcontent-ng-c1105563241><li><a href="/">Trang chủ</a></li>{nav}<!--container--></ul></nav></app-header><router-outlet></router-outlet><app-article-page _nghost-ng-c4095113920 class="ng-star-inserted" ngh="2"><div _ngcontent-ng-c4095113920 class="container">
<app-breadcrumb _ngcontent-ng-c4095113920 {h} ngh="1"><ol {c} class="breadcrumb"><li {c}><a {c} href="/">Trang chủ</a></li>{crumbs}<!--container--></ol></app-breadcrumb>
<div _ngcontent-ng-c4095113920 class="row"><div _ngcontent-ng-c4095113920 class="col-main">
<app-article-detail _ngcontent-ng-c4095113920 {h} ngh="1"><article {c} class="article-detail ng-star-inserted">
<h1 {c} class="article-title">{esc(article.title)}</h1>
{author}
<div {c} class="article-sapo ng-star-inserted">{esc(lead_text(article))}</div>
<div {c} class="article-content">{body}</div>
{tags}
<div {c} class="share-bar"><button {c} class="btn-share fb">Facebook</button><button {c} class="btn-share zalo">Zalo</button><button {c} class="btn-share copy">Sao chép liên kết</button></div>
</article><!--container--></app-article-detail>
<app-comments _ngcontent-ng-c4095113920 ngh="0"><section class="comments"><h3>Bình luận (2)</h3>{comments}<!--container--><form class="comment-form ng-untouched ng-pristine ng-invalid"><textarea placeholder="Nhập bình luận của bạn"></textarea><button type="submit" disabled>Gửi bình luận</button></form></section></app-comments>
</div><aside _ngcontent-ng-c4095113920 class="col-side"><app-most-read ngh="0"><h3 class="box-title">Đọc nhiều</h3><ol class="most-read">{popular}<!--container--></ol></app-most-read></aside></div></div></app-article-page><!--container-->
<app-footer ngh="0"><footer class="footer"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 45/GP-BTTTT. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></footer></app-footer></app-root>
<script src="polyfills-RX4V3J3S.js" type="module"></script><script src="main-6JQ7C5UJ.js" type="module"></script>
<script id="ng-state" type="application/json">{json.dumps(state, ensure_ascii=False)}</script></body></html>"""
    return CorpusPage(
        "angular_ssr", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 2. baolangson.vn redesign F: Strapi content rendered by Astro --------------------------------


def _strapi_upload(img: Image) -> str:
    """Where Strapi's media library keeps the picture (underscored name, hash suffix)."""
    stem = image_stem(img).replace("-", "_")
    digest = f"{sum(map(ord, image_file(img))) * 2654435761 % 16**10:010x}"
    return f"https://cms.baolangson.vn/uploads/{stem}_{digest}.jpg"


def astro_strapi(article: Article) -> CorpusPage:
    """A static site built by Astro from a Strapi CMS: the article's Markdown rendered to HTML
    (pictures as `figure` with the alt text as `figcaption` by a rehype plugin, served from
    Strapi's `/uploads/`), frontmatter-driven `<time datetime>` in UTC shown as `Thứ Sáu, 4
    tháng 2, 2022 lúc 09:56` (the `Intl` vi-VN long date), an "Cập nhật" time with the build
    day, the description (with its marker) as `p.lede`, the credit as the Markdown's last bold
    paragraph, `<astro-island>`s for the share bar, related posts (SSR'd, with dates) and the
    comments, and a sticky "Trong bài" table of contents listing the article's figures by their
    captions."""
    moment = article.published
    shown = (
        f"{weekday(moment)}, {moment.day} tháng {moment.month}, {moment.year} lúc {moment:%H:%M}"
    )
    captions = rehosted_captions(article, _strapi_upload)

    def image(img: Image, number: int) -> str:
        src = attr(_strapi_upload(img))
        alt = attr(img.caption or "")
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure id="hinh-{number}"><img src="{src}" alt="{alt}" loading="lazy" decoding="async">{cap}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<astro-island uid="Z2kQfZ" prefix="r3" component-url="/_astro/YouTube.C4b9x1.js" component-export="default" renderer-url="/_astro/client.Dc9Vh3.js" props="{&quot;id&quot;:[0,&quot;lsotv2022&quot;]}" ssr client="visible" opts="{&quot;name&quot;:&quot;YouTube&quot;,&quot;value&quot;:true}"><lite-youtube videoid="lsotv2022"></lite-youtube></astro-island>',
    )
    credit = shown_byline(article)
    credit_p = f"<p><strong>{esc(credit)}</strong></p>" if credit else ""
    toc_items = "".join(
        f'<li><a href="#hinh-{n}" data-astro-cid-xvrfupwn>Hình {n}{". " + esc(i.caption) if i.caption else ""}</a></li>'
        for n, i in enumerate(article.images, 1)
    )
    toc = f'<nav class="toc" data-astro-cid-xvrfupwn><p class="toc-title" data-astro-cid-xvrfupwn>Trong bài</p><ol data-astro-cid-xvrfupwn><li><a href="#tom-tat" data-astro-cid-xvrfupwn>Tóm tắt</a></li>{toc_items}</ol></nav>'
    tags = ""
    if article.tags:
        tags = (
            '<ul class="tags" data-astro-cid-pux6a34n>'
            + "".join(
                f'<li data-astro-cid-pux6a34n><a href="/tag/{tag_slug(t)}/" data-astro-cid-pux6a34n>{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul>"
        )
    related = "".join(
        f'<li><a href="{attr(o.path)}/">{esc(o.title)}</a><time datetime="{iso_vietnam(o.published)}">{o.published.day} tháng {o.published.month}, {o.published.year}</time></li>'
        for o in others(article, 4, turn=419)
    )
    props = json.dumps(
        {"url": [0, url_of(article)], "title": [0, article.title]}, ensure_ascii=False
    )
    nav = "".join(
        f'<a href="/{attr(c.key)}/" data-astro-cid-3ef6ksr2>{esc(c.name)}</a>'
        for c in content().categories
    )
    sub = subcategory_name(article)
    section = f'<a class="section" href="/{attr(article.category)}/" data-astro-cid-pux6a34n>{esc(category_name(article))}</a>'
    if sub:
        section += f' <span data-astro-cid-pux6a34n>›</span> <a class="subsection" href="/{attr(article.category)}/{attr(article.subcategory or "")}/" data-astro-cid-pux6a34n>{esc(sub)}</a>'
    page = f"""<!DOCTYPE html><html lang="vi" data-astro-cid-sckkx6r4> <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="Astro v4.5.9"><title>{esc(article.title)} — Báo Lạng Sơn</title><meta name="description" content="{attr(article.lead)}"><link rel="canonical" href="{attr(url_of(article))}"><meta property="og:title" content="{attr(article.title)}"><meta property="og:type" content="article"><meta property="og:url" content="{attr(url_of(article))}"><link rel="stylesheet" href="/_astro/_slug_.B1pQ9xLw.css"><script type="module" src="/_astro/hoisted.Cq2Lm8ZT.js"></script></head> <body data-astro-cid-sckkx6r4> <header class="site-header" data-astro-cid-3ef6ksr2> <div class="bar" data-astro-cid-3ef6ksr2><span data-astro-cid-3ef6ksr2>{weekday(SERVED)}, {SERVED.day} tháng {SERVED.month}, {SERVED.year}</span><a href="/bao-in/" data-astro-cid-3ef6ksr2>Báo in</a></div> <a class="brand" href="/" data-astro-cid-3ef6ksr2><img src="/logo-baolangson.svg" alt="Báo Lạng Sơn" width="240" height="48" data-astro-cid-3ef6ksr2></a> <nav data-astro-cid-3ef6ksr2><a href="/" data-astro-cid-3ef6ksr2>Trang chủ</a>{nav}</nav> </header> <main class="layout" data-astro-cid-pux6a34n> <article class="post" data-astro-cid-pux6a34n> <div class="kicker" data-astro-cid-pux6a34n>{section}</div> <h1 data-astro-cid-pux6a34n>{esc(article.title)}</h1> <div class="meta" data-astro-cid-pux6a34n><time datetime="{_utc_iso(moment)}" data-astro-cid-pux6a34n>{shown}</time> <span class="updated" data-astro-cid-pux6a34n>Cập nhật <time datetime="{SERVED.isoformat()}T01:04:19.000Z" data-astro-cid-pux6a34n>{SERVED.day} tháng {SERVED.month}, {SERVED.year} lúc 08:04</time></span></div> <p class="lede" id="tom-tat" data-astro-cid-pux6a34n>{esc(lead_text(article))}</p> <div class="prose" data-astro-cid-pux6a34n>{body}
{credit_p}</div> {tags} <astro-island uid="1nVNdN" prefix="r1" component-url="/_astro/ShareBar.Bq3xk0Xh.js" component-export="default" renderer-url="/_astro/client.Dc9Vh3.js" props="{attr(props)}" ssr client="idle" opts="{{&quot;name&quot;:&quot;ShareBar&quot;,&quot;value&quot;:true}}" await-children><div class="share"><button>Chia sẻ Facebook</button><button>Zalo</button><button>Sao chép</button></div></astro-island> </article> <aside class="rail" data-astro-cid-pux6a34n> {toc} <astro-island uid="Z1c0vq" prefix="r2" component-url="/_astro/Related.DkW0_6aZ.js" component-export="default" renderer-url="/_astro/client.Dc9Vh3.js" props="{{&quot;category&quot;:[0,&quot;{attr(article.category)}&quot;]}}" ssr client="visible" opts="{{&quot;name&quot;:&quot;Related&quot;,&quot;value&quot;:true}}" await-children><section class="related"><h2>Cùng chuyên mục</h2><ul>{related}</ul></section></astro-island> </aside> </main> <astro-island uid="ZqF3Wb" component-url="/_astro/Comments.BbZ1f0eL.js" component-export="default" renderer-url="/_astro/client.Dc9Vh3.js" props="{{&quot;slug&quot;:[0,&quot;{attr(article.slug)}&quot;]}}" client="only" opts="{{&quot;name&quot;:&quot;Comments&quot;,&quot;value&quot;:&quot;react&quot;}}"></astro-island> <footer class="site-footer" data-astro-cid-sckkx6r4><p>© Báo Lạng Sơn. Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p></footer> </body></html>"""
    return CorpusPage(
        "astro_strapi", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


# --- 3. A provincial agency portal on a Bitrix-style CMS ----------------------------------------


def _iblock(img: Image) -> str:
    """Where the CMS's information block stored the picture (site-relative)."""
    digest = f"{sum(map(ord, image_file(img))) * 40503 % 4096:03x}"
    return f"/upload/iblock/{digest}/{image_file(img)}"


def bitrix_portal(article: Article) -> CorpusPage:
    """ "Cổng thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn" on a Bitrix-style
    CMS, reposting the paper's article: a top line with today's date, the page title as
    `h1#pagetitle` outside the component, `bx-breadcrumb`, then the `news.detail` template:
    the detail picture (the article's first picture) before everything with its caption in
    `div.detail_picture_desc`, `span.news-date-time` with the date only (`04/02/2022`), the
    preview text (with its marker) in bold, `div.detail_text` with the remaining pictures as
    editor images with `<br><i>caption</i>` in the same centred paragraph, the credit in bold at
    its end, then the element's properties ("Nguồn: Báo Lạng Sơn", "Lượt xem"), "Từ khóa"
    tags, "Các tin khác" with dates, and the left menu of the agency."""
    moment = article.published
    shown = dmy(moment)
    captions = rehosted_captions(article, lambda i: BASE + _iblock(i))
    pictures = list(article.images)
    first = pictures[0] if pictures else None

    def image(img: Image, number: int) -> str:
        if number == 1:
            return ""
        src = attr(_iblock(img))
        cap = f"<br>\n<i>{esc(img.caption)}</i>" if img.caption else ""
        return f'<p style="text-align: center;"><img width="600" alt="{attr(image_file(img))}" src="{src}" height="400" title="{attr(image_file(img))}">{cap}</p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f'<p style="text-align: justify;">\n\t {text}\n</p>',
        image,
        blank="<p>\n\t &nbsp;\n</p>",
        ad="",
        script='<p>\n\t <iframe width="560" height="315" src="https://www.youtube.com/embed/lsotv2022" frameborder="0" allowfullscreen></iframe>\n</p>',
    )
    credit = shown_byline(article)
    credit_p = f'<p style="text-align: right;">\n\t <b>{esc(credit)}</b>\n</p>' if credit else ""
    detail_picture = ""
    if first is not None:
        detail_picture = f'<img class="detail_picture" border="0" src="{attr(_iblock(first))}" width="700" height="467" alt="{attr(article.title)}" title="{attr(article.title)}" />'
        if first.caption:
            detail_picture += f'\n<div class="detail_picture_desc">{esc(first.caption)}</div>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="news-detail-tags">Từ khóa: '
            + ", ".join(f'<a href="/search/?tags={attr(t)}">{esc(t)}</a>' for t in article.tags)
            + "</div>"
        )
    views = (article.article_id * 131) % 3000 + 57
    other_news = "".join(
        f'<li><a href="/tin-tuc/{attr(o.category)}/{o.article_id}/">{esc(o.title)}</a> <span class="news-date-time">({dmy(o.published)})</span></li>'
        for o in others(article, 6, turn=421)
    )
    left = "".join(
        f'<li><a href="/tin-tuc/{attr(c.key)}/">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta name="description" content="Cổng thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn" />
<link href="/bitrix/cache/css/s1/svhttdl/page_4f1b0c2e/page_4f1b0c2e_v1.css?17005381223812" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s1/svhttdl/template_8d2a71c3/template_8d2a71c3_v1.css?170053812228114" type="text/css" rel="stylesheet" data-template-style="true" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'vi','FORMAT_DATE':'DD/MM/YYYY','FORMAT_DATETIME':'DD/MM/YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'25200','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'{int(datetime(SERVED.year, SERVED.month, SERVED.day, 10, 0, tzinfo=VIETNAM).timestamp())}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'0c3d9a1f6e2b47d58a9e1c0b7f4d2e61'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1700538122220477"></script>
<title>{esc(article.title)}</title>
</head>
<body>
<div id="panel"></div>
<div class="wrapper">
<div class="top-line"><div class="container"><span class="top-date">Hôm nay: {weekday(SERVED)}, ngày {dmy(SERVED)}</span><span class="top-links"><a href="/sitemap/">Sơ đồ cổng</a> | <a href="/contacts/">Liên hệ</a> | <a href="/auth/">Đăng nhập</a></span></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/bitrix/templates/svhttdl/images/banner.png" alt="Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn" /></a>
<div class="search-form"><form action="/search/index.php"><input type="text" name="q" value="" size="15" maxlength="50" placeholder="Tìm kiếm" /><input name="s" type="submit" value="Tìm" /></form></div></div></div>
<div class="top-menu"><div class="container"><ul id="horizontal-multilevel-menu"><li><a href="/" class="root-item">Trang chủ</a></li><li><a href="/gioi-thieu/" class="root-item">Giới thiệu</a></li><li><a href="/tin-tuc/" class="root-item-selected">Tin tức - Sự kiện</a></li><li><a href="/van-ban/" class="root-item">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh/" class="root-item">Thủ tục hành chính</a></li></ul></div></div>
<div class="container content-wrap">
<div class="sidebar-left"><div class="left-menu-title">Chuyên mục</div><ul class="left-menu">{left}</ul>
<div class="banner-left"><a href="https://dichvucong.langson.gov.vn/"><img src="/upload/medialibrary/1a2/dvc.png" alt="Dịch vụ công trực tuyến" /></a></div></div>
<div class="workarea">
<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Trang chủ" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></div>
<div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/tin-tuc/{attr(article.category)}/" title="{attr(category_name(article))}" itemprop="item"><span itemprop="name">{esc(category_name(article))}</span></a><meta itemprop="position" content="2" /></div>
<div style="clear:both"></div></div>
<h1 id="pagetitle">{esc(article.title)}</h1>
<div class="news-detail">
{detail_picture}
<span class="news-date-time">{shown}</span>
<div class="news-preview-text"><b>{esc(lead_text(article))}</b></div>
<div class="detail_text">{body}
{credit_p}</div>
<div style="clear:both"></div>
<br />
<div class="news-property">Nguồn:&nbsp;<b>Báo Lạng Sơn</b></div>
<div class="news-property">Lượt xem:&nbsp;{views}</div>
{tags}
<div class="news-detail-share"><noindex><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" rel="nofollow" target="_blank">Chia sẻ</a> | <a href="javascript:window.print()">In bài</a> | <a href="/tin-tuc/{attr(article.category)}/">Quay lại</a></noindex></div>
</div>
<div class="news-list-other"><div class="title-other">Các tin khác</div><ul>{other_news}</ul></div>
</div>
</div>
<div class="footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN</b></p><p>Địa chỉ: Số 2, đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div></div>
</div>
</body>
</html>"""
    return CorpusPage(
        "bitrix_portal", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published=None, captions=captions),
    )  # fmt: skip


# --- 4. The paper's photo-story ("Báo ảnh") page ---------------------------------------------------


def photo_news(article: Article) -> CorpusPage:
    """The paper's "Báo ảnh" template: a dark full-width page, the "Báo ảnh" badge beside the
    section link, the title, the date as `09:56 - 04/02/2022`, the lead (with its marker) in bold
    set like a caption under the title, big pictures each with a counter overlay (`1/2`) and a
    long caption in `div.photo-caption`, short text paragraphs between them, the credit at the
    end after a "Thực hiện:" label, tags, and "Báo ảnh khác" cards with dates; the cover and the
    other stories' thumbnails are CSS backgrounds."""
    moment = article.published
    shown = f"{moment:%H:%M} - {dmy(moment)}"
    total = len(article.images)

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        cap = f'<div class="photo-caption"><p>{esc(img.caption)}</p></div>' if img.caption else ""
        return f'<div class="photo-item"><div class="photo-frame"><img src="{src}" alt="" data-zoom="{src}"><span class="photo-count">{number}/{total}</span></div>{cap}</div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f'<p class="photo-text">{text}</p>',
        image,
        blank="",
        ad="",
        script='<div class="photo-video"><video controls preload="none" poster="/static/photo/video-poster.jpg"><source src="https://media.baolangson.vn/video/lsotv2022.mp4" type="video/mp4"></video></div>',
    )
    credit = shown_byline(article)
    credit_block = (
        f'<div class="photo-author"><span class="label">Thực hiện:</span> <strong>{esc(credit)}</strong></div>'
        if credit
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="photo-tags">'
            + "".join(f'<a href="/tags/{tag_slug(t)}.html">{esc(t)}</a>' for t in article.tags)
            + "</div>"
        )
    cards = "".join(
        f'<a class="photo-card" href="{attr(o.path)}"><span class="thumb" style="background-image:url(https://media.baolangson.vn/upload/photo/{o.article_id}/cover.jpg)"></span><span class="card-title">{esc(o.title)}</span><span class="card-date">{dmy(o.published)}</span></a>'
        for o in others(article, 4, turn=431)
    )
    nav = "".join(f'<a href="{attr(c.path)}">{esc(c.name)}</a>' for c in content().categories)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[Báo ảnh] {esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url_of(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/static/photo/css/photo-story.min.css?v=20240611">
</head>
<body class="photo-story dark">
<div class="photo-topbar"><a class="back-home" href="/"><img src="/static/images/logo-white.svg" alt="Báo Lạng Sơn"></a><nav class="photo-nav">{nav}</nav><span class="photo-today">{weekday(SERVED)}, {dmy(SERVED)}</span></div>
<div class="photo-cover" style="background-image:url(https://media.baolangson.vn/upload/photo/{article.article_id}/cover.jpg)"></div>
<div class="photo-wrap">
<div class="photo-head">
<div class="photo-kicker"><span class="badge">Báo ảnh</span><a href="{attr(content().category(article.category).path)}">{esc(category_name(article))}</a></div>
<h1 class="photo-title">{esc(article.title)}</h1>
<div class="photo-date">{shown}</div>
<p class="photo-sapo"><strong>{esc(lead_text(article))}</strong></p>
</div>
<div class="photo-body">
{body}
</div>
{credit_block}
{tags}
<div class="photo-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}">Zalo</a></div>
</div>
<section class="photo-more"><h2>Báo ảnh khác</h2><div class="photo-cards">{cards}</div></section>
<footer class="photo-footer"><p>BÁO LẠNG SƠN ĐIỆN TỬ - Giấy phép số 45/GP-BTTTT. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></footer>
<script src="/static/photo/js/photo-story.min.js?v=20240611" defer></script>
</body>
</html>"""
    return CorpusPage(
        "photo_news", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes"),
    )  # fmt: skip


MARKUPS_K: dict[str, Renderer] = {
    "angular_ssr": angular_ssr,
    "astro_strapi": astro_strapi,
    "bitrix_portal": bitrix_portal,
    "photo_news": photo_news,
}
