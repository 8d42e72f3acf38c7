# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set V: the twenty-first held-out set (scored once sealed at 56.4 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: baolangson.vn rebuilt on Progress Sitefinity 14 in hybrid
WebForms mode (the `aspnetForm` with its `__VIEWSTATE`, `sf_cols` layout columns, the MVC news
detail widget with the title in an `h3` and `data-sf-field` inline-editing attributes, the date
as .NET's vi-VN culture prints `dd/MM/yyyy hh:mm tt`, `04/02/2022 03:20 CH`, pictures from the
`/images/default-source/` library with `?sfvrsn=` and `sf-size`, the caption after a `<br />`
in the picture's own paragraph, tags linked as `/-in-tags/tags/…`, the news list beside it
with its titles also in `h3`s, the comments widget's English labels), a district youth union's
Weebly site reposting the article (the site name as a `span#wsite-title`, the title in
`h2.blog-title`, the date `4/2/2022` alone, the text in `div.paragraph` elements with
`<br /><br />` between paragraphs, `wsite-image` pictures with `alt="Picture"` and the caption
in the unclassed `div` under each, the credit and the source line in one right-aligned
`div.paragraph`, the blog category in the post footer, no tags), the provincial journalists'
association's press archive on Pelican with the `simple` theme (the site name as the page's
`h1`, the title in `h2.entry-title`, the post-info footer before the text with the English
`locale_date` `Fri 04 February 2022` in a `time.published` whose `datetime` is ISO with
+07:00, a `time.modified`, the blog account after `By`, `Category:` and `Tags:`, Markdown
output with the caption as the italic paragraph under the picture), a Lạng Sơn specialty shop's
Shopify blog on the Dawn theme reposting the article (the store's header, cart and
announcement bar, `time_tag` with the UTC `datetime` and the date `tháng 2 04, 2022`, the
staff account as the article's `author`, the rich-text editor's `data-mce-fragment` spans and a
pasted `<meta charset>`, the credit as the first italic line, pictures on cdn.shopify.com by a
protocol-relative `_1024x1024` address, no section and no tags shown), and baolangson.vn on a
provincial papers' vendor template after Báo Quảng Ninh's (a top bar with the solar and lunar
today dates and the weather, the section and subsection breadcrumb, `09:56 04/02/2022` with the
read-aloud player, the sapo in an `h2`, jQuery lazyload `data-original` pictures in
`table.image` boxes with `td.image_desc` captions, an inline related box, `NewsArticle` and
`BreadcrumbList` JSON-LD with ISO times). The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with its zone in a meta, JSON-LD, `datetime` or microformat attribute counts to the
second, even in UTC; a printed local time counts to the minute, the 12-hour `SA`/`CH` time
read as the local time it names; a date alone gives no time; a modification time does not
raise the precision; none when the page gives no time), `byline` the credit as shown (without a
field label, never a source line such as `Nguồn: Báo Lạng Sơn`, nor the Pelican or Shopify
account named as the post's author when the page prints a credit), `authors` the names in it
in the usual capitalisation, `tags` only the tags the page shows, `category` the top-level
section the page shows (none on the Shopify repost, which shows no section of the paper), a
caption's `image_url` the address the page serves the picture from (a relative or
protocol-relative `src` resolved against the page's address, the `data-original` behind a
placeholder, with its query string) and its `text` the caption as printed (none under a
picture with no caption, whatever its `alt` says).

The masthead's solar and lunar today dates, the weather, the Pelican modified time, comment
counts and readers' comment forms, the news lists' and boxes' dates, the shop's prices and the
read-aloud player are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urljoin

