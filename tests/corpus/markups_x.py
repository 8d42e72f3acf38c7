# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set X: the twenty-third held-out set (scored once sealed at 74.9 %), now tuned on.

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
without any zone does not raise the precision unless the local time the page prints confirms
it; none when the page gives no time), `byline`
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

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from tests.corpus.pages import (
    EN_MONTHS,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
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
    section_menu_from_pattern,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import VIETNAM, iso_vietnam, slugify
from tests.site.model import Article, Image

# --- 1. A community blog on Movable Type 7 ------------------------------------------------------

_MT = "https://xulang.net"
_MORE = "<!--more-->"


def _mt_date(moment: datetime) -> str:
    """MT's `%B %e, %Y %I:%M %p` in its English date language: `February  4, 2022 09:56 AM`."""
    hour = moment.hour % 12 or 12
    return f"{EN_MONTHS[moment.month - 1]} {moment.day:2d}, {moment.year} {hour:02d}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _mt_basename(article: Article) -> str:
    """MT's dirified basename: underscores, cut at 30 characters."""
    return slugify(article.title).replace("-", "_")[:30].rstrip("_")


def _mt_entry_id(article: Article) -> int:
    """The entry's id in the blog."""
    return 3100 + article.article_id % 4999


def _mt_thumb(article: Article, img: Image, number: int) -> str:
    """The thumbnail MT's asset insert writes into the entry."""
    asset = _mt_entry_id(article) * 4 + number
    return f"{_MT}/assets_c/{article.published:%Y/%m}/{image_stem(img)}-thumb-640xauto-{asset}.jpg"


def movable_type(article: Article) -> CorpusPage:
    """ "Xứ Lạng quê mình", a community blog on Movable Type 7 with the classic blog templates,
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
        f'<li><a href="{_MT}/{y}/{m:02d}/">{EN_MONTHS[m - 1]} {y}</a></li>'
        for y, m in ((2026, 11), (2026, 10), (2026, 9), (2022, 2), (2021, 3))
    )
    cats = section_menu_from_pattern(
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
    categories = section_menu_from_pattern(
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


# --- 3. A forum thread on XenForo 2 (tinhte.vn-like) ---------------------------------------------

_XF = "https://forum.xulang.vn"
_XF_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _xf_date(moment: datetime) -> str:
    """XenForo's vi date string, `j/n/y`: `4/2/22`."""
    return f"{moment.day}/{moment.month}/{moment:%y}"


def _xf_time(moment: datetime) -> str:
    """XenForo's `time.u-dt`: ISO with a `+0700` offset, the date string as its text."""
    stamp = int(moment.replace(tzinfo=VIETNAM).timestamp())
    return (
        f'<time class="u-dt" dir="auto" datetime="{moment:%Y-%m-%dT%H:%M:%S}+0700" data-time="{stamp}" '
        f'data-date-string="{_xf_date(moment)}" data-time-string="{moment:%H:%M}" title="{_xf_date(moment)} lúc {moment:%H:%M}">{_xf_date(moment)}</time>'
    )


def _xf_thread(article: Article) -> str:
    """The thread's address on the forum."""
    return f"{_XF}/threads/{article.slug}.{20400 + article.article_id % 9000}/"


def _xf_attachment(article: Article, img: Image, number: int) -> str:
    """The address of a picture the poster uploaded as an attachment."""
    ident = 88000 + (article.article_id % 9000) * 5 + number
    return f"{_XF}/attachments/{slugify(image_file(img))}.{ident}/"


def _xf_user(name: str, ident: int) -> str:
    """A member's name linked to the profile, as XenForo writes it."""
    return f'<a href="{_XF}/members/{slugify(name)}.{ident}/" class="username " dir="auto" data-user-id="{ident}" data-xf-init="member-tooltip">{esc(name)}</a>'


def _xf_message(
    post: int,
    thread: str,
    name: str,
    ident: int,
    title: str,
    joined: str,
    posts: str,
    moment: datetime,
    number: int,
    text: str,
    extra: str = "",
) -> str:
    """One post of the thread, with its user cell, attribution, text and footer."""
    return f"""<article class="message message--post js-post js-inlineModContainer  " data-author="{attr(name)}" data-content="post-{post}" id="js-post-{post}">
<span class="u-anchorTarget" id="post-{post}"></span>
<div class="message-inner">
<div class="message-cell message-cell--user">
<section class="message-user">
<div class="message-avatar "><div class="message-avatar-wrapper"><a href="{_XF}/members/{slugify(name)}.{ident}/" class="avatar avatar--m" data-user-id="{ident}" data-xf-init="member-tooltip"><img src="{_XF}/data/avatars/m/{ident // 1000}/{ident}.jpg?1612345678" alt="{attr(name)}" class="avatar-u{ident}-m" width="96" height="96" loading="lazy" /></a></div></div>
<div class="message-userDetails">
<h4 class="message-name">{_xf_user(name, ident)}</h4>
<h5 class="userTitle message-userTitle" dir="auto">{esc(title)}</h5>
</div>
<div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Tham gia</dt><dd>{joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Bài viết</dt><dd>{posts}</dd></dl>
</div>
<span class="message-userArrow"></span>
</section>
</div>
<div class="message-cell message-cell--main">
<div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="{thread}post-{post}" rel="nofollow">{_xf_time(moment)}</a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="{thread}post-{post}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="{_XF}/posts/{post}/share" aria-label="Chia sẻ" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="{thread}post-{post}" rel="nofollow">#{number}</a></li></ul>
</header>
<div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{post}" data-lb-caption-desc="{attr(name)} &middot; {_xf_date(moment)} lúc {moment:%H:%M}">
<article class="message-body js-selectToQuote">
<div class="bbWrapper">{text}</div>
<div class="js-selectToQuoteEnd">&nbsp;</div>
</article>
</div>
{extra}
</div>
<footer class="message-footer">
<div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="{thread}reply?quote={post}" class="actionBar-action actionBar-action--reply" title="Trả lời, trích dẫn nội dung bài viết này" rel="nofollow" data-xf-click="quote" data-quote-href="{_XF}/posts/{post}/quote">Trả lời</a></div></div>
<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>
</footer>
</div>
</div>
</div>
</article>"""


def xenforo_thread(article: Article) -> CorpusPage:
    """A thread of "Diễn đàn Xứ Lạng", a tinhte.vn-like forum on XenForo 2.2, whose first post
    is the paper's own partner account posting its article the moment it is published: the
    `p-header` logo and `p-nav` tabs, the `p-breadcrumbs` of forum nodes, `h1.p-title-value`
    with the thread prefix label `Tin tức` before the title, the `p-description` with the
    thread starter and the thread's `time.u-dt` (`datetime` with `+0700`, the text `4/2/22`),
    the thread's tags above the posts, post #1 with the user cell (title, join date, post
    count), its own `time.u-dt`, the BB code text in one `bbWrapper` (the sapo with its
    marker in `<b>`, paragraphs separated by `<br />` pairs, full-size attachments in
    centred `bbImageWrapper`s with the file name as `alt`, each caption as the italic line
    under the picture after a `<br />`, videos as s9e media embeds, the credit bold and
    right-aligned, then `Nguồn:` with the link), the account's signature, the reactions bar,
    two readers' replies a day later (one quoting the first paragraph), "Chủ đề tương tự" with
    dates and reply counts, the share block, the cookie notice and the footer. The
    `DiscussionForumPosting` JSON-LD gives the post time in UTC and the forum node as its
    section; the forum shows no section of the paper."""
    moment = article.published
    thread = _xf_thread(article)
    thread_id = 20400 + article.article_id % 9000
    post = 310000 + (article.article_id % 9000) * 3
    captions = rehosted_captions(
        article, lambda i: _xf_attachment(article, i, article.images.index(i) + 1)
    )

    def image(img: Image, number: int) -> str:
        src = attr(_xf_attachment(article, img, number))
        name = attr(image_file(img))
        wrapper = (
            f'<div class="bbImageWrapper  js-lbImage" title="{name}" data-src="{src}" data-lb-sidebar-href="" data-lb-caption-extra-html="" data-single-image="1">'
            f'<img src="{src}" data-url="" class="bbImage" data-zoom-target="1" style="" alt="{name}" title="{name}" width="800" height="533" loading="lazy" /></div>'
        )
        if img.caption:
            wrapper += f"<br />\n<i>{esc(img.caption)}</i>"
        return f'<div style="text-align: center">{wrapper}</div>'

    text = write_numbered_blocks(
        article,
        lambda t, n, c: f"{t}<br />\n<br />",
        image,
        blank="<br />",
        ad="",
        script='<span data-s9e-mediaembed="youtube" style="display:inline-block;width:100%;max-width:640px"><span style="display:block;overflow:hidden;position:relative;padding-bottom:56.25%"><iframe allowfullscreen="" loading="lazy" scrolling="no" style="background:url(https://i.ytimg.com/vi/bls2022/hqdefault.jpg) 50% 50% / cover;border:0;height:100%;left:0;position:absolute;width:100%" src="https://www.youtube.com/embed/bls2022"></iframe></span></span><br />\n<br />',
    )
    credit = shown_byline(article)
    closing = f'<div style="text-align: right"><b>{esc(credit)}</b></div>\n' if credit else ""
    closing += f'Nguồn: <a href="{attr(url_of(article))}" target="_blank" class="link link--external" rel="nofollow ugc noopener">{esc(url_of(article))}</a>'
    first = f"<b>{esc(lead_text(article))}</b><br />\n<br />\n{text}\n{closing}"
    signature = '<aside class="message-signature"><div class="bbWrapper">Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Đọc thêm tin tại <a href="https://baolangson.vn" target="_blank" class="link link--external" rel="nofollow ugc noopener">baolangson.vn</a></div></aside>'
    extra = signature + (
        '<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary">'
        f'<li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img src="{_XF_GIF}" class="reaction-sprite js-reaction" alt="Thích" title="Thích" /></span></li></ul>'
        f'<span class="u-srOnly">Cảm xúc:</span><a class="reactionsBar-link" href="{_XF}/posts/{post}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow"><bdi>hoangminh_ls</bdi>, <bdi>Tuấn Cao Lộc</bdi> và {article.article_id % 37 + 5} người khác</a></div>'
    )
    quoted = esc(article.paragraphs[0].text)
    reply1 = (
        f'<blockquote data-attributes="member: 1024" data-quote="Báo Lạng Sơn" data-source="post: {post}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
        f'<div class="bbCodeBlock-title"><a href="{_XF}/goto/post?id={post}" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-{post}">Báo Lạng Sơn đã viết:</a></div>'
        f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">{quoted}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Bấm để xem đầy đủ nội dung...</a></div></div></blockquote>'
        "Quê mình giờ đổi mới nhiều quá, năm nay Tết nhất định phải về thăm nhà mới được."
    )
    reply2 = "Cảm ơn bác đã chia sẻ tin, mong diễn đàn có thêm nhiều bài về Lạng Sơn như thế này.<br />\nAi ở Thành phố Lạng Sơn cuối tuần đi cà phê giao lưu không ạ?"
    later = moment + timedelta(days=1, hours=2, minutes=14)
    messages = "\n".join(
        (
            _xf_message(
                post,
                thread,
                "Báo Lạng Sơn",
                1024,
                "Đối tác",
                "12/3/20",
                "4.215",
                moment,
                1,
                first,
                extra,
            ),
            _xf_message(
                post + 1,
                thread,
                "hoangminh_ls",
                3381,
                "Thành viên tích cực",
                "7/9/19",
                "862",
                later,
                2,
                reply1,
            ),
            _xf_message(
                post + 2,
                thread,
                "Tuấn Cao Lộc",
                5120,
                "Thành viên mới",
                "2/1/22",
                "37",
                later + timedelta(hours=6, minutes=40),
                3,
                reply2,
            ),
        )
    )
    tags = (
        f'<dl class="tagList tagList--thread-{thread_id} "><dt><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span></dt><dd><span class="js-tagList">'
        + "".join(
            f'<a href="{_XF}/tags/{tag_slug(t)}/" class="tagItem tagItem--tag_{tag_slug(t).replace("-", "_")}" dir="auto">{esc(t)}</a>'
            for t in article.tags
        )
        + "</span></dd></dl>"
        if article.tags
        else ""
    )
    similar = "".join(
        f'<div class="structItem structItem--thread js-inlineModContainer"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a href="{_xf_thread(o)}" class="" data-tp-primary="on">{esc(o.title)}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li>{_xf_user("Báo Lạng Sơn", 1024)}</li><li class="structItem-startDate"><a href="{_xf_thread(o)}" rel="nofollow">{_xf_time(o.published)}</a></li><li><a href="{_XF}/forums/tin-tuc-xu-lang.12/">Tin tức xứ Lạng</a></li></ul></div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Trả lời</dt><dd>{o.article_id % 23}</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>Lượt xem</dt><dd>{o.article_id % 2000 + 310}</dd></dl></div></div>'
        for o in others(article, 4, turn=19)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "@id": thread,
        "headline": article.title,
        "articleBody": (article.lead_prefix + article.lead)[:250] + "…",
        "articleSection": "Tin tức xứ Lạng",
        "author": {"@type": "Person", "name": "Báo Lạng Sơn"},
        "datePublished": moment.replace(tzinfo=VIETNAM).astimezone(UTC).isoformat(),
        "dateModified": later.replace(tzinfo=VIETNAM).astimezone(UTC).isoformat(),
        "image": f"{_XF}/data/avatars/o/1/1024.jpg?1612345678",
        "interactionStatistic": {
            "@type": "InteractionCounter",
            "interactionType": "https://schema.org/ReplyAction",
            "userInteractionCount": 2,
        },
    }
    title = f"Tin tức - {article.title}"
    page = f"""<!DOCTYPE html>
<html id="XF" lang="vi-VN" dir="LTR" data-app="public" data-template="thread_view" data-container-key="node-12" data-content-key="thread-{thread_id}" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1669170000,3f1a9c0e2b7d45e1" class="has-no-js template-thread_view">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{esc(title)} | Diễn đàn Xứ Lạng</title>
<link rel="manifest" href="{_XF}/webmanifest.php">
<meta name="theme-color" content="#185886" />
<meta name="description" content="{attr((article.lead_prefix + article.lead)[:155])}…" />
<meta property="og:description" content="{attr((article.lead_prefix + article.lead)[:155])}…" />
<meta property="twitter:description" content="{attr((article.lead_prefix + article.lead)[:155])}…" />
<link rel="canonical" href="{thread}" />
<meta property="og:site_name" content="Diễn đàn Xứ Lạng" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{attr(title)}" />
<meta property="twitter:title" content="{attr(title)}" />
<meta property="og:url" content="{thread}" />
<meta property="og:image" content="{_XF}/styles/xulang/og-logo.png" />
<meta property="twitter:card" content="summary" />
<link rel="stylesheet" href="{_XF}/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=2&amp;d=1669100000&amp;k=8c2f" />
<link rel="stylesheet" href="{_XF}/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Anotices.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Astructured_list.less%2Cpublic%3Aextra.less&amp;s=3&amp;l=2&amp;d=1669100000&amp;k=51aa" />
<script src="{_XF}/js/xf/preamble.min.js?_v=4b8e1c2f"></script>
<link rel="icon" type="image/png" href="{_XF}/styles/xulang/favicon.png" sizes="32x32" />
<script type="application/ld+json">
{script_json(ld)}
</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="{_XF}/"><img src="{_XF}/styles/xulang/logo.png" srcset="{_XF}/styles/xulang/logo-2x.png 2x" alt="Diễn đàn Xứ Lạng" width="220" height="40" /></a></div>
</div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
<nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl " ><a href="{_XF}/" class="p-navEl-link " data-nav-id="home">Trang chủ</a></div></li>
<li><div class="p-navEl is-selected" data-has-children="true"><a href="{_XF}/forums/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="forums">Diễn đàn</a><a data-xf-key="2" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a></div></li>
<li><div class="p-navEl " ><a href="{_XF}/whats-new/" class="p-navEl-link " data-nav-id="whatsNew">Có gì mới?</a></div></li>
<li><div class="p-navEl " ><a href="{_XF}/members/" class="p-navEl-link " data-nav-id="members">Thành viên</a></div></li>
</ul>
</div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="{_XF}/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Đăng nhập</span></a><a href="{_XF}/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Đăng ký</span></a></div>
<div class="p-navgroup p-discovery"><a href="{_XF}/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="Có gì mới?" title="Có gì mới?"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Có gì mới?</span></a><a href="{_XF}/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" data-xf-key="/" aria-label="Tìm kiếm" aria-expanded="false" aria-haspopup="true" title="Tìm kiếm"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Tìm kiếm</span></a></div>
</div>
</div></nav>
</div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list"><li><div class="p-navEl " ><a href="{_XF}/whats-new/posts/" class="p-navEl-link " data-nav-id="newPosts">Bài mới</a></div></li><li><div class="p-navEl " ><a href="{_XF}/search/?type=post" class="p-navEl-link " data-nav-id="searchForums">Tìm trong diễn đàn</a></div></li></ul></div></div></div>
<div class="p-body">
<div class="p-body-inner">
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{_XF}/forums/" itemprop="item"><span itemprop="name">Diễn đàn</span></a><meta itemprop="position" content="1" /></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{_XF}/forums/#thong-tin-su-kien.3" itemprop="item"><span itemprop="name">Thông tin - Sự kiện</span></a><meta itemprop="position" content="2" /></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{_XF}/forums/tin-tuc-xu-lang.12/" itemprop="item"><span itemprop="name">Tin tức xứ Lạng</span></a><meta itemprop="position" content="3" /></li>
</ul>
<div class="p-body-header">
<div class="p-title "><h1 class="p-title-value"><span class="label label--blue" dir="auto">Tin tức</span><span class="label-append">&nbsp;</span>{esc(article.title)}</h1></div>
<div class="p-description">
<ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Người tạo chủ đề"></i><span class="u-srOnly">Người tạo chủ đề</span> {_xf_user("Báo Lạng Sơn", 1024)}</li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Ngày gửi"></i><span class="u-srOnly">Ngày gửi</span> <a href="{thread}" class="u-concealed">{_xf_time(moment)}</a></li>
</ul>
</div>
</div>
<div class="p-body-main  ">
<div class="p-body-content">
<div class="p-body-pageContent">
<div class="block-outer"><div class="block-outer-main">{tags}</div><div class="block-outer-opposite"><div class="buttonGroup"><a href="{thread}watch" class="button--link button" data-xf-click="switch-overlay" data-sk-watch="Theo dõi" data-sk-unwatch="Bỏ theo dõi"><span class="button-text">Theo dõi</span></a></div></div></div>
<div class="block block--messages" data-xf-init="" data-type="post" data-href="{_XF}/inline-mod/" data-search-target="*">
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{thread_id}" data-lb-universal="0">
<div class="block-body js-replyNewMessageContainer">
{messages}
</div>
</div>
</div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="{_XF}/login/" class="button--link button" data-xf-click="overlay"><span class="button-text">Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết.</span></a></div></div>
<div class="block" data-widget-id="9" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
<div class="block-container"><h3 class="block-header">Chủ đề tương tự</h3><div class="block-body"><div class="structItemContainer">{similar}</div></div></div>
</div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc="" data-page-image=""><span class="shareButtons-label">Chia sẻ:</span><div class="shareButtons-buttons"><a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" data-href="https://www.facebook.com/sharer.php?u={{url}}"><i aria-hidden="true"></i><span>Facebook</span></a><a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share" data-title="" data-text="" data-url="" data-hide=".shareButtons-button:not(.shareButtons-button--share)"><i aria-hidden="true"></i><span>Chia sẻ</span></a><a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="{{url}}"><i aria-hidden="true"></i><span>Link</span></a></div></div></div>
</div>
</div>
</div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{_XF}/forums/" itemprop="item"><span itemprop="name">Diễn đàn</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{_XF}/forums/#thong-tin-su-kien.3" itemprop="item"><span itemprop="name">Thông tin - Sự kiện</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{_XF}/forums/tin-tuc-xu-lang.12/" itemprop="item"><span itemprop="name">Tin tức xứ Lạng</span></a><meta itemprop="position" content="3" /></li></ul>
</div>
</div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList"><li><a href="{_XF}/misc/style" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Xứ Lạng Light</a></li><li><a href="{_XF}/misc/language" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-globe" aria-hidden="true"></i> Tiếng Việt</a></li></ul></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="{_XF}/misc/contact" data-xf-click="overlay">Liên hệ</a></li><li><a href="{_XF}/help/terms/">Nội quy diễn đàn</a></li><li><a href="{_XF}/help/privacy-policy/">Chính sách bảo mật</a></li><li><a href="{_XF}/help/">Trợ giúp</a></li><li><a href="{_XF}/">Trang chủ</a></li><li><a href="{_XF}/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div>
</div></footer>
</div>
<div class="u-bottomFixer js-bottomFixTarget">
<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div class="u-alignCenter">Trang web này sử dụng cookie để cá nhân hóa nội dung, tùy chỉnh trải nghiệm và giữ bạn luôn đăng nhập nếu bạn đăng ký.<br />Tiếp tục sử dụng trang web là bạn đồng ý với việc chúng tôi dùng cookie.</div><div class="u-inputSpacer u-alignCenter"><a href="{_XF}/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Chấp nhận</span></a><a href="{_XF}/help/cookies" class="button--notice button"><span class="button-text">Tìm hiểu thêm…</span></a></div></div></li>
</ul>
</div>
<script src="{_XF}/js/vendor/jquery/jquery-3.5.1.min.js?_v=4b8e1c2f"></script>
<script src="{_XF}/js/xf/core-compiled.js?_v=4b8e1c2f"></script>
<script>jQuery.extend(true, XF.config, {{"userId": 0, "enablePush": false, "url": {{"fullBase": "{_XF}/", "basePath": "/"}}, "cookie": {{"path": "/", "domain": "", "prefix": "xf_"}}}});</script>
</body>
</html>
"""
    record = expected(article, dateline=_xf_date(moment), published="seconds", captions=captions)
    record["category"] = None
    return CorpusPage("xenforo_thread", article.article_id, url_of(article), page, record)


# --- 4. baolangson.vn redesigned after Báo Bắc Giang, on a provincial vendor's CMS ---------------

_BG_CDN = "https://cdn.baolangson.vn"
_BG_LAZY = "/assets/images/lazy-bg.gif"


def _bg_image(article: Article, img: Image) -> str:
    """Where the vendor's CMS keeps the picture: by upload day, with the upload's hash."""
    return f"{_BG_CDN}/images/news/{article.published:%Y/%m/%d}/{stable_digest(img.src)[:10]}-{image_file(img)}"


def _bg_path(other: Article) -> str:
    """Another article's path on the redesigned site."""
    return f"/{slugify(category_name(other))}/{other.slug}-{other.article_id}.html"


def bacgiang_like(article: Article) -> CorpusPage:
    """baolangson.vn redesigned after Báo Bắc Giang on the vendor's CMS that several provincial
    papers run: the top bar with the masthead's today date, the weather and the hotline, the
    links to the print edition and the Tày-Nùng and Dao language editions, the logo and the
    menu, a breadcrumb with the section, `h1.title-detail`, the info row with `09:56,
    04/02/2022`, the view count, the read-aloud player and its duration, the sapo with its
    marker in `h2.sapo`, the CKEditor 4 text (justified paragraphs, `image2` figures with
    `figcaption` centred in a `div`, uncaptioned pictures in a centred paragraph, every picture
    behind the vendor's lazy-load gif with the real address in `data-src`), a "Tin liên quan"
    box of two links inside the text after the second paragraph, the credit bold and
    right-aligned with each author's name linked to the author page, `Từ khóa:`, the share
    and print tools, the readers' comment form, "Tin cùng chuyên mục" with times, the "Đọc
    nhiều" sidebar and the footer with the licence and the editor-in-chief. A `NewsArticle`
    JSON-LD gives the time with +07:00 (the paper as author) and the `article:*` metas repeat
    it without a zone."""
    moment = article.published
    shown = f"{moment:%H:%M}, {dmy(moment)}"
    cat = category_name(article)
    cat_path = "/" + slugify(cat)
    captions = rehosted_captions(article, lambda i: _bg_image(article, i))
    modified = moment + timedelta(hours=1, minutes=47, seconds=12)
    related = others(article, 2, turn=23)
    box = (
        '<div class="box-tinlienquan"><div class="title-tlq">Tin liên quan</div><ul>'
        + "".join(
            f'<li><a href="{attr(_bg_path(o))}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
            for o in related
        )
        + "</ul></div>"
    )

    def paragraph(text: str, number: int, count: int) -> str:
        return f'<p style="text-align: justify;">{text}</p>'

    def image(img: Image, number: int) -> str:
        tag = f'<img alt="" class="lazy" data-src="{attr(_bg_image(article, img))}" src="{_BG_LAZY}" width="800" height="533" />'
        if not img.caption:
            return f'<p style="text-align: center;">{tag}</p>'
        return (
            '<div style="text-align:center">'
            f'<figure class="image" style="display:inline-block">{tag}<figcaption>{esc(img.caption)}</figcaption></figure>'
            "</div>"
        )

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-inread"><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>',
        script='<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/baolangsontv" width="640"></iframe></p>',
        after=lambda n, c: box if n == 2 and c >= 4 else "",
    )
    credit = shown_byline(article)
    author = (
        f'<div class="author-detail"><p style="text-align: right;"><strong>{linked_credit(article, lambda n: f"/tac-gia/{slugify(n)}.html")}</strong></p></div>'
        if credit
        else ""
    )
    tags = (
        '<div class="tags-detail"><span class="title-tag">Từ khóa:</span> '
        + " ".join(
            f'<a href="/tag/{tag_slug(t)}.html" title="{attr(t)}">{esc(t)}</a>'
            for t in article.tags
        )
        + "</div>"
        if article.tags
        else ""
    )
    menu = section_menu_from_pattern(
        "/{slug}", '<li class="menu-item"><a href="{href}" title="{name}">{name}</a></li>'
    )
    same = "".join(
        f'<li><a href="{attr(_bg_path(o))}" class="title-news">{esc(o.title)}</a> <span class="time">{o.published:%H:%M}, {dmy(o.published)}</span></li>'
        for o in others(article, 6, turn=29)
    )
    most = "".join(
        f'<li><span class="number">{n}</span><a href="{attr(_bg_path(o))}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=41), 1)
    )
    first_image = (
        _bg_image(article, article.images[0])
        if article.images
        else f"{_BG_CDN}/assets/images/logo-share.png"
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "headline": article.title,
        "description": article.lead,
        "image": {"@type": "ImageObject", "url": first_image, "width": 800, "height": 533},
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(modified),
        "author": {"@type": "Organization", "name": "Báo Lạng Sơn"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": f"{_BG_CDN}/assets/images/logo.png"},
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "item": {"@id": "https://baolangson.vn/", "name": "Trang chủ"},
            },
            {
                "@type": "ListItem",
                "position": 2,
                "item": {"@id": "https://baolangson.vn" + cat_path, "name": cat},
            },
        ],
    }
    duration = 60 + len(" ".join(p.text for p in article.paragraphs)) // 14
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta name="news_keywords" content="{attr(", ".join(article.tags))}">
<link rel="canonical" href="{url_of(article)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{url_of(article)}">
<meta property="og:image" content="{attr(first_image)}">
<meta property="article:section" content="{attr(cat)}">
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S}">
<meta property="article:modified_time" content="{modified:%Y-%m-%dT%H:%M:%S}">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css?v=3.2">
<link rel="stylesheet" href="/assets/css/style.css?v=3.2">
<script type="application/ld+json">{script_json(ld)}</script>
<script type="application/ld+json">{script_json(crumbs)}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LS2021BLS"></script>
</head>
<body class="page-detail">
<div class="top-bar"><div class="container"><div class="row">
<div class="col-md-7"><span class="date-today">{weekday(SERVED)}, ngày {dmy(datetime.combine(SERVED, datetime.min.time()))}</span> <span class="weather"><img src="/assets/images/weather/04d.png" alt=""> Lạng Sơn 18°C</span> <span class="hotline">Đường dây nóng: <a href="tel:02053812390">0205.3812.390</a></span></div>
<div class="col-md-5 text-right"><a href="https://baoin.baolangson.vn" target="_blank">Báo in</a> | <a href="/tieng-tay-nung">Tiếng Tày - Nùng</a> | <a href="/tieng-dao">Tiếng Dao</a> | <a href="/rss">RSS</a></div>
</div></div></div>
<header class="header"><div class="container"><div class="logo"><a href="/" title="Báo Lạng Sơn"><img src="/assets/images/logo.png" alt="Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn"></a></div>
<div class="banner-top"><a href="/chuyen-de/chuyen-doi-so"><img src="/assets/images/banner-cds.jpg" alt="Chuyển đổi số tỉnh Lạng Sơn"></a></div></div></header>
<nav class="main-menu"><div class="container"><ul class="nav-menu"><li class="menu-item home"><a href="/"><i class="fa fa-home"></i></a></li>{menu}<li class="menu-item"><a href="/video">Video</a></li><li class="menu-item"><a href="/emagazine">eMagazine</a></li></ul></div></nav>
<main class="main-detail"><div class="container"><div class="row">
<div class="col-md-8 col-left">
<div class="breadcrumb-detail"><a href="/" class="home">Trang chủ</a> <i class="fa fa-angle-right"></i> <a href="{attr(cat_path)}" class="cate">{esc(cat)}</a></div>
<div class="detail-news">
<h1 class="title-detail">{esc(article.title)}</h1>
<div class="info-detail clearfix">
<span class="time-detail"><i class="fa fa-clock-o"></i> {shown}</span>
<span class="view-detail"><i class="fa fa-eye"></i> {(article.article_id * 7) % 4000 + 215}</span>
<span class="tool-detail"><a href="javascript:;" class="font-down">A-</a> <a href="javascript:;" class="font-up">A+</a> <a href="javascript:window.print();" class="print"><i class="fa fa-print"></i></a></span>
</div>
<div class="audio-detail"><span class="label-audio"><i class="fa fa-headphones"></i> Nghe đọc bài</span><audio controls preload="none" src="https://audio.baolangson.vn/{moment:%Y/%m/%d}/{article.article_id}.mp3"></audio><span class="duration">{duration // 60:02d}:{duration % 60:02d}</span></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="noidung-chitiet" id="abody">
{body}
</div>
{author}
{tags}
<div class="share-detail"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" target="_blank" class="fb"><i class="fa fa-facebook"></i></a> <a href="https://sp.zalo.me/share_inline?d={quote(url_of(article))}" target="_blank" class="zalo">Zalo</a></div>
<div class="comment-detail"><div class="title-comment">Ý kiến bạn đọc (0)</div><form action="/comment/post" method="post"><textarea name="content" placeholder="Nhập ý kiến của bạn (Bình luận được kiểm duyệt trước khi đăng)"></textarea><input type="text" name="fullname" placeholder="Họ và tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi ý kiến</button></form></div>
</div>
<div class="box-same-cate"><h3 class="title-box"><a href="{attr(cat_path)}">Tin cùng chuyên mục</a></h3><ul>{same}</ul></div>
</div>
<div class="col-md-4 col-right">
<div class="box-docnhieu"><h3 class="title-box">Đọc nhiều</h3><ul>{most}</ul></div>
<div class="box-banner"><a href="https://dichvucong.langson.gov.vn" target="_blank"><img src="/assets/images/banner-dvc.jpg" alt="Dịch vụ công trực tuyến"></a></div>
</div>
</div></div></main>
<footer class="footer"><div class="container">
<p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p>
<p>Giấy phép hoạt động báo điện tử số 478/GP-BTTTT ngày 05/10/2021 của Bộ Thông tin và Truyền thông</p>
<p>Tổng Biên tập: Hoàng Thanh Tùng. Phó Tổng Biên tập: Nông Văn Hưng, Lương Thị Thanh Hương</p>
<p>Địa chỉ: Số 25 đường Hoàng Văn Thụ, thành phố Lạng Sơn. Điện thoại: 0205.3812.390. Email: baolangson@gmail.com</p>
<p>® Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/jquery.lazy.min.js"></script>
<script>$(function(){{$('img.lazy').Lazy();}});</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("bacgiang_like", article.article_id, url_of(article), page, record)


# --- 5. The provincial journalists' association's site on Backdrop CMS 1 ------------------------

_BD = "https://hoinhabaolangson.org.vn"


def _bd_nid(article: Article) -> int:
    """The node id of the repost."""
    return 2600 + article.article_id % 1777


def _bd_file_id(article: Article, number: int) -> int:
    """The managed file id of a picture uploaded through the editor."""
    return 900 + (article.article_id % 499) * 4 + number


def _bd_image(img: Image) -> str:
    """Where Backdrop's editor dialog stored the re-uploaded picture."""
    return f"{_BD}/files/inline-images/{image_file(img)}"


def backdrop_cms(article: Article) -> CorpusPage:
    """The site of the provincial journalists' association on Backdrop CMS 1.x with the Basis
    theme and the Moscone Flipped layout, reposting the paper's article as an Article node:
    the `l-header` block with the site name and dropdown menu, the Home-only breadcrumb,
    `h1.page-title` in `l-page-title`, the node's core submitted line `Gửi bởi bientap vào
    Thứ Sáu, 04/02/2022 - 09:56` (the site account, the `l, d/m/Y - H:i` medium format), then
    the fields: the sapo (`field_sapo`, with its marker, in bold), the body (CKEditor
    paragraphs; pictures from the editor's dialog as `<img data-file-id data-align
    data-caption>` rendered by the caption filter into `figure.caption.caption-img` with a
    `figcaption`, uncaptioned ones as a plain `img.align-center`; iframes stripped by the
    Filtered HTML format), `Tác giả:` with the credit and `Nguồn:` inline, `Chuyên mục:`
    inline, the tags with their label above, the comment links and form, the sidebar's "Tin
    mới" view with dates and the association's notices, and the footer with "Powered by
    Backdrop CMS". Metatag writes OpenGraph with `article:published_time` in +07:00."""
    moment = article.published
    nid = _bd_nid(article)
    stamp = f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"
    path = f"{_BD}/tin-tuc/{article.slug}"
    cat = category_name(article)
    captions = rehosted_captions(article, _bd_image)

    def image(img: Image, number: int) -> str:
        tag = f'<img data-file-id="{_bd_file_id(article, number)}" src="{attr(_bd_image(img))}" width="800" height="533" alt=""'
        if img.caption:
            return f'<figure class="caption caption-img align-center">{tag} /><figcaption>{esc(img.caption)}</figcaption></figure>'
        return f'<p>{tag} class="align-center" /></p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script="<p></p>",
    )

    def field(
        name: str, kind: str, items: list[str], label: str = "", where: str = "hidden"
    ) -> str:
        shown = f'<div class="field-label">{label}:&nbsp;</div>' if label else ""
        cells = "".join(
            f'<div class="field-item {"even" if n % 2 == 0 else "odd"}">{item}</div>'
            for n, item in enumerate(items)
        )
        extra = " clearfix" if where == "inline" else ""
        return f'<div class="field field-name-field-{name} field-type-{kind} field-label-{where}{extra}">{shown}<div class="field-items">{cells}</div></div>'

    credit = shown_byline(article)
    fields = [
        field("sapo", "text-long", [f"<p><strong>{esc(lead_text(article))}</strong></p>"]),
        f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">{body}</div></div></div>',
    ]
    if credit:
        fields.append(field("tac-gia", "text", [esc(credit)], "Tác giả", "inline"))
    fields.append(field("nguon", "text", ["Báo Lạng Sơn"], "Nguồn", "inline"))
    fields.append(
        field(
            "chuyen-muc",
            "taxonomy-term-reference",
            [f'<a href="/chuyen-muc/{slugify(cat)}">{esc(cat)}</a>'],
            "Chuyên mục",
            "inline",
        )
    )
    if article.tags:
        fields.append(
            field(
                "tags",
                "taxonomy-term-reference",
                [f'<a href="/tags/{tag_slug(t)}">{esc(t)}</a>' for t in article.tags],
                "Tags",
                "above",
            )
        )
    latest = "".join(
        f'<div class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/{o.slug}">{esc(o.title)}</a></span></span> <span class="views-field views-field-created"><span class="field-content">{dmy(o.published)}</span></span></div>'
        for o in others(article, 5, turn=13)
    )
    menu = "".join(
        f'<li class="leaf"><a href="{h}">{esc(n)}</a></li>'
        for h, n in (
            ("/gioi-thieu", "Giới thiệu"),
            ("/tin-tuc", "Tin tức"),
            ("/hoat-dong-hoi", "Hoạt động Hội"),
            ("/giai-bao-chi", "Giải báo chí"),
            ("/hoi-vien", "Hội viên"),
            ("/lien-he", "Liên hệ"),
        )
    )
    settings = {
        "basePath": "/",
        "pathPrefix": "",
        "drupalCompatibility": True,
        "ajaxPageState": {"theme": "basis", "theme_token": stable_digest(path)[:22]},
    }
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
  <head>
    <meta charset="utf-8" />
