"""What every corpus markup shares: the page record, the content-derived expected record,
and small writing helpers. The content comes from the model site (tests/site)."""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tests.site import default_content
from tests.site.content import SiteContent
from tests.site.formats import CURRENT_WEEKDAYS, author_name, clean, iso_vietnam, slugify
from tests.site.model import Ad, Article, Blank, Image, Paragraph, Script

BASE = "https://baolangson.vn"
# The day every corpus page is captured and served (its masthead "today").
SERVED = date(2026, 11, 23)
CAPTURED_AT = "2026-11-23T03:00:00+00:00"


@dataclass(frozen=True)
class CorpusPage:
    """One article rendered in one markup, with the record a correct reader returns."""

    markup: str
    article_id: int
    url: str
    html: str
    expected: dict[str, Any] = field(hash=False)


def content() -> SiteContent:
    """The model site's content, first state."""
    return default_content()


def articles() -> list[Article]:
    """Every article of the model site, in id order."""
    return sorted(content().articles.values(), key=lambda a: a.article_id)


def url_of(article: Article) -> str:
    """The article's canonical URL on the real site."""
    return BASE + article.path


def image_src(image: Image) -> str:
    """The image's absolute address."""
    return image.src if image.src.startswith("http") else BASE + image.src


def category_name(article: Article) -> str:
    """The article's top-level category name."""
    return content().category(article.category).name


def category_path(article: Article) -> str:
    """The article's category listing path."""
    return content().category(article.category).path


def shown_byline(article: Article) -> str | None:
    """What a page shows as the article's credit: the byline, else the pseudonym."""
    return article.byline or article.pseudonym


def expected(
    article: Article,
    *,
    dateline: str | None,
    published: str | None,
    captions: list[dict[str, Any]] | None = None,
    tags: bool = True,
) -> dict[str, Any]:
    """The record a correct reader returns; `published` = "seconds", "minutes" or None
    (how precisely the page gives the publication time), `dateline` = the date line as shown.
    """
    moment = article.published
    published_at = None
    if published == "seconds":
        published_at = iso_vietnam(moment)
    elif published == "minutes":
        published_at = iso_vietnam(moment.replace(second=0))
    day = None
    if dateline or published:
        day = moment.date().isoformat()
    byline = shown_byline(article)
    return {
        "article_id": article.article_id,
        "url": url_of(article),
        "title": clean(article.title),
        "dateline": clean(dateline) if dateline else None,
        "dateline_date": day,
        "published_at": published_at,
        "lead": clean(article.lead),
        "body": "\n\n".join(clean(p.text) for p in article.paragraphs if clean(p.text)),
        "captions": captions
        if captions is not None
        else [
            {"image_url": image_src(i), "text": clean(i.caption) if i.caption else None}
            for i in article.images
        ],
        "byline": clean(byline) if byline else None,
        "authors": [author_name(clean(a)) for a in article.authors],
        "category": clean(category_name(article)),
        "tags": [clean(t) for t in article.tags] if tags else [],
    }


def esc(text: str) -> str:
    """Escape element text."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Escape an attribute value."""
    return html.escape(text, quote=True)


def lead_text(article: Article) -> str:
    """The lead as written on the page, with its `LSO-` marker."""
    return article.lead_prefix + article.lead


def dmy(moment: datetime) -> str:
    """`04/02/2022`."""
    return f"{moment:%d/%m/%Y}"


def weekday(moment: datetime | date) -> str:
    """`Thứ Sáu`."""
    return CURRENT_WEEKDAYS[moment.weekday()]


def vi_long_date(moment: datetime | date) -> str:
    """The vi locale's long date (moment.js `D MMMM, YYYY`, babel "long"): `4 tháng 2, 2022`."""
    return f"{moment.day} tháng {moment.month}, {moment.year}"


def tag_slug(tag: str) -> str:
    """The URL slug of a tag."""
    return slugify(tag)