from tests.corpus.pages import (
    BASE,
    EN_MONTHS,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    content,
    dmy,
    esc,
    expected,
    image_src,
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
from tests.site.formats import iso_vietnam
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script

_TODAY = f"{SERVED:%d/%m/%Y}"


def _epoch(moment: datetime) -> int:
    """The Unix time of a Vietnam local time (the version stamps CDNs put in addresses)."""
    return int((moment - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds())


# --- 1. baolangson.vn on Progress Sitefinity 14 (hybrid WebForms) --------------------------------


def _sf_image(article: Article, img: Image) -> str:
    """The picture's relative address in Sitefinity's image library (`sfvrsn` = its version)."""
    return (
        f"/images/default-source/tin-tuc/{article.published:%Y-%m}/{image_stem(img)}.jpg"
        f"?sfvrsn={stable_digest(img.src)[:8]}_0"
    )


def _sf_time(moment: datetime) -> str:
    """.NET's vi-VN `dd/MM/yyyy hh:mm tt`: `04/02/2022 03:20 CH`."""
    hour = moment.hour % 12 or 12
    return f"{dmy(moment)} {hour:02d}:{moment:%M} {'SA' if moment.hour < 12 else 'CH'}"


def sitefinity_news(article: Article) -> CorpusPage:
    """baolangson.vn rebuilt on Progress Sitefinity 14 with the Bootstrap resource package, in
    hybrid mode: the whole body inside the WebForms `aspnetForm` with `__VIEWSTATE` and
    Telerik's script manager, a top bar with today's date, the navigation widget, layout columns
    as `sf_cols`/`sf_colsIn` with `data-sf-element`, the breadcrumb widget ending at the title,
    the MVC news detail template (the title in an `h3` with `data-sf-field="Title"`, the date in
    `div.text-muted` as the vi-VN culture prints `dd/MM/yyyy hh:mm tt`, the summary and content
    fields as `div`s), RadEditor pictures from the image library (relative, `?sfvrsn=`,
    `sf-size`) with the caption after a `<br />` in the same centred paragraph, the credit as
    the last right-aligned bold paragraph, the Tags widget (`/-in-tags/tags/…`), the social
    share widget, the comments widget with its English labels, the tracking-consent dialog and
    a news list whose item titles are `h3`s too. `og:` meta without times, no JSON-LD."""
    moment = article.published
    shown = _sf_time(moment)
    captions = rehosted_captions(article, lambda i: urljoin(url_of(article), _sf_image(article, i)))
    cat = category_name(article)
    section = f"/{tag_slug(cat)}"

    def image(img: Image, number: int) -> str:
        size = 40000 + int(stable_digest(img.src)[:4], 16)
        cap = (
            f'<br />\n<span style="font-size:13px;"><em>{esc(img.caption)}</em></span>'
            if img.caption
            else ""
        )
        return (
            f'<p style="text-align:center;"><img src="{attr(_sf_image(article, img))}" alt="" '
            f'sf-size="{size}" style="width:100%;max-width:760px;" />{cap}</p>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p><iframe width="640" height="360" src="https://www.youtube.com/embed/lsotv2022" frameborder="0" allowfullscreen=""></iframe></p>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align:right;"><strong>{esc(credit)}</strong></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="sf-Tags"><span class="sf-Tags-title">Từ khóa:</span> <ul class="list-inline">'
            + "".join(
                f'<li class="list-inline-item"><a href="/tin-tuc/-in-tags/tags/{tag_slug(t)}">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    news_list = "".join(
        f'<li class="media"><a class="pull-left" href="/tin-tuc/{o.published:%Y/%m/%d}/{attr(o.slug)}"><img src="/images/default-source/tin-tuc/thumbs/{o.article_id}.jpg?sfvrsn=1_0" alt="{attr(o.title)}" width="120"></a>'
        f'<div class="media-body"><h3 class="sf-news-title"><a href="/tin-tuc/{o.published:%Y/%m/%d}/{attr(o.slug)}">{esc(o.title)}</a></h3>'
        f'<div class="text-muted">{_sf_time(o.published)}</div></div></li>'
        for o in others(article, 4, turn=2101)
    )
    nav = section_menu(
        lambda k: f"/{tag_slug(content().category(k).name)}",
        '<li><a href="{href}">{name}</a></li>',
    )
    state = "/wEPDwUKLTk" + stable_digest(f"sf{article.article_id}") + "ZGQ="
    slug = f"/tin-tuc/{moment:%Y/%m/%d}/{article.slug}"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>
	{esc(article.title)}
</title>
<link href="/ResourcePackages/Bootstrap/assets/dist/css/main.min.css" rel="stylesheet" type="text/css" /><link href="/ResourcePackages/Bootstrap/assets/dist/css/baolangson.css?v=14.4" rel="stylesheet" type="text/css" /><meta name="Generator" content="Sitefinity 14.4.8147.0 DX" /><link rel="canonical" href="{attr(url_of(article))}" /><meta property="og:title" content="{attr(article.title)}" /><meta property="og:description" content="{attr(article.lead)}" /><meta property="og:type" content="website" /><meta property="og:url" content="{attr(url_of(article))}" /><meta property="og:site_name" content="Báo Lạng Sơn" /><meta name="description" content="{attr(article.lead)}" /><meta name="keywords" content="{attr(", ".join(article.tags))}" /></head>
<body>
    <form method="post" action="{attr(slug)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="ctl04_TSM" id="ctl04_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />
</div>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl04_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions" type="text/javascript"></script>
<div class="sfPublicWrapper" id="PublicWrapper">
<div class="container">
<div class="row" data-sf-element="Row">
    <div id="Header_T6A2B4C1D001_Col00" class="sf_colsIn col-md-12" data-sf-element="Column 1" data-placeholder-label="Column 1">
<div class="topbar"><span class="today">{weekday(SERVED)}, {_TODAY}</span> <a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a> | <a href="/bao-in">Báo in</a></div>
<div class="logo"><a href="/"><img src="/images/default-source/logo/logo-baolangson.png?sfvrsn=2_0" alt="Báo Lạng Sơn" title="Báo Lạng Sơn" /></a></div>
<nav class="navbar navbar-default" role="navigation"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li>{nav}</ul></nav>
    </div>
</div>
<div class="row" data-sf-element="Row">
    <div id="Content_T6A2B4C1D002_Col00" class="sf_colsIn col-md-12" data-sf-element="Column 1" data-placeholder-label="Column 1">
<nav aria-label="Full path to the current page"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{attr(section)}">{esc(cat)}</a></li><li class="active">{esc(article.title)}</li></ol></nav>
    </div>
</div>
<div class="sf_cols row" data-sf-element="Row">
    <div id="Content_T6A2B4C1D003_Col00" class="sf_colsIn col-md-8" data-sf-element="Column 1" data-placeholder-label="Main">
<div class="sf-news-detail">
    <h3>
        <span data-sf-field="Title" data-sf-ftype="ShortText">{esc(article.title)}</span>
    </h3>

    <div class="text-muted">
        {shown}
    </div>

    <div class="sf-summary" data-sf-field="Summary" data-sf-ftype="ShortText">{esc(lead_text(article))}</div>

    <div class="sf-content" data-sf-field="Content" data-sf-ftype="LongText">{body}</div>
</div>
{tags}
<div class="sf-social-share"><ul class="list-inline"><li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" title="Facebook" class="sf-icon-fb">Facebook</a></li><li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={attr(url_of(article))}" target="_blank" title="Twitter" class="sf-icon-tw">Twitter</a></li><li class="list-inline-item"><a href="mailto:?subject={attr(article.title)}" title="Email" class="sf-icon-mail">Email</a></li></ul></div>
<div class="sf-Comments" data-sf-role="comments-wrapper">
    <h3 class="sf-Comments-header"><span data-sf-role="comments-count-wrapper">0 comments</span></h3>
    <div class="sf-Comments-list" data-sf-role="comments-container"></div>
    <div class="sf-Comments-form" data-sf-role="comments-new-form-wrapper">
        <h3>Leave a comment</h3>
        <div class="form-group"><label for="sf-comment-name">Your name</label><input type="text" class="form-control" id="sf-comment-name" data-sf-role="comments-new-name" /></div>
        <div class="form-group"><label for="sf-comment-message">Message</label><textarea class="form-control" id="sf-comment-message" data-sf-role="comments-new-message" rows="4"></textarea></div>
        <button type="button" class="btn btn-primary" data-sf-role="comments-new-submit-button">Submit comment</button>
    </div>
</div>
    </div>
    <div id="Content_T6A2B4C1D003_Col01" class="sf_colsIn col-md-4" data-sf-element="Column 2" data-placeholder-label="Sidebar">
<div class="sf-news-list-widget"><h4 class="sf-widget-title">Tin cùng chuyên mục</h4>
<ul class="sf-news-list media-list">{news_list}</ul></div>
<div class="sf-ContentBlock"><a href="/chuyen-de/chuyen-doi-so"><img src="/images/default-source/banner/chuyen-doi-so.jpg?sfvrsn=3_0" alt="" /></a></div>
    </div>
</div>
<footer class="row" data-sf-element="Row"><div class="sf_colsIn col-md-12">
<p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p>
<p>Giấy phép số 45/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A. Địa chỉ: 02 Hoàng Văn Thụ, thành phố Lạng Sơn.</p>
</div></footer>
</div>
</div>
<div id="tracking-consent-dialog" class="sf-tracking-consent" style="display:none"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web này.</p><button type="button" id="tracking-consent-dialog-accept">Đồng ý</button> <button type="button" id="tracking-consent-dialog-reject">Từ chối</button></div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{ }});
//]]>
</script>
</form>
<script src="/ResourcePackages/Bootstrap/assets/dist/js/bootstrap.min.js" type="text/javascript"></script>
<script src="/Frontend-Assembly/Telerik.Sitefinity.Frontend.Comments/Mvc/Scripts/comments-list.min.js?package=Bootstrap&amp;v=MTQuNC44MTQ3LjA%3d" type="text/javascript"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("sitefinity_news", article.article_id, url_of(article), page, record)


# --- 2. A district youth union's Weebly site reposting the article -------------------------------

_WB_USER = "1/3/8/2/138245671"


def _wb_image(article: Article, img: Image) -> str:
    """Where Weebly publishes an uploaded picture (relative, with its upload stamp)."""
    return f"/uploads/{_WB_USER}/published/{image_stem(img)}.jpg?{_epoch(article.published)}"


def _wb_blocks(article: Article) -> str:
    """Weebly's content elements: runs of paragraphs in one `div.paragraph` joined by
    `<br /><br />`, split by picture, spacer and embed elements."""
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if run:
            out.append(
                '<div class="paragraph" style="text-align:justify;">'
                + "<br /><br />".join(run)
                + "</div>"
            )
            run.clear()

    for block in article.blocks:
        if isinstance(block, Paragraph):
            run.append(esc(block.text))
            continue
        close()
        if isinstance(block, Image):
            cap = esc(block.caption) if block.caption else ""
            out.append(
                '<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">\n'
                f'<a><img src="{attr(_wb_image(article, block))}" alt="Picture" style="width:auto;max-width:100%" /></a>\n'
                f'<div style="display:block;font-size:90%">{cap}</div>\n</div></div>'
            )
        elif isinstance(block, Blank):
            out.append('<div class="wsite-spacer" style="height:20px;"></div>')
        elif isinstance(block, Script):
            out.append(
                '<div class="wsite-youtube" style="margin-bottom:10px;margin-top:10px;"><div class="wsite-youtube-wrapper wsite-youtube-size-auto wsite-youtube-align-center">\n'
                '<div class="wsite-youtube-container">\n<iframe src="//www.youtube.com/embed/lsotv2022?wmode=opaque" frameborder="0" allowfullscreen></iframe>\n</div>\n</div></div>'
            )
        elif isinstance(block, Ad):
            continue
    close()
    return "\n\n".join(out)


def weebly_repost(article: Article) -> CorpusPage:
    """A district youth union's site on Weebly reposting the paper's article in its blog: the
    site name as `span#wsite-title` in the header, the `wsite-menu-default` menu, the blog post
    (`h2.blog-title` linking to the post, `p.blog-date` with the date set to `j/n/Y` and the
    comment count), the content as Weebly elements (the sapo with its marker in its own bold
    `div.paragraph`, the text in `div.paragraph`s with `<br /><br />` between paragraphs, each
    picture a `wsite-image` with `alt="Picture"` and the caption in the `div` under it, empty
    when there is none, spacers and a YouTube element), the credit and the source line in one
    right-aligned `div.paragraph`, the post footer with the category and the share buttons,
    Weebly's comment form with its English heading, a sidebar with the archives by month and
    the categories, and the Weebly footer. `og:` meta only, no time anywhere but the date."""
    moment = article.published
    shown = f"{moment.day}/{moment.month}/{moment.year}"
    captions = rehosted_captions(article, lambda i: urljoin(url_of(article), _wb_image(article, i)))
    cat = category_name(article)
    post = f"/tin-tuc/{article.slug}"
    credit = shown_byline(article)
    closing = (
        f"<strong>{esc(credit)}</strong><br />" if credit else ""
    ) + "<em>Nguồn: Báo Lạng Sơn</em>"
    body = _wb_blocks(article)
    months = (
        "Tháng Một",
        "Tháng Hai",
        "Tháng Ba",
        "Tháng Tư",
        "Tháng Năm",
        "Tháng Sáu",
        "Tháng Bảy",
        "Tháng Tám",
        "Tháng Chín",
        "Tháng Mười",
        "Tháng Mười Một",
        "Tháng Mười Hai",
    )
    archives = "".join(
        f'<li><a href="/tin-tuc/archives/{m:02d}-{y}">{months[m - 1]} {y}</a></li>'
        for y, m in ((2026, 11), (2026, 10), (2026, 9), (2022, 2), (2021, 3))
    )
    cats = '<li><a href="/tin-tuc/category/all">Tất cả</a></li>' + section_menu(
        lambda k: f"/tin-tuc/category/{tag_slug(content().category(k).name)}",
        '<li><a href="{href}">{name}</a></li>',
    )
    post_id = int(stable_digest(f"wb{article.article_id}")[:12], 16)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(article.title)} - HUYỆN ĐOÀN CAO LỘC</title>
