"""Kinds read on held-out round 22, each proved in other words than the round's reports.

A sheet row naming the total of a part (``产出效益指标合计``) under a funds table scored
apart; 按完成比例 for a percent target that was met; some projects' spending after their
count; a last ``A及B`` after one item only; a count of two joined nouns before a colon;
a quoted slogan beside a sheet's achieved value; methods stated
by the kind of value (``比率类指标``, ``数量类指标``).
"""

from __future__ import annotations

import pytest
from helpers import audit_text, finding_mentions, rule_findings

HEAD = "2025年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _errors(text: str, rules: tuple[str, ...]) -> list[str]:
    return [
        f"{f.rule} {f.message}"
        for f in audit_text(text)
        if f.rule in rules and f.severity.value in ("error", "warning")
    ]


_FUNDS = (
    "五、自评得分\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| 年度资金总额 | 800.00 | 900.00 | 873.00 | 10 | 97.00% | 9.70 |\n"
    "表2 绩效指标自评表\n"
)


def _part_total_sheet(part_score: str, total: str) -> str:
    return HEAD + (
        f"四、自评结论\n经自评，本单位综合得分{total}分，等级为优。\n"
        + _FUNDS
        + "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |\n"
        "| 产出 | 数量 | 巡查河道里程 | ≥300公里 | 318公里 | 30 | 30 |\n"
        "| 产出 | 质量 | 水质达标率 | ≥90% | 88% | 30 | 28 |\n"
        "| 效益 | 社会效益 | 河长制公示牌完好率 | 100% | 100% | 20 | 20 |\n"
        "| 满意度 | 服务对象满意度 | 沿河群众满意度 | ≥90% | 94% | 10 | 10 |\n"
        f"| 产出效益指标合计 |  |  |  |  | 90 | {part_score} |\n"
        f"| 总分 |  |  |  |  | 100 | {total} |\n"
    )


def test_a_part_total_row_is_no_indicator_and_the_funds_table_completes_the_sheet() -> None:
    text = _part_total_sheet("88", "97.70")
    assert _errors(text, ("SC005", "SC006", "SC008")) == []


def test_a_wrong_part_total_is_still_reported() -> None:
    """Near miss: the part's total is not its rows' sum."""
    found = [f for f in audit_text(_part_total_sheet("86", "97.70")) if f.rule.startswith("SC")]
    assert any(finding_mentions(f, "86") for f in found), [f.message for f in found]


def test_the_whole_total_is_still_checked_with_the_funds_score() -> None:
    """Near miss: 88 + 9.70 is 97.70, not 98.70."""
    found = _rule(_part_total_sheet("88", "98.70"), "SC005")
    assert found and finding_mentions(found[0], "98.70")


_GROWTH_SHEET = (
    "四、自评得分\n"
    "| 一级指标 | 三级指标 | 分值 | 指标值 | 完成值 | 评分标准 | 得分 |\n"
    "| 效益 | 农产品网络零售额增长率 | {points} | ≥12% | 15.3% | 完成目标得满分，未完成按完成比例得分 | {score} |\n"
    "| 满意度 | 农户满意度 | 10 | ≥90% | 95% | 达到目标得满分 | 10 |\n"
)


def test_a_met_percent_target_under_a_proportional_rule_earns_full_points() -> None:
    text = HEAD + _GROWTH_SHEET.format(points="6", score="6")
    assert _rule(text, "SC002") == []


def test_a_met_percent_target_given_less_than_full_points_is_reported() -> None:
    """Near miss: the target met, the row given 5 of 6."""
    found = _rule(HEAD + _GROWTH_SHEET.format(points="6", score="5"), "SC002")
    assert found and finding_mentions(found[0], "5")


_TOTALS = (
    "一、部门收支\n2025年度本年支出合计2,480.50万元，其中基本支出310.20万元、项目支出2,170.30万元。\n"
    "表1 收入支出决算总表（单位：万元）\n"
    "| 项目 | 金额 |\n| 基本支出 | 310.20 |\n| 项目支出 | 2,170.30 |\n| 支出合计 | 2,480.50 |\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "我局把城区绿道提升、口袋公园建设和古树名木保护3个项目列为民生实事，全年支出2,010.40万元。",
        "其余5个项目均已完成竣工结算，实际支出1,993.10万元。",
    ],
)
def test_spending_after_a_count_of_some_projects_is_theirs(sentence: str) -> None:
    text = HEAD + _TOTALS + "二、项目情况\n" + sentence + "\n"
    assert _errors(text, ("IC001",)) == []


