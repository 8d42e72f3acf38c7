"""Splitting an article block's paragraphs and images into lead, body, captions and byline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lso_crawler.parsers.base import Caption
from lso_crawler.parsers.blocks import Block, Paragraph
from lso_crawler.parsers.bylines import is_role_credit, is_source_credit, looks_like_byline
from lso_crawler.parsers.captions import is_upload_info
from lso_crawler.parsers.cleaning import is_ad_label
from lso_crawler.parsers.leads import has_lead_prefix, strip_lead_prefix
from lso_crawler.parsers.site_facts import END_OF_ARTICLE
from lso_crawler.text import normalize

# An italic line under a picture longer than this is article text, not its caption.
MAX_ITALIC_CAPTION_CHARS = 400
# "Video: …", "[Video: xem tại bản điện tử]": the note an embedded player leaves in the text
# (its caption or a print view's stand-in) is about the player, not article text.
# So is a repost's note that the original carries a player it does not ("Bài gốc có video, xem
# tại …").
_MEDIA_NOTE = re.compile(
    r"^[\[(]?\s*(?:video|clip|audio|podcast)\s*[:\]–-]"
    r"|^(?:bài|bản|tin)\s+(?:viết\s+)?gốc\s+có\s+(?:(?:kèm|cả|thêm)\s+)?(?:video|clip|audio|podcast)",
    re.IGNORECASE,
)
MAX_MEDIA_NOTE_CHARS = 150
# "Ảnh: Hoàng Tùng", "(Ảnh minh họa: TTXVN)", "Nguồn ảnh: VOV": a picture's credit line.
_PHOTO_CREDIT = re.compile(
    r"^[(\[]?\s*(?:ảnh(?:\s*minh\s*họa)?|nguồn\s*ảnh|photo)\s*:\s*[^\W\d_][^.!?:]{0,60}[)\]]?$",
    re.IGNORECASE,
)
# Paragraphs an opening credit line must leave (a lead and some text).
_OPENING_CREDIT_MIN_PARAGRAPHS = 3
# "(Báo Lạng Sơn)", "(Theo TTXVN)", "(Nguồn: VOV)": a short line wholly in brackets closing the
# text names where the article comes from; it is a sign-off, neither text nor the credit.
_SIGN_OFF = re.compile(r"^\(\s*[^()]{2,60}?\s*\)$")
# "Nguồn: baolangson.vn", "Theo: TTXVN": a short line naming where the text comes from; or
# the address of the original ("Nguồn: https://…/148037-mau-son.html"), as a repost links it.
_SOURCE_LINE = re.compile(
    r"^(?:nguồn(?:\s+(?:tin|bài))?|theo|source)\s*:\s*(?:\S[^!?]{1,59}(?<!\.)|https?://\S{1,300})$"
    # "Theo baolangson.vn": a web address names a site, never a writer.
    r"|^(?:nguồn|theo|source)\s+(?:https?://)?(?:[\w-]{1,63}\.){1,4}[a-z]{2,6}(?:/\S{0,300})?$",
    re.IGNORECASE,
)
# "Tổng hợp lúc 10:02 23/11/2026", "Cập nhật 23/11/2026, 10:02": a few words and a time
# stamp, the note a CMS or an aggregator leaves under the text (when it fetched, updated).
_STAMP_NOTE = re.compile(
    r"^(?:[^\W\d_]+:?\s+){1,4}(?:\d{1,2}[:h]\d{2}\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s*,?\s*\d{1,2}[:h]\d{2})?$",
    re.IGNORECASE,
)

# "Bài viết được đăng lại để lưu giữ tư liệu", "Tin được sưu tầm từ …", "Bài viết được đăng lại
# từ Báo Lạng Sơn.", "Reposted from …", "Originally published on …": a repost's note that the
# text is republished from elsewhere, opening or closing it, is about the text, not of it.
_REPOST_NOTE = re.compile(
    r"^(?:bài(?:\s+viết)?|tin(?:\s+bài)?|nội\s+dung(?:\s+bài(?:\s+viết)?)?)(?:\s+này)?\s+"
    r"(?:được\s+)?(?:đăng(?:\s+tải)?\s+lại|chia\s+sẻ\s+lại|trích\s+đăng|sưu\s+tầm)\b[^!?]{0,150}$"
    r"|^(?:được\s+)?(?:đăng\s+lại|chia\s+sẻ\s+lại|trích\s+đăng)\s+(?:từ|theo)\s+\S[^!?]{0,80}$"
    r"|^(?:re-?posted|cross-?posted|originally\s+(?:published|posted))\s+(?:from|on|at|in)\s+"
    r"\S[^!?]{0,80}$",
    re.IGNORECASE,
)
_REPOST_NOTE_MAX_CHARS = 120


# "Đọc bài gốc trên baolangson.vn", "Xem bài gốc", "Link bài gốc": a repost's link back;
# "Đọc trên Báo Lạng Sơn điện tử", "Xem đầy đủ tại …", "Read on …": a newsletter's button to
# the article on the paper's site.
_ORIGINAL_LINK = re.compile(
    r"^(?:(?:(?:đọc|xem)\s+(?:toàn\s+văn\s+)?(?:bài|tin|tại)?\s*(?:viết\s+)?gốc"
    r"|(?:link|liên\s+kết)\s+(?:bài\s+)?gốc|read\s+(?:the\s+)?original)\b"
    r"|(?:đọc|xem)\s+(?:(?:tiếp|toàn\s+văn|toàn\s+bộ|đầy\s+đủ|bài(?:\s+viết)?|tin)\s+){0,2}"
    r"(?:trên|tại)\s+\S"
    r"|read\s+(?:(?:more|it|the\s+full\s+(?:story|article))\s+)?(?:on|at)\s+\S)[^.!?]{0,60}$",
    re.IGNORECASE,
)


# A page's tools and its ways back, on a line after the text: "In trang | Gửi email | Lên đầu
# trang", "Quay lại", "Bình luận (0)", "Đánh giá bài viết: ★★★★☆ (12 lượt)".
_TOOL = re.compile(
    r"(?:in(?:\s+(?:bài(?:\s+viết)?|trang|tin))?|gửi(?:\s+(?:email|e-mail|thư|bài|cho\s+bạn(?:\s+bè)?"
    r"|bạn\s+bè|tin))+|(?:lên|về)\s+đầu\s+trang|quay\s+(?:lại|về)|trở\s+(?:lại|về)(?:\s+trang\s+trước)?"
    r"|về\s+trang\s+(?:trước|chủ)|lưu(?:\s+(?:bài|tin|lại))?|chia\s+sẻ|góp\s+ý|phản\s+hồi"
    r"|bình\s+luận(?:\s*\(\d+\))?|print|e-?mail|share|back(?:\s+to\s+top)?|top|comments?(?:\s*\(\d+\))?)",
    re.IGNORECASE,
)
_TOOL_SEPARATOR = re.compile(r"\s*[|·•/]\s*|\s{2,}")
_TOOLS_MAX_CHARS = 80
_RATING = re.compile(
    r"^(?:đánh\s+giá|bình\s+chọn|xếp\s+hạng|rating|rate)(?:\s+(?:bài\s+viết|bài|tin|this))?\s*:?"
    r"\s*[★☆✩✪⭐\d.,/\s]*(?:\(\s*[\d.,]+\s*(?:lượt|votes?|đánh\s+giá)?\s*\))?$",
    re.IGNORECASE,
)
# "© 2022 Báo Lạng Sơn. Bản quyền …", "Bạn nhận được email này vì … Hủy đăng ký", "URL: …":
# the copyright, a newsletter's footer and a print view's address of the page.
_FOOTER_LINE = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|bản\s+quyền\s+(?:thuộc\s+về|©|\d{4}))[^!?]{0,200}$"
    r"|^(?:bạn\s+nhận\s+được\s+(?:email|thư|bản\s+tin)|you\s+(?:are\s+)?receiv(?:ed|ing)\s+this)"
    r".{0,250}$|^.{0,250}(?:hủy|huỷ|ngừng)\s+(?:đăng\s+ký|nhận\s+(?:tin|bản\s+tin|email))\W*$"
    r"|^.{0,200}\bunsubscribe\W*$"
    r"|^(?:url|địa\s+chỉ(?:\s+bài\s+viết)?|link(?:\s+bài\s+viết)?)\s*:\s*https?://\S+$",
    re.IGNORECASE,
)
# The publisher's imprint the press law makes every paper print ("Giấy phép số 70/GP-BTTTT.
# Tổng Biên tập: …"): a licence number beside the editor or the governing body it names.
_LICENCE = re.compile(r"\bsố\s*:?\s*\d{1,5}\s*/\s*GP\b", re.IGNORECASE)
_IMPRINT_ROLE = re.compile(
    r"tổng\s+biên\s+tập|chịu\s+trách\s+nhiệm|cơ\s+quan\s+(?:chủ\s+quản|của)", re.IGNORECASE
)
_IMPRINT_MAX_CHARS = 300
# "Tags: #ma túy #Công an tỉnh", "Từ khóa: a, b": the tags printed as a line after the text.
_TAG_LINE = re.compile(
    r"^(?:thẻ|tags?|từ\s*kh(?:óa|oá)|keywords?)\s*:\s*\S.{0,200}$", re.IGNORECASE
)


# "👉 Chi tiết: https://…", "Đọc thêm: https://…", "https://…": a line giving only an address
# (after a pointing mark and a label of a few words), the post's link to the full article.
_ADDRESS_LINE = re.compile(
    r"^[^\w\s]{0,3}\s*(?:(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*:\s*)?https?://\S{1,300}$"
)


# "https://youtu.be/…" alone on its line: the address an embedded player or card leaves in the
# text where it is not rendered (a Markdown editor's embed); a pointer to media, no text.
_BARE_ADDRESS = re.compile(r"^https?://\S{1,300}$", re.IGNORECASE)


def _is_tool_line(text: str) -> bool:
    """Tell whether a short line is only the page's tools ("In trang | Lên đầu trang")."""
    if len(text) > _TOOLS_MAX_CHARS:
        return False
    pieces = [piece for piece in _TOOL_SEPARATOR.split(text) if piece.strip(" :")]
    return bool(pieces) and all(_TOOL.fullmatch(piece.strip(" :")) for piece in pieces)


