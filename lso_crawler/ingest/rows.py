"""The writing half of ingest: one capture and its Analysis become database rows.

`apply` is the only code that writes `fetches`, `versions`, lifecycle `events`, `aliases`,
listing times and frontier settlements for a capture. Everything it decides is decided by
pure modules (`lifecycle.judge`, `versions.decide`); this module only applies the verdicts,
inside one transaction per capture (a savepoint when the caller batches).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lso_crawler.ingest.analysis import Analysis, ImageInfo, judge_parse
from lso_crawler.ingest.capture import ArchivedCapture
from lso_crawler.lifecycle import Answer, judge, settles_pending
from lso_crawler.listing_times import best_publication_time
from lso_crawler.media import images_changed, with_digest
from lso_crawler.parsers.base import CONTENT_FIELDS, Article
from lso_crawler.store import Store, browse, iso_utc
from lso_crawler.store import media as media_rows
from lso_crawler.urls import article_id
from lso_crawler.versions.decide import VersionDecision, decide
from lso_crawler.versions.diff import ArticleDiff, diff_snippet
from lso_crawler.warc.files import WarcPointer

_JSON_FIELDS = ("captions", "authors", "tags")
_STATUS_OF = {"gone": "gone", "redirected": "redirected", "alias": "redirected"}


@dataclass(frozen=True)
class IngestResult:
    """What ingesting one capture did, for run statistics and reports."""

    fetch_id: int
    outcome: str  # new, changed, unchanged, parse_failed, removed, listing, error, other, ...
    counters: tuple[str, ...] = ()  # stat keys, e.g. articles/new, parse_error/no-body
    article_id: int | None = None  # the article whose rows changed, if any
    dated: tuple[int, ...] = ()  # stored articles a listing gave their publication time
    parser: str | None = None
    missing: tuple[str, ...] = field(default_factory=tuple)  # empty fields of the article

    @property
    def touched(self) -> list[int]:
        """Articles whose derived (browse) columns must follow this capture."""
        ids = [self.article_id] if self.article_id is not None else []
        return ids + [i for i in self.dated if i != self.article_id]


def pointer_columns(pointer: WarcPointer | None) -> dict[str, Any]:
    """The `fetches` columns that point at a WARC record."""
    if pointer is None:
        return {}
    return {
        "warc_file": pointer.filename,
        "warc_offset": pointer.offset,
        "warc_length": pointer.length,
        "warc_record_id": pointer.record_id,
        "warc_date": pointer.date,
        "warc_type": pointer.record_type,
        "payload_digest": pointer.payload_digest,
    }


def stored_content(row: Mapping[str, Any]) -> dict[str, Any]:
    """A `versions` row back into `Article.content()` form."""
    content = {name: row[name] for name in CONTENT_FIELDS}
    for name in _JSON_FIELDS:
        content[name] = json.loads(content[name] or "[]")
    # The image digests ingest adds to captions are not part of the parsed content.
    content["captions"] = [
        {k: v for k, v in c.items() if k != "digest"} if isinstance(c, dict) else c
        for c in content["captions"]
    ]
    return content


def apply(
    store: Store,
    capture: ArchivedCapture,
    analysis: Analysis,
    *,
    run_id: int | None = None,
    retry_of: int | None = None,
    refresh: bool = True,
) -> IngestResult:
    """Write what one capture means; `retry_of` is the fetch id of an earlier failed ingest.

    `refresh=False` leaves the browsing columns of the touched article to the caller
    (`browse.refresh_articles` once per batch, or `browse.rebuild` after a full load).
    """
    with store.transaction():
        result = _Apply(store, capture, analysis).run(run_id, retry_of)
        if refresh and result.touched:
            browse.refresh_articles(store.conn, result.touched)
    return result


def record_failure(
    store: Store, url: str, method: str, error: str, when: datetime, run_id: int | None = None
) -> int:
    """A request that got no response (timeout, reset, DNS): a fetch row, nothing archived."""
    with store.transaction():
        return store.insert_fetch(
            {
                "run_id": run_id,
                "url": url,
                "method": method,
                "status": None,
                "fetched_at": iso_utc(when),
                "article_id": article_id(url),
                "error": error,
                "outcome": "error",
            }
        )


class _Apply:
    """One capture's writes; a class only to share its inputs between the steps."""

    def __init__(self, store: Store, capture: ArchivedCapture, analysis: Analysis) -> None:
        self.store = store
        self.capture = capture
        self.analysis = analysis
        self.found = article_id(capture.url)
        self.seen = iso_utc(capture.captured_at)
        self.counters: list[str] = []
        self.touched: int | None = None  # the article whose rows changed
        self.fetch_id = 0
        self.error = analysis.error  # a parse failure adds one

    def run(self, run_id: int | None, retry_of: int | None) -> IngestResult:
        capture, analysis = self.capture, self.analysis
        row = {
            "run_id": run_id,
            "url": capture.url,
            "method": capture.method,
            "status": capture.status,
            "fetched_at": self.seen,
            "article_id": self.found,
            "content_type": capture.header("Content-Type"),
            "size": len(capture.payload),
            "error": analysis.error,
            "outcome": "pending",
            **pointer_columns(capture.pointer),
        }
        if retry_of is not None:
            self.fetch_id = retry_of
            self.store.update_fetch(retry_of, row)
        else:
            self.fetch_id = self.store.insert_fetch(row)
        if capture.status >= 400:
            self.counters.append(f"http_error/{capture.status}")
        if capture.truncated:
            self.counters.append("download_error/truncated")
        elif analysis.error and capture.status < 400:
            self.counters.append("download_error/undecodable")
        answer = judge(capture.url, capture.status, capture.header("Location"))
        self._lifecycle(answer)
        if self.found is not None and settles_pending(capture.status, answer):
            self.store.forget_pending(self.found)
        result = self._content()
        self.store.update_fetch(self.fetch_id, {"outcome": result.outcome, "error": self.error})
        return result

    def _result(self, outcome: str, **extra: Any) -> IngestResult:
        extra.setdefault("article_id", self.touched)
        return IngestResult(self.fetch_id, outcome, tuple(self.counters), **extra)

    # Lifecycle ------------------------------------------------------------------

    def _lifecycle(self, answer: Answer) -> None:
        if answer.kind == "none" or self.found is None:
            return
        when = self.capture.captured_at
        if answer.kind == "alias" and answer.target_id is not None:
            self.store.record_alias(self.found, answer.target_id, when)
        article = self.store.article(self.found)
        if article is None:
            return
        if answer.kind == "checked":
            self.store.update_article(
                self.found, {"last_checked": self.seen, "last_seen": self.seen}
            )
        elif answer.kind == "moved" and answer.target and article["url"] != answer.target:
            self.store.update_article(self.found, {"url": answer.target})
            self._event("url_changed", f"{article['url']} → {answer.target}")
        elif answer.kind in _STATUS_OF:
            self._set_status(article, _STATUS_OF[answer.kind], answer.detail)

    def _set_status(self, article: Mapping[str, Any], status: str, detail: str) -> None:
        if article["status"] == status:
            return
        self.store.update_article(self.found or 0, {"status": status, "last_checked": self.seen})
        self._event(status, detail)
        self.counters.append(f"articles/{status}")

    def _event(self, kind: str, detail: str) -> None:
        self.touched = self.found
        self.store.add_event(self.found or 0, self.seen, kind, detail, self.fetch_id)

    # Content --------------------------------------------------------------------

    def _content(self) -> IngestResult:
        analysis = self.analysis
        if analysis.article is not None:
            return self._article(analysis.article)
        if analysis.image is not None:
            return self._image(analysis.image)
        if analysis.parse_failure is not None:
            return self._parse_failure(*analysis.parse_failure)
        if analysis.listed:
            dated = []
            for item in analysis.listed:
                listed_id = article_id(item.url) if item.url else None
                if (
                    listed_id
                    and item.published_at
                    and self.store.record_listing_time(
                        listed_id, item.published_at, self.capture.url
                    )
                ):
                    dated.append(listed_id)
            return self._result("listing", dated=tuple(dated))
        if analysis.error:
            return self._result("error")
        if self.capture.status == 304:
            known = media_rows.latest_media(self.store, self.capture.url)
            if known is not None:  # an image rechecked: the archived bytes are still current
                media_rows.touch_media(self.store, known["id"], self.seen)
                self.counters.append("images/not_modified")
                self._set_caption_digests(self.capture.url, known["payload_digest"])
            return self._result("not_modified")
        if 300 <= self.capture.status < 400:
            return self._result("redirect")
        return self._result("other")

    def _parse_failure(self, reason: str, detail: str) -> IngestResult:
        article = self.store.article(self.found) if self.found is not None else None
        if reason == "removed":  # a withdrawn-article page: no article, and no parse failure
            self.error = f"no article: {detail}" if detail else "no article"
            self.counters.append("no_article/removed")
            if article is not None:
                self._set_status(article, "gone", "withdrawn: the page says the article is gone")
            return self._result("removed")
        self.error = f"parse failed: {reason}: {detail}" if detail else f"parse failed: {reason}"
        self.counters.append(f"parse_error/{reason}")
        return self._result("parse_failed")

    def _article(self, article: Article) -> IngestResult:
        store, found = self.store, article.article_id
        current_row = store.current_version(found)
        stored = store.article(found)
        judged = self.analysis.judged or judge_parse(article)
        content, content_hash = judged.content, judged.content_hash
        if current_row is None:
            decision = judged.as_first
        elif current_row["content_hash"] == content_hash:
            decision = VersionDecision("unchanged")  # same content: no diff needed
        else:
            decision = decide(stored_content(current_row), content)
        if decision.kind == "implausible":
            return self._parse_failure("implausible", decision.reason or "")
        validators = (
            (self.capture.header("ETag"), self.capture.header("Last-Modified"))
            if self.analysis.decodable
            else (None, None)
        )
        checked = {
            "last_seen": self.seen,
            "last_checked": self.seen,
            "url": article.url,
            "status": "live",
            "etag": validators[0],
            "last_modified": validators[1],
        }
        if stored is not None:
            self._note_return(stored, article)
        missing = tuple(article.parse_notes.get("missing", ())) if _has_notes(article) else ()
        if decision.kind == "unchanged":
            store.update_article(found, checked)
            self.counters.append("articles/unchanged")
            return self._result(
                "unchanged", article_id=found, parser=article.parser, missing=missing
            )
        version = 1 if stored is None else (stored["current_version"] or 0) + 1
        article_row = {
            **checked,
            "title": article.title,
            "category": article.category,
            "published_at": best_publication_time(article.published_at, store.listing_time(found)),
            "current_version": version,
        }
        if stored is None:
            store.insert_article({"id": found, "first_seen": self.seen, **article_row})
        else:
            store.update_article(found, {**article_row, "last_changed": self.seen})
        store.insert_version(self._version_row(article, content, content_hash, version, decision))
        self.counters.append(f"articles/{decision.kind}")
        return self._result(decision.kind, article_id=found, parser=article.parser, missing=missing)

    def _note_return(self, stored: Mapping[str, Any], article: Article) -> None:
        """Events for an article seen again: back after gone/redirected, or at a new URL."""
        if stored["status"] in ("gone", "redirected"):
            self._event("back", f"was {stored['status']}; live at {article.url}")
        if stored["url"] and stored["url"] != article.url:
            self._event("url_changed", f"{stored['url']} → {article.url}")

    def _version_row(
        self,
        article: Article,
        content: dict[str, Any],
        content_hash: str,
        version: int,
        decision: VersionDecision,
    ) -> dict[str, Any]:
        content = dict(content)
        content["captions"], images = self._known_digests(article.article_id, content["captions"])
        for name in _JSON_FIELDS:
            content[name] = json.dumps(content[name], ensure_ascii=False)
        notes = article.parse_notes if _has_notes(article) else None
        row = {
            "article_id": article.article_id,
            "version": version,
            "captured_at": self.seen,
            "url": article.url,
            **content,
            "parser": article.parser,
            "parse_notes": json.dumps(notes, ensure_ascii=False, sort_keys=True) if notes else None,
            "content_hash": content_hash,
            "fetch_id": self.fetch_id,
        }
        if decision.change is not None:
            row.update(decision.change.columns())
        if decision.diff is not None:
            row.update(_diff_columns(decision.diff))
        if images and version > 1:
            row["changed_fields"] = _with_field(row.get("changed_fields"), "images")
        return row

    # Images ---------------------------------------------------------------------

    def _known_digests(self, found: int, captions: list[Any]) -> tuple[list[Any], bool]:
        """Captions with the digests of images already archived, and whether the images
        differ from the current version's (`media.images_changed`)."""
        for url in {str(c.get("image_url")) for c in captions if c.get("image_url")}:
            known = media_rows.latest_media(self.store, url)
            if known is not None:
                captions = with_digest(captions, url, known["payload_digest"], overwrite=False)
        current = self.store.current_version(found)
        if current is None:
            return captions, False
        before = json.loads(current["captions"] or "[]")
        return captions, self._images_differ(before, captions)

    def _images_differ(self, before: list[Any], after: list[Any]) -> bool:
        digests = [str(c["digest"]) for c in [*before, *after] if c.get("digest")]
        return images_changed(before, after, media_rows.facts_by_digest(self.store, digests))

    def _image(self, image: ImageInfo) -> IngestResult:
        """An article image: its media row, then the digest in the captions that show it."""
        capture = self.capture
        pointer = pointer_columns(capture.pointer)
        media_rows.upsert_media(
            self.store,
            {
                "url": capture.url,
                "payload_digest": image.digest,
                "content_type": image.content_type,
                "size": image.size,
                "width": image.width,
                "height": image.height,
                "first_seen": self.seen,
                "last_seen": self.seen,
                "fetch_id": self.fetch_id,
                "etag": capture.header("ETag"),
                "last_modified": capture.header("Last-Modified"),
                **{k: v for k, v in pointer.items() if k != "payload_digest"},
            },
        )
        revisit = capture.pointer is not None and capture.pointer.record_type == "revisit"
        self.counters.append("images/revisits" if revisit else "images/fetched")
        self._set_caption_digests(capture.url, image.digest)
        return self._result("image")

    def _set_caption_digests(self, url: str, digest: str) -> None:
        """Every version showing `url` without a digest gets it. A current version whose
        page was captured after its image was last seen takes the latest bytes (they are
        what the page showed); one whose image was already seen after its page capture
        was showing those bytes, so another photo there is a new version (`_photo_swap`).
        A current version whose images now differ from its predecessor's records `images`
        among its changed fields."""
        for shown in media_rows.versions_showing(self.store, url):
            article = self.store.article(shown["article_id"])
            is_current = article is not None and article["current_version"] == shown["version"]
            if is_current and self._showed_other_bytes(shown, url, digest):
                self._photo_swap(shown, url, digest)
                continue
            captions = with_digest(shown["captions"], url, digest, overwrite=is_current)
            if captions == shown["captions"]:
                continue
            row: dict[str, Any] = {"captions": json.dumps(captions, ensure_ascii=False)}
            if is_current and shown["version"] > 1:
                previous = self.store.conn.execute(
                    "select captions from versions where article_id = ? and version = ?",
                    [shown["article_id"], shown["version"] - 1],
                ).fetchone()
                before = json.loads(previous[0] or "[]") if previous else []
                if self._images_differ(before, captions):
                    row["changed_fields"] = _with_field(shown["changed_fields"], "images")
                    self.touched = shown["article_id"]
                    self.counters.append("images/changed")
            self.store.conn.execute(
                f"update versions set {', '.join(f'{k} = ?' for k in row)} where id = ?",
                [*row.values(), shown["id"]],
            )

    def _showed_other_bytes(self, shown: Mapping[str, Any], url: str, digest: str) -> bool:
        """Whether the version's page was seen with another payload of `url` after its
        capture (the image was rechecked since, or was its own follow-up fetch)."""
        return any(
            isinstance(c, dict)
            and c.get("image_url") == url
            and c.get("digest")
            and c["digest"] != digest
            and media_rows.seen_since(self.store, url, str(c["digest"]), shown["captured_at"])
            for c in shown["captions"]
        )

    def _photo_swap(self, shown: Mapping[str, Any], url: str, digest: str) -> None:
        """The photo at `url` was replaced behind an unchanged page: a new version with the
        same text and the new digest, unless the new bytes are a re-encode (then nothing:
        the version keeps the photo it was seen with)."""
        captions = with_digest(shown["captions"], url, digest, overwrite=True)
        if not self._images_differ(shown["captions"], captions):
            self.counters.append("images/reencoded")
            return
        previous = self.store.current_version(shown["article_id"])
        if previous is None:  # `shown` is the current version: it exists
            return
        found, version = previous["article_id"], previous["version"] + 1
        row = {
            name: previous[name]
            for name in (*CONTENT_FIELDS, "url", "parser", "parse_notes", "content_hash")
        }
        row.update(
            article_id=found,
            version=version,
            captured_at=self.seen,
            fetch_id=self.fetch_id,
            captions=json.dumps(captions, ensure_ascii=False),
            changed_fields=json.dumps(["images"]),
            change_kind="substantive",  # another photo is an edit a reader must see
            chars_added=0,
            chars_removed=0,
            diff=ArticleDiff(()).to_json(),  # the text is the same: no field changed
            diff_snippet=f"images: another photo at {url}"[:280],
        )
        self.store.insert_version(row)
        self.store.update_article(found, {"current_version": version, "last_changed": self.seen})
        self.touched = found
        self.counters.append("images/swapped")


def _with_field(changed_fields: str | None, name: str) -> str:
    """A changed_fields JSON list with `name` appended, unless it is there already."""
    fields = list(json.loads(changed_fields or "[]"))
    if name not in fields:
        fields.append(name)
    return json.dumps(fields, ensure_ascii=False)


def _has_notes(article: Article) -> bool:
    return bool(getattr(article, "parse_notes", None))


def _diff_columns(diff: ArticleDiff) -> dict[str, Any]:
    """The stored diff from the previous version, and its one-line snippet."""
    return {"diff": diff.to_json(), "diff_snippet": diff_snippet(diff)}
