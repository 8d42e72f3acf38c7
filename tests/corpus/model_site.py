"""The model site's own two page generations, as the corpus's baseline (must stay exact)."""

from __future__ import annotations

from tests.corpus.pages import BASE, CorpusPage, content, url_of
from tests.site.content import expected_record
from tests.site.model import Article
from tests.site.render.current import article_page as current_page
from tests.site.render.legacy import article_page as legacy_page


def model_current(article: Article) -> CorpusPage | None:
    """The current template (2021-), exactly as the model site serves it."""
    if article.generation != "current":
        return None
    page = current_page(content(), BASE, article)
    return CorpusPage(
        "model_current", article.article_id, url_of(article), page, expected_record(article, BASE)
    )


def model_legacy(article: Article) -> CorpusPage | None:
    """The older template (2012-2021): its date header is the serving day, so the record has
    no date line, and the day comes from the photo's upload path (or is unknown)."""
    if article.generation != "legacy":
        return None
    page = legacy_page(content(), BASE, article)
    record = expected_record(article, BASE)
    uploads = [i.src.split("/")[2:5] for i in article.images if i.src.startswith("/uploads/")]
    record["dateline"] = None
    record["dateline_date"] = "-".join(uploads[0]) if uploads else None
    return CorpusPage("model_legacy", article.article_id, url_of(article), page, record)
