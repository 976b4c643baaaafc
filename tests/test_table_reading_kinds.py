"""Three kinds of table reading, each in every format (text, DOCX, PDF).

Grouped column headers: ``编制数`` spanning ``行政 | 事业`` over one unit row and a 合计
row whose value for each group is written once: as text (the group's value, then an
empty cell), as a Word table with the cell merged across the group, and as a PDF drawn
from that Word table. In each format the table adds up (no finding), and a 合计 off by
one is one AR001 naming the sum of the sub-columns.

A table's subject is its own (a “三公” table under a 政府采购 heading), and a row label
that is a name (``预算绩效管理系统维护``) states no basis or year.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from docx import Document as WordDocument
from fuzz.oracle import audit_file_findings
from helpers import audit_text, finding_mentions

from auditor.extract import open_document
from auditor.findings import Finding, Severity

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

TITLE = "某县司法局2024年度部门整体支出绩效自评报告"
CAPTION = "表1  人员编制情况表（单位：人）"
PROSE = "截至2024年底，本部门编制46名，实有人数42人，离退休人员18人。"


def _text(total: str) -> str:
    rows = [
        ["单位", "编制数", "", "实有人数", "", "离退休人员"],
        ["", "行政", "事业", "行政", "事业", ""],
        ["某县司法局", "40", "6", "37", "5", "18"],
        ["合计", total, "", "42", "", "18"],
    ]
    table = "\n".join("\t".join(r) for r in rows)
    return f"{TITLE}\n\n一、部门基本情况\n\n{CAPTION}\n\n{table}\n\n{PROSE}\n"


def _docx(total: str, path: Path) -> Path:
    doc = WordDocument()
    for text in (TITLE, "一、部门基本情况", CAPTION):
        doc.add_paragraph(text)
    table = doc.add_table(rows=4, cols=6)
    table.style = "Table Grid"
    head, sub, unit, last = (row.cells for row in table.rows)
    head[0].merge(sub[0]).text = "单位"
    head[1].merge(head[2]).text = "编制数"
    head[3].merge(head[4]).text = "实有人数"
    head[5].merge(sub[5]).text = "离退休人员"
    for i, word in enumerate(["行政", "事业", "行政", "事业"], start=1):
        sub[i].text = word
    for i, value in enumerate(["某县司法局", "40", "6", "37", "5", "18"]):
        unit[i].text = value
    last[0].text = "合计"
    last[1].merge(last[2]).text = total  # one value for the whole group
    last[3].merge(last[4]).text = "42"
    last[5].text = "18"
    doc.add_paragraph(PROSE)
    doc.save(str(path))
    return path


def _pdf(total: str, folder: Path) -> Path:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    from render_pdf import draw_pdf_reportlab

    doc = open_document(_docx(total, folder / f"staff-{total}.docx"))
    out = folder / f"staff-{total}.pdf"
    draw_pdf_reportlab(doc, out)
    return out


def _check(findings: list[Finding], total: str) -> None:
    found = [
        f for f in findings if f.rule in ("AR001", "IC001") and f.severity is not Severity.INFO
    ]
    if total == "46":
        assert found == [], [f.message for f in found]
        return
    sums = [f for f in found if f.rule == "AR001"]
    assert len(sums) == 1, [f.message for f in found]
    assert finding_mentions(sums[0], "47") and finding_mentions(sums[0], "46")
    assert sums[0].severity is Severity.ERROR  # the other group confirms the reading


@pytest.mark.parametrize("total", ["46", "47"])
def test_text_group_total_written_once(total: str) -> None:
    _check(audit_text(_text(total), rules=["AR001", "IC001"]), total)


@pytest.mark.parametrize("total", ["46", "47"])
def test_docx_group_total_in_a_merged_cell(total: str, tmp_path: Path) -> None:
    doc = open_document(_docx(total, tmp_path / "staff.docx"))
    table = next(b for b in doc.blocks if hasattr(b, "grid"))
    assert table.grid[3][1] is table.grid[3][2]  # python-docx's merge is kept as a span
    _check(audit_file_findings(tmp_path / "staff.docx"), total)


@pytest.mark.slow
@pytest.mark.parametrize("total", ["46", "47"])
def test_pdf_group_total_in_a_merged_cell(total: str, tmp_path: Path) -> None:
    _check(audit_file_findings(_pdf(total, tmp_path)), total)


# A “三公” table under a heading that names 政府采购, and a project table whose names hold
# 预算/决算/上年: neither gives an IC001 in any format (both did before, as text, DOCX
# and PDF alike).
SANGONG = """某县档案馆2024年度部门整体支出绩效自评报告

