"""Kinds read on held-out round 29, each proved in other words than the round's reports.

A caption or a count naming some of the projects; a count that is the object of
``抽查了``; a year whose work an annual review examines; two counts before one list;
防疫物资 of animal disease; a table total its own rows contradict is AR001's alone.
"""

from __future__ import annotations

from helpers import audit_text, finding_mentions, rule_findings

from auditor.findings import Severity

HEAD = "2025年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def _main_projects(total: str) -> str:
    return HEAD + (
        "二、支出情况\n2025年本部门本年支出合计58,240.16万元，其中基本支出41,006.30万元、"
        f"项目支出{total}万元。\n"
        "表2 2025年度主要项目支出情况表（单位：万元）\n"
        "| 项目名称 | 全年预算数 | 实际支出 |\n"
        "| 学校建设工程 | 9,800.00 | 9,612.40 |\n"
        "| 课后服务补助 | 1,450.00 | 1,436.20 |\n"
        "| 合计 | 11,250.00 | 11,048.60 |\n"
        "2025年本部门纳入重点绩效监控的项目共2个，全年预算数合计11,250.00万元，实际支出11,048.60万元。\n"
    )


def test_a_table_and_a_sentence_of_some_projects_are_not_the_project_spending() -> None:
    assert _serious(_main_projects("17,233.86"), "IC001") == []


def test_the_project_spending_restated_otherwise_is_still_compared() -> None:
    """Near miss: 项目支出 stated again in the conclusion with two digits swapped."""
    text = _main_projects("17,233.86") + "五、自评结论\n全年项目支出17,323.86万元。\n"
    found = _rule(text, "IC001")
    assert found and finding_mentions(found[0], "17,323.86"), [f.message for f in found]


def test_a_count_after_chouchale_counts_its_object() -> None:
    text = HEAD + "三、产出\n对城乡低保、特困供养、临时救助等重点项目实地抽查了8个镇（街道）。\n"
    assert _rule(text, "IC004") == []


def test_a_year_an_annual_review_examines_is_no_stale_result() -> None:
    text = (
        "2024年度部门整体支出绩效自评报告\n三、产出\n"
        "2024年组织开展2023年度社会组织年检，参加年检186家，其中合格179家。"
        "年检内容为各社会组织2023年度的业务活动和财务情况。\n"
    )
    assert _serious(text, "YR005") == []


def test_an_earlier_years_result_is_still_reported() -> None:
    text = (
        "2024年度部门整体支出绩效自评报告\n三、产出\n2023年完成社会组织年检186家，合格率96.24%。\n"
    )
    found = _serious(text, "YR005")
    assert found, found


def test_two_counts_before_one_list_name_both_nouns() -> None:
    text = HEAD + "一、部门概况\n全县辖1个镇、4个乡，即城关镇、东坡乡、西岭乡、南川乡和北塬乡。\n"
    assert _rule(text, "IC004") == []


def test_animal_disease_supplies_are_no_pandemic_wording() -> None:
    text = HEAD + (
        "二、结余\n年末结余资金主要为部分培训和动物防疫物资采购节约的资金，将按规定结转使用。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "YR006"] == []


def _sources(total: str) -> str:
    return HEAD + (
        "二、收支\n表1 收支决算表（单位：万元）\n"
        "| 项目 | 预算数 | 实际支出数 |\n"
        "| 基本支出 | 1,210.00 | 1,196.40 |\n"
        "| 项目支出 | 2,960.00 | 2,908.16 |\n"
        "| 合计 | 4,170.00 | 4,104.56 |\n"
        "表2 （单位：万元）\n"
        "| 资金来源 | 预算数 | 实际支出数 |\n"
        "| 中央资金 | 1,500.00 | 1,488.00 |\n"
        "| 省级资金 | 800.00 | 786.20 |\n"
        "| 县级资金 | 660.00 | 633.96 |\n"
        f"| 合计 | 2,960.00 | {total} |\n"
    )


def test_a_total_its_own_rows_contradict_is_told_once() -> None:
    """2,980.16 against rows adding to 2,908.16: AR001, not also an IC001 pair."""
    text = _sources("2,980.16")
    assert _rule(text, "AR001"), [f.message for f in audit_text(text)]
    assert _serious(text, "IC001") == []


# --- Kinds read from fresh pair 29 (a report and its clean twin written after the fixes) ---


def _compared(total: str) -> str:
    return HEAD + (
        "二、预算执行\n全年实际支出3,198.27万元，预算执行率96.54%。与2024年度支出合计3,045.16万元"
        "相比，2025年度支出增加153.11万元，增长5.03%。其中基本支出预算1,160.00万元，实际支出"
        f"1,126.84万元；项目支出预算2,152.80万元，实际支出{total}万元。\n"
    )


def test_the_base_of_a_comparison_heads_no_list_after_it() -> None:
    assert _rule(_compared("2,071.43"), "AR002") == []


def _run_in(points: str) -> str:
    return HEAD + (
        "四、绩效指标完成情况\n（一）决策指标（20分）\n"
        "预算编制科学性（5分）。年中预算调整率15.61%，超过10%，扣0.5分，得4.5分。绩效目标合理性（5分），"
        f"目标与职责相符，得5分。资金到位率（10分），资金全部到位，得{points}分。\n"
    )


def test_scored_titles_run_in_after_a_comma_are_indicators_of_their_own() -> None:
    assert _rule(_run_in("10"), "SC001") == []


def test_a_run_in_indicator_given_more_than_its_points_is_still_reported() -> None:
    found = _rule(_run_in("12"), "SC001")
    assert found and finding_mentions(found[0], "12"), [f.message for f in found]


def test_the_full_score_of_a_grading_standard_is_no_total() -> None:
    text = HEAD + (
        "三、自评方式\n评分标准为：总分100分，90分（含）以上为“优”，80分（含）至90分为“良”。\n"
        "五、自评结论\n经自评，本部门2025年度部门整体支出绩效自评得分97.5分，评价等级为“优”。\n"
    )
    assert _rule(text, "SC008") == []


def _points_then_value(cell: str) -> str:
    return HEAD + (
        "四、效益指标\n效益指标（25分）：市容环境综合考评得分7分，实际92.6分，高于90分的目标。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 道路清扫面积 | 93 | ≥500万平方米 | 512万平方米 | 93 |\n"
        f"| 效益 | 社会效益 | 市容环境综合考评得分 | 7 | ≥90分 | {cell} | 7 |\n"
    )


def test_points_stated_before_the_actual_value_are_points() -> None:
    assert _serious(_points_then_value("92.6分"), "IC007") == []
