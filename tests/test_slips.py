"""The signature of a figure typed two ways (``auditor/read/slips.py``).

Two values are a slip when two adjacent digits are swapped or one digit is changed, in
the dimension's base unit, with three significant digits or more; only counts, money,
lengths and areas carry it (a year, a code, a percentage or a score never does).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import read_with_context

from auditor.read.restated import Neighbours
from auditor.read.slips import Funnel, Slip, content_words, digits, near_misses, slip, statements


def test_adjacent_transposition_and_one_digit() -> None:
    assert slip("9418", "9481") == Slip.TRANSPOSED
    assert slip("236571", "235671") == Slip.TRANSPOSED
    assert slip("487030", "481030") == Slip.DIGIT
    assert slip("1632", "1623") == Slip.TRANSPOSED


def test_not_a_slip() -> None:
    assert slip("1250", "1052") is None  # digits two places apart moved
    assert slip("9418", "9418") is None
    assert slip("4180", "41800") is None  # another length is a misplaced point, not a slip
    assert slip("1234", "2143") is None  # two swaps


def _figures(text: str) -> list[tuple[str, str | None]]:
    reading = read_with_context(text)
    return [(f.text, digits(f, f.unit)) for f in reading.figures]


def test_digits_only_for_quantities() -> None:
    got = dict(_figures("全年完成监测9,418批次，知晓率95.6%，得分18.5分，共12项，投入236.57万元。"))
    assert got["9,418批次"] == "94180000"
    assert got["236.57万元"] is not None
    assert got["95.6%"] is None  # a percentage
    assert got["18.5分"] is None  # a score
    assert got["12项"] is None  # two significant digits happen by chance


def test_money_compared_in_its_base_unit() -> None:
    reading = read_with_context("支出合计2,356.71万元。另表支出23,657,100.00元。")
    texts = [digits(f, f.unit) for f in reading.figures]
    assert texts[0] is not None and texts[1] is not None
    assert slip(texts[0], texts[1]) == Slip.TRANSPOSED


def test_generic_words_are_no_shared_content() -> None:
    assert content_words("全年支出") == {"年支"}  # ``全年``/``支出`` say nothing of what
    assert "病媒" in content_words("病媒生物监测") & content_words("完成病媒监测")


def test_funnel_counts_each_guard() -> None:
    reading = read_with_context(
        "2024年度部门整体支出绩效自评报告\n"
        "一、年度工作\n全年完成病媒监测9418批次。\n"
        "二、产出情况\n全年开展病媒生物监测9481批次。\n"
        "三、其他\n清理垃圾点9148批次。\n"
    )
    found = statements(
        reading.facts.facts, reading.activities, reading.report_year, reading.lexicon
    )
    funnel = Funnel()
    pairs = near_misses(
        found, Neighbours(reading.figures, reading.breakdowns), reading.section_of, funnel
    )
    assert [(p.first.figure.text, p.second.figure.text) for p in pairs] == [
        ("9418批次", "9481批次")
    ]
    assert funnel["signature"] == 2  # 9418/9481 and 9418/9148
    assert funnel["labels"] == 1  # 清理垃圾点 shares no word with 病媒监测


def test_mu_compared_in_its_own_unit() -> None:
    # 1 亩 is 2000/3 m²: no exact base value, so 亩 figures are compared as written
    reading = read_with_context(
        "完成高标准农田建设3,746亩。另表建成高标准农田3,764亩，面积8,125平方米。"
    )
    texts = [digits(f, f.unit) for f in reading.figures]
    assert texts[0] is not None and texts[1] is not None
    assert slip(texts[0], texts[1]) == Slip.TRANSPOSED
    assert texts[2] is not None and not texts[2].startswith("亩")


def _words(text: str) -> list[tuple[str, str]]:
    reading = read_with_context(text)
    return [(a.figure.text, a.counted) for a in reading.activities]


def test_counted_object_after_the_unit_or_in_the_opening_subject() -> None:
    got = dict(_words("全年实际火化6,281具遗体，均按规定办理。共接收1,560名小学生参加研学。"))
    assert got["6,281具"] == "遗体"
    assert got["1,560名"] == "小学生参加研学"
    got = dict(_words("城镇困难职工家庭，全年走访慰问1,362户。通过专项行动，查处案件126件。"))
    assert got["1,362户"] == "城镇困难职工家庭"
    assert got["126件"] == ""  # an adverbial opening names no object


@pytest.mark.parametrize(("cell", "found"), [("1,842人次", True), ("1,824人次", False)])
def test_achieved_cell_named_by_its_row_not_the_target_beside_it(
    cell: str, found: bool, tmp_path: Path
) -> None:
    """A Word indicator table with merged 一级/二级 cells and a target column of mixed
    cells (``≥0.15万人次``, ``8处``): the target joins the row's label, and the row is still
    named by its indicator."""
    from docx import Document as WordDocument
    from fuzz.oracle import audit_file_findings

    doc = WordDocument()
    doc.add_paragraph("某市文化广电旅游体育局2024年度部门整体支出绩效自评报告")
    doc.add_paragraph("一、工作开展情况")
    doc.add_paragraph("全年开展公益性文艺培训1,824人次，惠及城乡群众。")
    doc.add_paragraph("二、绩效目标完成情况")
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "偏差原因"],
        ["产出指标", "数量指标", "公益性文艺培训人次", "≥0.15万人次", cell, "无"],
        ["", "", "文化惠民演出场次", "≥400场", "412场", "无"],
        ["", "", "文物保护修缮项目数", "8处", "7处", "方案调整"],
        ["", "质量指标", "国民体质测定合格率", "≥92%", "93.4%", "无"],
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(4, 0)).text = "产出指标"
    table.cell(1, 1).merge(table.cell(3, 1)).text = "数量指标"
    path = tmp_path / "targets.docx"
    doc.save(str(path))
    hits = [f for f in audit_file_findings(path) if f.rule == "IC005" and "1,842" in f.message]
    assert bool(hits) is found


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("2025年全县森林抚育任务3.60万亩，年末实际完成森林抚育3.84万亩。", True),
        ("上级下达的农机报废更新任务数为215台，全年实际补贴212台。", True),
        ("全年完成森林抚育任务3.60万亩，年末实际完成森林抚育3.84万亩。", False),
    ],
)
def test_a_task_named_right_before_its_figure_is_a_target(sentence: str, planned: bool) -> None:
    """``…任务3.60万亩`` states the target, not a result IC005/IC007 compare."""
    reading = read_with_context(
        f"某县林业局2025年度部门整体支出绩效自评报告\n（二）产出情况\n{sentence}\n"
    )
    (first,) = [a for a in reading.activities if a.figure.amount.value in (Decimal("3.60"), 215)]
    assert first.planned is planned
