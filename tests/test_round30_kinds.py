"""Kinds read on held-out round 30, each proved in other words than the round's reports.

A per-unit column (``元/人``) is never added; a count far above the kinds it follows
counts their members; a sentence with its own subject before 包括 heads its own list; a
title joining two funds is neither fund's; points for the target reached make a step
count from the row's target; a product cut short by a word is no formula; a table's own
title line is a title in plain text; a paragraph's title narrows its labels; each item
of a list with its own numbers counts its own object; a ``定量指标`` method reaches the
rows that hold their own target and actual value.
"""

from __future__ import annotations

from helpers import audit_text, finding_mentions, rule_findings

from auditor.findings import Severity

HEAD = "2024年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def _allowance_table(total: str) -> str:
    return HEAD + (
        "二、项目实施\n表3 护林员补助发放情况表\n"
        "| 乡镇 | 护林员人数（人） | 补助标准（元/人） | 补助金额（元） |\n"
        "| 东岭镇 | 42 | 9,600.00 | 403,200.00 |\n"
        "| 西河乡 | 35 | 9,600.00 | 336,000.00 |\n"
        "| 南坪乡 | 28 | 9,600.00 | 268,800.00 |\n"
        f"| 合计 | 105 | 9,600.00 | {total} |\n"
    )


def test_a_per_unit_column_is_not_added() -> None:
    assert _serious(_allowance_table("1,008,000.00"), "AR001") == []


def test_the_amount_column_beside_it_is_still_added() -> None:
    found = _rule(_allowance_table("1,080,000.00"), "AR001")
    assert found and finding_mentions(found[0], "1,080,000.00"), [f.message for f in found]


def test_a_count_far_above_the_kinds_listed_counts_their_members() -> None:
    text = HEAD + "三、产出\n全年评选表彰文明单位、文明村镇和文明家庭共48个。\n"
    assert _rule(text, "IC004") == []


def test_a_count_one_off_its_list_is_still_reported() -> None:
    text = HEAD + "一、部门概况\n局机关设综合科、执法科和财务科共4个科室。\n"
    assert _rule(text, "IC004")


def test_a_sentence_with_its_own_subject_heads_its_own_list() -> None:
    text = HEAD + (
        "一、部门概况\n全区设社区卫生服务站86所，另设村级服务点18个。本局决算包括机关和"
        "所属单位共31个。\n"
    )
    assert _serious(text, "AR002") == []


def test_a_title_joining_two_funds_is_neither_funds() -> None:
    text = HEAD + (
        "四、项目情况\n3.农村供水和污水处理资金使用。省级农村供水资金实际支出120.50万元，"
        "用于12处集中供水工程改造；省级污水处理资金实际支出86.30万元，用于5座乡镇污水处理站运行。\n"
    )
    assert _serious(text, "IC001") == []


def _sheet(actual: str, score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 道路清扫保洁面积 | 50 | 完成得50分 | 120万平方米 | 120万平方米 | 50 |\n"
        f"| 效益 | 生态效益 | 森林覆盖率 | 50 | 完成市下达目标得50分，每低1个百分点扣5分 | ≥45% "
        f"| {actual} | {score} |\n"
        f"| 合计 | | | 100 | | | | {50 + int(score)} |\n"
    )


def test_points_for_the_target_reached_count_steps_from_the_target() -> None:
    assert _serious(_sheet("46.2%", "50"), "SC002") == []


def test_a_score_below_the_target_still_loses_its_steps() -> None:
    found = _serious(_sheet("42.0%", "50"), "SC002")
    assert found and "森林覆盖率" in found[0], found


def test_a_product_cut_short_by_a_word_is_no_formula() -> None:
    text = HEAD + (
        "三、项目实施\n按照每人每月300元的标准测算，护理补贴资金=2,350人×12月×300元=846.00万元。\n"
    )
    assert _serious(text, "AR003") == []


def _plain_sheet_title(year: str) -> str:
    return HEAD + (
        "六、附件\n"
        f"某县林业局部门整体支出绩效自评表（{year}年度）\n"
        "| 一级指标 | 三级指标 | 分值 | 得分 |\n"
        "| 产出 | 造林面积 | 60 | 60 |\n"
        "| 效益 | 森林覆盖率 | 40 | 40 |\n"
        "| 合计 | | 100 | 100 |\n"
    )


def test_a_tables_title_line_names_its_year_in_plain_text() -> None:
    found = _serious(_plain_sheet_title("2023"), "YR001")
    assert found and "2023" in found[0], found


def test_the_evaluated_year_in_the_title_line_is_fine() -> None:
    assert _serious(_plain_sheet_title("2024"), "YR001") == []


def test_a_paragraph_title_narrows_its_labels() -> None:
    text = HEAD + (
        "三、项目情况\n2.困难职工帮扶项目。全年发放帮扶资金1,682.40万元，惠及困难职工3,200余户。\n"
        "四、绩效目标实现情况\n1.社会效益。全年累计发放各类困难职工帮扶资金1,628.40万元，"
        "职工群众获得感明显增强。\n"
    )
    found = [f for f in audit_text(text) if f.rule in ("IC001", "IC005")]
    assert found and finding_mentions(found[0], "1,628.40"), [f.message for f in found]


def _listed(text_value: str) -> str:
    return HEAD + (
        f"三、产出\n全年完成河道清淤32.5公里、渠道衬砌{text_value}公里、机耕桥改造6座。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 渠道衬砌长度 | 60 | ≥15公里 | 15.8公里 | 60 |\n"
        "| 效益 | 满意度 | 群众满意度 | 40 | ≥90% | 95% | 40 |\n"
        "| 合计 | | | 100 | | | 100 |\n"
    )


def test_each_item_of_a_list_counts_its_own_object() -> None:
    found = _serious(_listed("18.5"), "IC007")
    assert found and "15.8" in found[0], found


def test_the_same_item_agreeing_says_nothing() -> None:
    assert _serious(_listed("15.8"), "IC007") == []


def _method(score: str) -> str:
    return HEAD + (
        "五、评分办法\n评分办法如下：资金到位率得分=到位率×分值；定量指标达到年度指标值的得满分，"
        "未达到的按完成比例计分；服务对象满意度指标达到85%的得满分，每低1个百分点扣1分。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 过程 | 资金管理 | 资金到位率 | 10 | 100% | 100% | 10 |\n"
        f"| 产出 | 数量指标 | 新建村级服务站数量 | 10 | 20个 | 16个 | {score} |\n"
        "| 产出 | 质量指标 | 服务站建设规范性 | 30 | 规范 | 规范 | 30 |\n"
        "| 效益 | 社会效益 | 群众办事便利度 | 40 | 明显提升 | 明显提升 | 40 |\n"
        "| 满意度 | 服务对象满意度 | 群众满意度 | 10 | ≥85% | 91% | 10 |\n"
        f"| 合计 | | | 100 | | | {90 + int(score)} |\n"
    )


def test_a_quantitative_method_scores_the_rows_with_their_own_values() -> None:
    found = _serious(_method("9"), "SC002")
    assert found and "新建村级服务站数量" in found[0], found


def test_a_quantitative_row_scored_pro_rata_is_fine() -> None:
    assert _serious(_method("8"), "SC002") == []
