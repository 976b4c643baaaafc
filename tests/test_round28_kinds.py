"""Kinds read on held-out round 28, each proved in other words than the round's reports.

A paragraph led by its topic keeps it for its later sentences; a sentence led by
``具体绩效指标为：`` lists targets; a subtotal inside a 其中 list; a group's sum stated
after its last item in prose; a method for ``产出和效益的定量指标``; a standard led by
``评分标准如下：``; a pro-rata rule written as a quotient with the target in the rule; 对 and
家次 as count units.
"""

from __future__ import annotations

from helpers import audit_text, finding_mentions, rule_findings

from auditor.findings import Severity

HEAD = "2025年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def _topic_paragraph(later: str) -> str:
    return HEAD + (
        "二、收支情况\n2025年本部门收入合计6,420.50万元，全部为一般公共预算财政拨款收入，无上年结转，"
        "本年支出合计6,420.50万元，年末无结转结余。\n"
        "“三公”经费方面，2025年“三公”经费预算22.40万元，其中公务用车运行维护费16.00万元、"
        f"公务接待费6.40万元。全年实际支出{later}万元，其中公务用车运行维护费14.10万元、"
        "公务接待费4.36万元，控制在预算以内。\n"
    )


def test_a_paragraph_led_by_its_topic_keeps_it_for_later_sentences() -> None:
    """18.46 is the 三公 spending, not the department's 支出合计 (no IC001/IC002)."""
    text = _topic_paragraph("18.46")
    assert _serious(text, "IC001") == [] and _serious(text, "IC002") == []


def test_the_topics_own_parts_are_still_added() -> None:
    """Near miss: 14.10 + 4.36 = 18.46, not 18.64."""
    found = _rule(_topic_paragraph("18.64"), "AR002")
    assert found and finding_mentions(found[0], "18.64"), [f.message for f in found]


def _targets(cell: str) -> str:
    return HEAD + (
        "二、绩效目标\n具体绩效指标为：完成堤防加固12公里；泵站改造按期完工率100%；"
        "受益群众满意度不低于90%。\n"
        "四、自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 堤防加固长度 | 40 | 12公里 | 12公里 | 40 |\n"
        f"| 产出 | 时效指标 | 泵站改造按期完工率 | 20 | 100% | {cell} | 18 |\n"
        "| 满意度 | 服务对象满意度 | 受益群众满意度 | 40 | ≥90% | 94% | 40 |\n"
    )


def test_a_list_of_performance_indicators_states_targets_not_results() -> None:
    assert _serious(_targets("90.00%"), "IC007") == []


def _kindergartens(total: str) -> str:
    return HEAD + (
        "三、产出\n2025年秋季学期，全县在园幼儿"
        f"{total}人，其中在公办幼儿园就读4,120人，在普惠性民办幼儿园就读1,936人，"
        "普惠性幼儿园在园幼儿合计6,056人。\n"
    )


def test_a_subtotal_inside_a_list_is_no_part() -> None:
    assert _rule(_kindergartens("6,388"), "AR002") == []


def test_parts_above_the_total_are_still_reported() -> None:
    """Near miss: 4,120 + 1,936 = 6,056 exceeds a total of 5,988."""
    found = _rule(_kindergartens("5,988"), "AR002")
    assert found and finding_mentions(found[0], "5,988"), [f.message for f in found]


def _group_sum(sum_points: str) -> str:
    return HEAD + (
        "四、绩效指标完成情况\n（二）过程指标（20分）\n"
        "1.资金使用合规性（10分）。全年未发现违规使用资金问题，得10分。\n"
        "2.资产管理规范性（10分）。年末清查发现2台设备未及时入账，扣0.5分，得9.5分。"
        f"本项合计{sum_points}分。\n"
        "（三）产出指标（80分）\n3.政策宣传覆盖率（80分）。覆盖率100%，得80分。\n"
        "五、自评结论\n经自评，部门整体支出绩效自评得分99.5分，评价等级为“优”。\n"
    )


