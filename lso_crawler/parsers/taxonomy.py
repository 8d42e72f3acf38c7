"""The general reader's category and tags: declared sections and keywords, breadcrumbs,
labelled fields, section links, kickers, tag links and chips."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from lso_crawler.parsers.block_parser import BlockArticleParser
from lso_crawler.parsers.bylines import is_call_to_action, looks_like_byline
from lso_crawler.parsers.chrome import in_chrome
from lso_crawler.parsers.datelines import date_row, dateline_element, opening_kicker
from lso_crawler.parsers.document import absolute_url, element_text, is_inside, original_url
from lso_crawler.parsers.landmarks import (
    SITE_WORDS,
    after_text,
    article_region,
    between_heading_and_text,
    comparable,
    has_block_child,
    is_labelled,
    labelled_box,
    links_to,
    metadata,
    page_links,
    precedes,
    site_names,
)
from lso_crawler.parsers.properties import property_value
from lso_crawler.parsers.site_facts import HOME_CRUMBS
from lso_crawler.text import normalize

if TYPE_CHECKING:
    from lso_crawler.parsers.block_parser import Page


# "/tag/hoa-dao", "/tags-hoa-dao", "/tu-khoa=…", and a tag as a path parameter ("/tin-tuc/tag:hoa
# đào", as flat-file CMSes address their taxonomy filters).
_TAG_HREF = re.compile(
    r"/(?:(?:hash)?tags?|tu-?khoa|chu-?de|keywords?)(?:/|[-=:]|$)", re.IGNORECASE
)
# Chips: short alike items in one box after the text.
_CHIP_TAGS = frozenset({"a", "span", "li", "em", "b", "strong", "small", "label"})
_CHIP_MAX_ITEMS = 20
_CHIP_MAX_CHARS = 50
_CHIP_MAX_WORDS = 7
_CHIP_LIST_REACH = 4
_TAG_WORD = re.compile(r"(?<![a-z])(?:tags?|keywords?|tu-?khoa)(?![a-z])", re.IGNORECASE)
# Labels a CMS prints before a field's value ("Từ khóa:", "Tác giả:").
# "Từ khóa:", "Tags:", "Thẻ:", also "Từ khóa liên quan:", "Chủ đề của bài:".
_TAG_LABEL = re.compile(
    r"(?:tags?|từ\s*kh[oó]a|thẻ|chủ\s*đề|keywords?)"
    r"(?:\s+(?:liên\s*quan|của\s*bài(?:\s*viết)?|bài\s*viết))?\s*:?\s*",
    re.IGNORECASE,
)
# A tag page addressed by its query ("/search?tag=hoa-dao", "/tim-kiem?tu-khoa=…").
_TAG_QUERY = re.compile(r"(?:^|&)(?:tags?|hashtag|keywords?|tu-?khoa)=[^&]", re.IGNORECASE)
_TAG_TEXT_MAX_CHARS = 300
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
# A back link may name where it leads ("Quay lại blog", "Trở về danh sách", "Back to news"):
# a way back to a list, never the section the article is filed under.
_NAVIGATION = re.compile(
    r"(?:←\s*)?(?:(?:quay\s*lại|trở\s*(?:về|lại)|back(?:\s+to)?|go\s*back)(?:\s+[^\s→]+){0,3}"
    r"|(?:về\s*)?trang\s*(?:chủ|trước|nhất)|home|previous|xem\s*tiếp|tiếp\s*theo|next)(?:\s*→)?",
    re.IGNORECASE,
)


_CATEGORY_LABEL = re.compile(
    r"(?:chuyên\s*mục|danh\s*mục|thể\s*loại|category|section)\b[^:]{0,30}:\s*(\S.{0,40})$",
    re.IGNORECASE,
)


# The section label alone: over its list of sections ("<h4>Chuyên mục:</h4><ul>…"), or in
# an element of its own before the value ("<strong>Chuyên mục</strong> Chính trị").
_SECTION_LABEL = re.compile(
    r"(?:chuyên\s*mục|danh\s*mục|thể\s*loại|categor(?:y|ies)|sections?)\s*:?\s*", re.IGNORECASE
)
_CATEGORY_HREF = re.compile(r"/(?:categor(?:y|ies)|chuyen-muc|danh-muc)/[^/]+", re.IGNORECASE)
_LABELLED_CATEGORY_MAX_CHARS = 80
_CATEGORY_MAX_WORDS = 5
_KICKER_CONTAINER_LEVELS = 3
_TRAIL_TAGS = frozenset({"ol", "ul", "nav", "div", "p", "span"})
_CATEGORY_ARROWS = re.compile(r"^[\s‹›«»<>←→⟨⟩]+|[\s‹›«»<>←→⟨⟩]+$")
_HOME_PAGES = ("default.aspx", "index.html", "index.php", "home")
_CRUMB_SEPARATORS = re.compile(r"^[\s>/»›|→:\-–]*[>/»›→][\s>/»›|→:\-–]*$")


# The label a trail opens with ("Bạn đang ở:", "Vị trí:", "You are here:").
_HERE_LABEL = re.compile(
    r"\s*(?:bạn\s*đang\s*ở|vị\s*trí(?:\s*hiện\s*tại)?|you\s*are\s*here)\s*:", re.IGNORECASE
)


def _declares_breadcrumb(node: HtmlElement) -> bool:
    label = f"{node.get('aria-label') or ''} {node.get('itemtype') or ''}".lower()
    return "breadcrumb" in label or "đường dẫn" in label


def _says_breadcrumb(
    container: HtmlElement, text: str, texts: list[str], links: list[HtmlElement]
) -> bool:
    """Tell whether a link list declares itself a trail (or holds all its links in an
    element that does) or separates its links like one."""
    for node in (container, *container.iterancestors()):
        if _declares_breadcrumb(node):
            return True
        if node.tag in ("body", "html"):
            break
    for node in links[0].iterancestors():
        if node is container:
            break
        if _declares_breadcrumb(node):
            # A list whose one item is the declared trail (a menu bar's `li` marked as
            # schema.org `BreadcrumbList`): a trail, when that item holds every link.
            return all(is_inside(link, node) for link in links[1:])
    if _HERE_LABEL.match(text):
        return True  # "Bạn đang ở: Trang chủ › Thời sự", a trail's own label
    # The text between the links (the crumbs' own text removed) is only separators.
    rest = text
    for crumb in texts:
        rest = rest.replace(crumb, " ", 1)
    pieces = [piece for piece in re.split(r"\s{2,}|\s(?=\S)", rest) if piece.strip()]
    return bool(pieces) and all(_CRUMB_SEPARATORS.match(piece) for piece in pieces)


def _has_nested_lists(element: HtmlElement) -> bool:
    return element.find(".//ul//ul") is not None or element.find(".//ol//ol") is not None


def _list_items(element: HtmlElement, *, links: bool = True) -> tuple[str, ...]:
    """Return the texts of a box made only of alike short leaf items (links allowed or not)."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children or normalize(element.text) or len(children) > _CHIP_MAX_ITEMS:
        return ()
    kinds = {(child.tag, child.get("class")) for child in children}
    if len(kinds) != 1 or children[0].tag not in _CHIP_TAGS:
        return ()
    texts: list[str] = []
    for child in children:
        text = element_text(child)
        if (
            normalize(child.tail)
            or len(child)
            or not text
            or len(text) > _CHIP_MAX_CHARS
            or len(text.split()) > _CHIP_MAX_WORDS
            or not any(char.isalpha() for char in text)
            or (not links and child.get("href"))
        ):
            return ()
        texts.append(text.lstrip("#").strip())
    return tuple(dict.fromkeys(texts))


