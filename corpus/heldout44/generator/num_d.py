"""Small Decimal helpers shared by the part-d cases (formatting and rounding)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, n: int = 2) -> Decimal:
    """Round half up to n decimals."""
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def m(x, sep: bool = True, n: int = 2) -> str:
    """Money: 6871.15 -> '6,871.15' (sep) or '6871.15'."""
    v = q(x, n)
    return format(v, f",.{n}f") if sep else format(v, f".{n}f")


def pct(a, b, n: int = 2) -> Decimal:
    """a / b * 100, rounded."""
    return q(D(a) / D(b) * 100, n)


def ps(a, b, n: int = 2) -> str:
    return f"{pct(a, b, n)}%"


def total(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def check(cond: bool, what: str) -> None:
    if not cond:
        raise AssertionError(what)
