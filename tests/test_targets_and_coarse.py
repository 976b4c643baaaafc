"""Targets read as results, and counts restated in 万 or 亿 (IC001, IC005, IC007).

A goal stated with a bar to pass (``不少于``, ``以上``, ``控制在…以内``), under a heading of
targets or in a paragraph led by a title of targets, is what was aimed at: the result
later in the report is no second account of it. A count restated in 万 or 亿 agrees with
the exact count when that rounds or cuts to it. Two results that really differ, or a
coarse figure the exact one does not give, are still found.
"""

from __future__ import annotations

from helpers import finding_mentions, rule_findings

from auditor.findings import Finding

HEAD = "某某县气象服务站2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n本站2024年度支出合计312.40万元。\n"


def _rule(text: str, rule: str) -> list[Finding]:
    return rule_findings(HEAD + text, rule)


# --- bars to pass (threshold words) -------------------------------------------------


def test_a_floor_in_the_goals_is_no_second_account_of_the_result() -> None:
    text = (
        "二、部门职责\n全站围绕年度工作要求，布设自动观测站36个以上，"
        "开展防灾科普讲座达到50场以上。\n"
        "三、履职成效\n全年布设自动观测站41个，开展防灾科普讲座57场。\n"
    )
    assert _rule(text, "IC005") == []


def test_a_ceiling_set_as_a_goal_is_no_second_account_of_the_result() -> None:
    text = (
        "二、重点工作\n观测数据缺测时次30次以内，设备故障停机15台次及以下。\n"
        "三、工作成效\n全年观测数据缺测时次22次，设备故障停机9台次。\n"
    )
    assert _rule(text, "IC005") == []


def test_two_results_that_differ_are_still_found() -> None:
    text = "二、重点工作\n全年开展防灾科普讲座57场。\n三、工作成效\n全年开展防灾科普讲座75场。\n"
    found = _rule(text, "IC005")
    assert len(found) == 1
    assert finding_mentions(found[0], "57") and finding_mentions(found[0], "75")


# --- places of targets (a heading, a paragraph's own title) --------------------------


def test_a_heading_of_targets_makes_its_counts_targets() -> None:
    text = (
        "二、年度绩效目标\n完成人工增雨作业64次，维护雨量站118个。\n"
        "三、绩效目标完成情况\n全年完成人工增雨作业71次，维护雨量站118个。\n"
    )
    assert _rule(text, "IC005") == []


def test_a_paragraph_led_by_a_title_of_targets_states_targets() -> None:
    text = (
        "二、工作安排\n（二）数量目标。完成人工增雨作业64次，维护雨量站120个。\n"
        "三、履职成效\n全年完成人工增雨作业71次，维护雨量站118个。\n"
    )
    assert _rule(text, "IC005") == []


def test_a_title_of_targets_under_a_heading_of_results_leads_results() -> None:
    """Under ``绩效目标完成情况`` a paragraph's ``数量目标。`` reports what was done."""
    text = (
        "二、绩效目标完成情况\n（一）数量目标。全年完成人工增雨作业64次。\n"
        "三、其他工作\n全年完成人工增雨作业71次。\n"
    )
    assert len(_rule(text, "IC005")) == 1


def test_a_concept_in_a_paragraph_led_by_a_title_of_targets_is_a_target() -> None:
    text = (
        "（三）年度目标。本站在职人员编制内控制，在职人员26人。\n二、履职成效\n年末在职人员28人。\n"
    )
    assert _rule(text, "IC001") == []


def test_a_concept_stated_twice_as_a_result_still_differs() -> None:
    text = "（三）人员情况。年末在职人员26人。\n二、履职成效\n年末在职人员28人。\n"
    assert len(_rule(text, "IC001")) == 1


SHEET = (
    "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
    "| 产出 | 数量指标 | 人工增雨作业次数 | 40 | ≥60次 | {actual} | 40 |\n"
    "| 产出 | 数量指标 | 气象信息服务人次 | 50 | ≥20万人次 | {served} | 50 |\n"
    "| 效益 | 满意度 | 群众满意度 | 10 | ≥90% | 95% | 10 |\n"
)


def test_a_target_in_the_text_is_not_the_sheets_result() -> None:
    text = "二、年度绩效目标\n完成人工增雨作业60次。\n三、绩效目标完成情况\n" + SHEET.format(
        actual="71次", served="236,418人次"
    )
    assert _rule(text, "IC007") == []


def test_a_floor_in_the_text_is_not_the_sheets_result() -> None:
    text = "二、工作要求\n全年完成人工增雨作业不少于60次。\n" + SHEET.format(
        actual="71次", served="236,418人次"
    )
    assert _rule(text, "IC007") == []


def test_a_result_in_the_text_that_differs_from_the_sheet_is_found() -> None:
    text = "二、履职成效\n全年完成人工增雨作业17次。\n" + SHEET.format(
        actual="71次", served="236,418人次"
    )
    found = _rule(text, "IC007")
    assert len(found) == 1 and finding_mentions(found[0], "17")


# --- counts restated in 万 or 亿 --------------------------------------------------------


def test_a_count_in_wan_agrees_with_the_exact_count_it_rounds() -> None:
    text = "二、履职成效\n全年气象信息服务23.64万人次。\n" + SHEET.format(
        actual="71次", served="236,418人次"
    )
    assert _rule(text, "IC007") == []


def test_an_exact_text_count_agrees_with_the_sheets_count_in_wan() -> None:
    """The exact count cut (not rounded) to the sheet's place: 23.68万 → 23.6万."""
    text = "二、履职成效\n全年气象信息服务236,812人次。\n" + SHEET.format(
        actual="71次", served="23.6万人次"
    )
    assert _rule(text, "IC007") == []


def test_a_count_in_wan_the_exact_count_does_not_give_is_found() -> None:
    text = "二、履职成效\n全年气象信息服务26.34万人次。\n" + SHEET.format(
        actual="71次", served="236,418人次"
    )
    assert len(_rule(text, "IC007")) == 1


def test_a_count_in_yi_agrees_with_the_exact_count_across_sections() -> None:
    text = (
        "二、服务概况\n全年手机气象短信覆盖用户2.31亿人次。\n"
        "三、履职成效\n全年手机气象短信覆盖用户230,870,000人次。\n"
    )
    assert _rule(text, "IC005") == []


def test_a_count_in_yi_that_is_another_value_is_found_and_shown_in_yi() -> None:
    text = (
        "二、服务概况\n全年手机气象短信覆盖用户2.13亿人次。\n"
        "三、履职成效\n全年手机气象短信覆盖用户230,870,000人次。\n"
    )
    found = _rule(text, "IC005")
    assert len(found) == 1
    assert "2.13 亿人次" in found[0].message


def test_a_paragraph_of_targets_checked_against_results_states_results() -> None:
    """``对照…`` in the paragraph, or ``已完成`` after the figure: how the target came out."""
    for lead in (
        "（三）年度目标。对照年初安排，年末在职人员26人。",
        "（三）年度目标。年末在职人员26人，已完成。",
    ):
        text = lead + "\n二、履职成效\n年末在职人员28人。\n"
        assert len(_rule(text, "IC001")) == 1, lead
