"""Kinds read on held-out round 25, each proved in other words than the round's reports.

Items of a list stated with their budget and their spending; a formula's ``×1000‰``;
an indicator naming an act its text says is new (``新认定``); a near slip in another
clause when the activity's own clause states it otherwise; 年初 dating an opening
balance; a value confirmed by the total it is a part of; a total said to be one
source's; a generic counted object (``…单位数``); a step counted from the row's own
target (``每低于目标值1个百分点``); bands in per mille; a prose per-unit rule scored on
the table row of its name.
"""

from __future__ import annotations

from helpers import audit_text, finding_mentions, rule_findings

HEAD = "2024年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _warned(text: str, rule: str) -> list[str]:
    return [
        f.message
        for f in audit_text(text)
        if f.rule == rule and f.severity.value in ("error", "warning")
    ]


def _projects(total: str) -> str:
    return HEAD + (
        "二、项目支出\n"
        f"本年度共实施项目3个，项目支出{total}万元。其中：农村公路养护项目预算120.00万元，"
        "实际支出116.40万元，结余为部分路段延至次年施工；危桥改造项目预算80.00万元，实际支出"
        "79.20万元；道路运输安全监管项目支出30.60万元。\n"
    )


def test_items_with_budget_and_spending_add_their_spending() -> None:
    """116.40 + 79.20 + 30.60 = 226.20: the budgets are no parts of the spending."""
    assert _rule(_projects("226.20"), "AR002") == []


def test_items_whose_spending_misses_the_total_are_reported() -> None:
    """Near miss: the spending total not updated (230.20)."""
    found = _rule(_projects("230.20"), "AR002")
    assert found and finding_mentions(found[0], "230.20"), [f.message for f in found]


def _permille_sheet(rate: str, score: str) -> str:
    return HEAD + (
        "四、指标完成情况\n"
        "3.报表差错率（5分）。计算公式：报表差错率=（差错笔数÷报送总笔数）×1000‰。"
        "评分标准：差错率≤1‰的，得满分；1‰（不含）至2‰（含）的，得2分；超过2‰的，不得分。"
        f"全年报送报表36,500笔，差错笔数按规定更正。自评得分：{score}分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 报表报送笔数 | 60 | ≥36000笔 | 36,500笔 | 60 |\n"
        f"| 产出 | 质量指标 | 报表差错率 | 5 | ≤1‰ | {rate} | {score} |\n"
        "| 满意度 | 服务对象满意度 | 报送单位满意度 | 35 | ≥90% | 95% | 35 |\n"
    )


def test_a_factor_of_1000_permille_is_no_figure_and_bands_read_in_permille() -> None:
    """1.64‰ lies in the 2-point band: no warning on ``×1000‰``, no score finding."""
    text = _permille_sheet("1.64‰", "2")
    assert _warned(text, "IC007") == []
    assert _rule(text, "SC002") == []


def test_a_permille_rate_given_full_points_is_reported() -> None:
    """Near miss: 1.64‰ above the 1‰ bar given 5 of 5."""
    found = _rule(_permille_sheet("1.64‰", "5"), "SC002")
    assert found and finding_mentions(found[0], "5"), [f.message for f in found]


def _recognised(cell: str) -> str:
    return HEAD + (
        "三、主要工作\n"
        "全年审核入库家庭农场845家，新认定市级示范合作社64家，带动农户增收。\n"
        "四、自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        f"| 产出 | 数量指标 | 市级示范合作社认定家数 | 50 | ≥60家 | {cell} | 50 |\n"
        "| 满意度 | 服务对象满意度 | 农户满意度 | 50 | ≥90% | 93% | 50 |\n"
    )


def test_a_new_recognition_states_the_recognitions_counted() -> None:
    """``新认定…64家`` is the row's ``认定家数``: 64 agrees with 64."""
    assert _warned(_recognised("64家"), "IC007") == []


def test_recognitions_typed_with_swapped_digits_name_the_clause_of_the_act() -> None:
    """46 against 64: the clause that names the act speaks, not 845 nearby."""
    found = _warned(_recognised("46家"), "IC007")
    assert found and "64" in found[0] and "845" not in found[0], found


def _carried(later: str) -> str:
    return HEAD + (
        "二、收入情况\n本年收入合计3,842.16万元，上年结转218.40万元，收入总计4,060.56万元。\n"
        "三、结转结余情况\n"
        f"2024年初上年结转{later}万元，主要为上年未完工的管网改造项目资金，已于年内支付完毕。\n"
    )


def test_an_opening_balance_dated_by_nianchu_is_no_budget() -> None:
    """``年初上年结转`` is the carry-over itself: 281.40 against 218.40 is one figure twice."""
    found = _rule(_carried("281.40"), "IC001")
    assert found and finding_mentions(found[0], "281.40"), [f.message for f in found]


def test_an_opening_balance_restated_right_is_clean() -> None:
    assert _rule(_carried("218.40"), "IC001") == []


def _insured(first: str) -> str:
    return HEAD + (
        "一、部门概况\n"
        f"本年度全区城乡居民养老保险参保{first}人，待遇按时足额发放。\n"
        "二、产出完成情况\n"
        "全区城乡居民养老保险参保186,452人，机关事业单位养老保险参保12,318人，"
        "全区基本养老保险参保共计198,770人。\n"
    )


