"""Article versions: change classification, diffs and their renderings (no Scrapy)."""

from lso_crawler.versions.changes import Change, classify, implausible
from lso_crawler.versions.diff import ArticleDiff, Block, FieldDiff, Segment, diff_articles
from lso_crawler.versions.render import render_html, render_json, render_text

__all__ = [
    "ArticleDiff",
    "Block",
    "Change",
    "FieldDiff",
    "Segment",
    "classify",
    "diff_articles",
    "implausible",
    "render_html",
    "render_json",
    "render_text",
]