<meta property="og:site_name" content="HUYỆN ĐOÀN CAO LỘC" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article)[:150])}" />
<meta property="og:url" content="https://doancaoloc.weebly.com{attr(post)}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0" />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1699999999" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?1699999999" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1700000000" title="wsite-theme-css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/tin-tuc/feed" />
<script src="//cdn2.editmysite.com/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">_W = _W || {{}}; _W.securePrefix='doancaoloc.weebly.com'; _W.relinquish && _W.relinquish(); _W.setup_rpc({{"url":"\\/ajax\\/api\\/JsonRPC\\/CustomerAccounts\\/"}});</script>
</head>
<body class="no-header-page wsite-blog-post wsite-page-tin-tuc wsite-theme-light">
<div class="wrapper">
<div class="header"><div class="container"><div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">HUYỆN ĐOÀN CAO LỘC</span></a></span></div>
<div class="nav"><ul class="wsite-menu-default"><li id="pg1"><a href="/" data-membership-required="0">Trang chủ</a></li><li id="pg2"><a href="/gioi-thieu.html" data-membership-required="0">Giới thiệu</a></li><li id="active" class="wsite-menu-item-wrap"><a href="/tin-tuc" class="wsite-menu-item" data-membership-required="0">Tin tức</a></li><li id="pg4"><a href="/thanh-nien-tinh-nguyen.html" data-membership-required="0">Thanh niên tình nguyện</a></li><li id="pg5"><a href="/lien-he.html" data-membership-required="0">Liên hệ</a></li></ul></div></div></div>
<div class="main-wrap"><div class="container">
<div id="wsite-content" class="wsite-elements wsite-not-footer">
<div class="blog-sidebar-separator"><table class="blog-sidebar-table"><tr>
<td class="blog-main">
<div id="blogTable" class="blog-table">
<div id="blog-post-{post_id}" class="blog-post">
<div class="blog-header">
<h2 class="blog-title"><a class="blog-title-link blog-link" href="//doancaoloc.weebly.com{attr(post)}">{esc(article.title)}</a></h2>
<p class="blog-date"><span class="date-text">{shown}</span>
<span class="blog-separator">|</span> <span class="blog-comments"><a class="blog-link" href="//doancaoloc.weebly.com{attr(post)}#comments">0 Bình luận</a></span></p>
</div>
<div class="blog-content">
<div class="paragraph" style="text-align:justify;"><strong>{esc(lead_text(article))}</strong></div>

