# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set Q: the sixteenth held-out set (scored once sealed at 84.4 %), now tuned on.

Written from what systems outside the usual news CMSes emit when the paper's article travels:
the paper's e-mail newsletter as Mailchimp's campaign archive serves it (nested layout tables,
inline styles, the text split across `mcnTextBlock`s by `mcnCaptionBlock`/`mcnImageBlock`
pictures rehosted on mcusercontent.com, the issue date in the header), a school's new Google
Sites page reposting it (obfuscated class names, every paragraph a `p > span`, the caption in
its own text tile under the picture on googleusercontent.com), the provincial e-government
portal on IBM WebSphere Portal 8.5 with a Web Content Manager rendering portlet (portlet
chrome, a `<base href>` that the picture addresses resolve against, caption tables), an old
agency site on Lotus Domino (upper-case HTML, `<FONT>` runs and `<BR><BR>` paragraphs, no
heading element, the time with Domino's zone code `ZE7`) and a HubSpot CMS blog of the
province's investment-promotion centre (the `<!--more-->` separator after the lead, a CTA
image in the body, captions as centred italic paragraphs, the `<time datetime>` in UTC written
without a zone). The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with seconds in a meta, JSON-LD or `datetime` with its zone counts; a printed local
time counts to the minute, or to the second when printed with seconds; a machine time written
without any zone is ambiguous and does not count; none when the page gives no time), `byline`
the credit as shown (never a source line such as `Nguồn: Báo Lạng Sơn`, nor a blog account
such as `Ban Biên tập`), `authors` the names in it, `tags` only the tags the page shows,
`category` the top-level section (the last step of a breadcrumb or view path), a caption's
`image_url` the address the page serves the picture from (resolved against `<base href>`
where the page has one) and its `text` the caption as printed. A CTA button image and the
newsletter's logo are not article pictures.

The newsletter's issue date, the masthead's today date, the Google Sites "page updated" note,
the portal's visitor counters, the Domino view dates, the HubSpot modified time and the dates of
other articles are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import quote

from tests.corpus.pages import (
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
    others,
    rehosted_captions,
    script_json,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    weekday,
)
from tests.site.formats import LEGACY_WEEKDAYS
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script


def _blocks(
    article: Article,
    paragraph: Callable[[str, int, int], str],
    image: Callable[[Image, int], str],
    *,
    blank: str,
    ad: str,
    script: str,
) -> str:
    """The article's blocks after the lead; `paragraph` gets (escaped text, number, count) and
    `image` (picture, its number among the pictures)."""
    out = []
    count = len(article.paragraphs)
    seen = 0
    pictures = 0
    for block in article.blocks:
        if isinstance(block, Paragraph):
            seen += 1
            out.append(paragraph(esc(block.text), seen, count))
        elif isinstance(block, Image):
            pictures += 1
            out.append(image(block, pictures))
        elif isinstance(block, Blank):
            out.append(blank)
        elif isinstance(block, Ad):
            out.append(ad)
        elif isinstance(block, Script):
            out.append(script)
    return "\n".join(part for part in out if part)


def _uuid(text: str) -> str:
    """A stable UUID-shaped id."""
    d = stable_digest(text)
    return f"{d[:8]}-{d[8:12]}-{d[12:16]}-{d[16:20]}-{d[20:]}"


# --- 1. The paper's e-mail newsletter in Mailchimp's campaign archive -----------------------------

_MC_USER = "7c1f0e2b9a4d5e6f8a3b2c1d0"


def _mc_image(img: Image) -> str:
    """Where Mailchimp's content studio keeps an uploaded picture."""
    return f"https://mcusercontent.com/{_MC_USER}/images/{_uuid(img.src)}.jpg"


def _mc_text(inner: str) -> str:
    """One `mcnTextBlock`, as the drag-and-drop editor writes it."""
    return (
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">\n'
        '    <tbody class="mcnTextBlockOuter">\n        <tr>\n            <td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">\n'
        '              \t<!--[if mso]>\n\t\t\t\t<table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">\n\t\t\t\t<tr>\n\t\t\t\t<![endif]-->\n'
        '                <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">\n'
        '                    <tbody><tr>\n                        <td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">\n'
        f"                        {inner}\n"
        "                        </td>\n                    </tr>\n                </tbody></table>\n"
        "\t\t\t\t<!--[if mso]>\n\t\t\t\t</tr>\n\t\t\t\t</table>\n\t\t\t\t<![endif]-->\n"
        "            </td>\n        </tr>\n    </tbody>\n</table>"
    )


