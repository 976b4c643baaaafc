"""A cell takes its meaning from its column header, not only from its row label.

Read from a reviewer's judgement of ``audit --facts`` on unseen reports: a staffing
table's cell under ``专业技术岗位`` was shown as its row's 事业编制, a cell under
``实有人数`` in a 事业编制 row as the department's staff on hand, a money table's
``调整预算`` column as a budget of unstated kind (then compared with the text's 年初
budget), rows ``年初预算 | 决算数`` under columns ``基本支出 | 项目支出`` as units
named 年初预算, and a ``结余结转`` column as the spending itself. Written in other
departments' words, numbers and layouts than the reports the kinds were seen on.
"""

from __future__ import annotations

from helpers import audit_text, read_text

from auditor.findings import Severity
from auditor.read.facts import Fact
from auditor.read.qualifiers import Basis, Origin, Role, Scope

TITLE = "某县林业和草原局2024年度部门整体支出绩效自评报告"


def _cells(text: str, row: str, header: str) -> list[Fact]:
    """The table facts read from the cell at ``row`` under ``header``."""
    reading = read_text(text)
    return [
        f
        for f in (*reading.facts.facts, *reading.facts.roles)
        if f.origin == "table"
        and f.figure.row_label.split("/")[-1] == row
        and f.figure.column_path
        and f.figure.column_path[-1] == header
    ]


def _errors(text: str, rule: str) -> list[str]:
    return [
        f.message
        for f in audit_text(text, rules=[rule])
        if f.rule == rule and f.severity is not Severity.INFO
    ]


# --- staffing: rows are kinds of 编制, columns what is counted of each -----------------

STAFF_BY_KIND = f"""{TITLE}

一、部门基本情况

表1 人员情况表（单位：人）

编制类别\t编制数\t实有人数\t其中：管理岗位\t专业技术岗位\t工勤技能岗位
行政编制\t14\t13\t\t\t
事业编制\t46\t44\t8\t31\t5
合计\t60\t57\t8\t31\t5

本局核定行政编制14名、事业编制46名，年末实有人数57人。
"""


def test_a_cell_under_a_post_class_is_that_part_of_its_row() -> None:
    (fact,) = _cells(STAFF_BY_KIND, "事业编制", "专业技术岗位")
    assert fact.concept_name == "事业编制"
    assert (fact.scope, fact.scope_name) == (Scope.UNIT, "专业技术岗位")
    assert fact.provenance.scope_from == Origin.HEADER
    (first,) = _cells(STAFF_BY_KIND, "事业编制", "其中：管理岗位")
    assert (first.scope, first.scope_name) == (Scope.UNIT, "管理岗位")


def test_staff_on_hand_in_a_kind_of_post_is_that_groups_not_the_departments() -> None:
    (fact,) = _cells(STAFF_BY_KIND, "事业编制", "实有人数")
    assert fact.concept_name == "实有人数"
    assert (fact.scope, fact.scope_name) == (Scope.UNIT, "事业编制")
    (posts,) = _cells(STAFF_BY_KIND, "事业编制", "编制数")
    assert posts.concept_name == "事业编制" and posts.scope == Scope.TOTAL


def test_post_class_cells_are_not_compared_with_the_kinds_posts() -> None:
    # The text's 事业编制46 against the 专技 cell 31 and the 管理 cell 8: no restatement.
    assert _errors(STAFF_BY_KIND, "IC001") == []
    assert not [f for f in audit_text(STAFF_BY_KIND, rules=["IC001"]) if "事业编制" in f.message]


STAFF_TRANSPOSED = f"""{TITLE}

一、部门基本情况

表1 编制及人员表（单位：名）

项目\t行政编制\t事业编制\t其中：专技\t工勤
编制数\t9\t23\t17\t3
实有人数\t9\t21\t16\t2

核定行政编制9名、事业编制23名，实有人数30人。
"""


def test_transposed_staffing_rows_keep_their_quantity_and_columns_their_group() -> None:
    (on_hand,) = _cells(STAFF_TRANSPOSED, "实有人数", "行政编制")
    assert on_hand.concept_name == "实有人数"
    assert (on_hand.scope, on_hand.scope_name) == (Scope.UNIT, "行政编制")
    (posts,) = _cells(STAFF_TRANSPOSED, "编制数", "事业编制")
    assert posts.concept_name == "事业编制" and posts.scope == Scope.TOTAL
    (tech,) = _cells(STAFF_TRANSPOSED, "实有人数", "其中：专技")
    assert (tech.concept_name, tech.scope_name) == ("实有人数", "专技")
    # 实有人数 30 in the text is the whole; the 行政编制 column's 9 and 21 are groups.
    assert _errors(STAFF_TRANSPOSED, "IC001") == []


def _one_group(stated: str) -> str:
    return f"""{TITLE}

一、部门基本情况

表1 人员情况表

编制类别\t编制数\t实有人数\t其中：专技
事业编制\t36\t33\t25

本中心核定事业编制36名，实有人数{stated}人。
"""


