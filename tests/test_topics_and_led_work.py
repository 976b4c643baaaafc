"""A sentence's topic, the parts of a ``其中`` list and work the department leads (IC001, IC005).

A sentence that opens with the projects as its topic (``项目支出方面，``, ``项目支出共N个，``)
states the projects' budget and spending, not the department's: its bare ``全年预算`` is
no second value of the department's adjusted budget. Every count of a ``其中`` list is a
part of the head before it, also after a count written with a thousands separator
(``3,186件``): it is not the department's whole count of that name. Work the department
has people do at its call (``组织委员开展…``, ``动员党员参与…``) is its own work, restated
elsewhere without the people.
"""

from __future__ import annotations

from helpers import finding_mentions, rule_findings

from auditor.findings import Finding

HEAD = "某某县档案史志馆2025年度部门整体支出绩效自评报告\n\n一、部门基本情况\n"


def _rule(text: str, rule: str) -> list[Finding]:
    return rule_findings(HEAD + text, rule)


# --- a sentence whose topic is the projects --------------------------------------------


def test_a_sentence_on_the_projects_states_their_budget_not_the_departments() -> None:
    text = (
        "本馆年初预算1,204.50万元，年中追加66.10万元，全年预算调整为1,270.60万元。\n"
        "二、预算执行情况\n"
        "在项目支出方面，本馆共安排4个项目，全年预算388.20万元，实际支出380.05万元，"
        "执行率97.90%。\n"
    )
    assert _rule(text, "IC001") == []


def test_a_count_of_projects_opening_the_sentence_makes_it_about_them() -> None:
    text = (
        "本馆全年预算调整为2,015.00万元。\n"
        "二、预算执行情况\n"
        "项目支出共有3项，全年预算640.75万元，实际支出633.40万元。\n"
    )
    assert _rule(text, "IC001") == []


