# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set T: the nineteenth held-out set (scored once sealed at 81.6 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: the paper rebuilt on django CMS with djangocms-blog (the post
detail's `h2` title inside a `header`, the blog meta list with the editorial account after
`bởi` and the date in Django's vi `DATE_FORMAT`, `Ngày 04 tháng 2 năm 2022`, the section and
the tags in one `ul.post-detail.tags` told apart only by their classes, the abstract as the
`blog-lead`, text plugins and djangocms-picture plugins whose `figure` exists only when there
is a caption, easy-thumbnails filer addresses, django-meta's OpenGraph with the publication time
in UTC), a reader's Hexo blog with the NexT theme reposting the article (the `post-meta` items
with `Ngày đăng:` and the ISO day, `time[datetime]` in UTC with milliseconds, Hexo's own
`article:published_time`, the `<!-- more -->` anchor after the bold sapo, NexT's lazy load
leaving only `data-src` on pictures hosted on jsDelivr, the caption as an `<em>` line after a
`<br>` in the picture's own paragraph, the credit and the source line in one paragraph, the
blog owner as schema.org author and in the copyright box, tags with `#`), a Lạng Sơn
specialty-food shop's blog on Haravan reposting the article (Liquid theme chrome: hotline,
cart, product boxes with prices, the shop account as `Người viết:`, the day only as printed,
a theme's JSON-LD `BlogPosting` with `%z` offsets, pictures re-uploaded to file.hstatic.net
with protocol-relative addresses, pasted TinyMCE paragraphs with inline styles, the sapo as the
first bold paragraph, captions as centred italic paragraphs, a product banner inside the text,
the blog's tags, no section of the paper), the paper rebuilt after baochinhphu.vn, the
government's e-newspaper (the section above the title, `dd/mm/yyyy HH:MM` in
`data-role="publishdate"`, the sapo as `h2.detail-sapo`, `PhotoCMS_Caption` figures whose
lightbox link points at the original while the page shows a `thumb_w/777` copy, a related-news
box inside the text, the credit in `detail-author` after the text, the "Chỉ đạo, điều hành"
and "Văn bản mới" boxes with document dates), and a local-history wiki on MediaWiki 1.41
(Vector 2022) reposting the article Wikinews-style (the `{{date}}` line `Thứ Sáu, ngày 4 tháng
2 năm 2022`, a repost notice `ambox`, the bold sapo without its marker, `mw:File/Thumb`
figures with an empty `figcaption` when uncaptioned, a "Nguồn" section whose source template
names only the authors, wiki categories, the "sửa đổi lần cuối" footer). The expected records
come from the content alone.

The field rules of the earlier held-out sets hold: `dateline` is the article's date line as
printed (with its label, if any), `published_at` as precise as the page gives it anywhere (an
ISO time with its zone in a meta, JSON-LD or `datetime` counts to the second, even in UTC or
with a `+0700` offset; a printed local time counts to the minute; a bare day and a modification
or last-edit time do not raise the precision; none when the page gives no time), `byline` the
credit as shown (without a field label, never a source line such as `Nguồn: Báo Lạng Sơn`,
nor the editorial account, shop account or blog owner the page names as poster or author when
it prints a credit; where a page shows only the authors' names, those names as shown joined by
", "), `authors` the names in it in the usual capitalisation, `tags` only the tags the page
shows (without the `#`; a wiki's categories are not tags), `category` the top-level section
the page shows (none on the Haravan shop and the wiki, which show no section of the paper),
a caption's `image_url` the address the page serves the picture from (the thumbnail the page
shows, not the original a lightbox links to; NexT's `data-src`; a protocol-relative address
resolved against https) and its `text` the caption as printed (none for an uncaptioned
picture). A shop's product banner in the text is not an article picture.

The masthead's today date, the "Sửa đổi" and "sửa đổi lần cuối" times, the blog's word count
and reading time, prices, document numbers and dates in the government boxes, view counters,
the dates of other articles and readers' comments are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from tests.corpus.pages import (
    BASE,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    content,
    dmy,
    esc,
    expected,
    image_file,
    image_stem,
    lead_text,
    others,
    rehosted_captions,
    script_json,
    section_menu,
    shown_byline,
    stable_digest,
    stable_uuid,
    tag_slug,
    url_of,
    vietnam_to_utc,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import author_name, clean, iso_vietnam
from tests.site.model import Article, Image

# The serving day as the mastheads print it.
_TODAY = f"{SERVED:%d/%m/%Y}"


def _youtube(article: Article) -> str:
    """A stable YouTube-like video id for the article's embedded clip."""
    return stable_digest(f"yt/{article.article_id}")[:11]


# --- 1. The paper rebuilt on django CMS with djangocms-blog -------------------------------------


def _filer_thumb(img: Image) -> str:
    """easy-thumbnails' address of a filer picture at the blog's content size."""
    uid = stable_uuid(f"filer/{image_file(img)}")
    return (
        f"{BASE}/media/filer_public_thumbnails/filer_public/{uid[:2]}/{uid[2:4]}/{uid}/"
        f"{image_file(img)}__800x533_q85_crop_subsampling-2.jpg"
    )


def _django_date(moment: datetime) -> str:
    """Django's vi `DATE_FORMAT`: `Ngày 04 tháng 2 năm 2022`."""
    return f"Ngày {moment:%d} tháng {moment.month} năm {moment.year}"


