"""Small helpers shared by the round-27 cases: Decimal rounding and number formats.

Only formatting lives here; every report's prose and tables are written by hand in its own
``case_*.py``."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def r(x: Decimal, n: int = 2) -> Decimal:
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def f(x, n: int = 2, comma: bool = True) -> str:
    """Money/number as written: thousands separators by default, ``n`` decimals."""
    v = r(D(x), n)
    return format(v, f",.{n}f") if comma else format(v, f".{n}f")


def i(x, comma: bool = True) -> str:
    v = int(x)
    return format(v, ",") if comma else str(v)


def pct(a, b, n: int = 2) -> str:
    return f"{r(D(a) / D(b) * 100, n)}%"


def pctv(a, b, n: int = 2) -> Decimal:
    return r(D(a) / D(b) * 100, n)


def wan(yuan, n: int = 2) -> Decimal:
    """元 -> 万元 rounded to n places."""
    return r(D(yuan) / 10000, n)


def total(xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))
