"""Kinds read on held-out round 23, each proved in other words than the round's reports.

A row's own rule counting from its target; a total whose previous sentence names a
survey; a form head above a sheet's header; a paragraph named by the tail of a row's
name; a method heading run into its paragraph and a class clause counting from each
row's target; a time-and-state label that names no activity; a 其中 list closed by a
clause repeating its head's verb; parts short of their total by a swap of two digits;
two disclosures sharing one 公开; a swapped pair beside a smaller value set aside.
"""

from __future__ import annotations

from helpers import audit_text, finding_mentions, rule_findings

HEAD = "2025年度部门整体支出绩效自评报告\n"

_rule = rule_findings


_OWN_RULE_SHEET = (
    "四、自评得分\n"
    "| 一级指标 | 三级指标 | 分值 | 指标值 | 完成值 | 评分标准 | 得分 |\n"
    "| 产出 | 水质自动监测数据有效率 | 8 | ≥98% | 97.6% | 达到目标值得满分，每低0.1个百分点扣0.4分 | {score} |\n"
    "| 效益 | 群众满意度 | 12 | ≥90% | 94% | 达到目标值得满分 | 12 |\n"
)


def test_a_rows_own_rule_counts_from_its_own_target() -> None:
    """0.4 points below 98% cost 4 × 0.4 = 1.6 of 8: 6.4 is right."""
    assert _rule(HEAD + _OWN_RULE_SHEET.format(score="6.4"), "SC002") == []


def test_a_rows_own_rule_broken_is_still_reported() -> None:
    """Near miss: full points though 0.4 below the target."""
    found = _rule(HEAD + _OWN_RULE_SHEET.format(score="8"), "SC002")
    assert found and finding_mentions(found[0], "8")


_CONCLUSION_SHEET = (
    "| 一级指标 | 三级指标 | 分值 | 得分 |\n"
    "| 决策 | 目标设定 | 20 | 20 |\n"
    "| 过程 | 资金管理 | 30 | 29 |\n"
    "| 产出 | 巡查次数 | 30 | 29.5 |\n"
    "| 效益 | 服务对象满意度 | 20 | 19 |\n"
    "| 合计 |  | 100 | 97.5 |\n"
)


def test_a_total_after_a_sentence_about_a_survey_is_the_reports() -> None:
    text = HEAD + (
        "五、自评结论\n各项指标完成较好，群众满意度调查结果较上年提高。经对照指标体系逐项打分，"
        "综合得分95.5分，等级为优。\n" + _CONCLUSION_SHEET
    )
    found = _rule(text, "SC008")
    assert found and finding_mentions(found[0], "95.5")


def test_a_surveys_own_score_is_no_total() -> None:
    """Near miss: the score is the survey's, in its own sentence."""
    text = HEAD + ("五、自评结论\n第三方满意度测评综合得分95.5分。\n" + _CONCLUSION_SHEET)
    assert _rule(text, "SC008") == []


def _headed_sheet(total: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 部门名称：某县水利局 | 部门名称：某县水利局 | 部门名称：某县水利局 | 部门名称：某县水利局 | 部门名称：某县水利局 | 部门名称：某县水利局 |\n"
        "| 年初预算（万元） | 860.00 | 调整后预算（万元） | 912.00 | 执行率 | 97.50% |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 实际完成值 | 得分 |\n"
        "| 决策 | 目标设定 | 绩效目标合理性 | 20 | 合理 | 20 |\n"
        "| 过程 | 预算执行 | 预算执行率 | 20 | 97.50% | 20 |\n"
        "| 产出 | 数量指标 | 河道巡查次数 | 40 | 126次 | 38 |\n"
        "| 效益 | 满意度 | 群众满意度 | 20 | 93% | 19 |\n"
        f"| 合计 | 合计 | 合计 | 100 |  | {total} |\n"
    )


def test_a_sheet_under_a_form_head_is_read() -> None:
    found = _rule(_headed_sheet("98"), "SC005")
    assert found and finding_mentions(found[0], "98")


def test_a_sheet_under_a_form_head_that_adds_up_is_clean() -> None:
    """Near miss: 20 + 20 + 38 + 19 = 97."""
    assert _rule(_headed_sheet("97"), "SC005") == []


_TAIL_SHEET = (
    "附件：自评表\n"
    "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
    "| 产出 | 数量指标 | 公共法律服务咨询件数 | 40 | ≥3000件 | 3,215件 | 40 |\n"
    "| 效益 | 社会效益 | 矛盾纠纷调解成功率 | 40 | ≥95% | 97.2% | 40 |\n"
    "| 效益 | 满意度 | 来访群众及当事人满意度 | 20 | ≥90% | 92.4% | 20 |\n"
)


def test_a_paragraph_named_by_the_tail_of_a_rows_name_gives_its_rule() -> None:
    text = HEAD + (
        "三、绩效指标完成情况\n满意度。发放问卷400份，满意371份，满意度92.75%。"
        "评分标准：满意度≥95%得满分20分，90%（含）至95%得16分，低于90%不得分。\n" + _TAIL_SHEET
    )
    found = _rule(text, "SC002")
    assert found and finding_mentions(found[0], "20")


