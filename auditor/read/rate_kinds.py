"""Rates written wrong in kinds a clerk makes, read from a rate stated beside its figures.

:mod:`.implied_rates` reads a rate stated beside its operands and says when its one
pair does not give it. Some such misses have a telling cause the figures themselves
show, and that cause makes the reading sure:

- :func:`inverted`: the written rate is the pair the words fix taken the other way
  round (``预算6.40万元，实际支出5.12万元，执行率125.00%`` = 6.40/5.12);
- :func:`off_by_one`: the written rate is the pair with one count off by one unit of
  the item (``排查42处，已整改40处，整改率97.62%`` = 41/42);
- :func:`initial_base`: an execution rate over the initial budget when the sentence also
  states the adjusted one (``年初预算…，调整后预算…，实际支出…，预算执行率…``);
- :func:`same_noun_other_year`: a figure of the same noun for another year
  (``上年受理投诉258件``) that the written rate is the part over.

Wording is data (``cues/implied_rates.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from auditor.read.implied_rates import (
    HUNDRED,
    ImpliedRate,
    Operand,
    digits_at,
    gives,
    rate_of,
    rate_stem,
)
from auditor.read.slips import MIN_DIGITS
from auditor.read.wording import patterns

Pair = tuple[Operand, Operand]


def _enough_digits(rate: ImpliedRate) -> bool:
    written = digits_at(rate.stated.value, rate.stated.decimals)
    return len(written.rstrip("0")) >= MIN_DIGITS


def _only_reading(rate: ImpliedRate, pair: Pair) -> bool:
    """Whether the pair and its inverse are the only readings (two figures of its unit)."""
    return set(rate.readings) <= {pair, (pair[1], pair[0])}


def inverted(rate: ImpliedRate) -> Pair | None:
    """The one candidate pair whose inverse gives the written rate, or None.

    The pair must be the only reading (two figures of its measure), and the rate must
    not be what the pair itself gives. ``公务接待费预算6.40万元，实际支出5.12万元，
    执行率125.00%``: 6.40/5.12.
    """
    if len(rate.pairs) != 1 or not _enough_digits(rate):
        return None
    (pair,) = rate.pairs
    part, whole = pair
    if not _only_reading(rate, pair) or gives(rate, pair):
        return None
    if part.base_value >= whole.base_value:
        return None  # the part is the larger: a rate above 100 % is what it gives
    return pair if gives(rate, (whole, part)) else None


def _shifted(operand: Operand, by: int) -> Operand:
    amount = operand.amount
    value = amount.value + by
    raw = amount.raw.replace(amount.number_text, str(value), 1)
    return replace(operand, amount=replace(amount, value=value, raw=raw))


def off_by_one(rate: ImpliedRate, pair: Pair) -> Operand | None:
    """The pair's count that, one unit more or less, gives the written rate, or None.

    Counts only (whole numbers of an item, not money), ten at least; exactly one of the
    four shifted readings (the part or the whole, one more or one less) gives the rate
    to its written places. ``排查隐患点42处，已整改40处，整改率97.62%``: 41/42.
    """
    part, whole = pair
    if part.amount.kind == "money" or not _enough_digits(rate):
        return None
    if any(o.amount.decimals or o.amount.value < 10 for o in pair):
        return None
    written = digits_at(rate.stated.value, rate.stated.decimals)
    found: list[Operand] = []
    for side in (0, 1):
        for by in (-1, 1):
            shifted = [part, whole]
            shifted[side] = _shifted(pair[side], by)
            value = rate_of((shifted[0], shifted[1]))
            shown = {digits_at(value, rate.stated.decimals, r) for r in (ROUND_HALF_UP, ROUND_DOWN)}
            if written in shown:
                found.append(shifted[side])
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class InitialBase:
    """An execution rate the initial budget gives, beside an adjusted budget it does not."""

    part: Operand
    initial: Operand
    adjusted: Operand
    right: Decimal
    """The rate over the adjusted budget, in percent."""


def initial_base(rate: ImpliedRate) -> InitialBase | None:
    """The execution rate computed over 年初预算 when 调整后预算 is stated beside it.

    One spending figure, one initial and one adjusted budget among the rate's figures
    (others, a 年中追加, may stand beside them); the spending over the initial budget is
    the one reading that gives the written rate. A rate named by the initial budget (``年初预算执行率``) is right.
    """
    if rate_stem(rate.name) != "执行" or not _enough_digits(rate):
        return None
    (initial_re,) = patterns("implied_rates", "initial_budget_label")
    (adjusted_re,) = patterns("implied_rates", "adjusted_budget_label")
    (part_re,) = patterns("implied_rates", "money_part_执行")
    (whole_re,) = patterns("implied_rates", "money_whole_label")
    if initial_re.search(rate.name) or adjusted_re.search(rate.name):
        return None
    operands = {o for pair in rate.readings for o in pair if o.amount.kind == "money"}
    initial = [o for o in operands if initial_re.search(o.label) and whole_re.search(o.label)]
    adjusted = [
        o
        for o in operands
        if adjusted_re.search(o.label) and whole_re.search(o.label) and o not in initial
    ]
    parts = [
        o
        for o in operands
        if part_re.search(o.label) and not whole_re.search(o.label) and o not in initial
    ]
    if len(initial) != 1 or len(adjusted) != 1 or len(parts) != 1:
        return None
    ((part,), (first,), (adjusted_budget,)) = parts, initial, adjusted
    if [p for p in rate.readings if gives(rate, p)] != [(part, first)]:
        return None  # the initial budget is not the one reading that gives it
    return InitialBase(part, first, adjusted_budget, rate_of((part, adjusted_budget)))


def _core(label: str) -> str:
    """The label's noun without its year words (``2023年接收群众来信`` → ``接收群众来信``)."""
    (year_re,) = patterns("implied_rates", "year_words")
    return year_re.sub("", label).strip("：:，, ")


