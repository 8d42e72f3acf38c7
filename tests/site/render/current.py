"""The current template's article page (2021-), and its "Bài viết không tồn tại" shell."""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

from ..content import SiteContent
from ..formats import current_dateline, iso_vietnam, slugify
from ..model import Ad, Article, Blank, Block, Image, Link, Markup, Paragraph, Script
from .common import (
    AD_ZONE,
    PLACEHOLDER,
    attr,
    esc,
    source_text,
    split_for_ad,
    thumbnail,
    wrap_lead,
)
from .layout import Head, card, current_page

BYLINE = '<p style="text-align: right;"><strong>{}</strong></p>'


def _image_tag(image: Image, alt: str) -> str:
    """An <img>, lazy (placeholder src, real URL in data-src) or plain."""
    if image.lazy:
        return (
            f'<img class="lazy" src="{PLACEHOLDER}" data-src="{attr(image.src)}" '
            f'alt="{attr(alt)}" width="800" height="533">'
        )
    return f'<img src="{attr(image.src)}" alt="{attr(alt)}" width="800" height="533">'


def _image(image: Image, alt: str, number: int) -> str:
    img = _image_tag(image, image.caption or alt)
    caption = esc(image.caption or "")
    if image.markup == "wp-caption":
        return (
            f'<div id="attachment_{number}" style="width: 810px" class="wp-caption aligncenter">'
            f'{img}<p class="wp-caption-text">{caption}</p></div>'
        )
    if image.markup == "figure":
        return (
            f'<figure class="image align-center">{img}<figcaption>{caption}</figcaption></figure>'
        )
    if image.markup == "table":
        return (
            f'<table class="image" align="center"><tbody><tr><td>{img}</td></tr>'
            f'<tr><td class="image_desc">{caption}</td></tr></tbody></table>'
        )
    return f'<p style="text-align: center;">{img}</p>'


def _paragraph(paragraph: Paragraph, markup: Markup) -> str:
    if paragraph.ad_inside == "middle":
        first, rest = split_for_ad(paragraph.text)
        inner = f"{source_text(first, markup)} {AD_ZONE} {source_text(rest, markup)}"
    elif paragraph.ad_inside == "end":
        inner = source_text(paragraph.text, markup) + AD_ZONE
    else:
        inner = source_text(paragraph.text, markup)
    return f"<p>{inner}</p>"


def _block(block: Block, article: Article, number: int) -> str:
    if isinstance(block, Paragraph):
        return _paragraph(block, article.markup)
    if isinstance(block, Image):
        return _image(block, article.title, number)
    if isinstance(block, Blank):
        return "<p>&nbsp;</p>"
    if isinstance(block, Ad):
        return AD_ZONE
    if isinstance(block, Script):
        return (
            f'<div class="video-player" id="player-{article.article_id}"></div>\n'
            '<script type="text/javascript">'
            'var playerConfig = {"source": "LSO - Truyền hình", "autoplay": false}; '
            f'loadPlayer("player-{article.article_id}", playerConfig);</script>'
        )
    raise TypeError(block)


def _body(article: Article) -> str:
    """The article container's inner HTML: lead, blocks, byline."""
    markup = article.markup
    lead = wrap_lead(esc(article.lead_prefix) + source_text(article.lead, markup), markup)
    if markup.malformed and markup.lead_wrap:
        lead = lead.removesuffix(f"</{markup.lead_wrap}>")  # left open: </p> closes it
    parts = ["<p>&nbsp;</p>"] if markup.blank_before_lead else []
    parts.append(f"<p>{lead}</p>")
    parts += [_block(b, article, article.article_id * 10 + i) for i, b in enumerate(article.blocks)]
    if article.byline:
        parts.append(BYLINE.format(esc(article.byline)))
    if markup.malformed:
        parts = _malform(parts)
    return "\n".join(parts)


def _malform(parts: list[str]) -> list[str]:
    """Write the body the way a careless editor does, without changing what it says.

    Every quirk here leaves the text, and the container it is in, the same under libxml2
    (lxml) and HTML5 parsing: <p>s left open before another <p>, mis-nested inline tags,
    upper-case and unquoted markup, and end tags that close nothing.
    """
    out = []
    for i, part in enumerate(parts):
        if i and part.startswith("<p>") and part.endswith("</p>") and part != "<p>&nbsp;</p>":
            inner = part[3:-4]
            words = inner.split(" ", 3)
            if len(words) == 4 and "<" not in " ".join(words[:3]):
                inner = "<em><strong>{} {} {}</em></strong> {}".format(*words)
            part = ("<P align=justify>" if i % 2 else "<p>") + inner + "</p>"
        following = parts[i + 1] if i + 1 < len(parts) else ""
        # The lead keeps its </p>: it is what closes the lead's open <strong>.
        if i and following.startswith("<p") and part.endswith("</p>"):
            part = part.removesuffix("</p>")  # left open: the next <p> closes it
        out.append(part)
        if i == 2:
            out.append("</span></font>")
    return out


