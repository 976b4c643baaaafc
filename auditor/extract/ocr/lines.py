"""Assemble OCR boxes into text lines, and cell boxes into a cell's text.

The detector gives one box per run of text; a line broken by a wide gap (a label and
its value) comes as several boxes. Boxes whose vertical centres fall inside one
another's extent are one line, read left to right; a gap wider than a character
becomes a space, as pdfplumber puts one between words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from auditor.extract.ocr.engine import TextBox
from auditor.extract.ocr.figures import figure_confidence


@dataclass(frozen=True, slots=True)
class Line:
    """A text line in image pixels with its figure confidence."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    boxes: tuple[TextBox, ...]

    @property
    def height(self) -> float:
        """Median box height (the text size in pixels)."""
        heights = sorted(b.height for b in self.boxes)
        return heights[len(heights) // 2]


def group_lines(boxes: Sequence[TextBox]) -> list[Line]:
    """Boxes grouped into lines, top to bottom, each read left to right."""
    rows: list[list[TextBox]] = []
    for box in sorted(boxes, key=lambda b: (b.cy, b.x0)):
        if rows:
            last = rows[-1]
            top = min(b.top for b in last)
            bottom = max(b.bottom for b in last)
            mid = sum(b.cy for b in last) / len(last)
            if top <= box.cy <= bottom and box.top <= mid <= box.bottom:
                last.append(box)
                continue
        rows.append([box])
    return [_line(row) for row in rows]


def _line(row: list[TextBox]) -> Line:
    row.sort(key=lambda b: b.x0)
    text = ""
    for prev, box in zip([None, *row[:-1]], row, strict=True):
        if prev is not None and box.x0 - prev.x1 > 0.8 * min(prev.height, box.height):
            text += " "
        text += box.text
    return Line(
        text=text.strip(),
        x0=min(b.x0 for b in row),
        top=min(b.top for b in row),
        x1=max(b.x1 for b in row),
        bottom=max(b.bottom for b in row),
        confidence=min(figure_confidence(b.text, b.score) for b in row),
        boxes=tuple(row),
    )


def cell_text(boxes: Sequence[TextBox]) -> tuple[str, float]:
    """A cell's text (its lines joined by newlines) and its figure confidence."""
    lines = group_lines(boxes)
    text = "\n".join(line.text for line in lines)
    confidence = min((line.confidence for line in lines), default=1.0)
    return text, confidence
