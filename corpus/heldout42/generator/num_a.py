"""Decimal helpers for part a's cases (number formatting and exact arithmetic only)."""

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def d(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q2(x) -> Decimal:
    return d(x).quantize(D("0.01"), ROUND_HALF_UP)


def w(x) -> str:
    """万元 with thousands separators and two decimals: 2,605.33"""
    return f"{q2(x):,.2f}"


def yuan_of_wan(x) -> str:
    """a 万元 amount written in 元: 2,605.33 -> 26,053,300.00"""
    return f"{q2(d(x) * 10000):,.2f}"


def pct(a, b) -> str:
    return f"{q2(d(a) / d(b) * 100)}%"


def n(x: int) -> str:
    return f"{x:,}"


def s(x) -> str:
    """a score: 3.5 -> '3.5', 4 -> '4'"""
    v = d(x).normalize()
    return f"{v:f}"
