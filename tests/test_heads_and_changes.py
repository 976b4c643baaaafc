"""Whose parts, which basis, what a change is: four kinds of structure read at the reader.

1. A two-sided 收支 table whose ``其中`` rows sit right under their total
   (``本年支出合计`` over ``其中：基本支出 | 项目支出``): the rows are that total's parts,
   a wrong total is named by AR001, and they are never added again to the 总计.
2. A ``其中`` sentence after a head sentence that also states a comparison
   (``较上年…增加…。其中…``): the parts belong to the head, never to the base or change.
3. A ``其中`` sentence of its own after a head that states a basis and a year
   (``上年决算支出…。其中：…``): the parts carry both, so they are not compared with this
   year's actual figures, while their sum against the head is checked.
4. 追加 / 调增 / 调减 amounts are changes of a budget: in a table's change columns, after a
   concept (``人员经费追加``), bare in a budget sentence; a list of a base with a reduction
   is no plain sum.

Written in other departments' words, units and numbers than any corpus report.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import audit_text, finding_mentions, read_text

from auditor.findings import Finding, Severity
from auditor.read.qualifiers import Basis, Role

# ---------------------------------------------------------------- 1. rows under their total


def _shouzhi(spending_total: str) -> str:
    return f"""2024年度区统计局部门整体支出绩效自评报告
二、部门收支情况
表1  收入支出决算总表（单位：万元）
| 收入 | 本年数 | 支出 | 本年数 |
| 本年收入合计 | 973.40 | 本年支出合计 | {spending_total} |
| 其中：一般公共预算财政拨款收入 | 901.25 | 其中：基本支出 | 655.10 |
| 其他收入 | 72.15 | 项目支出 | 318.30 |
| 年初结转和结余 | 16.80 | 年末结转和结余 | 16.80 |
| 收入总计 | 990.20 | 支出总计 | 990.20 |
"""


def _shouzhi_yuan(spending_total: str) -> str:
    """Deeper nesting: 人员经费 / 公用经费 under 基本支出, amounts in 元."""
    return f"""2025年度县林业和草原局部门整体支出绩效自评报告
二、收入支出预算执行情况
表3  2025年度收入支出决算总表（单位：元）
| 收入项目 | 决算数 | 支出项目 | 决算数 |
| 收入合计 | 6,214,380.00 | 支出合计 | {spending_total} |
| 其中：财政拨款收入 | 5,806,000.00 | 其中：基本支出 | 3,977,460.00 |
| 事业收入 | 408,380.00 | 其中：人员经费 | 3,402,110.00 |
|  |  | 公用经费 | 575,350.00 |
|  |  | 项目支出 | 2,086,920.00 |
| 上年结转 | 185,000.00 | 年末结转和结余 | 335,000.00 |
| 总计 | 6,399,380.00 | 总计 | 6,399,380.00 |
"""


def _errors(findings: list[Finding], *rules: str) -> list[Finding]:
    return [f for f in findings if f.rule in rules and f.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("make", "right", "typed", "parts_sum"),
    [
        (_shouzhi, "973.40", "937.40", "973.40"),
        (_shouzhi_yuan, "6,064,380.00", "6,046,380.00", "6,064,380.00"),
    ],
)
def test_a_wrong_total_over_its_own_qizhong_rows_is_named(
    make, right: str, typed: str, parts_sum: str
) -> None:
    assert _errors(audit_text(make(right)), "AR001", "AR006") == []
    found = _errors(audit_text(make(typed)), "AR001")
    assert len(found) == 1, [f.message for f in found]
    assert finding_mentions(found[0], typed) and finding_mentions(found[0], parts_sum)
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    ("make", "right", "typed"),
    [(_shouzhi, "973.40", "937.40"), (_shouzhi_yuan, "6,064,380.00", "6,046,380.00")],
)
def test_qizhong_rows_are_never_added_to_the_grand_total(make, right: str, typed: str) -> None:
    for written in (right, typed):
        reading = read_text(make(written))
        grand = [b for b in reading.breakdowns if "总计" in b.total.label and b.parts]
        spending = [b for b in grand if b.total.cell and b.total.cell[1] == 3]
        assert len(spending) == 1
        # 支出总计 = 本年支出合计 + 年末结转和结余, not 基本支出/项目支出 beside their total.
        labels = [p.label for p in spending[0].parts]
        assert len(labels) == 2 and "合计" in labels[0], labels


def test_a_lone_qizhong_row_under_a_total_is_a_subset_not_checked() -> None:
    """Near miss: one 其中 row (a funding source) says nothing of its total's sum."""
    text = """2024年度区统计局部门整体支出绩效自评报告
表1  收入决算表（单位：万元）
| 项目 | 本年数 |
| 本年收入合计 | 973.40 |
| 其中：政府性基金预算财政拨款 | 120.00 |
| 年初结转和结余 | 16.80 |
| 收入总计 | 990.20 |
"""
    assert _errors(audit_text(text), "AR001") == []


