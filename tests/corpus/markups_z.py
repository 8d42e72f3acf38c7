# ruff: noqa: E501 (whole pages of HTML are written out as the systems write them)
"""Tuning set Z: the twenty-fifth held-out set (scored once sealed at 61.9 %), now tuned on.

Written from what the systems emit, as plausible shapes of baolangson.vn's next redesign and of
sites that repost its articles: a topic on a Lạng Sơn residents' Discourse forum whose first
post reposts the article (the crawler view Discourse serves without JavaScript: the `h1` topic
title, the forum's category badge and lower-case hyphenated tags, `DiscussionForumPosting`
microdata with the forum post's own UTC time in a `time[itemprop=datePublished]` and
`article:published_time`, the poster's one-line remark, a onebox of the paper's link with its
`og:description`, the article pasted in a `[quote]` with the sapo in bold, upload lightboxes
whose `img` is the optimized copy while the link points at the original, written inside a `<p>`
as Discourse cooks them, the caption as the italic paragraph under the picture, the credit at
the end, readers' replies, one quoting a line of the article, the related topics and the
crawler footer), the paper's public Telegram channel as t.me/s/ shows it (the channel header
and info card, a feed of other posts with link previews, the article posted as one photo
message per picture with the picture's caption as the message text and the picture only as a
CSS `background-image` on telesco.pe, then one long text message with the bold title, the
italic sapo, `<br/><br/>` paragraphs, the bold credit and the link, each message with its view
count and its `time` whose `datetime` is UTC and whose text is the UTC clock time), the paper
in a VTC News-like template (the red masthead with today's date, the section breadcrumb, `Thứ
Sáu, 04/02/2022 09:56 (GMT+07:00)`, the read-aloud player, the sapo in a bold `h2`, VTC's
`edittor-content` with `figure.expNoEdit` pictures lazy behind a placeholder with the address
in `data-src` and `figcaption.expEdit`, a `>> Xem thêm:` line inside the text, the credit at
the end in `author-make`, tags, the comment box, `NewsArticle` JSON-LD and `article:` meta to
the second), the paper in a Báo Nông nghiệp Việt Nam-like template (the masthead date and
weather, a farm-produce price board, the section link above the title, the authors' names
linked to their pages beside `Thứ Sáu 04/02/2022 , 09:56 (GMT+7)` before the sapo, no credit
line after the text, `table.picture` boxes with `td.caption` whose thumbnail links to the
original for a lightbox, an "Xem thêm" box inside the text, `Từ khóa:` links, "Tin khác" with
dates, microdata times to the second), and an Evernote web clip of the article shared publicly
(the shared-note page: Evernote's English chrome, "Shared by", the note title as the clipper
took it from the paper's `<title>` with ` - Báo Lạng Sơn điện tử` after it as the page's only
`h1`, "Created"/"Updated" times of the note and its source link, then the clip in Evernote's
own format: every line a `div`, empty `<div><br/></div>` lines between paragraphs, the section
link, the title as a large bold line, the paper's date line `Thứ Sáu, 04/02/2022 09:56 [GMT+7]`,
the bold sapo, pictures as note resources on evernote.com with the caption as the centred
italic line under each, the credit and the `Từ khóa:` line). The expected records come from
the content alone.

The field rules of the earlier held-out sets hold: `title` the article's headline (not the
clipper's note title with the site name after it), `dateline` the article's date line as
printed (with its label, if any; a bare clock time is not a date line), `published_at` as
precise as the page gives the article's own time (an ISO time with its zone in a meta, JSON-LD,
microdata or `datetime` counts to the second, even in UTC; a printed local time counts to the
minute; a date alone gives no time; none when the page gives no time of the article), `byline`
the credit as shown (without a field label, never the forum poster or the account sharing a
note; where a page shows only the authors' names, those names as shown joined by ", "),
`authors` the names in it in the usual capitalisation, `tags` only the tags the page shows, as
it shows them (a Discourse tag as it reads), `category` the paper's section the page shows
(none on the forum, whose category is the forum's own, and on Telegram, which shows none), a
caption's `image_url` the address the page serves the picture from (the `data-src` behind a
placeholder, the optimized copy or thumbnail the page shows rather than the original a lightbox
links to, the `background-image` of a Telegram photo) and its `text` the caption as printed
(none for an uncaptioned picture). The forum post's time is the repost's, not the article's:
the forum record has no date line, day or time.

The mastheads' today dates, the weather and the price board, the forum post, reply and edit
times, the poster's remark and readers' replies (even one quoting the article), the onebox,
the Telegram channel's other posts and their times and view counts, the note's "Created" and
"Updated" times, view and comment counts, the read-aloud player and the dates of other articles
are chrome.

This module stands alone (it imports nothing from the other held-out or tuning modules).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import quote

from tests.corpus.pages import (
    BASE,
    SERVED,
    CorpusPage,
    Renderer,
    attr,
    category_name,
    category_path,
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
    shown_byline,
    stable_digest,
    tag_slug,
    url_of,
    vietnam_to_utc,
    weekday,
    write_numbered_blocks,
)
from tests.site.formats import current_dateline, iso_vietnam, slugify
from tests.site.model import Article, Image

# The serving day as the mastheads print it.
_TODAY = f"{weekday(SERVED)}, {SERVED:%d/%m/%Y}"


def _iso_utc(moment: datetime) -> str:
    """A Vietnam local time as ISO UTC with `+00:00`."""
    return f"{vietnam_to_utc(moment):%Y-%m-%dT%H:%M:%S}+00:00"


# --- 1. A residents' Discourse forum topic reposting the article --------------------------------

_DC = "https://diendan.langsonxanh.vn"


def _dc_upload(img: Image, optimized: bool) -> str:
    """A Discourse upload: the original, or the `_2_690x460` optimized copy shown in posts."""
    sha = stable_digest("dc" + img.src)
    if optimized:
        return f"{_DC}/uploads/default/optimized/2X/{sha[0]}/{sha}_2_690x460.jpeg"
    return f"{_DC}/uploads/default/original/2X/{sha[0]}/{sha}.jpeg"


def _dc_tag(tag: str) -> str:
    """Discourse's `clean_tag`: lower case, whitespace runs as one hyphen, punctuation dropped."""
    return re.sub(
        r"[/?#\[\]@!$&'()*+,;=.%\\`<>|]", "", re.sub(r"-+", "-", "-".join(tag.lower().split()))
    )


def _dc_time(moment: datetime) -> str:
    """The crawler view's English post time, from UTC: `February 5, 2022,  1:15pm`."""
    hour = moment.hour % 12 or 12
    return f"{moment:%B} {moment.day}, {moment.year},  {hour}:{moment:%M}{'am' if moment.hour < 12 else 'pm'}"


