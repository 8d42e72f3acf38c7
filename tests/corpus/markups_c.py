# ruff: noqa: E501 (whole pages of HTML are written out as the CMSes write them)
"""Four more tuning markups (aspnet, sharepoint, instant, print_view), once the second held-out set.

Like `markups_b.py`, they were written from what the imitated systems emit (ASP.NET WebForms,
SharePoint publishing, Facebook Instant Articles, a CMS print view) without reading the
parsers, scored sealed, and then moved into the tuning set. Their expected records come from
the content alone. The same field rules hold: `dateline` is the article's date line as
printed (with its label), `published_at` as precise as the page gives it, `byline` the credit
as shown, `tags` only the tags the page shows.

This module stands alone (it imports nothing from `markups_b.py`).
"""

from __future__ import annotations

import base64
import hashlib
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
    shown_byline,
    tag_slug,
    url_of,
    weekday,
)
from tests.corpus.pages import others as _others
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script


def _blocks(
    article: Article,
    paragraph: Callable[[str, int], str],
    image: Callable[[Image, int], str],
    *,
    blank: str,
    ad: str,
    script: str,
) -> str:
    """The article's blocks after the lead, each written by the markup's own rule."""
    out = []
    seen = 0
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            out.append(paragraph(esc(block.text), seen))
            seen += 1
        elif isinstance(block, Image):
            out.append(image(block, number))
        elif isinstance(block, Blank):
            out.append(blank)
        elif isinstance(block, Ad):
            out.append(ad)
        elif isinstance(block, Script):
            out.append(script)
    return "\n".join(part for part in out if part)


def _viewstate(article: Article, size: int) -> str:
    """A deterministic stand-in for an ASP.NET `__VIEWSTATE` blob."""
    seed = str(article.article_id).encode()
    raw = b""
    while len(raw) < size:
        seed = hashlib.sha256(seed).digest()
        raw += seed
    return base64.b64encode(b"\xff\x01\x0f\x0f" + raw[:size]).decode()


# --- 1. ASP.NET WebForms portal ----------------------------------------------------------------


