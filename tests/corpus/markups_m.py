# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set M: the twelfth held-out set (scored once sealed at 98.0 %), now tuned on.

Written from what Vietnamese news systems and site builders emit, as plausible shapes of
baolangson.vn's next redesign: a Nhân Dân-like national-paper template (the credit in capitals
above the lead, pictures in caption tables behind a lazy loader), a Lao Động-like template
(the author box with role labels in their own spans, the time in the 12-hour Vietnamese form
`9:56 SA`), a VTV/VTC-like video-first article (the player on top, a `VideoObject` beside the
`NewsArticle`), a Webflow CMS site (`w-richtext`, `w-dyn-list`, zero-width-joiner empty
paragraphs, a date without a time) and a Gatsby + Contentful JAMstack site (CSS-module class
names, `gatsby-image` whose `src` sits only in `<noscript>`, an ISO time in UTC). The expected
records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with seconds in a meta, JSON-LD or `datetime`, even in UTC, counts; none when the page
gives no time), `byline` the credit as shown (with its role labels, in the capitals the page
prints, without a field label such as `Tác giả`, never a source line or the site's name),
`authors` the names in it in the usual capitalisation, `tags` only the tags the page shows,
`category` the top-level section, a caption's `image_url` the address the page serves the
picture from (`data-src` behind a placeholder, the `<noscript>` `src` of a lazy image; never a
WebP `<source>` or a `data:` placeholder) and its `text` the caption as printed.

The masthead's today date, the "Cập nhật" (modified) time, the video's upload date and
duration, the reading time, and the dates of other articles are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

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
    others,
    rehosted_captions,
    shown_byline,
    stable_digest,
    subcategory_name,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import VIETNAM, author_name, clean, iso_vietnam, slugify
from tests.site.model import Article, Image

_ROLE = re.compile(r"((?:Bài|Tin|Ảnh|Video|Đồ họa)(?:, ảnh)?:)")


def _utc_ms(moment: datetime) -> str:
    """`2022-02-04T02:56:32.000Z`, as JavaScript's `toISOString()` writes a Vietnam time."""
    return moment.replace(tzinfo=VIETNAM).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _served_modified() -> str:
    """The modified time every migrated article carries: the morning of the serving day."""
    return f"{SERVED.isoformat()}T07:42:15+07:00"


def _crumbs(article: Article, link: Callable[[str], str], item: str) -> str:
    """Breadcrumb links to the section (and the older articles' subsection)."""
    parts = [(f"/{article.category}", category_name(article))]
    sub = subcategory_name(article)
    if sub:
        parts.append((f"/{article.category}/{article.subcategory}", sub))
    return "".join(item.format(href=attr(link(path)), name=esc(name)) for path, name in parts)


# --- 1. A Nhân Dân-like national-paper template -------------------------------------------------


def nhandan_like(article: Article) -> CorpusPage:
    """A national-paper template after Nhân Dân's: a top bar with the foreign-language editions
    and today's date, a two-level breadcrumb, `h1.article__title`, the date `Thứ Sáu,
    04-02-2022, 09:56` (hyphens), the credit in capitals above the lead with each name a link
    to the author page, the lead with its marker in `div.article__sapo`, the body with pictures
    in `table.picture` caption tables lazy-loaded (`data-src` behind a GIF placeholder), an
    in-article ad slot, "Từ khóa" links, "Tin liên quan" and "Đọc nhiều" boxes with times, and a
    JSON-LD `NewsArticle` with seconds and a modified date on the serving day."""
    moment = article.published
    shown = f"{weekday(moment)}, {moment:%d-%m-%Y, %H:%M}"
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

    def image(img: Image, number: int) -> str:
        pic = f'<img class="lazyload" src="{gif}" data-src="{attr(image_src(img))}" alt="{attr(img.caption or "")}" title="{attr(img.caption or "")}">'
        cap = f'<tr><td class="caption"><p>{esc(img.caption)}</p></td></tr>' if img.caption else ""
        return f'<table class="picture" align="center"><tbody><tr><td class="pic">{pic}</td></tr>{cap}</tbody></table>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads-inarticle" id="adsInArticle1" data-zone="1532"></div>',
        script='<div class="embed-video"><iframe width="100%" height="400" src="https://www.youtube.com/embed/lsotv2022" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article) or ""
    printed = credit.upper()
    linked = esc(printed)
    for name in article.authors:
        upper = esc(name.upper())
        if upper in linked:
            href = f"/tac-gia/{slugify(author_name(name))}"
            linked = linked.replace(upper, f'<a class="name" href="{href}">{upper}</a>', 1)
    author = f'<div class="article__author">{linked}</div>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="article__tag box-tag"><span class="tag-title">Từ khóa:</span> '
            + "".join(
                f'<a class="tag" href="/tu-khoa/{tag_slug(t)}.html" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    related = "".join(
        f'<article class="story"><h3 class="story__heading"><a href="{attr(o.path)}">{esc(o.title)}</a></h3>'
        f'<time class="story__time">{o.published:%H:%M %d/%m/%Y}</time></article>'
        for o in others(article, 4, turn=401)
    )
    hot = "".join(
        f'<li><span class="number">{n}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=409), 1)
    )
    crumbs = _crumbs(
        article, lambda p: p, '<li class="breadcrumb-item"><a href="{href}">{name}</a></li>'
    )
    nav = "".join(
        f'<li class="main-menu__item"><a href="/{attr(c.key)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "image": [image_src(article.images[0])] if article.images else [],
        "datePublished": iso_vietnam(moment),
        "dateModified": _served_modified(),
        "author": [{"@type": "Person", "name": author_name(clean(a))} for a in article.authors],
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": "https://baolangson.vn/assets/img/logo.png"},
        },
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(article.title)} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<link rel="canonical" href="{attr(url_of(article))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:site_name" content="Báo Lạng Sơn điện tử">
<meta property="article:modified_time" content="{_served_modified()}">
<link rel="stylesheet" href="/assets/css/main.min.css?v=20240615">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page-detail">
<div class="header-top"><div class="container"><div class="header-top__date">{weekday(SERVED)}, ngày {dmy(SERVED)}</div><ul class="header-top__lang"><li><a href="https://en.baolangson.vn">English</a></li><li><a href="https://cn.baolangson.vn">中文</a></li><li><a href="/rss">RSS</a></li><li><a href="/bao-in">Báo in</a></li></ul></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/assets/img/logo.png" alt="Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn"></a><form class="header__search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div>
<nav class="main-menu"><div class="container"><ul><li class="main-menu__item main-menu__item--home"><a href="/"><i class="icon-home"></i></a></li>{nav}</ul></div></nav></header>
<main class="main"><div class="container"><div class="row">
<div class="col-left">
<ol class="breadcrumb">{crumbs}</ol>
<article class="article article--detail" data-id="{article.article_id}">
<h1 class="article__title cms-title">{esc(article.title)}</h1>
<div class="article__meta"><span class="article__time"><i class="icon-time"></i> {shown}</span><div class="article__social"><a class="fb" href="https://www.facebook.com/sharer.php?u={attr(url_of(article))}">Facebook</a><a class="tw" href="https://twitter.com/share?url={attr(url_of(article))}">Twitter</a><a class="print" href="javascript:window.print()">In bài</a></div></div>
{author}
<div class="article__sapo cms-desc"><p>{esc(lead_text(article))}</p></div>
<div class="article__body cms-body">
{body}
</div>
{tags}
<div class="article__footer"><a class="btn-back" href="javascript:history.back()">« Quay lại</a><a class="btn-top" href="#top">Về đầu trang</a></div>
</article>
<section class="box-related"><h2 class="box-heading"><span>Tin liên quan</span></h2>{related}</section>
<section class="box-comment"><h2 class="box-heading"><span>Ý kiến bạn đọc</span></h2><form class="comment-form" action="/binh-luan/gui" method="post"><textarea name="content" placeholder="Ý kiến của bạn"></textarea><input name="name" placeholder="Họ tên"><input name="email" placeholder="Email"><button type="submit">Gửi ý kiến</button></form></section>
</div>
<aside class="col-right"><section class="box-most"><h2 class="box-heading"><span>Đọc nhiều</span></h2><ol>{hot}</ol></section><div class="banner"><a href="/chuyen-de/hoc-tap-va-lam-theo-bac"><img src="/assets/img/banner-chuyen-de.jpg" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"></a></div></aside>
</div></div></main>
<footer class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 45/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p><p>© Bản quyền thuộc Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="/assets/js/lazysizes.min.js" async></script>
<script src="/assets/js/main.min.js?v=20240615"></script>
</body>
</html>"""
    record = expected(article, dateline=shown, published="seconds")
    record["byline"] = clean(printed) if credit else None
    return CorpusPage("nhandan_like", article.article_id, url_of(article), page, record)


# --- 2. A Lao Động-like template ----------------------------------------------------------------


def _twelve_hour(moment: datetime) -> str:
    """The Vietnamese 12-hour clock: `9:56 SA` (sáng, morning), `3:20 CH` (chiều, afternoon)."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'SA' if moment.hour < 12 else 'CH'}"


