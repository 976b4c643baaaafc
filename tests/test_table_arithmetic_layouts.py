"""A table's own arithmetic columns read from Word and PDF, merged cells taken once.

A “三公” table ``序号 | 项目 | 上年决算 | 本年决算 | 增减额`` whose 合计 row merges its
label across 序号 and 项目 (python-docx and pdfplumber give that cell once per slot it
spans) and whose 合计 value spans 上年 and 本年 in a second table: each merged cell is one
figure, never two, so the 合计 adds its rows once and the 增减额 column is checked row by
row (AR003) in every format.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from docx import Document as WordDocument
from fuzz.oracle import audit_file_findings
from helpers import finding_mentions

from auditor.extract import open_document
from auditor.findings import Finding, Severity

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
TITLE = "某县交通运输局2024年度部门整体支出绩效自评报告"
CAPTION = "表3  “三公”经费支出对比表（单位：万元）"
ROWS = [
    ["1", "公务接待费", "10.00", "8.00", "-2.00"],
    ["2", "公务用车运行维护费", "36.00", "34.20", "-1.80"],
    ["3", "因公出国（境）费", "4.00", "2.80", "-1.20"],
]


def _docx(car_change: str, path: Path) -> Path:
    doc = WordDocument()
    for text in (TITLE, "二、“三公”经费情况", CAPTION):
        doc.add_paragraph(text)
    table = doc.add_table(rows=5, cols=5)
    table.style = "Table Grid"
    head, *body, last = (row.cells for row in table.rows)
    for i, word in enumerate(["序号", "项目", "上年决算", "本年决算", "增减额"]):
        head[i].text = word
    for row, values in zip(body, ROWS, strict=True):
        for i, value in enumerate(values):
            row[i].text = value
    body[1][4].text = car_change
    last[0].merge(last[1]).text = "合计"  # one label across 序号 and 项目
    last[2].text, last[3].text, last[4].text = "50.00", "45.00", "-5.00"
    doc.add_paragraph("本年“三公”经费支出45.00万元，比上年减少5.00万元。")
    doc.save(str(path))
    return path


def _pdf(car_change: str, folder: Path) -> Path:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    from render_pdf import draw_pdf_reportlab

    doc = open_document(_docx(car_change, folder / f"sangong{car_change}.docx"))
    out = folder / f"sangong{car_change}.pdf"
    draw_pdf_reportlab(doc, out)
    return out


def _check(findings: list[Finding], car_change: str) -> None:
    found = [
        f
        for f in findings
        if f.rule in ("AR001", "AR003", "IC001") and f.severity is not Severity.INFO
    ]
    if car_change == "-1.80":
        assert found == [], [f.message for f in found]
        return
    assert [f.rule for f in found] == ["AR003"], [f.message for f in found]
    assert finding_mentions(found[0], car_change) and finding_mentions(found[0], "-1.80")
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize("car_change", ["-1.80", "-2.80"])
def test_docx_difference_column_beside_a_merged_total_label(
    car_change: str, tmp_path: Path
) -> None:
    path = _docx(car_change, tmp_path / "sangong.docx")
    table = next(b for b in open_document(path).blocks if hasattr(b, "grid"))
    assert table.grid[4][0] is table.grid[4][1]  # the merged label is one cell
    _check(audit_file_findings(path), car_change)


@pytest.mark.slow
@pytest.mark.parametrize("car_change", ["-1.80", "-2.80"])
def test_pdf_difference_column_beside_a_merged_total_label(car_change: str, tmp_path: Path) -> None:
    _check(audit_file_findings(_pdf(car_change, tmp_path)), car_change)


def test_docx_total_spanning_two_columns_is_one_figure(tmp_path: Path) -> None:
    """A value merged across 上年 and 本年 (unchanged) is one figure: no column adds it twice."""
    doc = WordDocument()
    for text in (TITLE, CAPTION):
        doc.add_paragraph(text)
    table = doc.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    head, first, second, last = (row.cells for row in table.rows)
    for i, word in enumerate(["项目", "上年决算", "本年决算"]):
        head[i].text = word
    first[0].text, second[0].text, last[0].text = "办公设备购置", "信息网络运维", "合计"
    first[1].merge(first[2]).text = "20.00"  # the same in both years, written once
    second[1].text, second[2].text = "30.00", "26.00"
    last[1].text, last[2].text = "50.00", "46.00"
    doc.save(str(tmp_path / "merged.docx"))
    opened = open_document(tmp_path / "merged.docx")
    grid = next(b for b in opened.blocks if hasattr(b, "grid")).grid
    assert grid[1][1] is grid[1][2]
    found = [
        f.message
        for f in audit_file_findings(tmp_path / "merged.docx")
        if f.rule in ("AR001", "AR003") and f.severity is not Severity.INFO
    ]
    assert found == []
