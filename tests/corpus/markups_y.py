# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set Y: the twenty-fourth held-out set (scored once sealed at 82.3 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: a Lạng Sơn reader's blog on Serendipity 2.4 with the 2k11 theme
reposting the article (`article.serendipity_entry`, `Đăng bởi` the blog owner and `vào` a
`time` whose text is strftime's vi_VN `%A, %e. %B %Y` and whose `datetime` is ISO with the
offset, the nl2br plugin's `<br />` paragraphs, the entry split into body and `#extended`,
media-database pictures as `<!-- s9ymdb -->` images in `serendipity_imageComment_*` boxes with
the caption in `serendipity_imageComment_txt`, an uncaptioned picture as a `serendipityThumb`
linked to the full size, the credit and the source line closing the text, the post category
and the freetag plugin's tags in the entry footer, the trackback and comment sections, the
calendar, archive and recent-entries sidebar plugins), a personal journal on Dreamwidth reposting
the article (the English site chrome, the control strip, the entry's `datetime` as linked ISO
date parts and a 12-hour `09:56 am` with no zone, the poster's `ljuser` span, `<br /><br />`
paragraphs, the cut anchor, pictures in Dreamwidth's image hosting at a size step with the
caption as a small italic line under them, the Location and Mood metadata, the tags lowercased
as Dreamwidth stores them, no section, comment times in UTC), a phpBB 3.3 forum (prosilver)
whose topic's first post reposts the article (the topic title as `h2.topic-title` and the
post's `h3`, the poster's profile column, `p.author` naming the forum member before the post's
`time`, whose text is the Vietnamese language pack's `T6 Th2 04, 2022 9:56 am` and whose
`datetime` is RFC 3339 in UTC, the post's `<br>` lines, `postimage` pictures hotlinked from the
paper with the caption as an italic line in a centred block, the edit notice, the poster's
signature, a reply, the breadcrumb of forums ending at the paper's section, the footer's
`UTC+07:00`), the paper rebuilt after Tạp chí Cộng sản's journal page (a Liferay portal with
`portlet` wrappers and `journal-content-article`, the `.aspx` legacy address, the metas written
`content` first with `lang="vi-VN"`, the date line `Ngày 04-02-2022 09:56`, the sapo bold with
its marker, the authors' names in capitals in an author block before the text, pictures on
the document library's `/documents/…/{uuid}?t=…` addresses with the caption as a small italic
centred paragraph, the keywords only in the meta, print and font tools, the printed issue's
number and month, the language switcher), and the paper rebuilt on the vendor CMS that Báo Cao
Bằng runs on (the editions in Tày-Nùng and Dao and English, today's date and the weather, the
breadcrumb, the date `Thứ sáu, 4/2/2022 09:56` with the day and month unpadded, the
read-aloud player and its duration, the sapo in `h2`, jQuery-lazyload pictures with the real
relative address in `data-original` in `table.image` boxes with the caption in
`td.image_desc` (an uncaptioned picture's `alt` is the title), a `Xem thêm:` link paragraph
inside the text, the credit after the text, `Từ khóa:` tags, `NewsArticle` JSON-LD with +07:00 and a later
`dateModified`, OpenGraph with a second `og:title` naming the site, the cookie banner). The
expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with its zone in a meta, JSON-LD or `datetime` counts to the second, even in UTC; a
printed local time counts to the minute, a 12-hour one too; a date alone gives no time; none
when the page gives no time), `byline` the credit as shown (without a field label, never a
source line such as `Nguồn: Báo Lạng Sơn`, nor the blog owner, journal account or forum member
the page names as poster; where a page shows only the authors' names, those names as shown
joined by ", ", in capitals where the page prints them so), `authors` the names in it in the
usual capitalisation, `tags` only the tags the page shows, as it shows them (lowercased on
Dreamwidth; keywords only in a meta are not tags), `category` the section the page shows for
the article (the post category on the blog, the last forum of the breadcrumb, the section step
of the breadcrumb; none on Dreamwidth, which shows none), a caption's `image_url` the address
the page serves the picture from (the thumbnail the blog shows rather than the full size it
links to, Dreamwidth's size step, the hotlinked original on the forum, the document library
address with its `?t=` version, the `data-original` behind a placeholder, a relative `src`
resolved against the page's address) and its `text` the caption as printed (none for an
uncaptioned picture).

The mastheads' today dates, the weather, the blog calendar and the archive months, the printed
issue's month, the dates of other articles and entries, readers' comment and reply times, the
forum's edit notice, join dates and post counts, signatures, view counts, the read-aloud
player's duration and the footer's licence date are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import quote, urljoin

from tests.corpus.pages import (
    BASE,
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
    image_stem,
    lead_text,
    others,
    rehosted_captions,
    script_json,
    section_menu_from_pattern,
    shown_byline,
    stable_digest,
    stable_uuid,
    tag_slug,
    url_of,
    weekday,
)
from tests.site.formats import LEGACY_WEEKDAYS, VIETNAM, author_name, clean, iso_vietnam, slugify
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script

_TODAY = f"{SERVED:%d/%m/%Y}"


def _section_number(article: Article) -> int:
    """The position of the article's section in the menu (for ids the systems number)."""
    keys = [c.key for c in content().categories]
    return keys.index(article.category) + 1 if article.category in keys else 1


# --- 1. A reader's blog on Serendipity 2.4 with the 2k11 theme -----------------------------------

_S9Y = "https://xulang.info.vn"


def _s9y_entry(article: Article) -> int:
    """The entry's id in the blog."""
    return article.article_id % 7919 + 112


def _s9y_link(article: Article) -> str:
    """Serendipity's permalink, `archives/%id%-%title%.html` (the title's case kept)."""
    name = slugify(article.title)
    return f"{_S9Y}/archives/{_s9y_entry(article)}-{name[:1].upper()}{name[1:]}.html"


def _s9y_file(article: Article, img: Image) -> str:
    """Where the media database keeps the picture the blogger uploaded again (the blog is set
    to write absolute addresses)."""
    return f"{_S9Y}/uploads/baolangson/{article.published:%Y-%m}/{image_file(img)}"


def _s9y_thumb(article: Article, img: Image) -> str:
    """The media database's thumbnail of a picture."""
    ext = image_file(img).rsplit(".", 1)[-1]
    return f"{_S9Y}/uploads/baolangson/{article.published:%Y-%m}/{image_stem(img)}.serendipityThumb.{ext}"