def aspnet(article: Article) -> CorpusPage:
    """An ASP.NET WebForms news portal (the 2008-era provincial kind): one `<form id=aspnetForm>`
    around everything with `__VIEWSTATE`, a table layout, `ctl00_…` ids, no heading elements at
    all (title in `span#…lblTitle`), `Cập nhật lúc 09:56 ngày 04/02/2022`, the masthead's today
    in a label, the lead in `span#…lblSummary`, FCKeditor `<p><font>` paragraphs, the caption a
    separate centred italic paragraph under the picture, the credit a bold right-aligned span,
    tags as `__doPostBack` link buttons, older news with dates and an opinion form."""
    moment = article.published
    updated = f"Cập nhật lúc {moment:%H:%M} ngày {dmy(moment)}"
    today = f"{weekday(SERVED)}, ngày {SERVED:%d/%m/%Y}"
    cph = "ctl00_ContentPlaceHolder1"
    cph_name = "ctl00$ContentPlaceHolder1"

    def paragraph(text: str, seen: int) -> str:
        return f'<p style="text-align: justify"><font face="Times New Roman" size="3">{text}</font></p>'

    def image(img: Image, number: int) -> str:
        src = img.src  # the editor keeps site paths relative, media-host ones absolute
        picture = f'<p align="center"><img border="0" src="{attr(src)}" width="500" alt="" /></p>'
        if not img.caption:
            return picture
        return (
            picture
            + f'\n<p align="center"><font face="Arial" size="2" color="#333333"><i>{esc(img.caption)}</i></font></p>'
        )

    body = _blocks(
        article,
        paragraph,
        image,
        blank="<p>&nbsp;</p>",
        ad='<div id="ctl00_ContentPlaceHolder1_ucQuangCaoGiua_pnlQC" class="qc-giua"><script type="text/javascript" src="/QuangCao/QC.ashx?vitri=giua&amp;trang=chitiet"></script></div>',
        script=(
            '<p align="center"><object classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000" width="480" height="360">'
            f'<param name="movie" value="/Player/player.swf" /><param name="flashvars" value="file=/Video/{moment:%Y%m}/clip{article.article_id}.flv" />'
            f'<embed src="/Player/player.swf" flashvars="file=/Video/{moment:%Y%m}/clip{article.article_id}.flv" width="480" height="360" type="application/x-shockwave-flash"></embed></object></p>'
        ),
    )
    credit = ""
    if shown_byline(article):
        credit = (
            '<div align="right" style="padding: 5px 10px 0 0">'
            f'<span id="{cph}_lblTacGia" style="font-weight:bold;">{esc(shown_byline(article) or "")}</span></div>'
        )
    tags = ""
    if article.tags:
        buttons = ", ".join(
            f"<a id=\"{cph}_rptTuKhoa_ctl{n:02d}_lnkTuKhoa\" href=\"javascript:__doPostBack('{cph_name}$rptTuKhoa$ctl{n:02d}$lnkTuKhoa','')\">{esc(t)}</a>"
            for n, t in enumerate(article.tags)
        )
        tags = f'<tr><td class="tukhoa" style="padding: 6px 0"><b>Từ khóa:</b> {buttons}</td></tr>'
    older = "".join(
        f'<tr><td class="tinkhac"><img src="/images/bullet.gif" width="5" height="5" /> '
        f'<a id="{cph}_rptTinKhac_ctl{n:02d}_hlTinKhac" href="{attr(o.path)}">{esc(o.title)}</a> '
        f'<span id="{cph}_rptTinKhac_ctl{n:02d}_lblNgay" class="ngay">({dmy(o.published)})</span></td></tr>'
        for n, o in enumerate(_others(article, 6))
    )
    latest = "".join(
        f'<tr><td class="tinmoi"><a id="ctl00_ucTinMoi_rptTinMoi_ctl{n:02d}_hlTieuDe" href="{attr(o.path)}"><b>{esc(o.title)}</b></a><br />'
        f'<span class="tomtat">{esc(lead_text(o))}</span><br /><span class="ngay">Cập nhật lúc {o.published:%H:%M} ngày {dmy(o.published)}</span></td></tr>'
        for n, o in enumerate(_others(article, 3, turn=7))
    )
    nav = " | ".join(
        f'<a id="ctl00_ucMenu_rptMenu_ctl{n:02d}_hlMenu" class="menu" href="/ChuyenMuc.aspx?CatID={10 + n}">{esc(name)}</a>'
        for n, name in enumerate(
            ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao"]
        )
    )
    cat_id = 10 + sum(map(ord, article.category)) % 40
    viewstate = _viewstate(article, 1536)
    page = f"""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Báo Lạng Sơn - Chi tiết tin
</title><link href="/App_Themes/Default/style.css" rel="stylesheet" type="text/css" /><meta name="keywords" content="Báo Lạng Sơn, Lạng Sơn, tin tức, xứ Lạng" /><meta name="description" content="Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ tỉnh Lạng Sơn" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">function PrintPage(id) {{ window.open('/InBai.aspx?ID=' + id, 'inbai', 'width=700,height=600,scrollbars=yes'); }}</script>
</head>
<body style="margin: 0px; background-color: #e8eef4">
    <form name="aspnetForm" method="post" action="./ChiTiet.aspx?ID={article.article_id}&amp;CatID={cat_id}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZLmH5w2&amp;t=634604425815200000" type="text/javascript"></script>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" style="background-color: #ffffff">
  <tr>
    <td colspan="3" style="height: 24px; background-color: #00458a">
      <table width="100%" cellpadding="0" cellspacing="0"><tr>
        <td style="padding-left: 8px"><font color="#ffffff" size="2"><span id="ctl00_lblNgayHienTai">{today}</span></font></td>
        <td align="right" style="padding-right: 8px"><a href="/LienHe.aspx"><font color="#ffffff" size="2">Liên hệ</font></a> <font color="#ffffff">|</font> <a href="/RSS.aspx"><font color="#ffffff" size="2">RSS</font></a></td>
      </tr></table>
    </td>
  </tr>
  <tr>
    <td colspan="3"><a id="ctl00_hlLogo" href="/Default.aspx"><img src="/images/banner_top.jpg" width="1000" height="130" border="0" alt="Báo Lạng Sơn điện tử" /></a></td>
  </tr>
  <tr>
    <td colspan="3" class="menubar" style="height: 30px; background-color: #0b63b5; padding-left: 10px">{nav}</td>
  </tr>
  <tr>
    <td colspan="3" style="padding: 4px 10px"><div id="ctl00_pnlTimKiem">
      <input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="textbox" style="width:200px;" />
      <input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" id="ctl00_btnTimKiem" class="button" />
    </div></td>
  </tr>
  <tr>
    <td width="190" valign="top" style="padding: 5px">
      <table width="100%" cellpadding="2" cellspacing="0">
        <tr><td class="box-title" style="background-color: #0b63b5"><font color="#ffffff"><b>THÔNG TIN CẦN BIẾT</b></font></td></tr>
        <tr><td><a href="/ThoiTiet.aspx">Thời tiết</a></td></tr>
        <tr><td><a href="/GiaCa.aspx">Giá cả thị trường</a></td></tr>
        <tr><td><a href="/LichTruyenHinh.aspx">Lịch phát sóng</a></td></tr>
        <tr><td style="padding-top: 10px"><a href="http://langson.gov.vn" target="_blank"><img src="/Upload/QuangCao/congthongtin.jpg" width="180" border="0" alt="Cổng thông tin điện tử tỉnh" /></a></td></tr>
        <tr><td><a href="http://dichvucong.langson.gov.vn" target="_blank"><img src="/Upload/QuangCao/dichvucong.gif" width="180" border="0" alt="Dịch vụ công trực tuyến" /></a></td></tr>
      </table>
    </td>
    <td width="600" valign="top" style="padding: 5px 10px">
      <table width="100%" cellpadding="0" cellspacing="0">
        <tr><td class="cat-bar" style="border-bottom: 2px solid #0b63b5; padding: 3px 0"><a id="{cph}_hlChuyenMuc" class="cat-name" href="{attr(category_path(article))}"><font size="3" color="#0b63b5"><b style="text-transform:uppercase">{esc(category_name(article))}</b></font></a></td></tr>
        <tr><td style="padding-top: 8px"><span id="{cph}_lblTitle" class="title" style="font-size:18pt;font-weight:bold;color:#003366;">{esc(article.title)}</span></td></tr>
        <tr><td style="padding: 4px 0"><span id="{cph}_lblDate" class="date" style="color:#888888;font-size:8pt;">{updated}</span>
          &nbsp; <a id="{cph}_hlIn" href="javascript:PrintPage({article.article_id});"><img src="/images/print.gif" border="0" alt="" /> In bài</a>
          &nbsp; <a id="{cph}_hlGuiEmail" href="/GuiEmail.aspx?ID={article.article_id}"><img src="/images/email.gif" border="0" alt="" /> Gửi email</a></td></tr>
        <tr><td style="padding: 6px 0"><span id="{cph}_lblSummary" class="summary"><b>{esc(lead_text(article))}</b></span></td></tr>
        <tr><td class="content"><span id="{cph}_lblContent">{body}
</span>
{credit}</td></tr>
        {tags}
        <tr><td style="padding: 8px 0"><div id="{cph}_pnlChiaSe" class="chiase"><a href="http://www.facebook.com/share.php?u={attr(url_of(article))}" target="_blank"><img src="/images/facebook.gif" border="0" alt="Chia sẻ Facebook" /></a> <a href="http://twitter.com/home?status={attr(url_of(article))}" target="_blank"><img src="/images/twitter.gif" border="0" alt="Twitter" /></a> <a href="/ChiTiet.aspx?ID={article.article_id}#top"><img src="/images/top.gif" border="0" alt="" /> Về đầu trang</a></div></td></tr>
        <tr><td style="padding-top: 10px"><div class="box-title"><b>Các tin đã đưa</b></div>
          <table id="{cph}_rptTinKhac" width="100%" cellpadding="2" cellspacing="0">{older}</table></td></tr>
        <tr><td style="padding-top: 10px"><div id="{cph}_pnlYKien" class="ykien">
          <div class="box-title"><b>Ý kiến bạn đọc</b></div>
          <table cellpadding="2" cellspacing="0">
            <tr><td>Họ tên:</td><td><input name="{cph_name}$txtHoTen" type="text" id="{cph}_txtHoTen" style="width:250px;" /></td></tr>
            <tr><td>Email:</td><td><input name="{cph_name}$txtEmail" type="text" id="{cph}_txtEmail" style="width:250px;" /></td></tr>
            <tr><td valign="top">Nội dung:</td><td><textarea name="{cph_name}$txtNoiDung" rows="5" cols="20" id="{cph}_txtNoiDung" style="width:400px;"></textarea></td></tr>
            <tr><td></td><td><input type="submit" name="{cph_name}$btnGui" value="Gửi ý kiến" id="{cph}_btnGui" /> <span id="{cph}_lblThongBao" style="color:Red;"></span></td></tr>
          </table></div></td></tr>
      </table>
    </td>
    <td width="210" valign="top" style="padding: 5px">
      <table width="100%" cellpadding="3" cellspacing="0">
        <tr><td class="box-title" style="background-color: #0b63b5"><font color="#ffffff"><b>TIN MỚI CẬP NHẬT</b></font></td></tr>
        {latest}
        <tr><td style="padding-top: 10px"><a href="http://www.vietinbank.vn" target="_blank"><img src="/Upload/QuangCao/vietinbank_200x250.gif" width="200" border="0" alt="" /></a></td></tr>
        <tr><td class="box-title" style="background-color: #0b63b5"><font color="#ffffff"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
        <tr><td>Đang online: <span id="ctl00_ucThongKe_lblOnline">87</span><br />Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">9.876.543</span></td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" align="center" style="background-color: #00458a; padding: 8px"><font color="#ffffff" size="1">BÁO LẠNG SƠN ĐIỆN TỬ<br />Giấy phép số 45/GP-BC do Bộ Văn hóa - Thông tin cấp. Tổng biên tập: Nguyễn Văn A.<br />Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 025.3812.246. Fax: 025.3813.026<br />Ghi rõ nguồn "Báo Lạng Sơn điện tử" khi phát hành lại thông tin từ website này.</font></td>
  </tr>
</table>

<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_viewstate(article, 96)}" />
</div></form>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-1']); _gaq.push(['_trackPageview']);</script>
</body>
</html>
"""
    return CorpusPage(
        "aspnet", article.article_id, url_of(article), page,
        expected(article, dateline=updated, published="minutes"),
    )  # fmt: skip


