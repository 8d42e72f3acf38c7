# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set AD: the twenty-ninth held-out set (scored once sealed at 100.0 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn rebuilt on another
vendor's CMS, the way the northern provincial papers' sites are built; each page carries the
paper's own article (its section, credit, tags and sapo), not a repost. The paper on an
ASP.NET WebForms vendor portal after Báo Yên Bái's (the `.aspx` addresses `/{section
number}/{id}/{Title-Slug}.aspx`, the whole page inside `form#aspnetForm` with `__VIEWSTATE`
and `__EVENTVALIDATION`, the site name as the page's only `h1` (the logo), the title as a
`span` control `lblTitle`, the date control `Thứ Sáu, 04/02/2022 | 09:56`, the bold sapo with
its marker, editor text in `div`s, each picture with its caption after a `<br />` in the same
centred `div`, root-relative `/Upload/News/{y}/{m}/{d}/` addresses with the month and day
unpadded, the credit right-aligned in bold after the text, `__doPostBack` print and e-mail
links, the keywords only in the meta, "Các tin khác" with dates, the poll, the visitor
counter), the paper on a newer vendor platform after Báo Lào Cai's (`-post{id}.html`
addresses, the top bar with today's date and the weather, the cookie banner, the breadcrumb
with the section and, on older articles, the subsection, a `time` whose `datetime` is ISO
with +07:00 and whose text is `Thứ Sáu, 04/02/2022 - 09:56`, the view count, the sapo with
its marker, `figure` pictures on the CDN behind a blurred low-quality copy of the same picture
(`src` `?w=40&blur=1`, the real address in `data-src`), a "Tin liên quan" box inside the
text, the credit and a `Nguồn:` line in the article footer, tags as a list, `NewsArticle`
and `BreadcrumbList` JSON-LD naming the authors as `Person`s, "Đọc nhiều" and "Tin mới" with
relative times), the paper on a template after Báo Thái Nguyên's (`/{section}/{yyyymm}/{slug}-{hex}/`
addresses, today's date in the masthead, the breadcrumb, `h1.detail-title`, the date
`Thứ sáu, 04/02/2022 09:56 (GMT+7)` with the weekday in lower case, a zone-less
`article:published_time` to the second, the credit with its role before the sapo, the bold
sapo in its own `div`, pictures as 680-wide copies linking to the original for a fancybox
lightbox with the caption in the `div` under them, `Tags:` comma-joined, "Tin cùng chuyên mục"
with dates, "Xem nhiều", the print and font tools, the reader's comment form), the paper on an
older provincial template after Báo Hòa Bình's (`.htm` addresses, the site name before the
title in `<title>`, the title in an `h2`, the date line `Thứ Sáu, 04/02/2022` with no time
while `article:published_time` carries the time with +07:00, the bold sapo, the text in one
`div` with `<br /><br />` between paragraphs, pictures in plain tables with the caption in
blue italic in the row under the picture, root-relative `/Uploaded/` addresses, the credit
right-aligned in bold, `Từ khóa:` comma-joined, "Các tin đã đưa" with dates, the printed
issue's number and date, the visitor counter), and the paper on a 2020s template after Báo
Phú Thọ's (`-{id}.htm` addresses, the header's today date and hotline, the section above the
title, the authors' names only, linked to their pages, beside `09:56 - 04/02/2022` before the
sapo and no credit line after the text, the sapo in `h2.sapo`, `srcset` pictures on the image
host with an empty `alt` and the caption in `div.pic-caption`, a "Tin liên quan" box inside
the text, `Tag:` links, two JSON-LD blocks (`NewsArticle` with +07:00 times and a `WebPage`
with only the page's `dateModified`), `article:modified_time` later than the publication, the
cookie banner, "Cùng chuyên mục" with times). The expected records come from the content
alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its weekday and label, if any), `published_at` as precise as the page gives it
anywhere (an ISO time with its zone in a meta, JSON-LD or `datetime` counts to the second; a
zone-less machine time counts, with its seconds, only when the local time the page prints
confirms it (the Thái Nguyên-like page's `article:published_time` matches its printed
`09:56`); a printed local time counts to the minute; a printed date alone gives no time, but
the Hòa Bình-like page's zoned meta still gives the second; an edit time does not raise the
precision; none when the page gives no time), `byline` the credit as shown (without a field
label, never a `Nguồn:` source line, nor the organisation a JSON-LD names; where a page shows
only the authors' names, those names as shown joined by ", "), `authors` the names in it in
the usual capitalisation, `tags` only the tags the page shows (keywords only in a meta are not
tags: none on the Yên Bái-like page), `category` the top-level section the page shows (not the
subsection after it in a breadcrumb), a caption's `image_url` the address the page serves the
picture from (the `data-src` behind a blurred placeholder, the 680-wide copy the page shows
rather than the original its lightbox links to, the `src` rather than a `srcset` candidate, a
root-relative address resolved against the page's address) and its `text` the caption as
printed (none for an uncaptioned picture, whatever its `alt`).

The mastheads' today dates and weather, the hotline, the view counts, the modified times, the
printed issue's number and date, the poll, the visitor counters, the cookie banners, the dates
and relative times of other articles, and the `h1` logo are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import datetime, timedelta

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
    image_stem,
    lead_text,
    others,
    rehosted_captions,
    script_json,
    section_menu,
    shown_byline,
    stable_digest,
    subcategory_name,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import LEGACY_WEEKDAYS, author_name, clean, iso_vietnam, slugify
from tests.site.model import Article, Image

_TODAY = f"{SERVED:%d/%m/%Y}"
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _section_number(key: str) -> int:
    """The numeric section id a vendor CMS puts in its addresses."""
    keys = [c.key for c in content().categories]
    return 11 + keys.index(key)


# --- 1. The paper on an ASP.NET vendor portal after Báo Yên Bái's -------------------------------


def _yb_link(other: Article) -> str:
    """The portal's address of an article: `/{section}/{id}/{Title-Slug}.aspx`."""
    words = "-".join(w.capitalize() for w in slugify(other.title).split("-"))
    return f"/{_section_number(other.category)}/{other.article_id}/{words}.aspx"


def _yb_image(article: Article, img: Image) -> str:
    """Where the portal stores an uploaded picture (root-relative, month and day unpadded)."""
    m = article.published
    return f"/Upload/News/{m.year}/{m.month}/{m.day}/{image_stem(img)}_{m:%H%M%S}.jpg"


def yenbai_like(article: Article) -> CorpusPage:
    """The paper rebuilt on an ASP.NET WebForms vendor portal after Báo Yên Bái's: the page in
    `form#aspnetForm` with its view state, the top bar with today's date, the site name as the
    only `h1`, the menu, the `>>` breadcrumb with the subsection on older articles, the title
    and date as `span` controls (`Thứ Sáu, 04/02/2022 | 09:56`), the print and e-mail
    postback links, the bold sapo, the editor's `div` paragraphs, pictures with their caption
    after a `<br />` in the same centred `div`, the credit right-aligned in bold, the Facebook
    like button, "Các tin khác" with dates, the comment form, "Tin xem nhiều", the poll and
    the visitor counter. Keywords are only in the meta; no JSON-LD, no machine time."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} | {moment:%H:%M}"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    number = _section_number(key)
    ctl = "ctl00_cphContent_ucNewsDetail"
    captions = rehosted_captions(article, lambda i: BASE + _yb_image(article, i))

    def image(img: Image, n: int) -> str:
        pic = f'<img alt="" src="{attr(_yb_image(article, img))}" style="width: 500px; height: 333px; border-width: 0px; border-style: solid;" />'
        if not img.caption:
            return f'<div style="text-align: center;">{pic}</div>'
        return f'<div style="text-align: center;">{pic}<br />\n<em>{esc(img.caption)}</em></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<div style="text-align: justify;">{text}</div>',
        image,
        blank="<div>&nbsp;</div>",
        ad='<div class="QC_Giua"><a href="/Ads/Click.aspx?id=27" target="_blank"><img src="/Upload/Ads/banner-giua-bai.jpg" alt="" border="0" /></a></div>',
        script=f'<div id="video_{article.article_id}"></div><script type="text/javascript">jwplayer("video_{article.article_id}").setup({{file: "/Upload/Video/{moment.year}/{article.article_id}.mp4", width: 500, height: 300}});</script>',
    )
    credit = shown_byline(article)
    author = (
        f'<div class="author_detail" style="text-align: right;"><strong>{esc(credit)}</strong></div>'
        if credit
        else ""
    )
    crumbs = f'<a href="/{number}/{key}.aspx" class="nav_cate">{esc(cat)}</a>'
    if sub:
        crumbs += f' &gt;&gt; <a href="/{number}/{article.subcategory}.aspx" class="nav_cate">{esc(sub)}</a>'
    near = others(article, 12, turn=7103)
    other_news = "".join(
        f'<li><a href="{attr(_yb_link(o))}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in near[:7]
    )
    popular = "".join(
        f'<li><a href="{attr(_yb_link(o))}">{esc(o.title)}</a></li>' for o in near[7:12]
    )
    nav = section_menu(
        lambda k: f"/{_section_number(k)}/{k}.aspx", '<li><a href="{href}">{name}</a></li>'
    )
    state = stable_digest(f"vs{article.article_id}") * 3
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(article.title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="{attr(", ".join(article.tags))}" /><meta name="description" content="{attr(lead_text(article))}" /><meta property="og:title" content="{attr(article.title)}" /><meta property="og:description" content="{attr(lead_text(article))}" /><meta property="og:url" content="{attr(url_of(article))}" /><meta property="og:image" content="{attr(BASE + _yb_image(article, article.images[0]) if article.images else BASE + "/App_Themes/Default/images/logo.png")}" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Default/menu.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="./{_yb_link(article).rsplit("/", 1)[-1]}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QW{state}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="wrapper">
<div id="top"><div class="topdate">{weekday(SERVED)}, ngày {_TODAY}</div><div class="toplink"><a href="/">Trang chủ</a> | <a href="/Lien-he.aspx">Liên hệ</a> | <a href="/Rss.aspx">RSS</a> | <a href="/Dat-bao.aspx">Đặt báo</a></div></div>
<div id="header"><h1 class="logo"><a href="/" title="Báo Lạng Sơn điện tử">Báo Lạng Sơn điện tử</a></h1><div class="banner"><img src="/App_Themes/Default/images/banner.jpg" alt="Báo Lạng Sơn điện tử" width="980" height="150" /></div></div>
<div id="menu"><ul><li class="home"><a href="/">Trang chủ</a></li>{nav}</ul></div>
<div id="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtsearch" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" /></div>
<div id="content">
<div id="left">
<div class="navigator"><a href="/" class="nav_home">Trang chủ</a> &gt;&gt; {crumbs}</div>
<div class="detail">
<span id="{ctl}_lblTitle" class="title_detail">{esc(article.title)}</span><br />
<span id="{ctl}_lblDate" class="date_detail">{esc(shown)}</span>
<div class="tool_detail"><a id="{ctl}_lnkPrint" href="javascript:__doPostBack('ctl00$cphContent$ucNewsDetail$lnkPrint','')">In bài</a> | <a id="{ctl}_lnkEmail" href="javascript:__doPostBack('ctl00$cphContent$ucNewsDetail$lnkEmail','')">Gửi cho bạn bè</a> | <a href="javascript:window.external.AddFavorite(location.href, document.title)">Lưu bài</a></div>
<div class="sapo_detail"><span id="{ctl}_lblSummary"><strong>{esc(lead_text(article))}</strong></span></div>
<div id="{ctl}_divContent" class="content_detail">
{body}
</div>
{author}
<div class="share_detail"><iframe src="https://www.facebook.com/plugins/like.php?href={attr(url_of(article))}&amp;layout=button_count" scrolling="no" frameborder="0" style="border:none; overflow:hidden; width:120px; height:21px;"></iframe></div>
<div class="othernews"><div class="title_box">Các tin khác</div><ul>{other_news}</ul></div>
<div class="comment_detail"><div class="title_box">Ý kiến bạn đọc</div>
<table class="tbl_comment"><tr><td>Họ tên:</td><td><input name="ctl00$cphContent$ucNewsDetail$txtName" type="text" id="{ctl}_txtName" /></td></tr><tr><td>Email:</td><td><input name="ctl00$cphContent$ucNewsDetail$txtEmail" type="text" id="{ctl}_txtEmail" /></td></tr><tr><td>Nội dung:</td><td><textarea name="ctl00$cphContent$ucNewsDetail$txtContent" rows="5" cols="50" id="{ctl}_txtContent"></textarea></td></tr><tr><td></td><td><input type="submit" name="ctl00$cphContent$ucNewsDetail$btnSend" value="Gửi ý kiến" id="{ctl}_btnSend" /></td></tr></table></div>
</div>
</div>
<div id="right">
<div class="box_right"><div class="title_box">Tin xem nhiều</div><ul>{popular}</ul></div>
<div class="box_right poll"><div class="title_box">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện mới của Báo Lạng Sơn điện tử?</p><input type="radio" name="ctl00$ucPoll$rdo" value="1" /> Đẹp, dễ đọc<br /><input type="radio" name="ctl00$ucPoll$rdo" value="2" /> Bình thường<br /><input type="radio" name="ctl00$ucPoll$rdo" value="3" /> Khó sử dụng<br /><input type="submit" name="ctl00$ucPoll$btnVote" value="Biểu quyết" /></div>
<div class="box_right counter">Đang online: {(article.article_id * 13) % 400 + 85}<br />Tổng truy cập: 31.207.{article.article_id % 900 + 100}</div>
</div>
</div>
<div id="footer"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 70/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A.</p><p>Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn. ĐT: 0205.3812.262. Email: baolangson@gmail.com</p><p>Ghi rõ nguồn "Báo Lạng Sơn điện tử" khi phát hành lại thông tin từ website này.</p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBgL{stable_digest(str(article.article_id))}" />
</div>
</form>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    return CorpusPage("yenbai_like", article.article_id, url_of(article), page, record)


# --- 2. The paper on a newer vendor platform after Báo Lào Cai's ---------------------------------

_LC_CDN = "https://cdn.baolangson.vn"


def _lc_link(other: Article) -> str:
    """The platform's address of an article."""
    return f"/{other.slug}-post{other.article_id}.html"


def _lc_image(article: Article, img: Image) -> str:
    """Where the CDN serves a picture: a per-upload hash, then the day of posting."""
    m = article.published
    return f"{_LC_CDN}/images/{stable_digest(img.src)}/{m:%Y/%m/%d}/{image_file(img)}"


def laocai_like(article: Article) -> CorpusPage:
    """The paper rebuilt on a newer vendor platform after Báo Lào Cai's: the top bar with
    today's date and the weather, the menu, the breadcrumb with the section and, on older
    articles, the subsection, `h1.article__title`, a `time` with an ISO `datetime` and the
    text `Thứ Sáu, 04/02/2022 - 09:56`, the view count and share buttons, the sapo with its
    marker, `figure` pictures behind a blurred low-quality copy (`?w=40&blur=1`, the real
    address in `data-src`), a "Tin liên quan" box after the second paragraph, the credit and
    a `Nguồn:` line in the article footer, tags, `NewsArticle` and `BreadcrumbList` JSON-LD,
    "Đọc nhiều", "Tin mới" with relative times, the newsletter form, the cookie banner."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    modified = moment + timedelta(minutes=38)
    captions = rehosted_captions(article, lambda i: _lc_image(article, i))

    def image(img: Image, n: int) -> str:
        real = _lc_image(article, img)
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            f'<figure class="article__image"><img class="lazyload blur-up" src="{attr(real)}?w=40&amp;blur=1" '
            f'data-src="{attr(real)}" alt="{attr(img.caption or article.title)}" width="760" height="507">{cap}</figure>'
        )

    near = others(article, 14, turn=8209)

    def after(n: int, count: int) -> str:
        if n != 2 or count < 3:
            return ""
        items = "".join(
            f'<li><a href="{attr(_lc_link(o))}">{esc(o.title)}</a></li>' for o in near[:3]
        )
        return f'<div class="box-related-inline"><h4 class="box-related-inline__title">Tin liên quan</h4><ul>{items}</ul></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads ads--inarticle" data-zone="inread"><ins class="adsbygoogle" style="display:block" data-ad-slot="6603"></ins></div>',
        script='<div class="embed embed--video"><iframe src="https://www.youtube.com/embed/lso2022tv" title="Video" allowfullscreen loading="lazy"></iframe></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = f'<div class="article__author">{esc(credit)}</div>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="article__tags"><span class="article__tags-label">Từ khóa</span><ul>'
            + "".join(
                f'<li><a href="/tags/{tag_slug(t)}.html" rel="tag">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    crumbs = f'<li class="breadcrumbs__item"><a href="/{key}">{esc(cat)}</a></li>'
    trail = [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": BASE + "/"},
        {"@type": "ListItem", "position": 2, "name": cat, "item": f"{BASE}/{key}"},
    ]
    if sub:
        crumbs += f'<li class="breadcrumbs__item"><a href="/{key}/{article.subcategory}">{esc(sub)}</a></li>'
        trail.append(
            {
                "@type": "ListItem",
                "position": 3,
                "name": sub,
                "item": f"{BASE}/{key}/{article.subcategory}",
            }
        )
    popular = "".join(
        f'<li class="rank-item"><span class="rank-item__num">{n}</span><a href="{attr(_lc_link(o))}">{esc(o.title)}</a></li>'
        for n, o in enumerate(near[3:8], 1)
    )
    latest = "".join(
        f'<li><a href="{attr(_lc_link(o))}">{esc(o.title)}</a><span class="ago">{n * 2 + 1} giờ trước</span></li>'
        for n, o in enumerate(near[8:14])
    )
    nav = section_menu(lambda k: f"/{k}", '<li class="nav__item"><a href="{href}">{name}</a></li>')
    data = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
            "headline": article.title,
            "description": article.lead,
            "image": [_lc_image(article, i) for i in article.images],
            "datePublished": iso_vietnam(moment),
            "dateModified": iso_vietnam(modified),
            "author": [
                {"@type": "Person", "name": author_name(a), "url": f"{BASE}/tac-gia/{tag_slug(a)}"}
                for a in article.authors
            ],
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": "Báo Lạng Sơn",
                "logo": {"@type": "ImageObject", "url": f"{BASE}/static/images/logo.svg"},
            },
        },
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": trail},
    ]
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<link rel="canonical" href="{attr(url_of(article))}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:image" content="{attr(_lc_image(article, article.images[0]) if article.images else _LC_CDN + "/static/images/share.jpg")}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:modified_time" content="{iso_vietnam(modified)}">
<meta property="article:section" content="{attr(cat)}">
<script type="application/ld+json">{script_json(data[0])}</script>
<script type="application/ld+json">{script_json(data[1])}</script>
<link rel="stylesheet" href="{_LC_CDN}/static/css/app.min.css?v=2.4.17">
</head>
<body class="page-detail">
<div class="topbar"><div class="container"><span class="topbar__date">{weekday(SERVED)}, {_TODAY}</span><span class="topbar__weather">Lạng Sơn <b>17°C</b> Nhiều mây</span><a class="topbar__link" href="/bao-in">Báo in</a><a class="topbar__link" href="/podcast">Podcast</a></div></div>
<header class="header"><div class="container"><a href="/" class="header__logo"><img src="{_LC_CDN}/static/images/logo.svg" alt="Báo Lạng Sơn" width="260" height="60"></a><form class="header__search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."></form></div>
<nav class="nav"><div class="container"><ul class="nav__list"><li class="nav__item nav__item--home"><a href="/" aria-label="Trang chủ"><i class="icon-home"></i></a></li>{nav}</ul></div></nav></header>
<main class="main container">
<div class="main__content">
<ul class="breadcrumbs"><li class="breadcrumbs__item"><a href="/">Trang chủ</a></li>{crumbs}</ul>
<article class="article" data-id="{article.article_id}">
<h1 class="article__title">{esc(article.title)}</h1>
<div class="article__meta"><time class="article__time" datetime="{iso_vietnam(moment)}">{esc(shown)}</time><span class="article__views"><i class="icon-eye"></i> {article.article_id % 4000 + 312}</span><div class="article__share"><a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" rel="noopener">Facebook</a><a class="share share--zalo" href="https://zalo.me/share?u={attr(url_of(article))}">Zalo</a><button class="share share--copy" type="button">Sao chép link</button></div></div>
<div class="article__sapo">{esc(lead_text(article))}</div>
<div class="article__body">
{body}
</div>
<div class="article__footer">{author}<div class="article__source">Nguồn: Báo Lạng Sơn</div></div>
{tags}
</article>
<section class="box box--related"><h3 class="box__title">Cùng chuyên mục</h3><ul>{"".join(f'<li><a href="{attr(_lc_link(o))}">{esc(o.title)}</a></li>' for o in others(article, 4, turn=8221))}</ul></section>
<section class="box box--comment"><h3 class="box__title">Bình luận</h3><div class="fb-comments" data-href="{attr(url_of(article))}" data-width="100%" data-numposts="5"></div></section>
</div>
<aside class="main__aside">
<section class="box box--rank"><h3 class="box__title">Đọc nhiều</h3><ol>{popular}</ol></section>
<section class="box box--latest"><h3 class="box__title">Tin mới</h3><ul>{latest}</ul></section>
<section class="box box--newsletter"><h3 class="box__title">Nhận bản tin</h3><form action="/newsletter" method="post"><input type="email" name="email" placeholder="Email của bạn"><button type="submit">Đăng ký</button></form></section>
</aside>
</main>
<footer class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép hoạt động báo điện tử số 70/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A.</p><p>Tòa soạn: Số 2 đường Hùng Vương, thành phố Lạng Sơn. Điện thoại: 0205.3812.262</p><p>© Báo Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>
<div class="cookie-consent" id="cookieConsent" role="dialog"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên website. Tiếp tục sử dụng đồng nghĩa với việc bạn đồng ý với <a href="/chinh-sach-bao-mat">chính sách bảo mật</a>.</p><button type="button" class="cookie-consent__ok">Đồng ý</button></div>
<script src="{_LC_CDN}/static/js/lazysizes.min.js" async></script>
<script src="{_LC_CDN}/static/js/app.min.js?v=2.4.17" defer></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("laocai_like", article.article_id, url_of(article), page, record)


# --- 3. The paper on a template after Báo Thái Nguyên's ------------------------------------------


def _tn_link(other: Article) -> str:
    """The template's address of an article: `/{section}/{yyyymm}/{slug}-{hex}/`."""
    return f"/{other.category}/{other.published:%Y%m}/{other.slug}-{stable_digest(str(other.article_id))[:7]}/"


def _tn_image(article: Article, img: Image, size: str) -> str:
    """Where the template stores a picture, as the original or the 680-wide copy."""
    m = article.published
    return f"{BASE}/uploads/{size}/{m:%Y/%m}/{image_stem(img)}-{m:%d%H%M}.jpg"


def thainguyen_like(article: Article) -> CorpusPage:
    """The paper rebuilt on a template after Báo Thái Nguyên's: the masthead with today's
    date, the menu, the breadcrumb with the subsection on older articles, `h1.detail-title`,
    the date `Thứ sáu, 04/02/2022 09:56 (GMT+7)`, the print and font-size tools, the credit
    with its role before the sapo, the bold sapo, pictures as 680-wide copies linking to the
    original for a fancybox lightbox with the caption in the `div` under them, `Tags:`
    comma-joined, "Tin cùng chuyên mục" with dates, the comment form, "Xem nhiều" and the
    footer. Its `article:published_time` is a local time with no zone."""
    moment = article.published
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {dmy(moment)} {moment:%H:%M} (GMT+7)"
    cat = category_name(article)
    sub = subcategory_name(article)
    key = article.category
    captions = rehosted_captions(article, lambda i: _tn_image(article, i, "680"))

    def image(img: Image, n: int) -> str:
        cap = f'<div class="news-image-caption">{esc(img.caption)}</div>' if img.caption else ""
        return (
            f'<div class="news-image"><a href="{attr(_tn_image(article, img, "origin"))}" data-fancybox="gallery" data-caption="{attr(img.caption or "")}">'
            f'<img src="{attr(_tn_image(article, img, "680"))}" alt="{attr(img.caption or "")}" /></a>{cap}</div>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align:justify">{text}</p>',
        image,
        blank='<p style="text-align:justify">&nbsp;</p>',
        ad='<div class="banner-inpage"><a href="/qc/click/41" rel="nofollow"><img src="/uploads/banner/2026/inpage-41.jpg" alt="" /></a></div>',
        script='<p style="text-align:center"><iframe width="640" height="360" src="https://www.youtube.com/embed/lso2022tv" frameborder="0" allowfullscreen></iframe></p>',
    )
    credit = shown_byline(article)
    author = (
        f'<div class="detail-author"><i class="fa fa-pencil"></i> {esc(credit)}</div>'
        if credit
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail-tags"><b>Tags:</b> '
            + ", ".join(f'<a href="/tag/{tag_slug(t)}/">{esc(t)}</a>' for t in article.tags)
            + "</div>"
        )
    crumbs = f'<a href="/{key}/">{esc(cat)}</a>'
    if sub:
        crumbs += f' <i class="fa fa-angle-right"></i> <a href="/{key}/{article.subcategory}/">{esc(sub)}</a>'
    near = others(article, 11, turn=9311)
    same = "".join(
        f'<li><a href="{attr(_tn_link(o))}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in near[:6]
    )
    viewed = "".join(
        f'<li><a href="{attr(_tn_link(o))}"><img src="{BASE}/uploads/thumb/{stable_digest(o.slug)[:12]}.jpg" alt="" />{esc(o.title)}</a></li>'
        for o in near[6:11]
    )
    nav = section_menu(lambda k: f"/{k}/", '<li><a href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:image" content="{attr(_tn_image(article, article.images[0], "680") if article.images else BASE + "/assets/img/share.png")}" />
<meta property="og:site_name" content="Báo Lạng Sơn điện tử" />
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S}" />
<meta property="article:section" content="{attr(cat)}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link rel="stylesheet" href="/assets/css/bootstrap.min.css" />
<link rel="stylesheet" href="/assets/css/font-awesome.min.css" />
<link rel="stylesheet" href="/assets/css/jquery.fancybox.min.css" />
<link rel="stylesheet" href="/assets/css/style.css?v=1.9" />
</head>
<body>
<div class="header-top"><div class="container"><div class="row"><div class="col-md-6 today">Hôm nay: {weekday(SERVED)}, {_TODAY}</div><div class="col-md-6 text-right"><a href="/lien-he/">Liên hệ</a> | <a href="/quang-cao/">Quảng cáo</a> | <a href="/rss/">RSS</a></div></div></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/assets/img/logo.png" alt="Báo Lạng Sơn điện tử" /></a><div class="banner-top"><img src="/uploads/banner/2026/top.jpg" alt="" /></div></div></div>
<div class="main-menu"><div class="container"><ul class="nav-menu"><li><a href="/"><i class="fa fa-home"></i></a></li>{nav}<li><a href="/video/">Video</a></li><li><a href="/anh/">Ảnh</a></li></ul></div></div>
<div class="container main">
<div class="row">
<div class="col-md-8">
<div class="breadcrumb-detail"><a href="/"><i class="fa fa-home"></i></a> <i class="fa fa-angle-right"></i> {crumbs}</div>
<div class="detail">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-info"><span class="detail-time">{esc(shown)}</span><span class="detail-tool"><a href="javascript:void(0)" class="zoom-out" title="Giảm cỡ chữ">A-</a><a href="javascript:void(0)" class="zoom-in" title="Tăng cỡ chữ">A+</a><a href="javascript:window.print()" title="In bài viết"><i class="fa fa-print"></i></a></span></div>
{author}
<div class="detail-sapo"><strong>{esc(lead_text(article))}</strong></div>
<div class="detail-content">
{body}
</div>
{tags}
<div class="detail-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank"><i class="fa fa-facebook"></i></a> <a href="https://twitter.com/share?url={attr(url_of(article))}" target="_blank"><i class="fa fa-twitter"></i></a></div>
</div>
<div class="box-comment"><div class="box-title">Ý kiến bạn đọc</div><form action="/binh-luan/" method="post"><input type="hidden" name="id" value="{article.article_id}" /><textarea name="noidung" placeholder="Nội dung bình luận (tiếng Việt có dấu)"></textarea><input type="text" name="hoten" placeholder="Họ tên" /><input type="text" name="email" placeholder="Email" /><button type="submit">Gửi bình luận</button></form></div>
<div class="box-same"><div class="box-title">Tin cùng chuyên mục</div><ul>{same}</ul></div>
</div>
<div class="col-md-4 sidebar">
<div class="box-side"><div class="box-title">Xem nhiều</div><ul class="list-thumb">{viewed}</ul></div>
<div class="box-side"><div class="box-title">Liên kết</div><select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option><option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản</option></select></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p><b>BÁO LẠNG SƠN ĐIỆN TỬ</b></p><p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 70/GP-BTTTT.</p><p>Tổng Biên tập: Nguyễn Văn A. Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn.</p></div></div>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/jquery.fancybox.min.js"></script>
<script src="/assets/js/main.js?v=1.9"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("thainguyen_like", article.article_id, url_of(article), page, record)


# --- 4. The paper on an older provincial template after Báo Hòa Bình's ----------------------------


def _hb_link(other: Article) -> str:
    """The template's address of an article: `/{section}/{id}/{Slug}.htm`."""
    words = "-".join(w.capitalize() for w in slugify(other.title).split("-"))
    return f"/{_section_number(other.category)}/{other.article_id}/{words}.htm"


def _hb_image(article: Article, img: Image) -> str:
    """Where the template stores a picture (root-relative, by day of posting)."""
    m = article.published
    return f"/Uploaded/{m:%Y_%m_%d}/{image_file(img)}"


def hoabinh_like(article: Article) -> CorpusPage:
    """The paper rebuilt on an older provincial template after Báo Hòa Bình's: the site name
    before the title in `<title>`, the top bar with today's date, the banner, the menu, the
    breadcrumb, the title in `h2`, the date line `Thứ Sáu, 04/02/2022` with no time (the time
    only in `article:published_time`, with +07:00), the bold sapo, the text in one `div` with
    `<br /><br />` between paragraphs, pictures in plain tables with a blue italic caption in
    the row under each, the credit right-aligned in bold, `Từ khóa:` comma-joined, "Các tin
    đã đưa" with dates, "Tin đọc nhiều", the printed issue's number and date, the visitor
    counter and the footer."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)}"
    cat = category_name(article)
    number = _section_number(article.category)
    captions = rehosted_captions(article, lambda i: BASE + _hb_image(article, i))

    def image(img: Image, n: int) -> str:
        row = ""
        if img.caption:
            row = f'<tr><td style="text-align: center;"><span style="color:#0000ff;"><em>{esc(img.caption)}</em></span></td></tr>'
        return (
            f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;"><tbody>'
            f'<tr><td style="text-align: center;"><img alt="" src="{attr(_hb_image(article, img))}" style="width: 500px; height: 333px;" /></td></tr>{row}</tbody></table>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"{text}<br />\n<br />",
        image,
        blank="&nbsp;<br />",
        ad='<div class="qc_content"><a href="/QuangCao/27" target="_blank"><img src="/Uploaded/QuangCao/banner_noi_dung.gif" alt="" /></a></div>',
        script='<div align="center"><object width="480" height="300"><param name="movie" value="https://www.youtube.com/v/lso2022tv"></param><embed src="https://www.youtube.com/v/lso2022tv" type="application/x-shockwave-flash" width="480" height="300"></embed></object></div>',
    )
    credit = shown_byline(article)
    author = f'<div style="text-align: right;"><b>{esc(credit)}</b></div>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="tukhoa"><b>Từ khóa:</b> '
            + ", ".join(
                f'<a href="/Tim-kiem.htm?tukhoa={attr(tag_slug(t))}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    near = others(article, 12, turn=1013)
    old = "".join(
        f'<li><a href="{attr(_hb_link(o))}">{esc(o.title)}</a> <span class="ngay">({dmy(o.published)})</span></li>'
        for o in near[:7]
    )
    popular = "".join(
        f'<li><a href="{attr(_hb_link(o))}">{esc(o.title)}</a></li>' for o in near[7:12]
    )
    issue = (SERVED - datetime(2026, 1, 1).date()).days // 2 + 4801
    nav = section_menu(
        lambda k: f"/{_section_number(k)}/{k}.htm",
        '<td class="menu_item"><a href="{href}">{name}</a></td>',
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Báo Lạng Sơn - {esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:image" content="{attr(BASE + _hb_image(article, article.images[0]) if article.images else BASE + "/Images/logo_share.jpg")}" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="article:published_time" content="{iso_vietnam(moment)}" />
<link href="/Css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="container">
<div class="top"><span class="ngayhientai">{weekday(SERVED)}, ngày {SERVED.day} tháng {SERVED.month} năm {SERVED.year}</span><span class="toplink"><a href="/">Trang chủ</a> | <a href="/Lien-he.htm">Liên hệ</a> | <a href="/Rss.htm">RSS</a></span></div>
<div class="banner"><a href="/"><img src="/Images/banner.jpg" alt="Báo Lạng Sơn" width="1000" height="130" border="0" /></a></div>
<table class="menu" cellpadding="0" cellspacing="0" width="100%"><tr><td class="menu_item"><a href="/">Trang chủ</a></td>{nav}</tr></table>
<table width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" width="680" class="colLeft">
<div class="duongdan"><a href="/">Trang chủ</a> / <a href="/{number}/{article.category}.htm">{esc(cat)}</a></div>
<div class="chitiet">
<div class="tieude"><h2>{esc(article.title)}</h2></div>
<div class="ngaydang">{esc(shown)}</div>
<div class="tomtat"><b>{esc(lead_text(article))}</b></div>
<div class="noidung">
{body}
</div>
{author}
{tags}
<div class="congcu"><a href="javascript:window.print();"><img src="/Images/icon_print.gif" alt="" /> In bài</a> &nbsp; <a href="mailto:?subject={attr(article.title)}&amp;body={attr(url_of(article))}"><img src="/Images/icon_mail.gif" alt="" /> Gửi bài</a> &nbsp; <a href="javascript:history.back();">Quay lại</a></div>
</div>
<div class="tindadua"><div class="tieudebox">Các tin đã đưa</div><ul>{old}</ul></div>
</td>
<td valign="top" width="320" class="colRight">
<div class="boxphai"><div class="tieudebox">Báo in</div><a href="/Bao-in.htm"><img src="/Uploaded/BaoIn/so-{issue}.jpg" alt="" width="200" /></a><br />Số {issue} ra ngày {_TODAY}</div>
<div class="boxphai"><div class="tieudebox">Tin đọc nhiều</div><ul>{popular}</ul></div>
<div class="boxphai"><div class="tieudebox">Thống kê truy cập</div>Đang truy cập: {(article.article_id * 11) % 250 + 64}<br />Tổng số lượt truy cập: 19.804.{article.article_id % 900 + 100}</div>
</td>
</tr></table>
<div class="footer">BÁO LẠNG SƠN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn<br />Giấy phép số 70/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A.<br />Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn - Điện thoại: 0205.3812.262</div>
</div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("hoabinh_like", article.article_id, url_of(article), page, record)


# --- 5. The paper on a 2020s template after Báo Phú Thọ's ----------------------------------------

_PT_IMG = "https://img.baolangson.vn"


def _pt_link(other: Article) -> str:
    """The template's address of an article: `/{slug}-{id}.htm`."""
    return f"/{other.slug}-{other.article_id}.htm"


def _pt_image(article: Article, img: Image, width: int) -> str:
    """Where the image host serves a picture at a width."""
    m = article.published
    return f"{_PT_IMG}/w{width}/{m:%Y/%m/%d}/{image_stem(img)}.jpg"


def _pt_author_href(name: str) -> str:
    """An author's page."""
    return f"/tac-gia/{tag_slug(author_name(name))}.htm"


def phutho_like(article: Article) -> CorpusPage:
    """The paper rebuilt on a 2020s template after Báo Phú Thọ's: the header with today's
    date and the hotline, the menu, the section link above the title, `h1.detail__title`, the
    authors' names (linked to their pages) beside `09:56 - 04/02/2022` before the sapo and no
    credit line after the text, the sapo in `h2.sapo`, `srcset` pictures on the image host
    with an empty `alt` and the caption in `div.pic-caption`, a "Tin liên quan" box after the
    first paragraph, `Tag:` links, two JSON-LD blocks (`NewsArticle` with +07:00 times, and a
    `WebPage` giving only its `dateModified`), `article:modified_time` later than the
    publication, "Cùng chuyên mục" with times, the comment form, the cookie banner."""
    moment = article.published
    shown = f"{moment:%H:%M} - {dmy(moment)}"
    modified = moment + timedelta(hours=3, minutes=12)
    cat = category_name(article)
    key = article.category
    names = [author_name(clean(a)) for a in article.authors]
    captions = rehosted_captions(article, lambda i: _pt_image(article, i, 800))

    def image(img: Image, n: int) -> str:
        cap = f'<div class="pic-caption">{esc(img.caption)}</div>' if img.caption else ""
        return (
            f'<div class="pic"><img src="{attr(_pt_image(article, img, 800))}" '
            f'srcset="{attr(_pt_image(article, img, 480))} 480w, {attr(_pt_image(article, img, 800))} 800w, {attr(_pt_image(article, img, 1200))} 1200w" '
            f'sizes="(max-width: 768px) 100vw, 760px" alt="" loading="lazy" decoding="async">{cap}</div>'
        )

    near = others(article, 13, turn=1117)

    def after(n: int, count: int) -> str:
        if n != 1:
            return ""
        items = "".join(
            f'<div class="rel-item"><a href="{attr(_pt_link(o))}"><img src="{_PT_IMG}/w200/{stable_digest(o.slug)[:10]}.jpg" alt="">{esc(o.title)}</a></div>'
            for o in near[:2]
        )
        return f'<div class="related-in"><div class="related-in__head">Tin liên quan</div>{items}</div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad='<div class="ads-in-article"><div id="zone-inarticle" data-zone="1029"></div></div>',
        script='<div class="video-inline"><video controls preload="none" poster="/assets/img/video-poster.jpg"><source src="https://video.baolangson.vn/2022/lso2022tv.mp4" type="video/mp4"></video></div>',
        after=after,
    )
    authors = ", ".join(
        f'<a href="{attr(_pt_author_href(a))}" class="detail__author-name">{esc(author_name(a))}</a>'
        for a in article.authors
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail__tags"><span>Tag:</span>'
            + "".join(f'<a href="/tag/{tag_slug(t)}.htm">{esc(t)}</a>' for t in article.tags)
            + "</div>"
        )
    same = "".join(
        f'<li><span class="time">{o.published:%H:%M %d/%m}</span><a href="{attr(_pt_link(o))}">{esc(o.title)}</a></li>'
        for o in near[2:8]
    )
    latest = "".join(
        f'<li><a href="{attr(_pt_link(o))}">{esc(o.title)}</a></li>' for o in near[8:13]
    )
    nav = section_menu(lambda k: f"/{k}.htm", '<li><a href="{href}">{name}</a></li>')
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url_of(article),
        "headline": article.title,
        "description": article.lead,
        "image": {
            "@type": "ImageObject",
            "url": _pt_image(article, article.images[0], 800)
            if article.images
            else f"{BASE}/assets/img/logo-share.jpg",
        },
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(modified),
        "author": [{"@type": "Person", "name": n} for n in names],
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
    }
    webpage = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": article.title,
        "url": url_of(article),
        "dateModified": iso_vietnam(modified),
        "inLanguage": "vi",
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(article.title)} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<link rel="canonical" href="{attr(url_of(article))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:image" content="{attr(_pt_image(article, article.images[0], 800) if article.images else BASE + "/assets/img/logo-share.jpg")}">
<meta property="article:modified_time" content="{iso_vietnam(modified)}">
<meta property="article:section" content="{attr(cat)}">
<script type="application/ld+json">{script_json(webpage)}</script>
<script type="application/ld+json">{script_json(news)}</script>
<link rel="stylesheet" href="/assets/css/main.css?v=20261102">
</head>
<body>
<header class="site-header">
<div class="header-top"><div class="container"><span class="header-top__date">{weekday(SERVED)}, ngày {_TODAY}</span><span class="header-top__hotline">Hotline: <a href="tel:0912345678">0912.345.678</a></span><a href="/video.htm" class="header-top__link">Video</a><a href="/podcast.htm" class="header-top__link">Podcast</a></div></div>
<div class="header-main"><div class="container"><a href="/" class="logo"><img src="/assets/img/logo.svg" alt="Báo Lạng Sơn điện tử"></a><button class="btn-search" aria-label="Tìm kiếm"></button></div></div>
<nav class="menu-main"><div class="container"><ul><li class="home"><a href="/">Trang chủ</a></li>{nav}</ul></div></nav>
</header>
<main class="container page-detail">
<div class="row">
<div class="col-lg-8">
<div class="detail">
<div class="detail__cate"><a href="/{key}.htm">{esc(cat)}</a></div>
<h1 class="detail__title">{esc(article.title)}</h1>
<div class="detail__meta"><div class="detail__author">{authors}</div><div class="detail__time">{esc(shown)}</div><div class="detail__social"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" class="fb" target="_blank">Chia sẻ</a><a href="https://zalo.me/share?u={attr(url_of(article))}" class="zalo">Zalo</a></div></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="detail__content">
{body}
</div>
{tags}
</div>
<div class="comment-form"><h3>Gửi bình luận</h3><form action="/binh-luan.htm" method="post"><textarea name="content" placeholder="Bình luận của bạn"></textarea><input name="name" placeholder="Họ tên"><input name="email" placeholder="Email"><button type="submit">Gửi</button></form></div>
<section class="box-cate"><h3 class="box-cate__title">Cùng chuyên mục</h3><ul>{same}</ul></section>
</div>
<aside class="col-lg-4"><section class="box-latest"><h3>Tin mới nhất</h3><ul>{latest}</ul></section><div class="ads-side"><div id="zone-side" data-zone="1030"></div></div></aside>
</div>
</main>
<footer class="site-footer"><div class="container"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 70/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</p><p>Tổng Biên tập: Nguyễn Văn A. Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn.</p></div></footer>
<div class="cookie-bar" id="cookieBar">Website sử dụng cookie để nâng cao trải nghiệm người dùng. <a href="/chinh-sach-cookie.htm">Tìm hiểu thêm</a> <button type="button" onclick="this.parentNode.remove()">Tôi đồng ý</button></div>
<script src="/assets/js/main.js?v=20261102" defer></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("phutho_like", article.article_id, url_of(article), page, record)


MARKUPS_AD: dict[str, Renderer] = {
    "yenbai_like": yenbai_like,
    "laocai_like": laocai_like,
    "thainguyen_like": thainguyen_like,
    "hoabinh_like": hoabinh_like,
    "phutho_like": phutho_like,
}
