"""Which score sheet the summary recomputes, and with which rules (``auditor/assess.py``).

A report often scores every indicator in its 自评表 and explains only some of them in
the text; the text may state a rule the table does not carry.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import read_text

from auditor.assess import summarize

TEXT = """某县档案馆2025年度部门整体支出绩效自评报告
三、绩效指标完成情况
（一）产出指标
1.档案接收进馆（40分）：全年接收进馆档案1.26万卷，达到年度目标，得40分。
2.档案数字化（30分）：完成数字化扫描12万页，与上年持平。
（二）满意度指标
3.查档群众满意度（30分）：满意度{rate}。评分标准：95%（含）以上得30分；90%（含）至95%得24分。本项得30分。
四、自评结论
自评得分100分，等级为优。
表3 部门整体支出绩效自评表
| 一级指标 | 三级指标 | 分值 | 得分 |
| 产出指标 | 档案接收进馆 | 40 | 40 |
| 产出指标 | 档案数字化 | 30 | 30 |
| 满意度指标 | 查档群众满意度 | 30 | 30 |
| 合计 |  | 100 | 100 |
"""


@pytest.mark.parametrize(("rate", "recomputed"), [("93.6%", "94"), ("96.2%", "100")])
def test_the_fully_scored_sheet_is_recomputed_with_the_texts_rule(
    rate: str, recomputed: str
) -> None:
    summary = summarize(read_text(TEXT.format(rate=rate)))
    assert summary.sheet is not None and summary.sheet.kind != "narrative"
    assert summary.indicator_sum == Decimal(100)
    assert summary.recomputed_total == Decimal(recomputed)


def test_a_sheet_scoring_only_some_indicators_has_no_sum() -> None:
    """Only the text: the scores read are no total; the stated one corrected is."""
    text = TEXT.format(rate="93.6%").split("表3")[0]
    summary = summarize(read_text(text))
    assert summary.indicator_sum is None
    assert summary.recomputed_total == Decimal(94)