def serendipity(article: Article) -> CorpusPage:
    """A Lạng Sơn reader's blog on Serendipity 2.4 (2k11 theme) reposting the paper's article:
    the generator metas, the banner with the blog's name as `h1`, the primary navigation, the
    entry as `article.serendipity_entry` with the title in an `h2` link, the byline paragraph
    `Đăng bởi` the blog owner `vào` a `time` (vi_VN strftime `%A, %e. %B %Y`, its `datetime`
    ISO with +07:00), the body (the sapo bold with its marker and the first paragraph) and the
    rest in `div#extended`, paragraphs as the nl2br plugin writes them (`<br />` pairs),
    captioned pictures in `serendipity_imageComment_center` boxes, an uncaptioned picture as
    the media database's thumbnail linked to the full size, the credit in bold and the source
    line closing the text, the footer with the post category, the comment count and the freetag
    plugin's tags, trackbacks, two readers' comments and the comment form, and the sidebar
    plugins (calendar, search, archives, categories, recent entries, syndication)."""
    moment = article.published
    entry = _s9y_entry(article)
    link = _s9y_link(article)
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {moment.day:2d}. {VI_MONTHS_LOWER[moment.month - 1]} {moment.year}"
    cat = category_name(article)
    cat_link = f"{_S9Y}/categories/{_section_number(article) + 1}-{slugify(cat).title()}"

    def address(img: Image) -> str:
        return _s9y_file(article, img) if img.caption else _s9y_thumb(article, img)

    captions = rehosted_captions(article, address)
    media = article.article_id % 400 + 37
    body: list[str] = [f"<strong>{esc(lead_text(article))}</strong>"]
    extended: list[str] = []
    target = body
    seen = 0
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            target.append(esc(block.text))
            seen += 1
            if seen == 1:
                target = extended
        elif isinstance(block, Image):
            mdb = f"<!-- s9ymdb:{media + number} -->"
            if block.caption:
                target.append(
                    f'<div class="serendipity_imageComment_center" style="width: 640px"><div class="serendipity_imageComment_img">{mdb}<img class="serendipity_image_center" width="640" height="427" src="{attr(_s9y_file(article, block))}" alt="" /></div><div class="serendipity_imageComment_txt">{esc(block.caption)}</div></div>'
                )
            else:
                target.append(
                    f'<a class="serendipity_image_link" href="{attr(_s9y_file(article, block))}">{mdb}<img class="serendipity_image_center" width="110" height="73" style="border: 0px; padding-left: 5px; padding-right: 5px;" src="{attr(_s9y_thumb(article, block))}" alt="" /></a>'
                )
        elif isinstance(block, Script):
            target.append(
                '<iframe width="560" height="315" src="https://www.youtube.com/embed/lsovideo" frameborder="0" allowfullscreen></iframe>'
            )
        elif isinstance(block, (Blank, Ad)):
            continue
    credit = shown_byline(article)
    closing = []
    if credit:
        closing.append(f"<strong>{esc(credit)}</strong>")
    closing.append(f'<em>(Nguồn: <a href="{attr(url_of(article))}">Báo Lạng Sơn</a>)</em>')
    extended.append("<br />\n".join(closing))
    tags = ""
    if article.tags:
        tags = (
            '<div class="serendipity_freeTag">Các từ khóa cho bài viết này: '
            + ", ".join(
                f'<a href="{_S9Y}/plugin/tag/{quote(t)}" title="{attr(t)}" rel="tag">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    calendar_rows = []
    first = SERVED.replace(day=1).weekday()
    cells = [""] * first + [str(d) for d in range(1, 31)]
    while len(cells) % 7:
        cells.append("")
    for start in range(0, len(cells), 7):
        row = "".join(
            f'<td class="serendipity_calendarDay{" Today" if c == str(SERVED.day) else ""}">{c}</td>'
            for c in cells[start : start + 7]
        )
        calendar_rows.append(f"<tr>{row}</tr>")
    recent = "".join(
        f'<li><a href="{_s9y_link(o)}" title="{attr(o.title)}">{esc(o.title)}</a><br /><span class="serendipity_recententries_date">{dmy(o.published)}</span></li>'
        for o in others(article, 5, turn=53)
    )
    categories = "".join(
        f'<li class="category_depth0"><a href="{_S9Y}/categories/{n + 1}-{slugify(c.name).title()}" title="{attr(c.name)}">{esc(c.name)}</a></li>'
        for n, c in enumerate(content().categories, 1)
    )
    comments = "".join(
        f'<article id="c{entry * 3 + n}" class="clearfix serendipity_comment {"odd" if n % 2 else "even"}"><h4><cite>{name}</cite> vào <a href="{link}#c{entry * 3 + n}" title="Liên kết">{when}</a></h4><div class="clearfix content serendipity_commentBody">{text}</div><footer><a class="comment_reply" href="#serendipity_CommentForm" onclick="document.getElementById(\'serendipity_replyTo\').value=\'{entry * 3 + n}\';">Trả lời</a></footer></article>'
        for n, (name, when, text) in enumerate(
            (
                ("Hoàng Mai", "05/11/2026 20:14", "Cảm ơn anh đã chia sẻ tin quê nhà."),
                ("Lộc Văn Hải", "06/11/2026 07:02", "Đọc mà nhớ xứ Lạng quá!"),
            ),
            1,
        )
    )
    text_body = "<br />\n<br />\n".join(body)
    text_extended = "<br />\n<br />\n".join(extended)
    page = f"""<!doctype html>
<!--[if IE 8]>    <html class="no-js lt-ie9" lang="vi"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="vi"> <!--<![endif]-->
<head>
    <meta charset="UTF-8">
    <title>{esc(article.title)} | Góc nhỏ xứ Lạng</title>
    <meta name="generator" content="Serendipity v.2.4.0">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="index,follow">
    <link rel="canonical" href="{attr(link)}">
    <link rel="stylesheet" href="{_S9Y}/serendipity.css?v=1702391284">
    <script src="{_S9Y}/templates/2k11/js/modernizr-2.7.1.min.js"></script>
    <link rel="alternate" type="application/rss+xml" title="Góc nhỏ xứ Lạng RSS feed" href="{_S9Y}/feeds/index.rss2">
    <link rel="alternate" type="application/x.atom+xml"  title="Góc nhỏ xứ Lạng Atom feed"  href="{_S9Y}/feeds/atom.xml">
    <link rel="pingback" href="{_S9Y}/comment.php?type=pingback&amp;entry_id={entry}">
    <script src="{_S9Y}/templates/jquery.js"></script>
    <script>jQuery.noConflict();</script>
</head>
<body>
    <a class="visuallyhidden" href="#content"><span lang="en">Skip to content</span></a>
    <div id="page" class="clearfix container">
        <header id="banner" class="clearfix">
            <div id="identity">
                <a href="{_S9Y}/">
                <h1>Góc nhỏ xứ Lạng</h1>
                <p>Ghi chép, sưu tầm tin tức quê hương</p>
                </a>
            </div>
            <form id="searchform" action="{_S9Y}/index.php" method="get">
            <div>
                <input type="hidden" name="serendipity[action]" value="search">
                <label for="serendipityQuickSearchTermField" class="visuallyhidden">Tìm kiếm</label>
                <input id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" type="search" placeholder="Tìm kiếm..." value="">
                <input id="searchsend" name="serendipity[searchButton]" type="submit" value="Đi">
            </div>
            </form>
        </header>
        <nav id="primary-nav">
            <h2 class="visuallyhidden">Điều hướng</h2>
            <ul class="clearfix"><li><a href="{_S9Y}/">Trang chủ</a></li><li><a href="{_S9Y}/archive">Lưu trữ</a></li><li><a href="{_S9Y}/pages/gioi-thieu.html">Giới thiệu</a></li><li><a href="{_S9Y}/pages/lien-he.html">Liên hệ</a></li></ul>
        </nav>
        <div class="clearfix col2r">
            <main id="content">
            <article id="post_{entry}" class="clearfix serendipity_entry">
                <header class="clearfix">
                    <h2><a href="{attr(link)}">{esc(article.title)}</a></h2>
                    <p class="post_byline">Đăng bởi <a href="{_S9Y}/authors/1-Nong-Van-Tuan">Nông Văn Tuấn</a> vào <time datetime="{iso_vietnam(moment)}">{shown}</time></p>
                </header>
                <div class="clearfix content serendipity_entry_body">
                {text_body}
                </div>
                <div id="extended" class="clearfix content">
                {text_extended}
                </div>
                <footer class="clearfix">
                    <span class="visuallyhidden">Chuyên mục: </span><a class="post_category" href="{attr(cat_link)}">{esc(cat)}</a>
                    <span class="info_sep">|</span> <a href="{attr(link)}#comments" title="Bình luận cho {attr(article.title)}">Bình luận (2)</a>
                    {tags}
                </footer>
                <!--
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                <rdf:Description
                         rdf:about="{link}"
                         trackback:ping="{_S9Y}/comment.php?type=trackback&amp;entry_id={entry}"
                         dc:title="{attr(article.title)}"
                         dc:identifier="{link}" />
                </rdf:RDF>
                -->
            </article>
            <section id="trackbacks" class="serendipity_section_trackbacks">
                <h3>Trackback</h3>
                <a id="trackback_url" rel="nofollow" href="{_S9Y}/comment.php?type=trackback&amp;entry_id={entry}" title="URL Trackback cho bài viết này">URL Trackback cho bài viết này</a>
                <p class="serendipity_center">Chưa có Trackback nào</p>
            </section>
            <section id="comments" class="serendipity_section_comments">
                <h3>Bình luận</h3>
                <p class="manage_comments">Hiển thị bình luận dạng <a href="{link}?serendipity[cview]=linear#comments" rel="nofollow">(Phẳng)</a> | (Luồng)</p>
                {comments}
            </section>
            <a id="feedback"></a>
            <section id="respond" class="serendipity_section_commentform">
                <h3>Thêm bình luận</h3>
                <div class="serendipity_commentForm">
                <a id="serendipity_CommentForm"></a>
                <form id="serendipity_comment" action="{link}#feedback" method="post">
                    <div><input type="hidden" name="serendipity[entry_id]" value="{entry}"></div>
                    <div class="form_field"><label for="serendipity_commentform_name">Tên</label><input id="serendipity_commentform_name" type="text" name="serendipity[name]" value=""></div>
                    <div class="form_field"><label for="serendipity_commentform_email">Email</label><input id="serendipity_commentform_email" type="email" name="serendipity[email]" value=""></div>
                    <div class="form_field"><label for="serendipity_commentform_url">Trang chủ</label><input id="serendipity_commentform_url" type="url" name="serendipity[url]" value=""></div>
                    <div class="form_select"><label for="serendipity_replyTo">Trả lời cho</label><select id="serendipity_replyTo" name="serendipity[replyTo]"><option value="0">[ Cấp cao nhất ]</option></select></div>
                    <div class="form_tarea"><label for="serendipity_commentform_comment">Bình luận</label><textarea id="serendipity_commentform_comment" rows="10" name="serendipity[comment]"></textarea></div>
                    <div class="form_toolbar"><input id="serendipity_submit" type="submit" name="serendipity[submit]" value="Gửi bình luận"> <input id="serendipity_preview" type="submit" name="serendipity[preview]" value="Xem trước"></div>
                </form>
                </div>
            </section>
            </main>
            <aside id="sidebar_right" class="clearfix">
                <h2 class="visuallyhidden">Thanh bên</h2>
                <section class="sidebar_plugin clearfix odd serendipity_plugin_calendar">
                    <h3>Lịch</h3>
                    <div class="sidebar_content clearfix"><table id="serendipity_calendar"><thead><tr><th colspan="7"><a class="calendar_prev" href="{_S9Y}/archives/{SERVED.year}/{SERVED.month - 1:02d}.html">&laquo;</a> {VI_MONTHS_LOWER[SERVED.month - 1]} '{SERVED:%y}</th></tr><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr></thead><tbody>{"".join(calendar_rows)}</tbody></table></div>
                </section>
                <section class="sidebar_plugin clearfix even serendipity_plugin_archives">
                    <h3>Lưu trữ</h3>
                    <div class="sidebar_content clearfix"><ul class="plainList"><li><a href="{_S9Y}/archives/{SERVED:%Y/%m}.html" title="{VI_MONTHS_LOWER[SERVED.month - 1]} {SERVED.year}">{VI_MONTHS_LOWER[SERVED.month - 1]} {SERVED.year}</a></li><li><a href="{_S9Y}/archives/{SERVED.year}/{SERVED.month - 1:02d}.html">{VI_MONTHS_LOWER[SERVED.month - 2]} {SERVED.year}</a></li><li><a href="{_S9Y}/archive">Cũ hơn...</a></li></ul></div>
                </section>
                <section class="sidebar_plugin clearfix odd serendipity_plugin_categories">
                    <h3>Chuyên mục</h3>
                    <div class="sidebar_content clearfix"><ul id="serendipity_categories_list" class="plainList">{categories}</ul></div>
                </section>
                <section class="sidebar_plugin clearfix even serendipity_plugin_recententries">
                    <h3>Bài viết mới</h3>
                    <div class="sidebar_content clearfix"><ul class="plainList">{recent}</ul></div>
                </section>
                <section class="sidebar_plugin clearfix odd serendipity_plugin_syndication">
                    <h3>Theo dõi</h3>
                    <div class="sidebar_content clearfix"><ul class="plainList"><li><a class="serendipity_xml_icon" href="{_S9Y}/feeds/index.rss2"><img src="{_S9Y}/templates/2k11/img/xml.gif" alt="XML"></a> <a href="{_S9Y}/feeds/index.rss2">RSS 2.0 feed</a></li></ul></div>
                </section>
            </aside>
        </div>
        <footer id="colophon">
            <p><span lang="en">Powered by <a href="https://s9y.org">Serendipity</a> &amp; the <i>2k11</i> theme.</span></p>
        </footer>
    </div>
    <script src="{_S9Y}/templates/2k11/js/2k11.min.js"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("serendipity", article.article_id, url_of(article), page, record)


# --- 2. A personal journal on Dreamwidth -------------------------------------------------------

_DW = "https://xuanghia.dreamwidth.org"


def _dw_entry(article: Article) -> int:
    """The entry's number in the journal (Dreamwidth's `ditemid`)."""
    return (article.article_id % 4099) * 256 + 77


def _dw_file(img: Image) -> int:
    """The picture's id in the journal's image hosting."""
    return int(stable_digest(img.src)[:5], 16) % 9000 + 1000


def _dw_image(img: Image) -> str:
    """Where Dreamwidth serves the hosted picture at the size step the entry shows."""
    return f"{_DW}/file/800x600/{_dw_file(img)}.jpg"


def _dw_time(hour: int, minute: int) -> str:
    """Dreamwidth's 12-hour time: `09:56 am`, `03:20 pm`."""
    half = "am" if hour < 12 else "pm"
    return f"{(hour % 12) or 12:02d}:{minute:02d} {half}"


def _ordinal(day: int) -> str:
    """`1st`, `2nd`, `23rd`, `24th`."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def dreamwidth(article: Article) -> CorpusPage:
    """An entry of a Lạng Sơn reader's personal journal on Dreamwidth reposting the paper's
    article, in the site's core2 layout: the control strip (the reader logged out), the
    journal's title as `h1#title`, the previous/next navigation, the entry wrapper with the
    subject as `h3.entry-title`, the `datetime` block (the ISO date's parts linked to the
    archive days, then a 12-hour time with no zone), the userpic and the poster's `ljuser`
    span, the entry text (the sapo bold with its marker, `<br /><br />` between paragraphs,
    the cut anchor after the first paragraph, pictures in the journal's image hosting at the
    800x600 step linked to the original, the caption as a small italic line under the
    picture, the credit bold on the right and the source line), the Location and Mood
    metadata, the tags (lowercased, as Dreamwidth stores them), the entry links, two comments
    with their times in UTC, and the sidebar (profile, page summary, style credit, expand cut
    tags). OpenGraph gives the title, the start of the text and the userpic; no time."""
    moment = article.published
    entry = _dw_entry(article)
    link = f"{_DW}/{entry}.html"
    y, m, d = f"{moment:%Y}", f"{moment:%m}", f"{moment:%d}"
    shown = f"{y}-{m}-{d} {_dw_time(moment.hour, moment.minute)}"
    date_html = (
        f'<span class="date"><a href="{_DW}/{y}/">{y}</a>-<a href="{_DW}/{y}/{m}/">{m}</a>-'
        f'<a href="{_DW}/{y}/{m}/{d}/">{d}</a></span> <span class="time">{_dw_time(moment.hour, moment.minute)}</span>'
    )
    captions = rehosted_captions(article, _dw_image)
    parts: list[str] = [f"<b>{esc(lead_text(article))}</b>"]
    seen = 0
    for block in article.blocks:
        if isinstance(block, Paragraph):
            seen += 1
            text = esc(block.text)
            parts.append(('<a name="cutid1"></a>' if seen == 2 else "") + text)
        elif isinstance(block, Image):
            cap = f"<br /><small><i>{esc(block.caption)}</i></small>" if block.caption else ""
            parts.append(
                f'<div style="text-align: center;"><a href="{_DW}/file/{_dw_file(block)}.jpg"><img src="{attr(_dw_image(block))}" alt="" /></a>{cap}</div>'
            )
        elif isinstance(block, Script):
            parts.append(
                '<iframe src="https://www.dreamwidth.org/extcontent/?moduleid=1&amp;preview=0&amp;journalid=2712345&amp;noads=" width="560" height="315" frameborder="0" class="lj_embedcontent" allowfullscreen name="embed_2712345_1"></iframe>'
            )
    credit = shown_byline(article)
    closing = f'<div align="right"><b>{esc(credit)}</b></div>' if credit else ""
    closing += f'<i>Nguồn: <a href="{attr(url_of(article))}">baolangson.vn</a></i>'
    parts.append(closing)
    text = "<br /><br />".join(parts)
    tags = ""
    if article.tags:
        tags = (
            '<div class="tag"><span class="tag-text">Tags:</span><ul>'
            + ", ".join(
                f'<li><a rel="tag" href="{_DW}/tag/{quote(t.lower())}">{esc(t.lower())}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    summary = "".join(
        f'<li><a href="{_DW}/{_dw_entry(o)}.html">{esc(o.title)}</a> - <span class="tag">{(o.article_id % 3) + 1} comments</span></li>'
        for o in others(article, 3, turn=19)
    )
    ljuser = (
        "<span lj:user='xuanghia' style='white-space: nowrap;' class='ljuser'>"
        f"<a href='{_DW}/profile'><img src='https://www.dreamwidth.org/img/silk/identity/user.png' alt='[personal profile] ' width='17' height='17' style='vertical-align: text-bottom; border: 0; padding-right: 1px;' /></a>"
        f"<a href='{_DW}/'><b>xuanghia</b></a></span>"
    )
    comments = "".join(
        f'<div class="comment-thread comment-depth-odd comment-depth-1"><div class="dwexpcomment"><div class="comment-wrapper comment-wrapper-odd visible full has-userpic no-subject" id="dc{entry * 10 + n}"><div class="comment" id="comment-cmt{entry * 10 + n}"><div class="inner"><div class="header"><div class="inner"><h4 class="comment-title"><span class="invisible">(no subject)</span></h4><div class="datetime"><span>{when} (UTC)</span></div><div class="poster comment-poster"><span class="ljuser"><a href="https://{who}.dreamwidth.org/"><b>{who}</b></a></span></div></div></div><div class="contents"><div class="inner"><div class="comment-content">{what}</div></div></div><div class="footer"><div class="inner"><ul class="comment-management-links text-links"><li class="first"><a href="{link}?thread={entry * 10 + n}#cmt{entry * 10 + n}">Link</a></li></ul><ul class="comment-interaction-links text-links"><li class="first"><a href="{link}?replyto={entry * 10 + n}">Reply</a></li></ul></div></div></div></div></div></div></div>'
        for n, (who, when, what) in enumerate(
            (
                ("hoangmai_ls", "2026-11-02 01:14 pm", "Tin hay, cảm ơn bạn nhé."),
                ("chilang88", "2026-11-03 08:40 am", "Mình cũng vừa đọc trên báo giấy."),
            ),
            1,
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/??lj_base.css,esn.css,contextualhover.css,jquery/jquery.ui.core.css,jquery/jquery.ui.theme.smoothness.css,jquery.contextualhover.css?v=1731902713" />
<script type="text/javascript" src="https://www.dreamwidth.org/js/??jquery/jquery-1.8.3.js,jquery/jquery.ui.core.js,jquery.ajaxtip.js,jquery.contextualhover.js,jquery.esn.js?v=1731902713"></script>
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article)[:300])}" />
<meta property="og:image" content="https://v2.dreamwidth.org/2712345/2712345" />
<meta property="og:url" content="{attr(link)}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Dreamwidth" />
<link rel="canonical" href="{attr(link)}" />
<link rel="openid2.provider" href="https://www.dreamwidth.org/openid/server" />
<link rel="stylesheet" href="{_DW}/res/2712345/stylesheet?1700012345" type="text/css" />
<title>Xứ Lạng ngày nay | {esc(article.title)}</title>
</head>
<body class="page-entry two-columns column-left logged-out">
<div id="lj_controlstrip" role="navigation"><div id="lj_controlstrip_userpic"><a href="https://www.dreamwidth.org/"><img src="https://www.dreamwidth.org/img/controlstrip/nouserpic.png" alt="" width="100" height="100" /></a></div><div id="lj_controlstrip_user"><form id="login" action="https://www.dreamwidth.org/login?ret=1" method="post"><table><tr><td><label for="xc_user">Account name:</label></td><td><input type="text" name="user" size="11" maxlength="27" value="" id="xc_user" /></td><td><label for="xc_password">Password</label></td><td><input type="password" name="password" size="10" id="xc_password" /></td><td><input type="submit" value="Log in" /></td></tr></table></form></div><div id="lj_controlstrip_actionlinks"><span class="ljuser"><a href="{_DW}/profile"><b>xuanghia</b></a></span>&nbsp;&nbsp;<br />Personal Journal<br /><a href="https://www.dreamwidth.org/create">Create an Account</a> | <a href="https://www.dreamwidth.org/manage/circle/add?user=xuanghia">Subscribe</a></div><div id="lj_controlstrip_search"><form method="post" action="https://www.dreamwidth.org/multisearch"><input type="text" name="q" size="15" class="lj_controlstrip_text" /><select name="type"><option value="int">Site and Account Interest</option><option value="nav_and_user" selected="selected">Site and Account</option></select><input type="submit" value="Go" /></form></div></div>
<div id="canvas"><div class="inner">
<div id="header"><div class="inner"><h1 id="title"><span>Xứ Lạng ngày nay</span></h1><h2 id="subtitle"><span>nhặt nhạnh tin quê</span></h2><h2 id="pagetitle"><span>Entry</span></h2></div></div>
<div id="content"><div class="inner">
<div id="primary"><div class="inner">
<div class="navigation topnav"><div class="inner"><ul><li class="page-back"><a href="https://www.dreamwidth.org/go?journal=xuanghia&amp;itemid={entry // 256}&amp;dir=prev">Previous Entry</a></li> <li class="page-separator"> | </li> <li class="page-forward"><a href="https://www.dreamwidth.org/go?journal=xuanghia&amp;itemid={entry // 256}&amp;dir=next">Next Entry</a></li></ul></div></div>
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P has-userpic has-subject" id="entry-wrapper-{entry}"><div class="separator separator-before"><div class="inner"></div></div>
<div class="entry" id="entry-{entry}"><div class="inner">
<div class="header"><div class="inner"><h3 class="entry-title"><a title="{attr(article.title)}" href="{attr(link)}">{esc(article.title)}</a></h3><div class="datetime">{date_html}</div></div></div>
<div><div class="contents"><div class="inner">
<div class="userpic"><a href="https://www.dreamwidth.org/allpics?user=xuanghia"><img src="https://v2.dreamwidth.org/2712345/2712345" width="100" height="100" alt="[personal profile] xuanghia" title="xuanghia" /></a></div>
<span class="poster entry-poster empty"><span>{ljuser}</span></span>
<div class="entry-content">{text}</div>
<div class="metadata bottom-metadata"><ul><li class="metadata-location"><span class="metadata-label metadata-label-location">Location: </span><span class="metadata-item metadata-item-location">Lạng Sơn</span></li><li class="metadata-mood"><span class="metadata-label metadata-label-mood">Mood: </span><span class="metadata-item metadata-item-mood"><img class="meta-mood-img" src="https://www.dreamwidth.org/img/mood/contented.gif" alt="" /> tự hào</span></li></ul></div>
</div></div></div>
<div class="footer"><div class="inner">
{tags}
<ul class="entry-management-links text-links"><li class="first"><a href="https://www.dreamwidth.org/tools/memadd?journal=xuanghia&amp;itemid={entry}"><img src="https://www.dreamwidth.org/img/silk/entry/memories_add.png" alt="Add Memory" title="Add Memory" /></a></li><li><a href="https://www.dreamwidth.org/tools/tellafriend?journal=xuanghia&amp;itemid={entry}"><img src="https://www.dreamwidth.org/img/silk/entry/tellafriend.png" alt="Share This Entry" title="Share This Entry" /></a></li></ul>
<ul class="entry-interaction-links text-links"><li class="entry-readlink first"><a href="{attr(link)}#comments">2 comments</a></li><li class="entry-replylink"><a href="{attr(link)}?mode=reply">Reply</a></li></ul>
</div></div>
</div></div>
<div class="separator separator-after"><div class="inner"></div></div></div>
<div id="comments"><div class="inner">{comments}</div></div>
<div class="navigation bottomnav"><div class="inner"><ul><li class="page-back"><a href="https://www.dreamwidth.org/go?journal=xuanghia&amp;itemid={entry // 256}&amp;dir=prev">Previous Entry</a></li> <li class="page-separator"> | </li> <li class="page-forward"><a href="https://www.dreamwidth.org/go?journal=xuanghia&amp;itemid={entry // 256}&amp;dir=next">Next Entry</a></li></ul></div></div>
</div></div>
<div id="secondary"><div class="inner">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="module-profile module"><div class="inner"><div class="module-content"><div class="userpic"><img src="https://v2.dreamwidth.org/2712345/2712345" alt="" /></div><span class="ljuser"><a href="{_DW}/profile"><b>xuanghia</b></a></span><ul class="userlite-interaction-links icon-links"><li><a href="{_DW}/profile">Profile</a></li></ul></div></div></div>
<div class="module-pagesummary module"><div class="inner"><h2 class="module-header">Page Summary</h2><div class="module-content"><ul class="module-list">{summary}</ul></div></div></div>
<div class="module-credit module"><div class="inner"><h2 class="module-header">Style Credit</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><span class="category">Style: </span><span class="value">Practicality for Practicality (by <span class="ljuser"><a href="https://timeasmymeasure.dreamwidth.org/"><b>timeasmymeasure</b></a></span>)</span></li></ul></div></div></div>
<div class="module-cuttagcontrols module"><div class="inner"><h2 class="module-header">Expand Cut Tags</h2><div class="module-content">No cut tags</div></div></div>
</div></div>
<div id="invisible-separator" style="float: left; width: 1px;"></div>
<div id="footer"><div class="inner"><div class="page-top"><a href="#">Page generated {SERVED:%b}. {_ordinal(SERVED.day)}, {SERVED.year} 03:00 am GMT</a></div><div class="powered-by"><a href="https://www.dreamwidth.org/">Powered by Dreamwidth Studios</a></div></div></div>
</div></div>
</div></div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    record["tags"] = [clean(t).lower() for t in article.tags]
    record["category"] = None
    return CorpusPage("dreamwidth", article.article_id, url_of(article), page, record)


# --- 3. A phpBB 3.3 forum topic whose first post reposts the article ---------------------------

_BB = "https://diendanxulang.vn"
_BB_DAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _bb_date(m: datetime) -> str:
    """The Vietnamese language pack's `D M d, Y g:i a`: `T6 Th2 04, 2022 9:56 am`."""
    half = "am" if m.hour < 12 else "pm"
    return (
        f"{_BB_DAYS[m.weekday()]} Th{m.month} {m:%d}, {m.year} {(m.hour % 12) or 12}:{m:%M} {half}"
    )


def phpbb(article: Article) -> CorpusPage:
    """A topic of the Xứ Lạng community forum on phpBB 3.3 (prosilver, the Vietnamese language
    pack) whose first post reposts the paper's article: the header bar with the forum's name
    as `h1`, the quick links and login, the breadcrumb (microdata `BreadcrumbList`) ending at
    the forum named after the paper's section, the topic title as `h2.topic-title`, the action
    bar, the first post with the poster's profile (rank, post count, join date, location), the
    post's `h3` subject, `p.author` with `bởi` the forum member and the post's `time` (text
    in the board's format, `datetime` RFC 3339 in UTC), the post content as s9e TextFormatter
    renders the BBCode (the sapo in `strong.text-strong`, lines ending in `<br>`, `[center]`
    blocks holding a `postimage` picture hotlinked from the paper and the caption in
    `em.text-italics`, the credit bold on the right and the source link), the edit notice, the
    poster's signature, a reply quoting the post, the jump box, who is online, and the footer
    with the board's time zone `UTC+07:00`."""
    moment = article.published
    topic = article.article_id % 20011 + 3100
    post = topic * 4 + 17
    forum = _section_number(article) + 20
    cat = category_name(article)
    utc = moment.replace(tzinfo=VIETNAM).astimezone(UTC)
    shown = _bb_date(moment)
    edited = moment + timedelta(minutes=16)
    reply = moment + timedelta(hours=2, minutes=38)
    reply_utc = reply.replace(tzinfo=VIETNAM).astimezone(UTC)
    captions = [
        {"image_url": image_src(i), "text": clean(i.caption) if i.caption else None}
        for i in article.images
    ]
    lines: list[str] = [f'<strong class="text-strong">{esc(lead_text(article))}</strong>']
    for block in article.blocks:
        if isinstance(block, Paragraph):
            lines.append(esc(block.text))
        elif isinstance(block, Image):
            cap = (
                f'<br>\n<em class="text-italics">{esc(block.caption)}</em>' if block.caption else ""
            )
            lines.append(
                f'<div style="text-align:center"><img src="{attr(image_src(block))}" class="postimage" alt="Hình ảnh">{cap}</div>'
            )
        elif isinstance(block, Script):
            lines.append(
                '<iframe width="560" height="315" src="https://www.youtube.com/embed/lsovideo" allowfullscreen="" frameborder="0" loading="lazy"></iframe>'
            )
    credit = shown_byline(article)
    if credit:
        lines.append(
            f'<div style="text-align:right"><strong class="text-strong">{esc(credit)}</strong></div>'
        )
    lines.append(
        f'<span style="font-size:85%;line-height:116%">Nguồn: <a href="{attr(url_of(article))}" class="postlink">{esc(url_of(article))}</a></span>'
    )
    post_html = "<br>\n<br>\n".join(lines)
    crumbs = (
        '<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Trang chủ diễn đàn</span></a><meta itemprop="position" content="1" /></span>'
        '<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="3"><a itemprop="item" href="./viewforum.php?f=3"><span itemprop="name">Tin tức xứ Lạng</span></a><meta itemprop="position" content="2" /></span>'
        f'<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="{forum}"><a itemprop="item" href="./viewforum.php?f={forum}"><span itemprop="name">{esc(cat)}</span></a><meta itemprop="position" content="3" /></span>'
    )
    jump = "".join(
        f'<li><a href="./viewforum.php?f={n + 20}" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp;</span> <span>{esc(c.name)}</span></a></li>'
        for n, c in enumerate(content().categories, 1)
    )

    def profile(
        pid: int, uid: int, name: str, colour: str, rank: str, posts: int, joined: str
    ) -> str:
        style = (
            f' style="color: {colour};" class="username-coloured"'
            if colour
            else ' class="username"'
        )
        return (
            f'<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>'
            f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}"{style}>{name}</a></dt>'
            f'<dd class="profile-rank">{rank}</dd>'
            f'<dd class="profile-posts"><strong>Bài viết:</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{posts}</a></dd>'
            f'<dd class="profile-joined"><strong>Ngày tham gia:</strong> {joined}</dd>'
            '<dd class="profile-custom-field profile-phpbb_location"><strong>Đến từ:</strong> Lạng Sơn</dd></dl>'
        )

    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>{esc(article.title)} - Diễn đàn Xứ Lạng</title>

	<link rel="alternate" type="application/atom+xml" title="Nguồn cấp - Diễn đàn Xứ Lạng" href="/app.php/feed?sid=0f3c">
	<link rel="alternate" type="application/atom+xml" title="Nguồn cấp - Chủ đề - {attr(article.title)}" href="/app.php/feed/topic/{topic}">

	<link rel="canonical" href="{_BB}/viewtopic.php?t={topic}">