# --- 2. SharePoint publishing page -------------------------------------------------------------


def _sa_ch(moment: datetime) -> str:
    """`04/02/2022 9:56 SA`: SharePoint's vi-VN short date and time (SA = AM, CH = PM)."""
    hour = moment.hour % 12 or 12
    return f"{dmy(moment)} {hour}:{moment:%M} {'SA' if moment.hour < 12 else 'CH'}"


def sharepoint(article: Article) -> CorpusPage:
    """A SharePoint 2013 publishing page (the article page layout many Vietnamese government
    portals run): ribbon, `s4-workspace`, web-part zones, the title in `h1#pageTitle`, the
    Byline field above the date field `04/02/2022 9:56 SA`, a "last modified … by" line
    below, the lead a first bold paragraph inside the `ms-rtestate-field` page content,
    `ms-rteElement-P` paragraphs (the first begins with the editor's zero-width space), picture
    and caption in one paragraph split by `<br>` (`ms-rteStyle-Caption`), Enterprise Keywords
    as plain text separated by `; `, and content-query web parts with other articles' dates."""
    moment = article.published
    stamp = _sa_ch(moment)
    modified = moment + timedelta(hours=1, minutes=27)
    zone = "ctl00_ctl40_g_3f1c2a8e_5b7d_4e90_a1c2_7d8e9f0a1b2c"

    def paragraph(text: str, seen: int) -> str:
        lead_in = "\u200b" if seen == 0 else ""
        return f'<p class="ms-rteElement-P" style="text-align:justify">{lead_in}{text}</p>'

    def image(img: Image, number: int) -> str:
        picture = f'<img class="ms-rtePosition-4" src="{attr(image_src(img))}" alt="" style="margin:5px;width:600px" />'
        if not img.caption:
            return f'<p class="ms-rteElement-P" style="text-align:center">{picture}</p>'
        return (
            f'<p class="ms-rteElement-P" style="text-align:center">{picture}<br/>'
            f'<span class="ms-rteStyle-Caption">{esc(img.caption)}</span></p>'
        )

    body = _blocks(
        article,
        paragraph,
        image,
        blank='<p class="ms-rteElement-P">&#160;</p>',
        ad="",
        script=(
            '<div class="ms-rtestate-read ms-rte-embedcode ms-rte-embedil ms-rtestate-notify">'
            '<iframe width="560" height="315" src="https://www.youtube.com/embed/lso-tv" frameborder="0" allowfullscreen=""></iframe></div>'
        ),
    )
    keywords = "; ".join(esc(t) for t in article.tags)
    byline = esc(shown_byline(article) or "")
    crumb = (
        '<span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap">'
        '<span><a class="ms-sitemapdirectional" href="/Pages/default.aspx">Trang chủ</a></span><span> &gt; </span>'
        f'<span><a class="ms-sitemapdirectional" href="/tintuc{attr(category_path(article).lower())}/Pages/default.aspx">{esc(category_name(article))}</a></span><span> &gt; </span>'
        f'<span class="ms-sitemapdirectional">{esc(article.title)}</span></span>'
    )
    others = "".join(
        f'<div class="item link-item"><a href="{attr(o.path)}" title="">{esc(o.title)}</a>'
        f'<div class="description">{_sa_ch(o.published)}</div></div>'
        for o in _others(article, 6, turn=5)
    )
    featured = "".join(
        f'<li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="{attr(o.path)}"><img class="image" src="/PublishingImages/thumb/{o.article_id}.jpg" alt="" /></a></div>'
        f'<div class="link-item"><a href="{attr(o.path)}">{esc(o.title)}</a><div class="description">{esc(lead_text(o))}</div></div></div></li>'
        for o in _others(article, 3, turn=11)
    )
    quick = "".join(
        f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/tintuc/{slug}/Pages/default.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(name)}</span></span></a></li>'
        for slug, name in [
            ("thoi-su", "Thời sự"),
            ("chinh-tri", "Chính trị"),
            ("kinh-te", "Kinh tế"),
            ("van-hoa", "Văn hóa - Xã hội"),
            ("quoc-phong", "Quốc phòng - An ninh"),
        ]
    )
    today = f"{weekday(SERVED)}, {SERVED:%d/%m/%Y}"
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	{esc(article.title)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/LSO/css/portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZZo8mNT7zdJ6hKJ2lRmh9g%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=Ie7YoYtUo4oDwqOhz8rTxKrwLR_CE0Ll5H3lVNa&amp;t=ffffffffc60ca17c"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=uNmvBiHdrBzcPQhDNDYqWQ\\u00253D\\u00253D");RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi-vn\\u0026name=SP\\u00252ERes\\u0026rev=XlWDgGvKAW8QVwfU2GRi8Q\\u00253D\\u00253D");</script>
<link type="text/xml" rel="alternate" href="/tintuc/_vti_bin/spsdisco.aspx" />
<link rel="canonical" href="{attr(url_of(article))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:image" content="{attr(image_src(article.images[0]) if article.images else "https://baolangson.vn/Style%20Library/LSO/images/logo-share.png")}" />
</head>
<body>
<div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="{attr(url_of(article))}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8C1F2A0D7E3B4C5A6F7E8D9C0B1A2F3E4D5C6B7A8F9E0D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6F7E8D9C0B1A2F3E4D5C6B7A,23 Nov 2026 03:00:00 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(article, 900)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002ftintuc", webAbsoluteUrl: "https:\\u002f\\u002fbaolangson.vn\\u002ftintuc", siteAbsoluteUrl: "https:\\u002f\\u002fbaolangson.vn", serverRequestPath: "\\u002ftintuc\\u002fPages\\u002f{article.article_id}.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "Tin tức", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-23T03:00:00.000Z") - new Date(), siteClientTag: "1$$15.0.5023.1000", pageListId: "{{4d7a1c8e-2b3f-4e5a-9c0d-1e2f3a4b5c6d}}", pageItemId: {article.article_id % 10000}, userId: 0, alertsEnabled: false, allowSilverlightPrompt: "True"}};
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2"></div></div></div></div></div></div>
</div>
<div id="s4-workspace">
<div id="s4-bodyContainer">
<div class="lso-topbar"><span class="lso-today">{today}</span><span class="lso-toplinks"><a href="/_layouts/15/Authenticate.aspx?Source=%2Ftintuc">Đăng nhập</a> | <a href="/Pages/lienhe.aspx">Liên hệ</a> | <a href="/Pages/sodo.aspx">Sơ đồ cổng</a></span></div>
<div id="titlerow" class="ms-dialogHidden s4-titlerow">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a id="ctl00_onetidProjectPropertyTitleGraphic" title="Báo Lạng Sơn" class="ms-siteicon-a" href="/"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" name="onetidHeadbnnr0" src="/Style%20Library/LSO/images/banner.png" alt="Báo Lạng Sơn" /></a></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div class="ms-breadcrumb-top"><div class="ms-core-navigation" role="navigation"><div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation"><div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static"><li class="static"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/Pages/default.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Trang chủ</span></span></a></li>{quick}</ul></div></div></div></div></div>
</div>
<div id="contentRow">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ4" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title" id="WebPartWPQ4_ChromeTitle"><span title="Tin nổi bật" id="WebPartTitleWPQ4" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><span>Tin nổi bật</span></h2></span></div>
<div webpartid="7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d" haspers="false" id="WebPartWPQ4" width="100%" class="ms-WPBody noindex" allowdelete="false" style=""><div class="slm-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{featured}</ul></div></div></div></div></div>
</div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="lso-breadcrumb">{crumb}</div>
<div class="article article-left">
<div class="ms-table ms-fullWidth">
<div class="tableCol-75">
<div class="article-header">
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span>{esc(article.title)}</span></span><div class="ms-displayInlineBlock ms-normalWrap"><a href="#" id="ms-pageDescriptionDiv" style="display:none;"><span id="ms-pageDescriptionImage">&#160;</span></a><span class="js-callout-mainElement ms-hide" id="ms-pageDescription"></span></div></h1>
<div class="captioned-image"><div class="byline"><span id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_TextField" class="ms-rtestate-field" style="display:inline">{byline}</span></div></div>
<div class="date-line"><span id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_DateTimeField">{stamp}</span></div>
</div>
<div class="article-content">
<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label"><p class="ms-rteElement-P" style="text-align:justify"><strong>{esc(lead_text(article))}</strong></p>
{body}
</div>
</div>
<div class="article-keywords"><span class="ms-metadata">Từ khóa:</span> <span id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_TaxonomyFieldControl">{keywords}</span></div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title" id="WebPartWPQ2_ChromeTitle"><span title="Chia sẻ" id="WebPartTitleWPQ2" class="js-webpart-titleCell"><h2 class="ms-webpart-titleText"><span>Chia sẻ</span></h2></span></div>
<div webpartid="1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowdelete="false" style=""><div class="ms-rtestate-field"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank">Facebook</a> &#160;|&#160; <a href="javascript:window.print()">In trang</a> &#160;|&#160; <a href="mailto:?subject={attr(article.title)}&amp;body={attr(url_of(article))}">Gửi email</a></div></div></div></div>
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle"><span title="Tin khác" id="WebPartTitleWPQ3" class="js-webpart-titleCell"><h2 class="ms-webpart-titleText"><span>Tin khác</span></h2></span></div>
<div webpartid="3f1c2a8e-5b7d-4e90-a1c2-7d8e9f0a1b2c" haspers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody noindex" allowdelete="false" style=""><div id="cbqwp{zone}" class="cbq-layout-main">{others}</div></div></div></div></div>
</div>
</div>
<div class="pageInfo ms-metadata">Sửa đổi lần cuối lúc {_sa_ch(modified)} bởi Quản trị hệ thống</div>
</div>
</div>
</div>
</div>
<div class="lso-footer"><p>BÁO LẠNG SƠN ĐIỆN TỬ</p><p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Giấy phép số 45/GP-BTTTT. Địa chỉ: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p><p>Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ cổng này.</p></div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;var _spWebPartComponents = new Object();
WebForm_InitCallback();
//]]>
</script>
</form>
</body>
</html>"""
    return CorpusPage(
        "sharepoint", article.article_id, url_of(article), page,
        expected(article, dateline=stamp, published="minutes"),
    )  # fmt: skip


# --- 3. Facebook Instant Articles document ----------------------------------------------------


def _utc_z(moment: datetime) -> str:
    """`2022-02-04T02:56:32Z`: the Vietnam-time moment in UTC."""
    return (moment - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def instant(article: Article) -> CorpusPage:
    """A Facebook Instant Articles document as a publisher's IA feed serves it: `op:` and `fb:`
    meta, the whole article in one bare `<article>`; in its `<header>` the h1 title, the lead
    as the `<h2>` subtitle, the category as `h3.op-kicker`, one `<address>` per author name,
    `<time class="op-published" datetime="…Z">` (UTC) and a later `op-modified`, an `op-ad`;
    `<figure>` pictures with `<figcaption>`, video as `op-interactive`, an `op-tracker` with
    analytics; the credit as printed in the footer's `<aside>`, `op-related-articles` links.
    No tags shown."""
    moment = article.published
    shown = f"{dmy(moment)} - {moment:%H:%M}"
    modified = moment + timedelta(hours=3, minutes=5)

    def image(img: Image, number: int) -> str:
        caption = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure data-feedback="fb:likes,fb:comments"><img src="{attr(image_src(img))}" />{caption}</figure>'

    body = _blocks(
        article,
        lambda text, seen: f"<p>{text}</p>",
        image,
        blank="",
        ad='<figure class="op-ad"><iframe width="300" height="250" style="border:0; margin:0;" src="https://www.facebook.com/adnw_request?placement=1234567890_0987654321&amp;adtype=banner300x250"></iframe></figure>',
        script='<figure class="op-interactive"><iframe width="560" height="315" src="https://www.youtube.com/embed/lso-tv" frameborder="0" allowfullscreen></iframe></figure>',
    )
    addresses = "\n".join(
        f'<address><a href="{attr(url_of(article).rsplit("/", 1)[0])}/tac-gia/{tag_slug(a)}">{esc(a)}</a></address>'
        for a in article.authors
    )
    credit = f"<aside>{esc(shown_byline(article) or '')}</aside>" if shown_byline(article) else ""
    related = "".join(
        f'<li><a href="https://baolangson.vn{attr(o.path)}"></a></li>'
        for o in _others(article, 3, turn=13)
    )
    page = f"""<!doctype html>
