"""Check the figures an OCR box holds against the shapes a figure can take.

A recognised number is trusted only if it looks like one: digits with well-placed
thousands separators (``3,608.24``), one decimal point, an optional ``%``. Letters
the recogniser confuses with digits (``O``/``o`` for 0, ``l``/``I`` for 1, ``S`` for 5,
``B`` for 8) between digits, a ``。`` used as a decimal point, a comma group that is not
three digits long or two decimal points make the box *uncertain*: its text is kept as
read (a correction is not made without the document's arithmetic to confirm it) and a
finding that rests on it is reported as a warning, not an error.
"""

from __future__ import annotations

import re

UNCERTAIN_SCORE = 0.95
"""Boxes the recogniser scores below this are uncertain, whatever they hold. Measured on
the example scanned at 200 dpi: every correctly read box holding a figure scored 0.96 or
more; the one misread figure (``（15分)`` read as ``（151分)``) scored 0.92."""

_CONFUSED = re.compile(r"(?<=\d)[OoIlSB|](?=[\d.,%])|(?<=[\d.,])[OoIlSB|](?=\d)")
_CJK_POINT = re.compile(r"\d。\d")
_BAD_GROUP = re.compile(r"\d,(?!\d{3}(?:\D|$))\d*|\d,\d{3}\d")
_TWO_POINTS = re.compile(r"\d+\.\d+\.\d")
_HAS_DIGIT = re.compile(r"\d")


def figure_doubts(text: str) -> list[str]:
    """What is wrong with the figures of ``text`` (empty when they all look right)."""
    doubts: list[str] = []
    if _CONFUSED.search(text):
        doubts.append("数字中夹有易混字母")
    if _CJK_POINT.search(text):
        doubts.append("数字中有“。”")
    if _BAD_GROUP.search(text):
        doubts.append("千分位分隔不规范")
    if _TWO_POINTS.search(text):
        doubts.append("数字中有两个小数点")
    return doubts


def figure_confidence(text: str, score: float) -> float:
    """Confidence of the figures in a box: its score, lowered to 0 when a shape is wrong.

    A box without digits has no figure to doubt and counts as certain (1.0).
    """
    if not _HAS_DIGIT.search(text):
        return 1.0
    if figure_doubts(text):
        return 0.0
    return score


def is_uncertain(confidence: float | None) -> bool:
    """Whether an OCR confidence is too low to rest an error on."""
    return confidence is not None and confidence < UNCERTAIN_SCORE
