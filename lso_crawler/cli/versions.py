"""Commands over article versions: diff, changes."""

from __future__ import annotations
