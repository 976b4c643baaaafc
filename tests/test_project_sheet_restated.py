"""One project's money in a project table and in its own 项目支出绩效自评表 (round 19b).

A report lists its projects in a table (``项目名称 | 全年预算 | 实际支出``) and scores each
in a sheet whose funds block (``年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
执行率 | 得分``) states the same project's money again, in 万元 or in 元. Two things kept
such a pair from being compared: the sheet's 分值 cell, lent the row's 万元, "explained" a
difference equal to its points; and the sheet's ``其中：当年财政拨款`` row, equal to its
total, made the total look like another source's figure. Written in other words than any
corpus report: two variants per kind and near misses that must stay silent.
"""

from __future__ import annotations

from helpers import audit_text

HEAD = """某县交通运输局2025年度部门整体支出绩效自评报告
一、部门预算执行情况
2025年全年预算数820.00万元，全年执行数801.30万元，预算执行率97.72%。
表2 重点项目支出情况表（单位：万元）
| 项目名称 | 年初预算 | 全年预算 | 实际支出 | 执行率 |
| 农村公路日常养护经费 | 200.00 | 236.00 | {row_actual} | {row_rate} |
| 客运站安全监管补助 | 48.00 | 48.00 | 47.50 | 98.96% |
| 合计 | 248.00 | 284.00 | {total_actual} | {total_rate} |
二、部门整体支出绩效自评表
表3 某县交通运输局2025年度部门整体支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
| 产出指标 | 数量指标 | 农村公路养护里程 | 40 | 40 |
| 效益指标 | 社会效益指标 | 公路优良路率 | 40 | 39 |
| 满意度指标 | 满意度指标 | 沿线群众满意度 | 20 | 19 |
| 合计 | | | 100 | 98 |
三、项目支出绩效自评表
2025年度项目支出绩效自评表（{sheet_project}）
| 项目名称 | {sheet_project} | | | | | | |
| 项目资金（{unit}） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | {b0} | {b1} | {spent} | {points} | {rate} | {score} |
| | 其中：当年财政拨款 | {b0} | {b1} | {spent} | — | — | — |
| | 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |
| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| | 产出指标 | 数量指标 | 养护农村公路里程 | ≥300公里 | 312公里 | 50 | 50 |
| | 效益指标 | 社会效益指标 | 路况优良率 | ≥85% | 88% | 30 | 30 |
| | 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 93% | 10 | 10 |
| 总分 | | | | | | 100 | {sheet_total} |
"""

PROJECT = "农村公路日常养护经费"


def _report(
    row_actual: str,
    spent: str,
    *,
    unit: str = "万元",
    points: str = "10",
    sheet_project: str = PROJECT,
    budgets: tuple[str, str] = ("200.00", "236.00"),
) -> str:
    total = f"{(float(row_actual) + 47.50):.2f}"
    return HEAD.format(
        row_actual=row_actual,
        row_rate=f"{float(row_actual) / 236 * 100:.2f}%",
        total_actual=total,
        total_rate=f"{float(total) / 284 * 100:.2f}%",
        sheet_project=sheet_project,
        unit=unit,
        b0=budgets[0],
        b1=budgets[1],
        spent=spent,
        points=points,
        rate="90.00%",
        score="9",
        sheet_total=f"{90 + int(points) - 1}",
    )


def _restated(text: str) -> list[str]:
    return [f.message for f in audit_text(text, ["IC001"]) if PROJECT in f.message]


def test_sheet_spending_differing_by_its_points_is_reported() -> None:
    # 224.20 in the table, 214.20 in the sheet: 10 万元 apart, the sheet's 分值 is 10.
    messages = _restated(_report("224.20", "214.20"))
    assert len(messages) == 1
    assert "224.20" in messages[0] and "214.20" in messages[0]


def test_sheet_spending_differing_by_another_points_value_is_reported() -> None:
    # 15 points, 15 万元 apart: the points cell explains nothing either.
    messages = _restated(_report("230.50", "215.50", points="15"))
    assert len(messages) == 1
    assert "230.50" in messages[0] and "215.50" in messages[0]


def test_sheet_in_yuan_against_table_in_wanyuan_is_reported() -> None:
    # The sheet's block in 元, its 其中：当年财政拨款 row equal to its total.
    messages = _restated(
        _report("224.20", "2,196,800.00", unit="元", budgets=("2,000,000.00", "2,360,000.00"))
    )
    assert len(messages) == 1
    assert "224.20" in messages[0] and "2,196,800.00" in messages[0]


def test_sheet_in_wanyuan_with_funding_row_equal_to_total_is_reported() -> None:
    messages = _restated(_report("224.20", "219.68"))
    assert len(messages) == 1


def test_sheet_in_yuan_agreeing_with_the_table_is_silent() -> None:
    text = _report("224.20", "2,242,000.00", unit="元", budgets=("2,000,000.00", "2,360,000.00"))
    assert _restated(text) == []


def test_sheet_in_wanyuan_agreeing_with_the_table_is_silent() -> None:
    assert _restated(_report("224.20", "224.20")) == []


def test_another_projects_sheet_is_not_compared_with_this_row() -> None:
    # The sheet scores a project the table does not list: its money is its own.
    text = _report("224.20", "214.20", sheet_project="农村客运候车亭建设经费")
    assert [f for f in audit_text(text, ["IC001"]) if "214.20" in f.message] == []