def same_noun_other_year(whole: Operand, label: str) -> bool:
    """Whether ``label`` names the whole's noun for another year (上年受理投诉 for 受理投诉).

    The label marks another year (上年, 去年, a year number) that the whole's label does
    not, and without their year words the two labels end alike (two characters at least).
    """
    (other_re,) = patterns("implied_rates", "other_year_words")
    mark = other_re.search(label)
    if mark is None:
        return False
    own = other_re.search(whole.label)
    if own is not None and own.group() == mark.group():
        return False
    core, other = _core(whole.label), _core(label)
    if len(core) < 2 or len(other) < 2:
        return False
    return core.endswith(other) or other.endswith(core)


def compared_other_year(whole: Operand, label: str, start: int) -> bool:
    """Whether a figure at ``start`` labelled only ``较2024年的`` follows the whole's figure.

    ``立案查处案件148件，较2024年的144件``: 144 is the whole's noun for 2024, though its
    label names no noun; only right after the whole (its measure word and a comma between).
    """
    (compared_re,) = patterns("implied_rates", "compared_other_year")
    if not compared_re.search(label):
        return False
    gap = start - whole.amount.end
    return len(label) < gap <= len(label) + 3


def without_other_years(rate: ImpliedRate) -> ImpliedRate | None:
    """The rate without the figures that are another figure's noun for another year.

    ``上年受理仲裁案件186件。本年受理仲裁案件203件，结案197件，结案率…``: 186 is last
    year's figure of 203's noun, no operand of this year's rate (though a slip may have
    made it one). None when no such figure is among the rate's readings.
    """
    operands = {o for pair in rate.readings for o in pair}
    dropped = {
        o
        for o in operands
        if any(
            w is not o
            and (
                same_noun_other_year(w, o.label) or compared_other_year(w, o.label, o.amount.start)
            )
            for w in operands
        )
    }
    if not dropped:
        return None
    return replace(
        rate,
        pairs=tuple(p for p in rate.pairs if not set(p) & dropped),
        readings=tuple(p for p in rate.readings if not set(p) & dropped),
    )


def rate_over(num: Operand, value: Decimal) -> Decimal:
    """The numerator over another figure's value (in the same base unit), in percent."""
    return num.base_value / value * HUNDRED