def test_the_departments_budget_restated_differently_is_still_found() -> None:
    """Near miss: the sentence opens with the department, not with its projects."""
    text = (
        "本馆全年预算调整为2,015.00万元。\n"
        "二、预算执行情况\n"
        "本馆共实施项目3个，全年预算调整为2,051.00万元，实际支出1,998.40万元。\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1
    assert finding_mentions(found[0], "2,015.00") and finding_mentions(found[0], "2,051.00")


# --- every count of a 其中 list is a part ----------------------------------------------


def test_each_part_of_a_list_after_a_separated_count_is_a_part() -> None:
    text = (
        "二、履职情况\n全年受理各类申请2,340件，其中查档申请1,206件、"
        "档案移交申请318件、开放鉴定申请816件。\n"
        "三、工作成效\n全年审结开放鉴定申请790件。\n"
    )
    assert _rule(text, "IC005") == []


def test_a_part_after_a_separated_count_in_people_is_a_part() -> None:
    text = (
        "二、履职情况\n全年接待查档群众4,105人次，其中线上查档1,950人次、"
        "现场查档2,155人次。\n"
        "三、工作成效\n全年现场查档2,020人次。\n"
    )
    assert _rule(text, "IC005") == []


def test_the_same_whole_count_in_two_sections_is_still_compared() -> None:
    """Near miss: no 其中 list; one count of the department stated twice."""
    text = (
        "二、履职情况\n全年受理开放鉴定申请1,816件、档案移交申请318件。\n"
        "三、工作成效\n全年受理开放鉴定申请1,861件。\n"
    )
    found = _rule(text, "IC005")
    assert len(found) == 1
    assert finding_mentions(found[0], "1,816") and finding_mentions(found[0], "1,861")


# --- work the department leads people to do ----------------------------------------------


def test_work_the_department_has_its_members_do_is_its_own() -> None:
    text = (
        "二、重点工作\n组织馆员开展档案进社区宣讲活动14场。\n"
        "三、工作成效\n全年开展档案进社区宣讲活动41场。\n"
    )
    found = _rule(text, "IC005")
    assert len(found) == 1
    assert finding_mentions(found[0], "14") and finding_mentions(found[0], "41")


def test_people_mobilised_to_take_part_do_the_departments_work() -> None:
    text = (
        "二、重点工作\n动员全体干部职工参与口述史料采集126人次。\n"
        "三、工作成效\n全年完成口述史料采集148人次。\n"
    )
    found = _rule(text, "IC005")
    assert len(found) == 1


def test_a_unit_the_department_leads_keeps_its_own_share() -> None:
    """Near miss: the led ones are a unit, whose share is not the department's whole."""
    text = (
        "二、重点工作\n组织县方志编研中心开展档案进社区宣讲活动14场。\n"
        "三、工作成效\n全年开展档案进社区宣讲活动41场。\n"
    )
    assert _rule(text, "IC005") == []


def test_outside_people_the_department_leads_keep_their_own_share() -> None:
    """Near miss: volunteers it leads are not its own staff: their share stays apart."""
    text = (
        "二、重点工作\n组织高校志愿者开展档案进社区宣讲活动14场。\n"
        "三、工作成效\n全年开展档案进社区宣讲活动41场。\n"
    )
    assert _rule(text, "IC005") == []


# --- IC002: no carry-over said in words, income said to be one source's ---------------------


def test_carry_over_and_balance_said_none_in_words_hold_a_source_to_its_income() -> None:
    text = (
        "本年收入总计1,080.20万元，均来源于财政拨款；本馆没有上年结转，无以前年度结余。\n"
        "本年支出总计1,080.20万元，年末无结转和结余。\n"
        "二、预算执行情况\n本年财政拨款支出1,008.20万元。\n"
    )
    found = _rule(text, "IC002")
    assert len(found) == 1
    assert finding_mentions(found[0], "1,080.20") and finding_mentions(found[0], "1,008.20")


def test_a_zero_balance_figure_and_one_sole_source_are_compared() -> None:
    text = (
        "全年收入合计356.70万元，全部来自一般公共预算拨款。上年结转0万元。\n"
        "年末结转结余为0。\n"
        "二、预算执行情况\n全年一般公共预算支出365.70万元。\n"
    )
    found = _rule(text, "IC002")
    assert len(found) == 1
    assert finding_mentions(found[0], "356.70") and finding_mentions(found[0], "365.70")


def test_a_balance_kept_at_year_end_leaves_spending_below_income() -> None:
    """Near miss: carry-over none, but a balance stated: spending may be below income."""
    text = (
        "全年收入合计356.70万元，全部来自一般公共预算拨款。本单位无上年结转资金。\n"
        "年末结转结余9.00万元。\n"
        "二、预算执行情况\n全年一般公共预算支出347.70万元。\n"
    )
    assert _rule(text, "IC002") == []


def test_income_not_said_to_be_one_sources_is_not_held_to_it() -> None:
    """Near miss: the income is not said to be one source's (其中 names a part)."""
    text = (
        "全年收入合计356.70万元，其中一般公共预算拨款收入300.00万元。本单位无上年结转资金。\n"
        "年末无结转结余。\n"
        "二、预算执行情况\n全年一般公共预算支出300.00万元，其他资金支出56.70万元。\n"
    )
    assert _rule(text, "IC002") == []


# --- IC001: a revenue stated with the verb that earned it; a project with or without 项目 ---------


def test_a_revenue_stated_with_its_verb_is_the_same_revenue() -> None:
    text = (
        "本年收入合计530.90万元，其中财政拨款收入488.15万元，事业收入42.75万元。\n"
        "二、履职情况\n档案数字化服务对外承接查档复制业务，全年取得事业收入47.25万元。\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1
    assert finding_mentions(found[0], "42.75") and finding_mentions(found[0], "47.25")


def test_a_revenue_earned_restated_with_a_slip_is_told_once() -> None:
    """The table's cell settles which value is right: one finding, naming it."""
    text = (
        "本年收入合计530.90万元，其中财政拨款收入497.17万元，事业收入33.73万元。\n"
        "表1 收入情况表（单位：万元）\n"
        "| 项目 | 合计 | 财政拨款收入 | 事业收入 |\n"
        "| 本年收入 | 530.90 | 497.17 | 33.73 |\n"
        "二、履职情况\n档案数字化服务对外承接查档复制业务，全年实现事业收入33.37万元。\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1
    assert finding_mentions(found[0], "33.73") and finding_mentions(found[0], "33.37")


def test_a_revenue_of_another_kind_is_not_restated() -> None:
    """Near miss: 营业收入 of a company the department oversees is no 事业收入 of its own."""
    text = (
        "本年收入合计530.90万元，其中财政拨款收入497.17万元，事业收入33.73万元。\n"
        "二、履职情况\n指导县档案服务公司规范经营，全年实现营业收入33.37万元。\n"
    )
    assert _rule(text, "IC001") == []


def test_a_project_named_with_and_without_its_word_is_one_project() -> None:
    text = (
        "表1 2025年度项目支出执行情况表\n单位：万元\n"
        "| 项目名称 | 调整后预算 | 实际支出 | 执行率 |\n"
        "| 馆藏档案数字化 | 55.00 | 52.18 | 94.87% |\n"
        "| 方志编纂出版 | 30.00 | 29.40 | 98.00% |\n"
        "| 合计 | 85.00 | 81.58 | 95.98% |\n"
        "二、项目绩效\n馆藏档案数字化项目调整后预算55.00万元，实际支出52.81万元。\n"
    )
    found = _rule(text, "IC001")
    assert len(found) == 1
    assert finding_mentions(found[0], "52.18") and finding_mentions(found[0], "52.81")


def test_two_projects_whose_names_differ_by_more_than_the_word_stay_apart() -> None:
    """Near miss: ``馆藏档案数字化二期项目`` is another project than ``馆藏档案数字化``."""
    text = (
        "表1 2025年度项目支出执行情况表\n单位：万元\n"
        "| 项目名称 | 调整后预算 | 实际支出 | 执行率 |\n"
        "| 馆藏档案数字化 | 55.00 | 52.18 | 94.87% |\n"
        "| 方志编纂出版 | 30.00 | 29.40 | 98.00% |\n"
        "| 合计 | 85.00 | 81.58 | 95.98% |\n"
        "二、项目绩效\n馆藏档案数字化二期项目调整后预算18.00万元，实际支出17.35万元。\n"
    )
    assert _rule(text, "IC001") == []


# --- IC003: 上级补助 is a source of funds ----------------------------------------------------


def test_a_grant_from_above_is_one_of_the_sources_spending_adds() -> None:
    text = (
        "本年支出合计642.30万元，其中基本支出480.10万元，项目支出162.20万元。\n"
        "按资金来源分，财政拨款支出600.30万元（基本支出480.10万元，项目支出120.20万元）；"
        "上级补助资金支出24.00万元（项目支出24.00万元）。\n"
    )
    found = _rule(text, "IC003")
    assert found
    assert any(finding_mentions(f, "24.00") for f in found)


def test_spending_of_a_grant_from_above_under_its_income_name_is_a_source() -> None:
    text = (
        "本年支出合计642.30万元。\n"
        "分资金来源看，一般公共预算支出600.30万元，上级补助收入支出51.00万元。\n"
    )
    found = _rule(text, "IC003")
    assert len(found) == 1
    assert finding_mentions(found[0], "51.00") and finding_mentions(found[0], "642.30")


def test_sources_with_a_grant_from_above_that_add_up_pass() -> None:
    """Near miss: the grant read as a source makes the sum hold."""
    text = (
        "本年支出合计642.30万元，其中基本支出480.10万元，项目支出162.20万元。\n"
        "按资金来源分，财政拨款支出600.30万元（基本支出480.10万元，项目支出120.20万元）；"
        "上级补助资金支出42.00万元（项目支出42.00万元）。\n"
    )
    assert _rule(text, "IC003") == []


# --- IC007: a score sheet continued in a second table -----------------------------------------

SHEET_HEAD = "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
FIRST_PART = (
    "四、自评结果\n表6 2025年度部门整体支出绩效自评表\n"
    + SHEET_HEAD
    + "| 部门管理 | 预算执行 | 预算执行率 | 10 | ≥95% | 98.40% | 10 |\n"
    + "| 部门管理 | 预算执行 | 结转结余率 | 10 | ≤5% | 2.35% | 10 |\n"
    + "| 履职产出 | 数量指标 | 档案数字化页数 | 30 | ≥100万页 | 112万页 | 30 |\n"
    + "表6（续）\n"
    + SHEET_HEAD
)


def test_a_continued_sheets_row_is_read_in_its_own_table() -> None:
    text = (
        "二、履职成效\n全年档案开放鉴定率96.5%。\n"
        + FIRST_PART
        + "| 履职效果 | 社会效益 | 馆藏档案利用率 | 30 | ≥90% | 91.2% | 30 |\n"
        + "| 履职效果 | 社会效益 | 档案开放鉴定率 | 20 | ≥95% | 96.5% | 20 |\n"
    )
    assert _rule(text, "IC007") == []


def test_a_continued_sheets_later_row_is_read_in_its_own_table() -> None:
    text = (
        "二、履职成效\n数字档案异地备份率达到99.2%，备份工作按季度开展。\n"
        + FIRST_PART
        + "| 履职效果 | 可持续影响 | 档案安全事故发生率 | 30 | 0 | 0 | 30 |\n"
        + "| 履职效果 | 可持续影响 | 数字档案异地备份率 | 20 | ≥98% | 99.2% | 20 |\n"
    )
    assert _rule(text, "IC007") == []


def test_a_continued_sheets_own_value_that_differs_is_still_found() -> None:
    """Near miss: the continuation's own cell differs from the text."""
    text = (
        "二、履职成效\n全年档案开放鉴定率96.5%。\n"
        + FIRST_PART
        + "| 履职效果 | 社会效益 | 馆藏档案利用率 | 30 | ≥90% | 91.2% | 30 |\n"
        + "| 履职效果 | 社会效益 | 档案开放鉴定率 | 20 | ≥95% | 95.1% | 20 |\n"
    )
    found = _rule(text, "IC007")
    assert len(found) == 1
    assert finding_mentions(found[0], "95.1%") and finding_mentions(found[0], "96.5%")
