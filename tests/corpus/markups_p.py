# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set P: the fifteenth held-out set (scored once sealed at 90.4 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: a WordPress site built with Elementor Pro's theme builder
(nested section/column/widget wrappers, Yoast SEO's `@graph` JSON-LD in UTC, WP Rocket's lazy
images, the post-info list with `d/m/Y` and the vi `g:i a` time, `9:56 sáng`), a provincial
library's news page on Grav with the Quark theme (microformats2 `h-entry`, the title in an
`h2.p-name`, Grav's default English short date `4th Feb 2022`, Markdown output with the caption
in the picture's own paragraph), a Qwik City app rendered on the server (`q:container`, `<!--qv
-->` virtual comments, the time as `toLocaleString("vi-VN")` prints it, `09:56:32 4/2/2022`,
pictures through Cloudflare image resizing), a department portal on Concrete CMS reposting the
article (picture blocks with `alt="#"`, the caption as its own content block, paragraphs of a
pasted text separated by `<br><br>`, a date attribute with no time, unlinked tags), and a
template after the Communist Party's online newspaper (the read-aloud player, an ASP.NET-style
non-ISO `article:published_time`, pictures in caption boxes). The expected records come from
the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any; the date and time items of a post-info list read together),
`published_at` as precise as the page gives it anywhere (an ISO time with seconds in a meta,
JSON-LD or `datetime`, even in UTC, counts; a non-ISO meta value does not; a printed local time
counts to the minute or second it shows; none when the page gives no time), `byline` the credit
as shown (without a field label, never a source line such as `Nguồn: Báo Lạng Sơn`, nor the
WordPress user or the organisation that JSON-LD or `meta[name=author]` names when the page
prints a credit), `authors` the names in it, `tags` only the tags the page shows, `category` the
top-level section, a caption's `image_url` the address the page serves the picture from (the
`data-lazy-src` behind WP Rocket's placeholder, the resized address Cloudflare or Grav serves,
Concrete's file address, never a `<source>` thumbnail) and its `text` the caption as printed.

The masthead's today date, the "Cập nhật" (modified) time, the read-aloud player's duration,
the archives and "Đọc nhiều" boxes, relative times, readers' comment times and the dates of
other articles are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from collections.abc import Callable
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
    others,
    rehosted_captions,
    script_json,
    shown_byline,
    stable_digest,
    subcategory_name,
    tag_slug,
    url_of,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import author_name, clean, iso_vietnam
from tests.site.model import Article, Blank, Image, Paragraph, Script


def _utc(moment: datetime) -> datetime:
    """A Vietnam local time as UTC (naive)."""
    return moment - timedelta(hours=7)


def _nav(link: Callable[[str], str], item: str) -> str:
    """The site menu: each section as `item` formats it (`{href}`, `{name}`)."""
    return "".join(
        item.format(href=attr(link(c.key)), name=esc(c.name)) for c in content().categories
    )


# --- 1. A WordPress site built with Elementor Pro's theme builder --------------------------------


def _wp_upload(article: Article, img: Image, size: str = "") -> str:
    """Where WordPress keeps an uploaded picture (`-300x200` for a generated size)."""
    name = image_stem(img) + (f"-{size}" if size else "") + ".jpg"
    return f"{BASE}/wp-content/uploads/{article.published:%Y/%m}/{name}"


def _wp_time(moment: datetime) -> str:
    """WordPress's `g:i a` in the vi language pack: `9:56 sáng`, `3:20 chiều`."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'sáng' if moment.hour < 12 else 'chiều'}"


def _el_id(*parts: object) -> str:
    """The 7-hex `data-id` Elementor gives each element."""
    return stable_digest("/".join(str(p) for p in parts))[:7]


def _widget(kind: str, inner: str, key: str, extra: str = "") -> str:
    """An Elementor widget: the element wrapper and its `elementor-widget-container`."""
    eid = _el_id(kind, key)
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{kind}{extra}" '
        f'data-id="{eid}" data-element_type="widget" data-widget_type="{kind}.default">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def _column(width: int, widgets: str, key: str) -> str:
    """An Elementor column with its populated widget wrap."""
    eid = _el_id("column", key)
    return (
        f'<div class="elementor-column elementor-col-{width} elementor-top-column elementor-element elementor-element-{eid}" data-id="{eid}" data-element_type="column">\n'
        f'<div class="elementor-widget-wrap elementor-element-populated">\n{widgets}\n</div>\n</div>'
    )


def _section(columns: str, key: str) -> str:
    """An Elementor top section and its container."""
    eid = _el_id("section", key)
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{eid} elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="{eid}" data-element_type="section">\n'
        f'<div class="elementor-container elementor-column-gap-default">\n{columns}\n</div>\n</section>'
    )


def elementor_wp(article: Article) -> CorpusPage:
    """baolangson.vn rebuilt on WordPress with Hello Elementor and Elementor Pro's theme
    builder: a header template (today's date from a shortcode, the nav-menu widget), the
    single-post template whose wrapper carries the post's `category-…`/`tag-…` classes, every
    widget three wrappers deep (section, column, widget), Yoast's breadcrumb, the post-title
    `h1`, the post-info list (`itemprop="datePublished"` on a plain `04/02/2022`, then the time
    `9:56 sáng`), the excerpt widget holding the sapo (with its marker), the post-content widget
    with classic-editor HTML (HTML5 `[caption]` figures, WP Rocket's SVG placeholder and
    `data-lazy-src` with a `<noscript>` copy, an Ad Inserter block, the oEmbed iframe, the
    credit as a right-aligned bold last paragraph), a post-info "Từ khóa:" terms list, the
    share-buttons widget, an Elementor posts widget of related posts with dates, the theme's
    comment form, a "Đọc nhiều" column and a CookieYes banner. Yoast writes the times in UTC
    and names the WordPress user, not the journalist, as the author."""
    moment = article.published
    shown = f"{dmy(moment)} {_wp_time(moment)}"
    captions = rehosted_captions(article, lambda i: _wp_upload(article, i))
    pid = 40000 + article.article_id % 10000
    user = "Ban Biên tập"
    words = sum(len(p.text.split()) for p in article.paragraphs)

    def image(img: Image, number: int) -> str:
        aid = pid + number
        real = _wp_upload(article, img)
        srcset = f"{real} 800w, {_wp_upload(article, img, '300x200')} 300w, {_wp_upload(article, img, '768x512')} 768w"
        svg = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20533'%3E%3C/svg%3E"
        alt = attr(img.caption or "")
        pic = (
            f'<img decoding="async" class="size-full wp-image-{aid}" src="{svg}" alt="{alt}" width="800" height="533" '
            f'data-lazy-srcset="{attr(srcset)}" data-lazy-sizes="(max-width: 800px) 100vw, 800px" data-lazy-src="{attr(real)}" />'
            f'<noscript><img decoding="async" class="size-full wp-image-{aid}" src="{attr(real)}" alt="{alt}" width="800" height="533" srcset="{attr(srcset)}" sizes="(max-width: 800px) 100vw, 800px" /></noscript>'
        )
        if img.caption:
            return (
                f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" style="width: 800px" class="wp-caption aligncenter">'
                f'{pic}<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{esc(img.caption)}</figcaption></figure>'
            )
        return f'<p style="text-align: center;">{pic}</p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;">\n<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>',
        script='<p><iframe loading="lazy" title="LSO TV" width="800" height="450" src="about:blank" data-rocket-lazyload="fitvidscompatible" data-lazy-src="https://www.youtube.com/embed/lsotv2022?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe><noscript><iframe title="LSO TV" width="800" height="450" src="https://www.youtube.com/embed/lsotv2022?feature=oembed" frameborder="0" allowfullscreen></iframe></noscript></p>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align: right;"><strong>{esc(credit)}</strong></p>'
    cat = category_name(article)
    cat_slug = tag_slug(cat)
    classes = " ".join(
        [f"post-{pid}", "post", "type-post", "status-publish", "format-standard"]
        + (["has-post-thumbnail"] if article.images else [])
        + ["hentry", f"category-{cat_slug}"]
        + [f"tag-{tag_slug(t)}" for t in article.tags]
    )
    info = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n'
        f'<li class="elementor-icon-list-item elementor-repeater-item-4b1c2d3 elementor-inline-item" itemprop="datePublished">\n<a href="{BASE}/{moment:%Y/%m/%d}/">\n<span class="elementor-icon-list-icon">\n<i aria-hidden="true" class="fas fa-calendar"></i> </span>\n<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">\n{dmy(moment)} </span>\n</a>\n</li>\n'
        f'<li class="elementor-icon-list-item elementor-repeater-item-7e8f9a0 elementor-inline-item">\n<span class="elementor-icon-list-icon">\n<i aria-hidden="true" class="far fa-clock"></i> </span>\n<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">\n{_wp_time(moment)} </span>\n</li>\n'
        "</ul>"
    )
    terms = ""
    if article.tags:
        terms = _widget(
            "post-info",
            '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n<li class="elementor-icon-list-item elementor-repeater-item-c3d4e5f elementor-inline-item" itemprop="about">\n<span class="elementor-icon-list-icon">\n<i aria-hidden="true" class="fas fa-tags"></i> </span>\n<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">\n<span class="elementor-post-info__item-prefix">Từ khóa:</span>\n<span class="elementor-post-info__terms-list">\n'
            + ", ".join(
                f'<a href="{BASE}/tag/{tag_slug(t)}/" class="elementor-post-info__terms-list-item">{esc(t)}</a>'
                for t in article.tags
            )
            + "</span>\n</span>\n</li>\n</ul>",
            "terms",
        )
    related = "".join(
        f'<article class="elementor-post elementor-grid-item post-{40000 + o.article_id % 10000} post type-post status-publish format-standard hentry">\n'
        f'<div class="elementor-post__text">\n<h3 class="elementor-post__title">\n<a href="{BASE}/{o.published:%Y/%m/%d}/{attr(o.slug)}/">\n{esc(o.title)} </a>\n</h3>\n'
        f'<div class="elementor-post__meta-data">\n<span class="elementor-post-date">\n{dmy(o.published)} </span>\n</div>\n</div>\n</article>\n'
        for o in others(article, 3, turn=1103)
    )
    popular = "".join(
        f'<li><a href="{BASE}/{o.published:%Y/%m/%d}/{attr(o.slug)}/">{esc(o.title)}</a></li>'
        for o in others(article, 5, turn=1109)
    )
    main = _section(
        _column(
            66,
            "\n".join(
                [
                    _widget(
                        "breadcrumbs",
                        f'<p id="breadcrumbs"><span><span><a href="{BASE}/">Trang chủ</a></span> » <span><a href="{BASE}/category/{cat_slug}/">{esc(cat)}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(article.title)}</span></span></p>',
                        "crumbs",
                    ),
                    _widget(
                        "theme-post-title",
                        f'<h1 class="elementor-heading-title elementor-size-default">{esc(article.title)}</h1>',
                        "title",
                        " elementor-page-title elementor-widget-heading",
                    ),
                    _widget("post-info", info, "info"),
                    _widget(
                        "theme-post-excerpt",
                        f"<p>{esc(lead_text(article))}</p>",
                        "excerpt",
                    ),
                    _widget("theme-post-content", body, "content"),
                    terms,
                    _widget(
                        "share-buttons",
                        '<div class="elementor-grid">\n<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Chia sẻ trên facebook"><span class="elementor-share-btn__icon"><i class="fab fa-facebook"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></div></div></div>\n<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_twitter" role="button" tabindex="0" aria-label="Chia sẻ trên twitter"><span class="elementor-share-btn__icon"><i class="fab fa-twitter"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">Twitter</span></div></div></div>\n</div>',
                        "share",
                    ),
                    _widget(
                        "heading",
                        '<h2 class="elementor-heading-title elementor-size-default">Tin liên quan</h2>',
                        "related-heading",
                    ),
                    _widget(
                        "posts",
                        f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">\n{related}</div>',
                        "related",
                        " elementor-grid-3",
                    ),
                    _widget(
                        "post-comments",
                        f'<section id="comments" class="comments-area">\n<div id="respond" class="comment-respond">\n<h2 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h2><form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div><!-- #respond -->\n</section>',
                        "comments",
                        " elementor-widget-theme-post-comments",
                    ),
                ]
            ),
            "main",
        )
        + "\n"
        + _column(
            33,
            _widget(
                "heading",
                '<h2 class="elementor-heading-title elementor-size-default">Đọc nhiều</h2>',
                "popular-heading",
            )
            + "\n"
            + _widget("wp-widget-recent-posts", f"<ul>{popular}</ul>", "popular")
            + "\n"
            + _widget(
                "image",
                f'<a href="{BASE}/chuyen-de/chuyen-doi-so/"><img width="300" height="250" src="{BASE}/wp-content/uploads/2024/05/banner-chuyen-doi-so.jpg" class="attachment-full size-full wp-image-31" alt="" /></a>',
                "banner",
            ),
            "side",
        ),
        "body",
    )
    nav = _nav(
        lambda key: f"{BASE}/category/{key}/",
        '<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{href}" class="elementor-item">{name}</a></li>',
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url_of(article)}#article",
                "isPartOf": {"@id": url_of(article)},
                "author": {"name": user, "@id": f"{BASE}/#/schema/person/3f1e0c9a"},
                "headline": article.title,
                "datePublished": f"{_utc(moment):%Y-%m-%dT%H:%M:%S}+00:00",
                "dateModified": f"{SERVED.isoformat()}T01:12:40+00:00",
                "mainEntityOfPage": {"@id": url_of(article)},
                "wordCount": words,
                "publisher": {"@id": f"{BASE}/#organization"},
                "keywords": list(article.tags),
                "articleSection": [cat],
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": url_of(article),
                "url": url_of(article),
                "name": f"{article.title} - Báo Lạng Sơn",
                "datePublished": f"{_utc(moment):%Y-%m-%dT%H:%M:%S}+00:00",
                "dateModified": f"{SERVED.isoformat()}T01:12:40+00:00",
                "breadcrumb": {"@id": f"{url_of(article)}#breadcrumb"},
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url_of(article)}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{BASE}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": cat,
                        "item": f"{BASE}/category/{cat_slug}/",
                    },
                    {"@type": "ListItem", "position": 3, "name": article.title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{BASE}/#organization",
                "name": "Báo Lạng Sơn",
                "url": f"{BASE}/",
            },
            {
                "@type": "Person",
                "@id": f"{BASE}/#/schema/person/3f1e0c9a",
                "name": user,
                "url": f"{BASE}/author/bbt/",
            },
        ],
    }
    page = f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v22.4 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(article.title)} - Báo Lạng Sơn</title>
	<meta name="description" content="{attr(article.lead)}" />
	<link rel="canonical" href="{attr(url_of(article))}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{attr(article.title)}" />
	<meta property="og:description" content="{attr(article.lead)}" />
	<meta property="og:url" content="{attr(url_of(article))}" />
	<meta property="og:site_name" content="Báo Lạng Sơn" />
	<meta property="article:publisher" content="https://www.facebook.com/baolangson" />
	<meta property="article:published_time" content="{_utc(moment):%Y-%m-%dT%H:%M:%S}+00:00" />
	<meta property="article:modified_time" content="{SERVED.isoformat()}T01:12:40+00:00" />
	<meta name="author" content="{user}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="{user}" />
	<meta name="twitter:label2" content="Ước tính thời gian đọc" />
	<meta name="twitter:data2" content="{max(1, words // 200)} phút" />
	<script type="application/ld+json" class="yoast-schema-graph">{script_json(graph)}</script>
	<!-- / Yoast SEO plugin. -->

<link rel='stylesheet' id='elementor-frontend-css' href='{BASE}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
<link rel='stylesheet' id='elementor-post-1187-css' href='{BASE}/wp-content/uploads/elementor/css/post-1187.css?ver=1715000000' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='{BASE}/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<meta name="generator" content="WordPress 6.5.2" />
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel='shortlink' href='{BASE}/?p={pid}' />
<noscript><style id="rocket-lazyload-nojs-css">.rll-youtube-player, [data-lazy-src]{{display:none !important;}}</style></noscript></head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo elementor-default elementor-kit-5 elementor-page-1187">

<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>

		<div data-elementor-type="header" data-elementor-id="1120" class="elementor elementor-1120 elementor-location-header" data-elementor-post-type="elementor_library">
{_section(_column(100, _widget("text-editor", f"<p>{weekday(SERVED)}, {dmy(SERVED)}</p>", "today") + chr(10) + _widget("theme-site-logo", f'<a href="{BASE}/"><img width="240" height="60" src="{BASE}/wp-content/uploads/2024/05/logo-bls.png" class="attachment-full size-full wp-image-12" alt="" /></a>', "logo", " elementor-widget-image") + chr(10) + _widget("nav-menu", f'<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-a2b3c4d" class="elementor-nav-menu"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="{BASE}/" class="elementor-item">Trang chủ</a></li>{nav}</ul></nav>', "menu"), "header"), "header")}
		</div>
		<div data-elementor-type="single-post" data-elementor-id="1187" class="elementor elementor-1187 elementor-location-single {classes}" data-elementor-post-type="elementor_library">
{main}
		</div>
		<div data-elementor-type="footer" data-elementor-id="1135" class="elementor elementor-1135 elementor-location-footer" data-elementor-post-type="elementor_library">
{_section(_column(100, _widget("text-editor", "<p><strong>BÁO LẠNG SƠN</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p>", "footer"), "footer"), "footer")}
		</div>

<div class="cky-consent-container cky-classic-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">Chúng tôi trân trọng quyền riêng tư của bạn</p><div class="cky-notice-des" data-cky-tag="description"><p>Chúng tôi sử dụng cookie để nâng cao trải nghiệm duyệt web của bạn và phân tích lưu lượng truy cập.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-reject" aria-label="Từ chối tất cả">Từ chối tất cả</button><button class="cky-btn cky-btn-accept" aria-label="Chấp nhận tất cả">Chấp nhận tất cả</button></div></div></div></div>
<script src='{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script src='{BASE}/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2' id='elementor-pro-frontend-js'></script>
<script>window.lazyLoadOptions=[{{elements_selector:"img[data-lazy-src],.rocket-lazyload,iframe[data-lazy-src]",data_src:"lazy-src",data_srcset:"lazy-srcset",data_sizes:"lazy-sizes",class_loading:"lazyloading",class_loaded:"lazyloaded",threshold:300}}];</script><script data-no-minify="1" async src="{BASE}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("elementor_wp", article.article_id, url_of(article), page, record)


# --- 2. A provincial library's news page on Grav (Quark theme) reposting the article ----------

_GRAV = "https://thuvien.langson.gov.vn"


def _ordinal(day: int) -> str:
    """PHP's `jS`: `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


