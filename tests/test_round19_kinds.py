"""Kinds read on held-out round 19b, each proved in other words than the round's reports.

Counts that are what the people listed act on, an item put off that is no account of
what was done, an earlier year's damage mended this year, the own level together with
its units as the whole, and a sheet's value whose digits the text swaps.
"""

from __future__ import annotations

import pytest
from helpers import audit_text, finding_mentions, rule_findings

HEAD = "2024年度部门整体支出绩效自评报告\n"


_rule = rule_findings


@pytest.mark.parametrize(
    "sentence",
    [
        "局里从财务、审计和业务科室抽调骨干组建4个督导组，分片开展检查。",
        "县剧团和各乡镇文艺宣传队分赴9个乡镇开展惠民演出。",
    ],
)
def test_a_count_the_people_listed_act_on_is_not_their_number(sentence: str) -> None:
    assert _rule(HEAD + "一、工作开展\n" + sentence + "\n", "IC004") == []


def test_a_list_with_its_own_count_is_still_checked() -> None:
    """Near miss: the count follows the list with no verb between."""
    text = HEAD + "一、部门基本情况\n局机关设办公室、财务股、业务股、法规股3个股室。\n"
    found = _rule(text, "IC004")
    assert len(found) == 1 and finding_mentions(found[0], "3")


_SHEET = (
    "四、自评得分\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出 | 数量 | 古籍数字化修复册数 | ≥40册 | 46册 | 10 | 10 |\n"
    "| 效益 | 满意度 | 读者满意度 | ≥90% | 95% | 10 | 10 |\n"
)


def test_an_item_put_off_is_no_account_of_what_was_done() -> None:
    text = HEAD + (
        "一、预算执行\n年末结余较少，主要是古籍数字化修复有3册修复工作推迟至次年。\n" + _SHEET
    )
    assert _rule(text, "IC007") == []


def test_what_was_done_is_still_compared() -> None:
    """Near miss: the same words with the count of what was done."""
    text = HEAD + "一、产出\n全年完成古籍数字化修复64册。\n" + _SHEET
    found = _rule(text, "IC007")
    assert len(found) == 1 and finding_mentions(found[0], "64")


@pytest.mark.parametrize(
    "sentence",
    [
        "汛前修复2023年暴雨损毁的12处灌溉渠道，恢复灌溉面积0.6万亩。",
        "全年整改2023年审计发现的问题9个，整改率100%。",
    ],
)
def test_an_earlier_years_damage_mended_this_year_is_this_years_work(sentence: str) -> None:
    text = HEAD + "三、绩效目标完成情况\n（一）产出指标完成情况\n" + sentence + "\n"
    assert _rule(text, "YR005") == []


def test_an_earlier_years_result_is_still_one() -> None:
    """Near miss: the year dates the result itself."""
    text = (
        HEAD
        + "三、绩效目标完成情况\n（二）效益指标完成情况\n2023年11月，我局获评全市水利工作先进单位。\n"
    )
    assert len(_rule(text, "YR005")) == 1


def test_the_own_level_with_its_units_is_the_whole() -> None:
    text = HEAD + (
        "一、部门基本情况\n委机关及所属二级单位核定编制58名，实有在编人员55人。\n"
        "四、管理情况\n全委核定编制65名，年末实有在编人员55人。\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1 and finding_mentions(found[0], "58") and finding_mentions(found[0], "65")


def test_the_own_level_alone_is_not_the_whole() -> None:
    """Near miss: 委机关 alone is the own level, not compared with the whole."""
    text = HEAD + (
        "一、部门基本情况\n委机关核定编制18名，实有在编人员17人。\n"
        "四、管理情况\n全委核定编制65名，年末实有在编人员55人。\n"
    )
    assert not [f for f in _rule(text, "IC001") if f.severity.value == "error"]


_LINK_SHEET = (
    "四、自评得分\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出 | 数量 | 重点用能单位在线监测联网 | ≥50家 | {value} | 8 | 8 |\n"
    "| 效益 | 满意度 | 养殖户满意度 | ≥90% | 95% | 10 | 10 |\n"
)


def test_nearly_covering_words_and_swapped_digits_pair_a_sheet_value() -> None:
    text = HEAD + (
        "一、产出\n全市57家重点用能单位全部安装能耗监测设备并与省级平台联网。\n"
        + _LINK_SHEET.format(value="75家")
    )
    found = _rule(text, "IC007")
    assert len(found) == 1 and finding_mentions(found[0], "57")


def test_nearly_covering_words_without_a_slip_are_not_paired() -> None:
    """Near miss: 64 and 75 are no slip of each other; the words alone do not pair them."""
    text = HEAD + (
        "一、产出\n全市64家重点用能单位全部安装能耗监测设备并与省级平台联网。\n"
        + _LINK_SHEET.format(value="75家")
    )
    assert _rule(text, "IC007") == []


# -- fresh report kinds: a project column after 实施单位; a budget part of 年初预算 -------


def test_a_project_list_named_after_its_implementing_unit_column_is_the_projects() -> None:
    text = HEAD + (
        "一、预算执行\n2024年调整后预算6,420.00万元，全年支出6,105.30万元，"
        "预算执行率=全年支出/调整后预算×100%=6,105.30/6,420.00×100%=95.10%。\n"
        "表3 重点项目执行情况（单位：元）\n"
        "| 序号 | 实施单位 | 项目名称 | 全年预算数 | 实际支出 |\n"
        "| 1 | 局机关 | 城市公交运营补贴 | 8,600,000.00 | 8,420,000.00 |\n"
        "| 2 | 市运输服务中心 | 客运站场维修改造 | 3,150,000.00 | 2,980,500.00 |\n"
        "| 合计 |  |  | 11,750,000.00 | 11,400,500.00 |\n"
    )
    found = [f for f in audit_text(text) if f.rule in ("AR004", "AR007", "IC001", "SC003")]
    assert not [f for f in found if f.severity.value in ("error", "warning")]


def test_a_budget_part_of_the_initial_budget_is_not_the_full_year_budget() -> None:
    text = HEAD + (
        "一、预算安排\n年初预算2,860.00万元，其中基本支出预算960.00万元、项目支出预算1,900.00万元。"
        "年中追加310.00万元，全年预算数3,170.00万元，其中基本支出全年预算990.00万元、"
        "项目支出全年预算2,180.00万元。\n"
    )
    assert not [f for f in _rule(text, "IC001") if f.severity.value in ("error", "warning")]


def test_two_full_year_budgets_of_projects_still_disagree() -> None:
    """Near miss: the same full-year budget stated twice with two values."""
    text = HEAD + (
        "一、预算安排\n全年预算数3,170.00万元，其中基本支出全年预算990.00万元、项目支出全年预算2,180.00万元。\n"
        "二、预算执行情况\n基本支出全年预算990.00万元，项目支出全年预算2,108.00万元。\n"
    )
    found = _rule(text, "IC001")
    assert found and any(finding_mentions(f, "2,108.00") for f in found)