def body_blocks(article: Article) -> list[Paragraph | Image | Blank | Ad | Script]:
    """The article's blocks after the lead, in order."""
    return list(article.blocks)


def menu(extra: str = "") -> str:
    """Category links as a site menu writes them."""
    links = "".join(f'<li><a href="{c.path}">{esc(c.name)}</a></li>' for c in content().categories)
    return f'<ul class="menu{extra}"><li><a href="/">Trang chủ</a></li>{links}</ul>'


def other_links(article: Article, count: int = 5) -> list[tuple[str, str]]:
    """(path, title) of other articles, for related and most-read boxes."""
    others = [a for a in articles() if a.article_id != article.article_id]
    start = article.article_id % len(others)
    chosen = (others[start:] + others[:start])[:count]
    return [(a.path, a.title) for a in chosen]


def link_list(links: list[tuple[str, str]], dated: bool = False) -> str:
    """A <ul> of article links."""
    items = "".join(
        f'<li><a href="{attr(path)}">{esc(title)}</a>'
        + (" <span>(12/03/2021)</span>" if dated else "")
        + "</li>"
        for path, title in links
    )
    return f"<ul>{items}</ul>"


# Shared by the markup modules ------------------------------------------------------------

Renderer = Callable[[Article], CorpusPage]


def write_blocks(
    article: Article,
    paragraph: Callable[[str], str],
    image: Callable[[Image, int], str],
    *,
    blank: str,
    ad: str,
    script: str,
    after: Callable[[int, int], str] | None = None,
) -> str:
    """The article's blocks after the lead, each written by the markup's own rule; `after`
    (paragraph number, paragraph count) adds what the CMS inserts between paragraphs."""
    out = []
    count = len(article.paragraphs)
    seen = 0
    for number, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            out.append(paragraph(esc(block.text)))
            seen += 1
            if after is not None:
                out.append(after(seen, count))
        elif isinstance(block, Image):
            out.append(image(block, number))
        elif isinstance(block, Blank):
            out.append(blank)
        elif isinstance(block, Ad):
            out.append(ad)
        elif isinstance(block, Script):
            out.append(script)
    return "\n".join(part for part in out if part)


def others(article: Article, count: int = 5, turn: int = 3) -> list[Article]:
    """Other articles for related, latest and same-section boxes."""
    others = [a for a in articles() if a.article_id != article.article_id]
    start = (article.article_id * turn) % len(others)
    return (others[start:] + others[:start])[:count]


def subcategory_name(article: Article) -> str | None:
    """The display name of the article's subsection (older articles only)."""
    return dict(content().category(article.category).subcategories).get(article.subcategory or "")


def linked_credit(article: Article, href: Callable[[str], str]) -> str:
    """The credit as shown, each author's name in it made a link to the author's page."""
    credit = esc(shown_byline(article) or "")
    for name in article.authors:
        for form in (name, name.upper()):
            if esc(form) in credit:
                link = f'<a href="{attr(href(author_name(name)))}">{esc(form)}</a>'
                credit = credit.replace(esc(form), link, 1)
                break
    return credit


def capitalised_credit(article: Article) -> str | None:
    """The credit with each author's name in capitals, the roles as written."""
    credit = shown_byline(article)
    if not credit:
        return None
    for name in article.authors:
        credit = credit.replace(name, name.upper())
    return credit


def write_numbered_blocks(
    article: Article,
    paragraph: Callable[[str, int, int], str],
    image: Callable[[Image, int], str],
    *,
    blank: str,
    ad: str,
    script: str,
    after: Callable[[int, int], str] | None = None,
) -> str:
    """As `write_blocks`, but `paragraph` gets (escaped text, number, count) and `image`
    (picture, its number among the pictures)."""
    out = []
    count = len(article.paragraphs)
    seen = 0
    pictures = 0
    for block in article.blocks:
        if isinstance(block, Paragraph):
            seen += 1
            out.append(paragraph(esc(block.text), seen, count))
            if after is not None:
                out.append(after(seen, count))
        elif isinstance(block, Image):
            pictures += 1
            out.append(image(block, pictures))
        elif isinstance(block, Blank):
            out.append(blank)
        elif isinstance(block, Ad):
            out.append(ad)
        elif isinstance(block, Script):
            out.append(script)
    return "\n".join(part for part in out if part)


