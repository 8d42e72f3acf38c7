# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set L: the eleventh held-out set (scored once sealed at 94.6 %), now tuned on.

Written from what Vietnamese news systems emit, without reading the parsers: a district
portal on NukeViet 4 (the most common CMS of Vietnamese government sites) reposting the paper's
article, the article as the Báo Mới aggregator reposts it, a capture of the article page (two
days after publication) as the Wayback Machine replays it (toolbar, rewritten links and image
addresses), a plausible redesign of baolangson.vn as a SvelteKit app, and the provincial
journalists' association site on Django/Wagtail reposting the article as a StreamField page.
The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with seconds in a meta, microdata, JSON-LD or `datetime`, even in UTC, counts; a
non-ISO meta value does not; none when the page gives no time), `byline` the credit as shown
(without a field label such as `Tác giả bài viết:` or `Tác giả:`, never a source line such as
`Nguồn tin: Báo Lạng Sơn`, nor the source named as JSON-LD author), `authors` the names in it,
`tags` only the tags the page shows (a `#` drawn before a topic chip is not part of the tag),
`category` the top-level section, a caption's `image_url` the address in the `<img src>` the
page serves (the replayed `im_` address on the Wayback page, the rendition on Wagtail) and its
`text` the caption as printed.

Where a page shows only the authors' names (the Wagtail author snippets), the byline is those
names as shown. The masthead's today date, the portal's visitor counters, the aggregator's
relative times, the Wayback capture time and calendar, the archived page's own "today" date,
the "Cập nhật" time, readers' comment times and the dates of other articles are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import json
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
    image_src,
    image_stem,
    lead_text,
    linked_credit,
    others,
    rehosted_captions,
    script_json,
    shown_byline,
    subcategory_name,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import LEGACY_WEEKDAYS, author_name, clean, iso_vietnam
from tests.site.model import Article, Image


def _utc_iso(moment: datetime, millis: bool = True) -> str:
    """A Vietnam local time in UTC: `2022-02-04T02:56:32.000Z` (or without milliseconds)."""
    shifted = moment - timedelta(hours=7)
    return f"{shifted:%Y-%m-%dT%H:%M:%S}" + (".000Z" if millis else "Z")


def _lower_weekday(moment: datetime) -> str:
    """PHP `l` in a Vietnamese language pack: `Thứ sáu`."""
    return LEGACY_WEEKDAYS[moment.weekday()]


# --- 1. A district portal on NukeViet 4 reposting the article ------------------------------------


def _nv_upload(article: Article, img: Image) -> str:
    """Where NukeViet's news module keeps an uploaded picture (site-relative)."""
    return f"/uploads/news/{article.published:%Y_%m}/{image_file(img)}"


