"""Turn the scoring-rule sentences reports write into rules that can be evaluated.

Kinds of sentence handled (any wording of the same shape):

- thresholds: ``在职人员控制率≤100%，计3分``, ``90%（含）以上计6分``, ``低于70%计0分``,
  ``大于100%不得分``, ``100%计满分``, ``100%以下（含）计满分``;
- bands: ``0-10%（含），计5分；11-30%（含），计4分``, ``80%（含）-90%，计4分``;
- bands around a variable: ``20%＜x≤30%，得3分`` (both bounds kept), or two joined
  comparisons ``大于等于85%且小于90%得3分``; a bound marked ``（含90%）`` or excluded
  ``（不含）``, ``在80%至90%之间``; a band's score may be a share of the points
  (``90%～95%得分值的70%``);
- deductions per unit short of a count (``每少1个扣2分``), from the row's target or
  the base the rule states (``完成3个得满分``, :attr:`PerUnit.base`);
- pro rata: ``完成目标得满分，未完成按完成比例得分`` (``得分=完成率×分值``);
- a threshold and nothing short of it: ``满意度达到95%得满分，未达到不得分``;
- all or nothing: ``达到目标值得满分，未达到不得分`` (:attr:`ScoringRule.all_or_nothing`),
  read on the indicator's completion of its own target once bound to one;
- linear deductions: ``每低于5%扣2分``, ``每低于100%一个百分点扣0.1分``,
  ``每超出1%扣2分``, ``每降低1个百分点扣0.5分``, ``每低1个百分点扣1分``, either way
  from the reference (``每偏离1个百分点扣1分``: one deduction below, one above), always
  floored at 0 (扣完为止).

A rule may allow several readings (a deduction "per 5 %" can be applied per started,
per completed or pro rata step) and may contradict itself (full marks below 100 % *and*
a deduction per 5 % below). :meth:`ScoringRule.readings` returns every score the rule
allows at a rate, so a stated score is judged against all honest readings.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal

from auditor.read.wording import alternation, patterns
from auditor.read.wording import words as cue_words

_SECTION = "scoring_rules"


def _alt(*keys: str) -> str:
    """The words under ``keys`` as one alternation, longest first (``≤`` before ``<``)."""
    items = sorted({w for k in keys for w in cue_words(_SECTION, k)}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


def _any(key: str) -> re.Pattern[str]:
    """The regular expressions under ``key``, or-ed into one."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns(_SECTION, key)))


_NUM = r"(-?\d+(?:\.\d+)?)"
_INCL = r"(?:\s*[（(]不?含\s*(?:\d+(?:\.\d+)?\s*%?)?[）)])?"
"""A bound's own mark: ``90%（含）``, ``90%（含90%）``, ``90%（不含）`` (excluded)."""
_SCORE = (
    r"(?:得分为|得分|计分|计为|给予|赋予|计|得|给|评|赋|记|为)?\s*"
    r"(?:(?P<s>\d+(?:\.\d+)?)\s*分|(?P<full>满分)|(?P<zero>不得分|0分|零分)"
    r"|(?:按)?(?:该项|该指标|本项)?(?:分值|权重|满分|标准分)的\s*(?P<share>\d+(?:\.\d+)?)\s*%\s*"
    r"(?:计分|得分|计|得)?"
    r"|扣(?:减|除)?\s*(?P<ded>\d+(?:\.\d+)?)\s*分)"
)
"""A band's score: points, full marks, none, a share of the points (``得分值的60%``), or a
deduction from them (``85%—90%扣2分``)."""

