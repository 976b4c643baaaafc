"""Small number helpers for the part-d generators (Decimal only)."""
from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def f2(x: Decimal) -> str:
    """2 decimals with thousands separators: 1,234.56"""
    return f"{q2(x):,.2f}"


def p2(x: Decimal) -> str:
    """2 decimals, no separator"""
    return f"{q2(x):.2f}"


def rate(a: Decimal, b: Decimal) -> Decimal:
    return q2(a / b * 100)


def pct(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def total(xs) -> Decimal:
    s = D("0")
    for x in xs:
        s += x
    return s
