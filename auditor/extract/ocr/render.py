"""Render a PDF page to an image for OCR, and straighten a page scanned askew.

A scan fed 0.5–1° askew breaks ruling-line detection (a 1 400 px line drifts by
17 px) and merges neighbouring text lines, so the page is straightened first: the
angle is the one at which the rows of ink are sharpest (variance of the row
profile, found on a reduced copy), searched within :data:`MAX_SKEW` degrees.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

MAX_SKEW = 2.0
"""Largest skew (degrees) corrected; a page turned further is not a feed error."""
SKEW_STEP = 0.1


def render(page: Any, dpi: int) -> np.ndarray:
    """The page as a BGR image at ``dpi`` (pypdfium2 page in, OpenCV array out)."""
    bitmap = page.render(scale=dpi / 72, rev_byteorder=False)
    array = np.asarray(bitmap.to_numpy())
    if array.ndim == 2:
        return cv2.cvtColor(array, cv2.COLOR_GRAY2BGR)
    if array.shape[2] == 4:
        return cv2.cvtColor(array, cv2.COLOR_BGRA2BGR)
    return array.copy()


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Binary mask (255 = ink) of a grey page, robust to scanner grain."""
    blurred = cv2.GaussianBlur(gray, (3, 3), 0)
    _, mask = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return mask


def skew_angle(gray: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise) that makes the page's rows level."""
    scale = 800 / max(gray.shape[1], 1)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    mask = ink_mask(small)
    if cv2.countNonZero(mask) < 50:
        return 0.0
    h, w = mask.shape
    best, best_score = 0.0, -1.0
    for k in range(int(-MAX_SKEW / SKEW_STEP), int(MAX_SKEW / SKEW_STEP) + 1):
        angle = k * SKEW_STEP
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        turned = cv2.warpAffine(mask, matrix, (w, h), flags=cv2.INTER_NEAREST)
        score = float(np.var(turned.sum(axis=1, dtype=np.float64)))
        if score > best_score:
            best, best_score = angle, score
    return best


def straighten(image: np.ndarray) -> tuple[np.ndarray, float]:
    """The page rotated level (white fill) and the angle it was turned by."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    angle = skew_angle(gray)
    if abs(angle) < SKEW_STEP / 2:
        return image, 0.0
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    level = cv2.warpAffine(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255)
    )
    return level, angle
