"""Small Decimal helpers shared by the part-b cases (round 43)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, nd: int = 2) -> Decimal:
    return D(x).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def m(x, nd: int = 2, sep: bool = True) -> str:
    """Money: 4386.52 -> '4,386.52' (or '4386.52' without separators)."""
    v = q(x, nd)
    return f"{v:,.{nd}f}" if sep else f"{v:.{nd}f}"


def n(x) -> str:
    """Whole count with thousands separator: 3126 -> '3,126'."""
    return f"{int(x):,}"


def pct(a, b, nd: int = 2) -> Decimal:
    return q(D(a) / D(b) * 100, nd)


def ps(a, b, nd: int = 2) -> str:
    return f"{pct(a, b, nd)}%"


def tot(xs) -> Decimal:
    return sum((D(x) for x in xs), Decimal(0))


def eq(a, b, what: str = "") -> None:
    assert D(a) == D(b), f"{what}: {a} != {b}"


def sc(x) -> str:
    """A score as printed: whole numbers bare, otherwise two decimals (9.90, 3.87)."""
    v = D(x)
    if v == v.to_integral_value():
        return str(int(v))
    return f"{q(v):.2f}"


def scn(x) -> str:
    """A score as printed without trailing zeros: 2.5, 3.2, 6.81, 15."""
    v = D(x)
    if v == v.to_integral_value():
        return str(int(v))
    return format(q(v).normalize(), "f")