def test_the_departments_spending_stated_again_is_still_compared() -> None:
    """Near miss: no count of projects before it, so it is the department's again."""
    text = HEAD + _TOTALS + "二、预算执行\n全年支出2,408.50万元，执行进度符合要求。\n"
    found = _rule(text, "IC001")
    assert found and finding_mentions(found[0], "2,408.50")


def test_a_last_a_and_b_after_one_item_may_be_one_name() -> None:
    text = HEAD + (
        "二、绩效目标\n巡查里程和整治数量对应河道日常保洁工程、河道清淤及岸坡整治两个项目；"
        "水质监测对应水质自动监测站运维项目。\n"
    )
    assert _rule(text, "IC004") == []


def test_a_last_a_and_b_in_a_longer_list_may_be_one_name() -> None:
    text = HEAD + (
        "二、项目情况\n全年实施5个项目，分别为城乡供水保障、河道清淤、水土保持治理、"
        "小型水库除险加固、防汛物资储备及应急抢险。\n"
    )
    assert _rule(text, "IC004") == []


def test_a_count_that_fits_no_reading_is_still_reported() -> None:
    """Near miss: the count fits neither reading of the last ``A及B``."""
    text = HEAD + ("一、部门基本情况\n局机关内设办公室、财务股、业务股及法规股2个股室。\n")
    found = _rule(text, "IC004")
    assert found and finding_mentions(found[0], "2")


def test_a_count_of_two_joined_nouns_before_a_colon_lists_neither() -> None:
    text = HEAD + (
        "二、目标分解\n年度目标分解到4个项目和相关股室：检测覆盖率、数据上报及时率由监测站负责，"
        "宣传场次由宣教股负责。\n"
    )
    assert _rule(text, "IC004") == []


def test_a_count_before_its_own_list_is_still_checked() -> None:
    """Near miss: the count's own noun, then its list."""
    text = HEAD + "二、目标分解\n年度目标分解到3个股室：办公室、宣教股。\n"
    found = _rule(text, "IC004")
    assert found and finding_mentions(found[0], "3")


_HOUSING_SHEET = (
    "四、自评得分\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出 | 数量 | 农房抗震改造户数 | ≥260户 | 283户 | 10 | 10 |\n"
    "| 效益 | 满意度 | 改造户满意度 | ≥90% | 96% | 10 | 10 |\n"
)


def test_a_quoted_slogan_does_not_hide_what_was_done() -> None:
    text = HEAD + (
        "三、产出\n全年实际完成农房抗震改造251户，农房抗震改造实行“改造一户、验收一户”的闭环管理。\n"
        + _HOUSING_SHEET
    )
    found = _rule(text, "IC007")
    assert found and finding_mentions(found[0], "251") and finding_mentions(found[0], "283")


def test_the_task_alone_is_no_account_of_what_was_done() -> None:
    """Near miss: only the task is stated, so nothing is compared."""
    text = HEAD + "三、产出\n省里下达我县农房抗震改造任务270户。\n" + _HOUSING_SHEET
    assert _rule(text, "IC007") == []


_KIND_SHEET = (
    "五、自评结论\n"
    "评分规则：1.定性指标按评价要点扣分；2.数量类指标达到年度指标值的得满分，未达到的按完成比例计分；"
    "3.比率类指标达到年度指标值的得满分，每低于年度指标值1个百分点扣1分，扣完为止。\n"
    "经自评，综合得分{total}分。\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出 | 数量 | 疫苗接种人数 | ≥5000人 | 5,210人 | 40 | 40 |\n"
    "| 产出 | 质量 | 适龄儿童免疫规划疫苗接种率 | ≥95% | 92% | 10 | {score} |\n"
    "| 效益 | 社会效益 | 传染病报告及时率 | 100% | 100% | 30 | 30 |\n"
    "| 满意度 | 服务对象满意度 | 群众满意度 | ≥90% | 93% | 20 | 20 |\n"
    "| 合计 |  |  |  |  | 100 | {total} |\n"
)


def test_a_rate_class_method_scores_a_rate_row_from_its_own_target() -> None:
    text = HEAD + _KIND_SHEET.format(score="9", total="99")
    found = _rule(text, "SC002")
    assert found and finding_mentions(found[0], "9"), [f.message for f in found]


def test_a_rate_row_scored_by_its_class_method_is_not_reported() -> None:
    """Near miss: 3 points below 95% cost 3 of 10."""
    assert _rule(HEAD + _KIND_SHEET.format(score="7", total="97"), "SC002") == []


