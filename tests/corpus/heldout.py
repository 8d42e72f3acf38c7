# ruff: noqa: E501 (whole pages of HTML are written out as the CMSes write them)
"""Held-out markups: written after the parsers were tuned on `markups.py`, and never tuned on.

Their score is reported apart (benchmarks/corpus_score.py) as the honest estimate of how the
readers do on markup they have not seen. Do not change a parser to fix one of these pages
without moving the markup into the tuning set and writing a new held-out one.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.corpus.pages import (
    CorpusPage,
    attr,
    category_name,
    category_path,
    dmy,
    esc,
    expected,
    image_src,
    lead_text,
    link_list,
    menu,
    other_links,
    shown_byline,
    url_of,
    weekday,
)
from tests.site.formats import iso_vietnam
from tests.site.model import Article, Image, Paragraph


def _paragraphs(
    article: Article, paragraph: Callable[[str], str], image: Callable[[Image], str]
) -> str:
    out = []
    for block in article.blocks:
        if isinstance(block, Paragraph):
            out.append(paragraph(esc(block.text)))
        elif isinstance(block, Image):
            out.append(image(block))
    return "\n".join(out)


# --- Drupal 7 article node ---------------------------------------------------------------------


def drupal(article: Article) -> CorpusPage:
    """A Drupal 7 node: RDFa date, image field before the body, lead and author fields,
    taxonomy-term tag links, a breadcrumb ending with the title."""
    iso = iso_vietnam(article.published)
    shown = f"{weekday(article.published)}, {dmy(article.published)} - {article.published:%H:%M}"
    images = "".join(
        f'<div class="field-item {"even" if n % 2 == 0 else "odd"}"><img typeof="foaf:Image" '
        f'src="{attr(image_src(i))}" width="640" height="427" alt="">'
        + (
            f'<blockquote class="image-field-caption">{esc(i.caption)}</blockquote>'
            if i.caption
            else ""
        )
        + "</div>"
        for n, i in enumerate(article.images)
    )
    image_field = (
        '<div class="field field-name-field-image field-type-image field-label-hidden">'
        f'<div class="field-items">{images}</div></div>'
        if article.images
        else ""
    )
    body = "\n".join(f"<p>{esc(p.text)}</p>" for p in article.paragraphs)
    author = ""
    if shown_byline(article):
        author = (
            '<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix">'
            '<div class="field-label">Tác giả:&nbsp;</div><div class="field-items">'
            f'<div class="field-item even">{esc(shown_byline(article) or "")}</div></div></div>'
        )
    tags = "".join(
        f'<div class="field-item {"even" if n % 2 == 0 else "odd"}"><a href="/taxonomy/term/{100 + n}" '
        f'typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></div>'
        for n, t in enumerate(article.tags)
    )
    tag_field = (
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">'
        f'<div class="field-label">Từ khóa:&nbsp;</div><div class="field-items">{tags}</div></div>'
        if article.tags
        else ""
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<link rel="canonical" href="{url_of(article)}" /></head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node node-type-article">
<div id="page-wrapper"><div id="page">
<div id="header"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a>
<div id="main-menu" class="navigation">{menu()}</div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{category_path(article)}">{esc(category_name(article))}</a> » {esc(article.title)}</div>
<div id="content" class="column"><div class="section">
<h1 class="title" id="page-title">{esc(article.title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{article.article_id}" class="node node-article node-promoted clearfix" about="/node/{article.article_id}" typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="{iso}" datatype="xsd:dateTime">{shown}</span></div>
<div class="content clearfix">
{image_field}
<div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p>{esc(lead_text(article))}</p></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
{author}
{tag_field}
</div>
<ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/{article.article_id}#comment-form">Gửi bình luận</a></li></ul>
</div></div></div></div></div></div>
<div id="sidebar-first" class="column sidebar"><div class="section"><div class="block"><h2>Tin mới</h2>{link_list(other_links(article))}</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer">Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ tỉnh Lạng Sơn</div></div></div>
</div></div></body></html>"""
    return CorpusPage(
        "drupal", article.article_id, url_of(article), page,
        expected(article, dateline=shown, published="seconds"),
    )  # fmt: skip


# --- schema.org microdata, <br> paragraphs -------------------------------------------------------


