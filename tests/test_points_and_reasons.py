"""Points are not quantities, and a score sheet's text columns hold explanations.

Read from a reviewer's judgement of ``audit --facts`` on unseen reports: an indicator's
points (``群众满意度指标得分7.5分``, ``满意度指标分值8分``, a ``指标权重（%）`` column)
were shown as the satisfaction or the rate itself, and the figures a ``扣分原因`` or
``偏差原因分析及改进措施`` cell quotes (``实际完成率92%，…扣1分``) as the row's value,
its 评分标准, or a statement of the quantity to compare. Written in other departments'
words and numbers than the reports the kinds were seen on.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import audit_text, read_text

from auditor.findings import Severity
from auditor.read.facts import Fact
from auditor.read.qualifiers import Role

TITLE = "某区市场监督管理局2024年度部门整体支出绩效自评报告"


def _facts(text: str, concept: str) -> list[Fact]:
    reading = read_text(text)
    return [f for f in (*reading.facts.facts, *reading.facts.roles) if f.concept_name == concept]


def _levels(text: str, concept: str) -> list[str]:
    return [f.figure.amount.raw for f in _facts(text, concept) if f.role == Role.LEVEL]


def _errors(text: str, rule: str) -> list[str]:
    return [
        f.message
        for f in audit_text(text, rules=[rule])
        if f.rule == rule and f.severity is not Severity.INFO
    ]


# --- points named as points --------------------------------------------------------------


def _paragraph(sentence: str) -> str:
    return f"{TITLE}\n\n三、绩效指标完成情况\n\n{sentence}\n"


def test_an_indicators_score_in_its_own_label_is_no_value() -> None:
    assert _levels(_paragraph("企业满意度指标得分6.5分，扣0.5分。"), "满意度") == []
    assert _levels(_paragraph("投诉处理满意度指标分值7分，自评得分7分。"), "满意度") == []


def test_bare_points_before_the_award_of_the_same_sentence_are_the_indicators_worth() -> None:
    text = _paragraph("办事群众满意度6分，经回访核实，得5.5分。")
    assert _levels(text, "满意度") == []


def test_near_miss_a_survey_score_stays_a_value() -> None:
    assert _levels(_paragraph("经第三方测评，办事群众满意度为93.2分，得6分。"), "满意度") == [
        "93.2分"
    ]
    assert _levels(_paragraph("办事群众满意度测评得分93.2分。"), "满意度") == ["93.2分"]


def test_points_stated_twice_are_not_a_restatement() -> None:
    text = f"""{TITLE}

三、绩效指标完成情况

企业满意度指标得分6.5分，问卷结果显示企业满意度为95.10%。

四、评价结论

企业满意度指标得分6分。
"""
    assert not [m for m in _errors(text, "IC001") if "满意度" in m]


def _sheet(weight_header: str) -> str:
    return f"""{TITLE}

四、绩效自评表

表4 指标评分表

指标名称\t{weight_header}\t实际完成值\t得分
预算执行率\t12\t97.40%\t11
企业满意度\t8\t95.10%\t8
公用经费控制率\t10\t100%\t10
"""


def test_a_weight_column_holds_points_not_the_rows_rate() -> None:
    for header in ("指标权重（%）", "配分", "权重（分）"):
        text = _sheet(header)
        rates = [f.figure.amount.raw for f in _facts(text, "预算执行率")]
        assert rates == ["97.40%"], (header, rates)
        (sheet,) = read_text(text).sheets
        assert [i.maximum for i in sheet.indicators] == [12, 8, 10], header


def test_near_miss_a_plain_amount_column_beside_points_is_still_read() -> None:
    text = _sheet("分值").replace("实际完成值", "完成率（%）").replace("97.40%", "97.40")
    assert [f.figure.amount.raw for f in _facts(text, "预算执行率")] == ["97.40"]


# --- a score sheet's columns of reasons --------------------------------------------------

REASONS = f"""{TITLE}

二、部门整体支出情况

全年预算执行率97.40%，企业满意度95.10%。

四、绩效自评表

表4 部门整体支出绩效自评表

一级指标\t三级指标\t分值\t目标值\t得分\t扣分原因
产出\t食品抽检批次\t20\t800批次\t19\t原计划800批次，实际完成760批次，扣1分
效益\t企业满意度\t20\t≥96%\t19\t企业满意度88%，低于目标8个百分点，扣1分
管理\t预算执行率\t20\t100%\t18\t预算执行率91%，扣2分
产出\t特种设备检验率\t20\t100%\t20\t
管理\t公用经费控制率\t20\t100%\t20\t
合计\t\t100\t\t96\t
"""


def test_figures_a_reason_cell_quotes_belong_to_the_explanation() -> None:
    quoted = [f for f in _facts(REASONS, "满意度") if f.figure.amount.raw == "88%"]
    assert [f.role for f in quoted] == [Role.EXPLANATION]
    assert "扣分原因" in quoted[0].role_word
    assert _levels(REASONS, "预算执行率") == ["97.40%"]


def test_a_reason_is_no_rule_of_its_row_and_its_deduction_is_a_deduction() -> None:
    (sheet,) = read_text(REASONS).sheets
    rows = {i.name: i for i in sheet.indicators}
    assert rows["企业满意度"].rule_quote == ""
    assert rows["企业满意度"].awarded == 19 and rows["企业满意度"].deducted == 1
    assert rows["预算执行率"].deducted == 2
    assert rows["特种设备检验率"].deducted is None


def test_quoted_figures_are_not_compared_with_the_text() -> None:
    assert not [m for m in _errors(REASONS, "IC001") if "满意度" in m or "执行率" in m]


DEVIATIONS = f"""{TITLE}

四、绩效自评表

表4 绩效目标完成情况表

指标名称\t分值\t指标解释\t评分标准\t实际完成情况\t偏差原因分析及改进措施\t自评得分
预算执行率\t10\t反映预算执行进度，目标100%\t每低1个百分点扣0.5分\t预算执行率98.6%\t预算执行率98.6%，扣0.7分，下年加快支付\t9.3
企业满意度\t10\t反映企业满意程度，目标95%\t95%以上得满分\t企业满意度97.2%\t\t10
培训班期数\t10\t年度计划办班12期\t每少1期扣1分\t实际办班10期\t原计划12期，实际办10期\t8
"""


def test_an_explanation_column_is_the_explanations_and_the_result_column_the_results() -> None:
    # 预算执行率98.6% is written in both the result cell and the explanation cell.
    rates = _facts(DEVIATIONS, "预算执行率")
    assert sorted(f.role for f in rates) == sorted([Role.LEVEL, Role.EXPLANATION])
    (sheet,) = read_text(DEVIATIONS).sheets
    rows = {i.name: i for i in sheet.indicators}
    assert rows["预算执行率"].deducted == Decimal("0.7")
    assert rows["培训班期数"].deducted is None  # the reason states no points


def test_near_miss_a_rule_in_the_reason_column_states_no_deduction() -> None:
    text = REASONS.replace("预算执行率91%，扣2分", "每低1个百分点扣1分")
    (sheet,) = read_text(text).sheets
    rows = {i.name: i for i in sheet.indicators}
    assert rows["预算执行率"].deducted is None
    assert rows["预算执行率"].rule_quote == "每低1个百分点扣1分"
