"""Small Decimal helpers shared by the two part-b case generators."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal
C2 = Decimal("0.01")


def q2(x: Decimal) -> Decimal:
    return x.quantize(C2, rounding=ROUND_HALF_UP)


def pct(a, b) -> Decimal:
    """a / b as a percentage, two decimals."""
    return q2(Decimal(a) / Decimal(b) * 100)


def m(x, sep: bool = True) -> str:
    """money with two decimals, optional thousands separator"""
    x = q2(Decimal(x))
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def n(x, sep: bool = True) -> str:
    """integer count"""
    x = int(x)
    return f"{x:,}" if sep else str(x)


def p(x: Decimal) -> str:
    return f"{q2(x):.2f}%"


def s(x) -> str:
    """a score: 5 -> '5', 4.5 -> '4.5', 4.75 -> '4.75'"""
    x = Decimal(x)
    t = f"{x:f}"
    if "." in t:
        t = t.rstrip("0").rstrip(".")
    return t


def total(xs) -> Decimal:
    return sum((Decimal(x) for x in xs), Decimal("0"))
