"""Kinds read on held-out round 18, each proved in other words than the round's reports.

Tables with two total columns side by side, a total column nothing adds up to, parts
of a whole told by their share, paragraphs led by a unit, a count that is a verb's
object, a value written in a sheet's 说明 column, counts closing a list after 共,
examples before 等, complementary counts as a rate's whole, and messages that quote
what they read.
"""

from __future__ import annotations

import pytest
from helpers import audit_text, finding_mentions, rule_findings

HEAD = "2024年度部门整体支出绩效自评报告\n"


_rule = rule_findings


# -- AR001: a second total column starts its own group -------------------------------

_TWO_GROUPS = (
    "表2 分单位收支情况（单位：万元）\n"
    "| 单位 | 收入合计 | 财政拨款收入 | 事业收入 | 其他收入 | 支出合计 | 基本支出 | 项目支出 |\n"
    "| 县水务局机关 | 1,210.50 | 1,200.00 | 0.00 | 10.50 | 1,190.20 | 690.20 | 500.00 |\n"
    "| 县水利工程管理站 | 860.00 | 800.00 | 50.00 | 10.00 | 850.00 | 600.00 | 250.00 |\n"
    "| 县水土保持站 | 415.30 | 400.00 | 0.00 | 15.30 | 410.00 | 300.00 | 110.00 |\n"
    "| 合计 | {total} | {fiscal} | 50.00 | 35.80 | 2,450.20 | 1,590.20 | 860.00 |\n"
)


def test_income_total_adds_its_sources_not_the_spending_columns() -> None:
    """Near miss of a flat reading: 收入合计 never adds 支出合计 and its parts."""
    text = HEAD + _TWO_GROUPS.format(total="2,485.80", fiscal="2,400.00")
    assert _rule(text, "AR001") == []


def test_a_wrong_cell_at_the_crossing_is_one_finding_under_the_grouped_reading() -> None:
    text = HEAD + _TWO_GROUPS.format(total="2,485.80", fiscal="2,460.00")
    found = _rule(text, "AR001")
    assert len(found) == 1 and finding_mentions(found[0], "2,460.00")
    assert not finding_mentions(found[0], "2,450.20")  # the spending columns are no part


def test_a_total_column_no_reading_adds_up_to_totals_nothing() -> None:
    """``支出合计`` after the income columns and no spending parts: nothing to check."""
    text = HEAD + (
        "表1 所属单位收支（单位：万元）\n"
        "| 单位 | 收入合计 | 财政拨款 | 事业收入 | 支出合计 |\n"
        "| 区文化馆 | 320.00 | 300.00 | 20.00 | 310.40 |\n"
        "| 区图书馆 | 515.00 | 500.00 | 15.00 | 498.20 |\n"
        "| 区博物馆 | 268.00 | 260.00 | 8.00 | 260.10 |\n"
        "| 合计 | 1,103.00 | 1,060.00 | 43.00 | 1,068.70 |\n"
    )
    assert _rule(text, "AR001") == []


# -- IC001: a part told by its share of a whole of its own kind ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "一线执法和检测岗位是人员最多的岗位，在职职工合计120人，占部门在职人员的90.23%。",
        "从构成看，两类业务支出合计5,820.40万元，占部门支出合计的93.31%。",
    ],
)
def test_a_figure_with_its_share_of_the_same_quantity_is_a_part(sentence: str) -> None:
    text = HEAD + (
        "一、部门基本情况\n"
        "截至年末，部门核定编制140名，在职人员133人。本年支出合计6,237.40万元。\n"
        f"{sentence}\n"
    )
    assert _rule(text, "IC001") == []


