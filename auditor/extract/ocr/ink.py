"""Seals and handwritten signatures: ink on a signature line that is not printed text.

A seal is red ink: printed reports are black, so a large blob of red pixels is a
seal, and the ``（签字）``/``（盖章）`` lines through its core were stamped. A handwritten name is dark ink to the right of
the label that no OCR box covers (the recogniser does not read handwriting as a text
line reliably, but its ink is there). Either way the line counts as signed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import cv2
import numpy as np

from auditor.extract.ocr.engine import TextBox
from auditor.extract.ocr.lines import Line

SIGNATURE_LABEL = re.compile(r"(?:签字|签名|签章|盖章)\s*[）)]?\s*[:：]?\s*$")
MIN_INK_SHARE = 0.01
"""Share of a signature box's pixels that must be ink before it counts as signed."""
SEAL_CORE = 0.6
"""Share of a seal's radius around its centre that counts as stamped on a line."""
SEAL_MARK = "（已盖章）"
HANDWRITING_MARK = "（有手写签名）"


def red_mask(image: np.ndarray) -> np.ndarray:
    """Pixels of seal ink (255): red clearly above green and blue."""
    b, g, r = (image[..., k].astype(np.int16) for k in range(3))
    red = (r > 120) & (r - g > 50) & (r - b > 50)
    return red.astype(np.uint8) * 255


def without_seals(image: np.ndarray) -> np.ndarray:
    """The page with red ink lifted out (the red channel as grey), for the recogniser.

    Black print stays black in the red channel while a red seal turns near white, so
    text under a seal is read as if the seal were not there.
    """
    red = image[..., 2]
    return cv2.cvtColor(red, cv2.COLOR_GRAY2BGR)


def seal_centres(image: np.ndarray, dpi: int) -> list[tuple[float, float, float]]:
    """Centre and radius (pixels) of every seal-sized blob of red ink."""
    red = red_mask(image)
    if cv2.countNonZero(red) == 0:
        return []
    merged = cv2.dilate(red, np.ones((dpi // 20 or 1, dpi // 20 or 1), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(merged, connectivity=8)
    seals: list[tuple[float, float, float]] = []
    for k in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[k])
        if min(w, h) >= dpi / 3:  # a seal is at least a third of an inch across
            seals.append((x + w / 2, y + h / 2, max(w, h) / 2))
    # A seal's star or text inside its ring is the same seal.
    return [
        s
        for s in seals
        if not any(
            o is not s and o[2] > s[2] and math.dist(o[:2], s[:2]) + s[2] <= o[2] for o in seals
        )
    ]


def sealed_lines(lines: Sequence[Line], seals: Sequence[tuple[float, float, float]]) -> set[int]:
    """Indexes of the signature lines a seal was stamped on.

    A line is stamped when it runs through the seal's core (its centre within
    :data:`SEAL_CORE` of the radius from the seal's centre, vertically, and the seal
    overlapping it horizontally); a line the rim merely grazes is not.
    """
    out: set[int] = set()
    for cx, cy, radius in seals:
        for i, line in enumerate(lines):
            if not SIGNATURE_LABEL.search(line.text):
                continue
            middle = (line.top + line.bottom) / 2
            if (
                abs(middle - cy) <= SEAL_CORE * radius
                and line.x0 - radius <= cx <= line.x1 + radius
            ):
                out.add(i)
    return out


def handwritten(image: np.ndarray, line: Line, boxes: Sequence[TextBox]) -> bool:
    """Whether dark ink no OCR box covers sits right of a signature label."""
    if not SIGNATURE_LABEL.search(line.text):
        return False
    h = line.bottom - line.top
    top = max(0, int(line.top - h / 4))
    bottom = min(image.shape[0], int(line.bottom + h / 4))
    left = min(image.shape[1], int(line.x1 + h / 2))
    right = min(image.shape[1], int(line.x1 + 10 * h))
    if right - left < h or bottom <= top:
        return False
    gray = cv2.cvtColor(image[top:bottom, left:right], cv2.COLOR_BGR2GRAY)
    dark = (gray < 110).astype(np.uint8) * 255
    for box in boxes:  # printed text that OCR read is not a signature
        x0, x1 = int(box.x0) - left, int(box.x1) - left
        y0, y1 = int(box.top) - top, int(box.bottom) - top
        if x1 > 0 and y1 > 0:
            dark[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] = 0
    strokes = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    return bool(cv2.countNonZero(strokes) > MIN_INK_SHARE * strokes.size)
