"""Small Decimal helpers shared by the part-a cases (round half up, as a clerk's Excel does)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places: int = 2) -> Decimal:
    return D(x).quantize(D(1).scaleb(-places), ROUND_HALF_UP)


def m(x, sep: bool = True) -> str:
    """Money in 万元 with two decimals: 2,830.28 (sep) or 2830.28."""
    v = q(x)
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def pct(a, b, places: int = 2) -> Decimal:
    return q(D(a) / D(b) * 100, places)


def ps(a, b, places: int = 2) -> str:
    return f"{pct(a, b, places)}%"


def total(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def check(cond: bool, what: str) -> None:
    if not cond:
        raise AssertionError(what)


def eq(a, b, what: str) -> None:
    if D(a) != D(b):
        raise AssertionError(f"{what}: {a} != {b}")


def sc(x) -> str:
    """A score as a clerk types it: 4, 2.6, 4.98, 89.34 (no trailing zeros)."""
    s = f"{q(x):f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s
