"""A side-by-side 收支 table: the right half's ``其中`` nests the right half's rows only.

``财政拨款收入 | 3,420.50 | 基本支出 | 2,106.30`` followed by ``事业收入 | 618.20 |
其中：人员经费 | 1,652.10``: 人员经费 and 日常公用经费 are parts of 基本支出, and the
right half's 本年支出小计 adds up under that reading; the left half's 本年收入小计 still
adds 财政拨款收入 (its first source). Which rows a 小计 owns is chosen in the columns of
its own half, in text and in Word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from fuzz.oracle import audit_file_findings
from helpers import audit_text, finding_mentions

from auditor.findings import Finding, Severity

TITLE = "2024年度市农业农村局部门整体支出绩效自评报告"
CAPTION = "表1  收入支出决算总表（单位：万元）"
HEAD = ["收入", "本年数", "支出", "本年数"]


def _rows(income_subtotal: str) -> list[list[str]]:
    return [
        ["财政拨款收入", "3,420.50", "基本支出", "2,106.30"],
        ["事业收入", "618.20", "其中：人员经费", "1,652.10"],
        ["经营收入", "0.00", "日常公用经费", "454.20"],
        ["其他收入", "41.30", "项目支出", "1,973.70"],
        ["本年收入小计", income_subtotal, "本年支出小计", "4,080.00"],
        ["上年结转", "120.00", "年末结转", "120.00"],
        ["总计", "4,200.00", "总计", "4,200.00"],
    ]


def _text(income_subtotal: str) -> str:
    lines = [TITLE, "二、部门收支情况", CAPTION, "| " + " | ".join(HEAD) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in _rows(income_subtotal)]
    return "\n".join(lines) + "\n"


def _docx(income_subtotal: str, path: Path) -> Path:
    doc = WordDocument()
    for text in (TITLE, "二、部门收支情况", CAPTION):
        doc.add_paragraph(text)
    rows = [HEAD, *_rows(income_subtotal)]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    doc.save(str(path))
    return path


def _totals(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule == "AR001" and f.severity is not Severity.INFO]


def _check(findings: list[Finding], income_subtotal: str) -> None:
    found = _totals(findings)
    if income_subtotal == "4,080.00":
        assert found == [], [f.message for f in found]
        return
    assert len(found) >= 1, "the wrong 本年收入小计 is reported"
    subtotal = [f for f in found if finding_mentions(f, income_subtotal)]
    assert subtotal and finding_mentions(subtotal[0], "4,080.00"), [f.message for f in found]


@pytest.mark.parametrize("income_subtotal", ["4,080.00", "4,008.00"])
def test_text_side_by_side_qizhong_nests_its_own_half(income_subtotal: str) -> None:
    _check(audit_text(_text(income_subtotal), rules=["AR001"]), income_subtotal)


@pytest.mark.parametrize("income_subtotal", ["4,080.00", "4,008.00"])
def test_docx_side_by_side_qizhong_nests_its_own_half(income_subtotal: str, tmp_path: Path) -> None:
    path = _docx(income_subtotal, tmp_path / "shouzhi.docx")
    _check(audit_file_findings(path), income_subtotal)