def category(page: Page) -> str | None:
    """Return the declared section, else a rel=category link, else the first breadcrumb
    after home, else the menu name of the URL's first folder."""
    found = _category(page)
    page.data["category"] = found
    return found


def _category(page: Page) -> str | None:
    data = metadata(page)
    # A declared section spelt as a folder slug ("posts") names the kind of page, not
    # its section: a section the page names wins over it. So does a declared news root
    # ("Tin tức"), the site's own name, or a toolbar word.
    # A section declared as a path ("Tin tức > Thời sự") files under the path's section.
    declared = _section_of_path(data.section) if data.section else None
    if declared and _is_news_root(declared):
        # ["Tin tức", "Thời sự"]: a declared list filing under the news root first.
        declared = next((name for name in data.sections if not _is_news_root(name)), declared)
    weak = None
    if declared and (
        _SLUG.fullmatch(declared) or _is_news_root(declared) or not _can_be_section(page, declared)
    ):
        weak, declared = declared, None
    # A declared trail often ends with the article itself: its headline is no section.
    own = {
        comparable(data.headline),
        comparable(data.title),
        comparable(element_text(page.heading)),
    }
    crumbs = _past_news_root(
        [
            n
            for n in data.breadcrumb
            if n.casefold() not in HOME_CRUMBS
            and comparable(n) not in own
            and _can_be_section(page, n)
        ]
    )
    if declared:
        # A declared subsection ("Xây dựng Đảng") that the declared trail files under a
        # section: the category is the top-level section.
        trails = [crumbs]
        if _linked_after_another(page, declared):
            trails.extend(names for names, marked in _crumb_trails(page) if marked)
        for trail in trails:
            folded = [comparable(name) for name in trail]
            if comparable(declared) in folded[1:]:
                page.notes["category_from"] = "trail-over-subsection"
                return trail[0]
        return declared
    if crumbs:
        return crumbs[0]
    slug = weak if weak and _SLUG.fullmatch(weak) else None
    for find in (
        _property_section,
        _rel_category,
        _labelled_category,
        _link_after_section_label,
        _category_folder_link,
        _filed_in_link,
        _breadcrumb_category,
        _kicker,
        _menu_link_near_heading,
        _section_in_date_row,
        lambda _page: _slug_section(_page, slug),
        _current_menu_section,
        # A trail reaching only the news root: the only filing the page shows, before a
        # folder of its address.
        _root_crumb,
        _folder_category,
    ):
        found = find(page)
        found = _CATEGORY_ARROWS.sub("", found) if found else None
        found = _section_of_path(found) if found else None
        if found and _can_be_section(page, found):
            return found
    return weak if weak and not _SLUG.fullmatch(weak) and _can_be_section(page, weak) else None


# "Tin tức >> Chính trị", "Trang chủ » Du lịch": a view path printed as one text.
_PATH_SEPARATOR = re.compile(r"\s+(?:>>?|»|›|→|/|\\)\s+")


def _section_of_path(text: str) -> str | None:
    """Return the section a view path printed as one text files under: its first step
    past home and the news root; any other text as it is."""
    steps = [step.strip() for step in _PATH_SEPARATOR.split(text) if step.strip()]
    if len(steps) < 2:
        return text
    steps = [step for step in steps if step.casefold() not in HOME_CRUMBS]
    steps = _past_news_root(steps)
    return steps[0] if steps else None


# Words of a toolbar or an account menu, never a section: help, log in, register, search,
# contact, print, report an error, a language switch, the site map, RSS; an ad's label.
_NOT_SECTION = re.compile(
    r"(?:help|trợ\s*giúp|log\s*[io]n|log\s*out|sign\s*(?:in|up|out)|register|đăng\s*(?:nhập|ký|kí|xuất)"
    r"|close|đóng|search|tìm\s*kiếm|contact|liên\s*hệ|print|in\s*bài|báo\s*lỗi|góp\s*ý"
    r"|english|tiếng\s*việt|sitemap|sơ\s*đồ\s*(?:site|trang(?:\s*web)?)|rss|menu|chia\s*sẻ|share"
    # An advertisement's label, or a box of other articles: "Tin mới nhất", "Đọc nhiều".
    r"|quảng\s*cáo|advertisement|ads?|tài\s*trợ|sponsored"
    r"|(?:tin\s*)?(?:mới\s*nhất|mới|nổi\s*bật|nóng|liên\s*quan|cùng\s*chuyên\s*mục|khác)"
    r"|(?:tin\s*)?(?:đọc|xem)\s*nhiều(?:\s*nhất)?|bài\s*viết\s*(?:khác|liên\s*quan|mới))",
    re.IGNORECASE,
)


def _can_be_section(page: Page, name: str) -> bool:
    """Tell whether a name can be the article's section: never a back or home link, a call
    to open the app, a toolbar or account word, the site's own name, or the declared
    author's (the poster's profile link over a post files nothing)."""
    return not (
        _NAVIGATION.fullmatch(name)
        or is_call_to_action(name)
        or _NOT_SECTION.fullmatch(name.strip())
        or name.casefold() in HOME_CRUMBS
        or _names_the_site(page, name)
        or _titles_the_page(page, name)
        or comparable(name) in {comparable(author) for author in metadata(page).authors}
    )


