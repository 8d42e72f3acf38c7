# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set W: the twenty-second held-out set (scored once sealed at 82.2 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: baolangson.vn rebuilt on ExpressionEngine 7 (channel entry
templates, the Rich Text Editor's CKEditor figures and, in entries migrated from the old site,
its caption tables in `figure.table`, file-manager manipulations under `_large/`,
`{entry_date format="%c"}` as an ISO `article:published_time` beside the printed `Thứ Sáu,
04/02/2022 - 09:56`, the member account as "Người đăng" and the credit field after the text,
the comment form with its `ACT`/`csrf_token` fields, the consent banner), a photography club's
static site built with Publii (the theme's hero header, moment's vi date `4 tháng 2, 2022` in a
`<time>` whose `datetime` has no seconds and no zone, Publii's JSON-LD `Article` with the same
zone-less time and the site account as `Person` author, responsive `srcset` pictures under
`/media/posts/<id>/`, tags but no sections, the GDPR cookie banner), the province's
digital-transformation knowledge base on VitePress reposting the article (SSG output with
`data-v-` scope attributes and `<!--[-->` fragment comments, the heading's `header-anchor`
with a zero-width space, a custom post-meta component with the section badge and an ISO
`datetime`, the sapo as a Markdown blockquote, hashed `/assets/` pictures with the caption as
the italic paragraph under them, `#` before each tag, the git "last updated" time in UTC),
the paper in a 24h.com.vn-like template (the sapo in an `h2`, 24h's `Thứ Sáu, ngày 04/02/2022
09:56 AM (GMT+7)` with the 24-hour clock and AM/PM, the `img_chu_thich_0407` caption
paragraph, uncaptioned pictures with the title as `alt`, a "Tin liên quan" box inside the
text, quarter folders `/upload/1-2022/images/2022-02-04/`, `data-original` lazy pictures,
weather and gold-price widgets), and a public Confluence Server 7 space of the provincial
Party propaganda board's press clippings (English Confluence chrome, the Page Properties macro table with
`Nguồn`, `Chuyên mục`, `Ngày đăng` and `Tác giả` rows, attachments addressed relative to the
page with their `version`/`modificationDate` query, captions as centred italic paragraphs,
Confluence labels, which are lower case with hyphens for spaces, "Created by …, last modified
on …"). The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any: in a label-and-value row the label joined to the value, as
`Ngày đăng 04/02/2022 09:56`), `published_at` as precise as the page gives it anywhere (an
ISO time with its zone in a meta, JSON-LD or `datetime` counts to the second; a printed local
time counts to the minute; a machine time written without any zone does not count unless the
local time the page prints confirms it, and a printed date alone gives no time; none when the page gives no time), `byline` the credit as
shown (without a field label such as `Tác giả`, never a source line such as `Nguồn: Báo Lạng
Sơn`, nor the member, site account or Confluence user who posted the page), `authors` the
names in it, `tags` only the tags the page shows, as it shows them (without the `#` printed
before each; a Confluence label as the label reads), `category` the top-level section the page
shows (none on the Publii repost, which shows no section of the paper), a caption's
`image_url` the address the page serves the picture from (the `data-original` behind a
placeholder, the `src` not a `srcset` width, a relative address resolved against the page's
address, with its query) and its `text` the caption as printed (none where a picture only has
an `alt`).

The masthead's today date, the "Cập nhật" and "last modified" times, the git "last updated"
time, readers' comment dates, relative times, the weather and gold-price widgets, the
consent banner and the dates of other articles are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin

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
    image_stem,
    lead_text,
    others,
    rehosted_captions,
    script_json,
    section_menu,
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    vi_long_date,
    vietnam_to_utc,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import clean, iso_vietnam
from tests.site.model import Article, Image

# The serving day as the mastheads print it (`dmy` takes a datetime).
_TODAY = f"{SERVED:%d/%m/%Y}"


def _caption_text(img: Image) -> str | None:
    """The caption as printed, cleaned, or None."""
    return clean(img.caption) if img.caption else None


# --- 1. baolangson.vn rebuilt on ExpressionEngine 7 ---------------------------------------------


def _ee_image(img: Image) -> str:
    """The file manager's `large` manipulation of an uploaded picture (root-relative)."""
    return f"/images/uploads/tin-tuc/_large/{image_file(img)}"


def _ee_hidden(fields: dict[str, str]) -> str:
    """The hidden inputs ExpressionEngine writes into every form it opens."""
    return "".join(
        f'<input type="hidden" name="{name}" value="{attr(value)}" />'
        for name, value in fields.items()
    )


