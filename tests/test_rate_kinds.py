"""Rates written wrong in kinds a clerk makes: inverted, off by one, other year's base."""

from __future__ import annotations

from helpers import read_text

from auditor.read.implied_rates import ImpliedRate
from auditor.read.rate_kinds import (
    initial_base,
    inverted,
    off_by_one,
    same_noun_other_year,
    without_other_years,
)


def _rate(sentence: str) -> ImpliedRate:
    (rate,) = read_text("某县统计局2024年度部门整体支出绩效自评报告\n" + sentence).implied
    return rate


def test_an_inverted_rate_is_its_pair_the_other_way_round() -> None:
    rate = _rate("全年受理行政复议申请64件，办结60件，办结率106.67%。")
    pair = inverted(rate)
    assert pair is not None and (pair[0].shown, pair[1].shown) == ("60件", "64件")
    # A part larger than its whole gives a rate above 100 % itself: nothing inverted.
    assert inverted(_rate("年度计划改造15个，实际完成18个，完成率120.00%。")) is None
    # Written as the pair gives it: nothing.
    assert inverted(_rate("全年受理行政复议申请64件，办结60件，办结率93.75%。")) is None


def test_a_count_off_by_one_unit_and_its_abstentions() -> None:
    rate = _rate("全年排查燃气安全隐患128处，已整改125处，整改率98.44%。")
    shifted = off_by_one(rate, rate.pairs[0])
    assert shifted is not None and shifted.shown == "126处"
    # Off by two units: no counting slip of this kind.
    rate = _rate("全年排查燃气安全隐患128处，已整改125处，整改率99.22%。")
    assert off_by_one(rate, rate.pairs[0]) is None
    # Small counts: one unit is too coarse to tell anything.
    rate = _rate("排查隐患8处，已整改6处，整改率87.50%。")
    assert off_by_one(rate, rate.pairs[0]) is None


def test_the_same_noun_for_another_year() -> None:
    rate = _rate("2024年接收群众来信412件，办结398件，办结率99.25%。")
    whole = rate.pairs[0][1]
    assert same_noun_other_year(whole, "2023年接收群众来信")
    assert same_noun_other_year(whole, "上年接收群众来信")
    assert not same_noun_other_year(whole, "2024年接收群众来信")  # the same year
    assert not same_noun_other_year(whole, "上年办理信访事项")  # another noun
    assert without_other_years(rate) is None  # no other year's figure in its window


def test_an_execution_rate_over_the_initial_budget() -> None:
    rate = _rate(
        "年初预算640.00万元，调整后预算712.50万元，实际支出688.40万元，预算执行率107.56%。"
    )
    found = initial_base(rate)
    assert found is not None and found.initial.shown == "640.00万元"
    assert f"{found.right:.2f}" == "96.62"
    # Over the adjusted budget, or named by its base: right.
    right = "年初预算640.00万元，调整后预算712.50万元，实际支出688.40万元，预算执行率96.62%。"
    assert initial_base(_rate(right)) is None
    named = "年初预算640.00万元，调整后预算712.50万元，实际支出688.40万元，年初预算执行率107.56%。"
    assert initial_base(_rate(named)) is None
