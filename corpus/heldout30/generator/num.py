"""Decimal helpers for round 30 (own copy; amounts kept exact, rates rounded half-up)."""

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def d(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, places: int = 2) -> Decimal:
    return d(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def f2(x) -> str:
    """1,234.56"""
    return f"{q(x):,.2f}"


def p2(x) -> str:
    """1234.56 (no grouping)"""
    return f"{q(x):.2f}"


def ci(n) -> str:
    """1,234"""
    return f"{int(n):,}"


def pct(a, b, places: int = 2) -> str:
    return f"{q(d(a) * 100 / d(b), places)}%"


def wan(yuan) -> Decimal:
    """元 -> 万元, exact"""
    return d(yuan) / Decimal(10000)


def s(items):
    return sum((d(x) for x in items), Decimal(0))