def ee_paper(article: Article) -> CorpusPage:
    """baolangson.vn rebuilt on ExpressionEngine 7: the masthead with today's date, the menu of
    channel categories (`/tin-tuc/category/<url_title>`), a `›` breadcrumb to the section, the
    `h1.entry-title`, a meta row with the printed date `Thứ Sáu, 04/02/2022 - 09:56`, the
    member who posted it ("Người đăng: bbt_thoisu") and the view count, the summary field
    (with its marker) in `div.entry-summary`, the Rich Text Editor body (CKEditor 5 figures
    with `figcaption`, uncaptioned pictures in a bare paragraph, every picture from the file
    manager's `_large/` manipulation, root-relative and `loading="lazy"`; entries migrated
    from the old site keep its caption table inside CKEditor's `figure.table`; an inline ad
    entry between blocks), the credit field after the text, Tagger's tag links, "Tin cùng
    chuyên mục" with dates, "Đọc nhiều", the Comment module's list (a reader's comment with
    its time) and form (`ACT`, `RET`, `URI`, `entry_id`, `csrf_token`), the consent
    module's cookie banner and the footer. The SEO add-on writes OpenGraph meta and
    `article:published_time` from `{entry_date format="%c"}` (ISO with +07:00) and the edit
    date as `article:modified_time`; no JSON-LD."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: BASE + _ee_image(i))
    cat = category_name(article)
    key = article.category
    entry_id = article.article_id % 90000 + 1000
    token = stable_digest(f"ee:{article.article_id}")[:40]
    edited = moment + timedelta(hours=3, minutes=12)

    def image(img: Image, number: int) -> str:
        src = attr(_ee_image(img))
        if not img.caption:
            return f'<p><img src="{src}" alt="" width="780" height="520" loading="lazy"></p>'
        if img.markup == "table":
            # Entries migrated from the old site keep its caption table, which CKEditor 5
            # wraps in `figure.table`.
            return (
                f'<figure class="table" style="width:780px;"><table><tbody><tr><td><img src="{src}" alt="" width="780" height="520" loading="lazy"></td></tr>'
                f'<tr><td style="text-align:center;"><span style="font-size:13px;"><i>{esc(img.caption)}</i></span></td></tr></tbody></table></figure>'
            )
        return (
            f'<figure class="image"><img src="{src}" alt="{attr(img.caption)}" width="780" height="520" loading="lazy">'
            f"<figcaption>{esc(img.caption)}</figcaption></figure>"
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ad-inline" data-ad-entry="87"><a href="/ads/click/87" rel="nofollow sponsored"><img src="/images/uploads/quang-cao/agribank-langson-728.jpg" alt="Agribank Lạng Sơn"></a></div>',
        script='<div class="embed-responsive"><iframe src="https://www.youtube.com/embed/lso2022tv" width="720" height="405" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    author = f'<p class="entry-author"><strong>{esc(credit)}</strong></p>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="entry-tags"><span class="label">Từ khóa:</span> '
            + " ".join(
                f'<a href="/tin-tuc/tag/{tag_slug(t)}" rel="tag">{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    same = "".join(
        f'<li><a href="{attr(o.path)}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in others(article, 5, turn=2101)
    )
    popular = "".join(
        f'<li><span class="num">{n}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=2111), 1)
    )
    nav = section_menu(
        lambda k: f"/tin-tuc/category/{k}",
        '<li><a href="{href}">{name}</a></li>',
    )
    comment_form = _ee_hidden(
        {
            "ACT": "14",
            "RET": url_of(article),
            "URI": article.path.lstrip("/"),
            "PRV": "",
            "XID": "",
            "entry_id": str(entry_id),
            "site_id": "1",
            "csrf_token": token,
        }
    )
    consent_form = _ee_hidden(
        {"ACT": "27", "RET": url_of(article), "site_id": "1", "csrf_token": token}
    )
    reader_time = SERVED - timedelta(days=2)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<link rel="canonical" href="{attr(url_of(article))}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:image" content="{attr(BASE + _ee_image(article.images[0]) if article.images else BASE + "/themes/user/lso/img/og-default.jpg")}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:modified_time" content="{iso_vietnam(edited)}">
<meta property="article:section" content="{attr(cat)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/themes/user/lso/css/site.css?v=7.3.15">
<script src="/themes/user/lso/js/site.js?v=7.3.15" defer></script>
</head>
<body class="channel-tin-tuc entry-{entry_id}">
<div class="topbar"><div class="wrap"><span class="today">{weekday(SERVED)}, {_TODAY}</span><span class="hotline">Đường dây nóng: 0205.3812.262</span><a href="/member/login" class="login">Đăng nhập</a></div></div>
<header class="masthead"><div class="wrap"><a href="/" class="logo"><img src="/themes/user/lso/img/logo-baolangson.png" alt="Báo Lạng Sơn"></a><form class="search" method="post" action="/"><input type="hidden" name="ACT" value="9"><input type="hidden" name="RES" value=""><input type="hidden" name="meta" value="{stable_digest("meta" + key)}"><input type="hidden" name="site_id" value="1"><input type="hidden" name="csrf_token" value="{token}"><input type="text" name="keywords" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div></header>
<nav class="main-nav"><div class="wrap"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></div></nav>
<div class="wrap page">
<main class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>›</li><li><a href="/tin-tuc/category/{key}">{esc(cat)}</a></li></ul>
<article class="entry entry-{entry_id}">
<h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="entry-date">{esc(shown)}</span> <span class="sep">|</span> <span class="entry-member">Người đăng: bbt_{key.replace("-", "")}</span> <span class="sep">|</span> <span class="entry-views">Lượt xem: {(article.article_id * 13) % 4000 + 210}</span></div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" class="fb">Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}" class="zalo">Zalo</a><a href="javascript:window.print()" class="print">In bài</a></div>
<div class="entry-summary"><p>{esc(lead_text(article))}</p></div>
<div class="entry-body rte">
{body}
</div>
{author}
{tags}
</article>
<section class="related"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></section>
<section class="comments" id="comments">
<h3>Ý kiến bạn đọc (1)</h3>
<ol class="comment-list"><li class="comment"><div class="comment-meta"><strong>Nguyễn Văn Nam</strong> <span class="comment-date">{reader_time:%d/%m/%Y} 08:14</span></div><p>Bài viết rất hay, cảm ơn phóng viên.</p></li></ol>
<form id="comment_form" method="post" action="{attr(url_of(article))}">
<div class="hiddenFields">{comment_form}</div>
<p><label for="name">Họ tên</label><input type="text" name="name" id="name" value=""></p>
<p><label for="email">Email</label><input type="email" name="email" id="email" value=""></p>
<p><label for="comment">Nội dung</label><textarea name="comment" id="comment" rows="6"></textarea></p>
<p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</p>
<p><input type="submit" name="submit" value="Gửi ý kiến"></p>
</form>
</section>
</main>
<aside class="col-side">
<section class="widget popular"><h3>Đọc nhiều</h3><ol>{popular}</ol></section>
<section class="widget banner"><a href="/ads/click/12"><img src="/images/uploads/quang-cao/vietinbank-300x250.jpg" alt="VietinBank"></a></section>
</aside>
</div>
<footer class="site-footer"><div class="wrap"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Tổng Biên tập: Nguyễn Văn A. Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn.</p><p>Giấy phép số 70/GP-BTTTT ngày 23/02/2021.</p></div></footer>
<div class="consent-banner" id="ee-consent">
<form method="post" action="{attr(url_of(article))}">
<div class="hiddenFields">{consent_form}</div>
<p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Xem <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a>.</p>
<input type="hidden" name="consent[]" value="ee:cookies_functionality"><button type="submit" name="consent_action" value="accept">Đồng ý</button><button type="submit" name="consent_action" value="decline">Từ chối</button>
</form>
</div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("ee_paper", article.article_id, url_of(article), page, record)


# --- 2. A photography club's static site built with Publii, reposting the article ------------------

_PUB = "https://clbnhiepanhlangson.netlify.app"


def _pub_post(article: Article) -> int:
    """Publii's post id."""
    return article.article_id % 997 + 3


def _pub_image(article: Article, img: Image, size: str = "") -> str:
    """Where Publii writes a post's picture (`size`: a responsive variant's suffix)."""
    post = _pub_post(article)
    if size:
        return f"{_PUB}/media/posts/{post}/responsive/{image_stem(img)}-{size}.jpg"
    return f"{_PUB}/media/posts/{post}/{image_file(img)}"


