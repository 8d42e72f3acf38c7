# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set S: the eighteenth held-out set (scored once sealed at 98.5 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: the provincial radio-TV station's news page carrying the
article under its video report (a JW Player box with the `VideoObject` beside the
`NewsArticle` JSON-LD, the broadcast schedule's programme times in the sidebar, the credit next
to the date `Thứ 6, 04/02/2022 | 09:56` before the text, CKEditor 5 figures behind lazysizes
placeholders), the article as a Microsoft Word "Save as Web Page" document uploaded as is (the
`mso` style sheet, `MsoNormal` paragraphs in `lang=VI` spans with spell-check `SpellE` spans,
no heading element, the VML picture inside a conditional comment and the `<![if !vml]>`
fallback `<img>` in the `_files` folder, `MsoCaption` captions, the formal date line `Ngày 04
tháng 02 năm 2022`, the document properties' author and creation time), the paper rebuilt as a
Ruby on Rails 7 app with Turbo and Action Text (Trix's `<div>` with `<br><br>` paragraphs,
`action-text-attachment` figures whose uncaptioned pictures show the file name and size, Active
Storage representation addresses, rails-i18n's `04 Tháng hai, 2022 09:56`, lazy Turbo frames
for comments, relative times in the related list), the paper on a vendor's Yii2 CMS (Yii asset
folders, the breadcrumb widget, `04/02/2022 lúc 09:56` printed and only the day in JSON-LD,
the author line with linked names after the text, `<picture>` with a WebP `<source>`), and the
provincial police portal on CodeIgniter 3 reposting the article (the site name as the page's
only `h1`, the title in an `h2`, `Đăng ngày:`, the caption as the italic centred paragraph under
the picture, the source line after the credit, wanted-person notices and a visitor counter).
The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with its zone in a meta, JSON-LD or `datetime` counts to the second; a printed local
time counts to the minute, or to the second when printed with seconds; a bare day, a creation
or modification time and a video's upload time do not raise the precision; none when the page
gives no time), `byline` the credit as shown (without a field label, never a source line such
as `Nguồn: Báo Lạng Sơn`, nor the organisation JSON-LD names, nor the Windows user in a Word
document's properties), `authors` the names in it, `tags` only the tags the page shows,
`category` the top-level section the page shows (none in the Word document, which shows no
section), a caption's `image_url` the address the page serves the picture from (the
`data-src` behind a placeholder, the `<img>` not the `<source>`, Word's fallback `<img>`
resolved against the page address, Active Storage's representation not the blob in the
attachment's `url`) and its `text` the caption as printed (none where Action Text shows only
the file's name and size).

The masthead's today date, the broadcast schedule, the video's duration, the wanted-person
notices' years of birth, view and visitor counts, relative times, the Word document's creation
and save times and the dates of other articles are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import urljoin

from tests.corpus.pages import (
    BASE,
    NUMBERED_WEEKDAYS,
    SERVED,
    VI_MONTHS_LOWER,
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
    lead_text,
    linked_credit,
    others,
    rehosted_captions,
    script_json,
    section_menu,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    vietnam_to_utc,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import clean, iso_vietnam
from tests.site.model import Article, Blank, Image, Paragraph, Script

# The serving day as the mastheads print it (`dmy` takes a datetime).
_TODAY = f"{SERVED:%d/%m/%Y}"


# --- 1. The provincial radio-TV station's news page with its video report -----------------------

_TV = "https://lstv.vn"


def _tv_image(article: Article, img: Image) -> str:
    """Where the station's CMS keeps a picture it took over from the paper."""
    return f"{_TV}/uploads/news/{article.published:%Y_%m}/{image_file(img)}"


def lstv_station(article: Article) -> CorpusPage:
    """The news page of the province's radio and television station, carrying the paper's
    article under the station's video report: a top bar with today's date and the live
    TV/radio buttons, the logo and menu, a `/` breadcrumb ending at the section, the `h1`, a
    meta row with the credit (before the text) and the date `Thứ 6, 04/02/2022 | 09:56`, the
    JW Player box (poster and HLS address only in its setup script, the clip's duration), the
    sapo (with its marker) in bold, the CKEditor 5 body (figures with `figcaption`, lazysizes'
    placeholder `src` and the real `data-src`, a sponsor banner between paragraphs), the source
    line, "Từ khóa" links, "Tin cùng chuyên mục" with dates, and a sidebar with the day's
    broadcast schedule (programme times), "Video mới" durations and the podcast list. JSON-LD
    holds the `NewsArticle` (ISO time with +07:00) and the clip's `VideoObject`."""
    moment = article.published
    day = NUMBERED_WEEKDAYS[moment.weekday()]
    shown = f"{day}, {dmy(moment)} | {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _tv_image(article, i))
    cat = category_name(article)
    key = article.category
    clip = f"{_TV}/vod/{moment:%Y/%m/%d}/{article.article_id}/playlist.m3u8"
    poster = f"{_TV}/uploads/video/{moment:%Y_%m}/poster-{article.article_id}.jpg"
    secs = 95 + article.article_id % 120

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            f'<figure class="image"><img class="lazyload" src="/themes/lstv/images/blank.gif" '
            f'data-src="{attr(_tv_image(article, img))}" alt="{attr(img.caption or "")}" width="800">{cap}</figure>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad=f'<div class="adv-inpage"><a href="https://vietcombank.com.vn" target="_blank" rel="nofollow"><img src="{_TV}/uploads/adv/vcb-langson-728x90.jpg" alt="Quảng cáo"></a></div>',
        script=f'<div class="embed-video" data-id="{article.article_id}"></div><script>lstvEmbed({article.article_id});</script>',
    )
    credit = shown_byline(article)
    author = (
        f'<span class="author"><i class="fa fa-user"></i> {esc(credit)}</span>' if credit else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags-box"><span class="lbl">Từ khóa:</span> '
            + "".join(
                f'<a href="{_TV}/tag/{tag_slug(t)}.html" class="tag-item">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    same = "".join(
        f'<li><a href="{_TV}/tin-tuc/{o.category}/{o.slug}-{o.article_id}.html"><img src="{_TV}/uploads/thumbs/{o.article_id}.jpg" alt="">{esc(o.title)}</a><span class="time">{dmy(o.published)}</span></li>'
        for o in others(article, 4, turn=1601)
    )
    videos = "".join(
        f'<li><a href="{_TV}/video/{o.slug}-{o.article_id}.html"><span class="thumb"><img src="{_TV}/uploads/video/thumbs/{o.article_id}.jpg" alt=""><span class="duration">0{(o.article_id % 4) + 1}:{o.article_id % 60:02d}</span></span>{esc(o.title)}</a></li>'
        for o in others(article, 4, turn=1607)
    )
    schedule = "".join(
        f'<li class="{"playing" if hour == "11:30" else ""}"><span class="hour">{hour}</span> {esc(name)}</li>'
        for hour, name in (
            ("05:45", "Chào ngày mới"),
            ("06:30", "Thời sự sáng"),
            ("09:00", "Phim truyện: Người phán xử"),
            ("11:30", "Thời sự trưa"),
            ("14:00", "Chương trình tiếng Tày - Nùng"),
            ("19:45", "Thời sự Lạng Sơn"),
        )
    )
    podcasts = "".join(
        f'<li><a href="{_TV}/phat-thanh/{name}.html">{esc(title)}</a> <span class="time">{_TODAY}</span></li>'
        for name, title in (
            ("thoi-su-phat-thanh", "Thời sự phát thanh"),
            ("ban-tin-tieng-dao", "Bản tin tiếng Dao"),
        )
    )
    nav = section_menu(
        lambda k: f"{_TV}/tin-tuc/{k}",
        '<li class="nav-item"><a class="nav-link" href="{href}">{name}</a></li>',
    )
    data = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {
                "@type": "WebPage",
                "@id": f"{_TV}/tin-tuc/{key}/{article.slug}-{article.article_id}.html",
            },
            "headline": article.title,
            "description": article.lead,
            "image": [poster],
            "datePublished": iso_vietnam(moment),
            "author": {"@type": "Organization", "name": "Đài PT-TH Lạng Sơn"},
            "publisher": {
                "@type": "Organization",
                "name": "Đài Phát thanh và Truyền hình Lạng Sơn",
                "logo": {"@type": "ImageObject", "url": f"{_TV}/themes/lstv/images/logo.png"},
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": article.title,
            "description": article.lead,
            "thumbnailUrl": [poster],
            "uploadDate": iso_vietnam(moment),
            "duration": f"PT{secs // 60}M{secs % 60}S",
            "contentUrl": clip,
        },
    ]
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(article.title)} | Đài PT-TH Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta property="og:site_name" content="LSTV - Đài Phát thanh và Truyền hình Lạng Sơn">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:image" content="{attr(poster)}">
<meta property="og:video" content="{attr(clip)}">
<link rel="canonical" href="{_TV}/tin-tuc/{key}/{attr(article.slug)}-{article.article_id}.html">
<link rel="stylesheet" href="{_TV}/themes/lstv/css/bootstrap.min.css">
<link rel="stylesheet" href="{_TV}/themes/lstv/css/style.css?v=20240311">
<script type="application/ld+json">{script_json(data)}</script>
<script src="{_TV}/themes/lstv/js/lazysizes.min.js" async></script>
<script src="https://cdn.jwplayer.com/libraries/lstvPl4y.js"></script>
</head>
<body class="page-detail">
<div class="topbar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {weekday(SERVED)}, {_TODAY}</span><div class="live-buttons"><a href="{_TV}/truc-tuyen/lstv.html" class="btn-live"><i class="fa fa-circle"></i> LSTV Trực tuyến</a><a href="{_TV}/truc-tuyen/phat-thanh.html" class="btn-live radio"><i class="fa fa-volume-up"></i> Phát thanh trực tuyến</a></div></div></div>
<header class="header"><div class="container"><a class="logo" href="{_TV}/"><img src="{_TV}/themes/lstv/images/logo.png" alt="Đài Phát thanh và Truyền hình Lạng Sơn"></a><form class="search" action="{_TV}/tim-kiem.html"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form></div></header>
<nav class="navbar main-menu"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="{_TV}/"><i class="fa fa-home"></i></a></li>{nav}<li class="nav-item"><a class="nav-link" href="{_TV}/video">Video</a></li><li class="nav-item"><a class="nav-link" href="{_TV}/phat-thanh">Phát thanh</a></li></ul></div></nav>
<main class="container">
<div class="row">
<div class="col-lg-8 col-main">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{_TV}/">Trang chủ</a></li><li class="breadcrumb-item"><a href="{_TV}/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active"><a href="{_TV}/tin-tuc/{key}">{esc(cat)}</a></li></ol>
<article class="detail">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-meta">{author}<span class="date"><i class="fa fa-clock-o"></i> {shown}</span><span class="views"><i class="fa fa-eye"></i> {(article.article_id * 7) % 3000 + 120}</span></div>
<div class="video-box"><div id="lstv-player-{article.article_id}"></div><p class="video-note">Video: Phóng sự của Đài PT-TH Lạng Sơn <span class="duration">({secs // 60:02d}:{secs % 60:02d})</span></p></div>
<script>jwplayer("lstv-player-{article.article_id}").setup({{"file":"{clip}","image":"{poster}","width":"100%","aspectratio":"16:9","autostart":false}});</script>
<div class="detail-sapo"><strong>{esc(lead_text(article))}</strong></div>
<div class="detail-content ck-content">
{body}
</div>
<p class="source" style="text-align:right"><em>Nguồn: Báo Lạng Sơn</em></p>
{tags}
<div class="share-box"><span>Chia sẻ:</span><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}"><i class="fa fa-facebook"></i></a><a class="zalo" href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}"><img src="{_TV}/themes/lstv/images/icon-zalo.png" alt=""></a><a class="print" href="javascript:window.print()"><i class="fa fa-print"></i></a></div>
</article>
<section class="box-same"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{same}</ul></section>
</div>
<aside class="col-lg-4 col-side">
<section class="box-schedule"><h3 class="box-title">Lịch phát sóng hôm nay</h3><ul>{schedule}</ul></section>
<section class="box-video"><h3 class="box-title">Video mới</h3><ul>{videos}</ul></section>
<section class="box-radio"><h3 class="box-title">Phát thanh</h3><ul>{podcasts}</ul></section>
</aside>
</div>
</main>
<footer class="footer"><div class="container"><p><strong>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LẠNG SƠN</strong></p><p>Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3873.456</p><p>Giấy phép số 123/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lạng Sơn cấp.</p></div></footer>
<script src="{_TV}/themes/lstv/js/jquery.min.js"></script>
<script src="{_TV}/themes/lstv/js/main.js?v=20240311"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("lstv_station", article.article_id, url_of(article), page, record)


# --- 2. A Microsoft Word "Save as Web Page" document uploaded as is ----------------------------

_WORD_FONT = 'font-size:14.0pt;line-height:150%;font-family:"Times New Roman",serif'


def _word_folder(article: Article) -> str:
    """Word's companion folder: the document's file name with `_files`."""
    return article.path.rsplit("/", 1)[-1].rsplit(".", 1)[0] + "_files"


def _word_image(article: Article, number: int) -> str:
    """The fallback `<img>` Word writes for the n-th picture (the VML copy takes the odd
    number), resolved against the page address."""
    return urljoin(url_of(article), f"{_word_folder(article)}/image{2 * number:03d}.jpg")


def _spell(text: str, seed: int) -> str:
    """Word's proofing marks: a word the (English) spell checker flags in a `SpellE` span."""
    words = text.split(" ")
    return " ".join(
        f"<span class=SpellE>{w}</span>" if w and (i + seed) % 7 == 3 and "&" not in w else w
        for i, w in enumerate(words)
    )


def _word_run(text: str, seed: int) -> str:
    """A run of text in Word's Vietnamese span."""
    return f"<span lang=VI style='{_WORD_FONT}'>{_spell(text, seed)}</span>"


def word_html(article: Article) -> CorpusPage:
    """The article as a journalist's Word document saved with "Save as Web Page" and uploaded
    as is: the Office namespaces, the document properties (the Windows user as author, UTC
    creation and save times) in a conditional comment, the generated `mso` style sheet, one
    `WordSection1` of `MsoNormal` paragraphs with inline styles and `lang=VI` spans (words the
    spell checker flags wrapped in `SpellE`), `<o:p>` ends, no heading element (the title is a
    centred bold paragraph), the formal date line `Ngày 04 tháng 02 năm 2022` in italics on the
    right, the sapo (with its marker) in bold, pictures as VML shapes in a conditional comment
    with the `<![if !vml]>` fallback `<img>` from the `_files` folder, captions in the
    `MsoCaption` style under them, and the credit as the last bold line on the right. No
    section, no tags, no time."""
    moment = article.published
    shown = f"Ngày {moment:%d} tháng {moment:%m} năm {moment.year}"
    folder = _word_folder(article)
    captions = [
        {"image_url": _word_image(article, n), "text": clean(i.caption) if i.caption else None}
        for n, i in enumerate(article.images, 1)
    ]
    justify = "class=MsoNormal style='text-align:justify;text-indent:36.0pt;line-height:150%'"
    words = sum(len(p.text.split()) for p in article.paragraphs) + len(article.lead.split())

    def paragraph(text: str, number: int, count: int) -> str:
        return f"<p {justify}>{_word_run(text, number)}<o:p></o:p></p>"

    def image(img: Image, number: int) -> str:
        spid = 1024 + number
        shape = (
            f'<!--[if gte vml 1]><v:shape id="Picture_x0020_{number}" o:spid="_x0000_i{spid}" type="#_x0000_t75" style=\'width:451.5pt;height:300.75pt;visibility:visible;mso-wrap-style:square\'>\n'
            f' <v:imagedata src="{folder}/image{2 * number - 1:03d}.jpg" o:title=""/>\n'
            "</v:shape><![endif]-->"
            f'<![if !vml]><img width=602 height=401 src="{attr(folder)}/image{2 * number:03d}.jpg" v:shapes="Picture_x0020_{number}"><![endif]>'
        )
        out = f"<p class=MsoNormal align=center style='text-align:center;line-height:150%'><span lang=VI style='{_WORD_FONT}'>{shape}</span><o:p></o:p></p>"
        if img.caption:
            out += f"\n<p class=MsoCaption align=center style='text-align:center'><span lang=VI style='font-size:12.0pt;font-family:\"Times New Roman\",serif'>{_spell(esc(img.caption), number)}</span><o:p></o:p></p>"
        return out

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank=f"<p {justify}><span lang=VI style='{_WORD_FONT}'><o:p>&nbsp;</o:p></span></p>",
        ad="",
        script="",
    )
    credit = shown_byline(article)
    if credit:
        body += f"\n<p class=MsoNormal align=right style='text-align:right;line-height:150%'><b><span lang=VI style='{_WORD_FONT}'>{esc(credit)}</span></b><o:p></o:p></p>"
    created = vietnam_to_utc(moment) - timedelta(hours=2, minutes=14)
    saved = vietnam_to_utc(moment) - timedelta(minutes=23)
    page = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{attr(folder)}/filelist.xml">
