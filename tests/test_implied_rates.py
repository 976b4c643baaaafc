"""Rates stated beside their operands in words: the candidate pairs and the slip evidence."""

from __future__ import annotations

from decimal import Decimal

from helpers import read_text

from auditor.read.implied_rates import implied_slip
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
