# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Held-out set X: markups written without reading the parsers, scored once, never tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: a Lạng Sơn community blog on Movable Type 7 reposting the
article (the classic blog templates' `#alpha`/`#beta` columns, the entry in `div.entry-asset
hentry` with `h1#page-title.asset-name`, the hAtom `abbr.published` whose `title` is MT's
`iso8601` and whose text is MT's English `%B %e, %Y %I:%M %p`, the blog account in the
`vcard author`, the entry body and its extended text as `asset-body` and `asset-more`, the
rich-text editor's pictures as `mt-enclosure` thumbnails in `assets_c` linking to the
original, each caption as the small centred paragraph under it, the credit and the source in
one paragraph after a `<br />`, the entry's categories and tags in the `asset-footer`, the
TrackBack URL, comments and the comment form, the "About this Entry" widget and the monthly
archives), the provincial literature and arts association's magazine on Textpattern 4.8
reposting the article (the default theme's `article.article` with schema.org `BlogPosting`
microdata, `Đăng ngày` and the printed local time in a `time` whose `datetime` is Textpattern's
`iso8601` in UTC with a `Z`, the Textpattern account as `Tác giả`, the excerpt as the lead, the
credit in its own paragraph before the text, `figure` shortcodes with `figcaption` only when
the picture has a caption and pictures under `/images/{id}.jpg`, the keywords printed as
Textpattern stores them, comma-joined without spaces, `category1` as the section, the comment
form, the recent-articles list and "Published with Textpattern CMS"), a Vietnamese tech and
local forum on XenForo 2 (tinhte.vn-like) whose first post is the paper's own account posting
its article (the `p-title` with a thread prefix label, the forum's breadcrumb of nodes, the
`p-description` with the thread starter and a `time.u-dt` whose `datetime` is `+0700` without
a colon and whose text is the vi date string `4/2/22`, the BB code text in one `bbWrapper`
with `<br />` paragraphs, the lead in `<b>`, the attachments embedded full size in
`bbImageWrapper`s with the file name as `alt`, captions as centred italic lines, the credit
right-aligned and the source link after it, the poster's signature, reactions, replies by
readers with later dates, the thread's tags, "Chủ đề tương tự" and the
`DiscussionForumPosting` JSON-LD; no section of the paper), baolangson.vn redesigned after Báo
Bắc Giang on a provincial vendor's CMS (the masthead's today date and weather, the breadcrumb
of section and subsection, `h1.title-detail`, the date `09:56, 04/02/2022` beside the view
count and the read-aloud player, the sapo with its marker in `h2.sapo`, CKEditor 4 `image2`
figures behind a lazy-load placeholder, a "Tin liên quan" box inside the text, the credit
with linked names after the text, `Từ khóa:`, a `NewsArticle` JSON-LD in +07:00 and a zoneless
`article:published_time`, "Tin cùng chuyên mục" and "Đọc nhiều"), and the provincial
journalists' association's site on Backdrop CMS 1 reposting the article (Basis theme layout
`l-*` regions, `h1.page-title`, the core submitted line `Gửi bởi bientap vào Thứ Sáu,
04/02/2022 - 09:56` naming the site account, Metatag's `article:published_time`, the sapo and
credit as text fields, the body field's CKEditor pictures turned into `figure.caption
caption-img` by the caption filter from `data-caption`, `/files/inline-images/` addresses, the
section as an inline taxonomy field, tags as a field with its label above, the comment form).
The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any; the date alone where it sits in a sentence such as Backdrop's
submitted line), `published_at` as precise as the page gives it anywhere (an ISO time with its
zone in a meta, JSON-LD, `datetime` or an hAtom `title` counts to the second, even in UTC or
with a `+0700` offset; a printed local time counts to the minute; a machine time written
without any zone does not raise the precision; none when the page gives no time), `byline`
the credit as shown (without a field label such as `Tác giả:`, never a source line such as
`Nguồn: Báo Lạng Sơn`, nor the blog, Textpattern, forum or site account the page names as
poster or author), `authors` the names in it in the usual capitalisation, `tags` only the tags
the page shows (as separate tags even where Textpattern prints them comma-joined), `category`
the section of the paper the page shows (none on the forum, whose breadcrumb and prefix are
the forum's own), a caption's `image_url` the address the page serves the picture from (MT's
thumbnail, not the original it links to; the forum's attachment address; the `data-src`
behind a placeholder; a site-relative address resolved against the page's site) and its
`text` the caption as printed (none for an uncaptioned picture).

The mastheads' today dates and weather, the "About this Entry" widget, monthly archives,
readers' comment and reply dates, the forum's member and statistics boxes, view counts, the
read-aloud player's duration, modified times, the dates of other articles and the footers'
licence lines are chrome.

Do not tune a parser on these pages without moving the markup into the tuning set.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
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
    image_stem,
    lead_text,
    linked_credit,
    others,
    rehosted_captions,
    script_json,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import VIETNAM, iso_vietnam, slugify
from tests.site.model import Article, Image

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _sections(link: str, item: str) -> str:
    """The site menu: each section as `item` formats it (`{href}`, `{name}`); `link` takes
    `{key}` and `{slug}`."""
    return "".join(
        item.format(
            href=attr(link.format(key=c.key, slug=slugify(c.name))),
            name=esc(c.name),
        )
        for c in content().categories
    )


# --- 1. A community blog on Movable Type 7 ------------------------------------------------------

_MT = "https://xulang.net"
_MORE = "<!--more-->"


def _mt_date(moment: datetime) -> str:
    """MT's `%B %e, %Y %I:%M %p` in its English date language: `February  4, 2022 09:56 AM`."""
    hour = moment.hour % 12 or 12
    return f"{_EN_MONTHS[moment.month - 1]} {moment.day:2d}, {moment.year} {hour:02d}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _mt_basename(article: Article) -> str:
    """MT's dirified basename: underscores, cut at 30 characters."""
    return slugify(article.title).replace("-", "_")[:30].rstrip("_")


def _mt_entry_id(article: Article) -> int:
    return 3100 + article.article_id % 4999


def _mt_thumb(article: Article, img: Image, number: int) -> str:
    """The thumbnail MT's asset insert writes into the entry."""
    asset = _mt_entry_id(article) * 4 + number
    return f"{_MT}/assets_c/{article.published:%Y/%m}/{image_stem(img)}-thumb-640xauto-{asset}.jpg"


def movable_type(article: Article) -> CorpusPage:
    """"Xứ Lạng quê mình", a community blog on Movable Type 7 with the classic blog templates,
    reposting the paper's article: the header with the blog name and description, the
    `#alpha` entry column and the `#beta` sidebar, the `h1#page-title`, the asset meta line
    with the blog account after `Đăng bởi` and the hAtom `abbr.published` (English month
    names, MT has no Vietnamese date language; its `title` and the blogger's own
    `article:published_time` meta are ISO with +07:00), the entry body (the sapo with its
    marker in `<strong>`, then the first blocks) and the extended text in `asset-more`, the
    rich-text editor's pictures as `mt-enclosure` thumbnails linked to the originals, each
    caption as the small centred paragraph under the picture, the credit in bold with the
    source after a `<br />`, the `entry-categories` and `entry-tags` lists, the TrackBack URL,
    readers' comments and the comment form, and the "About this Entry", categories and
    monthly-archives widgets."""
    moment = article.published
    shown = _mt_date(moment)
    iso = iso_vietnam(moment)
    entry = _mt_entry_id(article)
    permalink = f"{_MT}/{moment:%Y/%m}/{_mt_basename(article)}.html"
    cat = category_name(article)
    cat_url = f"{_MT}/{slugify(cat).replace('-', '_')}/"
    captions = rehosted_captions(
        article, lambda i: _mt_thumb(article, i, article.images.index(i) + 1)
    )

    def image(img: Image, number: int) -> str:
        original = f"{_MT}/{moment:%Y/%m}/{image_file(img)}"
        out = (
            f'<p style="text-align: center;"><span class="mt-enclosure mt-enclosure-image" style="display: inline;">'
            f'<a href="{attr(original)}"><img alt="{attr(image_file(img))}" src="{attr(_mt_thumb(article, img, number))}" width="640" height="427" class="mt-image-center" style="text-align: center; display: block; margin: 0 auto 20px;" /></a></span></p>'
        )
        if img.caption:
            out += f'\n<p style="text-align: center;"><span style="font-size: small; color: #666666;">{esc(img.caption)}</span></p>'
        return out

    # The entry's text is split where the blogger put the "more" break: after two paragraphs.
    first, _, rest = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<p><iframe width="560" height="315" src="https://www.youtube.com/embed/xulangvideo" frameborder="0" allowfullscreen></iframe></p>',
        after=lambda n, c: _MORE if n == min(2, c) else "",
    ).partition(_MORE)
    credit = shown_byline(article)
    closing = "<p>"
    if credit:
        closing += f"<strong>{esc(credit)}</strong><br />\n"
    closing += "Nguồn: Báo Lạng Sơn</p>"
    body = f"<p><strong>{esc(lead_text(article))}</strong></p>\n" + first.strip()
    more = rest.strip() + "\n" + closing
    tags = "".join(
        f'<li><a href="javascript:void(0)" onclick="location.href=\'{_MT}/mt/mt-search.cgi?blog_id=1&amp;tag={quote(t)}&amp;limit=20\';return false;" rel="tag">{esc(t)}</a><span class="delimiter">,</span></li>'
        for t in article.tags
    )
    tag_block = (
        f'<div class="entry-tags"><h4>Từ khóa<span class="delimiter">:</span></h4><ul>{tags}</ul></div>'
        if article.tags
        else ""
    )
    recent = "".join(
        f'<li><a href="{_MT}/{o.published:%Y/%m}/{_mt_basename(o)}.html">{esc(o.title)}</a></li>'
        for o in others(article, 6, turn=7)
    )
    previous, following = others(article, 2, turn=11)
    months = "".join(
        f'<li><a href="{_MT}/{y}/{m:02d}/">{_EN_MONTHS[m - 1]} {y}</a></li>'
        for y, m in ((2026, 11), (2026, 10), (2026, 9), (2022, 2), (2021, 3))
    )
    cats = _sections(
        _MT + "/{key}/", '<li class="widget-list-item"><a href="{href}">{name}</a></li>'
    )
    comment_day = moment + timedelta(days=1, hours=3, minutes=17)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="generator" content="Movable Type Pro 7.9.5" />
    <link rel="stylesheet" href="{_MT}/styles.css" type="text/css" />
    <link rel="start" href="{_MT}/" title="Home" />
    <link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{_MT}/atom.xml" />
    <script type="text/javascript" src="{_MT}/mt.js"></script>
    <link rel="prev bookmark" href="{_MT}/{previous.published:%Y/%m}/{_mt_basename(previous)}.html" title="{attr(previous.title)}" />
    <link rel="next bookmark" href="{_MT}/{following.published:%Y/%m}/{_mt_basename(following)}.html" title="{attr(following.title)}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{attr(article.title)}" />
    <meta property="og:url" content="{permalink}" />
    <meta property="og:description" content="{attr(article.lead[:200])}" />
    <meta property="og:site_name" content="Xứ Lạng quê mình" />
    <meta property="article:published_time" content="{iso}" />
    <!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description
    rdf:about="{permalink}"
    trackback:ping="{_MT}/mt/mt-tb.cgi/{entry}"
    dc:title="{attr(article.title)}"
    dc:identifier="{permalink}"
    dc:subject="{attr(cat)}"
    dc:description="{attr(article.lead[:120])}..."
    dc:creator="Ban quản trị"
    dc:date="{iso}" />
</rdf:RDF>
-->
    <title>{esc(article.title)} - Xứ Lạng quê mình</title>
</head>
<body class="mt-entry-archive layout-wt" onload="individualArchivesOnLoad(commenter_name)">
    <div id="container">
        <div id="container-inner">
            <div id="header">
                <div id="header-inner">
                    <div id="header-content">
                        <div id="header-name"><a href="{_MT}/" accesskey="1">Xứ Lạng quê mình</a></div>
                        <div id="header-description">Chuyện quê hương Lạng Sơn - tin tức, văn hóa, du lịch do người xứ Lạng xa quê chia sẻ</div>
                    </div>
                </div>
            </div>
            <div id="content">
                <div id="content-inner">
                    <div id="alpha">
                        <div id="alpha-inner">
                            <ul class="content-nav">
                                <li><a href="{_MT}/{previous.published:%Y/%m}/{_mt_basename(previous)}.html">&laquo; {esc(previous.title)}</a> |</li>
                                <li><a href="{_MT}/">Trang chủ</a></li>
                                <li>| <a href="{_MT}/{following.published:%Y/%m}/{_mt_basename(following)}.html">{esc(following.title)} &raquo;</a></li>
                            </ul>
                            <div id="entry-{entry}" class="entry-asset asset hentry">
                                <div class="asset-header">
                                    <h1 id="page-title" class="asset-name entry-title">{esc(article.title)}</h1>
                                    <div class="asset-meta">
                                        <span class="byline">Đăng bởi <span class="vcard author"><a class="fn url" href="{_MT}/author/admin/">Ban quản trị</a></span></span>
                                        <span class="separator">|</span> <abbr class="published" title="{iso}">{shown}</abbr>
                                        <span class="separator">|</span> <a class="permalink" href="{permalink}">Liên kết</a>
                                        <span class="separator">|</span> <a href="{permalink}#comments">2 Comments</a>
                                        <span class="separator">|</span> <a href="{permalink}#trackback">0 TrackBacks</a>
                                    </div>
                                </div>
                                <div class="asset-content entry-content">
                                    <div class="asset-body">
{body}
                                    </div>
                                    <div id="more" class="asset-more">
{more}
                                    </div>
                                </div>
                                <div class="asset-footer">
                                    <div class="entry-categories">
                                        <h4>Chuyên mục<span class="delimiter">:</span></h4>
                                        <ul><li><a href="{cat_url}" rel="tag">{esc(cat)}</a></li></ul>
                                    </div>
                                    {tag_block}
                                </div>
                            </div>
                            <div id="trackbacks" class="trackbacks">
                                <h2 class="trackbacks-header">TrackBacks</h2>
                                <div class="trackbacks-info">
                                    <p>TrackBack URL: {_MT}/mt/mt-tb.cgi/{entry}</p>
                                </div>
                            </div>
                            <div id="comments" class="comments">
                                <h2 class="comments-header">2 Comments</h2>
                                <div class="comments-content">
                                    <div class="comment" id="comment-{entry * 7}">
                                        <div class="inner">
                                            <div class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author">Nông Văn Thắng</span> | <a href="{permalink}#comment-{entry * 7}"><abbr class="published" title="{iso_vietnam(comment_day)}">{_mt_date(comment_day)}</abbr></a></span></div></div>
                                            <div class="comment-content"><p>Đọc tin quê nhà mà thấy nhớ Lạng Sơn quá. Cảm ơn ban quản trị đã đưa tin.</p></div>
                                        </div>
                                    </div>
                                    <div class="comment" id="comment-{entry * 7 + 1}">
                                        <div class="inner">
                                            <div class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author">Hoàng Thị Mai</span> | <a href="{permalink}#comment-{entry * 7 + 1}"><abbr class="published" title="{iso_vietnam(comment_day + timedelta(hours=5))}">{_mt_date(comment_day + timedelta(hours=5))}</abbr></a></span></div></div>
                                            <div class="comment-content"><p>Mong blog đưa thêm nhiều tin về huyện Tràng Định nữa nhé.</p></div>
                                        </div>
                                    </div>
                                </div>
                                <div class="comments-open" id="comments-open">
                                    <h2 class="comments-open-header">Gửi bình luận</h2>
                                    <div class="comments-open-content">
                                        <div id="comment-greeting"></div>
                                        <form method="post" action="{_MT}/mt/mt-comments.cgi" name="comments_form" id="comments-form" onsubmit="return mtCommentOnSubmit(this)">
                                            <input type="hidden" name="static" value="1" />
                                            <input type="hidden" name="entry_id" value="{entry}" />
                                            <input type="hidden" name="__lang" value="en" />
                                            <div id="comments-open-data">
                                                <div id="comment-form-name"><label for="comment-author">Tên</label> <input id="comment-author" name="author" size="30" value="" /></div>
                                                <div id="comment-form-email"><label for="comment-email">Email</label> <input id="comment-email" name="email" size="30" value="" /></div>
                                                <div id="comment-form-remember-me"><input type="checkbox" id="comment-bake-cookie" name="bakecookie" value="1" /> <label for="comment-bake-cookie">Remember personal info?</label></div>
                                            </div>
                                            <div id="comments-open-text"><label for="comment-text">Bình luận</label> <textarea id="comment-text" name="text" rows="15" cols="50"></textarea></div>
                                            <div id="comments-open-footer" class="comments-open-footer"><input type="submit" accesskey="v" name="preview_button" id="comment-preview" value="Preview" /> <input type="submit" accesskey="s" name="post" id="comment-submit" value="Submit" /></div>
                                        </form>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                    <div id="beta">
                        <div id="beta-inner">
                            <div class="widget-search widget"><h3 class="widget-header">Tìm kiếm</h3><div class="widget-content"><form method="get" action="{_MT}/mt/mt-search.cgi"><input type="text" id="search" class="ti" name="search" value="" /><input type="hidden" name="IncludeBlogs" value="1" /><input type="submit" accesskey="4" value="Search" /></form></div></div>
                            <div class="widget-about-this-page widget"><h3 class="widget-header">About this Entry</h3><div class="widget-content"><p class="first">This page contains a single entry by Ban quản trị published on {shown}.</p><p><a href="{_MT}/{previous.published:%Y/%m}/{_mt_basename(previous)}.html">{esc(previous.title)}</a> was the previous entry in this blog.</p><p><a href="{_MT}/{following.published:%Y/%m}/{_mt_basename(following)}.html">{esc(following.title)}</a> is the next entry in this blog.</p><p>Find recent content on the <a href="{_MT}/">main index</a> or look in the <a href="{_MT}/archives.html">archives</a> to find all content.</p></div></div>
                            <div class="widget-recent-entries widget"><h3 class="widget-header">Bài mới</h3><div class="widget-content"><ul>{recent}</ul></div></div>
                            <div class="widget-archive widget-archive-category widget"><h3 class="widget-header">Chuyên mục</h3><div class="widget-content"><ul class="widget-list">{cats}</ul></div></div>
                            <div class="widget-archive-monthly widget-archive widget"><h3 class="widget-header">Monthly <a href="{_MT}/archives.html">Archives</a></h3><div class="widget-content"><ul>{months}</ul></div></div>
                            <div class="widget-syndication widget"><div class="widget-content"><ul><li><img src="{_MT}/mt-static/images/status_icons/feed.gif" alt="Subscribe to feed" width="9" height="9" /> <a href="{_MT}/atom.xml">Subscribe to this blog's feed</a></li></ul></div></div>
                            <div class="widget-powered widget"><div class="widget-content"><a href="https://www.movabletype.com/"><img src="{_MT}/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type 7.9.5" width="120" height="75" /></a></div></div>
                        </div>
                    </div>
                </div>
            </div>
            <div id="footer">
                <div id="footer-inner">
                    <div id="footer-content">
                        <div class="widget-powered widget"><div class="widget-content">Powered by <a href="https://www.movabletype.com/">Movable Type Pro</a></div></div>
                        <div class="widget-creative-commons widget"><div class="widget-content">Bài đăng lại giữ nguyên bản quyền của cơ quan báo chí. Nội dung blog theo giấy phép Creative Commons.</div></div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("movable_type", article.article_id, url_of(article), page, record)


# --- 2. The literature and arts association's magazine on Textpattern 4.8 ----------------------

_TXP = "https://vannghexulang.vn"


def _txp_image_id(article: Article, number: int) -> int:
    """The id Textpattern gave the uploaded picture (its file is `/images/{id}.jpg`)."""
    return 240 + (article.article_id % 97) * 3 + number


def _txp_iso(moment: datetime) -> str:
    """Textpattern's `iso8601` format: the time in UTC with a `Z`."""
    return f"{moment.replace(tzinfo=VIETNAM).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


def textpattern(article: Article) -> CorpusPage:
    """ "Văn nghệ xứ Lạng", the magazine of the provincial literature and arts association, on
    Textpattern 4.8 with its default theme, reposting the paper's article in the `tin-tuc`
    section: the site header and navigation, `article.article` with `BlogPosting` microdata,
    the `h1` headline, `Đăng ngày` and `<txp:posted />` (`%d/%m/%Y %H:%M`) in a `time` whose
    `datetime` is the `iso8601` format in UTC, the Textpattern account after `Tác giả`, the
    excerpt (the sapo with its marker) as `itemprop="description"`, then the body left
    untouched by Textile: the credit as its own bold paragraph first, then the text, pictures
    from the `figure` shortcode (`<txp:image>`'s absolute `/images/{id}.jpg`, empty `alt`, a `figcaption` only when the
    picture has a caption), the `Từ khóa` line with the keywords as Textpattern stores them
    (comma-joined, no spaces), `Chuyên mục` with `category1`, older/newer links, the comment
    form, the sidebar's search, categories and recent articles, and the footer."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"
    txp_id = 1200 + article.article_id % 877
    permalink = f"{_TXP}/tin-tuc/{txp_id}/{article.slug}"
    cat = category_name(article)
    cat_slug = slugify(cat)
    captions = rehosted_captions(
        article,
        lambda i: f"{_TXP}/images/{_txp_image_id(article, article.images.index(i) + 1)}.jpg",
    )

    def image(img: Image, number: int) -> str:
        ident = _txp_image_id(article, number)
        caption = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="figure"><img src="{_TXP}/images/{ident}.jpg" alt="" width="800" height="533">{caption}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<div class="embed-video"><iframe src="https://www.youtube-nocookie.com/embed/vannghe" width="560" height="315" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    if credit:
        body = f"<p><strong>{esc(credit)}</strong></p>\n{body}"
    keywords = (
        f'<p class="keywords"><strong>Từ khóa</strong> <span itemprop="keywords">{esc(",".join(article.tags))}</span></p>'
        if article.tags
        else ""
    )
    older, newer = others(article, 2, turn=17)
    recent = "".join(
        f'<li><a rel="bookmark" href="{_TXP}/tin-tuc/{1200 + o.article_id % 877}/{o.slug}">{esc(o.title)}</a></li>'
        for o in others(article, 5, turn=5)
    )
    categories = _sections(
        _TXP + "/category/{slug}", '<li><a href="{href}">{name}</a></li>'
    )
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} | Văn nghệ xứ Lạng</title>
<meta name="description" content="{attr(article.lead[:250])}">
<meta name="generator" content="Textpattern CMS">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{permalink}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{_TXP}/rss/">
<link rel="alternate" type="application/atom+xml" title="Atom" href="{_TXP}/atom/">
<link rel="stylesheet" href="{_TXP}/css.php?n=default&amp;t=default">
<script type="application/ld+json">{script_json({"@context": "https://schema.org", "@type": "WebSite", "name": "Văn nghệ xứ Lạng", "url": _TXP + "/", "potentialAction": {"@type": "SearchAction", "target": _TXP + "/?q={search_term_string}", "query-input": "required name=search_term_string"}})}</script>
<link rel="prev" href="{_TXP}/tin-tuc/{1200 + older.article_id % 877}/{older.slug}" title="{attr(older.title)}">
<link rel="next" href="{_TXP}/tin-tuc/{1200 + newer.article_id % 877}/{newer.slug}" title="{attr(newer.title)}">
</head>
<body class="tin-tuc-page" itemscope itemtype="https://schema.org/WebPage">
<div class="wrapper">
<header class="site-header">
<h1 class="site-name"><a rel="home" href="{_TXP}/">Văn nghệ xứ Lạng</a></h1>
<h3 class="site-slogan">Tạp chí của Hội Văn học Nghệ thuật tỉnh Lạng Sơn</h3>
</header>
<nav class="site-navigation" aria-label="Site navigation" itemscope itemtype="https://schema.org/SiteNavigationElement">
<div>
<ul class="section_list">
<li><a href="{_TXP}/">Trang chủ</a></li>
<li class="active"><a href="{_TXP}/tin-tuc/">Tin tức</a></li>
<li><a href="{_TXP}/tac-pham/">Tác phẩm</a></li>
<li><a href="{_TXP}/ly-luan-phe-binh/">Lý luận - Phê bình</a></li>
<li><a href="{_TXP}/nghe-si/">Nghệ sĩ xứ Lạng</a></li>
<li><a href="{_TXP}/lien-he/">Liên hệ</a></li>
</ul>
<form class="search-form" role="search" method="get" action="{_TXP}/"><input type="search" name="q" placeholder="Tìm kiếm"></form>
</div>
</nav>
<div class="wrapper">
<main class="site-main" itemscope itemtype="https://schema.org/WebPageElement" itemprop="mainContentOfPage">
<div class="container">
<div class="layout-container">
<div class="layout-3col-2span">
<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<meta itemprop="mainEntityOfPage" content="{permalink}">
<header>
<h1 itemprop="headline">{esc(article.title)}</h1>
<p><strong>Đăng ngày</strong> <time datetime="{_txp_iso(moment)}" itemprop="datePublished">{shown}</time>
<meta itemprop="dateModified" content="{_txp_iso(moment + timedelta(hours=2, minutes=41))}"></p>
<p><strong>Tác giả</strong> <span itemprop="author publisher" itemscope itemtype="https://schema.org/Person"><span itemprop="name"><a rel="author" href="{_TXP}/author/toa-soan/">Tòa soạn</a></span></span></p>
<p><strong>Bình luận</strong> <a href="{permalink}#comments-head" title="Xem bình luận">0</a></p>
</header>
<div class="excerpt" itemprop="description">
<p>{esc(lead_text(article))}</p>
</div>
<div itemprop="articleBody">
{body}
</div>
{keywords}
<p class="category-list"><strong>Chuyên mục</strong> <span itemprop="keywords"><a rel="tag" href="{_TXP}/category/{cat_slug}">{esc(cat)}</a></span></p>
</article>
<nav class="paginator" aria-label="Article navigation">
<a rel="prev" href="{_TXP}/tin-tuc/{1200 + older.article_id % 877}/{older.slug}" title="{attr(older.title)}">Bài cũ hơn</a>
<a rel="next" href="{_TXP}/tin-tuc/{1200 + newer.article_id % 877}/{newer.slug}" title="{attr(newer.title)}">Bài mới hơn</a>
</nav>
<section class="comments-wrapper">
<h2 id="comments-head">Bình luận</h2>
<form id="txpCommentInputForm" method="post" action="{permalink}#cpreview">
<div class="comments-wrapper">
<p class="comment-name"><label for="name">Tên <b class="required" title="Bắt buộc">*</b></label><input id="name" name="name" type="text" size="32" maxlength="255" value="" required></p>
<p class="comment-email"><label for="email">Email <b class="required" title="Bắt buộc">*</b></label><input id="email" name="email" type="email" size="32" maxlength="254" value="" required></p>
<p class="comment-web"><label for="web">Website</label><input id="web" name="web" type="text" size="32" maxlength="255" value=""></p>
<p class="comment-message"><label for="message">Lời bình <b class="required" title="Bắt buộc">*</b></label><textarea id="message" name="message" cols="25" rows="5" required></textarea></p>
<p class="comment-remember"><input type="checkbox" name="remember" value="1" id="remember" class="checkbox"> <label for="remember">Ghi nhớ</label></p>
<p><input type="submit" name="preview" value="Xem trước" class="button" id="txpCommentPreview"> <input type="submit" name="submit" value="Gửi" class="button disabled" id="txpCommentSubmit" disabled></p>
<input type="hidden" name="parentid" value="{txp_id}">
<input type="hidden" name="backpage" value="{permalink}">
</div>
</form>
</section>
</div>
<div class="complementary-content layout-3col">
<section class="search"><h4>Tìm kiếm</h4><form role="search" method="get" action="{_TXP}/"><p><input name="q" type="search" size="32"><input type="submit" value="Tìm"></p></form></section>
<section class="category-list"><h4>Chuyên mục</h4><ul class="category_list">{categories}</ul></section>
<section class="recent-articles"><h4>Bài mới đăng</h4><ul class="article_list">{recent}</ul></section>
<section class="feeds"><h4>Theo dõi</h4><p><a type="application/rss+xml" href="{_TXP}/rss/">RSS</a> / <a type="application/atom+xml" href="{_TXP}/atom/">Atom</a></p></section>
</div>
</div>
</div>
</main>
</div>
<footer class="site-footer">
<p><small>Tạp chí Văn nghệ xứ Lạng - Hội Văn học Nghệ thuật tỉnh Lạng Sơn. Giấy phép số 12/GP-STTTT ngày 10/05/2019. Tin đăng lại ghi rõ nguồn.</small></p>
<p><small>Published with <a href="https://textpattern.com" rel="external" title="Go to the Textpattern CMS website">Textpattern CMS</a>.</small></p>
</footer>
</div>
<script src="{_TXP}/js/main.js"></script>
</body>
</html>
"""
    record = expected(
        article, dateline=f"Đăng ngày {shown}", published="seconds", captions=captions
    )
    return CorpusPage("textpattern", article.article_id, url_of(article), page, record)
