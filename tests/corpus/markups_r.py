# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set R: the seventeenth held-out set (scored once sealed at 97.4 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: a local news site on WordPress with tagDiv's Newspaper theme and
its Cloud Library single-post template (`tdb_*` blocks inside `vc_row`/`vc_column` wrappers,
the vi date `4 Tháng Hai, 2022` in a `time.entry-date` whose `datetime` is ISO with the site's
offset, the WordPress account named by the author block, Yoast's `@graph` in UTC, the credit and
the source line closing the text), baolangson.vn redesigned on WordPress with the JNews theme
(`jeg_*` containers, the sapo as `h2.jeg_post_subtitle`, `d/m/Y - H:i` dates, lazysizes pictures
behind a base64 placeholder in classic `wp-caption` boxes, the site account as the post
author, the credit in bold at the end), a mountain-tourism cooperative's Jimdo Creator blog
reposting the article (`j-module` wrappers, the post date as day/month/year spans of a
date-only `<time>`, pictures on image.jimcdn.com with the caption as the image module's
subtitle, no section and no tags), a Fresh (Deno) app of the paper's mobile edition (islands
marked by `<!--frsh-…-->` comments, Tailwind-like utility classes, the credit before the text,
a `datetime` with no zone, `#` before each topic), and a ThemeForest static HTML news template
bought by a district portal (Bootstrap markup, the template's English labels left untranslated,
`By` and the reporters' names in the post meta, the date as `February 4, 2022`, pictures
addressed relative to the page). The expected records come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with seconds in a meta, JSON-LD or `datetime` with its zone counts, even in UTC; a
printed local time counts to the minute it shows; a machine time written without any zone
does not count unless the local time the page prints confirms it (JNews's `Y-m-d H:i:s`, which
then gives its seconds); a date alone gives no time; none when the page gives no time),
`byline` the credit as shown (without a field label such as `By`, never a source line such as
`Nguồn: Báo Lạng Sơn`, nor the WordPress account or site named as the post's author when the
page prints a credit; where a page shows only the authors' names, those names as shown joined
by ", "), `authors` the names in it in the usual capitalisation, `tags` only the tags the page
shows (without the `#` printed before each), `category` the top-level section the page shows
(none on the Jimdo repost, which shows no section of the paper), a caption's `image_url` the
address the page serves the picture from (the `data-src` behind a placeholder, the rehosted
copy, a relative `src` resolved against the page's address; never a `srcset` width) and its
`text` the caption as printed.

The masthead's today date, the "Cập nhật" (modified) times, view and comment counts, the
breaking-news ticker, the dates of other articles, relative times, readers' comment dates and
the read-aloud player's duration are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from urllib.parse import urljoin

from tests.corpus.pages import (
    BASE,
    EN_MONTHS,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    author_names,
    category_name,
    content,
    dmy,
    esc,
    expected,
    image_stem,
    lead_text,
    others,
    rehosted_captions,
    script_json,
    shown_byline,
    stable_digest,
    stable_uuid,
    subcategory_name,
    tag_slug,
    url_of,
    vietnam_to_utc,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import clean, iso_vietnam
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script


def _nav(item: str) -> str:
    """The site menu: each section as `item` formats it (`{href}`, `{name}`)."""
    return "".join(item.format(href=attr(c.path), name=esc(c.name)) for c in content().categories)


# The vi language pack's month names (WordPress `F`).
_VI_MONTHS = (
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
)


def _wp_upload(host: str, article: Article, img: Image, size: str = "") -> str:
    """Where WordPress keeps an uploaded picture (`-300x200` for a generated size)."""
    name = image_stem(img) + (f"-{size}" if size else "") + ".jpg"
    return f"{host}/wp-content/uploads/{article.published:%Y/%m}/{name}"


# --- 1. A local news site on WordPress with tagDiv's Newspaper theme ------------------------------

_TD = "https://langsonngaynay.vn"


def _td_image(article: Article) -> Callable[[Image], str]:
    """The repost's own upload of a picture."""
    return lambda img: _wp_upload(_TD, article, img)


def _tdb(kind: str, inner: str, key: str, extra: str = "") -> str:
    """A tagDiv Cloud Library block (`tdb_…`) with its inner wrapper."""
    uid = "tdi_" + str(int(stable_digest(kind + key)[:6], 16) % 900 + 40)
    return (
        f'<div class="td_block_wrap {kind} {uid} td-pb-border-top td_block_template_1{extra}" data-td-block-uid="{uid}">'
        f'<style>.{uid}{{margin-bottom:12px!important}}</style><div class="tdb-block-inner td-fix-index">{inner}</div></div>'
    )


def _vc_row(columns: str, key: str) -> str:
    """A tagDiv Composer row (Visual Composer markup) holding columns."""
    uid = "tdi_" + str(int(stable_digest("row" + key)[:6], 16) % 900 + 40)
    return (
        f'<div id="{uid}" class="tdc-row"><div class="vc_row {uid} wpb_row td-pb-row">'
        f"<style scoped>.{uid}{{min-height:0}}</style>{columns}</div></div>"
    )


def _vc_column(width: str, inner: str) -> str:
    """A tagDiv Composer column."""
    return (
        f'<div class="vc_column td-pb-span{width} wpb_column vc_column_container tdc-column">'
        f'<div class="wpb_wrapper">{inner}</div></div>'
    )


def td_newspaper(article: Article) -> CorpusPage:
    """ "Lạng Sơn Ngày Nay", a local news site on WordPress with tagDiv's Newspaper 12 theme,
    reposting the paper's article through a Cloud Library single-post template: the top bar
    with today's date (`Thứ Hai, Tháng Mười Một 23, 2026`) and social icons, the logo and
    `td-header-menu-wrap` menu, `tdb_breadcrumbs` (with the subsection of older articles), the
    category pill, `h1.tdb-title-text`, the author block naming the WordPress account ("Bởi
    Biên tập viên") with its avatar, `time.entry-date.updated.td-module-date` printing the vi
    date `4 Tháng Hai, 2022` with the ISO `datetime` in the site's offset, views and comment
    counts, the share bar, the text in `tdb_single_content` (the lead in bold with its marker,
    Gutenberg image blocks with `srcset` and `figcaption`, an inline ad, a YouTube embed
    block), the credit right-aligned in bold then `Nguồn: Báo Lạng Sơn` in italics, the
    `tdb-tags` list after the "THẺ" label, previous/next posts, the author box, "Bài viết liên
    quan" modules with their dates, the comment form and the footer. Yoast writes the
    `@graph` with times in UTC and the account as the author."""
    moment = article.published
    shown = f"{moment.day} {_VI_MONTHS[moment.month - 1]}, {moment.year}"
    address = _td_image(article)
    captions = rehosted_captions(article, address)
    cat = category_name(article)
    cat_href = f"{_TD}/chuyen-muc/{tag_slug(cat)}/"
    post_id = 40000 + article.article_id % 9973

    def image(img: Image, number: int) -> str:
        src = address(img)
        srcset = ", ".join(
            f"{_wp_upload(_TD, article, img, size)} {size.split('x')[0]}w"
            for size in ("300x200", "768x512", "696x464")
        )
        cap = (
            f'<figcaption class="wp-element-caption">{esc(img.caption)}</figcaption>'
            if img.caption
            else ""
        )
        return (
            f'<figure class="wp-block-image aligncenter size-full"><img decoding="async" width="800" height="533" '
            f'src="{attr(src)}" alt="" class="wp-image-{post_id + number}" srcset="{attr(src)} 800w, {attr(srcset)}" '
            f'sizes="(max-width: 800px) 100vw, 800px" />{cap}</figure>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="td-a-ad id_inline_content_ad td-a-ad-inline"><span class="td-adspot-title">- Quảng cáo -</span><div class="td-all-devices"><a href="https://langsonngaynay.vn/lien-he-quang-cao/"><img src="https://langsonngaynay.vn/wp-content/uploads/2021/06/banner-quang-cao-728x90.jpg" alt="Quảng cáo" width="728" height="90"></a></div></div>',
        script='<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe title="Truyền hình Lạng Sơn" width="696" height="392" src="https://www.youtube.com/embed/lsotv2022?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure>',
    )
    credit = shown_byline(article)
    closing = (
        f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>\n' if credit else ""
    ) + '<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>'
    text = f"<p><strong>{esc(lead_text(article))}</strong></p>\n{body}\n{closing}"
    crumbs = (
        f'<span><a title="" class="tdb-entry-crumb" href="{_TD}/">Trang chủ</a></span>'
        f'<i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i>'
        f'<span><a title="Xem tất cả bài viết trong {attr(cat)}" class="tdb-entry-crumb" href="{attr(cat_href)}">{esc(cat)}</a></span>'
    )
    sub = subcategory_name(article)
    if sub:
        crumbs += (
            f'<i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i>'
            f'<span><a title="Xem tất cả bài viết trong {attr(sub)}" class="tdb-entry-crumb" href="{attr(cat_href)}{attr(article.subcategory or "")}/">{esc(sub)}</a></span>'
        )
    tags = ""
    if article.tags:
        tags = _tdb(
            "tdb_single_tags",
            '<ul class="tdb-tags"><li><span>THẺ</span></li>'
            + "".join(
                f'<li><a href="{_TD}/tag/{tag_slug(t)}/">{esc(t)}</a></li>' for t in article.tags
            )
            + "</ul>",
            "tags",
        )
    related = "".join(
        f'<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack td-cpt-post"><div class="td-module-container td-category-pos-"><div class="td-image-container"><div class="td-module-thumb"><a href="{attr(_TD + o.path)}" rel="bookmark" class="td-image-wrap " title="{attr(o.title)}"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{_TD}/wp-content/uploads/{o.published:%Y/%m}/thumb-{o.article_id}-218x150.jpg"></span></a></div></div><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="{attr(_TD + o.path)}" rel="bookmark" title="{attr(o.title)}">{esc(o.title)}</a></h3><div class="td-editor-date"><span class="td-author-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_vietnam(o.published)}">{o.published.day} {_VI_MONTHS[o.published.month - 1]}, {o.published.year}</time></span></span></div></div></div></div>'
        for o in others(article, 3, turn=1601)
    )
    popular = "".join(
        f'<div class="td_module_flex td_module_flex_6"><h3 class="entry-title td-module-title"><a href="{attr(_TD + o.path)}">{esc(o.title)}</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_vietnam(o.published)}">{o.published.day} {_VI_MONTHS[o.published.month - 1]}, {o.published.year}</time></span></div>'
        for o in others(article, 4, turn=1607)
    )
    utc = f"{vietnam_to_utc(moment):%Y-%m-%dT%H:%M:%S}+00:00"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{_TD}{article.path}#article",
                "isPartOf": {"@id": f"{_TD}{article.path}"},
                "author": {"name": "Biên tập viên", "@id": f"{_TD}/#/schema/person/9b1f0c"},
                "headline": article.title[:110],
                "datePublished": utc,
                "dateModified": f"{SERVED.isoformat()}T01:12:40+00:00",
                "mainEntityOfPage": {"@id": f"{_TD}{article.path}"},
                "publisher": {"@id": f"{_TD}/#organization"},
                "keywords": list(article.tags),
                "articleSection": [cat],
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": f"{_TD}{article.path}",
                "url": f"{_TD}{article.path}",
                "name": f"{article.title} - Lạng Sơn Ngày Nay",
                "datePublished": utc,
                "inLanguage": "vi",
            },
            {
                "@type": "Organization",
                "@id": f"{_TD}/#organization",
                "name": "Lạng Sơn Ngày Nay",
                "url": f"{_TD}/",
            },
            {
                "@type": "Person",
                "@id": f"{_TD}/#/schema/person/9b1f0c",
                "name": "Biên tập viên",
                "url": f"{_TD}/author/bientap/",
            },
        ],
    }
    header = _vc_row(
        _vc_column(
            "12",
            _tdb("tdb_breadcrumbs", crumbs, "crumbs")
            + _tdb(
                "tdb_single_categories",
                f'<a class="tdb-entry-category" href="{attr(cat_href)}"><span class="tdb-cat-bg"></span>{esc(cat)}</a>',
                "cats",
                " tdb-category",
            )
            + _tdb(
                "tdb_title",
                f'<h1 class="tdb-title-text">{esc(article.title)}</h1><div></div><div class="tdb-title-line"></div>',
                "title",
            )
            + '<div class="vc_row_inner tdi_60 vc_row vc_inner wpb_row td-pb-row"><div class="vc_column_inner"><div class="wpb_wrapper">'
            + _tdb(
                "tdb_single_author",
                f'<a class="tdb-author-photo" href="{_TD}/author/bientap/" title="Biên tập viên"><img alt="Biên tập viên" src="https://secure.gravatar.com/avatar/5d1c3e?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo avatar-default" height="96" width="96" loading="lazy"></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">Bởi</span> <a class="tdb-author-name" href="{_TD}/author/bientap/">Biên tập viên</a></div>',
                "author",
                " tdb-author-name-inline",
            )
            + _tdb(
                "tdb_single_date",
                f'<i class="tdc-font-fa tdc-font-fa-clock-o"></i><time class="entry-date updated td-module-date" datetime="{iso_vietnam(moment)}">{shown}</time>',
                "date",
            )
            + _tdb(
                "tdb_single_post_views",
                f'<div class="tdb-like-count"><i class="td-icon-views"></i><span class="td-nr-views-{post_id}">{(article.article_id % 3000) + 217}</span></div>',
                "views",
            )
            + _tdb(
                "tdb_single_comments_count",
                f'<a href="{_TD}{article.path}#respond"><i class="td-icon-comments"></i><span>0</span></a>',
                "comments",
            )
            + "</div></div></div>",
        ),
        "head",
    )
    share = (
        '<div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u='
        + attr(_TD + article.path)
        + '" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>'
        '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?url='
        + attr(_TD + article.path)
        + '" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a>'
        '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-mail" href="mailto:?subject='
        + attr(article.title)
        + '" title="Email"><div class="td-social-but-icon"><i class="td-icon-mail"></i></div></a>'
        '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-print" href="#" title="Print"><div class="td-social-but-icon"><i class="td-icon-print"></i></div></a></div>'
    )
    main = _vc_row(
        _vc_column(
            "8",
            _tdb(
                "tdb_single_post_share",
                f'<div class="td-post-sharing-classic"></div><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Chia sẻ</div></div></div>{share}</div>',
                "share",
            )
            + _tdb("tdb_single_content", text, "content", " tagdiv-type")
            + tags
            + _tdb(
                "tdb_single_next_prev",
                f'<div class="tdb-next-post tdb-next-post-bg tdb-post-prev"><span>Bài trước</span><a href="{attr(_TD + others(article, 1, turn=1609)[0].path)}">{esc(others(article, 1, turn=1609)[0].title)}</a></div><div class="tdb-next-post tdb-next-post-bg tdb-post-next"><span>Bài tiếp theo</span><a href="{attr(_TD + others(article, 1, turn=1611)[0].path)}">{esc(others(article, 1, turn=1611)[0].title)}</a></div>',
                "nextprev",
            )
            + _tdb(
                "tdb_single_author_box",
                f'<div class="tdb-author-info"><a href="{_TD}/author/bientap/" class="tdb-author-photo"><img alt="Biên tập viên" src="https://secure.gravatar.com/avatar/5d1c3e?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96"></a><div class="tdb-author-info"><a href="{_TD}/author/bientap/" class="tdb-author-name">Biên tập viên</a><div class="tdb-author-descr">Ban biên tập trang tin Lạng Sơn Ngày Nay. Tin bài đăng lại đều ghi rõ nguồn.</div></div></div>',
                "authorbox",
            )
            + f'<div class="td_block_wrap td_flex_block_1 tdi_90 td_with_ajax_pagination td-pb-border-top td_block_template_8 td_flex_block"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Bài viết liên quan</span></h4></div><div class="td_block_inner td-mc1-wrap">{related}</div></div>'
            + _tdb(
                "tdb_single_comments",
                f'<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Để lại một bình luận</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{_TD}{article.path}#respond" style="display:none;">Hủy trả lời</a></small></h3><form action="{_TD}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required="true"></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required="true"></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"></p></form></div></div>',
                "comments-form",
            ),
        )
        + _vc_column(
            "4",
            f'<div class="td_block_wrap td_flex_block_1 tdi_95 td_block_template_8"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Đọc nhiều</span></h4></div><div class="td_block_inner">{popular}</div></div>'
            '<div class="td_block_wrap td_block_social_counter"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Theo dõi chúng tôi</span></h4></div><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><span class="td_social_info">12,480</span><span class="td_social_info td_social_info_name">Thích</span></div></div></div>',
        ),
        "main",
    )
    menu_items = _nav(
        '<li class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu"><a href="'
        + _TD
        + '/chuyen-muc{href}/">{name}</a></li>'
    )
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="vi"> <!--<![endif]-->
<head>
    <title>{esc(article.title)} - Lạng Sơn Ngày Nay</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{_TD}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="icon" type="image/png" href="{_TD}/wp-content/uploads/2021/05/favicon.png">
	<!-- This site is optimized with the Yoast SEO plugin v21.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<link rel="canonical" href="{_TD}{article.path}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{attr(article.title)} - Lạng Sơn Ngày Nay" />
	<meta property="og:description" content="{attr(lead_text(article)[:155])}" />
	<meta property="og:url" content="{_TD}{article.path}" />
	<meta property="og:site_name" content="Lạng Sơn Ngày Nay" />
	<meta property="article:published_time" content="{utc}" />
	<meta property="article:modified_time" content="{SERVED.isoformat()}T01:12:40+00:00" />
	<meta property="og:image" content="{attr(captions[0]["image_url"] or "") if captions else _TD + "/wp-content/uploads/2021/05/logo-share.jpg"}" />
	<meta name="author" content="Biên tập viên" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="Biên tập viên" />
	<meta name="twitter:label2" content="Ước tính thời gian đọc" />
	<meta name="twitter:data2" content="3 phút" />
	<script type="application/ld+json" class="yoast-schema-graph">{script_json(graph)}</script>
	<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='td-theme-css' href='{_TD}/wp-content/themes/Newspaper/style.css?ver=12.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='tdb_style_cloud_templates_front-css' href='{_TD}/wp-content/plugins/td-cloud-library/assets/css/tdb_main.css?ver=55b5b6fb5d' type='text/css' media='all' />
