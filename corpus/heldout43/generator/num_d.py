"""Small number helpers for the part-d generators (Decimal only, half-up rounding)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x: Decimal, places: int = 2) -> Decimal:
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def m(x: Decimal, places: int = 2) -> str:
    """Money with thousands separators: 4,162.38"""
    return format(q(x, places), f",.{places}f")


def n(x: Decimal, places: int = 2) -> str:
    """Plain number without separators: 4162.38"""
    return format(q(x, places), f".{places}f")


def pct(num: Decimal, den: Decimal, places: int = 2) -> Decimal:
    return q(num / den * 100, places)


def ps(num: Decimal, den: Decimal, places: int = 2) -> str:
    return f"{pct(num, den, places)}%"


def total(*xs: Decimal) -> Decimal:
    s = D(0)
    for x in xs:
        s += x
    return s


def check(cond: bool, what: str) -> None:
    if not cond:
        raise AssertionError(what)


def sc(x: Decimal) -> str:
    """A score as printed: 5, 4.77, 3, 2.5 (no trailing zeros)."""
    x = Decimal(x)
    if x == x.to_integral_value():
        return str(int(x))
    return format(x.normalize(), "f")