def django_cms(article: Article) -> CorpusPage:
    """The paper rebuilt by a Python agency on django CMS 3.11 with djangocms-blog: the
    i18n `/vi/` prefix and the language chooser, `show_menu` items (`child sibling`,
    `selected`), `show_breadcrumb` ending at the blog page, the post detail `article.post-item`
    whose `header` holds the title in an `h2` and the blog meta (`bởi` and the editorial account
    linked to its author list, the date as Django's vi `DATE_FORMAT` gives it, no time), then
    one list holding the section (`category_1`) and the tags (`tag_1`…, commas between the
    tags only); the abstract (with its marker) as `div.blog-lead`, the content placeholder of text
    plugins (CKEditor paragraphs, some `text-align: justify`), djangocms-picture plugins (a
    `figure` only when the picture has a caption, otherwise a bare `img`, both with srcset from
    easy-thumbnails), a djangocms-video plugin, the credit as a right-aligned bold paragraph;
    the related posts with Django's `SHORT_DATE_FORMAT` dates, a comment form with a CSRF
    token, a cookie-consent bar. django-meta writes OpenGraph with `article:published_time` in
    UTC and `article:author` as the account's page."""
    moment = article.published
    shown = _django_date(moment)
    captions = rehosted_captions(article, _filer_thumb)
    cat = category_name(article)
    key = article.category
    post_url = f"{BASE}/vi/tin-tuc/{moment:%Y/%m/%d}/{article.slug}/"
    plugin = iter(range(4000 + article.article_id % 7000, 99999))

    def paragraph(text: str, number: int, count: int) -> str:
        style = ' style="text-align: justify;"' if number % 2 else ""
        return f"<p{style}>{text}</p>"

    def image(img: Image, number: int) -> str:
        thumb = _filer_thumb(img)
        small = thumb.replace("__800x533_", "__576x384_")
        tag = (
            f'<img src="{attr(thumb)}" alt="" class="img-fluid" width="800" height="533" '
            f'srcset="{attr(small)} 576w, {attr(thumb)} 800w" sizes="(max-width: 800px) 100vw, 800px">'
        )
        if img.caption:
            return f'<figure class="djangocms-picture" id="cms-plugin-{next(plugin)}">\n{tag}\n<figcaption>{esc(img.caption)}</figcaption>\n</figure>'
        return tag

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank="<p>&nbsp;</p>",
        ad=f'<div class="djangocms-banner"><a href="https://langson.gov.vn/dich-vu-cong" target="_blank"><img src="{BASE}/static/img/banner-dvc-728x90.png" alt="Dịch vụ công trực tuyến tỉnh Lạng Sơn"></a></div>',
        script=f'<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{_youtube(article)}?rel=0" frameborder="0" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align: right;"><strong>{esc(credit)}</strong></p>'
    tags = "".join(
        f'<li class="tag_{n}"><a href="/vi/tin-tuc/tag/{tag_slug(t)}/" class="blog-tag blog-tag-{3 + n}">{esc(t)}</a>{", " if n < len(article.tags) else ""}</li>'
        for n, t in enumerate(article.tags, 1)
    )
    related = "".join(
        f'<li><a href="/vi/tin-tuc/{o.published:%Y/%m/%d}/{o.slug}/">{esc(o.title)}</a> <span class="date">{o.published:%d-%m-%Y}</span></li>'
        for o in others(article, 4, turn=41)
    )
    latest = "".join(
        f'<li class="post-item"><h4><a href="/vi/tin-tuc/{o.published:%Y/%m/%d}/{o.slug}/">{esc(o.title)}</a></h4><p class="post-date">{_django_date(o.published)}</p></li>'
        for o in others(article, 5, turn=43)
    )
    nav = "".join(
        f'<li class="child {"selected" if c.key == key else "sibling"}"><a href="/vi/{c.key}/">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    modified = vietnam_to_utc(moment) + timedelta(hours=5, minutes=12)
    og_tags = "".join(f'<meta property="article:tag" content="{attr(t)}">\n' for t in article.tags)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(",".join(article.tags))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:url" content="{attr(post_url)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:image" content="{attr(_filer_thumb(article.images[0]) if article.images else BASE + "/static/img/og-default.png")}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="og:locale" content="vi_VN">
<meta property="article:published_time" content="{vietnam_to_utc(moment):%Y-%m-%dT%H:%M:%S}+00:00">
<meta property="article:modified_time" content="{modified:%Y-%m-%dT%H:%M:%S}+00:00">
<meta property="article:author" content="{BASE}/vi/tin-tuc/author/bbt/">
<meta property="article:section" content="{attr(cat)}">
{og_tags}<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{attr(article.title)}">
<link rel="canonical" href="{attr(post_url)}">
<link rel="alternate" hreflang="vi" href="{attr(post_url)}">
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/djangocms_blog/css/djangocms_blog.css">
<link rel="stylesheet" href="/static/css/site.css?v=2.4.1">
</head>
<body class="blog-post">
<div class="topbar"><div class="container"><span class="today">{weekday(SERVED)}, {_TODAY}</span><ul class="nav language-chooser"><li class="active"><a href="/vi/tin-tuc/{moment:%Y/%m/%d}/{attr(article.slug)}/" title="Tiếng Việt">vi</a></li><li class="lang"><a href="/en/" title="English">en</a></li></ul></div></div>
<header class="site-header"><div class="container"><a class="navbar-brand" href="/vi/"><img src="/static/img/logo-baolangson.svg" alt="Báo Lạng Sơn"></a><form class="search" action="/vi/tim-kiem/" method="get"><input type="search" name="q" placeholder="Tìm kiếm"></form></div>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav"><li class="child ancestor"><a href="/vi/">Trang chủ</a></li>{nav}<li class="child sibling"><a href="/vi/tin-tuc/">Tin tức</a></li></ul></div></nav>
</header>
<main class="container">
<ol class="breadcrumb"><li><a href="/vi/">Trang chủ</a></li><li class="active"><a href="/vi/tin-tuc/">Tin tức</a></li></ol>
<div class="row">
<div class="col-md-8 blog-content">
<article id="post-{attr(article.slug)}" class="post-item post-detail">
    <header>
        <h2>{esc(article.title)}</h2>
        <ul class="post-detail">
    <li>
        bởi <a href="/vi/tin-tuc/author/bbt/">Ban Biên tập</a>
    </li>
    <li>
        {shown}
    </li>
</ul>
<ul class="post-detail tags">
            <li class="category_1"><a href="/vi/tin-tuc/category/{key}/" class="blog-categories-{12 + article.article_id % 40}">{esc(cat)}</a></li>
        {tags}
</ul>

    </header>
    <div class="blog-visual">
    </div>
    <div class="blog-lead">
        <p>{esc(lead_text(article))}</p>
    </div>
    <div class="blog-content">
{body}
    </div>
</article>
<section class="blog-related"><h3>Bài viết liên quan</h3><ul>{related}</ul></section>
<section class="blog-comments"><h3>Ý kiến bạn đọc</h3>
<form method="post" action="/vi/comments/post/" class="comment-form"><input type="hidden" name="csrfmiddlewaretoken" value="{stable_digest(str(article.article_id))}{stable_digest(article.slug)}"><input type="hidden" name="object_pk" value="{article.article_id % 9000}"><div class="form-group"><label for="id_name">Họ tên</label><input type="text" name="name" id="id_name" class="form-control" required></div><div class="form-group"><label for="id_email">Email</label><input type="email" name="email" id="id_email" class="form-control"></div><div class="form-group"><label for="id_comment">Nội dung</label><textarea name="comment" id="id_comment" rows="4" class="form-control"></textarea></div><button type="submit" class="btn btn-primary">Gửi bình luận</button></form>
</section>
</div>
<aside class="col-md-4 sidebar">
<div class="plugin blog-latest-entries"><h3>Tin mới</h3><ul class="post-list">{latest}</ul></div>
<div class="plugin blog-tags"><h3>Chủ đề</h3><ul><li><a href="/vi/tin-tuc/tag/chuyen-doi-so/">Chuyển đổi số</a></li><li><a href="/vi/tin-tuc/tag/cua-khau/">Cửa khẩu</a></li><li><a href="/vi/tin-tuc/tag/nong-thon-moi/">Nông thôn mới</a></li></ul></div>
</aside>
</div>
</main>
<footer class="site-footer"><div class="container"><div class="footer-about"><p><strong>BÁO LẠNG SƠN</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Tổng Biên tập: Đoàn Bích Ngọc. Giấy phép số 50/GP-BTTTT.</p><p>Địa chỉ: Số 3 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.</p></div></div></footer>
<div id="cookie-bar" class="cookie-consent"><p>Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. <a href="/vi/chinh-sach-cookie/">Tìm hiểu thêm</a></p><button type="button" class="btn btn-sm" onclick="acceptCookies()">Đồng ý</button></div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/bootstrap.bundle.min.js"></script>
<script src="/static/js/site.js?v=2.4.1"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("django_cms", article.article_id, url_of(article), page, record)


# --- 2. A reader's Hexo blog with the NexT theme reposting the article ----------------------------

_HEXO = "https://langsonquehuong.github.io"
_HEXO_CDN = "https://cdn.jsdelivr.net/gh/langsonquehuong/picbed@main"
_HEXO_OWNER = "Nông Văn Lâm"


def _hexo_image(article: Article, img: Image) -> str:
    """Where the blogger's PicGo upload keeps a picture: a GitHub repository behind jsDelivr."""
    return f"{_HEXO_CDN}/{article.published:%Y/%m}/{image_file(img)}"


def _hexo_path(article: Article) -> str:
    """Hexo's default permalink, `:year/:month/:day/:title/`."""
    return f"/{article.published:%Y/%m/%d}/{article.slug}/"


def _iso_z(moment: datetime) -> str:
    """JavaScript's `toISOString()` of a Vietnam local time: UTC with milliseconds."""
    return f"{vietnam_to_utc(moment):%Y-%m-%dT%H:%M:%S}.000Z"


def hexo_next(article: Article) -> CorpusPage:
    """A native of the province's blog on GitHub Pages, built with Hexo 6 and the NexT 7 theme
    (Gemini scheme), reposting the paper's article: Hexo's `open_graph` helper (the
    description cut from the text with its marker, `article:published_time` in UTC with
    milliseconds, the blog owner as `article:author`), the header with the site title and the
    menu (Trang chủ, Danh mục, Thẻ, Lưu trữ, Giới thiệu), the post block with schema.org
    microdata (the blog owner as the `Person` author in hidden metas), the `h1.post-title`, the
    `post-meta` items (`Ngày đăng:` and the ISO day in a `time` whose `datetime` is UTC, the
    modified day under `Sửa đổi:`, the category link, the word count and reading time), the
    body as Markdown renders it (the bold sapo with its marker, the `<span id="more">` anchor,
    pictures with only `data-src` because NexT's lazy load moves `src` away, alt text the file
    name, the caption as an `<em>` after a `<br>` in the picture's paragraph, an iframe in
    NexT's `video-container`), the credit in bold and the source link in the last paragraph,
    NexT's copyright box naming the blog owner as `Tác giả:`, tags with `#`, the previous/next
    post links, a Gitalk container and the sidebar's site overview with its counts."""
    moment = article.published
    shown = f"{moment:%Y-%m-%d}"
    edited = moment + timedelta(days=1, hours=2, minutes=17)
    captions = rehosted_captions(article, lambda i: _hexo_image(article, i))
    cat = category_name(article)
    path = _hexo_path(article)

    def paragraph(text: str, number: int, count: int) -> str:
        return f"<p>{text}</p>"

    def image(img: Image, number: int) -> str:
        tag = f'<img data-src="{attr(_hexo_image(article, img))}" alt="{attr(image_stem(img))}">'
        if img.caption:
            return f"<p>{tag}<br><em>{esc(img.caption)}</em></p>"
        return f"<p>{tag}</p>"

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank="",
        ad="",
        script=f'<div class="video-container"><iframe src="https://www.youtube.com/embed/{_youtube(article)}" frameborder="0" loading="lazy" allowfullscreen></iframe></div>',
    )
    credit = shown_byline(article)
    source = f'Nguồn: <a href="{attr(url_of(article))}">Báo Lạng Sơn</a>'
    closing = f"<p><strong>{esc(credit)}</strong><br>{source}</p>" if credit else f"<p>{source}</p>"
    words = sum(len(p.text.split()) for p in article.paragraphs) + len(article.lead.split())
    description = clean(lead_text(article) + " " + " ".join(p.text for p in article.paragraphs))
    description = description[:150] + "..."
    og_tags = "".join(f'<meta property="article:tag" content="{attr(t)}">\n' for t in article.tags)
    og_images = "".join(
        f'<meta property="og:image" content="{attr(_hexo_image(article, i))}">\n'
        for i in article.images
    )
    tags = "".join(
        f'<a href="/tags/{attr(tag_slug(t))}/" rel="tag"># {esc(t)}</a>\n' for t in article.tags
    )
    tags_block = f'<div class="post-tags">\n{tags}</div>' if article.tags else ""
    rest = others(article, 2, turn=53)
    prev_post, next_post = rest[0], rest[1]
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 6.3.0">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@5.15.4/css/all.min.css">
<script id="hexo-configurations">
    var NexT = window.NexT || {{}};
    var CONFIG = {{"hostname":"langsonquehuong.github.io","root":"/","scheme":"Gemini","version":"7.8.0","exturl":false,"sidebar":{{"position":"left","display":"post","padding":18,"offset":12}},"copycode":{{"enable":false}},"lazyload":true,"pangu":false,"motion":{{"enable":true}},"path":"search.xml"}};
  </script>
  <meta name="description" content="{attr(description)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:url" content="{_HEXO}{path}">
<meta property="og:site_name" content="Lạng Sơn quê hương tôi">
<meta property="og:description" content="{attr(description)}">
<meta property="og:locale" content="vi_VN">
{og_images}<meta property="article:published_time" content="{_iso_z(moment)}">
<meta property="article:modified_time" content="{_iso_z(edited)}">
<meta property="article:author" content="{_HEXO_OWNER}">
{og_tags}<meta name="twitter:card" content="summary">
<link rel="canonical" href="{_HEXO}{path}">
<script id="page-configurations">
  CONFIG.page = {{sidebar: "", isHome: false, isPost: true, lang: 'vi'}};
</script>
  <title>{esc(article.title)} | Lạng Sơn quê hương tôi</title>
<link rel="alternate" href="/atom.xml" title="Lạng Sơn quê hương tôi" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage">
  <div class="container use-motion">
    <div class="headband"></div>

    <header class="header" itemscope itemtype="http://schema.org/WPHeader">
      <div class="header-inner"><div class="site-brand-container">
  <div class="site-nav-toggle"><div class="toggle" aria-label="Chuyển đổi thanh điều hướng"><span class="toggle-line toggle-line-first"></span><span class="toggle-line toggle-line-middle"></span><span class="toggle-line toggle-line-last"></span></div></div>
  <div class="site-meta">
    <a href="/" class="brand" rel="start"><span class="logo-line-before"><i></i></span><h1 class="site-title">Lạng Sơn quê hương tôi</h1><span class="logo-line-after"><i></i></span></a>
      <p class="site-subtitle" itemprop="description">Ghi chép về xứ Lạng</p>
  </div>
</div>
<nav class="site-nav">
  <ul id="menu" class="main-menu menu">
        <li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>Trang chủ</a></li>
        <li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>Danh mục</a></li>
        <li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>Thẻ</a></li>
        <li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>Lưu trữ</a></li>
        <li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>Giới thiệu</a></li>
  </ul>
</nav>
</div>
    </header>

  <main class="main">
    <div class="main-inner">
      <div class="content-wrap">
          <div class="content post posts-expand">
  <article itemscope itemtype="http://schema.org/Article" class="post-block" lang="vi">
    <link itemprop="mainEntityOfPage" href="{_HEXO}{path}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.jpg">
      <meta itemprop="name" content="{_HEXO_OWNER}">
      <meta itemprop="description" content="Ghi chép về xứ Lạng">
    </span>

    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="Lạng Sơn quê hương tôi">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          {esc(article.title)}
        </h1>

        <div class="post-meta">
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-calendar"></i>
              </span>
              <span class="post-meta-item-text">Ngày đăng: </span>

              <time title="Ngày tạo: {moment:%Y-%m-%d %H:%M:%S}" itemprop="dateCreated datePublished" datetime="{_iso_z(moment)}">{shown}</time>
            </span>
              <span class="post-meta-item">
                <span class="post-meta-item-icon">
                  <i class="far fa-calendar-check"></i>
                </span>
                <span class="post-meta-item-text">Sửa đổi: </span>
                <time title="Ngày sửa: {edited:%Y-%m-%d %H:%M:%S}" itemprop="dateModified" datetime="{_iso_z(edited)}">{edited:%Y-%m-%d}</time>
              </span>
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-folder"></i>
              </span>
              <span class="post-meta-item-text">Trong</span>
                <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
                  <a href="/categories/{attr(tag_slug(cat))}/" itemprop="url" rel="index"><span itemprop="name">{esc(cat)}</span></a>
                </span>
            </span>
            <br>
            <span class="post-meta-item" title="Số chữ trong bài">
              <span class="post-meta-item-icon"><i class="far fa-file-word"></i></span>
                <span class="post-meta-item-text">Số chữ trong bài: </span>
              <span>{words}</span>
            </span>
            <span class="post-meta-item" title="Thời gian đọc">
              <span class="post-meta-item-icon"><i class="far fa-clock"></i></span>
                <span class="post-meta-item-text">Thời gian đọc &asymp;</span>
              <span>{max(1, words // 200)} phút</span>
            </span>
        </div>
      </header>

    <div class="post-body" itemprop="articleBody">

      <p><strong>{esc(lead_text(article))}</strong></p>
<span id="more"></span>
{body}
{closing}

    </div>

    <div>
      <ul class="post-copyright">
  <li class="post-copyright-author"><strong>Tác giả: </strong>{_HEXO_OWNER}</li>
  <li class="post-copyright-link"><strong>Liên kết bài viết: </strong><a href="{_HEXO}{path}" title="{attr(article.title)}">{_HEXO}{path}</a></li>
  <li class="post-copyright-license"><strong>Bản quyền: </strong>Tất cả bài viết trên blog được cấp phép <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> trừ khi có ghi chú khác.</li>
</ul>
</div>

    <footer class="post-footer">
          {tags_block}
        <div class="post-nav">
          <div class="post-nav-item"><a href="{_hexo_path(prev_post)}" rel="prev" title="{attr(prev_post.title)}"><i class="fa fa-chevron-left"></i> {esc(prev_post.title)}</a></div>
          <div class="post-nav-item"><a href="{_hexo_path(next_post)}" rel="next" title="{attr(next_post.title)}">{esc(next_post.title)} <i class="fa fa-chevron-right"></i></a></div>
        </div>
    </footer>
  </article>
  </div>

<div class="comments gitalk-container"></div>

      </div>

  <div class="toggle sidebar-toggle"><span class="toggle-line toggle-line-first"></span><span class="toggle-line toggle-line-middle"></span><span class="toggle-line toggle-line-last"></span></div>

  <aside class="sidebar">
    <div class="sidebar-inner">
      <div class="site-overview-wrap sidebar-panel">
        <div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{_HEXO_OWNER}" src="/images/avatar.jpg">
  <p class="site-author-name" itemprop="name">{_HEXO_OWNER}</p>
  <div class="site-description" itemprop="description">Ghi chép về xứ Lạng</div>
</div>
<div class="site-state-wrap motion-element">
  <nav class="site-state">
      <div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">{128 + article.article_id % 17}</span><span class="site-state-item-name">bài viết</span></a></div>
      <div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">9</span><span class="site-state-item-name">danh mục</span></a></div>
      <div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">74</span><span class="site-state-item-name">thẻ</span></a></div>
  </nav>
</div>
  <div class="links-of-author motion-element">
      <span class="links-of-author-item"><a href="https://github.com/langsonquehuong" title="GitHub" rel="noopener" target="_blank"><i class="fab fa-github fa-fw"></i>GitHub</a></span>
      <span class="links-of-author-item"><a href="https://www.facebook.com/langsonquehuong" title="Facebook" rel="noopener" target="_blank"><i class="fab fa-facebook fa-fw"></i>Facebook</a></span>
  </div>
      </div>
    </div>
  </aside>
  <div id="sidebar-dimmer"></div>

    </div>
  </main>

    <footer class="footer">
      <div class="footer-inner">
<div class="copyright">
  &copy; 2019 &ndash;
  <span itemprop="copyrightYear">{SERVED.year}</span>
  <span class="with-love"><i class="fa fa-heart"></i></span>
  <span class="author" itemprop="copyrightHolder">{_HEXO_OWNER}</span>
</div>
  <div class="powered-by">Được tạo bởi <a href="https://hexo.io/" class="theme-link" rel="noopener" target="_blank">Hexo</a> & <a href="https://theme-next.org/" class="theme-link" rel="noopener" target="_blank">NexT.Gemini</a>
  </div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv" style="display: none;"><span class="post-meta-item-icon"><i class="fa fa-user"></i></span><span class="site-uv" title="Tổng số khách"><span id="busuanzi_value_site_uv"></span></span></span>
</div>
      </div>
    </footer>
  </div>

<script src="/lib/anime.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/lozad@1/dist/lozad.min.js"></script>
<script src="/js/utils.js"></script>
<script src="/js/motion.js"></script>
<script src="/js/schemes/pisces.js"></script>
<script src="/js/next-boot.js"></script>
<script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
"""
    record = expected(
        article, dateline=f"Ngày đăng: {shown}", published="seconds", captions=captions
    )
    return CorpusPage("hexo_next", article.article_id, url_of(article), page, record)


# --- 3. A specialty-food shop's blog on Haravan reposting the article ----------------------------

_SHOP = "https://dacsanxulang.vn"
_SHOP_ID = "200000386521"
_SHOP_THEME = "1000963412"
_PRODUCTS = (
    ("hoi-kho-van-quan-500g", "Hoa hồi khô Văn Quan 500g", "185,000₫", "210,000₫"),
    ("khau-nhuc-lang-son", "Khâu nhục Lạng Sơn hộp 1kg", "320,000₫", ""),
    ("vit-quay-mac-mat", "Vịt quay lá mắc mật (đặt trước)", "450,000₫", "490,000₫"),
    ("mac-mat-kho", "Lá mắc mật khô gói 200g", "45,000₫", ""),
)


def _hstatic(img: Image) -> str:
    """Where Haravan's editor keeps a re-uploaded picture, protocol-relative."""
    return f"//file.hstatic.net/{_SHOP_ID}/file/{image_file(img)}"


def _haravan_date(moment: datetime) -> str:
    """The Liquid `%Y-%m-%dT%H:%M:%S%z` a theme's JSON-LD snippet writes: `+0700`."""
    return f"{moment:%Y-%m-%dT%H:%M:%S}+0700"


def haravan_blog(article: Article) -> CorpusPage:
    """ "Đặc Sản Xứ Lạng", a shop of the province's specialty foods on Haravan, reposting the
    paper's article in its "Tin tức" blog: the Liquid theme's chrome (the free-shipping top bar
    and hotline, the logo, product menus, the search box and the cart count), the
    `breadcrumb-shop` ending at the title, the `h1.title-article`, the meta line with the shop
    account after `Người viết:` and the day `04/02/2022` (no time printed), the article's HTML
    as the shop's staff pasted it into TinyMCE (the sapo with its marker as the first bold
    paragraph, justified paragraphs in `span`s with font sizes, pictures re-uploaded to
    file.hstatic.net and written protocol-relative with empty alt, each caption as the centred
    italic paragraph under it, a product banner linked to a collection, a YouTube iframe,
    `<p>&nbsp;</p>`, the bold credit right-aligned and the source in italics), the blog's tags
    after `Tags:`, share buttons, the comment form moderated by the shop, the sidebar's product
    boxes with prices and "Bài viết mới nhất" with dates, the footer with "Cung cấp bởi
    Haravan", the Zalo and Messenger chat buttons. The theme's JSON-LD `BlogPosting` gives the
    time with a `+0700` offset and the shop account as author. No section of the paper."""
    moment = article.published
    shown = dmy(moment)
    captions = rehosted_captions(article, lambda i: "https:" + _hstatic(i))
    handle = article.slug
    span = '<span style="font-family: arial, helvetica, sans-serif; font-size: 12pt;">'

    def paragraph(text: str, number: int, count: int) -> str:
        return f'<p style="text-align: justify;">{span}{text}</span></p>'

    def image(img: Image, number: int) -> str:
        out = f'<p style="text-align: center;"><img src="{attr(_hstatic(img))}" alt="" /></p>'
        if img.caption:
            out += f'\n<p style="text-align: center;"><span style="font-size: 10pt;"><em>{esc(img.caption)}</em></span></p>'
        return out

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank="<p>&nbsp;</p>",
        ad=f'<p style="text-align: center;"><a href="/collections/hoi-que-van-quan"><img src="//file.hstatic.net/{_SHOP_ID}/file/banner-hoi-van-quan-chinh-goc.jpg" alt="Hồi Văn Quan chính gốc - Đặt hàng ngay" /></a></p>',
        script=f'<p style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com/embed/{_youtube(article)}" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>',
    )
    credit = shown_byline(article)
    if credit:
        body += f'\n<p style="text-align: right;"><strong>{esc(credit)}</strong></p>'
    body += '\n<p style="text-align: right;"><em>(Nguồn: Báo Lạng Sơn)</em></p>'
    tags = ", ".join(
        f'<a href="/blogs/news/tagged/{tag_slug(t)}">{esc(t)}</a>' for t in article.tags
    )
    tag_block = (
        f'<div class="tag-article"><span class="title-tag">Tags:</span> {tags}</div>'
        if article.tags
        else ""
    )
    products = "".join(
        f'<div class="product-loop"><div class="product-img"><a href="/products/{h}"><img class="lazyload" data-src="//product.hstatic.net/{_SHOP_ID}/product/{h}_medium.jpg" src="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/lazy.png?v=233" alt="{attr(n)}"></a></div><div class="product-detail"><h3><a href="/products/{h}">{esc(n)}</a></h3><p class="pro-price">{p}{f" <del>{o}</del>" if o else ""}</p></div></div>'
        for h, n, p, o in _PRODUCTS
    )
    latest = "".join(
        f'<div class="blog-item-sidebar"><a href="/blogs/news/{o.slug}">{esc(o.title)}</a><p class="date">{dmy(o.published + timedelta(days=3))}</p></div>'
        for o in others(article, 4, turn=61)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"{_SHOP}/blogs/news/{handle}"},
        "headline": article.title,
        "image": ["https:" + _hstatic(i) for i in article.images][:1]
        or [f"https://theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/logo.png"],
        "datePublished": _haravan_date(moment),
        "dateModified": _haravan_date(moment),
        "author": {"@type": "Person", "name": "Đặc Sản Xứ Lạng"},
        "publisher": {
            "@type": "Organization",
            "name": "Đặc Sản Xứ Lạng",
            "logo": {
                "@type": "ImageObject",
                "url": f"https://theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/logo.png",
            },
        },
        "description": article.lead[:160],
    }
    menu = "".join(
        f'<li><a href="/collections/{h}">{esc(n)}</a></li>'
        for h, n in (
            ("dac-san-kho", "Đặc sản khô"),
            ("gia-vi-xu-lang", "Gia vị xứ Lạng"),
            ("qua-tet", "Quà Tết"),
            ("hoa-qua-theo-mua", "Hoa quả theo mùa"),
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<title>{esc(article.title)} - Đặc Sản Xứ Lạng</title>
<meta name="description" content="{attr(article.lead[:160])}" />
<meta name="keywords" content="{attr(article.title)}, Tin tức, Đặc Sản Xứ Lạng, dacsanxulang.vn" />
<link rel="canonical" href="{_SHOP}/blogs/news/{attr(handle)}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="shortcut icon" href="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/favicon.png?v=233" type="image/png" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:image" content="{attr("https:" + _hstatic(article.images[0]) if article.images else f"https://theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/share_fb_home.png")}" />
<meta property="og:description" content="{attr(article.lead[:160])}" />
<meta property="og:url" content="{_SHOP}/blogs/news/{attr(handle)}" />
<meta property="og:site_name" content="Đặc Sản Xứ Lạng" />
<script type="application/ld+json">{script_json(ld)}</script>
<link href="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/plugin-style.css?v=233" rel="stylesheet" type="text/css" />
<link href="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/styles.scss.css?v=233" rel="stylesheet" type="text/css" />
<script type="text/javascript">window.HaravanAnalytics = window.HaravanAnalytics || {{}}; window.HaravanAnalytics.meta = {{"page":{{"pageType":"article","resourceType":"article","resourceId":{1000000 + article.article_id % 900000}}}}}; Haravan = {{}}; Haravan.shop = "dacsanxulang.myharavan.com"; Haravan.locale = "vi";</script>
<script src="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/jquery.min.js?v=233" type="text/javascript"></script>
</head>
<body id="{attr(handle)}" class="template-article">
<div class="topbar-promo"><p>Miễn phí vận chuyển cho đơn hàng từ 500K trong thành phố Lạng Sơn</p></div>
<header id="header" class="main-header">
<div class="container"><div class="row">
<div class="col-md-3 logo"><a href="/"><img src="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/logo.png?v=233" alt="Đặc Sản Xứ Lạng" /></a></div>
<div class="col-md-5 search-header"><form action="/search" class="searchform"><input type="hidden" value="product" name="type" /><input required name="q" maxlength="40" type="text" placeholder="Tìm kiếm sản phẩm..." /><button type="submit"><i class="fa fa-search"></i></button></form></div>
<div class="col-md-4 header-action"><div class="hotline"><i class="fa fa-phone"></i> Hotline: <a href="tel:0912345678">0912 345 678</a></div><a href="/account/login" class="account">Đăng nhập</a><a href="/cart" class="cart"><i class="fa fa-shopping-bag"></i> Giỏ hàng (<span class="count-holder">0</span>)</a></div>
</div></div>
<nav class="main-nav"><div class="container"><ul class="menuList-main"><li><a href="/">Trang chủ</a></li><li class="has-submenu"><a href="/collections/all">Sản phẩm</a><ul class="submenu">{menu}</ul></li><li><a href="/pages/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/blogs/news">Tin tức</a></li><li><a href="/pages/lien-he">Liên hệ</a></li></ul></div></nav>
</header>
<main class="mainContent-theme">
<div class="breadcrumb-shop"><div class="container"><ol class="breadcrumb breadcrumb-arrows" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/blogs/news" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></li><li class="active" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="item"><span itemprop="name">{esc(article.title)}</span></span><meta itemprop="position" content="3" /></li></ol></div></div>
<div id="article" class="layout-article">
<div class="container"><div class="row">
<div class="col-md-9 col-sm-12 col-xs-12 article-area">
<div class="content-page article-content">
<div class="heading-article"><h1 class="title-article">{esc(article.title)}</h1>
<div class="meta-article"><span class="author"><i class="fa fa-user"></i> Người viết: <strong>Đặc Sản Xứ Lạng</strong></span> <span class="date"><i class="fa fa-calendar"></i> {shown}</span></div>
</div>
<div class="box-article-detail article-rte">
<p style="text-align: justify;"><strong>{esc(lead_text(article))}</strong></p>
{body}
</div>
{tag_block}
<div class="post-navigation"><div class="social-share"><span>Chia sẻ:</span><a href="https://www.facebook.com/sharer/sharer.php?u={_SHOP}/blogs/news/{attr(handle)}" target="_blank" class="share-facebook"><i class="fa fa-facebook"></i></a><a href="https://twitter.com/share?url={_SHOP}/blogs/news/{attr(handle)}" target="_blank" class="share-twitter"><i class="fa fa-twitter"></i></a></div></div>
<div class="comment-article"><h3>Viết bình luận của bạn</h3>
<form accept-charset="UTF-8" action="/blogs/news/{attr(handle)}/comments" id="article_comments" method="post"><input name="form_type" type="hidden" value="new_comment" /><input name="utf8" type="hidden" value="true" /><div class="row"><div class="col-md-6"><input type="text" name="comment[author]" placeholder="Họ và tên" required /></div><div class="col-md-6"><input type="email" name="comment[email]" placeholder="Email" required /></div><div class="col-md-12"><textarea name="comment[body]" placeholder="Viết bình luận" rows="5" required></textarea></div></div><p class="note">Bình luận của bạn sẽ được duyệt trước khi hiển thị.</p><button type="submit" class="btn-comment">Gửi bình luận</button></form>
</div>
</div>
</div>
<div class="col-md-3 col-sm-12 col-xs-12 sidebar-blog">
<div class="group-sidebox"><h2 class="sidebox-title">Sản phẩm bán chạy</h2><div class="list-product-sidebar">{products}</div></div>
<div class="group-sidebox"><h2 class="sidebox-title">Bài viết mới nhất</h2><div class="list-blog-sidebar">{latest}</div></div>
</div>
</div></div>
</div>
</main>
<footer class="mainFooter"><div class="container"><div class="row">
<div class="col-md-4"><h4>ĐẶC SẢN XỨ LẠNG</h4><p>Địa chỉ: 68 Bà Triệu, phường Hoàng Văn Thụ, TP. Lạng Sơn</p><p>Điện thoại: 0912 345 678</p><p>Email: cskh@dacsanxulang.vn</p></div>
<div class="col-md-4"><h4>Chính sách</h4><ul><li><a href="/pages/chinh-sach-doi-tra">Chính sách đổi trả</a></li><li><a href="/pages/chinh-sach-bao-mat">Chính sách bảo mật</a></li><li><a href="/pages/huong-dan-mua-hang">Hướng dẫn mua hàng</a></li></ul></div>
<div class="col-md-4"><h4>Đăng ký nhận tin</h4><form action="/account/contact" method="post"><input type="hidden" name="form_type" value="customer" /><input type="email" name="contact[email]" placeholder="Nhập email của bạn" /><button type="submit">Đăng ký</button></form></div>
</div><div class="copyright">Copyright © {SERVED.year} Đặc Sản Xứ Lạng. <a target="_blank" href="https://www.haravan.com">Cung cấp bởi Haravan</a></div></div></footer>
<div class="chat-buttons"><a href="https://zalo.me/0912345678" class="btn-zalo" target="_blank"><img src="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/icon-zalo.png?v=233" alt="Zalo" /></a><a href="https://m.me/dacsanxulang" class="btn-messenger" target="_blank"><img src="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/icon-messenger.png?v=233" alt="Messenger" /></a></div>
<script src="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/lazysizes.min.js?v=233" type="text/javascript"></script>
<script src="//theme.hstatic.net/{_SHOP_ID}/{_SHOP_THEME}/14/scripts.js?v=233" type="text/javascript"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    record["category"] = None
    return CorpusPage("haravan_blog", article.article_id, url_of(article), page, record)


# --- 4. The paper rebuilt after baochinhphu.vn, the government's e-newspaper -------------------

_BCP_CDN = "https://lsn.cdnbaolangson.vn"
_BCP_ROOT = "367206813426438144"
_DOCS = (
    ("Công điện số 05/CĐ-UBND", "về tăng cường phòng, chống dịch COVID-19 sau Tết", "03/02/2022"),
    ("Quyết định số 215/QĐ-UBND", "ban hành Kế hoạch cải cách hành chính năm 2022", "28/01/2022"),
    ("Chỉ thị số 02/CT-UBND", "về đẩy mạnh giải ngân vốn đầu tư công", "21/01/2022"),
)


def _bcp_original(article: Article, img: Image) -> str:
    """The uploaded original behind the lightbox."""
    m = article.published
    return f"{_BCP_CDN}/{_BCP_ROOT}/{m.year}/{m.month}/{m.day}/{image_file(img)}"


def _bcp_thumb(article: Article, img: Image) -> str:
    """The 777-pixel copy the page shows."""
    m = article.published
    return f"{_BCP_CDN}/thumb_w/777/{_BCP_ROOT}/{m.year}/{m.month}/{m.day}/{image_file(img)}"


def baochinhphu_like(article: Article) -> CorpusPage:
    """The paper rebuilt by the vendor of baochinhphu.vn, the government's e-newspaper, in its
    pattern: the top bar with today's date and the English/中文 links, the national emblem and
    masthead, a menu of sections, the section link above the title (`detail-cate`), the
    `h1.detail-title`, `detail-time` with `data-role="publishdate"` printing `04/02/2022
    09:56`, the tools row (read aloud, font size, print), the sapo (with its marker) as
    `h2.detail-sapo`, the `afcbc-body` content of `<p>`s, pictures as `VCSortableInPreviewMode`
    figures (the lightbox link to the original upload, the shown `thumb_w/777` copy with the
    caption also in `alt`/`title`, `PhotoCMS_Caption` with a placeholder attribute; uncaptioned
    pictures keep an empty caption paragraph), a "Tin liên quan" box inside the text after the
    second paragraph, the credit in `detail-author` after the text, "Từ khóa" links, "Tin cùng
    chuyên mục" with times, and a sidebar of government boxes: "Chỉ đạo, điều hành" and "Văn
    bản mới" (document numbers with their issue dates), "Đọc nhiều" and the citizen-reception
    hotline. JSON-LD `NewsArticle` gives the time with +07:00 and a later `dateModified`."""
    moment = article.published
    shown = f"{dmy(moment)} {moment:%H:%M}"
    captions = rehosted_captions(article, lambda i: _bcp_thumb(article, i))
    cat = category_name(article)
    key = article.category
    page_url = f"{BASE}/{article.slug}-{article.article_id}.htm"
    rel = others(article, 2, turn=71)
    related = (
        '<div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox"><div class="kbwscwl-relatedbox type-1 alignRight">'
        '<strong class="kbwscwlrl-title">Tin liên quan</strong><ul class="kbwscwlr-list">'
        + "".join(
            f'<li class="kbwscwlrl"><a class="kbwscwlrl-title" href="/{o.slug}-{o.article_id}.htm" title="{attr(o.title)}">{esc(o.title)}</a></li>'
            for o in rel
        )
        + "</ul></div></div>"
    )

    def paragraph(text: str, number: int, count: int) -> str:
        return f"<p>{text}</p>"

    def image(img: Image, number: int) -> str:
        cap = esc(img.caption) if img.caption else ""
        alt = attr(img.caption or "")
        return (
            '<figure class="VCSortableInPreviewMode" type="Photo" style="">'
            f'<div><a href="{attr(_bcp_original(article, img))}" data-fancybox="img-lightbox" title="{alt}" target="_blank" class="detail-img-lightbox">'
            f'<img src="{attr(_bcp_thumb(article, img))}" id="img_{stable_digest(image_file(img))[:18]}" w="1280" h="853" alt="{alt}" title="{alt}" rel="lightbox" photoid="{stable_digest(image_file(img))[:18]}" type="photo" style="max-width:100%;" width="1280" height="853" loading="lazy"></a></div>'
            f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" style="text-align: center;">{cap}</p></figcaption></figure>'
        )

    body = write_numbered_blocks(
        article,
        paragraph,
        image,
        blank="<p><br></p>",
        ad='<div class="adv-inread" id="admzone480456"></div>',
        script=f'<div class="VCSortableInPreviewMode" type="VideoStream" embed-type="4" data-item-id="{article.article_id}" data-vid="lsn/{article.published:%Y/%m/%d}/{article.slug}.mp4"><div class="video-inline"></div></div>',
        after=lambda n, c: related if n == 2 and c > 2 else "",
    )
    credit = shown_byline(article)
    author = f'<div class="detail-author" data-role="author">{esc(credit)}</div>' if credit else ""
    tags = ""
    if article.tags:
        tags = (
            '<div class="detail-tab"><span class="title">Từ khóa:</span>'
            + "".join(
                f'<a href="/tag/{tag_slug(t)}.htm" title="{attr(t)}">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    same = "".join(
        f'<div class="box-stream-item"><a class="box-stream-link-with-avatar" href="/{o.slug}-{o.article_id}.htm"><img src="{_BCP_CDN}/zoom/260_163/{_BCP_ROOT}/{o.published.year}/{o.published.month}/{o.published.day}/{o.article_id}.jpg" alt="{attr(o.title)}"></a><h3><a class="box-stream-link-title" href="/{o.slug}-{o.article_id}.htm">{esc(o.title)}</a></h3><span class="box-stream-time">{dmy(o.published)} {o.published:%H:%M}</span></div>'
        for o in others(article, 4, turn=73)
    )
    most = "".join(
        f'<li><span class="num">{n}</span><a href="/{o.slug}-{o.article_id}.htm">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=79), 1)
    )
    docs = "".join(
        f'<li><a href="https://vanban.langson.gov.vn/{stable_digest(num)[:8]}.htm"><strong>{esc(num)}</strong> {esc(what)}</a><span class="date">Ngày ban hành: {day}</span></li>'
        for num, what, day in _DOCS
    )
    nav = section_menu(
        lambda k: f"/{k}.htm",
        '<li class="menu-item"><a href="{href}" title="{name}">{name}</a></li>',
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": page_url},
        "headline": article.title,
        "description": article.lead,
        "image": [_bcp_original(article, i) for i in article.images],
        "datePublished": iso_vietnam(moment),
        "dateModified": iso_vietnam(moment + timedelta(hours=1, minutes=48, seconds=3)),
        "author": {"@type": "Person", "name": "Báo Lạng Sơn"},
        "publisher": {
            "@type": "Organization",
            "name": "Báo Lạng Sơn",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/web/images/logo-lsn.png"},
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{BASE}/"},
            {"@type": "ListItem", "position": 2, "name": cat, "item": f"{BASE}/{key}.htm"},
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(article.title)}</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta name="news_keywords" content="{attr(", ".join(article.tags))}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{page_url}">
<meta property="og:image" content="{attr(_bcp_original(article, article.images[0]) if article.images else BASE + "/web/images/og-lsn.jpg")}">
<meta property="og:site_name" content="Báo Lạng Sơn">
<meta property="article:section" content="{attr(cat)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{page_url}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.baolangson.vn/{article.slug}-{article.article_id}.htm">
<script type="application/ld+json">{script_json(ld)}</script>
<script type="application/ld+json">{script_json(crumbs)}</script>
<link rel="stylesheet" href="{BASE}/web/css/main.min.css?v=20240918">
<script>var pageSettings = {{DomainAPI: "https://api.baolangson.vn", sharefbApiDomain: "https://sharefb.cnnd.vn", allowAds: true, newsId: "{article.article_id}", zoneId: "{len(key) * 37}"}};</script>
</head>
<body>
<div class="header-top"><div class="w1040"><span class="date-now">{weekday(SERVED)}, ngày {SERVED:%d/%m/%Y}</span><div class="lang"><a href="https://en.baolangson.vn">English</a> | <a href="https://cn.baolangson.vn">中文</a></div><a class="login" href="/dang-nhap.htm">Đăng nhập</a></div></div>
<header class="header"><div class="w1040"><a class="logo" href="/" title="Báo Lạng Sơn"><img src="{BASE}/web/images/quoc-huy.png" alt="Quốc huy" class="emblem"><img src="{BASE}/web/images/logo-lsn.png" alt="BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN"></a></div></header>
<nav class="menu"><div class="w1040"><ul class="menu-list"><li class="menu-item home"><a href="/" title="Trang chủ"><span class="icon-home"></span></a></li>{nav}<li class="menu-item"><a href="/multimedia.htm" title="Multimedia">Multimedia</a></li></ul></div></nav>
<div class="main"><div class="w1040">
<div class="detail-container">
<div class="detail-left">
<div class="detail-cate"><a href="/{key}.htm" title="{attr(cat)}" class="active">{esc(cat)}</a></div>
<h1 class="detail-title" data-role="title">{esc(article.title)}</h1>
<div class="detail-info"><div class="detail-time"><div data-role="publishdate">{shown}</div></div>
<div class="detail-tool"><a href="javascript:;" class="audio-play" title="Nghe đọc bài"><span class="icon-audio"></span> Nghe bài viết</a><a href="javascript:;" class="font-size" data-size="-1">A-</a><a href="javascript:;" class="font-size" data-size="1">A+</a><a href="javascript:window.print()" class="print" title="In bài viết"><span class="icon-print"></span></a></div></div>
<h2 class="detail-sapo" data-role="sapo">{esc(lead_text(article))}</h2>
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
{body}
</div>
{author}
{tags}
<div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(page_url)}" class="fb" target="_blank" rel="nofollow">Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(page_url)}" class="zalo" target="_blank" rel="nofollow">Zalo</a><a href="javascript:;" class="copy-link" data-url="{attr(page_url)}">Sao chép liên kết</a></div>
<div class="box-stream"><h3 class="box-title">Tin cùng chuyên mục</h3>{same}</div>
</div>
<aside class="detail-right">
<div class="box-gov"><h3 class="box-title">Chỉ đạo, điều hành</h3><ul>{docs}</ul></div>
<div class="box-gov"><h3 class="box-title">Văn bản mới</h3><ul><li><a href="https://vanban.langson.gov.vn/nq-12-2021.htm">Nghị quyết số 12/NQ-HĐND về kế hoạch đầu tư công trung hạn</a><span class="date">Ngày ban hành: 10/12/2021</span></li></ul></div>
<div class="box-most"><h3 class="box-title">Đọc nhiều</h3><ol>{most}</ol></div>
<div class="box-hotline"><h3 class="box-title">Đường dây nóng</h3><p>Tiếp nhận phản ánh của người dân, doanh nghiệp: <strong>0205.3812.345</strong></p><p>Lịch tiếp công dân: Thứ Năm hằng tuần</p></div>
</aside>
</div>
</div></div>
<footer class="footer"><div class="w1040"><p><strong>BÁO LẠNG SƠN</strong></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Giấy phép hoạt động báo điện tử số 50/GP-BTTTT. Tổng Biên tập: Đoàn Bích Ngọc</p><p>Tòa soạn: Số 3 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.345</p><p>© Bản quyền thuộc về Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="{BASE}/web/js/main.min.js?v=20240918"></script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("baochinhphu_like", article.article_id, url_of(article), page, record)


# --- 5. A local-history wiki on MediaWiki reposting the article Wikinews-style --------------------

_WIKI = "https://xulangwiki.vn"
_WIKI_UPLOAD = "https://static.xulangwiki.vn/images"
_WIKI_MONTHS = "tháng"


def _wiki_title(article: Article) -> str:
    """The page title as a URL path segment: spaces as underscores, percent-encoded."""
    return quote(article.title.replace(" ", "_"), safe="_(),:")


def _wiki_file(img: Image) -> str:
    """The uploaded file's name: MediaWiki capitalises the first letter."""
    name = image_file(img)
    return name[:1].upper() + name[1:]


def _wiki_thumb(img: Image, width: int = 300) -> str:
    """The thumbnail MediaWiki serves for a file at a width (`/thumb/a/ab/Name/300px-Name`)."""
    name = _wiki_file(img)
    digest = stable_digest(name)
    return f"{_WIKI_UPLOAD}/thumb/{digest[0]}/{digest[:2]}/{name}/{width}px-{name}"


def _wiki_day(moment: datetime) -> str:
    """The vi `{{date}}` rendering: `Thứ Sáu, ngày 4 tháng 2 năm 2022`."""
    return f"{weekday(moment)}, ngày {moment.day} {_WIKI_MONTHS} {moment.month} năm {moment.year}"


def mediawiki_wikinews(article: Article) -> CorpusPage:
    """ "Xứ Lạng Wiki", a local-history wiki on MediaWiki 1.41 with the Vector 2022 skin,
    reposting the paper's article the way Wikinews writes news: `RLCONF` and the ResourceLoader
    scripts, core's `og:title` with the site name and PageImages' `og:image`, the header with
    search and the user links, the `h1#firstHeading` of the page title, the namespace and view
    tabs (Bài viết, Thảo luận, Đọc, Sửa đổi, Xem lịch sử), `#siteSub`, the `mw-parser-output`
    with a repost notice `ambox` table, the `{{date}}` template's line (`Thứ Sáu, ngày 4 tháng
    2 năm 2022`, no time), the sapo in bold without the paper's marker, paragraphs ending in a
    newline before `</p>`, pictures as `mw:File/Thumb` figures (a 300px thumbnail with 1.5x/2x
    srcset on the upload host; an empty `figcaption` for an uncaptioned one), a "Nguồn" section
    with its edit-section links whose source template names the authors only, the title as a
    link, the paper and the day, the NewPP limit report comment, the category links, and the
    footer with the last-edit time and the licence. No section of the paper, no tags."""
    moment = article.published
    shown = _wiki_day(moment)
    captions = rehosted_captions(article, _wiki_thumb)
    title_path = _wiki_title(article)
    names = [author_name(clean(a)) for a in article.authors]
    revision = 20000 + article.article_id % 9000
    page_id = 1500 + article.article_id % 700

    def paragraph(text: str, number: int, count: int) -> str:
        return f"<p>{text}\n</p>"

    def image(img: Image, number: int) -> str:
        name = _wiki_file(img)
        cap = esc(img.caption) if img.caption else ""
        return (
            f'<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/T%E1%BA%ADp_tin:{quote(name)}" class="mw-file-description">'
            f'<img src="{attr(_wiki_thumb(img))}" decoding="async" width="300" height="200" class="mw-file-element" '
            f'srcset="{attr(_wiki_thumb(img, 450))} 1.5x, {attr(_wiki_thumb(img, 600))} 2x" data-file-width="1280" data-file-height="853" /></a>'
            f"<figcaption>{cap}</figcaption></figure>"
        )

    body = write_numbered_blocks(article, paragraph, image, blank="", ad="", script="")
    source = (
        f'<span class="sourceTemplate">{esc(", ".join(names)) + ". " if names else ""}'
        f'"<a rel="nofollow" class="external text" href="{attr(url_of(article))}">{esc(article.title)}</a>" — <i>Báo Lạng Sơn</i>, '
        f"ngày {moment.day} tháng {moment.month} năm {moment.year}</span>"
    )
    wiki_cats = (
        "Tin Lạng Sơn",
        "Bài đăng lại từ Báo Lạng Sơn",
        f"Tháng {moment.month} năm {moment.year}",
    )
    catlinks = "".join(
        f'<li><a href="/wiki/Th%E1%BB%83_lo%E1%BA%A1i:{quote(c.replace(" ", "_"))}" title="Thể loại:{attr(c)}">{esc(c)}</a></li>'
        for c in wiki_cats
    )
    edited = vietnam_to_utc(moment) + timedelta(days=2, hours=3, minutes=26)
    edited_local = edited + timedelta(hours=7)
    rlconf = {
        "wgBreakFrames": False,
        "wgSeparatorTransformTable": [",\t.", ".\t,"],
        "wgDigitTransformTable": ["", ""],
        "wgDefaultDateFormat": "vi normal",
        "wgMonthNames": ["", *[f"tháng {n}" for n in range(1, 13)]],
        "wgRequestId": stable_digest(f"req/{article.article_id}")[:24],
        "wgCanonicalNamespace": "",
        "wgCanonicalSpecialPageName": False,
        "wgNamespaceNumber": 0,
        "wgPageName": article.title.replace(" ", "_"),
        "wgTitle": article.title,
        "wgCurRevisionId": revision,
        "wgRevisionId": revision,
        "wgArticleId": page_id,
        "wgIsArticle": True,
        "wgIsRedirect": False,
        "wgAction": "view",
        "wgUserName": None,
        "wgUserGroups": ["*"],
        "wgCategories": list(wiki_cats),
        "wgPageContentLanguage": "vi",
        "wgPageContentModel": "wikitext",
        "wgRelevantPageName": article.title.replace(" ", "_"),
        "wgRelevantArticleId": page_id,
        "wgIsProbablyEditable": True,
        "wgRestrictionEdit": [],
        "wgRestrictionMove": [],
    }
    og_image = (
        f'<meta property="og:image" content="{attr(_WIKI_UPLOAD)}/{stable_digest(_wiki_file(article.images[0]))[0]}/{stable_digest(_wiki_file(article.images[0]))[:2]}/{attr(_wiki_file(article.images[0]))}">\n'
        if article.images
        else ""
    )
    page = f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-sticky-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-zebra-design-disabled" lang="vi" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{esc(article.title)} – Xứ Lạng Wiki</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}}());RLCONF={script_json(rlconf)};
RLSTATE={{"site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading","skins.vector.styles":"ready","mediawiki.page.gallery.styles":"ready"}};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});}}];}});}});</script>
<link rel="stylesheet" href="/load.php?lang=vi&amp;modules=mediawiki.page.gallery.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/load.php?lang=vi&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
{og_image}<meta name="viewport" content="width=1120">
<meta property="og:title" content="{attr(article.title)} – Xứ Lạng Wiki">
<meta property="og:type" content="website">
<link rel="alternate" type="application/x-wiki" title="Sửa đổi" href="/index.php?title={title_path}&amp;action=edit">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Xứ Lạng Wiki (vi)">
<link rel="EditURI" type="application/rsd+xml" href="{_WIKI}/api.php?action=rsd">
<link rel="canonical" href="{_WIKI}/wiki/{title_path}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="alternate" type="application/atom+xml" title="Nguồn cấp Atom của Xứ Lạng Wiki" href="/index.php?title=%C4%90%E1%BA%B7c_bi%E1%BB%87t:Thay_%C4%91%E1%BB%95i_g%E1%BA%A7n_%C4%91%C3%A2y&amp;feed=atom">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{attr(title_path)} rootpage-{attr(title_path)} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Bước tới nội dung</a>
<div class="vector-header-container">
	<header class="vector-header mw-header">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Trang web">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Trình đơn chính"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Trình đơn chính</span></label>
