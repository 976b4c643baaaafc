"""Small Decimal helpers for the part-c generators (money, rates, scores)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal
Q2 = D("0.01")


def d(x) -> Decimal:
    return x if isinstance(x, Decimal) else D(str(x))


def r2(x) -> Decimal:
    return d(x).quantize(Q2, rounding=ROUND_HALF_UP)


def money(x, comma: bool = True) -> str:
    """Two decimals, optional thousands separators: 1,234.56"""
    v = r2(x)
    return f"{v:,.2f}" if comma else f"{v:.2f}"


def num(x, comma: bool = True) -> str:
    """An integer count with optional thousands separators."""
    v = int(d(x))
    assert D(v) == d(x), x
    return f"{v:,}" if comma else str(v)


def rate(a, b) -> Decimal:
    """a / b as a percentage rounded to 2 decimals."""
    return r2(d(a) / d(b) * 100)


def pct(a, b) -> str:
    return f"{rate(a, b)}%"


def sc(x) -> str:
    """A score: drop a trailing .0 / .00 (3, 2.5, 5.86)."""
    v = d(x)
    s = f"{v:f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def total(xs) -> Decimal:
    return sum((d(x) for x in xs), D(0))