# ------------------------------------------------- 2. 其中 after a head with a comparison


@pytest.mark.parametrize(
    ("sentence", "head", "base"),
    [
        (
            "全年受理不动产登记申请4,180件，较上年3,960件增加220件。"
            "其中，首次登记1,205件，转移登记2,310件，抵押登记705件。",
            "4180",
            "3960",
        ),
        (
            "年内开展消防监督检查2,640家次，同比增加175家次。"
            "其中，重点单位1,120家次，一般单位1,580家次。",
            "2640",
            None,
        ),
        (
            "全年接听热线电话8,450个，比上年7,980个增加470个，"
            "其中政策咨询3,100个、投诉举报2,900个、求助2,510个。",
            "8450",
            "7980",
        ),
        (
            "全年开具出生医学证明1,376份，上年为1,290份。其中，院内出生1,301份，院外出生95份。",
            "1376",
            "1290",
        ),
    ],
)
def test_qizhong_after_a_comparison_belongs_to_the_head(
    sentence: str, head: str, base: str | None
) -> None:
    text = f"2024年度市政务服务中心部门整体支出绩效自评报告\n一、基本情况\n{sentence}\n"
    reading = read_text(text)
    lists = [b for b in reading.breakdowns if b.kind == "text"]
    assert [b.total.value for b in lists] == [Decimal(head)], [b.total.value for b in lists]
    if base is not None:
        assert all(b.total.value != Decimal(base) for b in reading.breakdowns)
    found = _errors(audit_text(text), "AR002")
    assert len(found) == 1 and finding_mentions(found[0], head)
    assert found[0].severity is Severity.ERROR


def test_qizhong_after_a_comparison_that_adds_up_is_silent() -> None:
    """Near miss: the parts make up the head; the base and the change are no head."""
    text = """2024年度市政务服务中心部门整体支出绩效自评报告
一、基本情况
全年受理不动产登记申请4,180件，较上年3,960件增加220件。其中，首次登记1,205件，转移登记2,270件，抵押登记705件。
年内开展消防监督检查2,640家次，同比增加175家次。其中，重点单位1,060家次，一般单位1,580家次。
"""
    assert _errors(audit_text(text), "AR002", "AR001") == []


# ------------------------------------------- 3. basis and year carried into a 其中 sentence


def _spending_facts(text: str, concept: str) -> list[tuple[Decimal, int | None, Basis]]:
    reading = read_text(text)
    return [(f.figure.value, f.year, f.basis) for f in reading.facts.of(concept)]


def test_parts_in_a_sentence_of_their_own_keep_the_heads_year() -> None:
    text = """2025年度市供销合作社联合社部门整体支出绩效自评报告
二、部门整体支出情况
本年度全年支出1,264.80万元，其中：基本支出842.30万元，项目支出422.50万元。
上年支出1,187.60万元。其中：基本支出806.90万元，项目支出380.70万元。
"""
    facts = _spending_facts(text, "expenditure.basic")
    assert (Decimal("806.90"), 2024) in [(v, y) for v, y, _b in facts], facts
    assert _errors(audit_text(text), "IC001", "AR006", "AR002") == []


def test_parts_in_a_sentence_of_their_own_keep_the_heads_basis_and_year() -> None:
    text = """2025年度市供销合作社联合社部门整体支出绩效自评报告
二、部门整体支出情况
本年度全年支出1,264.80万元，其中：基本支出842.30万元，项目支出422.50万元。
上年决算支出1,187.60万元。其中：基本支出806.90万元，项目支出380.70万元。
2025年调整后预算1,318.00万元。其中：基本支出861.00万元，项目支出457.00万元。
"""
    facts = _spending_facts(text, "expenditure.project")
    assert (Decimal("380.70"), 2024, Basis.ACTUAL) in facts, facts
    assert (Decimal("457.00"), 2025, Basis.ADJUSTED_BUDGET) in facts, facts
    assert _errors(audit_text(text), "IC001", "AR006", "AR002") == []


def test_a_budgets_parts_in_their_own_sentence_are_checked_against_it() -> None:
    """The sum against the head is still checked; the actual parts stay out of it."""
    text = """2025年度市供销合作社联合社部门整体支出绩效自评报告
二、部门整体支出情况
上年决算支出1,187.60万元。其中：基本支出806.90万元，项目支出389.70万元。
本年度全年支出1,264.80万元，其中：基本支出842.30万元，项目支出422.50万元。
"""
    found = _errors(audit_text(text), "AR002", "AR006", "IC001")
    assert len(found) == 1 and found[0].rule == "AR002", [f.message for f in found]
    assert finding_mentions(found[0], "1,187.60") and finding_mentions(found[0], "1,196.60")


# ------------------------------------------------------- 4. 追加 / 调减 are changes


