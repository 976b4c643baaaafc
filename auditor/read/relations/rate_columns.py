"""Rate columns of a table against the two columns the table's own rows divide.

A project table ``调整后预算 | 实际支出 | 执行率`` or a score sheet ``分值（A） | 得分（B） |
得分率（B/A）`` states a rate per row that its own cells give. Which two columns are
divided is not taken from the header words: every ordered pair of the table's amount
columns is tried, and the pair under which most rows hold (to the places the rate is
written) is the table's formula. A row that fails under it is a rate written wrong;
when two pairs explain equally many rows, or fewer than two rows confirm the pair,
nothing is said. A rate column computed otherwise (``占比`` over the total row, a growth
rate over a prior-year column) has no pair that holds, so it is never checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Table
from auditor.read.figures import Figure, column_paths
from auditor.read.hypotheses import quotient_holds
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text

MIN_CONFIRMING_ROWS = 2
"""Other rows the chosen pair must explain before a failing row is reported."""
HUNDRED = Decimal(100)


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


def rate_cells(t: Table, figures: Sequence[Figure]) -> list[RateCell]:
    """Rate cells of ``t`` that differ from the division most of its rows confirm."""
    cells = {f.cell: f for f in figures if f.cell is not None and f.table_value}
    if not cells:
        return []
    paths = column_paths(t)
    columns: dict[int, list[int]] = {}
    for r, c in cells:
        columns.setdefault(c, []).append(r)
    out: list[RateCell] = []
    for rate_col, rows in columns.items():
        rates = {r: cells[(r, rate_col)] for r in rows if cells[(r, rate_col)].kind == "percent"}
        if len(rates) <= MIN_CONFIRMING_ROWS:
            continue
        chosen = _chosen_pair(rates, cells, [c for c in columns if c != rate_col])
        if chosen is None:
            continue
        num_col, den_col, held = chosen
        for r, stated in rates.items():
            num, den = cells.get((r, num_col)), cells.get((r, den_col))
            if num is None or den is None or den.value == 0 or r in held:
                continue
            confirming = len(held)
            if confirming < MIN_CONFIRMING_ROWS:
                continue
            if _score_rate(paths, cells, r, stated):
                continue  # the rate its score earns, not its funds' (two readings: abstain)
            out.append(
                RateCell(
                    stated=stated,
                    numerator=num,
                    denominator=den,
                    recomputed=num.value / den.value * HUNDRED,
                    numerator_name=_name(paths, num_col),
                    denominator_name=_name(paths, den_col),
                    rate_name=_name(paths, rate_col),
                    row_name=_row_name(t, r),
                    confirming_rows=confirming,
                )
            )
    return out


def _chosen_pair(
    rates: dict[int, Figure],
    cells: dict[tuple[int, int], Figure],
    others: list[int],
) -> tuple[int, int, frozenset[int]] | None:
    """The (numerator, denominator) columns most rows hold under, with those rows.

    None when no pair holds on at least :data:`MIN_CONFIRMING_ROWS` rows and on most of
    the rows it can be computed for, or when two pairs hold on as many rows but disagree
    on some row.
    """
    ranked: list[tuple[int, int, int, frozenset[int], frozenset[int]]] = []
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
                if _holds(stated, num, den):
                    held.add(r)
                    if num.value not in (0, den.value):
                        telling.add(r)
            # 10 ÷ 10 = 100 % holds for any two equal columns: only rows whose rate is
            # neither 0 % nor 100 % tell a formula from a coincidence.
            if len(telling) >= MIN_CONFIRMING_ROWS and 2 * len(held) > len(computable):
                ranked.append((len(held), a, b, frozenset(held), frozenset(computable)))
    if not ranked:
        return None
    ranked.sort(key=lambda x: -x[0])
    best = ranked[0]
    for other in ranked[1:]:
        if other[0] < best[0]:
            break
        if other[3] != best[3] or other[4] != best[4]:
            return None  # two formulas explain as much of the table: abstain
    return best[1], best[2], best[3]


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
    return _holds(stated, score, most)


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


def _holds(stated: Figure, num: Figure, den: Figure) -> bool:
    """Whether ``stated`` is ``num / den`` to the places it is written (operands' rounding too)."""
    if num.value == 0:
        return stated.value == 0
    value = num.value / den.value * HUNDRED
    return quotient_holds(stated.value, stated.amount.decimals, value, value, (num, den))


def _row_name(t: Table, r: int) -> str:
    """The first cell of row ``r`` that is text, not a number."""
    for cell in t.grid[r]:
        text = cell.text.strip()
        if text and not is_numeric_text(text):
            return text
    return f"第 {r + 1} 行"


def _name(paths: list[tuple[str, ...]], c: int) -> str:
    """A column's header path as one name (``预算执行情况/执行率``)."""
    path = paths[c] if c < len(paths) else ()
    return "/".join(path) or f"第 {c + 1} 列"