def publii_repost(article: Article) -> CorpusPage:
    """The static site of "CLB Nhiếp ảnh Lạng Sơn", a photography club, built with Publii
    (the Simple theme) and hosted on Netlify, where the club reposts the paper's article: the
    `top` header with the logo, the menu and the search overlay, the hero header with the post
    date in a `<time>` (`4 tháng 2, 2022`, its `datetime` `2022-02-04T09:56` with no seconds and
    no zone), the `h1` and the posting account ("Ban quản trị"), the post entry from Publii's
    editor (the lead in bold with its marker, `post__image` figures with `loading="lazy"`, the
    full-size `src` and a `srcset` of responsive variants, `figcaption` where captioned), the
    credit and the source line right-aligned at the end, the "last updated" date, share
    buttons, the post's tags, the account's bio box, previous/next links, "Bài viết liên quan"
    with dates, the footer and Publii's GDPR cookie banner. Publii's JSON-LD `Article` carries
    the same zone-less time and the account as a `Person`; no section of the paper is shown."""
    moment = article.published
    shown = vi_long_date(moment)
    machine = f"{moment:%Y-%m-%dT%H:%M}"
    updated = moment + timedelta(days=1, hours=2)
    captions = rehosted_captions(article, lambda i: _pub_image(article, i))
    post_url = f"{_PUB}/{article.slug}/"

    def image(img: Image, number: int) -> str:
        srcset = ", ".join(
            f"{_pub_image(article, img, size)} {width}w"
            for size, width in (("xs", 300), ("sm", 480), ("md", 768), ("lg", 1024))
        )
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return (
            f'<figure class="post__image post__image--center"><img loading="lazy" src="{attr(_pub_image(article, img))}" '
            f'sizes="(max-width: 48em) 100vw, 768px" srcset="{attr(srcset)}" alt="{attr(img.caption or "")}" width="1024" height="683">{cap}</figure>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad="",
        script='<div class="post__iframe"><iframe loading="lazy" width="560" height="314" src="https://www.youtube-nocookie.com/embed/lso2022tv" allowfullscreen="allowfullscreen"></iframe></div>',
    )
    credit = shown_byline(article)
    tail = f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>' if credit else ""
    tail += '\n<p style="text-align: right;"><em>Nguồn: baolangson.vn</em></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="content__tag"><ul>'
            + "".join(
                f'<li><a href="{_PUB}/tags/{tag_slug(t)}/">{esc(t)}</a></li>' for t in article.tags
            )
            + "</ul></div>"
        )
    near = others(article, 5, turn=2203)
    related = "".join(
        f'<article class="related__item"><div class="feed__meta"><time datetime="{o.published:%Y-%m-%dT%H:%M}" class="feed__date">{vi_long_date(o.published)}</time></div><h3 class="h1"><a href="{_PUB}/{attr(o.slug)}/" class="invert">{esc(o.title)}</a></h3></article>'
        for o in near[2:5]
    )
    og_image = (
        _pub_image(article, article.images[0])
        if article.images
        else f"{_PUB}/media/website/logo.png"
    )
    image_meta = (
        {
            "@type": "ImageObject",
            "url": _pub_image(article, article.images[0]),
            "height": 683,
            "width": 1024,
        }
        if article.images
        else {
            "@type": "ImageObject",
            "url": f"{_PUB}/media/website/logo.png",
            "height": 120,
            "width": 360,
        }
    )
    data = {
        "@context": "http://schema.org",
        "@type": "Article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": post_url},
        "headline": article.title,
        "datePublished": machine,
        "dateModified": f"{updated:%Y-%m-%dT%H:%M}",
        "image": image_meta,
        "description": lead_text(article)[:160],
        "author": {
            "@type": "Person",
            "name": "Ban quản trị",
            "url": f"{_PUB}/authors/ban-quan-tri/",
        },
        "publisher": {
            "@type": "Organization",
            "name": "Ban quản trị",
            "logo": {
                "@type": "ImageObject",
                "url": f"{_PUB}/media/website/logo.png",
                "height": 120,
                "width": 360,
            },
        },
    }
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{esc(article.title)} - CLB Nhiếp ảnh Lạng Sơn</title><meta name="description" content="{attr(lead_text(article)[:160])}"><meta name="generator" content="Publii Open-Source CMS for Static Site"><link rel="canonical" href="{post_url}"><link rel="alternate" type="application/atom+xml" href="{_PUB}/feed.xml"><link rel="alternate" type="application/json" href="{_PUB}/feed.json"><meta property="og:title" content="{attr(article.title)}"><meta property="og:image" content="{attr(og_image)}"><meta property="og:image:width" content="{image_meta["width"]}"><meta property="og:image:height" content="{image_meta["height"]}"><meta property="og:site_name" content="CLB Nhiếp ảnh Lạng Sơn"><meta property="og:description" content="{attr(lead_text(article)[:160])}"><meta property="og:url" content="{post_url}"><meta property="og:type" content="article"><link rel="shortcut icon" href="{_PUB}/media/website/favicon.png" type="image/x-icon"><link rel="stylesheet" href="{_PUB}/assets/css/style.css?v=8c5a0e2b81f3d6b7"><script type="application/ld+json">{script_json(data)}</script><noscript><style>img[loading] {{opacity: 1;}}</style></noscript></head><body class="post-template"><header class="top js-header"><a class="logo" href="{_PUB}/"><img src="{_PUB}/media/website/logo.png" alt="CLB Nhiếp ảnh Lạng Sơn" width="360" height="120"></a><nav class="navbar js-navbar"><button class="navbar__toggle js-toggle" aria-label="Menu" aria-haspopup="true" aria-expanded="false"><span class="navbar__toggle-box"><span class="navbar__toggle-inner">Menu</span></span></button><ul class="navbar__menu"><li><a href="{_PUB}/" target="_self">Trang chủ</a></li><li><a href="{_PUB}/tags/anh-dep/" target="_self">Ảnh đẹp</a></li><li class="active"><a href="{_PUB}/tags/tin-tuc/" target="_self">Tin tức</a></li><li><a href="{_PUB}/gioi-thieu/" target="_self">Giới thiệu</a></li><li><a href="{_PUB}/lien-he/" target="_self">Liên hệ</a></li></ul></nav><div class="search"><div class="search__overlay js-search-overlay"><div class="search__overlay-inner"><form action="{_PUB}/search.html" class="search__form"><input class="search__input js-search-input" type="search" name="q" placeholder="tìm kiếm..." aria-label="tìm kiếm..."></form><button class="search__close js-search-close" aria-label="Đóng">Đóng</button></div></div><button class="search__btn js-search-btn" aria-label="Tìm kiếm"><svg role="presentation" focusable="false"><use xlink:href="{_PUB}/assets/svg/svg-map.svg#search"/></svg></button></div></header><main class="post"><article class="content"><div class="hero hero--noimage"><header class="hero__content"><div class="wrapper"><div class="post__meta"><time datetime="{machine}">{esc(shown)}</time></div><h1>{esc(article.title)}</h1><div class="post__meta post__meta--author"><img src="{_PUB}/media/website/avatar-bqt.png" loading="eager" alt="Ban quản trị" class="post__author-thumb"><a href="{_PUB}/authors/ban-quan-tri/" class="feed__author invert">Ban quản trị</a></div></div></header></div><div class="entry-wrapper content__entry"><p><strong>{esc(lead_text(article))}</strong></p>
{body}
{tail}</div><div class="entry-wrapper"><div class="content__updated top">Cập nhật lần cuối: {vi_long_date(updated)}</div><div class="content__actions"><div class="content__share"><button class="btn--icon content__share-button js-content__share-button"><svg width="20" height="20" aria-hidden="true"><use xlink:href="{_PUB}/assets/svg/svg-map.svg#share"/></svg><span>Chia sẻ</span></button><div class="content__share-popup js-content__share-popup"><a href="https://www.facebook.com/sharer/sharer.php?u={post_url}" class="js-share facebook" rel="nofollow noopener noreferrer"><span>Facebook</span></a><a href="mailto:?subject={attr(article.title)}&amp;body={post_url}" class="js-share mail" rel="nofollow noopener noreferrer"><span>Mail</span></a></div></div></div>{tags}<div class="content__bio bio"><div><h3 class="h4 bio__name"><a href="{_PUB}/authors/ban-quan-tri/" class="invert" rel="author">Ban quản trị</a></h3><p>Ban quản trị website Câu lạc bộ Nhiếp ảnh Lạng Sơn.</p></div></div></div></article><nav class="content__nav"><div class="wrapper"><div class="content__nav__prev"><a class="content__nav__link" href="{_PUB}/{attr(near[0].slug)}/" rel="prev"><span>Bài trước</span>{esc(near[0].title)}</a></div><div class="content__nav__next"><a class="content__nav__link" href="{_PUB}/{attr(near[1].slug)}/" rel="next"><span>Bài tiếp theo</span>{esc(near[1].title)}</a></div></div></nav><div class="content__related related"><div class="wrapper"><h2 class="h4 related__title">Bài viết liên quan</h2>{related}</div></div></main><footer class="footer"><div class="wrapper"><div class="footer__copyright"><p>© 2016–2026 CLB Nhiếp ảnh Lạng Sơn. Ảnh thuộc bản quyền của tác giả.</p></div><button onclick="backToTop()" class="footer__bttop js-footer__bttop" aria-label="Lên đầu trang"><svg><use xlink:href="{_PUB}/assets/svg/svg-map.svg#toparrow"/></svg></button></div></footer><script defer="defer" src="{_PUB}/assets/js/scripts.min.js?v=2a9b7f0c3d"></script><script>window.publiiThemeMenuConfig={{mobileMenuMode:'sidebar',animationSpeed:300,submenuWidth: 'auto',doubleClickTime:500,mobileMenuExpandableSubmenus:true,relatedContainerForOverlayMenuSelector:'.top'}};</script><script>var images = document.querySelectorAll('img[loading]');
        for (var i = 0; i < images.length; i++) {{
            if (images[i].complete) {{
                images[i].classList.add('is-loaded');
            }} else {{
                images[i].addEventListener('load', function () {{
                    this.classList.add('is-loaded');
                }}, false);
            }}
        }}</script><div class="pcb" data-behaviour="badge" data-behaviour-link="#cookie-settings" data-revision="0" data-config-ttl="90" data-debug-mode="false"><div role="dialog" aria-modal="true" aria-hidden="true" aria-labelledby="pcb-title" aria-describedby="pcb-txt" class="pcb__banner"><div class="pcb__inner"><div id="pcb-title" role="heading" aria-level="2" class="pcb__title">Cookie</div><div id="pcb-txt" class="pcb__txt">Trang web sử dụng cookie để thống kê lượt truy cập. Đọc <a href="{_PUB}/chinh-sach-cookie/">chính sách cookie</a>.</div><div class="pcb__buttons"><button type="button" class="pcb__btn pcb__btn--link pcb__btn--configure">Tùy chỉnh</button><button type="button" class="pcb__btn pcb__btn--solid pcb__btn--accept">Đồng ý</button></div></div></div><div class="pcb__popup" role="dialog" aria-modal="true" aria-hidden="true"><div class="pcb__popup__wrapper"><div class="pcb__popup__title">Cài đặt cookie</div><ul class="pcb__popup__list"><li><span>Cần thiết</span></li><li><span>Thống kê</span></li></ul></div></div><button class="pcb__badge">Cài đặt cookie</button></div><script src="{_PUB}/media/plugins/pluginsCookieBanner/cookie-banner.js"></script></body></html>"""
    record = expected(article, dateline=shown, published=None, captions=captions)
    record["category"] = None
    return CorpusPage("publii_repost", article.article_id, url_of(article), page, record)


# --- 3. The province's digital-transformation knowledge base on VitePress -----------------------

_VP_SCOPE = {
    "layout": "data-v-5d98c3a5",
    "nav": "data-v-ae24b3ad",
    "doc": "data-v-39a288b8",
    "meta": "data-v-7f3c2a10",
    "badge": "data-v-9b9a9c1e",
    "footer": "data-v-e257564d",
    "sidebar": "data-v-b8d55f3b",
}


def _vp_slug(text: str) -> str:
    """VitePress's heading anchor: lower case, runs of other characters as one `-`."""
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def _vp_asset(img: Image) -> str:
    """The hashed asset Vite emits for a picture the Markdown imports (root-relative)."""
    return f"/assets/{image_stem(img)}.{stable_digest(img.src)[:8]}.jpg"


