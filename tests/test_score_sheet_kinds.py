"""Score-sheet layouts and statements that misled the scoring rules (round 17).

Each kind is written in other words than any corpus report: two variants and a near
miss that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import audit_text

BONUS_SHEET = """某区图书馆2024年度部门整体支出绩效自评报告
一、自评结论
经评价，本馆综合得分{total}分，等级为优。
表5 整体支出绩效评价指标评分表
| 一级指标 | 三级指标 | 分值 | 得分 | 扣分原因 |
| 决策 | 目标设定合理性 | 30 | 29 | 个别目标未细化 |
| 过程 | 预算执行率 | 30 | 28.5 | 执行率93% |
| 效益 | 读者满意度 | 40 | 39 | |
| {base} |  | 100 | 96.5 | |
| {bonus} |  | — | {extra} | 获市级表彰 |
| 综合得分 |  |  | {total} | |
"""


@pytest.mark.parametrize(
    ("base", "bonus", "extra", "total"),
    [
        ("基础指标小计", "加分项", "1.5", "98"),
        ("小计", "附加分（最高2分）", "0.5", "97"),
    ],
)
def test_a_bonus_row_adds_to_the_indicators_sum(
    base: str, bonus: str, extra: str, total: str
) -> None:
    """The total is the indicators' sum plus the 加分项 row: the sheet is consistent."""
    text = BONUS_SHEET.format(base=base, bonus=bonus, extra=extra, total=total)
    assert not [f for f in audit_text(text, ["SC005", "SC008", "SC009"])]


def test_a_total_that_misses_the_bonus_too_is_still_reported() -> None:
    """Near miss: 96.5 + 1.5 is 98, not 99: the total is wrong either way."""
    text = BONUS_SHEET.format(base="小计", bonus="加分项", extra="1.5", total="99")
    found = [f for f in audit_text(text, ["SC005"]) if f.rule == "SC005"]
    assert found and "含加分 1.5 分" in found[0].message


def test_an_indicator_named_after_bonuses_is_an_indicator() -> None:
    """Near miss: ``加分项目管理`` is an indicator of its own, not a bonus row."""
    text = BONUS_SHEET.format(base="小计", bonus="加分项目管理", extra="1.5", total="98")
    assert any(f.rule == "SC005" for f in audit_text(text, ["SC005"]))
