"""Structure hypotheses for a table, chosen by how many of its identities hold.

A header row ``支出合计 | 基本支出 | 其中：人员经费 | 公用经费 | 项目支出`` can be read
flat (the total adds all four) or nested (人员经费 and 公用经费 are parts of 基本支出,
the total adds 基本支出 and 项目支出). The reports rarely say which in a way a pattern
can rely on, but their own arithmetic does: the right reading makes most rows add up.

Each hypothesis is a set of identities (a total and the cells it adds); its score is
how many hold exactly (within the rounding of the figures) across the table. The best
is kept; failures under it are findings; when two hypotheses score the same and read
the table differently, nothing is reported (abstain). A hypothesis that needs a nesting
no header announces (no ``其中``/``小计``) loses a tie to one that does not.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from auditor.read.figures import Figure
from auditor.text.units import to_base

T = TypeVar("T")

MAX_ENUMERATED = 10
"""Part lists longer than this are read only as written (2^(n-1) nestings otherwise)."""


@dataclass(frozen=True, slots=True)
class Nest:
    """Columns (or rows) ``children`` are parts of ``parent``, not of the total."""

    parent: int
    children: tuple[int, ...]
    cued: bool
    """The header announces the nesting (``其中：``, ``小计``)."""


@dataclass(frozen=True, slots=True)
class ColumnHypothesis:
    """One reading of a total column and the columns after it."""

    total: int
    top: tuple[int, ...]
    nests: tuple[Nest, ...]

    @property
    def uncued(self) -> int:
        """Nestings the header does not announce (the simpler reading wins a tie)."""
        return sum(1 for n in self.nests if not n.cued)


@lru_cache(maxsize=4096)
def _to_base(value: Decimal, unit: str | None) -> Decimal:
    return to_base(value, unit)


def base(fig: Figure) -> Decimal:
    """``fig.base_value``, cached: scoring calls it for every cell of every reading."""
    return _to_base(fig.amount.value, fig.unit)


def half_unit(fig: Figure) -> Decimal:
    """Half a unit of the figure's last written digit, in base units."""
    if fig.amount.decimals == 0:
        return Decimal(0)
    step = Decimal(1).scaleb(-fig.amount.decimals) / 2
    if fig.value:
        # The unit's factor, read off the figure itself (no unit-registry call).
        return abs(step * base(fig) / fig.value)
    return abs(_to_base(fig.value + step, fig.unit) - base(fig))


def quotient_holds(
    stated: Decimal, places: int, computed: Decimal, quotient: Decimal, operands: Sequence[Figure]
) -> bool:
    """Whether a stated percentage is ``computed`` to the ``places`` it is written.

    ``quotient`` is the division the percentage comes from (the rate itself, or 100 plus a
    growth rate); each operand may be off by half a unit of its last written digit, which
    moves the quotient by that relative amount.
    """
    slack = Decimal(1).scaleb(-places) / 2
    spread = abs(quotient) * sum(
        (half_unit(f) / abs(base(f)) for f in operands if base(f)), Decimal(0)
    )
    return abs(computed - stated) <= slack + spread + Decimal("1e-9")


def holds(total: Figure, parts: Sequence[Figure | None]) -> bool:
    """Whether ``total`` equals the sum of ``parts`` (None is an empty cell: zero)."""
    present = [p for p in parts if p is not None]
    diff = base(total) - sum((base(p) for p in present), Decimal(0))
    tolerance = half_unit(total) + sum((half_unit(p) for p in present), Decimal(0))
    return abs(diff) <= tolerance


def nestings(
    parts: Sequence[int], cued: frozenset[int]
) -> Iterator[tuple[tuple[int, ...], tuple[Nest, ...]]]:
    """Every way to read ``parts`` as top-level columns, some owning the ones after them.

    ``cued`` holds the parts whose header says they own the parts after them (a
    ``本年收入小计`` column before its sources, a column before ``其中：``); how many
    they own is left to the arithmetic. Yields ``(top, nests)``; flat comes first.
    """
    n = len(parts)
    if n > MAX_ENUMERATED:
        yield tuple(parts), ()
        return

    def walk(i: int) -> Iterator[tuple[tuple[int, ...], tuple[Nest, ...]]]:
        if i >= n:
            yield (), ()
            return
        for top, nests in walk(i + 1):
            yield (parts[i], *top), nests
        for k in range(1, n - i):
            children = tuple(parts[i + 1 : i + 1 + k])
            nest = Nest(parts[i], children, parts[i] in cued)
            for top, nests in walk(i + 1 + k):
                yield (parts[i], *top), (nest, *nests)

    yield from walk(0)


