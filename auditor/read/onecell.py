"""One wrong cell: the single table cell whose correction makes the document's arithmetic hold.

A typo in one cell breaks several identities at once: the prose says ``财政拨款收入
1,583.26万元``, the 收入 table's cell says ``1,593.26``, and the table's 合计 was added
from the right value, so it no longer equals its parts. Read one identity at a time
this is a wrong 合计 (AR001) and, separately, two statements that disagree; read
together the arithmetic names the cell: replacing it by the prose value makes the
total hold again, and nothing else does.

:func:`diagnose` takes a table's failing totals (:class:`~.relations.Breakdown`, kinds
``table-row`` / ``table-col``) and, for each, the one correction of each of its cells
that makes it hold (a part moved by the total's difference, or the total set to its
parts' sum). A correction is kept only when

- the corrected value is restated elsewhere in the report, outside the table, by a
  statement of the cell's concept whose qualifiers agree (year, basis, scope, funding
  source: :func:`~.slips.qualifiers_agree`), within the rounding of both;
- no statement elsewhere restates the cell's value as written (then two readings tie);
- every other total of the table the cell takes part in still holds, or holds only
  after the correction (one typo, every identity it touches);
- no other cell of the failing total has such evidence (two cells tie: abstain).

This module only reads; IC001 reports the cell against the prose, AR001's finding on
the total names the cell. :func:`mended_rows` names a part from the table's own rate
column instead (a 增减率 computed from the part's true value).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Table
from auditor.read.facts import Fact
from auditor.read.figures import Figure
from auditor.read.hypotheses import base, half_unit, quotient_holds
from auditor.read.qualifiers import Scope
from auditor.read.reading import Reading
from auditor.read.relations import Breakdown
from auditor.read.relations.rate_columns import RateCell
from auditor.read.slips import Statement, from_fact, qualifiers_agree

TABLE_KINDS = ("table-row", "table-col")


@dataclass(frozen=True, slots=True)
class WrongCell:
    """A table cell the document's own arithmetic and prose name as mistyped."""

    cell: Figure
    """The cell as written."""
    corrected: Decimal
    """The value (in base units) that makes every identity it is in hold."""
    restated: tuple[Figure, ...]
    """The statements elsewhere that give the corrected value (none for a cell two failing
    totals cross at: their arithmetic alone names it)."""
    totals: tuple[Breakdown, ...]
    """The failing totals the correction makes hold."""
    concept_name: str


def _holds(total: Decimal, parts: Sequence[Decimal], slack: Decimal) -> bool:
    return abs(total - sum(parts, Decimal(0))) <= slack


def _slack(b: Breakdown) -> Decimal:
    return half_unit(b.total) + sum((half_unit(p) for p in b.parts), Decimal(0))


def holds_with(b: Breakdown, cell: Figure, value: Decimal) -> bool:
    """Whether ``b`` holds with ``cell`` read as ``value`` (base units)."""

    def val(f: Figure) -> Decimal:
        return value if f is cell or f == cell else base(f)

    return _holds(val(b.total), [val(p) for p in b.parts], _slack(b))


def _fails(b: Breakdown) -> bool:
    return not _holds(base(b.total), [base(p) for p in b.parts], _slack(b))


def failing_table_totals(reading: Reading) -> frozenset[Figure]:
    """Table total cells whose own parts do not add up to them (AR001 tells each)."""
    return frozenset(
        b.total
        for b in reading.breakdowns
        if b.kind in TABLE_KINDS and len(b.parts) >= 2 and not b.tentative and _fails(b)
    )


def _is_table(reading: Reading, fig: Figure) -> bool:
    return isinstance(reading.document.blocks[fig.block], Table)


def _statement_of(reading: Reading, fact: Fact) -> Statement:
    return from_fact(fact, reading.lexicon)


def _agree(value: Decimal, slack: Decimal, fig: Figure) -> bool:
    return abs(base(fig) - value) <= slack + half_unit(fig)


def _evidence(
    reading: Reading, fact: Fact, corrected: Decimal, prose: Sequence[Fact]
) -> tuple[Figure, ...] | None:
    """Statements outside the table giving ``corrected`` for the cell's quantity.

    None when there is none, or when one restates the cell as written or yet another
    value (the prose does not settle which is right).
    """
    cell = fact.figure
    mine = _statement_of(reading, fact)
    agreeing: list[Figure] = []
    for other in prose:
        if other.concept != fact.concept or other.source != fact.source:
            continue
        if other.figure.unit is None:
            continue  # a bare number in prose is no amount
        if _scope(other) != _scope(fact):
            continue  # a named project's or unit's figure restates another quantity
        theirs = _statement_of(reading, other)
        if not qualifiers_agree(mine, theirs):
            continue
        if _agree(corrected, half_unit(cell), other.figure):
            agreeing.append(other.figure)
        else:
            return None  # the prose states the cell as written, or a third value
    return tuple(agreeing) or None


def _scope(fact: Fact) -> tuple[Scope, str]:
    """The scope a fact states, the whole department when it states none."""
    scope = Scope.TOTAL if fact.scope == Scope.UNSTATED else fact.scope
    return scope, fact.scope_name


