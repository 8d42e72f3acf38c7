"""Tests of the model site itself, over real HTTP against a started ModelSite."""

from __future__ import annotations

import gzip
import hashlib
import http.client
import re
import signal
import socket
import subprocess
import sys
import unicodedata
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from lxml import etree
from lxml import html as lxml_html

from tests.site import ModelSite, default_content, expected_record
from tests.site.content import SiteContent
from tests.site.formats import clean
from tests.site.model import Article
from tests.site.render.common import AD_ZONE
from tests.site.visible import visible_blocks

SEED = Path(__file__).with_name("seed_article.txt")
SEED_SHA256 = "5159bfdc886e0c4eed3b2900c1b573dc416cb8d51c195ad5167bc347753c7672"
CONTENT = default_content()
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Fetched:
    """One HTTP exchange, undecoded."""

    status: int
    headers: http.client.HTTPMessage
    body: bytes


def fetch(url: str, headers: dict[str, str] | None = None) -> Fetched:
    """GET without following redirects or decoding the body."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        connection.request("GET", target, headers=headers or {})
        response = connection.getresponse()
        return Fetched(response.status, response.headers, response.read())
    finally:
        connection.close()


def parse(body: bytes) -> lxml_html.HtmlElement:
    """Parse page bytes as the UTF-8 they always are on this site."""
    return lxml_html.document_fromstring(body.decode("utf-8"))


# --- A crawl of the whole site, recording how each URL was found -------------------------

DISALLOWED = ("/tim-kiem", "/admin/", "/api/")
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:")


@dataclass
class Crawl:
    """Every URL the site links to (same site, robots-allowed), fetched once."""

    base: str
    pages: dict[str, Fetched] = field(default_factory=dict)  # url without fragment -> response
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # (from, to, kind)
    hrefs: list[tuple[str, str]] = field(default_factory=list)  # (page url, raw href)

    def status_of(self, path: str) -> int | None:
        """Status served for a path (any query string)."""
        return next((f.status for u, f in self.pages.items() if urlsplit(u).path == path), None)

    def reachable(self, kinds: set[str]) -> set[str]:
        """Paths reachable from the home page and robots.txt over edges of the given kinds."""
        allowed = kinds | {"html", "redirect"}
        seen = {self.base + "/", self.base + "/robots.txt"}
        todo = deque(seen)
        while todo:
            source = todo.popleft()
            for start, target, kind in self.edges:
                if start == source and kind in allowed and target not in seen:
                    seen.add(target)
                    todo.append(target)
        return {urlsplit(u).path for u in seen}


def _link_kind(element: lxml_html.HtmlElement) -> str | None:
    if element.tag == "link":
        return "feed" if element.get("type") == "application/rss+xml" else None
    boxes = "ancestor::div[contains(@class,'related-news') or contains(@class,'other-news')]"
    return "related" if element.xpath(boxes) else "html"


def _links(crawl: Crawl, url: str, fetched: Fetched) -> list[tuple[str, str]]:
    """(target, kind) pairs found in a response."""
    content_type = fetched.headers.get("Content-Type", "")
    if 300 <= fetched.status < 400:
        return [(fetched.headers["Location"], "redirect")]
    if url.endswith("/robots.txt"):
        lines = fetched.body.decode().splitlines()
        return [(line.split(":", 1)[1].strip(), "sitemap") for line in lines if "Sitemap:" in line]
    if "xml" in content_type:
        root = etree.fromstring(fetched.body)
        if root.tag == "rss":
            return [(link.text, "feed") for link in root.iter("link")]
        return [(loc.text, "sitemap") for loc in root.iter("{*}loc")]
    if "html" not in content_type:
        return []
    found = []
    for element in parse(fetched.body).iter("a", "link"):
        href, kind = element.get("href"), _link_kind(element)
        if href and kind:
            crawl.hrefs.append((url, href))
            found.append((href, kind))
    return found


def crawl_site(base: str) -> Crawl:
    """Fetch everything reachable from / and robots.txt that robots.txt allows."""
    crawl = Crawl(base)
    todo = deque([base + "/", base + "/robots.txt"])
    while todo:
        url = todo.popleft()
        if url in crawl.pages:
            continue
        fetched = crawl.pages[url] = fetch(url)
        for href, kind in _links(crawl, url, fetched):
            if href.lower().startswith(SKIP_SCHEMES):
                continue
            target = urljoin(url, href).split("#")[0]
            parts = urlsplit(target)
            if parts.netloc != urlsplit(base).netloc or parts.path.startswith(DISALLOWED):
                continue
            crawl.edges.append((url, target, kind))
            todo.append(target)
    return crawl


@pytest.fixture(scope="module")
def crawl(model_site: ModelSite) -> Crawl:
    return crawl_site(model_site.base_url)


def test_crawl_reaches_every_article_and_special_url(crawl: Crawl) -> None:
    for article in CONTENT.expected_articles():
        assert crawl.status_of(article.path) == 200, article.path
    for path in ("/gioi-thieu", "/lien-he", "/video", "/rss"):
        assert crawl.status_of(path) == 200, path
    statuses_by_id: dict[int, set[int]] = {}
    for url, fetched in crawl.pages.items():
        match = re.search(r"[-/](\d{6,7})[-.]", urlsplit(url).path)
        if match:
            statuses_by_id.setdefault(int(match.group(1)), set()).add(fetched.status)
    for article_id in CONTENT.dead_ids():
        assert statuses_by_id[article_id] == {404}
    for article_id in CONTENT.error_ids():
        assert statuses_by_id[article_id] == {500}
    for article_id in CONTENT.no_body_ids():
        assert statuses_by_id[article_id] == {200}
    for article_id in CONTENT.redirected_ids():
        assert statuses_by_id[article_id] == {301}
    assert crawl.status_of("/chinh-tri/xay-dung-dang") == 301


def test_every_page_is_well_formed_with_the_usual_outbound_links(crawl: Crawl) -> None:
    html_pages = 0
    for url, fetched in crawl.pages.items():
        content_type = fetched.headers.get("Content-Type", "")
        if "xml" in content_type:
            etree.fromstring(fetched.body)
        if "text/html" not in content_type or not fetched.body or fetched.status == 500:
            continue
        html_pages += 1
        root = parse(fetched.body)
        assert root.find(".//title") is not None and root.find(".//body") is not None, url
        hrefs = {h for page, h in crawl.hrefs if page == url}
        for needed in ("mailto:", "tel:", "javascript:void(0)", "facebook.com", "zalo.me"):
            assert any(needed in h for h in hrefs), (url, needed)
    assert html_pages > 40


def test_links_vary_in_form_like_the_real_site(crawl: Crawl) -> None:
    hrefs = [h for _, h in crawl.hrefs]
    netloc = urlsplit(crawl.base).netloc
    assert any(h.startswith(f"http://{netloc}/") and h.endswith(".html") for h in hrefs)
    relative = re.compile(r"^(\.\./)*([a-z-]+/)*\d{6}-[a-z0-9-]+\.html$")
    assert any(relative.match(h) for h in hrefs)
    assert any(h.endswith(".html#binh-luan") for h in hrefs)
    assert any(h.startswith("/tim-kiem?q=") for h in hrefs)
    assert "/admin/login" in hrefs
    feed_links = [
        t for _, t, kind in crawl.edges if kind == "feed" and t.endswith(".html?utm_source=rss")
    ]
    assert feed_links


@pytest.mark.parametrize(
    ("article_id", "only_via"),
    [(5071867, "sitemap"), (5071902, "feed"), (5071925, "related")],
)
def test_some_articles_are_reachable_one_way_only(
    crawl: Crawl, article_id: int, only_via: str
) -> None:
    path = CONTENT.article(article_id).path
    every_kind = {"sitemap", "feed", "related"}
    assert path in crawl.reachable(every_kind)
    assert path not in crawl.reachable(every_kind - {only_via})


def test_discovery_facts_name_the_single_ways_in() -> None:
    assert CONTENT.discovery_paths(5071867) == {"sitemap"}
    assert CONTENT.discovery_paths(5071902) == {"rss"}
    assert CONTENT.discovery_paths(5071925) == {"related"}
    assert {"listing", "sitemap"} == CONTENT.discovery_paths(105873) - {"related"}


# --- Expected records: a reference reading of each page, per MARKUP.md ------------------

_PREFIX = re.compile(r"^\(?LSO\)?\s?-\s?")
_UPLOAD_DAY = re.compile(r"/uploads/(\d{4})/(\d{2})/(\d{2})/")
_DATE_TIME = re.compile(r"(\d{2})/(\d{2})/(\d{4})(?: (\d{2}):(\d{2}))?")


def _text(element: lxml_html.HtmlElement) -> str:
    return clean(element.text_content())


def _one(root: lxml_html.HtmlElement, selector: str) -> lxml_html.HtmlElement:
    found = root.cssselect(selector)
    assert found, selector
    return found[0]


def _authors(byline: str) -> list[str]:
    if match := re.fullmatch(r"Bài:\s*(.+?)\s*-\s*Ảnh:\s*(.+)", byline):
        return [match[1], match[2]]
    if match := re.fullmatch(r"(?:Tin|Bài), ảnh:\s*(.+)", byline):
        return [match[1]]
    return [byline.title() if byline.isupper() else byline]


def _image(url: str, img: lxml_html.HtmlElement, caption: str | None) -> dict:
    return {"image_url": urljoin(url, img.get("data-src") or img.get("src")), "text": caption}


def _right_aligned(element: lxml_html.HtmlElement) -> bool:
    return "right" in (element.get("style") or "") or element.get("align") == "right"


def _finish(record: dict, paragraphs: list[str], byline: str | None) -> dict:
    record["lead"] = clean(_PREFIX.sub("", paragraphs[0]))
    record["body"] = "\n\n".join(paragraphs[1:])
    record["byline"] = byline
    record["authors"] = _authors(byline) if byline else []
    if record["dateline"]:
        day, month, year, *_ = _DATE_TIME.search(record["dateline"]).groups()
        record["dateline_date"] = f"{year}-{month}-{day}"
    else:  # the older layout: the day its first image was uploaded, else unknown
        uploads = [_UPLOAD_DAY.search(c["image_url"]) for c in record["captions"]]
        found = next((m for m in uploads if m), None)
        record["dateline_date"] = "-".join(found.groups()) if found else None
    return record


def read_current(root: lxml_html.HtmlElement, url: str, article_id: int) -> dict:
    """The record of a current-template page."""
    container = _one(root, "#content-detail, div.detail.auto-gallery")
    paragraphs, captions, byline = [], [], None
    for child in container:
        images = child.findall(".//img")
        if child.tag == "p" and not _text(child):
            captions += [_image(url, img, None) for img in images]
        elif child.tag == "p" and _right_aligned(child) and child is container[-1]:
            byline = _text(child)
        elif child.tag == "p":
            paragraphs.append(_text(child))
        elif images:
            caption = child.cssselect("p.wp-caption-text, figcaption, td.image_desc")
            captions.append(_image(url, images[0], _text(caption[0]) if caption else None))
    pseudonym = root.cssselect("div.pseudonym")
    meta = root.cssselect('meta[property="article:published_time"]')
    dateline = _text(_one(root, "div.date"))
    day, month, year, hour, minute = _DATE_TIME.search(dateline).groups()
    record = {
        "article_id": article_id,
        "url": url,
        "title": _text(_one(root, "h1.name")),
        "dateline": dateline,
        "published_at": meta[0].get("content")
        if meta
        else f"{year}-{month}-{day}T{hour}:{minute}:00+07:00",
        "captions": captions,
        "category": _text(root.cssselect("div.breadcrumbs ol.breadcrumb li a")[1]),
        "tags": [_text(a) for a in root.cssselect("div.tags a")],
    }
    return _finish(record, paragraphs, byline or (_text(pseudonym[0]) if pseudonym else None))


def read_legacy(root: lxml_html.HtmlElement, url: str, article_id: int) -> dict:
    """The record of an older-template page."""
    detail = _one(root, "div.news-detail")
    sapo = detail.cssselect("div.sapo p")
    paragraphs = [_text(sapo[0])] if sapo else []
    captions: list[dict] = []
    byline, after_image = None, False
    for child in _one(detail, "div.news-content"):
        images = child.findall(".//img")
        em_only = child.tag == "p" and len(child) == 1 and child[0].tag == "em"
        if images:
            caption = child.cssselect("td.image_desc")
            captions.append(_image(url, images[0], _text(caption[0]) if caption else None))
        elif after_image and em_only:
            captions[-1]["text"] = _text(child)
        elif _right_aligned(child):
            byline = _text(child)
        else:
            paragraphs.append(_text(child))
        after_image = bool(images) and child.tag == "p"
    record = {
        "article_id": article_id,
        "url": url,
        "title": _text(_one(detail, "h1, h2.title")),
        # The header date is the serving day (site chrome), never the article's date line.
        "dateline": None,
        "published_at": None,
        "captions": captions,
        "category": _text(_one(root, "div.path a")),
        "tags": [],
    }
    return _finish(record, paragraphs, byline)


def read_record(body: bytes, url: str, article: Article) -> dict:
    """Read a page by its markup contract, the way the project's parsers must."""
    source = unicodedata.normalize("NFC", body.decode("utf-8")).replace(AD_ZONE, "")
    root = lxml_html.document_fromstring(source)
    reader = read_current if article.generation == "current" else read_legacy
    return reader(root, url, article.article_id)


