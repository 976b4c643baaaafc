"""Small Decimal helpers shared by the part-d generators (round 48)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, n: int = 2) -> Decimal:
    """Round half-up to n decimals."""
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def f(x, n: int = 2, sep: bool = True) -> str:
    """Format a money figure: thousands separators (sep) and n decimals."""
    v = q(x, n)
    return format(v, ",.%df" % n) if sep else format(v, ".%df" % n)


def safe(x, n: int = 2) -> Decimal:
    """Round, but refuse values that sit near a rounding boundary (so that
    rounding the inputs first or last cannot change the printed digits)."""
    x = D(x)
    frac = (abs(x) * (D(10) ** n)) % 1
    assert abs(frac - D("0.5")) > D("0.02"), f"{x} is too close to a rounding boundary"
    return q(x, n)


def rate(a, b, n: int = 2) -> Decimal:
    """a ÷ b × 100, rounded safely."""
    return safe(D(a) / D(b) * 100, n)


def pc(a, b, n: int = 2) -> str:
    return f"{rate(a, b, n)}%"


def total(xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))
