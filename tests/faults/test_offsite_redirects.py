"""Defect 4: no request leaves LSO_BASE_URL's exact origin, redirect targets included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.harness import assert_no_traceback, crawl, db, last_run, log_text
from tests.site import ModelSite
from tests.site.faults import Fault

pytestmark = pytest.mark.e2e

RESOLVER = "DNS_RESOLVER=tests.faults.loopback_dns.LoopbackResolver"
ARTICLE_KINDS = ("feed", "sitemap", "listing", "article")


def _paths(site: ModelSite) -> dict[str, str]:
    article = next(a for a in site.content.newest_first() if a.discovery.sitemap)
    return {
        "robots": "/robots.txt",
        "home": "/",
        "feed": "/rss/home.rss",
        "sitemap": "/sitemap.xml",
        "listing": site.content.categories[1].path,
        "article": article.path,
    }


@pytest.fixture
def sites() -> Iterator[tuple[ModelSite, ModelSite]]:
    """The site (named `localhost`, so subdomains resolve) and a second server on another port."""
    with ModelSite(name="localhost") as site, ModelSite(name="localhost") as other:
        yield site, other


def _target(variant: str, site: ModelSite, other: ModelSite, path: str) -> str:
    if variant == "port":
        return other.url(path)
    return site.base_url.replace("//localhost:", "//media.localhost:") + path


@pytest.mark.parametrize("variant", ["port", "subdomain"])
@pytest.mark.parametrize("kinds", [("robots",), ("home",), ARTICLE_KINDS], ids="+".join)
def test_a_redirect_off_the_origin_is_refused_and_counted(
    sites: tuple[ModelSite, ModelSite], tmp_path: Path, variant: str, kinds: tuple[str, ...]
) -> None:
    site, other = sites
    paths = _paths(site)
    for kind in kinds:
        site.faults[paths[kind]] = Fault(
            "redirect", location=_target(variant, site, other, paths[kind])
        )

    done = crawl(site.base_url, tmp_path, RESOLVER)

    assert_no_traceback(tmp_path, done)
    assert other.requests == []  # nothing reached the other port
    hosts = {r.headers.get("Host", "") for r in site.requests}
    assert not [h for h in hosts if not h.startswith("localhost:")], hosts  # nor a subdomain
    answered = {r.path for r in site.requests if r.fault == "redirect"}
    assert answered == {paths[k] for k in kinds}  # each redirect was really served
    run = last_run(tmp_path)
    log = log_text(tmp_path)
    for kind in kinds:
        if kind == "article":  # article requests never follow redirects blindly
            assert run["stats"].get("lso/redirected_away", 0) >= 1
            assert "redirects away to" in log
            continue
        assert run["stats"].get(f"lso/offsite_refused/{kind}", 0) >= 1, run["stats"]
        assert f"refused {kind} request to {_target(variant, site, other, paths[kind])}" in log
    with db(tmp_path) as connection:
        statuses = {r[0]: r[1] for r in connection.execute("select url, status from fetches")}
    for kind in kinds:
        assert statuses.get(site.url(paths[kind])) == 301  # the redirect itself is archived
    if kinds == ("robots",):
        # robots.txt could not be read: RFC 9309 says crawl nothing, and the run says so.
        assert done.code == 1 and "could not be fetched" in done.err
        assert {r.path for r in site.requests} == {"/robots.txt"}
    else:
        assert done.code == 0, done.text[-3000:]


def test_a_refused_redirect_shows_in_the_run_errors(
    sites: tuple[ModelSite, ModelSite], tmp_path: Path
) -> None:
    site, other = sites
    site.faults["/rss/home.rss"] = Fault("redirect", location=other.url("/rss/home.rss"))
    crawl(site.base_url, tmp_path)
    assert last_run(tmp_path)["errors"].get("offsite_refused/feed") == 1