def laodong_like(article: Article) -> CorpusPage:
    """A template after Lao Động's: a breadcrumb with the section and subsection, `h1`, the author
    box under the title (avatar, role labels such as `Bài, ảnh:` in their own spans, names linked
    to the author page), the time on the 12-hour clock, `04/02/2022 9:56 SA`, with
    `article:published_time` in minutes, the lead with its marker in `div.chappeau`, the body in `div.art-body` with
    `figure.insert-center-image` pictures (`alt` empty, caption in `figcaption > p`), a "Xem
    thêm" box of related links inside the body after the second paragraph, tags as links under
    "Tags:", a Facebook comment box and a "Đọc nhiều" rail."""
    moment = article.published
    shown = f"{dmy(moment)} {_twelve_hour(moment)}"

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption><p>{esc(img.caption)}</p></figcaption>" if img.caption else ""
        return f'<figure class="insert-center-image"><img src="{attr(image_src(img))}" alt="" width="800">{cap}</figure>'

    more = others(article, 2, turn=419)

    def after(seen: int, count: int) -> str:
        if seen == 2 and count >= 3:
            links = "".join(
                f'<li><a href="{attr(o.path)}" target="_blank">{esc(o.title)}</a></li>'
                for o in more
            )
            return f'<div class="box-related-in"><div class="title">Xem thêm</div><ul>{links}</ul></div>'
        return ""

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad='<div class="ads-wrapper"><div id="div-gpt-ad-detail-inpage"></div></div>',
        script='<div class="insert-video"><div class="video-wrapper" data-src="https://media.baolangson.vn/video/lsotv2022.mp4"></div></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = ""
    if credit:
        marked = _ROLE.sub(r'<span class="role">\1</span>', esc(credit))
        for name in article.authors:
            for form in (name, name.upper()):
                if esc(form) in marked:
                    href = f"/tac-gia/{slugify(author_name(name))}"
                    marked = marked.replace(
                        esc(form), f'<a class="author-name" href="{href}">{esc(form)}</a>', 1
                    )
                    break
        author = f'<div class="author-info"><img class="avatar" src="/images/avatar-default.png" alt=""><div class="author-names">{marked}</div></div>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags"><span>Tags:</span><ul>'
            + "".join(
                f'<li><a href="/tags/{tag_slug(t)}.ldo" title="{attr(t)}">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    crumbs = _crumbs(article, lambda p: p + ".ldo", '<li><a href="{href}">{name}</a></li>')
    most = "".join(
        f'<div class="article-item"><a class="link-title" href="{attr(o.path)}">{esc(o.title)}</a><span class="time">{dmy(o.published)} {_twelve_hour(o.published)}</span></div>'
        for o in others(article, 5, turn=421)
    )
    nav = "".join(
        f'<li><a href="/{attr(c.key)}.ldo">{esc(c.name)}</a></li>' for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta name="description" content="{attr(lead_text(article))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(lead_text(article))}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M}+07:00">
<meta property="article:section" content="{attr(category_name(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link href="/css/site.min.css?v=3.11.2" rel="stylesheet">
</head>
<body>
<div id="fb-root"></div>
<header class="header"><div class="header-top"><div class="container"><span class="today">{weekday(SERVED)}, {dmy(SERVED)}</span><a class="hotline" href="tel:02053812345">Đường dây nóng: 0205.3812.345</a><a class="e-paper" href="/bao-in.ldo">Báo in</a></div></div>
<div class="container"><a class="logo" href="/"><img src="/images/logo.svg" alt="Báo Lạng Sơn"></a></div>
<nav class="main-nav"><div class="container"><ul><li class="home"><a href="/">Trang chủ</a></li>{nav}</ul></div></nav></header>
<div class="container page-detail">
<div class="row">
<div class="col-main">
<ul class="breadcrumbs">{crumbs}</ul>
<article class="detail">
<div class="title"><h1>{esc(article.title)}</h1></div>
<div class="meta">{author}<span class="time"><i class="fa fa-clock-o"></i> {shown}</span><div class="share"><a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ</a><a class="zalo-share" data-href="{attr(url_of(article))}">Zalo</a></div></div>
<div class="chappeau"><p>{esc(lead_text(article))}</p></div>
<div class="art-body">
{body}
</div>
{tags}
</article>
<div class="comments"><div class="title-box">Bình luận</div><div class="fb-comments" data-href="{attr(url_of(article))}" data-numposts="5" data-width="100%"></div></div>
</div>
<aside class="col-sidebar"><div class="box-most-read"><div class="title-box">Đọc nhiều</div>{most}</div><div class="ads-right"><div id="div-gpt-ad-right-1"></div></div></aside>
</div>
</div>
<footer class="footer"><div class="container"><p>Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 45/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A.</p><p>Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></div></footer>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v17.0"></script>
<script src="/js/site.min.js?v=3.11.2"></script>
</body>
</html>"""
    return CorpusPage(
        "laodong_like", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes"),
    )  # fmt: skip


# --- 3. A VTV/VTC-like video-first article ------------------------------------------------------


def _video_id(article: Article) -> str:
    """The video's id on the paper's video platform."""
    return f"{article.article_id % 100000:05d}{slugify(article.title)[:6]}"


def vtv_video(article: Article) -> CorpusPage:
    """A video-first article after VTV's and VTC News's: the player on top (`<video>` with a
    poster, the duration and a "Xem thêm video" strip), then the breadcrumb, `h1`, the time
    `04/02/2022 09:56 GMT+7` with a view count, the lead with its marker in `h2.sapo`, the text
    with CKEditor `figure.image` pictures (caption in `figcaption`), the credit in bold at the
    end, tags under "Từ khóa:", a "Video khác" rail with durations and dates, and JSON-LD with a
    `VideoObject` (uploaded earlier than the article) beside the `NewsArticle`."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M} GMT+7"
    vid = _video_id(article)
    seconds = 95 + article.article_id % 240
    duration = f"{seconds // 60:02d}:{seconds % 60:02d}"
    uploaded = moment - timedelta(minutes=47)
    poster = f"https://media.baolangson.vn/video/thumb/{moment:%Y/%m/%d}/{vid}.jpg"

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="image"><img src="{attr(image_src(img))}" alt="{attr(img.caption or "")}" width="700" height="467">{cap}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-in-article"><ins class="adsbygoogle" data-ad-slot="4412998102"></ins></div>',
        script=f'<div class="embed-player" data-vid="{vid}-2"><script>vtvPlayer.embed("{vid}-2")</script></div>',
    )
    credit = shown_byline(article)
    credit_p = f'<p class="author"><strong>{esc(credit)}</strong></p>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="tag-list"><span class="lbl">Từ khóa:</span> '
            + ", ".join(f'<a href="/tag/{tag_slug(t)}.htm">{esc(t)}</a>' for t in article.tags)
            + "</div>"
        )
    crumbs = _crumbs(article, lambda p: p + ".htm", '<a href="{href}">{name}</a>')
    strip = "".join(
        f'<li><a href="{attr(o.path)}"><img src="https://media.baolangson.vn/video/thumb/{o.published:%Y/%m/%d}/{_video_id(o)}.jpg" alt=""><span class="dur">0{o.article_id % 5 + 1}:{o.article_id % 60:02d}</span></a><a class="title" href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for o in others(article, 4, turn=431)
    )
    rail = "".join(
        f'<li><a href="{attr(o.path)}">{esc(o.title)}</a><span class="time">{dmy(o.published)} {o.published:%H:%M} GMT+7</span></li>'
        for o in others(article, 6, turn=433)
    )
    nav = "".join(
        f'<li><a href="/{attr(c.key)}.htm">{esc(c.name)}</a></li>' for c in content().categories
    )
    graph = [
        {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": article.title,
            "description": article.lead,
            "thumbnailUrl": [poster],
            "uploadDate": iso_vietnam(uploaded),
            "duration": f"PT{seconds // 60}M{seconds % 60}S",
            "contentUrl": f"https://media.baolangson.vn/video/{moment:%Y/%m/%d}/{vid}.mp4",
        },
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "url": url_of(article),
            "datePublished": iso_vietnam(moment),
            "dateModified": _served_modified(),
            "author": {"@type": "Organization", "name": "Báo Lạng Sơn"},
            "articleSection": category_name(article),
        },
    ]
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns:og="http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>{esc(article.title)} - Video - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:image" content="{attr(poster)}">
<meta property="og:video" content="https://media.baolangson.vn/video/{moment:%Y/%m/%d}/{vid}.mp4">
<meta property="og:video:type" content="video/mp4">
<meta property="og:url" content="{attr(url_of(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/static/css/detail-video.css?v=2.8">
<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>
</head>
<body class="video-detail">
<div class="top-bar"><div class="wrap"><span class="date">{weekday(SERVED)}, {dmy(SERVED)}</span><a class="live" href="/truc-tuyen.htm">● Trực tuyến LSTV</a><a href="/podcast.htm">Podcast</a></div></div>
<header class="header"><div class="wrap"><a class="logo" href="/"><img src="/static/images/logo-lso.png" alt="Báo Lạng Sơn"></a><ul class="menu">{nav}</ul></div></header>
<div class="player-zone"><div class="wrap">
<div class="video-player" id="player-{vid}" data-vid="{vid}"><video controls preload="none" poster="{attr(poster)}" width="100%"><source src="https://media.baolangson.vn/video/{moment:%Y/%m/%d}/{vid}.mp4" type="video/mp4">Trình duyệt của bạn không hỗ trợ video.</video><span class="duration">{duration}</span></div>
<div class="video-more"><div class="head">Xem thêm video</div><ul>{strip}</ul></div>
</div></div>
<div class="wrap main">
<div class="content-left">
<div class="breadcrumb">{crumbs}</div>
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="info-detail"><span class="time">{shown}</span><span class="view">{(article.article_id * 37) % 5000 + 200} lượt xem</span><span class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ</a></span></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="content-detail ta-justify">
{body}
{credit_p}
</div>
{tags}
<div class="box-comment"><div class="head">Bình luận</div><textarea placeholder="Bạn nghĩ gì về video này?"></textarea><button type="button">Gửi</button></div>
</div>
<div class="content-right"><div class="box-video-other"><div class="head">Video khác</div><ul>{rail}</ul></div></div>
</div>
<footer class="footer"><div class="wrap"><p>© Báo Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></div></footer>
<script src="/static/js/vtvplayer.min.js"></script>
</body>
</html>"""
    return CorpusPage(
        "vtv_video", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 4. A Webflow CMS site ----------------------------------------------------------------------

_WF_SITE = "63e4c1f0a2b3d4e5f6a7b8c9"


def _wf_asset(img: Image, article: Article, number: int) -> str:
    """Where Webflow's asset CDN serves a picture uploaded to the collection item."""
    asset = stable_digest(f"{article.article_id}/{number}")[:24]
    return f"https://uploads-ssl.webflow.com/{_WF_SITE}/{asset}_{image_file(img)}"