def vitepress_kb(article: Article) -> CorpusPage:
    """The province's digital-transformation knowledge base ("Chuyển đổi số Lạng Sơn"), a
    VitePress 1 site whose "Tin tức" section reposts the paper's articles as Markdown pages:
    the SSG output with `data-v-` scope attributes and `<!--[-->` fragment comments, the
    dark-mode check script, the `VPNav` bar (the title, the menu with "Tin tức" active), the
    `VPSidebar` grouped by the paper's sections with the page's entry active, the `h1` with a
    `header-anchor` holding a zero-width space, the theme's post-meta component (the section as
    a `VPBadge`, `09:56 ngày 04/02/2022` in a `<time>` whose `datetime` is ISO with +07:00), the
    sapo (with its marker) as a blockquote, Markdown paragraphs, pictures as `<img>` alone in a
    paragraph from the hashed `/assets/` files (alt = caption) with the caption as the italic
    paragraph under them, raw HTML for the video, the credit in bold and the source line at
    the end, the tags component with `#` before each, the outline aside "Trên trang này", and
    the doc footer (edit link, "Cập nhật lần cuối" with the git time in UTC and an empty text
    until hydration, previous/next pages). No JSON-LD, no canonical; OpenGraph without times."""
    moment = article.published
    shown = f"{moment:%H:%M} ngày {dmy(moment)}"
    captions = [
        {"image_url": urljoin(url_of(article), _vp_asset(i)), "text": _caption_text(i)}
        for i in article.images
    ]
    cat = category_name(article)
    anchor = _vp_slug(article.title)
    v = _VP_SCOPE
    page_path = f"/tin-tuc/{article.slug}"
    edited = vietnam_to_utc(moment) + timedelta(days=3, hours=5, minutes=7)

    def image(img: Image, number: int) -> str:
        out = f'<p><img src="{attr(_vp_asset(img))}" alt="{attr(img.caption or "")}"></p>'
        if img.caption:
            out += f"\n<p><em>{esc(img.caption)}</em></p>"
        return out

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<div class="video-wrap"><iframe src="https://www.youtube-nocookie.com/embed/lso2022tv" title="Video" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    tail = f"<p><strong>{esc(credit)}</strong></p>" if credit else ""
    tail += "\n<p><em>Nguồn: Báo Lạng Sơn điện tử</em></p>"
    tags = ""
    if article.tags:
        tags = (
            f'<div class="post-tags" {v["meta"]}><!--[-->'
            + "".join(
                f'<a class="post-tag" href="/tin-tuc/tag/{tag_slug(t)}" {v["meta"]}>#{esc(t)}</a>'
                for t in article.tags
            )
            + "<!--]--></div>"
        )
    groups = []
    for c in content().categories:
        items = [o for o in others(article, 12, turn=2309) if o.category == c.key]
        if c.key == article.category:
            items = [article, *items]
        if not items:
            continue
        links = "".join(
            f'<div class="VPSidebarItem level-1 is-link{" is-active has-active" if o is article else ""}" {v["sidebar"]}><div class="item" {v["sidebar"]}><div class="indicator" {v["sidebar"]}></div><a class="VPLink link link" href="/tin-tuc/{attr(o.slug)}" {v["sidebar"]}><p class="text" {v["sidebar"]}>{esc(o.title)}</p></a></div></div>'
            for o in items[:4]
        )
        groups.append(
            f'<div class="group" {v["sidebar"]}><section class="VPSidebarItem level-0 collapsible{"" if c.key == article.category else " collapsed"}" {v["sidebar"]}><div class="item" role="button" tabindex="0" {v["sidebar"]}><div class="indicator" {v["sidebar"]}></div><h2 class="text" {v["sidebar"]}>{esc(c.name)}</h2></div><div class="items" {v["sidebar"]}><!--[-->{links}<!--]--></div></section></div>'
        )
    near = others(article, 2, turn=2311)
    page = f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{esc(article.title)} | Chuyển đổi số Lạng Sơn</title>
    <meta name="description" content="{attr(article.lead)}">
    <meta name="generator" content="VitePress v1.0.2">
    <link rel="preload stylesheet" href="/assets/style.BnKy3Mf1.css" as="style">
    <script type="module" src="/assets/app.C4vR1qU2.js"></script>
    <link rel="preload" href="/assets/inter-roman-latin.Di8DUHzh.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="modulepreload" href="/assets/chunks/framework.DWhUQBuX.js">
    <link rel="modulepreload" href="/assets/chunks/theme.Bw5FE0qM.js">
    <link rel="modulepreload" href="/assets/tin-tuc_{article.slug}.md.{stable_digest(article.slug)[:8]}.lean.js">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(article.title)}">
    <meta property="og:description" content="{attr(article.lead)}">
    <meta property="og:site_name" content="Chuyển đổi số Lạng Sơn">
    <link rel="icon" href="/favicon.ico">
    <script id="check-dark-mode">(()=>{{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")}})();</script>
    <script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>
  </head>
  <body>
    <div id="app"><div class="Layout" {v["layout"]}><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36> Bỏ qua và đến nội dung </a><!--]--><!----><header class="VPNav" {v["layout"]} {v["nav"]}><div class="VPNavBar has-sidebar top" {v["nav"]}><div class="wrapper" {v["nav"]}><div class="container" {v["nav"]}><div class="title" {v["nav"]}><div class="VPNavBarTitle has-sidebar" {v["nav"]}><a class="title" href="/" {v["nav"]}><!--[--><!--]--><!--[--><img class="VPImage logo" src="/logo.svg" alt=""><!--]--><span {v["nav"]}>Chuyển đổi số Lạng Sơn</span><!--[--><!--]--></a></div></div><div class="content" {v["nav"]}><div class="content-body" {v["nav"]}><!--[--><!--]--><div class="VPNavBarSearch search" {v["nav"]}><!--[--><button type="button" class="DocSearch DocSearch-Button" aria-label="Tìm kiếm"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">Tìm kiếm</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button><!--]--></div><nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" {v["nav"]}><span id="main-nav-aria-label" class="visually-hidden" {v["nav"]}>Main Navigation</span><!--[--><!--[--><a class="VPLink link VPNavBarMenuLink" href="/huong-dan/" tabindex="0" {v["nav"]}><!--[--><span {v["nav"]}>Hướng dẫn</span><!--]--></a><!--]--><!--[--><a class="VPLink link VPNavBarMenuLink" href="/dich-vu-cong/" tabindex="0" {v["nav"]}><!--[--><span {v["nav"]}>Dịch vụ công</span><!--]--></a><!--]--><!--[--><a class="VPLink link VPNavBarMenuLink active" href="/tin-tuc/" tabindex="0" {v["nav"]}><!--[--><span {v["nav"]}>Tin tức</span><!--]--></a><!--]--><!--]--></nav><div class="VPFlyout VPNavBarTranslations translations" {v["nav"]}></div><div class="VPNavBarAppearance appearance" {v["nav"]}><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Giao diện tối" aria-checked="false"><span class="check"><span class="icon"><!--[--><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span><!--]--></span></span></button></div></div></div></div></div><div class="divider" {v["nav"]}><div class="divider-line" {v["nav"]}></div></div></div><!----></header><div class="VPLocalNav has-sidebar empty" {v["layout"]}><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav"><span class="vpi-align-left menu-icon"></span><span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;"><button>Trở lại đầu trang</button><!----></div></div></div><aside class="VPSidebar" {v["layout"]} {v["sidebar"]}><div class="curtain" {v["sidebar"]}></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" {v["sidebar"]}><span class="visually-hidden" id="sidebar-aria-label" {v["sidebar"]}> Sidebar Navigation </span><!--[--><!--]--><!--[-->{"".join(groups)}<!--]--><!--[--><!--]--></nav></aside><div class="VPContent has-sidebar" id="VPContent" {v["layout"]}><div class="VPDoc has-sidebar has-aside" {v["doc"]}><!--[--><!--]--><div class="container" {v["doc"]}><div class="aside" {v["doc"]}><div class="aside-curtain" {v["doc"]}></div><div class="aside-container" {v["doc"]}><div class="aside-content" {v["doc"]}><div class="VPDocAside"><!--[--><!--]--><!--[--><!--]--><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline"><div class="content"><div class="outline-marker"></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading">Trên trang này</div><ul class="VPDocOutlineItem root"><!--[--><!--]--></ul></div></nav><!--[--><!--]--><div class="spacer"></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]--></div></div></div></div><div class="content" {v["doc"]}><div class="content-container" {v["doc"]}><!--[--><!--]--><main class="main" {v["doc"]}><div style="position:relative;" class="vp-doc _tin-tuc_{attr(article.slug.replace("-", "_"))}" {v["doc"]}><div><h1 id="{attr(anchor)}" tabindex="-1">{esc(article.title)} <a class="header-anchor" href="#{attr(anchor)}" aria-label="Permalink to &quot;{attr(article.title)}&quot;">&ZeroWidthSpace;</a></h1>
<div class="post-meta" {v["meta"]}><span class="VPBadge tip" {v["badge"]}><!--[-->{esc(cat)}<!--]--></span><time datetime="{iso_vietnam(moment)}" {v["meta"]}>{esc(shown)}</time></div>
<blockquote>
<p>{esc(lead_text(article))}</p>
</blockquote>
{body}
{tail}
{tags}</div></div></main><footer class="VPDocFooter" {v["doc"]} {v["footer"]}><!--[--><!--]--><div class="edit-info" {v["footer"]}><div class="edit-link" {v["footer"]}><a class="VPLink link vp-external-link-icon no-icon edit-link-button" href="https://github.com/sotttt-langson/cds-docs/edit/main/docs{page_path}.md" target="_blank" rel="noreferrer" {v["footer"]}><!--[--><span class="vpi-square-pen edit-link-icon" {v["footer"]}></span> Sửa trang này<!--]--></a></div><div class="last-updated" {v["footer"]}><p class="VPLastUpdated">Cập nhật lần cuối: <time datetime="{edited:%Y-%m-%dT%H:%M:%S}.000Z"></time></p></div></div><nav class="prev-next" aria-labelledby="doc-footer-aria-label" {v["footer"]}><span class="visually-hidden" id="doc-footer-aria-label" {v["footer"]}>Pager</span><div class="pager" {v["footer"]}><a class="VPLink link pager-link prev" href="/tin-tuc/{attr(near[0].slug)}" {v["footer"]}><!--[--><span class="desc" {v["footer"]}>Trang trước</span><span class="title" {v["footer"]}>{esc(near[0].title)}</span><!--]--></a></div><div class="pager" {v["footer"]}><a class="VPLink link pager-link next" href="/tin-tuc/{attr(near[1].slug)}" {v["footer"]}><!--[--><span class="desc" {v["footer"]}>Trang sau</span><span class="title" {v["footer"]}>{esc(near[1].title)}</span><!--]--></a></div></nav></footer><!--[--><!--]--></div></div></div><!--[--><!--]--></div></div><footer class="VPFooter has-sidebar" {v["layout"]}><div class="container"><p class="message">Sở Thông tin và Truyền thông tỉnh Lạng Sơn</p><p class="copyright">Bản quyền © 2023-2026</p></div></footer><!--[--><!--]--></div></div>
    <script>window.__VP_HASH_MAP__=JSON.parse("{{\\"index.md\\":\\"DxW3kq2a\\",\\"tin-tuc_index.md\\":\\"B0a1xY7c\\",\\"tin-tuc_{article.slug}.md\\":\\"{stable_digest(article.slug)[:8]}\\"}}");window.__VP_SITE_DATA__=JSON.parse("{{\\"lang\\":\\"vi-VN\\",\\"dir\\":\\"ltr\\",\\"title\\":\\"Chuyển đổi số Lạng Sơn\\",\\"description\\":\\"Cổng tri thức chuyển đổi số tỉnh Lạng Sơn\\",\\"base\\":\\"/\\",\\"head\\":[],\\"router\\":{{\\"prefetchLinks\\":true}},\\"appearance\\":true,\\"themeConfig\\":{{\\"lastUpdated\\":{{\\"text\\":\\"Cập nhật lần cuối\\"}}}},\\"locales\\":{{}},\\"scrollOffset\\":134,\\"cleanUrls\\":true}}");</script>
  </body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("vitepress_kb", article.article_id, url_of(article), page, record)


# --- 4. The paper in a 24h.com.vn-like template ---------------------------------------------------

_H24_CDN = "https://cdn.baolangson.vn"
_H24_BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _h24_image(article: Article, img: Image) -> str:
    """The CDN's quarter and day folders (`/upload/1-2022/images/2022-02-04/`)."""
    moment = article.published
    quarter = (moment.month - 1) // 3 + 1
    return f"{_H24_CDN}/upload/{quarter}-{moment.year}/images/{moment:%Y-%m-%d}/{image_file(img)}"


def _h24_time(moment: datetime) -> str:
    """24h's printed time: the 24-hour clock with AM/PM after it (`15:20 PM`)."""
    return f"{moment:%H:%M} {'AM' if moment.hour < 12 else 'PM'}"


def h24_style(article: Article) -> CorpusPage:
    """baolangson.vn in a template after 24h.com.vn: the top bar with today's date, weather and
    the hotline, the long menu, a `»` breadcrumb to the section, the title in
    `h1#article_title`, 24h's `Thứ Sáu, ngày 04/02/2022 09:56 AM (GMT+7)` (the 24-hour clock
    with AM/PM after it), the share bar, the sapo (with its marker) in `h2#article_sapo`, the
    body in `article#article_body` (pictures in centred paragraphs from the CDN's quarter and
    day folders, lazy ones behind a base64 placeholder with the address in `data-original`,
    the caption as the `img_chu_thich_0407` paragraph under it, an uncaptioned picture with
    the title as its `alt`; a "Tin liên quan" box of other articles after the first
    paragraph), the credit as a right-aligned bold paragraph at the end, the "Từ khóa" tags,
    the comment box, "Tin cùng chuyên mục" with relative times and a sidebar of "Đọc nhiều",
    the weather and the gold price. JSON-LD `NewsArticle` (the time to the minute, +07:00) and
    a `BreadcrumbList`; `og:` meta without times."""
    moment = article.published
    shown = f"{weekday(moment)}, ngày {dmy(moment)} {_h24_time(moment)} (GMT+7)"
    captions = rehosted_captions(article, lambda i: _h24_image(article, i))
    cat = category_name(article)
    cat_url = f"{BASE}/{article.category}-c{10 + [c.key for c in content().categories].index(article.category)}.html"
    related = others(article, 3, turn=2401)

    def image(img: Image, number: int) -> str:
        src = attr(_h24_image(article, img))
        alt = attr(img.caption or article.title)
        if img.lazy:
            tag = f'<img class="news-image lazy" src="{_H24_BLANK}" data-original="{src}" alt="{alt}" width="660">'
        else:
            tag = f'<img class="news-image" src="{src}" alt="{alt}" width="660">'
        out = f'<p style="text-align:center;">{tag}</p>'
        if img.caption:
            out += f'\n<p class="img_chu_thich_0407">{esc(img.caption)}</p>'
        return out

    def after(n: int, count: int) -> str:
        if n != 1 or count < 3:
            return ""
        items = "".join(
            f'<li><a href="{BASE}{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
            for o in related
        )
        return (
            f'<div class="bv-lq"><div class="bv-lq-ttl">Tin liên quan</div><ul>{items}</ul></div>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad=f'<div class="banner-inread" id="ADS_INREAD_{article.article_id}"><script>loadBannerInread();</script></div>',
        script='<div class="video-content"><div id="lso_video_player"></div><script>playVideo24h("lso2022tv");</script></div>',
        after=after,
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align:right;"><strong>{esc(credit)}</strong></p>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="cate-24h-foot-arti-deta-tags"><span class="tags-ttl">Từ khóa:</span> '
            + "".join(
                f'<a href="{BASE}/tag/{tag_slug(t)}.html" class="tags-itm">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    same = "".join(
        f'<div class="cate-24h-foot-box-news-hightl-item"><a href="{BASE}{attr(o.path)}"><img src="{_H24_CDN}/upload/thumb/{o.article_id}.jpg" alt="{attr(o.title)}"></a><h3><a href="{BASE}{attr(o.path)}">{esc(o.title)}</a></h3><span class="time-ago">{2 + o.article_id % 20} giờ trước</span></div>'
        for o in others(article, 4, turn=2411)
    )
    popular = "".join(
        f'<li><span class="idx">{n}</span><a href="{BASE}{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=2417), 1)
    )
    nav = section_menu(
        lambda k: f"{BASE}/{k}-c{10 + [c.key for c in content().categories].index(k)}.html",
        '<li class="mnu-itm"><a href="{href}">{name}</a></li>',
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
                "url": _h24_image(article, article.images[0])
                if article.images
                else f"{_H24_CDN}/images/logo-share.png",
                "width": 660,
                "height": 440,
            },
            "datePublished": iso_vietnam(moment.replace(second=0)),
            "dateModified": iso_vietnam((moment + timedelta(hours=1, minutes=5)).replace(second=0)),
            "author": {"@type": "Organization", "name": "Báo Lạng Sơn"},
            "publisher": {
                "@type": "Organization",
                "name": "Báo Lạng Sơn",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{_H24_CDN}/images/logo.png",
                    "width": 300,
                    "height": 60,
                },
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "item": {"@id": BASE + "/", "name": "Trang chủ"},
                },
                {"@type": "ListItem", "position": 2, "item": {"@id": cat_url, "name": cat}},
            ],
        },
    ]
    gold = (SERVED.day * 37) % 90 + 7410
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(lead_text(article))}" />
<meta name="keywords" content="{attr(", ".join(article.tags))}" />
<meta name="news_keywords" content="{attr(", ".join(article.tags))}" />
<link rel="canonical" href="{attr(url_of(article))}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{attr(url_of(article))}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(lead_text(article))}" />
<meta property="og:image" content="{attr(_h24_image(article, article.images[0]) if article.images else _H24_CDN + "/images/logo-share.png")}" />
<meta property="fb:app_id" content="1632893346933015" />
<script type="application/ld+json">{script_json(data[0])}</script>
<script type="application/ld+json">{script_json(data[1])}</script>
<link rel="stylesheet" href="{_H24_CDN}/css/style_24h.css?v=202411" />
<script src="{_H24_CDN}/js/jquery.min.js"></script>
<script src="{_H24_CDN}/js/jquery.lazyload.min.js"></script>
</head>
<body>
<div id="container_24h">
<header class="cate-24h-head">
<div class="cate-24h-head-top"><div class="container"><span class="hdr-time">{weekday(SERVED)}, ngày {_TODAY}</span><span class="hdr-weather">Lạng Sơn <b>{12 + SERVED.day % 9}°C</b></span><span class="hdr-hotline">Đường dây nóng: <b>0912.345.678</b></span></div></div>
<div class="cate-24h-head-logo"><div class="container"><a href="{BASE}/" class="logo"><img src="{_H24_CDN}/images/logo.png" alt="Báo Lạng Sơn"></a><div class="hdr-search"><form action="{BASE}/tim-kiem.html"><input type="text" name="key" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></div></div>
<nav class="cate-24h-head-menu"><div class="container"><ul class="mnu"><li class="mnu-itm home"><a href="{BASE}/">Trang chủ</a></li>{nav}<li class="mnu-itm"><a href="{BASE}/video.html">Video</a></li><li class="mnu-itm"><a href="{BASE}/emagazine.html">eMagazine</a></li></ul></div></nav>
</header>
<div class="container cate-24h-foot-arti">
<div class="col-left-760">
<section class="cate-24h-foot-bread"><a href="{BASE}/">Trang chủ</a> » <a href="{cat_url}" class="bread-last">{esc(cat)}</a></section>
<article class="cate-24h-foot-arti-deta">
<h1 id="article_title" class="clrTit bld tuht_show">{esc(article.title)}</h1>
<div class="cate-24h-foot-arti-deta-cre-post"><div class="updTm updTmD mrT5">{esc(shown)}</div></div>
<div class="cate-24h-foot-arti-deta-sbar"><a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ</a><a class="zalo-share" href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}">Zalo</a><a class="save-post" href="javascript:void(0)">Lưu bài</a></div>
<h2 id="article_sapo" class="cate-24h-foot-arti-deta-sum ctTp">{esc(lead_text(article))}</h2>
<article id="article_body" class="cate-24h-foot-arti-deta-info">
{body}
</article>
{tags}
<div class="cate-24h-foot-arti-deta-cmt" id="box_comment"><div class="cmt-ttl">Bình luận</div><textarea placeholder="Mời bạn chia sẻ thêm thông tin, ý kiến..."></textarea><button class="btn-send-cmt">Gửi bình luận</button><p class="cmt-none">Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</p></div>
</article>
<section class="cate-24h-foot-box-news-hightl"><header class="box-ttl"><a href="{cat_url}">Tin cùng chuyên mục</a></header>{same}</section>
</div>
<aside class="col-right-300">
<section class="box-doc-nhieu"><header class="box-ttl">Đọc nhiều</header><ol>{popular}</ol></section>
<section class="box-gia-vang"><header class="box-ttl">Giá vàng hôm nay ({_TODAY})</header><table><tr><th>Loại</th><th>Mua</th><th>Bán</th></tr><tr><td>SJC</td><td>{gold},000</td><td>{gold + 200},000</td></tr><tr><td>Nhẫn 9999</td><td>{gold - 420},000</td><td>{gold - 250},000</td></tr></table><p class="src">Đơn vị: nghìn đồng/lượng</p></section>
<section class="box-thoi-tiet"><header class="box-ttl">Thời tiết</header><p>Lạng Sơn: {12 + SERVED.day % 9}°C - {20 + SERVED.day % 7}°C, nhiều mây, sáng sớm có sương mù.</p></section>
</aside>
</div>
<footer class="cate-24h-foot"><div class="container"><p>© Bản quyền thuộc về Báo Lạng Sơn. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p><p>Giấy phép số 70/GP-BTTTT ngày 23/02/2021 của Bộ Thông tin và Truyền thông.</p><p>Tòa soạn: Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn. ĐT: 0205.3812.262</p></div></footer>
</div>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("h24_style", article.article_id, url_of(article), page, record)