@pytest.mark.parametrize("article", CONTENT.expected_articles(), ids=lambda a: str(a.article_id))
def test_page_carries_exactly_the_expected_record(model_site: ModelSite, article: Article) -> None:
    url = model_site.url(article.path)
    fetched = fetch(url)
    assert fetched.status == 200
    assert read_record(fetched.body, url, article) == expected_record(article, model_site.base_url)


def test_seed_page_shows_the_seed_text_exactly(model_site: ModelSite) -> None:
    seed = CONTENT.article(105873)
    root = parse(fetch(model_site.url(seed.path)).body)
    blocks = visible_blocks(_one(root, "div.header-date")) + visible_blocks(
        _one(root, "div.news-detail")
    )
    assert "\n\n".join(blocks).encode("utf-8") == SEED.read_bytes()
    # seed_article.txt is a byte-identical copy of the project's seed page; keep it so.
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == SEED_SHA256


def test_seed_record_fields() -> None:
    record = expected_record(CONTENT.article(105873), "http://127.0.0.1:1")
    assert record["dateline"] is None, "the header shows the serving day, not the article's"
    assert record["dateline_date"] == "2015-12-31", "the day its photo was uploaded"
    assert record["lead"].startswith("Ngày 31/12/2015, Ban Dân vận")
    assert record["captions"][0]["text"].startswith("Đồng chí Hoàng Văn Nghiệm")
    assert record["body"].count("\n\n") == 4 and "yêu nước. Cụ thể" not in record["body"]
    assert record["authors"] == ["Hoàng Tùng"]
    assert record["url"] == (
        "http://127.0.0.1:1/chinh-tri/xay-dung-dang/105873-tong-ket-cong-tac-dan-van-nam-2015.html"
    )


