"""One wrong rate, one finding: a written formula's wrong result and the copies it names.

``预算执行率=6,653.89/6,882.16×100%=96.86%`` (it gives 96.68 %) restated as 96.86 % in a
paragraph and in a table row's 执行率 column is one defect. AR003 finds the formula and
names every copy (``…亦写作 96.86%，应一并更正``); AR005, recomputing a copy from the same
two figures to the same right value, would report the same defect again. Such a copy is
left to the formula's finding: the formula writes its operands, the surest reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from auditor.model import Location

_SCALES = (Decimal(1), Decimal(10000))
"""The same amount written in 元 and in 万元 (a formula in 万元 over a table in 元)."""


@dataclass(frozen=True, slots=True)
class WrongRate:
    """A formula's written rate its own numbers do not give, and where it is copied."""

    places: frozenset[tuple[Location, Decimal]]
    """The formula's place and every copy's, each with the written percent."""
    right: Decimal
    """The percent the formula's numbers give, not rounded."""
    operands: tuple[Decimal, ...]
    """The formula's numbers (without the 100 of ``×100%``)."""


def _same_amount(a: Decimal, b: Decimal) -> bool:
    return any(a == b * s or a * s == b for s in _SCALES)


def _same_right(a: Decimal, b: Decimal) -> bool:
    """Both rates agree to two places (the places a right value is shown to)."""
    q = Decimal("0.01")
    return a.quantize(q, rounding=ROUND_HALF_UP) == b.quantize(q, rounding=ROUND_HALF_UP)


def told_by_a_formula(
    wrong: Sequence[WrongRate],
    location: Location,
    written: Decimal,
    right: Decimal,
    operands: Iterable[Decimal],
) -> bool:
    """Whether a wrong formula's finding already names this rate as one of its copies.

    The same written percent at a place the formula's finding names, recomputed to the
    same right value from figures the formula writes (in 元 or 万元): the same defect.
    A copy recomputed from other figures, or to another value, is a finding of its own.
    """
    values = tuple(operands)
    return any(
        (location, written) in w.places
        and _same_right(w.right, right)
        and all(any(_same_amount(v, o) for o in w.operands) for v in values)
        for w in wrong
    )
