# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set U: the twentieth held-out set (scored once sealed at 85.6 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: a page of the printed edition converted by pdf2htmlEX (every
printed line an absolutely placed `div.t` with font, size and position classes, no heading or
paragraph elements, the pictures baked into the page's background image, the folio with the
next morning's issue date and the page's rubric, the title and sapo in larger and bold fonts, the
first line of each paragraph indented, spaces sometimes written as pdf2htmlEX's `_` spacing
spans, the InDesign file name as `<title>`), a commune e-portal on the nationwide template for
commune and ward portals (the national emblem banner, today's date, a marquee, the `Tin tức -
Sự kiện` box heading above the title, `Ngày đăng: 04/02/2022 - 09:56` and the view count,
CKEditor 4 text in nested `font-size`/`font-family` spans, captions in the second row of a
picture table, the `Tác giả:` and `Nguồn tin:` fields after the text, the rating and comment
forms, the `Văn bản mới`, poll and visitor-counter boxes, `og:title` left as the portal's name),
a farmers' association site on MODX Revolution (the template's `<base href>` that the
TinyMCE pictures' relative addresses resolve against, pdoCrumbs ending at the resource's own
title, the date as `[[*publishedon:date=`%d.%m.%Y`]]` prints it and the raw `publishedon`, a
zoneless `Y-m-d H:i:s`, in `article:published_time`, the site account as `Đăng bởi`, the
introtext as the lead, tagLister's links, the credit and `(Theo Báo Lạng Sơn)` closing the
text), the newsroom's longform site on Tilda (Tilda Feeds' post page: `t-rec` records, the T228
menu, the title in `h1.t-feed__post-popup__title`, the date `04.02.2022` and the feed part
beside it, the Redactor text with pasted paragraphs joined by `<br /><br />`, pictures on
static.tildacdn.com behind `thb.tildacdn.com/-/empty/` placeholders in `t-redactor__figure`s,
`BlogPosting` JSON-LD to the minute, the cookie block and the "Made on Tilda" label), and a
page after the border guard's newspaper, Báo Biên phòng, reposting the article (the date as
`Thứ Sáu, 04/02/2022 | 09:56 (GMT+7)` in a `time` whose `datetime` is ISO, the credit with the
names in capitals at the end, lazy pictures on the paper's image host with a width step in the
path, `Tags:`, related and most-read boxes, the editor-in-chief and licence lines in the
footer). The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with its zone in a meta, JSON-LD or `datetime` counts to what it gives; a printed
local time counts to the minute; a machine time written without any zone does not count unless
the local time the page prints confirms it, and a printed date alone does not; none when the
page gives no time), `byline` the credit as shown (without a field label such as `Tác giả:`,
never a source line such as `Nguồn tin: Báo Lạng Sơn` or `(Theo Báo Lạng Sơn)`, nor the site
account that `Đăng bởi` names; the names in capitals where the page prints them so), `authors`
the names in it in the usual capitalisation, `tags` only the tags the page shows, `category`
the section the page shows for the article (the last section step of a breadcrumb, the feed
part, the printed page's rubric), a caption's `image_url` the address the page serves the
picture from (the `data-original`/`data-src` behind a placeholder, a relative `src` resolved
against `<base href>`) and its `text` the caption as printed. The printed page shows no picture
of its own (they are part of the page's background image), so its record has no captions, and
its caption lines are not body text; it prints no date of the article (the folio's date is the
issue's), so its record has no date line, day or time.

The mastheads' today dates, the folio's issue date and number, the marquee, the portal's
`Văn bản mới` dates and visitor counter, view counts, the MODX `editedon` time, the dates of
other articles, the footer's licence date and readers' comment dates are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote, urljoin

from tests.corpus.pages import (
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    capitalised_credit,
    category_name,
    dmy,
    esc,
    expected,
    image_file,
    lead_text,
    others,
    rehosted_captions,
    script_json,
    section_menu_from_pattern,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import clean, iso_vietnam, slugify
from tests.site.model import Article, Image, Paragraph

_TODAY = f"{SERVED:%d/%m/%Y}"


# --- 1. A page of the printed edition converted by pdf2htmlEX -----------------------------------

_PRINT = "https://baoin.baolangson.vn"


def _wrap(text: str, width: int) -> list[str]:
    """The printed lines of a text set in a column `width` characters wide."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def _gaps(line: str, seed: int) -> str:
    """pdf2htmlEX's escaping of a line, some spaces written as its `_` spacing spans."""
    words = line.split(" ")
    out = esc(words[0])
    for number, word in enumerate(words[1:], 1):
        if (number + seed) % 9 == 4:
            out += f'<span class="_ _{(number + seed) % 3}"> </span>'
        else:
            out += " "
        out += esc(word)
    return out


class _Sheet:
    """Positions of the printed lines and the classes pdf2htmlEX gives them."""

    def __init__(self) -> None:
        self.xs: dict[float, str] = {}
        self.ys: dict[float, str] = {}
        self.lines: list[str] = []

    def _cls(self, table: dict[float, str], prefix: str, value: float) -> str:
        if value not in table:
            table[value] = f"{prefix}{len(table) + 1:x}"
        return table[value]

    def line(self, text: str, x: float, y: float, font: str, size: str, seed: int) -> None:
        """One printed line: `font` e.g. `ff1`, `size` e.g. `fs2`."""
        xc = self._cls(self.xs, "x", x)
        yc = self._cls(self.ys, "y", y)
        self.lines.append(
            f'<div class="t m0 {xc} h{int(size[2:]) + 2} {yc} {font} {size} fc0 sc0 ls0 ws0">{_gaps(text, seed)}</div>'
        )

    def css(self) -> str:
        """The position classes."""
        xs = "".join(f".{c}{{left:{v:.6f}px;}}\n" for v, c in self.xs.items())
        ys = "".join(f".{c}{{bottom:{v:.6f}px;}}\n" for v, c in self.ys.items())
        return xs + ys


def pdf2htmlex_print(article: Article) -> CorpusPage:
    """A page of the printed edition as the paper's print archive serves it, converted from the
    press PDF by pdf2htmlEX: the generator meta and its base style sheet, the InDesign file name
    as `<title>`, the empty outline sidebar, one `div.pf` page with the background image
    holding every picture and rule, and each printed line as an absolutely placed `div.t`
    (position, font, size classes; no heading, paragraph or figure elements). The folio
    first (page number, rubric, issue number and the next morning's issue date), the title in
    the largest font over one to three lines, the sapo in bold without the online marker, the
    text in four columns with each paragraph's first line indented, each picture's caption in
    italics where the picture stands, the credit right-aligned at the end, then a small
    advertisement. No metadata of the article, no tags."""
    issue = article.published + timedelta(days=1)
    number = 3 + article.article_id % 6
    sheet = _Sheet()
    seed = article.article_id
    cat = category_name(article)
    sheet.line(str(number), 40.0, 1226.0, "ff4", "fs1", seed)
    sheet.line(cat, 96.0, 1226.0, "ff4", "fs1", seed)
    sheet.line(
        f"BÁO LẠNG SƠN • Số {4200 + (issue - datetime(2015, 1, 1)).days // 2} • {weekday(issue)}, {issue.day}-{issue.month}-{issue.year}",
        560.0,
        1226.0,
        "ff4",
        "fs1",
        seed,
    )
    y = 1170.0
    for line in _wrap(article.title, 34):
        sheet.line(line, 40.0, y, "ff2", "fs5", seed)
        y -= 38.0
    y -= 6.0
    for line in _wrap(article.lead, 70):
        sheet.line(line, 40.0, y, "ff2", "fs3", seed)
        y -= 21.0
    top = y - 12.0
    columns = (40.0, 250.0, 460.0, 670.0)
    column = 0
    y = top

    def place(text: str, indent: bool, font: str, size: str, right: bool = False) -> None:
        nonlocal column, y
        for index, line in enumerate(_wrap(text, 30)):
            if y < 140.0:
                column += 1
                y = top
            x = columns[column % 4] + (14.0 if indent and index == 0 else 0.0)
            if right:
                x = columns[column % 4] + max(0.0, 190.0 - 6.2 * len(line))
            sheet.line(line, x, y, font, size, seed + index)
            y -= 17.0

    for block in article.blocks:
        if isinstance(block, Paragraph):
            place(block.text, True, "ff1", "fs2")
        elif isinstance(block, Image):
            y -= 150.0  # the picture is in the background image
            if block.caption:
                place(block.caption, False, "ff3", "fs0")
            y -= 6.0
    credit = shown_byline(article)
    if credit:
        place(credit, False, "ff2", "fs2", right=True)
    for index, line in enumerate(
        (
            "QUẢNG CÁO",
            "Công ty TNHH Thương mại Đồng Đăng",
            "cần tuyển 05 nhân viên kinh doanh.",
            "Liên hệ: 0205.3712.888",
        )
    ):
        sheet.line(line, 670.0, 96.0 - 16.0 * index, "ff4", "fs0", seed)
    name = f"LS {issue.day}-{issue.month} trang {number}.indd"
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
/*!
 * Base CSS for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com>
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */#sidebar{{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}}#page-container{{position:absolute;top:0;left:0;margin:0;padding:0;border:0}}@media screen{{#sidebar.opened+#page-container{{left:250px}}#page-container{{bottom:0;right:0;overflow:auto}}.loading-indicator{{display:none}}.loading-indicator.active{{display:block;position:absolute;width:64px;height:64px;top:50%;left:50%;margin-top:-32px;margin-left:-32px}}}}.pf{{position:relative;background-color:white;overflow:hidden;margin:0;border:0}}.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0}}.bi{{position:absolute;border:0;margin:0;user-select:none}}.c{{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}}.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override;font-feature-settings:"liga" 0}}._{{display:inline-block;color:transparent;z-index:-1}}.pi{{display:none}}
</style>
<style type="text/css">
#sidebar{{background-color:#2f3236}}#outline{{font-family:Georgia,Times,"Times New Roman",serif;font-size:13px;margin:2em 1em}}#page-container{{background-color:#9e9e9e;background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI1IiBoZWlnaHQ9IjUiPjwvc3ZnPg==");transition:left 500ms}}.pf{{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}}
</style>
<style type="text/css">
@font-face{{font-family:ff1;src:url(f1.woff)format("woff");}}.ff1{{font-family:ff1;line-height:1.089;font-style:normal;font-weight:normal;visibility:visible;}}
@font-face{{font-family:ff2;src:url(f2.woff)format("woff");}}.ff2{{font-family:ff2;line-height:1.102;font-style:normal;font-weight:normal;visibility:visible;}}
@font-face{{font-family:ff3;src:url(f3.woff)format("woff");}}.ff3{{font-family:ff3;line-height:1.089;font-style:normal;font-weight:normal;visibility:visible;}}
@font-face{{font-family:ff4;src:url(f4.woff)format("woff");}}.ff4{{font-family:ff4;line-height:0.938;font-style:normal;font-weight:normal;visibility:visible;}}
.m0{{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}}
.v0{{vertical-align:0.000000px;}}.ls0{{letter-spacing:0.000000px;}}.sc0{{text-shadow:none;}}.ws0{{word-spacing:0.000000px;}}
._0{{width:20.800000px;}}._1{{width:22.464000px;}}._2{{width:24.208000px;}}
.fc0{{fill:rgb(0,0,0);stroke-width:0.000000px;stroke:none;color:rgb(0,0,0);}}
.fs0{{font-size:44.000000px;}}.fs1{{font-size:40.000000px;}}.fs2{{font-size:48.000000px;}}.fs3{{font-size:56.000000px;}}.fs5{{font-size:128.000000px;}}
.h2{{height:36.080000px;}}.h3{{height:37.520000px;}}.h4{{height:52.272000px;}}.h5{{height:61.712000px;}}.h7{{height:141.056000px;}}
.w0{{width:892.914000px;}}.h0{{height:1262.835000px;}}.w1{{width:893.000000px;}}.h1{{height:1263.000000px;}}
.x0{{left:0.000000px;}}.y0{{bottom:0.000000px;}}
{sheet.css()}
@media print{{.m0{{transform:matrix(0.333333,0.000000,0.000000,0.333333,0,0);}}}}
</style>
<script>
/*
 Copyright 2012 Mozilla Foundation
 Copyright 2013 Lu Wang <coolwanglu@gmail.com>
 Apache License Version 2.0
*/
(function(){{}})();
</script>
<script src="pdf2htmlEX.min.js"></script>
<script>
try{{
pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({{}});
}}catch(e){{}}
</script>
<title>{esc(name)}</title>
</head>
<body>
<div id="sidebar">
<div id="outline">
</div>
</div>
<div id="page-container">
<div id="pf{number:x}" class="pf w0 h0" data-page-no="{number:x}"><div class="pc pc{number:x} w0 h0"><img class="bi x0 y0 w1 h1" alt="" src="{_PRINT}/{issue:%Y/%m/%d}/bg{number:x}.png"/>{"".join(sheet.lines)}</div><div class="pi" data-data='{{"ctm":[1.500000,0.000000,0.000000,1.500000,0.000000,0.000000]}}'></div></div>
</div>
<div class="loading-indicator">
<img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAAABGdBTUEAALGPC/xhBQAAAAFzUkdCAK7OHOkAAAAgY0hSTQAAeiYAAICEAAD6AAAAgOgAAHUwAADqYAAAOpgAABdwnLpRPAAAAAlwSFlzAAALEwAACxMBAJqcGAAAAAFiS0dEAIgFHUgAAAABYktHRACIBR1IAAAAA"/>
</div>
</body>
</html>
"""
    record = expected(article, dateline=None, published=None, captions=[], tags=False)
    return CorpusPage("pdf2htmlex_print", article.article_id, url_of(article), page, record)


# --- 2. A commune e-portal on the nationwide template for commune and ward portals ---------------

_XA = "https://mauson.locbinh.langson.gov.vn"


def _xa_image(article: Article, img: Image) -> str:
    """Where the portal keeps a picture its staff uploaded again through the CKEditor browser."""
    return f"{_XA}/uploads/mauson/news/{article.published:%Y_%m}/{image_file(img)}"


def _xa_run(text: str) -> str:
    """CKEditor 4's nested font spans around a pasted run of text."""
    return (
        '<span style="font-size:14px;"><span style="font-family:times new roman,times,serif;">'
        f"{text}</span></span>"
    )


def commune_portal(article: Article) -> CorpusPage:
    """The e-portal of Mẫu Sơn commune on the template the provinces roll out to every commune
    and ward, reposting the paper's article: the banner with the national emblem and the
    portal's name in capitals, today's date and a marquee of slogans, the horizontal menu, the
    `TIN TỨC - SỰ KIỆN` box heading (an `h2`) over the breadcrumb and the title (also an
    `h2`), `Ngày đăng: 04/02/2022 - 09:56` with the view count and the font-size and print
    tools, the sapo (with its marker) in bold, the CKEditor 4 text in `text-align: justify`
    paragraphs of nested font spans starting with `&nbsp;`, pictures in a two-row table with
    the caption in italics in the second row (an uncaptioned picture in a centred paragraph),
    `Tác giả:` with the credit and `Nguồn tin:` after the text, the star rating, the comment
    form, "Các tin khác" with dates, and the sidebars: the chairman's mailbox, `Văn bản mới`
    with issue dates, the administrative-procedures links, a poll, linked sites and the
    visitor counter. `og:title` is the portal's name; no JSON-LD, no times in meta."""
    moment = article.published
    shown = f"Ngày đăng: {dmy(moment)} - {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _xa_image(article, i))
    cat = category_name(article)
    link = f"{_XA}/tin-tuc-su-kien/{slugify(cat)}/{article.slug}-{article.article_id}.html"

    def image(img: Image, number: int) -> str:
        src = attr(_xa_image(article, img))
        if not img.caption:
            return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;"><tbody>'
            f'<tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em>{_xa_run(esc(img.caption))}</em></td></tr>'
            "</tbody></table>"
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{_xa_run("&nbsp;" + text)}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="315" src="https://www.youtube.com/embed/baolangson" width="560"></iframe></p>',
    )
    credit = shown_byline(article)
    author = f'<div class="tacgia">Tác giả: <b>{esc(credit)}</b></div>' if credit else ""
    menu = section_menu_from_pattern(
        _XA + "/tin-tuc-su-kien/{slug}.html",
        '<li><a href="{href}">{name}</a></li>',
    )
    rest = "".join(
        f'<li><a href="{_XA}/tin-tuc-su-kien/{slugify(category_name(o))}/{o.slug}-{o.article_id}.html">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in others(article, 6, turn=431)
    )
    documents = "".join(
        f'<li><a href="{_XA}/van-ban/{code}.html">{esc(name)}</a><span class="ngay">Ngày ban hành: {day}</span></li>'
        for code, name, day in (
            (
                "qd-125-ubnd",
                "Quyết định số 125/QĐ-UBND về việc kiện toàn Ban Chỉ đạo chuyển đổi số xã",
                "15/11/2026",
            ),
            (
                "kh-88-ubnd",
                "Kế hoạch số 88/KH-UBND tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
                "02/11/2026",
            ),
            ("tb-41-ubnd", "Thông báo số 41/TB-UBND lịch tiếp công dân tháng 11", "28/10/2026"),
        )
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} - Cổng thông tin điện tử xã Mẫu Sơn</title>
<meta name="description" content="Cổng thông tin điện tử xã Mẫu Sơn, huyện Lộc Bình, tỉnh Lạng Sơn" />
<meta name="keywords" content="xã Mẫu Sơn, Lộc Bình, Lạng Sơn, cổng thông tin" />
<meta property="og:title" content="Cổng thông tin điện tử xã Mẫu Sơn" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(link)}" />
<meta property="og:image" content="{_XA}/images/logo-quoc-huy.png" />
<link rel="shortcut icon" href="{_XA}/favicon.ico" />
<link href="{_XA}/templates/xaphuong/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{_XA}/templates/xaphuong/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="banner"><img src="{_XA}/templates/xaphuong/images/quoc-huy.png" alt="Quốc huy" class="quochuy" /><div class="ten-cong"><span class="dong1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="dong2">XÃ MẪU SƠN - HUYỆN LỘC BÌNH - TỈNH LẠNG SƠN</span></div></div>
<div id="topbar"><span class="homnay">Hôm nay: {weekday(SERVED)}, ngày {_TODAY}</span><marquee scrollamount="3">Chào mừng kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2026) * Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh *</marquee></div>
<div id="menu"><ul><li><a href="{_XA}/">Trang chủ</a></li><li><a href="{_XA}/gioi-thieu.html">Giới thiệu</a></li><li class="active"><a href="{_XA}/tin-tuc-su-kien.html">Tin tức - Sự kiện</a><ul class="sub">{menu}</ul></li><li><a href="{_XA}/van-ban.html">Văn bản</a></li><li><a href="{_XA}/thu-tuc-hanh-chinh.html">Thủ tục hành chính</a></li><li><a href="{_XA}/cong-khai-ngan-sach.html">Công khai ngân sách</a></li><li><a href="{_XA}/lien-he.html">Liên hệ</a></li></ul></div>
<div id="main">
<div id="left">
<div class="box"><div class="box-title">HỘP THƯ CHỦ TỊCH XÃ</div><div class="box-content"><a href="{_XA}/hop-thu-chu-tich.html"><img src="{_XA}/images/hop-thu.png" alt="Hộp thư Chủ tịch" /></a></div></div>
<div class="box"><div class="box-title">THỦ TỤC HÀNH CHÍNH</div><div class="box-content"><ul><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công Quốc gia</a></li><li><a href="https://dichvucong.langson.gov.vn">Hệ thống thông tin giải quyết TTHC tỉnh</a></li><li><a href="{_XA}/thu-tuc-hanh-chinh/tra-cuu-ho-so.html">Tra cứu hồ sơ</a></li></ul></div></div>
</div>
<div id="center">
<div class="title-box"><h2>TIN TỨC - SỰ KIỆN</h2></div>
<div class="duongdan"><a href="{_XA}/">Trang chủ</a> &gt; <a href="{_XA}/tin-tuc-su-kien.html">Tin tức - Sự kiện</a> &gt; <a href="{_XA}/tin-tuc-su-kien/{slugify(cat)}.html">{esc(cat)}</a></div>
<div class="chitiet">
<h2 class="tieude">{esc(article.title)}</h2>
<div class="thongtin"><span class="ngaydang">{shown}</span> <span class="luotxem">Lượt xem: {(article.article_id * 13) % 900 + 37}</span><span class="congcu"><a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(0)">A</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a> | <a href="javascript:window.print()"><img src="{_XA}/images/print.png" alt="In bài viết" /></a> <a href="mailto:?subject={attr(article.title)}"><img src="{_XA}/images/email.png" alt="Gửi email" /></a></span></div>
<div class="tomtat"><strong>{esc(lead_text(article))}</strong></div>
<div class="noidung">
{body}
</div>
{author}
<div class="nguontin">Nguồn tin: Báo Lạng Sơn</div>
<div class="danhgia">Đánh giá bài viết: <span class="star" data-v="1">★</span><span class="star" data-v="2">★</span><span class="star" data-v="3">★</span><span class="star" data-v="4">★</span><span class="star" data-v="5">★</span> <span class="diem">(0 lượt đánh giá)</span></div>
<div class="binhluan"><div class="bl-title">Ý kiến bạn đọc</div><form action="{_XA}/binh-luan/gui" method="post"><input type="text" name="hoten" placeholder="Họ và tên" /><input type="text" name="email" placeholder="Email" /><textarea name="noidung" placeholder="Nội dung ý kiến"></textarea><img src="{_XA}/captcha.php" alt="" /><input type="text" name="maxacnhan" placeholder="Mã xác nhận" /><input type="submit" value="Gửi ý kiến" /></form></div>
</div>
<div class="tinkhac"><div class="tk-title">Các tin khác</div><ul>{rest}</ul></div>
</div>
<div id="right">
<div class="box"><div class="box-title">VĂN BẢN MỚI</div><div class="box-content"><ul class="vanban">{documents}</ul></div></div>
<div class="box"><div class="box-title">THĂM DÒ Ý KIẾN</div><div class="box-content"><p>Bạn đánh giá thế nào về Cổng thông tin điện tử xã?</p><form><label><input type="radio" name="poll" value="1" /> Hữu ích</label><br /><label><input type="radio" name="poll" value="2" /> Bình thường</label><br /><label><input type="radio" name="poll" value="3" /> Chưa hữu ích</label><br /><input type="button" value="Biểu quyết" /> <input type="button" value="Xem kết quả" /></form></div></div>
<div class="box"><div class="box-title">LIÊN KẾT WEBSITE</div><div class="box-content"><select onchange="window.open(this.value)"><option value="">-- Chọn website --</option><option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option><option value="https://locbinh.langson.gov.vn">Cổng TTĐT huyện Lộc Bình</option><option value="https://baolangson.vn">Báo Lạng Sơn</option></select></div></div>
<div class="box"><div class="box-title">THỐNG KÊ TRUY CẬP</div><div class="box-content"><p>Đang truy cập: 7</p><p>Hôm nay: 214</p><p>Tổng lượt truy cập: 318.452</p></div></div>
</div>
</div>
<div id="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ XÃ MẪU SƠN</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Mẫu Sơn, huyện Lộc Bình, tỉnh Lạng Sơn</p><p>Người chịu trách nhiệm chính: Chủ tịch UBND xã. Điện thoại: 0205.3840.123 - Email: ubndxamauson@langson.gov.vn</p><p>Thiết kế bởi VNPT Lạng Sơn</p></div>
</div>
<script type="text/javascript" src="{_XA}/templates/xaphuong/js/main.js"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    return CorpusPage("commune_portal", article.article_id, url_of(article), page, record)


# --- 3. A farmers' association site on MODX Revolution -----------------------------------------

_MODX = "https://hoinongdan.langson.org.vn/"


def _modx_src(article: Article, img: Image) -> str:
    """The picture's address as TinyMCE writes it: relative to the template's `<base href>`."""
    return f"assets/images/tin-tuc/{article.published:%Y/%m}/{image_file(img)}"


def modx_revo(article: Article) -> CorpusPage:
    """The provincial Farmers' Association site on MODX Revolution (a local agency's Bootstrap 3
    template), reposting the paper's article: `<base href>` to the site root and friendly
    URLs, the `longtitle` in `<title>`, an empty `description` meta (the resource's field left
    blank), `article:published_time` with MODX's raw `publishedon` (`Y-m-d H:i:s`, no zone) and
    `article:modified_time` with `editedon`, the top bar with hotline and today's date, the
    menu from pdoMenu, pdoCrumbs' `/` breadcrumb ending at the resource's own title, the `h1`,
    a meta row with `[[*publishedon:date=`%d.%m.%Y`]]`, `Đăng bởi:` the site account and the
    hit count, the introtext (with its marker) as the lead, the TinyMCE content (pictures in
    centred paragraphs with the caption as `alt` and as the italic centred paragraph under
    them; relative addresses), the credit bold on the right and `(Theo Báo Lạng Sơn)`,
    tagLister's `Từ khóa:` links, the share buttons, Tickets' comment form, pdoResources'
    "Tin cùng chuyên mục" with dates, and a footer with `Powered by MODX`."""
    moment = article.published
    shown = f"{moment:%d.%m.%Y}"
    captions = rehosted_captions(article, lambda i: urljoin(_MODX, _modx_src(article, i)))
    cat = category_name(article)
    key = article.category
    alias = f"tin-tuc/{key}/{article.slug}.html"
    edited = moment + timedelta(hours=1, minutes=18, seconds=7)

    def image(img: Image, number: int) -> str:
        out = f'<p style="text-align: center;"><img src="{attr(_modx_src(article, img))}" alt="{attr(img.caption or "")}" width="800" height="533" /></p>'
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return out

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p><iframe src="https://www.youtube.com/embed/lsonongdan" width="640" height="360" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align: right;"><strong>{esc(credit)}</strong></p>'
    body += '\n<p style="text-align: right;">(Theo Báo Lạng Sơn)</p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags"><i class="fa fa-tags"></i> Từ khóa: '
            + ", ".join(
                f'<a href="tin-tuc/tags.html?tag={quote(t)}">{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    menu = section_menu_from_pattern(
        "tin-tuc/{key}/",
        '<li><a href="{href}" title="{name}">{name}</a></li>',
    )
    related = "".join(
        f'<li><a href="tin-tuc/{o.category}/{o.slug}.html">{esc(o.title)}</a> <small class="text-muted">{o.published:%d.%m.%Y}</small></li>'
        for o in others(article, 5, turn=2203)
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<base href="{_MODX}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Hội Nông dân tỉnh Lạng Sơn</title>
<meta name="description" content="">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:url" content="{_MODX}{alias}">
<meta property="og:site_name" content="Hội Nông dân tỉnh Lạng Sơn">
<meta property="article:published_time" content="{moment:%Y-%m-%d %H:%M:%S}">
<meta property="article:modified_time" content="{edited:%Y-%m-%d %H:%M:%S}">
<link rel="canonical" href="{_MODX}{alias}">
<link rel="stylesheet" href="assets/templates/hnd/css/bootstrap.min.css">
<link rel="stylesheet" href="assets/templates/hnd/css/font-awesome.min.css">
<link rel="stylesheet" href="assets/templates/hnd/css/style.css?v=1.4">
<link rel="stylesheet" href="/assets/components/tickets/css/web/default.css" type="text/css" />
<script type="text/javascript">TicketsConfig={{"ctx":"web","jsUrl":"\\/assets\\/components\\/tickets\\/js\\/web\\/","cssUrl":"\\/assets\\/components\\/tickets\\/css\\/web\\/","actionUrl":"\\/assets\\/components\\/tickets\\/action.php","close_all_message":"đóng tất cả","tpanel":0,"enable_editor":0}};</script>
</head>
<body>
<div class="top-bar"><div class="container"><span><i class="fa fa-phone"></i> Đường dây nóng: 0205.3812.345</span><span class="pull-right"><i class="fa fa-calendar"></i> {weekday(SERVED)}, {_TODAY}</span></div></div>
<header class="header"><div class="container"><a href="{_MODX}" class="logo"><img src="assets/templates/hnd/img/logo.png" alt="Hội Nông dân tỉnh Lạng Sơn"></a><div class="slogan">Hội Nông dân tỉnh Lạng Sơn<br><small>Đồng hành cùng nông dân xây dựng nông thôn mới</small></div></div></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li class="first"><a href="{_MODX}" title="Trang chủ">Trang chủ</a></li><li><a href="gioi-thieu/" title="Giới thiệu">Giới thiệu</a></li><li class="active dropdown"><a href="tin-tuc/" title="Tin tức">Tin tức</a><ul class="dropdown-menu">{menu}</ul></li><li><a href="mo-hinh-hay/" title="Mô hình hay">Mô hình hay</a></li><li><a href="van-ban/" title="Văn bản">Văn bản</a></li><li class="last"><a href="lien-he.html" title="Liên hệ">Liên hệ</a></li></ul></div></nav>
<div class="container">
<ul class="breadcrumb"><li><a href="{_MODX}">Trang chủ</a></li><li><a href="tin-tuc/">Tin tức</a></li><li><a href="tin-tuc/{key}/">{esc(cat)}</a></li><li class="active">{esc(article.title)}</li></ul>
<div class="row">
<div class="col-md-8">
<div class="news-detail">
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-info"><span class="date"><i class="fa fa-calendar"></i> {shown}</span> <span class="author"><i class="fa fa-user"></i> Đăng bởi: Ban biên tập</span> <span class="views"><i class="fa fa-eye"></i> {(article.article_id * 11) % 700 + 41}</span></div>
<div class="introtext">{esc(lead_text(article))}</div>
<div class="content">
{body}
</div>
{tags}
<div class="share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer.php?u={quote(_MODX + alias)}" target="_blank"><i class="fa fa-facebook"></i></a> <a href="https://twitter.com/share?url={quote(_MODX + alias)}" target="_blank"><i class="fa fa-twitter"></i></a></div>
<div class="comments">
<h4 class="title">Bình luận (<span id="comment-total">0</span>)</h4>
<div id="comments-wrapper"><ol class="comment-list" id="comments"></ol></div>
<div id="comment-preview-placeholder"></div>
<form id="comment-form" action="" method="post" class="well"><input type="hidden" name="thread" value="resource-{article.article_id % 9000 + 112}" /><input type="hidden" name="parent" value="0" /><div class="form-group"><label for="comment-name">Họ tên</label><input type="text" name="name" value="" id="comment-name" class="form-control" /></div><div class="form-group"><label for="comment-email">Email</label><input type="text" name="email" value="" id="comment-email" class="form-control" /></div><div class="form-group"><label for="comment-editor"></label><textarea name="text" id="comment-editor" cols="30" rows="5" class="form-control"></textarea></div><div class="form-actions"><input type="button" class="btn btn-default preview" value="Xem trước" title="Ctrl + Enter" /><input type="submit" class="btn btn-primary submit" value="Gửi bình luận" title="Ctrl + Shift + Enter" /></div></form>
</div>
</div>
<div class="related"><h3 class="block-title">Tin cùng chuyên mục</h3><ul class="list-unstyled">{related}</ul></div>
</div>
<div class="col-md-4 sidebar">
<div class="block"><h3 class="block-title">Mô hình hay</h3><ul class="list-unstyled"><li><a href="mo-hinh-hay/trong-hoi-xu-lang.html">Trồng hồi theo hướng hữu cơ ở xứ Lạng</a></li><li><a href="mo-hinh-hay/nuoi-ca-long-ho-khuoi-lai.html">Nuôi cá lồng trên hồ Khuôi Lái</a></li></ul></div>
<div class="block"><h3 class="block-title">Video</h3><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/hndlangson"></iframe></div></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p><strong>HỘI NÔNG DÂN TỈNH LẠNG SƠN</strong></p><p>Địa chỉ: Số 1 đường Hoàng Văn Thụ, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p><p class="copy">&copy; 2026 Hội Nông dân tỉnh Lạng Sơn. Powered by <a href="https://modx.com">MODX</a></p></div></footer>
<script src="assets/templates/hnd/js/jquery.min.js"></script>
<script src="assets/templates/hnd/js/bootstrap.min.js"></script>
<script type="text/javascript" src="/assets/components/tickets/js/web/default.js"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published=None, captions=captions)
    return CorpusPage("modx_revo", article.article_id, url_of(article), page, record)


# --- 4. The newsroom's longform site on Tilda (a Tilda Feeds post page) --------------------------

_TILDA = "https://longform.baolangson.vn"


def _tild(img: Image) -> str:
    """Tilda's upload folder for a picture, `tild3a61-6230-4c33-b263-353762313434`."""
    d = stable_digest(img.src)
    return f"tild{d[:4]}-{d[4:8]}-4{d[9:12]}-b{d[13:16]}-{d[16:28]}"


def _tilda_image(img: Image) -> str:
    """Where Tilda's CDN serves the uploaded picture."""
    return f"https://static.tildacdn.com/{_tild(img)}/{image_file(img)}"


def _tilda_text(paragraphs: list[str]) -> str:
    """One Redactor text block: pasted paragraphs joined by `<br /><br />`."""
    return '<div class="t-redactor__text">' + "<br /><br />".join(paragraphs) + "</div>"


def tilda_feeds(article: Article) -> CorpusPage:
    """A post of the newsroom's longform site built on Tilda, as Tilda Feeds serves its `/tpost/`
    page: the `allrecords` container of `t-rec` records, the T228 menu record, the post record
    (T915-like) with the cover picture, the title in `h1.t-feed__post-popup__title`, the date
    `04.02.2022` and the feed part (the paper's section) under it, the cover, the Redactor text (the sapo
    with its marker bold in its own block; pasted paragraphs joined by `<br /><br />` in one
    block until a picture; pictures in `figure.t-redactor__figure` with Tilda's lazy loading,
    a `thb.tildacdn.com/…/-/empty/` placeholder and the real address in `data-original`, and a
    `figcaption`; the credit in bold on the right), the share buttons, "Bài viết khác" with
    dates, the cookie notice record (T657) and the "Made on Tilda" label. `BlogPosting`
    JSON-LD gives the time to the minute with +07:00. The cover is the first picture again
    (not a picture of its own)."""
    moment = article.published.replace(second=0)
    shown = f"{moment:%d.%m.%Y}"
    captions = rehosted_captions(article, _tilda_image)
    cat = category_name(article)
    part = slugify(cat).title()
    uid = stable_digest(f"tpost{article.article_id}")[:10]
    post = f"{_TILDA}/tpost/{uid}-{article.slug}"
    cover = _tilda_image(article.images[0]) if article.images else ""
    pending: list[str] = []
    parts: list[str] = [
        f'<div class="t-redactor__text"><strong>{esc(lead_text(article))}</strong></div>'
    ]

    def flush() -> None:
        if pending:
            parts.append(_tilda_text(pending))
            pending.clear()

    for block in article.blocks:
        if isinstance(block, Paragraph):
            pending.append(esc(block.text))
        elif isinstance(block, Image):
            flush()
            thumb = f"https://thb.tildacdn.com/{_tild(block)}/-/empty/{image_file(block)}"
            cap = (
                f'<figcaption class="t-redactor__image-captions">{esc(block.caption)}</figcaption>'
                if block.caption
                else ""
            )
            parts.append(
                f'<figure class="t-redactor__figure"><img src="{attr(thumb)}" data-original="{attr(_tilda_image(block))}" class="t-img" imgfield="img" data-tu-max-width="800" data-tu-max-height="800">{cap}</figure>'
            )
    flush()
    credit = shown_byline(article)
    if credit:
        parts.append(
            f'<div class="t-redactor__text" style="text-align: right;"><strong>{esc(credit)}</strong></div>'
        )
    text = "".join(parts)
    menu = section_menu_from_pattern(
        _TILDA + "/{key}",
        '<li class="t228__list_item"><a class="t-menu__link-item" href="{href}" data-menu-submenu-hook="" data-menu-item-number="1">{name}</a></li>',
    )
    more = "".join(
        f'<li class="t-feed__post-popup__relevants-item"><a href="{_TILDA}/tpost/{stable_digest(f"tpost{o.article_id}")[:10]}-{o.slug}" class="t-feed__post-popup__relevants-link"><div class="t-feed__post-popup__relevants-title t-name t-name_xs">{esc(o.title)}</div><div class="t-feed__post-popup__relevants-date t-uptitle t-uptitle_xs">{o.published:%d.%m.%Y}</div></a></li>'
        for o in others(article, 3, turn=97)
    )
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": post},
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_vietnam(moment),
        "image": cover or f"{_TILDA}/images/og-cover.jpg",
        "author": {"@type": "Organization", "name": "Báo Lạng Sơn"},
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
    }
    cover_html = (
        f'<div class="t-feed__post-popup__cover-wrapper t-feed__post-popup__cover-wrapper_aftertitle"><img src="{attr(cover)}" class="js-feed-post-image t-feed__post-popup__img t-img" alt=""></div>'
        if cover
        else ""
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<!--metatextblock-->
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(post)}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:type" content="website" />
<meta property="og:image" content="{attr(cover)}" />
<link rel="canonical" href="{attr(post)}">
<!--/metatextblock-->
<meta name="format-detection" content="telephone=no" />
<meta http-equiv="x-dns-prefetch-control" content="on">
<link rel="dns-prefetch" href="https://ws.tildacdn.com">
<link rel="dns-prefetch" href="https://static.tildacdn.com">
<link rel="shortcut icon" href="https://static.tildacdn.com/tild3332-3434-4532-a431-623365623533/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" />
<link rel="stylesheet" href="https://static.tildacdn.com/ws/project6120457/tilda-blocks-page31984520.min.css?t=1731225600" type="text/css" media="all" onerror="this.loaderr='y';" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-feed-1.0.min.css" type="text/css" media="all" />
<script type="application/ld+json">{script_json(data)}</script>
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script>
<script src="https://static.tildacdn.com/js/lazyload-1.3.min.export.js" charset="utf-8" async onerror="this.loaderr='y';"></script>
<script src="https://static.tildacdn.com/js/tilda-feed-1.0.min.js" charset="utf-8" async></script>
</head>
<body class="t-body" style="margin:0;">
<!--allrecords-->
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="6120457" data-tilda-page-id="31984520" data-tilda-formskey="a1c3e5f7b9d2" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes">
<div id="rec512004101" class="r t-rec" style=" " data-animationappear="off" data-record-type="257">
<div id="nav512004101marker"></div>
<div id="nav512004101" class="t228 t228__positionstatic" style="background-color: rgba(255,255,255,1); height:80px;" data-bgcolor-hex="#ffffff" data-navmarker="nav512004101marker" data-appearoffset="" data-height="80px" data-menu="yes">
<div class="t228__maincontainer" style="height:80px;">
<div class="t228__leftwrapper"><a href="{_TILDA}/"><img src="https://static.tildacdn.com/tild6462-3838-4631-b139-306537383030/logo-longform.png" class="t228__imglogo" imgfield="img" style="max-width: 180px;" alt="Báo Lạng Sơn Longform"></a></div>
<nav class="t228__centerwrapper t228__centerwrapper_mobile"><ul role="list" class="t228__list t-menu__list">{menu}</ul></nav>
</div>
</div>
</div>
<div id="rec512004150" class="r t-rec t-rec_pt_45 t-rec_pb_60" style="padding-top:45px;padding-bottom:60px;" data-record-type="915">
<div class="t915">
<div class="t-feed__post-popup__container t-container t-popup__container t-popup__container-static">
<div id="post-popup-content" class="t-feed__post-popup__content-wrapper">
<div class="t-feed__post-popup__content t-col t-col_8" style="max-width:760px;">
<h1 class="js-feed-post-title t-feed__post-popup__title t-title t-title_xs" field="title">{esc(article.title)}</h1>
<div class="t-feed__post-popup__date-parts-wrapper t-feed__post-popup__date-parts-wrapper_aftertitle"><span class="t-feed__post-popup__date-wrapper"><span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_xs">{shown}</span></span><span class="t-feed__post-popup__tag"><a href="{_TILDA}/tpost/?tfeeds_part={attr(part)}" class="t-uptitle t-uptitle_xs">{esc(cat)}</a></span></div>
{cover_html}
<div id="feed-text" class="r t-feed__post-popup__text-wrapper" data-animationappear="off">
<div class="js-feed-post-text t-feed__post-popup__text t-text t-text_md"><section><div class="t-redactor__tte-view">{text}</div></section></div>
</div>
<div class="t-feed__share-container"><div class="t-feed__share t-share t-share_left"><div class="t-share__wrapper"><a class="t-share__link t-share__link_facebook" href="https://www.facebook.com/sharer.php?u={quote(post)}" target="_blank" rel="nofollow"><span class="t-share__text">Facebook</span></a><a class="t-share__link t-share__link_telegram" href="https://t.me/share/url?url={quote(post)}" target="_blank" rel="nofollow"><span class="t-share__text">Telegram</span></a></div></div></div>
</div>
</div>
<div class="t-feed__post-popup__relevants"><div class="t-feed__post-popup__relevants-header t-name t-name_xl">Bài viết khác</div><ul class="t-feed__post-popup__relevants-list">{more}</ul></div>
</div>
</div>
</div>
<div id="rec512004188" class="r t-rec" data-animationappear="off" data-record-type="657">
<div class="t657 t657_hidden" data-storage-item="t657cookiename_512004188_1">
<div class="t657__wrapper t-align_left"><div class="t657__text t-descr t-descr_xxs" field="text">Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Khi tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie.</div><div class="t657__btn t-btn"><span class="t657__btn-text">Đồng ý</span></div></div>
</div>
</div>
</div>
<!--/allrecords-->
<div class="t-tildalabel" id="tildacopy" data-tilda-sign="6120457#31984520"><a href="https://tilda.cc/?upm=6120457" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapper"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""><div class="t-tildalabel__name">Tilda</div></div></div></a></div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    return CorpusPage("tilda_feeds", article.article_id, url_of(article), page, record)


# --- 5. A page after the border guard's newspaper, Báo Biên phòng, reposting the article ---------

_BP = "https://www.bienphong.com.vn"
_BP_IMG = "https://image.bienphong.com.vn"
_BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _bp_image(article: Article, img: Image) -> str:
    """The picture on the paper's image host, at the 800-pixel width step."""
    folder = stable_digest(f"bp{article.article_id}")[:12]
    return f"{_BP_IMG}/w800/Uploaded/{article.published:%Y}/{folder}/{article.published:%Y_%m_%d}/{image_file(img)}"


def bienphong_like(article: Article) -> CorpusPage:
    """A page after Báo Biên phòng, the border guard's newspaper, reposting the paper's article:
    the top bar with today's date and the links to the printed edition, Biên phòng TV and
    English, the masthead with the motto, the menu, a breaking-news ticker, the section label
    as a one-step breadcrumb, the `h1`, a `time` printing `Thứ Sáu, 04/02/2022 | 09:56 (GMT+7)`
    whose `datetime` is ISO with seconds, the font-size and print tools, the sapo (with its
    marker) in an `h2`, the text with lazy pictures (a blank GIF `src`, the real address on the
    image host in `data-src`) in `figure`s with a `figcaption` (none for an uncaptioned
    picture), an inline "Tin liên quan" box between paragraphs, the credit with the names in
    capitals, bold on the right, `Tags:` links, the share bar, "Tin cùng chuyên mục", the
    comment form, "Đọc nhiều" with view counts, and the footer with the editor-in-chief and the
    licence's date. JSON-LD: the `NewsArticle` (+07:00, a later `dateModified`, the paper as
    author) and a `BreadcrumbList`."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} | {moment:%H:%M} (GMT+7)"
    captions = rehosted_captions(article, lambda i: _bp_image(article, i))
    cat = category_name(article)
    key = article.category
    link = f"{_BP}/{article.slug}-post{article.article_id % 500000 + 400000}.html"
    modified = moment + timedelta(hours=3, minutes=2, seconds=11)
    inline = others(article, 2, turn=57)

    def image(img: Image, number: int) -> str:
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            f'<figure class="image"><img class="lazyload" src="{_BLANK_GIF}" '
            f'data-src="{attr(_bp_image(article, img))}" alt="{attr(img.caption or "")}">{cap}</figure>'
        )

    def after(number: int, count: int) -> str:
        if number != 1 or count < 3:
            return ""
        items = "".join(
            f'<li><a href="{_BP}/{o.slug}-post{o.article_id % 500000 + 400000}.html">{esc(o.title)}</a></li>'
            for o in inline
        )
        return f'<div class="box-related-inline"><p class="title">Tin liên quan</p><ul>{items}</ul></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-inarticle"><a href="https://www.agribank.com.vn" rel="nofollow sponsored"><img src="https://www.bienphong.com.vn/images/banner/agribank-640x90.jpg" alt="Agribank"></a></div>',
        script='<div class="video-embed"><iframe src="https://tv.bienphong.com.vn/embed/lso" width="640" height="360" allowfullscreen></iframe></div>',
        after=after,
    )
    credit = capitalised_credit(article)
    if credit:
        body += f'\n<p style="text-align:right"><strong>{esc(credit)}</strong></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="article-tags"><span>Tags:</span> '
            + "".join(f'<a href="{_BP}/tag/{tag_slug(t)}.html">{esc(t)}</a>' for t in article.tags)
            + "</div>"
        )
    menu = section_menu_from_pattern(
        _BP + "/{key}/",
        '<li><a href="{href}">{name}</a></li>',
    )
    same = "".join(
        f'<li><a href="{_BP}/{o.slug}-post{o.article_id % 500000 + 400000}.html"><img src="{_BP_IMG}/w300/thumb/{o.article_id}.jpg" alt=""><h3>{esc(o.title)}</h3></a><span class="time">{dmy(o.published)}</span></li>'
        for o in others(article, 4, turn=911)
    )
    popular = "".join(
        f'<li><span class="num">{n}</span><a href="{_BP}/{o.slug}-post{o.article_id % 500000 + 400000}.html">{esc(o.title)}</a> <span class="views">{(o.article_id * n) % 9000 + 800} lượt xem</span></li>'
        for n, o in enumerate(others(article, 5, turn=313), 1)
    )
    data = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": link},
            "headline": article.title,
            "description": article.lead,
            "image": {
                "@type": "ImageObject",
                "url": _bp_image(article, article.images[0])
                if article.images
                else f"{_BP}/images/logo-share.jpg",
            },
            "datePublished": iso_vietnam(moment),
            "dateModified": iso_vietnam(modified),
            "author": {"@type": "Organization", "name": "Báo Biên phòng"},
            "publisher": {
                "@type": "Organization",
                "name": "Báo Biên phòng",
                "logo": {"@type": "ImageObject", "url": f"{_BP}/images/logo.png"},
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "item": {"@id": f"{_BP}/", "name": "Trang chủ"},
                },
                {"@type": "ListItem", "position": 2, "item": {"@id": f"{_BP}/{key}/", "name": cat}},
            ],
        },
    ]
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Báo Biên phòng</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta name="news_keywords" content="{attr(", ".join(article.tags))}">
<link rel="canonical" href="{attr(link)}">
<meta property="og:site_name" content="Báo Biên phòng">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(link)}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:modified_time" content="{iso_vietnam(modified)}">
<meta property="article:section" content="{attr(cat)}">
<link rel="stylesheet" href="{_BP}/css/main.min.css?v=3.2.1">
<script type="application/ld+json">{script_json(data)}</script>
<script src="{_BP}/js/lazysizes.min.js" async></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">{weekday(SERVED)}, {_TODAY}</span><ul class="top-links"><li><a href="{_BP}/bao-in/">Báo in</a></li><li><a href="https://tv.bienphong.com.vn">Biên phòng TV</a></li><li><a href="https://english.bienphong.com.vn">English</a></li></ul></div></div>
<header class="masthead"><div class="container"><a href="{_BP}/" class="logo"><img src="{_BP}/images/logo.png" alt="Báo Biên phòng"></a><p class="motto">Cơ quan của Bộ đội Biên phòng - Tiếng nói của lực lượng Biên phòng Việt Nam</p><form class="search-form" action="{_BP}/tim-kiem/"><input type="text" name="q" placeholder="Tìm kiếm"></form></div></header>
<nav class="main-nav"><div class="container"><ul><li><a href="{_BP}/" class="home">Trang chủ</a></li>{menu}<li><a href="{_BP}/bien-gioi-bien-dao/">Biên giới - Biển đảo</a></li><li><a href="{_BP}/quoc-phong-an-ninh/">Quốc phòng - An ninh</a></li></ul></div></nav>
<div class="ticker"><div class="container"><span class="label">Tin mới</span><marquee>Đồn Biên phòng Chi Ma tổ chức Ngày hội Biên phòng toàn dân ({_TODAY}) * Bộ Tư lệnh BĐBP tổng kết công tác năm 2026</marquee></div></div>
<main class="container">
<div class="row">
<div class="col-main">
<div class="breadcrumb"><a href="{_BP}/{key}/">{esc(cat)}</a></div>
<article class="article-detail">
<h1 class="article-title">{esc(article.title)}</h1>
<div class="article-meta"><time class="time" datetime="{iso_vietnam(moment)}">{shown}</time><div class="tools"><a href="javascript:;" class="font-size" data-size="-1">A-</a><a href="javascript:;" class="font-size" data-size="1">A+</a><a href="javascript:window.print()" class="print">In bài</a></div></div>
<h2 class="article-sapo">{esc(lead_text(article))}</h2>
<div class="article-content">
{body}
</div>
{tags}
<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(link)}" class="fb">Facebook</a><a href="https://sp.zalo.me/share_inline?u={quote(link)}" class="zalo">Zalo</a><a href="javascript:;" class="copy-link" data-url="{attr(link)}">Sao chép liên kết</a></div>
</article>
<section class="same-category"><h2 class="box-title">Tin cùng chuyên mục</h2><ul>{same}</ul></section>
<section class="comments"><h2 class="box-title">Ý kiến bạn đọc</h2><form action="{_BP}/binh-luan/" method="post"><textarea name="content" placeholder="Ý kiến của bạn..."></textarea><input type="text" name="name" placeholder="Họ tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</p></section>
</div>
<aside class="col-side">
<section class="most-read"><h2 class="box-title">Đọc nhiều</h2><ol>{popular}</ol></section>
<section class="epaper"><h2 class="box-title">Báo in</h2><a href="{_BP}/bao-in/"><img src="{_BP}/images/bao-in-cover.jpg" alt="Báo Biên phòng số mới nhất"></a></section>
</aside>
</div>
</main>
<footer class="footer"><div class="container"><p><strong>BÁO BIÊN PHÒNG</strong> - Cơ quan của Bộ đội Biên phòng, tiếng nói của lực lượng Biên phòng Việt Nam</p><p>Tổng Biên tập: Đại tá Nguyễn Văn A. Phó Tổng Biên tập: Thượng tá Trần Văn B.</p><p>Giấy phép số 512/GP-BTTTT ngày 12/06/2019 của Bộ Thông tin và Truyền thông.</p><p>Tòa soạn: Số 40 Hoàng Diệu, Ba Đình, Hà Nội. Điện thoại: 069.552.345</p></div></footer>
<script src="{_BP}/js/jquery.min.js"></script>
<script src="{_BP}/js/main.min.js?v=3.2.1"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    record["byline"] = clean(credit) if credit else None
    return CorpusPage("bienphong_like", article.article_id, url_of(article), page, record)


MARKUPS_U: dict[str, Renderer] = {
    "pdf2htmlex_print": pdf2htmlex_print,
    "commune_portal": commune_portal,
    "modx_revo": modx_revo,
    "tilda_feeds": tilda_feeds,
    "bienphong_like": bienphong_like,
}
