"""Number helpers for the round-44 part-a generators (Decimal, half-up rounding)."""

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places: int = 2) -> Decimal:
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def f(x, places: int = 2, sep: bool = True) -> str:
    """Format an amount: 2846.37 -> '2,846.37' (sep) or '2846.37'."""
    v = q(x, places)
    return format(v, f",.{places}f") if sep else format(v, f".{places}f")


def rate(n, d, places: int = 2) -> Decimal:
    """n / d * 100, rounded."""
    return q(D(n) / D(d) * 100, places)


def pct(n, d, places: int = 2) -> str:
    return f"{rate(n, d, places)}%"


def total(xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))