def mailchimp_archive(article: Article) -> CorpusPage:
    """ "Bản tin Báo Lạng Sơn", the paper's morning e-mail, as Mailchimp's campaign archive page
    serves it the day after the article: the archive bar (Đăng ký, Các số trước, RSS, Dịch), the
    hidden preview text, the `#bodyTable` / `.templateContainer` layout tables with inline
    styles, the issue date (the next morning) beside the logo, the section name, `h1` title, the
    article's date without a time, the bold lead with its marker, the text split into
    `mcnTextBlock`s around `mcnCaptionBlock` (caption in the cell under the picture) and
    `mcnImageBlock` pictures rehosted on mcusercontent.com, the credit bold and right-aligned, a
    "read on the website" button, "Tin khác trong số này" with other leads, the social follow
    block, the footer with the mailing address and unsubscribe links, and the Intuit Mailchimp
    badge. OpenGraph carries the subject line, not the title; there is no time and no tags."""
    moment = article.published
    issue = moment + timedelta(days=1)
    shown = f"{weekday(moment)}, {dmy(moment)}"
    captions = rehosted_captions(article, _mc_image)
    campaign = stable_digest(f"campaign{article.article_id}")[:10]
    subject = f"Bản tin sáng {dmy(issue)}: {article.title}"

    def image(img: Image, number: int) -> str:
        src = attr(_mc_image(img))
        if not img.caption:
            return (
                '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width:100%;">\n'
                '    <tbody class="mcnImageBlockOuter">\n            <tr>\n                <td valign="top" style="padding:9px" class="mcnImageBlockInner">\n'
                '                    <table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%;">\n'
                '                        <tbody><tr>\n                            <td class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; padding-top: 0; padding-bottom: 0; text-align:center;">\n'
                f'                                    <img align="center" alt="" src="{src}" width="564" style="max-width:1200px; padding-bottom: 0; display: inline !important; vertical-align: bottom;" class="mcnImage">\n'
                "                            </td>\n                        </tr>\n                    </tbody></table>\n"
                "                </td>\n            </tr>\n    </tbody>\n</table>"
            )
        return (
            '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock">\n'
            '    <tbody class="mcnCaptionBlockOuter">\n        <tr>\n            <td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">\n'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent">\n    <tbody><tr>\n'
            '        <td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;">\n'
            f'            <img alt="" src="{src}" width="564" style="max-width:1200px;" class="mcnImage">\n'
            "        </td>\n    </tr>\n    <tr>\n"
            '        <td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px;" width="564">\n'
            f'            <span style="font-size:13px"><em>{esc(img.caption)}</em></span>\n'
            "        </td>\n    </tr>\n</tbody></table>\n"
            "            </td>\n        </tr>\n    </tbody>\n</table>"
        )

    # The editor keeps running text in one text block until a picture block interrupts it.
    parts: list[str] = []
    run: list[str] = []
    for block in article.blocks:
        if isinstance(block, Paragraph):
            run.append(f'<p style="text-align: justify;">{esc(block.text)}</p>')
        elif isinstance(block, Blank):
            run.append("<p>&nbsp;</p>")
        elif isinstance(block, Image):
            if run:
                parts.append(_mc_text("\n".join(run)))
                run = []
            parts.append(image(block, 0))
    credit = shown_byline(article)
    if credit:
        run.append(f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>')
    if run:
        parts.append(_mc_text("\n".join(run)))
    body = "\n".join(parts)
    head = _mc_text(
        f'<span style="color:#B22222"><strong>{esc(category_name(article))}</strong></span>\n'
        f'<h1 style="font-size:24px;line-height:125%;">{esc(article.title)}</h1>\n'
        f'<span style="color:#808080;font-size:12px">{shown}</span>\n'
        f"<p><strong>{esc(lead_text(article))}</strong></p>"
    )
    more = "".join(
        f'<h3><a href="{attr(url_of(o))}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=ban-tin-sang" target="_blank">{esc(o.title)}</a></h3>'
        f"<p>{esc(o.lead[:140].rsplit(' ', 1)[0])}…</p>"
        for o in others(article, 3, turn=601)
    )
    button = (
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;"><tbody class="mcnButtonBlockOuter"><tr><td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner">'
        '<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 3px;background-color: #B22222;"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="font-family: Arial; font-size: 16px; padding: 15px;">'
        f'<a class="mcnButton " title="Đọc trên Báo Lạng Sơn điện tử" href="{attr(url_of(article))}?utm_source=newsletter&amp;utm_medium=email" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;">Đọc trên Báo Lạng Sơn điện tử</a>'
        "</td></tr></tbody></table></td></tr></tbody></table>"
    )
    page = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
    <head>
        <!-- NAME: 1 COLUMN -->
        <!--[if gte mso 15]>
        <xml>
            <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
            </o:OfficeDocumentSettings>
        </xml>
        <![endif]-->
        <meta charset="UTF-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{esc(subject)}</title>
<meta property="og:title" content="{attr(subject)}">
<meta property="og:description" content="Bản tin sáng {dmy(issue)} của Báo Lạng Sơn">
<meta property="og:url" content="https://us21.campaign-archive.com/?u={_MC_USER}&amp;id={campaign}">
<meta property="og:image" content="https://mcusercontent.com/{_MC_USER}/images/logo-bao-lang-son.png">
        <style type="text/css">
		p{{margin:10px 0;padding:0;}}
		table{{border-collapse:collapse;}}
		h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}
		img,a img{{border:0;height:auto;outline:none;text-decoration:none;}}
		body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
		.mcnPreviewText{{display:none !important;}}
		#outlook a{{padding:0;}}
		.ReadMsgBody{{width:100%;}}
		.ExternalClass{{width:100%;}}
		.templateContainer{{max-width:600px !important;}}
		.mcnImage,.mcnRetinaImage{{vertical-align:bottom;}}
		.mcnTextContent{{word-break:break-word;}}
		#awesomewrap{{font-family:Helvetica,Arial,sans-serif;background:#fff;border-bottom:1px solid #ccc;}}
	</style>
<script type="text/javascript">
 var w=window;
 if (w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document;AKSB=w.AKSB||{{}},AKSB.q=AKSB.q||[],AKSB.mark=AKSB.mark||function(e,_){{AKSB.q.push(["mark",e,_||(new Date).getTime()])}},AKSB.measure=AKSB.measure||function(e,_,t){{AKSB.q.push(["measure",e,_,t||(new Date).getTime()])}},AKSB.done=AKSB.done||function(e){{AKSB.q.push(["done",e])}},AKSB.mark("firstbyte",(new Date).getTime());}}
</script></head>
    <body>
<div id="awesomewrap" style="text-align:center"><div id="awesomebar"><a href="http://eepurl.com/hQx2Lb" class="btn" title="Đăng ký nhận bản tin">Đăng ký</a> <a href="https://us21.campaign-archive.com/home/?u={_MC_USER}&amp;id=5b1f3c2a7e" class="btn" title="Xem các số trước">Các số trước</a> <a href="https://us21.campaign-archive.com/feed?u={_MC_USER}&amp;id=5b1f3c2a7e" class="btn rss" title="RSS">RSS</a> <select id="translate" aria-label="Dịch"><option value="">Dịch</option><option value="en">English</option><option value="zh">中文</option><option value="fr">Français</option></select></div></div>
        <!--*|IF:MC_PREVIEW_TEXT|*-->
        <!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(article.title)} và những tin đáng chú ý sáng {dmy(issue)}</span><!--<![endif]-->
        <!--*|END:IF|*-->
        <center>
            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#FAFAFA;">
                <tr>
                    <td align="center" valign="top" id="bodyCell" style="padding:10px;">
                        <!--[if (gte mso 9)|(IE)]>
                        <table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;">
                        <tr>
                        <td align="center" valign="top" width="600" style="width:600px;">
                        <![endif]-->
                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
                            <tr>
                                <td valign="top" id="templatePreheader">{_mc_text('<div style="text-align: right;"><a href="https://us21.campaign-archive.com/?u=' + _MC_USER + "&amp;id=" + campaign + '" target="_blank">Xem email này trong trình duyệt</a></div>')}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width:100%;"><tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%;"><tbody><tr><td class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; padding-top: 0; padding-bottom: 0; text-align:center;"><a href="https://baolangson.vn/?utm_source=newsletter" title="" class="" target="_blank"><img align="center" alt="Báo Lạng Sơn" src="https://mcusercontent.com/{_MC_USER}/images/logo-bao-lang-son.png" width="300" style="max-width:600px; padding-bottom: 0; display: inline !important; vertical-align: bottom;" class="mcnImage"></a></td></tr></tbody></table></td></tr></tbody></table>
{_mc_text('<div style="text-align: center;"><span style="font-size:12px">BẢN TIN SÁNG &nbsp;|&nbsp; ' + weekday(issue) + ", " + dmy(issue) + "</span></div>")}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateBody">{head}
{body}
{button}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;"><tbody class="mcnDividerBlockOuter"><tr><td class="mcnDividerBlockInner" style="min-width:100%; padding:18px;"><table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width: 100%;border-top: 2px solid #EAEAEA;"><tbody><tr><td><span></span></td></tr></tbody></table></td></tr></tbody></table>
{_mc_text('<h2 style="font-size:18px">Tin khác trong số này</h2>' + more)}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock" style="min-width:100%;"><tbody class="mcnFollowBlockOuter"><tr><td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner"><a href="https://www.facebook.com/baolangson" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-facebook-48.png" alt="Facebook" style="display:block;" height="24" width="24" class=""></a> <a href="https://www.youtube.com/@baolangson" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-youtube-48.png" alt="YouTube" style="display:block;" height="24" width="24" class=""></a> <a href="https://baolangson.vn" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-link-48.png" alt="Website" style="display:block;" height="24" width="24" class=""></a></td></tr></tbody></table>
{_mc_text("<em>Copyright © " + str(issue.year) + ' Báo Lạng Sơn, All rights reserved.</em><br>Bạn nhận được email này vì đã đăng ký nhận bản tin trên website baolangson.vn.<br><br><strong>Địa chỉ liên hệ:</strong><br>Báo Lạng Sơn<br>Số 6 Hoàng Văn Thụ<br>Lạng Sơn 240000<br>Vietnam<br><br>Bạn muốn thay đổi cách nhận email?<br>Bạn có thể <a href="https://baolangson.us21.list-manage.com/profile?u=' + _MC_USER + '">cập nhật thông tin</a> hoặc <a href="https://baolangson.us21.list-manage.com/unsubscribe?u=' + _MC_USER + '">hủy đăng ký</a>.<br><br><a href="http://eepurl.com/hQx2Lb" title="Intuit Mailchimp" target="_blank"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp" style="width: 139px;height: 54px;margin: 0 !important;" width="139" height="54"></a>')}</td>
                            </tr>
                        </table>
                        <!--[if (gte mso 9)|(IE)]>
                        </td>
                        </tr>
                        </table>
                        <![endif]-->
                    </td>
                </tr>
            </table>
        </center>
    <script type="text/javascript">
        var fnames = new Array();var ftypes = new Array();fnames[0]='EMAIL';ftypes[0]='email';
    </script></body>
