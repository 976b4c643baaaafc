"""Which of two figures typed two ways is right: the document's own arithmetic decides.

A slip pair (:mod:`.slips`) says two places state one quantity; it does not say which
place is wrong. The document often does:

- **parts**: one value is the total of parts stated with it that add up to it exactly
  (``推进市级重点工程97个，其中续建52个、新开工45个``: 52 + 45 = 97), or the other
  value is a total whose own parts add up to the first (``在编在岗31人，其中行政9人、
  事业17人、工勤4人`` gives 30, the value stated elsewhere);
- **within**: one value is a part of a total stated with it that adds up exactly
  (``城乡居民医保参保312,486人，职工医保参保28,640人，共计341,126人``);
- **restated**: one value is stated again, identically, in a third place that names
  the same thing (``完成地形图更新1,640平方公里`` twice against a cell's ``1,460``).

The side with evidence is right only when the other side has none; when both or
neither have it, nothing is decided (the finding shows both readings).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.read.figures import Figure
from auditor.read.relations import Breakdown
from auditor.text.units import same_dimension


@dataclass(frozen=True, slots=True)
class Verdict:
    """The side of a slip pair the document's arithmetic or restatements confirm."""

    right: Figure
    wrong: Figure
    parts: tuple[Figure, ...] = ()
    """Parts stated with one side that add up to the right value."""
    restated: tuple[Figure, ...] = ()
    """Other places stating the right value identically."""
    within: Figure | None = None
    """A total the right value is a part of, whose parts add up to it with that value."""


class Sums:
    """The sum of the parts stated with each total (text and table breakdowns)."""

    def __init__(self, breakdowns: Iterable[Breakdown]) -> None:
        self._parts: dict[Figure, tuple[Figure, ...]] = {}
        self._held: dict[Figure, Figure] = {}
        for b in breakdowns:
            if b.exhaustive and not b.tentative and _adds_up(b):
                for p in b.parts:
                    self._held.setdefault(p, b.total)
            if len(b.parts) < 2 or b.total in self._parts:
                continue
            if all(same_dimension(p.unit, b.total.unit) for p in b.parts):
                self._parts[b.total] = b.parts

    def parts_adding_to(self, total: Figure, value: Decimal) -> tuple[Figure, ...]:
        """The parts stated with ``total`` when they add up to ``value`` (base unit), else ()."""
        parts = self._parts.get(total, ())
        if parts and sum((p.base_value for p in parts), Decimal(0)) == value:
            return parts
        return ()

    def total_holding(self, part: Figure) -> Figure | None:
        """The total ``part`` is listed under when that total's parts add up to it exactly.

        A project row of a table whose 合计 adds up (``项目合计 202.92``) is confirmed by
        the table's own arithmetic: any other value in that row would break the total.
        """
        return self._held.get(part)


def _adds_up(b: Breakdown) -> bool:
    """Whether the parts of ``b`` (at least two, one dimension) add up to its total exactly."""
    if len(b.parts) < 2 or not all(same_dimension(p.unit, b.total.unit) for p in b.parts):
        return False
    return sum((p.base_value for p in b.parts), Decimal(0)) == b.total.base_value


def decide(
    a: Figure,
    b: Figure,
    sums: Sums,
    restated: Mapping[Figure, Sequence[Figure]],
) -> Verdict | None:
    """The verdict on ``a`` against ``b``, or None when the document does not decide.

    ``restated`` gives, for each of the two, the other places stating its value of the
    same thing.
    """
    evidence: dict[Figure, tuple[tuple[Figure, ...], tuple[Figure, ...], Figure | None]] = {}
    for side, other in ((a, b), (b, a)):
        # its own parts give it, or the other's parts give it (the other's total is off)
        parts = sums.parts_adding_to(side, side.base_value) or sums.parts_adding_to(
            other, side.base_value
        )
        # or it is one part of a total that adds up with it (``城乡居民312,486人，职工
        # 28,640人，共计341,126人``): any other value would break that total
        within = None if parts else sums.total_holding(side)
        evidence[side] = (parts, tuple(restated.get(side, ())), within)
    has = {fig: bool(ev[0] or ev[1] or ev[2]) for fig, ev in evidence.items()}
    if has[a] == has[b]:
        return None
    right, wrong = (a, b) if has[a] else (b, a)
    parts, again, within = evidence[right]
    return Verdict(right, wrong, parts, again, within)
