"""Rates stated beside their operands in words: the candidate pairs and the slip evidence."""

from __future__ import annotations

from decimal import Decimal

from helpers import read_text

from auditor.read.implied_rates import implied_miss, implied_slip
from auditor.read.slips import Slip
from auditor.text.numbers import scan


def _rates(sentence: str):  # type: ignore[no-untyped-def]
    return read_text("某县统计局2024年度部门整体支出绩效自评报告\n" + sentence).implied


def test_a_target_with_its_unit_is_a_figure_only_for_this_reader() -> None:
    text = "完成年度目标260公里的110.19%，目标1完成"
    assert [a.raw for a in scan(text).amounts] == ["110.19%"]
    assert [a.raw for a in scan(text, stated_targets=True).amounts] == ["260公里", "110.19%"]


def test_candidates_are_a_part_over_a_labelled_whole() -> None:
    (rate,) = _rates("全县共有监测站点250个，年末正常运行238个，站点完好率59.20%。")
    assert [(a.shown, b.shown) for a, b in rate.pairs] == [("238个", "250个")]
    assert len(rate.readings) == 2  # both ways round


def test_telling_slips_and_abstentions() -> None:
    # 238/250 = 95.20: written with two digits swapped (not the first) → a slip.
    (rate,) = _rates("全县共有监测站点250个，年末正常运行238个，站点完好率95.02%。")
    found = implied_slip(rate)
    assert found is not None and found[1] == Decimal("95.2") and found[2] == Slip.TRANSPOSED
    # A change in the last place (95.26) is a near rate, not evidence; in the first
    # digit (35.20) no typing slip of a rate.
    for written in ("95.26", "35.20"):
        (rate,) = _rates(f"全县共有监测站点250个，年末正常运行238个，站点完好率{written}%。")
        assert implied_slip(rate) is None
    # Fewer than three significant digits: too easily a coincidence.
    (rate,) = _rates("全县共有监测站点250个，年末正常运行238个，站点完好率97%。")
    assert implied_slip(rate) is None


def test_no_rate_read_for_a_change_or_a_formula() -> None:
    assert not _rates("上年完成监测1,250批次，本年完成1,320批次，同比增长5.60%。")
    assert not _rates("站点完好率=238/250×100%=95.20%。")


def test_pairs_fixed_by_the_words() -> None:
    # ``占A的``: the whole named inside the rate's name over the nearest figure before it,
    # however many other figures of the unit the sentence holds.
    (rate,) = _rates("全年计划培训3,600人，取得证书2,730人，占参训3,150人的86.67%。")
    assert rate.worded
    assert [(a.shown, b.shown) for a, b in rate.pairs] == [("2,730人", "3,150人")]
    # ``A中B``: the whole right before 中 over the nearest figure after it.
    (rate,) = _rates("全年排查的412处隐患点中，已整改405处，整改率96.80%。")
    assert rate.worded and [(a.shown, b.shown) for a, b in rate.pairs] == [("405处", "412处")]
    miss = implied_miss(rate)
    assert miss is not None and miss.worded and round(miss.computed, 2) == Decimal("98.30")
    # A division written without its result is the rate's pair.
    (rate,) = _rates("产出指标计分段37.80/40.00，得分率95.40%。")
    assert rate.worded and [(a.amount.raw, b.amount.raw) for a, b in rate.pairs] == [
        ("37.80", "40.00")
    ]


def test_a_part_named_by_the_rate_and_the_only_reading() -> None:
    # 合格 names the part of 合格率; 抽检 labels the whole.
    (rate,) = _rates("全年监督抽检食品样品640批次，合格632批次，合格率97.30%。")
    assert [(a.shown, b.shown) for a, b in rate.pairs] == [("632批次", "640批次")]
    miss = implied_miss(rate)
    assert miss is not None and miss.worded  # what was handled and its outcome: the definition
    # Over a whole only labelled as one (共有), the reading is shown, not sure.
    (rate,) = _rates("全年共有食品样品640批次，合格632批次，合格率97.30%。")
    miss = implied_miss(rate)
    assert miss is not None and not miss.worded
    # A third figure of the unit: the pair is no longer the only reading.
    (rate,) = _rates("全年监督抽检食品样品640批次，合格632批次，复检8批次，合格率97.30%。")
    assert implied_miss(rate) is None


def test_money_pairs_need_the_rate_named_in_the_part() -> None:
    (rate,) = _rates("本年财政拨款预算560.00万元，实际支出539.06万元，执行率98.26%。")
    assert [(a.shown, b.shown) for a, b in rate.pairs] == [("539.06万元", "560.00万元")]
    # Another project's outturn, a 年初预算 basis, a rate over a difference: no pair.
    for sentence in (
        "甲项目预算560.00万元，乙项目实际支出539.06万元，执行率98.26%。",
        "本年年初预算560.00万元，实际支出539.06万元，执行率98.26%。",
        "本年收入1,862.30万元，本年支出1,790.12万元，结余率3.21%。",
    ):
        assert _rates(sentence) == ()


def test_a_rate_stated_before_its_operands() -> None:
    # The rate opens its sentence; its figures follow it there.
    (rate,) = _rates("读者满意度97.6%，发放问卷860份，满意823份。")
    assert [(a.shown, b.shown) for a, b in rate.pairs] == [("823份", "860份")]
    miss = implied_miss(rate)
    assert miss is not None and not miss.worded and round(miss.computed, 2) == Decimal("95.70")
    (rate,) = _rates("设备完好率98.21%，全馆共有自助借还设备56台，完好55台。")
    assert [(a.shown, b.shown) for a, b in rate.pairs] == [("55台", "56台")]


def test_figures_after_a_rate_are_not_read_when_they_are_anothers() -> None:
    # Another rate follows in the sentence, a change is stated, or the rate closes a
    # sentence whose figures come before it: nothing after it is read.
    rates = _rates("读者满意度97.6%，发放问卷860份，满意823份，参与率88.2%。")
    assert [r.name for r in rates] == ["参与率"]
    assert not _rates("读者满意度97.6%，较上年提高1.2个百分点，发放问卷860份，满意823份。")
    (rate,) = _rates("发放问卷860份，满意823份，读者满意度95.70%，另有留言42份。")
    assert {o.shown for pair in rate.readings for o in pair} == {"860份", "823份"}
