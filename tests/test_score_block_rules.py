"""The 得分复核 block re-scores a row only by a rule the report itself states.

A row the report gives no rule for is scored by the reference framework's rule when the
rules are assessed (``assess``), but no error rests on that reading: the block (console
table, JSON ``score``, Excel 复核总分) keeps the awarded score there, so a reviewer never
sees a changed score or total that no finding explains. A rule the report does state
still re-scores the row (the example report's 固定资产利用率 3 → 2.62, 复核 88.62).
"""

from __future__ import annotations

from decimal import Decimal

from helpers import read_text

from auditor.assess import assess, summarize
from auditor.engine import ScoreBlock

HEAD = "某县水利局2024年度部门整体支出绩效自评报告\n"
SHEET = """四、自评结论
自评得分100分，等级为优。
表2 部门整体支出绩效自评表
| 一级指标 | 三级指标 | 分值 | 实际完成值 | 得分 |
| 产出指标 | 水利工程巡查 | 47 | 100% | 47 |
| 效益指标 | 防汛物资储备 | 50 | 100% | 50 |
| 管理指标 | 固定资产利用率 | 3 | 92.3% | 3 |
| 合计 |  | 100 |  | 100 |
"""

SATISFACTION = """四、自评结论
自评得分98分，等级为优。
表5 绩效自评表
| 一级指标 | 三级指标 | 分值 | 实际完成值 | 得分 |
| 产出指标 | 农机补贴兑付 | 52 | 100% | 52 |
| 效益指标 | 补贴资金到户 | 40 | 100% | 40 |
| 满意度指标 | 服务对象满意度 | 6 | 84.5% | 6 |
| 合计 |  | 98 |  | 98 |
"""


def _row(block: ScoreBlock, name: str) -> tuple[Decimal | None, Decimal | None]:
    (row,) = [i for i in block.indicators if i.name == name]
    return row.stated, row.recomputed


def test_a_row_only_the_framework_rescores_keeps_its_award_in_the_block() -> None:
    reading = read_text(HEAD + SHEET)
    summary = summarize(reading)
    (row,) = [a for a in summary.assessments if a.indicator.name == "固定资产利用率"]
    # The framework's reading is still there for the rules (92.3 % is 2.23 by it) …
    assert row.rule_source == "framework"
    assert assess(reading, row.indicator).expected == Decimal("2.23")
    # … but the block shows the award, and its total is the sum awarded.
    block = ScoreBlock.of(summary)
    assert _row(block, "固定资产利用率") == (Decimal(3), Decimal(3))
    assert not any(i.differs for i in block.indicators)
    assert block.recomputed_total == Decimal(100)
    assert block.recomputed_grade == "优"


def test_a_banded_framework_rule_on_another_row_keeps_its_award_too() -> None:
    summary = summarize(
        read_text("某县农业农村局2023年度部门整体支出绩效自评报告\n" + SATISFACTION)
    )
    (row,) = [a for a in summary.assessments if a.indicator.name == "服务对象满意度"]
    assert row.rule_source == "framework"
    block = ScoreBlock.of(summary)
    assert _row(block, "服务对象满意度") == (Decimal(6), Decimal(6))
    assert block.recomputed_total == Decimal(98)


def test_a_rule_the_report_states_still_rescores_the_row() -> None:
    prose = (
        "三、绩效指标完成情况\n"
        "（三）固定资产利用率（3分）：固定资产利用率92.3%。评分标准：100%计满分，"
        "每低于100%一个百分点扣0.1分，扣完为止。本项得3分。\n"
    )
    summary = summarize(read_text(HEAD + prose + SHEET))
    (row,) = [a for a in summary.assessments if a.indicator.name == "固定资产利用率"]
    assert row.rule_source == "report"
    block = ScoreBlock.of(summary)
    assert _row(block, "固定资产利用率") == (Decimal(3), Decimal("2.23"))
    assert block.recomputed_total == Decimal("99.23")