def _names_the_site(page: Page, name: str) -> bool:
    """Tell whether a name is the site's own: as declared or on its home link, or without
    "Báo" unless the page links that name to one of the site's other pages."""
    key = comparable(name)
    names = _site_names(page)
    if key not in names:
        return False
    # The subject a paper is named for ("Văn hóa" of "Báo Văn hóa") is one of its sections
    # too when the page links it to a section page; the paper's name links home.
    named_for = any(SITE_WORDS.sub("", other).strip() == key != other for other in names)
    return not (named_for and _links_off_home(page, name))


_SITE_NAME_LINKS_SCANNED = 100


def _links_off_home(page: Page, name: str) -> bool:
    """Tell whether one of the page's first links shows the name and leads to a page of the
    site other than its home."""
    for count, link in enumerate(page_links(page)):
        if count >= _SITE_NAME_LINKS_SCANNED:
            break
        if element_text(link) != name or not _on_own_site(link.get("href"), page.url):
            continue
        path = _own_path(link.get("href"), page.url)
        if path not in ("", "/") and path.lower().rsplit("/", 1)[-1] not in _HOME_PAGES:
            return True
    return False


def _titles_the_page(page: Page, name: str) -> bool:
    # A page titled with one name (og:title) that shows another headline is a channel's or
    # site's page titled with its own name, which files nothing.
    declared = comparable(metadata(page).title)
    return (
        declared == comparable(name)
        and page.heading is not None
        and comparable(element_text(page.heading)) != declared
    )


def _site_names(page: Page) -> set[str]:
    cached = page.data.get("site_names")
    if not isinstance(cached, set):
        cached = site_names(page)
        page.data["site_names"] = cached
    return cached


_LINKS_NAMED = XPath("preceding::a[normalize-space(.) = $name]")
_NAMED_LINKS = 3
_TRAIL_LEVELS = 3


def _linked_after_another(page: Page, name: str) -> bool:
    """Tell (cheaply) whether one of the page's first links shows this name after another
    section's link in the same short list: only then can a shown trail file it under a
    section."""
    if page.heading is None:
        return False
    # A trail precedes the headline: the links after it (a huge list at the foot) are not read.
    for link in _LINKS_NAMED(page.heading, name=normalize(name))[:_NAMED_LINKS]:
        box = link
        for _ in range(_TRAIL_LEVELS):
            parent = box.getparent()
            if parent is None:
                break
            box = parent
            links = box.findall(".//a")
            if len(links) >= 2:
                before = links[: links.index(link)] if link in links else []
                return any(
                    comparable(other.text_content()) not in HOME_CRUMBS
                    and comparable(other.text_content())
                    for other in before
                )
    return False


def _is_news_root(name: str) -> bool:
    return " ".join(name.casefold().split()) in _NEWS_ROOTS


def _property_section(page: Page) -> str | None:
    # The section row of the article's properties table ("Chuyên mục | Chính trị").
    value = property_value(page, "section")
    return value if value and len(value.split()) <= _CATEGORY_MAX_WORDS else None


def _labelled_category(page: Page) -> str | None:
    # "Chuyên mục: Chính trị", "Chuyên mục trong nguồn tin: Chính trị": a short line under
    # the headline or after the text that labels the section.
    for element in (*between_heading_and_text(page), *after_text(page)):
        text = element_text(element)
        if len(text) > _LABELLED_CATEGORY_MAX_CHARS:
            continue
        match = _CATEGORY_LABEL.match(text)
        # A colon in the value is the next field's label ("Kinh tế Từ khóa: …"): the box
        # holds more fields than the section; its own line comes next.
        if match and len(match[1].split()) <= _CATEGORY_MAX_WORDS and ":" not in match[1]:
            return match[1]
        # "<strong>Chuyên mục</strong> Chính trị": set in an element of its own, the
        # label needs no colon.
        match = _SECTION_LABEL.match(text)
        if match and _label_set_apart(element, _SECTION_LABEL):
            value = text[match.end() :].strip()
            if value and len(value.split()) <= _CATEGORY_MAX_WORDS:
                return value
    return None


# Links looked at for a section label before them (bounded work on a page of links).
_SECTION_LINKS_SCANNED = 2_000


def _link_after_section_label(page: Page) -> str | None:
    # "<span>Chuyên mục: </span><a>Du lịch</a>" in a longer footer row: the label in an
    # element of its own (often hidden from sight, for screen readers), the link right after.
    for seen, link in enumerate(page_links(page)):
        if seen >= _SECTION_LINKS_SCANNED:
            break
        label = _label_before(link)
        if (
            label is not None
            and isinstance(label.tag, str)
            and not normalize(label.tail)
            and _SECTION_LABEL.fullmatch(_ORNAMENT.sub("", element_text(label)))
            and ":" in element_text(label)
            and not in_chrome(link)
        ):
            name = element_text(link)
            return name if 0 < len(name.split()) <= _CATEGORY_MAX_WORDS else None
    return None


# "• " before a label: a separator set in an element of its own.
_ORNAMENT = re.compile(r"^[^\w:]+")


def _label_before(link: HtmlElement) -> HtmlElement | None:
    """The element right before a link, or before the list item holding only the link
    ("<li>Chuyên mục:</li><li><a>Thời sự</a></li>"), when it holds no more than an ornament
    besides its text."""
    holder = link
    parent = link.getparent()
    if (
        link.getprevious() is None
        and parent is not None
        and parent.tag == "li"
        and not normalize(parent.text)
        and element_text(parent) == element_text(link)
    ):
        holder = parent
    label = holder.getprevious()
    if label is None or not isinstance(label.tag, str):
        return None
    if any(_ORNAMENT.sub("", element_text(child)) for child in label):
        return None  # the label's own text, not a child's, names the field
    return label


def _category_folder_link(page: Page) -> str | None:
    # A link into the site's categories folder ("/categories/chinh-tri/") outside the
    # page chrome: the section the article is filed under.
    for link in page_links(page):
        path = urlsplit(link.get("href") or "").path
        if (
            _CATEGORY_HREF.search(path)
            and not in_chrome(link)
            and _on_own_site(link.get("href"), page.url)
        ):
            text = element_text(link)
            if text and len(text.split()) <= _CATEGORY_MAX_WORDS and not _in_section_menu(link):
                return text
    return None


# "trong", "thuộc", "in", "Posted in", "Filed under": the word before the section an entry
# is filed in ("4 tháng 2, 2022 · trong <a>Thời sự</a>").
_FILED_IN = re.compile(
    r"(?:^|\s)(?:(?:đăng\s+)?trong|thuộc(?:\s+mục)?|(?:posted\s+|filed\s+)?in|filed\s+under)\s*:?\s*$",
    re.IGNORECASE,
)