def test_a_tail_two_rows_end_with_names_neither() -> None:
    """Near miss: two rows end with 满意度, so the paragraph names neither."""
    sheet = _TAIL_SHEET.replace(
        "| 效益 | 社会效益 | 矛盾纠纷调解成功率 | 40 | ≥95% | 97.2% | 40 |",
        "| 效益 | 社会效益 | 调解当事人满意度 | 40 | ≥95% | 97.2% | 40 |",
    )
    text = HEAD + (
        "三、绩效指标完成情况\n满意度。发放问卷400份，满意371份，满意度92.75%。"
        "评分标准：满意度≥95%得满分20分，90%（含）至95%得16分，低于90%不得分。\n" + sheet
    )
    assert _rule(text, "SC002") == []


def _run_in_method(score: str) -> str:
    return HEAD + (
        "二、自评工作开展情况\n（二）评分办法。本次自评满分100分。评分规则为：定量的产出和效益指标"
        "完成指标值的得满分，未完成的按完成比例计分；满意度指标达到指标值的得满分，每低于指标值"
        "1个百分点扣2分。\n"
        "三、绩效指标完成情况\n各项指标完成情况见附表。\n"
        "附表 绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 农机作业补贴发放户数 | 45 | ≥1200户 | 1,236户 | 45 |\n"
        "| 效益 | 经济效益 | 主要农作物耕种收综合机械化率 | 40 | ≥80% | 82.5% | 40 |\n"
        f"| 满意度 | 服务对象满意度 | 农户满意度 | 15 | ≥95% | 93% | {score} |\n"
    )


def test_a_run_in_method_heading_scores_a_class_from_each_rows_target() -> None:
    found = _rule(_run_in_method("15"), "SC002")
    assert found and finding_mentions(found[0], "15")


def test_a_class_row_scored_by_its_method_is_not_reported() -> None:
    """Near miss: 2 points below 95% cost 2 × 2 = 4 of 15."""
    assert _rule(_run_in_method("11"), "SC002") == []


def test_a_time_and_state_label_names_no_activity() -> None:
    text = HEAD + (
        "三、产出\n（一）孤儿基本生活费。全年发放5,820人次，年末在册486人。\n"
        "（二）事实无人抚养儿童生活补贴。全年发放2,160人次，年末在册181人。\n"
    )
    assert _rule(text, "IC005") == []


def test_an_activity_restated_differently_is_still_reported() -> None:
    """Near miss: one activity in two sections with two values."""
    text = HEAD + (
        "三、产出\n全年发放孤儿基本生活费5,820人次。\n"
        "五、效益\n孤儿基本生活费发放5,280人次，保障了孤儿基本生活。\n"
    )
    found = _rule(text, "IC005")
    assert found and finding_mentions(found[0], "5,280")


def test_a_clause_repeating_the_heads_verb_closes_the_list() -> None:
    text = HEAD + (
        "三、产出\n全年管理老年人健康档案8,620份，其中规范管理6,540份，规范管理率75.87%；"
        "管理儿童健康档案3,410份。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "AR002" and f.severity.value != "info"] == []


def test_parts_within_their_clause_are_still_summed() -> None:
    """Near miss: the parts of one clause that do not add up."""
    text = HEAD + (
        "三、产出\n全年管理老年人健康档案8,620份，其中规范管理6,540份、一般管理2,180份、"
        "失访档案110份。\n"
    )
    found = [f for f in audit_text(text) if f.rule == "AR002"]
    assert found and finding_mentions(found[0], "8,620")


def test_parts_short_by_a_swap_of_two_digits_are_an_error() -> None:
    text = (
        HEAD
        + "三、产出\n全市养老保险参保人数421.57万人，其中城镇职工参保68.28万人、城乡居民参保335.29万人。\n"
    )
    found = [f for f in audit_text(text) if f.rule == "AR002"]
    assert found and found[0].severity.value == "error", [f.message for f in found]


def test_parts_short_by_a_kind_left_out_stay_a_note() -> None:
    """Near miss: a shortfall no swap of digits explains may be a kind not listed."""
    text = (
        HEAD
        + "三、产出\n全市养老保险参保人数421.57万人，其中城镇职工参保68.28万人、城乡居民参保341.29万人。\n"
    )
    found = [f for f in audit_text(text) if f.rule == "AR002"]
    assert found and found[0].severity.value == "info"


def test_two_disclosures_share_one_verb() -> None:
    text = HEAD + (
        "四、信息公开\n2024年度部门预算于2024年1月、2024年度部门决算于2025年8月在区政府门户网站公开。\n"
    )
    found = _rule(text, "YR003")
    assert found and finding_mentions(found[0], "2024")


def test_the_evaluated_years_budget_beside_last_years_final_account_is_right() -> None:
    """Near miss: 2025's budget and 2024's 决算, the normal schedule."""
    text = HEAD + (
        "四、信息公开\n2025年度部门预算于2025年1月、2024年度部门决算于2025年8月在区政府门户网站公开。\n"
    )
    assert _rule(text, "YR003") == []


_CARRIED = (
    "一、收入情况\n2025年度上年结转结余资金52.30万元，其中一般公共预算财政拨款44.10万元、"
    "政府性基金预算财政拨款8.20万元。本年收入合计3,260.00万元，其中一般公共预算财政拨款收入"
    "3,110.00万元、政府性基金预算财政拨款收入150.00万元。\n"
)


def test_a_carry_overs_parts_by_source_are_not_the_years_income() -> None:
    assert _rule(HEAD + _CARRIED, "IC001") == []


def test_the_years_income_by_source_restated_differently_is_still_reported() -> None:
    """Near miss: the fund income stated again with another value."""
    text = HEAD + _CARRIED + "三、过程\n全年政府性基金预算财政拨款收入105.00万元，专款专用。\n"
    found = _rule(text, "IC001")
    assert found and finding_mentions(found[0], "105.00")