# --- The content covers every case the parsers and the spider must handle -----------------


def test_content_covers_every_markup_case() -> None:
    articles = CONTENT.expected_articles()
    current = [a for a in articles if a.generation == "current"]
    legacy = [a for a in articles if a.generation == "legacy"]
    assert len(current) >= 16 and len(legacy) >= 8
    assert len({a.category for a in articles}) >= 6
    assert {a.lead_prefix for a in articles} >= {"LSO-", "LSO- ", "LSO -", "(LSO) - ", ""}
    assert {i.markup for a in current for i in a.images} >= {
        "wp-caption",
        "figure",
        "table",
        "none",
    }
    assert {i.markup for a in legacy for i in a.images} >= {"table", "em", "none"}
    assert {i.lazy for a in articles for i in a.images} == {True, False}
    assert {a.markup.container for a in current} == {"content-detail", "auto-gallery"}
    assert {a.markup.published_meta for a in current} == {True, False}
    assert any(a.pseudonym and not a.byline for a in current)
    assert any(a.pseudonym and a.byline for a in current)
    bylines = [a.byline or "" for a in articles]
    for form in (r"Tin, ảnh: ", r"Bài, ảnh: ", r"Bài: .+ - Ảnh: ", r"^ĐẶNG DŨNG$"):
        assert any(re.search(form, b) for b in bylines), form
    for flag in ("nfd", "malformed", "nbsp_spaces", "wrapped_source", "declared_charset"):
        assert any(getattr(a.markup, flag) for a in articles), flag
    assert {p.ad_inside for a in articles for p in a.paragraphs} >= {"middle", "end"}
    assert CONTENT.category_at("/Thoi-su") is not None


