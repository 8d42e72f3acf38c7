# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set AE: the thirtieth held-out set (scored once sealed at 90.8 %), now tuned on.

Written from what the systems emit, without reading the parsers, as the other realistic case
beside a redesign: the paper's article republished by other Vietnamese news sites in their own
templates, each with its own section, its own tags, its own way of printing the credit and a
source line. Báo Dân tộc và Phát triển (the ethnic-affairs committee's paper: the editions bar
with the ethnic-language editions, today's date, the breadcrumb of section and subsection, the
date line `Thứ Sáu, 04/02/2022 - 09:56` beside the view count, the sapo in `h2.sapo` with the
paper's marker kept, CKEditor `figure.image` pictures re-uploaded to its media host, the
credit right-aligned in bold and `Theo Báo Lạng Sơn` in italics under it, `Từ khóa:` with the
site's own "Lạng Sơn" tag first, `NewsArticle` JSON-LD in +07:00 naming the site as author),
Đại Đoàn Kết (the Fatherland Front's paper: the authors' names linked to their pages before
the sapo, `04/02/2022 09:56` beside a `Cập nhật` edit time, the sapo in bold without the
marker, lazy pictures with the address in `data-src`, a `noscript` copy and the caption in
`p.image-caption`, a "Đọc thêm" box inside the text, `Nguồn: baolangson.vn` after the text,
hashtags `#Tân binh`, `article:published_time` in +07:00, the readers' comment box), Báo Văn
hóa (the culture ministry's paper: the lower-case weekday `Thứ sáu, 04/02/2022 09:56`, the
sapo as the first bold paragraph inside the text, pictures in `table.image` boxes with the
caption in `td.image_caption`, the credit as the authors' names in capitals joined by ` - `
with `(Theo Báo Lạng Sơn)` on a second line of the same paragraph after a `<br>`, `Từ khóa:`
links comma-separated, a `NewsArticle` JSON-LD whose `datePublished` has no zone), Pháp luật
Việt Nam (the justice ministry's paper: the credit with linked names and the date line
`04/02/2022 09:56 GMT+7` above the sapo, resized pictures with `srcset` whose caption ends
with the photo credit `(Ảnh: Báo Lạng Sơn)`, an inline "Đọc thêm" link, `Theo baolangson.vn`
right-aligned at the end, the site's own tag "tỉnh Lạng Sơn" after the article's, JSON-LD
`datePublished` in UTC with a `Z` and the authors as `Person`s, the most-read box with hours),
and Tài nguyên & Môi trường (the environment ministry's paper: most reposts filed under its
"Địa phương" section, the date line `Ngày đăng: 09:56 04/02/2022` with the hour first, a
non-ISO `pubdate` meta, the sapo in `h2` without the marker, lazy pictures with the address in
`data-original` behind a loading GIF and the caption as the italic `div` under each, the
credit in bold with the sign-off `(Báo Lạng Sơn)` in the same paragraph, `Tags:`, the
ministry's hotline and the environmental-quality widget with its hourly reading). The expected
records come from the content alone.

The field rules of the earlier held-out sets hold: `title` the article's headline,
`dateline` the article's date line as printed (with its label, if any), `dateline_date` its
day, `published_at` as precise as the page gives it anywhere (an ISO time with its zone in a
meta or JSON-LD counts to the second, even in UTC; a zone-less machine time counts, with its
seconds, only when the local time the page prints confirms it; a printed local time counts to
the minute; a non-ISO meta value does not raise the precision; an edit time does not either),
`lead` the sapo without its marker (inside the text where the page puts it there), `byline`
the credit as the reposting site prints it (without a field label, never a source line such as
`Theo Báo Lạng Sơn` or `Nguồn: baolangson.vn`, nor a sign-off such as `(Báo Lạng Sơn)`, nor
the organisation a JSON-LD names as author; where a page shows only the authors' names, those
names as shown joined by ", " or as printed on one line, in capitals where the page prints
them so), `authors` the names in it in the usual capitalisation, `tags` only the tags the page
shows, as it shows them (without the `#` before a hashtag; the site's own tags count, keywords
only in a meta do not), `category` the reposting site's top-level section the page shows (not
the paper's section, not a subsection after it in a breadcrumb), a caption's `image_url` the
address the page serves the picture from (the site's own re-upload; the `data-src` or
`data-original` behind a placeholder; the `src` of a resized copy, not a wider `srcset`
candidate) and its `text` the caption as printed (a photo credit printed inside it is part of
it; none for an uncaptioned picture, whose `alt` may be the title). The reposting sites print
the article's own publication time as the repost's.

The mastheads' today dates, the view counts, the `Cập nhật` edit time beside a printed
publication time, the environmental widget's hour, the hours and dates of other articles in
the most-read and same-section boxes, readers' comment times, the source lines and sign-offs,
the footers' licence lines and the cookie banner are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from tests.corpus.pages import (
    SERVED,
    CorpusPage,
    Renderer,
    attr,
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
from tests.site.formats import LEGACY_WEEKDAYS, author_name, clean, iso_vietnam
from tests.site.model import Article, Image

_TODAY = f"{SERVED:%d/%m/%Y}"
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
_SOURCE = "https://baolangson.vn"


def _names(article: Article, upper: bool = False) -> list[str]:
    """The authors' names in the usual capitalisation (or in capitals)."""
    names = [author_name(clean(n)) for n in article.authors]
    return [n.upper() for n in names] if upper else names


def _repost_path(article: Article, digits: int) -> str:
    """A stable repost id for the reposting site's own address."""
    return str(int(stable_digest(f"{digits}:{article.article_id}")[:8], 16) % 10**digits)


# --- 1. Báo Dân tộc và Phát triển ------------------------------------------------------------

_DT_SECTIONS = (
    "Thời sự",
    "Chính sách",
    "Dân tộc - Tôn giáo",
    "Kinh tế",
    "Xã hội",
    "Văn hóa",
    "Giáo dục",
    "Pháp luật",
    "Thể thao",
    "Du lịch",
    "Quốc tế",
)
_DT_MAP = {
    "thoi-su": ("Thời sự", "Tin địa phương"),
    "chinh-tri": ("Thời sự", "Tin địa phương"),
    "kinh-te": ("Kinh tế", "Nông nghiệp - Nông thôn"),
    "xa-hoi": ("Xã hội", "Vùng dân tộc"),
    "phap-luat": ("Pháp luật", "An ninh - Trật tự"),
    "giao-duc": ("Giáo dục", "Vùng dân tộc"),
    "van-hoa": ("Văn hóa", "Bản sắc"),
    "the-thao": ("Thể thao", "Thể thao vùng cao"),
    "du-lich": ("Du lịch", "Điểm đến"),
    "quoc-te": ("Quốc tế", "Biên giới"),
}
_DT_MEDIA = "https://media.baodantoc.vn/baodantoc"


def _dt_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture, by day of posting."""
    return f"{_DT_MEDIA}/{article.published:%Y/%m/%d}/{image_stem(img)}-{stable_digest(image_file(img))[:6]}.jpg"


def dantoc_repost(article: Article) -> CorpusPage:
    """Báo Dân tộc và Phát triển (baodantoc.vn) reposting the paper's article: the editions bar
    (Tiếng Mông, Tiếng Khmer, Tiếng Jrai, Tiếng Ê Đê, Tiếng Bahnar) with today's date, the
    masthead and menu, the breadcrumb of the site's section and subsection, the `h1.title`,
    `Thứ Sáu, 04/02/2022 - 09:56` beside the view count and the share icons, the sapo in
    `h2.sapo` with the paper's marker kept, the text from CKEditor (justified paragraphs,
    `figure.image` with `figcaption`, an uncaptioned picture centred in a paragraph with an
    empty `alt`), the credit right-aligned in bold and `Theo Báo Lạng Sơn` in italics under
    it, `Từ khóa:` with the site's tag "Lạng Sơn" first, "Tin cùng chuyên mục" with dates,
    "Đọc nhiều", the comment form and the footer. The `NewsArticle` JSON-LD gives the times in
    +07:00 and names the site as the author."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"
    section, sub = _DT_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _dt_image(article, i))
    credit = shown_byline(article)
    tags = ["Lạng Sơn", *article.tags]

    def image(img: Image, number: int) -> str:
        src = attr(_dt_image(article, img))
        if not img.caption:
            return f'<p style="text-align:center"><img alt="" src="{src}" style="width:100%" /></p>'
        return (
            f'<figure class="image"><img alt="{attr(img.caption)}" height="467" src="{src}" width="700" />'
            f"<figcaption>{esc(img.caption)}</figcaption></figure>"
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align:justify">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-inpage" data-position="detail-inpage"></div>',
        script='<div class="embed-video"><iframe src="https://www.youtube.com/embed/lso2022tv" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>',
    )
    author = (
        f'<p style="text-align:right"><strong>{esc(credit)}</strong></p>\n' if credit else ""
    ) + '<p style="text-align:right"><em>Theo Báo Lạng Sơn</em></p>'
    tag_links = "".join(
        f'<a href="/tag/{tag_slug(t)}.htm" class="tag-item">{esc(t)}</a>' for t in tags
    )
    near = others(article, 10, turn=7013)
    same = "".join(
        f'<li><a href="/{tag_slug(section)}/{tag_slug(o.title)}-{_repost_path(o, 7)}.htm">{esc(o.title)}</a> <span class="time">({dmy(o.published)})</span></li>'
        for o in near[:5]
    )
    popular = "".join(
        f'<li><span class="number">{n}</span><a href="/{tag_slug(o.title)}-{_repost_path(o, 7)}.htm">{esc(o.title)}</a></li>'
        for n, o in enumerate(near[5:10], 1)
    )
    own = f"https://baodantoc.vn/{tag_slug(article.title)}-{_repost_path(article, 7)}.htm"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": own},
        "headline": article.title,
        "description": article.lead,
        "image": {"@type": "ImageObject", "url": _dt_image(article, article.images[0])}
        if article.images
        else {"@type": "ImageObject", "url": "https://baodantoc.vn/images/logo-share.png"},
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(minutes=12)),
        "author": {"@type": "Organization", "name": "Báo Dân tộc và Phát triển"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Dân tộc và Phát triển",
            "logo": {"@type": "ImageObject", "url": "https://baodantoc.vn/images/logo.png"},
        },
    }
    menu = repost_menu(_DT_SECTIONS, '<li><a href="{href}.htm">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join([*tags, "dân tộc thiểu số", "miền núi"]))}" />
<link rel="canonical" href="{attr(own)}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Báo Dân tộc và Phát triển" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(_dt_image(article, article.images[0]) if article.images else "https://baodantoc.vn/images/logo-share.png")}" />
<meta property="article:section" content="{attr(section)}" />
<link rel="stylesheet" href="https://baodantoc.vn/assets/css/main.css?v=3.2.7" />
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">{weekday(SERVED)}, {_TODAY}</span><ul class="editions"><li><a href="/tieng-mong.htm">Tiếng Mông</a></li><li><a href="/tieng-khmer.htm">Tiếng Khmer</a></li><li><a href="/tieng-jrai.htm">Tiếng Jrai</a></li><li><a href="/tieng-e-de.htm">Tiếng Ê Đê</a></li><li><a href="/tieng-bahnar.htm">Tiếng Bahnar</a></li></ul><a href="/rss.htm" class="rss">RSS</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="https://baodantoc.vn/images/logo.png" alt="Báo Dân tộc và Phát triển" /></a><div class="banner-top" data-position="top"></div></div></header>
<nav class="main-nav"><div class="container"><ul><li class="home"><a href="/">Trang chủ</a></li>{menu}<li><a href="/multimedia.htm">Multimedia</a></li></ul></div></nav>
<div class="container main">
<div class="col-main">
<div class="breadcrumb"><a href="/">Trang chủ</a><span>/</span><a href="/{tag_slug(section)}.htm">{esc(section)}</a><span>/</span><a href="/{tag_slug(section)}/{tag_slug(sub)}.htm">{esc(sub)}</a></div>
<div class="detail">
<h1 class="title">{esc(article.title)}</h1>
<div class="meta"><span class="date">{esc(shown)}</span><span class="view"><i class="icon-eye"></i> {article.article_id % 1700 + 211}</span><div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" target="_blank" class="fb">Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(own)}" class="zalo">Zalo</a><a href="javascript:window.print()" class="print">In</a></div></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="detail-content">
{body}
{author}
</div>
<div class="tags"><span class="label">Từ khóa:</span> {tag_links}</div>
<div class="comment-box"><div class="title">Bình luận</div><form action="/comment/post" method="post"><textarea name="content" placeholder="Mời bạn bình luận"></textarea><input type="text" name="name" placeholder="Họ và tên" /><input type="text" name="email" placeholder="Email" /><button type="submit">Gửi</button></form></div>
</div>
<div class="box-same"><div class="box-title">Tin cùng chuyên mục</div><ul>{same}</ul></div>
</div>
<div class="col-side">
<div class="box-popular"><div class="box-title">Đọc nhiều</div><ol>{popular}</ol></div>
<div class="box-magazine"><a href="/tap-chi-dan-toc.htm"><img src="https://baodantoc.vn/images/tap-chi-dan-toc.jpg" alt="Tạp chí Dân tộc" /></a></div>
</div>
</div>
<footer class="footer"><div class="container"><p><strong>BÁO DÂN TỘC VÀ PHÁT TRIỂN</strong> - Cơ quan của Ủy ban Dân tộc</p><p>Giấy phép số 291/GP-BTTTT. Tổng Biên tập: Trần Văn B.</p><p>Tòa soạn: 349 Đội Cấn, Ba Đình, Hà Nội. ĐT: 024.3832.6513</p><p>Ghi rõ nguồn "Báo Dân tộc và Phát triển" khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="https://baodantoc.vn/assets/js/main.js?v=3.2.7"></script>
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
    return CorpusPage("dantoc_repost", article.article_id, url_of(article), page, record)