<script type="text/javascript" src="{_TD}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var tdBlocksArray = []; var tdLocalCache = {{}}; var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}}];</script>
<style id="tdw-css-placeholder"></style></head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard td-standard-pack global-block-template-8 tdb_template_5512 tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap ">
<div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap ">
<div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1">
<div class="td-header-sp-top-menu">
<div class="td_data_time"><div>{weekday(SERVED)}, {_VI_MONTHS[SERVED.month - 1]} {SERVED.day}, {SERVED.year}</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="{_TD}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{_TD}/lien-he/">Liên hệ</a></li><li class="menu-item"><a href="{_TD}/lien-he-quang-cao/">Quảng cáo</a></li></ul></div></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/langsonngaynay" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://www.youtube.com/@langsonngaynay" title="Youtube"><i class="td-icon-font td-icon-youtube"></i></a></span></div>
</div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{_TD}/"><img class="td-retina-data" data-retina="{_TD}/wp-content/uploads/2021/05/logo-retina.png" src="{_TD}/wp-content/uploads/2021/05/logo.png" alt="Lạng Sơn Ngày Nay" width="272" height="90"/><span class="td-visual-hidden">Lạng Sơn Ngày Nay</span></a></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home td-menu-item td-normal-menu"><a href="{_TD}/">Trang chủ</a></li>{menu_items}</ul></div></div><div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" aria-label="Tìm kiếm" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div></div></div></div>
</div></div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{post_id}" data-autoload-type="" data-autoload-count="5">
<style>.tdb-autoload-wrap{{position:relative}}</style>
<div class="td-main-content-wrap td-container-wrap">
<div class="tdc-content-wrap">
<article id="template-id-5512" class="post-5512 tdb_templates type-tdb_templates status-publish post" itemscope itemtype="https://schema.org/Article">
<meta itemprop="mainEntityOfPage" content="{_TD}{article.path}">
<meta itemprop="headline" content="{attr(article.title)}">
<meta itemprop="datePublished" content="{iso_vietnam(moment)}">
<meta itemprop="dateModified" content="{SERVED.isoformat()}T08:12:40+07:00">
<div id="tdi_29" class="tdc-zone"><div class="tdc_zone tdi_30  wpb_row td-pb-row">
{header}
{main}
</div></div>
</article>
</div></div></div>
<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap "><div id="tdi_120" class="tdc-zone"><div class="tdc_zone tdi_121 wpb_row td-pb-row tdc-element-style">
<div class="tdc-row"><div class="vc_row wpb_row td-pb-row"><div class="vc_column td-pb-span4"><div class="wpb_wrapper"><div class="td_block_wrap tdb_header_logo"><a class="tdb-logo-a" href="{_TD}/"><img class="tdb-logo-img" src="{_TD}/wp-content/uploads/2021/05/logo-footer.png" alt="Lạng Sơn Ngày Nay"></a></div><div class="td_block_wrap td_block_text_with_title"><div class="td_mod_wrap td-fix-index"><p>Trang tin tổng hợp về đời sống, kinh tế, du lịch xứ Lạng. Nội dung đăng lại ghi rõ nguồn theo quy định.</p></div></div></div></div><div class="vc_column td-pb-span4"><div class="wpb_wrapper"><div class="td_block_wrap td_block_list_menu"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Về chúng tôi</span></h4></div><ul class="menu"><li><a href="{_TD}/gioi-thieu/">Giới thiệu</a></li><li><a href="{_TD}/chinh-sach-bao-mat/">Chính sách bảo mật</a></li><li><a href="{_TD}/lien-he/">Liên hệ</a></li></ul></div></div></div></div></div>
<div class="tdc-row"><div class="vc_row wpb_row td-pb-row"><div class="vc_column td-pb-span12"><div class="wpb_wrapper"><div class="td_block_wrap tdm_block_inline_text"><p class="tdm-descr">© Bản quyền thuộc về Lạng Sơn Ngày Nay - Thiết kế bởi tagDiv</p></div></div></div></div></div>
</div></div></div></div>
</div><!--close td-outer-wrap-->
<script type="text/javascript" src="{_TD}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.2" id="td-site-min-js"></script>
<script>var tdb_globals={{"wpRestNonce":"f1c2d3e4a5","wpRestUrl":"{_TD}/wp-json/","permalinkStructure":"/%postname%/","isAjax":false,"isAdminBarShowing":false,"autoloadScrollPercent":50,"postAutoloadStatus":"off","origPostEditUrl":null}};</script>
</body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("td_newspaper", article.article_id, url_of(article), page, record)