</html>
"""
    record = expected(article, dateline=shown, published=None, captions=captions, tags=False)
    return CorpusPage("mailchimp_archive", article.article_id, url_of(article), page, record)


# --- 2. A school's new Google Sites page reposting the article ------------------------------------


def _gs_image(img: Image) -> str:
    """Where Google Sites serves an inserted picture (`=w1280` rendition)."""
    key = stable_digest(img.src) + stable_digest(img.src[::-1])
    return f"https://lh3.googleusercontent.com/{key[:48]}-{key[48:60]}_{key[60:]}=w1280"


def _gs_id(article: Article, number: int) -> str:
    """A Google Sites heading or tile id, `h.2b8d3c1e5f7a9b0_14`."""
    return f"h.{stable_digest(f'{article.article_id}:{number}')[:15]}_{number}"


def _gs_tile(inner: str) -> str:
    """One content tile of a Google Sites section."""
    return (
        '<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">'
        f'<div class="jXK9ad-SmKAyb">{inner}</div></div></div>'
    )


def _gs_text(paragraphs: list[str]) -> str:
    """A text box tile."""
    return _gs_tile('<div class="tyJCtd mGzaTb Depvyb baZpAe">' + "".join(paragraphs) + "</div>")


def _gs_p(text: str, style: str = "", span_style: str = "") -> str:
    """A Google Sites paragraph: every run of text sits in `span.C9DxTc`."""
    s = f' style="{style}"' if style else ""
    ss = f' style="{span_style}"' if span_style else ""
    return f'<p dir="ltr" class="zfr3Q CDt4Ke "{s}><span class="C9DxTc "{ss}>{text}</span></p>'


def google_sites(article: Article) -> CorpusPage:
    """The "Góc báo chí" page of a high school's new Google Sites (sites.google.com/view/…),
    where a teacher reposts the paper's article: the header with the school's name and the
    navigation (the page under "Tin tức", its short page name in the menu), the page-title
    banner with the article's title as `h1`, text tiles where every paragraph is
    `p.zfr3Q > span.C9DxTc` (the section kicker copied from the paper, then the date line
    `Đăng lúc 09:56 ngày 04/02/2022 (GMT+7)`, the lead in bold with its marker), image tiles on
    lh3.googleusercontent.com with the caption in its own centred italic text tile below, the
    credit bold and right-aligned, the source line, an embedded YouTube tile, and Google
    Sites' footer ("Báo cáo hành vi sai trái", "Đã cập nhật trang" and its hidden date). No
    meta gives a time; there are no tags."""
    moment = article.published
    shown = f"Đăng lúc {moment:%H:%M} ngày {dmy(moment)} (GMT+7)"
    captions = rehosted_captions(article, _gs_image)
    short = " ".join(article.title.split()[:6])
    counter = iter(range(1, 1000))

    tiles: list[str] = []
    run = [
        _gs_p(esc(category_name(article)), span_style="color: #cc0000; font-weight: 700;"),
        _gs_p(esc(shown), span_style="color: #666666; font-style: italic;"),
        _gs_p(esc(lead_text(article)), "text-align: justify;", "font-weight: 700;"),
    ]
    for block in article.blocks:
        if isinstance(block, Paragraph):
            run.append(_gs_p(esc(block.text), "text-align: justify;"))
        elif isinstance(block, Blank):
            run.append('<p dir="ltr" class="zfr3Q CDt4Ke "><br></p>')
        elif isinstance(block, Image):
            if run:
                tiles.append(_gs_text(run))
                run = []
            tiles.append(
                _gs_tile(
                    f'<div class="t3iYD" id="{_gs_id(article, next(counter))}"><img src="{attr(_gs_image(block))}" class="CENy8b" role="img" style="width: 100%; margin: 0%"></div>'
                )
            )
            if block.caption:
                tiles.append(
                    _gs_text(
                        [_gs_p(esc(block.caption), "text-align: center;", "font-style: italic;")]
                    )
                )
        elif isinstance(block, Script):
            if run:
                tiles.append(_gs_text(run))
                run = []
            tiles.append(
                _gs_tile(
                    '<div class="WIdY2d M1aSXe"><div jsname="WXxXjd" style="padding-top: 56.25%"></div><div class="YMEQtf" style="width: 100%; height: 100%; left: 0%; top: 0%" jsname="zrTL9c"><iframe class="YMEQtf KfXz0b" jsname="L5Fo6c" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox allow-downloads" frameborder="0" aria-label="YouTube Video, LSO TV" src="https://www.youtube.com/embed/lsotv2022?embed_config=%7B%22enc%22:%22AXH1ezl%22%7D" allowfullscreen=""></iframe></div></div>'
                )
            )
    credit = shown_byline(article)
    if credit:
        run.append(_gs_p(esc(credit), "text-align: right;", "font-weight: 700;"))
    run.append(
        _gs_p(
            'Nguồn: <a class="XqQF9c" href="https://www.google.com/url?q='
            + quote(url_of(article), safe="")
            + '&amp;sa=D&amp;sntz=1&amp;usg=AOvVaw0x" target="_blank">Báo Lạng Sơn điện tử</a>',
            "text-align: right;",
            "font-style: italic;",
        )
    )
    tiles.append(_gs_text(run))
    section = "".join(tiles)
    nav_pages = [
        "Trang chủ",
        "Giới thiệu",
        "Tin tức",
        "Góc báo chí",
        "Thời khóa biểu",
        "Tuyển sinh",
        "Liên hệ",
    ]
    nav = "".join(
        f'<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" href="/view/thptchuyenchuvananls/{attr(p.lower().replace(" ", "-"))}" data-url="/view/thptchuyenchuvananls/{attr(p.lower().replace(" ", "-"))}" data-type="1" data-level="1">{esc(p)}</a></div></div></li>'
        for p in nav_pages
    )
    page = f"""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta name="referrer" content="origin"><link rel="canonical" href="https://sites.google.com/view/thptchuyenchuvananls/góc-báo-chí/{attr(article.slug)}"><meta property="og:title" content="THPT Chuyên Chu Văn An Lạng Sơn - {attr(short)}"><meta property="og:url" content="https://sites.google.com/view/thptchuyenchuvananls/góc-báo-chí/{attr(article.slug)}"><meta property="og:type" content="website"><meta itemprop="name" content="THPT Chuyên Chu Văn An Lạng Sơn - {attr(short)}"><meta itemprop="url" content="https://sites.google.com/view/thptchuyenchuvananls/góc-báo-chí/{attr(article.slug)}"><meta itemprop="thumbnailUrl" content="{attr(_gs_image(article.images[0]) if article.images else "https://lh3.googleusercontent.com/sitesv/logo=w16383")}"><meta itemprop="image" content="{attr(_gs_image(article.images[0]) if article.images else "https://lh3.googleusercontent.com/sitesv/logo=w16383")}"><meta property="og:image" content="{attr(_gs_image(article.images[0]) if article.images else "https://lh3.googleusercontent.com/sitesv/logo=w16383")}"><link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&display=swap" rel="stylesheet" nonce="qv3dT2x8mK"><link href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7R57rYYVGiA.L.W.O/am=MBiA/d=1/rs=AGEqA5nH" rel="stylesheet" nonce="qv3dT2x8mK"><title>THPT Chuyên Chu Văn An Lạng Sơn - {esc(short)}</title><style jsname="ptDGoc" nonce="qv3dT2x8mK">.M63kCb{{background-color: rgba(255,255,255,1);}}.OUGEr{{color: rgba(33,33,33,1);}}.duRjpb{{font-family: Lato, sans-serif; font-size: 34pt; font-weight: 300;}}.CDt4Ke{{font-family: Lato, sans-serif; font-size: 11pt; line-height: 1.6;}}</style><script nonce="qv3dT2x8mK">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com",null,null,null,null,null,null,null,null,null,null,null,"SITES_{stable_digest(article.slug)[:8]}",null,null,null,null,null,null,null,null,null,["AHKXmL2x"],null,0,1];</script></head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;" jsname="AznF2e" class="WIdY2d M1aSXe"><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jsname="CGzTgf" class="T4LgNb"><div jsname="LgbsSe" class="zDUgLc eWDljc sAmE6c" data-is-preview="false"><div jscontroller="Md9ENb" class="BbxBP HP6J1d K5Zlne" jsaction="click:MGA2bb;keydown:qJbIsb;"><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne JzO0Vc" jsname="rKc1mb"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/view/thptchuyenchuvananls/trang-chủ"><img src="https://lh4.googleusercontent.com/sitesv/logo-chuvanan=w16383" class="lzy1Td" role="img" aria-label="Trang chủ của THPT Chuyên Chu Văn An Lạng Sơn"><span class="QTKDff">THPT Chuyên Chu Văn An Lạng Sơn</span></a></div><nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MxH79b:CfS0pe;" id="WDxLfe" data-is-preview="false" style="visibility: hidden;" role="navigation" tabindex="-1"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">{nav}</ul></nav></div></div></div><script nonce="qv3dT2x8mK">DOCS_timing['navv'] = new Date().getTime();</script></header><div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="{_gs_id(article, 0)}" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf" style=""><div class="Nu95r"><div class="IFuOkc" style="background-size: cover; background-position: center center; background-image: url(https://lh3.googleusercontent.com/sitesv/banner-truong=w16383);" jsname="LQX2Vd"></div></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div id="{_gs_id(article, 500)}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="{_gs_id(article, 501)}" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: left;"><span class="C9DxTc aw5Odc ">{esc(article.title)}</span></h1></div></div></div></div></div></div></div></div></div></section><section id="{_gs_id(article, 502)}" class="yaqOZd"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">{section}</div></div></div></div></section></div><div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="{int((SERVED - datetime(1970, 1, 1).date()).total_seconds()) * 1000 - 86400000 * 9}" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd;" aria-label="Thông tin trang web" aria-disabled="false" tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start" data-anchor-corner="top-start"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot="" class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class="hEtGGf HzV7m-HzV7m"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z"></path></svg></span></span><div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" jsaction="IpSVtb:TvD9Pc;fEN2Ze:xzS4ub;frq95c:LNeFm;cFpp9e:J9oOtd; click:H8nU8b; mouseup:H8nU8b; keydown:I481le; keypress:Kr2w4b; blur:O22p3e; focus:H8nU8b" role="menu" tabindex="0" style="position:fixed"><div class="XvhY1d" jsaction="mousedown:p8EH2c; touchstart:p8EH2c;"><div class="JAPqpe K0NPx"><span jsslot="" class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true); mousedown:lAhnzb; mouseup:Osgxgf; mouseenter:SKyDAe; mouseleave:xq3APb;touchstart:jJiBRc; touchmove:kZeBdd; touchend:VfAz8" jsname="j7LFlb" aria-label="Báo cáo hành vi sai trái" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf" jsaction="JIbuQc:Toy3n;" jsname="V2zOu"><div class="jO7h3c">Báo cáo hành vi sai trái</div></div></span><span jsslot="" class="z80M1 FeRvI" role="menuitem" tabindex="-1" aria-label="Thông tin chi tiết về trang"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Thông tin chi tiết về trang</div></div></span><span jsslot="" class="z80M1 FeRvI" role="menuitem" tabindex="-1" aria-label="Đã cập nhật trang"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Đã cập nhật trang <span class="last-updated">{SERVED - timedelta(days=9):%d/%m/%Y}</span></div></div></span></div></div></div></div></div></div><div jsname="kdb7zb"><div jscontroller="kklOXd" jsaction="rcuQ6b:rcuQ6b;" class="LqzjUe" data-abuse-proto="%.@.null,null,&quot;https://sites.google.com/view/thptchuyenchuvananls/góc-báo-chí&quot;]" data-abuse-reporting-widget-proto="%.@.null,&quot;https://sites.google.com/view/thptchuyenchuvananls/góc-báo-chí&quot;]"><div class="Q0cSn" jsname="oTm3Yb"><div class="Hxxdzf"><a class="IkRBpd" href="https://sites.google.com/new" target="_blank">Google Sites</a></div></div></div></div></div></div></div></div></div><script nonce="qv3dT2x8mK">window.viewerData = {{config: [null,null,null,null,null,null,null,null,null,null,null,null,null,"vi"], page: [null,"{attr(short)}",null,null,"/view/thptchuyenchuvananls/góc-báo-chí/{article.slug}"]}};</script></body></html>"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    return CorpusPage("google_sites", article.article_id, url_of(article), page, record)