<link rel="shortcut icon" href="{_BD}/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="{attr(article.lead[:300])}" />
<meta name="generator" content="Backdrop CMS 1 (https://backdropcms.org)" />
<link rel="canonical" href="{path}" />
<link rel="shortlink" href="{_BD}/node/{nid}" />
<meta property="og:site_name" content="Hội Nhà báo tỉnh Lạng Sơn" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{path}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead[:300])}" />
<meta property="og:updated_time" content="{iso_vietnam(moment + timedelta(days=2, hours=1))}" />
<meta property="article:published_time" content="{iso_vietnam(moment)}" />
<meta property="article:modified_time" content="{iso_vietnam(moment + timedelta(days=2, hours=1))}" />
    <title>{esc(article.title)} | Hội Nhà báo tỉnh Lạng Sơn</title>
    <link rel="stylesheet" href="{_BD}/files/css/css_kS7vB0dyEwXu3ojBCcfmj3V3qd5mbIqtf3Xq5aX3N9Y.css" media="all" />
<link rel="stylesheet" href="{_BD}/files/css/css_Pd3R2aN9QvWvXo0P9U3rHh8f1x0dGm5cK2bqY7nL4sE.css" media="all" />
    <script>window.Backdrop = {{settings: {script_json(settings)}}};</script>