# --- 2. baolangson.vn redesigned on WordPress with the JNews theme --------------------------------

_PLACEHOLDER = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="


def _jnews_time(moment: datetime) -> str:
    """The site's date format, `d/m/Y - H:i`."""
    return f"{dmy(moment)} - {moment:%H:%M}"


def jnews_wp(article: Article) -> CorpusPage:
    """baolangson.vn as a WordPress site on the JNews theme (a plausible next redesign): the
    `jeg_topbar` with today's date, the `jeg_navbar` menu, `#breadcrumbs` with `›`, the
    `h1.jeg_post_title`, the sapo (with its marker) as `h2.jeg_post_subtitle`, the meta bar
    naming the site account ("bởi Báo Lạng Sơn") with its avatar, the date `04/02/2022 - 09:56`
    in `.jeg_meta_date`, the category after "trong", the comment count and the reading time,
    the share bar with counts, `.content-inner` with classic `wp-caption` boxes whose pictures
    are lazysizes images (`data-src`, `data-srcset`, a base64 placeholder in `src`), an ad in
    `jeg_ad`, the credit in bold right-aligned as the last paragraph, "Tags:" links in
    `.jeg_post_tags`, the author box of the account, "Bài liên quan" with dates, the comment
    form and the footer. JNews writes its own JSON-LD `NewsArticle` with the local times as
    `Y-m-d H:i:s` without a zone (the printed date line confirms them, so the seconds count)
    and names the organisation as the author."""
    moment = article.published
    shown = _jnews_time(moment)
    cat = category_name(article)
    cat_path = content().category(article.category).path
    post_id = 80000 + article.article_id % 9871

    def upload(img: Image, size: str = "") -> str:
        return _wp_upload(BASE, article, img, size)

    captions = rehosted_captions(article, upload)

    def image(img: Image, number: int) -> str:
        srcset = ", ".join(f"{upload(img, s)} {s.split('x')[0]}w" for s in ("300x200", "750x500"))
        tag = (
            f'<img decoding="async" class="size-full wp-image-{post_id + number} lazyload" src="{_PLACEHOLDER}" '
            f'data-src="{attr(upload(img))}" data-srcset="{attr(upload(img))} 800w, {attr(srcset)}" '
            f'data-sizes="auto" alt="{attr(article.title) if number == 1 else ""}" width="800" height="533" data-expand="700">'
        )
        if not img.caption:
            return f'<p style="text-align: center;">{tag}</p>'
        return (
            f'<div id="attachment_{post_id + number}" style="width: 810px" class="wp-caption aligncenter">'
            f'{tag}<p id="caption-attachment-{post_id + number}" class="wp-caption-text">{esc(img.caption)}</p></div>'
        )

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class="ads-wrapper align-center "><a href="https://baolangson.vn/quang-cao" aria-label="Visit advertisement link" target="_blank" rel="nofollow noopener" class="adlink ads_image align-center"><img width="728" height="90" src="'
        + _PLACEHOLDER
        + '" class="lazyload" data-src="https://baolangson.vn/wp-content/uploads/2021/12/banner-728x90.jpg" alt="" data-pin-no-hover="true"></a><div class="ads-text">QUẢNG CÁO</div></div></div>',
        script='<div class="jeg_video_container jeg_video_content"><iframe title="LSTV" width="750" height="422" data-src="https://www.youtube.com/embed/lsotv2022?feature=oembed" class="lazyload" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    credit_p = f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p>' if credit else ""
    crumbs = (
        f'<span class=""><a href="{BASE}">Trang chủ</a></span><i class="fa fa-angle-right"></i>'
        f'<span class="breadcrumb_last_link"><a href="{attr(BASE + cat_path)}">{esc(cat)}</a></span>'
    )
    sub = subcategory_name(article)
    if sub:
        crumbs += f'<i class="fa fa-angle-right"></i><span class=""><a href="{attr(BASE + cat_path)}/{attr(article.subcategory or "")}">{esc(sub)}</a></span>'
    tags = ""
    if article.tags:
        tags = (
            '<div class="jeg_post_tags"><span>Tags:</span> '
            + "".join(
                f'<a href="{BASE}/tag/{tag_slug(t)}/" rel="tag">{esc(t)}</a>' for t in article.tags
            )
            + "</div>"
        )
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="{attr(BASE + o.path)}"><div class="thumbnail-container animate-lazy  size-715 "><img width="120" height="86" src="{_PLACEHOLDER}" class="attachment-jnews-120x86 size-jnews-120x86 lazyload wp-post-image" alt="{attr(o.title)}" data-src="{BASE}/wp-content/uploads/{o.published:%Y/%m}/thumb-{o.article_id}-120x86.jpg"></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{attr(BASE + o.path)}">{esc(o.title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{attr(BASE + o.path)}"><i class="fa fa-clock-o"></i> {_jnews_time(o.published)}</a></div></div></div></article>'
        for o in others(article, 4, turn=1701)
    )
    popular = "".join(
        f'<li><span class="jeg_number">{n + 1}</span><h3 class="jeg_post_title"><a href="{attr(BASE + o.path)}">{esc(o.title)}</a></h3></li>'
        for n, o in enumerate(others(article, 5, turn=1703))
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
        "dateCreated": f"{moment:%Y-%m-%d %H:%M:%S}",
        "datePublished": f"{moment:%Y-%m-%d %H:%M:%S}",
        "dateModified": f"{SERVED.isoformat()} 09:02:11",
        "url": url_of(article),
        "headline": article.title,
        "name": article.title,
        "articleBody": " ".join(clean(p.text) for p in article.paragraphs)[:300],
        "articleSection": cat,
        "image": {
            "@type": "ImageObject",
            "url": upload(article.images[0])
            if article.images
            else BASE + "/wp-content/uploads/2021/12/logo.png",
            "width": 800,
            "height": 533,
        },
        "author": {
            "@type": "Organization",
            "url": BASE + "/author/baolangson/",
            "name": "Báo Lạng Sơn",
        },
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "url": BASE,
            "logo": {"@type": "ImageObject", "url": BASE + "/wp-content/uploads/2021/12/logo.png"},
        },
    }
    menu_items = _nav(
        '<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="'
        + BASE
        + '{href}">{name}</a></li>'
    )
    page = f"""<!doctype html>
<!--[if lt IE 7]> <html class="no-js lt-ie9 lt-ie8 lt-ie7" lang="vi"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="vi"> <!--<![endif]-->
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
    <link rel="profile" href="http://gmpg.org/xfn/11" />
    <link rel="pingback" href="{BASE}/xmlrpc.php" />
    <title>{esc(article.title)} &#8211; Báo Lạng Sơn</title>
<meta name='robots' content='max-image-preview:large' />
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:description" content="{attr(lead_text(article)[:160])}">
<meta property="og:url" content="{attr(url_of(article))}">
<meta property="og:locale" content="vi">
<meta property="og:image" content="{attr(upload(article.images[0]) if article.images else BASE + "/wp-content/uploads/2021/12/logo.png")}">
<meta property="article:section" content="{attr(cat)}">
{"".join(f'<meta property="article:tag" content="{attr(t)}">' for t in article.tags)}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{attr(url_of(article))}" />
<link rel='stylesheet' id='jnews-frontend-css' href='{BASE}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.0.7' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-style-css' href='{BASE}/wp-content/themes/jnews/style.css?ver=11.0.7' type='text/css' media='all' />
<script type="text/javascript" src="{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type='application/ld+json'>{script_json(ld)}</script>
<style id="jeg_dynamic_css" type="text/css" data-type="jeg_custom-css">.jeg_topbar,.jeg_topbar.dark{{background:#b0171f}} .jeg_post_title{{font-family:Merriweather}}</style></head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal">
    <div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
    <div class="jeg_viewport">
        <div class="jeg_header_wrapper">
            <div class="jeg_header_instagram_wrapper"></div>
            <div class="jeg_header normal">
                <div class="jeg_topbar jeg_container jeg_navbar_wrapper dark">
                    <div class="container"><div class="jeg_nav_row">
                        <div class="jeg_nav_col jeg_nav_left  jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">{weekday(SERVED)}, {SERVED.day} {_VI_MONTHS[SERVED.month - 1]}, {SERVED.year}</div><div class="jeg_nav_item"><ul class="jeg_menu jeg_top_menu"><li class="menu-item"><a href="{BASE}/bao-in/">Báo in</a></li><li class="menu-item"><a href="{BASE}/lien-he/">Liên hệ</a></li></ul></div></div></div>
                        <div class="jeg_nav_col jeg_nav_right  jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/baolangson" target='_blank' rel='external noopener nofollow' class="jeg_facebook"><i class="fa fa-facebook"></i> </a><a href="https://www.youtube.com/@baolangson" target='_blank' rel='external noopener nofollow' class="jeg_youtube"><i class="fa fa-youtube-play"></i> </a></div></div></div>
                    </div></div>
                </div>
                <div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><div class="site-title"><a href="{BASE}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="{BASE}/wp-content/uploads/2021/12/logo.png" srcset="{BASE}/wp-content/uploads/2021/12/logo.png 1x, {BASE}/wp-content/uploads/2021/12/logo@2x.png 2x" alt="Báo Lạng Sơn" data-light-src="{BASE}/wp-content/uploads/2021/12/logo.png" width="300" height="66"></a></div></div></div></div></div></div></div>
                <div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="{BASE}/">Trang chủ</a></li>{menu_items}</ul></div></div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle" aria-label="Search Button"><i class="fa fa-search"></i></a><form action="{BASE}/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="Tìm kiếm..." type="text" value="" autocomplete="off"><button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div></div></div></div></div>
            </div>
        </div>
        <div class="jeg_main ">
            <div class="jeg_container">
                <div class="jeg_content jeg_singlepage">
                    <div class="container">
                        <div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
                        <div class="row">
                            <div class="jeg_main_content col-md-8">
                                <div class="jeg_inner_content">
                                    <div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">{crumbs}</div></div>
                                    <div class="entry-header">
                                        <h1 class="jeg_post_title">{esc(article.title)}</h1>
                                        <h2 class="jeg_post_subtitle">{esc(lead_text(article))}</h2>
                                        <div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
                                            <div class="meta_left">
                                                <div class="jeg_meta_author"><img alt='Báo Lạng Sơn' src='https://secure.gravatar.com/avatar/0b7e2c?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/><span class="meta_text">bởi</span> <a href="{BASE}/author/baolangson/">Báo Lạng Sơn</a></div>
                                                <div class="jeg_meta_date"><a href="{attr(url_of(article))}">{shown}</a></div>
                                                <div class="jeg_meta_category"><span><span class="meta_text">trong</span> <a href="{attr(BASE + cat_path)}" rel="category tag">{esc(cat)}</a></span></div>
                                            </div>
                                            <div class="meta_right"><div class="jeg_meta_comment"><a href="{attr(url_of(article))}#comments"><i class="fa fa-comment-o"></i> 0</a></div><div class="jeg_meta_reading_time"><span>Đọc trong {2 + len(article.paragraphs) // 2} phút</span></div></div>
                                        </div></div>
                                    </div>
                                    <div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">{article.article_id % 97}</div><span class="sharetext">CHIA SẺ</span></div><div class="jeg_views_count"><div class="counts">{article.article_id % 1999}</div><span class="sharetext">LƯỢT XEM</span></div></div><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={attr(url_of(article))}" rel='nofollow' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Chia sẻ Facebook</span></a><a href="https://twitter.com/intent/tweet?url={attr(url_of(article))}" rel='nofollow' class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Chia sẻ Twitter</span></a></div></div></div>
                                    <div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
                                    <div class="entry-content no-share">
                                        <div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
                                        <div class="content-inner ">
{body}
{credit_p}
                                        </div>
                                        {tags}
                                    </div>
                                    <div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
                                    <div class="jnews_prev_next_container"></div>
                                    <div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt='Báo Lạng Sơn' src='https://secure.gravatar.com/avatar/0b7e2c?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' loading='lazy'/></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{BASE}/author/baolangson/">Báo Lạng Sơn</a></h3><p class="jeg_author_desc">Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn.</p></div></div></div>
                                    <div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_{post_id}_0"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Bài liên quan</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>
                                    <div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3><form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span></p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>
                                </div>
                            </div>
                            <div class="jeg_sidebar  jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Đọc nhiều</span></h3></div><ul class="jeg_popularpost">{popular}</ul></div></div></div></div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix"><div class="col-md-6 footer_column"><div class="footer_widget widget_jnews_about"><div class="jeg_about"><a class="footer_logo" href="{BASE}/"><img class='lazyload' src="{_PLACEHOLDER}" data-src="{BASE}/wp-content/uploads/2021/12/logo-white.png" alt="Báo Lạng Sơn" width="300" height="66"></a><p>Báo Lạng Sơn – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Giấy phép số 45/GP-BTTTT. Tổng Biên tập: Hoàng Đức Hậu.</p></div></div></div></div></div></div></div><div class="jeg_footer_bottom_container"><div class="jeg_footer_bottom_inner"><div class="container"><p class="copyright"> © {SERVED.year} Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div></div></div></div></div></div>
        <div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>
    </div>
<script type="text/javascript" src="{BASE}/wp-content/themes/jnews/assets/js/lazysizes.js?ver=11.0.7" id="jnews-lazysizes-js"></script>
<script type="text/javascript" src="{BASE}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.0.7" id="jnews-frontend-js"></script>
<script type="text/javascript" id="jnews-frontend-js-extra">var jnewsoption = {{"login_reload":"{BASE}/","popup_script":"magnific","single_gallery":"","ismobile":"","isie":"","sidefeed_ajax":"","language":"vi","module_prefix":"jnews_module_ajax_","live_search":"1","postid":"{post_id}","isblog":"1"}};</script>
</body>
</html>"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("jnews_wp", article.article_id, url_of(article), page, record)


# --- 3. A tourism cooperative's Jimdo Creator blog reposting the article -------------------------

_JIMDO = "https://www.htxdulichmauson.com"
_JIMDO_SITE = "s4f2c8a91d0e7b3c5"


def _jimdo_image(img: Image, width: int = 1024) -> str:
    """Where Jimdo's image service serves an uploaded picture at one width."""
    key = stable_digest(img.src)
    return (
        f"https://image.jimcdn.com/app/cms/image/transf/dimension={width}x10000:format=jpg/"
        f"path/{_JIMDO_SITE}/image/i{key[:16]}/version/{1640000000 + int(key[16:22], 16) % 9999999}/image.jpg"
    )