# --- 2. Đại Đoàn Kết ---------------------------------------------------------------------------

_DDK_SECTIONS = (
    "Thời sự",
    "Mặt trận",
    "Kinh tế",
    "Xã hội",
    "Pháp luật",
    "Văn hóa",
    "Giáo dục",
    "Thể thao",
    "Quốc tế",
    "Đời sống",
)
_DDK_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Giáo dục",
    "van-hoa": "Văn hóa",
    "the-thao": "Thể thao",
    "du-lich": "Văn hóa",
    "quoc-te": "Quốc tế",
}
_DDK_MEDIA = "https://media.daidoanket.vn/w700/uploaded/images"


def _ddk_image(article: Article, img: Image) -> str:
    """The site's resized re-upload of a picture."""
    return f"{_DDK_MEDIA}/{article.published:%Y/%m/%d}/{stable_digest(image_stem(img))[:8]}-{image_file(img)}"


def daidoanket_repost(article: Article) -> CorpusPage:
    """Đại Đoàn Kết (daidoanket.vn) reposting the paper's article: the top bar with today's
    date and the Fatherland Front's links, the menu, the section link above the title, the
    `h1.detail-title`, the authors' names linked to their author pages, `04/02/2022 09:56`
    with a later `Cập nhật` time, the sapo in bold with the marker taken off, the text with
    lazy pictures (`data-src` behind a GIF, a `noscript` copy, the caption in
    `p.image-caption`), a "Đọc thêm" box after the second paragraph, `Nguồn: baolangson.vn`
    after the text, hashtags, the readers' comments with their times, "Tin cùng chuyên mục",
    the cookie notice and the footer. `article:published_time` and the JSON-LD are in
    +07:00."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"
    edited = moment + timedelta(hours=3, minutes=21)
    section = _DDK_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _ddk_image(article, i))
    names = _names(article)
    credit = ", ".join(names) if names else shown_byline(article)
    authors = ", ".join(
        f'<a href="/tac-gia/{tag_slug(n)}" class="author-name">{esc(n)}</a>' for n in names
    )

    def image(img: Image, number: int) -> str:
        src = attr(_ddk_image(article, img))
        cap = f'<p class="image-caption">{esc(img.caption)}</p>' if img.caption else ""
        alt = attr(img.caption or article.title)
        return (
            f'<div class="image-box"><img class="lazyload" src="{_GIF}" data-src="{src}" alt="{alt}" width="700" height="466" />'
            f'<noscript><img src="{src}" alt="{alt}" /></noscript>{cap}</div>'
        )

    near = others(article, 9, turn=9103)

    def after(number: int, count: int) -> str:
        if number != 2 or count < 3:
            return ""
        o = near[0]
        return f'<div class="read-more"><div class="read-more__title">Đọc thêm</div><a href="/{tag_slug(o.title)}-{_repost_path(o, 6)}.html">{esc(o.title)}</a></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad='<div class="ads-center"><ins class="adsbygoogle" data-ad-slot="8812"></ins></div>',
        script='<div class="video-embed"><iframe src="https://www.youtube.com/embed/lso2022tv" allowfullscreen></iframe></div>',
        after=after,
    )
    hashtags = ""
    if article.tags:
        hashtags = (
            '<div class="detail-hashtag">'
            + "".join(
                f'<a href="/tag/{tag_slug(t)}" class="hashtag">#{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    same = "".join(
        f'<div class="story"><a href="/{tag_slug(o.title)}-{_repost_path(o, 6)}.html" class="story__thumb"><img class="lazyload" src="{_GIF}" data-src="{_DDK_MEDIA}/thumb/{stable_digest(o.slug)[:10]}.jpg" alt="{attr(o.title)}" /></a><h3 class="story__title"><a href="/{tag_slug(o.title)}-{_repost_path(o, 6)}.html">{esc(o.title)}</a></h3><span class="story__time">{dmy(o.published)}</span></div>'
        for o in near[1:6]
    )
    comments = "".join(
        f'<li class="comment"><span class="comment__name">{who}</span><span class="comment__time">{(moment + timedelta(hours=h)):%H:%M %d/%m/%Y}</span><p>{esc(text)}</p></li>'
        for who, h, text in (
            ("Hoàng Văn Lâm", 5, "Bài viết rất thiết thực, cảm ơn phóng viên."),
            ("Nông Thị Mai", 26, "Mong địa phương tiếp tục quan tâm hơn nữa."),
        )
    )
    own = f"https://daidoanket.vn/{tag_slug(article.title)}-{_repost_path(article, 6)}.html"
    data = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": own,
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(edited),
        "author": [{"@type": "Person", "name": n} for n in names]
        or {"@type": "Organization", "name": "Đại Đoàn Kết"},
        "publisher": {"@type": "Organization", "name": "Báo Đại Đoàn Kết"},
    }
    menu = repost_menu(_DDK_SECTIONS, '<li class="nav__item"><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} | Báo Đại Đoàn Kết</title>
<meta name="description" content="{attr(article.lead)}">
<link rel="canonical" href="{attr(own)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(own)}">
<meta property="og:image" content="{attr(_ddk_image(article, article.images[0]) if article.images else "https://daidoanket.vn/assets/img/og-default.jpg")}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:modified_time" content="{iso_vietnam(edited)}">
<meta property="article:section" content="{attr(section)}">
<link rel="stylesheet" href="https://daidoanket.vn/assets/css/app.css?v=1.8.4">
<script type="application/ld+json">{script_json(data)}</script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body class="page-detail">
<div class="topbar"><div class="container"><span class="topbar__date">{weekday(SERVED)}, ngày {_TODAY}</span><a href="http://mattran.org.vn" target="_blank" rel="noopener">Ủy ban Trung ương MTTQ Việt Nam</a><a href="/e-paper">Báo in</a><a href="/lien-he">Liên hệ</a></div></div>
<header class="header"><div class="container"><a href="/" class="header__logo"><img src="https://daidoanket.vn/assets/img/logo.svg" alt="Báo Đại Đoàn Kết"></a></div></header>
<nav class="nav"><div class="container"><ul class="nav__list"><li class="nav__item"><a href="/">Trang chủ</a></li>{menu}</ul></div></nav>
<main class="container">
<div class="detail">
<div class="detail-cate"><a href="/{tag_slug(section)}">{esc(section)}</a></div>
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-info"><div class="detail-author">{authors or esc(credit or "")}</div><div class="detail-time"><span class="time-publish">{esc(shown)}</span><span class="time-update">Cập nhật: {edited:%H:%M %d/%m/%Y}</span></div><div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(own)}" class="fb" target="_blank">Chia sẻ</a></div></div>
<div class="detail-sapo"><strong>{esc(article.lead)}</strong></div>
<div class="detail-content">
{body}
<p class="detail-source">Nguồn: <a href="{attr(url_of(article))}" rel="nofollow" target="_blank">baolangson.vn</a></p>
</div>
{hashtags}
<section class="detail-comment"><h3>Bình luận</h3><ul class="comment-list">{comments}</ul><form class="comment-form" action="/binh-luan" method="post"><textarea name="noidung" placeholder="Nhập bình luận của bạn"></textarea><input name="hoten" placeholder="Họ tên"><button type="submit">Gửi bình luận</button></form></section>
</div>
<section class="same-cate"><h2 class="box-title">Tin cùng chuyên mục</h2>{same}</section>
</main>
<footer class="footer"><div class="container"><p>Báo Đại Đoàn Kết - Cơ quan Trung ương của Mặt trận Tổ quốc Việt Nam</p><p>Giấy phép số 155/GP-BTTTT. Tổng Biên tập: Lê Văn C.</p><p>Tòa soạn: 66 Bà Triệu, Hoàn Kiếm, Hà Nội.</p></div></footer>
<div class="cookie-notice" id="cookieNotice">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. <button type="button">Đồng ý</button></div>
<script src="https://daidoanket.vn/assets/js/lazysizes.min.js" async></script>
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
        tags=list(article.tags),
    )
    return CorpusPage("daidoanket_repost", article.article_id, url_of(article), page, record)


# --- 3. Báo Văn hóa ---------------------------------------------------------------------------

_VH_SECTIONS = (
    "Thời sự",
    "Văn hóa",
    "Văn nghệ",
    "Thể thao",
    "Du lịch",
    "Gia đình",
    "Xã hội",
    "Kinh tế",
)
_VH_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "phap-luat": "Xã hội",
    "giao-duc": "Xã hội",
    "van-hoa": "Văn hóa",
    "the-thao": "Thể thao",
    "du-lich": "Du lịch",
    "quoc-te": "Thời sự",
}


def _vh_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture."""
    return f"https://baovanhoa.vn/Uploads/Images/{article.published:%Y/%m/%d}/{image_file(img)}"