<div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Điều hướng</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Trang_Ch%C3%ADnh" title="Xem trang chính [z]" accesskey="z"><span>Trang Chính</span></a></li><li id="n-recentchanges" class="mw-list-item"><a href="/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Thay_%C4%91%E1%BB%95i_g%E1%BA%A7n_%C4%91%C3%A2y" title="Danh sách các thay đổi gần đây của wiki [r]" accesskey="r"><span>Thay đổi gần đây</span></a></li><li id="n-randompage" class="mw-list-item"><a href="/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Ng%E1%BA%ABu_nhi%C3%AAn" title="Xem trang ngẫu nhiên [x]" accesskey="x"><span>Trang ngẫu nhiên</span></a></li><li id="n-help-mediawiki" class="mw-list-item"><a href="https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Contents"><span>Trợ giúp về MediaWiki</span></a></li>
</ul></div></div>
</div>
</div>
			</nav>
<a href="/wiki/Trang_Ch%C3%ADnh" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/xulang-logo.svg" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Xứ Lạng Wiki</strong></span></a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Tìm kiếm trong Xứ Lạng Wiki" aria-label="Tìm kiếm trong Xứ Lạng Wiki" autocapitalize="sentences" title="Tìm kiếm Xứ Lạng Wiki [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Đặc biệt:Tìm kiếm"></div><button class="cdx-button cdx-search-input__end-button">Tìm kiếm</button></form></div>
<nav class="vector-user-links" aria-label="Công cụ cá nhân"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a href="/index.php?title=%C4%90%E1%BA%B7c_bi%E1%BB%87t:M%E1%BB%9F_t%C3%A0i_kho%E1%BA%A3n&amp;returnto={title_path}"><span>Mở tài khoản</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a href="/index.php?title=%C4%90%E1%BA%B7c_bi%E1%BB%87t:%C4%90%C4%83ng_nh%E1%BA%ADp&amp;returnto={title_path}" title="Bạn được khuyến khích đăng nhập"><span>Đăng nhập</span></a></li></ul></div></div></nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{esc(article.title)}</span></h1>
				</header>
				<div class="vector-page-toolbar">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation"><nav aria-label="Không gian tên"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{title_path}" title="Xem trang nội dung [c]" accesskey="c"><span>Bài viết</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Th%E1%BA%A3o_lu%E1%BA%ADn:{title_path}&amp;action=edit&amp;redlink=1" rel="discussion" title="Thảo luận về trang này (trang không tồn tại) [t]" accesskey="t"><span>Thảo luận</span></a></li></ul></div></div></nav></div>
						<div id="right-navigation" class="vector-collapsible"><nav aria-label="Xem"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{title_path}"><span>Đọc</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title={title_path}&amp;action=edit" title="Sửa đổi trang này [e]" accesskey="e"><span>Sửa đổi</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title={title_path}&amp;action=history" title="Các phiên bản cũ của trang này [h]" accesskey="h"><span>Xem lịch sử</span></a></li></ul></div></div></nav></div>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content"><div class="mw-indicators"></div>
						<div id="siteSub" class="noprint">Bách khoa thư mở về vùng đất và con người xứ Lạng</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="vi" dir="ltr"><table class="plainlinks metadata ambox ambox-notice" role="presentation"><tbody><tr><td class="mbox-image"><span typeof="mw:File"><span><img src="{_WIKI_UPLOAD}/thumb/c/c8/Info_icon.svg/40px-Info_icon.svg.png" decoding="async" width="40" height="40" class="mw-file-element"></span></span></td><td class="mbox-text"><div class="mbox-text-span">Bài viết này được <b>đăng lại</b> từ <a rel="nofollow" class="external text" href="{BASE}">Báo Lạng Sơn</a> để lưu trữ tư liệu địa phương. Nội dung được giữ nguyên như bản gốc; vui lòng không sửa đổi ngoài việc định dạng.</div></td></tr></tbody></table>
