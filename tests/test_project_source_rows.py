"""A project list with a 资金来源 column: each row's money is its project's.

``城镇老旧小区改造项目 | 政府性基金、一般公共预算 | 1,286.40``: the source cell says where
that project's money came from; the row is not the fund's whole project spending, so it
is never compared with ``政府性基金预算财政拨款支出…`` stated for the department.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import audit_text, read_text

from auditor.read.qualifiers import Scope

_HEAD = (
    "某县水务局2024年度部门整体支出绩效自评报告\n\n"
    "一、收支情况\n\n"
    "全年支出合计2,400.00万元，其中政府性基金预算财政拨款支出600.00万元（均为项目支出），"
    "一般公共预算财政拨款支出1,750.00万元。\n\n"
    "二、项目实施情况\n\n"
)
_PROJECTS = "表3　重点项目资金情况表（万元）\n\n"


def _ic001(table: str) -> list[str]:
    return [f.message for f in audit_text(_HEAD + table, ["IC001"]) if f.rule == "IC001"]


def test_a_mixed_source_cell_gives_the_project_its_money() -> None:
    for sources in ("政府性基金、一般公共预算", "政府性基金预算和其他资金"):
        table = (
            _PROJECTS + "序号\t项目名称\t资金来源\t全年预算数\t实际支出\n"
            f"1\t农村供水提升项目\t{sources}\t700.00\t690.00\n"
            "2\t河道清淤项目\t一般公共预算\t300.00\t295.00\n"
            "\t合计\t\t1,000.00\t985.00"
        )
        assert _ic001(table) == [], sources


def test_a_table_of_funding_sources_is_still_the_departments() -> None:
    # Rows that ARE the sources (no project name before them) state the department's
    # spending by source, and the project rows of a project table are the projects'.
    table = (
        "表3　支出按资金来源分列情况表（万元）\n\n"
        "资金来源\t全年预算数\t实际支出\n"
        "政府性基金预算财政拨款\t660.00\t650.00\n"
        "一般公共预算财政拨款\t1,760.00\t1,750.00\n"
        "合计\t2,420.00\t2,400.00"
    )
    facts = read_text(_HEAD + table).facts.facts
    fund = [f for f in facts if f.figure.amount.value == Decimal("650.00")]
    assert fund and all(f.scope == Scope.TOTAL for f in fund), [
        (f.scope, f.scope_name) for f in fund
    ]
    projects = _PROJECTS + (
        "序号\t项目名称\t资金来源\t全年预算数\t实际支出\n"
        "1\t农村供水提升项目\t政府性基金、一般公共预算\t700.00\t690.00\n"
        "\t合计\t\t700.00\t690.00"
    )
    facts = read_text(_HEAD + projects).facts.facts
    row = [
        f
        for f in facts
        if f.figure.amount.value == Decimal("690.00") and f.figure.cell and f.figure.cell[0] == 1
    ]
    assert row and all(f.scope == Scope.UNIT and "农村供水" in f.scope_name for f in row)
