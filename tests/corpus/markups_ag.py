# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set AG: the thirty-second held-out set (scored once sealed at 96.4 %), now tuned on.

Written from what the systems emit, without reading the parsers, as the other realistic case
beside a redesign: the paper's article republished by other news sites in their own templates,
each with its own section, its own tags, its own way of printing the credit and a source line.
Báo Xây dựng (the construction ministry's paper: the top bar with today's date and the
hotline, most reposts under its "Địa phương" section with the province as the breadcrumb's
second step, the date line split in two spans with the lower-case weekday and the day and
month unpadded, `Thứ sáu, 4/2/2022 09:56 (GMT+7)`, `Nguồn: baolangson.vn` beside it before
the sapo, the bold sapo in `h2` without the marker, `picture` elements whose `source` offers
a WebP copy and whose `img` is the JPEG re-upload, `figcaption` only under captioned pictures,
a "Tin liên quan" box inside the text, the credit right-aligned in bold after the text,
`Từ khóa:`, `article:published_time` in +07:00 beside `NewsArticle` and `BreadcrumbList`
JSON-LD naming the site as the author, "Đọc nhiều" with times, the comment form), Tạp chí Mặt
trận (the Fatherland Front's magazine: `<title>` with the magazine's name first, the
breadcrumb's section and its "Các địa phương" step, microdata `NewsArticle` on the article
element with `datePublished` in +07:00 in a `meta` while the page prints only the date,
`Thứ Sáu, ngày 04/02/2022`, the authors as microdata `Person`s on one line joined by ` - `
before the summary, the summary with the paper's marker kept, Word-pasted text in nested font
spans, the paper's own pictures hotlinked, each caption as the centred blue italic paragraph
under its picture, the source as the original's full address after `Nguồn:`, the tags list,
"Bài viết cùng chuyên mục" with dates, the printed issue and the visitor counter), Báo Phụ nữ
Việt Nam (the women's union's paper: addresses ending in a 17-digit timestamp, the top bar
with today's date, the section above the title, `04/02/2022 | 09:56` in two spans, the sapo
in `h2.sapo` with the marker kept, pictures re-uploaded with `loading="lazy"` and the caption
in `div.caption` under each, the credit as the authors' names joined by ` - ` with the agency
suffix `/Báo Lạng Sơn`, `Từ khóa:` with the site's own tag "Lạng Sơn" last, a `NewsArticle`
JSON-LD whose `datePublished` is the printed `04/02/2022 09:56` and not ISO, "Tin mới" with
relative times, the cookie banner), Báo Thanh tra (the Government Inspectorate's paper: the
`_t114c{n}n{id}` addresses, the breadcrumb of section and subsection, the date line on a
12-hour clock `Thứ Sáu, 04/02/2022, 09:56 AM (GMT+7)`, the sapo in bold without the marker,
the text in editor `div`s, each picture in a centred paragraph with its caption in italics
after a `<br />`, the credit right-aligned in bold and `Nguồn: Báo Lạng Sơn` in italics
under it, `Từ khóa:` comma-joined, `NewsArticle` JSON-LD in +07:00 naming the site, the
readers' opinion form, "Tin cùng chuyên mục" and "Đọc nhiều"), and Báo Công Thương (the
trade ministry's paper: the section above the title, the authors' names linked to their pages
above the sapo, `09:56 | 04/02/2022` after a clock icon, the sapo in `h2` with the marker
kept, `figure.image` pictures lazy behind an SVG placeholder with the real address and its
`?rt=` stamp in `data-src`, a "Xem thêm" box inside the text, `Nguồn: Báo Lạng Sơn` after the
text, "Theo dõi Báo Công Thương trên Google News", `Tags:`, `article:published_time` and
`NewsArticle` JSON-LD both written without a zone, the cookie banner). The expected records
come from the content alone.

The field rules of the earlier held-out sets hold: `title` the article's headline,
`dateline` the article's date line as printed (with its weekday and label, if any; the text of
the line without its icons, its spans joined as the page shows them), `dateline_date` its
day, `published_at` as precise as the page gives it anywhere (an ISO time with its zone in a
meta, microdata or JSON-LD counts to the second; a zone-less machine time counts, with its
seconds, only when the local time the page prints confirms it (the Công Thương page); a
printed local time counts to the minute, on a 12-hour clock too; a printed date alone gives
no time, but Mặt trận's zoned microdata still gives the second; a non-ISO JSON-LD value does
not raise the precision (Phụ nữ Việt Nam: the minute); an edit time does not either), `lead`
the sapo without its marker, `byline` the credit as the reposting site prints it (without a
field label, never a source line such as `Nguồn: Báo Lạng Sơn` or `Nguồn:` with the
original's address, nor an agency suffix such as `/Báo Lạng Sơn`, nor the organisation a
JSON-LD names as author; where a page shows only the authors' names, those names as printed on
one line, or joined by ", " when each is its own link), `authors` the names in it in the usual
capitalisation, `tags` only the tags the page shows, as it shows them (the site's own tag
counts; keywords only in a meta do not), `category` the reposting site's top-level section
the page shows (not the paper's section, not a subsection or province after it in a
breadcrumb), a caption's `image_url` the address the page serves the picture from (the
site's re-upload in the `img` rather than a `source`'s WebP copy; the paper's own address
where the page hotlinks it; the `data-src` behind a placeholder, with its query) and its
`text` the caption as printed (none for an uncaptioned picture, whatever its `alt`).
The reposting sites print the article's own publication time as the repost's.