def discourse_topic(article: Article) -> CorpusPage:
    """A topic on "Diễn đàn Lạng Sơn Xanh", a residents' Discourse 3.2 forum, as its crawler
    view serves it: the header logo, the topic `h1` linking to itself, the forum category
    "Tin tức địa phương" as a bullet badge in `BreadcrumbList` microdata and the topic's
    lower-case hyphenated tags; then `DiscussionForumPosting` microdata around the posts. The
    first post (by a member, a day and more after the article) opens with the poster's own
    remark and a onebox of the paper's link (site icon, thumbnail, title, `og:description`),
    then the article pasted in a `[quote]` (`aside.quote > blockquote`): the sapo in bold with
    its marker, the paragraphs, each picture an upload lightbox (`div.lightbox-wrapper` written
    inside a `<p>`, the `img` the optimized copy, the link the original, the filename and size
    in `div.meta`) with the caption as the italic paragraph under it, and the credit in bold
    at the end; a "Nguồn" line after the quote. Two replies follow (one quoting the start of a
    paragraph), with their own times and likes, then "Related topics" and the crawler footer.
    The head carries OpenGraph with the forum's own `article:published_time` (the post time,
    UTC), `og:article:section` (the forum category) and `og:article:tag`. No section of the
    paper is shown, and no date of the article."""
    moment = article.published
    posted = vietnam_to_utc(moment) + timedelta(days=1, hours=3, minutes=19)
    replied = posted + timedelta(hours=2, minutes=41)
    replied2 = posted + timedelta(days=1, hours=6, minutes=5)
    topic = 4000 + article.article_id % 997
    slug = slugify(article.title)
    topic_url = f"{_DC}/t/{slug}/{topic}"
    tags = [_dc_tag(t) for t in article.tags]
    captions = rehosted_captions(article, lambda i: _dc_upload(i, True))
    credit = shown_byline(article)

    def image(img: Image, number: int) -> str:
        sha = stable_digest("dc" + img.src)
        name = image_stem(img)
        out = (
            f'<p><div class="lightbox-wrapper"><a class="lightbox" href="{_dc_upload(img, False)}" data-download-href="/uploads/short-url/{sha[:27]}.jpeg?dl=1" title="{attr(name)}">'
            f'<img src="{_dc_upload(img, True)}" alt="{attr(name)}" data-base62-sha1="{sha[:27]}" width="690" height="460" srcset="{_dc_upload(img, True)}, {_dc_upload(img, False)} 1.5x, {_dc_upload(img, False)} 2x" data-dominant-color="6E6A5C">'
            f'<div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true"><use href="#far-image"></use></svg><span class="filename">{esc(name)}</span><span class="informations">1024×683 142 KB</span><svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true"><use href="#discourse-expand"></use></svg></div></a></div></p>'
        )
        if img.caption:
            out += f"\n<p><em>{esc(img.caption)}</em></p>"
        return out

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="",
        ad="",
        script='<div class="youtube-onebox lazy-video-container" data-video-id="lso2022tv" data-video-title="Video Báo Lạng Sơn" data-provider-name="youtube"><a href="https://www.youtube.com/watch?v=lso2022tv" target="_blank" rel="noopener" class="video-thumbnail"><img class="youtube-thumbnail" src="https://img.youtube.com/vi/lso2022tv/maxresdefault.jpg" title="Video Báo Lạng Sơn" width="690" height="388"></a></div>',
    )
    tail = f"<p><strong>{esc(credit)}</strong></p>" if credit else ""
    first = others(article, 1, turn=3101)[0]
    quoted = article.paragraphs[0].text[:70].rsplit(" ", 1)[0]
    onebox_img = f"{_DC}/uploads/default/original/2X/{stable_digest('ob' + article.slug)[0]}/{stable_digest('ob' + article.slug)}.jpeg"
    tag_links = "".join(
        f'<a href="{_DC}/tag/{attr(quote(t))}" class="discourse-tag" rel="tag">{esc(t)}</a>'
        for t in tags
    )
    tag_meta = "".join(f'<meta property="og:article:tag" content="{attr(t)}" />' for t in tags)
    related = "".join(
        f'<div class="crawler-related-topic"><span class="crawler-related-topic-link"><a href="{_DC}/t/{slugify(o.title)}/{4000 + o.article_id % 997}" class="title raw-link raw-topic-link">{esc(o.title)}</a></span><span class="crawler-related-topic-category"><span class="badge-category__wrapper "><span class="badge-category__name">Tin tức địa phương</span></span></span><span class="crawler-related-topic-replies">{o.article_id % 9}</span><span class="crawler-related-topic-views">{o.article_id % 700 + 40}</span><span class="crawler-related-topic-activity">{(vietnam_to_utc(o.published) + timedelta(days=2)):%B %-d, %Y}</span></div>'
        for o in others(article, 4, turn=3107)
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <title>{esc(article.title)} - Tin tức địa phương - Diễn đàn Lạng Sơn Xanh</title>
    <meta name="description" content="Tin vui cho các gia đình và bà con trong tỉnh, mọi người cùng đọc nhé. {attr(article.lead[:120])}">
    <meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 2b1a0f6e7c3d">
    <link rel="icon" type="image/png" href="{_DC}/uploads/default/optimized/1X/favicon_32x32.png">
    <meta name="theme-color" media="all" content="#ffffff">
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
    <link rel="canonical" href="{topic_url}" />
    <link rel="search" type="application/opensearchdescription+xml" href="{_DC}/opensearch.xml" title="Diễn đàn Lạng Sơn Xanh Search">
    <link href="{_DC}/stylesheets/color_definitions_base__2_abc123.css?__ws=diendan.langsonxanh.vn" media="all" rel="stylesheet" class="light-scheme"/>
    <link href="{_DC}/stylesheets/desktop_2b1a0f6e.css?__ws=diendan.langsonxanh.vn" media="all" rel="stylesheet" data-target="desktop"/>
    <meta property="og:site_name" content="Diễn đàn Lạng Sơn Xanh" />
    <meta property="og:type" content="website" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:image" content="{_dc_upload(article.images[0], False) if article.images else onebox_img}" />
    <meta property="og:image" content="{_dc_upload(article.images[0], False) if article.images else onebox_img}" />
    <meta property="og:url" content="{topic_url}" />
    <meta name="twitter:url" content="{topic_url}" />
    <meta property="og:title" content="{attr(article.title)}" />
    <meta name="twitter:title" content="{attr(article.title)}" />
    <meta property="og:description" content="Tin vui cho các gia đình và bà con trong tỉnh, mọi người cùng đọc nhé. {attr(article.lead[:120])}" />
    <meta property="og:article:section" content="Tin tức địa phương" />
    <meta property="og:article:section:color" content="0088CC" />
    {tag_meta}
    <meta name="twitter:label1" value="Reading time" />
    <meta name="twitter:data1" value="3 mins 🕑" />
    <meta name="twitter:label2" value="Likes" />
    <meta name="twitter:data2" value="{article.article_id % 11 + 2} ❤" />
    <meta property="article:published_time" content="{posted:%Y-%m-%dT%H:%M:%S}+00:00" />
    <meta property="og:ignore_canonical" content="true" />
  </head>
  <body class="crawler ">
    <header>
  <a href="{_DC}/">
    <img src="{_DC}/uploads/default/original/1X/logo-langsonxanh.png" alt="Diễn đàn Lạng Sơn Xanh" id="site-logo" style="max-width: 150px;">
  </a>
</header>

    <div id="main-outlet" class="wrap" role="main">
        <div id="topic-title">
    <h1>
      <a href="/t/{slug}/{topic}">{esc(article.title)}</a>
    </h1>

      <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a href="/c/tin-tuc-dia-phuong/6" class="badge-wrapper bullet" itemprop="item">
              <span class='badge-category-bg' style='background-color: #0088CC'></span>
              <span class='badge-category clear-badge'>
                <span class='category-name' itemprop='name'>Tin tức địa phương</span>
              </span>
            </a>
            <meta itemprop="position" content="1" />
          </span>
      </div>

      <div class="topic-category">
        <div class='discourse-tags list-tags'>
            {tag_links}
        </div>
      </div>
  </div>

  <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
    <meta itemprop='headline' content='{attr(article.title)}'>
    <link itemprop='url' href='{topic_url}'>
    <meta itemprop='articleSection' content='Tin tức địa phương'>
    <meta itemprop='keywords' content='{attr(", ".join(tags))}'>
    <div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
      <meta itemprop='name' content='Diễn đàn Lạng Sơn Xanh'>
        <div itemprop='logo' itemscope itemtype="http://schema.org/ImageObject">
          <meta itemprop='url' content='{_DC}/uploads/default/original/1X/logo-langsonxanh.png'>
        </div>
    </div>

      <div id='post_1'  class='topic-body crawler-post'>
        <div class='crawler-post-meta'>
          <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
            <a itemprop="url" href='{_DC}/u/tuananh_ls'><span itemprop='name'>tuananh_ls</span></a>
            (Tuấn Anh)
          </span>

          <link itemprop="mainEntityOfPage" href="{topic_url}">

          <span class="crawler-post-infos">
              <time itemprop='datePublished' datetime='{posted:%Y-%m-%dT%H:%M:%S}Z' class='post-time'>
                {_dc_time(posted)}
              </time>
              <meta itemprop='dateModified' content='{(posted + timedelta(minutes=12)):%Y-%m-%dT%H:%M:%S}Z'>
          <span itemprop='position'>1</span>
          </span>
        </div>
        <div class='post' itemprop='text'>
          <p>Tin vui cho các gia đình và bà con trong tỉnh, mọi người cùng đọc nhé <img src="{_DC}/images/emoji/twitter/+1.png?v=12" title=":+1:" class="emoji" alt=":+1:" loading="lazy" width="20" height="20"></p>
<aside class="onebox allowlistedgeneric" data-onebox-src="{attr(url_of(article))}">
  <header class="source">
      <img src="{_DC}/uploads/default/original/1X/baolangson-favicon.png" class="site-icon" width="32" height="32">
      <a href="{attr(url_of(article))}" target="_blank" rel="noopener">baolangson.vn</a>
  </header>
  <article class="onebox-body">
    <div class="aspect-image" style="--aspect-ratio:690/388;"><img src="{onebox_img}" class="thumbnail" width="690" height="388"></div>
<h3><a href="{attr(url_of(article))}" target="_blank" rel="noopener">{esc(article.title)}</a></h3>
  <p>{esc(article.lead)}</p>
  </article>
  <div class="onebox-metadata"></div>
  <div style="clear: both"></div>
</aside>

<aside class="quote no-group">
<blockquote>
<p><strong>{esc(lead_text(article))}</strong></p>
{body}
{tail}
</blockquote>
</aside>
<p>Nguồn: <a href="{attr(url_of(article))}">Báo Lạng Sơn điện tử</a></p>
        </div>

        <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
           <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
           <meta itemprop="userInteractionCount" content="{article.article_id % 11 + 2}" />
           <span class='post-likes'>{article.article_id % 11 + 2} Likes</span>
         </div>
      </div>
      <div id='post_2' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>
        <div class='crawler-post-meta'>
          <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
            <a itemprop="url" href='{_DC}/u/hoa_vanlang'><span itemprop='name'>hoa_vanlang</span></a>
            (Nông Thị Hoa)
          </span>
          <span class="crawler-post-infos">
              <time itemprop='datePublished' datetime='{replied:%Y-%m-%dT%H:%M:%S}Z' class='post-time'>
                {_dc_time(replied)}
              </time>
              <meta itemprop='dateModified' content='{replied:%Y-%m-%dT%H:%M:%S}Z'>
          <span itemprop='position'>2</span>
          </span>
        </div>
        <div class='post' itemprop='text'>
          <p>Cảm ơn bác đã chia sẻ, đọc thấy tự hào về quê mình quá.</p>
        </div>
        <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
           <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
           <meta itemprop="userInteractionCount" content="1" />
           <span class='post-likes'>1 Like</span>
         </div>
      </div>
      <div id='post_3' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>
        <div class='crawler-post-meta'>
          <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
            <a itemprop="url" href='{_DC}/u/ducminh88'><span itemprop='name'>ducminh88</span></a>
          </span>
          <span class="crawler-post-infos">
              <time itemprop='datePublished' datetime='{replied2:%Y-%m-%dT%H:%M:%S}Z' class='post-time'>
                {_dc_time(replied2)}
              </time>
              <meta itemprop='dateModified' content='{replied2:%Y-%m-%dT%H:%M:%S}Z'>
          <span itemprop='position'>3</span>
          </span>
        </div>
        <div class='post' itemprop='text'>
          <aside class="quote no-group" data-username="tuananh_ls" data-post="1" data-topic="{topic}">
<div class="title">
<div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="{_DC}/user_avatar/diendan.langsonxanh.vn/tuananh_ls/48/112_2.png" class="avatar"> tuananh_ls:</div>
<blockquote>
<p>{esc(quoted)}</p>
</blockquote>
</aside>
<p>Chỗ này mình có biết, lần trước có bài <a href="{_DC}/t/{slugify(first.title)}/{4000 + first.article_id % 997}">{esc(first.title)}</a> cũng nói rồi.</p>
        </div>
        <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
           <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
           <meta itemprop="userInteractionCount" content="0" />
         </div>
      </div>
  </div>

  <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
    <h3 id="related-topics-title" class="more-topics__list-title">
      Related topics
    </h3>
    <div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
      <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
      <div class="crawler-related-topics">{related}</div>
    </div>
  </div>

    </div>
    <footer class="container wrap">
  <nav class='crawler-nav'>
    <ul>
      <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
        <span itemprop='name'>
          <a href='/' itemprop="url">Home </a>
        </span>
      </li>
      <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
        <span itemprop='name'>
          <a href='/categories' itemprop="url">Categories </a>
        </span>
      </li>
      <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
        <span itemprop='name'>
          <a href='/guidelines' itemprop="url">Guidelines </a>
        </span>
      </li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
          <span itemprop='name'>
            <a href='/tos' itemprop="url">Terms of Service </a>
          </span>
        </li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
          <span itemprop='name'>
            <a href='/privacy' itemprop="url">Privacy Policy </a>
          </span>
        </li>
    </ul>
  </nav>
  <p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</footer>
  </body>
</html>
"""
    record = expected(article, dateline=None, published=None, captions=captions)
    record["category"] = None
    record["tags"] = tags
    return CorpusPage("discourse_topic", article.article_id, url_of(article), page, record)


# --- 2. The paper's public Telegram channel, as t.me/s/ shows it --------------------------------

_TG = "baolangsononline"


def _tg_file(key: str) -> str:
    """A telesco.pe CDN file address."""
    token = stable_digest("tg1" + key) + stable_digest("tg2" + key) + stable_digest("tg3" + key)
    return f"https://cdn4.telesco.pe/file/{token}.jpg"


def _tg_views(seed: int) -> str:
    """Telegram's rounded view count: `3.4K`."""
    count = seed % 9000 + 600
    return f"{count / 1000:.1f}K" if count >= 1000 else str(count)


def _tg_meta(post: int, moment: datetime, seed: int) -> str:
    """A message's footer: views and the UTC time linking to the message."""
    return (
        f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
        f'<span class="tgme_widget_message_views">{_tg_views(seed)}</span><span class="copyonclick" data-copy="https://t.me/{_TG}/{post}"></span>'
        f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{_TG}/{post}"><time datetime="{_iso_utc(moment)}" class="time">{vietnam_to_utc(moment):%H:%M}</time></a></span></div></div>'
    )


def _tg_message(post: int, inner: str, moment: datetime, seed: int, extra: str = "") -> str:
    """One channel message bubble."""
    return (
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message{extra}" data-post="{_TG}/{post}" data-view="{stable_digest(str(post))[:24]}">'
        f'<div class="tgme_widget_message_user"><a href="https://t.me/{_TG}"><i class="tgme_widget_message_user_photo bgcolor6" style="background-color:#D6262B" data-content="B"><img src="{_tg_file("avatar")}"></i></a></div>'
        f'<div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path></g></svg></i>'
        f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{_TG}"><span dir="auto">Báo Lạng Sơn</span></a></div>'
        f"{inner}{_tg_meta(post, moment, seed)}</div></div></div>"
    )


def _tg_teaser(post: int, other: Article, moment: datetime) -> str:
    """Another article's teaser post: title, sapo, link and its link preview."""
    link = url_of(other)
    inner = (
        f'<div class="tgme_widget_message_text js-message_text" dir="auto"><b>{esc(other.title)}</b><br/><br/>{esc(other.lead[:150])}…<br/><br/>👉 <a href="{attr(link)}" target="_blank" rel="noopener">{esc(link)}</a></div>'
        f'<a class="tgme_widget_message_link_preview" href="{attr(link)}"><i class="link_preview_right_image" style="background-image:url(\'{_tg_file("lp" + other.slug)}\')"></i>'
        f'<div class="link_preview_site_name accent_color" dir="auto">Báo Lạng Sơn</div><div class="link_preview_title" dir="auto">{esc(other.title)}</div>'
        f'<div class="link_preview_description" dir="auto">{esc(other.lead)}</div></a>'
    )
    return _tg_message(post, inner, moment, other.article_id)


def telegram_channel(article: Article) -> CorpusPage:
    """The paper's public channel "Báo Lạng Sơn" (@baolangsononline) as t.me/s/ serves it to a
    browser without the app: the header with the search box and the channel's name and
    subscriber count, the feed of messages (the avatar, the bubble with its tail, the owner
    name, the text, and the footer with the view count and a `time` whose `datetime` is UTC
    and whose text is the UTC clock), the info card on the right (photo, name, description,
    counters, "Preview channel"/"Open in Telegram"). Other articles are posted as teasers (a
    bold title, the start of the sapo, the link and a link preview). This article is posted as
    one photo message per picture (the picture only as the `background-image` of
    `a.tgme_widget_message_photo_wrap` on telesco.pe, its caption as the message text, none
    under an uncaptioned picture), then one long text message without a link preview: the bold
    title, the italic sapo with its marker, the paragraphs joined by `<br/><br/>`, the bold
    credit and the link with a pointing emoji. No section, no tags, no date line (only the
    clock time); the OpenGraph is the channel's."""
    moment = article.published
    base_post = 2000 + article.article_id % 1500
    captions = rehosted_captions(article, lambda i: _tg_file(i.src))
    before = others(article, 2, turn=3203)
    after = others(article, 5, turn=3209)[3:5]
    feed = [
        _tg_teaser(base_post - 2, before[0], moment - timedelta(hours=3, minutes=12)),
        _tg_teaser(base_post - 1, before[1], moment - timedelta(hours=1, minutes=4)),
    ]
    post = base_post
    for img in article.images:
        text = (
            f'<div class="tgme_widget_message_text js-message_text" dir="auto">{esc(img.caption)}</div>'
            if img.caption
            else ""
        )
        inner = (
            f'<a class="tgme_widget_message_photo_wrap {post} blured" href="https://t.me/{_TG}/{post}" style="width:800px;background-image:url(\'{_tg_file(img.src)}\')">'
            f'<div class="tgme_widget_message_photo" style="padding-top:66.625%"></div></a>{text}'
        )
        feed.append(_tg_message(post, inner, moment, post, " js-widget_message_photo"))
        post += 1
    parts = [f"<b>{esc(article.title)}</b>", f"<i>{esc(lead_text(article))}</i>"]
    parts += [esc(p.text) for p in article.paragraphs]
    credit = shown_byline(article)
    if credit:
        parts.append(f"<b>{esc(credit)}</b>")
    link = url_of(article)
    parts.append(
        f'👉 Chi tiết: <a href="{attr(link)}" target="_blank" rel="noopener">{esc(link)}</a>'
    )
    text = "<br/><br/>".join(parts)
    feed.append(
        _tg_message(
            post,
            f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>',
            moment,
            post * 7,
        )
    )
    post += 1
    feed.append(_tg_teaser(post, after[0], moment + timedelta(hours=2, minutes=25)))
    feed.append(_tg_teaser(post + 1, after[1], moment + timedelta(hours=5, minutes=40)))
    history = "\n".join(feed)
    page = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Báo Lạng Sơn – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="noindex, nofollow" />
    <meta property="og:title" content="Báo Lạng Sơn">
    <meta property="og:image" content="{_tg_file("avatar")}">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="Kênh thông tin chính thức của Báo Lạng Sơn - Cơ quan của Đảng bộ tỉnh Lạng Sơn. Cập nhật tin tức nhanh nhất về Lạng Sơn.">
    <meta property="twitter:title" content="Báo Lạng Sơn">
    <meta property="twitter:image" content="{_tg_file("avatar")}">
    <meta property="twitter:site" content="@Telegram">
    <meta property="al:ios:app_store_id" content="686449807">
    <meta property="al:ios:app_name" content="Telegram Messenger">
    <meta property="al:ios:url" content="tg://resolve?domain={_TG}">
    <meta property="al:android:url" content="tg://resolve?domain={_TG}">
    <meta property="al:android:app_name" content="Telegram">
    <meta property="al:android:package" content="org.telegram.messenger">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:site" content="@Telegram">
    <meta name="twitter:description" content="Kênh thông tin chính thức của Báo Lạng Sơn - Cơ quan của Đảng bộ tỉnh Lạng Sơn.">
    <link rel="icon" type="image/svg+xml" href="//telegram.org/img/website_icon.svg?4">
    <link rel="apple-touch-icon" sizes="180x180" href="//telegram.org/img/apple-touch-icon.png">
    <link rel="canonical" href="https://t.me/s/{_TG}/{base_post}"/>
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
    <link href="//telegram.org/css/telegram-web.css?40" rel="stylesheet" media="screen">
    <script>TBaseUrl='/';</script>
  </head>
  <body class="widget_frame_base tgme_webpreview emoji_image no_transitions">
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_search">
        <form class="tgme_header_search_form" action="" method="get">
          <input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" autocomplete="off" value="">
          <i class="tgme_icon_search"></i><i class="tgme_header_search_form_clear close"></i>
        </form>
      </div>
      <div class="tgme_header_info">
        <a class="tgme_header_link" href="https://t.me/{_TG}"><i class="tgme_page_photo_image bgcolor0" data-content="B"><img src="{_tg_file("avatar")}"></i><div class="tgme_header_title">Báo Lạng Sơn</div><div class="tgme_header_counter">12.4K subscribers</div></a>
      </div>
      <div class="tgme_header_right_column">
        <a class="tgme_header_right_btn" href="https://t.me/{_TG}">Open in Telegram</a>
      </div>
    </header>
    <main class="tgme_main">
      <div class="tgme_container">
        <section class="tgme_right_column">
          <div class="tgme_channel_info">
            <div class="tgme_channel_info_header">
              <i class="tgme_page_photo_image bgcolor0" data-content="B"><img src="{_tg_file("avatar")}"></i>
              <div class="tgme_channel_info_header_title"><span dir="auto">Báo Lạng Sơn</span></div>
              <div class="tgme_channel_info_header_username"><a href="https://t.me/{_TG}">@{_TG}</a></div>
            </div>
            <div class="tgme_channel_info_description">Kênh thông tin chính thức của Báo Lạng Sơn - Cơ quan của Đảng bộ tỉnh Lạng Sơn.<br/>Website: <a href="https://baolangson.vn/" target="_blank" rel="noopener">baolangson.vn</a><br/>Đường dây nóng: 0205.3812.262</div>
            <div class="tgme_channel_info_counters">
              <div class="tgme_channel_info_counter"><span class="counter_value">12.4K</span> <span class="counter_type">subscribers</span></div>
              <div class="tgme_channel_info_counter"><span class="counter_value">3.1K</span> <span class="counter_type">photos</span></div>
              <div class="tgme_channel_info_counter"><span class="counter_value">214</span> <span class="counter_type">videos</span></div>
              <div class="tgme_channel_info_counter"><span class="counter_value">5.8K</span> <span class="counter_type">links</span></div>
            </div>
            <div class="tgme_channel_download_telegram">
              <div class="tgme_channel_download_telegram_bubble"><a href="https://t.me/{_TG}" class="tgme_action_button_new shine">Preview channel</a></div>
              <a class="tgme_channel_download_telegram_link" href="https://telegram.org/dl?tme=s_{_TG}">Download Telegram</a>
            </div>
          </div>
        </section>
        <section class="tgme_channel_history js-message_history">
{history}
        </section>
      </div>
    </main>
    <script src="//telegram.org/js/tgwallpaper.min.js?3"></script>
    <script src="//telegram.org/js/widget-frame.js?66"></script>
    <script src="//telegram.org/js/telegram-web.js?14"></script>
    <script>TWidgetPost.init();</script>
  </body>
</html>
"""
    record = expected(article, dateline=None, published="seconds", captions=captions)
    record["category"] = None
    record["tags"] = []
    return CorpusPage("telegram_channel", article.article_id, url_of(article), page, record)


# --- 3. The paper in a VTC News-like template -----------------------------------------------------

_VTC_CDN = "https://cdn-i.baolangson.vn"
_VTC_BLANK = "https://baolangson.vn/images/no-image-lazy.png"


def _vtc_image(article: Article, img: Image) -> str:
    """The CDN's resized copy under the publication day's folder."""
    return f"{_VTC_CDN}/resize/th/upload/{article.published:%Y/%m/%d}/{image_file(img)}"


def vtc_style(article: Article) -> CorpusPage:
    """baolangson.vn in a template after VTC News: the red top bar with today's date and the
    hotline, the menu, the breadcrumb of the section, the `h1` title, `Thứ Sáu, 04/02/2022
    09:56 (GMT+07:00)` in `span.time-update` with the share icons, the read-aloud player
    ("Nghe bài viết" with its duration), the sapo (with its marker) in a bold `h2`, the body
    in VTC's `div.edittor-content` (`figure.expNoEdit` pictures lazy behind a placeholder,
    the real address in `data-src`, `figcaption.expEdit` holding a `<p>`, an uncaptioned
    picture with the title as `alt`; a bold `>> Xem thêm:` line linking another article after
    the second paragraph; the video player), the credit right-aligned in bold in
    `p.author-make`, the "Tags" links, the rating bar, the comment box with its login prompt,
    "Tin liên quan" and "Đọc nhiều" with times. `NewsArticle` JSON-LD to the second with a
    `Person` author per name and a `BreadcrumbList`, `article:published_time` and a
    `pubdate` meta."""
    moment = article.published
    shown = f"{weekday(moment)}, {dmy(moment)} {moment:%H:%M} (GMT+07:00)"
    captions = rehosted_captions(article, lambda i: _vtc_image(article, i))
    cat = category_name(article)
    cat_href = category_path(article).lower()
    seemore = others(article, 1, turn=3301)[0]

    def image(img: Image, number: int) -> str:
        src = attr(_vtc_image(article, img))
        alt = attr(img.caption or article.title)
        cap = (
            f'<figcaption class="expEdit"><p>{esc(img.caption)}</p></figcaption>'
            if img.caption
            else ""
        )
        return f'<figure class="expNoEdit"><img class="lazy" src="{_VTC_BLANK}" data-src="{src}" alt="{alt}" title="{alt}" width="1200" height="800" />{cap}</figure>'

    def after(n: int, count: int) -> str:
        if n != 2 or count < 3:
            return ""
        return f'<p><strong>&gt;&gt; Xem thêm: <a href="{BASE}{attr(seemore.path)}" title="{attr(seemore.title)}">{esc(seemore.title)}</a></strong></p>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<p style="text-align: justify;">{text}</p>',
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="ads-inpage" id="vtc-inpage-ads"><div id="div-gpt-ad-inpage"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inpage");});</script></div></div>',
        script='<div class="expNoEdit video-box"><div class="vtc-player" data-vid="lso2022tv" data-autoplay="false"></div><script src="/js/vtcplayer.min.js"></script></div>',
        after=after,
    )
    credit = shown_byline(article)
    author = (
        f'<p class="author-make" style="text-align: right;"><strong>{esc(credit)}</strong></p>'
        if credit
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="tags-detail"><span class="tags-label">Tags:</span><ul>'
            + "".join(
                f'<li><a href="{BASE}/tag/{tag_slug(t)}.html" title="{attr(t)}">{esc(t)}</a></li>'
                for t in article.tags
            )
            + "</ul></div>"
        )
    related = "".join(
        f'<li><a href="{BASE}{attr(o.path)}"><img src="{_VTC_CDN}/resize/ttt/upload/thumb/{o.article_id}.jpg" alt="{attr(o.title)}"></a><h3><a href="{BASE}{attr(o.path)}">{esc(o.title)}</a></h3><span class="time">{o.published:%H:%M} {dmy(o.published)}</span></li>'
        for o in others(article, 4, turn=3307)
    )
    popular = "".join(
        f'<li><span class="num">{n}</span><a href="{BASE}{attr(o.path)}">{esc(o.title)}</a></li>'
        for n, o in enumerate(others(article, 5, turn=3311), 1)
    )
    nav = "".join(
        f'<li><a href="{c.path.lower()}" title="{attr(c.name)}">{esc(c.name)}</a></li>'
        for c in content().categories
    )
    persons = [{"@type": "Person", "name": name} for name in article.authors] or [
        {"@type": "Organization", "name": "Báo Lạng Sơn"}
    ]
    data = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(article)},
            "headline": article.title,
            "description": article.lead,
            "image": [_vtc_image(article, i) for i in article.images]
            or [f"{_VTC_CDN}/images/logo-share.png"],
            "datePublished": iso_vietnam(moment),
            "dateModified": iso_vietnam(moment + timedelta(minutes=47)),
            "author": persons,
            "publisher": {
                "@type": "Organization",
                "name": "Báo Lạng Sơn",
                "logo": {"@type": "ImageObject", "url": f"{BASE}/images/logo.png"},
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": BASE + "/"},
                {"@type": "ListItem", "position": 2, "name": cat, "item": BASE + cat_href},
            ],
        },
    ]
    listen = (len(article.lead) + sum(len(p.text) for p in article.paragraphs)) // 14
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(article.title)} | Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}" />
<meta name="keywords" content="{attr(",".join(article.tags))}" />
<meta name="news_keywords" content="{attr(",".join(article.tags))}" />
<meta name="pubdate" content="{iso_vietnam(moment)}" />
<link rel="canonical" href="{url_of(article)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url_of(article)}" />
<meta property="og:title" content="{attr(article.title)}" />
<meta property="og:description" content="{attr(article.lead)}" />
<meta property="og:image" content="{_vtc_image(article, article.images[0]) if article.images else _VTC_CDN + "/images/logo-share.png"}" />
<meta property="og:site_name" content="Báo Lạng Sơn" />
<meta property="article:published_time" content="{iso_vietnam(moment)}" />
<meta property="article:section" content="{attr(cat)}" />
<meta property="fb:app_id" content="1431846640440718" />
<link rel="stylesheet" href="/css/style.min.css?v=20220118" />
<script type="application/ld+json">{script_json(data[0])}</script>
<script type="application/ld+json">{script_json(data[1])}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">{_TODAY}</span><span class="hotline">Đường dây nóng: <b>0205.3812.262</b></span><a href="/rss" class="rss">RSS</a><a href="/dang-nhap" class="login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="Báo Lạng Sơn"></a><div class="banner-top"><a href="/quang-cao/click/9"><img src="{_VTC_CDN}/upload/ads/banner-top-970x90.jpg" alt="Quảng cáo"></a></div></div></header>
<nav class="main-menu"><div class="container"><ul><li class="home"><a href="/" title="Trang chủ"><i class="icon-home"></i></a></li><li><a href="/video" title="Video">Video</a></li>{nav}</ul></div></nav>
<div class="container detail-page">
<div class="col-left">
<ul class="breadcrumb"><li><a href="/" title="Trang chủ">Trang chủ</a></li><li><a href="{cat_href}" title="{attr(cat)}">{esc(cat)}</a></li></ul>
<article class="news-detail">
<h1 class="font28 bold lh-1-3">{esc(article.title)}</h1>
<div class="flex-wrap mb15"><span class="time-update mr10 align-super">{esc(shown)}</span><div class="share-top"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" class="fb" rel="nofollow">Chia sẻ</a><a href="https://zalo.me/share?url={attr(url_of(article))}" class="zalo" rel="nofollow">Zalo</a><a href="javascript:void(0)" class="copy-link" data-url="{attr(url_of(article))}">Sao chép link</a></div></div>
<div class="audio-player"><span class="audio-label">Nghe bài viết</span><audio controls preload="none" src="{_VTC_CDN}/audio/{article.article_id}.mp3"></audio><span class="duration">0{listen // 60}:{listen % 60:02d}</span><select class="voice"><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Bắc</option></select></div>
<h2 class="font18 bold inline-nb">{esc(lead_text(article))}</h2>
<div class="edittor-content box-cont mt15 clearfix" itemprop="articleBody">
{body}
</div>
{author}
{tags}
<div class="rating-bar"><span>Bạn thấy bài viết thế nào?</span><a class="like" href="javascript:void(0)">Hay</a><a class="dislike" href="javascript:void(0)">Chưa hay</a></div>
</article>
<section class="comment-box" id="comment"><h3>Bình luận</h3><div class="comment-login">Vui lòng <a href="/dang-nhap">đăng nhập</a> để bình luận.</div><textarea placeholder="Nhập bình luận của bạn..."></textarea><button type="button">Gửi bình luận</button><p class="note">Bình luận sẽ được kiểm duyệt trước khi đăng.</p></section>
<section class="related-news"><h3 class="title-box">Tin liên quan</h3><ul>{related}</ul></section>
</div>
<aside class="col-right"><section class="most-read"><h3 class="title-box">Đọc nhiều</h3><ol>{popular}</ol></section><div class="ads-right"><a href="/quang-cao/click/11"><img src="{_VTC_CDN}/upload/ads/right-300x600.jpg" alt="Quảng cáo"></a></div></aside>
</div>
<footer class="footer"><div class="container"><p><b>BÁO LẠNG SƠN ĐIỆN TỬ</b></p><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn. Tổng Biên tập: Nguyễn Văn A.</p><p>Giấy phép số 70/GP-BTTTT ngày 23/02/2021. Địa chỉ: Số 2 đường Hùng Vương, thành phố Lạng Sơn.</p><p>© Bản quyền thuộc về Báo Lạng Sơn. Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="/js/jquery.min.js"></script><script src="/js/lazyload.min.js"></script><script>new LazyLoad({{elements_selector:".lazy"}});</script>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    return CorpusPage("vtc_style", article.article_id, url_of(article), page, record)


# --- 4. The paper in a Báo Nông nghiệp Việt Nam-like template -------------------------------------

_NN_IMG = "https://images.baolangson.vn"


def _nn_image(article: Article, img: Image, thumb: bool) -> str:
    """The image host's address: the `w800` thumbnail shown, or the original."""
    folder = stable_digest(article.slug)[:10]
    path = (
        f"Uploaded/{article.published:%Y}/{folder}/{article.published:%Y_%m_%d}/{image_file(img)}"
    )
    return f"{_NN_IMG}/w800/{path}" if thumb else f"{_NN_IMG}/{path}"


