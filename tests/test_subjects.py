"""Paragraphs whose subject is a named project (``auditor/read/subjects.py``)."""

from __future__ import annotations

import pytest
from helpers import read_text

from auditor.read.qualifiers import Scope
from auditor.read.subjects import project_name


@pytest.mark.parametrize(
    ("text", "heading", "name"),
    [
        ("（一）2024年高标准农田建设工程", True, "2024年高标准农田建设工程"),
        ("2.校园安全提升项目实施情况", True, "校园安全提升项目"),
        ("3.市容秩序提升行动：调整后预算300.00万元。", False, "市容秩序提升行动"),
        ("4、环卫车辆运行经费。年初预算45.00万元。", False, "环卫车辆运行经费"),
        # Names that end like a project's but speak of the department's money.
        ("（二）“三公”经费", True, ""),
        ("二、重点项目", True, ""),
        ("1.项目支出情况", True, ""),
        ("2.财政资金：全年支出80.00万元。", False, ""),
        ("3.年度工作计划：全年支出80.00万元。", False, ""),
    ],
)
def test_project_name(text: str, heading: bool, name: str) -> None:
    assert project_name(text, heading=heading) == name


def test_department_paragraph_after_project_paragraphs_keeps_department_scope() -> None:
    reading = read_text(
        "2024年度某县林业局部门整体支出绩效自评报告\n"
        "二、项目支出情况\n"
        "1.森林防火专项：调整后预算80.00万元，实际支出78.00万元。\n"
        "2.“三公”经费：全年预算9.00万元，实际支出7.50万元。\n"
        "三、部门整体支出情况\n"
        "全年调整后预算1,200.00万元，支出合计1,180.00万元。\n"
    )
    scopes = {
        (f.figure.shown, f.scope, f.scope_name)
        for f in reading.facts.facts
        if f.concept in ("budget.adjusted", "expenditure.total")
    }
    assert ("80.00 万元", Scope.UNIT, "森林防火专项") in scopes
    assert ("1,200.00 万元", Scope.TOTAL, "") in scopes
    assert ("1,180.00 万元", Scope.TOTAL, "") in scopes
