"""Paragraphs whose subject is a named project (``auditor/read/subjects.py``)."""

from __future__ import annotations

import pytest
from helpers import read_text

from auditor.read.qualifiers import Scope
from auditor.read.subjects import project_name


@pytest.mark.parametrize(
    ("text", "heading", "name"),
    [
        ("（一）2024年高标准农田建设工程", True, "2024年高标准农田建设工程"),
        ("2.校园安全提升项目实施情况", True, "校园安全提升项目"),
        ("3.市容秩序提升行动：调整后预算300.00万元。", False, "市容秩序提升行动"),
        ("4、环卫车辆运行经费。年初预算45.00万元。", False, "环卫车辆运行经费"),
        # Names that end like a project's but speak of the department's money.
        ("（二）“三公”经费", True, ""),
        ("二、重点项目", True, ""),
        ("1.项目支出情况", True, ""),
        ("2.财政资金：全年支出80.00万元。", False, ""),
        ("3.年度工作计划：全年支出80.00万元。", False, ""),
        # A scored item led by its name and points, numbered or not.
        ("公益诉讼办案经费（4分）：预算12.00万元，支出11.60万元。", False, "公益诉讼办案经费"),
        ("3.残疾人辅具适配补贴（分值5分）：全年预算30.00万元。", False, "残疾人辅具适配补贴"),
        ("项目支出（10分）：全年项目支出300.00万元。", False, ""),
        ("“三公”经费支出（5分）：全年支出6.00万元。", False, ""),
    ],
)
def test_project_name(text: str, heading: bool, name: str) -> None:
    assert project_name(text, heading=heading) == name


def test_department_paragraph_after_project_paragraphs_keeps_department_scope() -> None:
    reading = read_text(
        "2024年度某县林业局部门整体支出绩效自评报告\n"
        "二、项目支出情况\n"
        "1.森林防火专项：调整后预算80.00万元，实际支出78.00万元。\n"
        "2.“三公”经费：全年预算9.00万元，实际支出7.50万元。\n"
        "三、部门整体支出情况\n"
        "全年调整后预算1,200.00万元，支出合计1,180.00万元。\n"
    )
    scopes = {
        (f.figure.shown, f.scope, f.scope_name)
        for f in reading.facts.facts
        if f.concept in ("budget.adjusted", "expenditure.total")
    }
    assert ("80.00 万元", Scope.UNIT, "森林防火专项") in scopes
    assert ("1,200.00 万元", Scope.TOTAL, "") in scopes
    assert ("1,180.00 万元", Scope.TOTAL, "") in scopes


def test_scored_indicator_headings_keep_the_department_scope() -> None:
    """An indicator's heading states a closed triple far below the department's totals,
    under a numbered section, beside siblings doing the same: still the department's."""
    reading = read_text(
        "2024年度某县自然资源局部门整体支出绩效自评报告\n"
        "一、部门整体支出情况\n"
        "全年调整后预算2,640.00万元，支出合计2,580.40万元。\n"
        "二、评价指标分析\n"
        "（十一）政府采购执行率（6分）\n"
        "本年度政府采购金额为48.30万元，政府采购预算为50.00万元，执行率为96.60%。\n"
        "（十二）“三公”经费控制率（4分）\n"
        "“三公”经费预算12.00万元，实际支出10.20万元，控制率为85.00%。\n"
    )
    scopes = {(f.figure.shown, f.scope) for f in reading.facts.facts}
    assert ("48.30 万元", Scope.TOTAL) in scopes
    assert ("10.20 万元", Scope.TOTAL) in scopes


