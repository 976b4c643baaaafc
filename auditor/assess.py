"""Recompute each indicator's rate and score, and the report's total and grade.

Shared by the scoring rules (which report where stated and recomputed values
disagree) and the JSON ``score`` block (which shows both). For each indicator:

- the rate the report states (its formula's result, or ``执行率为9.53%``);
- the rate recomputed from the formula's own numbers, or, when those agree, from the
  values the report states elsewhere for the formula's named operands (or the standard
  framework's formula when none is written);
- the scores the indicator's rule allows at each rate (the report's own rule, else the
  framework's), and the one score we recompute with.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from auditor.read.formulas import BinOp, Formula, Name, Node, evaluate
from auditor.read.scoring.rules import STANDARD_BANDS, GradeBand, ScoringRule, grade_for
from auditor.read.scoring.sheet import RowRatio
from auditor.read.scoring.sheets import Indicator, ScoreSheet, StatedValue
from auditor.text.units import MONEY_UNITS, to_base

if TYPE_CHECKING:
    from auditor.read.facts import Fact
    from auditor.read.figures import Figure
    from auditor.read.reading import Reading

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Operand:
    """A value a recomputation used, and the fact it came from (for evidence)."""

    name: str
    value: Decimal
    fact: Fact | None


@dataclass(frozen=True)
class Recomputed:
    """A rate recomputed from stated numbers; ``how`` says from which."""

    rate: Decimal
    """Percent."""
    how: str
    operands: tuple[Operand, ...] = ()
    text: str = ""
    rounding_only: bool = False
    """The difference from the stated rate is explained by rounding (no score change)."""


@dataclass(frozen=True)
class Assessment:
    """What the report says about one indicator and what its own rules imply."""

    indicator: Indicator
    rule: ScoringRule | None
    rule_source: str
    """``report``, ``framework`` or ``""``."""
    stated_rate: Decimal | None
    recomputed: Recomputed | None
    readings_stated: frozenset[Decimal]
    readings_recomputed: frozenset[Decimal]
    expected: Decimal | None
    """The score we recompute the indicator to."""
    contradictory: bool
    stated_span: tuple[Decimal, Decimal] | None = None
    """The scores a pro-rata deduction gives over the rates the stated rate rounds
    from (the report may deduct from the unrounded rate); None when not one clause."""

    @property
    def awarded(self) -> Decimal | None:
        """The score the report awarded."""
        return self.indicator.awarded


def close(a: Decimal, b: Decimal, decimals: int) -> bool:
    """Whether two percentages agree at ``decimals`` places (rounding or truncation)."""
    unit = Decimal(1).scaleb(-decimals)
    return abs(a - b) <= unit


def unit_misread(recomputed: Decimal, stated: Decimal, decimals: int) -> bool:
    """Whether a recomputed rate is the stated one with money units mixed up.

    ``3710.51 / 38,426,500.00`` is 0.0097 %, but the stated 96.56 % is 3710.51 万元 over
    38,426,500.00 元: a rate that lands absurdly far from the stated one and agrees
    with it at another money scale (:func:`misread_scale`) is a unit misread (of the
    report's writer or of the reading), not a wrong rate. The recomputation abstains: a
    score recomputed at 0.01 % would be a false error. A stated rate too small to tell
    (a few units of its last place) is never called a misread.
    """
    if recomputed <= 0 or stated <= 10 * Decimal(1).scaleb(-decimals):
        return False  # 0 % (an operand replaced by zero) or a rate too small to tell
    return misread_scale(recomputed, stated)


def resolve_operands(
    reading: Reading, formula: Formula, expr: Node
) -> tuple[Decimal | None, list[Operand]]:
    """Evaluate a side with names replaced by the values the report states for them."""
    used: list[Operand] = []

    def lookup(name: str) -> Decimal | None:
        facts = reading.facts_for_name(name, formula.block, formula.name)
        if not facts:
            return None
        values = Counter(f.figure.value for f in facts)
        value = values.most_common(1)[0][0]
        fact = next(f for f in facts if f.figure.value == value)
        used.append(Operand(name, value, fact))
        return value

    return evaluate(expr, lookup), used


def recompute_formula(reading: Reading, formula: Formula) -> Recomputed | None:
    """A rate recomputed from a formula: its own numbers first, else its named operands."""
    if formula.stated is None:
        return None
    stated = formula.stated.value
    decimals = formula.stated.decimals
    scale = HUNDRED if formula.stated.percent else Decimal(1)
    for side in formula.numeric_sides:
        assert side.expr is not None
        value = evaluate(side.expr)
        if value is None:
            continue
        if not close(value * scale, stated * scale, decimals):
            if unit_misread(value * scale, stated * scale, decimals):
                return None
            return Recomputed(value * scale, "按公式中所列数值重算", text=side.raw)
    return recompute_from_operands(reading, formula)


def recompute_from_operands(reading: Reading, formula: Formula) -> Recomputed | None:
    """A formula's named side (``追加预算/年初预算``) over the values stated elsewhere.

    None when it agrees with the stated result, or when some value the report gives
    for an operand reproduces it (then the disagreement is IC001's, not arithmetic).
    """
    if formula.stated is None:
        return None
    stated = formula.stated.value
    decimals = formula.stated.decimals
    scale = HUNDRED if formula.stated.percent else Decimal(1)
    for side in formula.symbolic_sides:
        assert side.expr is not None
        if formula.stated.percent and not divides(side.expr):
            continue  # a rate is a quotient: its "/" was dropped (a scan) or misread
        value, used = resolve_operands(reading, formula, side.expr)
        if value is None or not used:
            continue
        if (
            not close(value * scale, stated * scale, decimals)
            and not unit_misread(value * scale, stated * scale, decimals)
            and not another_reading_agrees(
                reading, formula, side.expr, stated * scale, scale, decimals
            )
        ):
            return Recomputed(value * scale, "按报告其他处所列数值重算", tuple(used), side.raw)
    return None


ABSURD_RATE = Decimal(1000)
"""Percent: a recomputed rate above this, beside a stated rate at most a fifth of it,
is a misreading (a 执行率 of 9,863 %), not the report's rate."""


def _scale_ratios() -> tuple[Decimal, ...]:
    """Ratios of two money units at least 100 apart (元/万元 10⁴, 元/亿元 10⁸ …)."""
    bases = {to_base(Decimal(1), u) for u in MONEY_UNITS}
    return tuple(sorted({a / b for a in bases for b in bases if a / b >= 100}))


SCALE_RATIOS = _scale_ratios()


def misread_scale(recomputed: Decimal, stated: Decimal) -> bool:
    """Whether a recomputed rate is the stated one at another money scale, or absurd.

    ``0.01 %`` or ``973,618 %`` recomputed for a stated 97.36 % means one operand was
    read in 元 and the other in 万元 (or 亿元): the recomputation is the misreading.
    """
    if recomputed <= 0 or stated <= 0:
        return False
    if recomputed > ABSURD_RATE and stated * 5 <= recomputed:
        return True
    ratio = max(recomputed, stated) / min(recomputed, stated)
    return any(abs(ratio / r - 1) <= Decimal("0.02") for r in SCALE_RATIOS)


def divides(node: Node) -> bool:
    """Whether an expression holds a division (``实际支出数/预算安排数``).

    A rate's named side without one (``（实际支出数“三公经费”预算安排数）×100%``, the
    ``/`` lost by OCR or by a typist) would be recomputed as one amount times 100 %.
    """
    if isinstance(node, BinOp):
        return node.op == "/" or divides(node.left) or divides(node.right)
    return False


def another_reading_agrees(
    reading: Reading, formula: Formula, expr: Node, stated: Decimal, scale: Decimal, decimals: int
) -> bool:
    """Whether another value the report gives for an operand reproduces the stated rate.

    When the report states an operand twice with different values (``在职人数`` 149 in
    the text, 151 in the table) and one of them gives the written rate, the formula is
    right and the disagreement is a consistency finding, not an arithmetic one.
    """
    facts = {
        name: reading.facts_for_name(name, formula.block, formula.name) for name in _names(expr)
    }
    # As written, then every operand in 元 (``追加预算200000元`` over ``年初预算400万元``
    # is 5 %); never a mix of the two scales.
    for in_yuan in (False, True):
        options = {
            name: list(
                dict.fromkeys(f.figure.base_value if in_yuan else f.figure.value for f in found)
            )[:4]
            for name, found in facts.items()
            if found
        }
        if len(options) < len(facts):
            return False
        for combo in itertools.product(*options.values()):
            chosen = dict(zip(options, combo, strict=True))
            value = evaluate(expr, chosen.get)
            if value is not None and close(value * scale, stated, decimals):
                return True
    return False


def _names(node: Node) -> list[str]:
    """The operand names of an expression, in order."""
    if isinstance(node, Name):
        return [node.text]
    if isinstance(node, BinOp):
        return list(dict.fromkeys([*_names(node.left), *_names(node.right)]))
    return []


def recompute_from_framework(reading: Reading, indicator: Indicator) -> Recomputed | None:
    """A rate stated without formula, recomputed with the framework's formula.

    A table row's rate is recomputed from its own cells (a funds table's 执行数 / 预算数).
    """
    if indicator.rate is not None and indicator.row_ratio is not None:
        ratio = indicator.row_ratio
        if _mended_by_parts(reading, ratio, indicator.rate, indicator.rate_decimals):
            return None  # the rate was computed from the total its parts add up to (AR001's)
        return recompute_row_ratio(indicator.rate, indicator.rate_decimals, ratio)
    if indicator.rate is None or indicator.section is None:
        return None
    return recompute_rate(
        reading, indicator.name, indicator.rate, indicator.rate_decimals, indicator.blocks[0]
    )


def _mended_by_parts(reading: Reading, ratio: RowRatio, stated: Decimal, decimals: int) -> bool:
    """Whether a table total that fails its parts gives the row's rate once corrected.

    ``年度资金总额 | 全年预算数 1,965.16`` over ``财政拨款 1,918.76 | 其他资金 56.40``, with
    ``执行率 97.64%`` = 1,928.63 / 1,975.16: the rate was computed from the parts' sum,
    the total cell is the one mistyped (AR001), and the rate is no second finding.
    """
    quantum = Decimal(1).scaleb(-decimals)
    want = stated.quantize(quantum, rounding=ROUND_HALF_UP)
    for b in reading.breakdowns:
        if not b.kind.startswith("table") or not b.parts or not b.exhaustive:
            continue
        written = b.total.value
        added = sum((p.value for p in b.parts), Decimal(0))
        if added == written or written not in (ratio.numerator, ratio.denominator):
            continue
        num = added if ratio.numerator == written else ratio.numerator
        den = added if ratio.denominator == written else ratio.denominator
        if den != 0 and (num / den * HUNDRED).quantize(quantum, rounding=ROUND_HALF_UP) == want:
            return True
    return False


def recompute_row_ratio(stated: Decimal, decimals: int, ratio: RowRatio) -> Recomputed | None:
    """A rate written in a table row recomputed from the row's own amounts, if it differs."""
    if ratio.denominator == 0:
        return None
    rate = ratio.numerator / ratio.denominator * HUNDRED
    unit = Decimal(1).scaleb(-decimals)
    if abs(rate - stated) <= unit / 2:
        return None
    return Recomputed(
        rate,
        f"按同行{ratio.numerator_name}/{ratio.denominator_name}重算",
        text=f"{ratio.numerator_name} {fmt_plain(ratio.numerator)} / "
        f"{ratio.denominator_name} {fmt_plain(ratio.denominator)}",
        rounding_only=abs(rate - stated) <= unit,
    )


def fmt_plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros."""
    text = format(value.normalize(), "f")
    return text


def recompute_rate(
    reading: Reading, name: str, stated: Decimal, decimals: int, block: int
) -> Recomputed | None:
    """A rate named ``name`` (``政府采购执行率``) recomputed with the framework's formula.

    The operands are the report's own figures nearest to ``block``; None when the
    recomputed rate agrees with the stated one.
    """
    framework = reading.framework
    if framework is None:
        return None
    std = framework.find(name)
    if std is None or not std.numerator or not std.denominator:
        return None
    num = reading.best_fact(std.numerator, std.numerator_basis, block)
    den = reading.best_fact(std.denominator, std.denominator_basis, block)
    if num is None or den is None or den.figure.value == 0 or num is den:
        return None
    rate = num.figure.base_value / den.figure.base_value * HUNDRED
    # Right as rounded to the places it is written (96.5 % for 96.5495 %): no finding.
    quantum = Decimal(1).scaleb(-decimals)
    if rate.quantize(quantum, rounding=ROUND_HALF_UP) == stated.quantize(
        quantum, rounding=ROUND_HALF_UP
    ) or unit_misread(rate, stated, decimals):
        return None
    if _another_pair_gives(reading, std, stated, quantum):
        return None  # the report's own figures give the rate: the nearest pair was not its
    rounding = ratio_rounding_explains(num.figure, den.figure, rate, stated, decimals)
    if rounding and abs(rate - stated) > quantum:
        # Written with no formula, the rate was computed from the figures before they
        # were rounded to the places written (``2.65万元/3.20万元`` for 26,480/32,000 元,
        # 82.75 %): one reading of the figures makes it exact, so there is nothing to say.
        return None
    return Recomputed(
        rate,
        "按指标公式（{}）重算".format(f"{num.concept_name}/{den.concept_name}"),
        (
            Operand(num.concept_name, num.figure.value, num),
            Operand(den.concept_name, den.figure.value, den),
        ),
        f"{num.figure.shown} / {den.figure.shown}",
        rounding_only=rounding,
    )


def _another_pair_gives(reading: Reading, std: Any, stated: Decimal, quantum: Decimal) -> bool:
    """Whether some pair of the department's figures for the formula gives ``stated``.

    The nearest figures are only a guess at the operands: a figure read in another
    item's paragraph (``…补贴支出（6分）：全年预算52.00万元，实际支出49.86万元``) can sit
    nearer than the department's totals. When the report states a pair that gives the
    written rate (the spending over another whole-department total it states, such as a
    收入总计 that adds the carry-over to the adjusted budget), the rate is right and the
    nearer pair was not its.
    """
    nums = reading.department_facts(std.numerator, std.numerator_basis)
    # The formula's own base, or one the report chose itself (``全年可支配资金`` = 上年结转
    # + 调整后预算, stated as 收入总计): the spending over another of its stated totals.
    bases = reading.department_facts(std.denominator, std.denominator_basis) + [
        f
        for f in reading.facts.facts
        if f.figure.kind == "money"
        and f.origin != "formula"
        and f.scope == "total"
        and f.source is None
        and f.concept != "budget.initial"  # over the 年初预算: AR007's wrong base
        and (reading.report_year is None or f.year == reading.report_year)
    ]
    want = stated.quantize(quantum, rounding=ROUND_HALF_UP)
    return any(
        (n.figure.base_value / d.figure.base_value * HUNDRED).quantize(
            quantum, rounding=ROUND_HALF_UP
        )
        == want
        for n in nums
        for d in bases
        if n is not d and d.figure.base_value != 0
    )


def ratio_rounding_explains(
    num: Any, den: Any, computed: Decimal, stated: Decimal, decimals: int
) -> bool:
    """Whether rounding the operands (or truncating the rate) explains the difference."""
    unit = Decimal(1).scaleb(-decimals)
    if abs(computed - stated) <= unit:
        return True
    hn = Decimal(1).scaleb(-num.amount.decimals) / 2 if num.amount.decimals else Decimal(0)
    hd = Decimal(1).scaleb(-den.amount.decimals) / 2 if den.amount.decimals else Decimal(0)
    if den.value - hd <= 0:
        return False
    lo = (num.value - hn) / (den.value + hd) * HUNDRED
    hi = (num.value + hn) / (den.value - hd) * HUNDRED
    return bool(lo - unit / 2 <= stated <= hi + unit / 2)


def assess(reading: Reading, indicator: Indicator) -> Assessment:
    """Assess one indicator against its rule at the stated and recomputed rates.

    Computed once per indicator of a reading's sheets; SC002–SC004, SC009 and the
    summary share it.
    """
    for s, sheet in enumerate(reading.sheets):
        for n, candidate in enumerate(sheet.indicators):
            if candidate is indicator:
                known = _derived(reading).assessments
                if (s, n) not in known:
                    known[(s, n)] = _assess(reading, indicator)
                return known[(s, n)]
    return _assess(reading, indicator)


@dataclass
class _Derived:
    """What has been computed from one reading (it must not refer to the reading)."""

    assessments: dict[tuple[int, int], Assessment] = field(default_factory=dict)
    """By (sheet, indicator) position in ``reading.sheets``."""
    summary: ScoreSummary | None = None


_DERIVED: weakref.WeakKeyDictionary[Reading, _Derived] = weakref.WeakKeyDictionary()
"""Beside each live reading (gone with it), never inside the frozen object."""


def _derived(reading: Reading) -> _Derived:
    derived = _DERIVED.get(reading)
    if derived is None:
        derived = _DERIVED[reading] = _Derived()
    return derived


MANY_READINGS = 3
"""More readings than this of one rule for one rate: the rule paragraph mixes several
indicators' clauses, and which clause scores this one is itself in doubt."""


def rate_figure(reading: Reading, indicator: Indicator) -> Figure | None:
    """The figure the indicator's rate was read from (its own blocks first)."""
    if indicator.rate is None or indicator.rate_location is None:
        return None
    first, end = indicator.blocks
    own = (f for block in range(first, max(end, first + 1)) for f in reading.figures_in(block))
    # A table row's rate may be read from a paragraph elsewhere (links.py): then any block.
    for figures in (own, reading.figures):
        for f in figures:
            if f.location == indicator.rate_location and f.value == indicator.rate:
                return f
    return None


def hedged_rate(reading: Reading, indicator: Indicator) -> bool:
    """Whether the indicator's rate is stated as approximate (``约90%``, ``95%左右``).

    An approximate actual supports no exact re-score.
    """
    found = rate_figure(reading, indicator)
    return found is not None and found.amount.approximate


def _rate_formula(reading: Reading, indicator: Indicator) -> Formula | None:
    """A formula written elsewhere that states the indicator's rate, in the indicator's blocks.

    ``服务对象满意度=332/341×100%=96.26%`` in the indicator's paragraph: its own numbers
    recompute the rate even when the sheet row was not linked to it.
    """
    if indicator.rate is None:
        return None
    own_name = _OUTLINE_NUMBER.sub("", indicator.name)
    same = [indicator] + [
        other
        for sheet in reading.sheets
        for other in sheet.indicators
        if other is not indicator
        and other.rate == indicator.rate
        and _OUTLINE_NUMBER.sub("", other.name) == own_name
    ]
    for other in same:
        if other.formula is not None:
            return other.formula  # the same row stated again with its formula (prose sheet)
    spans = [(a, max(b, a + 1)) for a, b in (o.blocks for o in same) if b > a]
    for formula in (*reading.formulas, *reading.amount_rates):
        if formula.stated is None or not formula.stated.percent:
            continue
        if formula.stated.value * HUNDRED != indicator.rate:
            continue
        name = _OUTLINE_NUMBER.sub("", formula.name)
        if any(a <= formula.block < b for a, b in spans) or (
            len(name) >= NAME_OVERLAP and (name in own_name or own_name in name)
        ):
            return formula
    return None


_OUTLINE_NUMBER = re.compile(r"^[\d.（）()一二三四五六七八九十、\s]+")
NAME_OVERLAP = 4
"""Characters a formula's name must share with the indicator's (``对象满意度`` of
``服务对象满意度``) to state its rate from another block."""


def _assess(reading: Reading, indicator: Indicator) -> Assessment:
    rule = indicator.rule
    source = "report" if rule else ""
    framework = reading.framework
    if (
        rule is None
        and framework is not None
        and indicator.rate is not None
        and not indicator.rule_quote
    ):
        std = framework.find(indicator.name)
        # The framework's rule scores its own maximum: a report that weights the
        # indicator differently (满意度 10 分, not 6) follows another rule.
        if (
            std is not None
            and std.rule is not None
            and not std.rule.empty
            and (std.maximum is None or std.maximum == indicator.maximum)
        ):
            rule, source = std.rule, "framework"
    recomputed = None
    formula = indicator.formula or _rate_formula(reading, indicator)
    if formula is not None:
        recomputed = recompute_formula(reading, formula)
    elif indicator.rate is not None:
        recomputed = recompute_from_framework(reading, indicator)
        if recomputed is not None and recomputed.rounding_only:
            recomputed = None
    if (
        recomputed is not None
        and indicator.rate is not None
        and misread_scale(recomputed.rate, indicator.rate)
    ):
        recomputed = None  # one operand in 元, the other in 万元: a misreading, say nothing
    maximum = indicator.maximum
    stated_readings: frozenset[Decimal] = frozenset()
    recomputed_readings: frozenset[Decimal] = frozenset()
    expected = indicator.awarded
    contradictory = False
    span: tuple[Decimal, Decimal] | None = None
    if rule is not None and indicator.rate is not None:
        stated_readings = frozenset(rule.readings(indicator.rate, maximum))
        span = rule.rounding_span(indicator.rate, indicator.rate_decimals, maximum)
        contradictory = rule.contradicts_itself(indicator.rate, maximum)
        rate = recomputed.rate if recomputed else indicator.rate
        if recomputed is not None:
            recomputed_readings = frozenset(rule.readings(recomputed.rate, maximum))
        preferred = rule.preferred(rate, maximum)
        if preferred is not None:
            expected = preferred
            if (
                indicator.awarded is not None
                and not recomputed
                and any(abs(indicator.awarded - r) < Decimal("0.005") for r in stated_readings)
            ):
                expected = indicator.awarded
    if (
        indicator.awarded is not None
        and not recomputed
        and (
            hedged_rate(reading, indicator)
            or (
                len(stated_readings) > MANY_READINGS
                and min(stated_readings) <= indicator.awarded <= max(stated_readings)
            )
        )
    ):
        expected = indicator.awarded  # the reading is in doubt: keep the report's score
    if expected is not None and expected > maximum:
        expected = maximum
    return Assessment(
        indicator=indicator,
        rule=rule,
        rule_source=source,
        stated_rate=indicator.rate,
        recomputed=recomputed,
        readings_stated=stated_readings,
        readings_recomputed=recomputed_readings,
        expected=expected,
        contradictory=contradictory,
        stated_span=span,
    )


CERTAIN_EPSILON = Decimal("0.005")


def certain_score(a: Assessment) -> Decimal | None:
    """The score no plausible reading of the indicator's rule disputes.

    ``expected`` re-scores with one reading (pro rata); a reviewer's grade must not
    rest on it. An award that a reading of the rule gives, or that lies between the
    readings of one clause (another rounding of the step), or inside the span the
    unrounded rate allows, stays as awarded; an award beyond every reading moves to
    the reading nearest it (the most generous re-score, certain in its direction).
    A rule that contradicts itself keeps ``expected`` (its award fits no clause); the
    reference framework's rule (the report states none) and an award ``expected``
    already keeps (an approximate rate, a paragraph of many readings) stay as awarded.
    """
    awarded = a.indicator.awarded
    if awarded is None:
        return a.expected
    if a.rule_source == "framework" or (
        a.expected is not None and abs(a.expected - awarded) <= CERTAIN_EPSILON
    ):
        return awarded  # a rule the report does not state, or a reading kept in doubt
    readings = a.readings_recomputed if a.recomputed is not None else a.readings_stated
    if not readings or a.contradictory:
        return a.expected
    if min(readings) - CERTAIN_EPSILON <= awarded <= max(readings) + CERTAIN_EPSILON:
        return awarded
    span = a.stated_span if a.recomputed is None else None
    if span is not None and span[0] - CERTAIN_EPSILON <= awarded <= span[1] + CERTAIN_EPSILON:
        return awarded
    nearest = min(readings, key=lambda r: abs(r - awarded))
    return min(nearest, a.indicator.maximum)


@dataclass(frozen=True)
class ScoreSummary:
    """The JSON ``score`` block: stated versus recomputed total and grade."""

    stated_total: Decimal | None
    indicator_sum: Decimal | None
    recomputed_total: Decimal | None
    maxima_sum: Decimal | None
    stated_grade: str | None
    recomputed_grade: str | None
    bands: tuple[GradeBand, ...]
    assessments: tuple[Assessment, ...]
    sheet: ScoreSheet | None
    grade_statements: tuple[StatedValue, ...] = ()
    """Where the grade is stated (the main sheet's, else the report's conclusion)."""


def main_sheet(sheets: Sequence[ScoreSheet]) -> ScoreSheet | None:
    """The report's own indicator sheet: a whole one with the most indicators."""
    if not sheets:
        return None
    return max(
        sheets,
        key=lambda s: (
            not s.partial,
            not s.scorer,
            all(i.awarded is not None for i in s.indicators),
            len(s.indicators),
            s.kind == "narrative",
        ),
    )


def summarize(reading: Reading) -> ScoreSummary:
    """Stated and recomputed totals and grades of the main score sheet (computed once)."""
    derived = _derived(reading)
    if derived.summary is None:
        derived.summary = _summarize(reading)
    return derived.summary


def _with_sibling_rule(reading: Reading, sheet: ScoreSheet, own: Assessment) -> Assessment:
    """An indicator's assessment, or its namesake's in another sheet that has a rule.

    The 自评表 states the scores; the text may state an indicator's rule the table does
    not carry (``95%（含）以上得10分；90%至95%得8分``). When the same indicator, awarded
    the same score, is recomputed to another score there, the summary recomputes it so;
    a row scored by the reference framework's rule takes the text's own rule instead.
    """
    indicator = own.indicator
    if (own.rule is not None and own.rule_source != "framework") or indicator.awarded is None:
        return own
    for other in reading.sheets:
        if other is sheet:
            continue
        for namesake in other.indicators:
            if namesake.name != indicator.name or namesake.awarded != indicator.awarded:
                continue
            theirs = assess(reading, namesake)
            if own.rule is not None and theirs.rule_source != "report":
                continue  # the framework's rule gives way only to the report's own
            if theirs.rule is not None and theirs.expected is not None:
                return replace(theirs, indicator=indicator)
    return own


def reviewed(a: Assessment) -> Assessment:
    """The assessment as the 得分复核 block counts it: re-scored by the report's own rules only.

    A row the report gives no rule for is scored by the reference framework's rule in
    ``assess``; no error rests on that reading (``certain_score`` keeps the award, SC002
    only warns), so the block and its 复核总分 keep the awarded score there rather
    than show a change no finding explains (固定资产利用率 3 → 2.77 unexplained).
    """
    awarded = a.indicator.awarded
    if a.rule_source != "framework" or awarded is None or a.expected == awarded:
        return a
    return replace(a, expected=awarded)


def _summarize(reading: Reading) -> ScoreSummary:
    sheet = main_sheet(reading.sheets)
    if sheet is None or not sheet.indicators or sheet.partial:
        # A partial sheet (part of its rows in a table that cannot be joined) has no sum.
        return ScoreSummary(None, None, None, None, None, None, (), (), sheet)
    assessments = tuple(
        reviewed(_with_sibling_rule(reading, sheet, assess(reading, i))) for i in sheet.indicators
    )
    awarded = [i.awarded for i in sheet.indicators if i.awarded is not None]
    # Bonus rows (``加分项 | — | 1.0``) are part of the total, on top of the indicators.
    indicator_sum = sum(awarded, sheet.bonus) if awarded else None
    expected = [a.expected for a in assessments if a.expected is not None]
    recomputed = sum(expected, sheet.bonus) if len(expected) == len(assessments) else indicator_sum
    totals = Counter(t.value for t in sheet.totals)
    stated_total = Decimal(totals.most_common(1)[0][0]) if totals else None
    if len(awarded) < len(sheet.indicators):
        # Some scores are stated only for their group (``以上四项均得满分``): the sum of
        # the scores read is no total; the stated one, corrected where a rule gives
        # another score, is the recomputation.
        indicator_sum = None
        recomputed = (
            stated_total
            + sum(
                (
                    a.expected - i.awarded
                    for i, a in zip(sheet.indicators, assessments, strict=True)
                    if a.expected is not None and i.awarded is not None
                ),
                Decimal(0),
            )
            if stated_total is not None
            else None
        )
    # A 自评表 without a grade row: the conclusion's ``等级为“优”`` and its bands
    # (read into the narrative sheet) state the grade of the same scoring.
    statements = sheet.grades or next((s.grades for s in reading.sheets if s.grades), ())
    grades = Counter(g.value for g in statements)
    stated_grade = grades.most_common(1)[0][0] if grades else None
    bands = sheet.bands or next((s.bands for s in reading.sheets if s.bands), ()) or STANDARD_BANDS
    recomputed_grade = grade_for(recomputed, bands) if recomputed is not None else None
    return ScoreSummary(
        stated_total=stated_total,
        indicator_sum=indicator_sum,
        recomputed_total=recomputed,
        maxima_sum=sum((i.maximum for i in sheet.indicators), Decimal(0)),
        stated_grade=stated_grade,
        recomputed_grade=recomputed_grade,
        bands=bands,
        assessments=assessments,
        sheet=sheet,
        grade_statements=tuple(statements),
    )