The mastheads' today dates, the hotlines, the view counts, the modified times, the source
lines and agency suffixes, the printed issue, the visitor counter, the dates, times and
relative times of other articles in the related, most-read, latest and same-section boxes,
the comment and opinion forms, "Theo dõi … trên Google News", the cookie banners and the
footers are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import timedelta

from tests.corpus.pages import (
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    author_names,
    dmy,
    esc,
    image_file,
    image_src,
    image_stem,
    lead_text,
    others,
    rehosted_captions,
    repost_menu,
    repost_record,
    script_json,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import LEGACY_WEEKDAYS, iso_vietnam
from tests.site.model import Article, Image

_TODAY = f"{SERVED:%d/%m/%Y}"
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20700%20466'%3E%3C/svg%3E"
_VIDEO = "https://www.youtube.com/embed/lso2022tv"


def _repost_id(article: Article, digits: int) -> str:
    """A stable repost id for the reposting site's own address."""
    return str(int(stable_digest(f"ag{digits}:{article.article_id}")[:8], 16) % 10**digits)


# --- 1. Báo Xây dựng ------------------------------------------------------------------------

_XD_SECTIONS = (
    "Thời sự",
    "Quy hoạch - Kiến trúc",
    "Hạ tầng",
    "Bất động sản",
    "Vật liệu xây dựng",
    "Kinh tế",
    "Xã hội",
    "Pháp luật",
    "Văn hóa - Thể thao",
    "Địa phương",
)
_XD_MAP = {
    "thoi-su": "Địa phương",
    "chinh-tri": "Địa phương",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Địa phương",
    "van-hoa": "Văn hóa - Thể thao",
    "the-thao": "Văn hóa - Thể thao",
    "du-lich": "Văn hóa - Thể thao",
    "quoc-te": "Địa phương",
}
_XD_MEDIA = "https://media.baoxaydung.vn/files"


def _xd_image(article: Article, img: Image, ext: str = "jpg") -> str:
    """The site's re-upload of a picture (JPEG, or the WebP copy), by day of posting."""
    return f"{_XD_MEDIA}/{article.published:%Y/%m/%d}/{image_stem(img)}-{stable_digest(image_file(img))[:6]}.{ext}"


def xaydung_repost(article: Article) -> CorpusPage:
    """Báo Xây dựng (baoxaydung.vn) reposting the paper's article: the top bar with today's
    date, the hotline and the e-paper link, the menu, the breadcrumb (the section, then
    "Lạng Sơn" under "Địa phương"), the `h1`, the date line in two spans with the lower-case
    weekday and unpadded day and month, `Thứ sáu, 4/2/2022 09:56 (GMT+7)`, `Nguồn:
    baolangson.vn` beside it, the bold sapo in `h2` without the marker, `picture` elements
    (a WebP `source`, the JPEG `img`) in `figure`s with a `figcaption` when captioned, a
    "Tin liên quan" box after the second paragraph, the credit right-aligned in bold,
    `Từ khóa:`, the comment form, "Đọc nhiều" with times and the footer.
    `article:published_time` and the JSON-LD are in +07:00; the JSON-LD names the site."""
    moment = article.published
    day = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {moment.day}/{moment.month}/{moment.year}"
    hour = f"{moment:%H:%M} (GMT+7)"
    shown = f"{day} {hour}"
    edited = moment + timedelta(minutes=47)
    section = _XD_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _xd_image(article, i))
    credit = shown_byline(article)
    tags = list(article.tags)
    near = others(article, 9, turn=5501)
    own = f"https://baoxaydung.vn/{tag_slug(article.title)}-{_repost_id(article, 6)}.html"

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            f'<figure class="image align-center"><picture><source type="image/webp" srcset="{attr(_xd_image(article, img, "webp"))}" />'
            f'<img src="{attr(_xd_image(article, img))}" alt="{attr(img.caption or "")}" width="700" height="467" /></picture>{cap}</figure>'
        )

    def after(number: int, count: int) -> str:
        if number != 2 or count < 3:
            return ""
        items = "".join(
            f'<li><a href="/{tag_slug(o.title)}-{_repost_id(o, 6)}.html">{esc(o.title)}</a></li>'
            for o in near[:2]
        )
        return f'<div class="box-related-inline"><div class="box-related-inline__title">Tin liên quan</div><ul>{items}</ul></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads-inpage" data-zone="xd-inpage-1"></div>',
        script=f'<div class="embed-video"><iframe src="{_VIDEO}" width="700" height="394" frameborder="0" allowfullscreen></iframe></div>',
        after=after,
    )
    credit_line = (
        f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>' if credit else ""
    )
    tag_block = ""
    if tags:
        tag_block = (
            '<div class="article__tags"><span class="article__tags-title">Từ khóa:</span> '
            + " ".join(f'<a href="/tags/{tag_slug(t)}.html">{esc(t)}</a>' for t in tags)
            + "</div>"
        )
    popular = "".join(
        f'<li><a href="/{tag_slug(o.title)}-{_repost_id(o, 6)}.html">{esc(o.title)}</a><span class="time">{o.published:%H:%M %d/%m}</span></li>'
        for o in near[2:8]
    )
    first = (
        _xd_image(article, article.images[0])
        if article.images
        else "https://baoxaydung.vn/images/share.jpg"
    )
    data = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": own},
            "headline": article.title,
            "description": article.lead,
            "image": [first],
            "datePublished": iso_vietnam(moment),
            "dateModified": iso_vietnam(edited),
            "author": {"@type": "Organization", "name": "Báo Xây dựng"},
            "publisher": {
                "@type": "Organization",
                "name": "Báo Xây dựng",
                "logo": {"@type": "ImageObject", "url": "https://baoxaydung.vn/images/logo.png"},
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
                    "item": "https://baoxaydung.vn/",
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": section,
                    "item": f"https://baoxaydung.vn/{tag_slug(section)}",
                },
            ],
        },
    ]
    crumbs = f'<li><a href="/">Trang chủ</a></li><li><a href="/{tag_slug(section)}">{esc(section)}</a></li>'
    if section == "Địa phương":
        crumbs += '<li><a href="/dia-phuong/lang-son">Lạng Sơn</a></li>'
    menu = repost_menu(_XD_SECTIONS, '<li class="menu__item"><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | Báo Xây dựng</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join([*tags, "báo xây dựng", "tin tức xây dựng"]))}">
<link rel="canonical" href="{attr(own)}">
<meta property="og:site_name" content="Báo Xây dựng">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(own)}">
<meta property="og:image" content="{attr(first)}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:modified_time" content="{iso_vietnam(edited)}">
<meta property="article:section" content="{attr(section)}">
<link rel="stylesheet" href="https://baoxaydung.vn/assets/css/detail.min.css?v=4.1.2">
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body class="detail-page">
<div class="topbar"><div class="container"><span class="topbar__date">{weekday(SERVED)}, {_TODAY}</span><span class="topbar__hotline">Hotline: 0988.888.366</span><a href="/bao-in">Báo in</a><a href="/dang-nhap">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="https://baoxaydung.vn/images/logo.png" alt="Báo Xây dựng"></a><div class="ads-top" data-zone="xd-top"></div></div></header>
<nav class="menu"><div class="container"><ul class="menu__list"><li class="menu__item home"><a href="/">Trang chủ</a></li>{menu}<li class="menu__item"><a href="/emagazine">E-Magazine</a></li></ul></div></nav>
<main class="container">
<div class="layout">
<div class="layout__main">
<ul class="breadcrumb">{crumbs}</ul>
<article class="article">
<h1 class="article__title">{esc(article.title)}</h1>
<div class="article__meta"><div class="article__date"><span class="date">{esc(day)}</span> <span class="hour">{esc(hour)}</span></div><div class="article__source">Nguồn: <a href="{attr(url_of(article))}" rel="nofollow noopener" target="_blank">baolangson.vn</a></div><div class="article__share"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank">Facebook</a><a class="share-zalo" href="https://sp.zalo.me/share_inline?u={attr(own)}">Zalo</a><a class="share-copy" href="javascript:void(0)">Sao chép link</a></div></div>
<h2 class="article__sapo"><strong>{esc(article.lead)}</strong></h2>
<div class="article__body">
{body}
{credit_line}
</div>
{tag_block}
<div class="article__comment"><div class="comment-title">Ý kiến của bạn</div><form action="/comment/send" method="post"><textarea name="content" placeholder="Nhập nội dung bình luận"></textarea><input type="text" name="fullname" placeholder="Họ tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi ý kiến</button></form></div>
</article>
</div>
<aside class="layout__side"><section class="box-popular"><h3 class="box-title">Đọc nhiều</h3><ol>{popular}</ol></section><div class="ads-right" data-zone="xd-right-1"></div></aside>
</div>
</main>
<footer class="footer"><div class="container"><p><strong>BÁO XÂY DỰNG</strong> - Cơ quan ngôn luận của Bộ Xây dựng</p><p>Giấy phép số 133/GP-BTTTT. Tổng Biên tập: Nguyễn Văn G.</p><p>Tòa soạn: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3974.8899</p><p>© Bản quyền thuộc về Báo Xây dựng. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div></footer>
<script src="https://baoxaydung.vn/assets/js/app.min.js?v=4.1.2" defer></script>
</body>
</html>
"""
    record = repost_record(
        article,
        dateline=shown,
        published="seconds",
        captions=captions,
        byline=credit,
        category=section,
        tags=tags,
    )
    return CorpusPage("xaydung_repost", article.article_id, url_of(article), page, record)


# --- 2. Tạp chí Mặt trận --------------------------------------------------------------------

_MT_SECTIONS = (
    "Thời sự",
    "Hoạt động Mặt trận",
    "Mặt trận với cơ sở",
    "Dân tộc - Tôn giáo",
    "Xây dựng Đảng",
    "Kinh tế",
    "Văn hóa - Xã hội",
    "Quốc phòng - An ninh",
    "Quốc tế",
    "Nghiên cứu lý luận",
)
_MT_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Xây dựng Đảng",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Văn hóa - Xã hội",
    "phap-luat": "Quốc phòng - An ninh",
    "giao-duc": "Văn hóa - Xã hội",
    "van-hoa": "Văn hóa - Xã hội",
    "the-thao": "Văn hóa - Xã hội",
    "du-lich": "Văn hóa - Xã hội",
    "quoc-te": "Quốc tế",
}


def mattran_repost(article: Article) -> CorpusPage:
    """Tạp chí Mặt trận (tapchimattran.vn) reposting the paper's article: `<title>` with the
    magazine's name first, the masthead with today's date and the Front's line, the menu, the
    breadcrumb (section, then "Các địa phương"), the article element carrying microdata
    `NewsArticle` with `datePublished` and `dateModified` in +07:00 as `meta`s while the page
    prints only `Thứ Sáu, ngày 04/02/2022`, the authors as `Person`s joined by ` - ` before
    the summary, the summary with the paper's marker kept, Word-pasted paragraphs in nested
    font spans, the paper's pictures hotlinked in centred `div`s with each caption as the
    blue italic paragraph under it, `Nguồn:` with the original's full address, the tags list,
    "Bài viết cùng chuyên mục" with dates, the printed issue, the visitor counter."""
    moment = article.published
    shown = f"{weekday(moment)}, ngày {dmy(moment)}"
    section = _MT_MAP[article.category]
    names = author_names(article)
    byline = " - ".join(names) if names else shown_byline(article)
    people = " - ".join(
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{esc(n)}</span></span>'
        for n in names
    ) or esc(byline or "")
    tags = list(article.tags)
    near = others(article, 6, turn=6607)
    own = f"https://tapchimattran.vn/{tag_slug(section)}/{tag_slug(article.title)}-{_repost_id(article, 5)}.html"

    def image(img: Image, number: int) -> str:
        pic = f'<div style="text-align: center;"><img alt="" src="{attr(image_src(img))}" style="width: 600px; height: 400px;" /></div>'
        if img.caption:
            pic += f'<p style="text-align: center;"><span style="color:#0000cd;"><em>{esc(img.caption)}</em></span></p>'
        return pic

    body = write_numbered_blocks(
        article,
        lambda text, n, c: (
            f'<p style="text-align: justify;"><span style="font-size:16px;"><span style="font-family:Arial,Helvetica,sans-serif;">{text}</span></span></p>'
        ),
        image,
        blank='<p style="text-align: justify;">&nbsp;</p>',
        ad="",
        script=f'<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="338" src="{_VIDEO}" width="600"></iframe></p>',
    )
    tag_block = ""
    if tags:
        tag_block = (
            '<div class="post-tags"><span class="post-tags__label">Tags</span><ul>'
            + "".join(f'<li><a href="/tag/{tag_slug(t)}.html">{esc(t)}</a></li>' for t in tags)
            + "</ul></div>"
        )
    same = "".join(
        f'<li><a href="/{tag_slug(section)}/{tag_slug(o.title)}-{_repost_id(o, 5)}.html">{esc(o.title)}</a> <em>({dmy(o.published)})</em></li>'
        for o in near
    )
    menu = repost_menu(_MT_SECTIONS, '<li><a href="{href}.html">{name}</a></li>')
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Tạp chí Mặt trận - {esc(article.title)}</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join([*tags, "Mặt trận Tổ quốc", "đại đoàn kết"]))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(image_src(article.images[0]) if article.images else "https://tapchimattran.vn/images/logo-share.jpg")}" />
<link rel="canonical" href="{attr(own)}" />
<link rel="stylesheet" type="text/css" href="/templates/mattran/css/style.css" />
</head>
<body>
<div id="wrapper">
<div id="header"><div class="header-top"><span class="today">{weekday(SERVED)}, ngày {_TODAY}</span><span class="org">Cơ quan của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam</span><form class="search" action="/tim-kiem.html" method="get"><input type="text" name="q" placeholder="Tìm kiếm" /></form></div><a id="logo" href="/"><img src="/templates/mattran/images/logo.png" alt="Tạp chí Mặt trận" /></a></div>
<div id="menu"><ul><li class="home"><a href="/">Trang chủ</a></li>{menu}</ul></div>
<div id="content">
<div class="col-main">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/{tag_slug(section)}.html">{esc(section)}</a> » <a href="/{tag_slug(section)}/cac-dia-phuong.html">Các địa phương</a></div>
<div class="post-detail" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_vietnam(moment)}" />
<meta itemprop="dateModified" content="{iso_vietnam(moment + timedelta(days=1, hours=2))}" />
<meta itemprop="mainEntityOfPage" content="{attr(own)}" />
<h1 class="post-title" itemprop="headline">{esc(article.title)}</h1>
<div class="post-date">{esc(shown)}</div>
<div class="post-author">{people}</div>
<div class="post-summary" itemprop="description"><p>{esc(lead_text(article))}</p></div>
<div class="post-content" itemprop="articleBody">
{body}
<p style="text-align: right;"><em>Nguồn: <a href="{attr(url_of(article))}" target="_blank">{esc(url_of(article))}</a></em></p>
</div>
{tag_block}
<div class="post-tools"><a href="javascript:window.print();">In bài viết</a> <a href="mailto:?subject={attr(article.title)}">Gửi email</a></div>
</div>
<div class="same-category"><h3>Bài viết cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<div class="col-right"><div class="box-print"><h3>Tạp chí in</h3><a href="/tap-chi-in/so-245.html"><img src="/images/bia-so-245.jpg" alt="" /></a><p>Số 245 (Tháng 11/2026)</p></div><div class="box-counter">Lượt truy cập: 18.204.775</div></div>
</div>
<div id="footer"><p><b>TẠP CHÍ MẶT TRẬN</b> - Cơ quan của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam</p><p>Giấy phép số 76/GP-BTTTT. Tổng Biên tập: Hoàng Văn H.</p><p>Tòa soạn: 46 Tràng Thi, Hoàn Kiếm, Hà Nội.</p></div>
</div>
</body>
</html>
"""
    record = repost_record(
        article,
        dateline=shown,
        published="seconds",
        captions=None,
        byline=byline,
        category=section,
        tags=tags,
    )
    return CorpusPage("mattran_repost", article.article_id, url_of(article), page, record)