def _nn_author_href(name: str) -> str:
    """An author's page."""
    return f"/tac-gia/{slugify(name)}.html"


def nongnghiep_style(article: Article) -> CorpusPage:
    """baolangson.vn in a template after Báo Nông nghiệp Việt Nam (nongnghiep.vn): the
    masthead with today's date and the weather, the menu, a farm-produce price board ("Giá
    nông sản hôm nay" with prices and the day), the section as a link above the title, the
    `h1.main-title`, an author bar with each author's name linked to the author page (no role)
    and `Thứ Sáu 04/02/2022 , 09:56 (GMT+7)` with its stray space before the comma, the share
    buttons, the sapo (with its marker) in `div.main-intro`, the body (`table.picture` boxes,
    the `w800` thumbnail in `td.pic` inside a lightbox link to the original, the caption in
    `td.caption`; an "Xem thêm" box with two other articles after the second paragraph), no
    credit line after the text, `Từ khóa:` links, "Tin khác" with dates and the footer. The
    time is given to the second in `NewsArticle` microdata (`datePublished` with +07:00) and
    in `article:published_time`."""
    moment = article.published
    shown = f"{weekday(moment)} {dmy(moment)} , {moment:%H:%M} (GMT+7)"
    captions = rehosted_captions(article, lambda i: _nn_image(article, i, True))
    cat = category_name(article)
    cat_href = category_path(article).lower() + "/"
    names = list(article.authors)
    see = others(article, 2, turn=3401)

    def image(img: Image, number: int) -> str:
        thumb = attr(_nn_image(article, img, True))
        full = attr(_nn_image(article, img, False))
        rows = f'<tr><td class="pic"><a href="{full}" data-fancybox="gallery" class="photo"><img src="{thumb}" alt="{attr(img.caption or "")}" width="800" /></a></td></tr>'
        if img.caption:
            rows += f'<tr><td class="caption"><p>{esc(img.caption)}</p></td></tr>'
        return f'<table class="picture" align="center"><tbody>{rows}</tbody></table>'

    def after(n: int, count: int) -> str:
        if n != 2:
            return ""
        items = "".join(
            f'<li><a href="{attr(o.path)}" title="{attr(o.title)}">{esc(o.title)}</a></li>'
            for o in see
        )
        return f'<div class="article-relate"><p class="title-relate">Xem thêm</p><ul>{items}</ul></div>'

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f"<p>{text}</p>",
        image,
        blank="<p>&nbsp;</p>",
        ad='<div class="banner-center" data-zone="detail-in-content"><a href="/qc/click/31" rel="nofollow"><img src="/images/qc/phan-bon-lam-thao-640x120.jpg" alt=""></a></div>',
        script='<div class="video-embed"><iframe src="https://www.youtube.com/embed/lso2022tv" width="640" height="360" allowfullscreen></iframe></div>',
        after=after,
    )
    author_bar = ", ".join(
        f'<span class="author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="{_nn_author_href(n)}" title="{attr(n)}" itemprop="url"><span itemprop="name">{esc(n)}</span></a></span>'
        for n in names
    )
    tags = ""
    if article.tags:
        tags = (
            '<div class="tag-detail"><span class="label-tag">Từ khóa:</span>'
            + "".join(
                f'<a href="/tag/{tag_slug(t)}.html" class="item-tag">{esc(t)}</a>'
                for t in article.tags
            )
            + "</div>"
        )
    news = "".join(
        f'<li><a href="{attr(o.path)}" class="thumb"><img src="{_NN_IMG}/w300/thumb/{o.article_id}.jpg" alt="{attr(o.title)}"></a><h3><a href="{attr(o.path)}">{esc(o.title)}</a></h3><span class="time-news">{dmy(o.published)}</span></li>'
        for o in others(article, 5, turn=3407)
    )
    nav = "".join(
        f'<li><a href="{c.path.lower()}/">{esc(c.name)}</a></li>' for c in content().categories
    )
    day = SERVED.strftime("%d/%m")
    prices = "".join(
        f"<tr><td>{name}</td><td>{price}</td><td>{day}</td></tr>"
        for name, price in (
            ("Lúa tẻ thường", "7.200 đ/kg"),
            ("Na Chi Lăng loại 1", "45.000 đ/kg"),
            ("Hồi khô", "82.000 đ/kg"),
            ("Lợn hơi", "54.000 đ/kg"),
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(article.title)} - Báo Lạng Sơn</title>
<meta name="description" content="{attr(article.lead)}">
<meta name="keywords" content="{attr(", ".join(article.tags))}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(article.lead)}">
<meta property="og:url" content="{url_of(article)}">
<meta property="og:image" content="{_nn_image(article, article.images[0], False) if article.images else BASE + "/images/og-logo.jpg"}">
<meta property="article:published_time" content="{iso_vietnam(moment)}">
<meta property="article:section" content="{attr(cat)}">
<link rel="canonical" href="{url_of(article)}">
<link rel="amphtml" href="{BASE}/amp{article.path}">
<link rel="stylesheet" href="/static/css/main.css?v=3.2.7">
</head>
<body class="page-detail">
<div class="header-top"><div class="container"><span class="date-now">{_TODAY}</span><span class="weather">Lạng Sơn <b>18°C</b> Nhiều mây</span><span class="hotline">Hotline: 0205.3812.262</span></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/static/images/logo.png" alt="Báo Lạng Sơn"></a><form class="search-form" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div></header>
<nav class="nav-main"><div class="container"><ul><li class="home"><a href="/">Trang chủ</a></li>{nav}</ul></div></nav>
<div class="price-board"><div class="container"><h4>Giá nông sản hôm nay</h4><table><thead><tr><th>Mặt hàng</th><th>Giá</th><th>Ngày</th></tr></thead><tbody>{prices}</tbody></table></div></div>
<main class="main-detail" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{url_of(article)}">
<meta itemprop="datePublished" content="{iso_vietnam(moment)}">
<meta itemprop="dateModified" content="{iso_vietnam(moment + timedelta(hours=1, minutes=3))}">
<div class="container">
<div class="detail-left">
<div class="breadcrumb-detail"><a href="{cat_href}" class="cate-active">{esc(cat)}</a></div>
<h1 class="main-title main-title-super" itemprop="headline">{esc(article.title)}</h1>
<div class="author-share-top">
<div class="author-bar">{author_bar}<span class="time-detail">{esc(shown)}</span></div>
<div class="share-top"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url_of(article))}" class="share-fb">Facebook</a><a href="https://sp.zalo.me/share_inline?u={attr(url_of(article))}" class="share-zalo">Zalo</a><a href="javascript:window.print()" class="share-print">In</a></div>
</div>
<div class="main-intro detail-intro" itemprop="description">{esc(lead_text(article))}</div>
<div class="content" id="content" itemprop="articleBody">
{body}
</div>
{tags}
<section class="news-other"><h3 class="title-cate">Tin khác</h3><ul>{news}</ul></section>
</div>
<aside class="detail-right"><div class="box-most"><h3>Xem nhiều</h3><ol>{"".join(f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>' for o in others(article, 5, turn=3413))}</ol></div></aside>
</div>
</main>
<footer class="footer"><div class="container"><p>© Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn</p><p>Tổng Biên tập: Nguyễn Văn A. Giấy phép số 70/GP-BTTTT ngày 23/02/2021.</p><p>Toà soạn: Số 2 đường Hùng Vương, thành phố Lạng Sơn. Điện thoại: 0205.3812.262</p></div></footer>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="seconds", captions=captions)
    record["byline"] = ", ".join(names) if names else None
    return CorpusPage("nongnghiep_style", article.article_id, url_of(article), page, record)


# --- 5. An Evernote web clip of the article, shared publicly ------------------------------------

_EN = "https://www.evernote.com/shard/s612"


def _en_note(article: Article) -> tuple[str, str]:
    """The shared note's guid and share key."""
    d = stable_digest("note" + article.slug)
    return f"{d[:8]}-{d[8:12]}-{d[12:16]}-{d[16:20]}-{d[20:32]}", stable_digest("key" + d)


def _en_res(article: Article, img: Image) -> str:
    """A note resource as the shared note serves it."""
    guid, key = _en_note(article)
    r = stable_digest("res" + img.src)
    return f"{_EN}/sh/{guid}/{key}/res/{r[:8]}-{r[8:12]}-{r[12:16]}-{r[16:20]}-{r[20:32]}/{image_file(img)}"


def _en_time(moment: datetime) -> str:
    """Evernote's English note time: `Feb 7, 2022 8:14 PM`."""
    hour = moment.hour % 12 or 12
    return f"{moment:%b} {moment.day}, {moment.year} {hour}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def evernote_clip(article: Article) -> CorpusPage:
    """A note clipped from the paper with Evernote Web Clipper ("Simplified article") and
    shared publicly by a reader: the shared-note page with Evernote's English chrome (logo,
    "Sign up for free", "Log in", "Shared by" with the sharer's name, "Save to Evernote"),
    the note title the clipper took from the paper's `<title>` (`… - Báo Lạng Sơn điện tử`)
    as the page's only `h1`, the note's "Created" and "Updated" times and its source link;
    then the clip in Evernote's own format inside `en-note` (a `div` carrying the
    `--en-clipped-content` and `--en-clipped-source-url` styles): every line a `div`, empty
    `<div><br/></div>` lines between paragraphs, the section link, the title as a large bold
    `span`, the paper's date line `Thứ Sáu, 04/02/2022 09:56 [GMT+7]` in grey, the bold sapo
    with its marker, each picture a note resource on evernote.com (with `data-hash`) centred
    with the caption as the centred italic line under it, the credit right-aligned in bold and
    the `Từ khóa:` line; the page footer. `og:title` is the note title; no JSON-LD."""
    moment = article.published
    shown = current_dateline(moment)
    guid, key = _en_note(article)
    note_url = f"{_EN}/sh/{guid}/{key}"
    note_title = f"{article.title} - Báo Lạng Sơn điện tử"
    created = moment + timedelta(days=2, hours=10, minutes=18)
    updated = created + timedelta(minutes=3)
    captions = rehosted_captions(article, lambda i: _en_res(article, i))
    cat = category_name(article)
    gap = "<div><br/></div>"

    def image(img: Image, number: int) -> str:
        src = attr(_en_res(article, img))
        out = f'<div style="text-align:center;"><img src="{src}" data-hash="{stable_digest(img.src)}" type="image/jpeg" data-filename="{attr(image_file(img))}" style="--en-naturalWidth:1024; --en-naturalHeight:683;" width="640px"/></div>'
        if img.caption:
            out += f'\n<div style="text-align:center;"><i><span style="color:rgb(102, 102, 102);font-size:13px;">{esc(img.caption)}</span></i></div>'
        return out + "\n" + gap

    body = write_numbered_blocks(
        article,
        lambda text, n, c: f'<div><span style="font-size:16px;">{text}</span></div>\n{gap}',
        image,
        blank="",
        ad="",
        script="",
    )
    credit = shown_byline(article)
    tail = (
        f'<div style="text-align:right;"><b><span style="font-size:16px;">{esc(credit)}</span></b></div>\n{gap}'
        if credit
        else ""
    )
    tags = ""
    if article.tags:
        tags = (
            '<div><span style="font-size:13px;">Từ khóa: '
            + ", ".join(
                f'<a href="{BASE}/tag/{tag_slug(t)}" rev="en_rl_none">{esc(t)}</a>'
                for t in article.tags
            )
            + "</span></div>"
        )
    clip_style = (
        f"--en-clipped-content:article; --en-clipped-source-url:{url_of(article)}; "
        f"--en-clipped-source-title:{note_title};"
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(note_title)}</title>
<meta name="robots" content="noindex, nofollow">
<meta property="og:site_name" content="Evernote">
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(note_title)}">
<meta property="og:description" content="{attr((cat + " " + article.title + " " + shown + " " + lead_text(article))[:200])}">
<meta property="og:url" content="{note_url}">
<meta property="og:image" content="{_en_res(article, article.images[0]) if article.images else "https://www.evernote.com/redesign/global/img/evernote-share.png"}">
<meta name="twitter:card" content="summary">
<meta name="twitter:site" content="@evernote">
<link rel="icon" href="https://www.evernote.com/favicon.ico">
<link rel="stylesheet" href="https://www.evernote.com/redesign/global/css/shared-note.css?v=10.54">
<script src="https://www.evernote.com/redesign/global/js/shared-note.js?v=10.54" defer></script>
</head>
<body class="shared-note-page">
<div id="header" class="header"><a class="logo" href="https://evernote.com/"><img src="https://www.evernote.com/redesign/global/img/evernote-logo.svg" alt="Evernote"></a><div class="header-buttons"><a class="btn btn-primary" href="https://www.evernote.com/Registration.action">Sign up for free</a><a class="btn btn-link" href="https://www.evernote.com/Login.action">Log in</a></div></div>
<div id="container" class="container">
<div class="note-header">
<div class="shared-by"><img class="avatar" src="{_EN}/user/48213377/photo?size=40" alt=""><span>Shared by <b>Lục Thị Hạnh</b></span></div>
<h1 class="note-title">{esc(note_title)}</h1>
<div class="note-attributes"><span class="note-attr created">Created: {_en_time(created)}</span><span class="note-attr updated">Updated: {_en_time(updated)}</span><span class="note-attr source">Source: <a href="{attr(url_of(article))}" target="_blank" rel="noopener">baolangson.vn</a></span></div>
<div class="note-actions"><a class="btn btn-green" href="https://www.evernote.com/Login.action?targetUrl=%2Fshard%2Fs612%2Fsh%2F{guid}%2F{key}%26save%3Dtrue">Save to Evernote</a><a class="btn" href="javascript:window.print()">Print</a></div>
</div>
<div class="note-content">
<en-note class="peso" style="white-space: pre-wrap; word-wrap: break-word; -webkit-nbsp-mode: space;">
<div style="{attr(clip_style)}">
<div><span style="font-size:13px;"><a href="{BASE}{category_path(article)}" rev="en_rl_none">{esc(cat)}</a></span></div>
<div><span style="font-size:26px;"><b>{esc(article.title)}</b></span></div>
<div><span style="color:rgb(136, 136, 136);font-size:13px;">{esc(shown)}</span></div>
{gap}
<div><b><span style="font-size:16px;">{esc(lead_text(article))}</span></b></div>
{gap}
{body}
{tail}
{tags}
</div>
</en-note>
</div>
</div>
<div id="footer" class="footer"><p>© 2026 Evernote Corporation. All rights reserved.</p><p><a href="https://evernote.com/legal/terms-of-service">Terms of Service</a> · <a href="https://evernote.com/privacy">Privacy Policy</a> · <a href="https://evernote.com/legal/report">Report this note</a></p></div>
</body>
</html>
"""
    record = expected(article, dateline=shown, published="minutes", captions=captions)
    return CorpusPage("evernote_clip", article.article_id, url_of(article), page, record)


MARKUPS_Z: dict[str, Renderer] = {
    "discourse_topic": discourse_topic,
    "telegram_channel": telegram_channel,
    "vtc_style": vtc_style,
    "nongnghiep_style": nongnghiep_style,
    "evernote_clip": evernote_clip,
}