def _is_closing_note(text: str) -> bool:
    """Tell whether a line closing the text is about it, not of it: a bracketed sign-off,
    a source line, a time-stamped note, a link back to the original, a repost's note, the
    page's tools, a rating, the tags, the article's address or the publisher's imprint."""
    return bool(
        _SIGN_OFF.match(text)
        or _SOURCE_LINE.match(text)
        or _STAMP_NOTE.match(text)
        or _ORIGINAL_LINK.match(text)
        or _REPOST_NOTE.match(text)
        or _is_tool_line(text)
        or _RATING.match(text)
        or _TAG_LINE.match(text)
        or _FOOTER_LINE.match(text)
        or _ADDRESS_LINE.match(text)
        or _is_imprint(text)
    )


def _is_source_under_credit(last: Paragraph, above: Paragraph) -> bool:
    """Tell whether a last line "Theo Báo Lạng Sơn" under a credit line set apart is the
    source the text is taken from: the writers above are the credit, the source is not."""
    return (
        is_source_credit(last.text)
        and not is_source_credit(above.text)
        and looks_like_byline(above.text, hinted=above.credit_hint or above.bold or above.italic)
    )


def _is_repost_note(text: str) -> bool:
    """Tell whether a line opening the text is a repost's note of where it comes from."""
    return len(text) <= _REPOST_NOTE_MAX_CHARS and _REPOST_NOTE.match(text) is not None


