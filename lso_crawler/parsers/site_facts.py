"""What the parsers know about baolangson.vn itself, kept apart from the parsing code."""

from __future__ import annotations

import re
from datetime import date, timedelta, timezone

# All times on the site are Vietnam time: UTC+7, no daylight saving.
VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")

# The older CMS was seen live until at least October 2021 and the current one by
# February 2022; the switch date itself is unknown, so this is the best estimate.
# It only breaks ties when a page's markers do not say which generation it is.
LEGACY_LAST_DAY = date(2021, 10, 31)

# `<title>`/og:title carry the site name after the headline, e.g.
# "… – Báo Lạng Sơn: Tin tức mới nhất về chính trị, kinh tế, xã hội, văn hóa".
TITLE_SITE_SUFFIX = re.compile(
    r"\s+[-–—|:]\s+(?:Báo\s+Lạng\s+Sơn|baolangson\.vn|Lạng\s+Sơn\s+Online)\b.*$", re.IGNORECASE
)
# Older pages put the site name first: "Báo Lạng Sơn - …", "Báo Lạng Sơn điện tử | …".
TITLE_SITE_PREFIX = re.compile(
    r"^(?:Báo\s+Lạng\s+Sơn(?:\s+điện\s+tử)?|baolangson\.vn|Lạng\s+Sơn\s+Online)\s*[-–—|:»]\s+",
    re.IGNORECASE,
)
# A heading that is only the site's name (a logo in <h1>), never an article title.
SITE_NAME = re.compile(r"^(?:báo\s+)?lạng\s+sơn(?:\s+online)?$|^baolangson\.vn$", re.IGNORECASE)

# Breadcrumb entries that stand for the home page rather than a category.
HOME_CRUMBS = frozenset({"trang chủ", "trang chu", "home", "trang nhất"})

# The message of the 200-status shell the CMS serves for a missing or withdrawn article.
NOT_FOUND_MESSAGE = re.compile(
    r"(?:bài viết|tin bài|nội dung|trang)\s+(?:bạn\s+\S+\s+)?(?:không tồn tại|đã bị (?:xóa|xoá|gỡ))"
    r"|không tìm thấy (?:bài viết|tin bài|trang|nội dung)",
    re.IGNORECASE,
)
# A body shorter than this that carries the not-found message is the shell, not an article.
NOT_FOUND_MAX_CHARS = 300
# A headline this short that carries the message is the shell's own title ("Bài viết không
# tồn tại"), whatever else the page lists; a real headline merely using the words is longer.
NOT_FOUND_TITLE_MAX_CHARS = 40

# Headings that end the article text when a related-news box sits inside the text block.
END_OF_ARTICLE = re.compile(
    r"^(?:các tin (?:khác|đã đưa)|tin (?:liên quan|khác|cùng chuyên mục)|bài liên quan"
    r"|xem thêm|tin bài liên quan|ý kiến bạn đọc|bình luận"
    # A field label alone on its line (the tags or share row after the text).
    r"|thẻ|tags?|từ\s*kh(?:óa|oá)|keywords?|chia sẻ(?: bài viết)?)\s*:?$",
    re.IGNORECASE,
)