def vanhoa_repost(article: Article) -> CorpusPage:
    """Báo Văn hóa (baovanhoa.vn) reposting the paper's article: the masthead with today's
    date and the ministry's line, the menu, the breadcrumb, the `h1`, the date line with the
    lower-case weekday `Thứ sáu, 04/02/2022 09:56`, the sapo as the first paragraph of the
    text in bold with its marker, pictures in `table.image` boxes (the caption in a second row's
    `td.image_caption`, an uncaptioned picture's box having no second row), the credit as the
    authors' names in capitals joined by ` - ` and `(Theo Báo Lạng Sơn)` on a second line of
    the same paragraph, `Từ khóa:` links separated by commas, "Tin liên quan" with dates, the
    footer. Its `NewsArticle` JSON-LD writes `datePublished` as a local time with no zone."""
    moment = article.published
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {dmy(moment)} {moment:%H:%M}"
    section = _VH_MAP[article.category]
    captions = rehosted_captions(article, lambda i: _vh_image(article, i))
    names = _names(article, upper=True)
    credit = " - ".join(names) if names else shown_byline(article)
    tags = list(article.tags) or ["Lạng Sơn"]

    def image(img: Image, number: int) -> str:
        src = attr(_vh_image(article, img))
        row = (
            f'<tr><td class="image_caption" style="text-align:center">{esc(img.caption)}</td></tr>'
            if img.caption
            else ""
        )
        return f'<table class="image center" align="center"><tbody><tr><td><img src="{src}" alt="" width="600" height="400" /></td></tr>{row}</tbody></table>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="adv-inread" id="advInRead"></div>',
        script='<p style="text-align: center;"><iframe width="600" height="338" src="https://www.youtube.com/embed/lso2022tv" frameborder="0" allowfullscreen></iframe></p>',
    )
    sign = (
        f"<strong>{esc(credit)}</strong><br />" if credit else ""
    ) + "<em>(Theo Báo Lạng Sơn)</em>"
    tag_links = ", ".join(
        f'<a href="/tags/{quote(t)}.html" title="{attr(t)}">{esc(t)}</a>' for t in tags
    )
    near = others(article, 5, turn=1109)
    related = "".join(
        f'<li><a href="/{tag_slug(section)}/{tag_slug(o.title)}-{_repost_path(o, 6)}.html">{esc(o.title)}</a> <span class="date">{dmy(o.published)}</span></li>'
        for o in near
    )
    own = f"https://baovanhoa.vn/{tag_slug(section)}/{tag_slug(article.title)}-{_repost_path(article, 6)}.html"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "mainEntityOfPage": own,
        "datePublished": f"{moment:%Y-%m-%dT%H:%M:%S}",
        "dateModified": f"{moment + timedelta(minutes=30):%Y-%m-%dT%H:%M:%S}",
        "image": [_vh_image(article, i) for i in article.images],
        "publisher": {"@type": "Organization", "name": "Báo Văn hóa"},
    }
    menu = repost_menu(_VH_SECTIONS, '<li><a href="{href}.html">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} - Báo Văn hóa</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(tags))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(_vh_image(article, article.images[0]) if article.images else "https://baovanhoa.vn/Content/images/logo-share.jpg")}" />
<link rel="canonical" href="{attr(own)}" />
<link href="/Content/css/style.css?v=20230612" rel="stylesheet" type="text/css" />
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body>
<div id="header"><div class="wrap"><div class="header-top"><span class="date-now">{LEGACY_WEEKDAYS[SERVED.weekday()]}, {_TODAY}</span><span class="org">Cơ quan của Bộ Văn hóa, Thể thao và Du lịch</span></div><a class="logo" href="/"><img src="/Content/images/logo.png" alt="Báo Văn hóa" /></a></div></div>
<div id="menu"><div class="wrap"><ul><li><a href="/">Trang chủ</a></li>{menu}</ul></div></div>
<div id="main" class="wrap">
<div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/{tag_slug(section)}.html">{esc(section)}</a></div>
<div class="article-detail">
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-date">{esc(shown)}</div>
<div class="article-content">
<p><strong>{esc(lead_text(article))}</strong></p>
{body}
<p style="text-align: right;">{sign}</p>
</div>
<div class="article-tags"><b>Từ khóa:</b> {tag_links}</div>
<div class="article-social"><div class="fb-like" data-href="{attr(own)}" data-layout="button_count" data-share="true"></div></div>
</div>
<div class="box-related"><h3>Tin liên quan</h3><ul>{related}</ul></div>
</div>
<div class="col-right"><div class="box"><h3>Báo in</h3><a href="/bao-in.html"><img src="/Content/images/bao-in.jpg" alt="" /></a></div><div class="box adv" data-zone="right-1"></div></div>
</div>
<div id="footer"><div class="wrap"><p><b>BÁO VĂN HÓA</b> - Cơ quan của Bộ Văn hóa, Thể thao và Du lịch</p><p>Giấy phép số 482/GP-BTTTT. Tổng Biên tập: Phạm Thị D.</p><p>Tòa soạn: 124 Nguyễn Đình Chiểu, Quận 3, TP Hồ Chí Minh và 26 Cửa Nam, Hà Nội</p></div></div>
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
    return CorpusPage("vanhoa_repost", article.article_id, url_of(article), page, record)


# --- 4. Pháp luật Việt Nam ----------------------------------------------------------------------

_PL_SECTIONS = (
    "Thời sự",
    "Pháp luật",
    "Bạn đọc",
    "Kinh tế",
    "Xã hội",
    "Văn hóa",
    "Giáo dục",
    "Thể thao",
    "Quốc tế",
    "Sống khỏe",
)
_PL_MAP = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Thời sự",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "giao-duc": "Giáo dục",
    "van-hoa": "Văn hóa",
    "the-thao": "Thể thao",
    "du-lich": "Văn hóa",
    "quoc-te": "Quốc tế",
}
_PL_MEDIA = "https://image.baophapluat.vn"