def _is_imprint(text: str) -> bool:
    """Tell whether a line is the publisher's imprint: its press licence and its editor."""
    return (
        len(text) <= _IMPRINT_MAX_CHARS
        and _LICENCE.search(text) is not None
        and _IMPRINT_ROLE.search(text) is not None
    )


# "Xem email này trên trình duyệt", "View this email in your browser": a newsletter's note.
_VIEW_IN_BROWSER = re.compile(
    r"^(?:(?:bạn\s+không\s+xem\s+được\s+(?:email|thư)\s+này\?\s*)?(?:xem|mở)\s+(?:email|thư|bản\s+tin)"
    r"(?:\s+này)?\s+(?:trên|trong|bằng)\s+trình\s+duyệt|view\s+(?:this\s+)?(?:email\s+)?in\s+(?:your\s+)?"
    r"browser)\W*$",
    re.IGNORECASE,
)


# "{youtube}lsotv2022{/youtube}", "[embed]https://…[/embed]", "{loadposition ads}": a plugin
# tag the system failed to render is markup, not text (a paragraph that is only that).
_SHORTCODE = re.compile(
    r"^(?:\{([a-z][\w-]*)[^{}]*\}[^{}]*\{/\1\}|\[([a-z][\w-]*)[^\[\]]*\][^\[\]]*\[/\2\]"
    r"|\{load(?:position|module)\s[^{}]*\})$",
    re.IGNORECASE,
)


