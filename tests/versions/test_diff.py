import json
from html.parser import HTMLParser

import click

from lso_crawler.versions import diff_articles, render_html, render_json, render_text
from lso_crawler.versions.diff import MAX_WORK, Block, Budget, diff_blocks, diff_words

P1 = "Đoạn một nói về chợ Đông Kinh."
P2 = "Đoạn hai nói về cửa khẩu Hữu Nghị."
P3 = "Đoạn ba nói về phố đi bộ Kỳ Lừa."


def body_diff(old: list[str], new: list[str]):
    return diff_articles({"body": "\n\n".join(old)}, {"body": "\n\n".join(new)})


def ops(block: Block) -> list[tuple[str, str]]:
    return [(segment.op, segment.text) for segment in block.segments]


def test_word_level_ops_inside_a_changed_paragraph():
    block = diff_words(P2, P2.replace("Hữu Nghị", "Tân Thanh"))
    assert block.op == "replace"
    assert ops(block) == [
        ("equal", "Đoạn hai nói về cửa khẩu "),
        ("delete", "Hữu Nghị"),
        ("insert", "Tân Thanh"),
        ("equal", "."),
    ]


def test_segments_rebuild_both_texts_exactly():
    old, new = P1 + " Thêm, câu nữa!", "Mở đầu: " + P1.replace("chợ", "chợ lớn")
    block = diff_words(old, new)
    assert "".join(s.text for s in block.segments if s.op != "insert") == old
    assert "".join(s.text for s in block.segments if s.op != "delete") == new


def test_an_inserted_word_keeps_punctuation_outside():
    block = diff_words("Nói về chợ.", "Nói về chợ lớn.")
    assert ops(block) == [("equal", "Nói về chợ"), ("insert", " lớn"), ("equal", ".")]


def test_a_short_equal_word_between_changes_is_folded_into_them():
    block = diff_words("hôm nay trời rất đẹp và mát", "hôm qua mưa to và gió lạnh")
    assert ops(block) == [
        ("equal", "hôm "),
        ("delete", "nay trời rất đẹp và mát"),
        ("insert", "qua mưa to và gió lạnh"),
    ]


def test_inserted_deleted_and_moved_paragraphs():
    diff = body_diff([P1, P2, P3], [P3, P1, "Đoạn mới hoàn toàn.", P2])
    blocks = [(b.op, b.old or b.new) for b in diff.fields[0].blocks]
    assert blocks == [
        ("insert", P3),
        ("equal", P1),
        ("insert", "Đoạn mới hoàn toàn."),
        ("equal", P2),
        ("delete", P3),
    ]


def test_replaced_paragraphs_are_paired_by_similarity():
    old = [P1, P2, P3]
    new = [P1, "Một đoạn chen vào, chẳng giống đoạn nào.", P2.replace("hai", "2"), P3]
    blocks = body_diff(old, new).fields[0].blocks
    assert [b.op for b in blocks] == ["equal", "insert", "replace", "equal"]
    assert ("delete", "hai") in ops(blocks[2])


def test_many_consecutive_edited_paragraphs_each_get_a_word_diff():
    old = [f"Đoạn số {i} nói về chợ Đông Kinh." for i in range(12)]
    new = [text.replace("chợ", "chợ,") for text in old]
    blocks = body_diff(old, new).fields[0].blocks
    assert [b.op for b in blocks] == ["replace"] * 12
    assert all(("insert", ",") in ops(b) for b in blocks)


def test_list_fields_diff_item_by_item():
    diff = diff_articles(
        {"authors": ["Hoàng Tùng"], "tags": ["a", "b"]},
        {"authors": ["Hoàng Tùng", "Lan Anh"], "tags": ["b"]},
    )
    assert diff.changed_fields == ["authors", "tags"]
    assert [b.op for b in diff.fields[0].blocks] == ["equal", "insert"]
    assert [b.op for b in diff.fields[1].blocks] == ["delete", "equal"]


def test_captions_diff_as_lines_with_their_image():
    caption = {"image_url": "https://media.baolangson.vn/a.jpg", "text": "Chú thích"}
    diff = diff_articles(
        {"captions": [caption]}, {"captions": [{**caption, "text": "Chú thích mới"}]}
    )
    (block,) = diff.fields[0].blocks
    assert block.new == "Chú thích mới [https://media.baolangson.vn/a.jpg]"
    assert ("insert", " mới") in ops(block)


