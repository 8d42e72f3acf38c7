"""What an article URL's answer means for the article: gone, redirected, not modified.

Applied to every response as it is archived (and again by `lso reparse`), so the
`status` column and the `events` table follow the site whatever led to the request.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

from lso_crawler.store import Store
from lso_crawler.urls import article_id, canonical_article_url, same_site

GONE_STATUSES = (404, 410)


def record_answer(
    store: Store, url: str, status: int, when: datetime, location: str | None = None
) -> str | None:
    """Update a known article's lifecycle from one HTTP answer; returns the event kind, if any."""
    found = article_id(url)
    if found is None or not store.is_known(found):
        return None
    if status == 304:
        store.mark_checked(found, when)
        store.forget_pending(found)
        return None
    if status in GONE_STATUSES:
        return "gone" if store.mark_gone(found, when, f"HTTP {status}") else None
    if 300 <= status < 400 and location:
        target = urljoin(url, location)
        target_id = article_id(target) if same_site(target, url) else None
        if target_id == found:
            # Same article at a new URL; its page may then answer 304, so move it here.
            moved = store.move_article(found, when, canonical_article_url(target))
            return "url_changed" if moved else None
        if store.mark_redirected(found, when, target):
            return "redirected"
    return None