def diagnose(reading: Reading) -> tuple[WrongCell, ...]:
    """Every cell whose correction to a value restated in prose makes its totals hold."""
    table_totals = [b for b in reading.breakdowns if b.kind in TABLE_KINDS and b.parts]
    failing = [b for b in table_totals if _fails(b)]
    if not failing:
        return ()
    facts_of: dict[Figure, Fact] = {}
    prose: list[Fact] = []
    for fact in reading.facts.facts:
        if fact.origin == "formula":
            continue
        if _is_table(reading, fact.figure):
            facts_of.setdefault(fact.figure, fact)
        else:
            prose.append(fact)
    found: dict[Figure, WrongCell] = {}
    for b in failing:
        diff = base(b.total) - sum((base(p) for p in b.parts), Decimal(0))
        candidates: list[tuple[Figure, Decimal]] = [(p, base(p) + diff) for p in b.parts]
        candidates.append((b.total, base(b.total) - diff))
        named: list[WrongCell] = []
        for cell, corrected in candidates:
            cell_fact = facts_of.get(cell)
            if corrected < 0:
                continue
            touching = [t for t in table_totals if cell is t.total or cell in t.parts]
            if not all(holds_with(t, cell, corrected) for t in touching):
                continue  # one typo mends every identity it touches
            # A cell no fact reads (a 县级 column's 合计) is still named by the two totals
            # it crosses; only prose restating it needs the fact.
            restated = _evidence(reading, cell_fact, corrected, prose) if cell_fact else None
            crossing = sum(1 for t in touching if _fails(t)) >= 2
            if restated is None and not crossing:
                continue
            named.append(
                WrongCell(
                    cell,
                    corrected,
                    restated or (),
                    tuple(t for t in touching if _fails(t)),
                    cell_fact.concept_name if cell_fact else cell.row_label or "",
                )
            )
        if len(named) == 1:
            wrong = named[0]
            found.setdefault(wrong.cell, wrong)
    return tuple(found.values())


_CACHE: weakref.WeakKeyDictionary[Reading, tuple[WrongCell, ...]] = weakref.WeakKeyDictionary()


def wrong_cells(reading: Reading) -> tuple[WrongCell, ...]:
    """:func:`diagnose`, read once per reading."""
    cached = _CACHE.get(reading)
    if cached is None:
        cached = _CACHE[reading] = diagnose(reading)
    return cached


def explained_totals(reading: Reading) -> dict[Breakdown, WrongCell]:
    """Failing totals a mistyped part cell explains, with the cell.

    A wrong total is itself the finding (AR001 reports it); a part restated otherwise in
    prose, whose correction makes the total hold, is named by the total's finding as
    the likely wrong cell (IC001 reports the cell against the prose).
    """
    return {t: w for w in wrong_cells(reading) if w.restated and not _is_total(w) for t in w.totals}


def crossing_cells(reading: Reading) -> dict[Breakdown, WrongCell]:
    """Failing totals explained by one cell at the crossing of two of them, no prose needed.

    ``部门汇总 | 9,624.98 | 2,048.12 | 7,558.46`` over unit rows whose 基本支出 add to
    2,066.52: the row (合计 = 基本 + 项目) and the column (汇总 = Σ units) both miss by
    18.40, and correcting the one cell they share mends both — the arithmetic alone names
    it. One finding, at that cell.
    """
    return {t: w for w in wrong_cells(reading) if not w.restated for t in w.totals}


def mistyped_totals(reading: Reading) -> dict[Figure, WrongCell]:
    """Total cells whose own parts add up to the value the prose states.

    The total is the finding (AR001), and the prose says which value was meant: one
    defect, not also a restatement (IC001 stays silent on the pair).
    """
    return {w.cell: w for w in wrong_cells(reading) if w.restated and _is_total(w)}


def _is_total(w: WrongCell) -> bool:
    return any(w.cell is t.total for t in w.totals)


@dataclass(frozen=True, slots=True)
class MendedRow:
    """A part cell whose correction by its total's difference makes its row's rates hold.

    ``项目支出 | 800.00 | 808.00 | 10.00%`` under a 合计 added from 880.00: the 增减率 was
    computed from the true value, so the part, not the total, is the likely wrong cell,
    and the failing rate is a symptom of it.
    """

    total: Breakdown
    cell: Figure
    corrected: Decimal
    """The cell's value (in its own unit) that makes its total and its rates hold."""
    rates: tuple[RateCell, ...]


def mended_rows(reading: Reading) -> tuple[MendedRow, ...]:
    """Failing table totals whose one part, corrected, also mends its row's failing rates.

    Only when exactly one part does so (two parts that would: nothing named).
    """
    out: list[MendedRow] = []
    for b in reading.breakdowns:
        if b.kind not in TABLE_KINDS or not b.parts or not _fails(b):
            continue
        diff = base(b.total) - sum((base(p) for p in b.parts), Decimal(0))
        named: list[MendedRow] = []
        for p in b.parts:
            rates = [r for r in reading.rate_cells if p in (r.numerator, r.denominator)]
            if not rates:
                continue
            factor = base(p) / p.value if p.value else Decimal(1)
            corrected = p.value + diff / factor if factor else p.value
            if corrected < 0:
                continue
            if all(_rate_holds_with(r, p, corrected) for r in rates):
                named.append(MendedRow(b, p, corrected, tuple(rates)))
        if len(named) == 1:
            out.append(named[0])
    return tuple(out)


def _rate_holds_with(r: RateCell, cell: Figure, value: Decimal) -> bool:
    num = value if r.numerator == cell else r.numerator.value
    den = value if r.denominator == cell else r.denominator.value
    if den == 0:
        return False
    rate = r.rate_of(num, den)
    return quotient_holds(r.stated.value, r.stated.amount.decimals, rate, rate, ())
