"""Number helpers for the round-4 case scripts: exact Decimal arithmetic and the ways
these reports write figures (thousands separators, 万元 from 元, percentages)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x: Decimal, places: int = 2) -> Decimal:
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(x: Decimal, places: int = 2, sep: bool = True) -> str:
    v = q(D(x), places)
    return f"{v:,.{places}f}" if sep else f"{v:.{places}f}"


def wan(yuan: Decimal, places: int = 2, sep: bool = True) -> str:
    return money(D(yuan) / 10000, places, sep)


def pct(a: Decimal, b: Decimal, places: int = 2) -> str:
    return f"{q(D(a) / D(b) * 100, places)}%"


def total(*xs: Decimal) -> Decimal:
    return sum((D(x) for x in xs), D(0))


FW = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def fullwidth(s: str) -> str:
    return s.translate(FW)


def check(cond: bool, what: str) -> None:
    """Clean figures are asserted; a planted defect is written explicitly beside a comment."""
    if not cond:
        raise AssertionError(what)