def webflow_cms(article: Article) -> CorpusPage:
    """A Webflow site whose articles are a CMS collection: `data-wf-*` attributes on `<html>`,
    `w-nav` navigation, a today's-date embed, the section as a linked reference field, `h1`,
    the date field bound as `04/02/2022` (no time anywhere on the page) beside a reading time,
    the summary field (with the marker) in `p.article-summary`, the `w-richtext` body whose
    empty paragraphs hold a zero-width joiner and whose pictures are `w-richtext-figure-type-
    image` figures on Webflow's asset CDN, the credit field under the body with its label in a
    separate element, a `w-dyn-list` of tags ("No items found." when empty, with the
    `w-condition-invisible` wrapper), and a "Cùng chuyên mục" collection list with dates."""
    moment = article.published
    shown = dmy(moment)
    numbers = {id(img): n for n, img in enumerate(article.images, 1)}
    captions = rehosted_captions(article, lambda i: _wf_asset(i, article, numbers[id(i)]))

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            '<figure style="max-width:1600pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image">'
            f'<div><img src="{attr(_wf_asset(img, article, number))}" loading="lazy" alt="{attr(img.caption or "")}"></div>{cap}</figure>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>\u200d</p>",
        ad="",
        script='<figure style="padding-bottom:56.206088992974244%" class="w-richtext-align-fullwidth w-richtext-figure-type-video"><div><iframe allowfullscreen="true" frameborder="0" scrolling="no" src="https://www.youtube.com/embed/lsotv2022" title="LSO TV"></iframe></div></figure>',
    )
    credit = shown_byline(article)
    credit_block = (
        f'<div class="credit-wrap"><div class="credit-label">Tác giả</div><div class="credit-text">{esc(credit)}</div></div>'
        if credit
        else '<div class="credit-wrap w-condition-invisible"><div class="credit-label">Tác giả</div><div class="credit-text w-dyn-bind-empty"></div></div>'
    )
    if article.tags:
        items = "".join(
            f'<div role="listitem" class="tag-item w-dyn-item"><a href="/the/{tag_slug(t)}" class="tag-link">{esc(t)}</a></div>'
            for t in article.tags
        )
        tags = f'<div class="tags-wrap"><div class="tags-label">Thẻ</div><div class="w-dyn-list"><div role="list" class="tag-list w-dyn-items">{items}</div></div></div>'
    else:
        tags = '<div class="tags-wrap w-condition-invisible"><div class="tags-label">Thẻ</div><div class="w-dyn-list"><div class="w-dyn-empty"><div>No items found.</div></div></div></div>'
    words = sum(len(p.text.split()) for p in article.paragraphs) + len(article.lead.split())
    same = "".join(
        f'<div role="listitem" class="w-dyn-item"><a href="{attr(o.path)}" class="card-link w-inline-block"><div class="card-title">{esc(o.title)}</div><div class="card-date">{dmy(o.published)}</div></a></div>'
        for o in others(article, 3, turn=439)
    )
    nav = "".join(
        f'<a href="/chuyen-muc/{attr(c.key)}" class="nav-link w-nav-link">{esc(c.name)}</a>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Nov 23 2026 00:41:08 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="baolangson.vn" data-wf-page="6401a7c2e5d4f3a2b1c0d9e8" data-wf-site="{_WF_SITE}" data-wf-collection="6401a7c2e5d4f3a2b1c0d9f1" data-wf-item-slug="{attr(article.slug)}" lang="vi"><head><meta charset="utf-8"><title>{esc(article.title)} | Báo Lạng Sơn</title><meta content="{attr(article.lead)}" name="description"><meta content="{attr(article.title)}" property="og:title"><meta content="{attr(article.lead)}" property="og:description"><meta content="{attr(article.title)}" property="twitter:title"><meta property="og:type" content="website"><meta content="summary_large_image" name="twitter:card"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/{_WF_SITE}/css/baolangson.webflow.8f2c1a7b3.css" rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="https://assets-global.website-files.com/{_WF_SITE}/favicon.png" rel="shortcut icon" type="image/x-icon"><link rel="canonical" href="{attr(url_of(article))}"></head><body class="body-article">
<div class="topbar"><div class="container w-container"><div class="today-embed w-embed w-script"><span id="today">{weekday(SERVED)}, {dmy(SERVED)}</span></div><a href="/lien-he" class="topbar-link">Liên hệ</a></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/{_WF_SITE}/640a1b2c3d4e5f6a7b8c9d0e_logo-bls.svg" loading="lazy" alt="Báo Lạng Sơn"></a><nav role="navigation" class="nav-menu w-nav-menu">{nav}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-article"><div class="container-article w-container">
<a href="/chuyen-muc/{attr(article.category)}" class="category-pill w-inline-block"><div>{esc(category_name(article))}</div></a>
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-meta"><div class="article-date">{shown}</div><div class="meta-dot">•</div><div class="read-time">{max(words // 200, 1)} phút đọc</div></div>
<p class="article-summary">{esc(lead_text(article))}</p>
<div class="article-body w-richtext">{body}</div>
{credit_block}
{tags}
<div class="share-row"><div class="share-label">Chia sẻ</div><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" class="share-btn w-inline-block"><img src="https://assets-global.website-files.com/{_WF_SITE}/640a_fb.svg" loading="lazy" alt=""></a><a href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}" target="_blank" class="share-btn w-inline-block"><img src="https://assets-global.website-files.com/{_WF_SITE}/640a_zalo.svg" loading="lazy" alt=""></a></div>
</div></div>
<div class="section-more"><div class="container w-container"><h2 class="heading-more">Cùng chuyên mục</h2><div class="w-dyn-list"><div role="list" class="more-grid w-dyn-items">{same}</div></div></div></div>
<div class="cookie-banner"><div>Trang web sử dụng cookie để cải thiện trải nghiệm của bạn.</div><a href="#" class="cookie-accept w-button">Đồng ý</a></div>
<footer class="footer"><div class="container w-container"><div class="footer-name">BÁO LẠNG SƠN</div><div class="footer-text">Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</div><div class="footer-text">Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={_WF_SITE}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://assets-global.website-files.com/{_WF_SITE}/js/webflow.4c1b2a9e.js" type="text/javascript"></script><script>document.getElementById("today").textContent=new Date().toLocaleDateString("vi-VN",{{weekday:"long",day:"2-digit",month:"2-digit",year:"numeric"}});</script></body></html>"""
    return CorpusPage(
        "webflow_cms", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published=None, captions=captions),
    )  # fmt: skip


