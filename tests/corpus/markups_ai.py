# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set AI: the thirty-fourth held-out set (scored once sealed at 94.5 %), now tuned on.

Written from what the systems emit, without reading the parsers, as the other realistic case
beside a redesign: the paper's article republished by other Vietnamese news sites in their own
templates, each with its own section, its own tags, its own way of printing the credit and a
source line. Báo Người cao tuổi (the elderly association's paper: the top bar with today's
date and the association's line, the breadcrumb, the date line `Thứ Sáu, 04/02/2022 09:56`
with a view count, the bold sapo in `div.sapo` with the paper's marker kept, CKEditor
`figure.image` pictures re-uploaded under `/Uploaded/{y}_{m}_{d}/` whose uncaptioned pictures
keep an empty `figcaption`, the credit right-aligned in bold and `(Theo Báo Lạng Sơn)` in
italics as the next paragraph, `Tags` links, `NewsArticle` JSON-LD in +07:00 naming the site,
"Tin cùng chuyên mục" with dates, the comment form), Giáo dục & Thời đại (the education
ministry's paper: `-post{id}.html` addresses, the sapo opening with the site's own marker
`GD&TĐ - `, the authors' names linked to their pages above the title's meta, a `time` whose
`datetime` writes the zone as `+0700` and whose text is `Thứ Sáu, 04/02/2022 09:56 (GMT+7)`,
pictures in `table.picture` with `td.pic` and `td.caption`, the first eager and the others
lazy behind a GIF with the address in `data-src`, a "Tin liên quan" box inside the text,
`Theo Báo Lạng Sơn` in the closing `p.article__source`, tags without the `#`, `NewsArticle`
and `BreadcrumbList` JSON-LD with `Person` authors), Báo Đầu tư (the planning ministry's
paper: `-d{id}.html` addresses, the lower-case weekday in the top bar, the breadcrumb, the
meta line with the source publication `Báo Lạng Sơn` in the author slot linked to an author
page and `04/02/2022 09:56` after it, the sapo in `div.sapo_detail` without the marker,
pictures as `w700` copies on its image host in centred paragraphs with the caption as the
next centred italic paragraph, the credit right-aligned in bold after the text, `Từ khóa:`
comma-joined with the site's own tag "Lạng Sơn" last, only an `article:modified_time` and a
`dateModified` as machine times, JSON-LD naming "Báo Lạng Sơn" as a `Person` author, the
old-style tone mark of its section "Văn hoá - Xã hội"), Báo Bảo vệ pháp luật (the Supreme
People's Procuracy's paper: the masthead's today date with the hour, the breadcrumb of section
and subsection, the date line labelled `Cập nhật: 09:56, 04/02/2022` with the hour first,
`article:published_time` in +07:00, the credit with its role above the sapo after a person
icon, the sapo in `h2.sapo` with the paper's marker kept, `figure` pictures with `srcset`
(the `src` a 700-wide copy) and the caption in a `p` inside `figcaption`, `Theo baolangson.vn`
right-aligned in italics at the end, keywords only in the meta, the readers' comment form),
and Đời sống & Pháp luật (`-a{id}.html` addresses, the masthead with today's date and the
weather, the section above the title, the date line with the lower-case weekday `Thứ sáu,
04/02/2022 - 09:56`, `article:published_time` written twice, in +07:00 and in UTC, the sapo in
`h2` without the marker, pictures lazy behind a GIF with the re-upload in `data-src` and the
caption in `p.picture-caption` under each, the credit in bold with `(Theo Báo Lạng Sơn)` after
it in the same paragraph, the closing "Bạn đang đọc bài viết … tại chuyên mục …" box naming
the title and the section, `Từ khóa` as a list, the cookie banner). The expected records come
from the content alone.

The field rules of the earlier held-out sets hold: `title` the article's headline,
`dateline` the article's date line as printed (with its weekday and label, if any; the text of
the line without its icons, its spans joined as the page shows them), `dateline_date` its
day, `published_at` as precise as the page gives it anywhere (an ISO time with its zone in a
meta, a `datetime` or JSON-LD counts to the second, `+0700` as well as `+07:00` or UTC; a
zone-less machine time counts, with its seconds, only when the local time the page prints
confirms it; a printed local time counts to the minute, so the Đầu tư page, whose only machine
times are edit times, gives the minute; an edit time never raises the precision), `lead` the
sapo without its marker (the paper's `LSO-` or the site's own `GD&TĐ - `), `byline` the credit
as the reposting site prints it (with its role, without a field label, never a source line
such as `(Theo Báo Lạng Sơn)` or `Theo baolangson.vn`, nor the source publication a site puts
in its author slot, nor the organisation or publication a JSON-LD names as author; where a
page shows only the authors' names, each its own link, those names joined by ", "), `authors`
the names in it in the usual capitalisation, `tags` only the tags the page shows, as it shows
them (the site's own tag counts; keywords only in a meta do not: none on the Bảo vệ pháp luật
page), `category` the reposting site's top-level section the page shows, as it spells it (not
the paper's section, not a subsection after it in a breadcrumb), a caption's `image_url` the
address the page serves the picture from (the site's re-upload; the `data-src` behind a
placeholder; the `src` of a resized copy, not a wider `srcset` candidate) and its `text` the
caption as printed (none for an uncaptioned picture, whatever its `alt`, and none for an
empty `figcaption`). The reposting sites print the article's own publication time as the
repost's.

The mastheads' today dates (with the hour on the Bảo vệ pháp luật page), the weather, the
hotlines, the view counts, the modified times, the source lines and the source publication in
an author slot, the "Bạn đang đọc bài viết …" box, the dates of other articles in the related,
most-read and same-section boxes, the comment forms, the cookie banner and the footers are
chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import UTC, timedelta

from tests.corpus.pages import (
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    author_names,
    dmy,
    esc,
    image_file,
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
from tests.site.formats import LEGACY_WEEKDAYS, VIETNAM, iso_vietnam
from tests.site.model import Article, Image

_TODAY = f"{SERVED:%d/%m/%Y}"
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
_VIDEO = "https://www.youtube.com/embed/lso2022tv"


def _repost_id(article: Article, digits: int, salt: str) -> str:
    """A stable repost id for the reposting site's own address."""
    return str(int(stable_digest(f"ai{salt}:{article.article_id}")[:8], 16) % 10**digits)


# --- 1. Báo Người cao tuổi -------------------------------------------------------------------

_NCT_SECTIONS = (
    "Thời sự",
    "Người cao tuổi",
    "Kinh tế",
    "Xã hội",
    "Pháp luật",
    "Văn hóa - Thể thao",
    "Sức khỏe",
    "Quốc tế",
    "Bạn đọc",
)
_NCT_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Xã hội",
    "van-hoa": "Văn hóa - Thể thao",
    "the-thao": "Văn hóa - Thể thao",
    "du-lich": "Văn hóa - Thể thao",
    "quoc-te": "Quốc tế",
}
_NCT_HOST = "https://nguoicaotuoi.org.vn"


def _nct_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture, by day of posting."""
    m = article.published
    return f"{_NCT_HOST}/Uploaded/{m.year}_{m.month:02d}_{m.day:02d}/{stable_digest(image_file(img))[:6]}-{image_file(img)}"


def _nct_link(other: Article) -> str:
    """The site's address of an article."""
    section = _NCT_MAP[other.category]
    return f"/{tag_slug(section)}/{tag_slug(other.title)}-{_repost_id(other, 6, 'nct')}.html"


def nguoicaotuoi_repost(article: Article) -> CorpusPage:
    """Báo Người cao tuổi (nguoicaotuoi.org.vn) reposting the paper's article: the top bar
    with today's date and the association's line, the menu, the breadcrumb, the `h1`, the date
    line `Thứ Sáu, 04/02/2022 09:56` beside the view count and the share links, the bold sapo
    in `div.sapo` with the paper's marker kept, CKEditor `figure.image` pictures re-uploaded
    with an empty `figcaption` under uncaptioned ones, the credit right-aligned in bold and
    `(Theo Báo Lạng Sơn)` in italics as the next paragraph, `Tags`, the comment form, "Tin
    cùng chuyên mục" with dates, "Đọc nhiều" and the footer. The `NewsArticle` JSON-LD is in
    +07:00 and names the site as author."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} {moment:%H:%M}"
    section = _NCT_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _nct_image(article, i))
    credit = shown_byline(article)
    tags = list(article.tags)
    near = others(article, 10, turn=4409)
    own = _NCT_HOST + _nct_link(article)

    def image(img: Image, number: int) -> str:
        return (
            f'<figure class="image" style="display:inline-block"><img alt="{attr(img.caption or "")}" height="467" '
            f'src="{attr(_nct_image(article, img))}" width="700" />'
            f"<figcaption>{esc(img.caption or '')}</figcaption></figure>"
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-inread" id="nct_inread"></div>',
        script=f'<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" src="{_VIDEO}" width="640"></iframe></p>',
    )
    sign = (
        f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>\n' if credit else ""
    ) + '<p style="text-align: right;"><em>(Theo Báo Lạng Sơn)</em></p>'
    tag_block = ""
    if tags:
        tag_block = (
            '<div class="detail-tags"><span class="tags-title"><i class="fa fa-tags"></i> Tags</span>'
            + "".join(f'<a href="/tag/{tag_slug(t)}.html">{esc(t)}</a>' for t in tags)
            + "</div>"
        )
    same = "".join(
        f'<li><a href="{attr(_nct_link(o))}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in near[:6]
    )
    popular = "".join(
        f'<li><span class="num">{n}</span><a href="{attr(_nct_link(o))}">{esc(o.title)}</a></li>'
        for n, o in enumerate(near[6:10], 1)
    )
    first = (
        _nct_image(article, article.images[0])
        if article.images
        else f"{_NCT_HOST}/Content/images/share.jpg"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": own},
        "headline": article.title,
        "description": lead_text(article),
        "image": {"@type": "ImageObject", "url": first, "width": 700, "height": 467},
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(hours=1, minutes=12)),
        "author": {"@type": "Organization", "name": "Báo Người cao tuổi"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Người cao tuổi",
            "logo": {"@type": "ImageObject", "url": f"{_NCT_HOST}/Content/images/logo.png"},
        },
    }
    menu = repost_menu(_NCT_SECTIONS, '<li><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(article.title)} - Báo Người cao tuổi</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join([*tags, "người cao tuổi", "báo người cao tuổi"]))}" />
<link rel="canonical" href="{attr(own)}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Báo Người cao tuổi" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(first)}" />
<link href="/Content/css/style.css?v=1.0.8" rel="stylesheet" />
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="top-date">{weekday(SERVED)}, ngày {_TODAY}</span><span class="top-org">Cơ quan của Trung ương Hội Người cao tuổi Việt Nam</span><a href="/bao-in.html">Báo in</a><a href="/lien-he.html">Liên hệ</a></div></div>
<header id="header"><div class="container"><a class="logo" href="/"><img src="/Content/images/logo.png" alt="Báo Người cao tuổi" /></a><div class="adv-header" id="adv_header"></div></div></header>
<nav id="main-nav"><div class="container"><ul class="nav"><li class="home"><a href="/"><i class="fa fa-home"></i></a></li>{menu}</ul></div></nav>
<div class="container main">
<div class="col-left">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/{tag_slug(section)}">{esc(section)}</a></li></ol>
<div class="detail">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-info"><span class="detail-time"><i class="fa fa-clock-o"></i> {esc(shown)}</span><span class="detail-view"><i class="fa fa-eye"></i> {article.article_id % 900 + 57}</span><span class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank" rel="nofollow">Chia sẻ</a><a href="javascript:window.print()">In</a></span></div>
<div class="sapo"><strong>{esc(lead_text(article))}</strong></div>
<div class="detail-content">
{body}
{sign}
</div>
{tag_block}
<div class="comment-box"><h3>Bình luận</h3><form action="/Comment/Post" method="post"><textarea name="Content" placeholder="Ý kiến của bạn"></textarea><input type="text" name="FullName" placeholder="Họ và tên" /><input type="text" name="Email" placeholder="Email" /><button type="submit">Gửi bình luận</button></form></div>
</div>
<div class="same-cate"><h3 class="title-box">Tin cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<div class="col-right"><div class="box-most"><h3 class="title-box">Đọc nhiều</h3><ul>{popular}</ul></div><div class="adv-right" id="adv_right"></div></div>
</div>
<footer id="footer"><div class="container"><p><strong>BÁO NGƯỜI CAO TUỔI</strong> - Cơ quan của Trung ương Hội Người cao tuổi Việt Nam</p><p>Giấy phép số 412/GP-BTTTT. Tổng Biên tập: Nguyễn Văn P.</p><p>Tòa soạn: 12 Lê Hồng Phong, Ba Đình, Hà Nội. Điện thoại: 024.3733.0166</p></div></footer>
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
    return CorpusPage("nguoicaotuoi_repost", article.article_id, url_of(article), page, record)


# --- 2. Giáo dục & Thời đại ------------------------------------------------------------------

_GD_SECTIONS = (
    "Giáo dục",
    "Thời sự",
    "Kinh tế",
    "Pháp luật",
    "Nhân ái",
    "Văn hóa",
    "Thể thao",
    "Sức khỏe",
    "Thế giới",
    "Trao đổi",
)
_GD_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Nhân ái",
    "phap-luat": "Pháp luật",
    "giao-duc": "Giáo dục",
    "van-hoa": "Văn hóa",
    "the-thao": "Thể thao",
    "du-lich": "Văn hóa",
    "quoc-te": "Thế giới",
}
_GD_SUB = {"Giáo dục": "Giáo dục địa phương", "Thời sự": "Tin địa phương"}
_GD_CDN = "https://img.giaoducthoidai.vn"


def _gd_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture on its image host."""
    m = article.published
    return f"{_GD_CDN}/{stable_digest(image_file(img))[:24]}/{m:%Y/%m/%d}/{image_stem(img)}-{article.article_id % 97:02d}.jpg"


def _gd_link(other: Article) -> str:
    """The site's address of an article."""
    return f"/{tag_slug(other.title)}-post{_repost_id(other, 6, 'gd')}.html"


def giaoduc_repost(article: Article) -> CorpusPage:
    """Giáo dục & Thời đại (giaoducthoidai.vn) reposting the paper's article: the header with
    today's date, the menu, the breadcrumb of section and (for some) subsection, the `h1`,
    the authors' names linked to their pages, the `time` with `datetime` in `+0700` and the
    text `Thứ Sáu, 04/02/2022 09:56 (GMT+7)`, the sapo with the site's marker `GD&TĐ - `,
    pictures in `table.picture` (`td.pic`, `td.caption` when captioned), the first eager, the
    others lazy behind a GIF with the address in `data-src`, a "Tin liên quan" box after the
    first paragraph, `Theo Báo Lạng Sơn` in `p.article__source`, the tags, the comment box,
    "Tin mới" and the footer. `NewsArticle` JSON-LD with `Person` authors and a
    `BreadcrumbList`."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} {moment:%H:%M} (GMT+7)"
    machine = f"{moment:%Y-%m-%dT%H:%M:%S}+0700"
    section = _GD_MAP[article.category]
    sub = _GD_SUB.get(section)
    captions = rehosted_captions(article, lambda i: _gd_image(article, i))
    names = author_names(article)
    byline = ", ".join(names) if names else shown_byline(article)
    authors = ", ".join(
        f'<a class="name" href="/tac-gia/{tag_slug(n)}-{len(n) * 37}.html">{esc(n)}</a>'
        for n in names
    ) or esc(byline or "")
    tags = list(article.tags)
    near = others(article, 9, turn=2203)
    own = "https://giaoducthoidai.vn" + _gd_link(article)

    def image(img: Image, number: int) -> str:
        src = attr(_gd_image(article, img))
        pic = (
            f'<img src="{src}" alt="{attr(img.caption or article.title)}" class="cms-photo" data-width="700" data-height="467" />'
            if number == 1
            else f'<img src="{_GIF}" data-src="{src}" alt="{attr(img.caption or article.title)}" class="cms-photo lazyload" data-width="700" data-height="467" />'
        )
        cap = f'<tr><td class="caption"><p>{esc(img.caption)}</p></td></tr>' if img.caption else ""
        return f'<table class="picture" align="center"><tbody><tr><td class="pic">{pic}</td></tr>{cap}</tbody></table>'

    def after(number: int, count: int) -> str:
        if number != 1 or count < 3:
            return ""
        items = "".join(
            f'<article class="story"><a class="story__thumb" href="{attr(_gd_link(o))}"><img src="{_GIF}" alt="" /></a><h3 class="story__heading"><a href="{attr(_gd_link(o))}">{esc(o.title)}</a></h3></article>'
            for o in near[:2]
        )
        return (
            f'<div class="article__related"><p class="related-title">Tin liên quan</p>{items}</div>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p></p>",
        ad='<div class="ads-inread" data-zone="gdtd_inread"></div>',
        script=f'<div class="video-embed"><iframe src="{_VIDEO}" width="700" height="394" frameborder="0" allowfullscreen=""></iframe></div>',
        after=after,
    )
    tag_block = ""
    if tags:
        tag_block = (
            '<div class="article__tag"><h4 class="tag-title">Từ khóa</h4><div class="box-content">'
            + "".join(f'<a href="/tu-khoa/{tag_slug(t)}-tag.html">{esc(t)}</a>' for t in tags)
            + "</div></div>"
        )
    latest = "".join(
        f'<article class="story"><h3 class="story__heading"><a href="{attr(_gd_link(o))}">{esc(o.title)}</a></h3><time class="story__time">{o.published:%H:%M %d/%m/%Y}</time></article>'
        for o in near[2:9]
    )
    first = (
        _gd_image(article, article.images[0])
        if article.images
        else "https://giaoducthoidai.vn/assets/images/gdtd-share.png"
    )
    crumbs = [
        ("Trang chủ", "https://giaoducthoidai.vn/"),
        (section, f"https://giaoducthoidai.vn/{tag_slug(section)}/"),
    ]
    if sub:
        crumbs.append((sub, f"https://giaoducthoidai.vn/{tag_slug(sub)}/"))
    data = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": own},
            "headline": article.title,
            "description": "GD&TĐ - " + article.lead,
            "image": {"@type": "ImageObject", "url": first, "width": 700, "height": 467},
            "datePublished": machine,
            "dateModified": machine,
            "author": [{"@type": "Person", "name": n} for n in names],
            "publisher": {
                "@type": "Organization",
                "name": "Báo Giáo dục và Thời đại",
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://giaoducthoidai.vn/assets/images/logo.png",
                },
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": n, "name": name, "item": href}
                for n, (name, href) in enumerate(crumbs, 1)
            ],
        },
    ]
    crumb_html = "".join(
        f'<li class="breadcrumbs__item"><a href="{attr(href)}">{esc(name)}</a></li>'
        for name, href in crumbs[1:]
    )
    menu = repost_menu(_GD_SECTIONS, '<li class="menu__item"><a href="{href}/">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(article.title)} | Báo Giáo dục và Thời đại Online</title>
<meta name="description" content="{attr("GD&TĐ - " + article.lead)}">
<meta name="keywords" content="{attr(", ".join(tags))}">
<meta name="news_keywords" content="{attr(", ".join(tags))}">
<link rel="canonical" href="{attr(own)}">
<meta property="og:site_name" content="Báo Giáo dục và Thời đại Online">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr("GD&TĐ - " + article.lead)}">
<meta property="og:url" content="{attr(own)}">
<meta property="og:image" content="{attr(first)}">
<meta property="article:section" content="{attr(section)}">
<link rel="stylesheet" href="https://giaoducthoidai.vn/assets/css/main.min.css?v=20.3.1">
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body class="page-detail">
<header class="site-header"><div class="header__top"><div class="container"><span class="header__date">{weekday(SERVED)}, {_TODAY}</span><a class="header__epaper" href="/bao-in/">Báo in</a><a class="header__login" href="/dang-nhap/">Đăng nhập</a></div></div><div class="container header__main"><a class="logo" href="/"><img src="https://giaoducthoidai.vn/assets/images/logo.png" alt="Báo Giáo dục và Thời đại"></a></div>
<nav class="menu"><div class="container"><ul class="menu__list"><li class="menu__item home"><a href="/"><span class="icon-home"></span></a></li>{menu}</ul></div></nav></header>
<div class="site-content container">
<div class="main-column">
<ul class="breadcrumbs">{crumb_html}</ul>
<div class="article">
<h1 class="article__title cms-title">{esc(article.title)}</h1>
<div class="article__meta"><div class="article__author cms-author">{authors}</div><time class="time" datetime="{machine}">{esc(shown)}</time><div class="article__social"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank" rel="nofollow"><span class="icon-fb"></span></a><a class="zalo" href="javascript:void(0);" data-href="{attr(own)}"><span class="icon-zalo"></span></a><a class="print" href="javascript:window.print();"><span class="icon-print"></span></a></div></div>
<div class="article__sapo cms-desc">GD&amp;TĐ - {esc(article.lead)}</div>
<div class="article__body cms-body">
{body}
<p class="article__source" style="text-align: right;"><em>Theo Báo Lạng Sơn</em></p>
</div>
{tag_block}
<div class="article__comment"><h4 class="comment-title">Bình luận (0)</h4><form class="comment-form"><textarea placeholder="Bình luận của bạn..."></textarea><button type="button" class="btn-send">Gửi bình luận</button></form></div>
</div>
</div>
<aside class="sidebar"><section class="box-latest"><h3 class="box-heading">Tin mới</h3>{latest}</section><div class="ads-sidebar" data-zone="gdtd_right"></div></aside>
</div>
<footer class="site-footer"><div class="container"><p><strong>BÁO GIÁO DỤC VÀ THỜI ĐẠI</strong> - Cơ quan ngôn luận của Bộ Giáo dục và Đào tạo</p><p>Giấy phép số 479/GP-BTTTT. Tổng Biên tập: Triệu Văn Q.</p><p>Tòa soạn: 15 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.</p></div></footer>
<script src="https://giaoducthoidai.vn/assets/js/lazysizes.min.js" async></script>
</body>
</html>
"""
    record = repost_record(
        article,
        dateline=shown,
        published="seconds",
        captions=captions,
        byline=byline,
        category=section,
        tags=tags,
    )
    return CorpusPage("giaoduc_repost", article.article_id, url_of(article), page, record)


# --- 3. Báo Đầu tư ---------------------------------------------------------------------------

_DT_SECTIONS = (
    "Thời sự",
    "Đầu tư",
    "Quốc tế",
    "Doanh nghiệp",
    "Ngân hàng",
    "Tài chính - Chứng khoán",
    "Bất động sản",
    "Địa phương",
    "Du lịch",
    "Văn hoá - Xã hội",
    "Pháp luật",
)
_DT_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Địa phương",
    "xa-hoi": "Văn hoá - Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Văn hoá - Xã hội",
    "van-hoa": "Văn hoá - Xã hội",
    "the-thao": "Văn hoá - Xã hội",
    "du-lich": "Du lịch",
    "quoc-te": "Quốc tế",
}
_DT_IMG = "https://image.baodautu.vn"