<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/vi/stylesheet.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">

<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
			<div class="inner">
			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php" title="Trang chủ diễn đàn"><span class="site_logo"></span></a>
				<h1>Diễn đàn Xứ Lạng</h1>
				<p>Nơi giao lưu của người con xứ Lạng</p>
				<p class="skiplink"><a href="#start_here">Đi đến nội dung</a></p>
			</div>
			<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Tìm từ khóa" class="inputbox search tiny" size="20" value="" placeholder="Tìm kiếm…" />
					<button class="button button-search" type="submit" title="Tìm kiếm"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Tìm kiếm</span></button>
				</fieldset>
				</form>
			</div>
			</div>
		</div>
		<div class="navbar" role="navigation">
			<div class="inner">
			<ul id="nav-main" class="nav-main linklist" role="menubar">
				<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Liên kết nhanh</span></a></li>
				<li><a href="/app.php/help/faq" rel="help" title="Các câu hỏi thường gặp" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
				<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D{topic}" title="Đăng nhập" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Đăng nhập</span></a></li>
				<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>Đăng ký</span></a></li>
			</ul>
			<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
				<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">{crumbs}</li>
			</ul>
			</div>
		</div>
	</div>

	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">

<h2 class="topic-title"><a href="./viewtopic.php?t={topic}">{esc(article.title)}</a></h2>