def microdata(article: Article) -> CorpusPage:
    """schema.org microdata (no JSON-LD, no OpenGraph); the body is one element with
    paragraphs separated by <br /><br />; captions in a small italic span under the picture."""

    def image(img: Image) -> str:
        caption = (
            f'<br /><span style="font-size:11px"><i>{esc(img.caption)}</i></span>'
            if img.caption
            else ""
        )
        return (
            f'<div style="text-align:center"><img src="{attr(image_src(img))}" style="max-width:500px" />'
            f"{caption}</div>"
        )

    body = _paragraphs(article, lambda text: f"{text}<br /><br />", image)
    author = (
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<span itemprop="name">{esc(article.pseudonym)}</span></span> — '
        if article.pseudonym
        else ""
    )
    credit = (
        f'<div style="text-align:right"><b>{esc(article.byline)}</b></div>'
        if article.byline
        else ""
    )
    keywords = ",".join(article.tags)
    tags = " ".join(f'<a href="/search?q={attr(t)}">{esc(t)}</a>' for t in article.tags)
    stamp = f"{article.published:%H:%M} | {dmy(article.published)}"
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(article.title)}</title></head>
<body><div class="wrapper"><div class="top">{menu()}</div>
<div class="content" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_vietnam(article.published)}" />
<meta itemprop="articleSection" content="{attr(category_name(article))}" />
<meta itemprop="keywords" content="{attr(keywords)}" />
<h1 itemprop="headline">{esc(article.title)}</h1>
<div class="info">{author}<span class="time">{stamp}</span></div>
<div itemprop="description" class="summary"><b>{esc(lead_text(article))}</b></div>
<div itemprop="articleBody" class="text">
{body}
{credit}
</div>
<div class="tags">Tags: {tags}</div>
</div>
<div class="other"><h3>Các tin khác</h3>{link_list(other_links(article), dated=True)}</div>
<div class="bottom">© Báo Lạng Sơn</div></div></body></html>"""
    return CorpusPage(
        "microdata", article.article_id, url_of(article), page,
        expected(article, dateline=stamp, published="seconds"),
    )  # fmt: skip


# --- Joomla 1.5 ----------------------------------------------------------------------------------


def joomla(article: Article) -> CorpusPage:
    """Joomla 1.5 `contentpaneopen` tables: td.contentheading, td.createdate written as
    `Thứ sáu, 04 Tháng 2 2022 09:56`, centered small captions, pathway breadcrumbs."""
    day = weekday(article.published)
    moment = article.published
    created = (
        f"{day[0]}{day[1:].lower()}, {moment:%d} Tháng {moment.month} {moment.year} {moment:%H:%M}"
    )

    def image(img: Image) -> str:
        tag = f'<p style="text-align: center;"><img src="{attr(image_src(img))}" border="0" /></p>'
        if img.caption:
            tag += f'<p style="text-align: center;"><span style="font-size: small;">{esc(img.caption)}</span></p>'
        return tag

    body = _paragraphs(article, lambda text: f"<p>{text}</p>", image)
    credit = (
        f'<p style="text-align: right;"><strong>{esc(shown_byline(article) or "")}</strong></p>'
        if shown_byline(article)
        else ""
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(article.title)} - Báo Lạng Sơn</title></head>
<body id="page_bg"><div id="wrapper">
<div id="header"><div id="logo"></div><div id="topmenu">{menu()}</div></div>
<div id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">Trang chủ</a> <img src="/templates/lso/images/arrow.png" alt="" /> <a href="{category_path(article)}" class="pathway">{esc(category_name(article))}</a> <img src="/templates/lso/images/arrow.png" alt="" /> {esc(article.title)}</span></div>
<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{esc(article.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=view&amp;pop=1" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
</tr></table>
<table class="contentpaneopen">
<tr><td valign="top" class="createdate">{created}</td></tr>
<tr><td valign="top">
<p><strong>{esc(lead_text(article))}</strong></p>
{body}
{credit}
</td></tr>
<tr><td colspan="2" class="modifydate">Cập nhật ( {created} )</td></tr>
</table>
<span class="article_separator">&nbsp;</span>
<div class="moduletable"><h3>Các tin khác</h3><ul class="relateditems">{"".join(f'<li><a href="{attr(p)}">{esc(t)}</a></li>' for p, t in other_links(article))}</ul></div>
<div id="footer">Powered by Joomla!. Báo Lạng Sơn</div>
</div></body></html>"""
    return CorpusPage(
        "joomla", article.article_id, url_of(article), page,
        expected(article, dateline=created, published="minutes", tags=False),
    )  # fmt: skip


HELD_OUT: dict[str, Callable[[Article], CorpusPage]] = {
    "drupal": drupal,
    "microdata": microdata,
    "joomla": joomla,
}