def test_id_lists_are_disjoint_from_stored_articles() -> None:
    stored = {a.article_id for a in CONTENT.expected_articles()}
    lists = [CONTENT.dead_ids(), CONTENT.error_ids(), CONTENT.no_body_ids()]
    lists.append(CONTENT.redirected_ids())
    assert all(lists) and all(len(ids) == len(set(ids)) for ids in lists)
    assert not stored & set(CONTENT.non_article_ids())
    assert len(CONTENT.dead_ids()) == 2  # one current-style, one older-style


# --- HTTP behaviour ----------------------------------------------------------------------


def test_gzip_round_trip(model_site: ModelSite) -> None:
    url = model_site.url(CONTENT.article(5071654).path)
    plain = fetch(url)
    packed = fetch(url, {"Accept-Encoding": "gzip, deflate"})
    assert "Content-Encoding" not in plain.headers
    assert packed.headers["Content-Encoding"] == "gzip"
    assert packed.headers["Vary"] == "Accept-Encoding"
    assert int(packed.headers["Content-Length"]) == len(packed.body) < len(plain.body)
    assert gzip.decompress(packed.body) == plain.body
    refused = fetch(url, {"Accept-Encoding": "gzip;q=0, identity"})
    assert "Content-Encoding" not in refused.headers


