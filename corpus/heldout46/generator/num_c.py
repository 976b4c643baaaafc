"""Decimal helpers for the part-c generators."""
from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def fm(x, sep: bool = True) -> str:
    """Two decimals, thousands separators by default."""
    v = q2(x)
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def pct(a, b) -> Decimal:
    """a ÷ b × 100, two decimals."""
    return q2(D(a) / D(b) * 100)


def tot(*xs) -> Decimal:
    return sum((D(x) for x in xs), D("0"))
