"""Commands for running the crawler unattended: crawl, status."""

from __future__ import annotations
