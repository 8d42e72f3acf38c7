"""Turning captured bytes into text when the declared charset may be wrong."""

from __future__ import annotations

import codecs
import re

from bs4 import UnicodeDammit

# Pages are UTF-8 in practice; some headers and <meta> tags still say windows-1252 or
# iso-8859-1, which would turn Vietnamese into mojibake if trusted first.
_LAST_RESORT = "cp1258"
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Leading bytes of formats that a misrouted article URL might return instead of HTML.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"\x1f\x8b",
    b"PK\x03\x04",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
)


def decode_html(data: bytes, declared: str | None) -> str:
    """Decode a page: by its BOM, else as strict UTF-8, else in the declared charset, else as
    cp1258 with replacement characters. Never raises."""
    return decode_html_utf8(data, declared)[0]


def decode_html_utf8(data: bytes, declared: str | None) -> tuple[str, bytes | None]:
    """Like `decode_html`, with `data` itself when it is exactly the text's UTF-8 (most
    pages): the parser can take it as it is instead of encoding the text again."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), None
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError as error:
        return _decode_not_utf8(data, declared, error), None


def _decode_not_utf8(data: bytes, declared: str | None, error: UnicodeDecodeError) -> str:
    # A capture cut short ends inside a character; the rest is good UTF-8 when it
    # already held multi-byte characters (a single-byte charset can end in one too).
    if _cut_inside_utf8(data, error):
        return data.decode("utf-8", errors="replace")
    if _codec_name(declared) == "utf-8":
        return data.decode("utf-8", errors="replace")
    # Not UTF-8: let bs4 try the declared charset, then the page's own declaration, then
    # Vietnamese cp1258; it substitutes replacement characters only as a last resort.
    dammit = UnicodeDammit(data, known_definite_encodings=[declared or "", _LAST_RESORT])
    if dammit.unicode_markup is not None:
        return dammit.unicode_markup
    return data.decode(_LAST_RESORT, errors="replace")


def header_charset(content_type: str | bytes | None) -> str | None:
    """The charset an HTTP Content-Type header declares, if any."""
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def declared_charset(data: bytes) -> str | None:
    """Return the charset the page itself declares (XML declaration or <meta>), if any."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def looks_binary(data: bytes | str) -> bool:
    """Tell whether the payload is clearly not a text document (NUL bytes, image/archive magic)."""
    head = data[:1024]
    if isinstance(head, str):
        return "\x00" in head
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _cut_inside_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    return (
        error.reason == "unexpected end of data"
        and error.start >= len(data) - 3
        and not data[: error.start].isascii()
    )


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
