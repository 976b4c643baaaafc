"""Grouped column headers in every format: sub-columns are parts, a total written once per group.

``编制数`` spanning ``行政 | 事业`` over one unit row and a 合计 row whose value for each
group is written once: as text (the group's value, then an empty cell), as a Word table
with the cell merged across the group, and as a PDF drawn from that Word table. In each
format the table adds up (no finding), and a 合计 off by one is one AR001 naming the sum
of the sub-columns.
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
