"""Give a reading its reference row and last year's report before the rules run.

Used by the engine (``--reference``), by the previous-year pass of a batch
(``--previous`` or two years of one unit in the batch) and by the tests; the result is
a small dict for the JSON ``meta.reference`` / ``meta.previous`` that says what the
report was matched with, or why it was not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from auditor.reference.context import ReferenceContext, attach, context_of
from auditor.reference.match import match_row, same_unit
from auditor.reference.table import ReferenceTable

if TYPE_CHECKING:
    from auditor.read.reading import Reading


def attach_reference(reading: Reading, table: ReferenceTable) -> dict[str, Any]:
    """Find the report's row in ``table`` and attach it; return ``meta.reference``."""
    found = match_row(table, reading.meta.unit, reading.meta.budget_code, reading.report_year)
    current = context_of(reading) or ReferenceContext()
    attach(
        reading,
        ReferenceContext(
            table=table,
            row=found.row,
            previous=current.previous,
            previous_label=current.previous_label,
        ),
    )
    if found.row is None:
        return {"file": table.path, "status": "unmatched", "reason": found.why}
    return {
        "file": table.path,
        "status": "matched",
        "row": found.row.number,
        "name": found.row.name,
        "code": found.row.code or None,
        "matched_by": found.by,
        "columns": len(found.row.values),
    }


def previous_mismatch(current: Reading, previous: Reading) -> str:
    """Why ``previous`` is not the same unit's report for the year before (empty: it is)."""
    year, before = current.report_year, previous.report_year
    if year is None or before is None:
        return "未读到评价年度"
    if before != year - 1:
        return f"上年报告的评价年度为 {before}，应为 {year - 1}"
    how = same_unit(
        current.meta.unit, current.meta.budget_code, previous.meta.unit, previous.meta.budget_code
    )
    if not how:
        return (
            f"单位不同（本年：{current.meta.unit or '未读到'}"
            f"{'，' + current.meta.budget_code if current.meta.budget_code else ''}；"
            f"上年：{previous.meta.unit or '未读到'}"
            f"{'，' + previous.meta.budget_code if previous.meta.budget_code else ''}）"
        )
    return ""


def attach_previous(reading: Reading, previous: Reading, name: str) -> dict[str, Any]:
    """Attach last year's report when it is the same unit's, one year earlier."""
    why = previous_mismatch(reading, previous)
    if why:
        return {"file": name, "status": "unmatched", "reason": why}
    current = context_of(reading) or ReferenceContext()
    attach(
        reading,
        ReferenceContext(
            table=current.table,
            row=current.row,
            previous=previous,
            previous_label=f"上年报告《{name}》",
        ),
    )
    how = same_unit(
        reading.meta.unit, reading.meta.budget_code, previous.meta.unit, previous.meta.budget_code
    )
    return {
        "file": name,
        "status": "matched",
        "year": previous.report_year,
        "matched_by": how,
    }
