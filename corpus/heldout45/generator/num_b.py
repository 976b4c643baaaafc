"""Number helpers for part b: Decimal arithmetic, Chinese-report formatting."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places: int = 2) -> Decimal:
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def f(x, places: int = 2, sep: bool = True) -> str:
    """Amount with ``places`` decimals, thousands separators unless ``sep`` is False."""
    v = q(x, places)
    return f"{v:,.{places}f}" if sep else f"{v:.{places}f}"


def fi(n, sep: bool = True) -> str:
    """Integer count."""
    return f"{int(n):,}" if sep else str(int(n))


def rate(a, b, places: int = 2) -> Decimal:
    """a / b as a percentage, rounded."""
    return q(D(a) / D(b) * 100, places)


def pct(a, b, places: int = 2) -> str:
    return f"{rate(a, b, places):.{places}f}%"


def sgn(x, places: int = 2, sep: bool = True) -> str:
    """Signed amount: a minus sign for decreases, no plus sign."""
    v = q(x, places)
    s = f(abs(v), places, sep)
    return ("-" if v < 0 else "") + s


def total(xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))
