"""Images and their captions in the markups the site's bodies use.

WordPress `div.wp-caption` + `p.wp-caption-text`, `figure` + `figcaption`, `table.image`
with a caption cell (`td.image_desc` or similar), and a `div.image`-like box with a caption
child. The older `<p><em>caption</em></p>` under an image is paired later, in `parts.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from lso_crawler.parsers.base import Caption
from lso_crawler.parsers.density import links_away
from lso_crawler.parsers.document import absolute_url, class_tokens, element_text, spaced_text
from lso_crawler.text import normalize, normalize_or_none

# Lazy-loading templates put the real address in a data attribute and a placeholder in src.
IMAGE_URL_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "data-url", "src")
_CAPTION_CLASS = re.compile(
    r"caption|desc|chu-?thich|legend|image[-_]?note|photo[-_]?note|note", re.IGNORECASE
)
_IMAGE_BOX_CLASS = re.compile(r"^(?:image|photo|picture|img|figure|anh)(?:$|[-_])", re.IGNORECASE)
# A src that only holds the place of a lazily loaded picture.
_PLACEHOLDER = re.compile(r"^$|^data:|placeholder|blank\.|spacer|lazy|loading", re.IGNORECASE)
# A layout table that happens to hold a picture has far more text than a caption.
MAX_CAPTION_CHARS = 600


def image_url(img: HtmlElement, base_url: str) -> str | None:
    """Return the image's absolute address, preferring a lazy-load attribute to `src`, and
    the widest `srcset` candidate to a missing or placeholder `src`."""
    for attribute in IMAGE_URL_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if attribute == "src" and _PLACEHOLDER.search(value) and _srcset(img):
            break
        if value and not value.startswith("data:"):
            return absolute_url(value, base_url)
    best = _srcset(img)
    return absolute_url(best, base_url) if best else None


def _srcset(img: HtmlElement) -> str | None:
    value = img.get("data-srcset") or img.get("srcset")
    if not value:
        return None
    best, best_width = None, -1.0
    for candidate in value.split(",")[:50]:
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        width = 0.0
        if len(parts) > 1 and parts[1][:-1].replace(".", "", 1).isdigit():
            width = float(parts[1][:-1])
        if width > best_width:
            best, best_width = parts[0], width
    return best


def figure_captions(
    element: HtmlElement, base_url: str, *, share: bool = False
) -> list[Caption] | None:
    """Return the captioned images of a caption container, or None if `element` is not one.

    One caption under several images goes to the first, or to each of them if `share`.
    """
    tag = element.tag
    tokens = class_tokens(element)
    texts: list[str] | None
    if "wp-caption" in tokens:
        texts = _texts(element.xpath(".//*[contains(@class, 'wp-caption-text')] | .//dd"))
    elif tag == "figure":
        texts = _texts(element.iter("figcaption"))
        if not texts:
            # A figure without <figcaption> (a caption overlay box): what it shows besides
            # its pictures is their caption.
            shown = spaced_text(element)
            texts = [shown] if shown and len(shown) <= MAX_CAPTION_CHARS else []
    elif tag == "table":
        texts = _table_caption_texts(element, tokens)
    elif tag == "dl":
        # A definition list as a figure: the picture as the term, its caption the
        # definition (`<dl><dt><img></dt><dd>caption</dd></dl>`).
        if element.find("dt//img") is None or element.find("dd//img") is not None:
            return None
        texts = _texts(element.iter("dd"))
        if sum(len(text) for text in texts) > MAX_CAPTION_CHARS:
            return None
    elif tag == "div" and any(_IMAGE_BOX_CLASS.match(token) for token in tokens):
        texts = _texts(
            child
            for child in element.iterdescendants()
            if isinstance(child.tag, str)
            and child.tag != "img"
            and any(_CAPTION_CLASS.search(token) for token in class_tokens(child))
        )
    else:
        return None
    if texts is None:
        return None
    urls = [url for url in (image_url(img, base_url) for img in element.iter("img")) if url]
    if tag == "div" and "wp-caption" not in tokens and (len(urls) != 1 or not texts):
        return None
    return _pair(urls, texts, share)


def _table_caption_texts(table: HtmlElement, tokens: list[str]) -> list[str] | None:
    if table.find(".//img") is None:
        return None
    cells = list(table.iter("td", "th", "caption"))
    text_cells = [cell for cell in cells if cell.find(".//img") is None and element_text(cell)]
    texts = [element_text(cell) for cell in text_cells]
    if sum(len(text) for text in texts) > MAX_CAPTION_CHARS:
        return None
    marked = "image" in tokens or any(
        _CAPTION_CLASS.search(token) for cell in text_cells for token in class_tokens(cell)
    )
    if not marked and len(cells) > 4:
        return None
    return texts


def _texts(elements: Iterable[HtmlElement]) -> list[str]:
    # A caption and its credit in separate elements ("…hội nghị</span><span>Ảnh: Thu
    # Hà") stay two words apart.
    return [text for text in (spaced_text(element) for element in elements) if text]


def _pair(urls: list[str], texts: list[str], share: bool = False) -> list[Caption]:
    if len(texts) == len(urls):
        return [Caption(url, text) for url, text in zip(urls, texts, strict=True)]
    joined = normalize_or_none(" ".join(texts))
    if share:
        return [Caption(url, joined) for url in urls]
    return [Caption(url, joined if index == 0 else None) for index, url in enumerate(urls)]


CAPTION_BOX_MAX_CHARS = 300
_PLAY_BUTTON = re.compile(r"[▶►⏵▷⯈]\ufe0f?")
_ICON_MAX_PX = 64


# A link that acts on the page or opens another program: print it, mail it, share it,
# change the type size, call, text.
_ACTION_HREF = re.compile(
    r"^(?:mailto:|tel:|sms:|javascript:.*(?:print|mail|share|font|zoom|size|bookmark))",
    re.IGNORECASE,
)
# A picture's own words naming a toolbar action or a network to share on.
_ACTION_ALT = re.compile(
    r"(?:in(?:\s*(?:trang|bài))?|print|e-?mail|gửi\s*(?:e-?mail|bài|cho\s*bạn\s*bè)|chia\s*sẻ"
    r"|share|facebook|zalo|twitter|x|linkedin|rss|phóng\s*to|thu\s*nhỏ|[aA][+-]?)",
    re.IGNORECASE,
)


# A file named as the site's furniture: "icon-print.png", "logo.svg", "btn_share.gif".
_FURNITURE_FILE = re.compile(
    r"(?:^|[-_./])(?:icons?|logo|btn|button|bullet|spacer|sprite)(?:$|[-_.\d])", re.IGNORECASE
)


def _declared_tiny(image: HtmlElement) -> bool:
    for name in ("width", "height"):
        size = (image.get(name) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) <= _ICON_MAX_PX:
            return True
    return False


def is_icon(image: HtmlElement) -> bool:
    """Tell whether a picture is an icon: declared tiny, named as furniture, inside a button
    or hidden from readers, beside the text of its link, or the button of a link that
    prints, mails or shares the page."""
    if _declared_tiny(image):
        return True
    source = (image.get("src") or "").split("?", 1)[0].rsplit("/", 1)[-1]
    if _FURNITURE_FILE.search(source):
        return True
    for node in (image, *image.iterancestors()):
        if node.tag == "button" or (node.get("aria-hidden") or "").lower() == "true":
            return True
        if node.tag in ("figure", "p", "div", "td", "body"):
            break
    for ancestor in image.iterancestors():
        if ancestor.tag == "a":
            if _ACTION_HREF.search((ancestor.get("href") or "").strip()):
                return True
            if _ACTION_ALT.fullmatch(normalize(image.get("alt") or image.get("title"))):
                return True
            return bool(normalize(ancestor.text_content()))
    return False


_NOTICE_MAX_CHARS = 400
_NOTICE_LEVELS = 7
_NOTICE_MAX_NODES = 40


def notice_box(image: HtmlElement) -> HtmlElement | None:
    """Return the table an icon (declared tiny) sits in, in a cell of its own, beside a short
    message (a notice about the page: "Bài viết này được đăng lại từ…"), else None."""
    if not _declared_tiny(image):
        return None
    for level, ancestor in enumerate(image.iterancestors()):
        if level >= _NOTICE_LEVELS:
            return None
        if ancestor.tag == "td" and normalize(ancestor.text_content()):
            return None  # the icon beside words in one cell: no cell of its own
        if ancestor.tag == "table":
            if next(islice(ancestor.iter(), _NOTICE_MAX_NODES, None), None) is not None:
                return None  # a layout table holding more than a message
            text = element_text(ancestor)
            pictures = [*ancestor.iter("img")]
            if 0 < len(text) <= _NOTICE_MAX_CHARS and all(map(_declared_tiny, pictures)):
                return ancestor
            return None
    return None


def drop_notice_boxes(block: HtmlElement) -> None:
    """Remove, in place, the notice boxes (see `notice_box`) in a block."""
    for image in list(block.iter("img")):
        box = notice_box(image)
        if box is not None and box is not block and box.getparent() is not None:
            box.drop_tree()


def image_links_away(image: HtmlElement) -> bool:
    # A picture inside a link to anything but an image file is a teaser, an ad or a button.
    """Tell whether a picture sits in a link to anything but an image file."""
    for ancestor in image.iterancestors():
        if ancestor.tag == "a" and ancestor.get("href"):
            return links_away(ancestor.get("href"))
    return False


def normalise_images(block: HtmlElement) -> None:
    # <amp-img> is an image; <picture> keeps its <img>; alt texts are kept for last resort.
    """Turn <amp-img> into <img> in place."""
    for element in list(block.iter("amp-img")):
        element.tag = "img"


def mark_caption_boxes(block: HtmlElement) -> None:
    # A box holding one image and one short text beside it is a captioned figure.
    """Turn boxes of one picture beside one short text into figure/figcaption."""
    for element in list(block.iter("div", "td", "li", "span", "section")):
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) != 2 or (element.text or "").strip():
            continue
        images = [child for child in children if _is_image_holder(child)]
        texts = [child for child in children if child not in images]
        if len(images) != 1 or len(texts) != 1 or texts[0].find(".//img") is not None:
            continue
        text = element_text(texts[0])
        if not text or len(text) > CAPTION_BOX_MAX_CHARS or texts[0].find(".//a") is not None:
            continue
        if _PLAY_BUTTON.fullmatch(text):
            # A picture under a play button is a video's poster, not an article picture.
            element.drop_tree()
            continue
        if not any(char.isalnum() for char in text):
            continue
        element.tag = "figure"
        texts[0].tag = "figcaption"


def _is_image_holder(element: HtmlElement) -> bool:
    if element.tag == "img":
        return True
    return element.find(".//img") is not None and not element.text_content().strip()


# "Image description", "alt text", "Mô tả ảnh": the text an editor fills an
# image's alt with by default (the same on every picture), describing no picture.
_PLACEHOLDER_ALT = re.compile(
    r"(?:(?:image|photo|picture|img)\s*(?:description|caption|alt(?:\s*text)?|here)"
    r"|alt\s*text(?:\s*here)?|enter\s+(?:an?\s+)?(?:image\s+)?(?:description|caption)"
    r"|(?:mô\s*tả|chú\s*thích)\s*(?:hình\s*)?ảnh|(?:hình\s*)?ảnh\s*(?:mô\s*tả|chú\s*thích))\W*",
    re.IGNORECASE,
)


def collect_alts(block: HtmlElement, base_url: str) -> dict[str, str]:
    """Map each image address in `block` to its alt (or title) text, placeholders aside."""
    alts: dict[str, str] = {}
    for img in block.iter("img", "amp-img"):
        url = image_url(img, base_url)
        text = normalize(img.get("alt") or img.get("title"))
        if url and text and not _PLACEHOLDER_ALT.fullmatch(text):
            alts.setdefault(url, text)
    return alts


# "1/2", "3 / 10", "(1/5)", "Ảnh 3/10", "Hình 2 trên 5", "1 of 5": a gallery's slide counter.
_SLIDE_COUNTER = re.compile(
    r"^[(\[]?\s*(?:(?:ảnh|hình|photo|slide)\s*)?(\d{1,3})\s*(?:/|trên|of)\s*(\d{1,3})\s*[)\]]?$",
    re.IGNORECASE,
)
# Where a picture's own caption line may stand right after it, outside any figure markup.
# Levels from a counter up to the box holding its picture.
_COUNTER_LEVELS = 3
_COUNTER_MAX_CHARS = 24
_CAPTION_LINE_TAGS = frozenset({"div", "p", "span", "em", "i", "small", "figcaption"})


def is_slide_counter(text: str | None) -> bool:
    """Tell whether a text is only a gallery's slide counter ("1/2", "Ảnh 3/10"); a number
    over its total ("15/3") is a date, not a counter."""
    match = _SLIDE_COUNTER.match(normalize(text))
    return match is not None and 0 < int(match[1]) <= int(match[2])


def drop_slide_counters(block: HtmlElement) -> None:
    """Remove, in place, the slide counters set over pictures: no caption, no text."""
    for element in list(block.iter("span", "div", "small", "em", "i", "b", "strong", "p")):
        text = element.text
        if not text or len(text) > _COUNTER_MAX_CHARS or len(element):
            continue  # the cheap tests first: most elements hold more than a counter
        if element.getparent() is None or not is_slide_counter(text):
            continue
        holder = element.getparent()
        if holder is not None and _near_picture(holder):
            tail = element.tail
            previous = element.getprevious()
            if tail and tail.strip():
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    holder.text = (holder.text or "") + tail
            holder.remove(element)


def _near_picture(holder: HtmlElement) -> bool:
    # The counter's box or the figure around its caption holds a picture.
    for _, box in zip(range(_COUNTER_LEVELS), (holder, *holder.iterancestors()), strict=False):
        if box.find(".//img") is not None or box.find(".//amp-img") is not None:
            return True
    return False


# "71240.jpg 108 KB", "anh-1.png (2,1 MB)": the label an editor shows for an uncaptioned upload.
_FILE_LABEL = re.compile(
    r"(\S{1,200}\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic))"
    r"(?:\s*\(?\d{1,6}(?:[.,]\d{1,3})?\s*(?:[kKmMgG]i?)?[bB](?:ytes)?\)?)?",
    re.IGNORECASE,
)


# "1024×683 142 KB", "64821 1024×683 142 KB": the size line a forum or gallery prints over an
# upload (its name or number, its pixels, its file size), inside the picture's own link.
_UPLOAD_INFO = re.compile(
    r"\S{0,100}?\s*\d{2,5}\s*[×x]\s*\d{2,5}(?:\s*\d{1,6}(?:[.,]\d{1,3})?\s*[kKmMgG]?i?[bB])?"
)


def is_upload_info(text: str) -> bool:
    """Tell whether a line only gives an upload's size (pixels and bytes): no caption."""
    return len(text) <= 120 and _UPLOAD_INFO.fullmatch(normalize(text)) is not None