# --- 3. The provincial portal on IBM WebSphere Portal with a WCM rendering portlet ------------------

_WPS = "https://langson.gov.vn"
_NAVSTATE = "!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zifQIdPZ0NHA0s3INNDAwcPQ09vd2dDdyDTIz0wwkpiAJKG-AARwNC-sP1o8BKcJgAURCENyICTUb-QwhqJ4nqrg"


def _wcm(article: Article, img: Image) -> str:
    """A picture's address in Web Content Manager (relative, resolved against `<base href>`)."""
    return f"/wps/wcm/connect/{_uuid(article.slug)}/{image_file(img)}?MOD=AJPERES&CACHEID=ROOTWORKSPACE-{_uuid(article.slug)}-{stable_digest(img.src)[:7]}"


def _portlet(pid: str, title: str, inner: str, hidden_title: bool = False) -> str:
    """A portlet in the portal theme's control skin."""
    skin = " wpthemeHidden" if hidden_title else ""
    return (
        f'<section class="ibmPortalControl wpthemeControl{skin} a11yRegionTarget" id="Z7_{pid}" role="region" aria-labelledby="title.Z7_{pid}">\n'
        f'<div class="asa.portlet" id="asa.portlet.Z7_{pid}" style="display:none;"><span class="asa.portlet.id">Z7_{pid}</span></div>\n'
        f'<div class="wpthemeControlHeader"><div class="wpthemeInner"><h2><img class="dndHandle" draggable="true" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt=""><span id="title.Z7_{pid}" class="lotusHeading">{esc(title)}</span></h2></div></div>\n'
        f'<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"><!-- start portlet content -->\n{inner}\n<!-- end portlet content --><div class="wpthemeClear"></div></div>\n</section>'
    )