# "Lượt xem: 306", "Số lượt đọc 1.234", "Views: 12", "1.234 lượt xem": a page's counter of
# readers (or likes, shares, comments) is about the page, never article text.
_COUNTER = re.compile(
    r"^[\W_]*(?:(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ)|số\s+(?:lần\s+)?xem"
    r"|(?:đã\s+)?xem|views?|reads?|hits?|likes?|shares?|bình\s+luận|comments?)\s*:?\s*"
    r"\d[\d.,]*\s*[kK]?\s*(?:lượt|lần)?[\W_]*$"
    r"|^[\W_]*\d[\d.,]*\s*[kK]?\s*(?:lượt\s+(?:xem|đọc|thích|chia\s+sẻ)|views?|reads?|hits?)[\W_]*$"
    # An icon glyph (an eye, a heart) and a number.
    r"|^[^\w\s]+\s*\d[\d.,]*\s*[kK]?$",
    re.IGNORECASE,
)
_COUNTER_MAX_CHARS = 40


def is_counter(text: str) -> bool:
    """Tell whether a short line is a page counter ("Lượt xem: 306", "1.234 lượt xem")."""
    return len(text) <= _COUNTER_MAX_CHARS and _COUNTER.match(text) is not None


# A page's reading aids printed over or under the text: the reading time ("3 phút đọc",
# "Thời gian đọc: 3 phút"), the read-aloud player's label and duration ("Nghe bài viết
# 00:00"), the type size switch ("Cỡ chữ: A- A A+").
_READING_AID = re.compile(
    r"^[\W_]*(?:(?:thời\s+gian\s+đọc|đọc\s+trong)\s*:?\s*(?:khoảng\s+)?\d+\s*phút"
    r"|(?:khoảng\s+)?\d+\s*phút\s+đọc|\d+\s*min(?:ute)?s?\s+read"
    r"|(?:nghe\s+(?:đọc\s+)?(?:bài\s+viết|bài\s+báo|bài|tin)(?:\s+này)?|listen(?:\s+to\s+(?:this\s+)?"
    r"(?:article|story))?)[\s\d:/.–-]*"
    r"|(?:cỡ\s+chữ|kích\s+(?:thước|cỡ)\s+chữ|font\s*size|text\s*size)\s*:?[\sAa+\-–]*)[\W_]*$",
    re.IGNORECASE,
)
_READING_AID_MAX_CHARS = 50


