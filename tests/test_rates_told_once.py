"""One wrong rate, one finding: a written formula's wrong result and its copies.

A formula whose written percent its own numbers do not give (AR003), restated as written
in a paragraph and in a table row's rate column, is one defect: the formula's finding
names every copy, and a copy recomputed from the same figures to the same right value
is no second finding (AR005). A copy recomputed from other figures is one of its own.
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding

TITLE = "2024年度某县农业农村局部门整体支出绩效自评报告\n"


def _rate_findings(text: str) -> list[Finding]:
    return [f for f in audit_text(TITLE + text) if f.rule in ("AR003", "AR005")]


def test_a_formula_in_yuan_copied_into_the_table_and_the_conclusion() -> None:
    # 1,283,406.50 ÷ 1,316,800.00 = 97.46 %, written 97.64 % three times.
    (f,) = _rate_findings(
        "一、预算执行情况\n"
        "部门预算执行率=支出决算数÷调整后预算数×100%=1,283,406.50÷1,316,800.00×100%=97.64%。\n"
        "表1 预算执行情况（单位：元）\n"
        "| 支出类别 | 调整后预算数 | 支出决算数 | 执行率 |\n"
        "| 基本支出 | 400,000.00 | 390,000.00 | 97.50% |\n"
        "| 一般项目 | 295,000.00 | 280,000.00 | 94.92% |\n"
        "| 专项项目 | 621,800.00 | 613,406.50 | 98.65% |\n"
        "| 合计 | 1,316,800.00 | 1,283,406.50 | 97.64% |\n"
        "二、自评结论\n"
        "本年度部门预算执行率为97.64%，资金使用总体规范。\n"
    )
    assert f.rule == "AR003" and f.found == "97.64%" and f.expected == "97.46%"
    assert "表 1 第 5 行第 4 列" in f.message and "应一并更正" in f.message


def test_an_indicator_rate_beside_its_amounts_and_a_table_row() -> None:
    # 412.37 ÷ 436.80 = 94.41 %, written 94.70 % in the indicator's text, its formula and
    # the table's 合计 row.
    findings = _rate_findings(
        "二、绩效指标完成情况\n"
        "（一）预算执行率（10分）\n"
        "全年调整后预算436.80万元，实际支出412.37万元，预算执行率94.70%，得9.47分。\n"
        "预算执行率=412.37/436.80×100%=94.70%。\n"
        "表2 资金执行表（单位：万元）\n"
        "| 资金类别 | 调整后预算 | 实际支出 | 执行率 |\n"
        "| 基本支出 | 200.00 | 195.00 | 97.50% |\n"
        "| 项目支出 | 236.80 | 217.37 | 91.79% |\n"
        "| 合计 | 436.80 | 412.37 | 94.70% |\n"
    )
    (f,) = findings
    assert f.rule == "AR003" and f.found == "94.70%" and f.expected == "94.41%"
    assert "表 1 第 4 行第 4 列" in f.message and "应一并更正" in f.message


def test_a_copy_recomputed_from_other_figures_stays_its_own_finding() -> None:
    # The table's 合计 row states 94.70 % over 450.00 (91.64 %): other operands, another
    # right value; not the formula's defect told twice.
    findings = _rate_findings(
        "二、绩效指标完成情况\n"
        "预算执行率=412.37/436.80×100%=94.70%。\n"
        "表2 资金执行表（单位：万元）\n"
        "| 资金类别 | 全年预算 | 实际支出 | 执行率 |\n"
        "| 基本支出 | 200.00 | 195.00 | 97.50% |\n"
        "| 项目支出 | 250.00 | 217.37 | 86.95% |\n"
        "| 合计 | 450.00 | 412.37 | 94.70% |\n"
    )
    assert sorted(f.rule for f in findings) == ["AR003", "AR005"]
    (row,) = [f for f in findings if f.rule == "AR005"]
    assert row.expected == "91.64%" and row.found == "94.70%"
