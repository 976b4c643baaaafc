"""Rate columns of a table against the two columns the table's own rows divide.

A project table ``调整后预算 | 实际支出 | 执行率`` or a score sheet ``分值（A） | 得分（B） |
得分率（B/A）`` states a rate per row that its own cells give. Which two columns are
divided is not taken from the header words: every ordered pair of the table's amount
columns is tried, and the pair under which most rows hold (to the places the rate is
written) is the table's formula. A change rate (``上年数 | 本年数 | 增减率``) is the same
search with another formula: (b − a) / a over an ordered pair, the base a chosen by the
rows as the divisor is; where a ``增减额`` column is written, its quotient over the base
and the change over the same base hold on the same rows, and the table's own column is
shown. A row that fails under the chosen formula is a rate written wrong; when two
formulas explain equally many rows but disagree on one, or fewer than two rows confirm
it, nothing is said. A rate column computed otherwise (``占比`` over the total row) has no
pair that holds, so it is never checked. A table laid out the other way (years or
amounts as rows, items as columns: ``上年 | 本年 | 增减额 | 增减率`` rows) is read the
same way along its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Table
from auditor.read.figures import Figure, column_paths
from auditor.read.hypotheses import best_unless_tied, quotient_holds
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text

MIN_CONFIRMING_ROWS = 2
"""Other rows the chosen pair must explain before a failing row is reported."""
HUNDRED = Decimal(100)
QUOTIENT = "quotient"
CHANGE = "change"


@dataclass(frozen=True, slots=True)
class RateCell:
    """A rate cell its own row's amounts do not give, under the pair the other rows confirm."""

    stated: Figure
    numerator: Figure
    denominator: Figure
    recomputed: Decimal
    """Percent, numerator / denominator × 100, not rounded."""
    numerator_name: str
    denominator_name: str
    rate_name: str
    row_name: str
    """The row's first text cell (its label), not a number beside it."""
    confirming_rows: int
    """How many other rows of the table hold under this pair."""
    formula: str = "quotient"
    """``quotient`` (numerator / denominator) or ``change`` ((numerator − denominator) /
    denominator: this year's figure over the base)."""
    header_formula: bool = False
    """Whether its column's header writes the formula over lettered columns
    (``得分率（B/A）``): a written formula's result (AR003), not a rate read (AR005)."""

    def rate_of(self, numerator: Decimal, denominator: Decimal) -> Decimal:
        """The rate in percent this cell's formula gives over other operand values."""
        if self.formula == CHANGE:
            return (numerator - denominator) / denominator * HUNDRED
        return numerator / denominator * HUNDRED


def rate_cells(t: Table, figures: Sequence[Figure]) -> list[RateCell]:
    """Rate cells of ``t`` that differ from the division most of its rows confirm.

    Read along the columns (a rate column, one row per item), and along the rows (a
    rate row, one column per item); a cell found both ways is reported once.
    """
    cells = {f.cell: f for f in figures if f.cell is not None and f.table_value}
    if not cells:
        return []
    paths = column_paths(t)
    found = _along(
        cells,
        lambda c: column_name(paths, c),
        lambda r: row_name(t, r),
        lambda r, stated: _score_rate(paths, cells, r, stated),
    )
    transposed = {(c, r): f for (r, c), f in cells.items()}
    found += _along(
        transposed, lambda r: row_name(t, r), lambda c: column_name(paths, c), lambda r, s: False
    )
    return list({cell.stated.location: cell for cell in reversed(found)}.values())[::-1]


