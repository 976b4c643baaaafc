"""The OCR engine: PP-OCRv4 through rapidocr-onnxruntime, loaded once per process.

Input a BGR page image, output :class:`TextBox` es (text, axis-aligned box in image
pixels, recognition score). The angle classifier is off: a page is straightened
before OCR (:mod:`.render`) and upside-down lines do not occur in a printed report.
``AUDITOR_OCR_THREADS`` caps onnxruntime's threads (a batch with ``--jobs N`` runs N
engines side by side).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

DET_LIMIT_SIDE = 960
"""Detector input: the page's longer side is scaled to this many pixels (measured:
at 960 px the 12 pt body text of an A4 page is detected whole; see bench/results.md)."""


@dataclass(frozen=True, slots=True)
class TextBox:
    """One detected and recognised text line (or line fragment) on the page image."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    score: float
    """Recognition confidence, 0–1, as the recogniser gives it."""

    @property
    def height(self) -> float:
        """Height of the box in pixels."""
        return self.bottom - self.top

    @property
    def cx(self) -> float:
        """Horizontal centre."""
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        """Vertical centre."""
        return (self.top + self.bottom) / 2


@cache
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    threads = int(os.environ.get("AUDITOR_OCR_THREADS", "-1") or -1)
    return RapidOCR(
        det_limit_side_len=DET_LIMIT_SIDE,
        det_limit_type="max",
        intra_op_num_threads=threads,
        max_side_len=4000,
        print_verbose=False,
    )


def recognise(image: np.ndarray) -> list[TextBox]:
    """Every text box on ``image`` (BGR), top to bottom."""
    result, _ = _engine()(image, use_cls=False)
    boxes: list[TextBox] = []
    for points, text, score in result or []:
        xs = [float(p[0]) for p in points]
        ys = [float(p[1]) for p in points]
        if not str(text).strip():
            continue
        boxes.append(TextBox(str(text), min(xs), min(ys), max(xs), max(ys), float(score)))
    boxes.sort(key=lambda b: (b.top, b.x0))
    return boxes
