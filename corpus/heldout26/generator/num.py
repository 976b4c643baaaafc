"""Decimal helpers shared by the round-26 cases (written for this round)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x: Decimal, places: int = 2) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def m(x, places: int = 2, sep: bool = True) -> str:
    """Money / amount with thousands separators: 1,349.55"""
    x = q(D(x), places)
    return f"{x:,.{places}f}" if sep else f"{x:.{places}f}"


def rate(a, b, places: int = 2) -> Decimal:
    return q(D(a) / D(b) * 100, places)


def pct(a, b, places: int = 2) -> str:
    return f"{rate(a, b, places)}%"


def s(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def eq(a, b, what: str = "") -> None:
    assert D(a) == D(b), f"{what}: {a} != {b}"