二、“三公”经费及政府采购情况

表3  “三公”经费支出情况表（单位：万元）

项目\t预算数\t本年实际\t上年实际
公务接待费\t3.00\t2.40\t2.80
公务用车运行维护费\t6.00\t5.10\t5.60
因公出国（境）费\t0.00\t0.00\t0.00
合计\t9.00\t7.50\t8.40

本年政府采购预算210.00万元，实际采购金额198.60万元，政府采购执行率94.57%。
"""
PROJECTS = """某市统计局2024年度部门整体支出绩效自评报告

三、项目支出情况

表4  2024年度重点项目支出情况表（单位：万元）

序号\t项目名称\t项目支出预算数\t项目支出实际数\t执行率
1\t预算绩效管理系统维护\t35.00\t32.60\t93.14%
2\t决算审计服务\t12.00\t11.40\t95.00%
3\t上年度结转项目收尾\t8.00\t7.20\t90.00%
4\t经济普查数据处理\t60.00\t58.80\t98.00%
\t合计\t115.00\t110.00\t95.65%
"""


def _in_format(text: str, fmt: str, folder: Path) -> list[Finding]:
    if fmt == "txt":
        return audit_text(text)
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    from render_docx import DocxStyle, write_docx
    from render_pdf import draw_pdf_reportlab

    from auditor.extract.plaintext import parse_text

    doc = parse_text(text, "report.txt")
    path = folder / f"report.{fmt}"
    if fmt == "docx":
        write_docx(doc, path, DocxStyle())
    else:
        draw_pdf_reportlab(doc, path)
    return audit_file_findings(path)


@pytest.mark.parametrize("fmt", ["txt", "docx", pytest.param("pdf", marks=pytest.mark.slow)])
@pytest.mark.parametrize("text", [SANGONG, PROJECTS], ids=["sangong", "projects"])
def test_table_subject_and_names_in_every_format(text: str, fmt: str, tmp_path: Path) -> None:
    found = [
        f.message
        for f in _in_format(text, fmt, tmp_path)
        if f.rule == "IC001" and f.severity is not Severity.INFO
    ]
    assert found == []


def test_docx_unit_row_writing_one_value_for_its_group(tmp_path: Path) -> None:
    """A unit row's merged cell under a group is that unit's group figure, a part of the 合计."""
    doc = WordDocument()
    doc.add_paragraph(TITLE)
    doc.add_paragraph(CAPTION)
    table = doc.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    head, sub, *body, last = (row.cells for row in table.rows)
    head[0].merge(sub[0]).text = "单位"
    head[1].merge(head[2]).text = "编制数"
    head[3].merge(sub[3]).text = "离退休人员"
    sub[1].text, sub[2].text = "行政", "事业"
    for row, values in zip(
        body,
        (
            ["局机关", "40", "6", "18"],
            ["县公证处", "12", None, "2"],
            ["县法律援助中心", "3", "5", "0"],
        ),
        strict=True,
    ):
        for i, value in enumerate(values):
            if value is not None:
                row[i].text = value
    body[1][1].merge(body[1][2]).text = "12"
    last[0].text = "合计"
    last[1].merge(last[2]).text = "66"
    last[3].text = "20"
    doc.save(str(tmp_path / "units.docx"))
    found = [
        f.message
        for f in audit_file_findings(tmp_path / "units.docx")
        if f.rule in ("AR001", "IC001") and f.severity is not Severity.INFO
    ]
    assert found == []