def test_work_items_in_three_styles_get_their_own_scope() -> None:
    """Numbered work items with closed triples far below the department's totals."""
    reading = read_text(
        "2024年度某市文化广电旅游局部门整体支出绩效自评报告\n"
        "一、部门整体支出情况\n"
        "全年调整后预算4,120.00万元，支出合计4,002.70万元，预算执行率97.15%。\n"
        "二、重点工作完成情况\n"
        "1.“文化惠民”演出季。调整后预算180.00万元，实际支出171.00万元，执行率95.00%。\n"
        "（二）公共图书馆数字化改造：调整后预算260.00万元，实际支出247.00万元，执行率95.00%。\n"
        "（三）非遗传承人培训：调整后预算60.00万元，实际支出54.00万元，执行率90.00%。\n"
    )
    scopes = {(f.figure.shown, f.scope, f.scope_name) for f in reading.facts.facts}
    assert ("171.00 万元", Scope.UNIT, "“文化惠民”演出季") in scopes
    assert ("247.00 万元", Scope.UNIT, "公共图书馆数字化改造") in scopes
    assert ("4,002.70 万元", Scope.TOTAL, "") in scopes


# Round 18: a numbered item under a section that names projects or funds is a project,
# whatever its title's last word, with no rate, table row or sibling evidence needed.
@pytest.mark.parametrize(
    ("text", "item", "name"),
    [
        (
            "2024年度某县审计局部门整体支出绩效自评报告\n"
            "一、部门基本情况\n"
            "2024年度本部门支出合计860.40万元，其中基本支出612.30万元，项目支出248.10万元。\n"
            "二、项目支出情况\n"
            "1. 审计信息化建设：年初预算120.00万元，实际支出112.60万元，完成数据中心升级。\n"
            "2. 政府购买审计服务（聘请中介机构）：年初预算75.00万元，实际支出68.40万元，"
            "参与审计项目12个。\n",
            "68.40 万元",
            "政府购买审计服务（聘请中介机构）",
        ),
        (
            "2024年度某市妇女联合会部门整体支出绩效自评报告\n"
            "一、部门整体支出情况\n"
            "全年支出合计1,236.50万元。\n"
            "三、专项资金使用情况\n"
            "（1）“两癌”免费筛查补助：全年预算96.00万元，支出91.30万元，惠及妇女4,200人。\n"
            "（2）困境儿童关爱服务：全年预算52.00万元，支出50.10万元。\n",
            "96.00 万元",
            "“两癌”免费筛查补助",
        ),
        (
            "2024年度某县水利局部门整体支出绩效自评报告\n"
            "一、部门整体支出情况\n"
            "全年支出合计3,410.00万元。\n"
            "（二）重点项目绩效情况\n"
            "① 小型水库除险加固：年初预算420.00万元，实际支出398.70万元。\n",
            "398.70 万元",
            "小型水库除险加固",
        ),
    ],
)
def test_numbered_item_in_a_project_section_scopes_its_figures(
    text: str, item: str, name: str
) -> None:
    reading = read_text(text)
    scoped = {(f.figure.shown, f.scope, f.scope_name) for f in reading.facts.facts}
    assert (item, Scope.UNIT, name) in scoped


def test_numbered_item_in_a_project_section_stating_the_departments_total_keeps_it() -> None:
    """An item not far below the department's figures (its own total restated) is not a project."""
    reading = read_text(
        "2024年度某县审计局部门整体支出绩效自评报告\n"
        "一、部门基本情况\n"
        "2024年度本部门支出合计860.40万元，其中基本支出612.30万元，项目支出248.10万元。\n"
        "二、项目支出情况\n"
        "1. 部门整体支出：全年支出合计860.40万元。\n"
    )
    scopes = {
        (f.figure.shown, f.scope) for f in reading.facts.facts if f.concept == "expenditure.total"
    }
    assert scopes == {("860.40 万元", Scope.TOTAL)}


def test_aspect_of_all_projects_under_a_project_section_is_no_project() -> None:
    """``1.资金投入：…`` under ``二、项目支出情况`` speaks of all the projects, not one."""
    reading = read_text(
        "2024年度某县统计局部门整体支出绩效自评报告\n"
        "一、部门基本情况\n"
        "2024年度本部门支出合计912.60万元。\n"
        "二、项目支出情况\n"
        "1. 资金投入：年初预算240.00万元，实际支出226.50万元。\n"
    )
    scopes = {(f.figure.shown, f.scope, f.scope_name) for f in reading.facts.facts}
    assert not any(name == "资金投入" for _, _, name in scopes)
