"""Kinds read on held-out round 31, each proved in other words than the round's reports.

A score sheet printed in two tables, the second captioned as its continuation; sources
that exceed the whole by exactly one of them; a whole in a table with no unit; a part
noted as already held in its whole; a formula on a named part's or a source's figure; a
bare 执行 after a budget; a list item naming only a measure of the item before.
"""

from __future__ import annotations

from helpers import audit_text, rule_findings

from auditor.findings import Severity

HEAD = "2024年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def _split_sheet(last: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 部门名称 | 某县应急管理局 | 某县应急管理局 | 某县应急管理局 | 某县应急管理局 |\n"
        "| 项目 | 指标 | 分值 | 执行率 | 得分 |\n"
        "| 资金 | 预算执行率 | 10 | 98.00% | 9.8 |\n"
        "| 产出 | 培训人次 | 30 | 1,200人次 | 30 |\n"
        "| 产出 | 检查企业家数 | 20 | 310家 | 20 |\n"
        "附件（续）\n"
        "| 一级指标 | 三级指标 | 权重 | 评分 |\n"
        "| 效益 | 事故起数下降 | 30 | 30 |\n"
        f"| 满意度 | 企业满意度 | 10 | {last} |\n"
        "| 合计 | | 100 | 99.8 |\n"
    )


def test_a_sheet_continued_in_a_second_table_is_one_sheet() -> None:
    text = _split_sheet("10")
    assert [f.rule for f in audit_text(text) if f.rule in ("SC005", "SC006")] == []


def test_the_joined_sheet_still_adds_up() -> None:
    found = _serious(_split_sheet("9"), "SC005")
    assert found and "99.8" in found[0], found


def _sources(fund: str) -> str:
    return HEAD + (
        "二、支出情况\n2024年度支出合计6,420.50万元。按资金来源分，财政拨款支出6,180.30万元"
        f"（其中政府性基金{fund}万元），上年结转资金支出160.20万元，其他资金支出80.00万元，"
        f"政府性基金支出{fund}万元。\n"
    )


def test_sources_exceeding_the_whole_by_one_of_them_are_a_misread_structure() -> None:
    assert _serious(_sources("312.40"), "IC003") == []


def _bare_whole(other: str) -> str:
    return HEAD + (
        "表1 收入支出决算总表\n"
        "| 收入 | 金额 | 支出 | 金额 |\n"
        "| 一般公共预算财政拨款收入 | 1,846.20 | 本年支出合计 | 1,852.70 |\n"
        "| 其他收入 | 6.50 | 年末结转 | 0.00 |\n"
        "| 收入合计 | 1,852.70 | 支出合计 | 1,852.70 |\n"
        "二、支出情况\n按资金来源分，一般公共预算财政拨款支出1,846.20万元，"
        f"其他收入安排的支出{other}万元。\n"
    )


def test_a_whole_in_a_table_with_no_unit_is_read_in_its_sources_unit() -> None:
    assert _serious(_bare_whole("6.50"), "IC003") == []


def test_sources_that_miss_the_bare_whole_are_still_reported() -> None:
    found = _serious(_bare_whole("9.50"), "IC003")
    assert found, found


def _included(note: str) -> str:
    return HEAD + (
        "二、收入情况\n2024年度本局收入总计1,402.90万元，其中本年收入1,286.40万元，年初结转和结余"
        "116.50万元。本年收入中，一般公共预算财政拨款收入1,270.00万元，占本年收入的98.73%，"
        f"其中上级专项转移支付资金215.60万元{note}；其他收入16.40万元，为培训服务收入。\n"
    )


def test_a_part_noted_as_held_in_its_whole_is_not_added() -> None:
    assert _serious(_included("（已计入财政拨款收入，不另计）"), "AR002") == []


def _staff_rate(part: str) -> str:
    return HEAD + (
        "一、部门概况\n本局及所属单位核定编制52名，实有人员49人。\n"
        "表1 编制及实有人员情况表\n"
        "| 单位名称 | 编制数（名） | 实有人数（人） |\n"
        "| 局机关 | 30 | 28 |\n"
        "| 执法大队 | 14 | 12 |\n"
        "| 林业站 | 8 | 9 |\n"
        "| 合计 | 52 | 49 |\n"
        f"| 其中：纳入部门决算范围 | {part} | 40 |\n"
        "二、预算管理\n在职人员控制率=在职人员数÷编制数×100%=40÷44×100%=90.91%。\n"
    )


def test_a_rate_on_a_named_parts_figures_uses_figures_the_report_states() -> None:
    assert _serious(_staff_rate("44"), "AR004") == []


def test_a_rate_on_figures_stated_nowhere_is_still_reported() -> None:
    found = _serious(_staff_rate("45"), "AR004")
    assert found and "44" in found[0], found


def test_a_sources_budget_is_a_figure_the_report_states() -> None:
    text = HEAD + (
        "二、预算情况\n年初预算2,460.80万元，其中一般公共预算财政拨款年初预算2,398.10万元。"
        "预算调整率=一般公共预算财政拨款调整额÷年初预算×100%=120.40÷2,398.10×100%=5.02%。\n"
    )
    assert _serious(text, "AR004") == []


def test_a_bare_zhixing_after_a_budget_is_its_outturn() -> None:
    text = HEAD + (
        "表2 预算执行情况表（万元）\n"
        "| 项目 | 年初预算 | 调整后预算 | 实际支出 | 执行率 |\n"
        "| 基本支出 | 600.00 | 620.40 | 611.25 | 98.53% |\n"
        "| 项目支出 | 2,500.00 | 2,589.60 | 2,494.35 | 96.32% |\n"
        "| 合计 | 3,100.00 | 3,210.00 | 3,105.60 | 96.75% |\n"
        "三、预算执行\n2024年度全年预算数3,210.00万元（含上年结转结余110.00万元），实际支出"
        "3,105.60万元，整体预算执行率96.75%。其中基本支出预算620.40万元，执行611.25万元，"
        "执行率98.53%；项目支出预算2,589.60万元，执行2,494.35万元，执行率96.32%。\n"
    )
    assert _serious(text, "IC001") == []