{body}

<div class="paragraph" style="text-align:right;">{closing}</div>
</div>
<div class="blog-footer"><p class="blog-category">Danh mục: <a href="/tin-tuc/category/{tag_slug(cat)}">{esc(cat)}</a></p>
<div class="blog-social"><div class="blog-social-item blog-fb-like"><iframe src="//www.facebook.com/plugins/like.php?href=https%3A%2F%2Fdoancaoloc.weebly.com%2Ftin-tuc%2F{article.slug}&amp;send=false&amp;layout=button_count" scrolling="no" frameborder="0" allowTransparency="true" style="border:none; overflow:hidden; width:115px; height:20px"></iframe></div></div>
</div>
</div>
</div>
<div id="comments" class="blogCommentsWrapper">
<div class="blogCommentHeading"><h2 class="blogCommentHeadingText">0 Bình luận</h2></div>
<div id="commentArea"></div>
<div class="blogCommentWrap"><h2 id="commentReplyTitle">Leave a Reply.</h2>
<form id="commentForm" class="blogCommentForm" action="//doancaoloc.weebly.com/ajax/apps/blogCommentSubmit" method="post">
<input type="hidden" name="postId" value="{post_id}" />
<div><label for="commentName">Tên (bắt buộc)</label><input type="text" id="commentName" name="name" class="text" /></div>
<div><label for="commentEmail">Email (sẽ không được công khai) (bắt buộc)</label><input type="text" id="commentEmail" name="email" class="text" /></div>
<div><label for="commentWebsite">Trang web</label><input type="text" id="commentWebsite" name="website" class="text" /></div>
<div><textarea id="commentContent" name="comment" rows="10" cols="60"></textarea></div>
<div><input type="checkbox" id="commentNotify" name="notify" /><label for="commentNotify">Thông báo cho tôi về bình luận mới qua email.</label></div>
<div><input type="submit" value="Gửi" class="button" /></div>
</form></div>
</div>
</td>
<td class="blog-sidebar"><div class="column-blog">
<h2 class="wsite-content-title">Lưu trữ</h2><div class="blog-archive-list"><ul>{archives}</ul></div>
<h2 class="wsite-content-title">Danh mục</h2><div class="blog-category-list"><ul>{cats}</ul></div>
<p><a href="/tin-tuc/feed">Nguồn cấp RSS</a></p>
</div></td>
</tr></table></div>
</div>
</div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="paragraph" style="text-align:center;">Huyện Đoàn Cao Lộc - Thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn<br />Email: doancaoloc@gmail.com</div></div></div></div>
</div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><span class="powered-by">Được cung cấp bởi <a href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" rel="nofollow" target="_blank">Weebly</a></span></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1699999999"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published=None, captions=captions, tags=False)
    return CorpusPage("weebly_repost", article.article_id, url_of(article), page, record)


# --- 3. The journalists' association's press archive on Pelican (simple theme) ----------------

_PL = "https://hoinhabaolangson.github.io"


_ACTIVE = ' class="active"'
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _pl_date(moment: datetime) -> str:
    """Pelican's default `DEFAULT_DATE_FORMAT` `%a %d %B %Y` under the C locale."""
    return f"{_EN_DAYS[moment.weekday()]} {moment:%d} {EN_MONTHS[moment.month - 1]} {moment.year}"


