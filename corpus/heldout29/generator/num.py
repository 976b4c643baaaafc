"""Decimal helpers shared by the round-29 cases (formatting and checked arithmetic)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def q1(x: Decimal) -> Decimal:
    return x.quantize(D("0.1"), rounding=ROUND_HALF_UP)


def m(x, comma: bool = True, places: int = 2) -> str:
    """Money / amount with fixed decimals, thousands separators optional."""
    x = D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{x:,.{places}f}" if comma else f"{x:.{places}f}"


def n(x, comma: bool = True) -> str:
    return f"{int(x):,}" if comma else str(int(x))


def pct(a, b, places: int = 2) -> str:
    r = (D(a) / D(b) * 100).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{r:.{places}f}%"


def pctv(a, b, places: int = 2) -> Decimal:
    return (D(a) / D(b) * 100).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def s(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))
