"""Small Decimal helpers shared by the part-b case generators (round 44)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, nd: int = 2) -> Decimal:
    """Round half-up to ``nd`` decimals."""
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def m(x, nd: int = 2) -> str:
    """Money with thousands separators: 21,508.91."""
    return format(q(x, nd), f",.{nd}f")


def mp(x, nd: int = 2) -> str:
    """Money without separators: 21508.91."""
    return format(q(x, nd), f".{nd}f")


def n(x) -> str:
    """Integer count with thousands separators."""
    return format(int(x), ",d")


def rate(a, b, nd: int = 2) -> Decimal:
    """a / b * 100, rounded."""
    return q(D(a) / D(b) * 100, nd)


def pct(a, b, nd: int = 2) -> str:
    return f"{rate(a, b, nd)}%"


def ssum(xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def eq(a, b, what: str = "") -> None:
    assert D(a) == D(b), f"{what}: {a} != {b}"
