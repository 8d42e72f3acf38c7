"""Credit lines (`Tin, ảnh: Hoàng Tùng`, `Bài: A - Ảnh: B`, `ĐẶNG DŨNG`) and the names in them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lso_crawler.text import normalize

_ROLE = (
    r"(?:tin|bài|ảnh|video|clip|đồ\s+họa|thiết\s+kế|thực\s+hiện|tác\s+giả"
    r"|nhóm\s+(?:pv|phóng\s+viên))"
)
_ROLES = rf"{_ROLE}(?:\s*(?:,|và|&|/|\+)\s*{_ROLE})*\s*:"
# "Tin, ảnh:", "Bài và ảnh:", "Ảnh:" ... wherever they stand in the line.
_ROLE_LABEL = re.compile(rf"(?<!\w){_ROLES}", re.IGNORECASE)
_CREDIT_LINE = re.compile(rf"^{_ROLES}\s*\S", re.IGNORECASE)
# "Theo TTXVN": a source credit, kept short so a body sentence starting "Theo ..." is not one.
_SOURCE_LINE = re.compile(r"^theo\s+(?P<source>[^\W\d_][^,.;:!?()]{1,50})$", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r"\s*(?:[,;|]|\s+và\s+|\s+&\s+|\s*[-–—/]\s*)\s*", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\([^)]*\)")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.]*$")
# "Theo dõi Báo Lạng Sơn trên Google News", "Đăng ký nhận bản tin", "Follow us on Zalo",
# "Mở ứng dụng", "Tải về", "Đăng nhập": a call to follow, share, subscribe, open or download
# the app or log in is page chrome, never a credit, a section or a tag ("Theo dõi" is not a
# source "Theo …").
_CALL_TO_ACTION = re.compile(
    r"^(?:theo\s+dõi|đăng\s+ký|nhận\s+(?:tin|bản\s+tin)|tải\s+(?:ứng\s+dụng|app|về|xuống)"
    r"|mở\s+(?:ứng\s+dụng|app|trong)|cài\s+(?:đặt|ứng\s+dụng|app)|đăng\s+nhập|download|install"
    r"|open\s+(?:in\s+)?(?:the\s+)?app|get\s+the\s+app|log\s*in|sign\s+(?:in|up)|follow|subscribe"
    r"|like|chia\s+sẻ|share|quét\s+mã|tham\s+gia\s+(?:kênh|nhóm))(?!\w)"
    r"|(?<!\w)(?:google\s+news|facebook|fanpage|zalo|youtube|tiktok|twitter|telegram|newsletter"
    r"|bản\s+tin\s+email|kênh\s+whatsapp)(?!\w)",
    re.IGNORECASE,
)
# "LSO-", "(TTXVN) –", "Ảnh:": a word with a dangling dash or colon introduces what follows
# (a site marker opening the lead, a bare label); it is never a name.
_DANGLING = re.compile(r"^[(\[]?[^\W\d_][\w.]*[)\]]?\s*[-–—:]$")
# A credit row prints the credit beside other facts, between separators: "Tin, ảnh: Hoàng
# Tùng · Nguồn: Báo Lạng Sơn · 10 năm trước", "Thu Hà | 08:30 | 1.234 lượt xem". A dash or a
# slash separates only when spaced (a dash inside a credit joins two roles: "Bài: A - Ảnh: B").
_ROW_SEPARATOR = re.compile(r"\s*[·•|]\s*|\s+[-–—/]\s+")
# "Báo Lạng Sơn", "Tạp chí Cộng sản", "Đài PT-TH Lạng Sơn", "Cổng TTĐT tỉnh": a publication
# named by its kind.
_PUBLICATION = (
    r"(?:báo(?:\s+điện\s+tử)?|tạp\s+chí|đài|thông\s+tấn\s+xã|cổng\s+(?:thông\s+tin|ttđt)"
    r"|trang\s+thông\s+tin)"
)
_WEB_ADDRESS = r"(?:[\w-]{1,63}\.){1,4}[a-z]{2,6}"
# "Báo Lạng Sơn", "Tạp chí Cộng sản", "Đài PT-TH Lạng Sơn": a publication's own name, its
# kind capitalised ("Báo cáo" is a report), then up to six words.
_PUBLICATION_NAME = (
    r"(?:Báo(?!\s+cáo)(?:\s+điện\s+tử)?|Tạp\s+chí|Đài|Thông\s+tấn\s+xã"
    r"|Cổng\s+(?:thông\s+tin|TTĐT)|Trang\s+thông\s+tin)(?:\s+[^\W\d_][\w-]*){1,6}"
)
# A credit, then a source line in brackets or labelled with a colon.
_PUBLICATION_ONLY = re.compile(rf"(?-i:{_PUBLICATION_NAME})")
_CREDIT_WITH_SOURCE_MAX_CHARS = 180
_TRAILING_SOURCE = re.compile(
    r"\s*(?:[(\[]\s*(?:nguồn|theo|source)\b[^()\[\]]{1,60}[)\]]"
    # "Thu Hà (Báo Lạng Sơn)", "ĐẶNG DŨNG (baolangson.vn)": the paper the credit signs off
    # with, named as a paper or by its address; a role in brackets ("Thu Hà (PV)") stays.
    rf"|[(\[]\s*(?:{_PUBLICATION}\s+[^()\[\]]{{1,50}}|{_WEB_ADDRESS})\s*[)\]]"
    r"|(?<=\s)(?:nguồn(?:\s*tin)?|source)\s*:\s*[^()]{1,60}"
    # "Hà Linh Theo Báo Lạng Sơn" (the source's line after a `<br>`): capitalised only.
    r"|(?<=\s)(?-i:Theo|Nguồn)\s+[^\W\d_][^()]{1,50}"
    # "Hoàng Tùng/Báo Lạng Sơn", "Mai Hương - Hữu Việt / Báo Lạng Sơn": the paper the
    # writers work for, set after their names as an agency suffix (capitalised only).
    rf"|\s*/\s*(?-i:{_PUBLICATION_NAME}))$",
    re.IGNORECASE,
)
# Cheaply first: a line naming no source has none to cut.
_SOURCE_WORD = re.compile(r"theo|nguồn|source|[)\]]$|/", re.IGNORECASE)
_SOURCE_PIECE = re.compile(r"^(?:nguồn|source|theo)(?:\s*:|\s+\S)", re.IGNORECASE)
_TIME_PIECE = re.compile(
    r"^(?:(?:khoảng\s+)?\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước"
    r"|hôm\s+(?:nay|qua)|vừa\s+(?:xong|đăng|cập\s+nhật)|mới\s+đây)"
    r"|\d{1,2}\s*[:h]\s*\d{2}|\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}"
    r"|^(?:thứ\s+\w+|chủ\s+nhật)(?!\w)|^(?:cập\s+nhật|đăng|xuất\s+bản|ngày)\s*:?\s*\d",
    re.IGNORECASE,
)
_COUNT_PIECE = re.compile(
    r"^\W*\d[\d.,]*\s*[kK]?\s*(?:lượt\s+(?:xem|đọc|thích|chia\s+sẻ)|views?|bình\s+luận"
    r"|comments?|likes?)?\W*$",
    re.IGNORECASE,
)
# A credit line is one short line; anything longer is article text.
# "Trung úy NGUYỄN CHUNG", "Thiếu tá Đặng Dũng": an army or police rank before a name is the
# writer's title, not part of the name.
_RANK = re.compile(
    r"^(?:(?:thiếu|trung|thượng|đại|chuẩn)\s+(?:úy|uý|uy|tá|tướng)|(?:hạ|trung|thượng)\s+sĩ"
    r"|binh\s+(?:nhất|nhì)"
    # "PV Hoàng Tùng", "Nhà báo Minh Anh": the writer's job before a name, not part of it.
    r"|pv|ctv|btv|phóng\s+viên|cộng\s+tác\s+viên|biên\s+tập\s+viên|nhà\s+báo"
    r"|nhiếp\s+ảnh\s+gia)\s+(?=\S)",
    re.IGNORECASE,
)
# "TTXVN", "VOV", "VNA", "AFP": a news agency's initials beside the names ("Hoàng Tùng/TTXVN",
# "Minh Anh - VOV") credit the agency, not a writer.
_AGENCY = re.compile(r"^[A-ZĐ][A-ZĐ+]{1,7}$")
MAX_BYLINE_CHARS = 100
# A field label a CMS prints before the credit ("Tác giả:", "Thực hiện:" over a photo story's
# "Bài, ảnh: …"): not part of the credit as shown.
# "Tác giả bài viết:", "Người viết bài:", "Tác giả của bài:": the label with what it credits.
AUTHOR_LABEL_QUALIFIER = r"(?:\s+(?:của\s+)?(?:bài\s*viết|bài|tin\s*bài|tin))?"
_FIELD_LABEL = re.compile(
    r"^(?:tác\s*giả|người\s*viết|bút\s*danh|author|by|bởi|phóng\s*viên|pv|nhà\s*báo"
    r"|(?:nhóm\s*|ê-?kíp\s*)?thực\s*hiện|sản\s*xuất|produced\s*by)"
    rf"{AUTHOR_LABEL_QUALIFIER}\s*:\s*",
    re.IGNORECASE,
)
# "By Thu Hà", "Bởi Minh Ngọc" without a colon: an English or Vietnamese "by" before a name.
_BY_PREFIX = re.compile(r"^(?:by|bởi)\s+", re.IGNORECASE)
MAX_NAME_WORDS = 5


def credit_of_row(text: str | None) -> str:
    """Return the credit of a credit row: the first run of pieces between separators that is
    no source line, time or count ("Tin, ảnh: Hoàng Tùng · Nguồn: Báo Lạng Sơn · 10 năm
    trước" gives "Tin, ảnh: Hoàng Tùng"); a line that is not such a row comes back whole."""
    credit = _credit_of_row(normalize(text))
    if len(credit) > _CREDIT_WITH_SOURCE_MAX_CHARS:
        return credit  # a paragraph of text: no credit line (and no regex run over it)
    source = _TRAILING_SOURCE.search(credit) if _SOURCE_WORD.search(credit) else None
    if source is not None:
        # "Bài, ảnh: Minh Ngọc (Theo baolangson.vn)", "Thu Hà Nguồn: Báo Lạng Sơn": the
        # source line set after the credit (often after a `<br>`) is not part of it.
        before = credit[: source.start()]
        if any(char.isalpha() for char in before) and looks_like_byline(before, hinted=True):
            return before
    return credit


def _credit_of_row(text: str) -> str:
    if not _ROW_SEPARATOR.search(text):
        return text
    bounds = [0]
    for separator in _ROW_SEPARATOR.finditer(text):
        bounds += [separator.start(), separator.end()]
    bounds.append(len(text))
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    kept = [not _is_beside_credit(text[a:b].strip()) for a, b in spans]
    if all(kept) or not any(kept):
        return text
    first = kept.index(True)
    last = first
    while last + 1 < len(spans) and kept[last + 1]:
        last += 1
    return text[spans[first][0] : spans[last][1]].strip()


def is_credit_row(text: str | None) -> bool:
    """Tell whether a line sets a credit beside a source line (the row's evidence)."""
    text = normalize(text)
    return (
        any(_SOURCE_PIECE.match(piece.strip()) for piece in _ROW_SEPARATOR.split(text)[1:])
        and credit_of_row(text) != text
    )


def _is_beside_credit(piece: str) -> bool:
    return bool(
        _SOURCE_PIECE.match(piece) or _TIME_PIECE.search(piece) or _COUNT_PIECE.match(piece)
    )


def looks_like_byline(text: str | None, *, hinted: bool = False) -> bool:
    """Tell whether a paragraph is a credit line; `hinted` = right-aligned or an author element."""
    line = normalize(text)
    row = is_credit_row(line)
    whole = credit_of_row(line)
    credit = whole.rstrip(".")
    text = without_field_label(credit)
    # "Tác giả: Hoàng Tùng": a line the CMS labels as the author's is hint enough; so is a
    # source line set after the name ("Thu Hà<br>Nguồn: Báo Lạng Sơn").
    rest = line[len(whole) :] if whole != line and line.startswith(whole) else ""
    sourced = bool(rest) and _TRAILING_SOURCE.match(rest) is not None
    hinted = hinted or row or sourced or _FIELD_LABEL.match(credit) is not None
    if not text or len(text) > MAX_BYLINE_CHARS or is_call_to_action(text):
        return False
    if _DANGLING.match(text):
        return False
    if _CREDIT_LINE.match(text) or _SOURCE_LINE.match(text) or is_group_credit(text):
        return True
    names = _split_names(text)
    if not names:
        return False
    if all(_is_upper_case_name(name) for name in names):
        return True
    return hinted and all(_is_capitalised_name(name) for name in names)


def authors_from_byline(text: str | None) -> tuple[str, ...]:
    """Return the names a credit line gives, upper-case names in title case, in order."""
    text = without_field_label(credit_of_row(text).rstrip("."))
    if not text or is_call_to_action(text):
        return ()
    source = _SOURCE_LINE.match(text)
    if source:
        # "Theo TTXVN" credits the agency; "Theo Báo Lạng Sơn" names a paper, no author.
        named = source["source"].strip()
        return () if _PUBLICATION_ONLY.fullmatch(named) else (named,)
    if is_group_credit(text):
        return (text,)  # the team is the credit: its name is not split into people
    names = [_display_name(name) for name in _split_names(_ROLE_LABEL.sub("|", text))]
    # "Báo Lạng Sơn" among the names: a publication is never an author.
    names = [name for name in names if not _PUBLICATION_ONLY.fullmatch(name)]
    people = [name for name in names if not _AGENCY.match(name)]
    return merge_names(people or names)


# A team credited as a whole: "Nhóm PV Thời sự", "Nhóm phóng viên", "Ê-kíp thực hiện Ban
# Kinh tế", "Nhóm CTV": the group's name, no roles and no colon.
_GROUP_CREDIT = re.compile(
    r"^(?:nhóm|ê-?kíp|tổ)\s+(?:pv|ctv|btv|phóng\s+viên(?:\s+ảnh)?|cộng\s+tác\s+viên"
    r"|biên\s+tập\s+viên|thực\s+hiện|tác\s+giả|sản\s+xuất)(?P<desk>(?:\s+[^\W\d_][\w-]*){0,5})$",
    re.IGNORECASE,
)
_GROUP_CREDIT_MAX_CHARS = 60


def is_group_credit(text: str | None) -> bool:
    """Tell whether a line credits a team as a whole ("Nhóm PV Thời sự")."""
    text = normalize(text)
    match = _GROUP_CREDIT.match(text) if len(text) <= _GROUP_CREDIT_MAX_CHARS else None
    # The desk is named capitalised ("Thời sự"); lower case runs on as a sentence.
    return match is not None and (not match["desk"] or match["desk"].strip()[0].isupper())


def is_call_to_action(text: str | None) -> bool:
    """Tell whether a short line asks the reader to follow, share or subscribe (chrome)."""
    return bool(text) and _CALL_TO_ACTION.search(normalize(text)) is not None


def merge_names(*groups: Iterable[str]) -> tuple[str, ...]:
    """Concatenate name lists, dropping repeats (ignoring case) and keeping the first spelling."""
    seen: set[str] = set()
    merged: list[str] = []
    for group in groups:
        for name in group:
            key = name.casefold()
            if name and key not in seen:
                seen.add(key)
                merged.append(name)
    return tuple(merged)


def _split_names(text: str) -> list[str]:
    text = _PARENTHETICAL.sub(" ", text)
    parts = (_RANK.sub("", part.strip(" .:-–—")) for part in _NAME_SEPARATOR.split(text))
    return [part for part in parts if any(char.isalpha() for char in part)]


def _is_upper_case_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(
        _NAME_WORD.match(word) and word.isupper() for word in words
    )


def _is_capitalised_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= MAX_NAME_WORDS and all(
        _NAME_WORD.match(word) and word[0].isupper() for word in words
    )


def _display_name(name: str) -> str:
    if _is_upper_case_name(name):
        return " ".join(word[0] + word[1:].lower() for word in name.split())
    return name


def without_field_label(text: str) -> str:
    """Return a credit without the field label a CMS prints before it ("Tác giả:",
    "Thực hiện:"); a bare label comes back whole."""
    bare = _FIELD_LABEL.sub("", text, count=1)
    by = _BY_PREFIX.match(bare)
    if by and bare[by.end() :][:1].isupper():
        bare = bare[by.end() :]  # "By Thu Hà", "Bởi Minh Ngọc": the word before a name
    return bare or text


def is_source_credit(text: str | None) -> bool:
    """Tell whether a line only names the source the text is taken from ("Theo TTXVN")."""
    return _SOURCE_LINE.match(normalize(text)) is not None


def is_role_credit(text: str | None) -> bool:
    """Tell whether a line is a credit opening with its roles ("Bài, ảnh: Hà Linh")."""
    return _CREDIT_LINE.match(without_field_label(normalize(text))) is not None
