"""What the layout and the arithmetic say about two statements of one quantity (IC001)."""

from __future__ import annotations

from helpers import read_text

from auditor.read.figures import Figure
from auditor.read.restated import Neighbours, paired_in_table, same_label, same_table


def _figure(figures: tuple[Figure, ...], raw: str) -> Figure:
    return next(f for f in figures if f.amount.raw.startswith(raw))


def test_two_cells_of_one_row_are_not_paired() -> None:
    reading = read_text(
        "2024年度某县气象局部门整体支出绩效自评报告\n"
        "表1 支出情况（单位：万元）\n"
        "| 项目 | 本年数 | 同期数 |\n"
        "| 支出合计 | 236.90 | 241.05 |\n"
    )
    this, last = _figure(reading.figures, "236.90"), _figure(reading.figures, "241.05")
    assert same_table(this, last)
    assert not same_label(this, last)
    assert not paired_in_table(this, last)


def test_one_label_twice_in_a_table_is_paired() -> None:
    reading = read_text(
        "2024年度某县图书馆部门整体支出绩效自评报告\n"
        "| 编制数 | 30 | 实有人数 | 27 |\n"
        "| 退休人数 | 9 | 编制数 | 32 |\n"
    )
    first, second = _figure(reading.figures, "30"), _figure(reading.figures, "32")
    assert same_table(first, second) and same_label(first, second)
    assert paired_in_table(first, second)


def test_a_listed_part_explains_the_smaller_value() -> None:
    reading = read_text(
        "2024年度某县民政局部门整体支出绩效自评报告\n"
        "本局核定编制35名，其中行政编制22名、事业编制13名。\n"
    )
    whole, part = _figure(reading.figures, "35"), _figure(reading.figures, "22")
    why = Neighbours(reading.figures, reading.breakdowns).explain([part], [whole])
    assert why is not None and why.kind == "part"


def test_a_figure_in_the_sentence_equal_to_the_difference_explains_it() -> None:
    reading = read_text(
        "2024年度某县民政局部门整体支出绩效自评报告\n"
        "全年支出合计860.40万元，比上年增加60.40万元。\n"
        "支出合计800.00万元。\n"
    )
    high, low = _figure(reading.figures, "860.40"), _figure(reading.figures, "800.00")
    why = Neighbours(reading.figures, reading.breakdowns).explain([low], [high])
    assert why is not None and why.kind == "difference"
    assert why.figure.amount.raw.startswith("60.40")


def test_a_difference_nothing_states_is_not_explained() -> None:
    reading = read_text(
        "2024年度某县民政局部门整体支出绩效自评报告\n"
        "全年支出合计860.40万元，比上年增加60.40万元。\n"
        "支出合计806.40万元。\n"
    )
    high, low = _figure(reading.figures, "860.40"), _figure(reading.figures, "806.40")
    assert Neighbours(reading.figures, reading.breakdowns).explain([low], [high]) is None
