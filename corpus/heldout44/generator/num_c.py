"""Small Decimal helpers shared by the part-c cases (formatting and rounding)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal
Q2 = D("0.01")


def r2(x: Decimal) -> Decimal:
    return x.quantize(Q2, rounding=ROUND_HALF_UP)


def r1(x: Decimal) -> Decimal:
    return x.quantize(D("0.1"), rounding=ROUND_HALF_UP)


def m(x: Decimal, sep: bool = True) -> str:
    """Money with two decimals, thousands separators by default."""
    x = r2(x)
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def n(x, sep: bool = True) -> str:
    """Integer count."""
    x = int(x)
    return f"{x:,}" if sep else str(x)


def rate(a: Decimal, b: Decimal) -> Decimal:
    """a / b * 100, rounded to two decimals (percent)."""
    return r2(D(a) / D(b) * 100)


def pct(x: Decimal) -> str:
    return f"{r2(x):.2f}%"


def s(x: Decimal) -> str:
    """A score: drop trailing zeros of whole numbers (5 not 5.00), keep 2 places otherwise."""
    x = r2(x)
    if x == x.to_integral_value():
        return str(int(x))
    t = f"{x:.2f}"
    return t.rstrip("0") if t.endswith("0") else t