<html lang="vi" prefix="op: http://media.facebook.com/op#">
<head>
<meta charset="utf-8">
<link rel="canonical" href="{attr(url_of(article))}">
<meta property="op:markup_version" content="v1.0">
<meta property="fb:article_style" content="baolangson">
<meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">
<meta property="fb:pages" content="180953208613217">
<title>{esc(article.title)}</title>
</head>
<body>
<article>
<header>
<h1>{esc(article.title)}</h1>
<h2>{esc(lead_text(article))}</h2>
<h3 class="op-kicker">{esc(category_name(article))}</h3>
{addresses}
<time class="op-published" datetime="{_utc_z(moment)}">{shown}</time>
<time class="op-modified" datetime="{_utc_z(modified)}">{dmy(modified)} - {modified:%H:%M}</time>
<figure class="op-ad"><iframe width="320" height="50" style="border:0; margin:0;" src="https://www.facebook.com/adnw_request?placement=1234567890_1122334455&amp;adtype=banner320x50"></iframe></figure>
</header>
{body}
<figure class="op-tracker"><iframe><script>
(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-1234567-1', 'auto'); ga('require', 'displayfeatures'); ga('set', 'campaignSource', 'Facebook'); ga('set', 'campaignMedium', 'Social Instant Article'); ga('set', 'title', '{attr(article.title)}'); ga('send', 'pageview');
</script></iframe></figure>
<footer>
{credit}
<small>© {moment.year} Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin.</small>
<ul class="op-related-articles" title="Tin liên quan">{related}</ul>
</footer>
</article>
</body>
</html>"""
    return CorpusPage(
        "instant", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds", tags=False),
    )  # fmt: skip


# --- 4. Print view ("In bài viết") ------------------------------------------------------------


def print_view(article: Article) -> CorpusPage:
    """The CMS's print view of an article ("In bài viết", served for `?print=1`): a bare page
    that calls `window.print()`, a print toolbar, a logo header with the print time
    ("Ngày in"), the category in a small line, the title in an h2, credit and date on one
    small-text row in two spans (`Ngày 4 tháng 2 năm 2022, 09:56`), the lead in bold italics,
    captions in a `<p class="pic-note">` after each picture, then a "Nguồn:" line with the
    URL and the editorial footer. No tags."""
    moment = article.published
    shown = f"Ngày {moment.day} tháng {moment.month} năm {moment.year}, {moment:%H:%M}"
    printed = f"Ngày in: {SERVED:%d/%m/%Y} 10:00"

    def image(img: Image, number: int) -> str:
        note = f'<p class="pic-note">{esc(img.caption)}</p>' if img.caption else ""
        return f'<div class="pic"><img src="{attr(img.src)}" width="480" alt="" />{note}</div>'

    body = _blocks(
        article,
        lambda text, seen: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<p class="video-note"><i>[Video: xem tại bản điện tử]</i></p>',
    )
    credit = ""
    if shown_byline(article):
        credit = f'<small class="author">{esc(shown_byline(article) or "")}</small> <small class="sep">|</small> '
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>In bài viết: {esc(article.title)}</title>
<link rel="canonical" href="{attr(url_of(article))}">
<link rel="stylesheet" href="/css/print.css?v=3" media="all">
<style>body {{ font-family: "Times New Roman", serif; width: 680px; margin: 0 auto; }} .noprint {{ }} @media print {{ .noprint {{ display: none; }} }} small {{ font-size: 11px; color: #555; }} .pic {{ text-align: center; }} .pic-note {{ font-style: italic; font-size: 13px; }}</style>
</head>
<body onload="window.print();">
<div class="noprint toolbar"><a href="javascript:window.print();">In bài này</a> | <a href="javascript:window.close();">Đóng cửa sổ</a> | <a href="{attr(url_of(article))}">Quay lại bài viết</a></div>
<table class="print-head" width="100%"><tr><td><img src="/images/logo-print.png" alt="Báo Lạng Sơn" height="48"></td><td align="right"><small>BÁO LẠNG SƠN ĐIỆN TỬ - baolangson.vn</small><br><small>{printed}</small></td></tr></table>
<hr>
<div class="print-cat"><small>{esc(category_name(article))}</small></div>
<h2 class="print-title">{esc(article.title)}</h2>
<div class="print-info">{credit}<small class="date">{shown}</small></div>
<p class="print-sapo"><b><i>{esc(lead_text(article))}</i></b></p>
<div class="print-content">
{body}
</div>
<p class="print-source">Nguồn: Báo Lạng Sơn - {esc(url_of(article))}</p>
<hr>
<div class="print-foot"><small>Báo Lạng Sơn điện tử. Giấy phép số 45/GP-BTTTT. Tổng biên tập: Nguyễn Văn A. Địa chỉ: Số 6 Hoàng Văn Thụ, thành phố Lạng Sơn. Điện thoại: 0205.3812.246.</small></div>
<script type="text/javascript">setTimeout(function () {{ window.print(); }}, 500);</script>
</body>
</html>"""
    return CorpusPage(
        "print_view", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="minutes", tags=False),
    )  # fmt: skip


MARKUPS_C: dict[str, Renderer] = {
    "aspnet": aspnet,
    "sharepoint": sharepoint,
    "instant": instant,
    "print_view": print_view,
}
