"""Score the readers on the markup corpus: every field, per markup, held-out set apart.

Each of the model site's articles is rendered in every markup of tests/corpus/ and parsed;
a field counts as exact when it equals the reviewed expected record. The sealed held-out
markups (the tests/corpus/heldout_*.py modules named in corpus.SEALED_MODULES, those
present) were written after the tuning and are never tuned on: their line is the honest
estimate. A held-out set that was scored and then tuned on moves into the tuning set
(tests/corpus/markups*.py: drupal, microdata and joomla did, then liferay … mobile,
aspnet … print_view, nuxt … emagazine, vne_like … party_portal, dantri_like … dnn_portal,
tuoitre_like … app_lite, vietnamplus_like … reader_view, ecms_2024 … aggregator_amp,
vue_ssr … zalo_oa, angular_ssr … photo_news, nukeviet_portal … wagtail_page,
nhandan_like … gatsby_contentful, converged_newsroom … craft_matrix, vietnamnet_like …
docusaurus_blog, elementor_wp … dcs_like, mailchimp_archive … hubspot_blog, td_newspaper …
themeforest_static, lstv_station … police_ci, django_cms … mediawiki_wikinews,
pdf2htmlex_print … bienphong_like, sitefinity_news … quangninh_like, ee_paper …
confluence_clip, movable_type … backdrop_cms, serendipity … caobang_like, discourse_topic …
evernote_clip, vov_like … weblight_lite, zola … thanhhoa_like, forem_community … ktdt_like,
yenbai_like … phutho_like, dantoc_repost … tnmt_repost, sonla_like … ninhbinh_like,
xaydung_repost … congthuong_repost, hungyen_like …
camau_like, nguoicaotuoi_repost … doisong_repost) and a new sealed one is written.

    .venv/bin/python benchmarks/corpus_score.py [--misses N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus.corpus import FIELDS, MODEL, Score, held_out, score  # noqa: E402
from tests.corpus.markups import MARKUPS  # noqa: E402

SHORT = {
    "title": "title",
    "dateline": "dateline",
    "dateline_date": "dl_date",
    "published_at": "publ_at",
    "lead": "lead",
    "body": "body",
    "captions": "captions",
    "byline": "byline",
    "authors": "authors",
    "category": "category",
    "tags": "tags",
}


def table(title: str, scores: list[Score], misses: int) -> None:
    """Print one block of the table: a row per markup, then the block's per-field share."""
    print(f"\n{title}")
    header = f"{'markup':<18}{'pages':>6}{'dropped':>8}" + "".join(
        f"{SHORT[name]:>9}" for name in FIELDS
    )
    print(header + f"{'all':>7}  parsers")
    for result in scores:
        shares = "".join(f"{result.share(name) * 100:>8.0f}%" for name in FIELDS)
        parsers = ", ".join(f"{name} {count}" for name, count in sorted(result.parsers.items()))
        print(
            f"{result.markup:<18}{result.pages:>6}{result.dropped:>8}{shares}"
            f"{result.all_exact() * 100:>6.1f}%  {parsers}"
        )
        for miss in result.misses[:misses]:
            print(f"    miss {miss[0]} {miss[1]}: got {str(miss[2])[:90]!r}")
    pages = sum(result.pages for result in scores)
    if pages:
        totals = "".join(
            f"{sum(r.exact[name] for r in scores) / pages * 100:>8.0f}%" for name in FIELDS
        )
        dropped = sum(result.dropped for result in scores)
        exact = sum(sum(r.exact.values()) for r in scores) / (pages * len(FIELDS)) * 100
        print(f"{'all of them':<18}{pages:>6}{dropped:>8}{totals}{exact:>6.1f}%")


def main() -> None:
    """Print the tables."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--misses", type=int, default=0, help="misses to list per markup")
    misses = options.parse_args().misses
    table("model site (must be 100 %)", [score(name) for name in MODEL], misses)
    table("tuning markups (floor: every field ≥ 95 %)", [score(name) for name in MARKUPS], misses)
    sealed = held_out()
    if sealed:
        table("held-out markups (never tuned on)", [score(name) for name in sealed], misses)
    else:
        print("\nheld-out markups: none (no module of corpus.SEALED_MODULES is present)")


if __name__ == "__main__":
    main()
