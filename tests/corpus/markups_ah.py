# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set AH: the thirty-third held-out set (scored once sealed at 99.4 %), now tuned on.

Written from what the systems emit, without reading the parsers, as baolangson.vn rebuilt on
another vendor's CMS the way the provincial papers' current sites are built; each page carries
the paper's own article (its section, credit, tags and sapo), not a repost. The paper after
Báo Hưng Yên's site (`/tin-tuc/{slug}-{id}.html` addresses, the masthead's today date written
out in words, `Thứ Hai, ngày 23 tháng 11 năm 2026`, the section as a kicker over the title and
a breadcrumb with the subsection of older articles, the date line `Thứ Sáu, 04/02/2022 09:56`
beside the view count and the "Nghe bài viết" text-to-speech player, the sapo in `h2.sapo`
with its marker, CKEditor 4 `figure.image` pictures on the resizing CDN with the caption in
`figcaption` and uncaptioned pictures in a centred paragraph with the title as `alt`, a "Tin
liên quan" box inside the text, the credit in an author box after the text, the `Từ khóa`
list, one JSON-LD `@graph` of `WebSite`, `WebPage`, `NewsArticle` in +07:00 naming the authors
as `Person`s and `BreadcrumbList`, "Tin cùng chuyên mục" with times, "Đọc nhiều", the Facebook
comments), the paper after Báo Thái Bình's (`/tin-tuc/{section number}/{id}/{slug}.htm`
addresses, XHTML, the site name first in `<title>`, today's date with the weekday in lower
case, the section and subsection as tabs over the article and no breadcrumb, the only date
`Cập nhật: 04/02/2022 09:56` with no machine time anywhere, Word-pasted `MsoNormal`
paragraphs in font spans with the sapo as the first bold one inside the text, captioned
pictures in CKEditor `table.image` boxes with the caption in `td.image_desc`, root-relative
`/Uploads/Images/{y}/{m}/{d}/` addresses with month and day unpadded, the credit as the last
paragraph, right-aligned in bold italics, the keywords only in the meta, print and e-mail
links, "Các tin khác" with dates, the poll and the visitor counter), the paper after Báo Hà
Tĩnh's (`/{section}/{slug}/{id}.htm` addresses, the top bar with today's date, the weather and
the hotline, the breadcrumb, the authors' names only, each linked to its page beside an
avatar above the sapo and no credit after the text, the date and the time in two spans with
icons, `04/02/2022 09:56`, `article:published_time` in +07:00 and a later
`article:modified_time`, the plain sapo with its marker, `figure` pictures with `srcset` and
`loading="lazy"` and the caption as a paragraph in `figcaption`, `Tags` links, "Tin mới" with
relative times), the paper after Báo Quảng Trị's (`/{section}/{slug}-{id}.htm` addresses, the
top bar with today's date and links to the printed and broadcast editions, the breadcrumb,
the date line `Thứ Sáu, 04/02/2022, 09:56 (GMT+07:00)`, a `NewsArticle` JSON-LD in +07:00 and
a second, older SEO block whose `datePublished` is the date alone, the sapo with only the
marker in bold, pictures as 800-wide copies linking to the original for a lightbox gallery with
the caption in `div.img-caption`, the credit as the text's last paragraph, right-aligned in
bold, `Tags:` comma-joined, "Tin liên quan", "Đọc nhiều" and the comment form), and the paper
after Báo Cà Mau's (`/{section}/{slug}-a{id}.html` addresses, the masthead date with hyphens,
the credit with its role above the text beside the date line `Đăng ngày: 04-02-2022 | 09:56`
with hyphens, `article:published_time` written by PHP's `DATE_ISO8601` with the zone as
`+0700`, the italic sapo with its marker, pictures lazy behind a loading GIF with the address
in `data-original`, each in a centred paragraph with its caption in italics after a `<br>`,
`Từ khóa:` links separated by bars, "Bài viết cùng chuyên mục", "Xem nhiều nhất" and the cookie
banner). The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `title` the article's headline, `dateline`
the article's date line as printed (with its weekday and label, if any; its spans joined as
the page shows them, without their icons), `dateline_date` its day, `published_at` as precise
as the page gives it anywhere (an ISO time with its zone in a meta or JSON-LD counts to the
second, with the zone written `+0700` too; a zone-less machine time counts, with its seconds,
only when the local time the page prints confirms it; a printed local time counts to the
minute, so the Thái Bình-like page, whose only time is the printed `Cập nhật` line, gives the
minute; a date alone in a second JSON-LD block does not lower the precision; an edit time
such as `article:modified_time` does not raise it), `lead` the sapo without its marker (inside
the text where the page puts it there), `byline` the credit as written (with its role, without
a field label, never the names a JSON-LD gives as author; where a page shows only the authors'
names, each its own link, those names joined by ", "), `authors` the names in it in the usual
capitalisation, `tags` only the tags the page shows (keywords only in a meta are not tags: none
on the Thái Bình-like page), `category` the top-level section the page shows (not the
subsection after it in a breadcrumb or a tab), a caption's `image_url` the address the page
serves the picture from (the `src` rather than a `srcset` candidate, the `data-original`
behind a loading GIF, the 800-wide copy rather than the original its lightbox links to, a
root-relative address resolved against the page's address) and its `text` the caption as
printed (none for an uncaptioned picture, whatever its `alt`).

The mastheads' today dates, the weather, hotline and edition links, the view counts, the
text-to-speech player, the modified times, the dates and relative times of other articles in
related, same-section, latest and most-read boxes, the poll, the visitor counter, the
comment forms, the footers' licence lines and the cookie banner are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import timedelta

from tests.corpus.pages import (
    BASE,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    dmy,
    esc,
    expected,
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
from tests.site.formats import LEGACY_WEEKDAYS, author_name, clean, iso_vietnam
from tests.site.model import Article, Image

_TODAY = f"{SERVED:%d/%m/%Y}"
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
_LICENCE = "Giấy phép hoạt động báo điện tử số 70/GP-BTTTT do Bộ Thông tin và Truyền thông cấp."
_OWNER = "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn"


def _views(article: Article, base: int) -> int:
    """A stable view count."""
    return article.article_id % 4099 + base


# --- 1. The paper after Báo Hưng Yên's site --------------------------------------------------

_HY_CDN = "https://cdn.baolangson.vn"


def _hy_link(other: Article) -> str:
    """The site's address of an article: `/tin-tuc/{slug}-{id}.html`."""
    return f"/tin-tuc/{other.slug}-{other.article_id}.html"


def _hy_image(article: Article, img: Image) -> str:
    """Where the resizing CDN serves a picture (800 wide, by day of posting)."""
    m = article.published
    return f"{_HY_CDN}/resize/800x/{m:%Y/%m/%d}/{image_stem(img)}-{stable_digest(img.src)[:6]}.jpg"


def hungyen_like(article: Article) -> CorpusPage:
    """The paper after Báo Hưng Yên's site: the masthead's today date in words, the menu, the
    breadcrumb with the subsection, the section as a kicker over `h1.detail-title`, the date
    line `Thứ Sáu, 04/02/2022 09:56` beside the view count and the text-to-speech player, the
    sapo in `h2.sapo`, `figure.image` pictures with `figcaption` (uncaptioned ones in a
    centred paragraph, the title as `alt`), a "Tin liên quan" box after the second paragraph,
    the credit in the author box after the text, the `Từ khóa` list, one JSON-LD `@graph`,
    "Tin cùng chuyên mục" with times, "Đọc nhiều" and the Facebook comments."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} {moment:%H:%M}"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _hy_image(article, i))
    near = others(article, 14, turn=6151)

    def image(img: Image, n: int) -> str:
        src = attr(_hy_image(article, img))
        if not img.caption:
            return f'<p style="text-align:center"><img alt="{attr(article.title)}" height="533" src="{src}" width="800" /></p>'
        return (
            f'<figure class="image"><img alt="{attr(img.caption)}" height="533" src="{src}" width="800" />'
            f"<figcaption>{esc(img.caption)}</figcaption></figure>"
        )

    def after(n: int, count: int) -> str:
        if n != 2 or count < 3:
            return ""
        items = "".join(
            f'<li><a href="{attr(_hy_link(o))}">{esc(o.title)}</a></li>' for o in near[:2]
        )
        return f'<div class="related-inline"><p class="related-inline__title">Tin liên quan</p><ul>{items}</ul></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads ads-in-article" data-zone="article-middle"></div>',
        script='<div class="video-embed"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/lso2022tv" width="640"></iframe></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = (
        f'<div class="box-author"><span class="box-author__name">{esc(credit)}</span></div>'
        if credit
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="box-keyword"><h3 class="box-keyword__title">Từ khóa</h3><ul>'
            + "".join(
                f'<li><a href="/tag/{attr(tag_slug(t))}.html">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    crumbs = f'<li><a href="/{key}">{esc(cat)}</a></li>'
    if sub:
        crumbs += f'<li><a href="/{key}/{article.subcategory}">{esc(sub)}</a></li>'
    same = "".join(
        f'<article class="item"><h3><a href="{attr(_hy_link(o))}">{esc(o.title)}</a></h3><time>{o.published:%H:%M %d/%m/%Y}</time></article>'
        for o in near[2:8]
    )
    most = "".join(f'<li><a href="{attr(_hy_link(o))}">{esc(o.title)}</a></li>' for o in near[8:14])
    nav = section_menu(lambda k: f"/{k}", '<li class="nav-item"><a href="{href}">{name}</a></li>')
    crumb_list = [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": BASE + "/"}]
    crumb_list.append({"@type": "ListItem", "position": 2, "name": cat, "item": f"{BASE}/{key}"})
    names = [author_name(clean(a)) for a in article.authors]
    first_image = (
        _hy_image(article, article.images[0]) if article.images else f"{_HY_CDN}/assets/share.png"
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": BASE + "/#website",
                "url": BASE + "/",
                "name": "Báo Lạng Sơn",
            },
            {
                "@type": "WebPage",
                "@id": url_of(article) + "#webpage",
                "url": url_of(article),
                "name": article.title,
                "isPartOf": {"@id": BASE + "/#website"},
            },
            {
                "@type": "NewsArticle",
                "@id": url_of(article) + "#article",
                "isPartOf": {"@id": url_of(article) + "#webpage"},
                "headline": article.title,
                "description": article.lead,
                "image": {"@type": "ImageObject", "url": first_image},
                "datePublished": iso_vietnam(moment),
                "dateModified": iso_vietnam(moment + timedelta(hours=1, minutes=12)),
                "articleSection": cat,
                "keywords": ", ".join(article.tags),
                "author": [{"@type": "Person", "name": n} for n in names],
                "publisher": {
                    "@type": "NewsMediaOrganization",
                    "name": "Báo Lạng Sơn",
                    "logo": {"@type": "ImageObject", "url": f"{_HY_CDN}/assets/logo.png"},
                },
            },
            {"@type": "BreadcrumbList", "itemListElement": crumb_list},
        ],
    }
    today = f"{weekday(SERVED)}, ngày {SERVED.day} tháng {SERVED.month} năm {SERVED.year}"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<link rel="canonical" href="{attr(url_of(article))}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:image" content="{attr(first_image)}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{script_json(graph)}</script>
<link rel="stylesheet" href="/assets/css/main.min.css?v=20261102">
</head>
<body class="page-detail">
<header class="site-header">
<div class="header-top"><div class="container"><span class="header-top__date">{today}</span><a class="header-top__epaper" href="/bao-in">Báo in</a></div></div>
<div class="header-main"><div class="container"><a class="logo" href="/"><img src="/assets/images/logo.svg" alt="Báo Lạng Sơn"></a><form class="header-search" action="/tim-kiem"><input type="search" name="keyword" placeholder="Tìm kiếm"></form></div></div>
<nav class="header-nav"><div class="container"><ul class="nav"><li class="nav-item home"><a href="/"><i class="icon-home"></i></a></li>{nav}</ul></div></nav>
</header>
<main class="main">
<div class="container">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumbs}</ul>
<div class="row">
<div class="col-lg-8">
<article class="detail">
<div class="detail-kicker"><a href="/{key}">{esc(cat)}</a></div>
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-meta"><span class="detail-time"><i class="icon-clock"></i> {esc(shown)}</span><span class="detail-view"><i class="icon-eye"></i> {_views(article, 311)}</span></div>
<div class="audio-box"><span class="audio-box__label">Nghe bài viết</span><audio controls preload="none" src="https://tts.baolangson.vn/audio/{article.article_id}.mp3"></audio><select class="audio-box__voice"><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Bắc</option></select></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="detail-content">
{body}
</div>
{author}
{tags}
<div class="detail-share"><span>Chia sẻ:</span><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank">Facebook</a><a class="share-zalo" href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}" target="_blank">Zalo</a><a class="share-copy" href="#" data-url="{attr(url_of(article))}">Sao chép liên kết</a></div>
</article>
<div class="fb-comments" data-href="{attr(url_of(article))}" data-width="100%" data-numposts="5"></div>
<section class="box-same"><h2 class="box-title"><a href="/{key}">Tin cùng chuyên mục</a></h2>{same}</section>
</div>
<aside class="col-lg-4">
<section class="box-most"><h2 class="box-title">Đọc nhiều</h2><ol>{most}</ol></section>
<div class="banner-right"><a href="/qc/hy-01" rel="nofollow"><img src="/uploads/banner/right-01.jpg" alt=""></a></div>
</aside>
</div>
</div>
</main>
<footer class="site-footer"><div class="container"><p class="site-footer__name">BÁO LẠNG SƠN</p><p>{_OWNER}</p><p>{_LICENCE}</p><p>Tổng Biên tập: Nguyễn Văn A · Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn · Điện thoại: 0205.3812.262</p><p>© Bản quyền thuộc về Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div></footer>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v18.0"></script>
<script src="/assets/js/main.min.js?v=20261102"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("hungyen_like", article.article_id, url_of(article), page, record)


# --- 2. The paper after Báo Thái Bình's site -------------------------------------------------

_TB_SPAN = "font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"


def _tb_link(other: Article) -> str:
    """The site's address: `/tin-tuc/{section number}/{id}/{slug}.htm`."""
    return f"/tin-tuc/{section_id(other.category, 31)}/{other.article_id}/{other.slug}.htm"


def _tb_image(article: Article, img: Image) -> str:
    """Where the site stores an uploaded picture (root-relative, month and day unpadded)."""
    m = article.published
    return f"/Uploads/Images/{m.year}/{m.month}/{m.day}/{image_stem(img)}.jpg"


def thaibinh_like(article: Article) -> CorpusPage:
    """The paper after Báo Thái Bình's site: the site name first in `<title>`, today's date
    with a lower-case weekday, the section and subsection as tabs over the article, the date
    line `Cập nhật: 04/02/2022 09:56` and no machine time, Word-pasted `MsoNormal` paragraphs
    with the sapo as the first bold one, captioned pictures in `table.image` boxes with the
    caption in `td.image_desc`, root-relative `/Uploads/Images/` addresses, the credit right-
    aligned in bold italics as the last paragraph, the keywords only in the meta, print and
    e-mail links, "Các tin khác" with dates, "Tin đọc nhiều", the poll and the counter."""
    moment = article.published
    shown = f"Cập nhật: {dmy(moment)} {moment:%H:%M}"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    number = section_id(key, 31)
    captions = rehosted_captions(article, lambda i: BASE + _tb_image(article, i))

    def word(text: str) -> str:
        return f'<span style="{_TB_SPAN}">{text}</span>'

    def image(img: Image, n: int) -> str:
        src = attr(_tb_image(article, img))
        if not img.caption:
            return f'<p align="center" class="MsoNormal" style="text-align:center"><img alt="" src="{src}" style="width: 500px; height: 333px;" /></p>'
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width:500px">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 500px; height: 333px;" /></td></tr>'
            f'<tr><td class="image_desc" style="text-align: center;"><em>{esc(img.caption)}</em></td></tr></tbody></table>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: (
            f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">{word(text)}</p>'
        ),
        image,
        blank=f'<p class="MsoNormal">{word("&nbsp;")}</p>',
        ad='<div class="QC_Giua"><a href="/QuangCao/Click/12" target="_blank"><img src="/Uploads/QC/giua-bai.gif" alt="" /></a></div>',
        script='<script type="text/javascript">jwplayer("vplayer").setup({file: "/Uploads/Video/lso2022tv.mp4"});</script><div id="vplayer"></div>',
    )
    lead = f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt"><b>{word(esc(lead_text(article)))}</b></p>'
    credit = shown_byline(article)
    if credit:
        body += f'\n<p align="right" class="MsoNormal" style="text-align:right"><b><i>{word(esc(credit))}</i></b></p>'
    tabs = f'<a class="cate-root" href="/tin-tuc/{number}/">{esc(cat)}</a>'
    if sub:
        tabs += f'<span class="cate-sub"><a href="/tin-tuc/{number}/{article.subcategory}/">{esc(sub)}</a></span>'
    near = others(article, 12, turn=3301)
    other_news = "".join(
        f'<li><a href="{attr(_tb_link(o))}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in near[:7]
    )
    most = "".join(f'<li><a href="{attr(_tb_link(o))}">{esc(o.title)}</a></li>' for o in near[7:12])
    nav = section_menu(
        lambda k: f"/tin-tuc/{section_id(k, 31)}/", '<li><a href="{href}">{name}</a></li>'
    )
    og_image = (
        BASE + _tb_image(article, article.images[0])
        if article.images
        else BASE + "/Images/logo-share.jpg"
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Báo Lạng Sơn điện tử | {esc(article.title)}</title>
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta name="description" content="{attr(article.lead)}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:image" content="{attr(og_image)}" />
<link href="/Css/Style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top"><div id="today">{LEGACY_WEEKDAYS[SERVED.weekday()]}, {_TODAY}</div><div id="toplinks"><a href="/">Trang chủ</a> | <a href="/gioi-thieu.htm">Giới thiệu</a> | <a href="/lien-he.htm">Liên hệ</a> | <a href="/rss.htm">RSS</a></div></div>
<div id="banner"><a href="/"><img src="/Images/banner.jpg" alt="Báo Lạng Sơn điện tử" width="1000" height="150" /></a></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></div>
<div id="content">
<div id="left">
<div class="cate-head">{tabs}</div>
<div class="news-detail">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-date">{esc(shown)}</div>
<div class="news-content">
{lead}
{body}
</div>
<div class="news-tools"><a href="javascript:window.print();"><img src="/Images/print.gif" alt="" /> In bài viết</a> <a href="mailto:?subject={attr(article.title)}&amp;body={attr(url_of(article))}"><img src="/Images/email.gif" alt="" /> Gửi email</a> <a href="#top"><img src="/Images/top.gif" alt="" /> Về đầu trang</a></div>
</div>
<div class="other-news"><div class="other-title">Các tin khác</div><ul>{other_news}</ul></div>
</div>
<div id="right">
<div class="box"><div class="box-title">Tin đọc nhiều</div><ul>{most}</ul></div>
<div class="box poll"><div class="box-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện mới của Báo Lạng Sơn điện tử?</p><form action="/Poll/Vote" method="post"><label><input type="radio" name="poll" value="1" /> Đẹp, dễ đọc</label><br /><label><input type="radio" name="poll" value="2" /> Bình thường</label><br /><label><input type="radio" name="poll" value="3" /> Khó theo dõi</label><br /><input type="submit" value="Biểu quyết" /> <a href="/Poll/Result">Xem kết quả</a></form></div>
<div class="box counter"><div class="box-title">Thống kê truy cập</div><p>Đang trực tuyến: {article.article_id % 97 + 41}</p><p>Tổng lượt truy cập: 18.{article.article_id % 900 + 100:03d}.552</p></div>
</div>
</div>
<div id="footer"><p><b>BÁO LẠNG SƠN ĐIỆN TỬ</b> - {_OWNER}</p><p>{_LICENCE}</p><p>Tổng biên tập: Nguyễn Văn A. Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn. Điện thoại: 0205.3812.262 - Fax: 0205.3812.264</p></div>
</div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    return CorpusPage("thaibinh_like", article.article_id, url_of(article), page, record)


# --- 3. The paper after Báo Hà Tĩnh's site ---------------------------------------------------

_HT_IMG = "https://img.baolangson.vn"


def _ht_link(other: Article) -> str:
    """The site's address of an article: `/{section}/{slug}/{id}.htm`."""
    return f"/{other.category}/{other.slug}/{other.article_id}.htm"


def _ht_image(article: Article, img: Image, width: int | None = None) -> str:
    """Where the image host serves a picture, or its resized copy `width` wide."""
    m = article.published
    size = f"w{width}/" if width else ""
    return f"{_HT_IMG}/{size}{m:%Y/%m/%d}/{stable_digest(img.src)[:10]}-{image_stem(img)}.jpg"


def _ht_relative(article: Article, other: Article) -> str:
    """How long ago a latest article was posted, as the sidebar writes it."""
    hours = (other.article_id + article.article_id) % 23 + 1
    return f"{hours} giờ trước"


def hatinh_like(article: Article) -> CorpusPage:
    """The paper after Báo Hà Tĩnh's site: the top bar with today's date, the weather and the
    hotline, the breadcrumb with the subsection, `h1.article__title`, the authors' names
    linked beside an avatar and no credit after the text, the date and the time in two spans
    with icons, `article:published_time` in +07:00 and a later `article:modified_time`, the
    plain sapo, `figure` pictures with `srcset` and `loading="lazy"` and the caption as a
    paragraph in `figcaption`, `Tags` links, "Cùng chuyên mục" and "Tin mới" with relative
    times."""
    moment = article.published
    shown_date, shown_time = dmy(moment), f"{moment:%H:%M}"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _ht_image(article, i))
    names = [author_name(clean(a)) for a in article.authors]

    def image(img: Image, n: int) -> str:
        src = _ht_image(article, img)
        srcset = (
            f"{_ht_image(article, img, 480)} 480w, {_ht_image(article, img, 800)} 800w, {src} 1200w"
        )
        cap = f"<figcaption><p>{esc(img.caption)}</p></figcaption>" if img.caption else ""
        return (
            f'<figure class="article__image"><img src="{attr(src)}" srcset="{attr(srcset)}" sizes="(max-width: 768px) 100vw, 760px" '
            f'loading="lazy" alt="" width="1200" height="800">{cap}</figure>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p></p>",
        ad='<div class="ad-slot" id="ad-inread" data-slot="inread"></div>',
        script='<div class="article__video"><video controls preload="none" poster="/static/img/video-poster.jpg"><source src="https://video.baolangson.vn/lso2022tv.mp4" type="video/mp4"></video></div>',
    )
    authors = ", ".join(
        f'<a class="article__author-name" href="/tac-gia/{tag_slug(n)}.htm">{esc(n)}</a>'
        for n in names
    )
    author_box = (
        f'<div class="article__author"><img class="article__author-avatar" src="/static/img/avatar-default.png" alt="" width="32" height="32">{authors}</div>'
        if names
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="article__tags"><span class="article__tags-title">Tags</span>'
            + "".join(
                f'<a class="article__tag" href="/tag/{attr(tag_slug(t))}.htm">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    crumbs = f'<li class="breadcrumb-item"><a href="/{key}.htm">{esc(cat)}</a></li>'
    if sub:
        crumbs += f'<li class="breadcrumb-item"><a href="/{key}/{article.subcategory}.htm">{esc(sub)}</a></li>'
    near = others(article, 12, turn=9013)
    same = "".join(
        f'<div class="card"><a class="card__thumb" href="{attr(_ht_link(o))}"><img src="{_HT_IMG}/w300/thumb/{stable_digest(o.slug)[:10]}.jpg" alt="{attr(o.title)}" loading="lazy"></a><h3 class="card__title"><a href="{attr(_ht_link(o))}">{esc(o.title)}</a></h3></div>'
        for o in near[:6]
    )
    latest = "".join(
        f'<li><a href="{attr(_ht_link(o))}">{esc(o.title)}</a><span class="ago">{_ht_relative(article, o)}</span></li>'
        for o in near[6:12]
    )
    nav = section_menu(
        lambda k: f"/{k}.htm", '<li class="nav__item"><a href="{href}">{name}</a></li>'
    )
    og_image = (
        _ht_image(article, article.images[0], 800) if article.images else f"{_HT_IMG}/static/og.png"
    )
    modified = moment + timedelta(days=1, hours=3, minutes=4, seconds=9)
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(article.title)} - Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:image" content="{attr(og_image)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="article:section" content="{attr(cat)}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:modified_time" content="{iso_vietnam(modified)}">
{"".join(f'<meta property="article:tag" content="{attr(t)}">' for t in article.tags)}
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/static/css/app.css?v=4.8.1">
</head>
<body>
<div class="topbar"><div class="container"><span class="topbar__date">{weekday(SERVED)}, {_TODAY}</span><span class="topbar__weather">Lạng Sơn <b>17°C</b> Nhiều mây</span><span class="topbar__hotline">Đường dây nóng: <a href="tel:02053812262">0205.3812.262</a></span></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/static/img/logo.png" alt="Báo Lạng Sơn điện tử"></a></div></header>
<nav class="nav"><div class="container"><ul class="nav__list"><li class="nav__item"><a href="/">Trang chủ</a></li>{nav}</ul></div></nav>
<main class="container main">
<div class="main__content">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{crumbs}</ol>
<article class="article">
<h1 class="article__title">{esc(article.title)}</h1>
<div class="article__meta">
{author_box}
<div class="article__time"><span class="article__date"><i class="ic ic-calendar"></i>{shown_date}</span> <span class="article__hour"><i class="ic ic-clock"></i>{shown_time}</span></div>
</div>
<div class="article__sapo">{esc(lead_text(article))}</div>
<div class="article__body">
{body}
</div>
{tags}
<div class="article__share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" rel="noopener">Chia sẻ</a><a href="https://zalo.me/share?url={attr(url_of(article))}" target="_blank" rel="noopener">Zalo</a><button type="button" class="article__print" onclick="window.print()">In</button></div>
</article>
<section class="same-cat"><h2 class="section-title">Cùng chuyên mục</h2><div class="grid">{same}</div></section>
</div>
<aside class="main__side"><section class="latest"><h2 class="section-title">Tin mới</h2><ul>{latest}</ul></section></aside>
</main>
<footer class="footer"><div class="container"><p>BÁO LẠNG SƠN ĐIỆN TỬ</p><p>{_OWNER}</p><p>{_LICENCE}</p><p>Tổng Biên tập: Nguyễn Văn A - Tòa soạn: Số 2 đường Hùng Vương, thành phố Lạng Sơn</p></div></footer>
<script src="/static/js/app.js?v=4.8.1" defer></script>
</body>
</html>
"""
    record = expected(
        article, dateline=f"{shown_date} {shown_time}", published="seconds", captions=captions
    )
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("hatinh_like", article.article_id, url_of(article), page, record)


# --- 4. The paper after Báo Quảng Trị's site -------------------------------------------------

_QT_MEDIA = "https://media.baolangson.vn"


def _qt_link(other: Article) -> str:
    """The site's address of an article: `/{section}/{slug}-{id}.htm`."""
    return f"/{other.category}/{other.slug}-{other.article_id}.htm"


def _qt_image(article: Article, img: Image, size: str) -> str:
    """Where the media host serves a picture: `800` (the copy shown) or `original`."""
    m = article.published
    return f"{_QT_MEDIA}/{size}/{m:%Y%m}/{article.article_id}-{image_stem(img)}.jpg"


def quangtri_like(article: Article) -> CorpusPage:
    """The paper after Báo Quảng Trị's site: the top bar with today's date and the printed and
    broadcast editions, the breadcrumb, `h1.detail__title`, the date line `Thứ Sáu,
    04/02/2022, 09:56 (GMT+07:00)`, a `NewsArticle` JSON-LD in +07:00 and an older SEO block
    whose `datePublished` is the date alone, the sapo with only its marker in bold, pictures
    as 800-wide copies linking to the original for a lightbox gallery with the caption in
    `div.img-caption`, the credit as the text's last paragraph, right-aligned in bold, `Tags:`
    comma-joined, "Tin liên quan", "Đọc nhiều" and the comment form."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)}, {moment:%H:%M} (GMT+07:00)"
    cat = category_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _qt_image(article, i, "800"))

    def image(img: Image, n: int) -> str:
        shown_src = attr(_qt_image(article, img, "800"))
        original = attr(_qt_image(article, img, "original"))
        cap = f'<div class="img-caption">{esc(img.caption)}</div>' if img.caption else ""
        title = f' data-caption="{attr(img.caption)}"' if img.caption else ""
        return (
            f'<div class="img-box"><a href="{original}" data-fancybox="gallery"{title}>'
            f'<img src="{shown_src}" alt="{attr(img.caption or "")}" width="800" /></a>{cap}</div>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank='<p style="text-align: justify;">&nbsp;</p>',
        ad='<div class="adv" id="adv-content-1"><script>loadAdv("content-1");</script></div>',
        script='<p style="text-align: center;"><iframe src="https://www.youtube.com/embed/lso2022tv" width="640" height="360" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align: right;"><strong>{esc(credit)}</strong></p>'
    marker = article.lead_prefix.strip()
    sapo = (f"<strong>{esc(marker)}</strong> " if marker else "") + esc(article.lead)
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail__tags"><b>Tags:</b> '
            + ", ".join(
                f'<a href="/tags/{attr(tag_slug(t))}.htm">{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    near = others(article, 12, turn=2741)
    related = "".join(
        f'<li><a href="{attr(_qt_link(o))}">{esc(o.title)}</a></li>' for o in near[:4]
    )
    most = "".join(
        f'<li><span class="rank">{n:02d}</span><a href="{attr(_qt_link(o))}">{esc(o.title)}</a></li>'
        for n, o in enumerate(near[4:10], 1)
    )
    nav = section_menu(lambda k: f"/{k}", '<li><a href="{href}">{name}</a></li>')
    names = [author_name(clean(a)) for a in article.authors]
    first = (
        _qt_image(article, article.images[0], "800")
        if article.images
        else f"{_QT_MEDIA}/static/share.jpg"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "image": {"@type": "ImageObject", "url": first, "width": 800},
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(minutes=26, seconds=40)),
        "author": {"@type": "Person", "name": " - ".join(names) or "Báo Lạng Sơn"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": f"{_QT_MEDIA}/static/logo.png"},
        },
    }
    seo = {
        "@context": "http://schema.org",
        "@type": "Article",
        "headline": article.title,
        "datePublished": f"{moment:%Y-%m-%d}",
        "url": url_of(article),
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:image" content="{attr(first)}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<script type="application/ld+json">{script_json(data)}</script>
<script type="application/ld+json">{script_json(seo)}</script>
<link rel="stylesheet" href="/Content/css/site.min.css?v=2.3" />
<link rel="stylesheet" href="/Content/fancybox/jquery.fancybox.min.css" />
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">{weekday(SERVED)}, {_TODAY}</span><ul class="editions"><li><a href="/bao-in">Báo in</a></li><li><a href="/phat-thanh">Phát thanh</a></li><li><a href="/truyen-hinh">Truyền hình</a></li><li><a href="/en">English</a></li></ul></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/Content/images/logo.png" alt="Báo Lạng Sơn" /></a><div class="header-banner"><a href="/qc/top"><img src="/Upload/banner/top.jpg" alt="" /></a></div></div></header>
<nav class="menu"><div class="container"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></div></nav>
<div class="container page">
<div class="page-main">
<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/{key}">{esc(cat)}</a></div>
<div class="detail">
<h1 class="detail__title">{esc(article.title)}</h1>
<div class="detail__meta"><span class="detail__date">{esc(shown)}</span><span class="detail__font">Cỡ chữ <a href="#" data-size="-1">A-</a> <a href="#" data-size="1">A+</a></span></div>
<div class="detail__sapo">{sapo}</div>
<div class="detail__content">
{body}
</div>
{tags}
<div class="detail__share"><div class="fb-like" data-href="{attr(url_of(article))}" data-layout="button_count" data-share="true"></div><a href="javascript:window.print()">In bài</a></div>
</div>
<div class="box-related"><h3 class="box-title">Tin liên quan</h3><ul>{related}</ul></div>
<div class="box-comment"><h3 class="box-title">Bình luận</h3><form action="/binh-luan/gui" method="post"><textarea name="NoiDung" placeholder="Nhập nội dung bình luận (tiếng Việt có dấu)"></textarea><input type="text" name="HoTen" placeholder="Họ tên" /><input type="text" name="Email" placeholder="Email" /><button type="submit">Gửi bình luận</button></form><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</p></div>
</div>
<aside class="page-side"><div class="box-most"><h3 class="box-title">Đọc nhiều</h3><ul>{most}</ul></div></aside>
</div>
<footer class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN</strong></p><p>{_OWNER}</p><p>{_LICENCE}</p><p>Tổng Biên tập: Nguyễn Văn A</p><p>Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn - Email: baolangson@gmail.com</p></div></footer>
<script src="/Content/js/jquery.min.js"></script>
<script src="/Content/fancybox/jquery.fancybox.min.js"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("quangtri_like", article.article_id, url_of(article), page, record)


# --- 5. The paper after Báo Cà Mau's site ----------------------------------------------------


def _cm_link(other: Article) -> str:
    """The site's address of an article: `/{section}/{slug}-a{id}.html`."""
    return f"/{other.category}/{other.slug}-a{other.article_id}.html"


def _cm_image(article: Article, img: Image) -> str:
    """Where the site stores an uploaded picture (by month of posting)."""
    m = article.published
    return f"{BASE}/upload/news/{m:%m_%Y}/{stable_digest(img.src)[:8]}_{image_stem(img)}.jpg"


def camau_like(article: Article) -> CorpusPage:
    """The paper after Báo Cà Mau's site: the masthead date with hyphens, the breadcrumb,
    `h1.article-title`, the credit with its role above the text beside the date line
    `Đăng ngày: 04-02-2022 | 09:56`, `article:published_time` with the zone as `+0700`, the
    italic sapo, pictures lazy behind a loading GIF with the address in `data-original`, each
    in a centred paragraph with its caption in italics after a `<br>`, `Từ khóa:` links
    separated by bars, "Bài viết cùng chuyên mục", "Xem nhiều nhất" and the cookie banner."""
    moment = article.published
    shown = f"Đăng ngày: {moment:%d-%m-%Y} | {moment:%H:%M}"
    cat = category_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _cm_image(article, i))

    def image(img: Image, n: int) -> str:
        real = attr(_cm_image(article, img))
        pic = f'<img class="lazy" src="/themes/camau/images/loading.gif" data-original="{real}" alt="{attr(article.title)}" style="width:100%;max-width:700px" />'
        if not img.caption:
            return f'<p style="text-align: center;">{pic}</p>'
        return f'<p style="text-align: center;">{pic}<br /><em>{esc(img.caption)}</em></p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-inline"><a href="/banner/redirect/45" target="_blank" rel="nofollow"><img src="/upload/banner/inline-45.jpg" alt="" /></a></div>',
        script='<div class="video-inline"><script src="https://player.baolangson.vn/embed.js" data-video="lso2022tv"></script></div>',
    )
    credit = shown_byline(article)
    author = f'<span class="article-author">{esc(credit)}</span>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="article-tags"><strong>Từ khóa:</strong> '
            + " | ".join(
                f'<a href="/tag/{attr(tag_slug(t))}.html">{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    near = others(article, 12, turn=4457)
    same = "".join(
        f'<li><a href="{attr(_cm_link(o))}"><img src="/upload/thumbs/{stable_digest(o.slug)[:8]}.jpg" alt="" />{esc(o.title)}</a><span class="date">{o.published:%d-%m-%Y}</span></li>'
        for o in near[:6]
    )
    most = "".join(f'<li><a href="{attr(_cm_link(o))}">{esc(o.title)}</a></li>' for o in near[6:12])
    nav = section_menu(lambda k: f"/{k}", '<li><a href="{href}">{name}</a></li>')
    og_image = (
        _cm_image(article, article.images[0])
        if article.images
        else f"{BASE}/themes/camau/images/og.jpg"
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(",".join(article.tags))}" />
<meta name="robots" content="index, follow" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:image" content="{attr(og_image)}" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S}+0700" />
<meta property="article:section" content="{attr(cat)}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link rel="stylesheet" href="/themes/camau/css/bootstrap.min.css" />
<link rel="stylesheet" href="/themes/camau/css/style.css?v=1.9" />
</head>
<body>
<div class="header-top"><div class="container"><span class="date-now">{weekday(SERVED)}, {SERVED:%d-%m-%Y}</span><span class="links"><a href="/bao-in">Báo in</a> | <a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ quảng cáo</a></span></div></div>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/themes/camau/images/logo.png" alt="Báo Lạng Sơn" /></a></div></div>
<div class="main-nav"><div class="container"><ul class="nav"><li><a href="/">Trang chủ</a></li>{nav}</ul></div></div>
<div class="container main">
<div class="row">
<div class="col-md-8 col-main">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/{key}">{esc(cat)}</a></li></ol>
<div class="article">
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-info">{author}<span class="article-date">{esc(shown)}</span></div>
<div class="article-sapo"><em>{esc(lead_text(article))}</em></div>
<div class="article-content">
{body}
</div>
{tags}
<div class="article-share"><a class="btn-fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank">Chia sẻ Facebook</a> <a class="btn-zalo" href="https://zalo.me/share?u={attr(url_of(article))}" target="_blank">Zalo</a></div>
</div>
<div class="same-cat"><h3 class="title">Bài viết cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<div class="col-md-4 col-side">
<div class="box-most"><h3 class="title">Xem nhiều nhất</h3><ul>{most}</ul></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong> - {_OWNER}</p><p>{_LICENCE}</p><p>Tổng biên tập: Nguyễn Văn A. Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn.</p></div></div>
<div class="cookie-consent" id="cookieConsent">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. <button type="button" onclick="acceptCookie()">Đồng ý</button></div>
<script src="/themes/camau/js/jquery.min.js"></script>
<script src="/themes/camau/js/jquery.lazyload.min.js"></script>
<script>$("img.lazy").lazyload();</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("camau_like", article.article_id, url_of(article), page, record)


MARKUPS_AH: dict[str, Renderer] = {
    "hungyen_like": hungyen_like,
    "thaibinh_like": thaibinh_like,
    "hatinh_like": hatinh_like,
    "quangtri_like": quangtri_like,
    "camau_like": camau_like,
}
