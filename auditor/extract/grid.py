"""Build table grids with merged cells resolved, whatever the source format gave us.

PDF and DOCX give real cell spans; a converted text file gives rows of strings where a
merge shows only as empty slots. Every extractor ends here so later stages see one shape:
a rectangular grid whose merged slots point at their origin cell, and a count of
header rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from auditor.model import Cell, Location, Table
from auditor.text.cells import is_numeric_text
from auditor.text.normalise import normalize_cell


@dataclass(slots=True)
class RawCell:
    """A cell as an extractor found it, before the grid is built."""

    row: int
    col: int
    raw: str
    location: Location
    rowspan: int = 1
    colspan: int = 1


def build_table(
    raw_cells: Sequence[RawCell],
    *,
    index: int,
    number: int,
    location: Location,
    caption: str | None = None,
    pages: tuple[int, ...] = (),
    relocate: Callable[[Location, int, int], Location] | None = None,
) -> Table:
    """Assemble a :class:`Table` from raw cells; uncovered slots become empty cells.

    Args:
        raw_cells: Cells with 0-based origin and spans; overlaps keep the first.
        index: Block index of the table in the document.
        number: 1-based table number.
        location: Location of the table as a whole.
        caption: Title paragraph above the table, if any.
        pages: PDF pages the table spans.
        relocate: Builds the location of an empty filler slot from the table
            location, row and column; defaults to table/row/col numbering.
    """
    n_rows = max((c.row + c.rowspan for c in raw_cells), default=0)
    n_cols = max((c.col + c.colspan for c in raw_cells), default=0)
    slots: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for rc in raw_cells:
        loc = _with_cell(rc.location, number, rc.row, rc.col)
        cell = Cell(
            text=normalize_cell(rc.raw),
            raw=rc.raw,
            row=rc.row,
            col=rc.col,
            location=loc,
            rowspan=rc.rowspan,
            colspan=rc.colspan,
        )
        for r in range(rc.row, rc.row + rc.rowspan):
            for c in range(rc.col, rc.col + rc.colspan):
                if slots[r][c] is None:
                    slots[r][c] = cell
    grid: list[tuple[Cell, ...]] = []
    for r, row in enumerate(slots):
        filled: list[Cell] = []
        for c, maybe in enumerate(row):
            if maybe is None:
                base = relocate(location, r, c) if relocate else location
                maybe = Cell("", "", r, c, _with_cell(base, number, r, c))
            filled.append(maybe)
        grid.append(tuple(filled))
    frozen = tuple(grid)
    return Table(
        index=index,
        number=number,
        grid=frozen,
        location=Location(
            page=location.page,
            bbox=location.bbox,
            paragraph=location.paragraph,
            table=number,
            line=location.line,
            ocr=location.ocr,
        ),
        header_rows=detect_header_rows(frozen),
        caption=caption,
        pages=pages,
    )


def _with_cell(loc: Location, number: int, row: int, col: int) -> Location:
    return Location(
        page=loc.page,
        bbox=loc.bbox,
        paragraph=None,
        table=number,
        row=row + 1,
        col=col + 1,
        line=loc.line,
        page_row=loc.page_row,
        ocr=loc.ocr,
        ocr_note=loc.ocr_note,
    )


def detect_header_rows(grid: Sequence[Sequence[Cell]]) -> int:
    """Count leading rows that hold labels only (no numbers beyond the label column)."""
    for r, row in enumerate(grid):
        values = [cell.text for cell in row[1:] if cell.row == r]
        if any(is_numeric_text(v) for v in values):
            return r
    return 1 if grid else 0


_TOTAL_LABEL = re.compile(r"^(?:合\s*计|总\s*计|总\s*分)\s*$")
"""A total row's whole label: one row's, never a label spanning the rows below."""


def spans_from_text_rows(rows: Sequence[Sequence[str]]) -> list[tuple[int, int, int, int]]:
    """Infer merged cells of a text table where merges show only as empty slots.

    Header rows (before the first row with a number) are read as merged headers:
    an empty slot continues the cell to its left when both sit under the same
    parent header, otherwise the cell above. In data rows an empty first column
    continues the label above (a row label spanning several rows). Returns
    ``(row, col, rowspan, colspan)`` for every origin cell.
    """
    n_rows = len(rows)
    n_cols = max((len(r) for r in rows), default=0)
    texts = [[(row[c].strip() if c < len(row) else "") for c in range(n_cols)] for row in rows]
    owner: list[list[tuple[int, int] | None]] = [[None] * n_cols for _ in range(n_rows)]
    header_end = n_rows
    for r, row in enumerate(texts):
        if any(is_numeric_text(normalize_cell(t)) for t in row[1:]):
            header_end = r
            break
    if header_end == n_rows:
        header_end = min(1, n_rows)
    for r in range(n_rows):
        for c in range(n_cols):
            if texts[r][c]:
                owner[r][c] = (r, c)
                continue
            if r < header_end:
                owner[r][c] = _header_owner(owner, r, c)
            elif c == 0 and r > 0 and owner[r - 1][0] is not None and header_end <= r - 1:
                above = owner[r - 1][0]
                # A label continues downwards only if the row has values of its own,
                # and never a total row's: 合计 ends its rows (a 合计 row printed first
                # heads the items under it; it does not name them).
                if (
                    above is not None
                    and any(texts[r][1:])
                    and not _TOTAL_LABEL.match(texts[above[0]][above[1]])
                ):
                    owner[r][c] = above
    return _rectangles(owner, n_rows, n_cols)


def _rectangles(
    owner: list[list[tuple[int, int] | None]], n_rows: int, n_cols: int
) -> list[tuple[int, int, int, int]]:
    """Turn slot owners into non-overlapping rectangular spans.

    A cell may own an L-shaped set of slots (a title row merged across the table whose
    first column also continues down into an empty header slot). Its span is the
    largest rectangle grown from its origin, right along its row and then down, over
    slots it owns; any slot left over becomes an empty cell of its own. Taking the
    bounding box instead would overlap the cells inside the L and lose their text.
    """
    spans: list[tuple[int, int, int, int]] = []
    covered = [[False] * n_cols for _ in range(n_rows)]
    for r in range(n_rows):
        for c in range(n_cols):
            if covered[r][c]:
                continue
            o = owner[r][c]
            if o != (r, c):
                if o is None or covered[o[0]][o[1]]:
                    covered[r][c] = True
                    spans.append((r, c, 1, 1))
                continue
            c1 = c
            while c1 + 1 < n_cols and owner[r][c1 + 1] == o and not covered[r][c1 + 1]:
                c1 += 1
            r1 = r
            while r1 + 1 < n_rows and all(
                owner[r1 + 1][k] == o and not covered[r1 + 1][k] for k in range(c, c1 + 1)
            ):
                r1 += 1
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    covered[rr][cc] = True
            spans.append((r, c, r1 - r + 1, c1 - c + 1))
    return spans


def _header_owner(
    owner: list[list[tuple[int, int] | None]], r: int, c: int
) -> tuple[int, int] | None:
    left = owner[r][c - 1] if c > 0 else None
    above = owner[r - 1][c] if r > 0 else None
    if left is not None:
        left_parent = owner[r - 1][c - 1] if r > 0 else None
        # Same parent header above both slots: the left cell spans into this one,
        # unless the left cell itself is a vertical continuation.
        if (r == 0 or (above is not None and above == left_parent)) and left[0] == r:
            return left
    return above
