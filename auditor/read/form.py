"""The report as a form to fill: the outline's parts it names, the figure cells it leaves blank.

Read once per document so the completeness rules (CP002, CP003) read typed facts,
never the text. The parts of the outline and the words naming each are in
``auditor/read/data/parts.yaml``; the column wording in ``data/cues/form.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.model import Cell, Document, Location, Paragraph, Table
from auditor.read.figures import cue
from auditor.text.cells import is_numeric_text

PARTS_PATH = Path(__file__).parent / "data" / "parts.yaml"
SHORT_TEXT = 40
"""A paragraph this short, or a cell's first this many characters, can name a part."""
RESTATED_HEADER_CELLS = 2
"""Required-column names a figure-less row must repeat to restate the header mid-table."""
TOTAL_ROW_CELLS = 3
"""Leading cells of a row that may name it a total row (``合计``)."""

_REQUIRED_COLUMN = cue("form", "required_column")
_PER_ROW_COLUMN = cue("form", "per_row_column")
_TOTAL_ROW = cue("form", "total_row")
_SUB_ITEM = cue("tables", "sub_item")
"""A row listing a part of the row above (``其中：人员经费``)."""


@dataclass(frozen=True, slots=True)
class Part:
    """A part of the self-evaluation outline (基本情况, 存在的问题 …) and whether it is named."""

    name: str
    found: bool
    """Its name or a synonym stands in a heading, a table cell or a short paragraph."""


@dataclass(frozen=True, slots=True)
class BlankCell:
    """A data row's empty cell in a column whose figure must be stated."""

    cell: Cell
    label: str
    """The row's label and the column, as the document words them (``本级 | 空编``)."""


@dataclass(frozen=True, slots=True)
class BlankColumn:
    """A required figure column of one table with the data rows that leave it empty."""

    table: int
    """The table's number (1-based, document order)."""
    column: int
    name: str
    """The column's name (its last header row, or the header restated mid-table)."""
    cells: tuple[BlankCell, ...]

    @property
    def location(self) -> Location:
        """Where the first blank cell is."""
        return self.cells[0].cell.location


@functools.cache
def outline() -> tuple[dict[str, Any], ...]:
    """The outline's parts with the patterns naming each, read once per process."""
    data = yaml.safe_load(PARTS_PATH.read_text(encoding="utf-8"))
    return tuple(data["parts"])


def read_parts(document: Document) -> tuple[Part, ...]:
    """Each part of the outline and whether ``document`` names it; () when it has no text."""
    texts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Table):
            texts.extend(c.text[:SHORT_TEXT] for c in block.cells())
        elif isinstance(block, Paragraph) and (
            block.heading_level is not None or len(block.text) <= SHORT_TEXT
        ):
            texts.append(block.text)
    if not texts:
        return ()
    joined = "\n".join(texts)
    return tuple(
        Part(part["name"], any(re.search(p, joined) for p in part["patterns"]))
        for part in outline()
    )


def _label(table: Table, cell: Cell, column: str) -> str:
    """An empty cell by the document's own words: its row's label and its column."""
    label = next((x.text for x in table.grid[cell.row] if x.text), "")
    return f"{label} | {column}" if label else column


def _blank_columns(table: Table) -> list[BlankColumn]:
    """The required columns of ``table`` that data rows leave empty, one entry per column."""
    # Per row, once (not once per column: that was quadratic in the table's width).
    has_numbers = [any(is_numeric_text(x.text) for x in row) for row in table.grid]
    restated = [
        not has_numbers[r]
        and sum(1 for x in table.grid[r] if _REQUIRED_COLUMN.match(x.text)) >= RESTATED_HEADER_CELLS
        for r in range(table.n_rows)
    ]
    out: list[BlankColumn] = []
    for c in range(table.n_cols):
        header = [table.grid[r][c].text for r in range(table.header_rows)]
        if not header:
            continue
        name = header[-1]
        empty: list[BlankCell] = []
        first_name = ""
        sub_blank = False  # the row above is a 其中 row left blank in this column
        for r in range(table.header_rows, table.n_rows):
            row = table.grid[r]
            if restated[r]:
                # The header restated mid-table (a 自评表's indicator block under its
                # 资金 block): the columns mean something else from here on.
                name = row[c].text
                continue
            total_row = any(_TOTAL_ROW.match(x.text) for x in row[:TOTAL_ROW_CELLS])
            label = next((x.text for x in row if x.text), "")
            # ``基本支出 | 7,642,300.00 | … `` over ``其中：人员经费 |  |  | 6,853,013.20``
            # and ``公用经费 |  |  | 881,172.16``: the parts need not restate every column
            # of their head.
            sub = bool(_SUB_ITEM.match(label)) or (sub_blank and not row[c].text)
            sub_blank = sub and not row[c].text
            if sub:
                continue
            if (
                _REQUIRED_COLUMN.match(name)
                and not row[c].text
                and table.is_origin(r, c)
                and has_numbers[r]
                and not (total_row and _PER_ROW_COLUMN.match(name))
            ):
                first_name = first_name or name
                empty.append(BlankCell(row[c], _label(table, row[c], name)))
        if empty:
            out.append(BlankColumn(table.number, c, first_name, tuple(empty)))
    return out


def read_blank_columns(document: Document) -> tuple[BlankColumn, ...]:
    """Every table's required figure columns left empty in data rows."""
    return tuple(col for table in document.tables for col in _blank_columns(table))