<div class="action-bar bar-top">
	<a href="./posting.php?mode=reply&amp;t={topic}" class="button" title="Gửi trả lời"><span>Trả lời</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
	<div class="pagination">2 bài viết &bull; Trang <strong>1</strong> trên <strong>1</strong></div>
</div>

	<div id="p{post}" class="post has-profile bg2">
		<div class="inner">
		{profile(post, 54, "BQT_XuLang", "#AA0000", "Quản trị viên", 12873, "T3 Th3 12, 2013 8:15 pm")}
		<div class="postbody">
			<div id="post_content{post}">
			<h3 class="first"><a href="./viewtopic.php?p={post}#p{post}">{esc(article.title)}</a></h3>
			<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={post}" title="Trả lời kèm trích dẫn" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Trích dẫn</span></a></li></ul>
			<p class="author"><a class="unread" href="./viewtopic.php?p={post}#p{post}" title="Bài viết"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Bài viết</span></a><span class="responsive-hide">bởi <strong><a href="./memberlist.php?mode=viewprofile&amp;u=54" style="color: #AA0000;" class="username-coloured">BQT_XuLang</a></strong> &raquo; </span><time datetime="{utc.isoformat()}">{shown}</time></p>
			<div class="content">{post_html}</div>
			<div class="notice">Sửa lần cuối bởi <a href="./memberlist.php?mode=viewprofile&amp;u=54" style="color: #AA0000;" class="username-coloured">BQT_XuLang</a> vào {_bb_date(edited)}, trong tổng số 1 lần sửa.</div>
			<div id="sig{post}" class="signature"><span style="color:#008000"><strong class="text-strong">Diễn đàn Xứ Lạng</strong></span> - Kết nối người con xứ Lạng khắp mọi miền<br>
