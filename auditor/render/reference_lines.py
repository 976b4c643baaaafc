"""What the reference matching says to the user: unmatched reports, unmatched rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from auditor.reference.table import ReferenceTable

if TYPE_CHECKING:
    from auditor.engine import DocumentResult


def reference_of(result: DocumentResult) -> dict[str, Any]:
    """The result's ``meta.reference`` (empty when none)."""
    return (result.meta.reference if result.meta is not None else None) or {}


def unmatched_rows(table: ReferenceTable, results: Sequence[DocumentResult]) -> list[int]:
    """Row numbers of the reference table no audited report was matched with."""
    used = {reference_of(r).get("row") for r in results}
    return [row.number for row in table.rows if row.number not in used]


def matching_lines(table: ReferenceTable, results: Sequence[DocumentResult]) -> list[str]:
    """Chinese lines for stderr: how many reports matched, which did not and why, spare rows."""
    matched = [r for r in results if reference_of(r).get("status") == "matched"]
    unmatched = [r for r in results if reference_of(r).get("status") == "unmatched"]
    lines = [
        f"参考数据《{table.path}》：{len(matched)} 份报告已匹配，{len(unmatched)} 份未匹配"
        f"（{len(table.columns)} 列用于核对）"
    ]
    for r in unmatched:
        reason = reference_of(r).get("reason", "")
        lines.append(f"  未匹配：{r.path}（{reason}），照常审核，未核对参考数据")
    spare = unmatched_rows(table, results)
    by_number = {row.number: row for row in table.rows}
    if spare:
        shown = "、".join(f"第 {n} 行 {by_number[n].name or by_number[n].code}" for n in spare[:20])
        more = f" 等 {len(spare)} 行" if len(spare) > 20 else ""
        lines.append(f"  参考数据中没有对应报告的行：{shown}{more}")
    return lines
