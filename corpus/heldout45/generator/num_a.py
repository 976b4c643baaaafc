"""Small Decimal helpers shared by the part-a case generators (held-out round 45)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, places: int = 2) -> Decimal:
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def m(x, places: int = 2) -> str:
    """Amount with thousands separators: 8,026.75"""
    return f"{q(x, places):,.{places}f}"


def m0(x, places: int = 2) -> str:
    """Amount without separators: 8026.75"""
    return f"{q(x, places):.{places}f}"


def n(i) -> str:
    """Integer count with thousands separators: 154,820"""
    return f"{int(i):,}"


def rate(num, den, places: int = 2) -> Decimal:
    """num/den as a percentage, rounded half-up."""
    return q(D(num) / D(den) * 100, places)


def ps(x, places: int = 2) -> str:
    return f"{q(x, places):.{places}f}%"


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise AssertionError(msg)


def total(xs) -> Decimal:
    s = Decimal(0)
    for x in xs:
        s += D(x)
    return s