_GLUE = r"\s*(?:之间|之内|区间)?\s*(?:的)?\s*[，,:：]?\s*(?:的)?\s*"
"""Between a condition and its score: ``90%以上计6分``, ``90%以上的，计6分``."""
_RANGE = re.compile(
    rf"{_NUM}\s*%?(?P<lo_incl>{_INCL})\s*(?:[-—–―－~～]+|至|到)\s*{_NUM}\s*%?(?P<hi_incl>{_INCL}){_GLUE}{_SCORE}"
)
_GE = re.compile(
    rf"{_NUM}\s*%?\s*(?P<incl>[（(]含[）)])?\s*(?P<and>及)?以上\s*"
    rf"(?P<after>[（(]含\s*(?:\d+(?:\.\d+)?\s*%?)?[）)])?{_GLUE}{_SCORE}"
)
"""A threshold and above: ``90%以上``, ``90%（含）以上``, ``95%以上（含）``, ``90%及以上``."""
_LE = re.compile(
    rf"{_NUM}\s*%?\s*(?P<incl>[（(]含[）)])?\s*(?P<and>及)?(?:{_alt('or_below')})\s*"
    rf"(?P<after>[（(]不?含\s*(?:\d+(?:\.\d+)?\s*%?)?[）)])?{_GLUE}{_SCORE}"
)
_INTERVAL = re.compile(
    r"(?P<open>[\[［(（])\s*"
    + _NUM
    + r"\s*%?\s*[,，、]\s*"
    + _NUM
    + r"\s*%?\s*(?P<close>[\]］)）])"
    + rf"{_GLUE}{_SCORE}"
)
"""A band in interval notation: ``[90,95)得8分``, ``[95%，100%]得10分``, ``(85,90]``.
Square brackets include their bound, round ones exclude it."""
_CMP = re.compile(
    rf"(?P<cmp>{_alt('at_most', 'below', 'at_least', 'above', 'equal')})\s*"
    rf"{_NUM}\s*%?\s*(?P<incl>[（(]含[）)])?{_GLUE}{_SCORE}"
)
_FLAT_OR_FALLING = _any("flat_or_falling")
_FLAT_FULL = re.compile(rf"(?:{_alt('flat_words')})(?:或(?:持平|下降|减少))?{_GLUE}{_SCORE}")
_EXACT = re.compile(rf"(?<![\d.])(?P<x>\d+(?:\.\d+)?)\s*%\s*(?:的)?\s*{_SCORE}")
_LINEAR = re.compile(
    rf"每(?P<dir>{_alt('deduct_below', 'deduct_above', 'deduct_either')})(?:[（(](?P<alt>{_alt('deduct_below', 'deduct_above')})[）)])?"
    r"\s*(?:(?P<anchor>\d+(?:\.\d+)?)\s*%\s*(?=(?:一|\d+(?:\.\d+)?)\s*个\s*百分点))?"
    r"(?P<step>一|\d+(?:\.\d+)?)\s*(?:个)?\s*(?:百分点|%)\s*"
    r"[，,]?\s*(?:的)?\s*扣(?:减|除)?\s*(?P<pts>\d+(?:\.\d+)?)\s*分"
)
_PER_UNIT = re.compile(
    rf"每(?:{_alt('deduct_below')})\s*(?P<step>一|\d+(?:\.\d+)?)\s*(?P<unit>{_alt('count_units')})"
    r"\s*[，,]?\s*(?:的)?\s*扣(?:减|除)?\s*(?P<pts>\d+(?:\.\d+)?)\s*分"
)
"""A deduction per unit short of a count target: ``每少1人扣0.5分``, ``每少一次扣1分``."""
_UNIT_BASE = re.compile(
    rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>{_alt('count_units')})\s*(?:及以上|以上)?\s*"
    rf"(?:的)?\s*[，,]?\s*(?:计|得|给|评)\s*满分"
)
"""The count a per-unit rule gives full marks at: ``完成3个得满分``, ``开展4次及以上的，得满分``."""
DEDUCTION_STEP = re.compile(
    rf"每(?:{_alt('deduct_below', 'deduct_above', 'deduct_either')})"
    r"[^，,。；;：:\d]{0,8}?(?:一|\d)"
)
"""A per-step deduction's opening (``每低于``, ``每低``, ``每少``, ``每下降``, ``每超出`` and a
step, ``每低于指标值1个``): the mark of a rule clause, in the words of ``_LINEAR`` (one
list, so every reader that asks whether a sentence states a rule knows every variant)."""
NAMED_TARGET_STEP = re.compile(
    rf"(?P<w>每(?:{_alt('deduct_below')}))(?:{_alt('deduct_from_target')})(?=\s*(?:一|\d))"
)
"""A deduction that names the row's own target as its reference (``每低于指标值1个百分点``):
a reader that knows the row's target drops the words (group ``w`` stays) and counts
from that target; elsewhere the rule stays unread (no target to count from)."""
_BELOW_WORDS = cue_words(_SECTION, "deduct_below")
_WORKED_GAP = _any("worked_gap")
_EITHER_WORDS = cue_words(_SECTION, "deduct_either")
_LOWER_CMP = _alt("at_most", "below")
_BETWEEN = re.compile(
    rf"{_NUM}\s*%?\s*(?P<c1>{_LOWER_CMP})\s*(?:[xXＸrRA-Za-z]|[\u4e00-\u9fff]{{1,10}}?)\s*"
    rf"(?P<c2>{_LOWER_CMP})\s*{_NUM}\s*%?{_GLUE}{_SCORE}"
)
"""A band with both bounds around a variable: ``20%＜x≤30%，得3分``, ``90%≤完成率<100%得4分``."""
_BOTH = re.compile(
    rf"(?P<c1>{_alt('at_least', 'above')})\s*{_NUM}\s*%?\s*(?:{_alt('band_and')})\s*"
    rf"(?P<c2>{_alt('at_most', 'below')})\s*{_NUM}\s*%?{_GLUE}{_SCORE}"
)
"""A band written as two comparisons: ``大于等于85%且小于90%得3分``, ``≥80%、<90%计4分``."""
_PROPORTIONAL = _any("proportional")
"""A score proportional to the rate: ``未完成按完成比例得分``, ``得分=完成率×分值``."""
_ALL_OR_NOTHING = _any("all_or_nothing")
"""Full marks for the target met, none otherwise: ``达到目标值得满分，未达到不得分``."""
_OTHERWISE_NONE = _any("otherwise_none")
_TARGET_FULL = _any("target_full_marks")
_TARGET_POINTS = _any("target_points")
"""The row's points for its own target reached (``达到省下达目标得7分``)."""
_RATE_STATED = re.compile(r"\d\s*[%％]")
"""Full marks for the row's own target met, naming no rate (``完成指标值的得满分``)."""
"""No points below the one threshold stated: ``达到95%得满分，未达到不得分``."""
_PERMILLE = re.compile(r"(?P<v>\d+(?:\.\d+)?)\s*‰")
"""A bound in per mille (``差错率≤0.5‰``): read as the percentage it is (0.05%)."""
_THOUSANDS = re.compile(
    r"(?<![\[［(（]\d)(?<![\[［(（]\d{2})(?<![\[［(（]\d{3})(?<=\d)[,，](?=\d{3}(?!\d))"
)
"""A thousands separator inside a rule's number (``达到1,500人次得满分``); not the comma of
an interval (``[95,100]``)."""


def within(
    x: Decimal, lo: Decimal | None, lo_incl: bool, hi: Decimal | None, hi_incl: bool
) -> bool:
    """Whether ``x`` lies in an interval whose open or missing ends are as given."""
    if lo is not None and (x < lo or (x == lo and not lo_incl)):
        return False
    return not (hi is not None and (x > hi or (x == hi and not hi_incl)))


