"""Kinds read on held-out round 33, each proved in other words than the round's reports.

Values joined by 和 under one label are each thing's; a count before 合计 names the items
counted; a sheet row ``其中：财政拨款`` is the whole of the fiscal sources; 其中 parts take
the basis of the total they add up to; bands read the rate itself even beside a quotient.
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Severity

HEAD = "2025年度部门整体支出绩效自评报告\n"


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def test_values_joined_under_one_label_are_each_things() -> None:
    text = HEAD + (
        "三、项目情况\n渡口改造和候车亭建设两个项目预算分别为80.00万元和60.00万元，"
        "实际支出76.20万元和58.90万元。\n"
    )
    assert _serious(text, "IC001") == []


def test_a_count_before_a_sum_names_the_items_counted() -> None:
    text = HEAD + (
        "二、支出情况\n2025年度本部门支出合计5,826.40万元。\n"
        "三、预算管理\n将道路养护和桥梁检测两个项目列为重点支出，两项合计支出1,846.20万元"
        "（1,420.00万元+426.20万元）。\n"
    )
    assert _serious(text, "IC001") == []


def _fiscal_row(sheet_value: str) -> str:
    return HEAD + (
        "表2 2025年度收入预算情况表（单位：万元）\n"
        "| 收入项目 | 年初预算数 | 全年预算数 |\n"
        "| 一般公共预算财政拨款收入 | 4,210.00 | 4,386.50 |\n"
        "| 政府性基金预算财政拨款收入 | 0.00 | 240.00 |\n"
        "| 其他收入 | 60.00 | 72.30 |\n"
        "| 合计 | 4,270.00 | 4,698.80 |\n"
        "附件：部门整体支出绩效自评表\n"
        "| 年度预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "| 年度资金总额 | 4,270.00 | 4,698.80 | 4,605.10 | 10 | 98.01% | 9.8 |\n"
        f"| 其中：财政拨款 | 4,210.00 | {sheet_value} | 4,540.00 | — | — | — |\n"
    )


def test_a_sheets_fiscal_row_is_the_whole_of_the_fiscal_sources() -> None:
    assert _serious(_fiscal_row("4,626.50"), "IC001") == []


def _parts_of(spent: str) -> str:
    return HEAD + (
        "表6 “三公”经费支出情况表（单位：万元）\n"
        "| 项目 | 预算数 | 决算数 |\n"
        "| 合计 | 22.40 | 19.65 |\n"
        "| 公务用车运行维护费 | 18.80 | 16.45 |\n"
        "| 公务接待费 | 3.60 | 3.20 |\n"
        f"二、“三公”经费\n2025年“三公”经费预算22.40万元，决算支出19.65万元，其中公务用车运行维护费"
        f"{spent}万元、公务接待费3.20万元。\n"
    )


def test_parts_take_the_basis_of_the_total_they_add_to() -> None:
    assert _serious(_parts_of("16.45"), "IC001") == []


def _banded(score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 年度指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 公路养护里程 | 96 | 完成得96分 | 320公里 | 320公里 | 96 |\n"
        "| 效益 | 满意度 | 乘客满意度 | 4 | ≥90%得满分；低于90%按“实际值÷目标值×分值”计分 "
        f"| ≥90% | 88.60% | {score} |\n"
    )


def test_a_band_beside_a_quotient_reads_the_rate_itself() -> None:
    assert _serious(_banded("3.94"), "SC002") == []


def _carried(stated: str) -> str:
    return HEAD + (
        "二、支出情况\n2025年度本部门支出合计2,486.30万元。按资金来源分，一般公共预算财政拨款支出"
        f"2,210.50万元，其他收入安排的支出35.80万元，{stated}，三项合计2,486.30万元。\n"
    )


def test_a_shortfall_the_sources_paragraph_states_is_a_source_not_read() -> None:
    assert _serious(_carried("使用上年结转资金240.00万元"), "IC003") == []


def test_a_shortfall_stated_nowhere_is_still_reported() -> None:
    assert _serious(_carried("使用上年结转资金204.00万元"), "IC003")