_FILED_IN_CHARS = 30


def _filed_in_link(page: Page) -> str | None:
    # A link into the site's categories folder after the word that files the entry there,
    # even in a sidebar's post panel (page chrome for every other link): the wording says it.
    for seen, link in enumerate(page_links(page)):
        if seen >= _SECTION_LINKS_SCANNED:
            break
        if not _CATEGORY_HREF.search(urlsplit(link.get("href") or "").path):
            continue
        previous = link.getprevious()
        parent = link.getparent()
        before = (
            previous.tail if previous is not None else parent.text if parent is not None else ""
        )
        text = element_text(link)
        if (
            _FILED_IN.search((before or "")[-_FILED_IN_CHARS:])
            and _on_own_site(link.get("href"), page.url)
            and 0 < len(text.split()) <= _CATEGORY_MAX_WORDS
        ):
            return text
    return None


_MENU_SECTIONS = 3


def _in_section_menu(link: HtmlElement) -> bool:
    """Tell whether a section link is one item of a list of sections (a menu or its
    sub-menu), which names every section, not the article's."""
    for ancestor in link.iterancestors():
        if ancestor.tag in ("ul", "ol", "menu", "select"):
            hrefs = [
                urlsplit(a.get("href") or "").path
                for a in ancestor.iter("a")
                if a is not link and a.get("href")
            ]
            return sum(1 for path in hrefs if _CATEGORY_HREF.search(path)) >= _MENU_SECTIONS - 1
        if ancestor.tag in ("body", "html", "article", "main"):
            break
    return False


def _kicker(page: Page) -> str | None:
    # The section's name set as a kicker: a short line right before the headline, or a
    # sub-heading in the headline's own header group (a link or plain text, never a
    # date, a name or a sentence).
    heading = page.heading
    if heading is None:
        return None
    candidates: list[HtmlElement] = []
    holder = heading  # climb out of wrappers holding nothing but the headline (table cells)
    title = element_text(heading)
    for _ in range(3):
        above = holder.getparent()
        if holder.getprevious() is not None or above is None:
            break
        if above.tag in ("body", "html") or element_text(above) != title:
            break
        holder = above
    previous = _shown_before(holder)
    # The heading opening its article container (`<article><h1>`, a title box first in
    # its column): the line right before that container is the kicker's place too (a
    # one-crumb trail, "Chính trị", over the article).
    opened = holder
    for _ in range(_KICKER_CONTAINER_LEVELS):
        if previous is not None:
            break
        above = opened.getparent()
        if above is None or above.tag in ("body", "html") or _first_shown(above) is not opened:
            break
        opened = above
        previous = _shown_before(opened)
    if previous is not None and isinstance(previous.tag, str) and not in_chrome(previous):
        candidates.append(previous)
    opening = opening_kicker(page)
    if opening is not None:
        candidates.append(opening)
    parent = heading.getparent()
    if parent is not None and parent.tag in ("header", "hgroup"):
        candidates.extend(
            s for s in heading.itersiblings() if s.tag in ("h2", "h3", "h4", "h5", "h6")
        )
    for element in candidates:
        text = _CATEGORY_ARROWS.sub("", element_text(element))
        links = element.findall(".//a")
        if len(links) == 2 and _subsection_of(page, links[1], links[0]):
            links = links[:1]  # the section's and its subsection's tabs: the section's
        if len(links) == 1 and element_text(links[0]):
            # The section's link with a badge beside it ("eMagazine", "Video"): the
            # link names the section.
            text = _CATEGORY_ARROWS.sub("", element_text(links[0]))
        text = _section_of_path(text) or ""  # a view path's section: its own length counts
        if (
            2 <= len(text) <= 40
            and len(text.split()) <= 5
            and len(links) <= 1
            and not any(ch.isdigit() for ch in text)
            and not re.search(r"[.:!?,;]$|:", text)
            and not looks_like_byline(text)
            and element.find(".//img") is None
        ):
            page.notes["category_from"] = "kicker"
            return text
    return None


def _subsection_of(page: Page, link: HtmlElement, section: HtmlElement) -> bool:
    """Tell whether a link leads into a folder under the other link's folder on the site
    ("/tin-tuc/32/xay-dung-dang/" under "/tin-tuc/32/"): a subsection of that section."""
    parent = _own_path(section.get("href"), page.url).rstrip("/")
    child = _own_path(link.get("href"), page.url).rstrip("/")
    return (
        bool(parent)
        and child.startswith(parent + "/")
        and _on_own_site(section.get("href"), page.url)
        and _on_own_site(link.get("href"), page.url)
    )


def _shown_before(element: HtmlElement) -> HtmlElement | None:
    previous = element.getprevious()
    while previous is not None and not (isinstance(previous.tag, str) and element_text(previous)):
        previous = previous.getprevious()
    return previous


def _first_shown(element: HtmlElement) -> HtmlElement | None:
    for child in element:
        if isinstance(child.tag, str) and element_text(child):
            return child
    return None


def _breadcrumb_category(page: Page) -> str | None:
    # A trail that says it is one (aria-label, schema.org BreadcrumbList, separators
    # such as ">" "/" "»" between its links) wins over a short unlabelled link list
    # before the heading, and a menu bar (role=menu/menubar, nav chrome) is never one.
    trails = _crumb_trails(page)
    marked = [names for names, evidence in trails if evidence]
    plain = [names for names, evidence in trails if not evidence]
    for names in (*marked, *plain):
        # A trail reaching only the portal's news root ("Trang chủ › Tin tức – Sự kiện")
        # files the article under no section: other evidence may name it.
        if names and len(names) == 1 and _is_news_root(names[0]):
            page.data.setdefault("root_crumb", names[0])
            break  # the trail itself was found: a less certain one after it is no trail
        if names:
            return names[0]
    return None


# More links than a trail to the root holds (home, the root, the article itself).
_MENU_ENTRIES = 4


def _root_crumb(page: Page) -> str | None:
    # A news root the site's menu lists among its entries ("Sản phẩm", "Giới thiệu", "Tin
    # tức", "Liên hệ": a shop's or a company's blog) holds every post of the site: the
    # trail reaching only it names the kind of page, not a section (as its folder does).
    root = page.data.get("root_crumb")
    if not isinstance(root, str):
        return None
    for count, link in enumerate(page_links(page)):
        if count >= _MENU_LINKS_SCANNED:
            break
        if element_text(link) != root:
            continue
        menu = next(link.iterancestors("ul", "ol", "nav", "menu"), None)
        if menu is not None and len(menu.findall(".//a")) >= _MENU_ENTRIES:
            return None
    return root


