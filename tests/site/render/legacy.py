"""The older template's article page (2012-2021): old-style markup, different class names."""

from __future__ import annotations

import posixpath
import unicodedata
from urllib.parse import quote

from ..content import SiteContent
from ..model import Article, Image, Paragraph
from .common import attr, esc, source_text, wrap_lead
from .layout import legacy_origin, legacy_page


def _image(image: Image, title: str) -> str:
    img = f'<img src="{attr(image.src)}" alt="{attr(image.caption or title)}" border="0" />'
    caption = esc(image.caption or "")
    if image.markup == "table":
        return (
            '<table class="image" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td>{img}</td></tr><tr><td class="image_desc">{caption}</td></tr></table>'
        )
    if image.markup == "em":
        return (
            f'<p style="text-align: center;">{img}</p>\n'
            f'<p style="text-align: center;"><em>{caption}</em></p>'
        )
    return f'<p style="text-align: center;">{img}</p>'


def _byline(byline: str) -> str:
    if byline.isupper():
        return f'<p align="right"><b>{esc(byline)}</b></p>'
    return f'<p style="text-align: right;"><strong>{esc(byline)}</strong></p>'


def _href(base: str, source: str, target: str, form: int) -> str:
    """Link `target` from page `source` in one of the old site's three link forms."""
    if form == 0:
        return legacy_origin(base) + target
    if form == 1:
        return target
    return posixpath.relpath(target, posixpath.dirname(source))


def _other_news(content: SiteContent, base: str, article: Article) -> str:
    items = []
    for index, target in enumerate(content.present(article.related)):
        link = content.link(target)
        href = _href(base, article.path, link.path, (index + article.article_id) % 3)
        when = ""
        if isinstance(target, int):
            when = f' <span class="date">({content.article(target).published:%d/%m/%Y})</span>'
        items.append(f'    <li><a href="{attr(href)}">{esc(link.title)}</a>{when}</li>')
    return (
        '<div class="other-news">\n  <div class="box-title">Các tin khác</div>\n  <ul>\n'
        + "\n".join(items)
        + "\n  </ul>\n</div>"
    )


def article_page(content: SiteContent, base: str, article: Article) -> str:
    """A whole older-generation article page."""
    markup = article.markup
    category = content.category(article.category)
    sub_name = dict(category.subcategories)[article.subcategory]
    lead = wrap_lead(esc(article.lead_prefix) + source_text(article.lead, markup), markup)
    body = []
    if markup.lead_block == "p":
        body.append(f"<p>{lead}</p>")
    for block in article.blocks:
        if isinstance(block, Paragraph):
            body.append(f"<p>{source_text(block.text, markup)}</p>")
        elif isinstance(block, Image):
            body.append(_image(block, article.title))
    if article.byline:
        body.append(_byline(article.byline))
    heading = markup.heading
    sapo = f'\n  <div class="sapo"><p>{lead}</p></div>' if markup.lead_block == "sapo" else ""
    body_html = "\n    ".join(body)
    main = f"""<div class="path"><a href="{category.path}">{esc(category.name)}</a> &gt;
  <a href="{category.path}/{article.subcategory}">{esc(sub_name)}</a></div>
<div class="news-detail">
  <{heading} class="title">{esc(article.title)}</{heading}>{sapo}
  <div class="news-content">
    {body_html}
  </div>
</div>
<div class="tool-bar"><a href="javascript:window.print()">In bài</a> |
  <a href="mailto:?subject={quote(article.title)}">Gửi cho bạn bè</a> |
  <a href="javascript:history.back()">Quay lại</a></div>
{_other_news(content, base, article) if article.related else ""}"""
    page = legacy_page(content, base, article.title, article.lead, main)
    return unicodedata.normalize("NFD", page) if markup.nfd else page