def is_reading_aid(text: str) -> bool:
    """Tell whether a short line is a reading aid (reading time, player, type size)."""
    return len(text) <= _READING_AID_MAX_CHARS and _READING_AID.match(text) is not None


def _has_words(text: str) -> bool:
    # A line of only marks ("■", "***", "•••") is an ornament (an end mark, a divider).
    return any(char.isalnum() for char in text)


@dataclass(frozen=True)
class ArticleParts:
    """The article text of one page, divided into its fields."""

    lead: str | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    byline: str | None = None


def split_article(
    blocks: list[Block],
    *,
    lead: str | None = None,
    italic_captions: bool = True,
    styled_captions: bool = False,
    opening_credit: bool = False,
) -> ArticleParts:
    """Divide the blocks: the lead (given, else the first paragraph), the trailing credit
    line, the images with captions, and the remaining paragraphs as the body.

    `italic_captions`: an all-italic short line right under an uncaptioned image is its
    caption; `styled_captions`: so is an all-small or centred one; `opening_credit`: with no
    credit closing the text, a right-aligned or role-labelled credit line opening it is the
    credit (not the lead).
    """
    if italic_captions or styled_captions:
        blocks = _attach_italic_captions(blocks, styled=styled_captions)
    blocks = _until_end_of_article(blocks)
    paragraphs = [
        block
        for block in blocks
        if isinstance(block, Paragraph)
        and not _is_media_note(block)
        and not is_ad_label(block.text)
        and not _SHORTCODE.match(block.text)
        and _has_words(block.text)
        and not is_counter(block.text)
        and not is_reading_aid(block.text)
        and not _VIEW_IN_BROWSER.match(block.text)
        and not _BARE_ADDRESS.match(block.text)
    ]
    captions = tuple(block for block in blocks if isinstance(block, Caption))
    lead = normalize(lead) or None
    if lead and paragraphs and _same_text(paragraphs[0].text, lead):
        paragraphs.pop(0)  # the block repeats the lead shown above it
    if len(paragraphs) > 1 and _is_repost_note(paragraphs[0].text):
        paragraphs.pop(0)
    while len(paragraphs) > 1 and _is_closing_note(paragraphs[-1].text):
        paragraphs.pop()
    if len(paragraphs) > 2 and _is_source_under_credit(paragraphs[-1], paragraphs[-2]):
        paragraphs.pop()
    byline = None
    last = paragraphs[-1] if paragraphs else None
    # Set apart in bold or italics, a last line of just a name is the credit ("<em>Thu Hà</em>").
    if last and looks_like_byline(last.text, hinted=last.credit_hint or last.bold or last.italic):
        byline = paragraphs.pop().text  # a lone credit line is no article: no-body follows
    first = paragraphs[0] if paragraphs else None
    given_lead = lead is not None
    if (
        opening_credit
        and byline is None
        and first is not None
        and len(paragraphs) >= _OPENING_CREDIT_MIN_PARAGRAPHS
        and (
            first.credit_hint
            or is_role_credit(first.text)
            or (lead is None and _name_over_marked_lead(first, paragraphs[1]))
            # The lead stands apart above the text: a first line set apart in bold or
            # italics that is just a name is the credit put first ("<b>ĐẶNG DŨNG</b>").
            or (given_lead and (first.bold or first.italic))
        )
        and looks_like_byline(first.text, hinted=True)
    ):
        byline = paragraphs.pop(0).text
    if lead is None and paragraphs:
        lead = paragraphs.pop(0).text
    return ArticleParts(
        lead=strip_lead_prefix(lead) or None,
        paragraphs=tuple(paragraph.text for paragraph in paragraphs),
        captions=captions,
        byline=byline,
    )


