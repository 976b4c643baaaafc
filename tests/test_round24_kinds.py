"""Kinds read on held-out round 24, each proved in other words than the round's reports.

A prose indicator's rule counting from the target its text states; a rate over a quota
in 立方米 written with two digits swapped; a fund named after its paragraph's project;
a count of projects after the department's own name; band points in a rule paragraph;
a lettered column (``全年执行数（B）``) and the block its letters end with; a comparison
base naming its basis; parts before their total beside a sheet's value; a named
project's budget; a paragraph titled by a quantity's rate.
"""

from __future__ import annotations

from helpers import audit_text, finding_mentions, rule_findings

HEAD = "2025年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _errors(text: str, rules: tuple[str, ...]) -> list[str]:
    return [
        f"{f.rule} {f.message}"
        for f in audit_text(text)
        if f.rule in rules and f.severity.value in ("error", "warning")
    ]


def _prose_indicator(score: str) -> str:
    return HEAD + (
        "四、绩效指标完成情况\n（三）效益指标\n"
        f"2.农技服务到户率（8分）。年度目标不低于90%，实际为87%，主要是部分山区农户居住分散。"
        f"评分标准：达到目标得满分，每低1个百分点扣1分。本项得{score}分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 农技培训人次 | 50 | ≥3000人次 | 3,120人次 | 50 |\n"
        "| 效益 | 社会效益 | 农技服务到户率 | 8 | ≥90% | 87% | {score} |\n"
        "| 满意度 | 服务对象满意度 | 农户满意度 | 42 | ≥90% | 94% | 42 |\n"
    ).replace("{score}", score)


def test_a_prose_rule_counts_from_the_target_its_text_states() -> None:
    """3 points below 90% cost 3 of 8: 5 is right."""
    assert _rule(_prose_indicator("5"), "SC002") == []


def test_a_prose_rule_broken_is_still_reported() -> None:
    """Near miss: full points though 3 points below the target."""
    found = _rule(_prose_indicator("8"), "SC002")
    assert found and finding_mentions(found[0], "8")


def test_a_rate_over_a_quota_in_cubic_metres_with_swapped_digits() -> None:
    text = HEAD + (
        "三、产出\n全年取水许可限额2.60万立方米，实际取水2.15万立方米，限额使用率82.96%。\n"
    )
    found = _rule(text, "AR003")
    assert found and finding_mentions(found[0], "82.96%"), [f.message for f in found]


def test_a_rate_over_a_quota_written_right_is_clean() -> None:
    """Near miss: 2.15 / 2.60 = 82.69 %."""
    text = HEAD + (
        "三、产出\n全年取水许可限额2.60万立方米，实际取水2.15万立方米，限额使用率82.69%。\n"
    )
    assert _rule(text, "AR003") == []


def _fund_paragraph(amount: str) -> str:
    return HEAD + (
        "二、项目支出情况\n表3 项目支出情况表（单位：元）\n"
        "| 序号 | 项目名称 | 全年预算数 | 实际支出 |\n"
        "| 1 | 农村饮水安全巩固提升 | 900,000.00 | 846,000.00 |\n"
        "| 2 | 水土保持治理 | 600,000.00 | 588,000.00 |\n"
        "| 合计 |  | 1,500,000.00 | 1,434,000.00 |\n"
        "三、项目实施情况\n"
        f"1.农村饮水安全巩固提升项目。全年饮水安全维修专项资金支出{amount}万元，完成管网维修36处。\n"
    )


def test_a_fund_named_after_its_paragraphs_project_is_that_projects() -> None:
    found = _rule(_fund_paragraph("86.40"), "IC001")
    assert found and finding_mentions(found[0], "86.40")


def test_a_fund_stating_its_projects_spending_agrees() -> None:
    """Near miss: 84.60 万元 is the table's 846,000.00 元."""
    assert _errors(_fund_paragraph("84.60"), ("IC001",)) == []


_BUDGETS = (
    "一、预算情况\n2025年度年初预算1,100.00万元，调整后预算1,250.00万元。\n"
    "二、项目支出情况\n{sentence}\n"
)