def _crumb_trails(page: Page) -> list[tuple[list[str], bool]]:
    cached = page.data.get("crumb_trails")
    if isinstance(cached, list):
        return cached
    stop = page.heading
    found: list[tuple[list[str], bool]] = []
    page.data["crumb_trails"] = found
    # Document order: what starts before the heading either holds it or precedes it.
    holders = set(stop.iterancestors()) if stop is not None else set()
    for container in page.doc.iter():
        if container is stop:
            break
        if container.tag not in _TRAIL_TAGS or container in holders:
            continue  # holds the heading: the crumbs are further in
        links = container.findall(".//a")
        if not 2 <= len(links) <= 6 or _has_nested_lists(container):
            continue
        first = _own_path(links[0].get("href"), page.url)
        texts = [element_text(link) for link in links]
        home = (
            first in ("", "/")
            or first.lower().rsplit("/", 1)[-1] in _HOME_PAGES
            or texts[0].casefold() in HOME_CRUMBS
            or (not texts[0] and first.rstrip("/").count("/") <= 2)  # a house icon
        )
        if not home or any(len(text) > 40 for text in texts):
            continue
        text = element_text(container)
        title = element_text(stop) if stop is not None else ""
        if title and text.endswith(title):
            text = text[: -len(title)]  # crumbs often end with the article's own title
        evidence = _says_breadcrumb(container, text, texts, links)
        if not evidence and sum(len(t) for t in texts) < 0.6 * len(text):
            continue
        if not evidence and (
            len(links) >= 4  # an unmarked list of sections is a menu bar
            or (container.get("role") or "").lower() in ("menu", "menubar")
            or any((a.get("role") or "").lower() == "menuitem" for a in links)
            or in_chrome(container)
        ):
            continue
        names = [
            t
            for t in texts[1:]
            if t and t.casefold() not in HOME_CRUMBS and not is_call_to_action(t)
        ]
        found.append((_past_news_root(names), evidence))
        if evidence:
            break
    return found


def _rel_category(page: Page) -> str | None:
    # WordPress themes mark the post's category links rel="category tag".
    for link in page_links(page):
        if "category" in (link.get("rel") or "").split() and not in_chrome(link):
            text = element_text(link)
            if text:
                return text
    return None


def _menu_link_near_heading(page: Page) -> str | None:
    # A lone link just above the heading, in the article's own region, to a section the
    # site's menu also links to (the category label many CMSes show over the title).
    region = article_region(page)
    if region is None or page.heading is None:
        return None
    for link in region.iter("a"):
        if link is page.heading or is_inside(link, page.heading):
            break
        if not precedes(link, page.heading):
            break
        if _is_tag_link(link):
            continue  # a tag over the headline is no section
        found = _is_menu_section(page, link)
        if found:
            return found
    return None


def _is_menu_section(page: Page, link: HtmlElement) -> str | None:
    """The link's text when it leads to a top-level folder the site's menu also links to."""
    path = _own_path(link.get("href"), page.url).rstrip("/")
    text = element_text(link)
    if (
        path.count("/") == 1
        and 0 < len(text) <= 40
        and text.casefold() not in HOME_CRUMBS
        and len(links_to(page, path, 2)) >= 2
    ):
        return text
    return None


def _section_in_date_row(page: Page) -> str | None:
    # "Chính trị | Thứ Sáu, 04/02/2022 09:56": the section's link printed in the date row
    # under the headline, to a folder the menu also links to; the row's only link.
    row, dated = date_row(page), dateline_element(page)
    if row is None and dated is not None:
        row = _meta_row_in_text(page, dated)
    if row is None or dated is None:
        return None
    links = row.findall(".//a")
    if len(links) == 1:
        found = _is_menu_section(page, links[0])
        if found is None and _classed_as_section(links[0]):
            # The row's one link, classed as the category, to a section the menu omits.
            found = _short_section_name(element_text(links[0]))
        return found
    if links:
        return None
    # "31/12/2015 · Chính trị": the section printed as plain text in the date row, in an
    # item whose class says it is the category (the word many systems mark it with), or
    # as a badge whose name the site's navigation lists (a section's menu entry or group).
    for item in row.iterdescendants():
        if not isinstance(item.tag, str) or is_inside(dated, item) or is_inside(item, dated):
            continue
        text = _short_section_name(element_text(item))
        if text and (_classed_as_section(item) or comparable(text) in _navigation_names(page)):
            page.notes["category_from"] = "date-row"
            return text
    return None


def _meta_row_in_text(page: Page, dated: HtmlElement) -> HtmlElement | None:
    """The short box the date line shares with other items (a post-meta row under the
    headline) when the text block holds the headline too; None if the date stands alone."""
    row = dated.getparent()
    if row is None or row is page.block or len(element_text(row)) > _META_ROW_MAX_CHARS:
        return None
    return row if any(isinstance(child.tag, str) for child in row if child is not dated) else None


_META_ROW_MAX_CHARS = 150
_NAVIGATION_ENTRIES = XPath(
    "/html/body/descendant::nav/descendant::*"
    "[self::a or self::li or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
)
_NAVIGATION_ENTRIES_READ = 400


def _navigation_names(page: Page) -> set[str]:
    """The names the page's navigation lists (menu links, sidebar group headings)."""
    if "navigation_names" not in page.data:
        entries = _NAVIGATION_ENTRIES(page.doc)[:_NAVIGATION_ENTRIES_READ]
        page.data["navigation_names"] = {comparable(element_text(e)) for e in entries} - {""}
    names = page.data["navigation_names"]
    return names if isinstance(names, set) else set()


def _classed_as_section(element: HtmlElement) -> bool:
    return any(_SECTION_CLASS.search(token) for token in (element.get("class") or "").split())


def _short_section_name(text: str) -> str | None:
    text = _CATEGORY_ARROWS.sub("", text)
    if (
        text
        and len(text) <= 40
        and len(text.split()) <= _CATEGORY_MAX_WORDS
        and not any(ch.isdigit() for ch in text)
    ):
        return text
    return None


_SECTION_CLASS = re.compile(
    r"(?:^|[-_])(?:categor(?:y|ies)|cat|section|chuyen-?muc|danh-?muc)(?:$|[-_])", re.IGNORECASE
)