def _pl_image(article: Article, img: Image) -> str:
    """Where the archive keeps a copied picture (`{static}` resolved against SITEURL)."""
    return f"{_PL}/images/{article.published:%Y/%m}/{img.src.rsplit('/', 1)[-1]}"


def pelican_archive(article: Article) -> CorpusPage:
    """The provincial journalists' association's archive of members' articles, a Pelican site
    on GitHub Pages with the `simple` theme: the site name and subtitle as the page's `h1` in
    `header#banner`, the category menu with the active one marked, the title as the permalink
    in `h2.entry-title`, the post-info footer before the text (the `locale_date` in Pelican's
    default English format `Fri 04 February 2022` in a `time.published` with an ISO `datetime`
    in +07:00, a `time.modified` on some, `By` and the archive's account in `address.vcard`,
    `Category:` and `Tags:` links), the Markdown text (the sapo with its marker in bold, each
    picture in its own paragraph with the file name as `alt` and the caption as the italic
    paragraph under it, a raw `<iframe>`), the credit in bold and the source link after the
    text, per-tag `meta name="tags"`, the Atom feed links and the "Proudly powered by Pelican"
    footer."""
    moment = article.published
    shown = _pl_date(moment)
    captions = rehosted_captions(article, lambda i: _pl_image(article, i))
    cat = category_name(article)
    cat_slug = tag_slug(cat)
    link = f"{_PL}/{moment:%Y/%m}/{article.slug}.html"

    def image(img: Image, number: int) -> str:
        out = f'<p><img alt="{attr(image_stem(img))}" src="{attr(_pl_image(article, img))}"></p>'
        if img.caption:
            out += f"\n<p><em>{esc(img.caption)}</em></p>"
        return out

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<iframe width="560" height="315" src="https://www.youtube.com/embed/lsotv2022" frameborder="0" allowfullscreen></iframe>',
    )
    credit = shown_byline(article)
    if credit:
        body += f"\n<p><strong>{esc(credit)}</strong></p>"
    body += f'\n<p><em>Nguồn: <a href="{attr(url_of(article))}">Báo Lạng Sơn</a></em></p>'
    modified = ""
    if article.article_id % 2:
        later = moment + timedelta(days=3, hours=2)
        modified = f'\n    <time class="modified" datetime="{iso_vietnam(later)}">\n      {_pl_date(later)}\n    </time>'
    tags = ""
    if article.tags:
        tags = (
            '\n    <div class="tags">\n        Tags:\n'
            + "\n".join(
                f'            <a href="{_PL}/tag/{tag_slug(t)}.html">{esc(t)}</a>'
                for t in article.tags
            )
            + "\n    </div>"
        )
    tag_meta = "".join(f'\n      <meta name="tags" content="{attr(t)}" />' for t in article.tags)
    menu = "\n".join(
        f'          <li{_ACTIVE if c.key == article.category else ""}><a href="{_PL}/category/{tag_slug(c.name)}.html">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
        <meta charset="utf-8" />
        <meta name="generator" content="Pelican" />
        <title>{esc(article.title)}</title>
        <link rel="stylesheet" href="{_PL}/theme/css/main.css" />
        <link href="{_PL}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="Hội Nhà báo tỉnh Lạng Sơn Full Atom Feed" />
        <link href="{_PL}/feeds/{cat_slug}.atom.xml" type="application/atom+xml" rel="alternate" title="Hội Nhà báo tỉnh Lạng Sơn Categories Atom Feed" />

      <meta name="description" content="{attr(article.lead)}" />{tag_meta}

</head>

<body id="index" class="home">
        <header id="banner" class="body">
                <h1><a href="{_PL}/">Hội Nhà báo tỉnh Lạng Sơn <strong>Lưu trữ tác phẩm của hội viên</strong></a></h1>
        </header><!-- /#banner -->
        <nav id="menu"><ul>
          <li><a href="{_PL}/pages/gioi-thieu.html">Giới thiệu</a></li>
{menu}
        </ul></nav><!-- /#menu -->
<section id="content" class="body">
  <header>
    <h2 class="entry-title">
      <a href="{attr(link)}" rel="bookmark"
         title="Permalink to {attr(article.title)}">{esc(article.title)}</a></h2>
  </header>
  <footer class="post-info">
    <time class="published" datetime="{iso_vietnam(moment)}">
      {shown}
    </time>{modified}
    <address class="vcard author">
      By           <a class="url fn" href="{_PL}/author/ban-bien-tap.html">Ban Biên tập</a>
    </address>
    <div class="category">
        Category: <a href="{_PL}/category/{cat_slug}.html">{esc(cat)}</a>
    </div>{tags}
  </footer><!-- /.post-info -->
  <div class="entry-content">
    <p><strong>{esc(lead_text(article))}</strong></p>
{body}
  </div><!-- /.entry-content -->

</section>
        <footer id="contentinfo" class="body">
                <address id="about" class="vcard body">
                Proudly powered by <a rel="nofollow" href="https://getpelican.com/">Pelican</a>, which takes great advantage of <a rel="nofollow" href="https://www.python.org/">Python</a>.
                </address><!-- /#about -->
        </footer><!-- /#contentinfo -->
</body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("pelican_archive", article.article_id, url_of(article), page, record)


# --- 4. A Lạng Sơn specialty shop's Shopify blog (Dawn theme) reposting the article -------------

_SHOP = "https://dacsanxulang.vn"
_SHOP_FILES = "//cdn.shopify.com/s/files/1/0612/3456/7890/files"


def _shop_image(article: Article, img: Image) -> str:
    """The rich-text editor's protocol-relative address of an uploaded file, at 1024x1024."""
    return f"{_SHOP_FILES}/{image_stem(img)}_1024x1024.jpg?v={_epoch(article.published)}"


def _shop_date(moment: datetime) -> str:
    """Dawn's `time_tag: format: 'date'` (`%B %d, %Y`) with vi month names: `tháng 2 04, 2022`."""
    return f"tháng {moment.month} {moment:%d, %Y}"


def shopify_blog(article: Article) -> CorpusPage:
    """A Lạng Sơn specialty-food shop on Shopify with the Dawn theme, reposting the paper's
    article in its blog "Tin tức Xứ Lạng": the announcement bar, the header with the shop's
    menu, search, account and cart icons and the cart drawer, the `main-article` section
    (`article.article-template` with `itemscope` `BlogPosting`, the `h1` title, `time_tag` with
    the UTC `datetime` and the date as printed, the staff account in the `itemprop="author"`
    span, the `rte` body), the rich-text editor's output (the credit first as an italic line,
    the sapo with its marker in bold, text in `data-mce-fragment` spans with a pasted
    `<meta charset>`, pictures by protocol-relative CDN addresses with `_1024x1024`, the
    caption as the centred italic paragraph under each), the source line, the share button,
    "Quay lại blog", the comment form, a featured-products section with prices, the
    newsletter form and the "Được hỗ trợ bởi Shopify" footer. `og:` article meta without times;
    no section of the paper and no tags are shown."""
    moment = article.published
    shown = _shop_date(moment)
    captions = rehosted_captions(
        article, lambda i: urljoin(url_of(article), _shop_image(article, i))
    )
    utc = (moment - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    handle = f"/blogs/tin-tuc/{article.slug}"
    credit = shown_byline(article)

    def paragraph(text: str, number: int, count: int) -> str:
        return f'<p><span data-mce-fragment="1">{text}</span></p>'

    def image(img: Image, number: int) -> str:
        out = f'<p style="text-align: center;"><img src="{attr(_shop_image(article, img))}" alt="" style="float: none;" data-mce-fragment="1"></p>'
        if img.caption:
            out += f'\n<p style="text-align: center;"><em><span data-mce-fragment="1">{esc(img.caption)}</span></em></p>'
        return out

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank="<p> </p>",
        ad="",
        script='<div style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com/embed/lsotv2022" title="YouTube video player" frameborder="0" allowfullscreen=""></iframe></div>',
    )
    first = (
        f'<p><meta charset="utf-8"><em><span data-mce-fragment="1">{esc(credit)}</span></em></p>\n'
        if credit
        else '<meta charset="utf-8">'
    )
    products = "".join(
        f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__media"><img src="//dacsanxulang.vn/cdn/shop/products/{slug}.jpg?v=1690000000&amp;width=360" alt="{attr(name)}" loading="lazy" width="360" height="360"></div>'
        f'<div class="card__content"><h3 class="card__heading h5"><a href="/products/{slug}" class="full-unstyled-link">{esc(name)}</a></h3>'
        f'<div class="price"><span class="price-item price-item--regular">{price}</span></div></div></div></li>'
        for slug, name, price in (
            ("hoa-hoi-kho-500g", "Hoa hồi khô Văn Quan 500g", "185.000₫"),
            ("vit-quay-mac-mat", "Vịt quay lá mắc mật (nguyên con)", "420.000₫"),
            ("mac-mat-kho-200g", "Lá mắc mật khô 200g", "65.000₫"),
            ("banh-ngai-40-cai", "Bánh ngải Lạng Sơn (hộp 10 cái)", "90.000₫"),
        )
    )
    analytics = {
        "page": {
            "pageType": "article",
            "resourceType": "article",
            "resourceId": 558800000000 + article.article_id % 1000000,
        },
        "shopId": 61234567890,
        "currency": "VND",
    }
    page = f"""<!doctype html>
<html class="no-js" lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="{_SHOP}{attr(handle)}">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <link rel="icon" type="image/png" href="//dacsanxulang.vn/cdn/shop/files/favicon.png?crop=center&height=32&v=1680000000&width=32">
    <title>
      {esc(article.title)}
 &ndash; Đặc sản Xứ Lạng</title>
    <meta name="description" content="{attr(article.lead)}">

<meta property="og:site_name" content="Đặc sản Xứ Lạng">
<meta property="og:url" content="{_SHOP}{attr(handle)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{attr(article.lead)}"><meta property="og:image" content="http://dacsanxulang.vn/cdn/shop/files/logo-dac-san-xu-lang.png?v=1680000000">
  <meta property="og:image:secure_url" content="https://dacsanxulang.vn/cdn/shop/files/logo-dac-san-xu-lang.png?v=1680000000">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{attr(article.title)}">
    <script src="//dacsanxulang.vn/cdn/shop/t/3/assets/constants.js?v=58251544750838685771690000000" defer="defer"></script>
    <script src="//dacsanxulang.vn/cdn/shop/t/3/assets/global.js?v=149496944046504657681690000000" defer="defer"></script>
    <script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}}; window.ShopifyAnalytics.meta = {script_json(analytics)};</script>
    <script id="shopify-features" type="application/json">{{"accessToken":"{stable_digest("shop")}","betas":["rails"],"domain":"dacsanxulang.vn","predictiveSearch":true,"shopId":61234567890,"locale":"vi"}}</script>
    <link href="//dacsanxulang.vn/cdn/shop/t/3/assets/base.css?v=165191016556652226921690000000" rel="stylesheet" type="text/css" media="all" />
    <link href="//dacsanxulang.vn/cdn/shop/t/3/assets/section-blog-post.css?v=71353018891011431451690000000" rel="stylesheet" type="text/css" media="all" />
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">Chuyển đến nội dung</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Giỏ hàng của bạn" tabindex="-1"><div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content"><h2 class="cart__empty-text">Giỏ hàng của bạn đang trống</h2><a href="/collections/all" class="button">Tiếp tục mua sắm</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-announcement-bar" class="shopify-section announcement-bar-section"><div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Thông báo"><div class="page-width"><p class="announcement-bar__message center h5"><span>Miễn phí vận chuyển cho đơn hàng từ 500.000₫ trong tỉnh Lạng Sơn</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//dacsanxulang.vn/cdn/shop/files/logo-dac-san-xu-lang.png?v=1680000000&amp;width=600" alt="Đặc sản Xứ Lạng" width="180" height="60" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>Trang chủ</span></a></li><li><a href="/collections/all" class="header__menu-item list-menu__item link link--text focus-inset"><span>Sản phẩm</span></a></li><li><a href="/blogs/tin-tuc" class="header__menu-item list-menu__item link link--text focus-inset" aria-current="page"><span class="header__active-menu-item">Tin tức</span></a></li><li><a href="/pages/lien-he" class="header__menu-item list-menu__item link link--text focus-inset"><span>Liên hệ</span></a></li></ul></nav>
<div class="header__icons"><details-modal class="header__search"><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Tìm kiếm"></summary></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Đăng nhập</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Giỏ hàng</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--19551234__main" class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><header class="page-width page-width--narrow">
        <h1 class="article-template__title" itemprop="headline">{esc(article.title)}</h1><span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="{utc}">{shown}</time></span><span class="caption-with-letter-spacing" itemprop="author">Hoàng Thị Mai</span>
      </header>
      <div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
{first}<p><strong><span data-mce-fragment="1">{esc(lead_text(article))}</span></strong></p>
{body}
<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>
      </div><div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--19551234__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Chia sẻ</button><details id="Details-share-template--19551234__main"><summary class="share-button__button">Chia sẻ</summary><div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden">Liên kết</span><input type="text" class="field__input" id="ShareUrl-template--19551234__main" value="{_SHOP}{attr(handle)}" placeholder="Liên kết" onclick="this.select();" readonly></div><button class="share-button__copy focus-inset">Sao chép liên kết</button></div></details></share-button>
        </div><div class="article-template__back element-margin-top center">
      <a href="/blogs/tin-tuc" class="article-template__link link animate-arrow">Quay lại blog</a>
    </div><div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><form method="post" action="{attr(handle)}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment" /><input type="hidden" name="utf8" value="✓" /><h2>Để lại bình luận</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Tên"><label class="field__label" for="CommentForm-author">Tên <span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Bình luận"></textarea><label class="form__label field__label" for="CommentForm-body">Bình luận <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Xin lưu ý, bình luận cần được phê duyệt trước khi được đăng.</p><input type="submit" class="button" value="Đăng bình luận"></form></div></div></article></section>
<section id="shopify-section-template--19551234__featured_collection" class="shopify-section section"><div class="collection page-width"><h2 class="title inline-richtext h2">Sản phẩm nổi bật</h2><ul class="grid product-grid grid--4-col-desktop" role="list">{products}</ul></div></section>
</main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><h2 class="footer-block__heading">Đăng ký nhận bản tin</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Đăng ký">→</button></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Đặc sản Xứ Lạng</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Được hỗ trợ bởi Shopify</a></small></div></div></div></footer></div>
  </body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions, tags=False)
    record["category"] = None
    return CorpusPage("shopify_blog", article.article_id, url_of(article), page, record)


# --- 5. baolangson.vn on a provincial papers' vendor template after Báo Quảng Ninh's -----------

_GREY = "/assets/images/grey.gif"


def quangninh_like(article: Article) -> CorpusPage:
    """baolangson.vn on the template a vendor builds for provincial papers, after Báo Quảng
    Ninh's: a top bar with the solar and lunar today dates, the weather in the province's towns
    and the language links, the logo and a menu with Multimedia and the e-paper, a breadcrumb of
    the section and (on older articles) the subsection, the `h1`, the time row `09:56
    04/02/2022` with the read-aloud player and the text-size buttons, the sapo (with its
    marker) in `h2.sapo`, the body (pictures lazy-loaded by jQuery lazyload behind a grey
    placeholder, `data-original` the real address, in `table.image` boxes with the caption in
    `td.image_desc`; an inline related box after the second paragraph; a video tag), the credit
    as a right-aligned bold paragraph, "Từ khóa" tags, "Tin cùng chuyên mục" and "Đọc nhiều"
    with times, and the comment form. JSON-LD: `NewsArticle` with ISO `datePublished` and a
    later `dateModified`, and a `BreadcrumbList`."""
    moment = article.published
    shown = f"{moment:%H:%M} {dmy(moment)}"
    cat = category_name(article)
    sub = subcategory_name(article)
    section = f"/{tag_slug(cat)}"
    inline = others(article, 2, turn=2203)

    def image(img: Image, number: int) -> str:
        cap = (
            f'\n<tr><td class="image_desc"><p>{esc(img.caption)}</p></td></tr>'
            if img.caption
            else ""
        )
        return (
            f'<table class="image center" align="center" border="0" cellpadding="0" cellspacing="0"><tbody>\n'
            f'<tr><td><img class="lazy" src="{_GREY}" data-original="{attr(image_src(img))}" alt="{attr(img.caption or "")}" width="700"></td></tr>{cap}\n'
            "</tbody></table>"
        )

    def after(number: int, count: int) -> str:
        if number != 2 or count < 4:
            return ""
        links = "".join(f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>' for o in inline)
        return f'<div class="related-inline"><p class="related-title">Tin liên quan</p><ul>{links}</ul></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad=f'<div class="ads-inread" id="inread-{article.article_id}"></div>',
        script=f'<div class="video-content"><video controls preload="none" poster="https://media.baolangson.vn/video/{article.article_id}/poster.jpg" src="https://media.baolangson.vn/video/{article.article_id}/clip.mp4"></video></div>',
        after=after,
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p class="author" style="text-align: right;"><strong>{esc(credit)}</strong></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags-detail"><span class="tags-label"><i class="icon-tag"></i> Từ khóa:</span> '
            + "".join(
                f'<a href="/tags/{tag_slug(t)}.html" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    crumbs = f'<li><a href="{attr(section)}">{esc(cat)}</a></li>'
    if sub:
        crumbs += (
            f'<li><a href="{attr(section)}/{attr(article.subcategory or "")}">{esc(sub)}</a></li>'
        )
    same = "".join(
        f'<li><a href="{attr(o.path)}"><img class="lazy" src="{_GREY}" data-original="https://media.baolangson.vn/thumb/{o.article_id}_300x200.jpg" alt="">{esc(o.title)}</a><span class="time">{o.published:%H:%M} {dmy(o.published)}</span></li>'
        for o in others(article, 5, turn=2207)
    )
    most = "".join(
        f'<li><span class="num">{n}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=2213), 1)
    )
    nav = section_menu(
        lambda k: f"/{tag_slug(content().category(k).name)}", '<li><a href="{href}">{name}</a></li>'
    )
    trail = [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": BASE + "/"}]
    trail.append({"@type": "ListItem", "position": 2, "name": cat, "item": BASE + section})
    if sub:
        trail.append(
            {
                "@type": "ListItem",
                "position": 3,
                "name": sub,
                "item": f"{BASE}{section}/{article.subcategory}",
            }
        )
    data = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
            "headline": article.title,
            "description": article.lead,
            "image": {
                "@type": "ImageObject",
                "url": image_src(article.images[0])
                if article.images
                else f"{BASE}/assets/images/logo-share.jpg",
            },
            "datePublished": iso_vietnam(moment),
            "dateModified": iso_vietnam(moment + timedelta(hours=5, minutes=12)),
            "author": {"@type": "Organization", "name": "Báo Lạng Sơn"},
            "publisher": {
                "@type": "Organization",
                "name": "Báo Lạng Sơn",
                "logo": {"@type": "ImageObject", "url": f"{BASE}/assets/images/logo.png"},
            },
        },
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": trail},
    ]
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)} | Báo Lạng Sơn điện tử</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta name="news_keywords" content="{attr(", ".join(article.tags))}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:image" content="{attr(image_src(article.images[0]) if article.images else BASE + "/assets/images/logo-share.jpg")}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link rel="stylesheet" href="/assets/css/style.min.css?v=3.2.7" />
<script type="application/ld+json">{script_json(data)}</script>
<script src="/assets/js/jquery-1.12.4.min.js"></script>
<script src="/assets/js/jquery.lazyload.min.js"></script>
</head>
<body>
<div id="topbar"><div class="wrap">
<div class="date-today">{weekday(SERVED)}, {_TODAY} <span class="lunar">(15/10 năm Bính Ngọ)</span></div>
<div class="weather"><select id="weather-city"><option value="ls">TP. Lạng Sơn</option><option value="dd">Đồng Đăng</option><option value="ms">Mẫu Sơn</option></select> <span class="temp">17°C</span> <span class="humid">Độ ẩm 78%</span></div>
<div class="langs"><a href="/en">English</a> | <a href="/cn">中文</a> | <a href="/rss">RSS</a></div>
</div></div>
<div id="header"><div class="wrap"><a class="logo" href="/"><img src="/assets/images/logo.png" alt="Báo Lạng Sơn điện tử" /></a><div class="hotline">Đường dây nóng: <b>0205.3812.345</b></div><form class="search" action="/tim-kiem.html"><input type="text" name="keywords" placeholder="Tìm kiếm" /></form></div></div>
<div id="menu"><div class="wrap"><ul class="main-nav"><li class="home"><a href="/"><i class="icon-home"></i></a></li>{nav}<li><a href="/multimedia">Multimedia</a></li><li><a href="/bao-in">Báo in</a></li></ul></div></div>
<div id="main"><div class="wrap">
<div class="col-left">
<ul class="breadcrumbs">{crumbs}</ul>
<div class="detail-article">
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="box-date"><span class="post-time"><i class="icon-clock"></i> {shown}</span>
<div class="tool-detail"><a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-up">A+</a> <a href="javascript:window.print()" class="print">In</a></div></div>
<div class="audio-player"><span>Nghe đọc bài:</span> <audio controls preload="none" src="https://media.baolangson.vn/tts/{article.article_id}.mp3"></audio></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="content-detail" id="content-detail">
{body}
</div>
{tags}
<div class="share-detail"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" class="fb">Facebook</a> <a href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}" target="_blank" class="zalo">Zalo</a></div>
</div>
<div class="comment-box"><h3>Bình luận (0)</h3><form action="/binh-luan/gui.html" method="post"><input type="hidden" name="news_id" value="{article.article_id}" /><textarea name="content" placeholder="Mời bạn để lại bình luận..."></textarea><input type="text" name="fullname" placeholder="Họ tên" /><input type="text" name="email" placeholder="Email" /><button type="submit">Gửi bình luận</button></form></div>
<div class="box-same-cate"><h3 class="title-box"><a href="{attr(section)}">Tin cùng chuyên mục</a></h3><ul>{same}</ul></div>
</div>
<div class="col-right">
<div class="box-most-read"><h3 class="title-box">Đọc nhiều</h3><ol>{most}</ol></div>
<div class="box-epaper"><a href="/bao-in"><img src="/assets/images/bao-in-so-moi.jpg" alt="Báo in số mới" /></a></div>
</div>
</div></div>
<div id="footer"><div class="wrap">
<p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p>
<p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 45/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</p>
<p>Tòa soạn: Số 02 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p>
</div></div>
<script>$(function () {{ $("img.lazy").lazyload({{ effect: "fadeIn" }}); }});</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds")
    return CorpusPage("quangninh_like", article.article_id, url_of(article), page, record)


MARKUPS_V: dict[str, Renderer] = {
    "sitefinity_news": sitefinity_news,
    "weebly_repost": weebly_repost,
    "pelican_archive": pelican_archive,
    "shopify_blog": shopify_blog,
    "quangninh_like": quangninh_like,
}
