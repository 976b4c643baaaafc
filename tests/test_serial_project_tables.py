"""A project list behind a 序号 column, with a 资金来源 column beside the names.

Its 合计 is the listed projects' total, not the department's budget
(``auditor/read/facts/build.py``: the corner header after the serial column, the row
named by its project, not by the source cell beside it).
"""

from __future__ import annotations

import pytest
from helpers import audit_text, knowledge

HEAD = (
    "某县林业局2025年度部门整体支出绩效自评报告\n"
    "一、收支情况\n"
    "表1 收支决算表\n单位：万元\n"
    "| 项目 | 调整后预算数 | 决算数 |\n"
    "| 基本支出 | 1,120.00 | 1,108.50 |\n"
    "| 项目支出 | 1,540.00 | 1,497.20 |\n"
    "| 支出合计 | 2,660.00 | 2,605.70 |\n"
    "二、项目支出情况\n"
    "表2 项目明细\n单位：万元\n"
)


def _projects(corner: str, total: str, total_row: str = "| 合计 |  |") -> str:
    return (
        f"| 序号 | {corner} | 资金来源 | 调整后预算数 | 实际支出数 |\n"
        "| 1 | 森林防火能力提升项目 | 一般公共预算 | 620.00 | 601.30 |\n"
        "| 2 | 国土绿化示范项目 | 政府性基金预算 | 540.00 | 528.40 |\n"
        "| 3 | 林业有害生物防治项目 | 一般公共预算 | 380.00 | 367.50 |\n"
        f"{total_row}  | {total} | 1,497.20 |\n"
    )


@pytest.mark.parametrize("total_row", ["| 合计 |  |", "|  | 合计 |"])
@pytest.mark.parametrize("corner", ["项目名称", "项目"])
def test_project_list_total_is_not_the_departments_budget(corner: str, total_row: str) -> None:
    found = audit_text(HEAD + _projects(corner, "1,540.00", total_row))
    assert not [f for f in found if f.rule == "IC001" and f.severity != "info"]


@pytest.mark.parametrize("total_row", ["| 合计 |  |", "|  | 合计 |"])
def test_a_mistyped_project_total_is_still_an_arithmetic_error(total_row: str) -> None:
    """The 合计 written in the 序号 column or in the names' column."""
    found = audit_text(HEAD + _projects("项目名称", "1,450.00", total_row))
    assert [f.rule for f in found if f.severity == "error"] == ["AR001"]


def test_project_rows_beside_an_implementing_unit_column() -> None:
    """``| 序号 | 项目名称 | 实施单位 | 资金来源 | …``: the project names the row, not the unit."""
    table = (
        "| 序号 | 项目名称 | 实施单位 | 资金来源 | 全年预算数 | 实际支出数 |\n"
        "| 1 | 森林防火能力提升项目 | 县森林消防大队 | 一般公共预算 | 620.00 | 601.30 |\n"
        "| 2 | 国土绿化示范项目 | 县林业技术推广站 | 政府性基金预算 | 540.00 | 528.40 |\n"
        "| 3 | 林业有害生物防治项目 | 县森林病虫害防治检疫站 | 一般公共预算 | 380.00 | 367.50 |\n"
        "| 合计 |  |  |  | 1,540.00 | 1,497.20 |\n"
    )
    found = audit_text(HEAD + table)
    assert not [f for f in found if f.rule == "IC001" and f.severity != "info"]


@pytest.mark.parametrize(
    ("label", "alone"),
    [
        ("人员经费", True),
        ("其中：公用经费", True),
        ("城市管理执法协管人员经费", False),
        ("乡村学校教师周转宿舍公用经费", False),
        ("城市道路清扫保洁", False),
    ],
)
def test_a_project_named_after_a_concept_is_still_a_project(label: str, alone: bool) -> None:
    """``…协管人员经费`` names a project whose money pays people; ``人员经费`` is the quantity."""
    from auditor.read.facts.build import _names_concept_alone

    assert _names_concept_alone(label, knowledge().lexicon) is alone
