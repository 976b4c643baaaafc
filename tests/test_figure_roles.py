"""A figure's role in its sentence (issue 12): level, change, bound, rule step, remainder.

Each role is read once (``auditor/read/figures.py`` for bounds and rule steps,
``auditor/read/facts/`` for changes and remainders) from wording in the cue YAML; a
figure that is not a level never joins the facts rules compare. Written in other
departments' words than the held-out reports the kinds were seen on.
"""

from __future__ import annotations

import pytest
from helpers import read_text

from auditor.read.qualifiers import Role


def _figure(text: str, written: str):
    reading = read_text(text)
    return next(f for f in reading.figures if f.amount.raw.startswith(written))


def _role_of(text: str, written: str) -> Role:
    reading = read_text(text)
    for fact in (*reading.facts.facts, *reading.facts.roles):
        if fact.figure.amount.raw.startswith(written):
            return fact.role
    return _figure(text, written).role


@pytest.mark.parametrize(
    ("sentence", "written", "role"),
    [
        # A scoring rule's step: 每… before, points deducted or awarded after.
        ("评分标准：服务对象满意率每少1个百分点扣1分，扣完为止。", "1个百分点", Role.RULE_STEP),
        ("预算执行率每低1%扣0.2分。", "1%", Role.RULE_STEP),
        ("政府采购执行率95%得4分。", "95%", Role.RULE_STEP),
        # A bound: after 超过/不足/高于/不低于, or before 以上/（含）.
        ("预算调整率超过8%，扣1分。", "8%", Role.BOUND),
        ("结转结余率不足5%的，得满分。", "5%", Role.BOUND),
        ("群众满意度不低于90%。", "90%", Role.BOUND),
        # A change in percentage points, or after 提高/加快.
        ("2024年度预算执行率同比提高1.6个百分点。", "1.6个百分点", Role.CHANGE),
        ("全年预算执行率较上年加快2.1%。", "2.1%", Role.CHANGE),
        # What is left of a quantity.
        ("年末未支付的财政拨款23.64万元已按规定结转。", "23.64万元", Role.REMAINDER),
        ("结余的基本支出6.10万元已收回财政。", "6.10万元", Role.REMAINDER),
        # Levels stay levels.
        ("2024年度预算执行率为98.20%。", "98.20%", Role.LEVEL),
        ("2024年度基本支出286.40万元。", "286.40万元", Role.LEVEL),
        ("2024年度年末结转结余45.60万元。", "45.60万元", Role.LEVEL),
        ("预算执行率提高到98.20%。", "98.20%", Role.LEVEL),
    ],
)
def test_figure_role(sentence: str, written: str, role: Role) -> None:
    text = f"某县某局2024年度部门整体支出绩效自评报告\n{sentence}\n"
    assert _role_of(text, written) == role


def test_only_levels_are_facts_rules_compare() -> None:
    reading = read_text(
        "某县某局2024年度部门整体支出绩效自评报告\n"
        "2024年度基本支出286.40万元，结余的基本支出6.10万元已收回财政。\n"
        "2024年度预算执行率为98.20%，同比提高1.6个百分点。\n"
        "评分标准：预算执行率每低1个百分点扣0.5分。\n"
    )
    assert [f.figure.amount.raw for f in reading.facts.of("expenditure.basic")] == ["286.40万元"]
    assert [f.figure.amount.raw for f in reading.facts.of("rate.budget_execution")] == ["98.20%"]