def _jimdo_module(kind: str, inner: str, key: str) -> str:
    """A Jimdo Creator content module (`j-module n j-…`)."""
    mid = int(stable_digest(kind + key)[:8], 16) % 9000000000 + 10000000000
    return f'<div id="cc-matrix-{mid % 99999}"><div id="cc-m-{mid}" class="j-module n j-{kind} ">{inner}</div></div>'


def jimdo_blog(article: Article) -> CorpusPage:
    """The blog of "HTX Du lịch Mẫu Sơn", a tourism cooperative's Jimdo Creator site, where
    the manager reposts the paper's article in full: the template's header with the site
    title and `#mainNav1` navigation (the blog page current), the blog post's `j-blog-meta`
    with the post date as day, month and year spans of a date-only `<time datetime>` (`04
    tháng 2 2022`) and the headline as `h1.j-blog-headline`, the post's content as Jimdo
    modules (`j-text` modules of paragraphs, the lead first in bold with its marker;
    `j-imageSubtitle` modules with the picture on image.jimcdn.com in a `srcset` of widths and
    the caption as the module's subtitle; a `j-hr` divider; a `j-htmlCode` module for the
    video), the credit in bold with "(Nguồn: baolangson.vn)" after a `<br>`, the blog's
    comment count and comment form, the sidebar with the cooperative's address and opening
    hours, and the Jimdo footer (Giới thiệu, Sơ đồ trang, Đăng nhập, the cookie policy). No
    section of the paper and no tags are shown; no meta gives a time."""
    moment = article.published
    shown = f"{moment:%d} tháng {moment.month} {moment.year}"
    captions = rehosted_captions(article, _jimdo_image)
    key = str(article.article_id)
    modules: list[str] = []
    run = [f"<p><strong>{esc(lead_text(article))}</strong></p>"]

    def flush() -> None:
        if run:
            modules.append(_jimdo_module("text", "".join(run), f"{key}:{len(modules)}"))
            run.clear()

    for block in article.blocks:
        if isinstance(block, Paragraph):
            run.append(f'<p style="text-align: justify;">{esc(block.text)}</p>')
        elif isinstance(block, Blank):
            run.append("<p>&nbsp;</p>")
        elif isinstance(block, Image):
            flush()
            srcset = ", ".join(f"{_jimdo_image(block, w)} {w}w" for w in (320, 640, 1024))
            cap = (
                f'<figcaption style="width: 1024px" class="cc-figure-caption">{esc(block.caption)}</figcaption>'
                if block.caption
                else ""
            )
            modules.append(
                _jimdo_module(
                    "imageSubtitle",
                    f'<figure class="cc-imagewrapper cc-m-image-align-3 cc-m-width-maxed"><img srcset="{attr(srcset)}" sizes="(min-width: 1024px) 1024px, 100vw" id="cc-m-imagesubtitle-image-{stable_digest(block.src)[:11]}" src="{attr(_jimdo_image(block))}" alt="" class="" data-src-width="1280" data-src-height="853" data-image-id="{int(stable_digest(block.src)[:8], 16) % 99999999}" />{cap}</figure><div class="cc-clear"></div>',
                    f"{key}:{len(modules)}",
                )
            )
        elif isinstance(block, Script):
            flush()
            modules.append(
                _jimdo_module(
                    "htmlCode",
                    '<div id="cc-m-html-video"><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/lsotv2022" title="YouTube video player" frameborder="0" allowfullscreen=""></iframe></div>',
                    f"{key}:{len(modules)}",
                )
            )
        elif isinstance(block, Ad):
            flush()
            modules.append(_jimdo_module("hr", '<hr class="hr" />', f"{key}:{len(modules)}"))
    credit = shown_byline(article)
    if credit:
        run.append(
            f'<p style="text-align: right;"><strong>{esc(credit)}</strong><br /><em>(Nguồn: baolangson.vn)</em></p>'
        )
    else:
        run.append('<p style="text-align: right;"><em>(Nguồn: baolangson.vn)</em></p>')
    flush()
    slug = article.slug
    page = f"""<!DOCTYPE html>
<html lang="vi-VN" class="jimdo-creator">
<head prefix="og: http://ogp.me/ns#">
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta http-equiv="content-type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
    <title>{esc(article.title)} - HTX Du lịch Mẫu Sơn</title>
    <meta name="description" content="{attr(lead_text(article)[:150])}" />
    <meta name="robots" content="index, follow, archive" />
    <meta name="generator" content="Jimdo Creator" />
    <meta name="twitter:title" content="{attr(article.title)}" />
    <meta name="twitter:description" content="{attr(lead_text(article)[:150])}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta property="og:url" content="{_JIMDO}/tin-tức/{slug}/" />
    <meta property="og:title" content="{attr(article.title)}" />
    <meta property="og:description" content="{attr(lead_text(article)[:150])}" />
    <meta property="og:type" content="article" />
    <meta property="og:locale" content="vi_VN" />
    <meta property="og:site_name" content="HTX Du lịch Mẫu Sơn" />
    <meta property="og:image" content="{attr(_jimdo_image(article.images[0]) if article.images else _JIMDO + "/logo.png")}" />
    <link rel="canonical" href="{_JIMDO}/tin-tức/{slug}/" />
    <link rel="alternate" type="application/rss+xml" title="Blog" href="{_JIMDO}/rss/blog" />
    <link href="https://assets.jimstatic.com/web.css.0732c147b7adfbb7c932a67d78765812.css" rel="stylesheet" type="text/css" />
    <link href="https://u.jimcdn.com/cms/o/{_JIMDO_SITE}/layout/dm_7c1f/css/layout.css?t=1653456789" rel="stylesheet" type="text/css" id="jimdo_layout_css" />
    <script type="text/javascript">
//<![CDATA[
var jimdoData = {{"isTestserver":false,"isLcJimdoCom":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"6a1b2c3d","cacheCssKey":"6a1b2c3d","cdnUrl":"https:\\/\\/assets.jimstatic.com\\/","minUrl":"https:\\/\\/assets.jimstatic.com\\/app\\/cdn\\/min\\/file\\/","authUrl":"https:\\/\\/a.jimdo.com\\/","webPath":"https:\\/\\/www.jimdo.com\\/","appUrl":"https:\\/\\/a.jimdo.com\\/","cmsLanguage":"vi_VN","isFreePackage":false,"mobile":false,"isDevkitTemplateUsed":true,"isTemplateResponsive":true,"websiteId":"{_JIMDO_SITE}","pageId":{article.article_id % 9999999},"packageId":2,"shop":{{"deliveryTimeTexts":{{"1":"Th\\u1eddi gian giao h\\u00e0ng 1 - 3 ng\\u00e0y"}}}},"isBlogPage":true}};
//]]>
</script>
</head>
<body class="body cc-page cc-page-blog j-m-flash-styles j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles j-m-comment-styles-disabled j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled j-m-facebook-styles j-m-sharebuttons-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-m-booking-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-{article.article_id % 9999999}">
<div id="cc-inner" class="cc-content-parent">
  <div class="jtpl-background-area" background-area=""></div>
  <div class="jtpl-header">
    <div class="jtpl-header__inner">
      <div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element"><div id="cc-m-1234567" class="j-module n j-imageSubtitle"><figure class="cc-imagewrapper cc-m-image-align-1"><a href="{_JIMDO}/"><img srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=180x10000:format=png/path/{_JIMDO_SITE}/image/ilogo/version/1598000000/image.png 180w" src="https://image.jimcdn.com/app/cms/image/transf/dimension=180x10000:format=png/path/{_JIMDO_SITE}/image/ilogo/version/1598000000/image.png" alt="HTX Du lịch Mẫu Sơn" class="" /></a></figure></div></div></div>
      <div class="jtpl-title"><div id="cc-website-title" class="cc-single-module-element"><div class="j-module n j-header"><a href="{_JIMDO}/"><span class="cc-within-single-module-element j-website-title-content">HTX Du lịch Mẫu Sơn</span></a></div></div></div>
      <nav class="jtpl-navigation navigation-colors"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0"><li id="cc-nav-view-1" class="jmd-nav__list-item-0"><a href="{_JIMDO}/" data-link-title="Trang chủ">Trang chủ</a></li><li id="cc-nav-view-2" class="jmd-nav__list-item-0"><a href="{_JIMDO}/homestay/" data-link-title="Homestay">Homestay</a></li><li id="cc-nav-view-3" class="jmd-nav__list-item-0"><a href="{_JIMDO}/đặc-sản/" data-link-title="Đặc sản">Đặc sản</a></li><li id="cc-nav-view-4" class="jmd-nav__list-item-0 cc-nav-parent j-nav-parent jmd-nav__item--parent"><a href="{_JIMDO}/tin-tức/" data-link-title="Tin tức" class="parent level_0">Tin tức</a></li><li id="cc-nav-view-5" class="jmd-nav__list-item-0"><a href="{_JIMDO}/liên-hệ/" data-link-title="Liên hệ">Liên hệ</a></li></ul></div></div></nav>
    </div>
  </div>
  <div class="jtpl-section">
    <div class="jtpl-content content-options">
      <div id="content_area" data-container="content"><div id="content_start"></div>
        <div class="n j-blog-meta j-blog-post--header">
    <div class="j-text j-module n">
                <span class="j-text j-blog-post--date">
            <time class="datetime" datetime="{moment:%Y-%m-%d}"><span class="day">{moment:%d}</span> <span class="mon">tháng {moment.month}</span> <span class="yr">{moment.year}</span></time>
        </span>
    </div>
    <h1 class="j-blog-header j-blog-headline j-blog-post--headline">{esc(article.title)}</h1>
</div>
<div class="post j-blog-content">
        <div id="cc-matrix-{article.article_id % 99999 + 100000}">{"".join(modules)}</div>
</div>
<div class="j-module n j-sharebuttons "><div class="cc-sharebuttons-element cc-sharebuttons-size-32 cc-sharebuttons-style-colored cc-sharebuttons-design-round cc-sharebuttons-align-left"><a class="cc-sharebuttons-facebook" href="http://www.facebook.com/sharer.php?u={_JIMDO}/tin-tức/{slug}/" title="Facebook" target="_blank"></a><a class="cc-sharebuttons-mail" href="mailto:?subject={attr(article.title)}" title="E-Mail" target=""></a></div></div>
<div class="j-blog-footer">
<p class="com-count"><a href="{_JIMDO}/tin-tức/{slug}/#commentsModule{article.article_id % 99999}" class="blogCommentLink">Bình luận: <span class="blogCommentCount">0</span></a></p>
</div>
<div class="j-module n j-comment "><div class="j-blog-comments"><div id="commentsModule{article.article_id % 99999}"><div class="commententry"><h2 class="commentstitle">Viết bình luận</h2><form action="" method="post" id="commentForm{article.article_id % 99999}" class="commentForm"><div><label for="commentname">Tên: <em>*</em></label><input type="text" name="name" id="commentname" value="" /></div><div><label for="commentemail">E-Mail:</label><input type="text" name="email" id="commentemail" value="" /></div><div><label for="commenttext">Bình luận: <em>*</em></label><textarea name="text" id="commenttext" cols="30" rows="8"></textarea></div><div class="commententry-privacy"><p><em>*</em> Bắt buộc</p></div><input type="submit" class="submit" value="Gửi" /></form></div></div></div></div>
      </div>
    </div>
    <aside class="jtpl-sidebar sidebar-options"><div data-container="sidebar"><div id="cc-matrix-9000001"><div id="cc-m-9000002" class="j-module n j-header "><h2 class="" id="cc-m-header-9000002">Liên hệ</h2></div><div id="cc-m-9000003" class="j-module n j-text "><p>Hợp tác xã Du lịch Mẫu Sơn</p><p>Thôn Khuổi Cáp, xã Mẫu Sơn, huyện Lộc Bình, tỉnh Lạng Sơn</p><p>Điện thoại: 0205 3 812 345</p><p>Mở cửa: 7:00 - 21:00 hằng ngày</p></div><div id="cc-m-9000004" class="j-module n j-hr "><hr /></div><div id="cc-m-9000005" class="j-module n j-text "><p><a href="{_JIMDO}/homestay/" title="Homestay">Đặt phòng homestay</a></p></div></div></div></aside>
  </div>
  <div class="jtpl-footer footer-options"><div id="contentfooter" data-container="footer"><div class="j-meta-links"><a href="{_JIMDO}/about/">Giới thiệu</a> | <a href="#" data-meta-link="privacy">Chính sách bảo mật</a> | <a id="cookie-policy" href="javascript:window.CookieControl.showCookieSettings();">Chính sách cookie</a> | <a href="{_JIMDO}/sitemap/">Sơ đồ trang</a></div><div class="j-admin-links"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Đăng nhập</a></span></div></div></div>
</div>
<div class="cc-individual-cookie-settings" id="cc-individual-cookie-settings" style="display: none" data-nosnippet="true"></div>
<script type="text/javascript" src="https://assets.jimstatic.com/web.js.58669e3a2eeffb4a9ad3.js"></script>
<script type="text/javascript">
//<![CDATA[
        jimdoStartPage = {{"blogid":"{stable_digest(slug)[:12]}"}};
//]]>
</script>
</body>
</html>"""
    record = expected(article, dateline=shown, published=None, captions=captions, tags=False)
    record["category"] = None
    return CorpusPage("jimdo_blog", article.article_id, url_of(article), page, record)


