"""Small Decimal helpers shared by the part-a cases (money, rates, scores)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def m(x, sep: bool = True) -> str:
    """Money with two decimals, optionally with thousands separators."""
    x = q2(x)
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def rate(num, den) -> Decimal:
    """num / den as a percentage rounded to two decimals."""
    return q2(D(num) / D(den) * 100)


def pc(x) -> str:
    return f"{q2(x):.2f}%"


def sc(x) -> str:
    """A score: integers without decimals, others with two."""
    x = q2(x)
    if x == x.to_integral_value():
        return str(int(x))
    return f"{x:.2f}"


def n(x) -> str:
    """A count with thousands separators."""
    return f"{int(x):,}"


def total(xs) -> Decimal:
    s = D(0)
    for x in xs:
        s += D(x)
    return s