<link rel=Edit-Time-Data href="{attr(folder)}/editdata.mso">
<title>{esc(article.title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Admin</o:Author>
  <o:LastAuthor>PC-BIENTAP</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>41</o:TotalTime>
  <o:Created>{created:%Y-%m-%dT%H:%M:00}Z</o:Created>
  <o:LastSaved>{saved:%Y-%m-%dT%H:%M:00}Z</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Words>{words}</o:Words>
  <o:Characters>{words * 4}</o:Characters>
  <o:Company>Bao Lang Son</o:Company>
  <o:Lines>{words // 12}</o:Lines>
  <o:Paragraphs>{len(article.paragraphs) + 3}</o:Paragraphs>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="{attr(folder)}/themedata.thmx">
<link rel=colorSchemeMapping href="{attr(folder)}/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536870145 1107305727 0 0 415 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-fareast-language:EN-US;}}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{{mso-style-priority:35;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-next:Normal;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:0cm;
	mso-pagination:widow-orphan;
	font-size:9.0pt;
	font-family:"Calibri",sans-serif;
	color:#44546A;
	font-style:italic;}}
span.SpellE
	{{mso-style-name:"";
	mso-spl-e:yes;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 42.5pt 56.7pt 85.05pt;
	mso-header-margin:35.45pt;
	mso-footer-margin:35.45pt;
	mso-paper-source:0;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-bottom:8.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="{1026 + len(article.images)}"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

<p class=MsoNormal align=center style='text-align:center;line-height:150%'><b><span lang=VI style='font-size:16.0pt;line-height:150%;font-family:"Times New Roman",serif'>{esc(article.title)}</span></b><o:p></o:p></p>

<p class=MsoNormal align=right style='text-align:right;line-height:150%'><i><span lang=VI style='{_WORD_FONT}'>{shown}</span></i><o:p></o:p></p>

<p {justify}><b><span lang=VI style='{_WORD_FONT}'>{_spell(esc(lead_text(article)), 0)}</span></b><o:p></o:p></p>

{body}

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

</div>

</body>

</html>
"""
    record = expected(article, dateline=shown, published=None, captions=captions, tags=False)
    record["category"] = None
    return CorpusPage("word_html", article.article_id, url_of(article), page, record)


# --- 3. The paper rebuilt as a Ruby on Rails 7 app with Turbo and Action Text ------------------


def _rails_long(moment: datetime) -> str:
    """rails-i18n vi `time.formats.long`, `%d %B, %Y %H:%M`: `04 Tháng hai, 2022 09:56`."""
    return f"{moment:%d} {VI_MONTHS_LOWER[moment.month - 1]}, {moment.year} {moment:%H:%M}"


def _signed(kind: str, value: str) -> str:
    """A Rails signed id or variation key: base64-looking payload, `--`, a SHA1 digest."""
    payload = "eyJfcmFpbHMiOnsiZGF0YSI6" + stable_digest(kind + value)[:20]
    return f"{payload}--{hashlib.sha1((kind + value).encode()).hexdigest()}"


def _rails_image(img: Image) -> str:
    """The Active Storage representation (proxy mode) an Action Text picture is shown at."""
    blob = _signed("blob", img.src)
    variant = _signed("variant", "resize_to_limit:1024x768")
    return f"{BASE}/rails/active_storage/representations/proxy/{blob}/{variant}/{image_file(img)}"


def _ago(moment: datetime) -> str:
    """`time_ago_in_words` in vi, from the serving day, with the view's `trước`."""
    years = SERVED.year - moment.year
    return f"khoảng {years} năm trước" if years > 1 else "hơn 1 năm trước"


def rails_turbo(article: Article) -> CorpusPage:
    """baolangson.vn rebuilt as a Ruby on Rails 7.1 app: `csrf-param`/`csrf-token` and Turbo
    meta, importmap and `data-turbo-track` assets, Stimulus controllers on the menu, the
    masthead date from `l(Date.current, format: :long)`, `<article id="article_…">`, a
    breadcrumb, the `h1`, the credit line with the authors' names linked, `time_tag` (ISO with
    +07:00) showing rails-i18n's long format `04 Tháng hai, 2022 09:56`, the reading time,
    the summary with its marker, the Action Text body as Trix writes it (`<div>` blocks with
    paragraphs separated by `<br><br>`, `action-text-attachment` figures: the Active Storage
    representation as `src`, the original blob in the attachment's `url`, the caption in
    `figcaption.attachment__caption`, or the file's name and size when no caption was typed),
    the tags, a lazy Turbo frame for comments and a related frame with relative times.
    `article:published_time` is ISO too."""
    moment = article.published
    shown = _rails_long(moment)
    captions = rehosted_captions(article, _rails_image)
    cat = category_name(article)
    section = f"/chuyen-muc/{tag_slug(cat)}"
    parts: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            parts.append("<div>" + "<br><br>".join(run) + "</div>")
            run.clear()

    for block in article.blocks:
        if isinstance(block, Paragraph):
            run.append(esc(block.text))
        elif isinstance(block, Blank):
            if run:
                run[-1] += "<br>"
        elif isinstance(block, Image):
            flush()
            img_key = block.src
            size = 90_000 + int(stable_digest(img_key)[:4], 16) * 2
            blob_url = f"{BASE}/rails/active_storage/blobs/redirect/{_signed('blob', img_key)}/{image_file(block)}"
            caption = (
                esc(block.caption)
                if block.caption
                else f'<span class="attachment__name">{esc(image_file(block))}</span> <span class="attachment__size">{size // 1024} KB</span>'
            )
            caption_attr = f' caption="{attr(block.caption)}"' if block.caption else ""
            parts.append(
                f'<action-text-attachment sgid="{_signed("sgid", img_key)}" content-type="image/jpeg" url="{attr(blob_url)}" filename="{attr(image_file(block))}" filesize="{size}" width="1200" height="800" previewable="true" presentation="gallery"{caption_attr}><figure class="attachment attachment--preview attachment--jpg">\n'
                f'  <img src="{attr(_rails_image(block).removeprefix(BASE))}">\n'
                f'    <figcaption class="attachment__caption">\n      {caption}\n    </figcaption>\n</figure></action-text-attachment>'
            )
        elif isinstance(block, Script):
            flush()
            parts.append(
                '<action-text-attachment sgid="BAh7CEkiCGdpZAY6BkVUSSIsZ2lkOi8vbHNvL1lvdXR1YmUvbHNvdHYyMDIy" content-type="application/vnd.lso.youtube" presentation="gallery"><div class="youtube-embed"><iframe src="https://www.youtube-nocookie.com/embed/lsotv2022" loading="lazy" allowfullscreen></iframe></div></action-text-attachment>'
            )
    flush()
    body = "\n".join(parts)
    credit = ""
    if shown_byline(article):
        credit = f'<p class="article__byline">{linked_credit(article, lambda n: "/tac-gia/" + tag_slug(n))}</p>'
    words = sum(len(p.text.split()) for p in article.paragraphs)
    tags = ""
    if article.tags:
        tags = (
            '<ul class="article__tags" aria-label="Thẻ">'
            + "".join(
                f'<li><a href="/the/{tag_slug(t)}" data-turbo-frame="_top">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul>"
        )
    related = "".join(
        f'<li id="article_{o.article_id}"><a href="{attr(o.path)}" data-turbo-frame="_top">{esc(o.title)}</a> <span class="muted">{_ago(o.published)}</span></li>'
        for o in others(article, 4, turn=1709)
    )
    nav = section_menu(
        lambda k: f"/chuyen-muc/{tag_slug(content().category(k).name)}",
        '<li><a href="{href}" data-action="click->menu#close">{name}</a></li>',
    )
    token = stable_digest(f"csrf{article.article_id}") + stable_digest(f"token{article.article_id}")
    page = f"""<!DOCTYPE html>
<html lang="vi">
  <head>
    <title>{esc(article.title)} | Báo Lạng Sơn</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{token}" />
    <meta name="turbo-refresh-method" content="morph">
    <meta name="turbo-refresh-scroll" content="preserve">
    <meta name="description" content="{attr(article.lead)}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(article.title)}">
    <meta property="og:url" content="{attr(url_of(article))}">
    <meta property="article:published_time" content="{iso_vietnam(moment)}">
    <meta property="article:section" content="{attr(cat)}">
    <link rel="canonical" href="{attr(url_of(article))}">
    <link rel="stylesheet" href="/assets/application-3f8e2b1c4d5a6e7f8091a2b3c4d5e6f708192a3b.css" data-turbo-track="reload" />
    <link rel="stylesheet" href="/assets/actiontext-78de9cc1b3b7f06a0d8b2a8d6a4c5f3e2d1c0b9a.css" data-turbo-track="reload" />
    <script type="importmap" data-turbo-track="reload">{{
  "imports": {{
    "application": "/assets/application-a1b2c3d4e5f60718293a4b5c6d7e8f9012345678.js",
    "@hotwired/turbo-rails": "/assets/turbo.min-f309baafa3ae5ad6ccee3e7362118b87678d792db8e8ab466c4fa284dd3d4b4e.js",
    "@hotwired/stimulus": "/assets/stimulus.min-dd364f16ec9504dfb72672295637a1c8838773b01c0b441bd41008124c407894.js",
    "@hotwired/stimulus-loading": "/assets/stimulus-loading-3576ce92b149ad5d6959438c6f291e2426c86df3b874c525b30faad51b0d96b3.js",
    "trix": "/assets/trix-4b540cb5d8e2f9d6a2d3b4a1e8f0c7d6b5a4938271605f4e3d2c1b0a99887766.js",
    "@rails/actiontext": "/assets/actiontext.esm-0e40a1b8b5a0d9f4e3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6.js"
  }}
}}</script>
<link rel="modulepreload" href="/assets/application-a1b2c3d4e5f60718293a4b5c6d7e8f9012345678.js">
<script type="module">import "application"</script>
  </head>

  <body class="articles show">
    <header class="masthead" data-controller="menu">
      <div class="masthead__top"><span class="masthead__date">{weekday(SERVED)}, {SERVED:%d} {VI_MONTHS_LOWER[SERVED.month - 1]}, {SERVED.year}</span><a href="/dang-nhap" class="masthead__login">Đăng nhập</a></div>
      <a href="/" class="masthead__logo"><img src="/assets/logo-baolangson-9c8b7a6d5e4f.svg" alt="Báo Lạng Sơn"></a>
      <button class="masthead__toggle" data-action="click->menu#toggle" aria-label="Mở menu">☰</button>
      <nav class="masthead__nav" data-menu-target="panel"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></nav>
    </header>

    <div id="flash" class="flash"></div>

    <main class="container">
<article id="article_{article.article_id}" class="article" data-controller="reading-progress">
  <nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Trang chủ</a> › <a href="{attr(section)}">{esc(cat)}</a></nav>
  <h1 class="article__title">{esc(article.title)}</h1>
  {credit}
  <p class="article__meta"><time datetime="{iso_vietnam(moment)}">{shown}</time> · <span>{max(1, words // 200)} phút đọc</span></p>
  <p class="article__summary">{esc(lead_text(article))}</p>
  <div class="article__body">
    <div class="trix-content">
  {body}
</div>

  </div>
  {tags}
  <div class="article__share" data-controller="share" data-share-url-value="{attr(url_of(article))}"><button data-action="share#facebook">Facebook</button><button data-action="share#zalo">Zalo</button><button data-action="share#copy">Sao chép liên kết</button></div>
</article>

<turbo-frame id="related_articles" class="related">
  <h2>Bài liên quan</h2>
  <ul>{related}</ul>
</turbo-frame>

<turbo-frame id="comments" src="/bai-viet/{article.article_id}/binh-luan" loading="lazy" class="comments">
  <p class="comments__loading">Đang tải bình luận…</p>
</turbo-frame>
    </main>

    <footer class="footer">
      <p><strong>BÁO LẠNG SƠN</strong> — Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p>
      <p>Tổng Biên tập: Nguyễn Văn A · Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn</p>
      <p>© 2012 – {SERVED.year} Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p>
    </footer>
  </body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("rails_turbo", article.article_id, url_of(article), page, record)


# --- 4. The paper on a vendor's Yii2 CMS ---------------------------------------------------------

_YII_MEDIA = "https://media.baolangson.vn"


def _yii_image(img: Image) -> str:
    """The vendor's resized copy of a picture (the `<img>` fallback of the `<picture>`)."""
    return f"{_YII_MEDIA}/resize/800x/{image_src(img).split('://', 1)[1].split('/', 1)[1]}"


def yii2_paper(article: Article) -> CorpusPage:
    """baolangson.vn on the CMS a local software vendor builds on Yii 2 for provincial
    papers: `csrf-param`/`csrf-token` meta for `_csrf-frontend`, assets from hashed
    `/assets/…/` folders, the `yii\\bootstrap\\Nav` menu (`#w0`), the Breadcrumbs widget as a
    `ul.breadcrumb` ending at the section, the `h1`, the date as the vendor formats it with
    ICU, `04/02/2022 lúc 09:56`, beside a view count, the sapo (with its marker) in a bold
    `div`, the body from the editor (pictures in `<picture>` with a WebP `<source>` and the
    resized JPEG `<img>`, the caption as an italic paragraph in the picture's box, a
    "Đọc thêm" inline link box between paragraphs), the author line after the text with the
    role and the names linked to author pages, "Từ khóa" tags, a `ListView` of related items
    (`data-key`), a Pjax comment form and a "Tin mới nhất" box with times. JSON-LD gives the
    day only (`Y-m-d`) and names the paper as the author."""
    moment = article.published
    shown = f"{dmy(moment)} lúc {moment:%H:%M}"
    captions = rehosted_captions(article, _yii_image)
    cat = category_name(article)
    section = f"/{tag_slug(cat)}.html"
    more = others(article, 1, turn=1801)[0]

    def image(img: Image, number: int) -> str:
        webp = _yii_image(img).rsplit(".", 1)[0] + ".webp"
        cap = f'<p class="media-caption"><em>{esc(img.caption)}</em></p>' if img.caption else ""
        return (
            f'<div class="media-item" style="text-align:center"><picture><source type="image/webp" srcset="{attr(webp)}">'
            f'<img src="{attr(_yii_image(img))}" alt="{attr(img.caption or article.title)}" class="img-fluid" loading="lazy"></picture>{cap}</div>'
        )

    def paragraph(text: str, number: int, count: int) -> str:
        out = f'<p style="text-align: justify;">{text}</p>'
        if number == 1 and count > 2:
            out += f'\n<div class="box-readmore"><span>Đọc thêm:</span> <a href="{attr(more.path)}">{esc(more.title)}</a></div>'
        return out

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads-zone" data-zone="12"><div id="zone-12"></div><script>loadZone(12);</script></div>',
        script='<div class="video-embed"><iframe src="https://www.youtube.com/embed/lsotv2022" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = ""
    if shown_byline(article):
        credit = f'<div class="article-author">{linked_credit(article, lambda n: "/tac-gia/" + tag_slug(n) + ".html")}</div>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="article-tags"><span class="tags-title">Từ khóa:</span> '
            + "".join(
                f'<a href="/tag/{tag_slug(t)}.html" class="tag-link">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    related = "".join(
        f'<div class="item" data-key="{o.article_id}"><a href="{attr(o.path)}" class="thumb"><img src="{_YII_MEDIA}/resize/240x160/upload/thumb/{o.article_id}.jpg" alt="{attr(o.title)}"></a><h3 class="item-title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3></div>'
        for o in others(article, 4, turn=1807)
    )
    latest = "".join(
        f'<li><span class="time">{o.published:%H:%M %d/%m}</span> <a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for o in others(article, 6, turn=1811)
    )
    nav = section_menu(
        lambda k: f"/{tag_slug(content().category(k).name)}.html",
        '<li class="nav-item"><a class="nav-link" href="{href}">{name}</a></li>',
    )
    token = "Xy9" + stable_digest(f"yii{article.article_id}") + "Q2Vh=="
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": moment.date().isoformat(),
        "author": {"@type": "Organization", "name": "Báo Lạng Sơn"},
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
        "mainEntityOfPage": url_of(article),
    }
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-param" content="_csrf-frontend">
<meta name="csrf-token" content="{token}">
    <title>{esc(article.title)} - Báo Lạng Sơn điện tử</title>
    <meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:type" content="article">
<link href="{attr(url_of(article))}" rel="canonical">
<link href="/assets/5f1b2c3d/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css?v=1699001234" rel="stylesheet">
<script type="application/ld+json">{script_json(data)}</script></head>
<body>

<div class="wrap">
    <div class="top-header"><div class="container"><span class="today">{weekday(SERVED)}, ngày {_TODAY}</span><span class="hotline">Đường dây nóng: 0205.3812.345</span></div></div>
    <div class="logo-bar"><div class="container"><a href="/"><img src="/images/logo.png" alt="Báo Lạng Sơn điện tử"></a></div></div>
    <nav id="w0" class="navbar-expand-lg navbar-dark bg-primary navbar"><div class="container"><button type="button" class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#w0-collapse" aria-controls="w0-collapse" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>{nav}</ul></div></div></nav>
    <div class="container">
        <ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>
<li class="active"><a href="{attr(section)}">{esc(cat)}</a></li>
</ul>
<div class="row">
<div class="col-md-8">
<div class="article-detail">
    <h1 class="article-title">{esc(article.title)}</h1>
    <div class="article-info"><span class="publish-date">{shown}</span> <span class="view-count"><i class="icon-eye"></i> {(article.article_id * 11) % 5000 + 300} lượt xem</span></div>
    <div class="article-sapo"><strong>{esc(lead_text(article))}</strong></div>
    <div class="article-content">
{body}
    </div>
    {credit}
    {tags}
    <div class="article-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" class="btn-fb">Chia sẻ</a> <a href="javascript:window.print();" class="btn-print">In bài viết</a></div>
</div>
<div class="box-related"><h2 class="box-title">Tin liên quan</h2><div id="w2" class="list-view">{related}</div></div>
<div id="p0" data-pjax-container="" data-pjax-push-state data-pjax-timeout="1000">
<div class="comment-box"><h2 class="box-title">Ý kiến bạn đọc</h2>
<form id="comment-form" action="/comment/create?article_id={article.article_id}" method="post" data-pjax>
<input type="hidden" name="_csrf-frontend" value="{token}"><div class="mb-3 field-comment-name required">
<label class="form-label" for="comment-name">Họ tên</label>
<input type="text" id="comment-name" class="form-control" name="Comment[name]" aria-required="true">
<div class="invalid-feedback"></div>
</div>
<div class="mb-3 field-comment-content required">
<label class="form-label" for="comment-content">Nội dung</label>
<textarea id="comment-content" class="form-control" name="Comment[content]" rows="4" aria-required="true"></textarea>
<div class="invalid-feedback"></div>
</div>
<button type="submit" class="btn btn-primary">Gửi ý kiến</button></form></div>
</div>
</div>
<div class="col-md-4">
<div class="box-latest"><h2 class="box-title">Tin mới nhất</h2><ul>{latest}</ul></div>
<div class="box-banner"><a href="/chuyen-de/chuyen-doi-so.html"><img src="/images/banner/chuyen-doi-so.jpg" alt=""></a></div>
</div>
</div>
    </div>
</div>

<footer class="footer">
    <div class="container">
        <p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p>
        <p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p>
        <p class="float-end">Thiết kế và phát triển bởi Công ty CP Giải pháp phần mềm ABC</p>
    </div>
</footer>

<script src="/assets/8e2a1f4b/jquery.js"></script>
<script src="/assets/c0d9e7a1/yii.js"></script>
<script src="/assets/c0d9e7a1/yii.validation.js"></script>
<script src="/assets/c0d9e7a1/yii.activeForm.js"></script>
<script src="/assets/7b4d2e19/jquery.pjax.js"></script>
<script src="/assets/9a3c5f71/js/bootstrap.bundle.js"></script>
<script>jQuery(function ($) {{
jQuery('#comment-form').yiiActiveForm([{{"id":"comment-name","name":"name","container":".field-comment-name","input":"#comment-name","error":".invalid-feedback","validate":function (attribute, value, messages, deferred, $form) {{yii.validation.required(value, messages, {{"message":"Họ tên không được để trống."}});}}}}], []);
jQuery(document).pjax("#p0 a", {{"push":true,"replace":false,"timeout":1000,"scrollTo":false,"container":"#p0"}});
}});</script></body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("yii2_paper", article.article_id, url_of(article), page, record)


# --- 5. The provincial police portal on CodeIgniter 3, reposting the article ----------------------

_CA = "https://congan.langson.gov.vn"


def _ca_image(article: Article, img: Image) -> str:
    """Where the portal keeps a picture its editor uploaded again (`base_url()`, absolute)."""
    return f"{_CA}/uploads/images/{article.published:%Y/%m}/{image_file(img)}"


def police_ci(article: Article) -> CorpusPage:
    """The provincial police's portal, a custom PHP site on CodeIgniter 3, reposting the
    paper's article: every address absolute from `base_url()` with `index.php/` in it, the
    site name as the page's only `h1` in the banner with the motto, today's date, the menu, a
    `»` breadcrumb ending at the section, the title in `h2.title-detail`, `Đăng ngày:
    07/02/2022 10:41` with the view count, the sapo (with its marker) in a bold `div`, the
    TinyMCE body (pictures in centred paragraphs and the caption as the italic centred
    paragraph after each), the credit as a right-aligned bold paragraph and the source line
    under it, "Từ khóa" links, "Các tin khác" with dates, a readers' comment form with the CI
    CSRF field and a captcha picture, and a sidebar with the hotline, the crime-report box,
    wanted-person notices (years of birth, dates of the decisions) and the visitor counter.
    No JSON-LD; `og:` meta without times."""
    moment = article.published
    shown = f"Đăng ngày: {dmy(moment)} {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _ca_image(article, i))
    cat = category_name(article)
    link = f"{_CA}/index.php/tin-tuc/chi-tiet/{article.article_id}/{article.slug}"

    def image(img: Image, number: int) -> str:
        out = f'<p style="text-align: center;"><img src="{attr(_ca_image(article, img))}" alt="" width="700" height="466" /></p>'
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return out

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p><iframe src="https://www.youtube.com/embed/lsotv2022" width="560" height="315" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align: right;"><strong>{esc(credit)}</strong></p>'
    body += '\n<p style="text-align: right;"><em>(Nguồn: Báo Lạng Sơn)</em></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="keywords"><b>Từ khóa:</b> '
            + ", ".join(
                f'<a href="{_CA}/index.php/tim-kiem/tu-khoa/{tag_slug(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    other_items = "".join(
        f'<li><a href="{_CA}/index.php/tin-tuc/chi-tiet/{o.article_id}/{attr(o.slug)}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in others(article, 6, turn=1901)
    )
    wanted = "".join(
        f'<li><img src="{_CA}/uploads/truy-na/{n}.jpg" alt="" width="60"><div><b>{esc(name)}</b><br>Sinh năm: {born}<br>Quyết định truy nã số {n}/QĐ-CSHS ngày {day}</div></li>'
        for n, name, born, day in (
            (112, "Hoàng Văn T.", 1987, "15/08/2026"),
            (118, "Lý Thị H.", 1992, "02/10/2026"),
        )
    )
    nav = section_menu(
        lambda k: f"{_CA}/index.php/tin-tuc/chuyen-muc/{k}",
        '<li><a href="{href}">{name}</a></li>',
    )
    token = stable_digest(f"ci{article.article_id}")
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Công an tỉnh Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:url" content="{attr(link)}">
<meta property="og:image" content="{_CA}/assets/images/og-default.jpg">
<link rel="shortcut icon" href="{_CA}/assets/images/favicon.ico">
<link rel="stylesheet" href="{_CA}/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="{_CA}/assets/css/style.css">
</head>
<body>
<div id="banner"><div class="container"><img src="{_CA}/assets/images/cand-emblem.png" alt="" class="emblem"><div class="site-name"><h1>CÔNG AN TỈNH LẠNG SƠN</h1><p class="motto">Vì nước quên thân, vì dân phục vụ</p></div></div></div>
<div id="menu"><div class="container"><ul class="main-menu"><li><a href="{_CA}/">Trang chủ</a></li><li><a href="{_CA}/index.php/gioi-thieu">Giới thiệu</a></li><li class="has-sub"><a href="{_CA}/index.php/tin-tuc">Tin tức - Sự kiện</a><ul>{nav}</ul></li><li><a href="{_CA}/index.php/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="{_CA}/index.php/hoi-dap">Hỏi đáp</a></li><li><a href="{_CA}/index.php/lien-he">Liên hệ</a></li></ul><div class="today">{weekday(SERVED)}, ngày {_TODAY}</div></div></div>
<div class="container" id="main">
<div class="row">
<div class="col-md-9">
<div class="breadcrumbs"><a href="{_CA}/">Trang chủ</a> » <a href="{_CA}/index.php/tin-tuc">Tin tức - Sự kiện</a> » <a href="{_CA}/index.php/tin-tuc/chuyen-muc/{article.category}">{esc(cat)}</a></div>
<div class="news-detail">
<h2 class="title-detail">{esc(article.title)}</h2>
<div class="date-detail">{shown} <span class="sep">|</span> Lượt xem: {(article.article_id * 3) % 2000 + 45}</div>
<div class="sapo-detail"><b>{esc(lead_text(article))}</b></div>
<div class="content-detail">
{body}
</div>
{tags}
<div class="tools"><a href="javascript:window.print()">In bài</a> | <a href="{_CA}/index.php/tin-tuc/gui-email/{article.article_id}">Gửi bài viết</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="other-news"><h3>Các tin khác</h3><ul>{other_items}</ul></div>
<div class="comment-form"><h3>Ý kiến bạn đọc</h3>
<form action="{_CA}/index.php/binh-luan/gui/{article.article_id}" method="post" accept-charset="utf-8">
<input type="hidden" name="csrf_test_name" value="{token}" />
<p><input type="text" name="ho_ten" placeholder="Họ và tên" /></p>
<p><input type="email" name="email" placeholder="Email" /></p>
<p><textarea name="noi_dung" rows="4" placeholder="Nội dung ý kiến"></textarea></p>
<p><img src="{_CA}/captcha/1700000{article.article_id % 1000:03d}.1234.jpg" width="150" height="30" style="border:0;" alt=" " /> <input type="text" name="captcha" placeholder="Mã xác nhận" /></p>
<p><input type="submit" value="Gửi ý kiến" /></p>
</form></div>
</div>
<div class="col-md-3 sidebar">
<div class="box hotline"><h3>Đường dây nóng</h3><p>Trực ban Công an tỉnh: <b>069.2819.224</b></p><p>Cảnh sát 113</p></div>
<div class="box report"><h3>Tố giác tội phạm</h3><p><a href="{_CA}/index.php/to-giac-toi-pham">Gửi thông tin tố giác tội phạm trực tuyến</a></p></div>
<div class="box wanted"><h3>Thông báo truy nã</h3><ul>{wanted}</ul></div>
<div class="box counter"><h3>Thống kê truy cập</h3><p>Đang truy cập: {article.article_id % 90 + 10}</p><p>Hôm nay: 2.3{article.article_id % 10}7</p><p>Tổng lượt truy cập: 8.416.{article.article_id % 900 + 100}</p></div>
</div>
</div>
</div>
<div id="footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH LẠNG SƠN</b></p><p>Địa chỉ: Số 4 đường Tam Thanh, phường Tam Thanh, thành phố Lạng Sơn.</p><p>Ghi rõ nguồn "Công an tỉnh Lạng Sơn" khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p></div></div>
<script src="{_CA}/assets/js/jquery.min.js"></script>
<script src="{_CA}/assets/js/main.js"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("police_ci", article.article_id, url_of(article), page, record)


MARKUPS_S: dict[str, Renderer] = {
    "lstv_station": lstv_station,
    "word_html": word_html,
    "rails_turbo": rails_turbo,
    "yii2_paper": yii2_paper,
    "police_ci": police_ci,
}
