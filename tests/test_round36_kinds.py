"""Kinds read on held-out round 36, each proved in other words than the round's reports.

A continued table whose first part took a group heading for a header; a standard per
village and month; an operand the report states for one project; a total naming its
kinds; a prose indicator under a quotient rule; a table of sources by its corner; a
project table's row names; a rounding difference the report explains; a year named as
the reference; areas in ㎡.
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Severity

HEAD = "2025年度部门整体支出绩效自评报告\n"


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def test_a_group_heading_under_the_header_does_not_break_a_continued_table() -> None:
    header = "| 序号 | 项目名称 | 全年预算数 | 全年执行数 |\n"
    text = HEAD + (
        "表4 项目支出执行情况表（单位：万元）\n" + header + "| 一 | 一般公共预算项目 |  |  |\n"
        "| 1 | 文物保护 | 486.50 | 471.28 |\n"
        "| 2 | 场馆免费开放 | 612.80 | 609.15 |\n"
        "表4（续）\n" + header + "| 3 | 群众体育 | 402.46 | 393.15 |\n"
        "|  | 小计 | 1,501.76 | 1,473.58 |\n"
        "| 二 | 政府性基金项目 |  |  |\n"
        "| 4 | 全民健身设施 | 612.40 | 591.94 |\n"
        "|  | 小计 | 612.40 | 591.94 |\n"
        "|  | 合计 | 2,114.16 | 2,065.52 |\n"
    )
    assert _serious(text, "AR001") == []
    assert _serious(text.replace("| 1,501.76 |", "| 1,510.76 |"), "AR001")


def test_a_standard_per_village_and_month_is_no_count() -> None:
    text = HEAD + (
        "三、产出情况\n全市186个行政村实现农村公益电影每村每月放映1场。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 农村公益电影放映场次 | ≥2,200场 | 2,232场 | 10 | 10 |\n"
        "| 产出指标 | 数量指标 | 送戏下乡演出场次 | ≥60场 | 64场 | 10 | 10 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94% | 10 | 10 |\n"
    )
    assert _serious(text, "IC007") == []


def test_an_operand_the_report_states_for_one_project() -> None:
    text = HEAD + (
        "二、支出情况\n本年项目支出1,286.40万元。\n"
        "三、项目情况\n1.档案数字化项目。支出186.20万元，完成数字化加工92.40万画幅。\n"
        "四、产出\n数字化加工单价=项目支出÷加工画幅数=186.20万元÷92.40万画幅=2.02元/画幅。\n"
    )
    assert _serious(text, "AR004") == []


def test_a_total_that_names_its_kinds_is_listed_in_full() -> None:
    text = HEAD + (
        "三、产出情况\n全县共划分网格96个，共选聘网格员和信息员（“两员”）412名，其中网格员168名、"
        "信息员234名。\n"
    )
    found = [
        f
        for f in audit_text(text)
        if f.rule == "AR002"
        and f.severity is Severity.ERROR
        and "412" in f.message
        and "可能只是其中几类" not in f.message
    ]
    assert found  # 168 + 234 = 402: the list is the whole by the total's own words


def _quotient_in_prose(score: str) -> str:
    return HEAD + (
        "五、绩效指标评分\n1.义务教育巩固率（5分）。全区巩固率为97.10%，达到96%的目标，"
        f"得{score}分。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 目标值 | 实际完成值 | 得分 |\n"
        "| 效益指标 | 社会效益指标 | 义务教育巩固率 | 5 | 达到目标值得5分；未达到的按实际完成值÷"
        f"目标值×分值计分 | ≥96% | 97.10% | {score} |\n"
        "| 产出指标 | 数量指标 | 新增学位 | 10 | 达到目标值得满分 | ≥1,000个 | 1,080个 | 10 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 家长满意度 | 10 | 达到目标值得满分 | ≥90% | 95% | 10 |\n"
    )


def test_a_prose_indicator_takes_its_rows_completion_under_a_quotient_rule() -> None:
    assert _serious(_quotient_in_prose("5"), "SC002") == []


def test_a_table_of_sources_by_its_corner() -> None:
    text = HEAD + (
        "表3 收入决算表（单位：万元）\n| 项目 | 决算数 |\n"
        "| 一般公共预算财政拨款收入 | 8,460.20 |\n| 事业收入 | 1,174.35 |\n"
        "| 本年收入合计 | 9,634.55 |\n"
        "表5 分资金来源收支表（单位：万元）\n"
        "| 资金来源 | 年初结转结余 | 本年收入 | 本年支出 | 年末结转结余 |\n"
        "| 一般公共预算财政拨款 | 0.00 | 8,460.20 | 8,420.10 | 40.10 |\n"
        "| 事业收入 | 150.00 | 1,174.35 | 1,205.41 | 118.94 |\n"
        "| 合计 | 150.00 | 9,634.55 | 9,625.51 | 159.04 |\n"
    )
    assert _serious(text, "IC001") == []


def test_a_project_tables_row_names_a_project() -> None:
    text = HEAD + (
        "表4 支出预算执行情况表（单位：万元）\n| 项目 | 全年预算数 | 决算数 |\n"
        "| 基本支出 | 9,764.38 | 9,637.26 |\n| 其中：人员经费 | 8,990.64 | 8,891.53 |\n"
        "| 公用经费 | 773.74 | 745.73 |\n"
        "表6 项目支出情况表（单位：万元）\n| 序号 | 项目名称 | 全年预算数 | 实际支出 |\n"
        "| 1 | 义务教育学校公用经费 | 784.26 | 784.26 |\n"
        "| 2 | 学生资助资金 | 130.28 | 128.65 |\n"
        "|  | 合计 | 914.54 | 912.91 |\n"
    )
    assert _serious(text, "IC001") == []


def test_a_rounding_difference_the_report_explains() -> None:
    text = HEAD + (
        "三、“三公”经费\n实际支出25.37万元，其中公务接待费3.26万元、公务用车运行维护费"
        "22.12万元。分项相加为25.38万元，与合计数的0.01万元差异系四舍五入所致。\n"
    )
    assert _serious(text, "AR002") == []


def test_a_year_named_as_the_reference_is_no_past_result() -> None:
    text = HEAD.replace("2025", "2024") + (
        "（五）社会效益\n本年高考本科上线率76.92%，达到目标。作为参照，2023年本科上线率为74.38%，本年提高2.54个百分点。\n"
    )
    assert _serious(text, "YR005") == []


def _area(score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 评分标准 | 得分 |\n"
        "| 产出指标 | 数量指标 | 人行道维修面积 | 5 | ≥4.0万㎡ | 3.60万㎡ | 达到目标值得满分；"
        f"未达到的按实际完成值÷目标值×分值计分 | {score} |\n"
        "| 产出指标 | 数量指标 | 新建公厕数量 | 5 | ≥20座 | 20座 | 达到目标值得满分 | 5 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 市民满意度 | 10 | ≥90% | 92% | 达到目标值得满分 | 10 |\n"
    )


def test_an_area_in_square_metre_symbols_is_read() -> None:
    assert _serious(_area("4.5"), "SC002") == []  # 3.60 ÷ 4.0 × 5 = 4.5
    assert _serious(_area("5"), "SC002")
