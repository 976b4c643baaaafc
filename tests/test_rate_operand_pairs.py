"""A stated department rate is recomputed from the pair of figures that are its operands.

A scored item's own money (``培训经费（4分）：预算…，支出…``) sits nearer to the rate than
the department's totals; it is that item's, and when the report's department figures give
the written rate, the rate is right (``auditor/assess.py``, ``auditor/read/subjects.py``).
"""

from __future__ import annotations

import pytest
from helpers import audit_text

HEAD = (
    "某县{unit}2025年度部门整体支出绩效自评报告\n"
    "一、部门基本情况\n"
    "2025年度我{short}支出合计{spent}万元，其中基本支出{basic}万元，项目支出{project}万元。"
    "全年调整后预算{budget}万元。\n"
    "二、指标评分说明\n"
)
TAIL = "三、自评结论\n综合评价，本单位2025年度自评得分95分，等级为优。\n某县{unit}\n2026年3月12日\n"

CASES = {
    # an unnumbered item lead with points
    "lead": dict(
        unit="档案馆",
        short="馆",
        spent="862.40",
        basic="610.20",
        project="252.20",
        budget="880.00",
        item="档案数字化加工支出（5分）：全年预算45.00万元，实际支出41.85万元，"
        "控制在预算以内，得5分。\n",
    ),
    # a numbered item lead, another unit, other money words
    "numbered": dict(
        unit="妇女联合会",
        short="会",
        spent="318.60",
        basic="240.10",
        project="78.50",
        budget="354.00",
        item="3.妇女技能培训经费（分值6分）：年初安排26.00万元，调整后预算24.00万元，"
        "实际支出21.60万元，得6分。\n",
    ),
}


def _report(case: dict[str, str], rate: str) -> str:
    return (
        HEAD.format(**case)
        + f"预算执行率（10分）：全年预算执行率{rate}，按执行率乘以分值计分。\n"
        + case["item"]
        + TAIL.format(**case)
    )


@pytest.mark.parametrize(("name", "rate"), [("lead", "98.00%"), ("numbered", "90.00%")])
def test_a_right_rate_is_not_recomputed_from_an_items_money(name: str, rate: str) -> None:
    rules = [f.rule for f in audit_text(_report(CASES[name], rate))]
    assert "AR005" not in rules and "AR003" not in rules


@pytest.mark.parametrize(
    ("name", "rate", "shown"), [("lead", "97.00%", "862.40"), ("numbered", "91.00%", "318.60")]
)
def test_a_wrong_rate_is_recomputed_from_the_departments_figures(
    name: str, rate: str, shown: str
) -> None:
    found = [f for f in audit_text(_report(CASES[name], rate)) if f.rule == "AR005"]
    assert len(found) == 1 and found[0].severity == "error"
    assert shown in found[0].message


def test_a_rate_some_pair_of_department_figures_gives_is_right() -> None:
    """No item lead: the aside's figures are read as the department's, nearer than the
    totals; the totals give the rate, so nothing is flagged."""
    case = dict(CASES["lead"])
    case["item"] = "在档案数字化方面，全年预算45.00万元，实际支出41.85万元，进展顺利。\n"
    rules = [f.rule for f in audit_text(_report(case, "98.00%"))]
    assert "AR005" not in rules


def test_a_rate_over_all_the_money_the_department_could_spend_is_right() -> None:
    """Spending over 收入总计 (上年结转 + 调整后预算): a base the report states itself."""
    text = (
        "某县水利局2024年度部门整体支出绩效自评报告\n"
        "一、收支情况\n"
        "2024年度我局收入总计1,208.50万元，其中上年结转48.50万元、本年收入1,160.00万元。"
        "调整后预算1,160.00万元，全年实际支出1,172.25万元，预算执行率97.00%。\n"
    )
    assert "AR005" not in [f.rule for f in audit_text(text)]
