# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set AF: the thirty-first held-out set (scored once sealed at 99.9 %), now tuned on.

Written from what the systems emit, without reading the parsers, as baolangson.vn rebuilt on
another vendor's CMS the way the provincial papers' current sites are built; each page carries
the paper's own article (its section, credit, tags and sapo), not a repost. The paper after
Báo Sơn La's site (`/{section}/{slug}-{id}.html` addresses, the top bar with today's date and
the ethnic-language editions, the breadcrumb with the subsection of older articles,
`h1.post-title`, the date line `Thứ Sáu, 04/02/2022, 09:56` with a comma before the time, the
bold sapo with its marker, the editor's text in justified `p`s where each picture stands in its
own centred paragraph and its caption is the next centred italic paragraph, the credit as the
last paragraph of the text, right-aligned in bold, `Từ khóa:` links, `NewsArticle` JSON-LD in
+07:00, the description meta written twice, "Tin cùng chuyên mục" with dates, "Đọc nhiều",
the comment form), the paper after Báo Bắc Kạn's (`/{slug}-{id}.html` addresses, the header's
today date and the weather, the credit above the text beside the date line `09:56 04/02/2022`
with the hour first, the sapo as the first bold `div` of the text, Word-pasted text in `div`s
wrapped in font spans, CKEditor 5 `figure.image` pictures lazy-loaded from a GIF with the
real address in `data-src` and a `noscript` copy, a "Xem thêm" link inside the text, `Tags:`
with a tag icon, a `NewsArticle` JSON-LD whose `datePublished` is a zone-less
`2022-02-04 09:56:32` confirmed by the printed time, the share bar twice), the paper after
Báo Điện Biên Phủ's (`/tin-tuc/{section}/{id}/{slug}` addresses, the section as a kicker over
the title and a breadcrumb, schema.org microdata `NewsArticle` on the article element whose
`datePublished` is zone-less and whose only printed date is `Thứ sáu, 04/02/2022` with no time,
the sapo in `h2` with its marker, pictures as 800-wide copies on the media host linking to the
original, each caption in `p.caption` under it in `div.picture`, the credit in bold after the
text with the authors' `itemprop="author"` names as meta, `Từ khóa:` links, the font tools,
"Tin khác" with dates), the paper after Báo Nam Định's (`/channel/{section id}/{yyyymm}/{slug}-{id}/`
addresses, the top bar `Thứ Hai ngày 23/11/2026`, the date line with the weekday as a number
`Thứ 6, 04/02/2022 - 09:56` (`Chủ nhật` on Sundays), `article:published_time` in UTC with a
`Z`, the unbolded sapo, a "Tin liên quan" list over the text, root-relative `/dataimages/`
pictures in centred `div.image-box`es with the caption in `p.image-desc`, the credit in a
right-aligned `div` in bold italics, `Từ khóa:` links, the
hotline, the comment box), and the paper after Báo Ninh Bình's (`/{slug}-{timestamp}.htm`
addresses, the masthead date, the breadcrumb, the date line `Thứ sáu, 4/2/2022 | 09:56` with
the day and month unpadded, no publication time in any meta but an `og:updated_time` with
+07:00 two hours after it, the sapo in `div.sapo` with the marker in its own red `span`,
pictures behind an SVG placeholder with the real address in `data-lazy-src` and a `noscript`
copy, each caption in `span.content-image__caption`, the credit right-aligned in bold as the
text's closing paragraph, `Tags:` links run together as chips, the cookie banner).
The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its weekday and label, if any), `dateline_date` its day, `published_at` as
precise as the page gives it anywhere (an ISO time with its zone in a meta or JSON-LD counts to
the second, even in UTC; a zone-less machine time counts, with its seconds, only when the local
time the page prints confirms it, as on the Bắc Kạn-like page; a printed local time counts to
the minute; a printed date alone gives no time, so the Điện Biên Phủ-like page, whose only
machine time has no zone and no printed time confirms it, gives none; an edit time such as
`og:updated_time` does not raise the precision), `lead` the sapo without its marker (inside
the text where the page puts it there), `byline` the credit as written (with its role, without
a field label, never a source line, nor the author names repeated as meta, nor the names a
JSON-LD gives as author), `authors` the names in it in the usual capitalisation,
`tags` only the tags the page shows, `category` the top-level section the page shows (not the
subsection after it in a breadcrumb), a caption's `image_url` the address the page serves the
picture from (the `data-src` or `data-lazy-src` behind a placeholder, the 800-wide copy rather
than the original it links to, a root-relative address resolved against the page's address)
and its `text` the caption as printed (the italic paragraph after a picture on the Sơn La-like
page; none for an uncaptioned picture, whatever its `alt`).

The mastheads' today dates, the weather, hotline and editions, view counts, the edit time, the
dates of other articles in related, same-section and most-read boxes, the
author names repeated in microdata meta, the footers' licence lines, the comment forms and the
cookie banner are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta

from tests.corpus.pages import (
    BASE,
    NUMBERED_WEEKDAYS,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    dmy,
    esc,
    expected,
    image_file,
    image_stem,
    lead_text,
    others,
    rehosted_captions,
    script_json,
    section_id,
    section_menu,
    shown_byline,
    stable_digest,
    subcategory_name,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import LEGACY_WEEKDAYS, VIETNAM, author_name, clean, iso_vietnam
from tests.site.model import Article, Image

_TODAY = f"{SERVED:%d/%m/%Y}"
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
_FOOTER_LICENCE = (
    "Giấy phép hoạt động báo điện tử số 70/GP-BTTTT do Bộ Thông tin và Truyền thông cấp."
)


def _tags(article: Article, head: str, link: Callable[[str], str], sep: str = "") -> str:
    """The tag links after `head`, or nothing when the article has no tags."""
    if not article.tags:
        return ""
    links = sep.join(f'<a href="{attr(link(t))}" rel="tag">{esc(t)}</a>' for t in article.tags)
    return head + links


# --- 1. The paper after Báo Sơn La's site -----------------------------------------------------

_SL_CDN = "https://cdn.baolangson.vn"


def _sl_link(other: Article) -> str:
    """The site's address of an article: `/{section}/{slug}-{id}.html`."""
    return f"/{other.category}/{other.slug}-{other.article_id}.html"


def _sl_image(article: Article, img: Image) -> str:
    """Where the CDN serves an uploaded picture (by day of posting)."""
    m = article.published
    return f"{_SL_CDN}/uploads/images/{m:%Y/%m/%d}/{stable_digest(img.src)[:8]}-{image_file(img)}"


def sonla_like(article: Article) -> CorpusPage:
    """The paper after Báo Sơn La's site: the top bar with today's date and the editions in
    the ethnic languages, the menu, the breadcrumb with the subsection on older articles,
    `h1.post-title`, the date line `Thứ Sáu, 04/02/2022, 09:56` beside the view count, the
    bold sapo, justified editor paragraphs where each picture is its own centred paragraph
    and its caption the next centred italic one, the credit as the text's last paragraph,
    right-aligned in bold, `Từ khóa:` links, the share bar, `NewsArticle` JSON-LD in +07:00,
    the description meta twice, "Tin cùng chuyên mục" with dates, "Đọc nhiều", the comment
    form and the footer."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)}, {moment:%H:%M}"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    modified = moment + timedelta(minutes=47)
    captions = rehosted_captions(article, lambda i: _sl_image(article, i))

    def image(img: Image, n: int) -> str:
        pic = f'<p style="text-align:center"><img alt="" src="{attr(_sl_image(article, img))}" style="width:100%" /></p>'
        if not img.caption:
            return pic
        return f'{pic}\n<p style="text-align:center"><em>{esc(img.caption)}</em></p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align:justify">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="adv-inpage"><script async src="/ads/zone.js?z=14"></script></div>',
        script=f'<p style="text-align:center"><iframe src="https://www.youtube.com/embed/lso{article.article_id}" width="640" height="360" frameborder="0" allowfullscreen></iframe></p>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align:right"><strong>{esc(credit)}</strong></p>'
    tags = _tags(
        article,
        '<div class="post-tags"><span class="post-tags__label">Từ khóa:</span> ',
        lambda t: f"/tags/{tag_slug(t)}.html",
        " ",
    )
    if tags:
        tags += "</div>"
    crumbs = f'<li><a href="/{key}">{esc(cat)}</a></li>'
    if sub:
        crumbs += f'<li><a href="/{key}/{article.subcategory}">{esc(sub)}</a></li>'
    near = others(article, 12, turn=4111)
    same = "".join(
        f'<li><a href="{attr(_sl_link(o))}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in near[:6]
    )
    most = "".join(
        f'<li><span class="num">{n}</span><a href="{attr(_sl_link(o))}">{esc(o.title)}</a></li>'
        for n, o in enumerate(near[6:11], 1)
    )
    nav = section_menu(lambda k: f"/{k}", '<li class="menu-item"><a href="{href}">{name}</a></li>')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "image": [_sl_image(article, i) for i in article.images]
        or [f"{_SL_CDN}/themes/default/images/share.jpg"],
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(modified),
        "author": {"@type": "Organization", "name": "Báo Lạng Sơn"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": f"{_SL_CDN}/themes/default/images/logo.png"},
        },
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta name="description" content="{attr(lead_text(article))}">
<link rel="canonical" href="{attr(url_of(article))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:image" content="{attr(data["image"][0])}">
<script type="application/ld+json">{script_json(data)}</script>
<link rel="stylesheet" href="/themes/default/css/style.css?v=3.1.2">
</head>
<body class="detail-page">
<div class="top-bar"><div class="container"><span class="top-bar__date">{weekday(SERVED)}, {_TODAY}</span><ul class="top-bar__editions"><li><a href="/tay">Tiếng Tày</a></li><li><a href="/nung">Tiếng Nùng</a></li><li><a href="/dao">Tiếng Dao</a></li><li><a href="/bao-in">Báo in</a></li></ul></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/themes/default/images/logo.png" alt="Báo Lạng Sơn"></a><form class="search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa..."><button type="submit">Tìm</button></form></div></header>
<nav class="main-menu"><div class="container"><ul><li class="menu-item home"><a href="/">Trang chủ</a></li>{nav}</ul></div></nav>
<div class="container">
<div class="row">
<div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumbs}</ul>
<div class="post-detail">
<h1 class="post-title">{esc(article.title)}</h1>
<div class="post-meta"><span class="post-date"><i class="far fa-clock"></i> {esc(shown)}</span><span class="post-view"><i class="far fa-eye"></i> {article.article_id % 3000 + 214}</span></div>
<div class="post-sapo"><strong>{esc(lead_text(article))}</strong></div>
<div class="post-content">
{body}
</div>
{tags}
<div class="post-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" rel="noopener">Chia sẻ Facebook</a> <a href="https://zalo.me/share?url={attr(url_of(article))}" target="_blank">Zalo</a> <a href="javascript:window.print()">In bài</a></div>
</div>
<div class="box-comment"><h3 class="box-title">Ý kiến bạn đọc</h3><form action="/binh-luan" method="post"><input type="hidden" name="post_id" value="{article.article_id}"><textarea name="content" placeholder="Mời bạn để lại ý kiến..."></textarea><input type="text" name="name" placeholder="Họ và tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi ý kiến</button></form></div>
<div class="box-same"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<aside class="col-side">
<div class="box-side"><h3 class="box-title">Đọc nhiều</h3><ol>{most}</ol></div>
<div class="box-side adv"><a href="/qc/28"><img src="/uploads/adv/side-28.jpg" alt=""></a></div>
</aside>
</div>
</div>
<footer class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>{_FOOTER_LICENCE}</p><p>Tổng Biên tập: Nguyễn Văn A. Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn.</p></div></footer>
<script src="/themes/default/js/main.js?v=3.1.2"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("sonla_like", article.article_id, url_of(article), page, record)


# --- 2. The paper after Báo Bắc Kạn's site ----------------------------------------------------

_BK_MEDIA = "https://media.baolangson.vn"


def _bk_link(other: Article) -> str:
    """The site's address of an article: `/{slug}-{id}.html`."""
    return f"/{other.slug}-{other.article_id}.html"


def _bk_image(article: Article, img: Image) -> str:
    """Where the media host serves an uploaded picture (by month of posting)."""
    m = article.published
    return f"{_BK_MEDIA}/upload/{m:%Y%m}/{image_stem(img)}_{m:%d%H%M%S}.jpg"


def _bk_span(text: str) -> str:
    """A Word-pasted run of text, wrapped in the font spans the editor keeps."""
    return f'<span style="font-size:14pt"><span style="font-family:&quot;Times New Roman&quot;,serif">{text}</span></span>'


def backan_like(article: Article) -> CorpusPage:
    """The paper after Báo Bắc Kạn's site: the header's today date and the weather, the menu,
    the breadcrumb, `h1.title-detail`, the credit above the text beside the date line
    `09:56 04/02/2022` (hour first), the share bar over and under the text, the sapo as the
    first bold `div` of the text, Word-pasted `div` paragraphs in font spans, CKEditor 5
    `figure.image` pictures lazy-loaded from a GIF with the address in `data-src` and a
    `noscript` copy, a "Xem thêm" link after the third paragraph, `Tags:` with an icon, a
    `NewsArticle` JSON-LD with a zone-less `datePublished` to the second, "Tin mới" and
    "Tin cùng chuyên mục"."""
    moment = article.published
    shown = f"{moment:%H:%M} {dmy(moment)}"
    cat = category_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _bk_image(article, i))
    near = others(article, 13, turn=5227)

    def image(img: Image, n: int) -> str:
        real = _bk_image(article, img)
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            f'<figure class="image"><img class="lazy" src="{_GIF}" data-src="{attr(real)}" alt="{attr(img.caption or "")}">'
            f'<noscript><img src="{attr(real)}" alt=""></noscript>{cap}</figure>'
        )

    def after(n: int, count: int) -> str:
        if n != 3 or count < 4:
            return ""
        o = near[0]
        return f'<div class="see-more" style="text-align: justify;"><strong>Xem thêm:</strong> <a href="{attr(_bk_link(o))}">{esc(o.title)}</a></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<div style="text-align: justify;">{_bk_span(text)}</div>',
        image,
        blank="<div>&nbsp;</div>",
        ad='<div class="banner-content"><a href="/banner/click/73" rel="nofollow"><img src="/upload/banner/noi-dung-73.gif" alt=""></a></div>',
        script='<div class="media-embed"><div data-oembed-url="https://www.youtube.com/watch?v=lso2022tv"><iframe src="https://www.youtube.com/embed/lso2022tv" allowfullscreen></iframe></div></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = (
        f'<span class="author-detail"><i class="icon-user"></i> {esc(credit)}</span>'
        if credit
        else ""
    )
    tags = _tags(
        article,
        '<div class="tags-detail"><i class="icon-tags"></i> <b>Tags:</b> ',
        lambda t: f"/tag/{tag_slug(t)}.html",
        ", ",
    )
    if tags:
        tags += "</div>"
    share = f'<div class="share-detail"><a class="fb" href="https://www.facebook.com/sharer.php?u={attr(url_of(article))}" target="_blank">Facebook</a><a class="tw" href="https://twitter.com/intent/tweet?url={attr(url_of(article))}" target="_blank">Twitter</a><a class="print" href="javascript:window.print()">In</a></div>'
    latest = "".join(
        f'<li><a href="{attr(_bk_link(o))}">{esc(o.title)}</a> <i>{o.published:%H:%M}</i></li>'
        for o in near[1:7]
    )
    same = "".join(
        f'<div class="item"><a href="{attr(_bk_link(o))}"><img src="{_BK_MEDIA}/thumb/{stable_digest(o.slug)[:10]}.jpg" alt="{attr(o.title)}"></a><h3><a href="{attr(_bk_link(o))}">{esc(o.title)}</a></h3></div>'
        for o in near[7:13]
    )
    nav = section_menu(lambda k: f"/{k}.html", '<li><a href="{href}">{name}</a></li>')
    data = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "url": url_of(article),
        "headline": article.title,
        "description": article.lead,
        "image": {
            "@type": "ImageObject",
            "url": _bk_image(article, article.images[0])
            if article.images
            else f"{_BK_MEDIA}/static/logo-share.png",
            "width": 800,
            "height": 533,
        },
        "datePublished": f"{moment:%Y-%m-%d %H:%M:%S}",
        "author": {
            "@type": "Person",
            "name": ", ".join(author_name(clean(a)) for a in article.authors) or "Báo Lạng Sơn",
        },
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn điện tử"},
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(article.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(",".join(article.tags))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:image" content="{attr(data["image"]["url"])}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:type" content="article">
<link rel="canonical" href="{attr(url_of(article))}">
<script type="application/ld+json">
{script_json(data)}
</script>
<link href="/static/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/css/site.css?v=2026.3" rel="stylesheet">
</head>
<body>
<div id="header">
<div class="header-top"><div class="container"><span class="today">{weekday(SERVED)}, ngày {_TODAY}</span><span class="weather">Lạng Sơn: 16°C - 22°C</span><span class="login"><a href="/dang-nhap.html">Đăng nhập</a></span></div></div>
<div class="header-logo"><div class="container"><a href="/"><img src="/static/images/logo.png" alt="Báo Lạng Sơn điện tử"></a></div></div>
<div class="header-menu"><div class="container"><ul class="menu"><li><a href="/"><i class="icon-home"></i></a></li>{nav}</ul></div></div>
</div>
<div id="main" class="container">
<div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/{key}.html">{esc(cat)}</a></li></ol>
<div class="news-detail">
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="info-detail">{author}<span class="date-detail"><i class="icon-clock"></i> {esc(shown)}</span></div>
{share}
<div class="content-detail">
<div style="text-align: justify;"><strong>{_bk_span(esc(lead_text(article)))}</strong></div>
{body}
</div>
{tags}
{share}
</div>
<div class="box-same"><div class="box-head">Tin cùng chuyên mục</div>{same}</div>
<div class="fb-comments" data-href="{attr(url_of(article))}" data-numposts="5" data-width="100%"></div>
</div>
<div class="col-md-4">
<div class="box-latest"><div class="box-head">Tin mới</div><ul>{latest}</ul></div>
</div>
</div>
</div>
<div id="footer"><div class="container"><p>BÁO LẠNG SƠN ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>{_FOOTER_LICENCE}</p><p>Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn. Điện thoại: 0205.3812.262</p></div></div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/jquery.lazy.min.js"></script>
<script>$(function(){{$('.lazy').Lazy();}});</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("backan_like", article.article_id, url_of(article), page, record)


# --- 3. The paper after Báo Điện Biên Phủ's site ----------------------------------------------

_DB_MEDIA = "https://media.baolangson.vn"


def _db_link(other: Article) -> str:
    """The site's address of an article: `/tin-tuc/{section}/{id}/{slug}`."""
    return f"/tin-tuc/{other.category}/{other.article_id}/{other.slug}"


def _db_image(article: Article, img: Image, size: str) -> str:
    """Where the media host serves a picture, as the 800-wide copy or the original."""
    m = article.published
    return f"{_DB_MEDIA}/{size}/{m:%Y/%m/%d}/{image_stem(img)}-{m:%H%M%S}.jpg"


def dienbienphu_like(article: Article) -> CorpusPage:
    """The paper after Báo Điện Biên Phủ's site: the top bar with today's date, the menu, the
    breadcrumb, the section as a kicker over the title, the article element carrying
    schema.org microdata `NewsArticle` (a zone-less `datePublished` meta, the authors'
    names as `author` metas, the `description` on the sapo), the date line `Thứ sáu,
    04/02/2022` with no time, the font tools, the sapo in `h2` with its marker, pictures as
    800-wide copies on the media host linking to the original, the caption in `p.caption`
    under each in `div.picture`, the credit in bold after the text, `Từ khóa:` links, "Tin
    khác" with dates and "Tin đọc nhiều"."""
    moment = article.published
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {dmy(moment)}"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _db_image(article, i, "800"))

    def image(img: Image, n: int) -> str:
        cap = f'<p class="caption">{esc(img.caption)}</p>' if img.caption else ""
        return (
            f'<div class="picture" itemprop="image" itemscope itemtype="http://schema.org/ImageObject">'
            f'<a href="{attr(_db_image(article, img, "origin"))}" target="_blank"><img itemprop="url" src="{attr(_db_image(article, img, "800"))}" alt="" /></a>{cap}</div>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p></p>",
        ad='<div class="qc-giua-bai"><img src="/Content/qc/giua-bai.jpg" alt="Quảng cáo" /></div>',
        script='<div class="video-bai"><script src="https://media.baolangson.vn/player/embed.js" data-video="lso2022tv"></script></div>',
    )
    credit = shown_byline(article)
    author = f'<div class="tacgia"><b>{esc(credit)}</b></div>' if credit else ""
    metas = "".join(
        f'<meta itemprop="author" content="{attr(author_name(clean(a)))}" />'
        for a in article.authors
    )
    tags = _tags(
        article,
        '<div class="tukhoa"><span>Từ khóa:</span> ',
        lambda t: f"/tim-kiem?tag={tag_slug(t)}",
        " | ",
    )
    if tags:
        tags += "</div>"
    crumbs = f'<a href="/tin-tuc/{key}">{esc(cat)}</a>'
    if sub:
        crumbs += f' / <a href="/tin-tuc/{key}/{article.subcategory}">{esc(sub)}</a>'
    near = others(article, 12, turn=6359)
    other_news = "".join(
        f'<li><a href="{attr(_db_link(o))}">{esc(o.title)}</a> <em>({dmy(o.published)})</em></li>'
        for o in near[:7]
    )
    most = "".join(f'<li><a href="{attr(_db_link(o))}">{esc(o.title)}</a></li>' for o in near[7:12])
    nav = section_menu(lambda k: f"/tin-tuc/{k}", '<li><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:image" content="{attr(_db_image(article, article.images[0], "800") if article.images else BASE + "/Content/images/logo-share.png")}" />
<meta property="og:url" content="{attr(url_of(article))}" />
<link rel="stylesheet" href="/Content/css/style.css" />
</head>
<body>
<div class="wrapper">
<div class="top"><span class="date-now">{weekday(SERVED)}, ngày {SERVED.day} tháng {SERVED.month} năm {SERVED.year}</span><span class="top-links"><a href="/gioi-thieu">Giới thiệu</a> | <a href="/lien-he">Liên hệ</a> | <a href="/rss">RSS</a></span></div>
<div class="banner"><a href="/"><img src="/Content/images/banner.png" alt="Báo Lạng Sơn điện tử" /></a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li>{nav}</ul>
<div class="content">
<div class="left">
<div class="breadcrumb"><a href="/">Trang chủ</a> / {crumbs}</div>
<article class="news-detail" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{attr(url_of(article))}" />
<meta itemprop="datePublished" content="{moment:%Y-%m-%dT%H:%M:%S}" />
{metas}
<div class="kicker"><a href="/tin-tuc/{key}">{esc(cat)}</a></div>
<h1 class="title" itemprop="headline">{esc(article.title)}</h1>
<div class="news-info"><span class="date">{esc(shown)}</span><span class="tools"><a href="#" class="font-minus">A-</a> <a href="#" class="font-plus">A+</a> <a href="javascript:window.print()">In</a></span></div>
<h2 class="sapo" itemprop="description">{esc(lead_text(article))}</h2>
<div class="news-content" itemprop="articleBody">
{body}
</div>
{author}
{tags}
</article>
<div class="tin-khac"><h3>Tin khác</h3><ul>{other_news}</ul></div>
</div>
<div class="right">
<div class="box"><h3>Tin đọc nhiều</h3><ul>{most}</ul></div>
<div class="box"><h3>Liên kết</h3><a href="https://langson.gov.vn"><img src="/Content/images/lk-ubnd.png" alt="Cổng thông tin điện tử tỉnh" /></a></div>
</div>
</div>
<div class="footer"><p>BÁO LẠNG SƠN ĐIỆN TỬ</p><p>{_FOOTER_LICENCE}</p><p>Tổng biên tập: Nguyễn Văn A - Tòa soạn: Số 2 đường Hùng Vương, thành phố Lạng Sơn</p></div>
</div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published=None, captions=captions)
    return CorpusPage("dienbienphu_like", article.article_id, url_of(article), page, record)


# --- 4. The paper after Báo Nam Định's site ---------------------------------------------------


def _nd_link(other: Article) -> str:
    """The portal's address of an article: `/channel/{section id}/{yyyymm}/{slug}-{id}/`."""
    number = section_id(other.category, 5081)
    return f"/channel/{number}/{other.published:%Y%m}/{other.slug}-{other.article_id}/"


def _nd_image(article: Article, img: Image) -> str:
    """Where the portal stores a picture (root-relative, by month of posting)."""
    m = article.published
    return f"/dataimages/{m:%Y%m}/original/images{article.article_id % 10**7}_{image_stem(img)}.jpg"


def namdinh_like(article: Article) -> CorpusPage:
    """The paper after Báo Nam Định's site: the top bar `Thứ Hai ngày 23/11/2026` and the
    hotline, the menu, the breadcrumb, `h1.detail-title`, the date line with the weekday as a
    number `Thứ 6, 04/02/2022 - 09:56`, `article:published_time` in UTC with a `Z`, the
    unbolded sapo, a "Tin liên quan" list over the text, root-relative `/dataimages/` pictures
    in centred `div.image-box`es with the caption in `p.image-desc`, the credit in a
    right-aligned `div` in bold italics, `Từ khóa:` links, the comment box, "Tin
    cùng chuyên mục" and "Tin xem nhiều"."""
    moment = article.published
    shown = f"{NUMBERED_WEEKDAYS[moment.weekday()]}, {dmy(moment)} - {moment:%H:%M}"
    utc = moment.replace(tzinfo=VIETNAM).astimezone(UTC)
    cat = category_name(article)
    key = article.category
    number = section_id(key, 5081)
    captions = rehosted_captions(article, lambda i: BASE + _nd_image(article, i))

    def image(img: Image, n: int) -> str:
        cap = f'<p class="image-desc">{esc(img.caption)}</p>' if img.caption else ""
        return f'<div class="image-box" style="text-align:center"><img src="{attr(_nd_image(article, img))}" alt="{attr(article.title)}" width="600" />{cap}</div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p class="MsoNormal" style="text-align:justify">{text}</p>',
        image,
        blank='<p class="MsoNormal">&nbsp;</p>',
        ad='<div class="adv-detail" id="adv-detail-1"></div>',
        script='<script type="text/javascript">var _vplayer = "lso2022tv";</script><div id="vplayer"></div>',
    )
    credit = shown_byline(article)
    author = (
        f'<div class="detail-author" style="text-align:right"><b><i>{esc(credit)}</i></b></div>'
        if credit
        else ""
    )
    tags = _tags(
        article,
        '<div class="detail-keyword"><strong>Từ khóa:</strong> ',
        lambda t: f"/tag/{tag_slug(t)}/",
        ", ",
    )
    if tags:
        tags += "</div>"
    near = others(article, 13, turn=7433)
    related = ""
    if article.article_id % 3:
        related = (
            '<div class="related-top"><ul>'
            + "".join(
                f'<li><a href="{attr(_nd_link(o))}">{esc(o.title)}</a></li>' for o in near[:2]
            )
            + "</ul></div>"
        )
    same = "".join(
        f'<li><a href="{attr(_nd_link(o))}">{esc(o.title)}</a> <span class="time">{o.published:%d/%m/%Y %H:%M}</span></li>'
        for o in near[2:8]
    )
    viewed = "".join(
        f'<li><a href="{attr(_nd_link(o))}">{esc(o.title)}</a></li>' for o in near[8:13]
    )
    nav = section_menu(
        lambda k: f"/channel/{section_id(k, 5081)}/", '<li><a href="{href}">{name}</a></li>'
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta property="og:site_name" content="Báo Lạng Sơn" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:image" content="{attr(BASE + _nd_image(article, article.images[0]) if article.images else BASE + "/images/logo-share.jpg")}" />
<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}Z" />
<meta property="article:section" content="{attr(cat)}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link type="text/css" rel="stylesheet" href="/css/style.css" />
</head>
<body>
<div id="wrapper">
<div class="topbar"><span class="today">{weekday(SERVED)} ngày {_TODAY}</span><span class="hotline">Đường dây nóng: 0205.3870.999</span><a href="/rss/">RSS</a></div>
<div class="header"><a href="/"><img src="/images/logo.png" alt="Báo Lạng Sơn" /></a></div>
<div class="nav"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></div>
<div class="main">
<div class="main-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/channel/{number}/">{esc(cat)}</a></div>
<div class="detail">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-time">{esc(shown)}</div>
<div class="detail-sapo">{esc(lead_text(article))}</div>
{related}
<div class="detail-content">
{body}
</div>
{author}
{tags}
<div class="detail-tool"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject={attr(article.title)}">Gửi email</a> | <a href="#top">Lên đầu trang</a></div>
</div>
<div class="comment-box"><div class="box-title">Ý kiến bạn đọc</div><form method="post" action="/comment/"><input type="text" name="fullname" placeholder="Họ tên (*)" /><input type="text" name="email" placeholder="Email (*)" /><textarea name="content"></textarea><input type="submit" value="Gửi" /></form></div>
<div class="box-same"><div class="box-title">Tin cùng chuyên mục</div><ul>{same}</ul></div>
</div>
<div class="main-right">
<div class="box"><div class="box-title">Tin xem nhiều</div><ul>{viewed}</ul></div>
</div>
</div>
<div class="footer">BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN<br />{_FOOTER_LICENCE}<br />Tổng biên tập: Nguyễn Văn A</div>
</div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("namdinh_like", article.article_id, url_of(article), page, record)


