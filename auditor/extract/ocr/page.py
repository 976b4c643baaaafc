"""One scanned page end to end: render, straighten, OCR, tables, lines, signatures.

Everything returned is in PDF points from the page's top-left corner (the same frame
as pdfplumber's), so the PDF extractor assembles paragraphs and stitches tables across
pages with the code it uses for text pages. Each line and cell keeps its figure
confidence (:mod:`.figures`).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

import cv2

from auditor.extract.ocr.confusions import Correction, correct_column, correct_line
from auditor.extract.ocr.engine import TextBox, recognise
from auditor.extract.ocr.figures import UNCERTAIN_SCORE, figure_confidence
from auditor.extract.ocr.ink import (
    HANDWRITING_MARK,
    SEAL_MARK,
    handwritten,
    seal_centres,
    sealed_lines,
    without_seals,
)
from auditor.extract.ocr.lines import Line, cell_text, group_lines
from auditor.extract.ocr.render import render, straighten
from auditor.extract.ocr.tables import find_grids, place_boxes
from auditor.text.cells import is_numeric_text

TITLE_RATIO = 1.2
"""A line this much taller than the page's median line is title type."""
GAP_CONFIDENCE = 0.5
"""Confidence of the figures of a column with a gap (:func:`doubt_gapped_columns`)."""
DPI = 200
"""Render resolution: a scan's usual resolution; 12 pt text is ~33 px high."""

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class OcrLine:
    """A body text line."""

    text: str
    bbox: Box
    size: float
    """Text height in points (the box height less the detector's padding)."""
    confidence: float
    title: bool = False
    """Clearly larger than the page's body text (stands in for bold, which OCR loses)."""
    notes: tuple[str, ...] = ()
    """Figures corrected by arithmetic (:mod:`.confusions`)."""


@dataclass(frozen=True, slots=True)
class OcrCell:
    """A table cell with grid origin and spans."""

    row: int
    col: int
    rowspan: int
    colspan: int
    text: str
    bbox: Box
    confidence: float
    note: str | None = None
    """A figure corrected by arithmetic (:mod:`.confusions`)."""


@dataclass(frozen=True, slots=True)
class OcrTable:
    """A ruled table: cells, column edges (points), row count, outer box."""

    cells: tuple[OcrCell, ...]
    xs: tuple[float, ...]
    n_rows: int
    bbox: Box


@dataclass(slots=True)
class OcrPage:
    """What OCR read on one page."""

    number: int
    lines: list[OcrLine] = field(default_factory=list)
    tables: list[OcrTable] = field(default_factory=list)
    skew: float = 0.0
    seconds: float = 0.0


def doubt_gapped_columns(cells: list[OcrCell]) -> list[OcrCell]:
    """Lower the confidence of a figure column that has an empty cell among its figures.

    OCR may miss a lone digit (``8`` in a score column); a sum over the column would
    then be short by it, so the column's figures are not certain enough for an error.
    """
    by_col: dict[int, list[OcrCell]] = {}
    for cell in cells:
        if cell.colspan == 1:
            by_col.setdefault(cell.col, []).append(cell)
    doubtful: set[int] = set()
    for col, column in by_col.items():
        filled = [c for c in column if is_numeric_text(c.text.strip())]
        if len(filled) < 2:
            continue
        first = min(c.row for c in filled)
        last = max(c.row for c in filled)
        if any(not c.text.strip() and first < c.row < last for c in column):
            doubtful.add(col)
    return [
        dataclasses.replace(c, confidence=min(c.confidence, GAP_CONFIDENCE))
        if c.col in doubtful and c.colspan == 1 and c.text.strip()
        else c
        for c in cells
    ]


def rescore(boxes: Sequence[TextBox], corrections: Sequence[Correction]) -> float:
    """Figure confidence of boxes once the arithmetic confirmed ``corrections``.

    A box that held nothing but a corrected figure is certain (at least
    :data:`UNCERTAIN_SCORE`): the identity fixed every one of its digits.
    """
    scores: list[float] = []
    for box in boxes:
        text = box.text
        whole = False
        for c in corrections:
            whole = whole or text.strip() == c.read
            text = text.replace(c.read, c.corrected)
        score = max(box.score, UNCERTAIN_SCORE) if whole else box.score
        scores.append(figure_confidence(text, score))
    return min(scores, default=1.0)


