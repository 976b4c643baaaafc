"""Difference columns of a table against the two columns the table's own rows subtract.

A 收支 or 三公 table ``项目 | 2023年决算 | 2024年决算 | 增减额`` states per row a change
its own cells give. The column is known as a difference by its header (``增减额``,
``比上年增减``, ``减少额``: ``difference_header`` in ``data/cues/tables.yaml``), but which
two columns it subtracts, and in which order, is not taken from the words: every ordered
pair of the table's other amount columns is tried, and the pair under which most rows
hold (to the places the difference is written, with each operand's rounding) is the
table's. A ``减少额`` column written positive for a fall is the base minus this year, the
same search. Negative cells are read as written: ``-12.30``, ``−12.30``, ``（12.30）``;
in a column that writes no negative, a cell whose size is right and sign is not may be a
magnitude (``增减额 80.00`` for a fall) and is not reported.
A row that fails under the chosen pair is a difference written wrong; when two pairs
explain as many rows but disagree on one, or fewer than two other rows confirm it,
nothing is said. A table laid out the other way (years as rows, a ``增减额`` row) is read
the same way along its rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from auditor.model import Table
from auditor.read.figures import Figure, column_paths
from auditor.read.hypotheses import base, best_unless_tied, half_unit, quotient_holds
from auditor.read.relations.rate_columns import column_name, row_name
from auditor.read.wording import patterns

HUNDRED = Decimal(100)
MIN_CONFIRMING_ROWS = 2
"""Other rows the chosen pair must explain before a failing row is reported."""

_HEADER = patterns("tables", "difference_header")
_NOT_AMOUNT = patterns("tables", "difference_not_amount")
_NEGATIVE = re.compile(
    r"^\s*(?:[（(]\s*(?P<paren>[\d,，.]+)\s*[)）]|[−–—－]\s*(?P<dash>[\d,，.]+))\s*$"
)


@dataclass(frozen=True, slots=True)
class DifferenceCell:
    """A difference cell its own row's amounts do not give, under the pair others confirm."""

    stated: Figure
    signed: Decimal
    """The stated value with the sign its cell writes (``（2.00）`` is −2.00)."""
    written: str
    """The cell's text as written (``（2.00）``)."""
    minuend: Figure
    subtrahend: Figure
    recomputed: Decimal
    """minuend − subtrahend, in the stated cell's unit."""
    minuend_name: str
    subtrahend_name: str
    difference_name: str
    row_name: str
    confirming_rows: int


@dataclass(frozen=True, slots=True)
class _Cell:
    figure: Figure
    value: Decimal
    """Signed, in base units."""
    text: str


def signed_value(fig: Figure, text: str) -> Decimal:
    """The figure's value with the sign its cell writes: ``（2.00）`` and ``−2.00`` are negative."""
    if fig.value > 0 and _NEGATIVE.match(text):
        return -fig.value
    return fig.value


def difference_cells(t: Table, figures: Sequence[Figure]) -> list[DifferenceCell]:
    """Difference cells of ``t`` that differ from the subtraction most of its rows confirm.

    Read along the columns (a ``增减额`` column, one row per item) and along the rows (a
    ``增减额`` row, one column per item).
    """
    cells: dict[tuple[int, int], _Cell] = {}
    units = Counter(f.unit for f in figures if f.table_value and f.unit and f.kind != "percent")
    unit = units.most_common(1)[0][0] if units else None
    for f in figures:
        if f.cell is None or f.kind == "percent" or f.cell in cells:
            continue
        r, c = f.cell
        text = t.grid[r][c].text
        if not f.table_value:
            if not _NEGATIVE.match(text):
                continue
            # ``（45.00）`` is read as a number in a text cell: it takes the table's unit.
            f = replace(f, unit=f.unit or unit)
        value = signed_value(f, text)
        cells[(r, c)] = _Cell(f, base(f) if value == f.value else -base(f), text.strip())
    if not cells:
        return []
    paths = column_paths(t)
    col_names = [column_name(paths, c) for c in range(t.n_cols)]
    header_cols = [
        c
        for c in range(t.n_cols)
        if paths[c] and _is_difference(paths[c][-1]) and not _is_other(paths[c])
    ]
    rows: dict[int, list[Figure]] = {}
    cols: dict[int, list[Figure]] = {}
    for f in figures:
        if f.cell is not None and f.kind == "percent":
            rows.setdefault(f.cell[0], []).append(f)
            cols.setdefault(f.cell[1], []).append(f)
    found = _along(cells, rows, header_cols, lambda c: col_names[c], lambda r: row_name(t, r))
    transposed = {(c, r): cell for (r, c), cell in cells.items()}
    label_rows = [
        r
        for r in range(t.header_rows, t.n_rows)
        if _is_difference(row_name(t, r)) and not _is_other((row_name(t, r),))
    ]
    found += _along(transposed, cols, label_rows, lambda r: row_name(t, r), lambda c: col_names[c])
    return list({d.stated.location: d for d in found}.values())