def nukeviet_portal(article: Article) -> CorpusPage:
    """ "Cổng thông tin điện tử huyện Cao Lộc" on NukeViet 4 (theme `default`), reposting the
    paper's article in its news module: the header date `Thứ hai, 23/11/2026`, the horizontal
    menu, `ul.breadcrumbs` (Trang nhất › Tin tức › section), then `detail.tpl`: the
    `news_column` panel with microdata (`itemprop="headline"`, hidden spans for author,
    `datePublished` and `dateModified` in ISO 8601), the date as `span.h5` in NukeViet's
    `l - d/m/Y H:i` (`Thứ sáu - 04/02/2022 09:56`), the email/print/save icons, the hometext
    (with the marker) in `div.hometext`, `#news-bodyhtml` from CKEditor 4 (justified
    paragraphs, `figure.image` with `figcaption` from the image2 plugin, uncaptioned pictures
    centred in a paragraph), the author and source as right-aligned `p.h5` with bold labels,
    the "Từ khóa" panel, the star rating, "Những tin mới hơn"/"Những tin cũ hơn" with dates,
    the comment form with a captcha, the visitor counters and NukeViet's famous
    `article:published_time` written with the time zone name in place of the `T`."""
    moment = article.published
    shown = f"{_lower_weekday(moment)} - {dmy(moment)} {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: BASE + _nv_upload(article, i))

    def image(img: Image, number: int) -> str:
        src = attr(_nv_upload(article, img))
        if img.caption:
            return f'<figure class="image" style="display:inline-block"><img alt="{attr(img.caption)}" height="467" src="{src}" width="700" />\n<figcaption>{esc(img.caption)}</figcaption>\n</figure>'
        return f'<p style="text-align:center"><img alt="{attr(image_file(img))}" height="467" src="{src}" width="700" /></p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p style="text-align:center"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/lsotv2022" width="640"></iframe></p>',
    )
    credit = shown_byline(article) or ""
    author = (
        f'<p class="h5 text-right">\n\t<strong>Tác giả bài viết: </strong>{esc(credit)}\n</p>'
        if credit
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(
                f'<a title="{attr(t)}" href="/news/tag/{tag_slug(t)}"><em>{esc(t)}</em></a>'
                for t in article.tags
            )
            + "</div></div></div>"
        )
    newer = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/{attr(o.category)}/{attr(o.slug)}-{o.article_id % 100000}.html" title="{attr(o.title)}">{esc(o.title)}</a><em> ({dmy(o.published)})</em></li>'
        for o in others(article, 3, turn=503)
    )
    older = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/{attr(o.category)}/{attr(o.slug)}-{o.article_id % 100000}.html" title="{attr(o.title)}">{esc(o.title)}</a><em> ({dmy(o.published)})</em></li>'
        for o in others(article, 4, turn=509)
    )
    nav = "".join(
        f'<li><a title="{attr(c.name)}" href="/news/{attr(c.key)}/">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    votes = article.article_id % 7 + 2
    nvid = article.article_id % 100000
    page = f"""<!DOCTYPE html>
    <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
    <head>
<title>{esc(article.title)} - Tin tức - Cổng thông tin điện tử huyện Cao Lộc</title>
<meta name="description" content="{attr(lead_text(article)[:160])}">
<meta name="keywords" content="{attr(", ".join(t.lower() for t in article.tags))}">
<meta name="news_keywords" content="{attr(", ".join(t.lower() for t in article.tags))}">
<meta name="author" content="Cổng thông tin điện tử huyện Cao Lộc">
<meta name="copyright" content="Cổng thông tin điện tử huyện Cao Lộc [webmaster@caoloc.langson.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{attr(lead_text(article)[:160])}">
<meta property="og:site_name" content="Cổng thông tin điện tử huyện Cao Lộc">
<meta property="og:image" content="https://caoloc.langson.gov.vn/assets/news/{moment:%Y_%m}/{attr(article.slug)}.jpg">
<meta property="og:url" content="https://caoloc.langson.gov.vn/news/{attr(article.category)}/{attr(article.slug)}-{nvid}.html">
<meta property="article:published_time" content="{moment:%Y-%m-%d}ICT{moment:%H:%M:%S}">
<meta property="article:modified_time" content="{moment:%Y-%m-%d}ICT{moment:%H:%M:%S}">
<meta property="article:section" content="{attr(category_name(article))}">
{"".join(f'<meta property="article:tag" content="{attr(t.lower())}">' for t in article.tags)}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="https://caoloc.langson.gov.vn/news/{attr(article.category)}/{attr(article.slug)}-{nvid}.html">
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<style type="text/css">.news_column .hometext{{font-weight:bold}}</style>
    </head>
    <body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
    <header>
        <div class="container">
            <div id="header" class="row">
                <div class="logo col-xs-24 col-sm-24 col-md-8">
                    <a title="Cổng thông tin điện tử huyện Cao Lộc" href="/"><img src="/uploads/logo-caoloc.png" alt="Cổng thông tin điện tử huyện Cao Lộc"></a>
                    <span class="site_name">Cổng thông tin điện tử huyện Cao Lộc</span>
                    <span class="site_description">Ủy ban nhân dân huyện Cao Lộc, tỉnh Lạng Sơn</span>
                </div>
                <div class="col-xs-24 col-sm-24 col-md-16"><div class="current-time">{LEGACY_WEEKDAYS[SERVED.weekday()]}, {SERVED:%d/%m/%Y}</div></div>
            </div>
        </div>
    </header>
    <nav class="second-nav" id="menusite">
        <div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse" id="menu-site-default"><ul class="nav navbar-nav"><li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li><li><a href="/about/" title="Giới thiệu">Giới thiệu</a></li><li class="active dropdown"><a class="dropdown-toggle" href="/news/" title="Tin tức">Tin tức</a><ul class="dropdown-menu">{nav}</ul></li><li><a href="/laws/" title="Văn bản">Văn bản</a></li><li><a href="/contact/" title="Liên hệ">Liên hệ</a></li></ul></div></div>
        </div></div></div>
    </nav>
    <section>
        <div class="container" id="body">
            <nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display">
<ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin tức"><span class="txt" itemprop="name">Tin tức</span></a><i class="hidden" itemprop="position" content="2"></i></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/news/{attr(article.category)}/" itemprop="item" title="{attr(category_name(article))}"><span class="txt" itemprop="name">{esc(category_name(article))}</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul>
</div></div></div><div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span></div></div></div></div></div></nav>
            <div class="row">
                <div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">{esc(article.title)}</h1>
        <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{esc(credit or "Cổng thông tin điện tử huyện Cao Lộc")}</span></div>
        <span class="hidden hide d-none" itemprop="datePublished">{iso_vietnam(moment)}</span>
        <span class="hidden hide d-none" itemprop="dateModified">{iso_vietnam(moment)}</span>
        <span class="hidden hide d-none" itemprop="description"></span>
        <span class="hidden hide d-none" itemprop="mainEntityOfPage">https://caoloc.langson.gov.vn/news/{attr(article.category)}/{attr(article.slug)}-{nvid}.html</span>
        <span class="hidden hide d-none" itemprop="image">https://caoloc.langson.gov.vn/assets/news/{moment:%Y_%m}/{attr(article.slug)}.jpg</span>
        <div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">Cổng thông tin điện tử huyện Cao Lộc</span><span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope><span itemprop="url">https://caoloc.langson.gov.vn/uploads/logo-caoloc.png</span></span></div>
        <div class="row margin-bottom-lg">
            <div class="col-md-12">
                <span class="h5">{shown}</span>
            </div>
            <div class="col-md-12">
                <ul class="list-inline text-right">
                    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/{attr(article.category)}/{attr(article.slug)}-{nvid}.html','',650,500,'resizable=no,scrollbars=no,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/news/print/{attr(article.category)}/{attr(article.slug)}-{nvid}.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/{attr(article.category)}/{attr(article.slug)}-{nvid}.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
                </ul>
            </div>
        </div>
        <div class="clearfix">
            <div class="hometext m-bottom" itemprop="description">{esc(lead_text(article))}</div>
        </div>
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
        </div>
        <div class="margin-bottom-lg">
            {author}
            <p class="h5 text-right">
                <strong>Nguồn tin: </strong>Báo Lạng Sơn
            </p>
        </div>
    </div>
</div>
{tags}
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {votes * 4} trong {votes} đánh giá</p><div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p>
<div class="clearfix"><ul class="related list-items">{newer}</ul></div>
<p class="h3"><strong>Những tin cũ hơn</strong></p>
<div class="clearfix"><ul class="related list-items">{older}</ul></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg"><h3 class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</h3><form method="post" role="form" target="submitcommentarea" action="/comment/post/" onsubmit="return nv_commment_buildata(this, 'comment', 'news', {nvid});"><div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" value="" class="form-control" placeholder="Tên của bạn"/></div><div class="col-xs-12"><input type="email" name="email" value="" class="form-control" placeholder="Email của bạn"/></div></div></div><div class="form-group"><textarea class="form-control" style="width: 100%" name="content" cols="20" rows="5"></textarea></div><div class="form-group clearfix"><div class="row"><label class="col-xs-24 col-sm-4 control-label">Mã bảo mật</label><div class="col-xs-12 col-sm-8"><img class="captchaImg display-inline-block" src="/index.php?scaptcha=captcha&amp;t=1700712000" height="32" alt="Mã bảo mật" title="Mã bảo mật"/><em class="fa fa-pointer fa-refresh margin-left margin-right" title="Thay mới" onclick="change_captcha('.bsec');"></em></div><div class="col-xs-12"><input type="text" class="form-control bsec" maxlength="6" value="" name="code"/></div></div></div><div class="form-group text-center"><input type="button" value="Thiết lập lại" class="reset btn btn-default" /> <input type="submit" value="Gửi bình luận" class="btn btn-primary" /></div></form></div></div></div>
                </div>
                <div class="col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul class="list-none">{"".join(f'<li class="clearfix"><a title="{attr(o.title)}" href="/news/{attr(o.category)}/{attr(o.slug)}-{o.article_id % 100000}.html">{esc(o.title)}</a></li>' for o in others(article, 5, turn=521))}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>{article.article_id % 40 + 11}</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.{article.article_id % 900 + 100}</span></li><li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>48.{article.article_id % 900 + 100}</span></li><li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.345.{article.article_id % 900 + 100}</span></li></ul></div></div>
                </div>
            </div>
        </div>
    </section>
</div>
<footer id="footer" class="footer-nav">
    <div class="wraper"><div class="container"><div class="row">
        <div class="col-xs-24 col-sm-24 col-md-12"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Cao Lộc</p><p>Địa chỉ: Khối 7, thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn - Điện thoại: 0205.3861.234</p><p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Cao Lộc" khi phát hành lại thông tin từ website này.</p></div>
        <div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về <a href="/">Cổng thông tin điện tử huyện Cao Lộc</a>.&nbsp; Mọi quyền được bảo lưu.</span></div><div class="theme-change"><span title="Chế độ giao diện đang hiển thị: Tự động"><em class="fa fa-random fa-lg"></em></span></div><div class="bttop"><a class="pointer"><em class="fa fa-eject fa-lg"></em></a></div><p>Powered by <a href="https://nukeviet.vn/" target="_blank">NukeViet</a></p></div>
    </div></div></div>
</footer>
</div>
<div id="cookie-notice" class="cookie-notice">Website sử dụng cookie để cải thiện trải nghiệm người dùng. Tiếp tục sử dụng website đồng nghĩa với việc bạn đồng ý. <button type="button" class="btn btn-primary btn-xs" onclick="cookie_notice_hide()">Đồng ý</button></div>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Sh3Qk",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="/themes/default/js/main.js"></script>
    </body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("nukeviet_portal", article.article_id, url_of(article), page, record)


# --- 2. The article as the Báo Mới aggregator reposts it -----------------------------------------


def _bm_photo(article: Article, img: Image) -> str:
    """Where the aggregator's CDN serves a picture it copied (resized to 700 px)."""
    return f"https://photo-baomoi.bmcdn.me/w700_r1/{article.published:%Y_%m_%d}_29_{article.article_id % 10**8:08d}/{image_file(img)}"


def baomoi_repost(article: Article) -> CorpusPage:
    """A Báo Mới-style aggregator page (a Next.js app with CSS-module class names): the
    aggregator's top bar with today's date and weather, its own section menu, the section
    chip, `h1`, the source bar (the paper's logo, its short name "Lạng Sơn", the time
    `4/2/2022 09:56` in a `<time>` whose `datetime` is UTC, a "Theo dõi" button), the sapo
    (with the paper's marker) as an `h3`, the copied body (`p.body-text`, pictures re-hosted on
    the aggregator's CDN in `figure.body-image` with `figcaption`, no `alt`), the credit as the
    last right-aligned bold paragraph, the "Nguồn Lạng Sơn:" link to the original, keyword
    chips, "Tin liên quan" and "Tin cùng chuyên mục" with sources and relative times, the app
    banner and `__NEXT_DATA__`. JSON-LD names the source, an organisation, as the author and
    gives `datePublished` with seconds."""
    moment = article.published
    shown = f"{moment.day}/{moment.month}/{moment.year} {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _bm_photo(article, i))

    def image(img: Image, number: int) -> str:
        src = attr(_bm_photo(article, img))
        cap = (
            f'<figcaption class="body-text">{esc(img.caption)}</figcaption>' if img.caption else ""
        )
        return f'<figure class="body-image"><img class="bm_BJ" src="{src}" width="700" height="467" alt="" loading="lazy" decoding="async">{cap}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f'<p class="body-text">{text}</p>',
        image,
        blank="",
        ad="",
        script='<div class="body-video"><div class="bm_AN" data-video-src="https://video-baomoi.bmcdn.me/lsotv2022.mp4"></div></div>',
    )
    credit = shown_byline(article)
    credit_p = f'<p class="body-text right"><strong>{esc(credit)}</strong></p>' if credit else ""
    epi = 4150000 + article.article_id % 100000
    keywords = ""
    if article.tags:
        keywords = (
            '<div class="bm_Ck keyword"><span class="bm_Aa">Từ khóa:</span>'
            + "".join(
                f'<a class="bm_Z" href="/tag/{attr(t.replace(" ", "-"))}.epi">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )

    def story(o: Article, hours: int) -> str:
        return (
            f'<div class="bm_S bm_story"><a class="bm_story-thumb" href="/c/{4150000 + o.article_id % 100000}.epi"><img src="https://photo-baomoi.bmcdn.me/w300_r3x2/{o.published:%Y_%m_%d}_29_{o.article_id % 10**8:08d}/thumb.jpg" alt="{attr(o.title)}"></a>'
            f'<h4 class="bm_story-heading"><a href="/c/{4150000 + o.article_id % 100000}.epi" title="{attr(o.title)}">{esc(o.title)}</a></h4>'
            f'<div class="bm_story-meta"><a class="bm_source" href="/nguon/baolangson.epi">Lạng Sơn</a><time class="bm_friendly-time">{hours} giờ</time></div></div>'
        )

    related = "".join(story(o, n + 2) for n, o in enumerate(others(article, 4, turn=601)))
    same = "".join(story(o, n + 5) for n, o in enumerate(others(article, 5, turn=607)))
    menu = "".join(
        f'<li class="bm_M"><a href="/{name[1]}.epi">{name[0]}</a></li>'
        for name in (
            ("Thế giới", "the-gioi"),
            ("Xã hội", "xa-hoi"),
            ("Văn hóa", "van-hoa"),
            ("Kinh tế", "kinh-te"),
            ("Giáo dục", "giao-duc"),
            ("Thể thao", "the-thao"),
            ("Giải trí", "giai-tri"),
            ("Pháp luật", "phap-luat"),
            ("Công nghệ", "khoa-hoc-cong-nghe"),
            ("Đời sống", "doi-song"),
        )
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"https://baomoi.com/c/{epi}.epi"},
        "headline": article.title,
        "description": article.lead,
        "image": [_bm_photo(article, i) for i in article.images][:1],
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment),
        "author": {
            "@type": "Organization",
            "name": "Lạng Sơn",
            "url": "https://baomoi.com/nguon/baolangson.epi",
        },
        "publisher": {
            "@type": "Organization",
            "name": "Báo Mới",
            "logo": {
                "@type": "ImageObject",
                "url": "https://baomoi-static.bmcdn.me/web/styles/img/logo-baomoi.png",
            },
        },
    }
    next_data = {
        "props": {
            "pageProps": {
                "resp": {
                    "data": {
                        "content": {
                            "id": epi,
                            "title": article.title,
                            "description": lead_text(article),
                            "date": int(
                                (moment - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds()
                            ),
                            "publisherId": 29,
                            "publisherName": "Lạng Sơn",
                            "url": url_of(article),
                            "zone": category_name(article),
                        }
                    }
                }
            }
        },
        "page": "/c/[id]",
        "query": {"id": f"{epi}.epi"},
        "buildId": "Bm7q3vH0cXw1YzT2",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(article.title)}</title><meta name="description" content="{attr(article.lead)}"/><meta property="og:site_name" content="Báo Mới"/><meta property="og:type" content="article"/><meta property="og:title" content="{attr(article.title)}"/><meta property="og:description" content="{attr(article.lead)}"/><meta property="og:url" content="https://baomoi.com/c/{epi}.epi"/><meta property="og:image" content="{attr(_bm_photo(article, article.images[0]) if article.images else "https://baomoi-static.bmcdn.me/web/styles/img/og-baomoi.png")}"/><link rel="canonical" href="https://baomoi.com/c/{epi}.epi"/><link rel="amphtml" href="https://baomoi.com/c/{epi}.epi?amp=1"/><meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/6f4b7c1a2e9d3b05.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6f4b7c1a2e9d3b05.css" data-n-g=""/><script type="application/ld+json">{script_json(ld)}</script></head><body><div id="__next"><div class="bm_Ar">
<div class="bm_Ah top-bar"><div class="bm_container"><span class="bm_Ad">{weekday(SERVED)}, {SERVED:%d/%m/%Y}</span><span class="bm_weather">Hà Nội 19°C</span><a class="bm_app" href="https://baomoi.com/app">Tải ứng dụng</a><a class="bm_login" href="/dang-nhap">Đăng nhập</a></div></div>
<header class="bm_Y header"><div class="bm_container"><a class="bm_logo" href="/"><img src="https://baomoi-static.bmcdn.me/web/styles/img/logo-baomoi.png" alt="Báo Mới"></a><nav class="bm_Q"><ul class="bm_L"><li class="bm_M"><a href="/">Nóng</a></li><li class="bm_M"><a href="/tin-moi.epi">Mới</a></li>{menu}</ul></nav></div></header>
<main class="bm_C bm_container"><div class="bm_AJ"><div class="bm_Ab">
<div class="bm_B breadcrumb"><a class="bm_Bc" href="/{attr(article.category)}.epi">{esc(category_name(article))}</a></div>
<div class="bm_FJ article">
<h1 class="bm_E">{esc(article.title)}</h1>
<div class="bm_As bm_source-bar"><a class="bm_AS" href="/nguon/baolangson.epi"><img class="bm_AU" src="https://photo-baomoi.bmcdn.me/source/29/logo-baolangson.png" alt="Lạng Sơn" height="20"></a><a class="bm_Bd" href="/nguon/baolangson.epi">Lạng Sơn</a><span class="bm_Dot">•</span><time class="bm_Ds" datetime="{_utc_iso(moment)}">{shown}</time><button class="bm_Fm" type="button">Theo dõi</button></div>
<h3 class="bm_Au sapo">{esc(lead_text(article))}</h3>
<div class="bm_Ay body">
{body}
{credit_p}
</div>
<div class="bm_Hf source-link"><a class="bm_Hg" href="{attr(url_of(article))}" target="_blank" rel="nofollow noopener">Nguồn Lạng Sơn: {esc(url_of(article))}</a><a class="bm_report" href="#bao-loi">Báo lỗi</a></div>
{keywords}
<div class="bm_share"><button type="button">Chia sẻ Facebook</button><button type="button">Zalo</button><button type="button">Sao chép liên kết</button></div>
</div>
<section class="bm_Ao"><h3 class="bm_Ap">Tin liên quan</h3><div class="bm_stories">{related}</div></section>
<section class="bm_Ao"><h3 class="bm_Ap">Tin cùng chuyên mục</h3><div class="bm_stories">{same}</div></section>
</div>
<aside class="bm_AK"><div class="bm_app-banner"><img src="https://baomoi-static.bmcdn.me/web/styles/img/app-banner.png" alt="Đọc báo nhanh hơn trên ứng dụng Báo Mới"></div><div class="bm_hot"><h3 class="bm_Ap">Tin nóng</h3>{"".join(story(o, n + 1) for n, o in enumerate(others(article, 3, turn=613)))}</div></aside>
</div></main>
<footer class="bm_footer"><div class="bm_container"><p>Cơ quan chủ quản: Công ty Cổ phần Công nghệ EPI</p><p>Giấy phép số 3491/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 06/07/2018</p><p>Báo Mới không chịu trách nhiệm về nội dung các bài viết được tổng hợp từ các cơ quan báo chí.</p></div></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{script_json(next_data)}</script><script src="/_next/static/chunks/webpack-7c1e9a2b4d3f5e60.js" defer=""></script><script src="/_next/static/chunks/pages/c/%5Bid%5D-3a9f8e7d6c5b4a30.js" defer=""></script></body></html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("baomoi_repost", article.article_id, url_of(article), page, record)


# --- 3. A 2022 capture of the article, as the Wayback Machine replays it --------------------------


def _capture(article: Article) -> datetime:
    """When the crawler captured the page (UTC): two days after publication."""
    return (article.published + timedelta(days=2)).replace(hour=3, minute=15, second=30)


def _wb(ts: str, address: str, flag: str = "") -> str:
    """A replay address: the capture time, a rewrite flag (`im_`, `cs_`, `js_`), the original."""
    return f"https://web.archive.org/web/{ts}{flag}/{address}"


def wayback_replay(article: Article) -> CorpusPage:
    """The article page as captured two days after publication and replayed by the Wayback
    Machine (images at `im_` addresses, the alt text the title): the
    playback scripts and banner styles injected at the top of `<head>`, the toolbar between
    `<!-- BEGIN WAYBACK TOOLBAR INSERT -->` and its end mark (the URL box, the capture count
    and range, a month/year calendar, "About this capture" with its collection and
    timestamps), then the captured page with every link, stylesheet and picture rewritten to
    `web.archive.org/web/<timestamp>[im_|cs_|js_]/…` (the canonical link too): the captured
    day's masthead date, the breadcrumb, `h1.detail-title`, the date line
    `Thứ sáu, 04/02/2022 - 09:56`, the sapo (with its marker), the body (justified paragraphs
    wrapped in the editor's inline-styled font spans) with pictures in
    `div.photo-box` and captions in `div.photo-desc`, the credit at its end, tags, "Tin cùng
    chuyên mục" with dates, and the archive's closing comment (archived and retrieved times,
    playback timings). The captured page's JSON-LD gives `datePublished` with seconds."""
    moment = article.published
    cap = _capture(article)
    ts = f"{cap:%Y%m%d%H%M%S}"
    local_day = cap + timedelta(hours=7)
    shown = f"{_lower_weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _wb(ts, image_src(i), "im_"))

    def link(path: str) -> str:
        return attr(_wb(ts, BASE + path))

    def image(img: Image, number: int) -> str:
        src = attr(_wb(ts, image_src(img), "im_"))
        cap_ = f'<div class="photo-desc">{esc(img.caption)}</div>' if img.caption else ""
        return f'<div class="photo-box"><img src="{src}" alt="{attr(article.title)}" class="img-responsive">{cap_}</div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: (
            '<p style="text-align: justify;"><span style="font-size:14px;">'
            f'<span style="font-family:Arial,Helvetica,sans-serif;">{text}</span></span></p>'
        ),
        image,
        blank="<p>&nbsp;</p>",
        ad=f'<div class="ads-inread"><a href="{link("/quang-cao")}"><img src="{attr(_wb(ts, BASE + "/Portals/0/banner/inread.gif", "im_"))}" alt=""></a></div>',
        script=f'<div class="video-box"><iframe src="{attr(_wb(ts, "https://www.youtube.com/embed/lsotv2022", "if_"))}" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    credit_div = (
        f'<div class="detail-author"><strong>{esc(credit)}</strong></div>' if credit else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail-tags"><span class="tag-label"><i class="fa fa-tags"></i> Tags:</span> '
            + " ".join(
                f'<a href="{link("/tag/" + tag_slug(t) + ".html")}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    sub = subcategory_name(article)
    crumbs = f'<li><a href="{link(content().category(article.category).path)}">{esc(category_name(article))}</a></li>'
    if sub:
        crumbs += f'<li><a href="{link("/" + article.category + "/" + (article.subcategory or ""))}">{esc(sub)}</a></li>'
    same = "".join(
        f'<li><a href="{link(o.path)}">{esc(o.title)}</a> <span class="time">({dmy(o.published)})</span></li>'
        for o in others(article, 5, turn=701)
    )
    nav = "".join(
        f'<li><a href="{link(c.path)}">{esc(c.name)}</a></li>' for c in content().categories
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_vietnam(moment),
        "mainEntityOfPage": url_of(article),
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
    }
    captures = article.article_id % 37 + 3
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app220.us.archive.org';v.server_ms=312;archive_analytics.send_pageview({{}});}});</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{url_of(article)}","{ts}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
              "{int((cap - datetime(1970, 1, 1)).total_seconds())}");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->

