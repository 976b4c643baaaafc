"""``--xlsx``: the batch summary workbook a reviewer sorts, prints and shares (openpyxl).

Two sheets with Chinese headers, filters, a frozen header row and a landscape print
layout one page wide:

- 汇总: one row per report, most errors first — file (relative to the shared
  folder), 单位, year, counts, stated and recomputed total and grade, status, and a
  hyperlink to the marked-up copy when ``--annotate`` wrote one;
- 问题明细: one row per finding — Chinese rule title, severity, status (已核实 /
  不是问题 / 已修正 / 仍存在 / 新增), message, 应为/报告为 as numbers when they are
  numbers (or 两处不一致), place, quote and the finding id.

Written atomically.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.engine import DocumentResult
from auditor.findings import CATEGORY_LABELS
from auditor.render.atomic import write_bytes_atomic
from auditor.render.summary import summary_rows
from auditor.render.wording import figures_line, is_two_sided

if TYPE_CHECKING:
    from auditor.reference.table import ReferenceTable

SUMMARY_HEADERS = (
    "文件",
    "单位",
    "评价年度",
    "错误",
    "警告",
    "提示",
    "报告总分",
    "复核总分",
    "报告等级",
    "复核等级",
    "状态",
    "批注副本",
)
FINDING_HEADERS = (
    "文件",
    "单位",
    "规则",
    "问题类型",
    "类别",
    "严重程度",
    "状态",
    "问题",
    "应为",
    "报告为",
    "说明",
    "位置",
    "原文",
    "编号",
)
_WIDTHS_SUMMARY = (34, 26, 9, 6, 6, 6, 9, 9, 9, 9, 22, 16)
_WIDTHS_FINDINGS = (26, 20, 7, 22, 9, 8, 8, 60, 11, 11, 30, 24, 50, 17)


def as_number(value: str | None) -> Any:
    """``3,608.24`` → 3608.24 and ``91.35%`` → 0.9135 (shown as a percentage); text stays text."""
    if value is None:
        return None
    text = value.replace(",", "").strip()
    percent = text.endswith("%")
    core = text[:-1] if percent else text
    try:
        number = Decimal(core)
    except InvalidOperation:
        return value
    if percent:
        number /= 100
    return int(number) if number == number.to_integral_value() and not percent else float(number)


def _relative_link(target: Path, workbook: Path) -> str:
    try:
        return os.path.relpath(target.resolve(), workbook.resolve().parent)
    except ValueError:
        return str(target.resolve())


def workbook_bytes(
    results: Sequence[DocumentResult],
    links: Mapping[str, Path] | None = None,
    workbook_path: Path | None = None,
    reference: ReferenceTable | None = None,
) -> bytes:
    """Build the workbook in memory."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    links = links or {}
    wb = Workbook()
    summary = wb.active
    summary.title = "汇总"
    summary.append(SUMMARY_HEADERS)
    rows = summary_rows(results)
    for row in rows:
        r = row.result
        summary.append(
            [
                row.name,
                row.unit or None,
                r.meta.report_year if r.meta else None,
                row.errors,
                row.warnings,
                row.infos,
                row.stated_total,
                row.recomputed_total,
                row.stated_grade,
                row.recomputed_grade,
                row.status,
                None,
            ]
        )
        copy = links.get(r.path)
        if copy is not None:
            cell = summary.cell(row=summary.max_row, column=len(SUMMARY_HEADERS))
            target = _relative_link(copy, workbook_path) if workbook_path else str(copy)
            cell.value = copy.name
            cell.hyperlink = target
            cell.style = "Hyperlink"
    findings = wb.create_sheet("问题明细")
    findings.append(FINDING_HEADERS)
    for row in rows:
        r = row.result
        for f in sorted(r.findings, key=lambda f: (f.dismissed, f.severity.rank)):
            two_sided = is_two_sided(f) or f.expected is None
            findings.append(
                [
                    row.name,
                    row.unit or None,
                    f.rule,
                    f.title or f.name,
                    CATEGORY_LABELS.get(f.category, f.category),
                    f.severity.label,
                    f.status or "",
                    f.message,
                    None if two_sided else as_number(f.expected),
                    None if two_sided else as_number(f.found),
                    (figures_line(f) or "") if two_sided else (f.note or ""),
                    "；".join(dict.fromkeys(e.location.describe() for e in f.evidence[:6])),
                    f.evidence[0].text if f.evidence else "",
                    f.id,
                ]
            )
            for column in (9, 10):
                cell = findings.cell(row=findings.max_row, column=column)
                raw = f.expected if column == 9 else f.found
                if isinstance(cell.value, float) and raw and raw.strip().endswith("%"):
                    cell.number_format = "0.00%"
                elif isinstance(cell.value, float):
                    cell.number_format = "#,##0.00##"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet, widths in ((summary, _WIDTHS_SUMMARY), (findings, _WIDTHS_FINDINGS)):
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        for line in sheet.iter_rows(min_row=2):
            for cell in line:
                wrap = isinstance(cell.value, str) and len(cell.value) > 12
                cell.alignment = Alignment(vertical="top", wrap_text=wrap)
        # Print: landscape A4, one page wide, header row on every page.
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        sheet.page_margins.left = sheet.page_margins.right = 0.4
    from auditor.render import xlsx_reference

    if reference is not None or xlsx_reference.wanted(results):
        names = {r.result.path: r.name for r in rows}
        xlsx_reference.add_reference_sheet(wb, results, names, reference)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_workbook(
    results: Sequence[DocumentResult],
    path: Path,
    links: Mapping[str, Path] | None = None,
    reference: ReferenceTable | None = None,
) -> None:
    """Write the summary workbook atomically (hyperlinks relative to its folder)."""
    write_bytes_atomic(path, workbook_bytes(results, links, path, reference))
