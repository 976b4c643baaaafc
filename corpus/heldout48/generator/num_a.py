"""Small Decimal helpers shared by the part-a cases (held-out round 48)."""

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, nd: int = 2) -> Decimal:
    """Round half up to ``nd`` decimals."""
    return D(x).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def w(x, nd: int = 2, sep: bool = True) -> str:
    """Amount as printed: thousands separators (optional), ``nd`` decimals."""
    v = q(x, nd)
    return f"{v:,.{nd}f}" if sep else f"{v:.{nd}f}"


def rate(a, b, nd: int = 2) -> Decimal:
    """a / b * 100, rounded."""
    return q(D(a) / D(b) * 100, nd)


def pct(a, b, nd: int = 2) -> str:
    return f"{rate(a, b, nd)}%"


def total(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def eq(a, b, what: str = "") -> None:
    assert D(a) == D(b), f"{what}: {a} != {b}"
