"""Kinds read on held-out round 26, each proved in other words than the round's reports.

A list whose every "part" exceeds its total; a class of indicators scored one by one in
prose; parts in 万元 beside a total to the fen; a table cell no fact reads at the
crossing of two failing totals; a product whose result is restated in 万元 after a
comma; doses and batches as count units; a sentence naming one indicator's standard.
"""

from __future__ import annotations

from helpers import audit_text, finding_mentions, rule_findings

HEAD = "2025年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _classified(total: str) -> str:
    return HEAD + (
        "二、预算调整情况\n"
        f"年中追加人员绩效奖励{total}万元。其中人员绩效奖励列入基本支出，其余3项均列入项目支出，"
        "调整后基本支出预算2,318.40万元、项目支出预算4,106.75万元。\n"
    )


def test_a_list_whose_every_part_exceeds_the_total_lists_other_quantities() -> None:
    assert _rule(_classified("42.60"), "AR002") == []


def test_parts_adding_to_the_total_with_its_point_moved_are_reported() -> None:
    """Near miss: 642.515 would be a slip of 6,425.15 (the parts' sum): reported."""
    found = _rule(_classified("642.515"), "AR002")
    assert found, [f.message for f in audit_text(_classified("642.515"))]


def _class_narrative(row_score: str) -> str:
    return HEAD + (
        "四、绩效指标完成情况\n"
        "（二）产出指标（60分）。计划培训基层调解员400人次，实际培训400人次，得30分。"
        "新建调解室年度目标10个，实际建成8个，按评分标准“每少1个扣2分”，本项扣4分，"
        f"得{row_score}分。产出指标合计得{int(30 + float(row_score))}分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 评分标准 | 得分 |\n"
        "| 产出 | 数量指标 | 调解员培训人次 | 30 | ≥400人次 | 400人次 | 达到目标值得满分 | 30 |\n"
        "| 产出 | 数量指标 | 新建调解室个数 | 30 | 10个 | 8个 | "
        f"达到目标值得满分，每少1个扣2分 | {row_score} |\n"
        "| 满意度 | 服务对象满意度 | 群众满意度 | 40 | ≥90% | 95% | 达到目标值得满分 | 40 |\n"
    )


def test_a_rule_in_a_class_paragraph_is_one_indicators_not_the_classs() -> None:
    found = _rule(_class_narrative("26"), "SC002")
    assert all("产出指标：" not in f.message for f in found), [f.message for f in found]
    assert found == [], [f.message for f in found]


def test_the_indicator_breaking_its_rule_is_still_reported() -> None:
    """Near miss: 2 short at 2 a room is 26, not 28."""
    found = _rule(_class_narrative("28"), "SC002")
    assert found and "新建调解室" in found[0].message, [f.message for f in found]


def _coarse_parts(total: str) -> str:
    return HEAD + (
        "三、资金测算\n"
        f"按2024年末常住人口计算，全年应安排补助资金{total}元（986.4万元），其中中央补助690.46万元、"
        "省级补助197.28万元、县级配套98.66万元。\n"
    )


def test_parts_in_wan_yuan_beside_a_total_to_the_fen_agree_within_their_places() -> None:
    """690.46 + 197.28 + 98.66 = 986.40 万元; the total 9,864,012.00 元 is within 150 元."""
    assert _rule(_coarse_parts("9,864,012.00"), "AR002") == []


def test_parts_in_wan_yuan_far_from_the_total_are_reported() -> None:
    """Near miss: 9,874,012.00 元 is 10,012 元 off."""
    found = _rule(_coarse_parts("9,874,012.00"), "AR002")
    assert found and finding_mentions(found[0], "9,874,012.00"), [f.message for f in found]


def _sources_table(county_total: str) -> str:
    return HEAD + (
        "二、项目资金\n表3 项目资金来源表（单位：万元）\n"
        "| 项目 | 预算合计 | 中央 | 省级 | 县级 |\n"
        "| 校舍维修 | 620.00 | 300.00 | 200.00 | 120.00 |\n"
        "| 营养改善 | 1,480.00 | 1,480.00 | 0.00 | 0.00 |\n"
        "| 教师培训 | 96.50 | 0.00 | 40.00 | 56.50 |\n"
        f"| 合计 | 2,196.50 | 1,780.00 | 240.00 | {county_total} |\n"
    )


