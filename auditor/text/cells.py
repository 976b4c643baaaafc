"""Whether a table cell holds a bare number: the test extractors and readers share."""

from __future__ import annotations

import re

from auditor.text.units import UNITS

_NUMERIC = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_VALUE_KINDS = ("money", "count", "length", "area", "mass")
"""Kinds of unit a value cell may carry (``41,273人次``, ``0.8万吨``): never a year or a
duration (``2024年`` heads a column)."""
_CELL_UNITS = sorted(
    ["%", "分", *(u for u, (_name, kind) in UNITS.items() if kind in _VALUE_KINDS)],
    key=len,
    reverse=True,
)
_NUMERIC_WITH_UNIT = re.compile(
    r"^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:" + "|".join(re.escape(u) for u in _CELL_UNITS) + r")$"
)


def is_numeric_text(text: str) -> bool:
    """Whether a cell holds a bare number (``3,608.24``, ``0``, ``96.83%``)."""
    return bool(_NUMERIC.match(text) or _NUMERIC_WITH_UNIT.match(text))


_PLACEHOLDER = re.compile(r"^[—–\-－/／…]+$")


def is_placeholder(text: str) -> bool:
    """Whether a cell holds only a dash or slash: no value (``编制数 | 28 | — | —``)."""
    return bool(_PLACEHOLDER.match(text))