def test_a_groups_sum_after_its_last_item_is_not_the_items_score() -> None:
    assert _rule(_group_sum("19.5"), "SC001") == []
    assert _rule(_group_sum("19.5"), "SC005") == []


def _quantitative(score: str) -> str:
    return HEAD + (
        "四、绩效自评结果\n本次自评采用区财政局统一下发的指标体系。产出和效益的定量指标完成值达到年度"
        "指标值的得满分，未达到的按完成比例计分；公众满意度达到90%（含）以上得满分，"
        "每低1个百分点扣1分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 新增绿地面积 | 90 | ≥120公顷 | 126公顷 | 90 |\n"
        f"| 满意度 | 服务对象满意度 | 公众满意度 | 10 | ≥90% | 86.50% | {score} |\n"
    )


def test_a_method_for_quantitative_classes_leaves_the_named_row_its_clause() -> None:
    """86.5% is 3.5 points below 90%: 6.5 (or 6 / 7), not 10."""
    found = _rule(_quantitative("10"), "SC002")
    assert found and finding_mentions(found[0], "10"), [f.message for f in found]


def test_a_row_scored_by_its_clause_is_clean() -> None:
    assert _rule(_quantitative("6.5"), "SC002") == []


def _as_follows(score: str) -> str:
    return HEAD + (
        "五、评分说明\n本次自评满分100分。评分标准如下：预算执行率达到95%（含）以上得满分；"
        "观众满意度达到95%（含）以上得10分，90%（含）—95%得6分，低于90%不得分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 预算执行 | 预算执行率 | 预算执行率 | 10 | ≥95% | 97.20% | 10 |\n"
        "| 产出 | 数量指标 | 惠民演出场次 | 80 | ≥120场 | 126场 | 80 |\n"
        f"| 满意度 | 服务对象满意度 | 观众满意度 | 10 | ≥95% | 92.40% | {score} |\n"
    )


def test_a_standard_led_by_rufa_scores_its_rows() -> None:
    found = _rule(_as_follows("10"), "SC002")
    assert found and finding_mentions(found[0], "10"), [f.message for f in found]


def test_a_row_scored_by_a_standard_as_follows_is_clean() -> None:
    assert _rule(_as_follows("6"), "SC002") == []


def _quotient(score: str) -> str:
    return HEAD + (
        "附件 自评表\n"
        "| 一级指标 | 三级指标 | 分值 | 评分标准 | 实际完成值 | 得分 |\n"
        "| 履职 | 燃气安全检查 | 10 | 达到目标值600家次得满分；未达到的按实际完成值/目标值×10分计分 | "
        f"540家次 | {score} |\n"
        "| 履职 | 老旧小区改造 | 50 | 完成年度任务得满分 | 已完成 | 50 |\n"
        "| 满意度 | 居民满意度 | 40 | ≥90%得满分 | 93% | 40 |\n"
    )


def test_a_quotient_rule_with_its_target_scores_the_row() -> None:
    """540 / 600 × 10 = 9, not 9.6."""
    found = _rule(_quotient("9.6"), "SC002")
    assert found and finding_mentions(found[0], "9.6"), [f.message for f in found]


def test_a_row_scored_by_its_quotient_rule_is_clean() -> None:
    assert _rule(_quotient("9"), "SC002") == []


def _couples(rural: str) -> str:
    return HEAD + (
        f"三、产出\n全年为1,846对计划怀孕夫妇提供免费孕前优生健康检查，其中城镇户籍612对、农村户籍{rural}对。\n"
    )


def test_couples_are_counted_and_their_parts_add_up() -> None:
    assert _rule(_couples("1,234"), "AR002") == []


def test_couples_whose_parts_miss_the_total_are_reported() -> None:
    found = _rule(_couples("1,243"), "AR002")
    assert found and finding_mentions(found[0], "1,846"), [f.message for f in found]