def test_a_count_of_projects_after_the_departments_name_owns_the_budget() -> None:
    text = HEAD + _BUDGETS.format(sentence="2025年我局共实施项目5个，调整后预算640.00万元。")
    assert _errors(text, ("IC001",)) == []


def test_the_departments_budget_stated_again_is_still_compared() -> None:
    """Near miss: no count of projects, so the budget is the department's."""
    text = HEAD + _BUDGETS.format(sentence="2025年我局调整后预算1,205.00万元。")
    found = _rule(text, "IC001")
    assert found and finding_mentions(found[0], "1,205.00")


def _banded_rules(score: str) -> str:
    return HEAD + (
        "二、自评工作开展情况\n（二）评分标准。各项指标的主要评分标准为：预算执行率≥95%得满分，"
        "每低1个百分点扣1分；巡查覆盖率达到100%得满分，每低1个百分点扣1分；群众满意度≥95%得10分，"
        "90%（含）—95%得8分，90%以下不得分。\n"
        "三、绩效指标完成情况\n各项指标完成情况见附表。\n"
        "附表 绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        f"| 产出 | 质量指标 | 巡查覆盖率 | 10 | 100% | 97% | {score} |\n"
        "| 效益 | 社会效益 | 河道保洁达标率 | 80 | ≥90% | 96% | 80 |\n"
        "| 满意度 | 服务对象满意度 | 群众满意度 | 10 | ≥95% | 96% | 10 |\n"
    )


def test_band_points_in_a_rule_paragraph_are_no_award() -> None:
    found = _rule(_banded_rules("10"), "SC002")
    assert found and finding_mentions(found[0], "10"), [f.message for f in found]


def test_a_row_scored_by_the_rule_paragraph_is_clean() -> None:
    """Near miss: 3 points below 100% cost 3 of 10."""
    assert _rule(_banded_rules("7"), "SC002") == []


_FORM = HEAD + (
    "一、收入情况\n2025年度财政拨款收入2,610.00万元，其他收入30.00万元。\n"
    "附件 部门整体支出绩效自评表\n"
    "| 年度预算执行情况（万元） | 年度预算执行情况（万元） | 年初预算数 | 全年预算数（A） "
    "| 全年执行数（B） | 分值 | 执行率（B/A） | 得分 |\n"
    "| 年度资金总额 | 年度资金总额 | 2,600.00 | 2,640.00 | 2,587.20 | 10 | 98.00% | 9.80 |\n"
    "| 其中：财政拨款 | 其中：财政拨款 | 2,570.00 | 2,610.00 | 2,558.00 | — | 98.01% | — |\n"
    "| 其他资金 | 其他资金 | 30.00 | 30.00 | 29.20 | — | 97.33% | — |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
    "| 产出指标 | 数量指标 | 执法检查次数 | ≥1000次 | 1,026次 | 40 | 40 |  |\n"
    "| 效益指标 | 社会效益指标 | 罚没款缴库率 | 100% | 100% | 30 | 30 |  |\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 20 | 20 |  |\n"
)


def test_a_lettered_spending_column_is_spending_and_its_letters_end_with_its_block() -> None:
    found = _errors(_FORM, ("IC001", "AR003"))
    assert found == [], found


def test_a_lettered_column_rate_written_wrong_is_still_reported() -> None:
    """Near miss: 2,558.00 / 2,610.00 is 98.01 %, not 98.10 %."""
    text = _FORM.replace("| 2,558.00 | — | 98.01% |", "| 2,558.00 | — | 98.10% |")
    found = _rule(text, "AR003")
    assert found and finding_mentions(found[0], "98.10%")


def test_a_comparison_base_naming_its_basis_heads_no_list() -> None:
    text = HEAD + (
        "三、“三公”经费\n2025年“三公”经费预算数16.90万元，决算数12.60万元，决算数比预算数减少"
        "4.30万元，比2024年度决算数14.10万元下降10.64%。其中：因公出国（境）费用预算数和决算数"
        "均为0；公务接待费预算数2.00万元，决算数1.40万元；公务用车运行维护费预算数14.90万元，"
        "决算数11.20万元。\n"
    )
    assert _errors(text, ("AR002",)) == []