def test_a_sources_total_cell_breaking_its_row_and_column_is_one_finding() -> None:
    """县级 212.50 against 176.50: the row and the column both miss by 36, one finding."""
    found = _rule(_sources_table("212.50"), "AR001")
    assert len(found) == 1, [f.message for f in found]
    assert finding_mentions(found[0], "212.50") and "176.50" in found[0].message


def test_a_sources_table_that_adds_up_is_clean() -> None:
    assert _rule(_sources_table("176.50"), "AR001") == []


def _product(result: str) -> str:
    return HEAD + (
        "三、产出\n"
        f"按每人每月补助300元计算，全年高龄津贴=1,268人×12月×300元/人·月={result}元，"
        "即456.48万元，已按月足额发放。\n"
    )


def test_a_product_restated_in_wan_yuan_after_a_comma_is_read_as_written() -> None:
    """1,268 × 12 × 300 = 4,564,800 元: agrees; the 万元 restatement is no unit of the product."""
    assert _rule(_product("4,564,800"), "AR003") == []


def test_a_product_typed_wrong_is_still_reported() -> None:
    found = _rule(_product("4,546,800"), "AR003")
    assert found and finding_mentions(found[0], "4,546,800"), [f.message for f in found]


def _doses(part: str) -> str:
    return HEAD + (
        f"三、产出\n全年接种狂犬疫苗4,286剂次，其中暴露后处置3,914剂次、暴露前预防{part}剂次。\n"
    )


def test_doses_are_counted_and_their_parts_add_up() -> None:
    assert _rule(_doses("372"), "AR002") == []


def test_doses_whose_parts_miss_the_total_are_reported() -> None:
    found = _rule(_doses("327"), "AR002")
    assert found and finding_mentions(found[0], "4,286"), [f.message for f in found]


def _named_standard(score: str) -> str:
    return HEAD + (
        "五、自评情况\n（三）评分说明\n"
        "按照县财政局印发的评分办法，部门整体支出绩效自评满分100分，其中预算执行率10分、产出指标40分、"
        "满意度指标50分。预算执行率得分=预算执行率×10分，全年预算执行率99.50%，得9.95分。"
        "产出指标中，家庭医生签约人数、随访管理人次均达到年度指标值，各得17分。"
        "孕产妇系统管理率的评分标准为：管理率达到92%（含）以上得满分6分，每低于1个百分点扣1分；"
        f"全年孕产妇系统管理率95.36%，考虑到个别乡镇早孕建册不够及时，扣{6 - int(score)}分，"
        f"得{score}分。\n"
        "附件 自评表\n"
        "评分标准：群众满意度≥90%得满分，每低1个百分点扣5分。\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 | 偏差原因 |\n"
        "| 预算执行 | 预算执行率 | 预算执行率 | 10 | ≥95% | 99.50% | 9.95 | |\n"
        "| 产出 | 数量指标 | 家庭医生签约人数 | 17 | ≥5000人 | 5,210人 | 17 | |\n"
        "| 产出 | 数量指标 | 随访管理人次 | 17 | ≥8000人次 | 8,420人次 | 17 | |\n"
        f"| 产出 | 质量指标 | 孕产妇系统管理率 | 6 | ≥92% | 95.36% | {score} | 建册不够及时 |\n"
        "| 满意度 | 服务对象满意度 | 群众满意度 | 50 | ≥90% | 93% | 50 | |\n"
    )


def test_a_sentence_naming_one_indicators_standard_scores_its_row() -> None:
    """95.36% is above 92%: full marks; 5 breaks the stated standard."""
    found = _rule(_named_standard("5"), "SC002")
    assert found and finding_mentions(found[0], "5"), [f.message for f in found]


def test_a_row_scored_by_its_named_standard_is_clean() -> None:
    assert _rule(_named_standard("6"), "SC002") == []