def _measures(text_area: str) -> str:
    return HEAD + (
        f"三、产出\n全年清理河道障碍物86处、面积{text_area}平方米，其中清理沿岸堆放物52处、"
        "21,340平方米。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 河道障碍物清理面积 | 60 | ≥3万平方米 | 3.58万平方米 | 60 |\n"
        "| 效益 | 满意度 | 群众满意度 | 40 | ≥90% | 95% | 40 |\n"
        "| 合计 | | | 100 | | | 100 |\n"
    )


def test_an_item_naming_only_a_measure_is_the_item_before() -> None:
    assert _serious(_measures("35,820"), "IC007") == []


def _led_method(score: str) -> str:
    return HEAD + (
        "三、自评工作开展情况\n自评工作组对照年初目标逐项打分。评分规则如下：预算执行率得分=执行率×分值；"
        "定量指标达到年度指标值的得满分，未达到的按完成比例计分；群众满意度指标90%（含）以上得10分，"
        "85%（含）至90%得8分，低于85%不得分。\n"
        "四、绩效目标完成情况\n全年各项工作按计划推进。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 新建供水站数量 | 40 | 8座 | 8座 | 40 |\n"
        "| 效益 | 社会效益 | 供水保障水平 | 50 | 明显提升 | 明显提升 | 50 |\n"
        f"| 满意度 | 服务对象满意度 | 群众满意度 | 10 | ≥90% | 87.20% | {score} |\n"
        f"| 合计 | | | 100 | | | {90 + int(score)} |\n"
    )


def test_a_paragraph_saying_it_states_the_method_is_read_as_one() -> None:
    found = _serious(_led_method("10"), "SC002")
    assert found and "群众满意度" in found[0], found


def test_a_score_following_the_led_method_is_fine() -> None:
    assert _serious(_led_method("8"), "SC002") == []


def _split_coded(group_total: str) -> str:
    return HEAD + (
        "表3 基本支出经济分类明细表\n"
        "| 科目编码 | 科目名称 | 决算数（万元） |\n"
        "| 301 | 工资福利支出（小计） | 512.40 |\n"
        "| 30101 | 基本工资 | 210.20 |\n"
        "| 30102 | 津贴补贴 | 302.20 |\n"
        f"| 302 | 商品和服务支出（小计） | {group_total} |\n"
        "| 30201 | 办公费 | 40.10 |\n"
        "| 30211 | 差旅费 | 38.50 |\n"
        "表3（续）\n"
        "| 科目编码 | 科目名称 | 决算数（万元） |\n"
        "| 303 | 对个人和家庭的补助（小计） | 61.30 |\n"
        "| 30302 | 退休费 | 45.00 |\n"
        "| 30305 | 生活补助 | 16.30 |\n"
        "| | 合计 | 652.30 |\n"
    )


def test_a_table_split_after_its_subtotals_adds_both_parts() -> None:
    assert _serious(_split_coded("78.60"), "AR001") == []


def test_a_subtotal_typed_wrong_in_the_first_part_is_reported() -> None:
    found = _serious(_split_coded("87.60"), "AR001")
    assert found and any("652.30" in m or "87.60" in m for m in found), found


def test_items_left_undone_are_no_account_of_the_work() -> None:
    text = HEAD + (
        "三、产出\n全年完成农村危房改造46户，年度计划50户。\n"
        "四、存在的问题\n农村危房改造有4户、村级道路硬化有2.5公里未按期完成，主要是雨季施工受阻。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "IC005"] == []


def _per_head(divisor: str) -> str:
    return HEAD + (
        "三、产出\n全年开展家政服务技能培训2,586人次，合格率96.20%。\n"
        "四、成本\n培训补贴支出310.32万元。人均培训补贴=培训补贴支出÷培训人次"
        f"=3,103,200÷{divisor}≈1,200.00元。\n"
    )


def test_a_named_operand_typed_with_two_digits_swapped_is_reported() -> None:
    found = _serious(_per_head("2,568"), "AR004")
    assert found and "2,586" in found[0], found


def test_a_named_operand_as_stated_is_fine() -> None:
    assert _serious(_per_head("2,586"), "AR004") == []


def _jobs(text_value: str) -> str:
    return HEAD + (
        f"三、产出\n城镇新增就业{text_value}人，完成年度目标2,800人的111.64%，较2024年的2,958人"
        "增加168人。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 城镇新增就业人数 | 60 | ≥2,800人 | 3,216人 | 60 |\n"
        "| 效益 | 满意度 | 群众满意度 | 40 | ≥90% | 95% | 40 |\n"
        "| 合计 | | | 100 | | | 100 |\n"
    )


def test_a_year_compared_with_does_not_date_the_figure() -> None:
    found = _serious(_jobs("3,126"), "IC007")
    assert found and "3,216" in found[0], found


def test_the_same_count_compared_with_last_year_agrees() -> None:
    assert _serious(_jobs("3,216"), "IC007") == []


def test_a_named_items_balance_is_not_the_departments() -> None:
    text = HEAD + (
        "二、收支情况\n年末结转和结余38.66万元，全部为财政拨款。\n"
        "三、项目情况\n检疫执法经费全年预算105.33万元，执行96.48万元，执行率91.60%，结余8.85万元；"
        "粮改饲补助全年预算300.00万元，执行276.83万元，执行率92.28%，结余23.17万元。\n"
    )
    assert _serious(text, "IC001") == []