# --- 5. The provincial Party propaganda board's press clippings in a public Confluence space ---

_WIKI_SPACE = "TLBC"


def _wiki_page_id(article: Article) -> int:
    """Confluence's page id of the clipping."""
    return 44040000 + article.article_id % 99991


def _wiki_image(article: Article, img: Image) -> str:
    """The attachment's download address as Confluence writes it (root-relative, with the
    version and the upload time in milliseconds)."""
    uploaded = (
        int(
            (vietnam_to_utc(article.published) + timedelta(days=1, hours=1))
            .replace(tzinfo=UTC)
            .timestamp()
        )
        * 1000
    )
    return (
        f"/download/attachments/{_wiki_page_id(article)}/{image_file(img)}"
        f"?version=1&modificationDate={uploaded}&api=v2"
    )


def _wiki_label(tag: str) -> str:
    """A Confluence label: lower case, spaces as hyphens."""
    return tag.lower().replace(" ", "-")


def _wiki_date(moment: datetime) -> str:
    """Confluence's default English date: `Feb 05, 2022`."""
    return f"{moment:%b %d, %Y}"


def confluence_clip(article: Article) -> CorpusPage:
    """A public Confluence Server 7.19 space, "Tư liệu báo chí", where the provincial Party propaganda board
    keeps clippings of the paper's articles (the English Confluence chrome: the
    AUI header with "Spaces" and "Log in", the space sidebar with its page tree, the
    breadcrumbs `Tư liệu báo chí / Báo Lạng Sơn / <year>`, the title in `h1#title-text`,
    "Created by <user>, last modified on <date>"): the page body opens with a Page
    Properties macro table (`Nguồn`, `Chuyên mục`, `Ngày đăng` `04/02/2022 09:56`, `Tác giả`
    and `Link gốc` rows), then the sapo in bold with its marker, the pasted paragraphs,
    pictures as attached files (`confluence-embedded-image`, addressed relative to the page
    with `version` and `modificationDate` in the query) with the caption as the centred italic
    paragraph under each, an "Info" macro for the video; the labels (Confluence's lower-case
    forms), the "Like" line, a colleague's comment with its date and the comment box, and the
    footer "Powered by Atlassian Confluence". The `ajs-` meta carry the request time; no
    OpenGraph, no JSON-LD."""
    moment = article.published
    shown = f"Ngày đăng {dmy(moment)} {moment:%H:%M}"
    captions = [
        {"image_url": urljoin(url_of(article), _wiki_image(article, i)), "text": _caption_text(i)}
        for i in article.images
    ]
    cat = category_name(article)
    pid = _wiki_page_id(article)
    credit = shown_byline(article)
    modified = moment + timedelta(days=1, hours=1, minutes=22)
    served_ms = (
        int(datetime(SERVED.year, SERVED.month, SERVED.day, 3, tzinfo=UTC).timestamp()) * 1000
    )
    title_q = attr(article.title.replace(" ", "+"))

    def image(img: Image, number: int) -> str:
        src = attr(_wiki_image(article, img))
        out = (
            f'<p style="text-align: center;"><span class="confluence-embedded-file-wrapper image-center-wrapper confluence-embedded-manual-size">'
            f'<img class="confluence-embedded-image image-center" draggable="false" width="600" src="{src}" data-image-src="{src}" '
            f'data-unresolved-comment-count="0" data-linked-resource-id="{pid + 10 + number}" data-linked-resource-version="1" '
            f'data-linked-resource-type="attachment" data-linked-resource-default-alias="{attr(image_file(img))}" '
            f'data-linked-resource-content-type="image/jpeg" data-linked-resource-container-id="{pid}" data-linked-resource-container-version="2" alt=""></span></p>'
        )
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return out

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank='<p class="auto-cursor-target"><br/></p>',
        ad="",
        script='<div class="confluence-information-macro confluence-information-macro-information conf-macro output-block" data-hasbody="true" data-macro-name="info"><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>Bài gốc có video, xem tại đường dẫn ở mục "Link gốc".</p></div></div>',
    )
    rows = [
        ("Nguồn", "Báo Lạng Sơn điện tử"),
        ("Chuyên mục", esc(cat)),
        ("Ngày đăng", f"{dmy(moment)} {moment:%H:%M}"),
    ]
    if credit:
        rows.append(("Tác giả", esc(credit)))
    rows.append(
        (
            "Link gốc",
            f'<a href="{attr(url_of(article))}" class="external-link" rel="nofollow">{esc(url_of(article))}</a>',
        )
    )
    properties = (
        '<div class="plugin-tabmeta-details conf-macro output-block" data-hasbody="true" data-macro-name="details"><div class="table-wrap"><table class="relative-table wrapped confluenceTable" style="width: 62.0%;"><colgroup><col style="width: 28.0%;" /><col style="width: 72.0%;" /></colgroup><tbody>'
        + "".join(
            f'<tr><th class="confluenceTh">{label}</th><td class="confluenceTd">{value}</td></tr>'
            for label, value in rows
        )
        + "</tbody></table></div></div>"
    )
    if article.tags:
        labels = (
            '<ul class="label-list label-list-right  has-pen">'
            + "".join(
                f'<li class="aui-label " data-label-id="{pid + 100 + n}"><a class="aui-label-split-main" href="/label/{_WIKI_SPACE}/{attr(_wiki_label(t))}" rel="tag">{esc(_wiki_label(t))}</a></li>'
                for n, t in enumerate(article.tags)
            )
            + "</ul>"
        )
    else:
        labels = '<ul class="label-list label-list-right  has-pen"><li class="no-labels-message">No labels</li></ul>'
    tree = "".join(
        f'<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="/pages/viewpage.action?pageId={_wiki_page_id(o)}">{esc(o.title)}</a></span></div></li>'
        for o in others(article, 6, turn=2503)
    )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>{esc(article.title)} - Tư liệu báo chí - Confluence</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta charset="UTF-8">