def _tags(article: Article) -> str:
    links = " ".join(f'<a href="/tag/{slugify(t)}">{esc(t)}</a>' for t in article.tags)
    return f'<div class="tags"><span class="tags-label">Từ khóa:</span> {links}</div>'


def _related(content: SiteContent, article: Article) -> str:
    cards = []
    for target in content.present(article.related):
        if isinstance(target, Link):
            cards.append(
                f'<article class="card"><div class="card-body"><h3 class="card-title">'
                f'<a href="{attr(target.path)}">{esc(target.title)}</a></h3></div></article>'
            )
        else:
            cards.append(card(content, target, with_lead=False))
    return (
        '<div class="related-news">\n<h2 class="box-title">Tin liên quan</h2>\n'
        + "\n".join(cards)
        + "\n</div>"
    )


def _share_bar(url: str, title: str) -> str:
    quoted = quote(url, safe="")
    return f"""<div class="share-bar">
  <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={quoted}"
    target="_blank" rel="noopener">Chia sẻ</a>
  <a class="share-zalo" href="https://zalo.me/share?url={quoted}" target="_blank">Zalo</a>
  <a class="share-email" href="mailto:?subject={quote(title)}&amp;body={quoted}">Gửi email</a>
  <a class="share-copy" href="javascript:void(0)" data-url="{attr(url)}">Sao chép liên kết</a>
  <a class="share-print" href="javascript:window.print()">In bài</a>
</div>"""


def article_page(content: SiteContent, base: str, article: Article) -> str:
    """A whole current-generation article page."""
    markup = article.markup
    category = content.category(article.category)
    url = base + article.path
    meta = [("article:section", category.name)]
    if markup.published_meta:
        meta.insert(0, ("article:published_time", iso_vietnam(article.published)))
    meta += [("article:tag", t) for t in article.tags]
    head = Head(
        title=article.title,
        description=article.lead,
        canonical=url,
        og_type="article",
        og_image=thumbnail(article),
        charset=markup.declared_charset or "utf-8",
        meta=meta,
        feeds=[(f"Báo Lạng Sơn - {category.name}", category.feed_path)],
    )
    container = (
        '<div id="content-detail" class="content-detail">'
        if markup.container == "content-detail"
        else '<div class="detail auto-gallery">'
    )
    dateline = current_dateline(article.published).replace(
        " [GMT+7]", ' <span class="gmt">[GMT+7]</span>'
    )
    after_body = "</div></div>" if markup.malformed else ""  # stray: closes nothing of the body
    pseudonym = (
        f'<div class="pseudonym">{esc(article.pseudonym)}</div>' if article.pseudonym else ""
    )
    main = f"""<article class="article-detail" data-id="{article.article_id}">
<div class="breadcrumbs">
  <ol class="breadcrumb">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="{category.path}">{esc(category.name)}</a></li>
  </ol>
</div>
<h1 class="name">{esc(article.title)}</h1>
<div class="date"><i class="icon-clock"></i> {dateline}</div>
{container}
{_body(article)}
</div>{after_body}
{pseudonym}
{_tags(article) if article.tags else ""}
{_share_bar(url, article.title)}
{_related(content, article) if article.related else ""}
</article>"""
    page = current_page(content, head, main, body_class="page-detail")
    return unicodedata.normalize("NFD", page) if markup.nfd else page


def shell_page(content: SiteContent) -> str:
    """What an article URL shows when the CMS has no article for it (served with status 200)."""
    latest = [a.article_id for a in content.newest_first() if a.discovery.home][:3]
    cards = "\n".join(card(content, i) for i in latest)
    main = f"""<div class="breadcrumbs">
  <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li></ol>
</div>
<div class="article-notfound">
  <h2>Bài viết không tồn tại</h2>
  <p>Bài viết bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>
  <p><a href="/">Quay về trang chủ</a></p>
</div>
<div class="related-news">
<h2 class="box-title">Tin mới</h2>
{cards}
</div>"""
    head = Head(title="Bài viết không tồn tại", description="Bài viết không tồn tại")
    return current_page(content, head, main, body_class="page-notfound")