# --- 3. Báo Phụ nữ Việt Nam ---------------------------------------------------------------

_PN_SECTIONS = (
    "Thời sự",
    "Hội LHPN Việt Nam",
    "Pháp luật",
    "Kinh tế",
    "Xã hội",
    "Giáo dục",
    "Sức khỏe",
    "Văn hóa - Giải trí",
    "Gia đình",
    "Thể thao",
    "Quốc tế",
)
_PN_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Giáo dục",
    "van-hoa": "Văn hóa - Giải trí",
    "the-thao": "Thể thao",
    "du-lich": "Văn hóa - Giải trí",
    "quoc-te": "Quốc tế",
}
_PN_MEDIA = "https://media.phunuvietnam.vn/upload"


def _pn_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture, by day of posting."""
    return f"{_PN_MEDIA}/{article.published:%Y/%m/%d}/{stable_digest(image_file(img))[:8]}_{image_file(img)}"


def phunu_repost(article: Article) -> CorpusPage:
    """Báo Phụ nữ Việt Nam (phunuvietnam.vn) reposting the paper's article: addresses ending
    in a 17-digit timestamp, the top bar with today's date and the podcast and login links,
    the menu, the section above the title, `04/02/2022 | 09:56` in two spans, the sapo in
    `h2.sapo` with the marker kept, pictures re-uploaded with `loading="lazy"` and the caption
    in `div.caption`, the credit right-aligned as the authors' names joined by ` - ` with the
    agency suffix `/Báo Lạng Sơn`, `Từ khóa:` with the site's tag "Lạng Sơn" last, "Xem thêm"
    with dates, "Tin mới" with relative times, the cookie banner and the footer. Its
    `NewsArticle` JSON-LD writes `datePublished` as the printed local time, not ISO."""
    moment = article.published
    shown = f"{dmy(moment)} | {moment:%H:%M}"
    section = _PN_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _pn_image(article, i))
    names = author_names(article)
    credit = " - ".join(names) if names else shown_byline(article)
    tags = list(article.tags)
    if "Lạng Sơn" not in tags:
        tags.append("Lạng Sơn")
    near = others(article, 10, turn=3307)
    stamp = f"{moment:%Y%m%d%H%M%S}{article.article_id % 1000:03d}"
    own = f"https://phunuvietnam.vn/{tag_slug(article.title)}-{stamp}.htm"

    def image(img: Image, number: int) -> str:
        cap = f'<div class="caption"><p>{esc(img.caption)}</p></div>' if img.caption else ""
        return f'<div class="picture"><img src="{attr(_pn_image(article, img))}" alt="{attr(img.caption or article.title)}" loading="lazy" width="700" height="467" /></div>{cap}'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad='<div class="ads-inread" id="pnvn-inread"></div>',
        script=f'<div class="video-frame"><iframe src="{_VIDEO}" allowfullscreen></iframe></div>',
    )
    sign = (
        f'<p class="author" style="text-align: right;"><strong>{esc(credit)}/Báo Lạng Sơn</strong></p>'
        if credit
        else '<p class="author" style="text-align: right;"><strong>Báo Lạng Sơn</strong></p>'
    )
    tag_links = "".join(
        f'<a class="tag-item" href="/tag/{tag_slug(t)}.htm">{esc(t)}</a>' for t in tags
    )
    more = "".join(
        f'<li><a href="/{tag_slug(o.title)}-{o.published:%Y%m%d%H%M%S}{o.article_id % 1000:03d}.htm">{esc(o.title)}</a> <span class="date">{dmy(o.published)}</span></li>'
        for o in near[:4]
    )
    latest = "".join(
        f'<li><a href="/{tag_slug(o.title)}-{o.published:%Y%m%d%H%M%S}{o.article_id % 1000:03d}.htm">{esc(o.title)}</a><span class="ago">{h} giờ trước</span></li>'
        for h, o in enumerate(near[4:10], 1)
    )
    first = (
        _pn_image(article, article.images[0])
        if article.images
        else "https://phunuvietnam.vn/images/share-default.jpg"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": own,
        "description": article.lead,
        "datePublished": f"{dmy(moment)} {moment:%H:%M}",
        "image": {"@type": "ImageObject", "url": first},
        "publisher": {"@type": "Organization", "name": "Báo Phụ nữ Việt Nam"},
    }
    menu = repost_menu(_PN_SECTIONS, '<li><a href="{href}.htm">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join(tags))}" />
<link rel="canonical" href="{attr(own)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(first)}" />
<meta property="og:site_name" content="Báo Phụ nữ Việt Nam" />
<link rel="stylesheet" href="https://phunuvietnam.vn/static/css/style.css?v=2024.3" />
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body>
<div class="header-top"><div class="container"><span class="current-date">{weekday(SERVED)}, {_TODAY}</span><a href="/podcast.htm">Podcast</a><a href="/bao-in.htm">Báo in</a><a href="/dang-nhap.htm" class="login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="https://phunuvietnam.vn/static/images/logo.svg" alt="Báo Phụ nữ Việt Nam" /></a></div></header>
<nav class="nav"><div class="container"><ul><li><a href="/" class="home">Trang chủ</a></li>{menu}</ul></div></nav>
<div class="container page-detail">
<div class="detail-left">
<div class="detail-cate"><a href="/{tag_slug(section)}.htm">{esc(section)}</a></div>
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-meta"><p class="date-time"><span class="date">{dmy(moment)}</span><span class="sep"> | </span><span class="hour">{moment:%H:%M}</span></p><div class="social"><a href="https://www.facebook.com/sharer.php?u={attr(own)}" target="_blank" class="fb">Chia sẻ</a><a href="javascript:;" class="bookmark">Lưu</a></div></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="detail-content">
{body}
{sign}
</div>
<div class="detail-tags"><span class="label">Từ khóa:</span> {tag_links}</div>
<div class="box-more"><h3 class="box-title">Xem thêm</h3><ul>{more}</ul></div>
</div>
<div class="detail-right"><div class="box-latest"><h3 class="box-title">Tin mới</h3><ul>{latest}</ul></div><div class="ads-right" data-zone="pnvn-right"></div></div>
</div>
<footer class="footer"><div class="container"><p><strong>BÁO PHỤ NỮ VIỆT NAM</strong> - Cơ quan của Trung ương Hội Liên hiệp Phụ nữ Việt Nam</p><p>Giấy phép số 31/GP-BTTTT. Tổng Biên tập: Trần Thị K.</p><p>Tòa soạn: 47 Hàng Chuối, Hai Bà Trưng, Hà Nội.</p></div></footer>
<div class="cookie-consent" id="cookieConsent"><p>Trang web sử dụng cookie để nâng cao trải nghiệm người đọc.</p><button type="button" class="accept">Tôi đồng ý</button></div>
</body>
</html>
"""
    record = repost_record(
        article,
        dateline=shown,
        published="minutes",
        captions=captions,
        byline=credit,
        category=section,
        tags=tags,
    )
    return CorpusPage("phunu_repost", article.article_id, url_of(article), page, record)