<a href="{_BB}" class="postlink">{_BB}</a></div>
			</div>
		</div>
		<div class="back2top"><a href="#top" class="top" title="Lên đầu trang"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Lên đầu trang</span></a></div>
		</div>
	</div>
	<hr class="divider" />
	<div id="p{post + 1}" class="post has-profile bg1">
		<div class="inner">
		{profile(post + 1, 812, "hoamaihong", "", "Thành viên tích cực", 436, "T6 Th8 21, 2015 10:02 am")}
		<div class="postbody">
			<div id="post_content{post + 1}">
			<h3><a href="./viewtopic.php?p={post + 1}#p{post + 1}">Re: {esc(article.title)}</a></h3>
			<p class="author"><a class="unread" href="./viewtopic.php?p={post + 1}#p{post + 1}" title="Bài viết"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Bài viết</span></a><span class="responsive-hide">bởi <strong><a href="./memberlist.php?mode=viewprofile&amp;u=812" class="username">hoamaihong</a></strong> &raquo; </span><time datetime="{reply_utc.isoformat()}">{_bb_date(reply)}</time></p>
			<div class="content"><blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=54">BQT_XuLang</a> đã viết: <a href="./viewtopic.php?p={post}#p{post}" data-post-id="{post}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a></cite>{esc(article.title)}</div></blockquote>