def test_a_figure_restated_with_a_full_share_is_still_the_whole() -> None:
    """Near miss: a share of 100% or none at all leaves the figure the department's."""
    text = HEAD + (
        "一、部门基本情况\n本年支出合计6,237.40万元。\n二、预算执行\n全年支出合计6,273.40万元。\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1 and finding_mentions(found[0], "6,273.40")


# -- scope: a paragraph led by a kind of unit, a name split by an aside --------------


def test_a_paragraph_led_by_a_kind_of_unit_speaks_of_it() -> None:
    text = HEAD + (
        "一、部门收支\n本年支出合计9,800.00万元，其中基本支出7,200.00万元、项目支出2,600.00万元。\n"
        "乡镇卫生院（12个）：全年支出合计4,100.00万元。支出中基本支出3,300.00万元，项目支出800.00万元。\n"
        "社区卫生服务中心（3个）：全年支出合计3,550.00万元。其中基本支出3,050.00万元，"
        "项目支出500.00万元。\n"
    )
    assert _rule(text, "IC001") == []


def test_a_bracketed_list_inside_a_name_leaves_its_source() -> None:
    """``非财政拨款资金（…）支出``: not the 财政拨款 spending stated before it."""
    text = HEAD + (
        "一、支出情况\n本年支出合计2,460.00万元。按资金来源分，财政拨款支出2,310.00万元，"
        "非财政拨款资金（经营收入、利息收入及其结转）支出150.00万元。\n"
    )
    assert not [f for f in audit_text(text, ["IC001"]) if f.rule == "IC001"]


# -- IC001: 退休人数, headers with their unit, a clause chain's scope ------------------


def test_retired_staff_in_text_against_the_table_total() -> None:
    text = HEAD + (
        "一、部门基本情况\n部门核定编制300名，在职人员286人，退休人员154人。"
        "其中局机关核定编制40名，在职38人，退休19人。\n"
        "表1 人员情况\n"
        "| 单位 | 编制数（名） | 在职人数（人） | 退休人数（人） |\n"
        "| 局机关 | 40 | 38 | 19 |\n"
        "| 县疾控中心 | 120 | 114 | 62 |\n"
        "| 县妇幼保健院 | 140 | 134 | 64 |\n"
        "| 合计 | 300 | 286 | 145 |\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1
    assert finding_mentions(found[0], "154") and finding_mentions(found[0], "145")
    assert found[0].severity.value == "error"


# -- IC004: a count that is a verb's object; a count closing its list after 共 -------


def test_a_count_the_verb_acts_on_is_no_count_of_the_words_before_it() -> None:
    text = HEAD + "一、作风建设\n机关和各所属单位认真落实中央八项规定精神，严格控制“三公”经费。\n"
    assert _rule(text, "IC004") == []


def test_a_list_closed_by_gong_and_its_count() -> None:
    text = HEAD + (
        "一、部门基本情况\n下属事业单位包括县农技推广中心、县国有东山林场、县国有西山林场、"
        "县种子管理站共3个。\n"
    )
    found = _rule(text, "IC004")
    assert len(found) == 1 and finding_mentions(found[0], "3")


def test_a_count_ending_a_sentence_without_gong_is_not_read_as_the_lists() -> None:
    """Near miss: ``…培训班5个。`` counts the classes, not the words listed before it."""
    text = HEAD + "一、工作开展\n围绕种植、养殖和电商举办培训班5个。\n"
    assert _rule(text, "IC004") == []


# -- IC007: the achieved value written in a sheet's 说明 column ----------------------

_NOTES_SHEET = (
    "四、自评得分\n"
    "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分 | 评分说明 |\n"
    "| 产出 | 数量 | 新修农田水渠长度 | 10 | ≥30公里得10分 | 10 | {value} |\n"
    "| 产出 | 质量 | 工程验收合格率 | 10 | 100%得10分 | 10 | 验收全部合格 |\n"
)


def test_a_notes_cell_holding_one_value_is_compared_with_the_text() -> None:
    text = HEAD + "一、产出\n全年新修农田水渠34.6公里。\n" + _NOTES_SHEET.format(value="36.4公里")
    found = _rule(text, "IC007")
    assert len(found) == 1 and finding_mentions(found[0], "34.6")


def test_a_notes_cell_with_words_states_no_value() -> None:
    text = (
        HEAD
        + "一、产出\n全年新修农田水渠34.6公里。\n"
        + _NOTES_SHEET.format(value="完成36.4公里，超额完成")
    )
    assert _rule(text, "IC007") == []


# -- AR002: examples before 等; a way of doing the total's action ---------------------


def test_examples_before_deng_do_not_make_a_unit_of_the_figure() -> None:
    text = HEAD + (
        "一、收入情况\n本年收入合计5,430.00万元，其中财政拨款收入4,980.00万元、"
        "县人民医院门诊收入等事业收入415.00万元、其他收入35.00万元。\n"
        "表1 收入决算\n| 项目 | 金额（万元） |\n| 财政拨款收入 | 4,980.00 |\n"
        "| 事业收入 | 451.00 |\n| 其他收入 | 35.00 |\n| 合计 | 5,466.00 |\n"
    )
    found = _rule(text, "IC001")
    assert any(finding_mentions(f, "415.00") and finding_mentions(f, "451.00") for f in found)


def test_parts_named_by_how_the_work_was_done_stay_parts() -> None:
    text = HEAD + "一、产出\n全年完成农村公路养护412.5公里，其中新建68.0公里、改造提升354.5公里。\n"
    found = _rule(text, "AR002")
    assert len(found) == 1 and finding_mentions(found[0], "412.5")


def test_a_part_of_another_action_that_outgrows_the_total_ends_the_list() -> None:
    """Near miss: the second count exceeds the total, it counts another thing."""
    text = HEAD + "一、产出\n全年受理投诉案件120件，其中办结118件，回访群众360人次。\n"
    assert _rule(text, "AR002") == []


# -- AR005: complementary counts make the whole a rate is taken over -----------------


def test_a_rate_over_a_count_and_its_negation() -> None:
    text = HEAD + "一、产出\n检测结果中达标2,418份、不达标62份，达标率97.05%。\n"
    found = [f for f in audit_text(text, ["AR005", "AR003"]) if f.rule in ("AR005", "AR003")]
    assert len(found) == 1 and finding_mentions(found[0], "97.50%")


def test_a_right_rate_over_a_count_and_its_negation_passes() -> None:
    text = HEAD + "一、产出\n检测结果中达标2,418份、不达标62份，达标率97.50%。\n"
    assert not [f for f in audit_text(text, ["AR005", "AR003"]) if f.rule in ("AR005", "AR003")]


# -- AR003: a formula result with two digits swapped is an error ---------------------


def test_a_formula_result_with_two_digits_swapped_is_an_error() -> None:
    text = HEAD + "一、产出\n林下种植完成率=实际完成面积/计划面积×100%=3.64/3.40×100%=107.60%。\n"
    found = _rule(text, "AR003")
    assert len(found) == 1 and found[0].severity.value == "error"
    assert finding_mentions(found[0], "107.06%")


# -- IC002: a sentence saying both balances are zero ---------------------------------


def test_both_balances_zero_in_one_clause() -> None:
    text = HEAD + (
        "一、收支情况\n本年收入860.00万元，其中一般公共预算财政拨款收入840.00万元、其他收入20.00万元。"
        "上年结转与年末结余均为零。一般公共预算财政拨款支出848.00万元。\n"
    )
    found = _rule(text, "IC002")
    assert len(found) == 1 and finding_mentions(found[0], "848.00")


# -- IC006: a plan to recruit explains no excess -------------------------------------


def test_a_plan_to_recruit_does_not_explain_staff_above_posts() -> None:
    text = HEAD + (
        "一、部门基本情况\n核定编制30名，年末实有在职人员32人。\n"
        "五、下一步措施\n积极争取编制支持，通过遴选、选调等方式补充专业人员。\n"
    )
    found = _rule(text, "IC006")
    assert len(found) == 1 and finding_mentions(found[0], "32")


# -- AR007 and YR005 quote what they read --------------------------------------------


def test_ar007_quotes_the_formula_it_read() -> None:
    text = HEAD + (
        "一、预算执行\n年初预算3,200.00万元，调整后预算3,560.00万元，全年支出3,402.10万元，"
        "预算执行率=实际支出/预算数×100%=3,402.10/3,200.00×100%=106.32%。\n"
    )
    found = _rule(text, "AR007")
    assert len(found) == 1
    assert all(finding_mentions(found[0], v) for v in ("3,402.10", "3,200.00", "106.32%"))


def test_a_projects_rate_is_not_held_to_the_departments_base() -> None:
    text = HEAD + (
        "一、预算执行\n全年预算3,560.00万元，其中项目支出预算800.00万元，全年支出3,402.10万元。"
        "项目预算执行率=项目支出/项目预算×100%=792.00/800.00×100%=99.00%。\n"
    )
    assert _rule(text, "AR007") == []


def test_yr005_quotes_the_dated_phrase() -> None:
    text = HEAD + (
        "三、绩效目标完成情况\n（二）效益指标完成情况\n"
        "2023年9月，我局获评全市文明单位，群众满意度持续提升。\n"
    )
    found = _rule(text, "YR005")
    assert len(found) == 1 and "2023年9月，我局获评全市文明单位" in found[0].message
