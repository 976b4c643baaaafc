"""Kinds read on held-out round 34, each proved in other words than the round's reports.

A funds row whose header words head the row below; a step's own worked gap names its
reference; a gap of percentages written in points; a result in another money unit than
its operand; carry-over spent is not carry-over received; a sheet row of targets states
no results; a flattened 其中 column is a part; a step over a ceiling counts from it; a
second total after a sentence's end closes a 其中 list; a 其中 part named by the rate;
a rate class with a named exception; a year in another ``；`` clause dates that clause.
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Severity

HEAD = "2024年度部门整体支出绩效自评报告\n"


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def _funds_sheet(budget_points: str, total: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 部门名称 | 某县水务局 | 某县水务局 | 某县水务局 | 某县水务局 | 某县水务局 | 某县水务局 | 某县水务局 |\n"
        "| 资金情况（万元） | 全年预算数 | 2,400.00 | 全年执行数 | 2,352.00 | 分值 | 执行率 | 得分 |\n"
        f"| 资金情况（万元） | 其中：基本支出 | 1,500.00 | | 1,470.00 | {budget_points} | 98.00% | {budget_points} |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 评分说明 |\n"
        "| 产出指标 | 数量指标 | 新建供水管网长度 | ≥30公里 | 31公里 | 40 | 40 | 完成得满分 |\n"
        "| 效益指标 | 社会效益指标 | 农村自来水普及率 | ≥95% | 96% | 40 | 40 | 达到目标得满分 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 用水户满意度 | ≥90% | 93% | 10 | 10 | 达到目标得满分 |\n"
        f"| 总分 | 总分 | 总分 | 总分 | 总分 | 100 | {total} | 自评等级：优 |\n"
    )


def test_header_words_in_a_funds_row_head_the_row_below() -> None:
    # 分值/执行率/得分 end a row that pairs names with figures: the funds indicator's
    # points are in the row below, and the sheet's maxima add up to 100 with them.
    text = _funds_sheet("10", "100")
    assert _serious(text, "SC006") == []
    assert _serious(text, "SC005") == []


def test_a_funds_row_whose_score_breaks_the_sum_is_still_read() -> None:
    assert _serious(_funds_sheet("10", "95"), "SC005")


def _worked(score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 评分标准 |\n"
        "| 产出指标 | 质量指标 | 苗木成活率 | ≥90% | 87.5% | 10 | "
        f"{score} | 每低1个百分点扣2分：90%-87.5%=2.5个百分点，扣5分 |\n"
        "| 产出指标 | 数量指标 | 新增造林面积 | ≥800亩 | 820亩 | 20 | 20 | 完成得满分 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 林农满意度 | ≥90% | 94% | 10 | 10 | 达到目标得满分 |\n"
    )


def test_a_steps_worked_gap_names_its_reference() -> None:
    text = _worked("5")
    assert _serious(text, "SC002") == []
    assert _serious(text, "AR003") == []


def test_a_score_against_its_worked_gap_is_still_reported() -> None:
    assert _serious(_worked("8"), "SC002")


def test_a_result_in_another_money_unit_than_its_operand() -> None:
    text = HEAD + (
        "三、产出情况\n全年开展技能培训820人次，培训项目支出98.40万元，"
        "人均培训成本=98.40万元÷820人次=1,200.00元；"
        "为3,150名对象发放补助，发放金额=3,150人×600元=189.00万元。\n"
    )
    assert _serious(text, "AR003") == []


def test_a_wrong_result_in_another_money_unit_is_still_reported() -> None:
    text = HEAD + (
        "三、产出情况\n全年开展技能培训820人次，培训项目支出98.40万元，"
        "人均培训成本=98.40万元÷820人次=1,260.00元。\n"
    )
    assert _serious(text, "AR003")


def test_carry_over_spent_is_not_carry_over_received() -> None:
    text = HEAD + (
        "二、收支情况\n本年收入合计960.50万元，其中财政拨款收入900.00万元，"
        "上年结转资金60.50万元。本年支出合计935.20万元，按资金来源分，财政拨款支出"
        "880.00万元，动用上年结转资金55.20万元。\n"
    )
    assert _serious(text, "IC001") == []


def test_a_sheet_row_of_targets_states_no_results() -> None:
    text = HEAD + (
        "三、产出情况\n全年完成河道清淤42.5公里，为计划50公里的85%。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 年度总体目标 | 完成河道清淤50公里，水质达标率保持90%以上 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 河道清淤长度 | ≥50公里 | 42.5公里 | 20 | 17 |\n"
    )
    assert _serious(text, "IC005") == []


def _staff(text_count: str) -> str:
    return HEAD + (
        "一、部门基本情况\n核定编制40名，年末实有人员37人。\n"
        "表1 人员情况表\n"
        "| 类别 | 编制数 | 实有人数 | 其中：借调外单位 |\n"
        "| 行政 | 12 | 11 | 1 |\n"
        "| 事业 | 28 | 26 | 2 |\n"
        "| 合计 | 40 | 37 | 3 |\n"
        f"二、支出情况\n基本支出保障了实有人员{text_count}人的工资福利。\n"
    )


def test_a_flattened_part_column_does_not_hedge_a_headcount_slip() -> None:
    found = [
        f
        for f in audit_text(_staff("39"))
        if f.rule == "IC001" and "39" in f.message and f.severity is Severity.ERROR
    ]
    assert found


def _ceiling(score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 评分标准 |\n"
        "| 效益指标 | 社会效益指标 | 投诉重复率 | ≤3% | 3.4% | 10 | "
        f"{score} | 每超出0.1个百分点扣1分 |\n"
        "| 产出指标 | 数量指标 | 办理信访件数 | ≥500件 | 526件 | 20 | 20 | 完成得满分 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 来访群众满意度 | ≥90% | 92% | 10 | 10 | 达到目标得满分 |\n"
    )


def test_a_step_over_a_ceiling_counts_from_it() -> None:
    assert _serious(_ceiling("6"), "SC002") == []


def test_a_score_against_a_ceilings_steps_is_still_reported() -> None:
    assert _serious(_ceiling("10"), "SC002")


def test_a_second_total_after_a_sentence_end_closes_the_list() -> None:
    text = HEAD + (
        "三、产出情况\n全年完成入户走访。登记在册的留守儿童2,310人，其中建立关爱档案"
        "2,206人；登记在册的困境儿童846人，建立关爱档案839人。\n"
    )
    assert _serious(text, "AR002") == []


def test_a_part_opened_by_its_rates_measure_is_the_rates_operand() -> None:
    text = HEAD + (
        "三、产出情况\n全年入户走访。登记在册的留守儿童2,310人，其中建档跟踪2,206人，"
        "建档跟踪率59.55%。\n"
    )
    assert _serious(text, "AR005") == []  # 59.55 is no slip of 95.50: not read
    slipped = text.replace("59.55%", "95.05%")  # 2,206/2,310 = 95.50%
    assert _serious(slipped, "AR005") + _serious(slipped, "AR003")
    sibling = (
        "三、产出情况\n年末纳入随访的严重精神障碍患者1,260人，其中规范管理1,173人，"
        "规范管理率39.10%；纳入随访的肺结核患者214人。\n"
    )
    assert _serious(HEAD + sibling, "AR005") + _serious(HEAD + sibling, "AR002") == []
    slipped = HEAD + sibling.replace("39.10%", "93.01%")  # 1,173/1,260 = 93.10%
    assert _serious(slipped, "AR005") + _serious(slipped, "AR003")
    assert _serious(slipped, "AR002") == []


def test_a_bare_rate_after_among_takes_that_pair() -> None:
    text = HEAD + "三、产出情况\n全区64个社区中58个建成智慧养老服务站，覆盖率93.75%。\n"
    assert _serious(text, "AR005")  # 58/64 = 90.63%
    assert _serious(text.replace("93.75%", "90.63%"), "AR005") == []


def _rate_class(score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 质量指标 | 水质抽检合格率 | ≥95% | 93% | 10 | "
        f"{score} |\n"
        "| 效益指标 | 社会效益指标 | 污水集中处理率 | ≥80% | 78.5% | 10 | 7 |\n"
        "评分办法：比率类指标达到年度指标值得满分，每低1个百分点扣1分"
        "（污水集中处理率每低1个百分点扣2分）；定性指标达到目标得满分。\n"
    )


def test_a_rate_class_with_a_named_exception() -> None:
    assert _serious(_rate_class("8"), "SC002") == []


def test_a_score_against_its_rate_class_is_still_reported() -> None:
    assert _serious(_rate_class("10"), "SC002")


def test_a_year_in_another_clause_does_not_date_the_figure() -> None:
    text = HEAD + (
        "三、产出情况\n1.数量方面。完成堤防加固12.4公里，另有1段工程顺延至2025年汛后实施；"
        "完成水闸改造9座，超过8座的目标。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 水闸改造数量 | ≥8座 | 7座 | 10 | 10 |\n"
        "| 产出指标 | 数量指标 | 堤防加固长度 | ≥12公里 | 12.4公里 | 10 | 10 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 沿岸群众满意度 | ≥90% | 92% | 10 | 10 |\n"
    )
    assert _serious(text, "IC007")
