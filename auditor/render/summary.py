"""One line per report for a batch: what the console table and the Excel summary show.

Rows are sorted by errors (files that could not be audited first, then most errors),
and each file is named relative to the folder all the files share, so the column
shows ``教育局/2024自评.pdf`` rather than a long common prefix.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from auditor.engine import DocumentResult, plain


@dataclass(frozen=True)
class SummaryRow:
    """The figures of one report in a batch summary."""

    result: DocumentResult
    name: str
    unit: str
    errors: int
    warnings: int
    infos: int
    stated_total: int | float | None
    recomputed_total: int | float | None
    stated_grade: str | None
    recomputed_grade: str | None
    status: str


def display_names(paths: Sequence[str]) -> dict[str, str]:
    """Each path without the folder all of them share (a single file: its name)."""
    if not paths:
        return {}
    parents = [str(PurePath(p).parent) for p in paths]
    try:
        root = os.path.commonpath(parents) if len(paths) > 1 else parents[0]
    except ValueError:  # absolute and relative paths mixed
        return {p: p for p in paths}
    out: dict[str, str] = {}
    for p in paths:
        try:
            out[p] = str(PurePath(p).relative_to(root)) if root not in ("", ".") else p
        except ValueError:
            out[p] = p
    return out


def status_text(result: DocumentResult) -> str:
    """``已审核``, ``无法审核：原因``, or the comparison (``已修正 3 · 仍存在 2 · 新增 1``)."""
    if result.status != "ok":
        return f"无法审核 [{(result.error or {}).get('code', '')}]"
    changes: dict[str, int] = {}
    for f in result.findings:
        if f.status:
            changes[f.status] = changes.get(f.status, 0) + 1
    order = ("已修正", "仍存在", "新增", "已核实", "不是问题")
    parts = [f"{k} {changes[k]}" for k in order if changes.get(k)]
    return " · ".join(parts) if parts else "已审核"


def summary_rows(results: Sequence[DocumentResult]) -> list[SummaryRow]:
    """Rows sorted: unreadable files first, then by errors, warnings, name."""
    names = display_names([r.path for r in results])
    rows: list[SummaryRow] = []
    for r in results:
        counts = r.counts()
        score = r.score
        rows.append(
            SummaryRow(
                result=r,
                name=names[r.path],
                unit=(r.meta.unit if r.meta else None) or "",
                errors=counts["error"],
                warnings=counts["warning"],
                infos=counts["info"],
                stated_total=plain(score.stated_total) if score else None,
                recomputed_total=plain(score.recomputed_total) if score else None,
                stated_grade=score.stated_grade if score else None,
                recomputed_grade=score.recomputed_grade if score else None,
                status=status_text(r),
            )
        )
    rows.sort(key=lambda row: (row.result.status == "ok", -row.errors, -row.warnings, row.name))
    return rows
