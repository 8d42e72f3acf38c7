"""What one HTTP answer means for the article its URL names (pure: no database, no Scrapy).

`judge` turns (URL, status, Location) into an `Answer`; `lso_crawler.ingest` applies it to
the stored article. The same rules hold for a live crawl and for `lso reparse`.

- 304: the article was checked and has not changed.
- 404 / 410: gone.
- A redirect to the same article id at another URL: the article moved.
- A redirect to another article: the old id is an alias of the new one.
- A redirect to the home page or a category page: gone (how Vietnamese CMSes withdraw
  articles far more often than with a 404).
- Any other redirect (off-site, elsewhere on the site): redirected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

from lso_crawler.urls import article_id, canonical_article_url, same_site

GONE_STATUSES = (404, 410)
RETRY_LATER = (408, 429)  # "not now": the article is still to fetch
NOT_MODIFIED = 304

AnswerKind = Literal["none", "checked", "gone", "moved", "alias", "redirected"]


@dataclass(frozen=True)
class Answer:
    """The meaning of an answer for the requested article."""

    kind: AnswerKind
    detail: str = ""
    target: str | None = None  # where a redirect leads, absolute
    target_id: int | None = None  # the article id of that target, when it is an article


def judge(url: str, status: int, location: str | None) -> Answer:
    """What `status` (with `location` for redirects) means for the article at `url`."""
    if article_id(url) is None:
        return Answer("none")
    if status == NOT_MODIFIED:
        return Answer("checked")
    if status in GONE_STATUSES:
        return Answer("gone", f"HTTP {status}")
    if not 300 <= status < 400 or not location:
        return Answer("none")
    target = urljoin(url, location.strip())
    on_site = same_site(target, url)
    target_id = article_id(target) if on_site else None
    if target_id == article_id(url):
        return Answer("moved", "", canonical_article_url(target), target_id)
    if target_id is not None:
        return Answer("alias", f"→ {target}", target, target_id)
    if on_site and _is_front_or_section(target):
        return Answer("gone", f"redirected to {urlsplit(target).path or '/'}", target)
    return Answer("redirected", f"→ {target}", target)


def settles_pending(status: int | None, answer: Answer) -> bool:
    """Whether this answer is final for a pending article (no use asking again next run).

    Server errors, 408/429 and failed downloads are not: the next run tries again. A same-id
    redirect is settled by the answer of the URL it leads to.
    """
    if status is None or status >= 500 or status in RETRY_LATER:
        return False
    return answer.kind != "moved"


def _is_front_or_section(url: str) -> bool:
    """The home page or a one-segment section path such as /kinh-te."""
    path = urlsplit(url).path.strip("/")
    return path == "" or ("/" not in path and "." not in path)
