"""Small Decimal helpers shared by the part-c generators (round 47)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, nd: int = 2) -> Decimal:
    """Round half up to ``nd`` decimals."""
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def m(x, nd: int = 2) -> str:
    """Money with thousands separators: 1,234.56."""
    return f"{q(x, nd):,.{nd}f}"


def mp(x, nd: int = 2) -> str:
    """Money without separators: 1234.56."""
    return f"{q(x, nd):.{nd}f}"


def rate(n, d, nd: int = 2) -> Decimal:
    """n / d * 100, rounded (a percentage number, no % sign)."""
    return q(D(n) / D(d) * 100, nd)


def pc(n, d, nd: int = 2) -> str:
    return f"{rate(n, d, nd)}%"


def ints(x) -> str:
    """Integer with thousands separators."""
    return f"{int(x):,}"


def total(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def check(cond: bool, what: str) -> None:
    if not cond:
        raise AssertionError(what)
