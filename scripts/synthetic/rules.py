"""Scoring rules the generated reports state, and the scores they give."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from synthetic.numbers import HALF, HUNDRED, ONE, D, score_text


@dataclass(frozen=True)
class Rule:
    """A scoring rule: how the department words it and what it gives at a rate."""

    kind: str
    """``le`` (full marks up to anchor, deduct above), ``ge`` (deduct below), ``bands``."""
    anchor: Decimal = HUNDRED
    step: Decimal = ONE
    points: Decimal = HALF
    wording: str = ""
    bands: tuple[tuple[Decimal | None, bool, Decimal | None, bool, Decimal], ...] = ()
    """(lo, lo inclusive, hi, hi inclusive, points below maximum)."""

    def score(self, rate: Decimal, maximum: Decimal) -> Decimal:
        """Score at ``rate`` read per completed step (one of the readings auditors accept)."""
        if self.kind == "bands":
            for lo, lo_incl, hi, hi_incl, minus in self.bands:
                if lo is not None and (rate < lo or (rate == lo and not lo_incl)):
                    continue
                if hi is not None and (rate > hi or (rate == hi and not hi_incl)):
                    continue
                return max(D(0), maximum - minus)
            return D(0)
        gap = rate - self.anchor if self.kind == "le" else self.anchor - rate
        if gap <= 0:
            return maximum
        steps = (gap / self.step).to_integral_value(ROUND_FLOOR)
        return max(D(0), maximum - steps * self.points)

    def text(self, name: str, maximum: Decimal) -> str:
        """The rule sentence with the indicator's own maximum filled in."""
        marks = {f"m{i}": score_text(max(D(0), maximum - b[4])) for i, b in enumerate(self.bands)}
        return self.wording.format(name=name, max=score_text(maximum), **marks)


def _quarter(maximum: Decimal, k: int) -> Decimal:
    """Points below maximum for the k-th lower band (a quarter of the maximum per band)."""
    step = (maximum / 4 * 2).to_integral_value(ROUND_HALF_UP) / 2
    return step * k


def band_rule(
    wording: str, edges: list[tuple[Decimal | None, bool, Decimal | None, bool]], maximum: Decimal
) -> Rule:
    """Bands whose scores fall by a quarter of the maximum per band."""
    bands = tuple(
        (lo, li, hi, hi_i, _quarter(maximum, k)) for k, (lo, li, hi, hi_i) in enumerate(edges)
    )
    return Rule("bands", wording=wording, bands=bands)


def make_rule(rule_id: str, maximum: Decimal) -> Rule:
    """The rule variants departments write (ids used in the profiles)."""
    if rule_id == "le_full_0":
        return Rule(
            "le", points=D("0.5"), wording="{name}≤100%，计{max}分；每超出1%扣0.5分，扣完为止"
        )
    if rule_id == "le_full_1":
        return Rule(
            "le", points=D(1), wording="100%以下（含）计满分，每超出1个百分点扣1分，扣完为止"
        )
    if rule_id == "le_full_2":
        return Rule(
            "le",
            points=D("0.5"),
            wording="控制在100%以内（含100%）的计满分，每超过1%扣0.5分，扣完为止",
        )
    if rule_id == "ge_full_0":
        return Rule("ge", points=D("0.5"), wording="100%计满分，每低于1%扣0.5分，扣完为止")
    if rule_id == "ge_full_1":
        return Rule("ge", points=D(1), wording="达到100%的得满分，每降低1个百分点扣1分，扣完为止")
    if rule_id == "ge_full_2":
        return Rule(
            "ge",
            points=D("0.2"),
            wording="{name}为100%的计满分，每低于100%一个百分点扣0.2分，扣完为止",
        )
    if rule_id == "change_0":
        return Rule(
            "le",
            anchor=D(0),
            points=D("0.5"),
            wording="“三公经费”变动率≤0，计{max}分；每增长1%扣0.5分，扣完为止",
        )
    if rule_id == "change_1":
        return Rule(
            "le",
            anchor=D(0),
            points=D("0.2"),
            wording="“三公经费”预算较上年持平或下降的计满分，每增长1个百分点扣0.2分，扣完为止",
        )
    if rule_id == "adjust_bands_0":
        return band_rule(
            "预算调整率≤10%，计{m0}分；10%-20%（含），计{m1}分；20%-30%（含），计{m2}分；30%以上计{m3}分",
            [
                (None, True, D(10), True),
                (D(10), False, D(20), True),
                (D(20), False, D(30), True),
                (D(30), False, None, True),
            ],
            maximum,
        )
    if rule_id == "adjust_bands_1":
        return band_rule(
            "调整率在15%（含）以内计满分；15%-30%（含）计{m1}分；30%-50%（含）计{m2}分；50%以上计{m3}分",
            [
                (None, True, D(15), True),
                (D(15), False, D(30), True),
                (D(30), False, D(50), True),
                (D(50), False, None, True),
            ],
            maximum,
        )
    if rule_id == "procure_bands_0":
        return band_rule(
            "执行率95%（含）以上计满分；85%（含）-95%，计{m1}分；75%（含）-85%，计{m2}分；低于75%计{m3}分",
            [
                (D(95), True, None, True),
                (D(85), True, D(95), False),
                (D(75), True, D(85), False),
                (None, True, D(75), False),
            ],
            maximum,
        )
    if rule_id == "sat_bands_0":
        return band_rule(
            "满意度90%（含）以上计满分；80%（含）-90%，计{m1}分；70%（含）-80%，计{m2}分；低于70%计{m3}分",
            [
                (D(90), True, None, True),
                (D(80), True, D(90), False),
                (D(70), True, D(80), False),
                (None, True, D(70), False),
            ],
            maximum,
        )
    if rule_id == "sat_bands_1":
        return band_rule(
            "满意度达到95%（含）以上的计满分；90%（含）-95%的，计{m1}分；85%（含）-90%的，计{m2}分；85%以下的，计{m3}分",
            [
                (D(95), True, None, True),
                (D(90), True, D(95), False),
                (D(85), True, D(90), False),
                (None, True, D(85), False),
            ],
            maximum,
        )
    raise ValueError(f"unknown rule {rule_id!r}")