def _roles(text: str, concept: str) -> dict[Decimal, Role]:
    reading = read_text(text)
    return {
        f.figure.value: f.role
        for f in (*reading.facts.facts, *reading.facts.roles)
        if f.concept == concept
    }


def test_change_columns_of_a_budget_table_hold_changes() -> None:
    text = """2025年度县交通运输局部门整体支出绩效自评报告
二、预算调整情况
县本级基本支出预算2,115.00万元，项目支出预算1,062.00万元。
表2 预算调整情况表（单位：万元）
| 支出类别 | 年初预算数 | 调增数 | 调减数 | 调整后预算数 |
| 基本支出 | 2,040.00 | 95.00 | 20.00 | 2,115.00 |
| 项目支出 | 868.00 | 230.00 | 36.00 | 1,062.00 |
| 合计 | 2,908.00 | 325.00 | 56.00 | 3,177.00 |
"""
    roles = _roles(text, "expenditure.basic")
    assert roles[Decimal("95.00")] is Role.CHANGE and roles[Decimal("20.00")] is Role.CHANGE
    assert roles[Decimal("2040.00")] is Role.LEVEL and roles[Decimal("2115.00")] is Role.LEVEL
    assert _errors(audit_text(text), "IC001", "AR001", "AR006") == []


def test_a_change_word_after_a_concept_or_alone_is_that_budgets_change() -> None:
    text = """2025年度县交通运输局部门整体支出绩效自评报告
二、预算调整情况
年初预算2,908.00万元，年中追加325.00万元（其中公用经费追加41.00万元），核减56.00万元，调整后预算3,177.00万元。
全年支出3,050.00万元，其中基本支出2,090.00万元，项目支出960.00万元。
"""
    assert _roles(text, "expenditure.public_funds") == {Decimal("41.00"): Role.CHANGE}
    assert _roles(text, "budget.initial") == {
        Decimal("2908.00"): Role.LEVEL,
        Decimal("56.00"): Role.CHANGE,
    }
    assert _errors(audit_text(text), "IC001", "AR002", "AR006") == []


@pytest.mark.parametrize("adjusted", ["3,177.00", "3,187.00"])
def test_a_list_of_base_additions_and_reductions_is_no_plain_sum(adjusted: str) -> None:
    """年初 + 追加 − 调减 is not the sum of the items listed: no AR002 either way."""
    text = f"""2025年度县交通运输局部门整体支出绩效自评报告
二、预算调整情况
全年调整后预算{adjusted}万元，其中年初预算2,908.00万元、年中追加325.00万元、调减项目支出56.00万元。
"""
    assert _errors(audit_text(text), "AR002") == []


def test_a_list_of_base_and_additions_is_still_summed() -> None:
    """Near miss: without a reduction the items do make up the whole; a wrong one fires."""
    text = """2025年度县交通运输局部门整体支出绩效自评报告
二、预算调整情况
全年调整后预算3,243.00万元，其中年初预算2,908.00万元、年中追加预算325.00万元。
"""
    found = _errors(audit_text(text), "AR002")
    assert len(found) == 1 and finding_mentions(found[0], "3,233.00")


# ------------------------------------ a report's own rounding note (found while measuring)


@pytest.mark.parametrize(
    "note",
    [
        "注：本报告金额均由元换算为万元并四舍五入，分项相加与合计可能存在尾差。",
        "以上万元数据经四舍五入后保留两位小数，合计与分项之和或有微小差异。",
    ],
)
def test_a_rounding_note_leaves_last_place_differences_out(note: str) -> None:
    text = f"""2025年度县档案馆部门整体支出绩效自评报告
二、部门整体支出情况
2025年度支出合计512.36万元，较上年488.10万元增长4.97%。其中：基本支出300.25万元；项目支出212.12万元。
{note}
"""
    assert _errors(audit_text(text), "AR002") == []


def test_without_a_rounding_note_a_last_place_difference_is_a_warning() -> None:
    """Near miss: the same difference in a report that says nothing of its rounding."""
    text = """2025年度县档案馆部门整体支出绩效自评报告
二、部门整体支出情况
2025年度支出合计512.36万元，较上年488.10万元增长4.97%。其中：基本支出300.25万元；项目支出212.12万元。
"""
    found = _errors(audit_text(text), "AR002")
    assert len(found) == 1 and found[0].severity is Severity.WARNING


def test_a_rounding_note_does_not_excuse_a_wrong_figure() -> None:
    """Near miss: the note covers the last place, not a part mistyped by 10.00."""
    text = """2025年度县档案馆部门整体支出绩效自评报告
二、部门整体支出情况
2025年度支出合计512.36万元，较上年488.10万元增长4.97%。其中：基本支出290.25万元；项目支出212.12万元。
注：本报告金额均由元换算为万元并四舍五入，分项相加与合计可能存在尾差。
"""
    found = _errors(audit_text(text), "AR002")
    assert len(found) == 1 and found[0].severity is Severity.ERROR