def _name_over_marked_lead(first: Paragraph, second: Paragraph) -> bool:
    # A name set apart in italics or bold, right over a lead marked as one (its `LSO-`
    # marker, or set all in bold under an italic name): the credit put first, as an editor
    # pastes it; a lead is never a bare name.
    if not (first.italic or first.bold):
        return False
    return has_lead_prefix(second.text) or (second.bold and not first.bold)


def _attach_italic_captions(blocks: list[Block], *, styled: bool = False) -> list[Block]:
    # Older bodies caption a picture with an all-italic paragraph right under it; other
    # editors set the caption small or centre it instead (unless the text itself is set
    # small: `<font size=2>` around every paragraph of an old page).
    paired: list[Block] = []
    small = styled and not _text_set_small(blocks)
    for block in blocks:
        previous = paired[-1] if paired else None
        if (
            isinstance(block, Paragraph)
            and (block.italic or (styled and ((small and block.small) or block.centered)))
            and len(block.text) <= MAX_ITALIC_CAPTION_CHARS
            and isinstance(previous, Caption)
            and previous.text is None
        ):
            paired[-1] = Caption(previous.image_url, block.text)
        elif (
            styled
            and isinstance(block, Paragraph)
            and (block.italic or block.small or block.centered)
            and isinstance(previous, Caption)
            and _PHOTO_CREDIT.match(block.text)
        ):
            continue  # "Ảnh: Hoàng Tùng" under a captioned picture: its credit, not text
        elif (
            isinstance(block, Paragraph)
            and isinstance(previous, Caption)
            and previous.text is None
            and is_upload_info(block.text)
        ):
            continue  # "1024×683 142 KB" over an upload: its size, neither text nor caption
        else:
            paired.append(block)
    return paired


# Paragraphs this long are article text, whatever their size says.
_TEXT_PARAGRAPH_CHARS = 150


def _text_set_small(blocks: list[Block]) -> bool:
    """Tell whether most long paragraphs are set small: then small type is the text's."""
    long = [b for b in blocks if isinstance(b, Paragraph) and len(b.text) > _TEXT_PARAGRAPH_CHARS]
    return bool(long) and sum(1 for b in long if b.small) * 2 > len(long)


def _until_end_of_article(blocks: list[Block]) -> list[Block]:
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and END_OF_ARTICLE.match(block.text):
            return blocks[:index]
    return blocks


def _is_media_note(paragraph: Paragraph) -> bool:
    return len(paragraph.text) <= MAX_MEDIA_NOTE_CHARS and bool(_MEDIA_NOTE.match(paragraph.text))


def _same_text(first: str, second: str) -> bool:
    return strip_lead_prefix(first) == strip_lead_prefix(second)


def share_gallery_captions(blocks: list[Block]) -> list[Block]:
    # Several uncaptioned images followed by one italic line: the line captions them all.
    """Give one italic line after several uncaptioned pictures to each of them."""
    out: list[Block] = []
    for block in blocks:
        run_start = len(out)
        while run_start > 0:
            previous = out[run_start - 1]
            if not (isinstance(previous, Caption) and previous.text is None):
                break
            run_start -= 1
        run = len(out) - run_start
        if isinstance(block, Paragraph) and block.italic and run >= 2 and len(block.text) <= 400:
            for index in range(run_start, len(out)):
                image = out[index]
                assert isinstance(image, Caption)
                out[index] = Caption(image.image_url, block.text)
            continue
        out.append(block)
    return out


def captions_repeating_alts(blocks: list[Block], alts: dict[str, str]) -> list[Block]:
    """Make a plain line right under an uncaptioned picture its caption when it repeats
    the picture's alt text: the editor wrote the caption twice, once for the reader."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            isinstance(block, Paragraph)
            and isinstance(previous, Caption)
            and previous.text is None
            and len(block.text) <= MAX_ITALIC_CAPTION_CHARS
            and normalize(alts.get(previous.image_url)).casefold() == block.text.casefold()
        ):
            out[-1] = Caption(previous.image_url, block.text)
            continue
        out.append(block)
    return out