def image_file(img: Image) -> str:
    """The picture's file name."""
    return img.src.rsplit("/", 1)[-1]


def image_stem(img: Image) -> str:
    """The picture's file name without its extension."""
    return image_file(img).rsplit(".", 1)[0]


def stable_digest(text: str) -> str:
    """A stable 32-hex hash standing in for an upload or asset id."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def rehosted_captions(
    article: Article, address: Callable[[Image], str]
) -> list[dict[str, str | None]]:
    """The expected captions when the system serves each picture from its own address."""
    return [
        {"image_url": address(i), "text": clean(i.caption) if i.caption else None}
        for i in article.images
    ]


def script_json(data: Any) -> str:
    """JSON as a page embeds it in a `<script>` (no raw `</`)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def vietnam_to_utc(moment: datetime) -> datetime:
    """A Vietnam local time as UTC (naive)."""
    return moment - timedelta(hours=7)


def author_names(article: Article) -> list[str]:
    """The authors' names in the usual capitalisation."""
    return [author_name(clean(a)) for a in article.authors]


def stable_uuid(text: str) -> str:
    """A stable UUID-shaped id for the text."""
    d = stable_digest(text)
    return f"{d[:8]}-{d[8:12]}-{d[12:16]}-{d[16:20]}-{d[20:]}"


def section_menu(link: Callable[[str], str], item: str) -> str:
    """The site menu: each section as `item` formats it (`{href}`, `{name}`); `link` makes the
    address from the section's key."""
    return "".join(
        item.format(href=attr(link(c.key)), name=esc(c.name)) for c in content().categories
    )


def section_menu_from_pattern(link: str, item: str) -> str:
    """The site menu: each section as `item` formats it (`{href}`, `{name}`); `link` takes
    `{key}` and `{slug}`."""
    return "".join(
        item.format(
            href=attr(link.format(key=c.key, slug=slugify(c.name))),
            name=esc(c.name),
        )
        for c in content().categories
    )


def section_id(key: str, base: int) -> int:
    """The numeric section id a vendor CMS puts in its addresses."""
    keys = [c.key for c in content().categories]
    return base + keys.index(key)


def repost_menu(sections: tuple[str, ...], item: str) -> str:
    """A reposting site's own menu; `item` formats `{href}` and `{name}`."""
    return "".join(item.format(href=f"/{tag_slug(s)}", name=esc(s)) for s in sections)


def repost_record(
    article: Article,
    *,
    dateline: str,
    published: str,
    captions: list[dict[str, str | None]] | None,
    byline: str | None,
    category: str,
    tags: list[str],
) -> dict[str, object]:
    """The expected record of a repost: the content's record with the site's own credit,
    section and tags."""
    record = expected(article, dateline=dateline, published=published, captions=captions)
    record["byline"] = clean(byline) if byline else None
    record["category"] = clean(category)
    record["tags"] = [clean(t) for t in tags]
    return record


# English month names, as English-language templates and date formats print them.
EN_MONTHS = (
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
# Vietnamese month names in lower case after the first word (Rails i18n, Serendipity's vi pack).
VI_MONTHS_LOWER = (
    "Tháng một",
    "Tháng hai",
    "Tháng ba",
    "Tháng tư",
    "Tháng năm",
    "Tháng sáu",
    "Tháng bảy",
    "Tháng tám",
    "Tháng chín",
    "Tháng mười",
    "Tháng mười một",
    "Tháng mười hai",
)
# Weekdays as many Vietnamese sites number them (Monday is "Thứ 2").
NUMBERED_WEEKDAYS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