<div id="publishDate" class="published"><b>{shown}</b></div>
<p><b>{esc(article.lead)}</b>
</p>
{body}
<h2><span class="mw-headline" id="Nguồn">Nguồn</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title={title_path}&amp;action=edit&amp;section=1" title="Sửa đổi phần “Nguồn”"><span>sửa</span></a><span class="mw-editsection-bracket">]</span></span></h2>
<ul><li>{source}</li></ul>
<!--
NewPP limit report
Cached time: {edited:%Y%m%d%H%M%S}
Cache expiry: 86400
Reduced expiry: false
Complications: []
CPU time usage: 0.041 seconds
Real time usage: 0.057 seconds
Preprocessor visited node count: 212/1000000
Post‐expand include size: 2848/2097152 bytes
Template argument size: 611/2097152 bytes
Highest expansion depth: 6/100
Expensive parser function count: 0/100
Unstrip recursion depth: 0/20
Unstrip post‐expand size: 0/5000000 bytes
-->
</div>
<div class="printfooter" data-nosnippet="">Lấy từ “<a dir="ltr" href="{_WIKI}/index.php?title={title_path}&amp;oldid={revision}">{_WIKI}/index.php?title={title_path}&amp;oldid={revision}</a>”</div></div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Th%E1%BB%83_lo%E1%BA%A1i" title="Đặc biệt:Thể loại">Thể loại</a>: <ul>{catlinks}</ul></div></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
<footer id="footer" class="mw-footer">
	<ul id="footer-info">
	<li id="footer-info-lastmod"> Trang này được sửa đổi lần cuối vào ngày {edited_local.day} tháng {edited_local.month} năm {edited_local.year}, lúc {edited_local:%H:%M}.</li>
	<li id="footer-info-copyright">Nội dung được phát hành theo <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Ghi công–Chia sẻ tương tự</a> trừ khi có ghi chú khác.</li>