# --- 4. Báo Thanh tra -----------------------------------------------------------------------

_TT_SECTIONS = (
    "Thời sự",
    "Chính trị",
    "Thanh tra",
    "Tiếp dân - Khiếu nại - Tố cáo",
    "Phòng, chống tham nhũng",
    "Pháp luật",
    "Kinh tế",
    "Xã hội",
    "Văn hóa - Giải trí",
    "Bạn đọc",
    "Quốc tế",
)
_TT_MAP = {
    "thoi-su": ("Thời sự", "Tin địa phương"),
    "chinh-tri": ("Chính trị", "Tin địa phương"),
    "kinh-te": ("Kinh tế", "Nông nghiệp"),
    "xa-hoi": ("Xã hội", "Dân sinh"),
    "phap-luat": ("Pháp luật", "An ninh trật tự"),
    "giao-duc": ("Xã hội", "Giáo dục"),
    "van-hoa": ("Văn hóa - Giải trí", "Văn hóa"),
    "the-thao": ("Văn hóa - Giải trí", "Thể thao"),
    "du-lich": ("Văn hóa - Giải trí", "Du lịch"),
    "quoc-te": ("Quốc tế", "Tin quốc tế"),
}
_TT_MEDIA = "https://thanhtra.com.vn/Data/images"