def _dt_image(article: Article, img: Image) -> str:
    """The site's 700-wide copy of a picture on its image host."""
    m = article.published
    return f"{_DT_IMG}/w700/Uploaded/{m.year}/{stable_digest(image_file(img))[:10]}/{m:%Y_%m_%d}/{image_file(img)}"


def _dt_link(other: Article) -> str:
    """The site's address of an article."""
    return f"/{tag_slug(other.title)}-d{_repost_id(other, 6, 'dt')}.html"


def dautu_repost(article: Article) -> CorpusPage:
    """Báo Đầu tư (baodautu.vn) reposting the paper's article: the top bar with the
    lower-case weekday of today's date and the sister titles, the menu, the breadcrumb, the
    `h1.title-detail`, the meta line with the source publication `Báo Lạng Sơn` in the author
    slot (a link to an author page) and `04/02/2022 09:56` after it, the sapo in
    `div.sapo_detail` without the marker, `w700` copies of the pictures in centred paragraphs
    with the caption as the next centred italic paragraph, the credit right-aligned in bold
    after the text, `Từ khóa:` comma-joined with the site's own tag "Lạng Sơn" last, "Tin
    liên quan", "Tin cùng chuyên mục" with dates, "Đọc nhiều" and the footer. Its only
    machine times are the edit time (`article:modified_time` and the JSON-LD `dateModified`,
    in +07:00); the JSON-LD names "Báo Lạng Sơn" as a `Person` author."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"
    edited = moment + timedelta(hours=3, minutes=18)
    section = _DT_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _dt_image(article, i))
    credit = shown_byline(article)
    tags = list(article.tags)
    if "Lạng Sơn" not in tags:
        tags.append("Lạng Sơn")
    near = others(article, 12, turn=6121)
    own = "https://baodautu.vn" + _dt_link(article)

    def image(img: Image, number: int) -> str:
        pic = f'<p style="text-align: center;"><img alt="{attr(img.caption or "")}" src="{attr(_dt_image(article, img))}" style="width: 700px;" /></p>'
        if img.caption:
            pic += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return pic

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank='<p style="text-align: justify;">&nbsp;</p>',
        ad='<div id="ads_detail_middle" class="ads_middle"></div>',
        script=f'<p style="text-align: center;"><iframe width="700" height="394" src="{_VIDEO}" frameborder="0" allowfullscreen></iframe></p>',
    )
    credit_line = (
        f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>' if credit else ""
    )
    tag_block = (
        '<div class="tag_detail"><span class="title_tag">Từ khóa:</span> '
        + ", ".join(f'<a href="/tags/{tag_slug(t)}/">{esc(t)}</a>' for t in tags)
        + "</div>"
    )
    related = "".join(
        f'<li><a href="{attr(_dt_link(o))}">{esc(o.title)}</a></li>' for o in near[:3]
    )
    same = "".join(
        f'<li><a href="{attr(_dt_link(o))}">{esc(o.title)}</a><span class="time_news">{dmy(o.published)}</span></li>'
        for o in near[3:8]
    )
    popular = "".join(
        f'<li><a href="{attr(_dt_link(o))}">{esc(o.title)}</a></li>' for o in near[8:12]
    )
    first = (
        _dt_image(article, article.images[0])
        if article.images
        else "https://baodautu.vn/images/baodautu-share.png"
    )
    data = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": own},
        "headline": article.title,
        "description": article.lead,
        "image": {"@type": "ImageObject", "url": first, "height": 467, "width": 700},
        "dateModified": iso_vietnam(edited),
        "author": {"@type": "Person", "name": "Báo Lạng Sơn"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Đầu tư",
            "logo": {"@type": "ImageObject", "url": "https://baodautu.vn/images/logo.png"},
        },
    }
    menu = repost_menu(_DT_SECTIONS, '<li><a href="{href}-d1/">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(tags))}" />
<meta name="author" content="Báo Đầu tư" />
<link rel="canonical" href="{attr(own)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(first)}" />
<meta property="article:modified_time" content="{iso_vietnam(edited)}" />
<meta property="og:updated_time" content="{iso_vietnam(edited)}" />
<link rel="stylesheet" href="https://baodautu.vn/css/style.css?v=3.68" type="text/css" />
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body>
<div id="top-header"><div class="w1200"><span class="date-top">{LEGACY_WEEKDAYS[SERVED.weekday()]}, {_TODAY}</span><ul class="other-site"><li><a href="https://vir.com.vn" target="_blank">Vietnam Investment Review</a></li><li><a href="https://tinnhanhchungkhoan.vn" target="_blank">Đầu tư Chứng khoán</a></li><li><a href="https://baodautu.vn/batdongsan/">Đầu tư Bất động sản</a></li></ul></div></div>
<div id="header"><div class="w1200"><a href="/" class="logo"><img src="https://baodautu.vn/images/logo.png" alt="Báo Đầu tư" /></a><div class="ads_header" id="ads_header"></div></div></div>
<div id="menu"><div class="w1200"><ul class="main-menu"><li class="home"><a href="/">Trang chủ</a></li>{menu}</ul></div></div>
<div class="w1200 main-content">
<div class="col630 left">
<div class="breadcrumbs"><a href="/">Trang chủ</a> <span>/</span> <a class="cl_green" href="/{tag_slug(section)}-d1/">{esc(section)}</a></div>
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="author-share-top"><div class="author-time"><a class="author cl_green" href="/author/bao-lang-son-1792/">Báo Lạng Sơn</a> <span class="sep">-</span> <span class="post-time">{esc(shown)}</span></div><div class="share-top"><a href="https://www.facebook.com/sharer.php?u={attr(own)}" class="fb-share" target="_blank">Chia sẻ</a><a href="javascript:;" class="btn-print" onclick="window.print();">In bài</a></div></div>
<div class="sapo_detail">{esc(article.lead)}</div>
<div id="content_detail_news">
{body}
{credit_line}
</div>
{tag_block}
<div class="related_news"><div class="title_box">Tin liên quan</div><ul>{related}</ul></div>
<div class="list_news_cate"><div class="title_box">Tin cùng chuyên mục</div><ul>{same}</ul></div>
</div>
<div class="col300 right"><div class="box_most_view"><div class="title_box">Đọc nhiều</div><ol>{popular}</ol></div><div class="ads_right" id="ads_right_1"></div></div>
</div>
<div id="footer"><div class="w1200"><p><strong>BÁO ĐẦU TƯ</strong> - Cơ quan của Bộ Kế hoạch và Đầu tư, diễn đàn của cộng đồng doanh nghiệp</p><p>Giấy phép số 373/GP-BTTTT. Tổng Biên tập: Lê Trọng R.</p><p>Tòa soạn: 47 Quán Sứ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3845.0537</p><p>© Bản quyền thuộc về Báo Đầu tư. Ghi rõ nguồn "Báo Đầu tư" khi phát hành lại thông tin từ website này.</p></div></div>
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
    return CorpusPage("dautu_repost", article.article_id, url_of(article), page, record)


# --- 4. Báo Bảo vệ pháp luật -------------------------------------------------------------------

_BV_SECTIONS = (
    "Thời sự",
    "Kiểm sát",
    "Chống tham nhũng",
    "Hình sự",
    "Dân sự",
    "Kinh tế",
    "Văn hóa - Xã hội",
    "Pháp luật và Bạn đọc",
    "Quốc tế",
)
_BV_MAP = {
    "thoi-su": ("Thời sự", "Tin tức"),
    "chinh-tri": ("Thời sự", "Chính trị"),
    "kinh-te": ("Kinh tế", "Thị trường"),
    "xa-hoi": ("Văn hóa - Xã hội", "Đời sống"),
    "phap-luat": ("Hình sự", "Tin tức hình sự"),
    "giao-duc": ("Văn hóa - Xã hội", "Giáo dục"),
    "van-hoa": ("Văn hóa - Xã hội", "Văn hóa"),
    "the-thao": ("Văn hóa - Xã hội", "Thể thao"),
    "du-lich": ("Văn hóa - Xã hội", "Du lịch"),
    "quoc-te": ("Quốc tế", "Tin thế giới"),
}
_BV_MEDIA = "https://baovephapluat.vn/data/images/0"


def _bv_image(article: Article, img: Image, width: int = 700) -> str:
    """The site's resized copy of a picture (700 wide in the `src`)."""
    m = article.published
    return f"{_BV_MEDIA}/{m:%Y/%m/%d}/{image_stem(img)}_{width}.jpg"


