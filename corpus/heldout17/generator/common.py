"""Tiny number helpers for the heldout17 generators (no prose here: every report's text is
written by hand in its own case file)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def m(x, places=2, sep=True):
    """money string, thousands separators optional"""
    v = q(x, places)
    return f"{v:,}" if sep else f"{v}"


def pct(a, b, places=2):
    return q(D(a) / D(b) * 100, places)


def check(cond, what=""):
    if not cond:
        raise AssertionError(f"clean identity broken: {what}")


def same(a, b, what=""):
    check(D(str(a)) == D(str(b)), f"{what}: {a} != {b}")