# --- 4. The paper's mobile edition as a Fresh (Deno) app -----------------------------------------

_FRESH_BUILD = "3f9c1e7a52b04d68"
_DIRECTUS = "https://cms.baolangson.vn"


def _directus_image(img: Image, width: int = 800) -> str:
    """Where the headless CMS (Directus) serves a picture, transformed to one width."""
    return f"{_DIRECTUS}/assets/{stable_uuid(img.src)}?width={width}&format=webp&quality=80"


def _island(name: str, number: int, inner: str) -> str:
    """A Fresh island as the server renders it, between its marker comments."""
    return f"<!--frsh-{name}_default:{number}:-->{inner}<!--/frsh-{name}_default:{number}:-->"


def fresh_app(article: Article) -> CorpusPage:
    """The paper's mobile edition as a Fresh 1.6 app on Deno Deploy, reading a Directus CMS:
    the header with the logo and a scrolling section bar, the section kicker link, the `h1`,
    the credit (`Bài, ảnh: …`) before the text, a `<time>` whose `datetime` is the local time
    without a zone (`2022-02-04T09:56`) and whose text is `4 tháng 2, 2022 · 09:56`, the share
    and read-aloud islands between `<!--frsh-…-->` comments (the player shows its duration),
    the sapo (with its marker) in bold, paragraphs and `figure` pictures (Directus asset
    addresses with `width`, `srcset` of two widths, `loading="lazy"`, italic `figcaption`),
    the topics as `#` chips, "Tin mới" with relative times, the footer, and the serialized
    island state and module script. OpenGraph and a small JSON-LD give no time."""
    moment = article.published
    shown = f"{moment.day} tháng {moment.month}, {moment.year} · {moment:%H:%M}"
    captions = rehosted_captions(article, _directus_image)
    cat = category_name(article)
    cat_path = content().category(article.category).path

    def image(img: Image, number: int) -> str:
        srcset = f"{_directus_image(img, 480)} 480w, {_directus_image(img, 800)} 800w"
        cap = (
            f'<figcaption class="mt-2 text-sm italic text-center text-gray-600">{esc(img.caption)}</figcaption>'
            if img.caption
            else ""
        )
        return f'<figure class="my-6"><img class="w-full rounded-md bg-gray-100" src="{attr(_directus_image(img))}" srcset="{attr(srcset)}" sizes="(max-width: 640px) 100vw, 640px" alt="" width="800" height="533" loading="lazy" decoding="async"/>{cap}</figure>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p class="my-4 leading-relaxed text-[17px]">{text}</p>',
        image,
        blank='<p class="my-4 leading-relaxed text-[17px]"></p>',
        ad='<div class="my-6 h-[250px] bg-gray-50 flex items-center justify-center text-xs text-gray-400" data-ad-slot="m_inarticle">Quảng cáo</div>',
        script=_island(
            "VideoPlayer",
            3,
            '<div class="my-6 aspect-video bg-black"><button type="button" class="w-full h-full text-white" aria-label="Phát video">▶ Xem video</button></div>',
        ),
    )
    credit = shown_byline(article)
    credit_p = (
        f'<p class="mt-3 text-sm font-semibold text-gray-800">{esc(credit)}</p>' if credit else ""
    )
    topics = ""
    if article.tags:
        topics = (
            '<div class="mt-8 flex flex-wrap gap-2">'
            + "".join(
                f'<a href="/chu-de/{tag_slug(t)}" class="px-3 py-1 rounded-full bg-gray-100 text-sm text-gray-700">#{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    latest = "".join(
        f'<li class="py-3 border-b border-gray-100"><a href="{attr(o.path)}" class="font-medium">{esc(o.title)}</a><div class="text-xs text-gray-400 mt-1">{(n + 1) * 23} phút trước</div></li>'
        for n, o in enumerate(others(article, 5, turn=1801))
    )
    sections = _nav(
        '<a href="{href}" class="whitespace-nowrap px-3 py-2 text-sm font-medium text-gray-700">{name}</a>'
    )
    minutes = 2 + len(article.paragraphs) // 2
    state = {
        "v": [
            [
                {"url": url_of(article), "title": article.title},
                {
                    "src": f"{_DIRECTUS}/assets/tts-{article.article_id}.mp3",
                    "duration": minutes * 60 + 12,
                },
            ],
            [],
        ]
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "image": [_directus_image(i, 1200) for i in article.images[:1]],
        "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"},
    }
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1.0"/><title>{esc(article.title)} | Báo Lạng Sơn</title><meta name="description" content="{attr(article.lead[:160])}"/><meta property="og:title" content="{attr(article.title)}"/><meta property="og:description" content="{attr(article.lead[:160])}"/><meta property="og:type" content="article"/><meta property="og:url" content="{attr(url_of(article))}"/>{"".join(f'<meta property="og:image" content="{attr(_directus_image(i, 1200))}"/>' for i in article.images[:1])}<link rel="canonical" href="{attr(url_of(article))}"/><link rel="manifest" href="/manifest.json"/><link rel="stylesheet" href="/styles.css?__frsh_c={_FRESH_BUILD}"/><script type="application/ld+json">{script_json(ld)}</script><link rel="modulepreload" href="/_frsh/js/{_FRESH_BUILD}/main.js"/><link rel="modulepreload" href="/_frsh/js/{_FRESH_BUILD}/island-sharebar.js"/><link rel="modulepreload" href="/_frsh/js/{_FRESH_BUILD}/island-listenbutton.js"/></head><body class="bg-white text-gray-900 antialiased"><header class="sticky top-0 z-10 bg-white border-b border-gray-200"><div class="flex items-center justify-between px-4 h-14"><a href="/" class="flex items-center gap-2"><img src="/logo.svg?__frsh_c={_FRESH_BUILD}" alt="Báo Lạng Sơn" class="h-8"/></a><span class="text-xs text-gray-500">{weekday(SERVED)}, {SERVED:%d/%m/%Y}</span><a href="/tim-kiem" aria-label="Tìm kiếm" class="p-2"><svg class="w-5 h-5" viewBox="0 0 24 24" fill="none" stroke="currentColor"><circle cx="11" cy="11" r="7"></circle><path d="M21 21l-4.3-4.3"></path></svg></a></div><nav class="flex overflow-x-auto border-t border-gray-100"><a href="/" class="whitespace-nowrap px-3 py-2 text-sm font-medium text-gray-700">Trang chủ</a>{sections}</nav></header><main class="max-w-screen-sm mx-auto px-4 py-6"><article><a href="{attr(cat_path)}" class="text-xs font-bold uppercase tracking-wide text-red-700">{esc(cat)}</a><h1 class="mt-2 text-2xl font-bold leading-tight">{esc(article.title)}</h1>{credit_p}<div class="mt-2 flex items-center gap-3 text-sm text-gray-500"><time datetime="{moment:%Y-%m-%dT%H:%M}">{shown}</time>{_island("ShareBar", 0, '<button type="button" class="ml-auto flex items-center gap-1" aria-label="Chia sẻ"><svg class="w-4 h-4" viewBox="0 0 24 24"><path d="M4 12v8h16v-8"></path></svg><span>Chia sẻ</span></button>')}</div>{_island("ListenButton", 1, f'<div class="mt-4 flex items-center gap-3 rounded-lg bg-gray-50 px-3 py-2"><button type="button" class="rounded-full bg-red-700 text-white w-8 h-8" aria-label="Nghe bài viết">▶</button><span class="text-sm">Nghe bài viết</span><span class="ml-auto text-xs text-gray-500">{minutes}:12</span></div>')}<p class="mt-5 text-lg font-bold leading-snug">{esc(lead_text(article))}</p><div class="article-body">{body}</div>{topics}</article><section class="mt-10"><h2 class="text-lg font-bold border-l-4 border-red-700 pl-2">Tin mới</h2><ul>{latest}</ul></section></main><footer class="mt-10 bg-gray-900 text-gray-300 text-sm px-4 py-8"><p class="font-semibold text-white">Báo Lạng Sơn</p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Số 6 Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn</p><p class="mt-4 text-xs text-gray-500">Bản di động · <a href="{BASE}/" class="underline">Xem bản đầy đủ</a></p></footer><script id="__FRSH_STATE" type="application/json">{script_json(state)}</script><script type="module" nonce="{stable_digest(article.slug)[:24]}">import {{ deserialize }} from "/_frsh/js/{_FRESH_BUILD}/deserializer.js";import {{ revive }} from "/_frsh/js/{_FRESH_BUILD}/main.js";import sharebar_default from "/_frsh/js/{_FRESH_BUILD}/island-sharebar.js";import listenbutton_default from "/_frsh/js/{_FRESH_BUILD}/island-listenbutton.js";import videoplayer_default from "/_frsh/js/{_FRESH_BUILD}/island-videoplayer.js";const ST = document.getElementById("__FRSH_STATE").textContent;const STATE = deserialize(ST);revive({{sharebar_default:sharebar_default,listenbutton_default:listenbutton_default,videoplayer_default:videoplayer_default,}}, STATE[0]);</script></body></html>"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("fresh_app", article.article_id, url_of(article), page, record)