def _bv_link(other: Article) -> str:
    """The site's address of an article."""
    section, sub = _BV_MAP[other.category]
    return f"/{tag_slug(section)}/{tag_slug(sub)}/{tag_slug(other.title)}-{_repost_id(other, 6, 'bv')}.html"


def baovephapluat_repost(article: Article) -> CorpusPage:
    """Báo Bảo vệ pháp luật (baovephapluat.vn) reposting the paper's article: the masthead's
    today date with the hour, the menu, the breadcrumb of section and subsection, the `h1`,
    the date line labelled `Cập nhật: 09:56, 04/02/2022`, the credit with its role after a
    person icon above the sapo, the sapo in `h2.sapo` with the paper's marker kept, `figure`
    pictures whose `src` is a 700-wide copy and whose `srcset` offers a 1200-wide one, the
    caption in a `p` inside `figcaption`, `Theo baolangson.vn` right-aligned in italics at the
    end, the keywords only in the meta, the share bar, the readers' comment form, "Tin cùng
    chuyên mục" with dates and the footer. `article:published_time` is in +07:00."""
    moment = article.published
    shown = f"Cập nhật: {moment:%H:%M}, {dmy(moment)}"
    section, sub = _BV_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _bv_image(article, i))
    credit = shown_byline(article)
    tags = list(article.tags)
    near = others(article, 8, turn=7717)
    own = "https://baovephapluat.vn" + _bv_link(article)

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption><p>{esc(img.caption)}</p></figcaption>" if img.caption else ""
        return (
            f'<figure class="image-box"><img src="{attr(_bv_image(article, img))}" '
            f'srcset="{attr(_bv_image(article, img))} 700w, {attr(_bv_image(article, img, 1200))} 1200w" '
            f'sizes="(max-width: 700px) 100vw, 700px" alt="{attr(img.caption or "")}" />{cap}</figure>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="adv-middle" id="bvpl_adv_middle"></div>',
        script=f'<div class="video-wrap"><iframe src="{_VIDEO}" width="700" height="394" frameborder="0" allowfullscreen></iframe></div>',
    )
    author_block = (
        f'<div class="article-author"><i class="icon-user"></i> <strong>{esc(credit)}</strong></div>'
        if credit
        else ""
    )
    same = "".join(
        f'<li><a href="{attr(_bv_link(o))}">{esc(o.title)}</a> <span class="date">{dmy(o.published)}</span></li>'
        for o in near
    )
    crumbs = f'<a href="/">Trang chủ</a> » <a href="/{tag_slug(section)}">{esc(section)}</a> » <a href="/{tag_slug(section)}/{tag_slug(sub)}">{esc(sub)}</a>'
    menu = repost_menu(_BV_SECTIONS, '<li><a href="{href}">{name}</a></li>')
    served = f"{weekday(SERVED)}, {_TODAY} 10:00 (GMT+7)"
    first = (
        _bv_image(article, article.images[0])
        if article.images
        else "https://baovephapluat.vn/images/logo-share.png"
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join([*tags, "bảo vệ pháp luật", "viện kiểm sát"]))}" />
<link rel="canonical" href="{attr(own)}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Báo Bảo vệ pháp luật" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(first)}" />
<meta property="article:published_time" content="{iso_vietnam(moment)}" />
<meta property="article:section" content="{attr(section)}" />
<link rel="stylesheet" href="/themes/bvpl/css/style.css?v=2.9" />
</head>
<body>
<div class="masthead"><div class="container"><span class="masthead-date">{served}</span><span class="masthead-org">Cơ quan ngôn luận của Viện kiểm sát nhân dân tối cao</span><a class="masthead-epaper" href="/bao-in">Báo in</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/themes/bvpl/images/logo.png" alt="Báo Bảo vệ pháp luật" /></a><div class="adv-top" id="bvpl_adv_top"></div></div></header>
<nav class="navigation"><div class="container"><ul><li class="home"><a href="/">Trang chủ</a></li>{menu}</ul></div></nav>
<div class="container content">
<div class="main-col">
<div class="breadcrumb">{crumbs}</div>
<div class="article-detail">
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-meta"><span class="article-date">{esc(shown)}</span><div class="article-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank">Facebook</a><a href="https://twitter.com/intent/tweet?url={attr(own)}" target="_blank">Twitter</a><a href="javascript:window.print();">In bài</a></div></div>
{author_block}
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="article-content">
{body}
<p style="text-align: right;"><em>Theo baolangson.vn</em></p>
</div>
<div class="article-share bottom"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank">Chia sẻ Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(own)}" target="_blank">Chia sẻ Zalo</a></div>
<div class="article-comment"><h3>Ý kiến bạn đọc</h3><form method="post" action="/binh-luan/gui"><input type="text" name="ho_ten" placeholder="Họ tên (*)" /><input type="text" name="email" placeholder="Email (*)" /><textarea name="noi_dung" placeholder="Nội dung ý kiến"></textarea><button type="submit">Gửi ý kiến</button></form><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</p></div>
</div>
<div class="same-category"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<div class="side-col"><div class="adv-right" id="bvpl_adv_right"></div><div class="box-hotline"><p>Đường dây nóng: 0243.825.5299</p></div></div>
</div>
<footer class="footer"><div class="container"><p><strong>BÁO BẢO VỆ PHÁP LUẬT</strong> - Cơ quan ngôn luận của Viện kiểm sát nhân dân tối cao</p><p>Giấy phép số 254/GP-BTTTT. Tổng Biên tập: Phạm Văn S.</p><p>Tòa soạn: 44 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội.</p></div></footer>
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
        tags=[],
    )
    return CorpusPage("baovephapluat_repost", article.article_id, url_of(article), page, record)