<script src="{_BD}/files/js/js_2sQ8mJ7vLq1dM0Yb6Xr5tG4eH3nK9pW8aZ1cV0uF7oI.js"></script>
  </head>
  <body class="page node-type-article page-node-{nid}">
    <div class="layout--moscone-flipped layout">
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a>
  </div>

      <header class="l-header" role="banner" aria-label="Site header">
      <div class="l-header-inner container container-fluid">
        <div class="block block-system-header">
  <div class="block-content">
    <div class="header-identity-wrapper">
  <div class="header-site-name-wrapper">
    <a href="/" title="Trang chủ" class="header-site-name-link" rel="home">
      <div class="header-logo-wrapper"><img src="{_BD}/files/logo-hnb.png" alt="Trang chủ" class="header-logo" width="72" height="72" /></div>
      <strong>Hội Nhà báo tỉnh Lạng Sơn</strong>
    </a>
  </div>
  <div class="header-site-slogan">Tổ chức chính trị - xã hội - nghề nghiệp của những người làm báo xứ Lạng</div>
</div>
  </div>
</div>
<div class="block block-system-main-menu block-menu" role="navigation">
  <div class="block-content">
    <ul class="menu-dropdown menu" data-menu-style="dropdown" data-clickdown="" data-collapse="default">{menu}</ul>
  </div>
