"""Rebuild ruled tables on a page image: ruling lines → cells → grid with spans.

Horizontal and vertical rules are pulled out of the ink by morphological opening with
long thin kernels (text strokes are shorter than the kernels); their union splits the
page into table regions, and the white holes enclosed by the rules inside a region are
the cells. Cell edges are clustered into grid lines, so a merged cell covers several
grid slots exactly as a merged cell of a text PDF does; OCR boxes are then placed in
the cell holding their centre. Works in image pixels; :mod:`.page` converts to points.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from auditor.extract.ocr.engine import TextBox

PxBox = tuple[float, float, float, float]


@dataclass(slots=True)
class GridCell:
    """A cell of a rebuilt table: grid origin, spans, pixel box and its text boxes."""

    row: int
    col: int
    rowspan: int
    colspan: int
    box: PxBox
    boxes: list[TextBox] = field(default_factory=list)


@dataclass(slots=True)
class Grid:
    """A table found on the image."""

    box: PxBox
    xs: list[float]
    ys: list[float]
    cells: list[GridCell]

    def cell_at(self, x: float, y: float) -> GridCell | None:
        """The cell whose slot holds the point, if any."""
        c = bisect.bisect_right(self.xs, x) - 1
        r = bisect.bisect_right(self.ys, y) - 1
        for cell in self.cells:
            if cell.row <= r < cell.row + cell.rowspan and cell.col <= c < cell.col + cell.colspan:
                return cell
        return None


def rule_mask(gray: np.ndarray) -> np.ndarray:
    """Ink that belongs to long horizontal or vertical rules (255), nothing else."""
    ink = cv2.adaptiveThreshold(
        255 - gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2
    )
    h, w = ink.shape
    horizontal = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 25), 1))
    )
    vertical = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(15, h // 80)))
    )
    rules = cv2.bitwise_or(horizontal, vertical)
    return cv2.dilate(rules, np.ones((3, 3), np.uint8), iterations=1)


def find_grids(gray: np.ndarray, tolerance: float) -> list[Grid]:
    """Every ruled table on a grey page; ``tolerance`` clusters cell edges (pixels)."""
    rules = rule_mask(gray)
    count, _, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
    grids: list[Grid] = []
    for k in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[k])
        if w < 4 * tolerance or h < 4 * tolerance:
            continue  # a lone rule (underline, separator), not a table
        region = rules[y : y + h, x : x + w]
        grid = _grid(region, x, y, tolerance)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: g.box[1])
    return grids


def _grid(region: np.ndarray, ox: int, oy: int, tolerance: float) -> Grid | None:
    holes = cv2.bitwise_not(region)
    count, _, stats, _ = cv2.connectedComponentsWithStats(holes, connectivity=4)
    h, w = region.shape
    rects: list[PxBox] = []
    for k in range(1, count):
        x, y, cw, ch, _ = (int(v) for v in stats[k])
        if x == 0 or y == 0 or x + cw >= w or y + ch >= h:
            continue  # white outside the table's frame
        if cw < tolerance or ch < tolerance:
            continue
        # Out to the middle of the surrounding rules.
        rects.append((ox + x - 2.0, oy + y - 2.0, ox + x + cw + 2.0, oy + y + ch + 2.0))
    if len(rects) < 2:
        return None
    xs = _cluster([r[0] for r in rects] + [r[2] for r in rects], tolerance)
    ys = _cluster([r[1] for r in rects] + [r[3] for r in rects], tolerance)
    if len(xs) < 2 or len(ys) < 2:
        return None
    taken: set[tuple[int, int]] = set()
    cells: list[GridCell] = []
    for rect in sorted(rects, key=lambda b: (b[1], b[0])):
        c0, c1 = _index(xs, rect[0], tolerance), _index(xs, rect[2], tolerance)
        r0, r1 = _index(ys, rect[1], tolerance), _index(ys, rect[3], tolerance)
        if c1 <= c0 or r1 <= r0 or (r0, c0) in taken:
            continue
        for r in range(r0, r1):
            for c in range(c0, c1):
                taken.add((r, c))
        cells.append(GridCell(r0, c0, r1 - r0, c1 - c0, rect))
    box = (float(ox), float(oy), float(ox + w), float(oy + h))
    return Grid(box=box, xs=xs, ys=ys, cells=cells)


def _cluster(values: Sequence[float], tolerance: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(group) / len(group) for group in out]


def _index(edges: Sequence[float], value: float, tolerance: float) -> int:
    i = bisect.bisect_left(edges, value - tolerance)
    return min(i, len(edges) - 1)


def place_boxes(grids: Sequence[Grid], boxes: Sequence[TextBox]) -> list[TextBox]:
    """Put each box into the cell holding its centre; return the boxes outside tables."""
    outside: list[TextBox] = []
    for box in boxes:
        home = None
        for grid in grids:
            x0, top, x1, bottom = grid.box
            if x0 <= box.cx <= x1 and top <= box.cy <= bottom:
                home = grid.cell_at(box.cx, box.cy)
                break
        if home is None:
            outside.append(box)
        else:
            home.boxes.append(box)
    return outside