# --- 5. The paper after Báo Ninh Bình's site --------------------------------------------------

_NB_MEDIA = "https://media.baolangson.vn"
_NB_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20533'%3E%3C/svg%3E"


def _nb_link(other: Article) -> str:
    """The site's address of an article: `/{slug}-{timestamp}.htm`."""
    return f"/{other.slug}-{other.published:%Y%m%d%H%M%S}{other.article_id % 1000:03d}.htm"


def _nb_image(article: Article, img: Image) -> str:
    """Where the media host serves a picture (by day of posting)."""
    m = article.published
    return f"{_NB_MEDIA}/images/{m:%Y%m%d}/{image_stem(img)}-{stable_digest(img.src)[:6]}.jpg"


def ninhbinh_like(article: Article) -> CorpusPage:
    """The paper after Báo Ninh Bình's site: the masthead date, the menu, the breadcrumb,
    `h1.article-title`, the date line `Thứ sáu, 4/2/2022 | 09:56` with the day and month
    unpadded, no publication time in the metadata but an `og:updated_time` with +07:00, the
    sapo in `div.sapo` with the marker in a red `span`, pictures behind an SVG placeholder
    with the address in `data-lazy-src` and a `noscript` copy, the caption in
    `span.content-image__caption`, the credit right-aligned in bold closing the text,
    `Tags:` links, "Bài viết liên quan", "Tin mới nhất" and the cookie
    banner."""
    moment = article.published
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {moment.day}/{moment.month}/{moment.year} | {moment:%H:%M}"
    updated = moment + timedelta(hours=2, minutes=9, seconds=17)
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _nb_image(article, i))

    def image(img: Image, n: int) -> str:
        real = _nb_image(article, img)
        cap = (
            f'<span class="content-image__caption">{esc(img.caption)}</span>' if img.caption else ""
        )
        return (
            f'<div class="content-image"><img src="{_NB_SVG}" data-lazy-src="{attr(real)}" alt="" width="800" height="533" />'
            f'<noscript><img src="{attr(real)}" alt="" /></noscript>{cap}</div>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad='<div class="ads-inside"><ins class="adsbygoogle" data-ad-slot="20261"></ins></div>',
        script='<div class="embed-video"><iframe src="https://www.youtube.com/embed/lso2022tv" loading="lazy" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    author = (
        f'<p class="article-author" style="text-align:right"><strong>{esc(credit)}</strong></p>'
        if credit
        else ""
    )
    tags = _tags(
        article,
        '<div class="article-tags"><span>Tags:</span>',
        lambda t: f"/tags/{tag_slug(t)}.htm",
    )
    if tags:
        tags += "</div>"
    marker, plain = article.lead_prefix, article.lead
    sapo = (
        f'<span style="color:#c00000">{esc(marker.strip())}</span> ' if marker.strip() else ""
    ) + esc(plain)
    crumbs = f'<li><a href="/{key}.htm">{esc(cat)}</a></li>'
    if sub:
        crumbs += f'<li><a href="/{key}/{article.subcategory}.htm">{esc(sub)}</a></li>'
    near = others(article, 11, turn=8539)
    related = "".join(
        f'<li><a href="{attr(_nb_link(o))}">{esc(o.title)}</a></li>' for o in near[:5]
    )
    latest = "".join(
        f'<li><a href="{attr(_nb_link(o))}">{esc(o.title)}</a><span>{o.published:%H:%M %d/%m/%Y}</span></li>'
        for o in near[5:11]
    )
    nav = section_menu(lambda k: f"/{k}.htm", '<li><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:updated_time" content="{iso_vietnam(updated)}">
<meta property="og:image" content="{attr(_nb_image(article, article.images[0]) if article.images else _NB_MEDIA + "/static/og-default.jpg")}">
<meta property="og:image:alt" content="{attr(article.title)}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/assets/css/app.css?ver=5.2">
</head>
<body class="single">
<header class="masthead"><div class="masthead__date">{weekday(SERVED)}, {SERVED.day}/{SERVED.month}/{SERVED.year}</div><a class="masthead__logo" href="/"><img src="/assets/img/logo.png" alt="Báo Lạng Sơn"></a><nav class="masthead__nav"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></nav></header>
<main class="site-main">
<div class="container">
<ol class="breadcrumbs"><li><a href="/">Trang chủ</a></li>{crumbs}</ol>
<div class="article">
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-meta"><span class="article-date">{esc(shown)}</span><span class="article-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank">Facebook</a> <a href="https://zalo.me/share?u={attr(url_of(article))}">Zalo</a></span></div>
<div class="sapo"><strong>{sapo}</strong></div>
<div class="article-content">
{body}
{author}
</div>
{tags}
<div class="related"><h3>Bài viết liên quan</h3><ul>{related}</ul></div>
</div>
<aside class="sidebar"><div class="widget"><h3 class="widget-title">Tin mới nhất</h3><ul>{latest}</ul></div></aside>
</div>
</main>
<footer class="site-footer"><p>BÁO LẠNG SƠN ĐIỆN TỬ</p><p>{_FOOTER_LICENCE}</p><p>Tổng biên tập: Nguyễn Văn A. Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn.</p></footer>
<div id="cookie-notice" class="cookie-notice"><span>Trang web sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn.</span> <a href="#" class="cookie-notice__accept">Chấp nhận</a> <a href="/chinh-sach-bao-mat.htm">Xem thêm</a></div>
<script src="/assets/js/lazyload.min.js"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("ninhbinh_like", article.article_id, url_of(article), page, record)


MARKUPS_AF: dict[str, Renderer] = {
    "sonla_like": sonla_like,
    "backan_like": backan_like,
    "dienbienphu_like": dienbienphu_like,
    "namdinh_like": namdinh_like,
    "ninhbinh_like": ninhbinh_like,
}