<meta id="confluence-context-path" name="confluence-context-path" content="">
<meta id="atlassian-token" name="atlassian-token" content="{stable_digest("token" + str(pid))[:40]}">
<meta id="confluence-space-key" name="confluence-space-key" content="{_WIKI_SPACE}">
<meta name="confluence-request-time" content="{served_ms}">
<meta name="ajs-page-id" content="{pid}">
<meta name="ajs-page-title" content="{attr(article.title)}">
<meta name="ajs-latest-published-page-title" content="{attr(article.title)}">
<meta name="ajs-space-key" content="{_WIKI_SPACE}">
<meta name="ajs-space-name" content="Tư liệu báo chí">
<meta name="ajs-content-type" content="page">
<meta name="ajs-page-version" content="2">
<meta name="ajs-remote-user" content="">
<meta name="ajs-version-number" content="7.19.4">
<meta name="ajs-build-number" content="8804">
<meta name="ajs-user-locale" content="en_GB">
<link rel="shortcut icon" href="/s/-l9hpgc/8804/1d8b4a0/15/_/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch/osd.action" title="Confluence"/>
<link type="text/css" rel="stylesheet" href="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-l9hpgc/8804/1d8b4a0/1/_/download/superbatch/css/batch.css" media="all">
<script type="text/javascript" src="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-l9hpgc/8804/1d8b4a0/1/_/download/superbatch/js/batch.js?locale=en-GB" data-wrm-key="_super" data-wrm-batch-type="context" data-initially-rendered></script>
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<div id="page">
<div id="full-height-container">
<div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner">
<nav class="aui-header aui-dropdown2-trigger-group" role="navigation"><div class="aui-header-inner"><div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/" aria-label="Go to home page"><img src="/download/attachments/327681/atl.site.logo?version=2&amp;modificationDate=1601430001000&amp;api=v2" alt="Confluence"><span class="aui-header-logo-text">Ban Tuyên giáo Tỉnh ủy Lạng Sơn</span></a></span><ul class="aui-nav"><li><a href="/spacedirectory/view.action" id="space-directory-link" class=" aui-nav-link" title="Spaces">Spaces</a></li></ul></div><div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch" action="/dosearchsite.action" method="get"><label for="quick-search-query" class="assistive">Quick Search</label><input id="quick-search-query" class="quick-search-query" type="text" accesskey="q" autocomplete="off" name="queryString" size="25" placeholder="Search"></form></li><li><a id="help-menu-link" class="aui-nav-link aui-dropdown2-trigger" href="#" aria-haspopup="true" title="Help"><span class="aui-icon aui-icon-small aui-iconfont-question-filled">Help</span></a></li><li><a href="/login.action?os_destination=%2Fpages%2Fviewpage.action%3FpageId%3D{pid}" class="   aui-nav-link login-link">Log in</a></li></ul></div></div></nav>
</header>
<div id="main-header-placeholder"></div>
<div class="ia-splitter">
<div class="ia-splitter-left"><div class="ia-fixed-sidebar" role="complementary"><div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info tipsy-enabled" data-configure-tooltip="Edit space details"><div class="avatar"><div class="space-logo" data-key="{_WIKI_SPACE}" data-name="Tư liệu báo chí" data-entity-type="confluence.space"><div class="avatar-img-container"><div class="avatar-img-wrapper"><a href="/display/{_WIKI_SPACE}/"><img class="avatar-img" src="/images/logo/default-space-logo.svg" alt="Tư liệu báo chí"></a></div></div></div></div><div class="space-information-container"><div class="name"><a href="/display/{_WIKI_SPACE}/" title="Tư liệu báo chí">Tư liệu báo chí</a></div></div></div><div class="acs-side-bar-content"><div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="false" data-quick-links-state="null" data-page-tree-state="null" data-nav-type="page-tree"><div class="acs-nav-sections"><div class="ia-secondary-header"><div class="ia-secondary-header-title wiki"><span class="icon"></span><span class="label">Pages</span></div></div><div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree"><div class="ia-secondary-content"><div class="plugin_pagetree conf-macro output-inline" data-hasbody="false" data-macro-name="pagetree"><ul class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace"><li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="/display/{_WIKI_SPACE}/Bao+Lang+Son">Báo Lạng Sơn</a></span></div><ul class="plugin_pagetree_children_list">{tree}</ul></li></ul></div></div></div></div></div></div></div></div></div></div>
<div class="ia-splitter-right">
<div id="main" class=" aui-page-panel">
<div id="main-header">
<div id="navigation" class="content-navigation view"><ul class="ajs-menu-bar"><li class="ajs-button normal"><a id="action-menu-link" class="action aui-dropdown2-trigger-arrowless aui-button aui-button-subtle ajs-menu-title aui-dropdown2-trigger" href="#" aria-haspopup="true" title="More options"><span><span class="aui-icon aui-icon-small aui-iconfont-more" aria-label="More options"></span></span></a></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><span class=""><a href="/collector/pages.action?key={_WIKI_SPACE}">Tư liệu báo chí</a></span></li><li><span class=""><a href="/display/{_WIKI_SPACE}/Bao+Lang+Son">Báo Lạng Sơn</a></span></li><li><span class=""><a href="/display/{_WIKI_SPACE}/Bao+Lang+Son+{moment.year}">{moment.year}</a></span></li></ol></nav></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="/display/{_WIKI_SPACE}/{title_q}">{esc(article.title)}</a></span></h1>
</div>
<div id="content" class="page view">
<div id="action-messages"></div>
<div class="page-metadata"><ul><li class="page-metadata-modification-info"><span class="author">Created by <a href="/display/~thuyntp" class="url fn confluence-userlink userlink-0" data-username="thuyntp" title="">Nguyễn Thị Phương Thúy</a></span>, last modified on <a class="last-modified" aria-label="modified" title="Show changes" href="/pages/diffpagesbyversion.action?pageId={pid}&amp;selectedPageVersions=2&amp;selectedPageVersions=1">{_wiki_date(modified)}</a></li></ul></div>
<div id="main-content" class="wiki-content">
{properties}
<p><strong>{esc(lead_text(article))}</strong></p>
{body}
</div>
<div id="likes-and-labels-container"><div id="likes-section" class="no-print"><a href="" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">Like</span></a><span class="like-summary like-summary-margin-left">Be the first to like this</span></div><div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" entityid="{pid}" entitytype="page"><div class="labels-content">{labels}</div></div></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">1 Comment</h2></div><ol class="comment-threads top-level" id="page-comments"><li id="comment-thread-{pid + 1}" class="comment-thread"><div class="comment " id="comment-{pid + 1}"><div class="comment-header"><h4 class="author"><a href="/display/~hunglv" class="url fn confluence-userlink" data-username="hunglv">Lương Văn Hùng</a></h4></div><div class="comment-body"><div class="comment-content wiki-content"><p>Đã chuyển bản này sang hồ sơ thi đua năm {moment.year}.</p></div><div class="comment-actions"><ul class="comment-actions-primary"><li class="comment-date"><a href="/pages/viewpage.action?pageId={pid}&amp;focusedCommentId={pid + 1}#comment-{pid + 1}">{_wiki_date(modified + timedelta(days=2))}</a></li></ul></div></div></div></li></ol><div class="quick-comment-container comment add"><div class="quick-comment-body"><div class="quick-comment-loading-container" style="display:none;"></div><form class="quick-comment-form aui" method="post" name="inlinecommentform" action="/pages/doaddcomment.action?pageId={pid}"><textarea name="comment" placeholder="Write a comment…"></textarea></form></div></div></div>
</div>
</div>
</div>
</div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">7.19.4</span></li><li class="print-only">Printed by Atlassian Confluence 7.19.4</li><li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link" rel="nofollow">Report a bug</a></li><li class="noprint"><a href="https://www.atlassian.com/company/news" class="hover-footer-link" rel="nofollow">Atlassian News</a></li></ul><div id="footer-logo"><a href="https://www.atlassian.com/" rel="nofollow">Atlassian</a></div></section></div>
</div>
</div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    record["tags"] = [clean(_wiki_label(t)) for t in article.tags]
    return CorpusPage("confluence_clip", article.article_id, url_of(article), page, record)


MARKUPS_W: dict[str, Renderer] = {
    "ee_paper": ee_paper,
    "publii_repost": publii_repost,
    "vitepress_kb": vitepress_kb,
    "h24_style": h24_style,
    "confluence_clip": confluence_clip,
}