# --- 5. Đời sống & Pháp luật ---------------------------------------------------------------------

_DS_SECTIONS = (
    "Thời sự",
    "Pháp luật",
    "Đời sống",
    "Kinh doanh",
    "Xã hội",
    "Giải trí",
    "Thể thao",
    "Thế giới",
    "Sức khỏe",
    "Giáo dục",
    "Công nghệ",
)
_DS_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh doanh",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Giáo dục",
    "van-hoa": "Đời sống",
    "the-thao": "Thể thao",
    "du-lich": "Đời sống",
    "quoc-te": "Thế giới",
}
_DS_MEDIA = "https://media.doisongphapluat.com"


def _ds_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture, by month of posting."""
    m = article.published
    return f"{_DS_MEDIA}/{m.year}/{m.month}/{m.day}/{stable_digest(image_file(img))[:5]}-{image_file(img)}"


def _ds_link(other: Article) -> str:
    """The site's address of an article."""
    return f"/{tag_slug(other.title)}-a{_repost_id(other, 6, 'ds')}.html"


def doisong_repost(article: Article) -> CorpusPage:
    """Đời sống & Pháp luật (doisongphapluat.com) reposting the paper's article: the masthead
    with today's date and the weather, the menu, the section above the title, the date line
    with the lower-case weekday `Thứ sáu, 04/02/2022 - 09:56` beside the share links, the sapo
    in `h2` without the marker, pictures lazy behind a GIF with the re-upload in `data-src` and
    the caption in `p.picture-caption` under each captioned one, the credit in bold with
    `(Theo Báo Lạng Sơn)` after it in the same paragraph, the closing box "Bạn đang đọc bài
    viết … tại chuyên mục …" naming the title and the section, `Từ khóa` as a list, "Tin
    nổi bật" and "Tin cùng chuyên mục" with times, the cookie banner and the footer.
    `article:published_time` is written twice (in +07:00 and in UTC)."""
    moment = article.published
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {dmy(moment)} - {moment:%H:%M}"
    utc = moment.replace(tzinfo=VIETNAM).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    section = _DS_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _ds_image(article, i))
    credit = shown_byline(article)
    tags = list(article.tags)
    near = others(article, 10, turn=9343)
    own = "https://doisongphapluat.com" + _ds_link(article)

    def image(img: Image, number: int) -> str:
        pic = f'<div class="picture"><img class="lazy" src="{_GIF}" data-src="{attr(_ds_image(article, img))}" alt="{attr(article.title)}" width="680" height="453" /></div>'
        if img.caption:
            pic += f'<p class="picture-caption"><em>{esc(img.caption)}</em></p>'
        return pic

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p><br /></p>",
        ad='<div class="dspl-ads-inarticle" data-slot="inarticle-1"></div>',
        script=f'<div class="embed-youtube"><iframe src="{_VIDEO}" width="680" height="383" frameborder="0" allowfullscreen></iframe></div>',
    )
    sign = (
        f'<p style="text-align: right;"><strong>{esc(credit)}</strong> (Theo Báo Lạng Sơn)</p>'
        if credit
        else '<p style="text-align: right;">(Theo Báo Lạng Sơn)</p>'
    )
    reading = (
        f'<div class="box-reading">Bạn đang đọc bài viết <strong>"{esc(article.title)}"</strong> tại chuyên mục '
        f'<a href="/{tag_slug(section)}/">{esc(section)}</a>. Mọi thông tin đóng góp bài viết vui lòng gửi về hòm thư '
        f'<a href="mailto:banbientap@doisongphapluat.com">banbientap@doisongphapluat.com</a>, hotline: 0981.288.666</div>'
    )
    tag_block = ""
    if tags:
        tag_block = (
            '<div class="box-tags"><h3 class="box-tags__title">Từ khóa</h3><ul>'
            + "".join(f'<li><a href="/tag/{tag_slug(t)}/">{esc(t)}</a></li>' for t in tags)
            + "</ul></div>"
        )
    featured = "".join(
        f'<li><a href="{attr(_ds_link(o))}">{esc(o.title)}</a></li>' for o in near[:4]
    )
    same = "".join(
        f'<div class="item"><a href="{attr(_ds_link(o))}">{esc(o.title)}</a><span class="time">{o.published:%H:%M} {dmy(o.published)}</span></div>'
        for o in near[4:10]
    )
    first = (
        _ds_image(article, article.images[0])
        if article.images
        else f"{_DS_MEDIA}/static/dspl-share.jpg"
    )
    menu = repost_menu(_DS_SECTIONS, '<li class="nav-item"><a href="{href}/">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Đời sống & Pháp luật</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(tags))}">
<link rel="canonical" href="{attr(own)}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(own)}">
<meta property="og:site_name" content="Đời sống & Pháp luật">
<meta property="og:image" content="{attr(first)}">
<meta property="article:section" content="{attr(section)}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:published_time" content="{utc}">
<link rel="stylesheet" href="https://doisongphapluat.com/static/css/app.css?ver=5.2.4">
</head>
<body class="single">
<div class="masthead"><div class="container"><span class="masthead__date">{weekday(SERVED)}, {_TODAY}</span><span class="masthead__weather">Hà Nội 18°C</span><a class="masthead__login" href="/dang-nhap/">Đăng nhập</a></div></div>
<header class="site-header"><div class="container"><a href="/" class="site-logo"><img src="https://doisongphapluat.com/static/images/logo.png" alt="Đời sống & Pháp luật"></a><div class="ads-header" data-slot="header"></div></div></header>
<nav class="site-nav"><div class="container"><ul class="nav"><li class="nav-item home"><a href="/">Trang chủ</a></li>{menu}</ul></div></nav>
<main class="container site-main">
<div class="content-left">
<div class="post-category"><a href="/{tag_slug(section)}/">{esc(section)}</a></div>
<h1 class="post-title">{esc(article.title)}</h1>
<div class="post-meta"><span class="post-time">{esc(shown)}</span><div class="post-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank" rel="nofollow">Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(own)}" target="_blank" rel="nofollow">Zalo</a><a href="javascript:void(0)" class="copy-link">Copy link</a></div></div>
<h2 class="post-sapo">{esc(article.lead)}</h2>
<div class="post-content">
{body}
{sign}
</div>
{reading}
{tag_block}
<div class="box-featured"><h3 class="box-title">Tin nổi bật</h3><ul>{featured}</ul></div>
<div class="box-same"><h3 class="box-title">Tin cùng chuyên mục</h3>{same}</div>
</div>
<aside class="content-right"><div class="ads-right" data-slot="right-1"></div></aside>
</main>
<footer class="site-footer"><div class="container"><p><strong>ĐỜI SỐNG &amp; PHÁP LUẬT</strong> - Cơ quan của Hội Luật gia Việt Nam</p><p>Giấy phép số 184/GP-BTTTT. Tổng Biên tập: Vũ Văn T.</p><p>Tòa soạn: Tầng 3, 188 Trường Chinh, Đống Đa, Hà Nội.</p></div></footer>
<div class="cookie-notice" id="cookie-notice">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. <button type="button" id="cookie-accept">Chấp nhận</button></div>
<script src="https://doisongphapluat.com/static/js/lazyload.min.js" async></script>
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
    return CorpusPage("doisong_repost", article.article_id, url_of(article), page, record)


MARKUPS_AI: dict[str, Renderer] = {
    "nguoicaotuoi_repost": nguoicaotuoi_repost,
    "giaoduc_repost": giaoduc_repost,
    "dautu_repost": dautu_repost,
    "baovephapluat_repost": baovephapluat_repost,
    "doisong_repost": doisong_repost,
}
