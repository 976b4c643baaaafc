"""Kinds read on held-out round 32, each proved in other words than the round's reports.

A 收入总计 over numbered rows (``一、年初结转``, ``二、本年收入合计`` and its items); a year
whose audit's findings were rectified; a figure that is the base of a share heads no
list; ``未达到100%不得分`` is short of the bound; 项目全年预算数 is the projects'; 彩票公益金
is a 政府性基金; a report naming a plant disease's 疫情 means it by a bare 疫情防控; a
pro-rata rule writing out its quotient takes the ratio to the row's target.
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Severity

HEAD = "2024年度部门整体支出绩效自评报告\n"


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def _income(grand: str) -> str:
    return HEAD + (
        "表1 2024年度收入决算表（单位：万元）\n"
        "| 项目 | 年初预算数 | 决算数 |\n"
        "| 一、年初结转和结余 | — | 84.20 |\n"
        "| 二、本年收入合计 | 3,120.00 | 3,356.48 |\n"
        "| 1.一般公共预算财政拨款收入 | 2,900.00 | 3,106.28 |\n"
        "| 2.事业收入 | 180.00 | 210.00 |\n"
        "| 3.其他收入 | 40.00 | 40.20 |\n"
        f"| 收入总计 | — | {grand} |\n"
    )


def test_a_grand_total_adds_its_numbered_rows() -> None:
    assert _serious(_income("3,440.68"), "AR001") == []


def test_a_grand_total_typed_wrong_is_still_reported() -> None:
    found = _serious(_income("3,404.68"), "AR001")
    assert found and "3,404.68" in found[0], found


def test_last_years_audit_findings_rectified_are_no_stale_result() -> None:
    text = HEAD + (
        "三、部门整体支出绩效情况\n（五）部门预算和财务管理情况\n市审计局对我局2023年度财政收支"
        "情况开展的专项审计中指出的3个问题（个别合同未及时归档、个别报销附件不全）均已于2024年5月前"
        "整改到位。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "YR005"] == []


def test_the_base_of_a_share_heads_no_list() -> None:
    text = HEAD + (
        "表5 “三公”经费支出情况表（单位：万元）\n"
        "| 项目 | 2024年预算数 | 2024年决算数 |\n"
        "| 合计 | 20.40 | 16.92 |\n"
        "| 公务用车运行维护费 | 18.00 | 15.06 |\n"
        "| 公务接待费 | 2.40 | 1.86 |\n"
        "2024年“三公”经费支出16.92万元，为预算数20.40万元的82.94%。其中：公务用车运行维护费"
        "15.06万元，公务接待费1.86万元。\n"
    )
    assert _serious(text, "IC001") == []


def _short_of(score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 文物保护单位巡查次数 | 50 | 完成得50分 | 48次 | 48次 | 50 |\n"
        f"| 产出 | 质量指标 | 博物馆免费开放率 | 50 | 未达到100%不得分 | 100% | 100% | {score} |\n"
        f"| 合计 | | | 100 | | | | {50 + int(score)} |\n"
    )


def test_short_of_the_bound_scores_nothing_but_at_it_scores() -> None:
    assert _serious(_short_of("50"), "SC002") == []


def test_projects_budget_is_not_the_departments() -> None:
    text = HEAD + (
        "二、预算执行\n2024年全年预算数6,420.50万元，全年执行数6,281.30万元。\n"
        "三、项目情况\n全年共实施项目12个，项目全年预算数4,806.40万元，执行数4,702.18万元。\n"
    )
    assert _serious(text, "IC001") == []


def _lottery(fund: str) -> str:
    return HEAD + (
        "二、支出情况\n2024年度本部门支出合计8,642.10万元，其中基本支出2,120.40万元，"
        "项目支出6,521.70万元。按资金来源分，一般公共预算财政拨款支出7,284.50万元，"
        f"体育彩票公益金支出{fund}万元，其他收入安排的支出22.60万元。\n"
    )


def test_lottery_funds_are_a_source() -> None:
    assert _serious(_lottery("1,335.00"), "IC003") == []


def test_sources_short_with_the_lottery_fund_are_reported() -> None:
    assert _serious(_lottery("1,353.00"), "IC003")


def test_a_plant_diseases_outbreak_is_no_pandemic_wording() -> None:
    text = HEAD + (
        "三、产出\n全面打好美国白蛾和松材线虫病疫情防控攻坚战。\n"
        "四、经验\n护林员管理、疫情防控和森林防火均纳入林长制考核。\n"
    )
    assert [f for f in audit_text(text) if f.rule == "YR006"] == []


def test_the_pandemic_wording_is_still_noted() -> None:
    text = HEAD + "三、产出\n全力做好疫情防控和核酸检测工作。\n"
    assert [f for f in audit_text(text) if f.rule == "YR006"]


def _quotient(score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 健康档案建档数 | 50 | 完成得50分 | 5,000份 | 5,000份 | 50 |\n"
        "| 效益 | 社会效益 | 老年人健康管理率 | 50 | 达到目标得满分，未达到的按实际完成值÷年度"
        f"指标值×分值计分 | ≥80% | 76.00% | {score} |\n"
        f"| 合计 | | | 100 | | | | {50 + float(score)} |\n"
    )


def test_a_written_quotient_takes_the_ratio_to_the_target() -> None:
    found = _serious(_quotient("50"), "SC002")
    assert found and "老年人健康管理率" in found[0], found


def test_the_ratio_to_the_target_is_fine() -> None:
    assert _serious(_quotient("47.5"), "SC002") == []


def test_a_sector_variant_of_the_pandemic_slogan_is_still_noted() -> None:
    text = HEAD + ("一、概况\n全年坚持统筹疫情防控和农业农村发展，做好重大动物疫情防控。\n")
    found = [f for f in audit_text(text) if f.rule == "YR006"]
    assert found and "统筹疫情防控和农业农村发展" in found[0].message, found


def _unit_line_table(total: str) -> str:
    return HEAD + (
        "二、支出情况\n2024年全年预算数3,260.00万元，实际支出3,190.20万元。\n"
        "表2 2024年度项目支出预算执行情况表\n"
        "金额单位：元\n"
        "| 序号 | 项目名称 | 全年预算数 | 实际支出数 |\n"
        "| 1 | 城乡低保资金 | 12,400,000.00 | 12,306,500.00 |\n"
        "| 2 | 临时救助资金 | 1,860,000.00 | 1,802,400.00 |\n"
        f"| | 合计 | {total} | 14,108,900.00 |\n"
    )


def test_a_unit_line_under_a_tables_title_keeps_the_title() -> None:
    assert _serious(_unit_line_table("14,260,000.00"), "IC001") == []


def _form_title(year: str, cell: str) -> str:
    return HEAD + (
        "二、预算执行\n2024年初部门预算数3,126.38万元，全年预算数3,480.00万元。\n"
        f"某县水务局{year}年度部门整体支出绩效自评表\n"
        "（单位：万元）\n"
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        f"| 年度资金总额 | {cell} | 3,480.00 | 3,410.40 | 10 | 98.00% | 9.8 |\n"
    )


def test_a_forms_wrong_title_year_does_not_date_its_cells() -> None:
    found = _serious(_form_title("2023", "3,162.38"), "IC001")
    assert found and "3,162.38" in found[0], found


def _project_row(text_value: str) -> str:
    return HEAD + (
        "表1 2024年度项目支出执行情况表\n"
        "单位：万元\n"
        "| 项目名称 | 调整后预算 | 实际支出 | 执行率 |\n"
        "| 妇女技能培训 | 50.00 | 48.65 | 97.30% |\n"
        "| 儿童关爱服务 | 30.00 | 29.40 | 98.00% |\n"
        "| 合计 | 80.00 | 78.05 | 97.56% |\n"
        f"三、项目情况\n1.妇女技能培训项目。全年调整后预算50.00万元，实际支出{text_value}万元。\n"
    )


def test_a_project_rows_money_restated_otherwise_is_reported() -> None:
    found = _serious(_project_row("48.56"), "IC001")
    assert found and "48.56" in found[0], found


def test_a_project_rows_money_restated_alike_is_fine() -> None:
    assert _serious(_project_row("48.65"), "IC001") == []