@dataclass(frozen=True, slots=True)
class Scored:
    """A hypothesis with the identities it makes hold and fail."""

    hypothesis: ColumnHypothesis
    held: int
    failed: int
    exhaustive_nests: tuple[Nest, ...]
    """Nestings whose children add up to their parent in most rows (complete lists)."""
    total_held: int = 0
    """Rows where the total itself equals its top-level parts (nestings aside)."""
    total_failed: int = 0
    """Rows where it does not."""

    @property
    def total_never_holds(self) -> bool:
        """The total fails in every row (two at least): its nestings alone score.

        ``收入合计 | 财政拨款 | 事业收入 | 其他收入 | 支出合计``: 支出合计 read as 收入合计
        (which its three sources add up to) fails in every row — it totals nothing here.
        """
        return self.total_held == 0 and self.total_failed >= 2


def score_columns(
    hypothesis: ColumnHypothesis, rows: Sequence[Mapping[int, Figure | None]]
) -> Scored:
    """Count identities that hold, row by row, under one column hypothesis.

    ``rows`` maps column → figure (None for an empty cell) for each data row. A row of
    zeros, or one that repeats a row already counted, is no evidence. A nest
    counts as an identity only when it is complete in most rows where it can be
    checked (``其中：政府采购`` under 项目支出 is a subset, not a breakdown).
    """
    held = failed = 0
    seen: set[tuple[Decimal, ...]] = set()
    for row in rows:
        total = row.get(hypothesis.total)
        if total is None or not all(c in row for c in hypothesis.top):
            continue
        parts = [row[c] for c in hypothesis.top]
        if holds(total, parts):
            # A row of zeros, or one repeating a row already counted, holds under any
            # reading: no evidence for this one.
            vector = (base(total), *(base(p) if p is not None else Decimal(0) for p in parts))
            if any(vector) and vector not in seen:
                held += 1
            seen.add(vector)
        else:
            failed += 1
    total_held, total_failed = held, failed
    complete: list[Nest] = []
    for nest in hypothesis.nests:
        ok = bad = 0
        for row in rows:
            parent = row.get(nest.parent)
            if parent is None or not all(c in row for c in nest.children):
                continue
            if parent.value == 0:
                continue  # 0 = 0 + 0 holds under any nesting: no evidence either way
            if holds(parent, [row[c] for c in nest.children]):
                ok += 1
            else:
                bad += 1
        if ok > bad:
            complete.append(nest)
            held += ok
            failed += bad
    return Scored(hypothesis, held, failed, tuple(complete), total_held, total_failed)


def choose(scored: Sequence[Scored]) -> Scored | None:
    """The hypothesis under which most identities hold; None when the best tie.

    Ranked by identities held, then by fewer failures, then by fewer nestings no
    header announces. Two hypotheses equal on all three that read the table
    differently are a tie: the table's arithmetic cannot tell them apart.
    """
    if not scored:
        return None
    ranked = sorted(scored, key=lambda s: (-s.held, s.failed, s.hypothesis.uncued))
    best = ranked[0]
    for other in ranked[1:]:
        if (other.held, other.failed, other.hypothesis.uncued) != (
            best.held,
            best.failed,
            best.hypothesis.uncued,
        ):
            break
        if other.hypothesis.top != best.hypothesis.top:
            return None
    return best


def best_unless_tied(ranked: Sequence[tuple[int, T, Hashable]]) -> T | None:
    """The candidate whose reading makes most rows hold; None when another ties it.

    Each candidate is (rows held, what it reads, which rows it explains): two readings
    that hold as many rows but explain different ones are a tie the table's arithmetic
    cannot settle, so nothing is read (used for a table's rate and difference columns).
    """
    if not ranked:
        return None
    ordered = sorted(ranked, key=lambda x: -x[0])
    best = ordered[0]
    for other in ordered[1:]:
        if other[0] < best[0]:
            break
        if other[2] != best[2]:
            return None
    return best[1]


def subset_explains(difference: Decimal, parts: Sequence[Decimal]) -> bool:
    """Whether ``difference`` equals one part or the sum of some parts (exactly).

    Parts that exceed their total by exactly some of themselves were read under the
    wrong structure (a part nested in another, a subtotal added with its own parts).
    """
    if difference <= 0 or len(parts) < 2 or difference >= sum(parts, Decimal(0)):
        return False
    if len(parts) > 16:
        return difference in parts
    reachable = {Decimal(0)}
    for p in parts:
        reachable |= {r + p for r in reachable if r + p <= difference}
        if difference in reachable:
            return True
    return False


def some_sum_equals(difference: Decimal, candidates: Sequence[Decimal]) -> bool:
    """Whether ``difference`` is one of ``candidates`` or the sum of some of them."""
    if difference <= 0 or not candidates:
        return False
    if len(candidates) > 16:
        return difference in candidates
    reachable = {Decimal(0)}
    for c in candidates:
        reachable |= {r + c for r in reachable if r + c <= difference}
        if difference in reachable:
            return True
    return False
