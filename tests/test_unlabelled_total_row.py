"""A table whose last row has no label, only a figure under a value column.

Such a row near the sum of the rows above is their total (the ``合计`` label left out):
a mismatch is a warning that shows the reading (按末行为合计理解), never an error,
because the reading rests on the row's position. A row far from the sum (a note, a
page number, another figure) and a row equal to the sum say nothing.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from helpers import audit_text, finding_mentions, knowledge

from auditor.extract import open_document
from auditor.findings import Finding, Severity
from auditor.read.reading import read
from auditor.registry import select
from auditor.runner import RunSettings, run_checks

TITLE = "某县档案馆2024年度部门整体支出绩效自评报告"


def _cash_table(last: str) -> str:
    rows = [
        ["序号", "专项名称", "支付金额", "说明"],
        ["1", "档案数字化加工", "1,250,000", "外包加工"],
        ["2", "库房温湿度改造", "436,500", "设备更新"],
        ["3", "珍贵档案修复", "218,700", "修复材料"],
        ["", "", last, ""],
    ]
    table = "\n".join("\t".join(r) for r in rows)
    return (
        f"{TITLE}\n\n一、部门基本情况\n\n表3  2024年度专项经费使用情况（单位：元）\n\n"
        f"{table}\n\n各专项均按合同约定支付。\n"
    )


def _two_column_table(budget: str, spent: str) -> str:
    rows = [
        ["编号", "工作任务", "预算数", "执行数"],
        ["(1)", "疫苗冷链运维", "42.60", "41.90"],
        ["(2)", "传染病监测", "18.35", "18.35"],
        ["(3)", "健康教育宣传", "9.80", "9.12"],
        ["(4)", "慢病随访", "27.00", "26.48"],
        ["", "", budget, spent],
    ]
    table = "\n".join("\t".join(r) for r in rows)
    return (
        "某区疾病预防控制中心2023年度部门整体支出绩效自评报告\n\n二、项目支出情况\n\n"
        f"表2  重点工作经费（万元）\n\n{table}\n\n经费使用符合规定。\n"
    )


def _ar001(text: str) -> list[Finding]:
    return [f for f in audit_text(text, ["AR001"]) if f.rule == "AR001"]


def test_unlabelled_last_row_off_its_sum_is_a_warning_naming_the_reading() -> None:
    (f,) = _ar001(_cash_table("1,925,200"))
    assert f.severity is Severity.WARNING
    assert "按末行为合计理解" in f.message
    assert finding_mentions(f, "1,925,200") and finding_mentions(f, "1,905,200")


def test_unlabelled_last_row_in_two_value_columns() -> None:
    # 预算数 adds to 97.75 (written 97.75); 执行数 adds to 95.85, written 96.85.
    found = _ar001(_two_column_table("97.75", "96.85"))
    assert len(found) == 1
    (f,) = found
    assert f.severity is Severity.WARNING
    assert "按末行为合计理解" in f.message
    assert finding_mentions(f, "96.85") and finding_mentions(f, "95.85")


def test_unlabelled_last_row_equal_to_the_sum_says_nothing() -> None:
    assert _ar001(_cash_table("1,905,200")) == []
    assert _ar001(_two_column_table("97.75", "95.85")) == []


def test_unlabelled_last_row_far_from_the_sum_is_another_figure() -> None:
    # A stray figure (a page number, a count) under the amount column is no total.
    assert _ar001(_cash_table("12")) == []
    assert _ar001(_cash_table("2,600,000")) == []
    assert _ar001(_two_column_table("97.75", "60.00")) == []


def test_a_labelled_total_row_keeps_its_error() -> None:
    text = _cash_table("1,925,200").replace("\n\t\t1,925,200\t", "\n\t合计\t1,925,200\t")
    (f,) = _ar001(text)
    assert f.severity is Severity.ERROR
    assert "按末行为合计理解" not in f.message


def test_word_table_with_an_empty_merged_label_cell(tmp_path: Path) -> None:
    doc = WordDocument()
    for line in (TITLE, "一、部门基本情况", "表3  2024年度专项经费使用情况（单位：元）"):
        doc.add_paragraph(line)
    rows = [
        ("序号", "专项名称", "支付金额", "说明"),
        ("1", "档案数字化加工", "1,250,000", "外包加工"),
        ("2", "库房温湿度改造", "436,500", "设备更新"),
        ("3", "珍贵档案修复", "218,700", "修复材料"),
    ]
    table = doc.add_table(rows=5, cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.rows[r].cells[c].text = value
    last = table.rows[4].cells
    last[0].merge(last[1])  # the label cell spans 序号 and 专项名称, left empty
    last[2].text = "1,925,200"
    doc.add_paragraph("各专项均按合同约定支付。")
    path = tmp_path / "unlabelled.docx"
    doc.save(str(path))
    k = knowledge()
    reading = read(open_document(path), k.lexicon, k.framework)
    settings = RunSettings(checks=tuple(select(["AR001"])), options={}, raise_errors=True)
    found = [f for f in run_checks(reading, settings) if f.rule == "AR001"]
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "按末行为合计理解" in found[0].message
