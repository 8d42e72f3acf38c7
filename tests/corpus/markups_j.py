# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set J: the ninth held-out set (scored once sealed at 96.7 %), now tuned on.

Written from what Vietnamese news systems emit, above all plausible shapes of baolangson.vn's
own next redesign (a Vue 3 / Vite app rendered on the server, a WordPress block theme with
Yoast), a district portal on Joomla 4 with a Helix template that reposts the paper's articles,
and the article as a Zalo Official Account's reader shows it, without reading the parsers; the
expected records come from the content alone. The field rules of the earlier held-out sets
hold: `dateline` is the article's date line as printed (with its label, if any, e.g. `Được
đăng ngày: 04/02/2022 09:56`), `published_at` as precise as the page gives it anywhere (an
epoch in an attribute or a `datetime` with seconds counts; none when the page gives no time),
`byline` the credit as shown (without a separate field label such as `Tác giả:`, never a source
line such as `Nguồn: Báo Lạng Sơn`, nor the account that posted the item: the WordPress user,
the Joomla `Viết bởi` user, the Zalo OA), `authors` the names in it, `tags` only the tags the
page shows, `category` the top-level section, a caption's `image_url` the address in the
`<img src>` the page serves (a `<picture>`'s WebP `<source>` is an alternative rendition, not
the address; a relative `src` resolved against the article URL) and its `text` the caption as
printed.

A paragraph the editor set as a quote block is still a body paragraph. The masthead's today
date, the "Mới nhất" times, the modified date, readers' comment times, the OA's follower count
and the dates of other articles are chrome. It has been moved into the tuning set.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime

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
    rehosted_captions,
    shown_byline,
    tag_slug,
    url_of,
    weekday,
)
from tests.corpus.pages import others as _others
from tests.corpus.pages import subcategory_name as _subcategory
from tests.site.formats import VIETNAM, clean, iso_vietnam, slugify
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script

_ROLE = re.compile(r"((?:Bài|Tin|Ảnh|Video|Đồ họa)(?:, ảnh)?:)")


def _blocks(
    article: Article,
    paragraph: Callable[[str, int, int], str],
    image: Callable[[Image, int], str],
    *,
    blank: str,
    ad: str,
    script: str,
    after: Callable[[int, int], str] | None = None,
) -> str:
    """The article's blocks after the lead; `paragraph` gets (escaped text, number, count) and
    `after` (paragraph number, count) adds what the CMS inserts between paragraphs."""
    out = []
    count = len(article.paragraphs)
    seen = 0
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            seen += 1
            out.append(paragraph(esc(block.text), seen, count))
            if after is not None:
                out.append(after(seen, count))
        elif isinstance(block, Image):
            out.append(image(block, number))
        elif isinstance(block, Blank):
            out.append(blank)
        elif isinstance(block, Ad):
            out.append(ad)
        elif isinstance(block, Script):
            out.append(script)
    return "\n".join(part for part in out if part)


def _epoch_ms(moment: datetime) -> int:
    """JavaScript's `Date.getTime()` of a Vietnam local time."""
    return int(moment.replace(tzinfo=VIETNAM).timestamp()) * 1000


# --- 1. baolangson.vn redesign C: a Vue 3 / Vite app rendered on the server ---------------------


def vue_ssr(article: Article) -> CorpusPage:
    """A Vue 3 app rendered on the server by Vite SSR (scoped `data-v-…` attributes, `<!--[-->`
    fragment marks, utility classes): a dark top bar with today's date, the section chip and
    subsection, `h1`, the date `Thứ Sáu, 04/02/2022 | 09:56` in a span carrying the epoch in
    milliseconds as `data-time`, the lead with its marker in a larger paragraph, the body with
    photos as `<picture><source srcset="….webp" type="image/webp"><img src="….jpg"></picture>`
    and captions in `figcaption`, an inline "Xem thêm" card after the second paragraph, the
    credit as a block with its role labels in their own spans, topic chips, a "Mới nhất" rail
    with times, and the serialised store (`window.__INITIAL_STATE__`) at the end."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} | {moment:%H:%M}"
    v = "data-v-3f1a9c2e"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        webp = f"https://cdn.baolangson.vn/images/webp/{moment:%Y/%m}/{attr(image_stem(img))}.webp"
        pic = (
            f'<picture {v}><source srcset="{webp} 1x" type="image/webp" {v}>'
            f'<img src="{src}" alt="{attr(img.caption or "")}" loading="lazy" decoding="async" class="w-full rounded-md" {v}></picture>'
        )
        cap = (
            f'<figcaption class="mt-2 text-center text-sm italic text-slate-500" {v}>{esc(img.caption)}</figcaption>'
            if img.caption
            else "<!---->"
        )
        return f'<figure class="my-6" {v}>{pic}{cap}</figure>'

    more = _others(article, 1, turn=307)[0]

    def after(seen: int, count: int) -> str:
        if seen == 2 and count >= 3:
            return (
                f'<div class="my-6 flex gap-3 rounded-lg border-l-4 border-sky-700 bg-slate-50 p-3" {v}>'
                f'<span class="shrink-0 text-xs font-bold uppercase text-sky-700" {v}>Xem thêm</span>'
                f'<a class="text-sm font-semibold hover:underline" href="{attr(more.path)}" {v}>{esc(more.title)}</a></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text, n, c: f'<p class="mb-4 text-justify leading-8" {v}>{text}</p>',
        image,
        blank="<!---->",
        ad=f'<div class="ads my-6 flex h-[250px] items-center justify-center bg-slate-100 text-xs text-slate-400" data-slot="detail-inread" {v}>Quảng cáo</div>',
        script=f'<div class="aspect-video my-6" {v}><iframe src="https://www.youtube.com/embed/lsotv2022" allowfullscreen class="h-full w-full" {v}></iframe></div>',
        after=after,
    )
    credit = shown_byline(article)
    credit_block = "<!---->"
    if credit:
        marked = _ROLE.sub(r'<span class="font-normal text-slate-500">\1</span>', esc(credit))
        credit_block = f'<div class="mt-6 text-right font-bold" {v}><!--[-->{marked}<!--]--></div>'
    tags = "<!---->"
    if article.tags:
        tags = (
            f'<div class="mt-6 flex flex-wrap items-center gap-2" {v}><span class="text-sm font-semibold" {v}>Chủ đề:</span><!--[-->'
            + "".join(
                f'<a href="/chu-de/{tag_slug(t)}" class="rounded-full bg-slate-100 px-3 py-1 text-sm hover:bg-sky-100" {v}>{esc(t)}</a>'
                for t in article.tags
            )
            + "<!--]--></div>"
        )
    sub = _subcategory(article)
    chip = f'<a href="/{attr(article.category)}" class="rounded bg-sky-700 px-2 py-0.5 text-xs font-bold uppercase text-white" {v}>{esc(category_name(article))}</a>'
    if sub:
        chip += f'<span class="mx-2 text-slate-300" {v}>/</span><a href="/{attr(article.category)}/{attr(article.subcategory or "")}" class="text-xs font-semibold uppercase text-sky-700" {v}>{esc(sub)}</a>'
    latest = "".join(
        f'<li class="py-3" {v}><a href="{attr(o.path)}" class="font-semibold hover:text-sky-700" {v}>{esc(o.title)}</a>'
        f'<p class="mt-1 text-xs text-slate-400" {v}><span data-time="{_epoch_ms(o.published)}">{weekday(o.published)}, {dmy(o.published)} | {o.published:%H:%M}</span></p></li>'
        for o in _others(article, 5, turn=311)
    )
    nav = "".join(
        f'<a href="/{attr(c.key)}" class="px-3 py-2 text-sm font-semibold uppercase hover:text-sky-700" {v}>{esc(c.name)}</a>'
        for c in content().categories
    )
    state = {
        "route": {"name": "article-detail", "params": {"slug": article.path.strip("/")}},
        "article": {
            "id": article.article_id,
            "categoryKey": article.category,
            "status": "published",
        },
        "ui": {"fontScale": 1, "darkMode": False},
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} - Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url_of(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="modulepreload" crossorigin href="/assets/index-9c1d4b7e.js">
<link rel="stylesheet" href="/assets/index-2b8f60aa.css">
</head>
<body>
<div id="app" data-server-rendered="true"><!--[--><div class="min-h-screen bg-white text-slate-800" {v}>
<div class="bg-slate-900 text-xs text-slate-300" {v}><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1" {v}><span {v}>{weekday(SERVED)}, {dmy(SERVED)}</span><div class="flex gap-3" {v}><a href="/bao-in" {v}>Báo in</a><a href="/video" {v}>Video</a><a href="/podcast" {v}>Podcast</a><a href="/lien-he" {v}>Liên hệ</a></div></div></div>
<header class="border-b" {v}><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4" {v}><a href="/" {v}><img src="/assets/logo-baolangson-2f7c1e.svg" alt="Báo Lạng Sơn" class="h-12" {v}></a><form class="ml-auto" action="/tim-kiem" {v}><input name="q" placeholder="Tìm kiếm..." class="rounded-full border px-4 py-1.5 text-sm" {v}></form></div>
<nav class="bg-sky-800 text-white" {v}><div class="mx-auto flex max-w-7xl overflow-x-auto px-4" {v}><a href="/" class="px-3 py-2" aria-label="Trang chủ" {v}>⌂</a><!--[-->{nav}<!--]--></div></nav></header>
<main class="mx-auto grid max-w-7xl grid-cols-12 gap-8 px-4 py-6" {v}>
<div class="col-span-12 lg:col-span-8" {v}>
<div class="flex items-center" {v}>{chip}</div>
<h1 class="mt-3 text-3xl font-bold leading-snug" {v}>{esc(article.title)}</h1>
<div class="mt-3 flex items-center gap-4 border-b pb-3 text-sm text-slate-500" {v}><span data-time="{_epoch_ms(moment)}" {v}>{shown}</span><button class="ml-auto flex items-center gap-1" {v}>🔊 Nghe bài viết</button><button {v}>A-</button><button {v}>A+</button></div>
<p class="mt-4 text-lg font-semibold leading-8" {v}>{esc(lead_text(article))}</p>
<div class="article-body mt-4 text-[17px]" {v}><!--[-->
{body}
<!--]--></div>
{credit_block}
{tags}
<div class="mt-6 flex gap-2 border-t pt-4" {v}><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" class="rounded bg-blue-600 px-3 py-1 text-sm text-white" {v}>Chia sẻ Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}" class="rounded bg-sky-500 px-3 py-1 text-sm text-white" {v}>Zalo</a><button class="rounded border px-3 py-1 text-sm" {v}>Sao chép link</button></div>
</div>
<aside class="col-span-12 lg:col-span-4" {v}><h2 class="border-b-2 border-sky-800 pb-1 text-lg font-bold uppercase text-sky-800" {v}>Mới nhất</h2><ul class="divide-y" {v}><!--[-->{latest}<!--]--></ul></aside>
</main>
<footer class="bg-slate-900 py-8 text-sm text-slate-400" {v}><div class="mx-auto max-w-7xl px-4" {v}><p class="font-bold text-white" {v}>BÁO LẠNG SƠN ĐIỆN TỬ</p><p {v}>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p {v}>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></div></footer>
</div><!--]--></div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)}</script>
<script type="module" crossorigin src="/assets/index-9c1d4b7e.js"></script>
</body>
</html>"""
    return CorpusPage(
        "vue_ssr", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 2. baolangson.vn redesign D: a WordPress block theme with Yoast ----------------------------


def _wp_upload(img: Image, moment: datetime) -> str:
    """Where the migration put the picture in the media library."""
    return f"{BASE}/wp-content/uploads/{moment:%Y/%m}/{image_file(img)}"


def wp_blocks(article: Article) -> CorpusPage:
    """A WordPress block theme (full-site editing): a header template part with today's date,
    `h1.wp-block-post-title`, `div.wp-block-post-date` with `<time datetime>` (seconds) showing
    `04/02/2022 09:56`, the WordPress user in `wp-block-post-author-name`, the excerpt (with its
    marker) in `wp-block-post-excerpt`, the content with `wp-block-image` figures (`size-full`,
    a `srcset` of smaller renditions, `wp-element-caption`), the last paragraph of longer
    articles set as a `wp-block-quote`, the typed credit right-aligned and bold at the end of
    the content, `wp-block-post-terms` for the categories (section and subsection) and the tags,
    a `wp-block-group` of related posts from a query loop with their dates, a comment form, and
    Yoast's JSON-LD `@graph` whose author is the WordPress user."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _wp_upload(i, moment))

    def image(img: Image, number: int) -> str:
        src = _wp_upload(img, moment)
        stem, ext = src.rsplit(".", 1)
        media = 48000 + number + article.article_id % 1000
        set_ = f"{src} 1600w, {stem}-1024x683.{ext} 1024w, {stem}-768x512.{ext} 768w, {stem}-300x200.{ext} 300w"
        cap = (
            f'<figcaption class="wp-element-caption">{esc(img.caption)}</figcaption>'
            if img.caption
            else ""
        )
        return f'<figure class="wp-block-image size-full"><img fetchpriority="high" decoding="async" width="1600" height="1067" src="{attr(src)}" alt="" class="wp-image-{media}" srcset="{attr(set_)}" sizes="(max-width: 1600px) 100vw, 1600px" />{cap}</figure>'

    def paragraph(text: str, n: int, count: int) -> str:
        if count >= 3 and n == count:
            return f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>{text}</p></blockquote>'
        return f"<p>{text}</p>"

    body = _blocks(
        article,
        paragraph,
        image,
        blank="",
        ad='<div class="wp-block-group lsn-ads is-layout-constrained"><div class="wp-block-group__inner-container"><!-- Ad Inserter: block 3 --></div></div>',
        script='<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe title="LSO TV" width="800" height="450" src="https://www.youtube.com/embed/lsotv2022?feature=oembed" allowfullscreen></iframe></div></figure>',
    )
    credit = shown_byline(article)
    credit_p = (
        f'<p class="has-text-align-right"><strong>{esc(credit)}</strong></p>' if credit else ""
    )
    sub = _subcategory(article)
    cats = f'<a href="{BASE}/chuyen-muc/{attr(article.category)}/" rel="tag">{esc(category_name(article))}</a>'
    if sub:
        cats += f'<span class="wp-block-post-terms__separator">, </span><a href="{BASE}/chuyen-muc/{attr(article.category)}/{attr(article.subcategory or "")}/" rel="tag">{esc(sub)}</a>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Thẻ: </span>'
            + '<span class="wp-block-post-terms__separator">, </span>'.join(
                f'<a href="{BASE}/the/{tag_slug(t)}/" rel="tag">{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    related = "".join(
        f'<li class="wp-block-post post-{o.article_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{attr(o.category)}">'
        f'<h3 class="wp-block-post-title has-medium-font-size"><a href="{attr(BASE + o.path)}" target="_self">{esc(o.title)}</a></h3>'
        f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso_vietnam(o.published)}">{dmy(o.published)} {o.published:%H:%M}</time></div></li>'
        for o in _others(article, 4, turn=313)
    )
    site = f"{BASE}/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url_of(article)}#article",
                "isPartOf": {"@id": url_of(article)},
                "author": {"name": "Ban Biên tập", "@id": f"{site}#/schema/person/7a1c"},
                "headline": article.title,
                "datePublished": iso_vietnam(moment),
                "dateModified": f"{SERVED.isoformat()}T07:12:40+07:00",
                "mainEntityOfPage": {"@id": url_of(article)},
                "publisher": {"@id": f"{site}#organization"},
                "articleSection": [category_name(article)] + ([sub] if sub else []),
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": url_of(article),
                "url": url_of(article),
                "name": f"{article.title} - Báo Lạng Sơn",
                "isPartOf": {"@id": f"{site}#website"},
                "breadcrumb": {"@id": f"{url_of(article)}#breadcrumb"},
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url_of(article)}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": site},
                    {"@type": "ListItem", "position": 2, "name": article.title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{site}#website",
                "url": site,
                "name": "Báo Lạng Sơn",
                "inLanguage": "vi",
            },
            {
                "@type": "Organization",
                "@id": f"{site}#organization",
                "name": "Báo Lạng Sơn",
                "url": site,
            },
            {
                "@type": "Person",
                "@id": f"{site}#/schema/person/7a1c",
                "name": "Ban Biên tập",
                "url": f"{site}tac-gia/bbt/",
            },
        ],
    }
    nav = "".join(
        f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{BASE}/chuyen-muc/{attr(c.key)}/"><span class="wp-block-navigation-item__label">{esc(c.name)}</span></a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:site_name" content="Báo Lạng Sơn" />
<meta property="article:modified_time" content="{SERVED.isoformat()}T00:12:40+00:00" />
<meta name="author" content="Ban Biên tập" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="Ban Biên tập" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel='stylesheet' id='wp-block-library-css' href='{BASE}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='lsn-theme-css' href='{BASE}/wp-content/themes/lsn-block/style.css?ver=1.2.0' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="post-template-default single single-post postid-{article.article_id} single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group has-contrast-background-color has-background is-layout-flex"><p class="has-small-font-size">{weekday(SERVED)}, ngày {dmy(SERVED)}</p><p class="has-small-font-size"><a href="{BASE}/bao-in/">Báo in</a> · <a href="{BASE}/feed/">RSS</a></p></div>
<div class="wp-block-group is-layout-flex"><div class="wp-block-site-logo"><a href="{site}" class="custom-logo-link" rel="home"><img width="320" height="64" src="{BASE}/wp-content/uploads/2024/01/logo-baolangson.png" class="custom-logo" alt="Báo Lạng Sơn" decoding="async" /></a></div>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Menu chính"><ul class="wp-block-navigation__container">{nav}</ul></nav>
<form role="search" method="get" action="{site}" class="wp-block-search"><label class="screen-reader-text" for="wp-block-search__input-1">Tìm kiếm</label><input class="wp-block-search__input" id="wp-block-search__input-1" type="search" name="s" placeholder="Tìm kiếm..." /><button type="submit" class="wp-block-search__button">Tìm</button></form></div>
</header>
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group is-layout-constrained">
<div class="taxonomy-category wp-block-post-terms">{cats}</div>
<h1 class="wp-block-post-title">{esc(article.title)}</h1>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-author-name">Ban Biên tập</div><div class="wp-block-post-date"><time datetime="{iso_vietnam(moment)}">{shown}</time></div></div>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(lead_text(article))} </p></div>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained">
{body}
{credit_p}
</div>
<div class="wp-block-group is-layout-flow">
{tags}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ</a></div></div>
</div>
<div class="wp-block-group lsn-related is-layout-constrained"><h2 class="wp-block-heading">Bài viết liên quan</h2>
<div class="wp-block-query is-layout-flow"><ul class="wp-block-post-template is-layout-grid">{related}</ul></div></div>
<div class="wp-block-comments"><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" rows="8" required></textarea></p><p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" required /></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Phản hồi" /><input type='hidden' name='comment_post_ID' value='{article.article_id}' id='comment_post_ID' /></p></form></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-contrast-background-color has-background is-layout-constrained"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p class="has-small-font-size">Giấy phép số 45/GP-BTTTT. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p><p class="has-small-font-size">Vận hành trên WordPress</p></div></footer>
</div>
<script src="{BASE}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async></script>
</body>
</html>"""
    return CorpusPage(
        "wp_blocks", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


# --- 3. A district portal on Joomla 4 with a Helix Ultimate template ----------------------------


def _joomla_image(img: Image, moment: datetime) -> str:
    """The picture as the portal's editor stored it (site-relative)."""
    return f"/images/tin-tuc/{moment:%Y/%m}/{image_file(img)}"


def joomla_helix(article: Article) -> CorpusPage:
    """ "Cổng thông tin điện tử huyện Cao Lộc" on Joomla 4 with Helix Ultimate, reposting the
    paper's article: `#sp-top-bar` with the hotline and today's date, the portal's mega menu,
    `div.com-content-article.item-page` with `h1[itemprop=headline]`, the `dl.article-info`
    headed "Chi tiết" (the posting user "Viết bởi: Quản trị viên", the category, "Được đăng
    ngày: 04/02/2022 09:56" in `<time datetime>` with seconds, "Cập nhật lần cuối" with the
    serving day, "Lượt xem"), the intro text (with its marker) bold as the first paragraph of
    `itemprop=articleBody`, TinyMCE images alone in a centred paragraph with the caption as the
    next centred italic paragraph, the credit right-aligned in bold, then "Nguồn: Báo Lạng Sơn"
    in italics, `ul.tags.list-inline`, the previous/next pager, and side modules ("Văn bản mới",
    "Lịch công tác", "Tin mới" with dates)."""
    moment = article.published
    shown = f"Được đăng ngày: {dmy(moment)} {moment:%H:%M}"
    hits = (article.article_id * 7919) % 4000 + 120
    captions = [
        {
            "image_url": BASE + _joomla_image(i, moment),
            "text": clean(i.caption) if i.caption else None,
        }
        for i in article.images
    ]

    def image(img: Image, number: int) -> str:
        src = attr(_joomla_image(img, moment))
        out = f'<p style="text-align: center;"><img src="{src}" alt="{attr(image_stem(img))}" width="640" height="427" loading="lazy" data-path="local-images:/tin-tuc/{moment:%Y/%m}/{attr(image_file(img))}"></p>'
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return out

    body = _blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script="<p>{youtube}lsotv2022{/youtube}</p>",
    )
    credit = shown_byline(article)
    credit_p = f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<ul class="tags list-inline">'
            + "".join(
                f'<li class="list-inline-item tag-{40 + n} tag-list{n}"><a href="/tags/{40 + n}-{tag_slug(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                for n, t in enumerate(article.tags)
            )
            + "</ul>"
        )
    sub = _subcategory(article)
    catslug = f"{attr(article.category)}"
    crumbs = f'<li class="breadcrumb-item"><a href="/{catslug}" class="pathway"><span>{esc(category_name(article))}</span></a></li>'
    if sub:
        crumbs += f'<li class="breadcrumb-item"><a href="/{catslug}/{attr(article.subcategory or "")}" class="pathway"><span>{esc(sub)}</span></a></li>'
    prev_, next_ = _others(article, 2, turn=317)
    latest = "".join(
        f'<li><a href="{attr(o.path)}">{esc(o.title)}</a> <span class="small text-muted">({dmy(o.published)})</span></li>'
        for o in _others(article, 5, turn=331)
    )
    nav = "".join(
        f'<li class="sp-menu-item"><a href="/{attr(c.key)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta charset="utf-8">
<meta name="author" content="Quản trị viên">
<meta name="description" content="Cổng thông tin điện tử huyện Cao Lộc, tỉnh Lạng Sơn">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(article.title)} - Cổng thông tin điện tử huyện Cao Lộc</title>
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/preset2.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"5c1e0b9d2a7f4e3b8c6d1a0f9e8b7c6d","system.paths":{{"root":"","rootFull":"https:\\/\\/caoloc.langson.gov.vn\\/","base":""}}}}</script>
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
</head>
<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-{112 + len(article.category)} vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:02053861234">0205.3861.234</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:ubnd@caoloc.langson.gov.vn">ubnd@caoloc.langson.gov.vn</a></li></ul></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><div class="sp-module"><div class="sp-module-content"><div class="mod-custom custom"><p>{weekday(SERVED)}, ngày {SERVED.day} tháng {SERVED.month} năm {SERVED.year}</p></div></div></div></div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo/banner-caoloc.png" alt="Cổng thông tin điện tử huyện Cao Lộc"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/">Trang chủ</a></li><li class="sp-menu-item sp-has-child"><a href="/gioi-thieu">Giới thiệu</a></li>{nav}<li class="sp-menu-item"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li></ul></nav></div></div></div></div></div></header>
<section id="sp-section-1"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li class="breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>{crumbs}</ol></div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="article-header"><h1 itemprop="headline">{esc(article.title)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
<div class="article-info-wrap">
<dl class="article-info text-muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Quản trị viên</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/{catslug}" itemprop="genre">{esc(category_name(article))}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{iso_vietnam(moment)}" itemprop="datePublished">{shown}</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{SERVED.isoformat()}T07:12:40+07:00" itemprop="dateModified">Cập nhật lần cuối: {dmy(SERVED)} 07:12</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}">Lượt xem: {hits}</dd>
</dl>
</div>
<div itemprop="articleBody" class="com-content-article__body">
<p style="text-align: justify;"><strong>{esc(lead_text(article))}</strong></p>
{body}
{credit_p}
<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>
</div>
{tags}
<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{attr(prev_.path)}" rel="prev"><span class="visually-hidden">Bài trước: {esc(prev_.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="{attr(next_.path)}" rel="next"><span class="visually-hidden">Bài tiếp: {esc(next_.title)}</span><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</div></main>
<aside id="sp-right" class="col-lg-3"><div class="sp-column">
<div class="sp-module"><h3 class="sp-module-title">Tin mới</h3><div class="sp-module-content"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">Văn bản mới</h3><div class="sp-module-content"><ul class="mod-list"><li><a href="/van-ban/1021">Quyết định số 2150/QĐ-UBND ngày 15/11/2026 về phê duyệt kế hoạch</a></li><li><a href="/van-ban/1020">Công văn số 1876/UBND-VP về tăng cường phòng chống cháy rừng</a></li></ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">Lịch công tác</h3><div class="sp-module-content"><div class="mod-custom custom"><p>Lịch công tác tuần của Thường trực HĐND, UBND huyện từ ngày {dmy(SERVED)}</p></div></div></div>
</div></aside>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column"><span class="sp-copyright">© Cổng thông tin điện tử huyện Cao Lộc. Cơ quan chủ quản: UBND huyện Cao Lộc. Địa chỉ: Khối 4, thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn.</span></div></div></div></div></div></footer>
</div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>"""
    return CorpusPage(
        "joomla_helix", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


# --- 4. The article in a Zalo Official Account's reader -----------------------------------------


def _zalo_photo(img: Image, article: Article) -> str:
    """Where the platform re-hosts the picture."""
    return f"https://zalo-article-photo.zadn.vn/{article.article_id:x}/{image_stem(img)}_2.jpg"


def zalo_oa(article: Article) -> CorpusPage:
    """The paper's article as a Zalo Official Account publishes it, in the platform's web
    reader: the platform bar ("Mở ứng dụng Zalo"), the OA card (avatar, "Báo Lạng Sơn",
    "Tài khoản chính thức", follower count, "Theo dõi" button), a cover picture (a thumbnail,
    not a body picture), the section label from the OA's article menu, the title, the time
    `09:56 04/02/2022` beside the OA's name and "lượt xem", the description (the lead without
    its marker) in bold, the body with pictures (lazy `data-src`) and captions in
    `p.caption`, the original's credit right-aligned in bold, "Xem bài gốc tại baolangson.vn",
    the reactions bar, and "Bài viết khác của Báo Lạng Sơn" with relative times. The platform
    shows no tags."""
    moment = article.published
    shown = f"{moment:%H:%M} {dmy(moment)}"
    views = f"{((article.article_id * 104729) % 90 + 10) / 10:.1f}".replace(".", ",")
    captions = rehosted_captions(article, lambda i: _zalo_photo(i, article))

    def image(img: Image, number: int) -> str:
        src = attr(_zalo_photo(img, article))
        cap = f'<p class="caption">{esc(img.caption)}</p>' if img.caption else ""
        return f'<div class="article-image" data-index="{number}"><img class="lazy" src="https://stc-zaloprofile.zdn.vn/pc/v1/images/placeholder.png" data-src="{src}" width="720" height="480" alt="">{cap}</div>'

    body = _blocks(
        article,
        lambda text, n, c: f'<p class="text">{text}</p>',
        image,
        blank='<p class="text"><br></p>',
        ad="",
        script='<div class="article-video"><div class="video-thumb" data-video="https://video-zalo.zadn.vn/lsotv2022.mp4"><span class="play"></span></div></div>',
    )
    credit = shown_byline(article)
    credit_p = (
        f'<p class="text" style="text-align: right;"><b>{esc(credit)}</b></p>' if credit else ""
    )
    cover = f'<div class="cover"><img src="https://zalo-article-photo.zadn.vn/{article.article_id:x}/cover_w720.jpg" alt="{attr(article.title)}"></div>'
    more = "".join(
        f'<a class="more-item" href="https://zalo.me/baolangson/article/{o.article_id:x}{slugify(o.title)[:8]}"><img src="https://zalo-article-photo.zadn.vn/{o.article_id:x}/cover_w240.jpg" alt=""><div class="more-info"><div class="more-title">{esc(o.title)}</div><div class="more-time">{max(SERVED.year - o.published.year, 1)} năm trước</div></div></a>'
        for o in _others(article, 4, turn=337)
    )
    menu = "".join(
        f'<a class="oa-tab" href="https://zalo.me/baolangson/articles?cat={attr(c.key)}">{esc(c.name)}</a>'
        for c in content().categories[:5]
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>{esc(article.title)}</title>
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:image" content="https://zalo-article-photo.zadn.vn/{article.article_id:x}/cover_w720.jpg">
<meta property="og:site_name" content="Zalo">
<meta property="og:url" content="https://zalo.me/baolangson/article/{article.article_id:x}">
<link rel="stylesheet" href="https://stc-zaloprofile.zdn.vn/pc/v1/css/article.min.css?v=3.4.1">
</head>
<body class="zarticle">
<div class="zbar"><a class="zbar-logo" href="https://zalo.me/"><img src="https://stc-zaloprofile.zdn.vn/pc/v1/images/zalo_logo.svg" alt="Zalo"></a><a class="zbar-open" href="https://zalo.me/app/link/zapp/article?id={article.article_id:x}">Mở ứng dụng Zalo</a></div>
<div class="oa-card"><img class="oa-avatar" src="https://s120-ava-talk.zadn.vn/a/b/c/d/baolangson_120.jpg" alt="Báo Lạng Sơn"><div class="oa-info"><div class="oa-name">Báo Lạng Sơn <span class="oa-verified" title="Tài khoản chính thức">✔</span></div><div class="oa-sub">Tài khoản chính thức · 25,3K người quan tâm</div></div><button class="oa-follow" data-oa="baolangson">Theo dõi</button></div>
<div class="oa-tabs">{menu}</div>
<div class="article" id="article" data-id="{article.article_id:x}">
{cover}
<div class="article-label"><a href="https://zalo.me/baolangson/articles?cat={attr(article.category)}">{esc(category_name(article))}</a></div>
<h1 class="title">{esc(article.title)}</h1>
<div class="meta"><span class="author">Báo Lạng Sơn</span> · <span class="time">{shown}</span> · <span class="views">{views}K lượt xem</span></div>
<div class="description"><b>{esc(article.lead)}</b></div>
<div class="article-body">
{body}
{credit_p}
</div>
<div class="origin"><a href="{attr(url_of(article))}" target="_blank" rel="noopener">Xem bài gốc tại baolangson.vn</a></div>
<div class="reactions"><button class="like">Thích</button><span class="like-count">{(article.article_id % 300) + 12}</span><button class="share">Chia sẻ</button><button class="report">Báo xấu</button></div>
</div>
<div class="oa-follow-box"><img class="oa-avatar" src="https://s120-ava-talk.zadn.vn/a/b/c/d/baolangson_120.jpg" alt=""><div>Theo dõi <b>Báo Lạng Sơn</b> để nhận tin tức mới nhất về tỉnh Lạng Sơn</div><button class="oa-follow" data-oa="baolangson">Theo dõi</button></div>
<div class="more"><div class="more-head">Bài viết khác của Báo Lạng Sơn</div>{more}</div>
<div class="zfooter">© {SERVED.year} Zalo · <a href="https://zalo.me/zalo-dieu-khoan">Điều khoản sử dụng</a> · Bài viết được đăng bởi Tài khoản chính thức Báo Lạng Sơn</div>
<script src="https://stc-zaloprofile.zdn.vn/pc/v1/js/article.min.js?v=3.4.1"></script>
<script>ZArticle.init({{"id":"{article.article_id:x}","oaId":"1923574802133455123","lazy":true}});</script>
</body>
</html>"""
    return CorpusPage(
        "zalo_oa", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes", captions=captions, tags=False),
    )  # fmt: skip


MARKUPS_J: dict[str, Renderer] = {
    "vue_ssr": vue_ssr,
    "wp_blocks": wp_blocks,
    "joomla_helix": joomla_helix,
    "zalo_oa": zalo_oa,
}
