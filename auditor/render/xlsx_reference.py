"""The ``参考数据核对`` sheet of ``--xlsx``: reference and last-year differences, one row each.

Added only when the batch was checked against a reference table or last year's reports.
One row per REF finding — report place and value, the reference file's row and column
(or last year's report's place) and its value, the difference as a number — and one
row per report without a finding saying whether it was matched (``一致``) or not and why
(``未匹配：…``), so the reviewer sees every report's status in one sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from auditor.engine import DocumentResult
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.reference.table import ReferenceTable

HEADERS = (
    "文件",
    "单位",
    "参考数据",
    "上年报告",
    "规则",
    "严重程度",
    "问题",
    "报告位置",
    "报告值",
    "对照位置",
    "对照值",
    "差异",
    "编号",
)
_WIDTHS = (26, 20, 24, 24, 8, 8, 60, 24, 11, 30, 11, 10, 17)


def _info(result: DocumentResult, key: str) -> dict[str, Any] | None:
    meta = result.meta
    if meta is None:
        return None
    return meta.reference if key == "reference" else meta.previous


def _status(result: DocumentResult, key: str) -> str:
    info = _info(result, key)
    if not info:
        return ""
    if info.get("status") == "matched":
        if key == "reference":
            return f"第 {info.get('row')} 行（按{info.get('matched_by')}）"
        return f"{info.get('file')}（按{info.get('matched_by')}）"
    return f"未匹配：{info.get('reason', '')}"


def _number(value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value.replace(",", "").strip())
    except ArithmeticError:
        return None


def _cells(result: DocumentResult, name: str, unit: str | None, f: Finding) -> list[Any]:
    own = [e for e in f.evidence if e.location.file is None]
    other = [e for e in f.evidence if e.location.file is not None]
    found, expected = _number(f.found), _number(f.expected)
    return [
        name,
        unit,
        _status(result, "reference"),
        _status(result, "previous"),
        f.rule,
        f.severity.label,
        f.message,
        "；".join(dict.fromkeys(e.location.describe() for e in own[:6])),
        float(found) if found is not None else None,
        "；".join(dict.fromkeys(e.location.describe() for e in other[:3])),
        float(expected) if expected is not None else None,
        float(found - expected) if found is not None and expected is not None else None,
        f.id,
    ]


def wanted(results: Sequence[DocumentResult]) -> bool:
    """Whether the batch was checked against a reference table or last year's reports."""
    return any(
        _info(r, "reference") is not None
        or _info(r, "previous") is not None
        or any(f.rule.startswith("REF") for f in r.findings)
        for r in results
    )


def add_reference_sheet(
    wb: Any,
    results: Sequence[DocumentResult],
    names: dict[str, str],
    reference: ReferenceTable | None = None,
) -> None:
    """Append the sheet to an openpyxl workbook (``names``: result path → shown file name).

    With the ``reference`` table, its rows that no report was matched with are listed last.
    """
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = wb.create_sheet("参考数据核对")
    sheet.append(HEADERS)
    for result in results:
        if result.status != "ok":
            continue
        name = names.get(result.path, result.path)
        unit = result.meta.unit if result.meta is not None else None
        refs = [f for f in result.findings if f.rule.startswith("REF")]
        for f in sorted(refs, key=lambda f: (f.dismissed, f.severity.rank, f.rule)):
            sheet.append(_cells(result, name, unit, f))
            for column in (9, 11, 12):
                cell = sheet.cell(row=sheet.max_row, column=column)
                if isinstance(cell.value, float):
                    cell.number_format = "#,##0.00##"
        if not refs:
            matched = [
                info.get("status") == "matched"
                for k in ("reference", "previous")
                if (info := _info(result, k))
            ]
            verdict = "一致" if matched and all(matched) else ""
            sheet.append(
                [
                    name,
                    unit,
                    _status(result, "reference"),
                    _status(result, "previous"),
                    None,
                    None,
                    verdict or "未核对（见“参考数据”“上年报告”列）",
                ]
            )
    if reference is not None:
        from auditor.render.reference_lines import unmatched_rows

        by_number = {row.number: row for row in reference.rows}
        for number in unmatched_rows(reference, results):
            row = by_number[number]
            sheet.append(
                [
                    None,
                    row.name or None,
                    f"第 {number} 行（{row.code or '无预算编码'}）",
                    None,
                    None,
                    None,
                    "参考数据中的这一行没有对应的报告",
                ]
            )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for i, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(
                vertical="top", wrap_text=isinstance(cell.value, str) and len(cell.value) > 12
            )
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
