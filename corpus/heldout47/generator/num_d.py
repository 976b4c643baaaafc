"""Small Decimal helpers shared by the part-d cases (formatting and rounding)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, p: int = 2) -> Decimal:
    """Round half-up to p decimals."""
    return D(x).quantize(D(1).scaleb(-p), ROUND_HALF_UP)


def m(x, p: int = 2) -> str:
    """Amount with thousands separators: 5,108.66"""
    return f"{q(x, p):,.{p}f}"


def n(x, p: int = 2) -> str:
    """Amount without separators: 5108.66"""
    return f"{q(x, p):.{p}f}"


def pct(a, b, p: int = 2) -> Decimal:
    """a / b x 100, rounded."""
    return q(D(a) / D(b) * 100, p)


def ps(a, b, p: int = 2) -> str:
    return f"{pct(a, b, p)}%"


def wan(yuan) -> Decimal:
    """元 -> 万元, two decimals."""
    return q(D(yuan) / 10000)


def sd(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))