def _along(
    cells: dict[tuple[int, int], Figure],
    line_name: Callable[[int], str],
    item_name: Callable[[int], str],
    score_rate: Callable[[int, Figure], bool],
) -> list[RateCell]:
    """Rate cells of lines (``cells`` keyed by item, line) against the other lines.

    ``score_rate`` tells an item whose rate is the one its score earns (not its funds').
    """
    out: list[RateCell] = []
    for rate_col, rates, (formula, num_col, den_col, held) in _rate_lines(cells):
        for r, stated in rates.items():
            num, den = cells.get((r, num_col)), cells.get((r, den_col))
            if num is None or den is None or den.value == 0 or r in held:
                continue
            if num.kind != den.kind or num.kind == "percent":
                continue  # not a row the pair was chosen on (a rate of rates: points or relative?)
            if _holds(formula, stated, num, den):
                continue
            confirming = len(held)
            if confirming < MIN_CONFIRMING_ROWS:
                continue
            if score_rate(r, stated):
                continue  # the rate its score earns, not its funds' (two readings: abstain)
            if (
                formula == QUOTIENT
                and num.value == den.value
                and stated.value >= HUNDRED
                and _is_points(line_name(num_col))
            ):
                continue  # full points for a target passed: points stop at the maximum
            out.append(
                RateCell(
                    stated=stated,
                    numerator=num,
                    denominator=den,
                    recomputed=_computed(formula, num, den),
                    numerator_name=line_name(num_col),
                    denominator_name=line_name(den_col),
                    rate_name=line_name(rate_col),
                    row_name=item_name(r),
                    confirming_rows=confirming,
                    formula=formula,
                )
            )
    return out


def _rate_lines(
    cells: dict[tuple[int, int], Figure],
) -> Iterator[tuple[int, dict[int, Figure], tuple[str, int, int, frozenset[int]]]]:
    """Each line of rates (``cells`` keyed by item, line) with the operand pair its items confirm."""
    lines: dict[int, list[int]] = {}
    for r, c in cells:
        lines.setdefault(c, []).append(r)
    for rate_col, rows in lines.items():
        rates = {r: cells[(r, rate_col)] for r in rows if cells[(r, rate_col)].kind == "percent"}
        if len(rates) <= MIN_CONFIRMING_ROWS:
            continue
        chosen = _chosen_pair(rates, cells, [c for c in lines if c != rate_col])
        if chosen is not None:
            yield rate_col, rates, chosen


def confirmed_rates(t: Table, figures: Sequence[Figure]) -> list[RateCell]:
    """Rate cells of ``t``'s rate columns that hold under the division its rows confirm.

    ``农机购置补贴项目 | 1,640.00 | 1,571.12 | 95.80%``: the table's own arithmetic holds, so
    the row's rate is known from three figures; a paragraph that restates it otherwise is
    the place written wrong. Only quotients, read along the columns, with at least
    :data:`MIN_CONFIRMING_ROWS` other rows holding and no failing row in the column (a
    column with a wrong cell is :func:`rate_cells`' finding, not a reference).
    """
    cells = {f.cell: f for f in figures if f.cell is not None and f.table_value}
    paths = column_paths(t)
    out: list[RateCell] = []
    for rate_col, rates, (formula, num_col, den_col, held) in _rate_lines(cells):
        if formula != QUOTIENT or len(held) != len(rates):
            continue
        for r in sorted(held):
            num, den = cells[(r, num_col)], cells[(r, den_col)]
            out.append(
                RateCell(
                    stated=rates[r],
                    numerator=num,
                    denominator=den,
                    recomputed=_computed(QUOTIENT, num, den),
                    numerator_name=column_name(paths, num_col),
                    denominator_name=column_name(paths, den_col),
                    rate_name=column_name(paths, rate_col),
                    row_name=row_name(t, r),
                    confirming_rows=len(held) - 1,
                )
            )
    return out


def _computed(formula: str, num: Figure, den: Figure) -> Decimal:
    """The rate in percent under ``formula``, not rounded."""
    if formula == CHANGE:
        return (num.value - den.value) / den.value * HUNDRED
    return num.value / den.value * HUNDRED