Cảm ơn BQT đã cập nhật tin quê nhà thường xuyên!</div>
			</div>
		</div>
		</div>
	</div>
	<hr class="divider" />

<div class="action-bar actions-jump">
	<p class="jumpbox-return"><a href="./viewforum.php?f={forum}" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Quay về “{esc(cat)}”</span></a></p>
	<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="Chuyển đến" class="button button-secondary dropdown-trigger dropdown-select"><span>Chuyển đến</span></span><div class="dropdown"><ul class="dropdown-contents"><li><a href="./viewforum.php?f=3" class="jumpbox-cat-link"><span>Tin tức xứ Lạng</span></a></li>{jump}</ul></div></div>
</div>

<div class="stat-block online-list">
	<h3>Ai đang trực tuyến</h3>
	<p>Đang xem chuyên mục này: Không có thành viên nào đang trực tuyến và 4 khách</p>
</div>

	</div>

<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
	<div class="inner">
	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Trang chủ diễn đàn</span></a></span></li>
		<li class="rightside">Múi giờ <span title="Châu Á/Hồ Chí Minh">UTC+07:00</span></li>
		<li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Xóa cookie</span></a></li>
		<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Liên hệ với chúng tôi</span></a></li>
	</ul>
	</div>
	</div>
	<div class="copyright">
		<p class="footer-row"><span class="footer-copyright">Phát triển bởi <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p>
		<p class="footer-row"><span class="footer-copyright">Việt hóa bởi <a href="https://www.phpbbvietnam.com/">phpBB Việt Nam</a></span></p>
	</div>
</div>
</div>

<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=42"></script>
<script src="./assets/javascript/core.js?assets_version=42"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=42"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions, tags=False)
    return CorpusPage("phpbb", article.article_id, url_of(article), page, record)


# --- 4. The paper rebuilt after Tạp chí Cộng sản's journal page (a Liferay portal) --------------

_TC_GROUP = 20182


def _tc_image(article: Article, img: Image) -> str:
    """The document library's address of a picture, with Liferay's `?t=` version."""
    version = int(article.published.replace(tzinfo=VIETNAM).timestamp() * 1000) + 4711
    folder = 1_204_000 + article.article_id % 9973
    return f"/documents/{_TC_GROUP}/{folder}/{quote(image_file(img))}/{stable_uuid(img.src)}?t={version}"


def _tc_link(article: Article) -> str:
    """The legacy `.aspx` address the journal template keeps."""
    return f"/web/guest/{article.category}/-/2018/{article.article_id}/{article.slug}.aspx"


