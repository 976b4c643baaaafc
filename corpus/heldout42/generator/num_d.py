"""Decimal helpers for part d's cases (formatting only; no prose lives here)."""

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def f(x, nd=2, sep=True):
    """Fixed decimals, thousands separator."""
    v = q(x, nd)
    return f"{v:,.{nd}f}" if sep else f"{v:.{nd}f}"


def pct(a, b, nd=2):
    """a/b as a percentage string without the % sign."""
    return f(D(a) / D(b) * 100, nd, sep=False)


def wan(yuan):
    """元 -> 万元 rounded to 2 decimals (Decimal)."""
    return q(D(yuan) / 10000)