_CURRENT_STATES = frozenset({"page", "true", "location"})
_CURRENT_TOKENS = frozenset({"active", "current", "selected"})
_MENU_LINKS_SCANNED = 300


def _current_menu_section(page: Page) -> str | None:
    # The menu marks the section being read (`aria-current`, or the item's plain state
    # word "active"/"current"): one marked section link in a list of three or more,
    # never home or the portal's news root.
    marked: list[HtmlElement] = []
    for count, link in enumerate(page_links(page)):
        if count >= _MENU_LINKS_SCANNED:
            break
        item = link.getparent()
        states = set((link.get("class") or "").split())
        if item is not None and item.tag == "li":
            states |= set((item.get("class") or "").split())
        if (link.get("aria-current") or "").strip().lower() in _CURRENT_STATES or (
            states & _CURRENT_TOKENS
        ):
            marked.append(link)
    names = []
    for link in marked:
        text = element_text(link)
        listed = next((a for a in link.iterancestors("ul", "ol", "nav", "menu")), None)
        if (
            not text
            or len(text.split()) > _CATEGORY_MAX_WORDS
            or _is_news_root(text)
            or _own_path(link.get("href"), page.url).strip("/") == ""
            or not _on_own_site(link.get("href"), page.url)
            or _is_page_itself(page, link.get("href"))
            or listed is None
            or len(listed.findall(".//a")) < _MENU_SECTIONS
        ):
            continue
        names.append(text)
    distinct = list(dict.fromkeys(names))
    if len(distinct) == 1:
        page.notes["category_from"] = "menu-current"
        return distinct[0]
    return None


def _is_page_itself(page: Page, href: str | None) -> bool:
    """Tell whether a link leads to the page itself (a wiki's "Read" tab marked as the view
    being shown): its path is the page's own or the one the page declares."""
    own = {page.url, *(str(url) for url in _CANONICAL(page.doc)[:1]), page.meta.get("og:url")}
    path = unquote(_own_path(href, page.url)).rstrip("/")
    return bool(path) and any(unquote(urlsplit(url).path).rstrip("/") == path for url in own if url)


def _slug_section(page: Page, slug: str | None) -> str | None:
    # A section declared as its folder slug ("chinh-tri"): the name the site's own link to
    # that folder shows, else the slug itself.
    if not slug:
        return None
    for link in links_to(page, "/" + slug, 1):
        name = element_text(link)
        if name and len(name) <= 40:
            return name
    return slug


def _own_path(href: str | None, page_url: str) -> str:
    """The path of a link's address on the site itself (a replay's wrapper taken off)."""
    return urlsplit(original_url(absolute_url(href, page_url)) or "").path


def _on_own_site(href: str | None, page_url: str) -> bool:
    """Tell whether a link leads to a page of the article's own site (not a toolbar's help
    page, a login page or another service)."""
    target = urlsplit(original_url(absolute_url(href, page_url)) or "")
    own = urlsplit(original_url(page_url) or "")
    if target.scheme not in ("http", "https", ""):
        return False
    return _bare_host(target.hostname) == _bare_host(own.hostname)


def _bare_host(host: str | None) -> str:
    return (host or "").removeprefix("www.").removeprefix("m.")


_CANONICAL = XPath("/html/head/link[@href][contains(concat(' ', @rel, ' '), ' canonical ')]/@href")
_FOLDERS_TRIED = 3


def _folder_category(page: Page) -> str | None:
    # The folder the article's address lives in, as the site's own links name it: the
    # address it was fetched from, then the one it declares (canonical, og:url), whose
    # folders may differ (a flat fetched address, a blog's "/blog/thoi-su-10/…"). The
    # outermost folder a link names wins: the top-level section. A folder the menu names
    # as the news root ("Tin tức") holds every post of the site: like the menu's current
    # entry, it names the kind of page, not a section (a section folder inside it may).
    addresses = [page.url, *(str(href) for href in _CANONICAL(page.doc)[:1])]
    addresses.append(page.meta.get("og:url") or "")
    seen: set[str] = set()
    for address in addresses:
        path = urlsplit(original_url(address) or "").path
        segments = [segment for segment in path.split("/") if segment]
        for end in range(1, min(len(segments), _FOLDERS_TRIED + 1)):
            folder = "/" + "/".join(segments[:end])
            if folder in seen:
                continue
            seen.add(folder)
            for link in links_to(page, folder, 50):
                name = element_text(link)
                if name and len(name.split()) <= _CATEGORY_MAX_WORDS and not _is_news_root(name):
                    return name
    return None


def tags(page: Page) -> tuple[str, ...]:
    """Return the tags the page shows under a label, else the declared tags but the
    category, else the texts of tag links (`/tag/…`, `rel=tag`)."""
    data = metadata(page)
    labelled = _labelled_tag_links(page)
    if labelled:
        # What the reader sees wins over keyword meta (which often adds the section and
        # splits a tag holding a comma).
        page.notes["tags_from"] = "labelled-links"
        return labelled
    if data.tags:
        shown = _shown_list(page, data.tags)
        if shown:
            # The same keywords shown as links or chips: a comma inside one is kept.
            page.notes["tags_from"] = "shown-list"
            return shown
    if data.tags:
        # Systems that file the section as the primary tag declare it first, spelled as
        # the section; shown as the category, it is not one of the article's tags.
        declared = tuple(data.tags)
        if declared[0] == page.data.get("category"):
            page.notes["tags_from"] = "declared-but-primary"
            declared = declared[1:]
        # The paper's own name, or the place it is named after, is the keyword a system
        # puts on every page (the default when an article has none): not the article's.
        own = site_names(page)
        kept = tuple(tag for tag in declared if comparable(tag) not in own)
        if len(kept) < len(declared):
            page.notes["tags_site_wide"] = len(declared) - len(kept)
        return kept
    chips = _chip_list(page)
    if chips:
        page.notes["tags_from"] = "chips"
        return chips
    box = tag_chips_before_text(page)
    if box is not None:
        page.notes["tags_from"] = "chips-before-text"
        return _list_items(box, links=False)
    hashtags = _hashtag_links_before_text(page)
    if hashtags:
        page.notes["tags_from"] = "hashtag-links"
        return hashtags
    own_navs: dict[HtmlElement, bool] = {}
    links = [
        link
        for link in page_links(page)
        if _is_tag_link(link) and (not in_chrome(link) or _in_tag_nav(page, link, own_navs))
    ]
    # A term list that files the article in the section taxonomy (links into /category/,
    # /chuyen-muc/…) holds the section and subsection, even when marked rel=tag. (A tag
    # may share the section's name, so the name alone proves nothing.)
    links = [
        link
        for link in links
        if not _CATEGORY_HREF.search(urlsplit(link.get("href", "")).path or "")
    ]
    links = [link for link in links if not _in_site_tag_cloud(link)]
    # A term list under its "Chuyên mục:" label files the section, even when marked rel=tag.
    links = [link for link in links if not _under_section_label(link)]
    region = article_region(page)
    in_region = [link for link in links if region is not None and is_inside(link, region)]
    if in_region and len(in_region) < len(links):
        # The article's own tags sit in its region; a tag cloud beside it is the site's.
        page.notes["tags_from"] = "region-links"
        links = in_region
    return BlockArticleParser.link_texts(links)


