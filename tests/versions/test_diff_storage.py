"""Diffs stored at ingest: exact JSON round trip, bounded size, snippets, rendering."""

import json
import unicodedata
from html.parser import HTMLParser

import pytest

from lso_crawler.versions import diff_articles, render_html, render_json, render_text
from lso_crawler.versions.diff import ArticleDiff, Budget, diff_blocks, diff_snippet, field_diff

LEAD = "Doanh thu năm nay tăng mạnh so với cùng kỳ, đạt"
TAIL = "tỷ đồng theo báo cáo của Sở Tài chính tỉnh Lạng Sơn."
OLD = {
    "title": "Thu ngân sách tăng",
    "tags": ["kinh tế", "ngân sách"],
    "body": f"{LEAD} 1.250 {TAIL}\n\nĐoạn hai giữ nguyên.\n\nĐoạn ba bị xoá.",
}
NEW = {
    "title": "Thu ngân sách tăng mạnh",
    "tags": ["kinh tế"],
    "body": f"{LEAD} 1.480 {TAIL}\n\nĐoạn hai giữ nguyên.\n\nMột đoạn hoàn toàn mới.",
}


def sample_diffs() -> list[ArticleDiff]:
    coarse_budget = Budget(3600.0, work=0)
    return [
        diff_articles(OLD, NEW),
        diff_articles(None, NEW),
        diff_articles(OLD, dict(OLD)),
        diff_articles({"title": "A\x1b[2J\u202e\ud800"}, {"title": 'B "q" \\ <b>&'}),
        ArticleDiff((field_diff("body", ["x y z"], ["x q z", "w"], budget=coarse_budget),)),
    ]


@pytest.mark.parametrize("diff", sample_diffs())
def test_json_round_trip_is_exact(diff):
    text = diff.to_json()
    back = ArticleDiff.from_json(text)
    assert back == diff
    assert back.to_json() == text
    assert render_text(back) == render_text(diff)
    assert render_text(back, color=True) == render_text(diff, color=True)
    assert str(render_html(back)) == str(render_html(diff))
    assert render_json(back) == render_json(diff)
    assert diff_snippet(back) == diff_snippet(diff)


def test_json_is_compact_and_valid_utf8():
    diff = diff_articles(OLD, NEW)
    text = diff.to_json()
    assert "Doanh thu" in text  # Vietnamese kept as is, not \\u-escaped
    assert ": " not in text and ", " not in text.replace(", đạt", "")
    text.encode("utf-8")
    surrogate = diff_articles({"title": "a"}, {"title": "b\ud800"})
    surrogate.to_json().encode("utf-8")  # escaped, so SQLite can store it


def test_json_keeps_the_coarse_mark():
    (field,) = sample_diffs()[-1].fields
    assert field.coarse
    assert ArticleDiff.from_json(ArticleDiff((field,)).to_json()).coarse


@pytest.mark.parametrize(
    "text",
    [
        "",
        "null",
        "[]",
        '{"v": 2, "fields": []}',
        '{"v": 1}',
        '{"v": 1, "fields": [["body", 1, 0, [["?", "x"]]]]}',
        '{"v": 1, "fields": [["body", 1, 0, [["~", ["=", 3]]]]]}',
        '{"v": 1, "fields": [["body", "1", 0, []]]}',
        '{"v": 1, "fields": [["body", 1, 0, [["~", ["?", "a"]]]]]}',
    ],
)
def test_from_json_rejects_anything_else_with_value_error(text):
    with pytest.raises(ValueError):
        ArticleDiff.from_json(text)


def test_json_size_is_bounded_by_the_text():
    tokens = [f"t{i}" for i in range(6_000)]
    old, new = " ".join(tokens), " ".join(f"{t} X" for t in tokens)
    diff = ArticleDiff((field_diff("body", [old], [new]),))
    assert diff.coarse  # 12,000 one-word segments would be unreadable and large
    assert len(diff.to_json()) < 1.1 * (len(old) + len(new)) + 100


# Snippets --------------------------------------------------------------------------


def test_snippet_shows_the_first_changes_in_context():
    diff = diff_articles({"body": OLD["body"]}, {"body": NEW["body"]})
    snippet = diff_snippet(diff)
    assert snippet.startswith("… ")
    assert "đạt [-1.250-]{+1.480+} tỷ đồng" in snippet
    assert snippet.endswith(" … [-Đoạn ba bị xoá-]{+Một đoạn hoàn toàn mới+}.")


def test_snippet_names_fields_other_than_the_body():
    snippet = diff_snippet(diff_articles(OLD, NEW))
    assert snippet.startswith("title: Thu ngân sách tăng{+ mạnh+} · … ")
    assert "[-1.250-]{+1.480+}" in snippet
    assert snippet.endswith(" · tags: [-ngân sách-]")


@pytest.mark.parametrize("limit", [0, 1, 5, 12, 20, 40, 60, 100, 280, 1000])
def test_snippet_fits_the_limit_with_balanced_markers(limit):
    snippet = diff_snippet(diff_articles(OLD, NEW), limit)
    assert len(snippet) <= limit
    assert snippet.count("[-") == snippet.count("-]")
    assert snippet.count("{+") == snippet.count("+}")


def test_snippet_prefers_less_context_to_fewer_changes():
    snippet = diff_snippet(diff_articles(OLD, NEW), 100)
    assert "{+ mạnh+}" in snippet and "[-1.250-]{+1.480+}" in snippet


def test_snippet_has_no_control_bidi_or_noncharacters():
    nasty = "A\x00B\x1b[31mC\x7fD\x85E\u202eF\u2066G\ufffeH\ud800I\nJ\tK\r\nL"
    diff = diff_articles({"title": "x", "body": "a"}, {"title": nasty, "body": nasty})
    snippet = diff_snippet(diff)
    assert snippet
    for char in snippet:
        assert unicodedata.category(char) not in ("Cc", "Cs"), repr(char)
        assert char not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufffe"
    assert "B[31mC" in snippet and "J K L" in snippet


def test_no_change_no_snippet():
    assert diff_snippet(diff_articles(OLD, dict(OLD))) == ""


# HTML ------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_html_from_a_stored_diff_uses_del_and_ins_and_escapes_text():
    evil = 'x <script>alert(1)</script> <img src=x onerror=alert(2)> "q" &amp;'
    diff = ArticleDiff.from_json(diff_articles({"body": "x"}, {"body": evil}).to_json())
    html = str(render_html(diff))
    parser = _Tags()
    parser.feed(html)
    assert set(parser.tags) <= {"div", "section", "h4", "p", "del", "ins"}
    assert "ins" in parser.tags
    assert "&lt;script&gt;" in html and "&amp;amp;" in html


def test_coarse_blocks_are_marked_in_html_text_and_json():
    diff = sample_diffs()[-1]
    assert 'class="lso-deleted lso-coarse"' in str(render_html(diff))
    assert render_text(diff).endswith("shown whole)")
    blocks = render_json(diff)["fields"][0]["blocks"]
    assert all(block["coarse"] for block in blocks)
    json.dumps(render_json(diff))


def test_blocks_diffed_without_a_budget_get_their_own():
    assert diff_blocks(["a b"], ["a c"])[0].segments
