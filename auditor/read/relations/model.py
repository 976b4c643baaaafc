"""What the report asserts about totals: a total and its parts, a list and its count."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.model import Location
from auditor.read.figures import Figure
from auditor.read.wording import patterns
from auditor.text.numbers import Amount


def cue(key: str) -> re.Pattern[str]:
    """The patterns listed under ``key`` in ``cues/tables.yaml``, as one regex."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns("tables", key)))


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A total and the parts the report says it is made of."""

    total: Figure
    parts: tuple[Figure, ...]
    kind: str
    """``text``, ``paren``, ``table-row``, ``table-col``; ``table-abstained`` marks a
    total left unchecked because two structures fit the table equally (no parts)."""
    exhaustive: bool
    """Whether the parts claim to make up the whole total (checked for equality)."""
    cue: str = ""
    """Why it is read as complete (``共计``, ``互补``, ``差额小于5%`` …)."""
    worded: bool = False
    """Whether the list says in its own words that it names all of the total (``分别为``, a
    trailing ``合计``, a zero item listed, 男性 and 女性, kinds like ``…类`` that divide it),
    not only a ``共计`` before the total, parentheses or closeness."""
    structure: str = ""
    """The table structure chosen for it (``列“支出合计”= 基本支出 + 项目支出…``)."""
    confirmed: bool = False
    """The same identity holds elsewhere in the table (other rows or columns), so the
    structure it is read under is confirmed by the document's own arithmetic."""
    left_out: tuple[Figure, ...] = ()
    """Figures after the total in its sentence that were not read as its parts (the
    list was closed before them): a shortfall equal to some of them is a misread."""
    tentative: bool = False
    """Read under a nesting no header announces and no other row confirms: a
    mismatch is reported as a warning that names the reading."""


@dataclass(frozen=True, slots=True)
class CountedList:
    """A list followed or preceded by its count (``A、B、C 等 3 个部门``)."""

    count: Amount
    items: tuple[str, ...]
    open_ended: bool
    """Written with 等 (the list may be longer than shown)."""
    block: int
    location: Location
    quote: str
    other_reading: int | None = None
    """How many items the list has when its last 和/及/与 is read the other way (two
    items instead of one, or one instead of two): a count that fits it is no error."""
    fewest: int | None = None
    """The fewest items the list has when names holding a 、 are read whole
    (``档案保管、利用服务中心`` is one centre): a count from it up to the items read is no
    error, the reading that makes the count hold being the text's own."""
