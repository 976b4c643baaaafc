"""Decimal helpers for part b (own copy; no shared module with the other parts)."""
from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places: int = 2) -> Decimal:
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def n(x, places: int = 2) -> str:
    """Thousands separators, fixed decimals."""
    return f"{q(x, places):,.{places}f}"


def pct(a, b, places: int = 2) -> Decimal:
    return q(D(a) / D(b) * 100, places)


def ps(a, b, places: int = 2) -> str:
    return f"{pct(a, b, places)}%"