<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<link rel="canonical" href="{attr(_wb(ts, url_of(article)))}">
<link rel="stylesheet" href="{attr(_wb(ts, BASE + "/Portals/_default/Skins/BLS/css/style.css?v=2.1", "cs_"))}">
<script src="{attr(_wb(ts, BASE + "/Portals/_default/Skins/BLS/js/jquery.min.js", "js_"))}"></script>
<script type="application/ld+json">{script_json(ld)}</script>
</head>
<body><!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
  <div id="wm-logo" style="float:left;width:110px;padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a></div>
  <div class="r" style="float:right;"><div id="wm-btns" style="text-align:right;height:25px;"><span class="xxs"><a href="https://archive.org/account/login.php" style="color:#333">Log in</a></span> <a id="wm-tb-close" href="#close" title="Close the toolbar">Close</a> <a href="https://help.archive.org/help/category/the-wayback-machine/" title="Get some help using the Wayback Machine">Help</a></div></div>
  <table class="c" style=""><tbody><tr>
    <td class="u" colspan="2"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{attr(url_of(article))}" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" /></form></td>
    <td class="n" rowspan="2" style="width:110px;"><table><tbody><tr class="m"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/{(cap - timedelta(days=31)):%Y%m%d%H%M%S}/{attr(url_of(article))}" title="{(cap - timedelta(days=31)):%d %b %Y}">{(cap - timedelta(days=31)):%b}</a></td><td class="c" id="displayMonthEl" title="You are here: {cap:%H:%M:%S %b %d, %Y}">{cap:%b}</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/{(cap + timedelta(days=62)):%Y%m%d%H%M%S}/{attr(url_of(article))}" title="{(cap + timedelta(days=62)):%d %b %Y}"><strong>{(cap + timedelta(days=62)):%b}</strong></a></td></tr>
    <tr class="d"><td class="b" nowrap="nowrap">&nbsp;</td><td class="c" id="displayDayEl" style="width:34px;font-size:22px;" title="You are here: {cap:%H:%M:%S %b %d, %Y}">{cap:%d}</td><td class="f" nowrap="nowrap">&nbsp;</td></tr>
    <tr class="y"><td class="b" nowrap="nowrap">{cap.year - 1}</td><td class="c" id="displayYearEl" title="You are here: {cap:%H:%M:%S %b %d, %Y}">{cap.year}</td><td class="f" nowrap="nowrap">{cap.year + 1}</td></tr></tbody></table></td>
  </tr><tr>
    <td class="s"><div id="wm-nav-captures"><a class="t" href="/web/{ts}*/{attr(url_of(article))}" title="See a list of every capture for this URL">{captures} captures</a><div class="r" title="Timespan for captures of this URL">{cap:%d %b %Y} - {SERVED:%d %b %Y}</div></div></td>
    <td class="k"><a href="" id="wm-graph-anchor"><div id="wm-graph" title="Explore captures for this URL" style="position:relative"></div></a></td>
  </tr></tbody></table>