def _in_tag_nav(page: Page, link: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """Tell whether a link lies in a `<nav>` of the article's own region that holds nothing
    but tag links (the tags a documentation site shows over the headline): no site chrome."""
    nav = next((a for a in link.iterancestors() if a.tag == "nav"), None)
    if nav is None:
        return False
    if nav not in known:
        region = article_region(page)
        links = nav.findall(".//a")
        known[nav] = (
            region is not None
            and is_inside(nav, region)
            and len(links) <= _CHIP_MAX_ITEMS
            and all(_is_tag_link(a) for a in links)
        )
    return known[nav]


def _is_tag_link(link: HtmlElement) -> bool:
    """Tell whether a link leads to a tag page (`/tag/…`, `rel=tag`, `?tag=…`)."""
    href = link.get("href", "")
    rel = (link.get("rel") or "").split()
    return (
        # The cheap test on the whole address first, the exact one on its path.
        (_TAG_HREF.search(href) and _TAG_HREF.search(urlsplit(href).path or ""))
        or "tag" in rel
        or _tag_query(href)
    ) and "category" not in rel  # WordPress' category link


def tag_links_closing_text(page: Page) -> HtmlElement | None:
    """Return a box among the text block's last children that holds nothing but links to
    tag pages ("#học sinh giỏi"): the article's tags, not a line of its text."""
    if page.block is None:
        return None
    children = [child for child in page.block if isinstance(child.tag, str)]
    for child in reversed(children[-_CLOSING_BOXES:]):
        if not _text_at_most(child, _TAG_TEXT_MAX_CHARS):
            continue  # first: a long box costs no more than a short one
        links = [link for link in child.iter("a") if _is_tag_link(link)]
        if links and not re.sub(r"[\s#,;|·]", "", _squeezed_out(element_text(child), links)):
            return child
    return None


def _squeezed_out(text: str, links: list[HtmlElement]) -> str:
    """The text left once the links' texts are taken out of it."""
    for link in links:
        text = text.replace(element_text(link) or "\x00", " ", 1)
    return text


# "Thẻ phổ biến", "Từ khóa nổi bật", "Chủ đề nóng", "Popular tags", "Xu hướng": the title of
# the site's tag cloud, the same on every page.
_SITE_TAGS_TITLE = re.compile(
    r"^(?:(?:thẻ|tags?|từ\s*khóa|chủ\s*đề)\s+(?:phổ\s*biến|nổi\s*bật|hot|nóng|được\s*quan\s*tâm"
    r"|xu\s*hướng|hàng\s*đầu)|(?:popular|trending|hot)\s+(?:tags?|topics?)|tag\s*cloud"
    r"|xu\s*hướng|trending|đám\s*mây\s*thẻ)\W*$",
    re.IGNORECASE,
)
_TAG_CLOUD_LEVELS = 4
_TAG_CLOUD_TITLE_MAX_CHARS = 40


def _in_site_tag_cloud(link: HtmlElement) -> bool:
    # The link's box (or one a few levels up) comes right after a title naming it the
    # site's tag cloud.
    node = link
    for _ in range(_TAG_CLOUD_LEVELS):
        parent = node.getparent()
        if parent is None:
            return False
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None and node.tag != "a":
            title = element_text(previous)
            if len(title) <= _TAG_CLOUD_TITLE_MAX_CHARS and _SITE_TAGS_TITLE.match(title):
                return True
        node = parent
    return False


def _under_section_label(link: HtmlElement) -> bool:
    # The nearest box with more than links in it holds the label and the section links only.
    node = link
    for _ in range(_TAG_CLOUD_LEVELS):
        parent = node.getparent()
        if parent is None:
            return False
        left = _squeezed_out(element_text(parent), list(parent.iter("a")))
        if re.sub(r"[\s,;|·]", "", left):
            return _SECTION_LABEL.fullmatch(left.strip()) is not None
        node = parent
    return False


def _shown_list(page: Page, declared: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    # A list after the text whose items, joined, spell the declared keywords: the page
    # shows the tags one item each, so "văn hóa Tày, Nùng" is one tag, not two.
    wanted = _squeezed(",".join(declared))
    for element in after_text(page):
        items = _list_items(element)
        if len(items) >= 2 and _squeezed(",".join(items)) == wanted:
            return items
    return ()


def _chip_list(page: Page) -> tuple[str, ...]:
    # Tags shown as chips without links: a box right after the text holding only alike
    # short items (same element, same class), two or more, or one the box calls a tag.
    for seen, element in enumerate(after_text(page)):
        if seen >= _CHIP_LIST_REACH:
            break
        if element.tag == "a" or any(a.tag == "a" for a in element.iterancestors()):
            continue  # a link's own inside is one item, not a box of chips
        items = _list_items(element, links=False)
        if not items or in_chrome(element):
            continue
        if len(items) >= 2 or _TAG_WORD.search(" ".join(element.attrib.values())):
            return items
    return ()


def tag_chips_before_text(page: Page) -> HtmlElement | None:
    """Return (once per page) a box of unlinked tag chips shown between the heading and
    the text: alike short items in a box that names itself the tags (its class, id or
    label says tag, keyword, "Từ khóa"), or items written as hashtags."""
    if "tag_chips_before" in page.data:
        cached = page.data["tag_chips_before"]
        return cached if isinstance(cached, HtmlElement) else None
    found = None
    for element in between_heading_and_text(page):
        if element.tag == "a" or in_chrome(element):
            continue
        items = _list_items(element, links=False)
        if not items:
            continue
        shown = [element_text(child) for child in element if isinstance(child.tag, str)]
        named = " ".join(element.get(name) or "" for name in ("class", "id", "aria-label", "title"))
        if (
            _TAG_WORD.search(named)
            or _TAG_LABEL.fullmatch(normalize(element.get("aria-label")))
            or all(text.startswith("#") for text in shown)
        ):
            found = element
            break
    page.data["tag_chips_before"] = found
    return found


def _hashtag_links_before_text(page: Page) -> tuple[str, ...]:
    # "#mẫusơn #dulịch" under the headline: a box of nothing but links each written as a
    # hashtag (the "#" may be a mark of its own inside the link) is the article's tags,
    # wherever the links lead.
    for element in between_heading_and_text(page):
        links = [child for child in element if isinstance(child.tag, str)]
        if (
            not links
            or len(links) > _CHIP_MAX_ITEMS
            or normalize(element.text)
            or in_chrome(element)
            or any(
                link.tag != "a" or not link.get("href") or normalize(link.tail) for link in links
            )
        ):
            continue
        texts = [element_text(link) for link in links]
        names = [text[1:].strip() for text in texts if text.startswith("#")]
        if len(names) == len(texts) and all(
            len(name) <= _CHIP_MAX_CHARS
            and len(name.split()) <= _CHIP_MAX_WORDS
            and any(char.isalpha() for char in name)  # "#1" numbers a post, tags nothing
            for name in names
        ):
            return tuple(dict.fromkeys(names))
    return ()


def _labelled_tag_links(page: Page) -> tuple[str, ...]:
    # "Từ khóa: <a>…</a> <a>…</a>", "Tags:", "Thẻ:" near the text: the links are the tags.
    box = labelled_box(page, _TAG_LABEL)
    if box is None:
        box = _tag_box_closing_block(page)
    if box is None:
        return ()
    links = [link for link in box.iter("a") if link.get("href")]
    if links:
        return BlockArticleParser.link_texts(links)
    chips = _chips_after_label(box)
    if chips:
        return chips
    # A taxonomy field printed as text ("Từ khóa: a; b; c"): the label off, split on
    # semicolons (else commas).
    text = element_text(box)
    label = _TAG_LABEL.match(text)
    if (
        label is None
        # Set in an element of its own ("<strong>Từ khóa</strong> a,b"), a label needs
        # no colon.
        or (":" not in label.group(0) and not _label_set_apart(box, _TAG_LABEL))
        or len(text) > _TAG_TEXT_MAX_CHARS
        or any(True for _ in box.iter("input", "textarea", "button", "select"))
    ):
        return ()
    return _split_keywords(text[label.end() :])


def _label_set_apart(box: HtmlElement, label: re.Pattern[str]) -> bool:
    """Tell whether a box is one line opening with an element holding nothing but the
    label ("<p><strong>Từ khóa</strong> a,b</p>"); a box of blocks is a widget."""
    first = next((c for c in box if isinstance(c.tag, str) and element_text(c)), None)
    return (
        first is not None
        and not normalize(box.text)
        and not has_block_child(box)
        and label.fullmatch(element_text(first)) is not None
    )


def _split_keywords(value: str) -> tuple[str, ...]:
    """Split a keyword field printed as text on semicolons, else commas; joined by a bare
    comma ("a,b,văn hóa Tày, Nùng", as a CMS stores them), a comma and space is inside one."""
    if ";" in value:
        parts = value.split(";")
    elif re.search(r",\S", value):
        parts = re.split(r",(?=\S)", value)
    else:
        parts = value.split(",")
    return tuple(normalize(part) for part in parts if normalize(part))


_CLOSING_BOXES = 8


def _tag_box_closing_block(page: Page) -> HtmlElement | None:
    # The tag box may close the main block itself (after the text and credit, before the
    # other articles): one of the block's last few children, labelled, holding no
    # paragraph of text.
    if page.block is None:
        return None
    children = [child for child in page.block if isinstance(child.tag, str)]
    for child in reversed(children[-_CLOSING_BOXES:]):
        if (
            _text_at_most(child, _TAG_TEXT_MAX_CHARS)
            and child.find(".//p") is None
            and is_labelled(child, _TAG_LABEL)
        ):
            return child
    return None


def _text_at_most(element: HtmlElement, limit: int) -> bool:
    # Stops reading once past the limit: a page-sized box costs no more than a short one.
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > limit:
            return False
    return True


def _chips_after_label(box: HtmlElement) -> tuple[str, ...]:
    # "<h5>Từ khóa</h5><span>ma túy</span><span>Công an tỉnh</span>": the label is an element
    # of its own and the tags are unlinked chips after it (one box of them, or the chips).
    shown = [child for child in box if isinstance(child.tag, str) and element_text(child)]
    if len(shown) < 2 or not _TAG_LABEL.fullmatch(element_text(shown[0])):
        return ()
    rest = shown[1:]
    if len(rest) == 1 and len(rest[0]):
        return _list_items(rest[0], links=False)
    if len(rest) == 1 and re.search(r"[;,]", element_text(rest[0])):
        return ()  # one value listing the tags ("a; b; c"): read as text
    wrapper = box.makeelement("div")
    for chip in rest:
        if normalize(chip.tail):
            return ()
        copy = chip.makeelement(chip.tag, {"class": "chip"})
        copy.text = element_text(chip) if not len(chip) else None
        if len(chip):
            return ()
        wrapper.append(copy)
    return _list_items(wrapper, links=False)


def _squeezed(text: str) -> str:
    return re.sub(r"[\s,]+", "", normalize(text).casefold())


# "Tin tức", "Tin tức - Sự kiện": the root a portal files all its news under, not a section.
_NEWS_ROOTS = frozenset(
    {"tin tức", "tin tức - sự kiện", "tin tức – sự kiện", "tin tức sự kiện", "tin bài"}
    | {"bài viết", "news", "tin"}
)


# "Tin tức xứ Lạng", "Tin tức địa phương": the news of a place, a root over the sections.
_QUALIFIED_NEWS_ROOT = re.compile(r"^tin\s+tức\s+\w", re.IGNORECASE)


def _past_news_root(names: list[str]) -> list[str]:
    """Return a trail's names without a leading news root (plain, or the news of a place)
    when a section follows it."""
    if len(names) >= 2 and (
        " ".join(names[0].casefold().split()) in _NEWS_ROOTS or _QUALIFIED_NEWS_ROOT.match(names[0])
    ):
        return names[1:]
    return names


def _tag_query(href: str) -> bool:
    """Tell whether a link opens a tag page by its query ("/search?tag=hoa-dao")."""
    return "=" in href and _TAG_QUERY.search(urlsplit(href).query) is not None
