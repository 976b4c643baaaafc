"""A table's unlabelled last row read as its total, by position alone.

Some tables end in a row that carries a figure under a value column and nothing else:
the ``合计`` label was left out (an empty merged cell over 序号 and 项目名称). When that
figure is within a small share of the rows above it, it can only be their total; a
figure far from their sum (a note, a page number, another figure) is left alone. The
reading rests on the row's position, not on a word, so a mismatch is a warning that
names the reading (``tentative``), never an error.
"""

from __future__ import annotations

from decimal import Decimal

from auditor.model import Table
from auditor.read.figures import Figure
from auditor.read.hypotheses import holds
from auditor.read.relations.model import Breakdown, cue
from auditor.read.tables import layout

_TOTAL_ROW = cue("total_row")
_NEAR_SHARE = Decimal("0.05")
"""How far (as a share of the rows' sum) an unlabelled last row may be from their sum and
still be read as their total: a slip in one row or in the total, not another figure."""
_MIN_PARTS = 2
READING = "末行为合计"


def unlabelled_last_rows(t: Table, cells: dict[tuple[int, int], Figure]) -> list[Breakdown]:
    """The last row's figures against the rows above, when the row has no label at all.

    Only a table with no total row of its own, every value of the row near its column's
    sum, and every row above filled in that column.
    """
    data = range(t.header_rows, t.n_rows)
    if len(data) < _MIN_PARTS + 1:
        return []
    last = t.n_rows - 1
    lay = layout(t)
    if any(_TOTAL_ROW.search(lay.head(t, r, c)) for r in data for c in lay.value_cols):
        return []
    if not _unlabelled(t, last, frozenset(lay.value_cols), lay.serial_cols):
        return []
    out: list[Breakdown] = []
    for c in lay.value_cols:
        total = cells.get((last, c))
        if total is None:
            continue
        if total.kind in ("percent", "score", "per_unit"):
            continue
        above = [r for r in range(t.header_rows, last) if t.is_origin(r, c)]
        parts = [cells.get((r, c)) for r in above]
        present = [p for p in parts if p is not None]
        if len(present) < _MIN_PARTS or len(present) != len(parts):
            return []
        if any(p.kind != total.kind or p.unit != total.unit for p in present):
            return []
        whole = sum((p.base_value for p in present), Decimal(0))
        if whole <= 0 or abs(total.base_value - whole) > whole * _NEAR_SHARE:
            return []  # far from the sum: some other figure, not a total
        out.append(
            Breakdown(
                total,
                tuple(present),
                "table-row",
                True,
                "末行位置",
                structure=READING,
                tentative=not holds(total, present),
            )
        )
    return out


def _unlabelled(t: Table, r: int, value_cols: frozenset[int], serial_cols: frozenset[int]) -> bool:
    """Whether row ``r`` has no text outside its value columns and no label merged from above.

    A serial number merged down over it (``3`` spanning the blank cell below, as a plain
    text table is read) numbers the row above, and names nothing.
    """
    for c in range(t.n_cols):
        cell = t.grid[r][c]
        if cell.row != r and cell.text and c not in serial_cols:
            return False  # a label merged down from the row above labels this row too
        if cell.row != r:
            continue
        if c not in value_cols and cell.text.strip():
            return False
    return True