def _is_difference(text: str) -> bool:
    return any(p.search(text) for p in _HEADER)


def _is_other(path: tuple[str, ...]) -> bool:
    """A rate or percentage header (``增减率``, ``增减（%）``): not an amount difference."""
    return any(p.search(part) for p in _NOT_AMOUNT for part in path)


def _along(
    cells: dict[tuple[int, int], _Cell],
    rates: dict[int, list[Figure]],
    candidates: list[int],
    line_name: Callable[[int], str],
    item_name: Callable[[int], str],
) -> list[DifferenceCell]:
    """Difference cells of the candidate lines (``cells`` keyed by item, line).

    ``rates`` are each item's percentages (its ``增减率``): a written difference that the
    item's own written rate gives over the base is confirmed by it, and an amount of the
    row is then the one written wrong (IC001/AR001 judge the amounts), not the difference.
    """
    lines: dict[int, list[int]] = {}
    for r, c in cells:
        lines.setdefault(c, []).append(r)
    out: list[DifferenceCell] = []
    for line in candidates:
        stated = {r: cells[(r, line)] for r in lines.get(line, [])}
        if len(stated) <= MIN_CONFIRMING_ROWS:
            continue
        others = [c for c in lines if c != line and c not in candidates]
        chosen = _chosen_pair(stated, cells, others)
        if chosen is None:
            continue
        a, b, held = chosen
        magnitudes = all(cell.value >= 0 for cell in stated.values())
        for r, cell in stated.items():
            left, right = cells.get((r, a)), cells.get((r, b))
            if left is None or right is None or r in held:
                continue
            computed = left.value - right.value
            slack = _slack(cell, left, right)
            if abs(cell.value - computed) <= slack:
                continue
            if magnitudes and abs(abs(cell.value) - abs(computed)) <= slack:
                continue  # a column of magnitudes (no sign written): a fall written as 80.00
            if any(_rate_agrees(p, cell, right) for p in rates.get(r, ())):
                continue  # the row's own rate gives this difference: an amount is the odd one
            scale = cell.figure.value / base(cell.figure) if cell.figure.value else Decimal(1)
            out.append(
                DifferenceCell(
                    stated=cell.figure,
                    signed=cell.value * scale,
                    written=cell.text,
                    minuend=left.figure,
                    subtrahend=right.figure,
                    recomputed=computed * scale,
                    minuend_name=line_name(a),
                    subtrahend_name=line_name(b),
                    difference_name=line_name(line),
                    row_name=item_name(r),
                    confirming_rows=len(held),
                )
            )
    return out


def _rate_agrees(rate: Figure, difference: _Cell, base_cell: _Cell) -> bool:
    """Whether ``rate`` is the written difference over the base, to its written places."""
    if base_cell.value == 0:
        return False
    value = difference.value / base_cell.value * HUNDRED
    return quotient_holds(
        rate.value,
        rate.amount.decimals,
        value,
        value + HUNDRED,
        (difference.figure, base_cell.figure),
    )


def _slack(cell: _Cell, left: _Cell, right: _Cell) -> Decimal:
    """Half a unit of each figure's last digit: what the rounding of the three explains."""
    return half_unit(cell.figure) + half_unit(left.figure) + half_unit(right.figure)


def _chosen_pair(
    stated: dict[int, _Cell], cells: dict[tuple[int, int], _Cell], others: list[int]
) -> tuple[int, int, frozenset[int]] | None:
    """The (minuend, subtrahend) lines most rows hold under, with those rows.

    None when no pair holds on at least :data:`MIN_CONFIRMING_ROWS` telling rows and on
    most of the rows it can be computed for, or when two pairs hold on as many rows but
    disagree on some row (abstain).
    """
    ranked: list[
        tuple[int, tuple[int, int, frozenset[int]], tuple[frozenset[int], frozenset[int]]]
    ] = []
    for a in others:
        for b in others:
            if a == b:
                continue
            computable: set[int] = set()
            held: set[int] = set()
            telling = 0
            for r, cell in stated.items():
                left, right = cells.get((r, a)), cells.get((r, b))
                if left is None or right is None:
                    continue
                computable.add(r)
                if abs(cell.value - (left.value - right.value)) <= _slack(cell, left, right):
                    held.add(r)
                    if left.value not in (0, right.value) and right.value != 0:
                        telling += 1
            if telling >= MIN_CONFIRMING_ROWS and 2 * len(held) > len(computable):
                ranked.append(
                    (
                        len(held),
                        (a, b, frozenset(held)),
                        (frozenset(held), frozenset(computable)),
                    )
                )
    return best_unless_tied(ranked)  # two subtractions explain as much: abstain