</div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden">
  <div id="wm-capinfo-collected-by"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div><div style="padding:3px;position:relative" id="wm-collected-by-content"><div style="display:inline-block;vertical-align:top;width:50%;"><span class="c-logo" style="background-image:url(https://archive.org/services/img/vietnamese-news-web);"></span> Organization: <a style="color:#33f;" href="https://archive.org/details/vietnamese-news-web" target="_new"><span class="wm-title">Vietnamese News Web</span></a><div style="max-height:75px;overflow:hidden;position:relative;"><div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,1) 100%);"></div>Crawls of Vietnamese national and provincial news sites.</div></div></div></div>
  <div id="wm-capinfo-timestamps"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div><div><div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div><div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="https://web-static.archive.org/_static/images/loading.gif" alt="loading" /></div></div></div>
</div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{esc(url_of(article))}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(725,27,25,2,"web","{url_of(article)}","{ts}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
<div class="wrapper">
<div class="top-header"><div class="container"><span class="header-date">{LEGACY_WEEKDAYS[local_day.weekday()]}, {dmy(local_day)}</span><span class="header-links"><a href="{link("/rss")}">RSS</a> | <a href="{link("/lien-he")}">Liên hệ</a> | <a href="https://web.archive.org/web/{ts}/https://epaper.baolangson.vn/">Báo in</a></span></div></div>
<div class="header"><div class="container"><a href="{link("/")}" class="logo"><img src="{attr(_wb(ts, BASE + "/Portals/_default/Skins/BLS/images/logo.png", "im_"))}" alt="Báo Lạng Sơn"></a><div class="banner-top"><img src="{attr(_wb(ts, BASE + "/Portals/0/banner/top.jpg", "im_"))}" alt="Báo Lạng Sơn điện tử"></div></div></div>
<div class="main-menu"><div class="container"><ul class="nav"><li><a href="{link("/")}">Trang chủ</a></li>{nav}</ul></div></div>
<div class="container main">
<div class="col-left">
<ul class="breadcrumb-detail"><li><a href="{link("/")}"><i class="fa fa-home"></i></a></li>{crumbs}</ul>
<div class="detail">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-info"><span class="date">{shown}</span><span class="print"><a href="javascript:window.print()">In bài viết</a></span><span class="views">Lượt xem: {(article.article_id * 17) % 4000 + 120}</span></div>
<div class="detail-sapo">{esc(lead_text(article))}</div>
<div class="detail-content">
{body}
</div>
{credit_div}
{tags}
<div class="detail-share"><a href="https://web.archive.org/web/{ts}/https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Facebook</a> <a href="https://web.archive.org/web/{ts}/https://twitter.com/share?url={attr(url_of(article))}">Twitter</a></div>
</div>
<div class="same-category"><div class="box-title">Tin cùng chuyên mục</div><ul>{same}</ul></div>
</div>
<div class="col-right"><div class="box"><div class="box-title">Đọc nhiều nhất</div><ul>{"".join(f'<li><a href="{link(o.path)}">{esc(o.title)}</a></li>' for o in others(article, 5, turn=709))}</ul></div><div class="box"><a href="{link("/chuyen-de/xay-dung-dang")}"><img src="{attr(_wb(ts, BASE + "/Portals/0/banner/chuyen-de.jpg", "im_"))}" alt=""></a></div></div>
</div>
<div class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></div></div>
</div>
</body>
</html>
<!--
     FILE ARCHIVED ON {cap:%H:%M:%S %b %d, %Y} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 03:00:00 {SERVED:%b %d, %Y}.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.61
  exclusion.robots: 0.025
  exclusion.robots.policy: 0.013
  esindex: 0.012
  cdx.remote: 27.4
  LoadShardBlock: 168.3 (3)
  PetaboxLoader3.datanode: 151.9 (4)
  load_resource: 98.2
  PetaboxLoader3.resolve: 61.7
-->"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("wayback_replay", article.article_id, url_of(article), page, record)


# --- 4. baolangson.vn redesign G: a SvelteKit app rendered on the server --------------------------


def _intl_full(moment: datetime) -> str:
    """`Intl.DateTimeFormat("vi-VN", {dateStyle: "full", timeStyle: "short"})`: the time
    first, then `Thứ Sáu, 4 tháng 2, 2022`."""
    return f"{moment:%H:%M} {weekday(moment)}, {moment.day} tháng {moment.month}, {moment.year}"


def _sized(img: Image, size: str) -> str:
    """The CDN's other size of a current-site picture (`/medium/` → `/small/`, `/large/`)."""
    src = image_src(img)
    return src.replace("/medium/", f"/{size}/") if "/medium/" in src else src


def sveltekit_app(article: Article) -> CorpusPage:
    """A SvelteKit app rendered on the server (Svelte 4: scoped `svelte-…` classes, `<!--
    HTML_TAG_START -->` marks round `{@html}`, `<!-- HEAD_svelte-…_START -->` round the head
    tags, `data-sveltekit-preload-data`, the `__sveltekit_…` hydration script with the page
    data at the end): a top bar with today's date, the section crumb, `h1`, the credit as typed
    before the sapo with each author's name a link, `<time datetime>` in UTC printed by `Intl`
    vi-VN full style (`09:56 Thứ Sáu, 4 tháng 2, 2022`) and a reading time, the sapo (with its
    marker), the body with pictures as `figure` (`src` plus a `srcset` of other sizes, empty
    `alt`, `figcaption`), an inline "Đọc thêm" aside after the second paragraph, topic chips
    drawn with a `#`, a comments placeholder, a "Tin mới" rail with relative times, a
    newsletter form and a cookie banner. JSON-LD (in `{@html}`) gives `datePublished` in UTC."""
    moment = article.published
    shown = _intl_full(moment)
    s = "svelte-1q8kx2v"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        srcset = attr(
            f"{_sized(img, 'small')} 480w, {image_src(img)} 800w, {_sized(img, 'large')} 1200w"
        )
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure><img src="{src}" srcset="{srcset}" sizes="(max-width: 768px) 100vw, 760px" alt="" loading="lazy" decoding="async" width="800" height="533">{cap}</figure>'

    more = others(article, 1, turn=801)[0]

    def after(seen: int, count: int) -> str:
        if seen == 2 and count >= 3:
            return f'<!-- HTML_TAG_END --><aside class="inline-related {s}"><span class="label {s}">Đọc thêm</span> <a href="{attr(more.path)}" class="{s}">{esc(more.title)}</a></aside><!-- HTML_TAG_START -->'
        return ""

    body = write_numbered_blocks(
        article,
        lambda text, n, count: f"<p>{text}</p>",
        image,
        blank="<p><br></p>",
        ad="",
        script='<div class="embed-video"><iframe src="https://www.youtube-nocookie.com/embed/lsotv2022" title="YouTube video player" allowfullscreen></iframe></div>',
        after=after,
    )
    credit = ""
    if shown_byline(article):
        credit = f'<p class="byline {s}">{linked_credit(article, lambda n: "/tac-gia/" + tag_slug(n))}</p>'
    topics = ""
    if article.tags:
        topics = (
            f'<ul class="topics {s}">'
            + "".join(
                f'<li class="{s}"><a href="/chu-de/{tag_slug(t)}" class="chip {s}">#{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul>"
        )
    latest = "".join(
        f'<li class="{s}"><a href="{attr(o.path)}" class="{s}">{esc(o.title)}</a><span class="ago {s}">{n + 1} giờ trước</span></li>'
        for n, o in enumerate(others(article, 6, turn=809))
    )
    nav = "".join(
        f'<a href="{attr(c.path)}" class="{s}">{esc(c.name)}</a>' for c in content().categories
    )
    words = sum(len(p.text.split()) for p in article.paragraphs)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": _utc_iso(moment),
        "dateModified": f"{SERVED.isoformat()}T02:41:07.000Z",
        "author": [{"@type": "Person", "name": author_name(a)} for a in article.authors],
        "articleSection": category_name(article),
        "publisher": {"@type": "NewsMediaOrganization", "name": "Báo Lạng Sơn"},
    }
    data = (
        '[null,{type:"data",data:{article:{id:'
        + str(article.article_id)
        + ",slug:"
        + json.dumps(article.slug)
        + ",title:"
        + json.dumps(article.title, ensure_ascii=False)
        + ",publishedAt:new Date("
        + str(int((moment - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds()) * 1000)
        + ")"
        + ",category:"
        + json.dumps(article.category)
        + ",words:"
        + str(words)
        + '}},uses:{params:["slug"]}}]'
    )
    page = f"""<!doctype html>
<html lang="vi">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="/_app/immutable/assets/0.Cq3v7Xk2.css" rel="stylesheet">
		<link href="/_app/immutable/assets/4.D9aL0pQe.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.BqT2f8xK.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.C3m1Vd9a.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.Dn4kPz7w.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/4.B8x0nR2c.js"><!-- HEAD_svelte-7h2k1m_START --><title>{esc(article.title)} | Báo Lạng Sơn</title><meta name="description" content="{attr(article.lead)}"><meta property="og:title" content="{attr(article.title)}"><meta property="og:description" content="{attr(article.lead)}"><meta property="og:type" content="article"><meta property="og:url" content="{attr(url_of(article))}"><link rel="canonical" href="{attr(url_of(article))}"><!-- HTML_TAG_START --><script type="application/ld+json">{script_json(ld)}</script><!-- HTML_TAG_END --><!-- HEAD_svelte-7h2k1m_END -->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">  <div class="topbar {s}"><div class="wrap {s}"><span class="today {s}">{weekday(SERVED)}, {SERVED:%d/%m/%Y}</span> <a href="/bao-in" class="{s}">Báo in</a> <a href="/podcast" class="{s}">Podcast</a></div></div> <header class="site-header {s}"><div class="wrap {s}"><a href="/" class="logo {s}" aria-label="Báo Lạng Sơn"><svg width="180" height="40" viewBox="0 0 180 40" class="{s}"><text x="0" y="30" class="{s}">Báo Lạng Sơn</text></svg></a> <nav class="main-nav {s}"><a href="/" class="{s}">Trang chủ</a>{nav}</nav> <button class="search-toggle {s}" aria-label="Tìm kiếm">🔍</button></div></header> <main class="wrap layout {s}"><article class="story {s}"><nav class="crumbs {s}" aria-label="breadcrumb"><a href="/" class="{s}">Trang chủ</a> <span class="sep {s}">/</span> <a href="{attr(content().category(article.category).path)}" class="{s}">{esc(category_name(article))}</a></nav> <h1 class="headline {s}">{esc(article.title)}</h1> {credit} <div class="meta {s}"><time datetime="{_utc_iso(moment)}" class="{s}">{shown}</time> <span class="reading {s}">· {max(1, words // 200)} phút đọc</span></div> <p class="sapo {s}">{esc(lead_text(article))}</p> <div class="prose {s}"><!-- HTML_TAG_START -->{body}<!-- HTML_TAG_END --></div> {topics} <div class="share {s}"><button class="{s}">Chia sẻ</button> <button class="{s}">Sao chép liên kết</button></div> <section class="comments {s}" id="binh-luan"><h2 class="{s}">Bình luận</h2> <p class="loading {s}">Đang tải bình luận…</p></section></article> <aside class="rail {s}"><section class="latest {s}"><h2 class="{s}">Tin mới</h2> <ul class="{s}">{latest}</ul></section> <form class="newsletter {s}" method="POST" action="/dang-ky?/subscribe"><h2 class="{s}">Nhận bản tin mỗi sáng</h2> <input type="email" name="email" placeholder="Email của bạn" class="{s}"> <button class="{s}">Đăng ký</button></form></aside></main> <footer class="site-footer {s}"><div class="wrap {s}"><p class="{s}">© Báo Lạng Sơn – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p> <p class="{s}">Giấy phép số 45/GP-BTTTT. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></div></footer> <div class="cookie-consent {s}" role="dialog"><p class="{s}">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Xem <a href="/chinh-sach-bao-mat" class="{s}">chính sách bảo mật</a>.</p> <button class="{s}">Đồng ý</button></div>
			<script>
				{{
					__sveltekit_1r7vq5b = {{
						base: new URL(".", location).pathname.slice(0, -1)
					}};

					const element = document.currentScript.parentElement;

					const data = {data};

					Promise.all([
						import("/_app/immutable/entry/start.BqT2f8xK.js"),
						import("/_app/immutable/entry/app.Dn4kPz7w.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: [0, 4],
							data,
							form: null,
							error: null
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds")
    return CorpusPage("sveltekit_app", article.article_id, url_of(article), page, record)


# --- 5. A journalists' association site on Django/Wagtail reposting the article -------------------


def _django_vi_datetime(moment: datetime) -> str:
    """Django's vi `DATETIME_FORMAT` (`H:i \\N\\gà\\y d \\t\\há\\n\\g n \\nă\\m Y`)."""
    return f"{moment:%H:%M} Ngày {moment:%d} tháng {moment.month} năm {moment.year}"


def _rendition(img: Image) -> str:
    """A Wagtail image rendition on the site's media host (`{% image … width-800 %}`)."""
    return f"https://media.hoinhabaolangson.vn/images/{image_stem(img)}.width-800.jpg"


def _block_key(article: Article, number: int) -> str:
    """The Draftail block key Wagtail writes on each rich-text paragraph."""
    return f"{(article.article_id * 7919 + number * 104729) % 36**5:05x}"[:5]


def wagtail_page(article: Article) -> CorpusPage:
    """ "Hội Nhà báo tỉnh Lạng Sơn" on Django/Wagtail, reposting the member's article as an
    `ArticlePage` (`body.template-articlepage`): today's date in Django's vi long form, the
    Bootstrap breadcrumb ending with the page title, `h1`, the date in Django's vi
    `DATETIME_FORMAT` (`09:56 Ngày 04 tháng 2 năm 2022`, minutes only), the intro rich text
    (with the marker), the StreamField body (`div.block-paragraph` with Draftail
    `data-block-key` paragraphs, `figure.block-image` with the rendition and an optional
    `figcaption`, `div.block-embed`), the author snippets after the body as "Tác giả:" with the
    names only, a source line linking the paper, bakerydemo-style tag buttons, "Bài viết
    khác" with dates, a newsletter form with the CSRF token and a cookie banner. No meta gives
    the publication time."""
    moment = article.published
    shown = _django_vi_datetime(moment)
    captions = rehosted_captions(article, _rendition)
    counter = iter(range(1, 1000))

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<div class="block-image"><figure class="figure w-100"><img alt="" class="figure-img img-fluid" height="533" src="{attr(_rendition(img))}" width="800">{cap}</figure></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, count: (
            f'<div class="block-paragraph"><p data-block-key="{_block_key(article, next(counter))}">{text}</p></div>'
        ),
        image,
        blank=f'<div class="block-paragraph"><p data-block-key="{_block_key(article, 999)}"></p></div>',
        ad="",
        script='<div class="block-embed"><div class="ratio ratio-16x9"><iframe width="200" height="113" src="https://www.youtube.com/embed/lsotv2022?feature=oembed" frameborder="0" allowfullscreen title="Video"></iframe></div></div>',
    )
    names = [author_name(clean(a)) for a in article.authors]
    authors = ""
    if names:
        authors = (
            '<div class="article-authors mt-3"><span class="label fw-bold">Tác giả:</span> '
            + ", ".join(
                f'<a href="/tac-gia/{tag_slug(n)}/" class="author-link">{esc(n)}</a>' for n in names
            )
            + "</div>"
        )
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags"><h3>Thẻ</h3>'
            + "".join(
                f'<a href="/tin-bai/?tag={attr(t)}"><button type="button" class="btn btn-outline-secondary btn-sm">{esc(t)}</button></a> '
                for t in article.tags
            )
            + "</div>"
        )
    more = "".join(
        f'<li class="list-group-item"><a href="/tin-bai/{attr(o.category)}/{attr(o.slug)}/">{esc(o.title)}</a> <small class="text-muted">{dmy(o.published)}</small></li>'
        for o in others(article, 5, turn=907)
    )
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/tin-bai/{attr(c.key)}/">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE html>
<html class="no-js" lang="vi">
    <head>
        <meta charset="utf-8" />
        <title>

                {esc(article.title)}



                | Hội Nhà báo tỉnh Lạng Sơn

        </title>
        <meta name="description" content="{attr(article.lead)}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta property="og:title" content="{attr(article.title)}" />
        <meta property="og:description" content="{attr(article.lead)}" />
        <meta property="og:site_name" content="Hội Nhà báo tỉnh Lạng Sơn" />
        <meta property="og:type" content="website" />
        <meta property="og:image" content="{attr(_rendition(article.images[0]) if article.images else "https://media.hoinhabaolangson.vn/images/logo.original.png")}" />
        <meta name="twitter:card" content="summary_large_image" />
        <link rel="stylesheet" type="text/css" href="/static/css/bootstrap.min.5f0e2c3a91b4.css">
        <link rel="stylesheet" type="text/css" href="/static/css/site.8d1a3e4b7c20.css">
    </head>

    <body class="template-articlepage">
        <div class="topbar bg-light small py-1"><div class="container d-flex justify-content-between"><span class="today">{weekday(SERVED)}, ngày {SERVED.day} tháng {SERVED.month} năm {SERVED.year}</span><span><a href="/lien-he/">Liên hệ</a> · <a href="/hoi-vien/">Hội viên</a></span></div></div>
        <header class="site-header border-bottom"><div class="container"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="/static/img/logo-hnb.4c2b1a.png" alt="Hội Nhà báo tỉnh Lạng Sơn" height="48"></a><ul class="navbar-nav">{nav}<li class="nav-item"><a class="nav-link" href="/hoat-dong-hoi/">Hoạt động Hội</a></li></ul><form class="d-flex" action="/search/" method="get"><input class="form-control" type="search" name="query" placeholder="Tìm kiếm"></form></nav></div></header>

        <main class="container my-4">
            <div class="row">
                <div class="col-lg-8">
                    <nav aria-label="breadcrumb">
                        <ol class="breadcrumb">
                            <li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
                            <li class="breadcrumb-item"><a href="/tin-bai/{attr(article.category)}/">{esc(category_name(article))}</a></li>
                            <li class="breadcrumb-item active" aria-current="page">{esc(article.title)}</li>
                        </ol>
                    </nav>
                    <article class="article-page">
                        <h1 class="article-title">{esc(article.title)}</h1>
                        <p class="meta text-muted small">{shown}</p>
                        <div class="intro lead"><p data-block-key="{_block_key(article, 0)}">{esc(lead_text(article))}</p></div>
                        <div class="article-body">
{body}
                        </div>
                        {authors}
                        <p class="source small text-muted mt-2">Nguồn: <a href="{attr(url_of(article))}" rel="nofollow">Báo Lạng Sơn điện tử</a></p>
                        {tags}
                    </article>
                    <section class="more-articles mt-5"><h2 class="h5">Bài viết khác</h2><ul class="list-group list-group-flush">{more}</ul></section>
                </div>
                <div class="col-lg-4">
                    <aside class="sidebar">
                        <div class="card mb-3"><div class="card-header">Thông báo</div><div class="card-body"><a href="/thong-bao/giai-bao-chi-2026/">Thể lệ Giải Báo chí tỉnh Lạng Sơn năm 2026</a></div></div>
                        <form class="card newsletter" method="post" action="/newsletter/"><input type="hidden" name="csrfmiddlewaretoken" value="q3Zy8PjK0aW1fXtR9LmB2cVnE6sHdU4oGiT7kYw5"><div class="card-body"><label for="nl-email">Nhận tin mới qua email</label><input id="nl-email" class="form-control" type="email" name="email"><button class="btn btn-primary mt-2" type="submit">Đăng ký</button></div></form>
                    </aside>
                </div>
            </div>
        </main>

        <footer class="site-footer bg-dark text-light py-4"><div class="container small"><p>HỘI NHÀ BÁO TỈNH LẠNG SƠN</p><p>Địa chỉ: Số 2 Đinh Tiên Hoàng, phường Chi Lăng, thành phố Lạng Sơn</p><p>© 2026 Hội Nhà báo tỉnh Lạng Sơn. Xây dựng trên Wagtail CMS.</p></div></footer>
        <div id="cookie-banner" class="cookie-banner fixed-bottom bg-white border-top p-3" hidden><p class="mb-2">Trang web sử dụng cookie phục vụ thống kê truy cập.</p><button class="btn btn-sm btn-dark" data-cookie-accept>Chấp nhận</button></div>

        <script type="text/javascript" src="/static/js/site.3b9e0d7f12aa.js"></script>
    </body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("wagtail_page", article.article_id, url_of(article), page, record)


MARKUPS_L: dict[str, Renderer] = {
    "nukeviet_portal": nukeviet_portal,
    "baomoi_repost": baomoi_repost,
    "wayback_replay": wayback_replay,
    "sveltekit_app": sveltekit_app,
    "wagtail_page": wagtail_page,
}