@dataclass(frozen=True, slots=True)
class Band:
    """Score ``score`` (or full marks) when the rate lies in the band."""

    lo: Decimal | None
    lo_incl: bool
    hi: Decimal | None
    hi_incl: bool
    score: Decimal | None
    """None means full marks (or ``share`` of them)."""
    text: str
    share: Decimal | None = None
    """The band's score as a percentage of the indicator's points (``得分值的60%``)."""
    deduct: Decimal | None = None
    """Points the band deducts from the indicator's (``85%—90%扣2分``)."""
    lo_loose: bool = False
    """Whether the lower bound's inclusion is left unstated (``90%-95%``, ``90%以上``):
    read as included, it gives way to a neighbour that states it (``≥90%``, ``（含）``)."""
    hi_loose: bool = False
    """Whether the upper bound's inclusion is left unstated (``90%-95%``, ``90%以下``)."""

    def contains(self, rate: Decimal) -> bool:
        """Whether ``rate`` (in percent) falls in this band."""
        return within(rate, self.lo, self.lo_incl, self.hi, self.hi_incl)

    def holds_firmly(self, rate: Decimal) -> bool:
        """Whether ``rate`` falls in the band other than at a bound left loose.

        ``85%-90%`` and ``90%-95%`` both take 90 only loosely: a reader accepts either
        score there, and the rule does not contradict itself.
        """
        if not self.contains(rate):
            return False
        return not ((rate == self.lo and self.lo_loose) or (rate == self.hi and self.hi_loose))

    def points(self, maximum: Decimal) -> Decimal:
        """The band's score for an indicator worth ``maximum`` points."""
        if self.deduct is not None:
            return max(Decimal(0), maximum - self.deduct)
        if self.share is not None:
            return (maximum * self.share / 100).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
        return maximum if self.score is None else self.score

    @property
    def full(self) -> bool:
        """Whether the band gives full marks."""
        return (
            self.score is None
            and (self.share is None or self.share == 100)
            and (self.deduct is None or self.deduct == 0)
        )


@dataclass(frozen=True, slots=True)
class Linear:
    """Deduct ``points`` per ``step`` percentage points below/above ``anchor``."""

    anchor: Decimal
    direction: str
    """``below`` or ``above``."""
    step: Decimal
    points: Decimal
    text: str
    to_target: bool = False
    """Whether the deduction counts from the row's own target (``完成指标值的得满分；未完成的，
    每低1个百分点扣1分``): :attr:`anchor` is 100 until :meth:`ScoringRule.on_target` binds it."""

    def deductions(self, rate: Decimal) -> set[Decimal]:
        """Possible deductions at ``rate``: pro rata, per completed and per started step."""
        gap = self.anchor - rate if self.direction == "below" else rate - self.anchor
        if gap <= 0:
            return {Decimal(0)}
        steps = gap / self.step
        exact = self.points * steps
        # Whole steps from a rate written to 0.01 %: 2 of 12 次 short is 83.33 %, 2.0004
        # steps of 8.33 %, which is 2 steps, not 3; 2 of 60 户 short is 96.67 %, 1.998
        # steps of 1.6667 %, which is 2 steps, not 1.
        whole = steps.quantize(Decimal("0.01"))
        return {
            # Rounding the deduction or the score: 5 − 0.615 is written 4.38 or 4.39.
            exact.quantize(Decimal("0.01"), ROUND_HALF_UP),
            exact.quantize(Decimal("0.01"), ROUND_HALF_DOWN),
            self.points * math.floor(whole),
            self.points * math.ceil(whole),
        }


@dataclass(frozen=True, slots=True)
class PerUnit:
    """Deduct ``points`` per ``step`` units short of a count target (``每少1人扣0.5分``)."""

    step: Decimal
    unit: str
    points: Decimal
    text: str
    base: Decimal | None = None
    """The count the rule itself gives full marks at (``完成3个得满分``), if it states one."""


