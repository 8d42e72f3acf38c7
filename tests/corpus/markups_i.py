# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set I: the eighth held-out set (scored once sealed at 95.4 %), now tuned on.

Written from what Vietnamese news systems emit, above all plausible shapes of baolangson.vn's
own next redesign (a 2024-style commercial provincial-paper CMS, a server-rendered React app
with Tailwind, a Laravel/Blade rebuild with CKEditor 5 bodies) and an aggregator's AMP copy as
a cache serves it, without reading the parsers; the expected records come from the content
alone. The field rules of the earlier held-out sets hold: `dateline` is the article's date line
as printed (with its label, if any, e.g. `Ngày 04/02/2022 09:56`), `published_at` as precise
as the page gives it anywhere (none when the page gives no time), `byline` the credit as shown
(without a separate field label such as `Tác giả:`, never a source line such as `Nguồn:
baolangson.vn` or the account that posted the item), `authors` the names in it (without the
`(PV)` role suffix), `tags` only the tags the page shows, `category` the top-level section, a
caption's `image_url` the address the page serves the picture from (a relative `src` resolved
against the article URL) and its `text` the caption as printed.

Where a page prints both author chips and the credit as the journalist typed it, the typed
credit is the byline (the chips carry only the names). The masthead's today date, the weather
widget, the ticker's times, the aggregator's own "tổng hợp lúc" time, readers' comment times and
the dates of other articles are chrome. It has been moved into the tuning set.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
from datetime import datetime