def test_a_method_stated_for_many_rows_does_not_give_a_met_rate_full_marks() -> None:
    """Near miss: stated once for the sheet, the method may be the indicators', not the
    funds row's (``得分=执行率×10``); the row is left to its own rule."""
    text = HEAD + (
        "四、自评得分\n评分方法：完成目标得满分，未完成按完成比例得分。\n"
        "| 一级指标 | 三级指标 | 分值 | 指标值 | 完成值 | 得分 |\n"
        "| 过程 | 预算执行率 | 10 | ≥95% | 97.60% | 9.76 |\n"
        "| 产出 | 农户培训人次 | 40 | ≥800人次 | 812人次 | 40 |\n"
        "| 效益 | 农户满意度 | 50 | ≥90% | 95% | 50 |\n"
    )
    assert _rule(text, "SC002") == []


_SCORE_UNIT_SHEET = (
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 效益 | 社会效益 | 全市农贸市场综合考核得分 | ≥85分 | {value} | 6 | 6 |\n"
    "| 满意度 | 服务对象满意度 | 商户满意度 | ≥90% | 94% | 10 | 10 |\n"
)


def test_an_indicators_points_are_not_its_value_in_points() -> None:
    text = HEAD + (
        "三、绩效指标完成情况\n全市农贸市场综合考核得分（6分）：2025年全市农贸市场综合考核中，"
        "我区得分88.4分，高于85分的目标值，得6分。\n" + _SCORE_UNIT_SHEET.format(value="88.4分")
    )
    assert _rule(text, "IC007") == []


def test_a_value_in_points_that_differs_is_still_compared() -> None:
    """Near miss: the text's 88.4 against the sheet's 84.8."""
    text = HEAD + (
        "三、绩效指标完成情况\n全市农贸市场综合考核得分（6分）：2025年我区全市农贸市场综合考核"
        "得分88.4分，高于85分的目标值，得6分。\n" + _SCORE_UNIT_SHEET.format(value="84.8分")
    )
    found = _rule(text, "IC007")
    assert found and finding_mentions(found[0], "88.4"), [f.message for f in found]


# -- kinds from round 21's reading left over: a clause-opening 调整预算, a widened column,
#    a formula's base the report states in words no concept names ---------------------------


def test_an_adjusted_budget_opening_its_clause_is_the_rates_wrong_base() -> None:
    text = HEAD + (
        "一、收入情况\n年初预算2,410.00万元，年中追加603.00万元，调整预算3,013.00万元。\n"
        "（五）预算调整率（5分）\n预算调整率=603.00÷3,013.00×100%=20.01%。\n"
    )
    found = _rule(text, "AR007")
    assert found and finding_mentions(found[0], "3,013.00")


def test_a_verb_adjusting_the_budget_names_no_budget() -> None:
    """Near miss: ``年中调整预算`` is what was done, not the adjusted budget."""
    text = HEAD + (
        "一、收入情况\n年初预算2,410.00万元，年中调整预算603.00万元。\n"
        "（五）预算调整率（5分）\n预算调整率=603.00÷2,410.00×100%=25.02%。\n"
    )
    assert _rule(text, "AR007") == [] and _rule(text, "AR008") == []


_WIDENED = HEAD + (
    "一、收入情况\n2025年度年初预算1,250.00万元，调整后预算1,480.00万元，上年结转资金66.00万元，"
    "全年可用资金合计1,546.00万元。\n"
    "表1 部门预算执行情况表（单位：万元）\n"
    "| 项目 | 年初预算 | 全年预算（含上年结转） | 实际支出 | 执行率 |\n"
    "| 基本支出 | 410.00 | 426.00 | 421.30 | 98.90% |\n"
    "| 项目支出 | 840.00 | 1,120.00 | 1,070.50 | 95.58% |\n"
    "| 合计 | 1,250.00 | 1,546.00 | 1,491.80 | 96.49% |\n"
    "（一）预算执行率（10分）\n全年预算执行率=1,491.80÷1,546.00×100%=96.49%。\n"
)


def test_a_column_widened_by_its_bracket_is_neither_quantity() -> None:
    found = [
        f
        for f in audit_text(_WIDENED)
        if f.rule in ("AR006", "AR007", "AR008", "IC001") and f.severity.value != "info"
    ]
    assert found == [], [f.message for f in found]


def test_a_formulas_number_found_nowhere_else_is_still_reported() -> None:
    """Near miss: 1,564.00 is stated nowhere in the body."""
    text = _WIDENED.replace("1,491.80÷1,546.00×100%=96.49%", "1,491.80÷1,564.00×100%=95.38%")
    assert _rule(text, "AR008") or _rule(text, "AR007")
