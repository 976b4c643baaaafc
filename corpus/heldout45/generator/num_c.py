"""Number helpers for the part-c cases: Decimal arithmetic, rounding half-up, and the
ways the reports print amounts (with or without thousands separators) and rates."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x: Decimal, places: str = "0.01") -> Decimal:
    return x.quantize(D(places), rounding=ROUND_HALF_UP)


def m(x: Decimal | str, sep: bool = True) -> str:
    """Amount with two decimals, thousands separators by default."""
    x = q(D(x))
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def rate(a: Decimal, b: Decimal) -> Decimal:
    """a/b as a percentage rounded to two decimals."""
    return q(D(a) / D(b) * 100)


def pct(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def total(*xs: Decimal) -> Decimal:
    s = D(0)
    for x in xs:
        s += D(x)
    return s


def check(cond: bool, what: str) -> None:
    if not cond:
        raise AssertionError(what)