</div>
      </div>
    </header>

  <div class="l-wrapper">
    <div class="l-wrapper-inner container container-fluid">

      <div class="l-page-title">
        <a id="main-content"></a>
        <h1 class="page-title">{esc(article.title)}</h1>
      </div>

      <nav class="breadcrumb" aria-label="Website Orientation"><ol><li><a href="/">Trang chủ</a></li></ol></nav>

      <div class="l-messages" role="status" aria-label="Status messages"></div>

      <div class="l-middle row">
        <main class="l-content col-md-8" role="main" aria-label="Main content">
          <div class="block block-system-main">
  <div class="block-content">
    <article class="node node-article view-mode-full clearfix" role="article">

      <footer>
            <p class="submitted">Gửi bởi <span class="username">bientap</span> vào {stamp}</p>
    </footer>

  <div class="content clearfix">
    {"".join(fields)}
  </div>

  <ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/{nid}#comment-form" title="Chia sẻ ý kiến của bạn về bài viết này.">Thêm bình luận</a></li></ul>
  <section class="comments" id="comments">
    <h2 class="title comment-form">Thêm bình luận</h2>
    <form class="comment-form" action="/comment/reply/{nid}" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">Tên của bạn </label>
 <input type="text" id="edit-name" name="name" value="Khách" size="30" maxlength="60" class="form-text" />
