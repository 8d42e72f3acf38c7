"""An ArticleDiff as two columns: the old text with deletions, the new with insertions."""

from __future__ import annotations

from markupsafe import Markup

from lso_crawler.versions.diff import ArticleDiff, Block

_COLLAPSE = 2  # runs of more unchanged paragraphs than this are shown as a count


def _cells(block: Block) -> tuple[Markup, Markup]:
    if block.op == "equal":
        text = Markup("{}").format(block.old)
        return text, text
    if block.op == "delete":
        return Markup("<del>{}</del>").format(block.old), Markup("")
    if block.op == "insert":
        return Markup(""), Markup("<ins>{}</ins>").format(block.new)
    left, right = Markup(""), Markup("")
    for segment in block.segments:
        if segment.op == "equal":
            left += Markup("{}").format(segment.text)
            right += Markup("{}").format(segment.text)
        elif segment.op == "delete":
            left += Markup("<del>{}</del>").format(segment.text)
        else:
            right += Markup("<ins>{}</ins>").format(segment.text)
    return left, right


def _equal_rows(run: list[Block]) -> list[Markup]:
    if len(run) > _COLLAPSE:
        note = Markup('<td colspan="2" class="lso-unchanged">… {} unchanged …</td>')
        return [Markup("<tr>{}</tr>").format(note.format(len(run)))]
    cells = (_cells(block) for block in run)
    return [Markup("<tr><td>{}</td><td>{}</td></tr>").format(*pair) for pair in cells]


def render_side_by_side(diff: ArticleDiff, old_label: str, new_label: str) -> Markup:
    """A <table> per changed field; every piece of article text is escaped."""
    parts = []
    for field in diff.fields:
        rows: list[Markup] = []
        equal_run: list[Block] = []
        for block in field.blocks:
            if block.op == "equal":
                equal_run.append(block)
                continue
            rows += _equal_rows(equal_run)
            equal_run = []
            rows.append(
                Markup('<tr class="lso-changed-row"><td>{}</td><td>{}</td></tr>').format(
                    *_cells(block)
                )
            )
        rows += _equal_rows(equal_run)
        parts.append(
            Markup(
                '<section class="lso-field" data-field="{0}"><h4>{0}</h4>'
                '<table class="lso-side"><thead><tr><th>{1}</th><th>{2}</th></tr></thead>'
                "<tbody>{3}</tbody></table></section>"
            ).format(field.field, old_label, new_label, Markup("").join(rows))
        )
    return Markup('<div class="lso-diff lso-side-by-side">{}</div>').format(Markup("").join(parts))