def test_rss_is_sent_chunked_and_gzipped(model_site: ModelSite) -> None:
    with socket.create_connection(("127.0.0.1", urlsplit(model_site.base_url).port)) as sock:
        sock.sendall(
            b"GET /rss/home.rss HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n"
            b"Connection: close\r\n\r\n"
        )
        raw = b"".join(iter(lambda: sock.recv(65536), b""))
    head, _, rest = raw.partition(b"\r\n\r\n")
    assert b"Transfer-Encoding: chunked" in head and b"Content-Length" not in head
    assert b"Content-Encoding: gzip" in head
    payload = b""
    while True:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            break
        payload, rest = payload + rest[:size], rest[size + 2 :]
    feed = etree.fromstring(gzip.decompress(payload))
    links = [item.findtext("link") for item in feed.iter("item")]
    assert links and all(link.endswith("?utm_source=rss") for link in links)
    assert any("-5071902.html" in link for link in links)  # the RSS-only article


def test_conditional_get_answers_304(model_site: ModelSite) -> None:
    url = model_site.url(CONTENT.article(5071702).path)
    first = fetch(url)
    assert first.headers["Last-Modified"].endswith("GMT")
    again = fetch(url, {"If-None-Match": first.headers["ETag"]})
    assert again.status == 304 and again.body == b""
    assert fetch(url, {"If-None-Match": 'W/"other"'}).status == 200


def test_robots_txt_default_and_strict(model_site: ModelSite) -> None:
    text = fetch(model_site.url("/robots.txt")).body.decode()
    for line in ("User-agent: *", "Disallow: /tim-kiem", "Disallow: /admin/", "Disallow: /api/"):
        assert line in text.splitlines()
    assert f"Sitemap: {model_site.base_url}/sitemap.xml" in text
    with ModelSite(robots="strict") as strict:
        assert fetch(strict.url("/robots.txt")).body.decode().splitlines() == [
            "User-agent: *",
            "Disallow: /",
        ]


