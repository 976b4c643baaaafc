"""Number formatting for part c (no prose). Decimal only."""

from decimal import ROUND_HALF_UP, Decimal as D


def q(x: D, places: int = 2) -> D:
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def c2(x: D) -> str:
    """1,234,567.89"""
    return f"{q(x):,.2f}"


def f2(x: D) -> str:
    return f"{q(x):.2f}"


def f1(x: D) -> str:
    return f"{q(x, 1):.1f}"


def wan(yuan: D) -> D:
    return yuan / D(10000)


def pct(a: D, b: D, places: int = 2) -> str:
    return f"{q(D(a) / D(b) * 100, places)}%"


def safe_pct(a: D, b: D, places: int = 2) -> str:
    """pct, asserting the rate is not a half-way case (no rounding ambiguity)."""
    r = D(a) / D(b) * 100 * D(10) ** places
    frac = r - int(r)
    assert abs(frac - D("0.5")) > D("0.02"), (a, b, r)
    return pct(a, b, places)


def n(x: int) -> str:
    return f"{x:,}"