@dataclass(frozen=True, slots=True)
class ScoringRule:
    """An indicator's scoring rule as stated by the report."""

    text: str
    bands: tuple[Band, ...] = ()
    linears: tuple[Linear, ...] = ()
    notes: tuple[str, ...] = field(default=())
    proportional: str = ""
    """The clause scoring a rate below 100 % pro rata (``未完成按完成比例得分``), or ""."""
    per_unit: tuple[PerUnit, ...] = ()
    """Deductions per unit short of a count target; they score only once bound to one."""
    all_or_nothing: str = ""
    """The clause giving full marks for the target met and none otherwise (``达到目标值得
    满分，未达到不得分``), or "". It scores a completion rate (actual/target, 100 when
    met), so it is bound to the indicator's own target before it is used."""

    @property
    def empty(self) -> bool:
        """Whether nothing executable was found in the text."""
        return (
            not self.bands
            and not self.linears
            and not self.proportional
            and not self.per_unit
            and not self.all_or_nothing
        )

    def base(self, unit: str) -> Decimal | None:
        """The count the per-unit clauses in ``unit`` give full marks at, if one is stated."""
        found = {p.base for p in self.per_unit if p.unit == unit and p.base is not None}
        return found.pop() if len(found) == 1 else None

    def against(self, target: Decimal, unit: str) -> ScoringRule | None:
        """The rule for a row whose count target is ``target`` ``unit``, on its completion rate.

        ``每少1人扣0.5分`` against 1000 人 deducts 0.5 per 0.1 percentage point short of
        100 %; None when no per-unit clause is in the row's unit or the target is not
        positive. A rule without per-unit clauses is returned as it is.
        """
        if not self.per_unit:
            return self
        mine = [p for p in self.per_unit if p.unit == unit]
        if not mine or target <= 0:
            return None
        converted = tuple(
            Linear(Decimal(100), "below", p.step * 100 / target, p.points, p.text) for p in mine
        )
        return replace(self, linears=self.linears + converted, per_unit=())

    @property
    def to_target(self) -> bool:
        """Whether a deduction counts from the row's own target, not bound to one yet."""
        return any(lin.to_target for lin in self.linears)

    def from_row_target(self) -> ScoringRule:
        """The rule with its steps that write no rate of their own counting from the row's target."""
        return replace(
            self,
            linears=tuple(
                replace(x, to_target=True) if x.anchor == 100 else x for x in self.linears
            ),
        )

    def on_target(self, target: Decimal) -> ScoringRule:
        """The rule for a row whose target is ``target`` %: its deductions count from it.

        ``完成指标值的得满分；未完成的，每低1个百分点扣1分`` against ``≥10%`` deducts 1
        point per percentage point below 10 %, not below 100 %.
        """
        linears = tuple(
            replace(lin, anchor=target, to_target=False) if lin.to_target else lin
            for lin in self.linears
        )
        return replace(self, linears=linears)

    @property
    def generic(self) -> bool:
        """Whether the rule is only the general pro-rata method.

        ``完成目标得满分，未完成按完成比例得分``: no threshold, band or deduction of the
        indicator's own.
        """
        return (
            bool(self.proportional or self.all_or_nothing) and not self.bands and not self.linears
        )

    def applying(self, rate: Decimal) -> list[Band]:
        """The bands that score ``rate``: those holding it, but no step a higher one passes.

        ``≥90%得10分，≥80%得8分``: 92 % reaches both thresholds and earns the higher step's
        10 (likewise ``超过5%扣1分，超过10%扣3分`` at 12 %: the 10 % step's).
        """
        holding = [b for b in self.bands if b.contains(rate)]
        return [b for b in holding if not any(_steps_past(c, b) for c in holding)]

    def _full_marks(self, rate: Decimal) -> bool:
        """Whether a full-marks band (``≥95%得满分``) holds the rate."""
        return any(b.full for b in self.applying(rate))

    def _pro_rata(self, rate: Decimal, maximum: Decimal) -> set[Decimal]:
        """Scores of the pro-rata clause short of the target (rounded to 2 or 1 places).

        Below 100 %, or below a full-marks floor under 100 % (``≥95%得满分，低于95%的按完成
        比例得分``), where 完成比例 may be the rate itself or its ratio to the floor (92/95).
        """
        if not self.proportional or rate >= 100 or rate < 0 or self._full_marks(rate):
            return set()
        ratios = {rate / 100} | {
            rate / b.lo
            for b in self.bands
            if b.full and b.hi is None and b.lo is not None and rate < b.lo < 100
        }
        return {
            (maximum * ratio).quantize(Decimal(places), ROUND_HALF_UP)
            for ratio in ratios
            for places in ("0.01", "0.1")
        }

    def _scores(self, rate: Decimal, maximum: Decimal) -> tuple[set[Decimal], set[Decimal]]:
        """The scores the bands give at ``rate``, and those the deductions give."""
        band_scores = {b.points(maximum) for b in self.applying(rate)}
        if self.all_or_nothing:
            band_scores.add(maximum if rate >= 100 else Decimal(0))
        linear_scores: set[Decimal] = set()
        for lin in self.linears:
            gap = lin.anchor - rate if lin.direction == "below" else rate - lin.anchor
            if gap > 0:
                linear_scores |= {max(Decimal(0), maximum - d) for d in lin.deductions(rate)}
        linear_scores |= self._pro_rata(rate, maximum)
        if self.proportional and rate >= 100 and not band_scores:
            band_scores = {maximum}  # the target met: full marks
        return band_scores, linear_scores

    def readings(self, rate: Decimal, maximum: Decimal) -> set[Decimal]:
        """Every score the rule allows at ``rate`` (percent); empty if it says nothing."""
        band_scores, linear_scores = self._scores(rate, maximum)
        if linear_scores and band_scores:
            return band_scores | linear_scores
        if linear_scores:
            return linear_scores
        if band_scores:
            return band_scores
        if self.linears or self.proportional:
            return {maximum}
        return set()

    def preferred(self, rate: Decimal, maximum: Decimal) -> Decimal | None:
        """The single score we recompute with: pro rata deduction, else the lowest reading."""
        for lin in self.linears:
            gap = lin.anchor - rate if lin.direction == "below" else rate - lin.anchor
            if gap > 0:
                pro_rata = lin.points * gap / lin.step
                return max(Decimal(0), maximum - pro_rata).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if self.proportional and 0 <= rate < 100 and not self._full_marks(rate):
            return (maximum * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        readings = self.readings(rate, maximum)
        return min(readings) if readings else None

    def rounding_span(
        self, rate: Decimal, decimals: int, maximum: Decimal
    ) -> tuple[Decimal, Decimal] | None:
        """The scores a pro-rata deduction gives over the rates a written rate rounds from.

        ``318.40/330.00`` is 96.4848 %, written 96.48 %: ``每低1个百分点扣2分`` gives
        2.97 from the unrounded rate and 2.96 from the written one, and both are the
        rule. None unless a deduction or pro-rata clause applies, and the same clauses
        at both ends (a band's bound inside the interval is not rounding).
        """
        half = Decimal(1).scaleb(-decimals) / 2
        low, high = rate - half, rate + half
        clauses_low = [text for text, _ in self.clause_readings(low, maximum)]
        if not clauses_low or clauses_low != [
            text for text, _ in self.clause_readings(high, maximum)
        ]:
            return None
        ends = [self.preferred(r, maximum) for r in (low, high)]
        if ends[0] is None or ends[1] is None or not (self.linears or self.proportional):
            return None
        return min(ends[0], ends[1]), max(ends[0], ends[1])

    def clause_readings(self, rate: Decimal, maximum: Decimal) -> list[tuple[str, set[Decimal]]]:
        """Each clause that applies at ``rate`` with the scores it gives (for messages)."""
        out: list[tuple[str, set[Decimal]]] = []
        for band in self.applying(rate):
            out.append((band.text, {band.points(maximum)}))
        for lin in self.linears:
            gap = lin.anchor - rate if lin.direction == "below" else rate - lin.anchor
            if gap > 0:
                out.append((lin.text, {max(Decimal(0), maximum - d) for d in lin.deductions(rate)}))
        if pro_rata := self._pro_rata(rate, maximum):
            out.append((self.proportional, pro_rata))
        if self.all_or_nothing:
            out.append((self.all_or_nothing, {maximum if rate >= 100 else Decimal(0)}))
        return out

    def contradicts_itself(self, rate: Decimal, maximum: Decimal) -> bool:
        """Whether two clauses of the rule give different scores at ``rate``.

        Two bands that meet at a bound both leave loose (``85%-90%``, ``90%-95%``) do not
        contradict each other there: the writer did not say, and either score is a reading.
        """
        band_scores, linear_scores = self._scores(rate, maximum)
        firm = {b.points(maximum) for b in self.applying(rate) if b.holds_firmly(rate)}
        return bool(band_scores and linear_scores and not band_scores & linear_scores) or (
            len(firm) > 1
        )

    def overlaps(self, maximum: Decimal) -> list[Overlap]:
        """Pairs of bands that give different scores over a common stretch of rates.

        ``≥95%得8分；90%—96%得6分``: from 95 % to 96 % both apply. A stretch of no width
        (a bound two bands share) is none: a shared bound is settled by its marks, and
        where both leave it loose either score is a reading. Gaps say nothing, nor do two
        thresholds open the same way (``≥90%得10分，≥80%得8分``: a staircase, each rate
        scored by the highest step it reaches).
        """
        out: list[Overlap] = []
        for a, b in itertools.combinations(self.bands, 2):
            if a.points(maximum) == b.points(maximum):
                continue
            if (a.lo is None and b.lo is None) or (a.hi is None and b.hi is None):
                continue
            lo = _max_bound(a.lo, b.lo)
            hi = _min_bound(a.hi, b.hi)
            if lo is not None and hi is not None and hi <= lo:
                continue
            out.append(Overlap(a, b, lo, hi))
        return out


@dataclass(frozen=True, slots=True)
class Overlap:
    """Two bands of one rule that both hold from ``lo`` to ``hi`` (None: unbounded)."""

    first: Band
    second: Band
    lo: Decimal | None
    hi: Decimal | None


def _steps_past(higher: Band, lower: Band) -> bool:
    """Whether ``higher`` is a further step of the same staircase than ``lower``.

    Both open the same way, ``higher``'s threshold beyond ``lower``'s: ``≥90%`` past
    ``≥80%``, ``≤5%`` past ``≤10%``.
    """
    if higher.hi is None and lower.hi is None and higher.lo is not None and lower.lo is not None:
        return higher.lo > lower.lo
    if higher.lo is None and lower.lo is None and higher.hi is not None and lower.hi is not None:
        return higher.hi < lower.hi
    return False


def _max_bound(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """The higher of two lower bounds (None: unbounded below)."""
    return b if a is None else a if b is None else max(a, b)


def _min_bound(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """The lower of two upper bounds (None: unbounded above)."""
    return b if a is None else a if b is None else min(a, b)


def _score(m: re.Match[str]) -> Decimal | None:
    if m.group("full") or m.group("share") or m.group("ded"):
        return None
    if m.group("zero"):
        return Decimal(0)
    return Decimal(m.group("s"))


def _deduct(m: re.Match[str]) -> Decimal | None:
    """The points a band deducts (``85%—90%扣2分``), or None."""
    return Decimal(m.group("ded")) if m.group("ded") else None


def _share(m: re.Match[str]) -> Decimal | None:
    """The share of the points a band gives (``按分值的80%计分``), or None."""
    return Decimal(m.group("share")) if m.group("share") else None


def parse_rule(text: str) -> ScoringRule:
    """Parse a rule sentence (possibly several clauses separated by ；).

    Bounds in per mille (``≤0.5‰``) are read as the percentages they are.
    """
    original = text
    text = _PERMILLE.sub(lambda m: f"{Decimal(m.group('v')) / 10}%", _THOUSANDS.sub("", text))
    bands: list[Band] = []
    linears: list[Linear] = []
    consumed: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return not any(a < span[1] and span[0] < b for a, b in consumed)

    for m in _LINEAR.finditer(text):
        words = [m.group("dir")] + ([m.group("alt")] if m.group("alt") else [])
        step_raw = m.group("step")
        step = Decimal(1) if step_raw in (None, "一") else Decimal(step_raw)
        directions = [
            d
            for word in words
            for d in (
                ("below", "above")
                if word in _EITHER_WORDS
                else ("below",)
                if word in _BELOW_WORDS
                else ("above",)
            )
        ]
        for direction in directions:
            worked = None if m.group("anchor") else _worked_anchor(text, m.end(), direction)
            anchor = (
                Decimal(m.group("anchor"))
                if m.group("anchor")
                else worked or _anchor_before(text, m.start(), direction)
            )
            unwritten = not m.group("anchor") and worked is None
            own = unwritten and (
                (direction == "below" and _from_target(text, m.start()))
                # ``每超过0.1个百分点扣0.5分`` naming no rate: over the row's own ceiling
                or (direction == "above" and anchor == 100 and not _rate_before(text, m.start()))
            )
            linears.append(
                Linear(anchor, direction, step, Decimal(m.group("pts")), m.group(0), own)
            )
        consumed.append(m.span())
    per_unit: list[PerUnit] = []
    for m in _PER_UNIT.finditer(text):
        step_raw = m.group("step")
        step = Decimal(1) if step_raw == "一" else Decimal(step_raw)
        unit = m.group("unit")
        per_unit.append(
            PerUnit(step, unit, Decimal(m.group("pts")), m.group(0), _unit_base(text, unit))
        )
        consumed.append(m.span())
    for m in _BOTH.finditer(text):
        lo, hi = Decimal(m.group(2)), Decimal(m.group(4))
        if lo > hi or not free(m.span()):
            continue
        lo_incl = m.group("c1") in cue_words(_SECTION, "at_least")
        hi_incl = m.group("c2") in cue_words(_SECTION, "at_most")
        bands.append(Band(lo, lo_incl, hi, hi_incl, _score(m), m.group(0), _share(m), _deduct(m)))
        consumed.append(m.span())
    for m in _INTERVAL.finditer(text):
        lo, hi = Decimal(m.group(2)), Decimal(m.group(3))
        if lo > hi or not free(m.span()):
            continue
        lo_incl, hi_incl = m.group("open") in "[［", m.group("close") in "]］"
        bands.append(Band(lo, lo_incl, hi, hi_incl, _score(m), m.group(0), _share(m), _deduct(m)))
        consumed.append(m.span())
    for m in _BETWEEN.finditer(text):
        lo, hi = Decimal(m.group(1)), Decimal(m.group(4))
        if lo > hi:
            continue
        lo_incl = m.group("c1") in cue_words(_SECTION, "at_most")
        hi_incl = m.group("c2") in cue_words(_SECTION, "at_most")
        bands.append(Band(lo, lo_incl, hi, hi_incl, _score(m), m.group(0), _share(m), _deduct(m)))
        consumed.append(m.span())
    for m in _RANGE.finditer(text):
        if not free(m.span()):
            continue
        lo, hi = Decimal(m.group(1)), Decimal(m.group(3))
        # Both ends inclusive unless written ``（不含）``: at exactly a shared bound (90
        # in ``80-90%`` and ``90%以上``) both neighbouring scores are accepted.
        lo_in = "不含" not in m.group("lo_incl")
        hi_in = "不含" not in m.group("hi_incl")
        bands.append(
            Band(
                lo,
                lo_in,
                hi,
                hi_in,
                _score(m),
                m.group(0),
                _share(m),
                _deduct(m),
                lo_loose=not m.group("lo_incl").strip(),
                hi_loose=not m.group("hi_incl").strip(),
            )
        )
        consumed.append(m.span())
    for m in _GE.finditer(text):
        if free(m.span()):
            bands.append(
                Band(
                    Decimal(m.group(1)),
                    True,
                    None,
                    False,
                    _score(m),
                    m.group(0),
                    _share(m),
                    _deduct(m),
                    lo_loose=not (m.group("incl") or m.group("and") or m.group("after")),
                )
            )
            consumed.append(m.span())
    for m in _LE.finditer(text):
        if free(m.span()):
            hi_in = "不含" not in (m.group("after") or "")
            bands.append(
                Band(
                    None,
                    False,
                    Decimal(m.group(1)),
                    hi_in,
                    _score(m),
                    m.group(0),
                    _share(m),
                    _deduct(m),
                    hi_loose=not (m.group("incl") or m.group("and") or m.group("after")),
                )
            )
            consumed.append(m.span())
    for m in _CMP.finditer(text):
        if not free(m.span()):
            continue
        x = Decimal(m.group(2))
        incl = bool(m.group("incl"))
        cmp = m.group("cmp")
        score = _score(m)
        if cmp in cue_words(_SECTION, "at_most"):
            band = Band(None, False, x, True, score, m.group(0), _share(m), _deduct(m))
        elif cmp in cue_words(_SECTION, "below"):
            band = Band(None, False, x, incl, score, m.group(0), _share(m), _deduct(m))
        elif cmp in cue_words(_SECTION, "at_least"):
            band = Band(x, True, None, False, score, m.group(0), _share(m), _deduct(m))
        elif cmp in cue_words(_SECTION, "above"):
            band = Band(x, incl, None, False, score, m.group(0), _share(m), _deduct(m))
        else:
            band = Band(x, True, x, True, score, m.group(0), _share(m), _deduct(m))
        bands.append(band)
        consumed.append(m.span())
    for m in _EXACT.finditer(text):
        if free(m.span()):
            x = Decimal(m.group("x"))
            bands.append(Band(x, True, x, True, _score(m), m.group(0), _share(m), _deduct(m)))
            consumed.append(m.span())
    if _FLAT_OR_FALLING.search(text) and not any(b.hi == 0 for b in bands):
        flat = _FLAT_FULL.search(text)
        if flat:
            bands.append(
                Band(
                    None,
                    False,
                    Decimal(0),
                    True,
                    _score(flat),
                    flat.group(0),
                    _share(flat),
                    _deduct(flat),
                )
            )
    _widen_gaps(bands)
    _settle_shared_bounds(bands)
    if len(bands) == 1 and not linears and (otherwise := _OTHERWISE_NONE.search(text)):
        bands += _complement(bands[0], otherwise.group(0))
    proportional = _PROPORTIONAL.search(text)
    all_or_nothing = None if proportional else _ALL_OR_NOTHING.search(text)
    return ScoringRule(
        text=_THOUSANDS.sub("", original) if _PERMILLE.search(original) else text,
        bands=tuple(bands),
        linears=tuple(linears),
        proportional=proportional.group(0) if proportional else "",
        per_unit=tuple(per_unit),
        all_or_nothing=all_or_nothing.group(0) if all_or_nothing else "",
    )


def _complement(band: Band, text: str) -> list[Band]:
    """No points on the other side of a one-sided threshold (``未达到不得分``).

    Only a full-marks band open on one side has one other side; anything else says
    nothing more.
    """
    if not band.full:
        return []
    if band.lo is not None and band.hi is None:
        return [Band(None, False, band.lo, not band.lo_incl, Decimal(0), text)]
    if band.hi is not None and band.lo is None:
        return [Band(band.hi, not band.hi_incl, None, False, Decimal(0), text)]
    return []


def _unit_base(text: str, unit: str) -> Decimal | None:
    """The count a per-unit rule gives full marks at, in ``unit`` (``完成3个得满分``).

    None when the rule states none, or two different ones (the reading would guess).
    """
    found = {Decimal(m.group("n")) for m in _UNIT_BASE.finditer(text) if m.group("unit") == unit}
    return found.pop() if len(found) == 1 else None


def names_quotient(text: str) -> bool:
    """Whether a pro-rata rule writes out its quotient (``实际完成值÷年度指标值×分值``).

    Then 按完成比例 is the ratio to the row's target, for a percent target too.
    """
    return _QUOTIENT.search(text) is not None


_QUOTIENT = _any("target_quotient")


def full_marks_count(text: str, unit: str) -> Decimal | None:
    """The count a rule gives full marks at, in ``unit`` (``达到目标值420家次得满分``), if one."""
    return _unit_base(text, unit)


def own_rule(text: str) -> ScoringRule:
    """A row's own rule cell, whose steps may count from the row's target.

    A step may name the target (``每低于目标值1个百分点``) or follow points for the target
    reached (``达到省下达目标得7分，每低1个百分点扣1分``).

    The words naming the target go and the deduction counts from the row's own target
    (:attr:`Linear.to_target`), as the rule cell is the row's and no one else's.
    """
    named = NAMED_TARGET_STEP.search(text) is not None or (
        # ``达到省下达目标得7分，每低1个百分点扣1分``: full points at the row's target, and
        # the step, stating no rate of its own, counts from it.
        _TARGET_POINTS.search(text) is not None and _RATE_STATED.search(text) is None
    )
    rule = parse_rule(NAMED_TARGET_STEP.sub(r"\g<w>", text))
    if not named:
        return rule
    return replace(rule.from_row_target(), text=text)


def full_marks_on_target(text: str) -> bool:
    """Whether a rule gives full marks for the row's own target met (``达到目标值得满分``)."""
    return _TARGET_FULL.search(text) is not None


def _from_target(text: str, pos: int) -> bool:
    """Whether a deduction at ``pos`` counts from the row's own target.

    ``完成指标值的得满分；未完成的，每低1个百分点扣1分``: full marks for the target met,
    with no rate written between that clause and the deduction.
    """
    ends = [m.end() for m in _TARGET_FULL.finditer(text[:pos])]
    return bool(ends) and not re.search(r"\d\s*%", text[ends[-1] : pos])


def _worked_anchor(text: str, pos: int, direction: str) -> Decimal | None:
    """The rate a step counts from, as the rule's own worked gap after it writes it.

    ``每低1个百分点扣1分：85%-81.8%=3.2个百分点``: the gap is taken from 85 % (below;
    above, the smaller rate is the reference). Only within the step's own clause.
    """
    clause = re.split(r"[；;。]", text[pos:], maxsplit=1)[0]
    m = _WORKED_GAP.search(clause)
    if m is None:
        return None
    high, low = Decimal(m.group("a")), Decimal(m.group("b"))
    if high <= low:
        return None
    return high if direction == "below" else low


def _rate_before(text: str, pos: int) -> bool:
    """Whether a rate is written before ``pos`` (a deduction's reference, if any)."""
    return _RATE.search(text, 0, pos) is not None


_RATE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
"""A rate written in a rule (its number the group)."""


def _anchor_before(text: str, pos: int, direction: str = "below") -> Decimal:
    """The reference rate a deduction counts from (``100%计满分，每低于…``).

    Without a written rate, a growth rule (``持平或下降的计满分，每增长1个百分点扣…``)
    counts from 0; otherwise the reference is 100 %.
    """
    found = _RATE.findall(text, 0, pos)
    if found:
        return Decimal(found[-1])
    if direction == "above" and _FLAT_OR_FALLING.search(text[:pos]):
        return Decimal(0)
    return Decimal(100)


def _settle_shared_bounds(bands: list[Band]) -> None:
    """Give a bound two bands share to the one that states it.

    ``≥95%得10分，90%（含）-95%得8分``: 95 is ``≥95%``'s, the range's upper end left loose
    gives way; likewise ``90%（含）-95%`` takes 90 from a loose ``85%-90%``. Where both
    leave it loose, both keep it (either score is a reading); where both state it, the
    rule says two things at that rate.
    """
    for i, a in enumerate(bands):
        for j, b in enumerate(bands):
            if i == j or a.hi is None or b.lo is None or a.hi != b.lo:
                continue
            if not (a.hi_incl and b.lo_incl) or a.hi_loose == b.lo_loose:
                continue
            if a.hi_loose:
                bands[i] = a = replace(a, hi_incl=False, hi_loose=False)
            else:
                bands[j] = replace(b, lo_incl=False, lo_loose=False)


def _widen_gaps(bands: list[Band]) -> None:
    """Close the gap between integer bands written as ``0-10%；11-30%`` (10 < r < 11)."""
    closed = sorted(
        (b for b in bands if b.lo is not None and b.hi is not None), key=lambda b: b.lo or 0
    )
    for a, b in itertools.pairwise(closed):
        if a.hi is not None and b.lo is not None and Decimal(0) < b.lo - a.hi <= 1:
            i = bands.index(b)
            bands[i] = replace(b, lo=a.hi, lo_incl=not a.hi_incl, lo_loose=False)


# ------------------------------------------------------------------ grades

GRADE_WORDS = alternation(_SECTION, "grade_words")
"""The grade words as one alternation, longest first (优秀 before 优)."""
_GRADE_RANGE = re.compile(
    rf"(?<!\d)(?P<lo>\d+(?:\.\d+)?)\s*分?\s*(?P<lo_incl>[（(]含[）)])?\s*[-—–~～至到]+\s*(?P<hi>\d+(?:\.\d+)?)\s*分?\s*"
    rf"(?P<hi_incl>[（(]含[）)])?\s*"
    r"(?:[（(]含\s*\d+(?:\.\d+)?\s*分?[）)])?\s*"  # ``80-90分（含80分）为良``
    rf"(?:的)?\s*(?:为|评为|定为|属于)?\s*[“\"]?(?P<g>{GRADE_WORDS})"
)
_GRADE_BELOW = re.compile(
    rf"(?<!\d)(?P<x>\d+(?:\.\d+)?)\s*分?\s*(?:以下|以内)\s*(?:的)?\s*(?:为|评为|定为)?\s*[“\"]?(?P<g>{GRADE_WORDS})"
)
_GRADE_ABOVE = re.compile(
    rf"(?<!\d)(?P<x>\d+(?:\.\d+)?)\s*分?\s*(?P<incl>[（(]含[）)])?\s*(?:及)?以上\s*"
    r"(?:[（(]含\s*\d+(?:\.\d+)?\s*分?[）)])?\s*"  # ``90分以上（含90分）为优``
    rf"(?:的)?\s*(?:为|评为|定为)?\s*[“\"]?(?P<g>{GRADE_WORDS})"
)


@dataclass(frozen=True, slots=True)
class GradeBand:
    """Total scores from ``lo`` to ``hi`` earn ``grade``."""

    lo: Decimal | None
    lo_incl: bool
    hi: Decimal | None
    hi_incl: bool
    grade: str

    def contains(self, total: Decimal) -> bool:
        """Whether ``total`` falls in the band."""
        return within(total, self.lo, self.lo_incl, self.hi, self.hi_incl)


STANDARD_BANDS = (
    GradeBand(Decimal(90), True, None, False, "优"),
    GradeBand(Decimal(80), True, Decimal(90), False, "良"),
    GradeBand(Decimal(60), True, Decimal(80), False, "中"),
    GradeBand(None, False, Decimal(60), False, "差"),
)
"""优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (财政部《项目支出绩效评价管理办法》财预〔2020〕10号)."""


def parse_grade_bands(text: str) -> tuple[GradeBand, ...]:
    """Grade bands stated in a sentence (``90（含）—100分为优；80（含）—90分为良 …``)."""
    bands: list[GradeBand] = []
    for m in _GRADE_RANGE.finditer(text):
        lo, hi = Decimal(m.group("lo")), Decimal(m.group("hi"))
        # "90（含）—100分" includes its lower bound; the upper bound is included only at the top.
        hi_incl = bool(m.group("hi_incl")) or hi == 100 or not m.group("lo_incl")
        bands.append(
            GradeBand(
                lo,
                True,
                hi,
                hi_incl if hi == 100 or m.group("hi_incl") else False,
                _grade(m.group("g")),
            )
        )
    for m in _GRADE_BELOW.finditer(text):
        bands.append(GradeBand(None, False, Decimal(m.group("x")), False, _grade(m.group("g"))))
    for m in _GRADE_ABOVE.finditer(text):
        bands.append(GradeBand(Decimal(m.group("x")), True, None, False, _grade(m.group("g"))))
    return tuple(_closed_grade_gaps(bands)) if len(bands) >= 2 else ()


def _closed_grade_gaps(bands: list[GradeBand]) -> list[GradeBand]:
    """Integer bands (``80-89分为良，90分及以上为优``) run up to the next band's bound.

    A band whose upper bound falls short of the next band's lower bound by at most one
    point (89 and 90, 89.99 and 90) would leave 89.5 without a grade: read as written
    for whole scores, the band covers the scores up to the next one.
    """
    out = list(bands)
    for i, band in enumerate(out):
        if band.hi is None:
            continue
        above = [b for b in out if b.lo is not None and Decimal(0) < b.lo - band.hi <= 1]
        if len(above) == 1:
            nxt = above[0]
            out[i] = replace(band, hi=nxt.lo, hi_incl=not nxt.lo_incl)
    return out


def _grade(word: str) -> str:
    return {"优秀": "优", "良好": "良", "中等": "中", "及格": "合格", "不及格": "不合格"}.get(
        word, word
    )


def normalise_grade(word: str) -> str:
    """``优秀`` → ``优``, ``良好`` → ``良`` … so stated grades compare with bands."""
    return _grade(word)


def grade_for(total: Decimal, bands: tuple[GradeBand, ...]) -> str | None:
    """The grade a total earns under ``bands``."""
    for band in bands:
        if band.contains(total):
            return band.grade
    return None