def tccs_like(article: Article) -> CorpusPage:
    """The paper rebuilt after Tạp chí Cộng sản's article page, on a Liferay portal: the metas
    Liferay writes (`content` first, `lang="vi-VN"`, the tags only as keywords), OpenGraph
    without times, the top bar with the language switcher and today's date, the masthead,
    the menu, the portlet wrappers, the breadcrumb, the title as `h1.title-detail`, the date
    line `Ngày 04-02-2022 09:56` with the view count and the print, email and font tools, the
    sapo bold (with its marker), the author block before the text with each author's name in
    capitals on its own line and the unit under them, the `journal-content-article` text in
    justified paragraphs, pictures from the document library (relative `/documents/…/{uuid}
    ?t=…` addresses) in centred paragraphs with the caption as a small italic centred
    paragraph under them, the share bar, "Các bài viết khác" with dates, and the sidebar
    (the printed issue with its number and month, "Đọc nhiều nhất", "Tiêu điểm")."""
    moment = article.published
    shown = f"Ngày {moment:%d-%m-%Y %H:%M}"
    cat = category_name(article)
    link = BASE + _tc_link(article)
    captions = rehosted_captions(article, lambda i: urljoin(link, _tc_image(article, i)))
    names = [author_name(clean(a)).upper() for a in article.authors]

    def image(img: Image) -> str:
        out = f'<p style="text-align:center"><img alt="" src="{attr(_tc_image(article, img))}" style="width: 700px; height: 467px;" /></p>'
        if img.caption:
            out += f'\n<p style="text-align:center"><span style="font-size:12px;"><em>{esc(img.caption)}</em></span></p>'
        return out

    blocks: list[str] = []
    for block in article.blocks:
        if isinstance(block, Paragraph):
            blocks.append(f'<p style="text-align:justify">{esc(block.text)}</p>')
        elif isinstance(block, Image):
            blocks.append(image(block))
        elif isinstance(block, Blank):
            blocks.append("<p>&nbsp;</p>")
        elif isinstance(block, Script):
            blocks.append(
                '<p style="text-align:center"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/baolangsontv" width="640"></iframe></p>'
            )
    body = "\n".join(blocks)
    authors = "".join(f'<p class="author-name">{esc(n)}</p>' for n in names)
    menu = section_menu_from_pattern(
        "/web/guest/{key}", '<li class="lfr-nav-item"><a href="{href}"><span>{name}</span></a></li>'
    )
    more = "".join(
        f'<li><a href="{_tc_link(o)}">{esc(o.title)}</a> <span class="date">({o.published:%d/%m/%Y})</span></li>'
        for o in others(article, 6, turn=71)
    )
    popular = "".join(
        f'<li><span class="stt">{n}</span><a href="{_tc_link(o)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=29), 1)
    )
    instance = stable_digest(f"tc{article.category}")[:12]
    views = f"{(article.article_id * 37) % 4000 + 210:,}".replace(",", ".")
    issue = 1040 + (SERVED.year - 2026) * 24 + SERVED.month
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{attr(article.lead)}" lang="vi-VN" name="description" />
<meta content="{attr(", ".join(article.tags))}" lang="vi-VN" name="keywords" />
<link href="/o/lso-theme/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{attr(link)}" rel="canonical" />
<link data-senna-track="temporary" href="{attr(link)}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{attr(link)}">
<meta property="og:type" content="website">
<link class="lfr-css-file" data-senna-track="temporary" href="/o/lso-theme/css/clay.css?browserId=other&amp;themeId=lsotheme_WAR_lsotheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=1731024000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=lsotheme_WAR_lsotheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=1731024000000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7310&amp;t=1731024000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.ThemeDisplay = {{getLanguageId: function() {{return "vi_VN";}}, getPlid: function() {{return "{article.article_id % 900 + 31}";}}, getScopeGroupId: function() {{return "{_TC_GROUP}";}}, isSignedIn: function() {{return false;}}}};
// ]]>
</script>
<link class="lfr-css-file" data-senna-track="temporary" href="/o/lso-theme/css/main.css?browserId=other&amp;themeId=lsotheme_WAR_lsotheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=1731024000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
</head>
<body class="chrome controls-visible yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="container"><span class="today">{weekday(SERVED)}, ngày {_TODAY}</span><ul class="languages"><li class="active"><a href="/web/guest">Tiếng Việt</a></li><li><a href="/web/en">English</a></li><li><a href="/web/zh">中文</a></li></ul><a href="/c/portal/login?p_l_id=31" class="sign-in" rel="nofollow">Đăng nhập</a></div></div>
<div class="masthead"><div class="container"><a class="logo" href="/web/guest/trang-chu" title="Báo Lạng Sơn"><img alt="Báo Lạng Sơn" src="/o/lso-theme/images/logo.png" /></a><div class="slogan">Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Lạng Sơn</div></div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><div class="container"><ul aria-label="Trang trên Site" role="menubar"><li class="lfr-nav-item"><a href="/web/guest/trang-chu"><span>Trang chủ</span></a></li>{menu}</ul></div></nav>
</header>
<section class="flex-fill" id="content">
<div class="columns-2-8-4" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-borderless portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{instance}_">
<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{instance}"></span>
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{instance}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<div class="detail-article">
<div class="breadcrumb-detail"><a href="/web/guest/trang-chu">Trang chủ</a> <span class="sep">/</span> <a href="/web/guest/{article.category}">{esc(cat)}</a></div>
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="info-detail"><span class="date-detail">{shown}</span> <span class="view-detail"><i class="icon-eye-open"></i> {views}</span><span class="tool-detail"><a href="javascript:window.print();" title="In bài"><i class="icon-print"></i> In bài</a> <a href="mailto:?subject={attr(article.title)}&amp;body={quote(link)}" title="Gửi email"><i class="icon-envelope"></i></a> <a href="javascript:;" class="font-down">A-</a> <a href="javascript:;" class="font-up">A+</a></span></div>
<div class="sapo-detail"><strong>{esc(lead_text(article))}</strong></div>
<div class="author-detail">{authors}<p class="author-unit">Báo Lạng Sơn</p></div>
<div class="journal-content-article" data-analytics-asset-id="{article.article_id}" data-analytics-asset-title="{attr(article.title)}" data-analytics-asset-type="web-content">
{body}
</div>
<div class="share-detail"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={quote(link)}" target="_blank">Facebook</a> <a href="https://twitter.com/intent/tweet?url={quote(link)}" target="_blank">Twitter</a> <a href="https://sp.zalo.me/share_inline?u={quote(link)}" target="_blank">Zalo</a></div>
<div class="other-news"><h3 class="title-box">Các bài viết khác</h3><ul>{more}</ul></div>
</div>
</div></div>
</div>
</section>
</div>
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="box-side box-print"><h3 class="title-box">Báo in</h3><a href="/web/guest/bao-in"><img src="/documents/{_TC_GROUP}/0/bia-bao-in.jpg" alt="Báo in" /><span>Số {issue} (Tháng {SERVED.month}-{SERVED.year})</span></a></div>
<div class="box-side box-popular"><h3 class="title-box">Đọc nhiều nhất</h3><ol>{popular}</ol></div>
<div class="box-side box-focus"><h3 class="title-box">Tiêu điểm</h3><ul><li><a href="/web/guest/chuyen-de/chuyen-doi-so">Chuyển đổi số tỉnh Lạng Sơn</a></li><li><a href="/web/guest/chuyen-de/hoc-tap-va-lam-theo-bac">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a></li></ul></div>
</div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo"><div class="container"><p><strong>BÁO LẠNG SƠN</strong></p><p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn. Tổng Biên tập: Vi Thị Hồng Nhung</p><p>Giấy phép hoạt động báo điện tử số 459/GP-BTTTT ngày 07/10/2022 của Bộ Thông tin và Truyền thông</p><p>Tòa soạn: Số 15 đường Đinh Tiên Hoàng, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.316</p><p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p></div></footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{instance}_', portletId: 'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{instance}', refreshURL: '/c/portal/render_portlet?p_l_id=31&amp;p_p_id=com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{instance}'}});
// ]]>
</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions, tags=False)
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("tccs_like", article.article_id, url_of(article), page, record)


# --- 5. The paper on the vendor CMS that Báo Cao Bằng runs on ------------------------------------

_LOADING = "/images/loading.gif"


def _cb_image(article: Article, img: Image) -> str:
    """The vendor's upload path: the editor's account, month and year, day and hour."""
    moment = article.published
    return (
        f"/stores/news_dataimages/bientap/{moment:%m%Y}/{moment:%d}/{moment:%H}/{image_file(img)}"
    )


def _cb_link(other: Article) -> str:
    """The vendor's article address, `/{slug}-{id}.html` under the site root."""
    return f"/{other.slug}-{other.article_id}.html"


