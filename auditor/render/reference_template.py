"""``audit --reference-template FILE``: an empty reference table a bureau fills in.

Every header is one the concept lexicon reads (the test reads the template back and
finds no unknown column), so a bureau may also keep its own headers: 编制数、实有人数、
支出合计、基本支出、项目支出、三公经费 … are matched without renaming.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from auditor.render.atomic import write_bytes_atomic

HEADERS = (
    "单位名称",
    "预算编码",
    "编制数",
    "实有人数",
    "收入合计（万元）",
    "一般公共预算拨款（万元）",
    "政府性基金拨款（万元）",
    "上年结转（万元）",
    "支出合计（万元）",
    "基本支出（万元）",
    "项目支出（万元）",
    "三公经费（万元）",
    "公务接待费（万元）",
    "公务用车运行维护费（万元）",
    "公务用车购置费（万元）",
    "因公出国（境）费用（万元）",
    "年初预算（万元）",
    "调整后预算（万元）",
    "政府采购实际金额（万元）",
    "固定资产总额（万元）",
)
NOTES = (
    "说明",
    "每个部门（单位）一行；“单位名称”与“预算编码”至少填一项，两项都填时按预算编码匹配报告。",
    "金额默认为本年度决算数；表头写“预算”“调整后预算”“上年”或具体年份（如“2023年三公经费”）时按表头理解。",
    "金额单位写在表头括号中（万元或元），人数以人计；空白单元格不核对。",
    "可删去不需要的列，也可沿用本局自己的表头（如“编制人数”“本年支出合计”）；无法识别的表头会列出、不会被猜测。",
)


def write_template(path: Path) -> None:
    """Write the template as ``.csv`` (UTF-8 with BOM, for Excel) or ``.xlsx``."""
    if path.suffix.lower() == ".csv":
        text = io.StringIO()
        csv.writer(text).writerow(HEADERS)
        write_bytes_atomic(path, text.getvalue().encode("utf-8-sig"))
        return
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    sheet = wb.active
    sheet.title = "参考数据"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i in range(len(HEADERS)):
        sheet.column_dimensions[sheet.cell(row=1, column=i + 1).column_letter].width = 16
    notes = wb.create_sheet("说明")
    for line in NOTES:
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    buffer = io.BytesIO()
    wb.save(buffer)
    write_bytes_atomic(path, buffer.getvalue())