def _pl_image(article: Article, img: Image, width: int = 800) -> str:
    """The image server's resized copy of the site's re-upload."""
    return f"{_PL_MEDIA}/w{width}/Uploaded/{article.published:%Y}/{stable_digest(image_stem(img))[:10]}/{article.published:%Y_%m_%d}/{image_file(img)}"


def phapluat_repost(article: Article) -> CorpusPage:
    """Pháp luật Việt Nam (baophapluat.vn) reposting the paper's article: the top bar with
    today's date and the e-paper link, the menu, the section breadcrumb, the `h1`, the credit
    with the authors' names linked to their pages and the date line `04/02/2022 09:56 GMT+7`
    above the sapo, the sapo in `div.sapo` with the marker, pictures as `figure` with an `img`
    of the 800-wide copy and a `srcset` of wider ones, the caption ending with the photo credit
    `(Ảnh: Báo Lạng Sơn)`, an uncaptioned picture's `alt` the title, an inline "Đọc thêm" link,
    `Theo baolangson.vn` right-aligned at the end, `Tags:` with the site's own "tỉnh Lạng Sơn"
    after the article's, "Đọc nhiều" with hours and the footer. The JSON-LD gives
    `datePublished` in UTC with a `Z` and the authors as `Person`s."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M} GMT+7"
    section = _PL_MAP[article.category]
    credit = shown_byline(article)
    tags = [*article.tags, "tỉnh Lạng Sơn"]
    captions = [
        {
            "image_url": _pl_image(article, i),
            "text": f"{clean(i.caption)} (Ảnh: Báo Lạng Sơn)" if i.caption else None,
        }
        for i in article.images
    ]
    linked = esc(credit or "")
    for name in article.authors:
        for form in (name, name.upper()):
            if esc(form) in linked:
                link = f'<a href="/tac-gia/{tag_slug(author_name(name))}.html" class="author">{esc(form)}</a>'
                linked = linked.replace(esc(form), link, 1)
                break
    near = others(article, 9, turn=4421)

    def image(img: Image, number: int) -> str:
        srcset = ", ".join(f"{_pl_image(article, img, w)} {w}w" for w in (800, 1200, 1600))
        cap = (
            f"<figcaption><p>{esc(img.caption)} (Ảnh: Báo Lạng Sơn)</p></figcaption>"
            if img.caption
            else ""
        )
        alt = attr(img.caption or article.title)
        return f'<figure class="picture"><img src="{attr(_pl_image(article, img))}" srcset="{attr(srcset)}" sizes="(max-width: 800px) 100vw, 800px" alt="{alt}" loading="lazy" />{cap}</figure>'

    def after(number: int, count: int) -> str:
        if number != 1 or count < 3:
            return ""
        o = near[0]
        return f'<p class="related-inline"><strong>Đọc thêm:</strong> <a href="/{tag_slug(o.title)}-post{_repost_path(o, 6)}.html">{esc(o.title)}</a></p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ad-zone" data-zone="inread"></div>',
        script='<div class="video"><iframe src="https://www.youtube.com/embed/lso2022tv" width="100%" height="400" allowfullscreen></iframe></div>',
        after=after,
    )
    tag_links = "".join(f'<li><a href="/tag/{tag_slug(t)}.html">{esc(t)}</a></li>' for t in tags)
    popular = "".join(
        f'<li><a href="/{tag_slug(o.title)}-post{_repost_path(o, 6)}.html">{esc(o.title)}</a><span class="time">{o.published:%H:%M}</span></li>'
        for o in near[1:7]
    )
    own = f"https://baophapluat.vn/{tag_slug(article.title)}-post{_repost_path(article, 6)}.html"
    utc = moment.replace(tzinfo=None) - timedelta(hours=7)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": own},
        "headline": article.title,
        "description": article.lead,
        "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S}.000Z",
        "dateModified": f"{utc + timedelta(hours=1):%Y-%m-%dT%H:%M:%S}.000Z",
        "author": [{"@type": "Person", "name": n} for n in _names(article)],
        "publisher": {"@type": "Organization", "name": "Báo Pháp luật Việt Nam"},
        "image": [_pl_image(article, i) for i in article.images],
    }
    menu = repost_menu(_PL_SECTIONS, '<li><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="news_keywords" content="{attr(", ".join(tags))}">
<link rel="canonical" href="{attr(own)}">
<meta property="og:site_name" content="Báo Pháp luật Việt Nam điện tử">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(own)}">
<meta property="og:image" content="{attr(_pl_image(article, article.images[0], 1200) if article.images else _PL_MEDIA + "/og-default.jpg")}">
<link rel="stylesheet" href="https://baophapluat.vn/static/css/detail.css?v=2.4">
<script type="application/ld+json">{script_json(data)}</script>
</head>
<body>
<div class="header-top"><div class="container"><span class="date">{weekday(SERVED)}, {_TODAY}</span><a href="/bao-in">Báo in</a><a href="https://english.baophapluat.vn">English</a><a href="/dang-nhap" class="login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="https://baophapluat.vn/static/img/logo.svg" alt="Pháp luật Việt Nam"></a></div><nav class="menu"><div class="container"><ul><li><a href="/" class="home">Trang chủ</a></li>{menu}</ul></div></nav></header>
<div class="container detail-page">
<div class="main-col">
<ol class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/{tag_slug(section)}">{esc(section)}</a></li></ol>
<article class="article">
<h1 class="article__title">{esc(article.title)}</h1>
<div class="article__meta"><div class="article__author">{linked}</div><time class="article__time">{esc(shown)}</time><div class="article__tools"><a href="#" class="font-size">Aa</a><a href="javascript:window.print()">In</a></div></div>
<div class="sapo">{esc(lead_text(article))}</div>
<div class="article__body">
{body}
<p style="text-align: right;"><em>Theo baolangson.vn</em></p>
</div>
<div class="article__tags"><span>Tags:</span><ul>{tag_links}</ul></div>
</article>
</div>
<aside class="side-col"><section class="most-read"><h3>Đọc nhiều</h3><ol>{popular}</ol></section><div class="ad-zone" data-zone="right"></div></aside>
</div>
<footer class="footer"><div class="container"><p>BÁO PHÁP LUẬT VIỆT NAM - Cơ quan của Bộ Tư pháp</p><p>Giấy phép số 197/GP-BTTTT. Tổng Biên tập: Vũ Văn E.</p><p>Tòa soạn: 42/10 Nguyễn Chí Thanh, Đống Đa, Hà Nội.</p></div></footer>
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
    return CorpusPage("phapluat_repost", article.article_id, url_of(article), page, record)


# --- 5. Tài nguyên & Môi trường -----------------------------------------------------------------

_TN_SECTIONS = (
    "Thời sự",
    "Đất đai",
    "Môi trường",
    "Tài nguyên nước",
    "Khoáng sản",
    "Biển đảo",
    "Kinh tế",
    "Xã hội",
    "Địa phương",
)
_TN_MAP = {"kinh-te": "Kinh tế", "xa-hoi": "Xã hội", "quoc-te": "Thời sự"}
_TN_MEDIA = "https://baotainguyenmoitruong.vn/stores/news_dataimages"


def _tn_image(article: Article, img: Image) -> str:
    """The site's re-upload of a picture, by month of posting."""
    return f"{_TN_MEDIA}/{article.published:%Y/%m%d}/{article.published:%Y%m%d}{stable_digest(image_file(img))[:4]}_{image_file(img)}"