def test_a_value_that_adds_up_to_its_total_says_which_of_a_swapped_pair_fits() -> None:
    """186,542 against 186,452: 186,452 + 12,318 = 198,770, so 186,542 is in doubt.

    A total it adds up to only says which value fits: two accounts (a warning), not
    one figure typed twice (that takes the value's own parts).
    """
    found = _rule(_insured("186,542"), "IC005")
    assert found, [f.message for f in audit_text(_insured("186,542"))]
    assert found[0].found == "186,542" and "198,770" in found[0].message, found[0].message


def test_a_count_restated_right_beside_its_total_is_clean() -> None:
    assert _rule(_insured("186,452"), "IC001") == []
    assert _rule(_insured("186,452"), "IC005") == []


def _sole_source(later: str) -> str:
    return HEAD + (
        "二、收支情况\n表1 收支预算执行表（单位：万元）\n"
        "| 项目 | 年初预算 | 全年预算 | 全年执行 |\n"
        "| 基本支出 | 410.00 | 426.30 | 426.30 |\n"
        "| 项目支出 | 980.00 | 1,057.40 | 1,011.85 |\n"
        "| 合计 | 1,390.00 | 1,483.70 | 1,438.15 |\n"
        "2024年本单位收入合计1,483.70万元，全部为一般公共预算财政拨款收入，无其他收入。\n"
        "五、自评结论\n"
        f"2024年度本单位一般公共预算财政拨款收入{later}万元，全部用于保障机关运转和各项业务工作。\n"
    )


def test_a_total_said_to_be_one_sources_joins_that_sources_statements() -> None:
    """1,438.70 against 1,483.70: the words ``全部为`` make them one quantity."""
    found = _rule(_sole_source("1,438.70"), "IC001")
    assert found and finding_mentions(found[0], "1,438.70"), [f.message for f in found]


def test_a_sole_source_total_restated_right_is_clean() -> None:
    assert _rule(_sole_source("1,483.70"), "IC001") == []


def _inspected(cell: str) -> str:
    return HEAD + (
        "三、主要工作\n全年对83家经营主体开展价格监督检查，其中随机抽查71家、投诉核查12家。\n"
        "四、自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        f"| 产出 | 数量指标 | 价格监督检查对象数 | 50 | ≥80家 | {cell} | 50 |\n"
        "| 满意度 | 服务对象满意度 | 经营者满意度 | 50 | ≥90% | 92% | 50 |\n"
    )


def test_a_generic_counted_object_is_named_the_texts_own_way() -> None:
    """``…检查对象数`` and ``对83家经营主体开展…检查``: the sheet's 70 is not the 83 done."""
    found = _warned(_inspected("70家"), "IC007")
    assert found and "83" in found[0], found


def test_a_generic_counted_object_stated_the_same_is_clean() -> None:
    assert _warned(_inspected("83家"), "IC007") == []


def _own_target_step(score: str) -> str:
    return HEAD + (
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 评分标准 | 得分 |\n"
        "| 产出 | 数量指标 | 河道保洁里程 | 40 | ≥300公里 | 312公里 | 达到目标值得满分 | 40 |\n"
        "| 效益 | 生态效益 | 水功能区水质达标率 | 8 | ≥85.0% | 82.5% | "
        f"达到目标值得满分；每低于目标值1个百分点扣2分 | {score} |\n"
        "| 满意度 | 服务对象满意度 | 沿河群众满意度 | 52 | ≥90% | 93% | 达到目标值得满分 | 52 |\n"
    )


def test_a_step_below_the_rows_own_target_counts_from_it() -> None:
    """2.5 points below 85.0% at 2 a point: 3 (or 4 / 2 by whole steps), not 8."""
    found = _rule(_own_target_step("8"), "SC002")
    assert found and finding_mentions(found[0], "8"), [f.message for f in found]


def test_a_step_below_the_rows_own_target_applied_right_is_clean() -> None:
    assert _rule(_own_target_step("3"), "SC002") == []


def _per_unit_prose(score: str) -> str:
    return HEAD + (
        "四、绩效指标完成情况\n"
        "1.新型职业农民培育人数（10分）。评分标准：完成年度指标值500人得满分，每少20人扣1分，"
        "扣完为止。全年通过田间课堂和线上课程培育入库新型职业农民452人，较上年增长6.1%。"
        f"本项得{score}分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        f"| 产出 | 数量指标 | 新型职业农民培育人数 | 10 | ≥500人 | 452人 | {score} |\n"
        "| 满意度 | 服务对象满意度 | 学员满意度 | 90 | ≥90% | 94% | 90 |\n"
    )


def test_a_prose_per_unit_rule_is_scored_on_its_table_rows_count() -> None:
    """48 short of 500 at 1 a 20: 7.6 (or 7 / 8 by steps), not 9.5."""
    found = _rule(_per_unit_prose("9.5"), "SC002")
    assert found and finding_mentions(found[0], "9.5"), [f.message for f in found]


def test_a_prose_per_unit_rule_applied_right_is_clean() -> None:
    assert _rule(_per_unit_prose("8"), "SC002") == []