def test_error_redirect_and_shell_responses(model_site: ModelSite) -> None:
    old_slug, legacy_url = list(CONTENT.redirects)
    moved = fetch(model_site.url(old_slug))
    assert moved.status == 301
    assert moved.headers["Location"] == model_site.url(CONTENT.article(5071950).path)
    assert fetch(model_site.url(legacy_url)).headers["Location"].endswith("-5003412.html")
    assert fetch(model_site.url("/khai-truong-cho-dem-ky-lua-5071990.html")).status == 404
    assert fetch(model_site.url(next(iter(CONTENT.errors)))).status == 500
    shell = fetch(model_site.url(CONTENT.shells[0]))
    root = parse(shell.body)
    assert shell.status == 200 and "Bài viết không tồn tại" in _text(root)
    assert not root.cssselect("h1.name, #content-detail, div.detail")


def test_pagination_and_cards(model_site: ModelSite) -> None:
    listed = CONTENT.listed("chinh-tri")
    assert len(listed) > 5
    first = parse(fetch(model_site.url("/chinh-tri")).body)
    cards = first.cssselect("article.card")
    assert (
        len(cards) == 5 and first.cssselect('a[rel="next"]')[0].get("href") == "/chinh-tri?page=2"
    )
    for card in cards:
        assert card.cssselect("h3.card-title a")[0].get("href").startswith("/")
        assert re.fullmatch(r"\d{2}:\d{2} \| \d{2}/\d{2}/\d{4}", _text(card.cssselect(".time")[0]))
        assert _text(card.cssselect(".card-lead")[0])
    last = parse(fetch(model_site.url("/chinh-tri?page=2")).body)
    assert len(last.cssselect("article.card")) == len(listed) - 5
    assert not last.cssselect('a[rel="next"]')
    beyond = fetch(model_site.url("/chinh-tri?page=9"))
    assert beyond.status == 200 and not parse(beyond.body).cssselect("article.card")
    assert fetch(model_site.url("/thoi-su")).status == 404  # paths are case-sensitive


def test_charset_lie_and_nfd_pages(model_site: ModelSite) -> None:
    lying = CONTENT.article(5071845)
    fetched = fetch(model_site.url(lying.path))
    assert fetched.headers["Content-Type"] == "text/html; charset=windows-1252"
    assert b'<meta charset="windows-1252">' in fetched.body
    assert lying.title in fetched.body.decode("utf-8")
    decomposed = CONTENT.article(5071788)
    body = fetch(model_site.url(decomposed.path)).body.decode("utf-8")
    assert decomposed.title not in body
    assert unicodedata.normalize("NFD", decomposed.title) in body


def test_request_log_records_every_request() -> None:
    with ModelSite() as site:
        request = urllib.request.Request(
            site.url("/chinh-tri?page=2"), headers={"User-Agent": "lso-test/1"}
        )
        with urllib.request.urlopen(request) as response:
            assert response.status == 200
        fetch(site.url("/khong-co-5000000.html"))
        log = site.requests
    assert [(r.method, r.path, r.status) for r in log] == [
        ("GET", "/chinh-tri?page=2", 200),
        ("GET", "/khong-co-5000000.html", 404),
    ]
    assert log[0].user_agent == "lso-test/1"


def test_content_can_change_between_crawls(fresh_model_site: ModelSite) -> None:
    site, content = fresh_model_site, fresh_model_site.content
    assert isinstance(content, SiteContent)
    article = content.article(5071654)
    etag = fetch(site.url(article.path)).headers["ETag"]
    content.replace(5071654, title="Tiêu đề đã sửa")
    edited = fetch(site.url(article.path), {"If-None-Match": etag})
    assert edited.status == 200 and "Tiêu đề đã sửa" in edited.body.decode()
    content.remove(5071702)
    assert fetch(site.url(CONTENT.article(5071702).path)).status == 404
    content.add_redirect("/ban-cu-5071654.html", article.path)
    assert fetch(site.url("/ban-cu-5071654.html")).status == 301
    assert default_content().article(5071654).title == article.title  # first state untouched


def test_command_line_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.site", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        base = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base)
        assert fetch(base + "/robots.txt").status == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