def _tt_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture, by day of posting."""
    return f"{_TT_MEDIA}/{article.published:%Y/%m/%d}/{image_file(img)}"


def _twelve_hour(hour: int, minute: int) -> str:
    """`09:56 AM`, `04:30 PM`."""
    return f"{(hour % 12) or 12:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def thanhtra_repost(article: Article) -> CorpusPage:
    """Báo Thanh tra (thanhtra.com.vn) reposting the paper's article: the `_t114c{n}n{id}`
    addresses, the header with today's date and the hotline, the menu, the breadcrumb of
    section and subsection, the `h1`, the date line on a 12-hour clock `Thứ Sáu, 04/02/2022,
    09:56 AM (GMT+7)` beside the view count, the bold sapo without the marker, the text in
    editor `div`s, each picture in a centred paragraph with its caption in italics after a
    `<br />`, the credit right-aligned in bold and `Nguồn: Báo Lạng Sơn` in italics under it,
    `Từ khóa:` comma-joined, the readers' opinion form, "Tin cùng chuyên mục" with dates,
    "Đọc nhiều" and the footer. The `NewsArticle` JSON-LD is in +07:00 and names the site."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)}, {_twelve_hour(moment.hour, moment.minute)} (GMT+7)"
    section, sub = _TT_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _tt_image(article, i))
    credit = shown_byline(article)
    tags = list(article.tags)
    near = others(article, 10, turn=8819)

    def address(o: Article) -> str:
        s, b = _TT_MAP[o.category]
        return f"/{tag_slug(s)}/{tag_slug(b)}/{tag_slug(o.title)}_t114c{1000 + _TT_SECTIONS.index(s) * 7}n{_repost_id(o, 6)}"

    own = "https://thanhtra.com.vn" + address(article)

    def image(img: Image, number: int) -> str:
        src = attr(_tt_image(article, img))
        if not img.caption:
            return f'<p style="text-align: center;"><img alt="{attr(article.title)}" src="{src}" width="640" /></p>'
        return f'<p style="text-align: center;"><img alt="{attr(img.caption)}" src="{src}" width="640" /><br /><em>{esc(img.caption)}</em></p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<div style="text-align: justify;">{text}</div>',
        image,
        blank="<div>&nbsp;</div>",
        ad='<div class="qc-giua-bai" id="adsMiddle"></div>',
        script=f'<div style="text-align: center;"><iframe width="640" height="360" src="{_VIDEO}" frameborder="0"></iframe></div>',
    )
    sign = (
        f'<div style="text-align: right;"><b>{esc(credit)}</b></div>\n' if credit else ""
    ) + '<div style="text-align: right;"><i>Nguồn: Báo Lạng Sơn</i></div>'
    tag_block = ""
    if tags:
        tag_block = (
            '<div class="tag-news"><span>Từ khóa:</span> '
            + ", ".join(f'<a href="/tag/{tag_slug(t)}.html">{esc(t)}</a>' for t in tags)
            + "</div>"
        )
    same = "".join(
        f'<li><a href="{attr(address(o))}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in near[:5]
    )
    popular = "".join(
        f'<li><a href="{attr(address(o))}">{esc(o.title)}</a></li>' for o in near[5:10]
    )
    data = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": own},
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(hours=2, minutes=5)),
        "author": {"@type": "Organization", "name": "Báo Thanh tra"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Thanh tra",
            "logo": {"@type": "ImageObject", "url": "https://thanhtra.com.vn/Images/logo.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": _tt_image(article, article.images[0])
            if article.images
            else "https://thanhtra.com.vn/Images/share.png",
        },
    }
    menu = repost_menu(_TT_SECTIONS, '<li><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} - Thanh tra</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(tags))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(_tt_image(article, article.images[0]) if article.images else "https://thanhtra.com.vn/Images/share.png")}" />
<meta property="og:type" content="article" />
<link rel="canonical" href="{attr(own)}" />
<link href="/Content/Site.css?v=637812" rel="stylesheet" type="text/css" />
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body>
<div class="header"><div class="header-top"><div class="wrap"><span class="datetime">{weekday(SERVED)}, ngày {_TODAY}</span><span class="hotline">Đường dây nóng: 0243.354.1866 - Email: baothanhtra@thanhtra.com.vn</span></div></div><div class="wrap"><a href="/" class="logo"><img src="/Images/logo.png" alt="Báo Thanh tra" /></a><div class="banner-header" id="adsHeader"></div></div></div>
<div class="menu-main"><div class="wrap"><ul><li class="home"><a href="/">Trang chủ</a></li>{menu}</ul></div></div>
<div class="wrap main-content">
<div class="left-content">
<div class="breadcrumb"><a href="/{tag_slug(section)}">{esc(section)}</a> <span>›</span> <a href="/{tag_slug(section)}/{tag_slug(sub)}">{esc(sub)}</a></div>
<div class="news-detail">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-info"><span class="news-date">{esc(shown)}</span><span class="news-view">Lượt xem: {article.article_id % 2300 + 148}</span><span class="news-tools"><a href="javascript:window.print();">In bài</a> | <a href="javascript:;" onclick="sendMail()">Gửi bài</a></span></div>
<div class="news-sapo"><b>{esc(article.lead)}</b></div>
<div class="news-content">
{body}
{sign}
</div>
{tag_block}
<div class="comment"><div class="comment-title">Ý kiến bạn đọc</div><form id="frmComment" action="/Comment/Add" method="post"><input type="text" name="txtName" placeholder="Họ tên" /><input type="text" name="txtEmail" placeholder="Email" /><textarea name="txtContent" rows="5"></textarea><input type="submit" value="Gửi ý kiến" /></form></div>
</div>
<div class="same-cate"><div class="title">Tin cùng chuyên mục</div><ul>{same}</ul></div>
</div>
<div class="right-content"><div class="most-view"><div class="title">Đọc nhiều</div><ol>{popular}</ol></div><div class="adv-right" id="adsRight1"></div></div>
</div>
<div class="footer"><div class="wrap"><p><b>BÁO THANH TRA</b> - Cơ quan của Thanh tra Chính phủ</p><p>Giấy phép số 237/GP-BTTTT. Tổng Biên tập: Đặng Văn M.</p><p>Tòa soạn: 100 Tô Hiệu, Hà Đông, Hà Nội.</p><p>Ghi rõ nguồn "Báo Thanh tra" khi phát hành lại thông tin từ website này.</p></div></div>
</body>
</html>
"""
    record = repost_record(
        article,
        dateline=shown,
        published="seconds",
        captions=captions,
        byline=credit,
        category=section,
        tags=tags,
    )
    return CorpusPage("thanhtra_repost", article.article_id, url_of(article), page, record)


# --- 5. Báo Công Thương ---------------------------------------------------------------------

_CT_SECTIONS = (
    "Thời sự",
    "Công nghiệp",
    "Thương mại",
    "Thị trường",
    "Doanh nghiệp",
    "Kinh tế địa phương",
    "Pháp luật",
    "Xã hội",
    "Văn hóa - Giải trí",
    "Quốc tế",
)
_CT_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh tế địa phương",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Xã hội",
    "van-hoa": "Văn hóa - Giải trí",
    "the-thao": "Văn hóa - Giải trí",
    "du-lich": "Kinh tế địa phương",
    "quoc-te": "Quốc tế",
}
_CT_MEDIA = "https://congthuong.vn/stores/news_dataimages"


def _ct_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture, with its cache stamp."""
    m = article.published
    return f"{_CT_MEDIA}/{m:%Y}/{m:%m%Y}/{m:%d}/{m:%H}/{image_stem(img)}-{stable_digest(image_file(img))[:8]}.jpg?rt={m:%Y%m%d%H%M%S}"


def congthuong_repost(article: Article) -> CorpusPage:
    """Báo Công Thương (congthuong.vn) reposting the paper's article: the top bar with today's
    date and the e-paper and English links, the menu, the section above the title, the
    authors' names linked to their pages and `09:56 | 04/02/2022` after a clock icon above
    the sapo, the sapo in `h2` with the marker kept, `figure.image` pictures lazy behind an
    SVG placeholder with the real address and its `?rt=` stamp in `data-src` and a
    `figcaption` when captioned, a "Xem thêm" box after the first paragraph, `Nguồn: Báo Lạng
    Sơn` after the text, "Theo dõi Báo Công Thương trên Google News", `Tags:`, "Tin cùng
    chuyên mục" with dates, "Đọc nhiều", the cookie banner and the footer.
    `article:published_time` and the `NewsArticle` JSON-LD are both written without a zone."""
    moment = article.published
    shown = f"{moment:%H:%M} | {dmy(moment)}"
    section = _CT_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _ct_image(article, i))
    names = author_names(article)
    credit = ", ".join(names) if names else shown_byline(article)
    authors = ", ".join(
        f'<a href="/tac-gia/{tag_slug(n)}.html" class="author-link">{esc(n)}</a>' for n in names
    ) or esc(credit or "")
    tags = list(article.tags)
    near = others(article, 11, turn=1217)
    own = f"https://congthuong.vn/{tag_slug(article.title)}-{_repost_id(article, 6)}.html"
    local = f"{moment:%Y-%m-%dT%H:%M:%S}"

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="image"><img class="lazyload" src="{_SVG}" data-src="{attr(_ct_image(article, img))}" alt="{attr(img.caption or article.title)}" width="700" height="466" />{cap}</figure>'

    def after(number: int, count: int) -> str:
        if number != 1 or count < 3:
            return ""
        o = near[0]
        return f'<div class="box-xemthem"><span class="label">Xem thêm</span><ul><li><a href="/{tag_slug(o.title)}-{_repost_id(o, 6)}.html">{esc(o.title)}</a></li></ul></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads-in-article" data-zone="ct-inread"></div>',
        script=f'<figure class="media"><iframe src="{_VIDEO}" width="700" height="394" allowfullscreen></iframe></figure>',
        after=after,
    )
    tag_block = ""
    if tags:
        tag_block = (
            '<div class="detail-tags"><strong>Tags:</strong> '
            + "".join(f'<a href="/tag/{tag_slug(t)}.tag" class="tag">{esc(t)}</a>' for t in tags)
            + "</div>"
        )
    same = "".join(
        f'<article class="story"><h3 class="story__title"><a href="/{tag_slug(o.title)}-{_repost_id(o, 6)}.html">{esc(o.title)}</a></h3><time class="story__time">{dmy(o.published)} {o.published:%H:%M}</time></article>'
        for o in near[1:6]
    )
    popular = "".join(
        f'<li><a href="/{tag_slug(o.title)}-{_repost_id(o, 6)}.html">{esc(o.title)}</a></li>'
        for o in near[6:11]
    )
    first = (
        _ct_image(article, article.images[0])
        if article.images
        else "https://congthuong.vn/images/og-default.jpg"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": own},
        "headline": article.title,
        "description": article.lead,
        "image": [first],
        "datePublished": local,
        "dateModified": local,
        "author": [{"@type": "Person", "name": n} for n in names]
        or {"@type": "Organization", "name": "Báo Công Thương"},
        "publisher": {"@type": "Organization", "name": "Báo Công Thương"},
    }
    menu = repost_menu(_CT_SECTIONS, '<li class="menu-item"><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(lead_text(article))}">
<meta name="keywords" content="{attr(", ".join([*tags, "báo công thương"]))}">
<link rel="canonical" href="{attr(own)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(lead_text(article))}">
<meta property="og:url" content="{attr(own)}">
<meta property="og:image" content="{attr(first)}">
<meta property="article:published_time" content="{local}">
<meta property="article:section" content="{attr(section)}">
<link rel="stylesheet" href="https://congthuong.vn/themes/ct/css/main.css?v=20240915">
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body class="detail">
<div class="top-bar"><div class="container"><span class="today">{weekday(SERVED)}, {_TODAY}</span><a href="/bao-in">Báo in</a><a href="https://en.congthuong.vn">English</a><a href="/lien-he">Liên hệ quảng cáo</a></div></div>
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="https://congthuong.vn/themes/ct/images/logo.png" alt="Báo Công Thương"></a><div class="banner-top" data-zone="ct-top"></div></div></header>
<nav class="main-menu"><div class="container"><ul><li class="menu-item home"><a href="/">Trang chủ</a></li>{menu}</ul></div></nav>
<div class="container detail-wrap">
<div class="detail-main">
<div class="detail-cat"><a href="/{tag_slug(section)}">{esc(section)}</a></div>
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-meta"><div class="detail-author">{authors}</div><div class="detail-time"><i class="icon-clock"></i> {esc(shown)}</div><div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank">Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(own)}">Zalo</a></div></div>
<h2 class="detail-sapo">{esc(lead_text(article))}</h2>
<div class="detail-content">
{body}
<p class="detail-source" style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>
</div>
<div class="follow-google"><a href="https://news.google.com/publications/CAAqBwgKMK7ZmQswu_OxAw" target="_blank" rel="noopener">Theo dõi Báo Công Thương trên Google News</a></div>
{tag_block}
<section class="same-cat"><h2 class="box-title">Tin cùng chuyên mục</h2>{same}</section>
</div>
<aside class="detail-side"><section class="most-read"><h2 class="box-title">Đọc nhiều</h2><ol>{popular}</ol></section><div class="banner-right" data-zone="ct-right"></div></aside>
</div>
<footer class="footer"><div class="container"><p><strong>BÁO CÔNG THƯƠNG</strong> - Cơ quan ngôn luận của Bộ Công Thương</p><p>Giấy phép số 81/GP-BTTTT. Tổng Biên tập: Lê Văn N.</p><p>Tòa soạn: Tầng 10, 655 Phạm Văn Đồng, Bắc Từ Liêm, Hà Nội.</p></div></footer>
<div class="cookie-bar" id="cookieBar">Website sử dụng cookie để phục vụ bạn tốt hơn. <a href="/chinh-sach-bao-mat">Tìm hiểu thêm</a> <button type="button">Đồng ý</button></div>
<script src="https://congthuong.vn/themes/ct/js/lazysizes.min.js" async></script>
</body>
</html>
"""
    record = repost_record(
        article,
        dateline=shown,
        published="seconds",
        captions=captions,
        byline=credit,
        category=section,
        tags=tags,
    )
    return CorpusPage("congthuong_repost", article.article_id, url_of(article), page, record)


MARKUPS_AG: dict[str, Renderer] = {
    "xaydung_repost": xaydung_repost,
    "mattran_repost": mattran_repost,
    "phunu_repost": phunu_repost,
    "thanhtra_repost": thanhtra_repost,
    "congthuong_repost": congthuong_repost,
}