def tnmt_repost(article: Article) -> CorpusPage:
    """Tài nguyên & Môi trường (baotainguyenmoitruong.vn) reposting the paper's article, most
    under its "Địa phương" section: the top bar with today's date and the ministry's hotline,
    the menu, the breadcrumb, the `h1`, `Ngày đăng: 09:56 04/02/2022` with the hour first and
    a non-ISO `pubdate` meta, the sapo in `h2` without the marker, pictures lazy behind a
    loading GIF with the address in `data-original` and the caption as the italic `div` under
    each (an uncaptioned picture's `alt` the title), the credit in bold with the sign-off
    `(Báo Lạng Sơn)` in the same paragraph, `Tags:`, the related list with dates, the
    environmental-quality widget with its reading hour and the footer."""
    moment = article.published
    shown = f"Ngày đăng: {moment:%H:%M} {dmy(moment)}"
    section = _TN_MAP.get(article.category, "Địa phương")
    captions = rehosted_captions(article, lambda i: _tn_image(article, i))
    credit = shown_byline(article)
    tags = ["Lạng Sơn", *article.tags]

    def image(img: Image, number: int) -> str:
        pic = f'<div class="img-box"><img class="lazy" src="/images/loading.gif" data-original="{attr(_tn_image(article, img))}" alt="{attr(img.caption or article.title)}" /></div>'
        if img.caption:
            pic += f'<div class="img-caption"><em>{esc(img.caption)}</em></div>'
        return pic

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p><iframe src="https://www.youtube.com/embed/lso2022tv" width="640" height="360" frameborder="0"></iframe></p>',
    )
    sign = (f"<strong>{esc(credit)}</strong> " if credit else "") + "<em>(Báo Lạng Sơn)</em>"
    tag_links = "".join(
        f'<a href="/tags/{tag_slug(t)}.html" class="tag">{esc(t)}</a>' for t in tags
    )
    near = others(article, 6, turn=2203)
    related = "".join(
        f'<li><a href="/{tag_slug(o.title)}-{_repost_path(o, 6)}.html">{esc(o.title)}</a> <span class="date">{o.published:%d/%m/%Y}</span></li>'
        for o in near
    )
    own = f"https://baotainguyenmoitruong.vn/{tag_slug(article.title)}-{_repost_path(article, 6)}.html"
    menu = repost_menu(_TN_SECTIONS, '<li><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join([*tags, "tài nguyên", "môi trường"]))}" />
<meta name="pubdate" content="{dmy(moment)} {moment:%H:%M}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(own)}" />
<meta property="og:image" content="{attr(_tn_image(article, article.images[0]) if article.images else "https://baotainguyenmoitruong.vn/images/share.jpg")}" />
<link rel="stylesheet" href="/css/style.css?v=20240301" />
<script src="/js/jquery.min.js"></script>
<script src="/js/jquery.lazyload.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="top-date">{weekday(SERVED)}, {_TODAY}</span><span class="hotline">Đường dây nóng Bộ TN&amp;MT: 0913.366.858</span></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="Tài nguyên &amp; Môi trường" /></a></div></div>
<div class="nav"><div class="container"><ul><li><a href="/">Trang chủ</a></li>{menu}</ul></div></div>
<div class="container content">
<div class="main-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{tag_slug(section)}">{esc(section)}</a></div>
<div class="detail-news">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-time">{esc(shown)}</div>
<h2 class="detail-sapo">{esc(article.lead)}</h2>
<div class="detail-content">
{body}
<p style="text-align: right;">{sign}</p>
</div>
<div class="detail-tags"><span>Tags:</span> {tag_links}</div>
</div>
<div class="related"><div class="title">Tin liên quan</div><ul>{related}</ul></div>
</div>
<div class="main-right"><div class="aqi-widget"><div class="title">Chất lượng không khí</div><div class="aqi-value">AQI 62 - Trung bình</div><div class="aqi-time">Cập nhật lúc 16:00 {_TODAY}</div></div></div>
</div>
<div class="footer"><div class="container"><p>BÁO TÀI NGUYÊN &amp; MÔI TRƯỜNG - Cơ quan của Bộ Tài nguyên và Môi trường</p><p>Giấy phép số 479/GP-BTTTT. Tổng Biên tập: Đỗ Văn F.</p><p>Tòa soạn: Tầng 6, Tòa nhà B, số 10 Tôn Thất Thuyết, Hà Nội.</p></div></div>
<script>$(function(){{$("img.lazy").lazyload();}});</script>
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
    return CorpusPage("tnmt_repost", article.article_id, url_of(article), page, record)


MARKUPS_AE: dict[str, Renderer] = {
    "dantoc_repost": dantoc_repost,
    "daidoanket_repost": daidoanket_repost,
    "vanhoa_repost": vanhoa_repost,
    "phapluat_repost": phapluat_repost,
    "tnmt_repost": tnmt_repost,
}