</ul>
	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="/wiki/Xứ_Lạng_Wiki:Quy_định_quyền_riêng_tư">Quy định quyền riêng tư</a></li>
	<li id="footer-places-about"><a href="/wiki/Xứ_Lạng_Wiki:Giới_thiệu">Giới thiệu Xứ Lạng Wiki</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/Xứ_Lạng_Wiki:Phủ_nhận_chung">Lời phủ nhận</a></li>
</ul>
	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://creativecommons.org/licenses/by-sa/4.0/"><img src="/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Ghi công–Chia sẻ tương tự" width="88" height="31" loading="lazy"></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li>
</ul>
</footer>
		</div>
	</div>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":142,"wgPageParseReport":{{"limitreport":{{"cputime":"0.041","walltime":"0.057"}},"cachereport":{{"timestamp":"{edited:%Y%m%d%H%M%S}","ttl":86400,"transientcontent":false}}}}}});}});</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published=None, captions=captions, tags=False)
    record["category"] = None
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("mediawiki_wikinews", article.article_id, url_of(article), page, record)


MARKUPS_T: dict[str, Renderer] = {
    "django_cms": django_cms,
    "hexo_next": hexo_next,
    "haravan_blog": haravan_blog,
    "baochinhphu_like": baochinhphu_like,
    "mediawiki_wikinews": mediawiki_wikinews,
}