def _row_labels(cells: Sequence[OcrCell], n_rows: int) -> list[str]:
    """Each row's label: its leftmost cell that is neither empty nor a figure."""
    labels = [""] * n_rows
    for cell in sorted(cells, key=lambda c: c.col):
        text = cell.text.strip()
        if not text or is_numeric_text(text):
            continue
        for r in range(cell.row, min(cell.row + cell.rowspan, n_rows)):
            labels[r] = labels[r] or text
    return labels


def correct_cells(
    cells: list[OcrCell], boxes: dict[tuple[int, int], list[TextBox]]
) -> list[OcrCell]:
    """Confusions in figure columns corrected where a total row confirms them."""
    if not cells:
        return cells
    n_rows = max(c.row + c.rowspan for c in cells)
    labels = _row_labels(cells, n_rows)
    by_col: dict[int, dict[int, OcrCell]] = {}
    for cell in cells:
        if cell.rowspan == 1 and cell.colspan == 1:
            by_col.setdefault(cell.col, {})[cell.row] = cell
    fixes: dict[tuple[int, int], Correction] = {}
    for col, column in by_col.items():
        figures = [column[r].text if r in column else "" for r in range(n_rows)]
        for row, correction in correct_column(labels, figures).items():
            fixes[(row, col)] = correction
    out: list[OcrCell] = []
    for cell in cells:
        fix = fixes.get((cell.row, cell.col))
        if fix is None:
            out.append(cell)
            continue
        out.append(
            dataclasses.replace(
                cell,
                text=cell.text.replace(fix.read, fix.corrected),
                confidence=rescore(boxes.get((cell.row, cell.col), []), [fix]),
                note=fix.note,
            )
        )
    return out


def correct_text_line(line: Line) -> tuple[str, float, tuple[str, ...]]:
    """A line's text, figure confidence and notes once its own arithmetic is applied."""
    fixes = correct_line(line.text)
    if not fixes:
        return line.text, line.confidence, ()
    text = line.text
    for fix in fixes:
        text = text.replace(fix.read, fix.corrected)
    return text, rescore(line.boxes, fixes), tuple(f.note for f in fixes)


def read_scanned_page(page: Any, number: int, dpi: int = DPI) -> OcrPage:
    """OCR a pypdfium2 page into lines and tables (points, top-left origin)."""
    started = time.perf_counter()
    image, angle = straighten(render(page, dpi))
    clean = without_seals(image)
    boxes = recognise(clean)
    k = 72 / dpi

    def pt(b: Box) -> Box:
        return (round(b[0] * k, 1), round(b[1] * k, 1), round(b[2] * k, 1), round(b[3] * k, 1))

    gray = cv2.cvtColor(clean, cv2.COLOR_BGR2GRAY)
    grids = find_grids(gray, tolerance=dpi / 72 * 3)
    outside = place_boxes(grids, boxes)
    result = OcrPage(number=number, skew=angle)
    for grid in grids:
        cells: list[OcrCell] = []
        for cell in grid.cells:
            text, confidence = cell_text(cell.boxes)
            cells.append(
                OcrCell(
                    cell.row, cell.col, cell.rowspan, cell.colspan, text, pt(cell.box), confidence
                )
            )
        cells = correct_cells(cells, {(c.row, c.col): c.boxes for c in grid.cells})
        cells = doubt_gapped_columns(cells)
        result.tables.append(
            OcrTable(
                cells=tuple(cells),
                xs=tuple(round(x * k, 1) for x in grid.xs),
                n_rows=len(grid.ys) - 1,
                bbox=pt(grid.box),
            )
        )
    lines = group_lines(outside)
    sealed = sealed_lines(lines, seal_centres(image, dpi))
    # Table cells count too: a page of tables has few body lines outside them.
    body = median([b.height for b in boxes]) if boxes else 0.0
    for i, line in enumerate(lines):
        text, confidence, notes = correct_text_line(line)
        if i in sealed:
            text += SEAL_MARK
        elif handwritten(image, line, boxes):
            text += HANDWRITING_MARK
        # Box heights jitter by a few pixels from line to line; only a clearly larger
        # line (a title) keeps a size of its own, so paragraphs are not cut by jitter.
        height = line.height if line.height > TITLE_RATIO * body else body
        box = (line.x0, line.top, line.x1, line.bottom)
        result.lines.append(
            OcrLine(
                text,
                pt(box),
                round(height * k * 0.8, 1),
                confidence,
                title=line.height > TITLE_RATIO * body,
                notes=notes,
            )
        )
    result.seconds = time.perf_counter() - started
    return result