def is_file_label(text: str | None, image_url: str) -> bool:
    """Tell whether a caption only names the picture's file (and its size): no caption."""
    match = _FILE_LABEL.fullmatch(normalize(text)) if text and len(text) <= 250 else None
    if match is None:
        return False
    name = unquote(urlsplit(image_url).path.rsplit("/", 1)[-1])
    return match[1].casefold() == name.casefold()


def without_repeats(captions: tuple[Caption, ...]) -> tuple[Caption, ...]:
    """Return the pictures without the copies a looping carousel adds: the last slides
    cloned before the first and the first cloned after the last ([3', 1, 2, 3, 1'] gives
    [1, 2, 3]); other repeats of one picture with one caption are kept once."""
    if len(set(captions)) == len(captions):
        return captions
    for count in range(len(captions) // 3, 0, -1):
        middle = captions[count:-count]
        if (
            captions[:count] == middle[-count:]
            and captions[-count:] == middle[:count]
            and len(set(middle)) == len(middle)
        ):
            return middle
    return tuple(dict.fromkeys(captions))


def follows_picture(element: HtmlElement) -> bool:
    """Tell whether an element comes right after a picture set on its own (an image, or a
    box holding only pictures), with no text between them."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or normalize(previous.tail):
        return False
    if previous.tag in ("img", "amp-img", "picture"):
        return True
    return (
        previous.find(".//img") is not None or previous.find(".//amp-img") is not None
    ) and not normalize(previous.text_content())


def caption_line_after(picture: HtmlElement) -> HtmlElement | None:
    """Return the short text line right after a picture set on its own (a cover picture's
    caption below it, outside any figure markup), else None."""
    following = picture.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None or following.tag not in _CAPTION_LINE_TAGS:
        return None
    if not follows_picture(following):
        return None
    text = element_text(following)
    if (
        not text
        or len(text) > CAPTION_BOX_MAX_CHARS
        or not any(char.isalpha() for char in text)
        or following.find(".//img") is not None
        or following.find(".//a") is not None
        or is_slide_counter(text)
    ):
        return None
    return following
