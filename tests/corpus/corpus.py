"""The corpus: every article of the model site in every markup, and how it is scored."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from lso_crawler.parsers import ParseError, parse_article
from lso_crawler.parsers.base import CONTENT_FIELDS
from tests.corpus.markups import MARKUPS
from tests.corpus.model_site import model_current, model_legacy
from tests.corpus.pages import CAPTURED_AT, CorpusPage, articles
from tests.site.model import Article

EXPECTED = Path(__file__).with_name("expected")
FIELDS = CONTENT_FIELDS  # every content field is scored
MODEL: dict[str, Callable[[Article], CorpusPage | None]] = {
    "model_current": model_current,
    "model_legacy": model_legacy,
}


# The sealed sets not yet tuned on, by module name (those present are loaded).
SEALED_MODULES: tuple[str, ...] = ()


def held_out() -> dict[str, Callable[[Article], CorpusPage]]:
    """The sealed markups written last and never tuned on (`SEALED_MODULES`), those that exist."""
    sealed: dict[str, Callable[[Article], CorpusPage]] = {}
    for name in SEALED_MODULES:
        try:
            module = importlib.import_module(f"tests.corpus.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"tests.corpus.{name}":
                raise  # a sealed module that exists but imports something missing
            continue
        sealed.update(getattr(module, "HELD_OUT_" + name.removeprefix("heldout_").upper()))
    return sealed


def all_markups() -> dict[str, Callable[[Article], CorpusPage | None]]:
    """Every markup by name: the model's two generations, the tuning set, the held-out set."""
    return {**MODEL, **MARKUPS, **held_out()}


def pages(markup: str) -> Iterator[CorpusPage]:
    """Every article rendered in one markup."""
    render = all_markups()[markup]
    for article in articles():
        page = render(article)
        if page is not None:
            yield page


def fixture(markup: str) -> dict[str, Any]:
    """The reviewed expected records of one markup, by article id (as strings)."""
    return json.loads((EXPECTED / f"{markup}.json").read_text(encoding="utf-8"))


def write_fixture(markup: str) -> None:
    """Store the expected records computed from the content."""
    records = {str(page.article_id): page.expected for page in pages(markup)}
    text = json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (EXPECTED / f"{markup}.json").write_text(text, encoding="utf-8")


def parse(page: CorpusPage) -> dict[str, Any] | str:
    """The parsed record of a page, or the ParseError reason."""
    try:
        article = parse_article(
            page.html.encode("utf-8"), page.url, datetime.fromisoformat(CAPTURED_AT)
        )
    except ParseError as error:
        return error.reason
    return {
        "article_id": article.article_id,
        "url": article.url,
        "parser": article.parser,
        "notes": article.parse_notes,
        **article.content(),
    }


@dataclass
class Score:
    """Per-field exact matches of one markup."""

    markup: str
    pages: int = 0
    dropped: int = 0
    exact: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[tuple[int, str, Any, Any]] = field(default_factory=list)
    parsers: dict[str, int] = field(default_factory=dict)

    def share(self, name: str) -> float:
        """Share of pages with this field exact."""
        return self.exact[name] / self.pages if self.pages else 0.0

    def all_exact(self) -> float:
        """Share of (page, field) pairs exact."""
        return sum(self.exact.values()) / (self.pages * len(FIELDS)) if self.pages else 0.0


def score(markup: str) -> Score:
    """Parse every page of a markup and compare each field with the fixture."""
    want = fixture(markup)
    result = Score(markup)
    for page in pages(markup):
        result.pages += 1
        expected = want[str(page.article_id)]
        got = parse(page)
        if isinstance(got, str):
            result.dropped += 1
            result.misses.append((page.article_id, "dropped", got, None))
            continue
        result.parsers[got["parser"]] = result.parsers.get(got["parser"], 0) + 1
        for name in FIELDS:
            if got[name] == expected[name]:
                result.exact[name] += 1
            else:
                result.misses.append((page.article_id, name, got[name], expected[name]))
    return result
