"""How a table is laid out: which columns hold values, labels and serial numbers.

Reports lay tables out in many ways: the row label in the first column; a 序号 column
before it; two label/value pairs side by side (``收入 | 决算数 | 支出 | 决算数``);
``label | value | label | value`` key-value rows. Every value column gets the label
columns just left of it (back to the previous value column), so a row total, a row
label and a figure's label are read from the right pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.model import Table
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text

_SERIAL_HEADER = re.compile(
    "|".join(f"(?:{p.pattern})" for p in patterns("tables", "serial_header"))
)


@dataclass(frozen=True, slots=True)
class TableLayout:
    """Value, label and serial columns of one table."""

    value_cols: tuple[int, ...]
    serial_cols: frozenset[int]
    labels_for: dict[int, tuple[int, ...]]
    """Value column → the label columns just left of it."""

    def label(self, t: Table, r: int, c: int) -> str:
        """The row label a value in (r, c) belongs to (``合计`` under an empty 序号)."""
        parts: list[str] = []
        for lc in self.labels_for.get(c, ()):
            text = t.grid[r][lc].text
            if text and len(text) <= 40 and text not in parts:
                parts.append(text)
        return "/".join(parts[-2:])

    def group(self, t: Table, r: int, c: int) -> tuple[int, int] | None:
        """The merged outer label cell row ``r`` sits under (``收入`` spanning 5 rows).

        Rows under one merged group label form their own block: its 小计 totals
        only them.
        """
        cols = self.labels_for.get(c, ())
        if len(cols) < 2:
            return None
        cell = t.grid[r][cols[0]]
        return (cell.row, cell.col) if cell.rowspan > 1 else None

    def head(self, t: Table, r: int, c: int) -> str:
        """The innermost label of (r, c): what a total row is recognised by."""
        for lc in reversed(self.labels_for.get(c, ())):
            text = t.grid[r][lc].text
            if text:
                return text
        return ""


def layout(t: Table) -> TableLayout:
    """Work out a table's value, label and serial columns from its data rows."""
    data = range(t.header_rows, t.n_rows)
    serial: set[int] = set()
    numeric_share: dict[int, float] = {}
    texts: dict[int, int] = {}
    for c in range(t.n_cols):
        values = [t.grid[r][c].text for r in data if t.is_origin(r, c) and t.grid[r][c].text]
        header = t.grid[t.header_rows - 1][c].text if t.header_rows else ""
        numeric = [v for v in values if is_numeric_text(v)]
        numeric_share[c] = len(numeric) / len(values) if values else 0.0
        texts[c] = len(values) - len(numeric)
        if _SERIAL_HEADER.match(header) or (values and _consecutive(values)):
            serial.add(c)
    value_cols = tuple(
        c
        for c in range(t.n_cols)
        if c not in serial and numeric_share[c] >= 0.5 and texts[c] < len(data)
    )
    labels_for: dict[int, tuple[int, ...]] = {}
    previous = -1
    for v in value_cols:
        own = tuple(
            c
            for c in range(previous + 1, v)
            if c not in serial and c not in value_cols and texts[c]
        )
        # Adjacent value columns (预算数 | 决算数) share the labels to their left.
        labels_for[v] = own or labels_for.get(previous, ())
        previous = v
    return TableLayout(value_cols, frozenset(serial), labels_for)


def _consecutive(values: list[str]) -> bool:
    """``1, 2, 3 …`` (or ``1、 2、 …``): a serial-number column, not values."""
    numbers = []
    for v in values:
        m = re.fullmatch(r"(\d{1,3})[、.．]?", v)
        if not m:
            return False
        numbers.append(int(m.group(1)))
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
