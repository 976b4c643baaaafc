"""Structure hypotheses: the reading of a table that makes most identities hold wins.

Issue 12: a flattened header, a subtotal column beside its parts, a table split in
two. A tie abstains; an excess equal to some of the parts is a misread structure.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import audit_text, read_text

from auditor.read.hypotheses import ColumnHypothesis, Nest, Scored, choose, subset_explains

D = Decimal


def _scored(top: tuple[int, ...], held: int, failed: int = 0, cued: bool = True) -> Scored:
    nests = () if top == (1, 2, 3) else (Nest(1, (2,), cued),)
    return Scored(ColumnHypothesis(0, top, nests), held, failed, ())


def test_best_hypothesis_wins() -> None:
    best = choose([_scored((1, 2, 3), 1, 2), _scored((1, 3), 3)])
    assert best is not None and best.hypothesis.top == (1, 3)


def test_tie_between_different_readings_abstains() -> None:
    assert choose([_scored((1, 2, 3), 2), _scored((1, 3), 2)]) is None


def test_uncued_nesting_loses_a_tie_to_the_written_header() -> None:
    flat = _scored((1, 2, 3), 1, 1)
    nested = _scored((1, 3), 1, 1, cued=False)
    assert choose([nested, flat]) is flat


def test_excess_equal_to_one_part_or_some_parts() -> None:
    parts = [D("300"), D("240"), D("120")]
    assert subset_explains(D("240"), parts)
    assert subset_explains(D("360"), parts)  # 240 + 120
    assert not subset_explains(D("10"), parts)
    assert not subset_explains(D("660"), parts)  # all of them: the total is zero
    assert not subset_explains(D("-240"), parts)


def test_flattened_header_is_read_nested() -> None:
    r = read_text(
        "支出表（万元）\n"
        "| 股室 | 支出合计 | 基本支出 | 其中：人员经费 | 公用经费 | 项目支出 |\n"
        "| 办公室 | 500.00 | 300.00 | 260.00 | 40.00 | 200.00 |\n"
        "| 业务股 | 250.00 | 100.00 | 70.00 | 30.00 | 150.00 |\n"
    )
    rows = {
        b.total.value: [p.value for p in b.parts] for b in r.breakdowns if b.kind == "table-col"
    }
    assert rows[D("500.00")] == [D("300.00"), D("200.00")]
    assert rows[D("300.00")] == [D("260.00"), D("40.00")]
    structure = next(b.structure for b in r.breakdowns if b.kind == "table-col")
    assert "属“基本支出”" in structure


def test_two_equal_readings_abstain_and_say_so() -> None:
    # 乙 ⊃ 丙 and 丙 ⊃ 丁 both make the row add up (丙 = 丁): no way to tell.
    r = read_text("| 项目 | 合计 | 甲 | 乙 | 丙 | 丁 |\n| 决算 | 10 | 4 | 3 | 3 | 3 |\n")
    kinds = {b.kind for b in r.breakdowns}
    assert "table-abstained" in kinds and "table-col" not in kinds
    assert not [
        f
        for f in audit_text(
            "| 项目 | 合计 | 甲 | 乙 | 丙 | 丁 |\n| 决算 | 10 | 4 | 3 | 3 | 3 |\n", ["AR001"]
        )
    ]


def test_excess_equal_to_a_part_abstains_when_unconfirmed() -> None:
    text = "| 项目 | 合计 | 甲 | 乙 | 丙 |\n| 决算 | 100 | 60 | 40 | 25 |\n"
    assert audit_text(text, ["AR001"]) == []


def test_excess_equal_to_a_part_is_reported_when_other_rows_confirm() -> None:
    text = (
        "| 项目 | 合计 | 甲 | 乙 | 丙 |\n"
        "| 决算 | 100 | 50 | 30 | 20 |\n"
        "| 预算 | 100 | 60 | 40 | 40 |\n"
    )
    found = audit_text(text, ["AR001"])
    assert len(found) == 1 and found[0].found == "100" and found[0].expected == "140"


def test_split_table_total_adds_its_first_part() -> None:
    text = (
        "表5 明细（一）\n| 项目 | 金额 |\n| 甲 | 10 |\n| 乙 | 20 |\n"
        "表5 明细（二）\n| 项目 | 金额 |\n| 丙 | 5 |\n| 合计 | 35 |\n"
    )
    r = read_text(text)
    rows = [b for b in r.breakdowns if b.kind == "table-row"]
    assert [p.value for p in rows[0].parts] == [D(10), D(20), D(5)]
    assert "前半部分" in rows[0].structure
    assert audit_text(text, ["AR001"]) == []


def test_facts_view_shows_each_tables_structure() -> None:
    from auditor.render.facts_view import table_structures

    r = read_text(
        "| 单位 | 收入总计 | 上年结转 | 本年收入小计 | 财政拨款 | 其他收入 |\n"
        "| 局机关 | 130 | 30 | 100 | 80 | 20 |\n"
        "| 中心 | 65 | 5 | 60 | 50 | 10 |\n"
    )
    lines = table_structures(r)
    assert lines == [
        "表1：列“收入总计”= 上年结转 + 本年收入小计；列“财政拨款/其他收入”属“本年收入小计”"
    ]


def test_mismatch_under_an_unannounced_nesting_is_a_warning_naming_it() -> None:
    # 乙 = 丙 makes "丙 under 乙" the reading that adds up best; no header says so and
    # no other row confirms it, so the mismatch is a warning that names the reading.
    found = audit_text("| 项目 | 合计 | 甲 | 乙 | 丙 |\n| 决算 | 90 | 50 | 30 | 30 |\n", ["AR001"])
    assert len(found) == 1
    assert found[0].severity.value == "warning"
    assert "按列“合计”= 甲 + 乙；列“丙”属“乙”理解，请核对" in found[0].message


def test_zero_columns_are_no_evidence_of_nesting() -> None:
    # 购置费 and 出国费 are both 0: "出国费 under 购置费" holds as 0 = 0, which says
    # nothing; the flat reading (no nesting the header does not announce) is kept.
    r = read_text(
        "| 单位 | 三公经费合计 | 接待费 | 运行费 | 购置费 | 出国费 |\n"
        "| 局机关 | 5.00 | 2.00 | 3.00 | 0.00 | 0.00 |\n"
        "| 中心 | 4.00 | 1.50 | 2.50 | 0.00 | 0.00 |\n"
    )
    structure = next(b.structure for b in r.breakdowns if b.kind == "table-col")
    assert structure == "列“三公经费合计”= 接待费 + 运行费 + 购置费 + 出国费"