def _chosen_pair(
    rates: dict[int, Figure],
    cells: dict[tuple[int, int], Figure],
    others: list[int],
) -> tuple[str, int, int, frozenset[int]] | None:
    """The formula and (numerator, denominator) columns most rows hold under, with those rows.

    None when no pair holds on at least :data:`MIN_CONFIRMING_ROWS` rows and on most of
    the rows it can be computed for, or when two pairs hold on as many rows but disagree
    on some row. Quotients are tried first, so that a written ``增减额`` column over the
    base, holding on the same rows as the change between the two years, is the one shown.
    """
    ranked: list[
        tuple[int, tuple[str, int, int, frozenset[int]], tuple[frozenset[int], frozenset[int]]]
    ] = []
    for formula in (QUOTIENT, CHANGE):
        for a in others:
            for b in others:
                if a == b:
                    continue
                computable: set[int] = set()
                held: set[int] = set()
                telling: set[int] = set()
                for r, stated in rates.items():
                    num, den = cells.get((r, a)), cells.get((r, b))
                    if num is None or den is None or den.value == 0 or num.kind != den.kind:
                        continue
                    if num.kind == "percent":
                        continue
                    computable.add(r)
                    if _holds(formula, stated, num, den):
                        held.add(r)
                        if _telling(num, den):
                            telling.add(r)
                if len(telling) >= MIN_CONFIRMING_ROWS and 2 * len(held) > len(computable):
                    ranked.append(
                        (
                            len(held),
                            (formula, a, b, frozenset(held)),
                            (frozenset(held), frozenset(computable)),
                        )
                    )
    return best_unless_tied(ranked)  # two formulas explain as much of the table: abstain


def _score_rate(
    paths: list[tuple[str, ...]], cells: dict[tuple[int, int], Figure], r: int, stated: Figure
) -> bool:
    """Whether row ``r``'s rate is its own 得分 over its 分值 (the rate its score earns).

    The 10号 form's funds row ``全年预算数 860 | 全年执行数 822.16 | 分值 10 | 执行率 100% |
    得分 10`` writes the rate the scoring method credits (full points above 95 %), not
    822.16 / 860: a row whose rate its score columns give is read both ways, so nothing
    is said of it.
    """
    score = _column_where(paths, cells, r, "score_header")
    most = _column_where(paths, cells, r, "max_header")
    if score is None or most is None or most.value == 0:
        return False
    return _holds(QUOTIENT, stated, score, most)


def _column_where(
    paths: list[tuple[str, ...]], cells: dict[tuple[int, int], Figure], r: int, key: str
) -> Figure | None:
    """Row ``r``'s figure in the one column whose header leaf matches the ``key`` cue."""
    found = [
        f
        for (row, c), f in cells.items()
        if row == r
        and c < len(paths)
        and paths[c]
        and any(p.search(paths[c][-1]) for p in patterns("tables", key))
    ]
    return found[0] if len(found) == 1 else None


def _is_points(name: str) -> bool:
    """Whether a column holds points (``得分``, ``自评得分``), capped at the item's maximum."""
    return any(p.search(name) for p in patterns("tables", "score_header"))


def _telling(num: Figure, den: Figure) -> bool:
    """Whether a row that holds tells a formula from a coincidence.

    10 ÷ 10 = 100 % holds for any two equal columns, and two equal columns change by
    0 % (and a figure that falls to 0 by −100 %): under either formula only rows whose
    numerator is neither 0 nor the denominator tell.
    """
    return num.value not in (0, den.value)


def _holds(formula: str, stated: Figure, num: Figure, den: Figure) -> bool:
    """Whether ``stated`` is the formula over ``num`` and ``den``, to its written places.

    The operands' own rounding widens the slack (hypotheses.quotient_holds).
    """
    if formula == CHANGE:
        if num.value == den.value:
            return stated.value == 0
        value = _computed(formula, num, den)
        return quotient_holds(
            stated.value, stated.amount.decimals, value, value + HUNDRED, (num, den)
        )
    if num.value == 0:
        return stated.value == 0
    value = _computed(formula, num, den)
    return quotient_holds(stated.value, stated.amount.decimals, value, value, (num, den))


def row_name(t: Table, r: int) -> str:
    """The first cell of row ``r`` that is text, not a number (``2023年`` is a label)."""
    for cell in t.grid[r]:
        text = cell.text.strip()
        if text and not is_numeric_text(text):
            return text
    return f"第 {r + 1} 行"


def column_name(paths: list[tuple[str, ...]], c: int) -> str:
    """A column's header path as one name (``预算执行情况/执行率``)."""
    path = paths[c] if c < len(paths) else ()
    return "/".join(path) or f"第 {c + 1} 列"
