"""Which reference row, and which earlier report, belongs to a report: "the same unit".

Two statements name the same unit when both state a 预算编码 and the codes are equal;
when either lacks a code, when their normalised names are equal. Normalising drops
``（本级）``, brackets, spaces and full-width punctuation, and a generic tail
(``街道办事处``/``办事处`` → the place name), so ``某市河西街道办事处（本级）`` and
``某市河西街道`` are one unit. A name that only ends with the other
(``河西街道`` in a county's table, ``某市河西街道办事处`` in the report) matches when
no other row does: a unique suffix, never a guess between two rows. Two codes that
differ are two units even when the names agree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.read.wording import patterns
from auditor.reference.table import ReferenceTable, RefRow

MIN_SUFFIX = 2
"""A suffix match needs at least this many characters (``河西`` of ``河西街道``); it is
taken only when it is unique in the table, so a county's table naming its 教育局 once
matches ``某县教育局``, and one naming two never guesses."""


def normalise_name(name: str | None) -> str:
    """The comparable form of a unit name (empty when there is none)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name)
    for pattern in patterns("reference", "name_noise"):
        text = pattern.sub("", text)
    for pattern in patterns("reference", "name_tail"):
        stripped = pattern.sub("", text)
        if len(stripped) >= 2:
            text = stripped
    return text


def normalise_code(code: str | None) -> str:
    """A budget code without spaces and dashes, full-width digits made ASCII."""
    if not code:
        return ""
    return unicodedata.normalize("NFKC", code).replace(" ", "").replace("-", "").upper()


@dataclass(frozen=True, slots=True)
class Match:
    """A report's row in the reference table, and how it was found."""

    row: RefRow | None
    by: str
    """``预算编码``, ``单位名称`` or ``""`` when unmatched."""
    why: str = ""
    """When unmatched: why (no row of that name, two rows, the year differs)."""


def same_unit(
    name_a: str | None, code_a: str | None, name_b: str | None, code_b: str | None
) -> str:
    """How two statements name the same unit (``预算编码``/``单位名称``), or ``""``."""
    ca, cb = normalise_code(code_a), normalise_code(code_b)
    if ca and cb:
        return "预算编码" if ca == cb else ""
    na, nb = normalise_name(name_a), normalise_name(name_b)
    if na and na == nb:
        return "单位名称"
    return ""


def match_row(table: ReferenceTable, unit: str | None, code: str | None, year: int | None) -> Match:
    """The reference row of a report (its unit name, 预算编码 and evaluated year).

    A table whose title names a year (``2024年度部门决算``) serves only that year's reports.
    """
    if table.year is not None and year is not None and table.year != year:
        return Match(None, "", f"参考数据为 {table.year} 年度，报告为 {year} 年度")
    rows = [r for r in table.rows if r.year is None or year is None or r.year == year]
    wanted = normalise_code(code)
    if wanted:
        by_code = [r for r in rows if normalise_code(r.code) == wanted]
        if len(by_code) == 1:
            return Match(by_code[0], "预算编码")
        if len(by_code) > 1:
            return Match(None, "", f"参考数据中有 {len(by_code)} 行的预算编码都是 {code}")
    name = normalise_name(unit)
    if not name:
        return Match(None, "", "报告中未读到单位名称或预算编码")
    candidates = [r for r in rows if not (wanted and normalise_code(r.code))]
    exact = [r for r in candidates if normalise_name(r.name) == name]
    if len(exact) == 1:
        return Match(exact[0], "单位名称")
    if len(exact) > 1:
        return Match(None, "", f"参考数据中有 {len(exact)} 行的单位名称都是“{unit}”")
    suffix = _suffix_matches(candidates, name)
    if len(suffix) == 1:
        return Match(suffix[0], "单位名称")
    if len(suffix) > 1:
        names = "、".join(r.name for r in suffix[:3])
        return Match(None, "", f"单位名称“{unit}”可对应多行（{names}），未猜测")
    return Match(None, "", f"参考数据中没有“{unit}”" + (f"（预算编码 {code}）" if code else ""))


def _suffix_matches(rows: Sequence[RefRow], name: str) -> list[RefRow]:
    out = []
    for row in rows:
        other = normalise_name(row.name)
        shorter, longer = sorted((other, name), key=len)
        if len(shorter) >= MIN_SUFFIX and longer.endswith(shorter):
            out.append(row)
    return out