def test_unchanged_fields_are_left_out():
    article = {"title": "Tiêu đề", "body": P1, "tags": ["a"]}
    assert diff_articles(article, dict(article)).fields == ()
    assert diff_articles(article, {**article, "title": "Khác"}).changed_fields == ["title"]


def test_first_version_is_all_insertions():
    diff = diff_articles(None, {"title": "Tiêu đề", "body": f"{P1}\n\n{P2}"})
    assert diff.changed_fields == ["title", "body"]
    assert {b.op for f in diff.fields for b in f.blocks} == {"insert"}


# Renderers -------------------------------------------------------------------

EVIL = "Tiêu đề <script>alert(1)</script> \"trích dẫn\" & 'nháy'"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def test_html_escapes_all_article_text():
    diff = diff_articles({"title": "Tiêu đề", "body": P1}, {"title": EVIL, "body": EVIL})
    html = str(render_html(diff))
    assert "<script>" not in html
    parsed = _Collect()
    parsed.feed(html)
    assert "script" not in parsed.tags
    assert set(parsed.tags) <= {"div", "section", "h4", "p", "del", "ins"}
    assert "<script>alert(1)</script>" in parsed.text
    assert "&quot;trích dẫn&quot;" in html or "&#34;trích dẫn&#34;" in html


def test_html_marks_deletions_and_insertions():
    diff = body_diff([P1, P2, P3], [P1, P2.replace("Hữu Nghị", "Tân Thanh")])
    html = str(render_html(diff))
    assert "<del>Hữu Nghị</del><ins>Tân Thanh</ins>" in html
    assert f'<p class="lso-deleted"><del>{P3}</del></p>' in html
    assert "1 unchanged paragraph" in html


def test_text_plain_and_coloured():
    diff = body_diff([P1, P2], [P1, P2.replace("Hữu Nghị", "Tân Thanh")])
    plain = render_text(diff)
    assert plain.splitlines() == [
        "body:",
        "  … 1 unchanged paragraph …",
        "  Đoạn hai nói về cửa khẩu [-Hữu Nghị-]{+Tân Thanh+}.",
    ]
    coloured = render_text(diff, color=True)
    assert click.style("Hữu Nghị", fg="red", strikethrough=True) in coloured
    assert click.style("Tân Thanh", fg="green", underline=True) in coloured


def test_text_neutralises_terminal_control_characters():
    diff = diff_articles({"title": "A"}, {"title": "A \x1b[2J B"})
    assert "\x1b" not in render_text(diff)
    assert "\\x1b[2J" in render_text(diff)


def test_json_shape():
    diff = body_diff([P1, P2], [P2.replace("hai", "2")])
    data = json.loads(json.dumps(render_json(diff)))
    assert data["changed_fields"] == ["body"]
    assert data["coarse"] is False
    (field,) = data["fields"]
    assert field["field"] == "body"
    assert field["chars_added"] == data["chars_added"] > 0
    assert field["blocks"][0] == {"op": "delete", "text": P1, "coarse": False}
    replaced = field["blocks"][1]
    assert replaced["op"] == "replace"
    assert (replaced["old"], replaced["new"]) == (P2, P2.replace("hai", "2"))
    assert {"op": "insert", "text": "2"} in replaced["segments"]


# Bounded work -------------------------------------------------------------------
# The deadline is switched off (NO_DEADLINE) so that only the work bound can stop a
# diff: were it missing, these tests would run for minutes instead of failing fast.

NO_DEADLINE = 3600.0
WORDS = "Lạng Sơn tỉnh biên giới cửa khẩu Hữu Nghị chợ Đông Kinh nhân dân phát triển"


def _huge_body(paragraphs: int = 2700) -> list[str]:
    words = WORDS.split(" ")
    return [
        " ".join(words[(i * 7 + k) % len(words)] for k in range(60)) + f" {i}."
        for i in range(paragraphs)
    ]


def rebuilt(blocks, side: str) -> list[str]:
    """The old (or new) blocks of a field diff, rebuilt from its blocks and segments."""
    drop = "insert" if side == "old" else "delete"
    out = []
    for block in blocks:
        if block.op == "replace":
            out.append("".join(s.text for s in block.segments if s.op != drop))
        elif block.op != drop:
            out.append(block.old if block.op != "insert" else block.new)
    return out