def test_parts_before_their_total_do_not_state_the_sheets_value() -> None:
    text = HEAD + (
        "三、产出\n全年完成林地巡护，其中国有林场巡护面积1,250,000平方米，集体林巡护面积"
        "386,000平方米，合计巡护面积1,636,000平方米。\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出 | 数量 | 集体林巡护面积 | ≥150万平方米 | 163.6万平方米 | 10 | 10 |\n"
        "| 效益 | 满意度 | 林农满意度 | ≥90% | 95% | 10 | 10 |\n"
    )
    assert _rule(text, "IC007") == []


def test_a_named_projects_budget_is_not_the_departments() -> None:
    text = HEAD + (
        "一、预算调整\n2025年度年中追加预算318.00万元，调整后预算1,618.00万元。\n"
        "二、项目情况\n地名普查项目年中追加预算12.00万元后全年预算60.00万元，实际支出58.30万元。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "IC001"] == []


def test_the_departments_addition_stated_again_is_still_compared() -> None:
    """Near miss: the department's addition with two values."""
    text = HEAD + (
        "一、预算调整\n2025年度年中追加预算318.00万元，调整后预算1,618.00万元。\n"
        "二、预算管理\n全年年中追加预算381.00万元。\n"
    )
    found = _rule(text, "IC001")
    assert found and finding_mentions(found[0], "381.00")


def test_a_paragraph_titled_by_a_quantitys_rate_speaks_of_that_quantity() -> None:
    text = HEAD + (
        "一、收支情况\n2025年度本年支出合计1,862.40万元，年初预算1,900.00万元。\n"
        "四、绩效指标\n3.公用经费控制率。实际支出86.20万元，预算92.00万元，控制率93.70%，得5分。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "IC001"] == []


# -- fresh report kinds: a cover line with the year label run in; a gap to another quantity


def test_a_cover_line_with_the_year_label_run_in_names_the_unit() -> None:
    from helpers import read_text

    text = "某县教育局\n2025年度部门整体支出绩效自评报告\n填报单位：某县教育局（盖章）评价年度：2025年度\n"
    assert read_text(text).meta.unit == "某县教育局"


def test_a_gap_to_another_quantity_is_no_level() -> None:
    text = HEAD + (
        "一、部门概况\n年末核定编制85名，实有在职人员79人，实有在职人员较编制数少6人。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "IC001"] == []


def test_the_quantity_stated_twice_differently_is_still_compared() -> None:
    """Near miss: the level itself with two values."""
    text = HEAD + (
        "一、部门概况\n年末核定编制85名，实有在职人员79人。\n三、人员管理\n年末实有在职人员76人。\n"
    )
    found = _rule(text, "IC001")
    assert found and finding_mentions(found[0], "76")


# -- fresh pair 28: a word that opens with the conjunction; a year that bounds a period


def test_a_word_opening_with_the_conjunction_leaves_both_readings() -> None:
    text = HEAD + (
        "二、预算调整\n年中根据上级下达的专项任务对食品抽检、消费维权、执法办案和平台建设4个项目"
        "追加了预算。\n"
    )
    assert _rule(text, "IC004") == []


def test_a_count_that_fits_neither_reading_is_still_reported() -> None:
    """Near miss: 5 fits neither the 3 nor the 4 items."""
    text = HEAD + (
        "二、预算调整\n年中根据上级下达的专项任务对食品抽检、消费维权、执法办案和平台建设5个项目"
        "追加了预算。\n"
    )
    found = _rule(text, "IC004")
    assert found and finding_mentions(found[0], "5")


def test_a_year_bounding_when_things_date_from_is_no_result() -> None:
    text = HEAD + (
        "三、绩效目标完成情况\n（一）产出指标完成情况\n健身设施完好率97.02%，未达到98%的目标，"
        "主要是部分2016年以前安装的健身器材已超过使用年限。\n"
    )
    assert _rule(text, "YR005") == []


def test_an_earlier_years_result_in_the_same_section_is_still_reported() -> None:
    """Near miss: the year dates a result itself."""
    text = HEAD + (
        "三、绩效目标完成情况\n（一）产出指标完成情况\n2016年建成全民健身中心1处，"
        "健身设施完好率97.02%。\n"
    )
    assert len(_rule(text, "YR005")) == 1
