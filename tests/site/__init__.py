"""A faithful local model of baolangson.vn for offline tests: `with ModelSite() as site: ...`."""

from .content import (
    DEFAULT_SERVED_DATE,
    SiteContent,
    dead_ids,
    default_content,
    error_ids,
    expected_articles,
    expected_record,
    no_body_ids,
    non_article_ids,
    redirected_ids,
    tiny_content,
)
from .server import ModelSite, RequestRecord

__all__ = [
    "DEFAULT_SERVED_DATE",
    "ModelSite",
    "RequestRecord",
    "SiteContent",
    "dead_ids",
    "default_content",
    "error_ids",
    "expected_articles",
    "expected_record",
    "no_body_ids",
    "non_article_ids",
    "redirected_ids",
    "tiny_content",
]