def test_a_table_of_one_kind_of_post_is_the_whole_department() -> None:
    (fact,) = _cells(_one_group("33"), "事业编制", "实有人数")
    assert fact.scope == Scope.TOTAL
    assert _errors(_one_group("33"), "IC001") == []


def test_near_miss_the_one_kinds_staff_on_hand_is_still_compared_with_the_text() -> None:
    errors = _errors(_one_group("34"), "IC001")
    assert errors and "33" in errors[0] and "34" in errors[0]


def test_a_vacancy_column_is_not_the_posts() -> None:
    text = f"""{TITLE}

表1 编制使用情况（单位：人）

类别\t核定数\t在岗人数\t空编数
行政编制\t12\t11\t1
事业编制\t30\t27\t3
"""
    assert _cells(text, "行政编制", "空编数") == []
    (posts,) = _cells(text, "事业编制", "核定数")
    assert posts.concept_name == "事业编制" and posts.value == 30


# --- money: columns state the basis, rows the spending ---------------------------------

MONEY_BASES = f"""{TITLE}

二、部门整体支出情况

表2 预算执行情况表（单位：万元）

支出类别\t年初预算\t调整预算\t决算数
基本支出\t512.00\t540.60\t533.90
项目支出\t860.00\t1,045.00\t1,002.75
合计\t1,372.00\t1,585.60\t1,536.65

本年度项目支出预算860.00万元，基本支出预算512.00万元；全年支出合计1,536.65万元。
"""


def test_an_adjusted_budget_column_gives_its_cells_that_basis() -> None:
    (cell,) = _cells(MONEY_BASES, "项目支出", "调整预算")
    assert cell.concept_name == "项目支出" and cell.basis == Basis.ADJUSTED_BUDGET
    assert cell.provenance.basis_from == Origin.HEADER
    (first,) = _cells(MONEY_BASES, "项目支出", "年初预算")
    assert first.basis == Basis.INITIAL_BUDGET


def test_budget_cells_are_compared_only_with_budgets_of_their_kind() -> None:
    # The text's 项目支出预算860.00 (kind unstated) against 调整预算 1,045.00: not one quantity.
    assert _errors(MONEY_BASES, "IC001") == []
    assert _errors(MONEY_BASES, "AR006") == []


def test_near_miss_a_spending_cell_still_meets_the_texts_spending() -> None:
    text = MONEY_BASES.replace("全年支出合计1,536.65万元。", "全年基本支出543.90万元。")
    errors = _errors(text, "IC001")
    assert errors and "533.90" in errors[0] and "543.90" in errors[0]


GROUPED_BASES = f"""{TITLE}

二、部门整体支出情况

表2 支出预算及执行表（单位：万元）

项目\t预算数\t\t实际支出\t结余结转
\t年初\t调整后\t\t
基本支出\t301.00\t318.40\t315.10\t3.30
项目支出\t420.00\t466.00\t451.25\t14.75
合计\t721.00\t784.40\t766.35\t18.05

全年实际支出766.35万元，其中基本支出315.10万元，项目支出451.25万元。
"""


def test_a_grouped_budget_header_reads_as_one_phrase() -> None:
    (initial,) = _cells(GROUPED_BASES, "基本支出", "年初")
    (adjusted,) = _cells(GROUPED_BASES, "基本支出", "调整后")
    assert initial.basis == Basis.INITIAL_BUDGET
    assert adjusted.basis == Basis.ADJUSTED_BUDGET


def test_a_balance_column_holds_what_is_left_of_the_rows_spending() -> None:
    (left,) = _cells(GROUPED_BASES, "项目支出", "结余结转")
    assert left.role == Role.REMAINDER
    assert _errors(GROUPED_BASES, "IC001") == []


BASES_AS_ROWS = f"""{TITLE}

二、部门整体支出情况

表2 基本支出和项目支出情况（单位：万元）

项目\t基本支出\t项目支出\t合计
2024年年初预算\t280.00\t190.00\t470.00
2024年调整后预算\t292.50\t236.00\t528.50
2024年决算数\t290.80\t221.45\t512.25

全年支出512.25万元，其中基本支出290.80万元、项目支出221.45万元。
"""


def test_rows_stating_only_a_basis_are_no_units() -> None:
    (actual,) = _cells(BASES_AS_ROWS, "2024年决算数", "基本支出")
    assert actual.scope == Scope.TOTAL and actual.basis == Basis.ACTUAL
    (budget,) = _cells(BASES_AS_ROWS, "2024年年初预算", "项目支出")
    assert budget.scope == Scope.TOTAL and budget.basis == Basis.INITIAL_BUDGET
    assert _errors(BASES_AS_ROWS, "IC001") == []