# --- 5. A ThemeForest static HTML news template bought by a district portal ----------------------

_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _tf_image(article: Article, img: Image) -> str:
    """The portal's root-relative address of its copy of a picture."""
    return f"/uploads/news/{article.published:%Y/%m}/{image_stem(img)}.jpg"


def themeforest_static(article: Article) -> CorpusPage:
    """The news page of a district portal built on a ThemeForest static HTML news template
    ("Newsbox - News & Magazine HTML5 Template") filled by a small PHP back end: the preloader,
    the header top with the English date the template's script prints and the weather, the
    logo and banner, the Bootstrap navbar with a mega menu, the "Trending Now" ticker of other
    titles, the page-title bar with the section name and a breadcrumb ("Home" left in
    English), the category badge, `h2.post-title` for the title inside `.single-post`, the
    post meta list (`By` with the reporters' names linked, the date `February 4, 2022`, views
    and comments), the lead as `p.lead` (with its marker), the text as `<p>`s with pictures
    in `.post-thumb` addressed root-relative (`/uploads/news/…`) and the caption as an italic
    centred paragraph under each, "Tags:" and "Share:" rows, "Related Posts" cards with dates,
    the "Leave a Reply" form, the newsletter box and the footer with the template's credit.
    There is no metadata beyond the title and description, and no time."""
    moment = article.published
    shown = f"{EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"
    page_url = url_of(article)
    captions = [
        {
            "image_url": urljoin(page_url, _tf_image(article, i)),
            "text": clean(i.caption) if i.caption else None,
        }
        for i in article.images
    ]
    cat = category_name(article)
    cat_path = content().category(article.category).path
    names = author_names(article)

    def image(img: Image, number: int) -> str:
        cap = (
            f'<p class="img-caption text-center"><em>{esc(img.caption)}</em></p>'
            if img.caption
            else ""
        )
        return f'<div class="post-thumb mb-30"><img src="{attr(_tf_image(article, img))}" class="img-fluid" alt="image"></div>{cap}'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p></p>",
        ad='<div class="add-area text-center mb-30"><a href="#"><img src="/assets/img/add/add-728x90.jpg" alt="add"></a></div>',
        script='<div class="video-post mb-30"><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/lsotv2022" allowfullscreen></iframe></div></div>',
    )
    by = ", ".join(f'<a href="/tac-gia/{tag_slug(n)}">{esc(n)}</a>' for n in names)
    tags = ""
    if article.tags:
        tags = (
            '<div class="post-tags"><span>Tags:</span>'
            + "".join(f'<a href="/tag/{tag_slug(t)}">{esc(t)}</a>' for t in article.tags)
            + "</div>"
        )
    ticker = "".join(
        f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>'
        for o in others(article, 4, turn=1901)
    )
    related = "".join(
        f'<div class="col-lg-4 col-md-6"><div class="single-post-card"><div class="post-img"><a href="{attr(o.path)}"><img src="/uploads/news/thumb/{o.article_id}.jpg" alt="image"></a></div><div class="post-content"><a href="{attr(content().category(o.category).path)}" class="category">{esc(category_name(o))}</a><h4><a href="{attr(o.path)}">{esc(o.title)}</a></h4><span class="date"><i class="far fa-calendar-alt"></i> {EN_MONTHS[o.published.month - 1]} {o.published.day}, {o.published.year}</span></div></div></div>'
        for o in others(article, 3, turn=1903)
    )
    popular = "".join(
        f'<div class="single-recent-post"><div class="recent-post-img"><img src="/uploads/news/thumb/{o.article_id}.jpg" alt="image"></div><div class="recent-post-content"><h6><a href="{attr(o.path)}">{esc(o.title)}</a></h6><span><i class="far fa-calendar-alt"></i> {EN_MONTHS[o.published.month - 1]} {o.published.day}, {o.published.year}</span></div></div>'
        for o in others(article, 4, turn=1907)
    )
    menu_items = _nav('<li class="nav-item"><a class="nav-link" href="{href}">{name}</a></li>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <!-- Required meta tags -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta name="description" content="{attr(article.lead[:160])}">
    <meta name="keywords" content="Newsbox, news, magazine, blog, html5 template">
    <!-- Bootstrap CSS -->
    <link rel="stylesheet" href="/assets/css/bootstrap.min.css">
    <link rel="stylesheet" href="/assets/css/fontawesome.min.css">
    <link rel="stylesheet" href="/assets/css/owl.carousel.min.css">
    <link rel="stylesheet" href="/assets/css/meanmenu.css">
    <link rel="stylesheet" href="/assets/css/style.css">
    <link rel="stylesheet" href="/assets/css/responsive.css">
    <title>{esc(article.title)} | Cổng thông tin điện tử huyện</title>
    <link rel="icon" type="image/png" href="/assets/img/favicon.png">
</head>
<body>
    <!-- Start Preloader Area -->
    <div class="preloader"><div class="loader"><div class="shadow"></div><div class="box"></div></div></div>
    <!-- End Preloader Area -->

    <!-- Start Top Header Area -->
    <div class="top-header-area">
        <div class="container"><div class="row align-items-center">
            <div class="col-lg-6"><ul class="top-header-others"><li><i class="far fa-calendar-alt"></i> <span id="today-date">{_EN_WEEKDAYS[SERVED.weekday()]}, {EN_MONTHS[SERVED.month - 1]} {SERVED.day}, {SERVED.year}</span></li><li><i class="fas fa-cloud-sun"></i> Lạng Sơn 18°C</li></ul></div>
            <div class="col-lg-6"><ul class="top-header-social"><li><a href="https://www.facebook.com/" target="_blank"><i class="fab fa-facebook-f"></i></a></li><li><a href="https://www.youtube.com/" target="_blank"><i class="fab fa-youtube"></i></a></li><li><a href="/login.php" class="login">Login</a></li></ul></div>
        </div></div>
    </div>
    <!-- End Top Header Area -->

    <!-- Start Navbar Area -->
    <div class="navbar-area">
        <div class="main-responsive-nav"><div class="container"><div class="main-responsive-menu"><div class="logo"><a href="/"><img src="/assets/img/logo.png" alt="image"></a></div></div></div></div>
        <div class="main-navbar"><div class="container"><nav class="navbar navbar-expand-md navbar-light">
            <a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="image"></a>
            <div class="collapse navbar-collapse mean-menu" id="navbarSupportedContent">
                <ul class="navbar-nav"><li class="nav-item"><a href="/" class="nav-link">Trang chủ</a></li>{menu_items}<li class="nav-item"><a href="#" class="nav-link dropdown-toggle">Pages <i class="fas fa-chevron-down"></i></a><ul class="dropdown-menu"><li class="nav-item"><a href="/about.html" class="nav-link">About Us</a></li><li class="nav-item"><a href="/contact.html" class="nav-link">Contact Us</a></li></ul></li></ul>
                <div class="others-options d-flex align-items-center"><div class="option-item"><form class="search-box"><input type="text" class="form-control" placeholder="Search..."><button type="submit"><i class="fas fa-search"></i></button></form></div></div>
            </div>
        </nav></div></div>
    </div>
    <!-- End Navbar Area -->

    <!-- Start Breaking News Area -->
    <div class="breaking-news-area"><div class="container"><div class="breaking-news-box"><div class="breaking-title"><p>Trending Now</p></div><div class="breaking-news-slides owl-carousel owl-theme"><ul class="ticker">{ticker}</ul></div></div></div></div>
    <!-- End Breaking News Area -->

    <!-- Start Page Banner -->
    <div class="page-title-area"><div class="container"><div class="page-title-content"><h2>{esc(cat)}</h2><ul><li><a href="/">Home</a></li><li>{esc(cat)}</li></ul></div></div></div>
    <!-- End Page Banner -->

    <!-- Start News Details Area -->
    <section class="news-details-area ptb-50">
        <div class="container"><div class="row">
            <div class="col-lg-8 col-md-12">
                <div class="blog-details-desc single-post">
                    <div class="article-content">
                        <a href="{attr(cat_path)}" class="category-badge">{esc(cat)}</a>
                        <h2 class="post-title">{esc(article.title)}</h2>
                        <ul class="entry-meta">
                            <li><i class="far fa-user"></i> By {by}</li>
                            <li><i class="far fa-calendar-alt"></i> {shown}</li>
                            <li><i class="far fa-eye"></i> {(article.article_id % 5000) + 120:,} Views</li>
                            <li><i class="far fa-comments"></i> 0 Comments</li>
                        </ul>
                        <p class="lead">{esc(lead_text(article))}</p>
{body}
                    </div>
                    <div class="article-footer">
                        {tags}
                        <div class="article-share"><span>Share:</span><ul class="social"><li><a href="https://www.facebook.com/sharer/sharer.php?u={attr(page_url)}" target="_blank"><i class="fab fa-facebook-f"></i></a></li><li><a href="https://twitter.com/share?url={attr(page_url)}" target="_blank"><i class="fab fa-twitter"></i></a></li></ul></div>
                    </div>
                    <div class="related-post"><h3 class="title">Related Posts</h3><div class="row">{related}</div></div>
                    <div class="comments-area"><div class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label>Comment</label><textarea name="comment" id="comment" cols="45" rows="5" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label>Name <span class="required">*</span></label><input type="text" id="author" placeholder="Your Name*" name="author" required="required"></p><p class="form-submit"><input type="submit" name="submit" id="submit" class="submit" value="Post A Comment"></p></form></div></div>
                </div>
            </div>
            <div class="col-lg-4 col-md-12">
                <aside class="widget-area">
                    <section class="widget widget_latest_news_thumb"><h3 class="widget-title">Popular News</h3>{popular}</section>
                    <section class="widget widget_newsletter"><div class="newsletter-content"><h3>Subscribe to our newsletter</h3><p>Nhận tin mới qua email.</p></div><form class="newsletter-form"><input type="email" class="input-newsletter" placeholder="Enter your email" name="EMAIL" required autocomplete="off"><button type="submit">Subscribe</button></form></section>
                </aside>
            </div>
        </div></div>
    </section>
    <!-- End News Details Area -->

    <!-- Start Footer Area -->
    <section class="footer-area pt-100 pb-70"><div class="container"><div class="row"><div class="col-lg-4 col-md-6"><div class="single-footer-widget"><a href="/"><img src="/assets/img/logo-2.png" alt="image"></a><p>Cổng thông tin điện tử huyện – Ủy ban nhân dân huyện. Tin bài đăng lại từ Báo Lạng Sơn.</p></div></div><div class="col-lg-4 col-md-6"><div class="single-footer-widget"><h2>Contact Info</h2><ul class="footer-contact-info"><li><span>Phone:</span> <a href="tel:02053812345">0205 3 812 345</a></li><li><span>Email:</span> <a href="mailto:ubnd@langson.gov.vn">ubnd@langson.gov.vn</a></li></ul></div></div></div></div></section>
    <div class="copyright-area"><div class="container"><div class="copyright-area-content"><p>Copyright © {SERVED.year} All Rights Reserved by <a href="https://themeforest.net/user/envytheme" target="_blank">EnvyTheme</a></p></div></div></div>
    <!-- End Footer Area -->
    <div class="go-top"><i class="fas fa-chevron-up"></i></div>

    <script src="/assets/js/jquery.min.js"></script>
    <script src="/assets/js/bootstrap.bundle.min.js"></script>
    <script src="/assets/js/jquery.meanmenu.js"></script>
    <script src="/assets/js/owl.carousel.min.js"></script>
    <script src="/assets/js/main.js"></script>
</body>
</html>"""
    record = expected(article, dateline=shown, published=None, captions=captions)
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("themeforest_static", article.article_id, url_of(article), page, record)


MARKUPS_R: dict[str, Renderer] = {
    "td_newspaper": td_newspaper,
    "jnews_wp": jnews_wp,
    "jimdo_blog": jimdo_blog,
    "fresh_app": fresh_app,
    "themeforest_static": themeforest_static,
}
