# ruff: noqa: E501 (whole pages of HTML are written out as the CMSes write them)
"""Five more tuning markups (liferay, vccorp, nextjs, blogger, mobile), once the first held-out set.

They were written from what the imitated CMSes emit, without reading the parsers, and scored
sealed before the reader was tuned on them (62.7 % of fields exact with the second set); they
are now part of the tuning set. Their expected records come from the content alone.

Conventions shared with the tuning set: `dateline` is the date line as the page prints it
(with its label, e.g. `Ngày đăng: …`); `published_at` is as precise as the page gives it
(seconds when a machine-readable time carries them, in any zone, always written +07:00);
`byline` is the credit as shown, without a separate field label (`Tác giả:`) and never a
source line (`Theo Báo Lạng Sơn`, `Nguồn: …`) or a blog account name; `tags` are the tags the
page shows (none when it shows none, whatever site-wide `keywords` meta says).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from tests.corpus.pages import (
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    category_path,
    dmy,
    esc,
    expected,
    image_src,
    lead_text,
    menu,
    shown_byline,
    tag_slug,
    url_of,
    weekday,
)
from tests.corpus.pages import others as _others
from tests.site.formats import LEGACY_WEEKDAYS, card_time, iso_vietnam
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script

_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _blocks(
    article: Article,
    paragraph: Callable[[str], str],
    image: Callable[[Image, int], str],
    *,
    blank: str,
    ad: str,
    script: str,
    joiner: str = "\n",
) -> str:
    out = []
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            out.append(paragraph(esc(block.text)))
        elif isinstance(block, Image):
            out.append(image(block, number))
        elif isinstance(block, Blank):
            out.append(blank)
        elif isinstance(block, Ad):
            out.append(ad)
        elif isinstance(block, Script):
            out.append(script)
    return joiner.join(part for part in out if part)


# --- 1. Liferay provincial portal (asset publisher, journal content) ---------------------------


def liferay(article: Article) -> CorpusPage:
    """A Liferay 6.2 portal page in a provincial government portal's style: the site name is
    the page's h1 (plus a hidden "Điều hướng" h1), the `<title>` is the page name "Chi tiết
    tin", the category is an h2 portlet title and the article title an h3; `Ngày đăng:
    dd/mm/yyyy | HH:MM`; CKEditor paragraphs with NBSPs, captions in a second table row,
    the credit last in bold right-aligned, a "Nguồn:" line, dated documents in the sidebar."""
    moment = article.published
    posted = f"Ngày đăng: {dmy(moment)} | {moment:%H:%M}"
    instance = f"101_INSTANCE_{article.article_id % 9973:04d}aBc"
    today = f"{weekday(SERVED)}, ngày {SERVED:%d/%m/%Y}"

    def paragraph(text: str) -> str:
        # CKEditor keeps a typed double space as ".&nbsp; ".
        return f'<p style="text-align: justify;">{text.replace(". ", ".&nbsp; ", 1)}</p>'

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        if not img.caption:
            return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;"><tbody>'
            f'<tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em>{esc(img.caption)}</em></td></tr>'
            "</tbody></table>"
        )

    body = _blocks(
        article,
        paragraph,
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/lso-tv" width="640"></iframe></p>',
    )
    credit = (
        f'<p style="text-align: right;"><strong>{esc(shown_byline(article) or "")}</strong></p>'
        if shown_byline(article)
        else ""
    )
    tags = ""
    if article.tags:
        links = " ".join(
            f'<a class="tag" href="/web/guest/tim-kiem?p_p_id=3&amp;_3_keywords=&amp;tag={attr(t).replace(" ", "+")}">{esc(t)}</a>'
            for t in article.tags
        )
        tags = (
            '<div class="asset-tags"><span class="taglib-asset-tags-summary">'
            f'<span class="tag-label">Từ khóa:</span> {links}</span></div>'
        )
    others = "".join(
        f'<li class="title-list"><a href="{attr(o.path)}">{esc(o.title)}</a> '
        f'<span class="metadata-publish-date">({dmy(o.published)})</span></li>'
        for o in _others(article, 6)
    )
    documents = "".join(
        f'<li><a href="/web/guest/van-ban/-/vb/{n}">{esc(text)}</a><span class="doc-date">Ban hành: {day}</span></li>'
        for n, text, day in [
            (
                8812,
                "Quyết định số 2105/QĐ-UBND về việc phê duyệt kế hoạch phát triển du lịch",
                "20/11/2026",
            ),
            (
                8809,
                "Công văn số 1488/UBND-KT về tăng cường quản lý hoạt động xuất nhập khẩu",
                "18/11/2026",
            ),
            (
                8790,
                "Chỉ thị số 15/CT-UBND về công tác phòng, chống cháy rừng mùa hanh khô",
                "12/11/2026",
            ),
        ]
    )
    nav = "".join(
        f'<li id="layout_{n + 2}" role="presentation"><a aria-labelledby="layout_{n + 2}" href="{c_path}" role="menuitem"><span>{esc(c_name)}</span></a></li>'
        for n, (c_path, c_name) in enumerate(
            [
                ("/chinh-tri", "Chính trị"),
                ("/kinh-te", "Kinh tế"),
                ("/xa-hoi", "Xã hội"),
                ("/van-hoa", "Văn hóa"),
                ("/quoc-te", "Quốc tế"),
            ]
        )
    )
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Chi tiết tin - Báo Lạng Sơn</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{attr(article.lead[:150])}" lang="vi-VN" name="description" />
<link href="/lso-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{url_of(article)}" rel="canonical" />
<link class="lfr-css-file" href="/lso-theme/css/main.css?browserId=other&amp;themeId=lsotheme_WAR_lsotheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1618453291000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=lsotheme_WAR_lsotheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1618453291000" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{getLayoutId: function() {{return "45";}}, getPlid: function() {{return "20501";}}, getCompanyId: function() {{return "20155";}}, getScopeGroupId: function() {{return "20182";}}, getLanguageId: function() {{return "vi_VN";}}, isSignedIn: function() {{return false;}}}};
Liferay.Portlet.list = ["73_INSTANCE_bc01", "{instance}", "101_INSTANCE_other", "vanban_WAR_lsoportlet"];
// ]]>
</script>
</head>
<body class=" yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Chuyển đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="current-date">{today}</span> <span class="top-links"><a href="/web/guest/lien-he">Liên hệ</a> | <a href="/web/guest/so-do-cong">Sơ đồ cổng</a> | <a href="/c/portal/login?p_l_id=20501" rel="nofollow">Đăng nhập</a></span></div>
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="/" title="Đi tới Báo Lạng Sơn"><img alt="Báo Lạng Sơn" height="120" src="/image/company_logo?img_id=20155&amp;t=1618453291000" width="1000" /></a> <span class="site-name" title="Đi tới Báo Lạng Sơn">Báo Lạng Sơn điện tử</span></h1>
</div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<h1 class="hide-accessible">Điều hướng</h1>
<ul aria-label="Các trang web" role="menubar"><li class="selected" id="layout_1" role="presentation"><a aria-labelledby="layout_1" href="/" role="menuitem"><span>Trang chủ</span></a></li>{nav}</ul>
</nav>
</header>
<div id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_73_ portlet-static portlet-static-end portlet-borderless portlet-breadcrumb" id="p_p_id_73_INSTANCE_bc01_"><span id="p_73_INSTANCE_bc01"></span>
<div class="portlet-borderless-container"><div class="portlet-body">
<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/">Trang chủ</a><span class="divider">/</span></li><li class="current-parent breadcrumb-truncate"><a href="{category_path(article)}">{esc(category_name(article))}</a><span class="divider">/</span></li><li class="active last breadcrumb-truncate">Chi tiết tin</li></ul>
</div></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_{instance}_"><span id="p_{instance}"></span>
<section class="portlet" id="portlet_{instance}">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{esc(category_name(article))}</span></h2>
<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{instance}" type="toolbar"></menu></header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<h3 class="header-title"><span>{esc(article.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{posted}</span>
<span class="metadata-entry metadata-view-count">Lượt xem: 1.245</span>
<span class="metadata-entry metadata-print"><a href="javascript:_{instance}_printPage();" title="In bài viết">In</a></span>
<span class="metadata-entry metadata-email"><a href="/web/guest/gui-email?articleId={article.article_id}" title="Gửi email">Gửi email</a></span></div>
<div class="asset-content" id="_{instance}_{article.article_id}">
<div class="journal-content-article">
<p style="text-align: justify;"><strong><em>{esc(lead_text(article))}</em></strong></p>
{body}
{credit}
</div>
<div class="news-source"><span class="source-label">Nguồn:</span> Báo Lạng Sơn</div>
<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div class="rating-label">Đánh giá của bạn</div><div class="rating-content"><span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span></div><div class="rating-label">Trung bình (0 phiếu)</div></div></div></div>
</div>
{tags}
<div class="taglib-social-bookmarks"><ul class="lfr-component"><li><a href="https://www.facebook.com/sharer.php?u={attr(url_of(article))}" rel="nofollow" target="_blank">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url={attr(url_of(article))}" rel="nofollow" target="_blank">Twitter</a></li><li><a href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}" rel="nofollow" target="_blank">Zalo</a></li></ul></div>
</div>
</div></div></div>
</section>
<script type="text/javascript">Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 1, isStatic: 'end', namespacedId: 'p_p_id_{instance}_', portletId: '{instance}', refreshURL: '/c/portal/render_portlet?p_l_id=20501&p_p_id={instance}&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=3&p_p_isolated=1&currentURL=%2Fchi-tiet-tin'}});</script>
</div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_101_INSTANCE_other_">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Các tin khác</span></h2></header>
<div class="portlet-content"><div class="portlet-body"><ul class="title-list">{others}</ul>
<div class="taglib-page-iterator"><a href="{category_path(article)}">Xem tiếp »</a></div></div></div></section></div>
<div class="portlet-boundary portlet-boundary_ykien_WAR_lsoportlet_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_ykien_WAR_lsoportlet_">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Ý kiến bạn đọc</span></h2></header>
<div class="portlet-content"><div class="portlet-body"><form action="/web/guest/chi-tiet-tin?p_p_id=ykien_WAR_lsoportlet&amp;p_p_lifecycle=1" method="post" name="_ykien_fm">
<div class="control-group"><label class="control-label" for="_ykien_hoTen">Họ và tên</label><input class="field" id="_ykien_hoTen" name="_ykien_hoTen" type="text" /></div>
<div class="control-group"><label class="control-label" for="_ykien_email">Email</label><input class="field" id="_ykien_email" name="_ykien_email" type="text" /></div>
<div class="control-group"><label class="control-label" for="_ykien_noiDung">Nội dung</label><textarea class="field" id="_ykien_noiDung" name="_ykien_noiDung"></textarea></div>
<div class="button-holder"><button class="btn btn-primary" type="submit">Gửi ý kiến</button></div></form></div></div></section></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_vanban_WAR_lsoportlet_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_vanban_WAR_lsoportlet_">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Văn bản mới</span></h2></header>
<div class="portlet-content"><div class="portlet-body"><ul class="van-ban-moi">{documents}</ul></div></div></section></div>
<div class="portlet-boundary portlet-boundary_lienket_WAR_lsoportlet_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_lienket_WAR_lsoportlet_">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h2></header>
<div class="portlet-content"><div class="portlet-body"><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option></select></div></div></section></div>
<div class="portlet-boundary portlet-boundary_thongke_WAR_lsoportlet_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_thongke_WAR_lsoportlet_">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h2></header>
<div class="portlet-content"><div class="portlet-body"><p>Đang truy cập: 125</p><p>Tổng lượt truy cập: 12.345.678</p></div></div></section></div>
</div></div>
</div></div></div>
<footer id="footer" role="contentinfo">
<p>BÁO LẠNG SƠN ĐIỆN TỬ - Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 45/GP-BTTTT ngày 12/02/2021 của Bộ Thông tin và Truyền thông.</p>
<p>Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.246. Email: baolangson@gmail.com</p>
<p class="powered-by">Powered by <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{(function() {{Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{Liferay.Util.addInputType(node);}});}})();}});
// ]]>
</script>
<script src="/lso-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1618453291000" type="text/javascript"></script>
</body>
</html>"""
    return CorpusPage(
        "liferay", article.article_id, url_of(article), page,
        expected(article, dateline=posted, published="minutes"),
    )  # fmt: skip


# --- 2. VCCorp-style news detail ------------------------------------------------------------------


def _twelve_hour(moment: datetime) -> str:
    """`04-02-2022 - 09:56 AM`, as VCCorp pages print it."""
    return f"{moment:%d-%m-%Y} - {moment:%I:%M} {'AM' if moment.hour < 12 else 'PM'}"


def vccorp(article: Article) -> CorpusPage:
    """A VCCorp-style detail page (kenh14/cafef family): `04-02-2022 - 09:56 AM` with an
    offset-less `article:published_time`, the sapo in h2.knc-sapo without its marker, a
    related list under the sapo and a related box inside the content, `VCSortableInPreviewMode`
    photo boxes (thumbnail `src`, original in `data-original`, caption in `PhotoCMS_Caption`,
    alt = caption), video boxes with their own caption, `detail-author` after the content with
    a "Theo Báo Lạng Sơn" source link, `meta name=author` naming the site, and a same-section
    stream of other articles with their sapos and times."""
    moment = article.published
    shown = _twelve_hour(moment)
    zone = 480400 + article.article_id % 97

    def image(img: Image, number: int) -> str:
        original = image_src(img)
        thumb = original.replace("/upload", "/thumb_w/640/upload", 1)
        caption = esc(img.caption) if img.caption else ""
        return (
            f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div>'
            f'<a href="{attr(original)}" data-fancybox-group="img" class="detail-img-lightbox" title="{attr(img.caption or "")}">'
            f'<img src="{attr(thumb)}" id="img_{article.article_id}{number:02d}" w="1280" h="853" alt="{attr(img.caption or "")}" '
            f'title="{attr(img.caption or "")}" rel="lightbox" photoid="{article.article_id}{number:02d}" type="photo" '
            f'style="max-width:100%;" data-original="{attr(original)}" width="" height=""></a></div>'
            f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="{"" if caption else "NLPlaceholderShow"}">{caption}</p></div></div>'
        )

    related_in_body = "".join(
        f'<li><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
        for o in _others(article, 3, turn=5)
    )
    in_body_box = (
        '<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox">'
        f'<div class="kbwscwl-relatedbox"><h4 class="kbwscwlrl-title">Xem thêm</h4><ul class="kbwscwlrl-list">{related_in_body}</ul></div></div>'
    )
    parts = []
    paragraphs_seen = 0
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            parts.append(f"<p>{esc(block.text)}</p>")
            paragraphs_seen += 1
            if paragraphs_seen == 2:
                parts.append(in_body_box)
        elif isinstance(block, Image):
            parts.append(image(block, number))
        elif isinstance(block, Blank):
            parts.append("<p><br></p>")
        elif isinstance(block, Ad):
            parts.append(
                f'<div id="admzone{zone}" class="wp100 ads-inarticle"></div>'
                f"<script>if (pageSettings.allow3rd) {{ admicroAD.unit.push(function () {{ admicroAD.show('admzone{zone}') }}); }}</script>"
            )
        elif isinstance(block, Script):
            parts.append(
                f'<div class="VCSortableInPreviewMode" type="VideoStream" embed-type="4" data-item-id="{article.article_id}7" '
                f'data-vid="lsotv/{moment:%Y/%m/%d}/clip-{article.article_id}.mp4" data-ratio="1.777" data-displaymode="1">'
                '<div class="VideoCMS_Caption"><p data-placeholder="[nhập chú thích]">Video: Phóng viên Báo Lạng Sơn ghi lại</p></div></div>'
            )
    under_sapo = "".join(
        f'<li class="krwli"><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
        for o in _others(article, 2, turn=11)
    )
    author = ""
    if shown_byline(article):
        author = f'<p class="author" data-role="author">{esc(shown_byline(article) or "")}</p>'
    tags = ""
    if article.tags:
        items = "".join(
            f'<li class="tags-item"><a href="/tag/{tag_slug(t)}.html" title="{attr(t)}">{esc(t)}</a></li>'
            for t in article.tags
        )
        tags = f'<div class="kbwc-tags tags-wrapper"><span class="tags-label">Từ khóa:</span><ul class="tags-list">{items}</ul></div>'
    stream = "".join(
        f'<div class="knswli need-get-value-facebook clearfix" data-id="{o.article_id}">'
        f'<a class="knswli-left fl" href="{attr(o.path)}" title="{attr(o.title)}"><img src="https://media.baolangson.vn/thumb_w/300/upload/{o.article_id}.jpg" alt="{attr(o.title)}"></a>'
        f'<div class="knswli-right"><h3 class="knswli-title"><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></h3>'
        f'<div class="knswli-meta"><span class="knswli-time">{_twelve_hour(o.published)}</span></div>'
        f'<span class="knswli-sapo">{esc(o.lead)}</span></div></div>'
        for o in _others(article, 5, turn=7)
    )
    first_image = (
        image_src(article.images[0])
        if article.images
        else "https://baolangson.vn/images/logo-share.png"
    )
    keywords = ", ".join(article.tags)
    nav = "".join(
        f'<li class="kbh-menu-item"><a href="{c_path}" title="{attr(c_name)}">{esc(c_name)}</a></li>'
        for c_path, c_name in [
            ("/Thoi-su", "Thời sự"),
            ("/kinh-te", "Kinh tế"),
            ("/xa-hoi", "Xã hội"),
            ("/phap-luat", "Pháp luật"),
            ("/the-thao", "Thể thao"),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(keywords)}" />
<meta name="news_keywords" content="{attr(keywords)}" />
<meta name="author" content="baolangson.vn" />
<meta name="copyright" content="Copyright © 2022 by BAOLANGSON.VN" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:image" content="{attr(first_image)}" />
<meta property="og:site_name" content="Báo Lạng Sơn" />
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S}" />
<meta property="article:author" content="https://www.facebook.com/baolangson" />
<meta name="dable:item_id" content="{article.article_id}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<link rel="stylesheet" href="https://static.baolangson.vn/web_css/20220201/detail.min.css" />
<script>var pageSettings = {{ DomainAPI: "https://comment.baolangson.vn", allow3rd: true, newsId: {article.article_id}, commentSiteName: "baolangson", sharefbApiDomain: "https://sharefb.cnnd.vn" }};</script>
<script async src="https://media1.admicro.vn/core/admcore.js"></script>
</head>
<body>
<div id="admWrapsite">
<div class="kbw-header"><div class="w1040"><a class="kbh-logo" href="/" title="Báo Lạng Sơn"><img src="https://static.baolangson.vn/web_images/logo.png" alt="Báo Lạng Sơn"></a>
<ul class="kbh-menu-list"><li class="kbh-menu-item"><a href="/" title="Trang chủ">Trang chủ</a></li>{nav}</ul>
<div class="kbh-search"><form action="/tim-kiem.html"><input type="text" name="keywords" placeholder="Nhập nội dung tìm kiếm"></form></div></div></div>
<div id="admzone480455" class="ads-top"></div><script>admicroAD.unit.push(function () {{ admicroAD.show('admzone480455') }});</script>
<div class="kbwc-container w1040"><div class="kbw-content">
<div class="klw-detail-stream">
<div class="kbwc-header">
<div class="detail-cate"><a href="{category_path(article)}" title="{attr(category_name(article))}" data-role="cate-name">{esc(category_name(article))}</a></div>
<h1 class="kbwc-title" data-role="title">{esc(article.title)}</h1>
<div class="kbwc-meta"><span class="kbwcm-source"><a href="/" title="Báo Lạng Sơn">Báo Lạng Sơn</a></span> <span class="kbwcm-time" data-role="publishdate" title="{moment:%Y-%m-%dT%H:%M:%S}">{shown}</span></div>
<div class="kbwc-socials"><div class="fb-like" data-href="{attr(url_of(article))}" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div><a class="kbwcs-zalo" href="https://sp.zalo.me/share_inline?url={attr(url_of(article))}" rel="nofollow" target="_blank">Zalo</a><a class="kbwcs-copy" href="javascript:;" data-url="{attr(url_of(article))}">Copy link</a></div>
</div>
<div class="knc-content">
<h2 class="knc-sapo" data-role="sapo">{esc(article.lead)}</h2>
<div class="knc-relate-wrapper"><ul class="krw-list">{under_sapo}</ul></div>
<div class="detail-content afcbc-body" data-role="content">
{chr(10).join(parts)}
</div>
<div class="detail-author">{author}<div class="source"><a class="link-source-name" href="{attr(url_of(article))}" rel="nofollow" target="_blank" title="Báo Lạng Sơn">Theo <span class="link-source-text-name">Báo Lạng Sơn</span><span class="link-source-full">Copy link</span></a></div></div>
<div class="knc-rate-link"><a href="https://news.google.com/publications/CAAqBwgKMLSO" rel="nofollow" target="_blank">Theo dõi Báo Lạng Sơn trên Google News</a></div>
{tags}
<div class="post_embed"><div class="knc-comment" id="comment-box"><div class="cmt-title">Bình luận (0)</div><textarea placeholder="Viết bình luận của bạn..."></textarea><div class="cmt-note">Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</div></div></div>
</div>
<div class="kbwc-related"><h3 class="kbwcr-title">Tin cùng chuyên mục</h3><div class="knsw-list">{stream}</div></div>
</div></div>
<div class="kbw-sidebar"><div id="admzone480457" class="ads-right"></div><div class="box-most-view"><h3>Đọc nhiều</h3><ol>{"".join(f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>' for o in _others(article, 5, turn=13))}</ol></div></div>
</div>
<div class="kbw-footer"><div class="w1040"><p>Báo Lạng Sơn điện tử. Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tổng biên tập: Nguyễn Văn A. Địa chỉ: 6 Hoàng Văn Thụ, TP Lạng Sơn. Điện thoại: 0205 3812 246.</p><p>© Bản quyền thuộc Báo Lạng Sơn. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div></div>
</div>
<script src="https://static.baolangson.vn/web_js/20220201/detail.min.js"></script>
<script>(function(){{ var ga = document.createElement('script'); ga.async = true; ga.src = 'https://www.googletagmanager.com/gtag/js?id=G-LSO'; document.body.appendChild(ga); }})();</script>
</body>
</html>"""
    return CorpusPage(
        "vccorp", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 3. Next.js server-rendered page ---------------------------------------------------------


def _utc_z(moment: datetime) -> str:
    """`2022-02-04T02:56:32.000Z`: the Vietnam-time moment in UTC, as a Node backend writes it."""
    return (moment - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _linked_byline(article: Article) -> str:
    """The credit with each author name found in it linked to the author's page."""
    text = shown_byline(article) or ""
    out, at = "", 0
    for name in article.authors:
        found = text.find(name, at)
        if found < 0:
            continue
        out += esc(text[at:found])
        out += f'<a href="/tac-gia/{tag_slug(name)}" title="{attr(name)}">{esc(name)}</a>'
        at = found + len(name)
    if not out:
        return f'<a href="/tac-gia/{tag_slug(text)}">{esc(text)}</a>'
    return out + esc(text[at:])


def nextjs(article: Article) -> CorpusPage:
    """A Next.js server-rendered page: hashed CSS-module class names, React `<!-- -->` text
    splits, the credit above the body in an author block beside `Thứ sáu, 4/2/2022 - 09:56
    (GMT+7)`, `<time>` and JSON-LD dates in UTC (`…Z`), the masthead's today in the same
    form without a time, figcaptions wrapping a `<p>`, alt = title on uncaptioned images,
    and the whole article again in `__NEXT_DATA__`."""
    moment = article.published
    day = LEGACY_WEEKDAYS[moment.weekday()]
    shown = f"{day}, {moment.day}/{moment.month}/{moment.year} - {moment:%H:%M} (GMT+7)"
    shown_react = f"{day}, {moment.day}/{moment.month}/{moment.year}<!-- --> - <!-- -->{moment:%H:%M}<!-- --> (GMT+7)"
    today = f"{LEGACY_WEEKDAYS[SERVED.weekday()]}, {SERVED.day}/{SERVED.month}/{SERVED.year}"
    modified = moment + timedelta(hours=2, minutes=14)

    def image(img: Image, number: int) -> str:
        src = image_src(img)
        alt = img.caption or article.title
        tag = (
            f'<img src="{attr(src)}" srcSet="{attr(src)}?width=640 640w, {attr(src)} 1280w" '
            f'sizes="(max-width: 768px) 100vw, 680px" alt="{attr(alt)}" loading="lazy" decoding="async" width="1280" height="853"/>'
        )
        caption = f"<figcaption><p>{esc(img.caption)}</p></figcaption>" if img.caption else ""
        return f'<figure class="image align-center">{tag}{caption}</figure>'

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="<p> </p>",
        ad='<div class="ads_inArticle__Jk3r" id="ads-inarticle-1" data-slot="/2192/baolangson/detail_inread"></div>',
        script='<figure class="video"><iframe src="https://www.youtube.com/embed/lso-tv" title="YouTube video player" allowfullscreen=""></iframe></figure>',
    )
    author_block = ""
    if shown_byline(article):
        author_block = f'<span class="author_name__qW2e">{_linked_byline(article)}</span>'
    tags = ""
    if article.tags:
        links = "".join(
            f'<a class="tag_tag__f0Zc" href="/tags/{tag_slug(t)}">{esc(t)}</a>'
            for t in article.tags
        )
        tags = f'<div class="article_tags__cV1y"><span class="article_tagsLabel__p9Q">Từ khóa:</span>{links}</div>'
    images = [image_src(i) for i in article.images]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "image": images or ["https://baolangson.vn/og-default.png"],
        "datePublished": _utc_z(moment),
        "dateModified": _utc_z(modified),
        "author": [{"@type": "Person", "name": a} for a in article.authors],
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": "https://baolangson.vn/logo.png"},
        },
        "articleSection": category_name(article),
        "keywords": ", ".join(article.tags),
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Trang chủ",
                "item": "https://baolangson.vn/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": category_name(article),
                "item": "https://baolangson.vn" + category_path(article),
            },
        ],
    }
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": article.article_id,
                    "title": article.title,
                    "slug": url_of(article).rsplit("/", 1)[-1].removesuffix(".html"),
                    "sapo": lead_text(article),
                    "content": body,
                    "byline": shown_byline(article),
                    "authors": [{"name": a, "slug": tag_slug(a)} for a in article.authors],
                    "category": {"name": category_name(article), "path": category_path(article)},
                    "tags": [{"name": t, "slug": tag_slug(t)} for t in article.tags],
                    "publishedAt": _utc_z(moment),
                    "updatedAt": _utc_z(modified),
                },
                "related": [
                    {
                        "id": o.article_id,
                        "title": o.title,
                        "path": o.path,
                        "publishedAt": _utc_z(o.published),
                    }
                    for o in _others(article, 4)
                ],
            },
            "__N_SSP": True,
        },
        "page": "/[slug]",
        "query": {"slug": url_of(article).rsplit("/", 1)[-1].removesuffix(".html")},
        "buildId": "k3Yq9xT2bLmR0aVd",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    next_data = (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    cards = "".join(
        f'<div class="card_card__b7Ls"><a class="card_thumb__Zz1" href="{attr(o.path)}"><img src="https://media.baolangson.vn/thumb_w/320/upload/{o.article_id}.jpg" alt="{attr(o.title)}" loading="lazy"/></a>'
        f'<h3 class="card_title__H1k"><a href="{attr(o.path)}">{esc(o.title)}</a></h3>'
        f'<p class="card_sapo__y4T">{esc(o.lead)}</p><time class="card_time__r0P" dateTime="{_utc_z(o.published)}">{LEGACY_WEEKDAYS[o.published.weekday()]}, {o.published.day}/{o.published.month}/{o.published.year}</time></div>'
        for o in _others(article, 4)
    )
    most_read = "".join(
        f'<li><span class="mostRead_rank__a1">{n + 1}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(_others(article, 5, turn=9))
    )
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(article.title)} | Báo Lạng Sơn</title><meta name="description" content="{attr(article.lead)}"/><link rel="canonical" href="{attr(url_of(article))}"/><meta property="og:title" content="{attr(article.title)}"/><meta property="og:description" content="{attr(article.lead)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{attr(url_of(article))}"/><meta property="og:image" content="{attr(images[0] if images else "https://baolangson.vn/og-default.png")}"/><meta name="twitter:card" content="summary_large_image"/><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script><meta name="next-head-count" content="14"/><link rel="preload" href="/_next/static/css/8e2c1b0f4a7d3e55.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8e2c1b0f4a7d3e55.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-4b3f1a9e2d1c0b7a.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bslug%5D-7d2e9f0c1b3a4e5d.js" defer=""></script><script src="/_next/static/k3Yq9xT2bLmR0aVd/_buildManifest.js" defer=""></script><script src="/_next/static/k3Yq9xT2bLmR0aVd/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="layout_wrapper__x1Ab">
<header class="header_header__3kPq"><div class="header_top__aZ1c"><span class="header_date__9YtM">{today}</span><div class="header_links__Q0w"><a href="/rss">RSS</a><a href="/lien-he">Liên hệ</a><a href="/quang-cao">Quảng cáo</a></div></div><div class="header_brand__Lm4"><a class="header_logo__Q2xa" href="/"><img alt="Báo Lạng Sơn" src="/logo.svg" width="260" height="60"/></a></div><nav class="header_nav__p0Rt">{menu()}</nav></header>
<main class="layout_main__Rr7n"><div class="article_grid__2KdW">
<article class="article_article__hT0d">
<nav aria-label="breadcrumb" class="breadcrumb_bc__m1Vq"><ol><li><a href="/">Trang chủ</a></li><li><a href="{category_path(article)}">{esc(category_name(article))}</a></li></ol></nav>
<h1 class="article_title__sV5a">{esc(article.title)}</h1>
<div class="article_meta__Lk2b"><div class="author_author__A1c9"><img class="author_avatar__xP3" src="/images/avatar-default.png" alt="" width="40" height="40"/><div class="author_info__w8N">{author_block}<time class="author_time__zQ4" dateTime="{_utc_z(moment)}">{shown_react}</time></div></div><div class="share_share__k2Lp"><button type="button" aria-label="Chia sẻ Facebook" class="share_fb__Xo1">Facebook</button><button type="button" aria-label="Chia sẻ Zalo" class="share_zalo__e4R">Zalo</button><button type="button" aria-label="Sao chép liên kết" class="share_copy__Hh8">Sao chép liên kết</button></div></div>
<h2 class="article_sapo__t3Gd">{esc(lead_text(article))}</h2>
<div class="article_content__9xQm">{body}</div>
{tags}
<div class="article_comments__Vb7" id="comments"><h3>Bình luận</h3><p class="article_commentsEmpty__e1">Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</p><button type="button">Viết bình luận</button></div>
</article>
<aside class="article_aside__dF6p"><section class="mostRead_box__k9"><h3 class="mostRead_title__Pq">Đọc nhiều</h3><ol>{most_read}</ol></section><div class="ads_sticky__Mn0" data-slot="/2192/baolangson/detail_right"></div></aside>
</div>
<section class="article_more__aW3"><h2 class="article_moreTitle__e0">Tin cùng chuyên mục</h2><div class="article_cards__q5">{cards}</div></section>
</main>
<footer class="footer_footer__vE2k"><p>Báo Lạng Sơn điện tử – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn, tiếng nói của chính quyền, diễn đàn của nhân dân.</p><p>Giấy phép số 45/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A. Địa chỉ: 6 Hoàng Văn Thụ, TP Lạng Sơn.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{next_data}</script></body></html>"""
    return CorpusPage(
        "nextjs", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- 4. Blogger post --------------------------------------------------------------------------


def blogger(article: Article) -> CorpusPage:
    """A Blogger post page: the blog name is the h1 and the post title an h3, `<title>` is
    "Blog: Post"; the date header `Thứ Sáu, 4 tháng 2, 2022`, the time only in the footer's
    `abbr.published` (minute precision); the body one justified `<div>` of text runs split by
    `<br /><br />` with `tr-caption-container` tables and `separator` images, the credit a
    last bold run; "Đăng bởi Ban Biên tập" (the blog account) in the footer; labels are the
    tags; readers' comments, popular posts with snippets and an archive widget around."""
    moment = article.published
    header = f"{weekday(moment)}, {moment.day} tháng {moment.month}, {moment.year}"
    post_id = 7000000000000000000 + article.article_id

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        tag = (
            f'<a href="{src}" imageanchor="1" style="margin-left: auto; margin-right: auto;">'
            f'<img border="0" data-original-height="853" data-original-width="1280" height="426" src="{src}" width="640" /></a>'
        )
        if not img.caption:
            return f'<div class="separator" style="clear: both; text-align: center;">{tag}</div>'
        return (
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
            f'<tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td class="tr-caption" style="text-align: center;">{esc(img.caption)}</td></tr>'
            "</tbody></table>"
        )

    runs = [f"<b>{esc(lead_text(article))}</b>"]
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            runs.append(esc(block.text))
        elif isinstance(block, Image):
            runs.append(image(block, number))
        elif isinstance(block, Blank):
            runs.append("")
        elif isinstance(block, Ad):
            runs.append(
                '<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>'
                "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>"
            )
        elif isinstance(block, Script):
            runs.append(
                '<div class="separator" style="clear: both; text-align: center;"><iframe allowfullscreen="" class="BLOG_video_class" height="266" src="https://www.youtube.com/embed/lso-tv" width="320" youtube-src-id="lso-tv"></iframe></div>'
            )
    if shown_byline(article):
        runs.append(f"<b>{esc(shown_byline(article) or '')}</b>")
    text = ""
    for run in runs:
        # A table or separator block ends the line by itself; text runs end with two breaks.
        text += run if run.startswith(("<table", "<div", "<ins")) else f"{run}<br /><br />"
    text = text.removesuffix("<br /><br />")
    labels = ", ".join(
        f"<a href='https://baolangson.vn/search/label/{attr(t).replace(' ', '%20')}' rel='tag'>{esc(t)}</a>"
        for t in article.tags
    )
    label_line = f"<span class='post-labels'>Nhãn: {labels}</span>" if labels else ""
    snippet = lead_text(article)
    snippet = snippet[:140].rsplit(" ", 1)[0] + "..." if len(snippet) > 140 else snippet
    comments = "".join(
        f"<li class='comment' id='c{post_id + n}'><div class='avatar-image-container'><img src='//resources.blogblog.com/img/blank.gif' alt=''/></div>"
        f"<div class='comment-block'><div class='comment-header'><cite class='user'>{name}</cite><span class='icon user'></span>"
        f"<span class='datetime secondary-text'><a rel='nofollow' href='{attr(url_of(article))}?showComment={n}#c{post_id + n}'>{stamp}</a></span></div>"
        f"<p class='comment-content'>{esc(body)}</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self' data-comment-id='{post_id + n}'>Trả lời</a></span></div></li>"
        for n, (name, stamp, body) in enumerate(
            [
                (
                    "Nông Văn Thắng",
                    "23 tháng 11, 2026 lúc 07:41",
                    "Cảm ơn Báo đã đưa tin kịp thời, mong các cơ quan chức năng tiếp tục quan tâm, hỗ trợ bà con vùng biên giới nhiều hơn nữa.",
                ),
                (
                    "Ẩn danh",
                    "23 tháng 11, 2026 lúc 09:05",
                    "Bài viết rất hay và đầy đủ thông tin, đọc xong thấy tự hào về quê hương xứ Lạng của mình.",
                ),
            ]
        )
    )
    popular = "".join(
        f"<li><div class='item-content'><div class='item-title'><a href='{attr(o.path)}'>{esc(o.title)}</a></div>"
        f"<div class='item-snippet'>{esc(lead_text(o)[:120])}...</div></div><div style='clear: both;'></div></li>"
        for o in _others(article, 4, turn=7)
    )
    label_widget = "".join(
        f"<li><a dir='ltr' href='https://baolangson.vn/search/label/{attr(name).replace(' ', '%20')}'>{esc(name)}</a><span dir='ltr'>({count})</span></li>"
        for name, count in [
            ("Chính trị", 812),
            ("Kinh tế", 640),
            ("Xã hội", 577),
            ("Văn hóa", 301),
            ("Du lịch", 214),
        ]
    )
    older, newer = _others(article, 2, turn=17)
    page = f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://baolangson.vn/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{attr(url_of(article))}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Báo Lạng Sơn - Atom" href="https://baolangson.vn/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="Báo Lạng Sơn - RSS" href="https://baolangson.vn/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="Báo Lạng Sơn - Atom" href="https://www.blogger.com/feeds/1234567890123456789/posts/default" />
<link rel="alternate" type="application/atom+xml" title="Báo Lạng Sơn - Atom" href="https://baolangson.vn/feeds/{post_id}/comments/default" />
<link rel="me" href="https://www.blogger.com/profile/01234567890123456789" />
<meta content='{attr(url_of(article))}' property='og:url'/>
<meta content='{attr(article.title)}' property='og:title'/>
<meta content='{attr(snippet)}' property='og:description'/>
<title>Báo Lạng Sơn: {esc(article.title)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; background: #ffffff none repeat scroll top left; }}
.post-body {{ line-height: 1.5; }}
--></style>
<script type="text/javascript">(function() {{ var b = window, f = "chrome", g = "tick", k = "jstiming"; }})();</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}</script>
<div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://baolangson.vn/'>Báo Lạng Sơn</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Tin tức - sự kiện tỉnh Lạng Sơn, cập nhật hằng ngày</span></p></div></div>
</div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Trên tất cả các cột'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'>{menu()}</div></div></div></div></div>
<div class='main-outer'><div class='main-inner'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Chính'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='breadcrumbs' itemscope='itemscope' itemtype='https://schema.org/BreadcrumbList'><a href='https://baolangson.vn/'>Trang chủ</a> » <a href='https://baolangson.vn{category_path(article)}'>{esc(category_name(article))}</a></div>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{header}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{attr(image_src(article.images[0]) if article.images else "")}' itemprop='image_url'/>
<meta content='1234567890123456789' itemprop='blogId'/>
<meta content='{post_id}' itemprop='postId'/>
<a name='{post_id}'></a>
<h3 class='post-title entry-title' itemprop='name'>{esc(article.title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>
<div style="text-align: justify;">{text}</div>
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/01234567890123456789' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/01234567890123456789' rel='author' title='author profile'><span itemprop='name'>Ban Biên tập</span></a></span></span>
<span class='post-timestamp'>vào lúc <meta content='{attr(url_of(article))}' itemprop='url'/><a class='timestamp-link' href='{attr(url_of(article))}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso_vietnam(moment.replace(second=0))}'>{moment:%H:%M}</abbr></a></span>
<span class='post-comment-link'></span>
<span class='post-icons'><span class='item-control blog-admin pid-1029384756'><a href='https://www.blogger.com/post-edit.g?blogID=1234567890123456789&amp;postID={post_id}&amp;from=pencil' title='Sửa Bài đăng'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=1234567890123456789&amp;postID={post_id}&amp;target=email' target='_blank' title='Gửi email bài đăng này'><span class='share-button-link-text'>Gửi email bài đăng này</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=1234567890123456789&amp;postID={post_id}&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID=1234567890123456789&amp;postID={post_id}&amp;target=facebook' target='_blank' title='Chia sẻ lên Facebook'><span class='share-button-link-text'>Chia sẻ lên Facebook</span></a></div>
</div>
<div class='post-footer-line post-footer-line-2'>{label_line}</div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>
</div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>2 nhận xét:</h4>
<div class='comments-content'><div id='comment-holder'><div class='comment-thread'><ol id='top-ra'>{comments}</ol></div></div></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><p>Bạn đọc vui lòng gõ tiếng Việt có dấu. Nhận xét sẽ được kiểm duyệt trước khi hiển thị.</p><a href='https://www.blogger.com/comment/frame/1234567890123456789?po={post_id}&amp;hl=vi' id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></p>
</div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{attr(newer.path)}' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{attr(older.path)}' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>
<a class='home-link' href='https://baolangson.vn/'>Trang chủ</a></div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' href='https://baolangson.vn/feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>Đăng Nhận xét (Atom)</a></div></div>
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>{popular}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='https://baolangson.vn/{moment.year}/'>{moment.year}</a> <span class='post-count' dir='ltr'>(1205)</span>
<ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='https://baolangson.vn/{moment.year}/{moment:%m}/'>tháng {moment.month}</a> <span class='post-count' dir='ltr'>(98)</span></li></ul></li>
<li class='archivedate collapsed'><a class='post-count-link' href='https://baolangson.vn/{moment.year - 1}/'>{moment.year - 1}</a> <span class='post-count' dir='ltr'>(1388)</span></li></ul></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Chuyên mục</h2><div class='widget-content list-label-widget-content'><ul>{label_widget}</ul></div></div>
</div></aside></div></div>
</div></div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>© Báo Lạng Sơn. Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div></footer>
</div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2875281425-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY6-lso'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d1234567890123456789', '//baolangson.vn/', '1234567890123456789'); _WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '1234567890123456789', 'title': 'Báo Lạng Sơn', 'pageType': 'item', 'postId': '{post_id}'}}}}]);</script>
</body>
</html>"""
    return CorpusPage(
        "blogger", article.article_id, url_of(article), page,
        expected(article, dateline=header, published="minutes"),
    )  # fmt: skip


# --- 5. Mobile site (m.) ----------------------------------------------------------------------


def _numbered_weekday(moment: datetime) -> str:
    """`Thứ 6`, `Chủ nhật`: the weekday as mobile pages abbreviate it."""
    return "Chủ nhật" if moment.weekday() == 6 else f"Thứ {moment.weekday() + 2}"


def mobile(article: Article) -> CorpusPage:
    """A mobile page (m.…): minimal markup, the credit before the body after a separate
    "Tác giả:" label, `Thứ 6, 04/02/2022 - 09:56`, lazy pictures (placeholder `src`, real URL
    in `data-src`, a `<noscript>` copy), captions in a span inside the photo box, no tag list
    (site-wide `keywords` meta only), related items with `HH:MM | DD/MM/YYYY` times, a sticky
    ad and a "latest" box with relative times."""
    moment = article.published
    shown = f"{_numbered_weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"

    def image(img: Image, number: int) -> str:
        src = attr(image_src(img))
        caption = f'<span class="m-photo__cap">{esc(img.caption)}</span>' if img.caption else ""
        return (
            f'<div class="m-photo"><img class="lazyload" src="{_PIXEL}" data-src="{src}" alt="{attr(img.caption or "")}" width="100%">'
            f'<noscript><img src="{src}" alt="{attr(img.caption or "")}"></noscript>{caption}</div>'
        )

    body = _blocks(
        article,
        lambda text: f"<p>{text}</p>",
        image,
        blank="",
        ad='<div class="m-ads m-ads--inread"><div id="div-gpt-ad-1643-0"><script>googletag.cmd.push(function() { googletag.display("div-gpt-ad-1643-0"); });</script></div></div>',
        script='<div class="m-video" data-vid="lso-tv"></div>',
    )
    author = ""
    if shown_byline(article):
        author = (
            '<div class="m-author"><span class="m-author__label">Tác giả:</span> '
            f'<span class="m-author__name">{esc(shown_byline(article) or "")}</span></div>'
        )
    related = "".join(
        f'<li class="m-item"><a href="{attr(o.path)}"><img class="lazyload" src="{_PIXEL}" data-src="https://media.baolangson.vn/thumb_w/200/upload/{o.article_id}.jpg" alt=""><span class="m-item__title">{esc(o.title)}</span></a>'
        f'<span class="m-item__time">{card_time(o.published)}</span></li>'
        for o in _others(article, 4, turn=5)
    )
    latest = "".join(
        f'<li class="m-item"><a href="{attr(o.path)}">{esc(o.title)}</a><span class="m-item__ago">{ago}</span></li>'
        for o, ago in zip(
            _others(article, 3, turn=19),
            ["15 phút trước", "1 giờ trước", "3 giờ trước"],
            strict=True,
        )
    )
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{esc(article.title)}</title>
<meta name="keywords" content="Báo Lạng Sơn, tin tức Lạng Sơn, Lạng Sơn, xứ Lạng, biên giới, cửa khẩu">
<meta name="description" content="{attr(article.lead)}">
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/m/css/app.min.css?v=2.4.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-LSOM');</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head><body class="m-detail">
<div class="m-header"><a class="m-header__menu" href="#m-nav" aria-label="Menu">☰</a><a class="m-header__logo" href="/"><img src="/m/img/logo.png" alt="Báo Lạng Sơn" height="32"></a><a class="m-header__search" href="/tim-kiem" aria-label="Tìm kiếm">⌕</a></div>
<div class="m-nav" id="m-nav">{menu(" m-nav__list")}</div>
<div class="m-wrap">
<div class="m-cate-bar"><a class="m-cate-bar__back" href="{category_path(article)}">‹ {esc(category_name(article))}</a></div>
<h1 class="m-title">{esc(article.title)}</h1>
<div class="m-meta"><span class="m-time">{shown}</span></div>
{author}
<div class="m-sapo">{esc(lead_text(article))}</div>
<div class="m-body">
{body}
</div>
<div class="m-share">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u={attr(url_of(article))}">Facebook</a> <a href="https://zalo.me/share?u={attr(url_of(article))}">Zalo</a> <a href="javascript:;" class="m-copy">Sao chép</a></div>
<div class="m-box"><div class="m-box__title">Tin liên quan</div><ul class="m-list">{related}</ul></div>
<div class="m-box"><div class="m-box__title">Mới nhất</div><ul class="m-list">{latest}</ul></div>
</div>
<div class="m-footer"><a href="{attr(url_of(article))}?desktop=1">Xem phiên bản máy tính</a><p>© Báo Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p></div>
<div class="m-sticky-ad"><ins class="adsbygoogle" style="display:inline-block;width:320px;height:50px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="9876543210"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
<script src="/m/js/lazysizes.min.js" async></script>
</body></html>"""
    return CorpusPage(
        "mobile", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes", tags=False),
    )  # fmt: skip


MARKUPS_B: dict[str, Renderer] = {
    "liferay": liferay,
    "vccorp": vccorp,
    "nextjs": nextjs,
    "blogger": blogger,
    "mobile": mobile,
}