def test_near_miss_a_basis_row_is_compared_with_the_same_basis_in_the_text() -> None:
    text = BASES_AS_ROWS.replace("其中基本支出290.80万元", "其中基本支出209.80万元")
    errors = _errors(text, "IC001")
    assert errors and "290.80" in errors[0] and "209.80" in errors[0]


def test_parts_under_a_group_header_are_their_own_columns() -> None:
    text = f"""{TITLE}

表3 基本支出构成（单位：万元）

项目\t基本支出\t\t
\t小计\t人员经费\t公用经费
2024年调整后预算\t292.50\t251.30\t41.20
2024年决算数\t290.80\t250.10\t40.70
"""
    (personnel,) = _cells(text, "2024年调整后预算", "人员经费")
    assert personnel.concept != "budget.adjusted"
    assert personnel.basis == Basis.ADJUSTED_BUDGET and personnel.scope == Scope.TOTAL


# --- years that come with the newly compared cells ---------------------------------------

CAPTION_YEAR = """某县气象局2024年度部门整体支出绩效自评报告

二、部门整体支出情况

表1 某县气象局2023年度支出执行情况表（单位：万元）

项目\t基本支出\t项目支出\t合计
年初预算数\t240.00\t96.00\t336.00
决算数\t238.60\t91.40\t330.00

表2 支出决算对比表（单位：万元）

项目\t决算数\t上年决算数
基本支出\t238.60\t229.75
项目支出\t91.40\t84.10
"""


def test_a_captions_year_is_read_as_the_tables() -> None:
    (cell,) = _cells(CAPTION_YEAR, "决算数", "基本支出")
    assert cell.year == 2023 and cell.provenance.year_from == Origin.CAPTION
    (prior,) = _cells(CAPTION_YEAR, "基本支出", "上年决算数")
    assert prior.year == 2023  # the report's 上年


def test_a_mistyped_caption_year_is_not_a_second_value_of_last_year() -> None:
    # 表1's ``2023年度`` is a slip for 2024 (its cells are 表2's 决算数): YR001's finding,
    # never an IC001 against 表2's 上年决算数.
    assert _errors(CAPTION_YEAR, "IC001") == []
    assert [f.rule for f in audit_text(CAPTION_YEAR, rules=["YR001"])] == ["YR001"]


def test_near_miss_a_caption_year_with_figures_of_its_own_is_still_compared() -> None:
    text = CAPTION_YEAR.replace("决算数\t238.60\t91.40\t330.00", "决算数\t231.60\t84.10\t315.70")
    errors = _errors(text, "IC001")
    assert errors and "231.60" in errors[0] and "229.75" in errors[0]


def test_a_comparison_bases_year_stays_with_the_base() -> None:
    text = (
        f"{TITLE}\n\n2024年收入合计806.20万元，较2023年的771.45万元增加34.75万元，主要是"
        "项目经费增加；其他收入3.60万元为技术服务收入。\n"
    )
    (other,) = [f for f in read_text(text).facts.facts if f.figure.amount.raw == "3.60万元"]
    assert other.year == 2024


def _over(total_on_hand: str) -> str:
    return f"""{TITLE}

一、部门基本情况

表1 人员情况表（单位：人）

编制类别\t编制数\t实有人数
行政编制\t10\t12
事业编制\t40\t35
合计\t50\t{total_on_hand}

本局核定编制50名，年末实有人数{total_on_hand}人。
"""


def test_staff_above_one_kinds_posts_is_not_the_departments_excess() -> None:
    # 行政编制 10 against its 12 staff: a group, not the department (50 posts, 47 staff).
    assert [f.rule for f in audit_text(_over("47"), rules=["IC006", "IC001"])] == []


def test_near_miss_the_departments_own_excess_is_still_found() -> None:
    found = [f for f in audit_text(_over("52"), rules=["IC006"]) if f.rule == "IC006"]
    assert found and "52" in found[0].message


def _fund_row(spent: str) -> str:
    return f"""{TITLE}

表1 年度资金情况（单位：万元）

资金来源\t年初预算数\t全年预算数\t全年支出数
部门预算\t1,280.00\t1,456.30\t1,402.75

全年支出{spent}万元，年初预算1,280.00万元。
"""


def test_a_spending_column_beside_a_budget_named_row_is_spending() -> None:
    (spent,) = _cells(_fund_row("1,402.75"), "部门预算", "全年支出数")
    assert spent.concept_name == "支出合计"
    assert (spent.scope, spent.basis) == (Scope.TOTAL, Basis.ACTUAL)
    (initial,) = _cells(_fund_row("1,402.75"), "部门预算", "年初预算数")
    assert initial.basis == Basis.INITIAL_BUDGET
    assert _errors(_fund_row("1,402.75"), "IC001") == []


def test_near_miss_the_spending_cell_meets_the_texts_spending() -> None:
    errors = _errors(_fund_row("1,420.75"), "IC001")
    assert errors and "1,402.75" in errors[0] and "1,420.75" in errors[0]