def websphere_portal(article: Article) -> CorpusPage:
    """ "Cổng Thông tin điện tử tỉnh Lạng Sơn" on IBM WebSphere Portal 8.5, its news section
    fed by Web Content Manager, reposting the paper's article: the theme's `<base href>` and
    `NavStateUrl` link, the banner with today's date and the weather, the top navigation,
    `wpthemeCrumbTrail` (Trang chủ › Tin tức - Sự kiện › section), portlets in
    `section.ibmPortalControl` with their headers ("Chi tiết tin", "Tin cùng chuyên mục",
    "Thống kê truy cập", "Liên kết website"), the WCM presentation template writing `h1`, the
    date `Ngày đăng: 04/02/2022 09:56`, the lead bold with its marker, the rich-text body with
    pictures in centred caption tables addressed by relative `/wps/wcm/connect/…?MOD=AJPERES`
    URLs, the credit and the source in one right-aligned line, the keywords, the print and
    e-mail links, and Dublin Core meta giving only the day."""
    moment = article.published
    shown = f"Ngày đăng: {dmy(moment)} {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _WPS + _wcm(article, i))

    def image(img: Image, number: int) -> str:
        cap = (
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{esc(img.caption)}</em></span></td></tr>'
            if img.caption
            else ""
        )
        return f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-caption" style="width: 600px;"><tbody><tr><td style="text-align: center;"><img alt="" src="{attr(_wcm(article, img))}" style="width: 600px; height: 400px;"></td></tr>{cap}</tbody></table>'

    body = _blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com/embed/lsotv2022" frameborder="0" allowfullscreen></iframe></p>',
    )
    credit = shown_byline(article)
    author = (
        f'<p class="news-author" style="text-align: right;"><strong>{esc(credit)}</strong> <span class="news-source">(Nguồn: Báo Lạng Sơn)</span></p>'
        if credit
        else '<p class="news-author" style="text-align: right;"><span class="news-source">(Nguồn: Báo Lạng Sơn)</span></p>'
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="news-keywords"><span class="label">Từ khóa:</span> '
            + ", ".join(
                f'<a href="/wps/portal/tim-kiem?keyword={quote(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    detail = f"""<div class="wcm-news-detail">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-info"><span class="news-date">{shown}</span><span class="news-tools"><a href="javascript:window.print();" title="In trang"><img src="/wps/wcm/connect/theme/icon-print.png" alt="In trang"></a> <a href="mailto:?subject={quote(article.title)}" title="Gửi email"><img src="/wps/wcm/connect/theme/icon-mail.png" alt="Gửi email"></a></span></div>
<div class="news-summary"><p><strong>{esc(lead_text(article))}</strong></p></div>
<div class="news-content">
{body}
</div>
{author}
{tags}
</div>"""
    same = "".join(
        f'<li><a href="/wps/portal/tin-tuc-su-kien/{attr(o.category)}/{attr(o.slug)}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in others(article, 6, turn=701)
    )
    nav = "".join(
        f'<li class="wpthemeNavListItem"><a href="/wps/portal/tin-tuc-su-kien/{attr(c.key)}"><span lang="vi" dir="ltr">{esc(c.name)}</span></a></li>'
        for c in content().categories
    )
    hits = 18_420_000 + article.article_id % 99_991
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class="lotusui30dojo tundra lotusui30 lotusui30_body lotusui30_fonts">
<head><base href="{_WPS}/wps/portal/{_NAVSTATE}/dz/d5/L2dBISEvZ0FBIS9nQSEh/">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="UTF-8">
<title>{esc(article.title)}</title>
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="/wps/portal/{_NAVSTATE}/dz/d5/L2dBISEvZ0FBIS9nQSEh/">
<link rel="bookmark" title="{attr(article.title)}" href="/wps/portal/tin-tuc-su-kien/{attr(article.category)}/{attr(article.slug)}" hreflang="vi">
<meta name="DC.title" content="{attr(article.title)}">
<meta name="DC.description" content="{attr(article.lead)}">
<meta name="DC.date.created" content="{moment:%Y-%m-%d}">
<meta name="DC.publisher" content="Ủy ban nhân dân tỉnh Lạng Sơn">
<meta name="DC.language" content="vi">
<link href="/wps/contenthandler/!ut/p/digest!8xN1d2k3Qw0V9c1R/mashup/ra:collection?themeID=ZJ_5LQH1I82JO8F80AGT0P9A50007&amp;locale=vi&amp;mime-type=text%2Fcss&amp;entry=wp_one_ui_30__0.0%3Ahead_css&amp;entry=langson_theme__0.0%3Ahead_css" rel="stylesheet" type="text/css">
<script type="text/javascript">var ibmCfg={{portalConfig:{{contentHandlerURI:"/wps/mycontenthandler/!ut/p/digest!8xN1d2k3Qw0V9c1R/",isVirtualPortal:false,portalID:"ZJ_5LQH1I82JO8F80AGT0P9A50007",locale:"vi"}},themeConfig:{{themeRootURI:"/wps/themeModules",dndURI:""}}}};</script>
</head>
<body class="lotusui30_body locale_vi">
<div class="wpthemeFrame">
<header role="banner">
<div class="wpthemeHeader"><div class="wpthemeInner">
<div class="wpthemeBanner"><a href="/wps/portal/trang-chu"><img src="/wps/wcm/connect/theme/banner-langson.png" alt="Cổng Thông tin điện tử tỉnh Lạng Sơn"></a><div class="top-info"><span class="today">Hôm nay: {LEGACY_WEEKDAYS[SERVED.weekday()]}, {SERVED:%d/%m/%Y}</span> <span class="weather">Lạng Sơn 14°C</span> <a href="/wps/portal/english">English</a> | <a href="/wps/portal/so-do-cong">Sơ đồ cổng</a></div></div>
<nav class="wpthemeHeaderNav" aria-label="Điều hướng chính"><ul class="wpthemeNavList"><li class="wpthemeNavListItem"><a href="/wps/portal/trang-chu">Trang chủ</a></li><li class="wpthemeNavListItem"><a href="/wps/portal/gioi-thieu">Giới thiệu</a></li><li class="wpthemeNavListItem wpthemeSelected"><a href="/wps/portal/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="wpthemeNavListItem"><a href="/wps/portal/chinh-quyen">Chính quyền</a></li><li class="wpthemeNavListItem"><a href="/wps/portal/van-ban">Văn bản</a></li><li class="wpthemeNavListItem"><a href="https://dichvucong.langson.gov.vn">Dịch vụ công</a></li></ul></nav>
</div></div>
</header>
<div class="wpthemeMainContent">
<div class="wpthemeInner">
<div class="wpthemeCrumbTrail"><a href="/wps/portal/trang-chu">Trang chủ</a> <span class="wpthemeCrumbSep">›</span> <a href="/wps/portal/tin-tuc-su-kien">Tin tức - Sự kiện</a> <span class="wpthemeCrumbSep">›</span> <a href="/wps/portal/tin-tuc-su-kien/{attr(article.category)}">{esc(category_name(article))}</a></div>
<div class="wpthemeContent">
<div class="wpthemeLayoutContainers wpthemeLayoutContainersHidden">
<div class="component-container wpthemeCol wpthemeLeft wpthemeCol3of12 id-Z7_5LQH1I82JOR2C0A1" name="ibmHiddenWidgets">
<nav class="side-nav"><ul>{nav}</ul></nav>
{_portlet("5LQH1I82JOR2C0A1LINK", "Liên kết website", '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://baolangson.vn">Báo Lạng Sơn</option></select>')}
{_portlet("5LQH1I82JOR2C0A1STAT", "Thống kê truy cập", f"<p>Đang truy cập: 312</p><p>Tổng lượt truy cập: {hits:,}</p>".replace(",", "."))}
</div>
<div class="component-container wpthemeCol wpthemeCol9of12 id-Z7_5LQH1I82JOR2C0A2">
{_portlet("5LQH1I82JOR2C0A2DETAIL", "Chi tiết tin", detail, hidden_title=True)}
{_portlet("5LQH1I82JOR2C0A2SAME", "Tin cùng chuyên mục", f'<ul class="news-list">{same}</ul>')}
</div>
</div>
</div>
</div>
</div>
<footer role="contentinfo"><div class="wpthemeFooter"><div class="wpthemeInner"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lạng Sơn. Cơ quan thường trực: Sở Thông tin và Truyền thông.</p><p>Địa chỉ: Số 2 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Ghi rõ nguồn "Cổng Thông tin điện tử tỉnh Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div></div></footer>
</div>
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!8xN1d2k3Qw0V9c1R/mashup/ra:collection?themeID=ZJ_5LQH1I82JO8F80AGT0P9A50007&amp;locale=vi&amp;mime-type=text%2Fjavascript&amp;entry=wp_one_ui_30__0.0%3Ahead_js"></script>
</body>
</html>"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("websphere_portal", article.article_id, url_of(article), page, record)


# --- 4. An old agency site on Lotus Domino ---------------------------------------------------------

_NSF = "/web/sovhttdl.nsf"


def _unid(article: Article) -> str:
    """The Notes document's universal id (32 upper-case hex)."""
    return stable_digest(f"unid{article.article_id}").upper()


def lotus_domino(article: Article) -> CorpusPage:
    """ "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn" on Lotus Domino 8.5, a Notes document of
    its "Tin tức" view reposting the paper's article, as the Domino HTTP task renders a form
    with pass-thru HTML: upper-case tags, `_DominoForm` with `__Click`, the `_doClick` script, a
    banner table with a `<MARQUEE>` greeting and today's date, the left navigation of views,
    the view path `Tin tức >> Thời sự`, the title as a bold `<FONT SIZE=4>` run (no heading
    element), the date field with seconds and Domino's zone code (`04/02/2022 09:56:32 ZE7`),
    the rich-text field in `<FONT>` runs split by `<BR><BR>`, the pictures hot-linked from the
    paper with the caption in a small italic run under them, the credit bold in a
    right-aligned `<DIV>`, the "Các tin khác" embedded view with `/icons/ecblank.gif` and dates,
    and a visitor counter."""
    moment = article.published
    shown = f"Ngày đăng: {dmy(moment)} {moment:%H:%M:%S} ZE7"
    font = '<FONT SIZE=2 FACE="Arial">'

    def image(img: Image, number: int) -> str:
        cap = (
            f'<BR><FONT SIZE=1 COLOR="#404040" FACE="Arial"><I>{esc(img.caption)}</I></FONT>'
            if img.caption
            else ""
        )
        return f'<DIV ALIGN=center><IMG SRC="{attr(image_src(img))}" WIDTH=480 BORDER=0>{cap}</DIV><BR>'

    body = _blocks(
        article,
        lambda text, n, c: f"{font}{text}</FONT><BR><BR>",
        image,
        blank="<BR>",
        ad="",
        script='<DIV ALIGN=center><EMBED SRC="https://www.youtube.com/v/lsotv2022" TYPE="application/x-shockwave-flash" WIDTH=480 HEIGHT=300></EMBED></DIV><BR>',
    )
    credit = shown_byline(article)
    author = f"<DIV ALIGN=right>{font}<B>{esc(credit)}</B></FONT></DIV>" if credit else ""
    unid = _unid(article)
    views = "".join(
        f'<TR><TD><IMG SRC="/icons/ecblank.gif" BORDER=0 HEIGHT=1 WIDTH=16 ALT=""><IMG SRC="/web/sovhttdl.nsf/bullet.gif?OpenImageResource" WIDTH=7 HEIGHT=7 BORDER=0> <A HREF="{_NSF}/vwTinTuc/{_unid(c_article)}?OpenDocument"><FONT SIZE=2 FACE="Arial">{esc(c_article.title)}</FONT></A></TD><TD><FONT SIZE=1 COLOR="#808080" FACE="Arial">({dmy(c_article.published)})</FONT></TD></TR>'
        for c_article in others(article, 7, turn=809)
    )
    left = "".join(
        f'<TR><TD BGCOLOR="#E8EEF7"><IMG SRC="/icons/ecblank.gif" BORDER=0 HEIGHT=1 WIDTH=8 ALT=""><A HREF="{_NSF}/vwTinTuc?OpenView&amp;RestrictToCategory={quote(c.name)}"><FONT SIZE=2 FACE="Arial">{esc(c.name)}</FONT></A></TD></TR>'
        for c in content().categories
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<!-- Lotus-Domino (Release 8.5.3FP6 - November 21, 2013 on Windows NT/Intel) -->
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>{esc(article.title)}</TITLE><SCRIPT LANGUAGE="JavaScript">
<!--
document._domino_target = "_self";
function _doClick(v, o, t) {{
  var returnValue = false;
  var url="{_NSF}/vwTinTuc/{unid}?OpenDocument&Click=" + v;
  if (o.href != null) {{
    o.href = url;
    returnValue = true;
  }} else {{
    if (t == null)
      t = document._domino_target;
    window.open(url, t);
  }}
  return returnValue;
}}
// -->
</SCRIPT>
</HEAD>
<BODY TEXT="000000" BGCOLOR="FFFFFF" LEFTMARGIN=0 TOPMARGIN=0>

<FORM METHOD=post ACTION="{_NSF}/vwTinTuc/{unid}?OpenDocument&amp;Seq=1" NAME="_frmTinTuc">
<INPUT TYPE=hidden NAME="__Click" VALUE="0">
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0>
<TR VALIGN=top><TD WIDTH="100%" BGCOLOR="#003399"><IMG SRC="{_NSF}/banner.jpg?OpenImageResource" WIDTH=980 HEIGHT=120 BORDER=0 ALT="Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"></TD></TR>
<TR VALIGN=top><TD BGCOLOR="#E8EEF7"><TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=2><TR><TD WIDTH="25%"><FONT SIZE=1 FACE="Arial">{LEGACY_WEEKDAYS[SERVED.weekday()]}, ngày {SERVED:%d/%m/%Y}</FONT></TD><TD WIDTH="75%"><MARQUEE SCROLLAMOUNT=3><FONT SIZE=2 COLOR="#CC0000" FACE="Arial">Chào mừng quý khách đến với Trang thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn</FONT></MARQUEE></TD></TR></TABLE></TD></TR>
</TABLE>
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=4>
<TR VALIGN=top><TD WIDTH="20%" BGCOLOR="#F4F7FB">
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=1 CELLPADDING=3>
<TR><TD BGCOLOR="#003399"><FONT SIZE=2 COLOR="#FFFFFF" FACE="Arial"><B>TIN TỨC - SỰ KIỆN</B></FONT></TD></TR>
{left}
<TR><TD BGCOLOR="#003399"><FONT SIZE=2 COLOR="#FFFFFF" FACE="Arial"><B>THỐNG KÊ TRUY CẬP</B></FONT></TD></TR>
<TR><TD><FONT SIZE=1 FACE="Arial">Số lượt truy cập: {1_204_331 + article.article_id % 7919}</FONT></TD></TR>
</TABLE>
</TD><TD WIDTH="80%">
<FONT SIZE=2 COLOR="#800000" FACE="Arial"><B>Tin tức &gt;&gt; {esc(category_name(article))}</B></FONT><BR><BR>
<FONT SIZE=4 COLOR="#003399" FACE="Arial"><B>{esc(article.title)}</B></FONT><BR>
<FONT SIZE=1 COLOR="#808080" FACE="Arial"><I>{shown}</I></FONT><BR><BR>
{font}<B>{esc(lead_text(article))}</B></FONT><BR><BR>
{body}
{author}
<BR>
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD><A HREF="" onClick="return _doClick('49257A3C0025E6B8.d1f0c0f7c5b0b1a947256f5d002c4f1e/$Body/0.1F2', this, null)"><IMG SRC="/icons/print.gif" BORDER=0 ALT="In trang"></A> <A HREF="javascript:history.back()"><FONT SIZE=2 FACE="Arial">Quay lại</FONT></A></TD></TR></TABLE>
<HR SIZE=1 COLOR="#CCCCCC">
<FONT SIZE=2 COLOR="#003399" FACE="Arial"><B>Các tin khác:</B></FONT>
<TABLE BORDER=0 CELLPADDING=2 CELLSPACING=0>
{views}
</TABLE>
</TD></TR>
</TABLE>
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=6><TR><TD ALIGN=center BGCOLOR="#003399"><FONT SIZE=1 COLOR="#FFFFFF" FACE="Arial">SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN<BR>Địa chỉ: Số 1 Đường 17/10, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.567<BR>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</FONT></TD></TR></TABLE>
</FORM>
</BODY>
</HTML>
"""
    record = expected(article, dateline=shown, published="seconds", tags=False)
    return CorpusPage("lotus_domino", article.article_id, url_of(article), page, record)


# --- 5. A HubSpot CMS blog of the investment-promotion centre -----------------------------------

_HUB = "https://21345678.fs1.hubspotusercontent-na1.net/hubfs/21345678"
_HUB_SITE = "https://xuctien.langson.gov.vn"


def _hub_image(article: Article, img: Image) -> str:
    """The picture in HubSpot's file manager, as the rich-text editor resizes it."""
    return f"{_HUB}/Tin%20tuc/{article.published:%Y}/{image_file(img)}?width=800&name={image_file(img)}"


def _hub_utc(moment: datetime) -> str:
    """HubL's `{{ content.publish_date }}`: UTC, a space for the `T`, and no zone."""
    return f"{moment - timedelta(hours=7):%Y-%m-%d %H:%M:%S}"


def _vi_medium_date(moment: datetime) -> str:
    """CLDR's Vietnamese medium date, as `publish_date_localized` writes it: `4 thg 2, 2022`."""
    return f"{moment.day} thg {moment.month}, {moment.year}"


def hubspot_blog(article: Article) -> CorpusPage:
    """ "Tin tức" blog of the Lạng Sơn investment, trade and tourism promotion centre on
    HubSpot CMS (Growth theme), reposting the paper's article: `standard_header_includes`
    (OpenGraph, Twitter card, `amphtml`, jQuery from hsstatic), a theme JSON-LD whose
    `datePublished` is HubL's UTC time without a zone, the global header with the language
    switcher, the blog (section) name above `h1 > span#hs_cms_blog_post_title`, the meta line
    with the blog account (`Ban Biên tập`) and `<time class="blog-post__timestamp"
    datetime="2022-02-04 02:56:32">4 thg 2, 2022</time>`, the post body with the bold lead and
    HubSpot's `<!--more-->` separator, pictures with `srcset` from the file manager and captions
    as centred italic paragraphs, a CTA button image where the paper had an ad, the
    `hs-embed-wrapper` video, the credit and source as the last paragraphs, the topic tags, the
    related-posts module, the subscription form and the cookie banner."""
    moment = article.published
    shown = _vi_medium_date(moment)
    captions = rehosted_captions(article, lambda i: _hub_image(article, i))

    def image(img: Image, number: int) -> str:
        base = f"{_HUB}/Tin%20tuc/{article.published:%Y}/{image_file(img)}"
        srcset = ", ".join(
            f"{base}?width={w}&name={image_file(img)} {w}w" for w in (400, 800, 1200, 1600)
        )
        pic = f'<p><img src="{attr(_hub_image(article, img))}" width="800" loading="lazy" alt="{attr(image_stem(img))}" style="width: 800px; margin-left: auto; margin-right: auto; display: block;" srcset="{attr(srcset)}" sizes="(max-width: 800px) 100vw, 800px"></p>'
        cap = (
            f'<p style="text-align: center;"><em><span style="font-size: 14px;">{esc(img.caption)}</span></em></p>'
            if img.caption
            else ""
        )
        return pic + cap

    cta = stable_digest(f"cta{article.article_id}")
    cta_id = f"{cta[:8]}-{cta[8:12]}-{cta[12:16]}-{cta[16:20]}-{cta[20:]}"
    body = _blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad=f'<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-{cta_id}"><span class="hs-cta-node hs-cta-{cta_id}" id="hs-cta-{cta_id}"><!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/21345678/{cta_id}"><img class="hs-cta-img" id="hs-cta-img-{cta_id}" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/21345678/{cta_id}.png" alt="Đăng ký nhận bản tin đầu tư"></a></span><script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script><script type="text/javascript"> hbspt.cta.load(21345678, \'{cta_id}\', {{"useNewLoader":"true","region":"na1"}}); </script></span><!-- end HubSpot Call-to-Action Code -->',
        script='<div class="hs-embed-wrapper" style="position: relative; overflow: hidden; width: 100%; height: auto; padding: 0; max-width: 640px; min-width: 256px; display: block; margin: auto;"><div class="hs-embed-content-wrapper"><div style="position: relative; overflow: hidden; max-width: 100%; padding-bottom: 56.25%; margin: 0px;"><iframe style="position: absolute; top: 0px; left: 0px; width: 100%; height: 100%; border: none;" xml="lang" src="https://www.youtube.com/embed/lsotv2022?feature=oembed" width="640" height="360" frameborder="0" allowfullscreen="" title="LSO TV"></iframe></div></div></div>',
    )
    credit = shown_byline(article)
    credit_p = f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118a48 48 0 0 1 33.941 14.059l211.882 211.882c18.745 18.745 18.745 49.137 0 67.882L293.823 497.941c-18.745 18.745-49.137 18.745-67.882 0L14.059 286.059A48 48 0 0 1 0 252.118z"></path></g></svg>'
            + "".join(
                f'<a class="blog-post__tag-link" href="{_HUB_SITE}/tin-tuc/tag/{tag_slug(t)}" rel="tag">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    related = "".join(
        f'<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="{_HUB_SITE}/tin-tuc/{attr(o.slug)}"><img class="blog-related-posts__image" src="{_HUB}/Tin%20tuc/thumb-{o.article_id}.jpg?width=400&name=thumb-{o.article_id}.jpg" loading="lazy" alt=""></a><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="{_HUB_SITE}/tin-tuc/{attr(o.slug)}">{esc(o.title)}</a></h3><p class="blog-related-posts__date">{_vi_medium_date(o.published)}</p></div></div>'
        for o in others(article, 3, turn=907)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"{_HUB_SITE}/tin-tuc/{article.slug}"},
        "headline": article.title,
        "image": _hub_image(article, article.images[0]) if article.images else "",
        "datePublished": _hub_utc(moment),
        "dateModified": f"{SERVED - timedelta(days=2):%Y-%m-%d} 08:14:51",
        "author": {"@type": "Person", "name": "Ban Biên tập"},
        "publisher": {
            "@type": "Organization",
            "name": "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lạng Sơn",
        },
    }
    hs_id = 60_000_000_000 + article.article_id
    page = f"""<!doctype html><html lang="vi"><head>
    <meta charset="utf-8">
    <title>{esc(article.title)}</title>
    <link rel="shortcut icon" href="{_HUB}/favicon.png">
    <meta name="description" content="{attr(lead_text(article)[:150])}">

    <meta name="viewport" content="width=device-width, initial-scale=1">

    <script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
    <meta property="og:description" content="{attr(lead_text(article)[:150])}">
    <meta property="og:title" content="{attr(article.title)}">
    <meta name="twitter:description" content="{attr(lead_text(article)[:150])}">
    <meta name="twitter:title" content="{attr(article.title)}">

    <style>
a.cta_button{{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}}.hs-breadcrumb-menu{{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}}.hs-featured-image-wrapper .hs-featured-image-link img{{max-width:100%}}
</style>
<link rel="stylesheet" href="{_HUB}/hub_generated/template_assets/1/61234567890/1700000000000/template_main.min.css">
<link rel="stylesheet" href="{_HUB}/hub_generated/template_assets/1/61234567891/1700000000000/template_blog.min.css">
<script type="application/ld+json">
{script_json(ld)}
</script>
<link rel="amphtml" href="{_HUB_SITE}/tin-tuc/{attr(article.slug)}?hs_amp=true">

<meta property="og:image" content="{attr(_hub_image(article, article.images[0]) if article.images else _HUB + "/logo-ipc.png")}">
<meta property="og:image:width" content="800">
<meta name="twitter:image" content="{attr(_hub_image(article, article.images[0]) if article.images else _HUB + "/logo-ipc.png")}">

<meta property="og:url" content="{_HUB_SITE}/tin-tuc/{attr(article.slug)}">
<meta name="twitter:card" content="summary_large_image">

<link rel="canonical" href="{_HUB_SITE}/tin-tuc/{attr(article.slug)}">
<meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="{_HUB_SITE}/tin-tuc/rss.xml">
<meta name="twitter:domain" content="xuctien.langson.gov.vn">
<script src="//platform.linkedin.com/in.js" type="text/javascript">
    lang: vi_VN
</script>

<meta http-equiv="content-language" content="vi">
<meta name="generator" content="HubSpot"></head>
  <body>
    <div class="body-wrapper   hs-content-id-{hs_id} hs-blog-post hs-blog-id-61234567001">
      <header class="header">
        <a href="#main-content" class="header__skip">Chuyển đến nội dung</a>
        <div class="header__container content-wrapper"><div class="header__logo header__logo--main"><a href="{_HUB_SITE}"><img class="hs-image-widget" src="{_HUB}/logo-ipc.png" alt="IPC Lạng Sơn" width="220"></a></div>
          <div class="header__column"><div class="header__row-1"><div class="header__language-switcher header--element"><div class="hs-language-switcher"><span class="lang_switcher_link">Tiếng Việt</span> <a class="lang_switcher_link" href="{_HUB_SITE}/en/news">English</a> <a class="lang_switcher_link" href="{_HUB_SITE}/zh/news">中文</a></div></div></div>
          <div class="header__row-2"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1"><li class="has-submenu menu-item"><a href="{_HUB_SITE}/gioi-thieu" class="menu-link">Giới thiệu</a></li><li class="menu-item"><a href="{_HUB_SITE}/moi-truong-dau-tu" class="menu-link">Môi trường đầu tư</a></li><li class="menu-item"><a href="{_HUB_SITE}/du-lich" class="menu-link">Du lịch</a></li><li class="menu-item active"><a href="{_HUB_SITE}/tin-tuc" class="menu-link active-item" aria-current="page">Tin tức</a></li><li class="menu-item"><a href="{_HUB_SITE}/lien-he" class="menu-link">Liên hệ</a></li></ul></nav></div></div>
        </div>
      </header>

<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post">
  <div class="content-wrapper">
    <article class="blog-post">
      <a class="blog-post__blog-name" href="{_HUB_SITE}/tin-tuc/chuyen-muc/{attr(article.category)}">{esc(category_name(article))}</a>
      <h1><span id="hs_cms_blog_post_title">{esc(article.title)}</span></h1>
      <div class="blog-post__meta">
        <a href="{_HUB_SITE}/tin-tuc/author/ban-bien-tap">Ban Biên tập</a>
        <time datetime="{_hub_utc(moment)}" class="blog-post__timestamp">
          {shown}
        </time>
      </div>
      <div class="blog-post__body">
        <span id="hs_cms_blog_post_body"><p style="text-align: justify;"><strong>{esc(lead_text(article))}</strong></p>
<!--more-->{body}
{credit_p}
<p><em>Nguồn: <a href="{attr(url_of(article))}" rel="noopener" target="_blank">Báo Lạng Sơn</a></em></p></span>
      </div>
        {tags}
    </article>
    <section class="blog-related-posts"><div class="content-wrapper"><h2>Bài viết liên quan</h2><div class="blog-related-posts__list">{related}</div></div></section>
    <div class="blog-comments"><div id="hs_form_target_blog_subscription"><h3>Đăng ký nhận tin</h3><form class="hs-form stacked" novalidate action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/21345678/{_uuid("subscribe")}" method="POST"><div class="hs_email hs-email hs-form-field"><label for="email-sub"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-sub" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Đăng ký"></div></div></form></div></div>
  </div>
</div>
</main>

      <footer class="footer"><div class="footer__container content-wrapper"><p>TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH TỈNH LẠNG SƠN</p><p>Địa chỉ: Số 8 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn · Điện thoại: 0205.3898.123</p><p>© {SERVED.year} IPC Lạng Sơn. Bảo lưu mọi quyền.</p></div></footer>
    </div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients" data-hs-ignore="true" style="display:none"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>Trang web này lưu cookie trên máy tính của bạn để cải thiện trải nghiệm và phân tích lượt truy cập.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Chấp nhận</a><a id="hs-eu-decline-button" role="button" href="#">Từ chối</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>
var hsVars = hsVars || {{}}; hsVars['language'] = 'vi';
</script>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "{_HUB_SITE}/tin-tuc/{article.slug}"]);
_hsq.push(["setPageId", "{hs_id}"]);
_hsq.push(["setContentMetadata", {{
    "contentPageId": {hs_id},
    "legacyPageId": "{hs_id}",
    "contentFolderId": null,
    "contentGroupId": 61234567001,
    "abTestId": null,
    "languageVariantId": {hs_id},
    "languageCode": "vi",
}}]);
</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/21345678.js"></script>
<!-- End of HubSpot Analytics Code -->
  </body></html>"""
    record = expected(article, dateline=shown, published=None, captions=captions)
    return CorpusPage("hubspot_blog", article.article_id, url_of(article), page, record)


MARKUPS_Q: dict[str, Renderer] = {
    "mailchimp_archive": mailchimp_archive,
    "google_sites": google_sites,
    "websphere_portal": websphere_portal,
    "lotus_domino": lotus_domino,
    "hubspot_blog": hubspot_blog,
}
