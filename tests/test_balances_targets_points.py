"""A balance, a target and an indicator's points are not values of the quantity they name.

Read from a reviewer's judgement of ``audit --facts`` on unseen reports (issue 12): the
balance of a spending (``基本支出结余``), a figure in a clause of targets and the points an
indicator is worth were shown as the department's spending, actual rate or satisfaction.
Written in other departments' words than the reports the kinds were seen on.
"""

from __future__ import annotations

import pytest
from helpers import read_text

from auditor.read.qualifiers import Role


def _fact(text: str, written: str):
    reading = read_text(text)
    for fact in (*reading.facts.facts, *reading.facts.roles):
        if fact.figure.amount.raw.startswith(written):
            return fact
    return None


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "全年支出812.40万元，其中基本支出402.15万元。基本支出结余3.08万元已上缴财政。",
            "3.08万元",
        ),
        ("项目支出结转45.60万元，主要是设备采购尚未验收。", "45.60万元"),
        ("本年度专项资金节余2.70万元，已按规定收回。", "2.70万元"),
    ],
)
def test_a_balance_after_the_spending_is_a_remainder(sentence: str, written: str) -> None:
    fact = _fact(sentence, written)
    assert fact is None or fact.role == Role.REMAINDER


def test_a_spending_followed_by_its_own_words_is_still_a_level() -> None:
    fact = _fact("全年基本支出402.15万元，结余部分已上缴。", "402.15万元")
    assert fact is not None and fact.role == Role.LEVEL


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("二、年度绩效目标\n部门整体绩效目标：预算执行率100%，政务公开及时率98%。", "100%"),
        ("本年度共设定产出指标8项、效益指标2项：项目完工率100%，群众满意度92%。", "92%"),
        ("年度计划：举办培训班12期，培训基层人员600人次。", "600人次"),
    ],
)
def test_a_figure_in_a_clause_of_targets_is_a_target(sentence: str, written: str) -> None:
    fact = _fact(sentence, written)
    assert fact is None or fact.role == Role.TARGET


def test_a_result_reported_after_a_target_heading_with_more_words_stays_a_result() -> None:
    fact = _fact("年度目标完成情况：全年预算执行率97.3%，政务公开及时率100%。", "97.3%")
    assert fact is not None and fact.role == Role.LEVEL


def test_an_indicators_points_heading_its_paragraph_are_no_value() -> None:
    text = "群众满意度10分：本年发放问卷500份，满意度为93.6%，得9分。"
    assert _fact(text, "10分") is None
    fact = _fact(text, "93.6%")
    assert fact is not None and fact.role == Role.LEVEL


def test_a_survey_score_stays_a_satisfaction_value() -> None:
    fact = _fact("经第三方测评，群众满意度为91.5分。", "91.5分")
    assert fact is not None and fact.role == Role.LEVEL


def test_a_carry_over_named_with_its_balance_word_is_the_carry_over_itself() -> None:
    fact = _fact("本年收入合计610.20万元，上年结转结余36.40万元。", "36.40万元")
    assert fact is not None and fact.role == Role.LEVEL


def _facts_named(text: str, concept: str):
    reading = read_text(text)
    return [f for f in reading.facts.facts if f.concept == concept]


def test_a_comparison_base_after_a_list_is_the_heads_quantity() -> None:
    text = (
        "某县档案馆2025年度部门整体支出绩效自评报告\n"
        "全年“三公”经费支出6.42万元，其中公务接待费1.35万元、公务用车运行维护费5.07万元，"
        "较年初预算7.00万元节约0.58万元，较2024年支出6.90万元下降0.48万元。"
        "全年支出合计520.30万元，年初预算530.00万元。"
    )
    budgets = [f for f in read_text(text).facts.facts if f.figure.amount.raw.startswith("7.00")]
    assert [f.concept for f in budgets] == ["sangong.total"]
    assert [f.figure.amount.raw for f in _facts_named(text, "budget.initial")] == ["530.00万元"]


def test_a_comparison_base_of_a_total_stays_the_totals() -> None:
    text = "某县档案馆2025年度部门整体支出绩效自评报告\n本年支出合计980.60万元，比上年支出1,012.30万元减少31.70万元。"
    prior = [f for f in read_text(text).facts.facts if f.figure.amount.raw.startswith("1,012.30")]
    assert prior and prior[0].year == 2024


@pytest.mark.parametrize(
    "text",
    [
        "年末实有在编人员40人，其中35岁以下的14名、36岁至50岁的19名。",
        "在职职工52人，平均年龄41周岁。",
    ],
)
def test_an_age_is_no_headcount(text: str) -> None:
    values = {f.value for f in read_text(text).facts.facts}
    assert 35 not in values and 41 not in values


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "比照年初确定的5项部门目标：预算执行率98.20%，完成；群众满意度80%，未完成。",
            "98.20%",
        ),
        ("年度绩效目标：预算执行率99.1%，已完成。", "99.1%"),
    ],
)
def test_results_checked_against_targets_stay_results(sentence: str, written: str) -> None:
    fact = _fact(sentence, written)
    assert fact is not None and fact.role == Role.LEVEL


def test_parts_in_a_sentence_of_their_own_take_the_heads_basis() -> None:
    text = (
        "某县统计局2025年度部门整体支出绩效自评报告\n"
        "全年实际支出612.30万元。其中：基本支出288.10万元，项目支出324.20万元。"
    )
    fact = _fact(text, "288.10万元")
    assert fact is not None and fact.basis.value == "actual"


def test_a_new_sentence_without_a_part_opener_starts_afresh() -> None:
    text = (
        "某县统计局2025年度部门整体支出绩效自评报告\n"
        "全年实际支出612.30万元。基本支出预算300.00万元。"
    )
    fact = _fact(text, "300.00万元")
    assert fact is not None and fact.basis.value != "actual"


def test_a_spending_row_under_a_budget_column_is_that_spendings_budget() -> None:
    text = (
        "某县统计局2025年度部门整体支出绩效自评报告\n表1 预算调整情况（万元）\n"
        "项目\t年初预算\t调整后预算\t执行数\n基本支出\t400.00\t402.60\t398.10\n"
        "项目支出\t300.00\t310.00\t305.20\n合计\t700.00\t712.60\t703.30\n"
    )
    fact = _fact(text, "402.60")
    assert fact is not None and fact.concept == "expenditure.basic"
    assert fact.basis.value == "adjusted_budget"
    total = _fact(text, "712.60")
    assert total is not None and total.concept == "budget.adjusted"


def test_a_clause_naming_its_own_subject_in_words_keeps_it() -> None:
    text = (
        "某县档案馆2025年度部门整体支出绩效自评报告\n"
        "本馆基本支出全年预算210.00万元；项目支出按年度任务清单测算，全年预算96.00万元。"
    )
    fact = _fact(text, "96.00万元")
    assert fact is not None and fact.concept == "expenditure.project"