# --- 5. A Gatsby + Contentful JAMstack site -----------------------------------------------------

_SPACE = "x3k9lso2p7qa"


def _ctf_asset(img: Image, article: Article) -> str:
    """The Images API address gatsby-plugin-image asks Contentful for."""
    asset = slugify(f"{article.article_id}-{image_stem(img)}").replace("-", "")[:22]
    return f"https://images.ctfassets.net/{_SPACE}/{asset}/{stable_digest(img.src)}/{image_file(img)}?w=1600&h=1067&q=75&fm=jpg"


def _css(name: str) -> str:
    """A Gatsby CSS-module class name, `post-module--title--a1b2c`."""
    return f"post-module--{name}--{stable_digest(name)[:5]}"


def gatsby_contentful(article: Article) -> CorpusPage:
    """A Gatsby 5 site sourcing articles from Contentful: `#___gatsby` and `#gatsby-focus-wrapper`,
    CSS-module class names, head tags from the Head API (`data-gatsby-head`) with a JSON-LD
    `NewsArticle` whose times are UTC with milliseconds, the section link, `h1`, a `<time>` with
    the UTC `datetime` and the date in words (`4 tháng 2 năm 2022`), the description field (with
    the marker) as the lead, the rich-text body (an empty trailing `<p></p>` where the editor
    left one, embedded assets as `gatsby-image-wrapper` figures whose real `src` sits only in
    `<noscript>`, beside a `data:` SVG sizer and `data-src`/`data-srcset`), the credit field, the
    Contentful tags, and a "Đọc tiếp" list of other posts."""
    moment = article.published
    shown = f"{moment.day} tháng {moment.month} năm {moment.year}"
    captions = rehosted_captions(article, lambda i: _ctf_asset(i, article))

    def image(img: Image, number: int) -> str:
        src = _ctf_asset(img, article)
        base = src.split("?", 1)[0]
        webp = ", ".join(f"{base}?w={w}&h={w * 2 // 3}&q=75&fm=webp {w}w" for w in (400, 800, 1600))
        jpgs = ", ".join(f"{base}?w={w}&h={w * 2 // 3}&q=75&fm=jpg {w}w" for w in (400, 800, 1600))
        alt = attr(img.caption or "")
        sizes = "(min-width: 1600px) 1600px, 100vw"
        main = f'<img width="1600" height="1067" data-main-image="" style="opacity:0" sizes="{sizes}" decoding="async" loading="lazy" data-src="{attr(src)}" data-srcset="{attr(jpgs)}" alt="{alt}">'
        fallback = f'<img width="1600" height="1067" data-main-image="" style="opacity:0" sizes="{sizes}" decoding="async" loading="lazy" src="{attr(src)}" srcset="{attr(jpgs)}" alt="{alt}">'
        wrapper = (
            '<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained">'
            '<div style="max-width:1600px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=&#x27;1067&#x27;%20width=&#x27;1600&#x27;%20xmlns=&#x27;http://www.w3.org/2000/svg&#x27;%20version=&#x27;1.1&#x27;%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"></div>'
            '<div aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear;background-color:#a8a8a8;position:absolute;top:0;left:0;bottom:0;right:0"></div>'
            f'<picture><source type="image/webp" data-srcset="{attr(webp)}" sizes="{sizes}">{main}</picture>'
            f'<noscript><picture><source type="image/webp" srcset="{attr(webp)}" sizes="{sizes}">{fallback}</picture></noscript>'
            '<script type="module">const t="undefined"!=typeof HTMLImageElement&&"loading"in HTMLImageElement.prototype;if(t){const t=document.querySelectorAll("img[data-main-image]");for(let e of t){e.dataset.src&&(e.setAttribute("src",e.dataset.src),e.removeAttribute("data-src")),e.dataset.srcset&&(e.setAttribute("srcset",e.dataset.srcset),e.removeAttribute("data-srcset"));const t=e.parentNode.querySelectorAll("source[data-srcset]");for(let e of t)e.setAttribute("srcset",e.dataset.srcset),e.removeAttribute("data-srcset");e.complete&&(e.style.opacity=1,e.parentNode.parentNode.querySelector("[data-placeholder-image]").style.opacity=0)}}</script></div>'
        )
        cap = (
            f'<figcaption class="{_css("caption")}">{esc(img.caption)}</figcaption>'
            if img.caption
            else ""
        )
        return f'<figure class="{_css("figure")}">{wrapper}{cap}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p></p>",
        ad="",
        script=f'<div class="{_css("video")}"><iframe src="https://www.youtube-nocookie.com/embed/lsotv2022" title="LSO TV" allowfullscreen="" loading="lazy"></iframe></div>',
    )
    credit = shown_byline(article)
    credit_p = f'<p class="{_css("credit")}">{esc(credit)}</p>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            f'<ul class="{_css("tags")}">'
            + "".join(f'<li><a href="/tags/{tag_slug(t)}/">{esc(t)}</a></li>' for t in article.tags)
            + "</ul>"
        )
    more = "".join(
        f'<li><a href="{attr(o.path)}"><h3>{esc(o.title)}</h3><time dateTime="{_utc_ms(o.published)}">{o.published.day} tháng {o.published.month} năm {o.published.year}</time></a></li>'
        for o in others(article, 3, turn=443)
    )
    nav = "".join(
        f'<li><a href="/{attr(c.key)}/">{esc(c.name)}</a></li>' for c in content().categories
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": _utc_ms(moment),
        "dateModified": f"{SERVED.isoformat()}T00:42:15.318Z",
        "author": [{"@type": "Person", "name": author_name(clean(a))} for a in article.authors],
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
        "mainEntityOfPage": url_of(article),
        "image": [_ctf_asset(i, article) for i in article.images][:1],
        "keywords": list(article.tags),
    }
    page_data = {
        "componentChunkName": "component---src-templates-article-tsx",
        "path": article.path,
        "matchPath": None,
    }
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.12.4"/><style>.gatsby-image-wrapper{{position:relative;overflow:hidden}}.gatsby-image-wrapper picture.object-fit-polyfill{{position:static!important}}.gatsby-image-wrapper img{{bottom:0;height:100%;left:0;margin:0;max-width:none;padding:0;position:absolute;right:0;top:0;width:100%;object-fit:cover}}.gatsby-image-wrapper [data-main-image]{{opacity:0;transform:translateZ(0);transition:opacity .25s linear;will-change:opacity}}.gatsby-image-wrapper-constrained{{display:inline-block;vertical-align:top}}</style><noscript><style>.gatsby-image-wrapper noscript [data-main-image]{{opacity:1!important}}.gatsby-image-wrapper [data-placeholder-image]{{opacity:0!important}}</style></noscript><style data-href="/styles.4f2e1a0b9c8d7e6f5a4b.css" data-identity="gatsby-global-css">.post-module--article--{stable_digest("article")[:5]}{{max-width:44rem;margin:0 auto}}</style><title data-gatsby-head="true">{esc(article.title)} · Báo Lạng Sơn</title><meta name="description" content="{attr(article.lead)}" data-gatsby-head="true"/><meta property="og:title" content="{attr(article.title)}" data-gatsby-head="true"/><meta property="og:description" content="{attr(article.lead)}" data-gatsby-head="true"/><meta property="og:type" content="article" data-gatsby-head="true"/><link rel="canonical" href="{attr(url_of(article))}" data-gatsby-head="true"/><script type="application/ld+json" data-gatsby-head="true">{json.dumps(ld, ensure_ascii=False)}</script></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout-module--page--9d2c1"><header class="layout-module--header--0b7a4"><div class="layout-module--topline--5e8f2"><span>{weekday(SERVED)}, {dmy(SERVED)}</span></div><a class="layout-module--brand--c4d1e" href="/"><img src="/static/logo-bls-7a1e2.svg" alt="Báo Lạng Sơn"/></a><nav class="layout-module--nav--a71f3"><ul>{nav}</ul></nav></header><main class="layout-module--main--2f6b8"><article class="post-module--article--{stable_digest("article")[:5]}"><header class="{_css("header")}"><a class="{_css("category")}" href="/{attr(article.category)}/">{esc(category_name(article))}</a><h1 class="{_css("title")}">{esc(article.title)}</h1><time class="{_css("date")}" dateTime="{_utc_ms(moment)}">{shown}</time><p class="{_css("lead")}">{esc(lead_text(article))}</p></header><div class="{_css("body")}">{body}</div>{credit_p}{tags}<div class="{_css("share")}"><button type="button" aria-label="Chia sẻ lên Facebook">Facebook</button><button type="button" aria-label="Sao chép liên kết">Sao chép liên kết</button></div></article><section class="{_css("next")}"><h2>Đọc tiếp</h2><ul>{more}</ul></section></main><footer class="layout-module--footer--7c3d9"><p>© {SERVED.year} Báo Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></footer></div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{article.path}";window.___webpackCompilationHash="b41e2c7a9d03f5e6a8c1";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{{\\"app\\":[\\"/app-7f3a2b1c.js\\"],\\"component---src-templates-article-tsx\\":[\\"/component---src-templates-article-tsx-3c9e1f.js\\"]}}";/*]]>*/</script><script>window.___pageData={json.dumps(page_data)}</script><script src="/component---src-templates-article-tsx-3c9e1f.js" async=""></script><script src="/app-7f3a2b1c.js" async=""></script></body></html>"""
    return CorpusPage(
        "gatsby_contentful", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", captions=captions),
    )  # fmt: skip


MARKUPS_M: dict[str, Renderer] = {
    "nhandan_like": nhandan_like,
    "laodong_like": laodong_like,
    "vtv_video": vtv_video,
    "webflow_cms": webflow_cms,
    "gatsby_contentful": gatsby_contentful,
}
