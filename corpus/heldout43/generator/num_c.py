"""Small Decimal helpers shared by the part-c case generators."""

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places: str = "0.01") -> Decimal:
    return D(x).quantize(D(places), rounding=ROUND_HALF_UP)


def m(x, sep: bool = True) -> str:
    """Money with two decimals, thousands separators unless sep=False."""
    x = q(x)
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def rate(num, den) -> Decimal:
    """Percentage value rounded to two decimals (Decimal, no % sign)."""
    return q(D(num) / D(den) * 100)


def ps(v) -> str:
    return f"{q(v):.2f}%"


def sc(x) -> str:
    """Score as printed: 5, 3.5, 4.75, 98.85."""
    x = q(x)
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def total(xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))
