"""``--xlsx``: the batch summary workbook a reviewer sorts and shares (openpyxl).

Two sheets with Chinese headers, filters and a frozen header row: 汇总 (one row per
report: file, unit, year, stated and recomputed totals and grades, counts, status)
and 问题明细 (one row per finding with page and evidence). Written atomically.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from auditor.engine import DocumentResult
from auditor.findings import CATEGORY_LABELS
from auditor.render.atomic import write_bytes_atomic

SUMMARY_HEADERS = (
    "文件",
    "单位",
    "评价年度",
    "报告总分",
    "复核总分",
    "报告等级",
    "复核等级",
    "错误",
    "警告",
    "提示",
    "状态",
    "说明",
)
FINDING_HEADERS = (
    "文件",
    "单位",
    "规则",
    "名称",
    "类别",
    "严重程度",
    "问题",
    "应为",
    "报告为",
    "位置",
    "原文",
)
_WIDTHS_SUMMARY = (40, 28, 10, 10, 10, 10, 10, 8, 8, 8, 10, 50)
_WIDTHS_FINDINGS = (36, 24, 8, 30, 10, 10, 70, 14, 14, 22, 70)


def workbook_bytes(results: Sequence[DocumentResult]) -> bytes:
    """Build the workbook in memory."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    summary = wb.active
    summary.title = "汇总"
    summary.append(SUMMARY_HEADERS)
    for r in results:
        score = r.score or {}
        counts = r.counts()
        summary.append(
            [
                r.path,
                r.meta.get("unit"),
                r.meta.get("report_year"),
                score.get("stated_total"),
                score.get("recomputed_total"),
                score.get("stated_grade"),
                score.get("recomputed_grade"),
                counts["error"],
                counts["warning"],
                counts["info"],
                "已审核" if r.status == "ok" else "无法审核",
                (r.error or {}).get("message", "") if r.status != "ok" else "",
            ]
        )
    findings = wb.create_sheet("问题明细")
    findings.append(FINDING_HEADERS)
    for r in results:
        for f in r.findings:
            first = f.evidence[0] if f.evidence else None
            findings.append(
                [
                    r.path,
                    r.meta.get("unit"),
                    f.rule,
                    f.name,
                    CATEGORY_LABELS.get(f.category, f.category),
                    f.severity.label,
                    f.message,
                    f.expected,
                    f.found,
                    "；".join(e.location.describe() for e in f.evidence[:6]),
                    first.text if first else "",
                ]
            )
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet, widths in ((summary, _WIDTHS_SUMMARY), (findings, _WIDTHS_FINDINGS)):
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = fill
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(
                    vertical="top", wrap_text=isinstance(cell.value, str) and len(cell.value) > 30
                )
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_workbook(results: Sequence[DocumentResult], path: Path) -> None:
    """Write the summary workbook atomically."""
    write_bytes_atomic(path, workbook_bytes(results))
