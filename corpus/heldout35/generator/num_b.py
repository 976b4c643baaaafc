"""Decimal helpers for part b (number formatting only, no prose)."""
from decimal import ROUND_HALF_UP, Decimal as D


def q2(x: D) -> D:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def c2(x: D) -> str:
    return f"{q2(x):,.2f}"


def f2(x: D) -> str:
    return f"{q2(x):.2f}"


def pct(a: D, b: D) -> str:
    return f"{q2(a / b * 100)}%"


def wan(yuan: D) -> D:
    """元 -> 万元, rounded to 2 decimals."""
    return q2(yuan / 10000)
