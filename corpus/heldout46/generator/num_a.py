"""Small Decimal helpers for the part-a generators."""
from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def f(x, n=2, sep=True):
    """Format with n decimals and optional thousands separators."""
    v = q(x, n)
    return f"{v:,.{n}f}" if sep else f"{v:.{n}f}"


def pct(a, b, n=2):
    return q(D(a) / D(b) * 100, n)


def ps(a, b, n=2):
    return f"{pct(a, b, n)}%"
