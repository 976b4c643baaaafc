"""Totals and parts as read (issue 12): which figures a total is read to add.

The YAML cases in ``tests/fixtures/checks/AR001.yaml``/``AR002.yaml`` say what a
reviewer sees; these say what was read, so a right finding for a wrong reason fails.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import read_text

from auditor.read.reading import Reading


def _structure(r: Reading) -> set[tuple[str, tuple[str, ...]]]:
    """Each text breakdown as (total, parts), numbers as written."""
    return {
        (b.total.amount.number_text, tuple(p.amount.number_text for p in b.parts))
        for b in r.breakdowns
        if b.kind in ("text", "paren")
    }


@pytest.mark.parametrize(
    "text",
    [
        "预算执行率=实际支出/调整后预算×100%=986.20/1000.00×100%=98.62%。",
        "项目资金到位率＝实际到位资金÷计划到位资金 × 100% ＝ 95.00%。",
    ],
)
def test_times_100_percent_is_a_unit_conversion_not_a_rate(text: str) -> None:
    r = read_text("2024年度部门整体支出绩效自评报告\n" + text + "\n")
    assert all(f.value != Decimal(100) for f in r.figures if f.unit == "%")
    assert not [f for f in r.facts.facts if f.figure.value == Decimal(100)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年支出505.75万元，其中：基本支出368.92万元，包括人员经费320.00万元、"
            "公用经费48.92万元；项目支出136.83万元，包括业务经费100.00万元、专项经费36.83万元。",
            {
                ("505.75", ("368.92", "136.83")),
                ("368.92", ("320.00", "48.92")),
                ("136.83", ("100.00", "36.83")),
            },
        ),
        (
            "收入总计860.00万元（含上年结转60.00万元），其中本年收入800.00万元：一般公共预算"
            "拨款700.00万元、政府性基金预算拨款70.00万元、其他收入30.00万元。",
            {("860.00", ("60.00", "800.00")), ("800.00", ("700.00", "70.00", "30.00"))},
        ),
        (
            "年末在职22人，其中局机关14人、中心8人；离退休人员18人。",
            {("22", ("14", "8"))},
        ),
    ],
)
def test_nesting_chosen_by_arithmetic(text: str, expected: set) -> None:
    assert _structure(read_text(text + "\n")) == expected


def test_nesting_tie_abstains() -> None:
    # 乙 (10) may be the total's part or one more item of 甲's list: both readings
    # make one sum hold, so the list is left unchecked.
    text = "支出合计30.00万元，其中甲类20.00万元，包括子项10.00万元；乙类10.00万元。"
    assert _structure(read_text(text + "\n")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "年末在职职工60人，其中女性28人、中共党员35人。",
        "中心现有在编人员45人，其中：中共党员30人、高级职称20人。",
    ],
)
def test_overlapping_attributes_are_not_a_breakdown(text: str) -> None:
    assert _structure(read_text(text + "\n")) == set()
