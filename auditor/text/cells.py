"""Whether a table cell holds a bare number: the test extractors and readers share."""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_NUMERIC_WITH_UNIT = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|元|人|名|个|分)$")


def is_numeric_text(text: str) -> bool:
    """Whether a cell holds a bare number (``3,608.24``, ``0``, ``96.83%``)."""
    return bool(_NUMERIC.match(text) or _NUMERIC_WITH_UNIT.match(text))


_PLACEHOLDER = re.compile(r"^[—–\-－/／…]+$")


def is_placeholder(text: str) -> bool:
    """Whether a cell holds only a dash or slash: no value (``编制数 | 28 | — | —``)."""
    return bool(_PLACEHOLDER.match(text))