def test_huge_body_with_edits_is_word_level():
    old = _huge_body()
    assert len("\n\n".join(old).encode()) > 1_000_000
    new = list(old)
    new[1200] = new[1200].replace("Đông Kinh", "Kỳ Lừa", 1)
    new.insert(600, "Một đoạn mới.")
    del new[1800]
    diff = diff_articles(
        {"body": "\n\n".join(old)}, {"body": "\n\n".join(new)}, time_limit=NO_DEADLINE
    )
    assert not diff.coarse
    changed = [b for b in diff.fields[0].blocks if b.op != "equal"]
    assert [b.op for b in changed] == ["insert", "replace", "delete"]


def test_pathological_input_is_bounded_and_marked_coarse():
    dense = " ".join(["và của"] * 120)
    old = [f"{dense} {i}" for i in range(900)]
    new = [f"{i} {dense.replace('và của và', 'và và của', 3)}" for i in range(900)]
    budget = Budget(NO_DEADLINE)
    blocks = diff_blocks(old, new, budget=budget)
    assert any(b.coarse for b in blocks)
    assert 0 <= budget.remaining < MAX_WORK
    # Nothing is lost: every old and new paragraph is still in the diff.
    assert rebuilt(blocks, "old") == old
    assert rebuilt(blocks, "new") == new


def test_a_huge_single_paragraph_falls_back_to_a_whole_replacement():
    old = " ".join(f"từ{i % 97}" for i in range(200_000))
    new = " ".join(f"từ{i % 89}" for i in range(200_000))
    (block,) = diff_blocks([old], [new], budget=Budget(NO_DEADLINE))
    assert block.coarse
    # The common start (từ0 … từ88) is still found; the rest is replaced whole.
    assert [s.op for s in block.segments] == ["equal", "delete", "insert"]
    assert block.segments[0].text == " ".join(f"từ{i}" for i in range(89)) + " "


def test_one_edit_in_a_huge_paragraph_is_found_without_tokenizing_it_all():
    old = " ".join(f"từ{i % 97}" for i in range(200_000))
    at = old.index(" ", 700_000)
    new = old[:at] + " mới" + old[at:]
    (block,) = diff_blocks([old], [new], budget=Budget(NO_DEADLINE, work=1_000))
    assert not block.coarse
    assert [s.op for s in block.segments] == ["equal", "insert", "equal"]
    assert block.segments[1].text.strip() == "mới"


def test_difflib_worst_case_is_cut_by_work_not_time():
    # Distinct tokens against the same with a token after each: difflib alone scans
    # quadratically (68 s at 10,000 tokens). Patience anchors align it in linear work.
    tokens = [f"t{i}" for i in range(6_000)]
    old, new = " ".join(tokens), " ".join(f"{t} X{i}" for i, t in enumerate(tokens))
    budget = Budget(NO_DEADLINE)
    block = diff_words(old, new, budget=budget)
    assert rebuilt([block], "old") == [old] and rebuilt([block], "new") == [new]
    # Repetitive tokens leave no anchors: the matcher stops at its allowance.
    rows = [" ".join(str((i * 7 + k) % 13) for k in range(8)) for i in range(2_000)]
    old = " ".join(rows)
    new = " ".join(f"{row} {i % 11}" for i, row in enumerate(rows))
    budget = Budget(NO_DEADLINE)
    block = diff_words(old, new, budget=budget)
    assert block.coarse
    assert rebuilt([block], "old") == [old] and rebuilt([block], "new") == [new]


def test_a_huge_segment_count_is_shown_whole():
    tokens = [f"t{i}" for i in range(6_000)]
    old, new = " ".join(tokens), " ".join(f"{t} X" for t in tokens)
    block = diff_words(old, new, budget=Budget(NO_DEADLINE))
    assert block.coarse
    assert len(block.segments) <= 4


def test_an_exhausted_budget_keeps_every_paragraph():
    old = [f"Đoạn {i} nói về chợ Đông Kinh." for i in range(50)]
    new = [text.replace("chợ", "phố") for text in old]
    blocks = diff_blocks(old, new, budget=Budget(NO_DEADLINE, work=5_000))
    assert any(b.coarse for b in blocks) and not all(b.coarse for b in blocks)
    assert rebuilt(blocks, "old") == old
    assert rebuilt(blocks, "new") == new


def test_a_passed_deadline_shows_the_rest_whole():
    old = [f"Đoạn {i} nói về chợ Đông Kinh." for i in range(5)]
    new = [text.replace("chợ", "phố") for text in old]
    blocks = diff_blocks(old, new, budget=Budget(0.0))
    assert all(b.coarse for b in blocks)
    assert rebuilt(blocks, "old") == old