</div>
<div class="form-item form-type-textfield form-item-subject">
  <label for="edit-subject">Tiêu đề </label>
 <input type="text" id="edit-subject" name="subject" value="" size="60" maxlength="64" class="form-text" />
</div>
<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div class="form-item form-type-textarea form-item-comment-body-und-0-value">
  <label for="edit-comment-body-und-0-value">Bình luận <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <div class="form-textarea-wrapper resizable"><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div>
</div></div><input type="hidden" name="form_build_id" value="form-{stable_digest(path)[:16]}" />
<input type="hidden" name="form_id" value="comment_node_article_form" />
<div class="form-actions" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Lưu" class="button-primary form-submit" /><input type="submit" id="edit-preview" name="op" value="Xem trước" class="form-submit" /></div></div></form>
  </section>

</article>
  </div>
</div>
        </main>
        <div class="l-sidebar l-sidebar-first col-md-4">
          <div class="block block-views-tin-moi-block">
  <h2 class="block-title">Tin mới</h2>
  <div class="block-content">
    <div class="view view-tin-moi view-id-tin_moi view-display-id-block"><div class="view-content">{latest}</div></div>
  </div>
</div>
<div class="block block-block-thong-bao">
  <h2 class="block-title">Thông báo của Hội</h2>
  <div class="block-content"><p>Thông báo thu hội phí năm {SERVED.year} (hạn nộp 15/12/{SERVED.year}).</p><p>Kế hoạch tổ chức Giải Báo chí tỉnh Lạng Sơn lần thứ XVII.</p></div>
</div>
        </div>
      </div>
    </div>
  </div>

    <footer class="l-footer">
      <div class="l-footer-inner container container-fluid">
        <div class="block block-block-footer-info">
  <div class="block-content"><p>HỘI NHÀ BÁO TỈNH LẠNG SƠN - Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn - Điện thoại: 0205.3872.456</p></div>
</div>
<div class="block block-system-powered-by">
  <div class="block-content">
    <span>Powered by <a href="https://backdropcms.org">Backdrop CMS</a></span>
  </div>
</div>
      </div>
    </footer>
  </div>
  </body>
</html>
"""
    record = expected(article, dateline=stamp, published="seconds", captions=captions)
    return CorpusPage("backdrop_cms", article.article_id, url_of(article), page, record)


MARKUPS_X: dict[str, Renderer] = {
    "movable_type": movable_type,
    "textpattern": textpattern,
    "xenforo_thread": xenforo_thread,
    "bacgiang_like": bacgiang_like,
    "backdrop_cms": backdrop_cms,
}