_MONTHS = (
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


def _grav_short(moment: datetime) -> str:
    """Grav's default `system.pages.dateformat.short`, `jS M Y`: `4th Feb 2022`."""
    return f"{_ordinal(moment.day)} {_MONTHS[moment.month - 1][:3]} {moment.year}"


def _months_back(count: int) -> list[tuple[int, int]]:
    """(year, month) of the serving month and the months before it, newest first."""
    year, month = SERVED.year, SERVED.month
    out = []
    for _ in range(count):
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def _grav_image(article: Article, img: Image) -> str:
    """Where Grav's image cache serves a picture it resized (`?cropResize=800,533`)."""
    key = stable_digest(f"{article.article_id}/{image_file(img)}/cropResize")
    return f"{_GRAV}/images/{'/'.join(key[:5])}/{key[5:]}-{image_file(img)}"


def grav_quark(article: Article) -> CorpusPage:
    """ "Thư viện tỉnh Lạng Sơn" on Grav 1.7 with the Quark theme, reposting the paper's
    article as a blog item: the Spectre navbar, the breadcrumbs plugin (schema.org microdata,
    `fa-angle-right` separators), the `h-entry` blog item with its title in `h2.p-name` (the page
    has no `h1`), `time.dt-published` with the ISO `datetime` (`date("c")`, seconds and +07:00)
    and the default English short date `4th Feb 2022`, the tags as `p-category` label chips
    before the content, the `e-content` Markdown output (the sapo with its marker as the first
    paragraph in bold, pictures from Grav's image cache, a caption written on the line under a
    picture landing in the same paragraph as an `<em>`, the credit as a bold last paragraph
    and a source line after it), the prev/next links, and a sidebar with search, the taxonomy
    list, the archives plugin's months in English and the "Related" plugin's list. No JSON-LD,
    no OpenGraph time."""
    moment = article.published
    shown = _grav_short(moment)
    captions = rehosted_captions(article, lambda i: _grav_image(article, i))
    cat = category_name(article)
    section = tag_slug(cat)
    item = f"{_GRAV}/tin-tuc/{section}/{article.slug}"

    def image(img: Image, number: int) -> str:
        pic = f'<img alt="" src="{attr(_grav_image(article, img))}" />'
        if img.caption:
            return f"<p>{pic}\n<em>{esc(img.caption)}</em></p>"
        return f"<p>{pic}</p>"

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<div class="video-container"><iframe width="640" height="360" src="https://www.youtube-nocookie.com/embed/lsotv2022" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    if credit:
        body += f"\n<p><strong>{esc(credit)}</strong></p>"
    body += f'\n<p>Nguồn: <a href="{attr(url_of(article))}">Báo Lạng Sơn</a></p>'
    tags = ""
    if article.tags:
        tags = (
            '<span class="tags">\n'
            + "\n".join(
                f'<a class="label label-rounded label-secondary p-category" href="{_GRAV}/tin-tuc/tag:{attr(t)}#body-wrapper">{esc(t)}</a>'
                for t in article.tags
            )
            + "\n</span>"
        )
    prev_o, next_o = others(article, 2, turn=1201)
    taxonomy = "".join(
        f'<li><a href="{_GRAV}/tin-tuc/tag:{attr(t)}#body-wrapper">{esc(t)}</a></li>'
        for o in others(article, 4, turn=1207)
        for t in o.tags[:1]
    )
    months = "".join(
        f'<li><a href="{_GRAV}/tin-tuc/archives_month:{_MONTHS[m - 1][:3].lower()}_{y}"><span class="label label-rounded label-primary">{12 - n}</span> {_MONTHS[m - 1]} {y}</a></li>'
        for n, (y, m) in enumerate(_months_back(4))
    )
    related = "".join(
        f'<li><span class="score">{(o.article_id % 40) + 20}</span><a href="{_GRAV}/tin-tuc/{tag_slug(category_name(o))}/{attr(o.slug)}">{esc(o.title)}</a></li>'
        for o in others(article, 4, turn=1213)
    )
    nav = _nav(
        lambda key: f"{_GRAV}/tin-tuc/{key}",
        '<li><a href="{href}" class="">{name}</a></li>',
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <title>{esc(article.title)} | Thư viện tỉnh Lạng Sơn</title>

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="GravCMS" />
    <meta name="description" content="{attr(article.lead[:150])}" />
    <meta name="keywords" content="{attr(", ".join(article.tags))}" />

    <link rel="icon" type="image/png" href="{_GRAV}/user/themes/quark/images/favicon.png" />
    <link rel="canonical" href="{attr(item)}" />

                                                        <link href="{_GRAV}/user/plugins/markdown-notices/assets/notices.css" type="text/css" rel="stylesheet">
<link href="{_GRAV}/user/plugins/form/assets/form-styles.css" type="text/css" rel="stylesheet">
<link href="{_GRAV}/user/plugins/simplesearch/css/simplesearch.css" type="text/css" rel="stylesheet">
<link href="{_GRAV}/user/plugins/login/css/login.css" type="text/css" rel="stylesheet">
<link href="{_GRAV}/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
<link href="{_GRAV}/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
<link href="{_GRAV}/user/themes/quark/css/custom.css" type="text/css" rel="stylesheet">
<link href="{_GRAV}/user/themes/quark/css/line-awesome.min.css" type="text/css" rel="stylesheet">

    <script src="{_GRAV}/system/assets/jquery/jquery-3.x.min.js"></script>

</head>
<body id="top" class=" header-fixed header-animated sticky-footer">
        <div id="page-wrapper">
            <section id="header" class="section">
            <section class="container grid-lg">
                <nav class="navbar">
                    <section class="navbar-section logo">
                        <a href="{_GRAV}" class="navbar-brand mr-10"><img src="{_GRAV}/user/themes/quark/images/logo/thuvien-ls.png" alt="Thư viện tỉnh Lạng Sơn" /></a>
                    </section>
                    <section class="navbar-section desktop-menu">
                        <nav class="dropmenu animated">
                        <ul class="navigation">
    <li><a href="{_GRAV}" class="">Trang chủ</a></li>
    <li><a href="{_GRAV}/gioi-thieu" class="">Giới thiệu</a></li>
    <li><a href="{_GRAV}/tin-tuc" class="active">Tin tức</a><ul>{nav}</ul></li>
    <li><a href="{_GRAV}/sach-moi" class="">Sách mới</a></li>
    <li><a href="{_GRAV}/lien-he" class="">Liên hệ</a></li>
</ul>
                        </nav>
                    </section>
                </nav>
            </section>
        </section>
        <div class="mobile-menu"><div class="button_container" id="toggle"><span class="top"></span><span class="middle"></span><span class="bottom"></span></div></div>

        <section id="start">
            <section id="body-wrapper" class="section blog-listing">
        <section class="container grid-lg">

    <div class="columns">
        <div id="item" class="column col-9 col-md-12 extra-spacing">
            <div id="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
                <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="{_GRAV}"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span>
                <i class="fa fa-angle-right"></i>
                <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="{_GRAV}/tin-tuc"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></span>
                <i class="fa fa-angle-right"></i>
                <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="{_GRAV}/tin-tuc/{section}"><span itemprop="name">{esc(cat)}</span></a><meta itemprop="position" content="3" /></span>
                <i class="fa fa-angle-right"></i>
                <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">{esc(article.title)}</span><meta itemprop="position" content="4" /></span>
            </div>
            <div class="content-item h-entry">

    <div class="content-title text-center">
        <h2 class="p-name mt-1"><a href="{attr(item)}" class="u-url">{esc(article.title)}</a></h2>
        <span class="blog-date">
    <time class="dt-published" datetime="{iso_vietnam(moment)}">
        <i class="fa fa-calendar"></i> {shown}
    </time>
</span>
        {tags}
    </div>

    <div class="e-content">
        <p><strong>{esc(lead_text(article))}</strong></p>
{body}
    </div>

    <p class="prev-next text-center">
        <a class="btn" href="{_GRAV}/tin-tuc/{tag_slug(category_name(prev_o))}/{attr(prev_o.slug)}"><i class="fa fa-angle-left"></i> Bài trước</a>
        <a class="btn" href="{_GRAV}/tin-tuc/{tag_slug(category_name(next_o))}/{attr(next_o.slug)}">Bài sau <i class="fa fa-angle-right"></i></a>
    </p>
</div>
        </div>
        <div id="sidebar" class="column col-3 col-md-12">
            <div class="sidebar-content">
    <h4>Tìm kiếm</h4>
    <div class="search-wrapper"><form name="search" data-simplesearch-form><input name="searchfield" class="search-input" aria-label="Tìm kiếm" type="text" data-min="3" required placeholder="Tìm kiếm..." value="" data-search-invalid="Vui lòng nhập ít nhất 3 ký tự" data-search-separator=":" data-search-input="{_GRAV}/search/query" /></form></div>
</div>
<div class="sidebar-content">
    <h4>Thẻ phổ biến</h4>
    <span class="tags"><ul class="taxonomy-list">{taxonomy}</ul></span>
</div>
<div class="sidebar-content">
    <h4>Archives</h4>
    <ul class="archives">{months}</ul>
</div>
<div class="sidebar-content">
    <h4>Bài liên quan</h4>
    <ul class="related-pages menu">{related}</ul>
</div>
        </div>
    </div>

        </section>
    </section>
        </section>

    </div>

            <section id="footer" class="section bg-gray">
            <section class="container grid-lg">
                <p><a href="https://getgrav.org">Grav</a> was <i class="fa fa-code"></i> with <i class="fa fa-heart-o pulse "></i> by <a href="https://trilby.media">Trilby Media</a>.</p>
                <p>Thư viện tỉnh Lạng Sơn — Số 1 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn. Điện thoại: 0205.3870.123</p>
            </section>
        </section>

    <div class="mobile-container"><div class="overlay" id="overlay"><div class="mobile-logo"><a href="{_GRAV}" class="navbar-brand mr-10"><img src="{_GRAV}/user/themes/quark/images/logo/thuvien-ls.png" alt="Thư viện tỉnh Lạng Sơn" /></a></div><nav class="overlay-menu"><ul class="tree"><li><a href="{_GRAV}" class="">Trang chủ</a></li><li><a href="{_GRAV}/tin-tuc" class="active">Tin tức</a></li></ul></nav></div></div>

<script src="{_GRAV}/user/plugins/simplesearch/js/simplesearch.js"></script>
<script src="{_GRAV}/user/themes/quark/js/jquery.treemenu.js"></script>
<script src="{_GRAV}/user/themes/quark/js/site.js"></script>
<script src="{_GRAV}/user/plugins/cookieconsent/assets/cookieconsent.min.js"></script>
<script>window.addEventListener("load", function(){{ window.cookieconsent.initialise({{"palette":{{"popup":{{"background":"#000000"}},"button":{{"background":"#f1d600"}}}},"content":{{"message":"Trang web này sử dụng cookie để bảo đảm bạn có trải nghiệm tốt nhất.","dismiss":"Đã hiểu","link":"Tìm hiểu thêm","href":"https://cookiesandyou.com"}}}})}});</script>

</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("grav_quark", article.article_id, url_of(article), page, record)


# --- 3. baolangson.vn as a Qwik City app rendered on the server ---------------------------------


def _cf_image(img: Image, width: int = 800) -> str:
    """A picture through Cloudflare image resizing on the site's own zone."""
    return f"{BASE}/cdn-cgi/image/width={width},quality=80,format=auto/{image_src(img)}"


def _vi_locale(moment: datetime) -> str:
    """`Date.prototype.toLocaleString("vi-VN", {timeZone: "Asia/Ho_Chi_Minh"})`:
    the time with seconds first, then the day without leading zeros, `09:56:32 4/2/2022`."""
    return f"{moment:%H:%M:%S} {moment.day}/{moment.month}/{moment.year}"


def qwik_city(article: Article) -> CorpusPage:
    """A Qwik City app (Qwik 1.5) rendered on the server, paused for resumability: the
    `q:container` attributes on `<html>`, head tags marked `q:head`, scoped-style classes
    (`⭐️…-0`), `<!--qv …-->` virtual-node comments around every component, `on:click` and
    `on:qvisible` attributes naming lazy chunks, the `qwik/json` state and the qwikloader at
    the end. The breadcrumb (with the subsection of older articles), `h1`, a `<time>` whose
    `datetime` is UTC with milliseconds and whose text is `toLocaleString("vi-VN")` in Vietnam
    time (`09:56:32 4/2/2022`, seconds included), the sapo (with its marker) in bold, the
    rich-text body set as inner HTML (pictures through Cloudflare image resizing with a
    `srcset` of widths, empty `alt`, `figcaption`; a lite-youtube element for the video), the
    credit line right-aligned after the body, author cards with the names and a follow button,
    topic links, "Cùng chuyên mục" and a "Tin mới" rail with relative times. JSON-LD names the
    authors as people."""
    moment = article.published
    shown = _vi_locale(moment)
    captions = rehosted_captions(article, _cf_image)
    sc = "⭐️7cc3bl-0"
    utc = f"{_utc(moment):%Y-%m-%dT%H:%M:%S}.000Z"
    qid = iter(range(2, 1000))

    def image(img: Image, number: int) -> str:
        srcset = ", ".join(f"{_cf_image(img, w)} {w}w" for w in (400, 800, 1200))
        cap = f"<figcaption>{esc(img.caption)}</figcaption>" if img.caption else ""
        return f'<figure class="image"><img src="{attr(_cf_image(img))}" srcset="{attr(srcset)}" sizes="(min-width: 800px) 800px, 100vw" width="800" height="533" alt="" loading="lazy" decoding="async" style="object-fit:cover;max-width:800px;max-height:533px;aspect-ratio:1.5009380863039399;width:100%">{cap}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p></p>",
        ad="",
        script='<lite-youtube videoid="lsotv2022" playlabel="Phát video"></lite-youtube>',
    )
    credit = shown_byline(article)
    credit_div = (
        f'<p class="{sc} credit" style="text-align:right"><b>{esc(credit)}</b></p>'
        if credit
        else ""
    )
    names = [author_name(clean(a)) for a in article.authors]
    cards = ""
    if names:
        cards = (
            f'<section class="{sc} authors"><!--qv q:id={next(qid)} q:key=au:0-->'
            + "".join(
                f'<div class="{sc} author-card" q:key="{tag_slug(n)}"><img class="{sc} avatar" src="{BASE}/cdn-cgi/image/width=64/{BASE}/avatars/{tag_slug(n)}.jpg" width="48" height="48" alt=""><div class="{sc}"><a class="{sc} name" href="/tac-gia/{tag_slug(n)}">{esc(n)}</a><button class="{sc} follow" on:click="q-Cq3dN0s1.js#s_fOLLow9kx2Q[0]" q:id="{next(qid)}">Theo dõi</button></div></div>'
                for n in names
            )
            + "<!--/qv--></section>"
        )
    topics = ""
    if article.tags:
        topics = (
            f'<ul class="{sc} topics" aria-label="Chủ đề">'
            + "".join(
                f'<li class="{sc}" q:key="{tag_slug(t)}"><a class="{sc}" href="/chu-de/{tag_slug(t)}">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul>"
        )
    cat = category_name(article)
    crumbs = f'<li class="{sc}"><a class="{sc}" href="/">Trang chủ</a></li><li class="{sc}"><a class="{sc}" href="{attr(content().category(article.category).path)}">{esc(cat)}</a></li>'
    sub = subcategory_name(article)
    if sub:
        crumbs += f'<li class="{sc}"><a class="{sc}" href="/{attr(article.category)}/{attr(article.subcategory or "")}">{esc(sub)}</a></li>'
    same = "".join(
        f'<li class="{sc}" q:key="{o.article_id}"><a class="{sc}" href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for o in others(article, 4, turn=1301)
    )
    latest = "".join(
        f'<li class="{sc}" q:key="{o.article_id}"><a class="{sc}" href="{attr(o.path)}">{esc(o.title)}</a><span class="{sc} ago">{(n + 1) * 17} phút trước</span></li>'
        for n, o in enumerate(others(article, 5, turn=1307))
    )
    nav = _nav(
        lambda key: content().category(key).path,
        '<a class="' + sc + ' nav-link" href="{href}">{name}</a>',
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_vietnam(moment),
        "dateModified": f"{SERVED.isoformat()}T08:12:00+07:00",
        "author": [{"@type": "Person", "name": n} for n in names],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Báo Lạng Sơn", "url": BASE},
        "mainEntityOfPage": url_of(article),
    }
    state = {
        "refs": {"6": "0 1"},
        "ctx": {},
        "objs": [
            "\u0012",
            article.article_id,
            article.title,
            utc,
            cat,
            lead_text(article),
            credit or "",
            list(article.tags),
            False,
        ],
        "subs": [],
    }
    page = f"""<!DOCTYPE html><html lang="vi" q:container="paused" q:version="1.5.5" q:render="ssr" q:base="/build/" q:locale="" q:manifest-hash="k2x7c1" q:instance="m8d0ql1f2ab"><!--qv q:id=0 q:key=tntn:Ro_0--><!--qv q:id=1 q:key=uXAr:vp_3--><!--qv q:s q:sref=1 q:key=--><head><meta charSet="utf-8" q:head><link rel="manifest" href="/manifest.json" q:head><title q:head>{esc(article.title)} - Báo Lạng Sơn</title><link rel="canonical" href="{attr(url_of(article))}" q:head><meta name="viewport" content="width=device-width, initial-scale=1.0" q:head><link rel="icon" type="image/svg+xml" href="/favicon.svg" q:head><meta name="description" content="{attr(article.lead)}" q:head><meta property="og:title" content="{attr(article.title)}" q:head><meta property="og:description" content="{attr(article.lead)}" q:head><meta property="og:type" content="article" q:head><meta property="og:image" content="{attr(_cf_image(article.images[0], 1200) if article.images else BASE + "/og-default.png")}" q:head><script type="application/ld+json" q:head>{script_json(ld)}</script><link rel="modulepreload" href="/build/q-BzN1cR3e.js"><link rel="stylesheet" href="/assets/DpO1vKqd-style.css"><style q:style="7cc3bl-0" hidden>.⭐️7cc3bl-0.credit{{font-weight:700}}.⭐️7cc3bl-0.topics{{display:flex;gap:.5rem}}</style></head><body lang="vi"><!--qv q:id=2 q:key=0b8H:0--><!--qv q:s q:sref=2 q:key=--><div class="{sc} topbar"><span class="{sc} today">{weekday(SERVED)}, {dmy(SERVED)}</span><a class="{sc}" href="/bao-in">Báo in</a><a class="{sc}" href="/podcast">Podcast</a></div><header class="{sc} header"><a class="{sc} logo" href="/" aria-label="Báo Lạng Sơn"><img src="/logo-bls.svg" width="200" height="44" alt="Báo Lạng Sơn"></a><nav class="{sc} nav"><a class="{sc} nav-link" href="/">Trang chủ</a>{nav}</nav><button class="{sc} search" on:click="q-Dk2mF1a7.js#s_s3arCh0pEn1[0]" q:id="4" aria-label="Tìm kiếm">Tìm kiếm</button></header><!--/qv--><main class="{sc} main"><!--qv q:id=5 q:key=sI9d:article_0--><article class="{sc} article"><ol class="{sc} breadcrumb">{crumbs}</ol><h1 class="{sc} title">{esc(article.title)}</h1><div class="{sc} meta"><time class="{sc}" dateTime="{utc}">{shown}</time><button class="{sc} share" on:click="q-Bq7vT2r4.js#s_sHaR3bTn8xY[0]" q:id="6">Chia sẻ</button></div><p class="{sc} sapo"><strong>{esc(lead_text(article))}</strong></p><div class="{sc} body">{body}</div>{credit_div}{cards}{topics}</article><!--/qv--><section class="{sc} same"><h2 class="{sc}">Cùng chuyên mục</h2><ul class="{sc}">{same}</ul></section><aside class="{sc} rail" on:qvisible="q-Ab4xW9e2.js#s_r41lV1s1bl3[0]" q:id="7"><h2 class="{sc}">Tin mới</h2><ul class="{sc}">{latest}</ul></aside></main><footer class="{sc} footer"><p class="{sc}">© Báo Lạng Sơn – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p class="{sc}">Giấy phép số 45/GP-BTTTT. Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></footer><div class="{sc} consent" role="dialog"><p class="{sc}">Báo Lạng Sơn dùng cookie để ghi nhớ lựa chọn của bạn.</p><button class="{sc}" on:click="q-Ee1rT5y6.js#s_c00kI3oK4y7[0]" q:id="8">Đồng ý</button></div><!--/qv--><script type="qwik/json">{script_json(state)}</script><script q:func="qwik/json">document.currentScript.qFuncs=[]</script><script id="qwikloader">((e,t)=>{{const n="__q_context__",o=window,s=new Set;e.qwikevents=e.qwikevents||[]}})(window,document)</script><script>(window.qwikevents||=[]).push("click","qvisible")</script></body><!--/qv--><!--/qv--></html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("qwik_city", article.article_id, url_of(article), page, record)


# --- 4. A department portal on Concrete CMS reposting the article -------------------------------

_CCM = "https://bqlkkt.langson.gov.vn"


def _ccm_file(article: Article, img: Image, thumb: str = "") -> str:
    """Concrete's address of an uploaded file (`/application/files/1234/5678/9012/name`), or of
    one of its thumbnail types."""
    key = f"{int(stable_digest(f'{article.article_id}/{image_file(img)}')[:12], 16):016d}"[-12:]
    path = f"{key[:4]}/{key[4:8]}/{key[8:]}/{image_file(img)}"
    return f"{_CCM}/application/files/" + (f"thumbnails/{thumb}/{path}" if thumb else path)


def concrete_cms(article: Article) -> CorpusPage:
    """ "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" on Concrete CMS 8 (an
    Elemental-derived theme), reposting the paper's article as a blog entry: the `ccm-page`
    wrapper with the page id and type, the `CCM_*` globals, the auto-nav menu and breadcrumb
    (`ol.breadcrumb`, last item the title), the page-title block's `h1`, page-attribute-display
    blocks for the public date (`Ngày đăng:` and `04/02/2022`, no time, nowhere a time) and the
    views, the article as an editor pasted it: a content block with the bold sapo (with its
    marker), content blocks whose paragraphs are one `<p>` broken by `<br />` pairs (a `&nbsp;`
    line where the paper had an empty paragraph), image blocks as `<picture>` with thumbnail
    `<source>`s and the file in `<img alt="#">`, the caption as its own centred italic content
    block under the picture, the YouTube block, the credit as a right-aligned bold paragraph,
    the source as another attribute display, the tags block with unlinked tags, a "Tin khác"
    page list with dates, a date-navigation archive and a survey in the sidebar."""
    moment = article.published
    shown = f"Ngày đăng: {dmy(moment)}"
    captions = rehosted_captions(article, lambda i: _ccm_file(article, i))
    cid = 1000 + article.article_id % 900
    bid = iter(range(cid * 10, cid * 10 + 500))

    def picture(img: Image) -> str:
        sources = "".join(
            f'<source srcset="{attr(_ccm_file(article, img, kind))}" media="(min-width: {width}px)">'
            for kind, width in (("large", 900), ("medium", 768))
        )
        small = f'<source srcset="{attr(_ccm_file(article, img, "small"))}">'
        out = (
            "<picture><!--[if IE 9]><video style='display: none;'><![endif]-->"
            f"{sources}{small}<!--[if IE 9]></video><![endif]-->"
            f'<img src="{attr(_ccm_file(article, img))}" alt="#" class="ccm-image-block img-responsive bID-{next(bid)}"></picture>'
        )
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{esc(img.caption)}</em></p>'
        return out

    runs: list[str] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            runs.append(
                '<p style="text-align: justify;">' + "<br />\n<br />\n".join(group) + "</p>"
            )
            group.clear()

    for block in article.blocks:
        if isinstance(block, Paragraph):
            group.append(esc(block.text))
        elif isinstance(block, Blank):
            group.append("&nbsp;")
        elif isinstance(block, Image):
            flush()
            runs.append(picture(block))
        elif isinstance(block, Script):
            flush()
            runs.append(
                f'<div id="youtube{next(bid)}" class="youtubeBlock"><iframe class="youtube-player" type="text/html" width="640" height="360" src="//www.youtube.com/embed/lsotv2022?rel=0&amp;wmode=transparent" frameborder="0" allowfullscreen></iframe></div>'
            )
    flush()
    credit = shown_byline(article)
    if credit:
        runs.append(f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>')
    body = "\n\n".join(runs)
    tags = ""
    if article.tags:
        tags = (
            '<div class="ccm-block-tags-wrapper">\n<div class="ccm-block-tags-header"><h5>Từ khóa</h5></div>\n'
            + "\n".join(
                f'<span class="ccm-block-tags-tag label label-default">{esc(t)}</span>'
                for t in article.tags
            )
            + "\n</div>"
        )
    cat = category_name(article)
    section = f"{_CCM}/tin-tuc/{tag_slug(cat)}"
    entries = "".join(
        f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="{_CCM}/tin-tuc/{tag_slug(category_name(o))}/{attr(o.slug)}" target="_self">{esc(o.title)}</a></div><div class="ccm-block-page-list-date">{dmy(o.published)}</div></div></div>'
        for o in others(article, 5, turn=1401)
    )
    archive = "".join(
        f'<li><a href="{_CCM}/tin-tuc/{y}/{m:02d}">tháng {m} {y}</a></li>'
        for y, m in _months_back(5)
    )
    nav = (
        f'<li class=""><a href="{_CCM}/gioi-thieu" target="_self" class="">Giới thiệu</a></li>'
        f'<li class="nav-path-selected"><a href="{_CCM}/tin-tuc" target="_self" class="nav-path-selected">Tin tức</a><ul>'
        + _nav(
            lambda key: f"{_CCM}/tin-tuc/{tag_slug(content().category(key).name)}",
            '<li class=""><a href="{href}" target="_self" class="">{name}</a></li>',
        )
        + f'</ul></li><li class=""><a href="{_CCM}/thu-tuc-hanh-chinh" target="_self" class="">Thủ tục hành chính</a></li><li class=""><a href="{_CCM}/lien-he" target="_self" class="">Liên hệ</a></li>'
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <link rel="stylesheet" type="text/css" href="{_CCM}/application/themes/kkt/css/bootstrap-modified.css">
    <link href="{_CCM}/application/files/cache/css/kkt/main.css?ts=1731990000" rel="stylesheet" type="text/css" media="all">

<title>{esc(article.title)} :: Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn</title>

<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="description" content="{attr(lead_text(article))}"/>
<meta name="generator" content="Concrete CMS"/>
<link rel="canonical" href="{section}/{attr(article.slug)}">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "{_CCM}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "vi_VN";
    var CCM_USER_REGISTERED = false;
</script>

<link href="{_CCM}/concrete/css/font-awesome.css?ccm_nocache=8f1c2a" rel="stylesheet" type="text/css" media="all">
<script type="text/javascript" src="{_CCM}/concrete/js/jquery.js?ccm_nocache=8f1c2a"></script>
<link href="{_CCM}/concrete/blocks/page_list/view.css?ccm_nocache=8f1c2a" rel="stylesheet" type="text/css" media="all">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body>

<div class="ccm-page ccm-page-id-{cid} page-type-blog-entry page-template-right-sidebar">

<header>
    <div class="container">
        <div class="row">
            <div class="col-sm-4 col-xs-6">
                <div class="ccm-custom-style-container ccm-custom-style-headersitetitle-{cid}"><a href="{_CCM}/"><img src="{_CCM}/application/files/4215/0011/2233/logo-kkt.png" alt="#" width="320" height="72" class="ccm-image-block img-responsive bID-41"></a></div>
            </div>
            <div class="col-sm-8 col-xs-6">
                <nav class="ccm-responsive-navigation original"><ul>{nav}</ul></nav><div class="ccm-responsive-menu-launch"><i></i></div>
            </div>
        </div>
    </div>
</header>

<main>
<div class="container">
    <div class="row">
        <div class="col-sm-8 col-content">
<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="{_CCM}/" target="_self">Trang chủ</a></li><li><a href="{_CCM}/tin-tuc" target="_self">Tin tức</a></li><li><a href="{section}" target="_self">{esc(cat)}</a></li><li class="active">{esc(article.title)}</li></ol></nav>

<h1  class="page-title">{esc(article.title)}</h1>

<div class="ccm-block-page-attribute-display-wrapper">
    <span class="ccm-block-page-attribute-display-title">Ngày đăng:</span>
    <div class="ccm-block-page-attribute-display-content">{dmy(moment)}</div>
</div>

<div class="ccm-custom-style-container ccm-custom-style-main-{next(bid)} ccm-block-custom-template-views">
<div class="ccm-block-page-attribute-display-wrapper">
    <span class="ccm-block-page-attribute-display-title">Lượt xem:</span>
    <div class="ccm-block-page-attribute-display-content">{(article.article_id * 13) % 900 + 57}</div>
</div>
</div>

<p style="text-align: justify;"><strong>{esc(lead_text(article))}</strong></p>

{body}

<div class="ccm-block-page-attribute-display-wrapper">
    <span class="ccm-block-page-attribute-display-title">Nguồn tin:</span>
    <div class="ccm-block-page-attribute-display-content">Báo Lạng Sơn điện tử</div>
</div>

{tags}

<div class="ccm-block-page-list-wrapper">
    <div class="ccm-block-page-list-header"><h5>Tin khác</h5></div>
    <div class="ccm-block-page-list-pages">{entries}</div>
</div>
        </div>
        <div class="col-sm-3 col-sm-offset-1 col-sidebar">
<div class="ccm-block-date-navigation-wrapper">
    <div class="ccm-block-date-navigation-header"><h5>Lưu trữ</h5></div>
    <ul class="ccm-block-date-navigation-dates"><li><a href="{_CCM}/tin-tuc">Tất cả</a></li>{archive}</ul>
</div>
<div id="surveyQuestion{next(bid)}" class="ccm-block-survey"><div class="ccm-block-survey-question">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Ban?</div><form method="post" action="{_CCM}/tin-tuc/{tag_slug(cat)}/{attr(article.slug)}/submit_form"><div class="radio"><label><input type="radio" name="optionID" value="1"> Hài lòng</label></div><div class="radio"><label><input type="radio" name="optionID" value="2"> Chưa hài lòng</label></div><button class="btn btn-primary" type="submit">Bình chọn</button></form></div>
        </div>
    </div>
</div>
</main>

<footer id="footer-theme">
    <section>
    <div class="container">
        <div class="row">
            <div class="col-sm-9"><p><strong>BAN QUẢN LÝ KHU KINH TẾ CỬA KHẨU ĐỒNG ĐĂNG - LẠNG SƠN</strong></p><p>Địa chỉ: Đường Lý Thái Tổ, phường Đông Kinh, thành phố Lạng Sơn. Điện thoại: 0205.3878.123</p></div>
            <div class="col-sm-3"><p>Được xây dựng trên <a href="https://www.concretecms.com" rel="nofollow">Concrete CMS</a></p></div>
        </div>
    </div>
    </section>
    <section id="ccm-account-menu-container"></section>
</footer>

</div>

<script type="text/javascript" src="{_CCM}/application/themes/kkt/main.js"></script>
<script type="text/javascript" src="{_CCM}/concrete/js/picturefill.js?ccm_nocache=8f1c2a"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published=None, captions=captions)
    return CorpusPage("concrete_cms", article.article_id, url_of(article), page, record)


# --- 5. A template after the Communist Party's online newspaper ---------------------------------


def _us_culture(moment: datetime) -> str:
    """.NET's `DateTime.ToString()` under en-US: `2/4/2022 9:56:32 AM` (month first)."""
    hour = moment.hour % 12 or 12
    return f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'}"


def dcs_like(article: Article) -> CorpusPage:
    """A template after Báo điện tử Đảng Cộng sản Việt Nam's article page, as baolangson.vn
    might adopt it: a top bar with today's date and the language editions, the red masthead,
    the menu, a `»` breadcrumb (with the subsection of older articles), `h1.post-title`, the
    date `Thứ Sáu, 04/02/2022, 09:56 (GMT+7)`, the text tools (font size, print, email), the
    read-aloud player (voice choice, an `<audio>` of the text-to-speech file and its duration),
    the sapo (with its marker) in `h2.sapo`, the body in `#divNewsContent` with pictures in
    centred caption boxes (`div.content-image`, caption in `div.image-caption`; the CMS fills
    every picture's `alt` with the article title), an in-read banner slot, the credit in
    `p.author` after the body, "Từ khóa" links, "Tin liên quan" and "Các tin khác" with dates,
    and "Xem nhiều"/"Mới nhất" tabs. The server writes `article:published_time` with .NET's
    en-US `ToString()`, not ISO; there is no JSON-LD."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)}, {moment:%H:%M} (GMT+7)"

    def image(img: Image, number: int) -> str:
        cap = (
            f'<div class="image-caption"><span>{esc(img.caption)}</span></div>'
            if img.caption
            else ""
        )
        return f'<div class="content-image" style="text-align:center"><img src="{attr(image_src(img))}" alt="{attr(article.title)}" title="{attr(article.title)}" style="max-width:100%">{cap}</div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-inread" id="inread-1" data-zone="detail_inread"></div>',
        script=f'<div class="video-embed"><video controls preload="none" poster="{BASE}/Images/video-poster.jpg" src="https://media.baolangson.vn/video/lsotv2022.mp4"></video></div>',
    )
    credit = shown_byline(article)
    author = (
        f'<p class="author" style="text-align: right;"><strong>{esc(credit)}</strong></p>'
        if credit
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="post-tags"><span class="title">Từ khóa:</span> '
            + " , ".join(
                f'<a href="/tags/{tag_slug(t)}.html" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    cat = category_name(article)
    crumbs = f'<a href="/">Trang chủ</a> » <a href="{attr(content().category(article.category).path)}">{esc(cat)}</a>'
    sub = subcategory_name(article)
    if sub:
        crumbs += f' » <a href="/{attr(article.category)}/{attr(article.subcategory or "")}">{esc(sub)}</a>'
    related = "".join(
        f'<li><a href="{attr(o.path)}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
        for o in others(article, 3, turn=1501)
    )
    older = "".join(
        f'<li><a href="{attr(o.path)}">{esc(o.title)}</a> <span class="date">({o.published:%H:%M} {dmy(o.published)})</span></li>'
        for o in others(article, 5, turn=1507)
    )
    most = "".join(
        f'<li><span class="num">{n}</span><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=1511), 1)
    )
    newest = "".join(
        f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for o in others(article, 5, turn=1523)
    )
    nav = _nav(
        lambda key: content().category(key).path,
        '<li><a href="{href}">{name}</a></li>',
    )
    words = sum(len(p.text.split()) for p in article.paragraphs) + len(article.lead.split())
    seconds = words * 60 // 150
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(article.title)} - Báo Lạng Sơn điện tử
</title><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="description" content="{attr(lead_text(article))}" /><meta name="keywords" content="{attr(",".join(article.tags))}" /><meta property="og:type" content="article" /><meta property="og:title" content="{attr(article.title)}" /><meta property="og:description" content="{attr(lead_text(article))}" /><meta property="og:url" content="{attr(url_of(article))}" /><meta property="article:published_time" content="{_us_culture(moment)}" /><meta property="article:section" content="{attr(cat)}" /><link rel="canonical" href="{attr(url_of(article))}" /><link href="/Content/css/style.css?v=2.3" rel="stylesheet" type="text/css" /></head>
<body>
<form method="post" action="{attr(article.path)}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkRmx4cGJ3c3VvZ0lJb0c=" /></div>
<div id="wrapper">
<div class="top-bar"><div class="container"><span class="today">{weekday(SERVED)}, ngày {dmy(SERVED)}</span><ul class="lang"><li><a href="https://en.baolangson.vn">English</a></li><li><a href="https://cn.baolangson.vn">中文</a></li><li><a href="/rss.html">RSS</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul></div></div>
<div class="masthead"><div class="container"><a href="/" class="logo"><img src="/Images/logo-bls-red.png" alt="Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn" /></a><div class="search"><input type="text" name="txtSearch" placeholder="Nhập từ khóa tìm kiếm" /><a href="/tim-kiem.html" class="btn-search">Tìm</a></div></div></div>
<div class="menu"><div class="container"><ul><li class="home"><a href="/"><img src="/Images/icon-home.png" alt="" /></a></li>{nav}</ul></div></div>
<div class="container main">
<div class="col-main">
<div class="breadcrumb">{crumbs}</div>
<div class="post-detail">
<h1 class="post-title">{esc(article.title)}</h1>
<div class="post-meta"><span class="post-date">{shown}</span><span class="tools"><span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a></span> | <a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject={attr(article.title)}&amp;body={attr(url_of(article))}">Gửi email</a></span></div>
<div class="audio-player"><span class="label">Nghe bài viết</span><select class="voice"><option value="hn_female" selected="selected">Giọng nữ miền Bắc</option><option value="hn_male">Giọng nam miền Bắc</option><option value="sg_female">Giọng nữ miền Nam</option></select><audio controls preload="none" src="https://tts.baolangson.vn/audio/{moment:%Y/%m/%d}/{article.article_id}_hn_female.mp3"></audio><span class="duration">00:00 / {seconds // 60:02d}:{seconds % 60:02d}</span></div>
<h2 class="sapo">{esc(lead_text(article))}</h2>
<div class="post-content" id="divNewsContent">
{body}
</div>
{author}
{tags}
<div class="post-share"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}">Chia sẻ Facebook</a> <a class="zalo" href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}">Zalo</a></div>
</div>
<div class="box-related"><h3 class="box-title">Tin liên quan</h3><ul>{related}</ul></div>
<div class="box-older"><h3 class="box-title">Các tin khác</h3><ul>{older}</ul></div>
</div>
<div class="col-side">
<div class="tabs"><ul class="tab-head"><li class="active"><a href="#tab-most">Xem nhiều</a></li><li><a href="#tab-new">Mới nhất</a></li></ul><div class="tab-body" id="tab-most"><ul>{most}</ul></div><div class="tab-body" id="tab-new" style="display:none"><ul>{newest}</ul></div></div>
<div class="banner"><a href="/chuyen-de/hoc-tap-va-lam-theo-bac.html"><img src="/Images/banner/hoc-tap-bac.jpg" alt="" /></a></div>
</div>
</div>
<div class="footer"><div class="container"><p><strong>BÁO LẠNG SƠN ĐIỆN TỬ</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT.</p><p>Tòa soạn: Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p></div></div>
</div>
</form>
<script src="/Scripts/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="/Scripts/detail.js?v=2.3" type="text/javascript"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes")
    return CorpusPage("dcs_like", article.article_id, url_of(article), page, record)


MARKUPS_P: dict[str, Renderer] = {
    "elementor_wp": elementor_wp,
    "grav_quark": grav_quark,
    "qwik_city": qwik_city,
    "concrete_cms": concrete_cms,
    "dcs_like": dcs_like,
}
