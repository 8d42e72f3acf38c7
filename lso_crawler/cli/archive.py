"""Commands over the WARC archive: reparse, verify, show-capture, wacz."""

from __future__ import annotations
