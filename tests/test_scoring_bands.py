"""Scoring bands that share their bounds, overlap, leave gaps or form a staircase.

Real standards write one boundary in many notations (``90%（含）-95%``, ``[90,95)``,
``90%≤x＜95%``, ``95%以上（含）…90%-95%（不含）``, the loose ``90%-95%`` after ``≥95%``).
A bound two bands share goes to the band that states it; where both leave it loose,
either score is a reading and the rule does not contradict itself. A stretch of rates
two bands both score differently is SC004's warning; a gap is nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import audit_text

from auditor.read.scoring.rules import parse_rule

TEN = Decimal(10)


def _at(rule_text: str, rate: str) -> set[Decimal]:
    return parse_rule(rule_text).readings(Decimal(rate), TEN)


@pytest.mark.parametrize(
    "rule_text",
    [
        "办结率≥98%得10分，93%（含）-98%得7分，88%-93%得4分，低于88%不得分",
        "[98,100]得10分；[93,98)得7分；[88,93)得4分；88%以下不得分",
        "98%≤x≤100%得10分；93%≤x＜98%得7分；88%≤x＜93%得4分；x＜88%不得分",
        "98%以上（含）得10分；93%-98%（不含）得7分；88%（含）-93%（不含）得4分；88%以下不得分",
    ],
)
def test_shared_bounds_in_any_notation_score_once(rule_text: str) -> None:
    rule = parse_rule(rule_text)
    for rate, score in (("98", 10), ("97.9", 7), ("93", 7), ("92.5", 4), ("88", 4), ("87", 0)):
        assert rule.readings(Decimal(rate), TEN) == {Decimal(score)}, (rule_text, rate)
        assert not rule.contradicts_itself(Decimal(rate), TEN)
    assert not rule.overlaps(TEN)


def test_a_loose_range_after_a_stated_threshold_gives_way_to_it() -> None:
    # ``≥96%`` states its bound; ``92%-96%`` leaves 96 loose: 96 is the first band's.
    assert _at("到位率≥96%得6分，92%-96%得4分", "96") == {Decimal(6)}
    assert _at("到位率≥96%得6分，92%-96%得4分", "95.99") == {Decimal(4)}


def test_two_loose_bounds_accept_either_score_without_contradiction() -> None:
    rule = parse_rule("覆盖率85%-90%得6分，90%-95%得8分")
    assert rule.readings(Decimal(90), TEN) == {Decimal(6), Decimal(8)}
    assert not rule.contradicts_itself(Decimal(90), TEN)
    assert not rule.overlaps(TEN)


def test_a_bound_both_bands_state_is_a_contradiction_at_that_rate_only() -> None:
    rule = parse_rule("结余率不超过5%得满分，5%（含）至10%得8分，10%以上不得分")
    assert rule.contradicts_itself(Decimal(5), TEN)
    assert not rule.contradicts_itself(Decimal("5.5"), TEN)
    assert not rule.overlaps(TEN)


def test_overlapping_bands_are_found_whatever_the_rate() -> None:
    rule = parse_rule("满意度≥90%得10分；85%-95%得8分；85%以下不得分")
    (overlap,) = rule.overlaps(TEN)
    assert (overlap.lo, overlap.hi) == (Decimal(90), Decimal(95))
    assert rule.contradicts_itself(Decimal(92), TEN)
    # The stretch is a real one: outside it each rate has one score.
    assert _at("满意度≥90%得10分；85%-95%得8分；85%以下不得分", "97") == {TEN}


def test_a_gap_is_no_contradiction() -> None:
    rule = parse_rule("完成率≥95%得10分；80%-90%得6分；80%以下不得分")
    assert not rule.overlaps(TEN)
    assert not rule.contradicts_itself(Decimal(92), TEN)
    assert rule.readings(Decimal(92), TEN) == set()


def test_a_staircase_of_thresholds_scores_the_highest_step_reached() -> None:
    rule = parse_rule("及时率≥95%得10分，≥85%得7分，≥75%得4分，75%以下不得分")
    assert rule.readings(Decimal(90), TEN) == {Decimal(7)}
    assert rule.readings(Decimal(96), TEN) == {TEN}
    assert rule.readings(Decimal(75), TEN) == {Decimal(4)}
    assert not rule.contradicts_itself(Decimal(96), TEN)
    assert not rule.overlaps(TEN)
    # The same the other way: deductions that grow with the rate.
    rule = parse_rule("结转率超过5%扣1分，超过10%扣3分")
    assert rule.readings(Decimal(12), TEN) == {Decimal(7)}


def test_lower_bounds_around_a_variable_are_kept() -> None:
    rule = parse_rule("偏差率x≤10%得5分；10%＜x≤20%得4分；20%＜x≤30%得3分；x＞30%不得分")
    assert rule.readings(Decimal(20), Decimal(5)) == {Decimal(4)}
    assert rule.readings(Decimal("20.01"), Decimal(5)) == {Decimal(3)}
    assert rule.readings(Decimal(10), Decimal(5)) == {Decimal(5)}
    assert not rule.overlaps(Decimal(5))


def test_a_thousands_comma_is_not_an_intervals() -> None:
    assert _at("[95,100]得10分；[90,95)得8分", "96") == {TEN}
    assert parse_rule("培训达到1,500人次得满分").bands == ()


REPORT = """2025年度某县市场监督管理局部门整体支出绩效自评报告
三、部门整体支出绩效自评表
投诉办结率评分标准：{rule}
| 一级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |
| 产出 | 投诉办结率 | 10 | ≥93% | {rate} | {score} |
| 效益 | 群众满意度 | 90 | ≥90% | 95% | 90 |
| 合计 | | 100 | | | {total} |
"""


def _sc(rule: str, rate: str, score: str) -> list[tuple[str, str]]:
    total = str(Decimal(score) + 90)
    text = REPORT.format(rule=rule, rate=rate, score=score, total=total)
    return [(f.rule, f.severity.value) for f in audit_text(text) if f.rule in ("SC002", "SC004")]


def test_a_row_takes_its_standard_paragraph_and_is_scored_at_a_shared_bound() -> None:
    rule = "≥98%得10分；93%（含）-98%得7分；88%-93%得4分；低于88%不得分。"
    assert _sc(rule, "98%", "10") == []
    assert _sc(rule, "98%", "7") == [("SC002", "error")]
    assert _sc(rule, "93%", "7") == []


def test_an_overlapping_standard_is_a_warning_once() -> None:
    rule = "≥95%得10分；90%-97%得7分；低于90%不得分。"
    assert _sc(rule, "98.5%", "10") == [("SC004", "warning")]
    loose = "≥95%得10分；90%-95%得7分；低于90%不得分。"
    assert _sc(loose, "98.5%", "10") == []
