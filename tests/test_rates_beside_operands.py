"""Rates stated beside their operands: a table row that states the operands' rate under
another name confirms the reading; a figure labelled only by its comparison with another
year is the figure before it for that year, and the change after 增加 is no operand."""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding

TITLE = "2025年度某区水务局部门整体支出绩效自评报告\n"

SHEET = "附表：部门整体支出绩效自评表\n指标名称\t分值\t年度目标\t实际完成\t完成率\t得分\n{row}\n"


def _rates(text: str) -> list[Finding]:
    return [f for f in audit_text(TITLE + text) if f.rule in ("AR003", "AR005", "AR007")]


def _about(findings: list[Finding], written: str) -> list[Finding]:
    return [f for f in findings if f.found == written]


def test_a_row_with_both_operands_and_their_rate_confirms_a_slip() -> None:
    # 96.4/80 = 120.50 %: written 102.50 % (digits swapped), the sheet's row holds
    # 80 and 96.4 km and 120.50 % under another name than the prose's.
    text = (
        "一、产出情况\n河道清淤。完成河道清淤96.4公里，完成年度目标80公里的102.50%，"
        "清淤淤泥全部外运处置。\n"
        + SHEET.format(row="河道清淤里程\t10\t80公里\t96.4公里\t120.50%\t10")
    )
    (found,) = _about(_rates(text), "102.50%")
    assert found.expected == "120.50%" and "表" in found.message


def test_a_row_confirms_a_slip_in_another_unit() -> None:
    # 2,184/2,400 = 91.00 %: written 90.10 % (one digit changed), counts not distances.
    text = (
        "一、产出情况\n管网巡检。完成管网巡检2,184次，完成年度目标2,400次的90.10%，"
        "发现问题及时处置。\n" + SHEET.format(row="管网巡检次数\t8\t2,400次\t2,184次\t91.00%\t8")
    )
    (found,) = _about(_rates(text), "90.10%")
    assert found.expected == "91.00%"


def test_a_row_with_other_operands_confirms_nothing() -> None:
    # The row states 120.50 % beside 80 and 96.3 km, not the prose's 96.4: no confirmation
    # from the sheet (it is not the pair's rate); the prose's slip may still be read on its
    # own, but never as confirmed by that row.
    text = (
        "一、产出情况\n河道清淤。完成河道清淤96.4公里，完成年度目标80公里的102.50%，"
        "清淤淤泥全部外运处置。\n"
        + SHEET.format(row="河道清淤里程\t10\t80公里\t96.3公里\t120.50%\t10")
    )
    assert not any("相符" in f.message for f in _about(_rates(text), "102.50%"))


def _wrong_base(findings: list[Finding], written: str) -> list[Finding]:
    return [f for f in _about(findings, written) if "另一年度" in f.message]


def test_a_rate_over_the_compared_figure_of_another_year() -> None:
    # 203/198 = 102.53 %: the part over 2024's 198 cases, not this year's 212 (95.75 %).
    text = (
        "一、履职情况\n全年共受理劳动仲裁案件212件，较2024年的198件增加14件；"
        "已结案203件，结案率为102.53%。\n"
    )
    (found,) = _wrong_base(_rates(text), "102.53%")
    assert found.rule == "AR005" and found.expected == "95.75%"


def test_a_rate_over_last_years_compared_figure_in_another_measure() -> None:
    # 57/58 = 98.28 %: over last year's 58 宗; this year's 64 give 89.06 %.
    text = (
        "一、履职情况\n立案查处违法用地案件64宗，比上年的58宗增加6宗，已结案57宗，结案率98.28%。\n"
    )
    (found,) = _wrong_base(_rates(text), "98.28%")
    assert found.expected == "89.06%"


def test_a_right_rate_beside_a_compared_figure_and_its_change_is_silent() -> None:
    for text in (
        "全年共受理劳动仲裁案件212件，较2024年的198件增加14件；已结案203件，结案率为95.75%。",
        "全年受理群众投诉120件，较上年增加15件，办结114件，办结率95.00%。",
    ):
        assert not _rates("一、履职情况\n" + text + "\n")
