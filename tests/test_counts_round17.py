"""Counts, nouns and restated figures, round 17 (IC001, IC007): kinds read, in other words."""

from __future__ import annotations

import pytest
from helpers import finding_mentions, read_text, rule_findings

HEAD = "2025年度部门整体支出绩效自评报告\n"


_rule = rule_findings


# -- IC007: a number counts the noun right after it, not one joined with no count ------

_SHEET = (
    "四、自评得分情况\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出指标 | 数量指标 | 村庄规划编制数量 | 20个 | 24个 | 10 | 10 |\n"
    "| 产出指标 | 数量指标 | 农村公厕改造数量 | 30座 | 36座 | 10 | 10 |\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the indicator's noun after 和, counted with 若干
        "全年完成5个乡镇总体规划成果报批和若干实用性村庄规划编制。",
        # after 、 with a verb of its own and 一批
        "全年完成6个乡镇总体规划修编、推进一批村庄规划编制。",
        # the indefinite count first, the number for the other noun
        "全年改造一批农村公厕和3座乡镇污水处理站。",
    ],
)
def test_a_number_does_not_count_a_noun_joined_with_no_count(sentence: str) -> None:
    text = HEAD + "一、履职情况\n" + sentence + "\n" + _SHEET
    assert _rule(text, "IC007") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # near-miss: the number counts the indicator's own noun
        ("全年完成21个村庄规划编制。", "21"),
        # near-miss: the indicator's noun is the one counted, the other joined with 一批
        ("全年改造38座农村公厕、新建一批污水管网。", "38"),
    ],
)
def test_a_number_counting_the_indicators_noun_is_still_compared(sentence: str, value: str) -> None:
    text = HEAD + "一、履职情况\n" + sentence + "\n" + _SHEET
    found = _rule(text, "IC007")
    assert len(found) == 1 and finding_mentions(found[0], value)


def test_parts_joined_with_no_indefinite_count_stay_one_object() -> None:
    """Near miss: ``残疾人和家属`` are one group counted by one number."""
    sheet = (
        "四、自评得分情况\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 残疾人生活补贴发放人数 | 100人 | 120人 | 10 | 10 |\n"
        "| 产出指标 | 数量指标 | 地质灾害巡查次数 | 100次 | 120次 | 10 | 10 |\n"
    )
    text = HEAD + "一、履职情况\n为112名残疾人和家属发放生活补贴。\n" + sheet
    found = _rule(text, "IC007")
    assert len(found) == 1 and finding_mentions(found[0], "112")


# -- IC001: a sentence whose subject is a count of projects ---------------------------

_TOTALS = "一、部门基本情况\n本年支出合计860.00万元，其中基本支出340.00万元，项目支出520.00万元。\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "全年共实施项目6个，实际支出515.00万元。",
        "2025年共开展项目5个，全年支出515.00万元，执行率95.20%。",
    ],
)
def test_spending_after_a_count_of_projects_is_the_projects(sentence: str) -> None:
    text = HEAD + _TOTALS + "二、项目情况\n" + sentence + "\n"
    found = _rule(text, "IC001")
    # compared with 项目支出 (520.00), never with 支出合计 (860.00)
    assert found and all(f.message.startswith("项目支出前后不一致") for f in found)
    assert any(finding_mentions(f, "520.00") and finding_mentions(f, "515.00") for f in found)


def test_spending_after_a_count_of_a_kind_of_project_is_that_kinds() -> None:
    text = HEAD + _TOTALS + "二、项目情况\n本年度共实施专项项目4个，实际支出315.00万元。\n"
    assert _rule(text, "IC001") == []


def test_a_new_sentence_after_the_count_is_the_departments() -> None:
    """Near miss: the count's sentence ends; the next sentence's 支出合计 is the department's."""
    text = HEAD + _TOTALS + "二、项目情况\n全年共实施项目6个。本年支出合计850.00万元。\n"
    found = _rule(text, "IC001")
    assert len(found) == 1
    assert finding_mentions(found[0], "860.00") and finding_mentions(found[0], "850.00")


# -- IC001: a part of a total that adds up votes for its value --------------------------

_PROJECTS = (
    "表1 2025年度项目支出执行情况表\n单位：万元\n"
    "| 项目名称 | 调整后预算 | 实际支出 | 执行率 |\n"
    "| 农机购置补贴 | 60.00 | 57.30 | 95.50% |\n"
    "| 农技推广服务 | 25.00 | 24.10 | 96.40% |\n"
    "| 动物防疫 | 18.00 | 17.20 | 95.56% |\n"
    "| 合计 | 103.00 | {total} | 95.73% |\n"
    "二、项目绩效\n农技推广服务项目调整后预算25.00万元，实际支出23.80万元，主要用于技术培训。\n"
)


def test_a_table_row_under_a_total_that_adds_up_is_trusted() -> None:
    found = _rule(_PROJECTS.format(total="98.60"), "IC001")
    assert len(found) == 1
    assert "无法判断" not in found[0].message
    assert "应以 24.10 万元 为准" in found[0].message


def test_a_text_part_under_a_total_that_adds_up_is_trusted() -> None:
    text = (
        HEAD + "本年支出合计1,250.00元，其中基本支出900.00元，项目支出350.00元。\n"
        "二、项目情况\n项目支出全年为380.00元。\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1
    assert "无法判断" not in found[0].message
    assert "应以 350.00 元 为准" in found[0].message


def test_a_total_that_does_not_add_up_decides_nothing() -> None:
    """Near miss: the table's total is off too, so the table's arithmetic cannot vote."""
    found = _rule(_PROJECTS.format(total="95.60"), "IC001")
    assert len(found) == 1
    assert "无法判断哪个正确" in found[0].message


# -- Labels: a noun opening with a connector's character --------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("本年收入合计300.00万元，其中财政拨款收入250.00万元，经营收入50.00万元。", "50.00"),
        ("单位收入合计80.00万元，其中事业收入61.20万元，经营收入18.80万元。", "18.80"),
    ],
)
def test_a_business_income_inside_a_list_is_income(text: str, value: str) -> None:
    r = read_text(HEAD + text + "\n")
    facts = [f for f in r.facts.facts if f.figure.amount.number_text == value]
    assert facts and facts[0].concept == "income.total" and facts[0].source is not None


def test_a_leading_connector_is_still_stripped() -> None:
    """Near miss: ``经审计`` opens with the connector 经, which is no part of the label."""
    r = read_text(HEAD + "经审计，本年事业收入61.20万元。\n")
    labels = [f.label for f in r.figures if f.amount.number_text == "61.20"]
    assert labels and not labels[0].startswith("经")