from tests.corpus.pages import (
    BASE,
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


def _names(article: Article) -> list[str]:
    """The authors' names in the usual capitalisation."""
    return [author_name(clean(a)) for a in article.authors]


def _card_time(moment: datetime) -> str:
    """The CMS's list and detail time: `09:56 | 04/02/2022`."""
    return f"{moment:%H:%M} | {dmy(moment)}"


# --- 1. baolangson.vn redesign A: a commercial provincial-paper CMS (2024 style) -------------------


def ecms_2024(article: Article) -> CorpusPage:
    """A 2024-style provincial paper on a commercial Vietnamese CMS: a top bar with a weather
    widget (`Lạng Sơn 17°C`) and today's date, a breaking-news ticker whose items carry the
    same `HH:MM | DD/MM/YYYY` times as the article, `h1.detail__title`, the date `09:56 |
    04/02/2022` beside a "Nghe đọc bài" text-to-speech player, the whole sapo in bold with its
    marker, the body in `div.detail__content` with pictures in `div.image-box` (lazy `data-src`)
    and captions in `div.image-caption`, an author box `Tác giả: Bài, ảnh: Minh Ngọc` after
    the body, "Chia sẻ" buttons, tags as `#Tân binh`, and "Tin cùng chuyên mục" cards with their
    leads and times."""
    moment = article.published
    shown = _card_time(moment)

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = f'<div class="image-caption">{esc(img.caption)}</div>' if img.caption else ""
        return (
            f'<div class="image-box" data-index="{number}"><div class="image-box__inner">'
            f'<img class="lazyload" src="/assets/images/no-image.svg" data-src="{src}" alt="{attr(img.caption or "")}" width="760" height="507">'
            f"</div>{caption}</div>"
        )

    body = _blocks(
        article,
        lambda text: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-inread" id="banner-detail-inread"><div class="banner-label">Quảng cáo</div><ins class="adsbyecms" data-zone="1873"></ins></div>',
        script='<div class="video-embed"><div class="video-player" data-src="https://video.baolangson.vn/stream/lso-tv-2022.m3u8"></div><script>ecmsPlayer.init(".video-player");</script></div>',
    )
    credit = shown_byline(article)
    author = ""
    if credit:
        author = (
            '<div class="detail__author"><span class="detail__author-label">Tác giả:</span> '
            f'<span class="detail__author-name">{esc(credit)}</span></div>'
        )
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail__tags"><span class="detail__tags-icon"></span>'
            + "".join(
                f'<a href="/tag/{tag_slug(t)}.html" class="detail__tag">#{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    sub = _subcategory(article)
    crumbs = f'<a class="breadcrumb__item" href="{attr(category_path(article).lower())}">{esc(category_name(article))}</a>'
    if sub:
        crumbs += f'<span class="breadcrumb__sep">/</span><a class="breadcrumb__item" href="{attr(category_path(article).lower())}/{attr(article.subcategory or "")}">{esc(sub)}</a>'
    ticker = "".join(
        f'<li class="ticker__item"><a href="{attr(o.path)}">{esc(o.title)}</a> <span class="ticker__time">{_card_time(o.published)}</span></li>'
        for o in _others(article, 4, turn=211)
    )
    same = "".join(
        f'<div class="card card--horizontal"><a class="card__thumb" href="{attr(o.path)}"><img class="lazyload" data-src="https://media.baolangson.vn/thumb/w240/{o.article_id}.jpg" src="/assets/images/no-image.svg" alt="{attr(o.title)}"></a>'
        f'<div class="card__body"><h3 class="card__title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3>'
        f'<div class="card__time">{_card_time(o.published)}</div><p class="card__sapo">{esc(o.lead)}</p></div></div>'
        for o in _others(article, 4, turn=223)
    )
    most = "".join(
        f'<li class="most-read__item"><span class="most-read__num">{n + 1}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(_others(article, 5, turn=229))
    )
    nav = "".join(
        f'<li class="menu__item"><a href="{attr(c.path.lower())}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="generator" content="eCMS 5.2">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="article:modified_time" content="{SERVED.isoformat()}T07:12:40+07:00">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/assets/css/app.min.css?v=20240318">
<script src="/assets/js/lazysizes.min.js" async></script>
</head>
<body class="page-detail">
<div class="topbar"><div class="container topbar__inner">
<div class="topbar__date">{weekday(SERVED)}, {dmy(SERVED)}</div>
<div class="weather-widget" data-city="lang-son"><span class="weather-widget__city">Lạng Sơn</span> <img src="/assets/images/weather/04d.svg" alt=""> <span class="weather-widget__temp">17°C</span> <span class="weather-widget__desc">Nhiều mây</span> <span class="weather-widget__humid">Độ ẩm: 78%</span></div>
<div class="topbar__links"><a href="/epaper">Báo in</a> <a href="/podcast">Podcast</a> <a href="/video">Video</a> <a href="/rss">RSS</a> <a href="/dang-nhap">Đăng nhập</a></div>
</div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/assets/images/logo-baolangson.svg" alt="Báo Lạng Sơn"></a><div class="header__banner"><ins class="adsbyecms" data-zone="1801"></ins></div></div>
<nav class="menu"><div class="container"><ul class="menu__list"><li class="menu__item menu__item--home"><a href="/"><i class="icon-home"></i></a></li>{nav}<li class="menu__item"><a href="/emagazine">Emagazine</a></li></ul><button class="menu__search" aria-label="Tìm kiếm"></button></div></nav>
<div class="ticker"><div class="container"><span class="ticker__label">Tin mới</span><ul class="ticker__list">{ticker}</ul></div></div>
</header>
<main class="main"><div class="container"><div class="row">
<div class="col-main">
<div class="breadcrumb"><a class="breadcrumb__home" href="/">Trang chủ</a><span class="breadcrumb__sep">/</span>{crumbs}</div>
<div class="detail" data-id="{article.article_id}">
<h1 class="detail__title">{esc(article.title)}</h1>
<div class="detail__meta"><div class="detail__time"><i class="icon-clock"></i> {shown}</div>
<div class="detail__tts"><button class="tts__play" aria-label="Nghe đọc bài"><i class="icon-headphones"></i> Nghe đọc bài</button><select class="tts__voice"><option value="nu-bac">Giọng nữ miền Bắc</option><option value="nam-bac">Giọng nam miền Bắc</option><option value="nu-nam">Giọng nữ miền Nam</option></select><span class="tts__speed">1x</span></div>
<div class="detail__font"><button class="font-down">A-</button><button class="font-up">A+</button></div></div>
<div class="detail__sapo"><strong>{esc(lead_text(article))}</strong></div>
<div class="detail__content">
{body}
</div>
{author}
<div class="detail__share"><span class="detail__share-label">Chia sẻ</span><a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" rel="nofollow">Facebook</a><a class="share share--zalo" href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}" rel="nofollow">Zalo</a><button class="share share--copy" data-url="{attr(url_of(article))}">Sao chép liên kết</button><a class="share share--print" href="javascript:window.print()">In</a></div>
{tags}
</div>
<section class="box-related"><h2 class="box-title"><span>Tin cùng chuyên mục</span></h2>{same}</section>
</div>
<aside class="col-side"><section class="most-read"><h2 class="box-title"><span>Đọc nhiều</span></h2><ol class="most-read__list">{most}</ol></section><div class="banner-side"><ins class="adsbyecms" data-zone="1805"></ins></div></aside>
</div></div></main>
<footer class="footer"><div class="container"><div class="footer__logo"><img src="/assets/images/logo-white.svg" alt="Báo Lạng Sơn"></div>
<div class="footer__info"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép hoạt động báo điện tử số 45/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p></div>
<div class="footer__powered">Thiết kế và phát triển bởi eCMS</div></div></footer>
<script src="/assets/js/app.min.js?v=20240318" defer></script>
</body>
</html>"""
    return CorpusPage(
        "ecms_2024", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes"),
    )  # fmt: skip


# --- 2. baolangson.vn redesign B: a server-rendered React app with Tailwind ---------------------


def _vi_long(moment: datetime) -> str:
    """`Intl.DateTimeFormat("vi", {dateStyle: "long"})`: `4 tháng 2, 2022`."""
    return f"{moment.day} tháng {moment.month}, {moment.year}"


def react_tailwind(article: Article) -> CorpusPage:
    """A React app rendered on the server (Remix/Vite-like) styled with Tailwind utility
    classes and no semantic article markup: the category chip above `h1.text-2xl.font-bold`,
    the date `<span title="2022-02-04T09:56:00+07:00">4 tháng 2, 2022</span>` and a relative
    "4 năm trước", the writers as an avatar chip list (names only, linked to their pages), the
    lead as a large semibold paragraph with its marker, the editor's HTML in a `prose` block
    (figures with `figcaption`, a "Đọc thêm" card component inside), the credit as the
    journalist typed it at the end of the prose, tag chips that look like the author chips, a
    newsletter box, and the hydration state in a script."""
    moment = article.published
    shown = _vi_long(moment)
    stamp = f"{moment:%Y-%m-%dT%H:%M}:00+07:00"
    years = (SERVED - moment.date()).days // 365

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = (
            f'<figcaption class="mt-2 text-center text-sm italic text-neutral-500">{esc(img.caption)}</figcaption>'
            if img.caption
            else ""
        )
        return (
            f'<figure class="my-6"><img class="w-full rounded-lg" src="{src}" alt="{attr(img.caption or "")}" loading="lazy" decoding="async" width="1200" height="800"/>'
            f"{caption}</figure>"
        )

    more = _others(article, 1, turn=233)[0]

    def after(seen: int, count: int) -> str:
        if seen == 2 and count >= 3:
            return (
                '<div class="not-prose my-6 flex gap-4 rounded-xl border border-neutral-200 bg-neutral-50 p-4">'
                f'<img class="h-16 w-24 shrink-0 rounded object-cover" src="https://media.baolangson.vn/thumb/w200/{more.article_id}.jpg" alt=""/>'
                f'<div><p class="text-xs font-semibold uppercase tracking-wide text-red-700">Đọc thêm</p><a class="mt-1 block font-semibold text-neutral-900 hover:underline" href="{attr(more.path)}">{esc(more.title)}</a></div></div>'
            )
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p><br/></p>",
        ad='<div class="not-prose my-8 flex min-h-[250px] items-center justify-center bg-neutral-100 text-xs text-neutral-400" data-ad-slot="detail-inread">Quảng cáo</div>',
        script='<div class="not-prose my-6 aspect-video"><iframe class="h-full w-full rounded-lg" src="https://www.youtube.com/embed/lsotv2022" title="Video" allowfullscreen=""></iframe></div>',
        after=after,
    )
    if article.byline:
        body += f'\n<p style="text-align:right"><strong>{esc(article.byline)}</strong></p>'
    chips = "".join(
        f'<li><a class="flex items-center gap-2 rounded-full bg-neutral-100 py-1 pl-1 pr-3 text-sm font-medium text-neutral-800 hover:bg-neutral-200" href="/tac-gia/{slugify(n)}">'
        f'<img class="h-7 w-7 rounded-full object-cover" src="https://media.baolangson.vn/avatar/{slugify(n)}.jpg" alt=""/><span>{esc(n)}</span></a></li>'
        for n in _names(article)
    )
    credit_chips = (
        f'<ul class="flex flex-wrap items-center gap-2" aria-label="Tác giả">{chips}</ul>'
        if chips
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<ul class="mt-8 flex flex-wrap gap-2 border-t border-neutral-200 pt-6">'
            + "".join(
                f'<li><a class="rounded-full bg-neutral-100 px-3 py-1 text-sm font-medium text-neutral-700 hover:bg-neutral-200" href="/chu-de/{tag_slug(t)}">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul>"
        )
    sub = _subcategory(article)
    chip = f'<a class="text-xs font-bold uppercase tracking-wider text-red-700" href="{attr(category_path(article).lower())}">{esc(category_name(article))}</a>'
    if sub:
        chip += f'<span class="mx-2 text-neutral-300">/</span><a class="text-xs font-semibold uppercase tracking-wider text-neutral-500" href="{attr(category_path(article).lower())}/{attr(article.subcategory or "")}">{esc(sub)}</a>'
    latest = "".join(
        f'<li class="py-3"><a class="line-clamp-2 text-sm font-semibold text-neutral-900 hover:text-red-700" href="{attr(o.path)}">{esc(o.title)}</a>'
        f'<span class="mt-1 block text-xs text-neutral-500" title="{o.published:%Y-%m-%dT%H:%M}:00+07:00">{_vi_long(o.published)}</span></li>'
        for o in _others(article, 5, turn=239)
    )
    nav = "".join(
        f'<a class="whitespace-nowrap px-3 py-2 text-sm font-semibold text-neutral-700 hover:text-red-700" href="{attr(c.path.lower())}">{esc(c.name)}</a>'
        for c in content().categories
    )
    state = {
        "route": "routes/$slug",
        "params": {"slug": article.path.strip("/")},
        "articleId": article.article_id,
        "section": article.category,
        "ads": {"inread": True},
    }
    page = f"""<!DOCTYPE html>
<html lang="vi" class="h-full">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}"/>
<meta property="og:title" content="{attr(article.title)}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{attr(url_of(article))}"/>
<link rel="canonical" href="{attr(url_of(article))}"/>
<link rel="stylesheet" href="/build/_assets/tailwind-7QK3XH2M.css"/>
<link rel="modulepreload" href="/build/entry.client-GJ2NB4TE.js"/>
</head>
<body class="h-full bg-white font-sans text-neutral-900 antialiased">
<div id="root" class="flex min-h-full flex-col">
<div class="bg-neutral-900 text-xs text-neutral-300"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-1.5"><span>{weekday(SERVED)}, {dmy(SERVED)}</span><div class="flex gap-4"><a href="/video" class="hover:text-white">Video</a><a href="/podcast" class="hover:text-white">Podcast</a><a href="/bao-in" class="hover:text-white">Báo in</a></div></div></div>
<header class="sticky top-0 z-40 border-b border-neutral-200 bg-white/95 backdrop-blur"><div class="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3"><a href="/" class="shrink-0"><img class="h-10 w-auto" src="/build/_assets/logo-5UZT2G6C.svg" alt="Báo Lạng Sơn"/></a><nav class="flex overflow-x-auto">{nav}</nav><button class="ml-auto rounded-full p-2 hover:bg-neutral-100" aria-label="Tìm kiếm"><svg class="h-5 w-5" viewBox="0 0 24 24"><path d="M21 21l-4.35-4.35"/></svg></button></div></header>
<main class="mx-auto grid w-full max-w-6xl flex-1 grid-cols-1 gap-10 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_300px]">
<div>
<div class="flex items-center">{chip}</div>
<h1 class="mt-3 text-2xl font-bold leading-tight text-neutral-900 md:text-4xl">{esc(article.title)}</h1>
<div class="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-neutral-500">{credit_chips}<span title="{stamp}">{shown}</span><span aria-hidden="true">·</span><span>{years} năm trước</span></div>
<p class="mt-6 text-lg font-semibold leading-relaxed text-neutral-700">{esc(lead_text(article))}</p>
<div class="prose prose-neutral mt-6 max-w-none prose-p:text-justify prose-img:rounded-lg">
{body}
</div>
{tags}
<div class="mt-8 flex items-center gap-3"><span class="text-sm font-semibold">Chia sẻ</span><a class="rounded-full bg-[#1877f2] px-3 py-1 text-sm text-white" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" rel="noopener">Facebook</a><button class="rounded-full bg-neutral-100 px-3 py-1 text-sm">Sao chép</button></div>
<div class="mt-10 rounded-2xl bg-red-50 p-6"><p class="text-lg font-bold">Nhận bản tin Báo Lạng Sơn mỗi sáng</p><form class="mt-3 flex gap-2" method="post" action="/newsletter"><input class="flex-1 rounded-lg border px-3 py-2" type="email" name="email" placeholder="Email của bạn"/><button class="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white">Đăng ký</button></form></div>
</div>
<aside class="space-y-8"><section><h2 class="border-l-4 border-red-700 pl-3 text-lg font-bold">Tin mới nhất</h2><ul class="divide-y divide-neutral-200">{latest}</ul></section><div class="flex min-h-[600px] items-center justify-center bg-neutral-100 text-xs text-neutral-400">Quảng cáo</div></aside>
</main>
<footer class="mt-12 bg-neutral-900 py-10 text-sm text-neutral-400"><div class="mx-auto max-w-6xl space-y-2 px-4"><p class="font-semibold text-white">Báo Lạng Sơn điện tử</p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>© 2024 Báo Lạng Sơn. Mọi quyền được bảo lưu.</p></div></footer>
</div>
<script>window.__remixContext = {json.dumps({"state": {"loaderData": state}}, ensure_ascii=False)};</script>
<script type="module" src="/build/entry.client-GJ2NB4TE.js"></script>
</body>
</html>"""
    return CorpusPage(
        "react_tailwind", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes"),
    )  # fmt: skip


# --- 3. A Laravel / Blade rebuild with CKEditor 5 bodies ----------------------------------------


def _storage(img: Image, moment: datetime) -> str:
    """Where the migration put the picture: `/storage/photos/2022/02/<file>` (relative)."""
    return f"/storage/photos/{moment:%Y/%m}/{img.src.rsplit('/', 1)[-1]}"


def _pv_credit(article: Article) -> str | None:
    """The credit as the portal's author field holds it: `Hà Anh (PV) - Quang Vinh (PV)`."""
    names = _names(article)
    return " - ".join(f"{n} (PV)" for n in names) if names else None


def laravel_portal(article: Article) -> CorpusPage:
    """A Laravel rebuild (Blade layouts, Bootstrap 5, Font Awesome): `div.news-detail`,
    `h1.news-title`, one meta line `Ngày 04/02/2022 09:56 | Người đăng: bbt.baolangson |
    Lượt xem: 1.234`, `article:published_time` from Carbon with seconds, the summary field (with
    its marker) in `div.news-summary`, the CKEditor 5 body in `div.news-content.ck-content`
    (`<figure class="image"><img src="/storage/..."><figcaption>`, relative addresses of the
    migrated pictures), the author field printed after the body as `Hoàng Tùng (PV)`, "Từ
    khóa" badges, a readers' comment list with names and times and the comment form, and
    "Tin liên quan" with dates."""
    moment = article.published
    shown = f"Ngày {dmy(moment)} {moment:%H:%M}"
    views = f"{(article.article_id * 6151) % 9000 + 1000:,}".replace(",", ".")
    captions = [
        {"image_url": BASE + _storage(i, moment), "text": clean(i.caption) if i.caption else None}
        for i in article.images
    ]

    def image(img: Image, number: int) -> str:
        src = attr(_storage(img, moment))
        caption = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="image"><img src="{src}">{caption}</figure>'

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<figure class="media"><oembed url="https://www.youtube.com/watch?v=lsotv2022"></oembed></figure>',
    )
    credit = _pv_credit(article)
    author = f'<div class="news-author text-end fw-bold mt-3">{esc(credit)}</div>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="news-tags mt-3"><span class="me-2"><i class="fa-solid fa-tags"></i> Từ khóa:</span>'
            + "".join(
                f'<a href="/tu-khoa/{tag_slug(t)}" class="badge bg-light text-dark border me-1">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    sub = _subcategory(article)
    crumbs = f'<li class="breadcrumb-item"><a href="/danh-muc/{attr(article.category)}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li class="breadcrumb-item"><a href="/danh-muc/{attr(article.subcategory or "")}">{esc(sub)}</a></li>'
    related = "".join(
        f'<li class="list-group-item"><a href="{attr(o.path)}">{esc(o.title)}</a> <small class="text-muted">({dmy(o.published)})</small></li>'
        for o in _others(article, 5, turn=241)
    )
    readers = [
        ("Nguyễn Văn Bình", "Bài viết rất thiết thực, cảm ơn phóng viên."),
        ("Lò Thị Hoa", "Mong báo có thêm nhiều bài như thế này."),
    ]
    comments = "".join(
        f'<div class="comment-item border-bottom py-2"><div class="comment-head"><strong>{esc(name)}</strong> <small class="text-muted">{SERVED:%d/%m/%Y} {8 + n}:1{n}</small></div><div class="comment-body">{esc(text)}</div></div>'
        for n, (name, text) in enumerate(readers)
    )
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/danh-muc/{attr(c.key)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="q3ZkT9rW1bF0yX8mHcVnL2pA6sDeJuRiOgK4tYz7">
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/build/assets/app-4f1c9e2a.css">
<script type="module" src="/build/assets/app-8b3d07c1.js"></script>
</head>
<body>
<div class="top-header bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span><i class="fa-regular fa-calendar"></i> {weekday(SERVED)}, ngày {dmy(SERVED)}</span><span><a class="text-white" href="/login">Đăng nhập</a> | <a class="text-white" href="/register">Đăng ký</a></span></div></div>
<header class="site-header py-3"><div class="container"><a href="/"><img src="/images/banner-baolangson.png" class="img-fluid" alt="Báo Lạng Sơn"></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/"><i class="fa-solid fa-house"></i></a></li>{nav}</ul><form class="d-flex" action="/tim-kiem" method="GET"><input class="form-control form-control-sm" type="search" name="q" placeholder="Nhập từ khóa..."></form></div></nav>
<div class="container my-4">
<div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{crumbs}</ol></nav>
<div class="news-detail">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-meta text-muted small mb-3"><span><i class="fa-regular fa-clock"></i> {shown}</span> | <span><i class="fa-regular fa-user"></i> Người đăng: bbt.baolangson</span> | <span><i class="fa-regular fa-eye"></i> Lượt xem: {views}</span></div>
<div class="news-summary fw-semibold mb-3">{esc(lead_text(article))}</div>
<div class="news-content ck-content">
{body}
</div>
{author}
{tags}
<div class="news-tools d-flex gap-2 my-3"><a class="btn btn-sm btn-outline-secondary" href="javascript:history.back()"><i class="fa-solid fa-arrow-left"></i> Quay lại</a><a class="btn btn-sm btn-outline-secondary" href="javascript:window.print()"><i class="fa-solid fa-print"></i> In bài</a><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}"><i class="fa-brands fa-facebook-f"></i> Chia sẻ</a></div>
</div>
<div class="news-comments mt-4"><h5 class="title-box">Ý kiến bạn đọc ({len(readers)})</h5>{comments}
<form class="comment-form mt-3" method="POST" action="/binh-luan"><input type="hidden" name="_token" value="q3ZkT9rW1bF0yX8mHcVnL2pA6sDeJuRiOgK4tYz7"><input type="hidden" name="post_id" value="{article.article_id}"><div class="row g-2"><div class="col-md-6"><input class="form-control" name="name" placeholder="Họ và tên"></div><div class="col-md-6"><input class="form-control" name="email" placeholder="Email"></div></div><textarea class="form-control mt-2" name="content" rows="3" placeholder="Nội dung bình luận"></textarea><button class="btn btn-danger mt-2" type="submit">Gửi bình luận</button></form></div>
<div class="news-related mt-4"><h5 class="title-box">Tin liên quan</h5><ul class="list-group list-group-flush">{related}</ul></div>
</div>
<div class="col-lg-4"><div class="sidebar-box"><h5 class="title-box">Văn bản mới</h5><ul class="list-unstyled small"><li><a href="/van-ban/1234">Kế hoạch số 25/KH-UBND về chuyển đổi số năm 2024</a></li><li><a href="/van-ban/1235">Quyết định số 112/QĐ-UBND ban hành quy chế</a></li></ul></div><div class="sidebar-box"><a href="/chuyen-de/chuyen-doi-so"><img class="img-fluid" src="/images/banner-chuyen-doi-so.jpg" alt="Chuyển đổi số"></a></div></div>
</div>
</div>
<footer class="site-footer bg-dark text-white-50 py-4 small"><div class="container"><p class="mb-1 text-white">BÁO LẠNG SƠN ĐIỆN TỬ</p><p class="mb-1">Giấy phép số 45/GP-BTTTT. Tổng biên tập: Nguyễn Văn A.</p><p class="mb-0">Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></div></footer>
</body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    record["byline"] = credit
    return CorpusPage("laravel_portal", article.article_id, url_of(article), page, record)


# --- 4. An aggregator's AMP copy, as an AMP cache serves it -------------------------------------


def aggregator_amp(article: Article) -> CorpusPage:
    """A "Trang tin tổng hợp" aggregator's AMP page (as the AMP cache serves it): the
    aggregator's own `amp-sidebar` menu, today's date and logo, the breadcrumb with the
    section, the source chip "Báo Lạng Sơn" beside `<time datetime>` of the original (seconds in
    `datetime`, `04/02/2022 09:56` shown), the sapo without its marker in a bold paragraph, the
    republished body with `<amp-img>` pictures in `figure/figcaption` (bare `amp-img` without a
    caption), `amp-ad` slots, the original's credit kept as the last bold paragraph, then
    "Nguồn: baolangson.vn" linking to the original, the aggregator's own "Tổng hợp lúc" time,
    "Chủ đề" chips, `amp-social-share`, and "Tin cùng nguồn" with relative times."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        amp = f'<amp-img src="{src}" width="800" height="533" layout="responsive" alt="{attr(img.caption or article.title)}"></amp-img>'
        if not img.caption:
            return f'<div class="article__img">{amp}</div>'
        return f'<figure class="article__figure">{amp}<figcaption>{esc(img.caption)}</figcaption></figure>'

    def after(seen: int, count: int) -> str:
        if seen == 1 and count >= 3:
            return '<amp-ad width="336" height="280" type="adsense" data-ad-client="ca-pub-0000000000000000" data-ad-slot="8123456789"></amp-ad>'
        return ""

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<amp-youtube data-videoid="lsotv2022" layout="responsive" width="480" height="270"></amp-youtube>',
        after=after,
    )
    credit = shown_byline(article)
    author = f'<p class="article__author"><strong>{esc(credit)}</strong></p>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="topics"><span class="topics__label">Chủ đề:</span>'
            + "".join(
                f'<a class="topics__item" href="https://tintonghop24h.vn/chu-de/{tag_slug(t)}.amp">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    same = "".join(
        f'<li class="story"><a href="https://tintonghop24h.vn/{slugify(o.title)}-c{o.article_id}.amp">{esc(o.title)}</a>'
        f'<span class="story__meta">Báo Lạng Sơn · {(SERVED - o.published.date()).days // 365} năm trước</span></li>'
        for o in _others(article, 5, turn=251)
    )
    nav = "".join(
        f'<li><a href="https://tintonghop24h.vn/{slugify(c.name)}.amp">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": article.title,
        "url": f"https://tintonghop24h.vn/{slugify(article.title)}-c{article.article_id}.amp",
        "publisher": {"@type": "Organization", "name": "Tin Tổng Hợp 24h"},
    }
    page = f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{esc(article.title)} - Tin Tổng Hợp 24h</title>
<link rel="canonical" href="{attr(url_of(article))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{attr(article.lead)}">
<meta property="og:site_name" content="Tin Tổng Hợp 24h">
<meta property="og:title" content="{attr(article.title)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Arial,sans-serif}}.header{{background:#0a5ba8;color:#fff}}.article__title{{font-size:24px}}.source{{color:#0a5ba8;font-weight:700}}figcaption{{font-size:13px;color:#666;text-align:center}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-TTH24H0000","config":{{"G-TTH24H0000":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul class="menu"><li><a href="https://tintonghop24h.vn/">Trang chủ</a></li>{nav}<li><a href="https://tintonghop24h.vn/nguon-bao.amp">Nguồn báo</a></li></ul></amp-sidebar>
<header class="header"><button on="tap:menu.toggle" class="header__menu" aria-label="Menu">☰</button><a class="header__logo" href="https://tintonghop24h.vn/">Tin Tổng Hợp 24h</a><span class="header__date">{weekday(SERVED)}, {dmy(SERVED)}</span></header>
<main class="main">
<div class="breadcrumb"><a href="https://tintonghop24h.vn/">Trang chủ</a> › <a href="https://tintonghop24h.vn/{slugify(category_name(article))}.amp">{esc(category_name(article))}</a></div>
<article class="article">
<h1 class="article__title">{esc(article.title)}</h1>
<div class="article__meta"><a class="source" href="https://tintonghop24h.vn/nguon/bao-lang-son.amp">Báo Lạng Sơn</a> <span class="dot">•</span> <time datetime="{iso_vietnam(moment)}">{shown}</time></div>
<p class="article__sapo"><strong>{esc(article.lead)}</strong></p>
<div class="article__body">
{body}
{author}
</div>
<div class="article__origin">Nguồn: <a href="{attr(url_of(article))}" rel="nofollow noopener" target="_blank">baolangson.vn</a></div>
<div class="article__crawled">Tổng hợp lúc 10:02 {dmy(SERVED)}</div>
{tags}
<div class="share"><amp-social-share type="facebook" data-param-app_id="0" width="36" height="36"></amp-social-share><amp-social-share type="email" width="36" height="36"></amp-social-share><amp-social-share type="system" width="36" height="36"></amp-social-share></div>
</article>
<amp-ad width="320" height="100" type="adsense" data-ad-client="ca-pub-0000000000000000" data-ad-slot="8123456790"></amp-ad>
<section class="same-source"><h2>Tin cùng nguồn</h2><ul>{same}</ul></section>
</main>
<footer class="footer"><p>Tin Tổng Hợp 24h - Trang tin điện tử tổng hợp. Giấy phép số 1234/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p><p>Tin tức được tổng hợp tự động từ các báo điện tử; bản quyền thuộc về cơ quan báo chí gốc.</p></footer>
</body>
</html>"""
    return CorpusPage(
        "aggregator_amp", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


MARKUPS_I: dict[str, Renderer] = {
    "ecms_2024": ecms_2024,
    "react_tailwind": react_tailwind,
    "laravel_portal": laravel_portal,
    "aggregator_amp": aggregator_amp,
}