def caobang_like(article: Article) -> CorpusPage:
    """The paper on the vendor CMS that Báo Cao Bằng runs on: the top bar with today's date,
    the weather and the editions (Tiếng Việt, Tày - Nùng, Dao, English), the masthead and
    menu, the breadcrumb (home, section), the `h1`, `Thứ sáu, 4/2/2022 09:56` (day and month
    unpadded) with the share buttons, the read-aloud player with its duration, the sapo in
    `h2.sapo` (with its marker), the text in justified paragraphs, pictures with jQuery
    lazyload (a loading GIF `src`, the real relative address in `data-original`) in
    `table.image` boxes with the caption in `td.image_desc` (an uncaptioned picture in a
    centred paragraph, its `alt` the title), a `Xem thêm:` link paragraph after the first paragraph, the credit
    bold on the right after the text, `Từ khóa:` tags, the comment box, "Tin cùng chuyên
    mục", the sidebar ("Tin mới" with times, "Xem nhiều"), the footer with the licence, and a
    cookie banner. JSON-LD `NewsArticle` gives +07:00 times (a later `dateModified`) and the
    authors as persons; OpenGraph's `og:title` is written twice, the second time by the site
    layout with the site's name."""
    moment = article.published
    shown = f"{LEGACY_WEEKDAYS[moment.weekday()]}, {moment.day}/{moment.month}/{moment.year} {moment:%H:%M}"
    cat = category_name(article)
    link = url_of(article)
    captions = rehosted_captions(article, lambda i: urljoin(link, _cb_image(article, i)))
    modified = moment + timedelta(hours=2, minutes=7, seconds=40)
    see_more = others(article, 1, turn=7)[0]

    def image(img: Image) -> str:
        tag = f'<img class="lazy" src="{_LOADING}" data-original="{attr(_cb_image(article, img))}" alt="{attr(img.caption or article.title)}" width="700" />'
        if not img.caption:
            return f'<p style="text-align: center;">{tag}</p>'
        return f'<table class="image center"><tbody><tr><td>{tag}</td></tr><tr><td class="image_desc">{esc(img.caption)}</td></tr></tbody></table>'

    blocks: list[str] = []
    seen = 0
    for block in article.blocks:
        if isinstance(block, Paragraph):
            seen += 1
            blocks.append(f'<p style="text-align: justify;">{esc(block.text)}</p>')
            if seen == 1 and len(article.paragraphs) >= 3:
                blocks.append(
                    f'<p class="see-more"><strong>Xem thêm: </strong><a href="{attr(_cb_link(see_more))}">{esc(see_more.title)}</a></p>'
                )
        elif isinstance(block, Image):
            blocks.append(image(block))
        elif isinstance(block, Blank):
            blocks.append("<p>&nbsp;</p>")
        elif isinstance(block, Ad):
            blocks.append(
                '<div class="adv-in-content"><a href="https://agribank.com.vn" rel="nofollow" target="_blank"><img src="/stores/banners/agribank-640x90.jpg" alt="" /></a></div>'
            )
        elif isinstance(block, Script):
            blocks.append(
                '<div class="video-content"><video controls preload="none" poster="/images/video-poster.jpg" width="640"><source src="https://video.baolangson.vn/2022/02/clip.mp4" type="video/mp4" /></video></div>'
            )
    credit = shown_byline(article)
    if credit:
        blocks.append(
            f'<p class="author" style="text-align: right;"><strong>{esc(credit)}</strong></p>'
        )
    body = "\n".join(blocks)
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags-detail"><span class="tag-title">Từ khóa:</span> '
            + " ".join(
                f'<a href="/tag/{tag_slug(t)}.html" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    menu = section_menu_from_pattern("/{key}", '<li><a href="{href}">{name}</a></li>')
    same = "".join(
        f'<li><a href="{_cb_link(o)}"><img src="/stores/news_dataimages/thumb/{o.article_id}.jpg" alt="" /></a><h3><a href="{_cb_link(o)}">{esc(o.title)}</a></h3></li>'
        for o in others(article, 4, turn=13)
    )
    latest = "".join(
        f'<li><span class="time">{(8 + n) % 24:02d}:{(n * 13) % 60:02d}</span> <a href="{_cb_link(o)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 6, turn=5), 1)
    )
    popular = "".join(
        f'<li><a href="{_cb_link(o)}">{esc(o.title)}</a></li>' for o in others(article, 5, turn=61)
    )
    people = [{"@type": "Person", "name": author_name(clean(a))} for a in article.authors]
    pictures = [urljoin(link, _cb_image(article, i)) for i in article.images]
    share = pictures[0] if pictures else f"{BASE}/images/logo-share.png"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": link},
        "headline": article.title,
        "description": article.lead,
        "image": pictures or [share],
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(modified),
        "author": people or {"@type": "Organization", "name": "Báo Lạng Sơn"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/images/logo.png"},
        },
    }
    minutes = 2 + len(" ".join(p.text for p in article.paragraphs)) // 900
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<link rel="canonical" href="{attr(link)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:url" content="{attr(link)}" />
<meta property="og:image" content="{attr(share)}" />
<meta property="article:published_time" content="{iso_vietnam(moment)}" />
<meta property="article:modified_time" content="{iso_vietnam(modified)}" />
<meta property="article:section" content="{attr(cat)}" />
<meta property="og:site_name" content="Báo Lạng Sơn điện tử" />
<meta property="og:title" content="Báo Lạng Sơn điện tử" />
<link rel="stylesheet" href="/templates/default/css/bootstrap.min.css" />
<link rel="stylesheet" href="/templates/default/css/style.css?v=20241105" />
<script type="application/ld+json">{script_json(data)}</script>
<script src="/templates/default/js/jquery-3.5.1.min.js"></script>
<script src="/templates/default/js/jquery.lazyload.min.js"></script>
</head>
<body>
<div class="top-header"><div class="container"><div class="date-weather"><span class="today">{weekday(SERVED)}, {_TODAY}</span> <span class="weather"><img src="/images/weather/04d.png" alt="" /> Lạng Sơn 17°C</span></div><ul class="editions"><li class="active"><a href="/">Tiếng Việt</a></li><li><a href="/tay-nung">Tày - Nùng</a></li><li><a href="/dao">Dao</a></li><li><a href="/en">English</a></li></ul></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/templates/default/images/logo.png" alt="Báo Lạng Sơn điện tử" /></a><div class="header-banner"><img src="/stores/banners/top-banner.jpg" alt="" /></div></div></header>
<nav class="main-menu"><div class="container"><ul><li class="home"><a href="/"><i class="icon-home"></i></a></li>{menu}<li><a href="/video">Video</a></li><li><a href="/bao-in">Báo in</a></li></ul></div></nav>
<div class="container main-content">
<div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/{article.category}">{esc(cat)}</a></li></ol>
<div class="detail-news">
<h1 class="title-news">{esc(article.title)}</h1>
<div class="meta-news"><span class="date-time"><i class="icon-clock"></i> {shown}</span><div class="share-top"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(link)}" class="fb" target="_blank">Chia sẻ</a> <a href="https://sp.zalo.me/share_inline?u={quote(link)}" class="zalo" target="_blank">Zalo</a></div></div>
<div class="audio-player"><span class="label">Nghe bài viết</span><audio controls preload="none"><source src="https://tts.baolangson.vn/audio/{article.article_id}.mp3" type="audio/mpeg" /></audio><span class="duration">0{minutes}:{(article.article_id * 7) % 60:02d}</span></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="news-content" id="news-body">
{body}
</div>
{tags}
<div class="comment-box"><h3 class="title-box">Bình luận (0)</h3><form action="/comment/send" method="post"><textarea name="content" placeholder="Nhập nội dung bình luận"></textarea><input type="text" name="fullname" placeholder="Họ và tên" /><input type="email" name="email" placeholder="Email" /><button type="submit">Gửi bình luận</button></form></div>
<div class="same-category"><h3 class="title-box">Tin cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
</div>
<div class="col-md-4 sidebar">
<div class="box-latest"><h3 class="title-box">Tin mới</h3><ul>{latest}</ul></div>
<div class="box-popular"><h3 class="title-box">Xem nhiều</h3><ol>{popular}</ol></div>
<div class="box-adv"><a href="https://langson.gov.vn" target="_blank"><img src="/stores/banners/cong-ttdt-tinh.jpg" alt="Cổng TTĐT tỉnh Lạng Sơn" /></a></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép số 459/GP-BTTTT ngày 07/10/2022. Tổng Biên tập: Vi Thị Hồng Nhung</p><p>Địa chỉ: Số 15 đường Đinh Tiên Hoàng, thành phố Lạng Sơn. Điện thoại: 0205.3812.316</p></div></footer>
<div id="cookie-consent" class="cookie-consent"><p>Chúng tôi sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn chấp nhận chính sách này.</p><button type="button" class="btn-accept">Đồng ý</button></div>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("caobang_like", article.article_id, url_of(article), page, record)


MARKUPS_Y: dict[str, Renderer] = {
    "serendipity": serendipity,
    "dreamwidth": dreamwidth,
    "phpbb": phpbb,
    "tccs_like": tccs_like,
    "caobang_like": caobang_like,
}
